"""News tone: the lexicon, negation and modifiers, the evidence table, tone around and of
each actor, and the correlation with hand ratings."""

from __future__ import annotations

import subprocess
import sys

import pytest

from analysis import analyze
from analysis.errors import ResourceError
from analysis.paths import DATA_DIR
from analysis.tone import load_tone_lexicon, squash


def words_of(text: str) -> dict[str, tuple[float, bool, str]]:
    """lemma -> (weight, negated, modifier) of the tone words of a text."""
    table = analyze(text).tone_words
    return {row.lemma: (row.weight, row.negated, row.modifier) for row in table.itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        "Moscou a pris une décision irresponsable.",
        "Kiev dénonce une guerre d'agression.",
        "Le journaliste a été condamné à 16 ans de prison.",
    ],
)
def test_what_textblob_misses_reads_negative(text: str) -> None:
    result = analyze(text)
    assert result.sentences["tone"].item() < -0.3
    assert (result.tone_words["weight"] < 0).all()


def test_negation_scope() -> None:
    assert words_of("Il n'y a pas eu de violence.")["violence"][1]  # partitive "pas de"
    assert words_of("La manifestation s'est déroulée sans violence.")["violence"][1]
    assert words_of("La situation n'est pas dangereuse.")["dangereux"][1]
    weight, negated, _ = words_of("La police a signalé une attaque.")["attaque"]
    assert weight < 0 and not negated
    none = analyze("L'accident n'a fait aucun blessé.").sentences["tone"].item()
    one = analyze("L'accident a fait un blessé.").sentences["tone"].item()
    assert none > one  # "aucun blessé" is good news in a bad one
    # a noun of privation negates its complement: a lack of transparency is bad news
    weight, negated, _ = words_of("Les experts regrettent un manque de transparence.")[
        "transparence"
    ]
    assert weight < 0 and negated
    assert words_of("Le scrutin s'est tenu en l'absence de violence.")["violence"][0] > 0
    # "plus" negates only with "ne"; the comparative keeps the word's tone
    assert not words_of("La crise est plus grave que prévu.")["grave"][1]


def test_intensifiers_and_diminishers_scale_the_weight() -> None:
    lexicon = load_tone_lexicon()
    weight, _, modifier = words_of("La situation est très grave.")["grave"]
    assert modifier == "très" and weight == pytest.approx(1.5 * lexicon.weight("grave"))
    weight, _, modifier = words_of("Le soldat a été légèrement blessé.")["blesser"]
    assert modifier == "légèrement" and abs(weight) < abs(lexicon.weight("blesser"))


def test_words_without_tone_in_news() -> None:
    lexicon = load_tone_lexicon()
    assert lexicon.weight("dernier") == 0 and lexicon.weight("nouveau") == 0
    assert analyze("Le dernier rapport du nouveau comité est paru.").tone_words.empty


def test_names_carry_no_tone() -> None:
    result = analyze("Le Front de libération nationale a tenu son congrès à Alger.")
    assert "libération" not in set(result.tone_words["lemma"])


def test_every_score_is_explained_by_its_words(sample) -> None:
    text = sample.articles["text"].item()
    words = sample.tone_words
    assert len(words) >= 20
    for row in words.itertuples():
        assert text[row.start : row.end] == row.token
    for sentence in sample.sentences.itertuples():
        weights = words.loc[words["sentence_id"] == sentence.sentence_id, "weight"]
        assert sentence.tone == pytest.approx(squash(weights))
    assert sample.sentences["tone"].between(-1, 1).all()


def test_tone_around_leaves_the_actors_own_words_out() -> None:
    result = analyze(
        "« La Russie mène une guerre brutale, criminelle et meurtrière », a déclaré "
        "Antony Blinken mardi."
    )
    actors = result.actors.set_index("actor")
    blinken, russia = actors.loc["Antony Blinken"], actors.loc["Russie"]
    assert blinken["tone_own"] < -0.5 and blinken["tone_own_n"] == 1
    assert blinken["tone_around"] == 0 and blinken["tone_around_n"] == 1
    assert russia["tone_around"] < -0.5 and russia["tone_around_n"] == 1


def test_a_replacement_lexicon(tmp_path) -> None:
    lexicon = tmp_path / "lexicon.csv"
    lexicon.write_text("lemma,weight,category\nguerre,2,test\n", encoding="utf-8")
    result = analyze("La guerre continue.", tone_lexicon=lexicon)
    assert result.tone_words["weight"].tolist() == [2.0]
    bad = tmp_path / "bad.csv"
    bad.write_text("lemma,weight,category\nguerre,beaucoup,test\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="line 2"):
        analyze("La guerre continue.", tone_lexicon=bad)


def test_tone_follows_hand_ratings_better_than_textblob() -> None:
    ratings = DATA_DIR / "gold" / "tone" / "tone_paragraphs.csv"
    completed = subprocess.run(
        [sys.executable, "-m", "analysis.evaluate", "tone", str(ratings)],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(x for x in completed.stdout.splitlines() if x.startswith("all paragraphs"))
    tone, textblob, _ = (float(x) for x in line.split()[2:])
    assert tone >= 0.6
    assert tone > textblob + 0.3
