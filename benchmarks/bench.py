"""Speed and memory of corpus runs, as ratios measured side by side in one run.

    .venv/bin/python benchmarks/bench.py [--copies 3] [--quick]

On the 80 Wikinews articles (replicated ``--copies`` times where a run must be long enough
to amortise starting workers), with the cache off (``cache=False``) so that the work is
measured, not the cache:

(a) the whole analysis against the bare spaCy ``nlp.pipe`` on the same texts, same model;
(b) two processes against one (``engine="processes"``, 2 workers against 1);
(c) Dask with two local workers against the local engine (the cluster started, and the
    model loaded in its workers, before the clock starts; that start is printed apart);
(d) peak memory (max RSS of a child process writing the tables) on the corpus and on a ten
    times larger one;
(e) cold start: a fresh kernel running the quickstart notebook up to its first table.

Prints one line per figure; nothing is asserted (the machines are shared and noisy).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from dask.distributed import Client, LocalCluster
from nbclient import NotebookClient

from analysis import analyze_corpus, load_articles, wikinews_dir
from analysis.nlp import load_pipeline, parser_text
from analysis.notebooks import NOTEBOOK_DIR


def replicate(folder: Path, copies: int) -> Path:
    """The Wikinews articles ``copies`` times over, as one JSON Lines file."""
    path = folder / f"wikinews_x{copies}.jsonl"
    articles = load_articles(wikinews_dir())
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(copies):
            for article in articles:
                record = {
                    "id": f"{article.article_id}-{copy}",
                    "text": article.text,
                    "title": article.title,
                    "date": article.date,
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def timed(function, *args, **kwargs) -> float:
    start = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - start


def peak_memory(source: Path, out: Path) -> int:
    """Peak resident memory (bytes) of a child process that writes the tables of
    ``source``: its ``VmHWM``, which (unlike ``ru_maxrss``) starts afresh at exec and so
    does not inherit this process's size."""
    code = (
        "import sys; from analysis import write_corpus; "
        "write_corpus(sys.argv[1], sys.argv[2], cache=False, progress=False); "
        "print(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(source), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(run.stdout.split()[-2]) * 1024


def cold_start() -> float:
    """Seconds from starting a kernel to the first table of the quickstart notebook."""
    notebook = nbformat.read(NOTEBOOK_DIR / "01_quickstart.ipynb", as_version=4)
    client = NotebookClient(notebook, kernel_name="python3", resources={"metadata": {}})
    start = time.perf_counter()
    with client.setup_kernel():
        for index, cell in enumerate(notebook.cells):
            if cell.cell_type != "code":
                continue
            client.execute_cell(cell, index)
            if any("<table" in str(o.get("data", {}).get("text/html", "")) for o in cell.outputs):
                return time.perf_counter() - start
    raise RuntimeError("the quickstart notebook shows no table")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3, help="replication for (b) and (c)")
    parser.add_argument("--quick", action="store_true", help="skip (d), the longest")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    base = replicate(folder, 1)
    larger = replicate(folder, args.copies)
    options = {"cache": False, "progress": False}

    nlp = load_pipeline("md")
    texts = [parser_text(a)[0] for a in load_articles(base)]
    analyze_corpus(base, **options)  # warm the model and the lexicons
    bare = timed(lambda: list(nlp.pipe(texts, batch_size=8)))
    whole = timed(analyze_corpus, base, **options)
    print(
        f"(a) analysis / bare nlp.pipe, 80 articles: {whole:.1f} s / {bare:.1f} s = "
        f"{whole / bare:.2f} (aim: at most 1.25)"
    )

    one = timed(analyze_corpus, larger, engine="processes", workers=1, **options)
    two = timed(analyze_corpus, larger, engine="processes", workers=2, **options)
    print(
        f"(b) {80 * args.copies} articles, 1 process / 2 processes: {one:.1f} s / {two:.1f} s "
        f"= {one / two:.2f} times faster (aim: at least 1.7)"
    )

    start = time.perf_counter()
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)
    with Client(cluster) as client:
        client.run(load_pipeline, "md")  # the model loaded once per worker
        ready = time.perf_counter() - start
        local = timed(analyze_corpus, larger, **options)
        dask = timed(
            analyze_corpus, larger, engine="dask", scheduler=cluster.scheduler_address, **options
        )
    cluster.close()
    print(
        f"(c) {80 * args.copies} articles, local / Dask with 2 workers: {local:.1f} s / "
        f"{dask:.1f} s = {local / dask:.2f} times faster (aim: at least 1.6); starting the "
        f"cluster and loading the model in its workers took {ready:.1f} s more"
    )

    if not args.quick:
        ten = replicate(folder, 10)
        small = peak_memory(base, folder / "out1")
        big = peak_memory(ten, folder / "out10")
        print(
            f"(d) peak memory, 800 / 80 articles: {big / 1e6:.0f} MB / {small / 1e6:.0f} MB "
            f"= {big / small:.2f} (aim: at most 1.2)"
        )

    print(f"(e) cold start to the first table of the quickstart notebook: {cold_start():.1f} s")


if __name__ == "__main__":
    main()
