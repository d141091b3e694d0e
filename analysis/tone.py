"""Sentence tone, first version: textblob-fr polarity and subjectivity.

textblob-fr works offline only through ``PatternAnalyzer().analyze(text)``;
``TextBlob(...).polarity`` would silently use the English analyser, and sentence or word
splitting would need NLTK data. The lexicon is mostly adjectives from book reviews, so
these scores say little about news; a news tone comes later.

>>> polarity, subjectivity = textblob_scores("Une décision irresponsable et terrible.")
>>> polarity < 0
True
"""

from __future__ import annotations

import functools

from textblob_fr import PatternAnalyzer


@functools.cache
def _analyzer() -> PatternAnalyzer:
    return PatternAnalyzer()


def textblob_scores(text: str) -> tuple[float, float]:
    """(polarity in [-1, 1], subjectivity in [0, 1]) of a sentence, by textblob-fr.

    textblob-fr's negation handling can push subjectivity slightly below 0 ("ne ...
    pas"); both scores are clipped to their documented ranges.
    """
    polarity, subjectivity = _analyzer().analyze(text)
    return min(1.0, max(-1.0, float(polarity))), min(1.0, max(0.0, float(subjectivity)))
