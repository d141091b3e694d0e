"""Every notebook runs top to bottom in a fresh kernel, on the sample and on another article."""

from __future__ import annotations

import base64
from pathlib import Path

import nbformat
import numpy
import pytest

from analysis.notebooks import NOTEBOOK_DIR, offline_html, run_notebook
from analysis.paths import DATA_DIR

NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))


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


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_on_the_sample(path: Path, tmp_path: Path, open_in_browser) -> None:
    notebook = run_notebook(path, tmp_path / path.name)
    kinds = [out.get("output_type") for out in outputs(notebook)]
    assert "error" not in kinds
    plotly = [
        out for out in outputs(notebook) if "application/vnd.plotly.v1+json" in out.get("data", {})
    ]
    assert plotly, "no plotly chart in the outputs"
    html_outputs = "".join(out.get("data", {}).get("text/html", "") for out in outputs(notebook))
    assert "Antony Blinken" in html_outputs
    if path.name.startswith("01_"):
        assert "<mark" in html_outputs  # the article with its entities
    if path.name.startswith("02_"):
        chart = plotly[0]["data"]["application/vnd.plotly.v1+json"]["data"]
        heard = next(trace for trace in chart if "quoted" in trace["name"])
        shares = dict(zip(heard["y"], array(heard["x"]), strict=True))
        assert shares["Sergey Lavrov"] == 0  # named four times, never heard
        assert max(shares, key=shares.get) == "Antony Blinken"
        traces = [
            t for out in plotly for t in out["data"]["application/vnd.plotly.v1+json"]["data"]
        ]
        heatmap = next(t for t in traces if t.get("type") == "heatmap")
        assert "Vladimir Poutine" in heatmap["y"]  # who stands where
    if path.name.startswith("03_"):
        layout = plotly[0]["data"]["application/vnd.plotly.v1+json"]["layout"]
        assert layout["title"]["text"].startswith("Tone along the article")
        assert "irresponsable" in html_outputs or "guerre" in html_outputs  # the words behind
    # Exported as HTML, it draws every chart in a real browser, offline.
    exported = tmp_path / "exported.html"
    exported.write_text(offline_html(notebook), encoding="utf-8")
    opened = open_in_browser(exported)
    assert len(opened.charts()) == len(plotly) and all(opened.charts())
    assert opened.errors == [] and opened.outside == []


def test_quickstart_runs_on_another_article(tmp_path: Path) -> None:
    path = next(p for p in NOTEBOOKS if p.name.startswith("01_"))
    article = DATA_DIR / "wikinews_fr_2012" / "44290.html"
    notebook = run_notebook(path, tmp_path / "other.ipynb", ARTICLE=str(article))
    text = "".join(
        str(out.get("data", {}).get("text/html", "")) + str(out.get("text", ""))
        for out in outputs(notebook)
    )
    assert "Afghanistan" in text and "Antony Blinken" not in text
