"""The coding sheet round trip, agreement between coders, and the DNA and GraphML exports,
on the real claims of the sample article."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

from analysis import analyze
from analysis.coding import (
    actor_concept_graph,
    agreement,
    read_coding_sheet,
    save_graphml,
    to_dna_csv,
    write_coding_sheet,
)
from analysis.errors import AgreementError, ResourceError


def edit(path, changes: dict[int, dict[str, str]], added: list[dict[str, str]] = ()) -> None:
    """Do what a coder does in a spreadsheet: fill cells of some rows, add rows."""
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    for row, cells in changes.items():
        for column, value in cells.items():
            sheet.loc[row, column] = value
    sheet = pd.concat([sheet, pd.DataFrame(list(added))], ignore_index=True).fillna("")
    sheet.to_csv(path, index=False)


def test_round_trip_marks_human_edits(sample, tmp_path) -> None:
    path = write_coding_sheet(sample, tmp_path / "claims.csv")
    machine = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert len(machine) == len(sample.claims)
    new = {"actor": "Inde", "position": "oppose", "issue": "la guerre", "evidence": "L’Inde"}
    edit(
        path,
        {
            0: {"decision": "reject"},
            1: {"coder_position": "oppose", "coder": "A"},
            2: {"decision": "accept", "coder": "A"},
        },
        [{**new, "article_id": "blinken_lavrov_g20_fr"}],
    )
    claims = read_coding_sheet(path)
    assert len(claims) == len(machine)  # one rejected, one added
    assert machine.loc[0, "key"] not in set(
        claims["article_id"] + ":" + claims["cue_start"].astype(str) + ":" + claims["actor"]
    )
    human = claims[claims["origin"] == "human"]
    assert len(human) == 3
    assert claims.loc[0, "position"] == "oppose"  # the coder's position wins
    assert ((claims["actor"] == "Inde") & (claims["position"] == "oppose")).any()
    assert (claims["origin"] == "auto").sum() == len(machine) - 3


def test_a_new_run_never_overwrites_a_persons_edits(sample, tmp_path) -> None:
    path = write_coding_sheet(sample, tmp_path / "claims.csv")
    edit(path, {1: {"coder_position": "oppose", "coder_note": "sarcasm"}})
    before = path.read_text(encoding="utf-8")
    write_coding_sheet(sample, path)
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    kept = sheet[sheet["coder_note"] == "sarcasm"]
    assert len(kept) == 1 and kept["coder_position"].item() == "oppose"
    assert sheet["key"].is_unique
    assert len(sheet) == len(sample.claims)
    assert (tmp_path / "claims.bak.csv").read_text(encoding="utf-8") == before


def test_agreement_between_coders_and_with_the_machine(sample, tmp_path) -> None:
    first = write_coding_sheet(sample, tmp_path / "first.csv")
    second = write_coding_sheet(sample, tmp_path / "second.csv")
    assert agreement(first, second) == pytest.approx(1.0)
    assert agreement(first, sample.claims) == pytest.approx(1.0)
    edit(second, {i: {"coder_position": "neutral"} for i in range(0, 6)})
    assert agreement(first, second) < 0.9
    assert agreement(second, sample.claims) == pytest.approx(agreement(first, second))
    none = write_coding_sheet(analyze("Le maire a parlé."), tmp_path / "none.csv")
    with pytest.raises(AgreementError, match="undefined for 0 claim"):
        agreement(none, none)


def test_a_malformed_sheet_is_refused_with_its_row(sample, tmp_path) -> None:
    path = write_coding_sheet(sample, tmp_path / "claims.csv")
    edit(path, {3: {"decision": "maybe"}})
    with pytest.raises(ResourceError, match="row 5"):
        read_coding_sheet(path)


def test_dna_export(sample, tmp_path) -> None:
    path = to_dna_csv(sample.claims, tmp_path / "dna.csv")
    table = pd.read_csv(path)
    assert list(table.columns) == ["article_id", "text", "actor", "concept", "agreement"]
    stances = sample.claims[sample.claims["position"] != "neutral"]
    assert len(table) == len(stances)
    assert set(table["agreement"]) <= {0, 1}
    poutine = table[(table["actor"] == "Vladimir Poutine") & (table["agreement"] == 0)]
    assert len(poutine) >= 1


def test_graphml_export(sample, tmp_path) -> None:
    graph = actor_concept_graph(sample.claims)
    path = save_graphml(graph, tmp_path / "network.graphml")
    read = nx.read_graphml(path)
    actors = set(sample.claims["actor"])
    assert {d["label"] for _, d in read.nodes(data=True) if d["kind"] == "actor"} == actors
    assert read.number_of_edges() == sample.claims.groupby(["actor", "concept"]).ngroups
    assert all(d["weight"] >= 1 for _, _, d in read.edges(data=True))
