"""Fuzzing: random bytes, markup and mutated articles never raise anything but the
package's own errors, and every offset stays valid."""

from __future__ import annotations

import json
import random
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import analyze_corpus, load_articles, wikinews_dir
from analysis.errors import AnalysisError, AnalysisWarning
from analysis.loading import decode_bytes, load_article, split_paragraphs
from analysis.nlp import normalize_for_parser

MARKUP = st.lists(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<h1>",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            "<iframe>",
            "<br>",
            "&amp;",
            "&#x2019;",
            "&bogus;",
            "« ",
            " »",
            "Le ministre",
            " a déclaré ",
            "\n",
            "<",
            ">",
            "é",
        ]
    ),
    max_size=60,
).map("".join)


T = TypeVar("T")
U = TypeVar("U")


def loaded_or_refused(load: Callable[[T], U], source: T) -> U | None:
    """``load(source)``, or None when it refuses the input with an AnalysisError
    (warnings about odd input are expected and silenced)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", AnalysisWarning)
        try:
            return load(source)
        except AnalysisError:
            return None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_fail_cleanly(data: bytes) -> None:
    text = loaded_or_refused(decode_bytes, data)
    assert text is None or isinstance(text, str)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(MARKUP)
def test_any_markup_loads_or_fails_cleanly(tmp_path_factory, markup: str) -> None:
    path = Path(tmp_path_factory.mktemp("html")) / "page.html"
    path.write_text(markup, encoding="utf-8")
    article = loaded_or_refused(load_article, path)
    if article is None:
        return
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(article.text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_the_normaliser_maps_every_character_back(text: str) -> None:
    normalised, origin = normalize_for_parser(text)
    assert len(origin) == len(normalised) + 1 and origin[-1] == len(text)
    assert all(0 <= o <= len(text) for o in origin)
    assert origin == sorted(origin)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_paragraphs_are_the_non_blank_lines(text: str) -> None:
    for paragraph in split_paragraphs(text):
        line = text[paragraph.start : paragraph.end]
        assert line.strip() and "\n" not in line


def mutate(text: str, rng: random.Random) -> str:
    """A copy of ``text`` with a few random cuts, repeats and insertions of tricky pieces."""
    pieces = ["«", "»", '"', "“", "”", "’", "\n", "\n\n", " — ", "<b>", "M. ", "a-t-il dit", ":"]
    for _ in range(rng.randint(1, 6)):
        i = rng.randrange(len(text) + 1)
        action = rng.random()
        if action < 0.4:
            text = text[:i] + rng.choice(pieces) + text[i:]
        elif action < 0.7:
            text = text[:i] + text[i + rng.randint(1, 40) :]
        else:
            j = min(len(text), i + rng.randint(1, 80))
            text = text[:j] + text[i:j] + text[j:]
    return text


def test_thousands_of_mutated_articles_give_no_unexpected_error(tmp_path: Path) -> None:
    rng = random.Random(20261130)
    sources = [a.text for a in load_articles(wikinews_dir())]
    feed = tmp_path / "mutated.jsonl"
    lines = []
    for _ in range(2000):
        source = rng.choice(sources)
        start = rng.randrange(max(1, len(source) - 400))
        lines.append(mutate(source[start : start + rng.randint(0, 400)], rng))
    feed.write_text(
        "".join(json.dumps({"id": f"m{i}", "text": t}) + "\n" for i, t in enumerate(lines)),
        encoding="utf-8",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", AnalysisWarning)
        result = analyze_corpus(feed, cache=False, progress=False)
    unexpected = result.errors[~result.errors["error"].isin(["EmptyArticleError"])]
    assert unexpected.empty, unexpected.to_string()
    assert len(result.articles) + len(result.errors) == 2000
    text = dict(zip(result.articles["article_id"], result.articles["text"], strict=True))
    for table in (result.sentences, result.mentions, result.quotes):
        for row in table.itertuples():
            assert text[row.article_id][row.start : row.end] == row.text
