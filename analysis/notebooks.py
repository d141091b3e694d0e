"""Run the notebooks and export them as HTML that works offline: every chart drawn by the
plotly.js inside the file, nothing fetched from a network.

    python -m analysis.notebooks [NOTEBOOK ...] --out DIR

runs each notebook (all of ``notebooks/`` by default) top to bottom in a fresh kernel,
with papermill, and writes ``DIR/NAME.ipynb`` and ``DIR/NAME.html``.

>>> from analysis.notebooks import NOTEBOOK_DIR
>>> sorted(p.name for p in NOTEBOOK_DIR.glob("0*.ipynb"))[0]
'01_quickstart.ipynb'
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import nbformat
import plotly.io as pio

from .errors import AnalysisError, ArticleNotFoundError
from .files import atomic_write
from .paths import PACKAGE_DIR, RESOURCE_DIR
from .plots import CONFIG

#: The notebooks of a source checkout.
NOTEBOOK_DIR = PACKAGE_DIR.parent / "notebooks"
PLOTLY_JSON = "application/vnd.plotly.v1+json"
#: Seconds a cell may run before the notebook run fails (a hung kernel must not hang CI).
CELL_TIMEOUT = 600


def run_notebook(
    path: str | Path, out: str | Path, *, cwd: str | Path | None = None, **parameters: object
) -> nbformat.NotebookNode:
    """Execute a notebook in a fresh kernel (papermill, from the notebook's folder), with
    ``parameters`` replacing those of its ``parameters`` cell; write it to ``out`` (through
    a temporary file, renamed when the run has finished). Files the notebook writes go to
    ``cwd`` (default: the notebook's folder)."""
    import papermill

    path = Path(path)
    if not path.is_file():
        raise ArticleNotFoundError(f"notebook not found: {path}")

    def execute(temporary: str) -> None:
        papermill.execute_notebook(
            str(path),
            temporary,
            parameters=parameters,
            cwd=str(cwd or path.parent),
            progress_bar=False,
            kernel_name="python3",
            execution_timeout=CELL_TIMEOUT,
        )

    out = atomic_write(Path(out).with_suffix(".ipynb"), execute)
    return nbformat.read(out, as_version=4)


def offline_html(notebook: nbformat.NotebookNode) -> str:
    """The HTML of an executed notebook, with no script fetched from a network: plotly
    outputs are drawn again without MathJax, and the page template leaves out require.js,
    MathJax, Mermaid and the widget manager."""
    from nbconvert import HTMLExporter

    notebook = nbformat.from_dict(notebook)
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if PLOTLY_JSON in data:
                data["text/html"] = pio.to_html(
                    data[PLOTLY_JSON],
                    include_plotlyjs=False,
                    include_mathjax=False,
                    full_html=False,
                    default_width="100%",
                    config=CONFIG,
                )
    exporter = HTMLExporter(
        template_name="lab",
        extra_template_paths=[str(RESOURCE_DIR / "nbconvert")],
        template_file="offline.html.j2",
    )
    body, _ = exporter.from_notebook_node(notebook)
    return body


def export_notebooks(paths: Sequence[str | Path], out: str | Path) -> list[Path]:
    """Run each notebook (from ``out``, where the files it writes go) and write
    ``out/NAME.ipynb`` and ``out/NAME.html``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in map(Path, paths):
        executed = out / path.name
        notebook = run_notebook(path, executed, cwd=out)  # what it writes stays in out
        html = offline_html(notebook)
        target = executed.with_suffix(".html")
        written.append(
            atomic_write(target, lambda t, h=html: Path(t).write_text(h, encoding="utf-8"))
        )
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m analysis.notebooks``; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m analysis.notebooks")
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every notebook")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    args = parser.parse_args(argv)
    try:
        paths = args.notebooks or sorted(NOTEBOOK_DIR.glob("*.ipynb"))
        for path in export_notebooks(paths, args.out):
            print(f"wrote {path}")
    except AnalysisError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
