"""Keyphrases: the words and phrases that say what an article is about, ranked.

Candidates are the nouns, names and short noun phrases of the article (adjectives, numbers
after a name, "de" between two nouns: "gouvernement de coalition", "fusée falcon 9"),
grouped by their Snowball stems so that "fusée" and "fusées" are one candidate. A
candidate's score multiplies how often the article uses it, how rare its words are in
French at large (Zipf frequencies of the ``wordfreq`` package: a word heard everywhere says
little about one article) and how early it first comes (the title and the lead say what
the article is about). No list of any corpus's words is involved, so the same scores serve
a single article and a corpus.

>>> from analysis import analyze
>>> result = analyze()
>>> "sergey lavrov" in set(result.keyphrases["keyphrase"].head(10))
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import snowballstemmer
from spacy.tokens import Span, Token
from wordfreq import zipf_frequency

from .nlp import ParsedArticle
from .resources import normalize_key, word_list

#: Parts of speech a candidate is made of (a number only after a name: "falcon 9").
CONTENT = frozenset({"NOUN", "PROPN", "ADJ"})
#: The longest candidate, in words.
MAX_WORDS = 4
#: Zipf frequency above which a word is too common to say anything (le, être…): 8 - zipf.
ZIPF_CEILING = 8.0


@dataclass(frozen=True)
class Keyphrase:
    """One ranked keyphrase and where it first appears (token indices)."""

    text: str
    score: float
    count: int
    first_token: int
    last_token: int


@functools.cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("french")


def phrase_key(phrase: str) -> str:
    """The form under which phrases are compared: lower case, Snowball-stemmed words.

    >>> phrase_key("Les fusées") == phrase_key("les fusée")
    True
    """
    return " ".join(_stem(word) for word in normalize_key(phrase).split())


@functools.lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    """One word's Snowball stem (remembered: the same words come back in every article)."""
    return _stemmer().stemWord(word)


@functools.cache
def specificity(word: str) -> float:
    """How rare a word is in French at large: 8 minus its Zipf frequency (8 for a word
    ``wordfreq`` has never seen, about 1 for "le")."""
    return max(0.5, ZIPF_CEILING - zipf_frequency(word, "fr"))


def _usable(token: Token) -> bool:
    if token.pos_ not in CONTENT or token.is_stop or (not token.is_alpha and "-" not in token.text):
        return token.like_num and token.i > 0 and token.nbor(-1).pos_ == "PROPN"
    return len(token.text) > 1


def _edge(token: Token) -> bool:
    """Whether a word may start or end a keyphrase (not "juin", "millions", "de")."""
    if token.lower_ in ("de", "d'"):
        return False
    words = word_list("keyphrase_stopwords")
    return normalize_key(token.lemma_) not in words and normalize_key(token.text) not in words


def _chunks(sentence: Span) -> Iterator[list[Token]]:
    """Maximal runs of content words, joined by a bare "de" between two nouns."""
    run: list[Token] = []
    for token in sentence:
        joins = (
            token.lower_ in ("de", "d'")
            and run
            and run[-1].pos_ == "NOUN"
            and token.i + 1 < sentence.end
            and token.nbor().pos_ == "NOUN"
        )
        if _usable(token) or joins:
            run.append(token)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _phrases(chunk: list[Token]) -> Iterator[list[Token]]:
    """The sub-phrases of a chunk worth ranking: every run of up to MAX_WORDS words that
    starts and ends with a content word and holds a noun or a name, without cutting a
    name in two ("antonis samaras", not "antonis" and "samaras")."""

    def inside_name(a: int, b: int) -> bool:  # chunk[a] and chunk[b] both in one name
        return (
            0 <= a < len(chunk)
            and 0 <= b < len(chunk)
            and {
                chunk[a].pos_,
                chunk[b].pos_,
            }
            == {"PROPN"}
        )

    for i in range(len(chunk)):
        for j in range(i, min(len(chunk), i + MAX_WORDS)):
            words = chunk[i : j + 1]
            if not (_edge(words[0]) and _edge(words[-1])):
                continue
            if inside_name(i - 1, i) or inside_name(j, j + 1):
                continue
            if any(t.pos_ in ("NOUN", "PROPN") for t in words):
                yield words


def extract_keyphrases(parsed: ParsedArticle, *, top: int | None = None) -> list[Keyphrase]:
    """The article's keyphrases, best first (all of them unless ``top`` is given)."""
    return rank_phrases(list(parsed.sentences()), top=top)


def rank_phrases(
    sentences: list[Span], *, top: int | None = None, position: bool = True
) -> list[Keyphrase]:
    """The keyphrases of some sentences, best first; ``position=False`` leaves out the
    factor of the first position (to label a section of an article)."""
    counts: dict[str, int] = {}
    forms: dict[str, dict[str, int]] = {}
    first: dict[str, tuple[int, int, int]] = {}  # key -> (sentence number, first, last)
    names: dict[str, bool] = {}  # key -> made of proper nouns only
    for number, sentence in enumerate(sentences):
        for chunk in _chunks(sentence):
            for words in _phrases(chunk):
                text = " ".join(normalize_key(t.text) for t in words)
                key = phrase_key(text)
                counts[key] = counts.get(key, 0) + 1
                forms.setdefault(key, {})
                forms[key][text] = forms[key].get(text, 0) + 1
                first.setdefault(key, (number, words[0].i, words[-1].i))
                names[key] = all(t.pos_ == "PROPN" for t in words)
    for key in [k for k, flag in names.items() if flag and " " in k]:  # "samaras" → full name
        last = key.split()[-1]
        if names.get(last):
            counts[key] += counts.pop(last)
            names[last] = False
    ranked = []
    for key, count in counts.items():
        text = max(forms[key].items(), key=lambda item: item[1])[0]
        content = [w for w in text.split() if w not in ("de", "d'")]
        rarity = sum(specificity(w) for w in content) / len(content)
        sentence, first_token, last_token = first[key]
        score = count * rarity * ((1 + 1 / (1 + sentence)) if position else 1)
        ranked.append(Keyphrase(text, score, count, first_token, last_token))
    ranked.sort(key=lambda k: (-k.score, k.first_token))
    return ranked[:top] if top is not None else ranked
