"""Run the notebooks and export them as HTML that works offline: every chart drawn by the
plotly.js inside the file, nothing fetched from a network.

    python -m analysis.notebooks [NOTEBOOK ...] --out DIR

runs each notebook (all of ``notebooks/`` by default) top to bottom in a fresh kernel,
with papermill, and writes ``DIR/NAME.ipynb`` and ``DIR/NAME.html`` (``--overwrite``
replaces those of an earlier run). Every notebook is checked before the first one runs.

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

from .errors import (
    AnalysisError,
    ArticleNotFoundError,
    NotebookError,
    OutputError,
    UnsupportedFormatError,
)
from .files import atomic_write, why_unwritable
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
    check_notebook(path)

    def execute(temporary: str) -> None:
        try:
            papermill.execute_notebook(
                str(path),
                temporary,
                parameters=parameters,
                cwd=str(cwd or path.parent),
                progress_bar=False,
                kernel_name="python3",
                execution_timeout=CELL_TIMEOUT,
            )
        except papermill.PapermillExecutionError as error:
            raise NotebookError(
                f"{path}: cell {error.exec_count} raised {error.ename}: {error.evalue}"
            ) from None

    out = atomic_write(Path(out).with_suffix(".ipynb"), execute)
    return nbformat.read(out, as_version=4)


def check_notebook(path: Path) -> None:
    """Raise a one-line error unless ``path`` is a Jupyter notebook file.

    >>> check_notebook(NOTEBOOK_DIR / "missing.ipynb")
    Traceback (most recent call last):
    analysis.errors.ArticleNotFoundError: notebook not found: ...missing.ipynb
    """
    if not path.is_file():
        raise ArticleNotFoundError(f"notebook not found: {path}")
    try:
        nbformat.read(path, as_version=4)
    except (ValueError, KeyError, AttributeError) as error:  # not JSON, not a notebook
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise UnsupportedFormatError(f"{path}: not a Jupyter notebook ({reason})") from None


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


def export_notebooks(
    paths: Sequence[str | Path], out: str | Path, *, overwrite: bool = False
) -> list[Path]:
    """Run each notebook (from ``out``, where the files it writes go) and write
    ``out/NAME.ipynb`` and ``out/NAME.html``. Every notebook is checked, and the outputs
    of an earlier run are refused unless ``overwrite``, before the first one runs."""
    out, paths = Path(out), [Path(p) for p in paths]
    for path in paths:
        check_notebook(path)
    targets = [out / name for p in paths for name in (p.name, f"{p.stem}.html")]
    existing = [t for t in targets if t.exists()]
    if existing and not overwrite:
        names = ", ".join(str(t) for t in existing[:3])
        raise OutputError(f"output already exists ({names}); pass --overwrite to replace it")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot write to {out}: {why_unwritable(out, error)}") from None
    written = []
    for path in paths:
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
    parser.add_argument("--overwrite", action="store_true", help="replace an earlier run's files")
    args = parser.parse_args(argv)
    try:
        paths = args.notebooks or sorted(NOTEBOOK_DIR.glob("*.ipynb"))
        for path in export_notebooks(paths, args.out, overwrite=args.overwrite):
            print(f"wrote {path}")
    except AnalysisError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
