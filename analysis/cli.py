"""The command line: ``python -m analysis analyze|report``.

User errors (missing or unreadable input, bad option, bad resource, existing output)
print one line on stderr and exit with status 2, before anything is written.

    python -m analysis analyze [INPUT ...] --out DIR [--format csv|parquet]
        [--engine local|processes|dask] [--workers N] [--scheduler ADDRESS] [--no-cache]
    python -m analysis report [INPUT ...] -o FILE.html [--lang en|fr]

A corpus where some files fail still writes the others, with an ``errors`` table, and
exits with status 1; when every file fails, it is a user error (status 2).
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import pandas as pd

from .corpus import ENGINES, analyze_corpus, write_corpus
from .errors import AnalysisError, AnalysisWarning, OutputError
from .paths import sample_article_path
from .report import write_report
from .tables import SCHEMA


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors fit on one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _path(value: str) -> Path:
    """A path argument; an empty one (an unset variable) is refused, never read as "."."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty path was given")
    return Path(value)


def _file(value: str) -> Path:
    """A resource file argument (aliases, codebook, tone lexicon): not a folder."""
    path = _path(value)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{path} is a folder, not a file")
    return path


def _workers(value: str) -> int:
    """A number of workers: a whole number, at least 1."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return int(value)


def _scheduler(value: str) -> str:
    """A Dask scheduler address: HOST:PORT, with or without a protocol ("tcp://")."""
    if not re.fullmatch(r"(\w+://)?[^\s:/]+:\d+", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not an address like tcp://HOST:PORT")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m analysis``."""
    parser = OneLineParser(
        prog="python -m analysis",
        description="Who says what, and who stands where, in French news articles.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    common = OneLineParser(add_help=False)
    common.add_argument(
        "--model", default="md", help="spaCy model: md (default), sm or a package name"
    )
    common.add_argument("--aliases", type=_file, help="a YAML file of extra actor aliases")
    common.add_argument(
        "--tone-lexicon", type=_file, help="a CSV tone lexicon (lemma,weight,category) to use"
    )
    common.add_argument(
        "--codebook", type=_file, help="a YAML codebook (issue: [words]) naming the issues"
    )
    common.add_argument(
        "--overwrite", action="store_true", help="replace results already in the output"
    )
    common.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="local (one process, default), processes, or dask",
    )
    common.add_argument("--workers", type=_workers, help="processes or Dask workers (default 2)")
    common.add_argument("--scheduler", type=_scheduler, help="address of a running Dask scheduler")
    common.add_argument(
        "--no-cache",
        action="store_true",
        help="analyse every article again (also: ANALYSIS_CACHE=off)",
    )

    analyze_cmd = commands.add_parser(
        "analyze", parents=[common], help="write one table per file (articles, mentions...)"
    )
    analyze_cmd.add_argument(
        "inputs",
        nargs="*",
        type=_path,
        metavar="INPUT",
        help="article files or folders (.txt .md .html .json .jsonl); default: the sample",
    )
    analyze_cmd.add_argument("--out", required=True, type=_path, help="output folder")
    analyze_cmd.add_argument("--format", choices=("csv", "parquet"), default="csv")

    report_cmd = commands.add_parser(
        "report",
        parents=[common],
        help="write a self-contained HTML report of one article, or of a corpus",
    )
    report_cmd.add_argument(
        "inputs",
        nargs="*",
        type=_path,
        metavar="INPUT",
        help="article files or folders; one article gives an article report, several a "
        "corpus report; default: the sample",
    )
    report_cmd.add_argument("-o", "--output", required=True, type=_path, help="the HTML file")
    report_cmd.add_argument(
        "--lang", choices=("en", "fr"), default="en", help="language of the report's labels"
    )
    return parser


def _refuse_existing(paths: list[Path], overwrite: bool) -> None:
    existing = [p for p in paths if p.exists()]
    if existing and not overwrite:
        names = ", ".join(str(p) for p in existing[:3])
        raise OutputError(f"output already exists ({names}); pass --overwrite to replace it")


def _options(args: argparse.Namespace) -> dict[str, object]:
    return {
        "engine": args.engine,
        "workers": args.workers,
        "scheduler": args.scheduler,
        "cache": not args.no_cache,
        "model": args.model,
        "aliases": args.aliases,
        "tone_lexicon": args.tone_lexicon,
        "codebook": args.codebook,
    }


def _failures(errors: pd.DataFrame, where: str) -> str:
    """One warning line when some files failed, else ''."""
    if len(errors):
        return f"warning: {len(errors)} file(s) failed ({errors['message'].iloc[0]}); {where}"
    return ""


def run(args: argparse.Namespace) -> tuple[str, str]:
    """Carry out a parsed command; return the ``warning:`` line when some files failed
    ('' otherwise) and what was written."""
    inputs = args.inputs or [sample_article_path()]
    if args.command == "analyze":
        suffix = "" if args.format == "parquet" else f".{args.format}"
        _refuse_existing([args.out / f"{name}{suffix}" for name in SCHEMA], args.overwrite)
        written = write_corpus(inputs, args.out, format=args.format, **_options(args))
        warning = _failures(written.errors, f"see {args.out / 'errors'}{suffix}")
        done = f"{written.articles} article(s) analysed; wrote {len(SCHEMA)} tables to {args.out}"
        return warning, done
    _refuse_existing([args.output], args.overwrite)
    result = analyze_corpus(inputs, **_options(args))
    warning = _failures(result.errors, "the report leaves them out")
    done = f"wrote {write_report(result, args.output, lang=args.lang)}"
    return warning, done


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", AnalysisWarning)
            failed, done = run(args)
        for warning in caught:
            if issubclass(warning.category, AnalysisWarning):
                print(f"warning: {warning.message}", file=sys.stderr)
    except AnalysisError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    if failed:  # files that failed: on stderr like the other warnings, and status 1
        print(failed, file=sys.stderr)
    print(done)
    return 1 if failed else 0
