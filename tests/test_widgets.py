"""The explorers react to their controls, and the claim coder saves to the coding sheet."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.coding import read_coding_sheet, write_coding_sheet
from analysis.widgets import ALL, ActorExplorer, ClaimCoder, RowsOf


def test_actor_explorer_follows_its_controls(sample) -> None:
    explorer = ActorExplorer(sample)
    explorer.actor.value = "Antony Blinken"
    names = {t.name for t in explorer.figure.data}
    assert names == {"tone", "Antony Blinken", "Antony Blinken · quote"}
    everything = explorer.evidence
    assert (
        len(everything)
        == sample.mentions.query("actor == 'Antony Blinken'")["sentence_id"].nunique()
    )
    assert "Antony Blinken" in explorer.table.value and "exhorte" in explorer.table.value
    explorer.threshold.value = 0.5
    assert 0 < len(explorer.evidence) < len(everything)
    assert (explorer.evidence["tone"].abs() >= 0.5).all()
    explorer.threshold.value = 0.0
    section = explorer.issue.options[2]
    explorer.issue.value = section
    in_section = sample.sentences.loc[sample.sentences["topic"] == section, "sentence_id"]
    assert set(explorer.evidence["sentence_id"]) <= set(in_section)
    assert len(explorer.figure.data[0].x) == len(in_section)  # one bar per sentence shown
    explorer.issue.value = ALL
    explorer.actor.value = "Sergey Lavrov"
    assert {t.name for t in explorer.figure.data} == {"tone", "Sergey Lavrov"}


def test_claim_coder_saves_decisions_that_survive_a_new_run(sample, tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    coder = ClaimCoder(sample, path, coder="anna")
    keys = list(coder.decisions)
    assert len(keys) == len(sample.claims)
    coder.decisions[keys[0]].value = "reject"
    coder.positions[keys[1]].value = "oppose"
    coder.decisions[keys[2]].value = "accept"
    claims = coder.save()
    assert "saved 3 decision(s)" in coder.status.value
    assert len(claims) == len(sample.claims) - 1
    assert (claims["origin"] == "human").sum() == 2
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False).set_index("key")
    assert sheet.loc[keys[1], "coder_position"] == "oppose"
    assert sheet.loc[keys[1], "coder"] == "anna" and sheet.loc[keys[3], "coder"] == ""
    assert path.with_name("claims.bak.csv").exists()
    write_coding_sheet(sample, path)  # the machine runs again
    again = read_coding_sheet(path)
    assert len(again) == len(claims) and (again["origin"] == "human").sum() == 2
    reopened = ClaimCoder(sample, path)
    assert reopened.decisions[keys[0]].value == "reject"
    assert reopened.positions[keys[1]].value == "oppose"


def test_rows_of_refuses_a_value_it_does_not_hold(sample) -> None:
    with pytest.raises(ValueError, match="'Nobody Here' is no speaker here; the speakers are"):
        RowsOf(sample.quotes, "speaker", ["kind", "text"], value="Nobody Here")
    picker = RowsOf(sample.quotes, "speaker", ["kind", "text"], value="Vladimir Poutine")
    assert picker.menu.value == "Vladimir Poutine"
