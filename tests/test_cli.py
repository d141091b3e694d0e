"""The command line: outputs, and one clear line with exit status 2 for user errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )


def test_analyze_writes_every_table(tmp_path: Path) -> None:
    result = run("analyze", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    actors = pd.read_csv(tmp_path / "out" / "actors.csv")
    assert "Antony Blinken" in set(actors["actor"])
    for name in ("articles", "sentences", "mentions"):
        assert (tmp_path / "out" / f"{name}.csv").stat().st_size > 0


def test_analyze_a_folder_to_parquet(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("M. Macron est arrivé à Berlin.\n", encoding="utf-8")
    (folder / "b.md").write_text("# Titre\n\nLa France a répondu.\n", encoding="utf-8")
    result = run("analyze", str(folder), "--out", str(tmp_path / "out"), "--format", "parquet")
    assert result.returncode == 0, result.stderr
    articles = pd.read_parquet(tmp_path / "out" / "articles")  # a partitioned dataset
    assert list(articles["article_id"]) == ["a", "b"]


def test_report_writes_one_html_file(tmp_path: Path) -> None:
    result = run("report", "-o", str(tmp_path / "r.html"))
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Antony Blinken" in html and "plotly" in html


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (tmp_path / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    return {
        "missing": tmp_path / "absent.txt",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "image.png",
        "binary with a text suffix": tmp_path / "photo.txt",
    }


@pytest.mark.parametrize("case", ["missing", "empty", "binary", "binary with a text suffix"])
def test_bad_input_gives_one_line_and_status_2(bad_inputs, tmp_path: Path, case: str) -> None:
    out = tmp_path / "out"
    result = run("analyze", str(bad_inputs[case]), "--out", str(out))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert str(bad_inputs[case].name) in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()  # nothing written


@pytest.mark.parametrize(
    "args",
    [
        ["analyze", "--out", "x", "--bogus"],
        ["analyze", "--out", "x", "--format", "xlsx"],
        ["report"],
        ["frobnicate"],
        [],
        ["analyze", "", "--out", "x"],  # an unset variable: never the current folder
        ["analyze", "--out", ""],
        ["report", "-o", ""],
        ["analyze", "--out", "x", "--codebook", "."],  # a folder for a file
        ["analyze", "--out", "x", "--aliases", "."],
        ["report", "-o", "x.html", "--tone-lexicon", "."],
        ["analyze", "--out", "x", "--engine", "processes", "--workers", "0"],
        ["analyze", "--out", "x", "--engine", "dask", "--scheduler", "garbage"],
    ],
)
def test_bad_options_give_one_line_and_status_2(args: list[str], tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("Le maire a parlé.", encoding="utf-8")
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "error" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # nothing written


def test_existing_results_are_kept_without_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "actors.csv").write_text("precious hand-made results\n", encoding="utf-8")
    result = run("analyze", "--out", str(out))
    assert result.returncode == 2 and "--overwrite" in result.stderr
    assert (out / "actors.csv").read_text(encoding="utf-8") == "precious hand-made results\n"
    assert run("analyze", "--out", str(out), "--overwrite").returncode == 0
    assert "Antony Blinken" in (out / "actors.csv").read_text(encoding="utf-8")


def test_bad_alias_file_gives_one_line(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.yml"
    aliases.write_text("G20: {type: planet}\n", encoding="utf-8")
    result = run("analyze", "--aliases", str(aliases), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: malformed aliases file {aliases}: type of 'G20' must be one of person, "
        "organisation, country, place, group, other, not 'planet'"
    ]


def test_a_codebook_names_the_issues(tmp_path: Path) -> None:
    codebook = tmp_path / "codebook.yml"
    codebook.write_text("prisonniers: [prison, libérer, détenu]\n", encoding="utf-8")
    result = run("analyze", "--codebook", str(codebook), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    topics = pd.read_csv(tmp_path / "out" / "topics.csv")
    assert "prisonniers" in set(topics["label"])
    codebook.write_text("prisonniers: prison\n", encoding="utf-8")
    result = run("analyze", "--codebook", str(codebook), "--out", str(tmp_path / "again"))
    assert result.returncode == 2
    assert result.stderr.startswith("error: malformed codebook")
    assert len(result.stderr.strip().splitlines()) == 1
