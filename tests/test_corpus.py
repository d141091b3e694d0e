"""A corpus: the same tables on every engine, failures listed while the others go on, and
a cache that lets an interrupted run resume without redoing finished articles."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import analysis.corpus
from analysis import analyze_articles, load_article
from analysis.corpus import analyze_corpus, write_corpus
from analysis.errors import AnalysisError, DuplicateArticleError
from analysis.paths import wikinews_dir

ARTICLES = sorted(wikinews_dir().glob("*.html"))


def same_tables(first, second) -> None:
    for name, frame in first.tables().items():
        pd.testing.assert_frame_equal(frame, second.tables()[name], obj=name)


DASK_ON_PANDAS_3 = "ignore:The inplace keyword"  # dask's own code, not ours


@pytest.mark.filterwarnings(DASK_ON_PANDAS_3)
def test_every_engine_gives_the_same_tables() -> None:
    files = ARTICLES[:5]
    local = analyze_corpus(files, cache=False, progress=False)
    assert len(local.articles) == 5 and len(local.errors) == 0
    processes = analyze_corpus(files, engine="processes", workers=2, cache=False, progress=False)
    same_tables(local, processes)
    dask = analyze_corpus(files, engine="dask", workers=2, cache=False, progress=False)
    same_tables(local, dask)
    with pytest.raises(AnalysisError, match="unknown engine"):
        analyze_corpus(files, engine="spark", cache=False)


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in ARTICLES[:2]:
        shutil.copy(path, folder)
    (folder / "scan.pdf.txt").write_bytes(b"%PDF-1.4\n\x00\x01\x02 binary")
    (folder / "feed.jsonl").write_text(
        '{"id": "ok", "text": "Le ministre a annoncé une réforme."}\n{broken\n', encoding="utf-8"
    )
    return folder


def test_a_broken_file_leaves_the_others(mixed: Path) -> None:
    result = analyze_corpus(mixed, cache=False, progress=False)
    assert sorted(result.articles["article_id"]) == sorted([*(p.stem for p in ARTICLES[:2]), "ok"])
    errors = result.errors.set_index("source")
    assert set(errors["error"]) == {"BinaryFileError", "UnsupportedFormatError"}
    assert errors.loc[f"{mixed / 'feed.jsonl'}:2", "message"].startswith(
        f"{mixed / 'feed.jsonl'}: malformed JSON on line 2"
    )
    with pytest.raises(AnalysisError, match="binary file"):
        analyze_corpus(mixed / "scan.pdf.txt", cache=False)


def test_the_command_line_says_some_failed(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = subprocess.run(
        [
            *[sys.executable, "-m", "analysis", "analyze", str(mixed), "--out", str(out)],
            *["--engine", "processes", "--workers", "2", "--no-cache"],
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 1, run.stderr
    assert "warning: 2 file(s) failed" in run.stderr and "warning" not in run.stdout
    assert run.stdout.startswith("3 article(s) analysed")
    assert "analysing" in run.stderr  # the progress bar, for more than three files
    assert len(pd.read_csv(out / "errors.csv")) == 2
    assert pd.read_csv(out / "articles.csv")["article_id"].nunique() == 3


@pytest.mark.filterwarnings(DASK_ON_PANDAS_3)
def test_parquet_is_written_in_parts_that_pandas_and_dask_read(tmp_path: Path) -> None:
    written = write_corpus(ARTICLES[:10], tmp_path / "out", cache=False, progress=False)
    assert written.articles == 10 and len(written.errors) == 0
    parts = sorted((tmp_path / "out" / "mentions").glob("part-*.parquet"))
    assert len(parts) >= 2
    mentions = pd.read_parquet(tmp_path / "out" / "mentions")
    dask_dataframe = pytest.importorskip("dask.dataframe")
    assert len(dask_dataframe.read_parquet(tmp_path / "out" / "mentions").compute()) == len(
        mentions
    )
    assert not list((tmp_path / "out").glob(".writing.*"))  # nothing left half-done


class Counting:
    """Stands in for core.tabulate: counts the articles analysed, can stop after some."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.seen: list[str] = []
        self.stop_after = stop_after

    def __call__(self, parsed, **resources):
        if self.stop_after is not None and len(self.seen) >= self.stop_after:
            raise KeyboardInterrupt
        self.seen.append(parsed.article.article_id)
        return analysis.core.tabulate(parsed, **resources)


def test_an_interrupted_run_resumes_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files, cache = ARTICLES[:6], tmp_path / "cache"
    monkeypatch.setattr(analysis.corpus, "BATCH", 1)
    interrupted = Counting(stop_after=4)
    monkeypatch.setattr(analysis.corpus, "tabulate", interrupted)
    with pytest.raises(KeyboardInterrupt):
        analyze_corpus(files, cache_dir=cache, progress=False)
    assert len(interrupted.seen) == 4
    rerun = Counting()
    monkeypatch.setattr(analysis.corpus, "tabulate", rerun)
    result = analyze_corpus(files, cache_dir=cache, progress=False)
    assert rerun.seen == [p.stem for p in files[4:]]  # the four finished ones come from disk
    same_tables(result, analyze_corpus(files, cache=False, progress=False))
    monkeypatch.setenv("ANALYSIS_CACHE", "off")
    again = Counting()
    monkeypatch.setattr(analysis.corpus, "tabulate", again)
    analyze_corpus(files, cache_dir=cache, progress=False)
    assert len(again.seen) == 6  # the cache turned off


def test_a_killed_run_resumes_and_keeps_the_previous_output(tmp_path: Path) -> None:
    cache, out = tmp_path / "cache", tmp_path / "out"
    files = [str(p) for p in ARTICLES[:24]]
    env = {**os.environ, "ANALYSIS_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "analysis", "analyze", *files, "--out", str(out)]
    first = subprocess.run(
        [*command[:4], *files[:2], "--out", str(out)], env=env, capture_output=True, timeout=600
    )
    assert first.returncode == 0
    before = pd.read_csv(out / "mentions.csv")
    process = subprocess.Popen(
        [*command, "--overwrite"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 300
    while len(list(cache.glob("*/*[!.]*"))) < 6 and time.monotonic() < deadline:
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait()
    done = {p.name for p in cache.glob("*/*") if not p.name.startswith(".")}
    assert 2 <= len(done) < 24
    pd.testing.assert_frame_equal(pd.read_csv(out / "mentions.csv"), before)  # still whole
    rerun = Counting()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(analysis.corpus, "tabulate", rerun)
        result = analyze_corpus(files, cache_dir=cache, progress=False)
    assert len(result.articles) == 24
    assert len(rerun.seen) <= 24 - len(done) + 8  # at most the batch in flight is redone


def test_two_articles_with_one_id_are_not_mixed(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text("La Russie a condamné les sanctions.\n", encoding="utf-8")
    (folder / "a.md").write_text("Le maire de Lyon a parlé.\n", encoding="utf-8")
    lines = tmp_path / "lines.jsonl"
    lines.write_text(
        '{"id": "x", "text": "Le maire a parlé."}\n{"id": "x", "text": "Le préfet a parlé."}\n',
        encoding="utf-8",
    )
    for source in (folder, lines):
        result = analyze_corpus(source, cache=False)
        assert len(result.articles) == 1 and result.articles["article_id"].is_unique
        assert result.errors["error"].tolist() == ["DuplicateArticleError"]
        assert "give each article its own id" in result.errors["message"].item()
    with pytest.raises(DuplicateArticleError, match="two articles have the id 'a'"):
        analyze_articles([load_article(folder / "a.txt"), load_article(folder / "a.md")])


def test_the_cache_key_follows_the_code(tmp_path: Path) -> None:
    package = tmp_path / "package"
    shutil.copytree(Path(analysis.corpus.__file__).parent, package)
    before = analysis.corpus.folder_digest(package)
    (package / "__pycache__").mkdir(exist_ok=True)
    (package / "__pycache__" / "x.pyc").write_bytes(b"compiled")
    assert analysis.corpus.folder_digest(package) == before  # compiled files do not count
    rule = package / "claims.py"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# an edited rule\n", encoding="utf-8")
    assert analysis.corpus.folder_digest(package) != before
