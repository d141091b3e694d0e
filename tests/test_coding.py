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
from analysis.paths import DATA_DIR
from analysis.widgets import ClaimCoder


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


def test_any_edit_survives_a_new_run(sample, tmp_path) -> None:
    path = write_coding_sheet(sample, tmp_path / "claims.csv")
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    sheet["my_comment"] = ""
    sheet.loc[3, "coder_note"] = "the actor is wrong"
    sheet.loc[4, "actor"] = "Sergey Lavrov"
    sheet.loc[5, "issue"] = "my corrected issue"
    sheet.loc[6, "my_comment"] = "see p. 3"
    sheet.to_csv(path, index=False)
    write_coding_sheet(sample, path)
    again = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert len(again) == len(sample.claims)
    assert list(again["key"]) == list(sheet["key"])  # the machine's order is kept
    for row, column, value in (
        (3, "coder_note", "the actor is wrong"),
        (4, "actor", "Sergey Lavrov"),
        (5, "issue", "my corrected issue"),
        (6, "my_comment", "see p. 3"),
    ):
        assert again.loc[row, column] == value, column
    untouched = read_coding_sheet(path).iloc[7:]
    assert set(untouched["origin"]) == {"auto"}


@pytest.mark.filterwarnings("ignore::analysis.errors.DecodingWarning")
def test_a_sheet_saved_by_a_french_spreadsheet(sample, tmp_path) -> None:
    path = write_coding_sheet(sample, tmp_path / "claims.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the accents
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    sheet.loc[0, "decision"] = " ACCEPT "
    sheet.loc[1, "coder_position"] = "Oppose"
    sheet["confidence"] = sheet["confidence"].str.replace(".", ",")
    added = {"actor": "Inde", "position": "Support", "issue": "la guerre", "evidence": "L'Inde"}
    sheet = pd.concat([sheet, pd.DataFrame([added, {}])], ignore_index=True).fillna("")
    french = tmp_path / "french.csv"
    sheet.to_csv(french, index=False, sep=";", encoding="cp1252")
    claims = read_coding_sheet(french)
    assert len(claims) == len(sample.claims) + 1  # the empty row is no claim
    assert claims.loc[1, "position"] == "oppose"
    assert claims["confidence"].iloc[:-1].between(0.01, 1).all()  # "0,7" is 0.7
    inde = claims[claims["evidence"] == "L'Inde"].iloc[0]
    assert (inde["position"], inde["concept"], inde["origin"]) == ("support", "la guerre", "human")
    assert "é" in "".join(claims["evidence"])  # decoded from cp1252
    coder = ClaimCoder(sample, french)
    assert next(iter(coder.decisions.values())).value == "accept"
    sheet.loc[len(sheet) - 2, "position"] = "contre"
    sheet.to_csv(french, index=False, sep=";", encoding="cp1252")
    with pytest.raises(ResourceError, match=f"row {len(sheet)}: position must be support"):
        read_coding_sheet(french)


def test_agreement_needs_codings_of_the_same_claims(sample, tmp_path) -> None:
    first = write_coding_sheet(sample, tmp_path / "first.csv")
    other = analyze(DATA_DIR / "wikinews_fr_2012" / "44269.html").claims
    with pytest.raises(AgreementError, match="share no claim"):
        agreement(first, other)


def test_the_claim_coder_refuses_a_sheet_of_another_article(sample, tmp_path) -> None:
    sheet = write_coding_sheet(sample, tmp_path / "my_claims.csv")
    other = analyze(DATA_DIR / "wikinews_fr_2012" / "44269.html")
    with pytest.raises(ResourceError, match="codes another article"):
        ClaimCoder(other, sheet)
