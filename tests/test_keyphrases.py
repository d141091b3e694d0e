"""Keyphrases: the table, names kept whole, generic words left out, and the comparison with
YAKE and a noun-phrase TF-IDF on the Wikinews corpus."""

from __future__ import annotations

import subprocess
import sys

import pytest

from analysis import analyze
from analysis.evaluate import keyphrase_scores
from analysis.keyphrases import phrase_key


def test_keyphrases_table(sample) -> None:
    table = sample.keyphrases
    text = sample.articles["text"].item()
    assert table["rank"].tolist() == list(range(1, len(table) + 1))
    assert table["score"].is_monotonic_decreasing
    for row in table.itertuples():  # the offsets point at a form of the keyphrase
        assert phrase_key(text[row.start : row.end]) == phrase_key(row.keyphrase)
    top = set(table["keyphrase"].head(10))
    assert {"antony blinken", "sergey lavrov"} <= top


def test_a_name_is_one_keyphrase_and_its_surname_counts_for_it() -> None:
    text = (
        "Antonis Samaras a formé un gouvernement de coalition. Samaras a prêté serment mardi "
        "devant le président. Le gouvernement de coalition de Samaras réunit trois partis."
    )
    table = analyze(text).keyphrases.set_index("keyphrase")
    assert "antonis samaras" in table.index
    assert "samaras" not in table.index and "antonis" not in table.index
    assert table.loc["antonis samaras", "count"] == 3
    assert "gouvernement de coalition" in table.index


def test_generic_words_of_news_are_no_keyphrases() -> None:
    text = (
        "Mardi 3 juillet, des millions de personnes ont manifesté contre la réforme des retraites."
    )
    keyphrases = set(analyze(text).keyphrases["keyphrase"])
    assert not keyphrases & {"mardi", "juillet", "millions", "personnes"}
    assert "réforme" in keyphrases


def test_scores_use_stemmed_exact_match() -> None:
    precision, recall, f1 = keyphrase_scores(["Fusées", "nasa", "lune"], ["fusée", "orbite"], 10)
    assert (precision, recall) == (pytest.approx(1 / 3), 0.5)
    assert f1 == pytest.approx(0.4)


@pytest.mark.slow
def test_better_than_yake_and_noun_phrase_tfidf_on_wikinews() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "analysis.evaluate", "keyphrases"],
        capture_output=True,
        text=True,
        check=True,
    )
    f_at_10 = {
        line.split()[0]: float(line.split()[-1])
        for line in completed.stdout.splitlines()
        if line.split() and line.split()[0] in ("analysis", "tfidf", "yake")
    }
    assert f_at_10["analysis"] > f_at_10["tfidf"] > f_at_10["yake"]
