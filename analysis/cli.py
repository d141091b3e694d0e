"""The command line: ``python -m analysis analyze|report``.

User errors (missing or unreadable input, bad option, bad resource, existing output)
print one line on stderr and exit with status 2, before anything is written.

    python -m analysis analyze [INPUT ...] --out DIR [--format csv|parquet]
    python -m analysis report [INPUT ...] -o FILE.html [--lang en|fr]
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from .core import analyze_articles
from .errors import AnalysisError, AnalysisWarning, OutputError
from .loading import iter_articles
from .paths import sample_article_path
from .report import write_report
from .tables import SCHEMA


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors fit on one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``python -m analysis``."""
    parser = _Parser(
        prog="python -m analysis",
        description="Who says what, and who stands where, in French news articles.",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    common = _Parser(add_help=False)
    common.add_argument(
        "--model", default="md", help="spaCy model: md (default), sm or a package name"
    )
    common.add_argument("--aliases", type=Path, help="a YAML file of extra actor aliases")
    common.add_argument(
        "--tone-lexicon", type=Path, help="a CSV tone lexicon (lemma,weight,category) to use"
    )
    common.add_argument(
        "--codebook", type=Path, help="a YAML codebook (issue: [words]) naming the issues"
    )
    common.add_argument(
        "--overwrite", action="store_true", help="replace results already in the output"
    )

    analyze_cmd = commands.add_parser(
        "analyze", parents=[common], help="write one table per file (articles, mentions...)"
    )
    analyze_cmd.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help="article files or folders (.txt .md .html .json .jsonl); default: the sample",
    )
    analyze_cmd.add_argument("--out", required=True, type=Path, help="output folder")
    analyze_cmd.add_argument("--format", choices=("csv", "parquet"), default="csv")

    report_cmd = commands.add_parser(
        "report",
        parents=[common],
        help="write a self-contained HTML report of one article, or of a corpus",
    )
    report_cmd.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help="article files or folders; one article gives an article report, several a "
        "corpus report; default: the sample",
    )
    report_cmd.add_argument("-o", "--output", required=True, type=Path, help="the HTML file")
    report_cmd.add_argument(
        "--lang", choices=("en", "fr"), default="en", help="language of the report's labels"
    )
    return parser


def _refuse_existing(paths: list[Path], overwrite: bool) -> None:
    existing = [p for p in paths if p.exists()]
    if existing and not overwrite:
        names = ", ".join(str(p) for p in existing[:3])
        raise OutputError(f"output already exists ({names}); pass --overwrite to replace it")


def run(args: argparse.Namespace) -> str:
    """Carry out a parsed command; return what to print on success."""
    if args.command == "analyze":
        targets = [args.out / f"{name}.{args.format}" for name in SCHEMA]
        _refuse_existing(targets, args.overwrite)
        result = analyze_articles(
            iter_articles(args.inputs or [sample_article_path()]),
            model=args.model,
            aliases=args.aliases,
            tone_lexicon=args.tone_lexicon,
            codebook=args.codebook,
        )
        written = result.save(args.out, format=args.format)
        return f"{len(result.articles)} article(s) analysed; wrote " + ", ".join(
            str(p) for p in written
        )
    _refuse_existing([args.output], args.overwrite)
    result = analyze_articles(
        iter_articles(args.inputs or [sample_article_path()]),
        model=args.model,
        aliases=args.aliases,
        tone_lexicon=args.tone_lexicon,
        codebook=args.codebook,
    )
    return f"wrote {write_report(result, args.output, lang=args.lang)}"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", AnalysisWarning)
            message = run(args)
        for warning in caught:
            if issubclass(warning.category, AnalysisWarning):
                print(f"warning: {warning.message}", file=sys.stderr)
    except AnalysisError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    print(message)
    return 0
