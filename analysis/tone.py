"""Tone: a news tone lexicon matched on lemmas, with its evidence; and textblob-fr.

``tone`` comes from ``resources/tone_lexicon.csv`` (lemma, weight -3..3, category) and
``resources/tone_modifiers.csv`` (negations, intensifiers, diminishers, nouns of
privation). Each word found is kept with its weight, so every score can be explained by
the ``tone_words`` table. A word is negated when a negation governs it ("n'est pas
dangereux", "sans violence", "aucun blessé", "il n'y a pas eu de violence") or it is the
complement of a noun of privation ("un manque de transparence"), and scaled by an
intensifier or a diminisher that modifies it ("très grave", "légèrement blessé"). A
span's tone is the sum of its words' weights, squashed into -1..1 as VADER does:
``s / sqrt(s² + 15)``.
Words inside names ("Front de libération") carry no tone.

textblob-fr's ``polarity`` and ``subjectivity`` are kept as they are: it works offline
only through ``PatternAnalyzer().analyze(text)`` (``TextBlob(...).polarity`` would use
the English analyser), and its lexicon is mostly adjectives from book reviews.

>>> lexicon = load_tone_lexicon()
>>> lexicon.weight("guerre") < 0 < lexicon.weight("paix")
True
>>> round(squash([-2.0]), 2)
-0.46
"""

from __future__ import annotations

import csv
import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token
from textblob_fr import PatternAnalyzer

from .errors import ResourceError
from .paths import RESOURCE_DIR
from .resources import normalize_key

#: Constant of the squashing function (VADER's alpha): a sum of -2 gives -0.46.
ALPHA = 15.0
#: Words that negate only with "ne": "ne … plus" (not the comparative "plus grave").
WITH_NE = frozenset({"plus"})


@dataclass(frozen=True)
class ToneLexicon:
    """Weights of lemmas and factors of modifiers, read from two CSV files."""

    weights: dict[str, float]
    categories: dict[str, str]
    modifiers: dict[str, tuple[str, float]]  # word -> (kind, factor)

    def weight(self, lemma: str) -> float | None:
        """The weight of a lemma, or None when the lexicon does not hold it."""
        return self.weights.get(normalize_key(lemma))


@dataclass(frozen=True)
class ToneWord:
    """One word that carries tone, as it counts in its sentence."""

    token: Token
    lemma: str
    base: float  # the lexicon's weight
    weight: float  # after negation and modifiers
    negated: bool
    modifier: str  # the intensifier or diminisher, '' when none
    category: str


def _read_csv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        raise ResourceError(f"resource file not found: {path}") from None
    except IsADirectoryError:
        raise ResourceError(f"resource file is a folder: {path}") from None
    except UnicodeDecodeError as error:
        raise ResourceError(f"malformed resource file {path}: {error.reason}") from None
    if rows and not set(columns) <= set(rows[0]):
        raise ResourceError(f"malformed resource file {path}: columns must be {columns}")
    return rows


def _number(text: str | None, path: Path, line: int) -> float:
    """A finite number of a resource file, or ResourceError naming the file and line."""
    try:
        value = float(text or "")
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        shown = "a value is missing" if not text else f"{text!r} is not a finite number"
        raise ResourceError(f"malformed resource file {path}, line {line}: {shown}")
    return value


@functools.cache
def load_tone_lexicon(
    lexicon: str | Path | None = None, modifiers: str | Path | None = None
) -> ToneLexicon:
    """The tone lexicon (``resources/tone_lexicon.csv`` unless another file is given, with
    the columns lemma, weight, category) and its modifiers (word, kind, factor)."""
    lexicon_path = Path(lexicon) if lexicon else RESOURCE_DIR / "tone_lexicon.csv"
    modifier_path = Path(modifiers) if modifiers else RESOURCE_DIR / "tone_modifiers.csv"
    weights, categories = {}, {}
    for line, row in enumerate(_read_csv(lexicon_path, ("lemma", "weight", "category")), 2):
        key = normalize_key(row["lemma"] or "")
        weights[key] = _number(row["weight"], lexicon_path, line)
        categories[key] = row["category"] or ""
    if not weights:
        raise ResourceError(f"malformed resource file {lexicon_path}: the lexicon has no entries")
    modifier_rows = _read_csv(modifier_path, ("word", "kind", "factor"))
    table = {
        normalize_key(row["word"] or ""): (row["kind"], _number(row["factor"], modifier_path, n))
        for n, row in enumerate(modifier_rows, 2)
    }
    return ToneLexicon(weights, categories, table)


def squash(weights: Iterable[float]) -> float:
    """The tone of a span from the weights of its words, in -1..1 (0 when none)."""
    total = sum(weights)
    return total / math.sqrt(total * total + ALPHA)


def _negation(token: Token, lexicon: ToneLexicon) -> bool:
    """Whether a word is a negation: "pas", "jamais", "sans", "aucun", "ne … plus"."""
    word = normalize_key(token.text)
    if lexicon.modifiers.get(word, ("", 0))[0] != "negation":
        return False
    if word in WITH_NE:
        return any(c.lower_ in ("ne", "n'") for c in token.head.children)
    return True


def _negation_factor(token: Token, lexicon: ToneLexicon) -> float | None:
    """The factor of a negation governing a word: among the word's own dependents ("n'est
    pas grave", "aucun blessé", "sans violence"), the partitive "pas de X" after a
    negated verb ("il n'y a pas eu de violence"), a noun of privation the word is the
    complement of ("un manque de transparence", "l'absence de violence"). None when the
    word is not negated."""
    for child in token.children:
        if _negation(child, lexicon):
            return lexicon.modifiers[normalize_key(child.text)][1]
    partitive = any(c.lower_ in ("de", "d'") and c.dep_ in ("det", "case") for c in token.children)
    if partitive and token.head.i != token.i:
        for child in token.head.children:
            if _negation(child, lexicon):
                return lexicon.modifiers[normalize_key(child.text)][1]
        kind, factor = lexicon.modifiers.get(normalize_key(token.head.lemma_), ("", 1.0))
        if kind == "privation" and token.dep_ == "nmod":
            return factor
    return None


def find_tone_words(
    tokens: Iterable[Token], lexicon: ToneLexicon, *, skip: frozenset[int] = frozenset()
) -> list[ToneWord]:
    """The words of ``tokens`` that the lexicon weighs, except tokens whose index is in
    ``skip`` (names), with negation and modifiers applied."""
    found = []
    for token in tokens:
        if token.i in skip or token.is_punct or token.is_space:
            continue
        lemma = normalize_key(token.lemma_)
        base = lexicon.weight(lemma)
        if base is None:
            lemma = normalize_key(token.text)
            base = lexicon.weight(lemma)
        if not base:
            continue
        weight, modifier = base, ""
        for child in token.children:
            kind, factor = lexicon.modifiers.get(normalize_key(child.text), ("", 1.0))
            if kind in ("intensifier", "diminisher") and child.dep_ == "advmod":
                weight, modifier = weight * factor, child.text
        negation = _negation_factor(token, lexicon)
        if negation is not None:
            weight *= negation
        found.append(
            ToneWord(
                token,
                lemma,
                base,
                weight,
                negation is not None,
                modifier,
                lexicon.categories[lemma],
            )
        )
    return found


@functools.cache
def _analyzer() -> PatternAnalyzer:
    return PatternAnalyzer()


def textblob_scores(text: str) -> tuple[float, float]:
    """(polarity in [-1, 1], subjectivity in [0, 1]) of a sentence, by textblob-fr.

    textblob-fr's negation handling can push subjectivity slightly below 0 ("ne ...
    pas"); both scores are clipped to their documented ranges.

    >>> polarity, subjectivity = textblob_scores("Une décision irresponsable et terrible.")
    >>> polarity < 0
    True
    """
    polarity, subjectivity = _analyzer().analyze(text)
    return min(1.0, max(-1.0, float(polarity))), min(1.0, max(0.0, float(subjectivity)))
