"""Every notebook runs top to bottom in a fresh kernel and draws its charts offline."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import nbformat
import numpy
import pandas as pd
import pytest

from analysis.coding import record_decisions, write_coding_sheet
from analysis.notebooks import NOTEBOOK_DIR, offline_html, run_notebook
from analysis.notebooks import main as notebooks_main
from analysis.paths import DATA_DIR

NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
#: The notebooks of one article, run on the sample by default.
SAMPLE_NOTEBOOKS = [p for p in NOTEBOOKS if p.name[:3] in ("01_", "02_", "03_")]
PLOTLY = "application/vnd.plotly.v1+json"


def array(values: list | dict) -> list:
    """A plotly JSON array, plain or base64-encoded ({"dtype": ..., "bdata": ...})."""
    if isinstance(values, dict):
        return list(numpy.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]))
    return list(values)


def outputs(notebook: nbformat.NotebookNode) -> list[dict]:
    return [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]


def test_notebooks_are_committed_without_outputs() -> None:
    assert NOTEBOOKS
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                assert not cell.outputs and cell.execution_count is None, path.name
        tags = [tag for cell in notebook.cells for tag in cell.metadata.get("tags", [])]
        assert "parameters" in tags, path.name


def charts(notebook: nbformat.NotebookNode) -> list[dict]:
    """The plotly figures among a notebook's outputs, as JSON."""
    return [out["data"][PLOTLY] for out in outputs(notebook) if PLOTLY in out.get("data", {})]


def text_of(notebook: nbformat.NotebookNode) -> str:
    return "".join(
        str(out.get("data", {}).get("text/html", "")) + str(out.get("text", ""))
        for out in outputs(notebook)
    )


def shown_offline(notebook: nbformat.NotebookNode, tmp_path: Path, open_in_browser) -> None:
    """Exported as HTML, the notebook draws every chart in a real browser, offline."""
    exported = tmp_path / "exported.html"
    exported.write_text(offline_html(notebook), encoding="utf-8")
    opened = open_in_browser(exported)
    assert len(opened.charts()) == len(charts(notebook)) and all(opened.charts())
    assert opened.errors == [] and opened.outside == []


@pytest.mark.parametrize("path", SAMPLE_NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_on_the_sample(path: Path, tmp_path: Path, open_in_browser) -> None:
    notebook = run_notebook(path, tmp_path / path.name)
    assert "error" not in [out.get("output_type") for out in outputs(notebook)]
    plotly = charts(notebook)
    assert plotly, "no plotly chart in the outputs"
    html_outputs = text_of(notebook)
    assert "Antony Blinken" in html_outputs
    if path.name.startswith("01_"):
        assert "<mark" in html_outputs  # the article with its entities
    if path.name.startswith("02_"):
        heard = next(
            trace for chart in plotly for trace in chart["data"] if "quoted" in trace["name"]
        )
        shares = dict(zip(heard["y"], array(heard["x"]), strict=True))
        assert shares["Sergey Lavrov"] == 0  # named four times, never heard
        assert max(shares, key=shares.get) == "Antony Blinken"
        traces = [t for chart in plotly for t in chart["data"]]
        heatmap = next(t for t in traces if t.get("type") == "heatmap")
        assert "Vladimir Poutine" in heatmap["y"]  # who stands where
        titles = [chart["layout"]["title"]["text"] for chart in plotly]
        assert any(t.startswith("The article at a glance") for t in titles)
        assert any(t.startswith("Who appears with whom") for t in titles)
        assert sum("widget-view" in str(out.get("data", {})) for out in outputs(notebook)) >= 3
    if path.name.startswith("03_"):
        layout = plotly[0]["layout"]
        assert layout["title"]["text"].startswith("Tone along the article")
        assert "irresponsable" in html_outputs or "guerre" in html_outputs  # the words behind
        assert plotly[-1]["layout"]["title"]["text"].startswith("Tone around each actor")
    shown_offline(notebook, tmp_path, open_in_browser)


def test_corpus_notebook(tmp_path: Path, open_in_browser) -> None:
    path = NOTEBOOK_DIR / "04_corpus_explorer.ipynb"
    notebook = run_notebook(path, tmp_path / path.name, LIMIT=12, N_TOPICS=4, LANG="fr")
    assert "error" not in [out.get("output_type") for out in outputs(notebook)]
    text = text_of(notebook)
    assert "12 articles" in text
    titles = [chart["layout"]["title"]["text"] for chart in charts(notebook)]
    assert titles[0] == "Qui est cité et qui a la parole d'un article à l'autre"
    salience = charts(notebook)[0]["data"][0]
    assert len(set(salience["y"])) > 5  # actors across the articles
    assert "Mots cités par mois" in titles  # in French too
    shown_offline(notebook, tmp_path, open_in_browser)


def test_teaching_notebook_compares_coders(sample, tmp_path: Path) -> None:
    other = tmp_path / "anna.csv"
    write_coding_sheet(sample, other)
    keys = pd.read_csv(other)["key"].head(4)
    record_decisions(other, pd.DataFrame({"key": keys, "decision": "reject", "coder_position": ""}))
    mine = tmp_path / "mine.csv"
    path = NOTEBOOK_DIR / "05_teaching_coding_exercise.ipynb"
    notebook = run_notebook(
        path, tmp_path / path.name, SHEET=str(mine), OTHER_SHEET=str(other), CODER="test"
    )
    assert "error" not in [out.get("output_type") for out in outputs(notebook)]
    assert mine.exists()  # the coding sheet the widget saves to
    text = text_of(notebook)
    assert f"{len(sample.claims)} claims proposed by the machine" in text
    found = re.search(r"alpha, you and your classmate: (-?[0-9.]+)", text)
    assert found and float(found.group(1)) < 1.0
    assert "alpha, you and the machine: 1.000" in text  # nothing decided yet


def test_teaching_notebook_runs_on_an_article_without_claims(tmp_path: Path) -> None:
    article = tmp_path / "calme.txt"
    article.write_text("Il pleuvait sur la ville depuis trois jours.\n", encoding="utf-8")
    path = NOTEBOOK_DIR / "05_teaching_coding_exercise.ipynb"
    sheet = tmp_path / "mine.csv"
    notebook = run_notebook(path, tmp_path / path.name, ARTICLE=str(article), SHEET=str(sheet))
    assert "error" not in [out.get("output_type") for out in outputs(notebook)]
    assert "no alpha: Krippendorff's alpha is undefined for 0 claim" in text_of(notebook)


def test_quickstart_runs_on_another_article(tmp_path: Path) -> None:
    path = next(p for p in NOTEBOOKS if p.name.startswith("01_"))
    article = DATA_DIR / "wikinews_fr_2012" / "44290.html"
    notebook = run_notebook(path, tmp_path / "other.ipynb", ARTICLE=str(article))
    text = text_of(notebook)
    assert "Afghanistan" in text and "Antony Blinken" not in text


def test_notebooks_command_writes_offline_html(tmp_path: Path) -> None:
    assert notebooks_main([str(tmp_path / "missing.ipynb"), "--out", str(tmp_path)]) == 2
    path = next(p for p in NOTEBOOKS if p.name.startswith("05_"))
    before = sorted(NOTEBOOK_DIR.iterdir())
    assert notebooks_main([str(path), "--out", str(tmp_path / "out")]) == 0
    html = (tmp_path / "out" / f"{path.stem}.html").read_text(encoding="utf-8")
    assert (tmp_path / "out" / path.name).exists()
    assert "claims proposed by the machine" in html and 'src="http' not in html
    assert (tmp_path / "out" / "my_claims.csv").exists()  # the sheet it writes stays in out
    assert sorted(NOTEBOOK_DIR.iterdir()) == before


def test_notebooks_command_checks_everything_before_running(tmp_path: Path, capsys) -> None:
    good = next(p for p in NOTEBOOKS if p.name.startswith("05_"))
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{good.stem}.html").write_text("an earlier run", encoding="utf-8")
    text = tmp_path / "notes.txt"
    text.write_text("pas un carnet", encoding="utf-8")
    for args in (
        [str(good), str(tmp_path / "missing.ipynb")],  # the missing one is listed second
        [str(good), str(text)],
        [str(good)],  # an earlier run's output, without --overwrite
    ):
        assert notebooks_main([*args, "--out", str(out)]) == 2
        lines = capsys.readouterr().err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), lines
    assert sorted(p.name for p in out.iterdir()) == [f"{good.stem}.html"]  # nothing ran
    assert (out / f"{good.stem}.html").read_text(encoding="utf-8") == "an earlier run"
    failing = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 / 0")])
    nbformat.write(failing, tmp_path / "failing.ipynb")
    assert notebooks_main([str(tmp_path / "failing.ipynb"), "--out", str(out)]) == 2
    error = capsys.readouterr().err
    assert error.strip().splitlines() == [error.strip()] and "ZeroDivisionError" in error
    assert not (out / "failing.ipynb").exists()
