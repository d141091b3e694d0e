"""Issues: the sections of an article and the topics of a corpus.

In one article, sections start at headings; a run of five paragraphs or more without a
heading is cut where the vocabulary of the paragraphs before and after changes most (the
gap where the nouns shared by the two paragraphs on each side are fewest, as TextTiling
does). Each section is labelled by its three best keyphrases. A codebook (YAML: issue
name -> words or lemmas) replaces these labels, as a teacher does in content analysis:
a section, and a sentence, take the issue whose words they use most.

Across a corpus, ``corpus_topics`` finds topics with non-negative matrix factorisation
(scikit-learn) over the nouns and names of the articles, labels each by its three
strongest words, and gives each article and sentence its topic.

>>> from analysis import analyze
>>> sections = analyze().topics
>>> sections["first_paragraph"].tolist()[:3]
[0, 3, 7]
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, replace

import pandas as pd
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH_STOP_WORDS
from spacy.tokens import Span, Token

from .errors import ResourceError
from .keyphrases import phrase_key, rank_phrases
from .nlp import ParsedArticle
from .resources import normalize_key, read_yaml, word_list
from .tables import Analysis, make_table

#: Runs of paragraphs without headings at least this long are cut by their vocabulary.
LONG_RUN = 5
#: A section holds at least this many paragraphs when cut by vocabulary.
MIN_SECTION = 2
#: Words of a label, keywords kept per topic.
LABEL_WORDS, KEYWORDS = 3, 8


@dataclass(frozen=True)
class Section:
    first_paragraph: int
    last_paragraph: int
    sentences: list[Span]
    label: str
    keywords: list[str]
    how: str  # headings, vocabulary, codebook


@functools.cache
def load_codebook(path: str) -> dict[str, frozenset[str]]:
    """issue -> the casefolded words and lemmas that signal it, from a YAML mapping."""
    data = read_yaml(path)
    if not isinstance(data, dict) or not all(
        isinstance(words, list) and all(isinstance(w, str) for w in words)
        for words in data.values()
    ):
        raise ResourceError(f"malformed codebook {path}: expected 'issue: [word, word, …]'")
    return {str(issue): frozenset(normalize_key(w) for w in words) for issue, words in data.items()}


def _content(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and not token.is_stop and len(token.text) > 1


def _stems(sentences: list[Span]) -> Counter[str]:
    return Counter(phrase_key(t.lemma_) for s in sentences for t in s if _content(t))


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    shared = sum(a[w] * b[w] for w in a.keys() & b.keys())
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return shared / norm if norm else 0.0


def _vocabulary_cuts(paragraphs: list[list[Span]]) -> list[int]:
    """Where a long run of paragraphs changes vocabulary: indices of the paragraphs that
    start a new section (never closer than MIN_SECTION to another cut or an end)."""
    if len(paragraphs) < LONG_RUN:
        return []
    words = [_stems(p) for p in paragraphs]
    gaps = []  # similarity of two paragraphs before and two after each gap
    for gap in range(1, len(words)):
        before = sum(words[max(0, gap - 2) : gap], Counter())
        after = sum(words[gap : gap + 2], Counter())
        gaps.append((_cosine(before, after), gap))
    scores = [score for score, _ in gaps]
    mean = sum(scores) / len(scores)
    deviation = math.sqrt(sum((s - mean) ** 2 for s in scores) / len(scores))
    cuts: list[int] = []
    for score, gap in sorted(gaps):
        if score >= mean - deviation / 2:
            break
        if gap < MIN_SECTION or len(paragraphs) - gap < MIN_SECTION:
            continue
        if all(abs(gap - cut) >= MIN_SECTION for cut in cuts):
            cuts.append(gap)
    return sorted(cuts)


def _codebook_issue(sentences: list[Span], codebook: dict[str, frozenset[str]]) -> str:
    """The codebook issue whose words the sentences use most ('' when none)."""
    counts = Counter()
    for sentence in sentences:
        for token in sentence:
            for issue, words in codebook.items():
                if normalize_key(token.lemma_) in words or normalize_key(token.text) in words:
                    counts[issue] += 1
    return counts.most_common(1)[0][0] if counts else ""


def find_sections(
    parsed: ParsedArticle,
    codebook: dict[str, frozenset[str]] | None = None,
    *,
    names: frozenset[str] | set[str] = frozenset(),
) -> list[Section]:
    """The sections of an article, in order (see the module's docstring). Keyphrases
    with a word of an actor's name do not label a section: an issue is
    what actors speak about. ``names`` holds the stems of the words of actors' names."""
    article = parsed.article
    by_paragraph: dict[int, list[Span]] = {}
    for sentence in parsed.sentences():
        number = parsed.paragraph_of(parsed.span_offsets(sentence)[0])
        by_paragraph.setdefault(number, []).append(sentence)
    numbers = sorted(by_paragraph)
    title = article.paragraphs[0]
    heading_starts = [
        n
        for n in numbers
        if article.paragraphs[n].is_heading
        and not (n == 0 and article.text[title.start : title.end] == article.title)
    ]
    blocks: list[list[int]] = []
    for n in numbers:
        if not blocks or n in heading_starts:
            blocks.append([])
        blocks[-1].append(n)
    sections = []
    for block in blocks:
        how = "headings" if block[0] in heading_starts else "paragraphs"
        cuts = _vocabulary_cuts([by_paragraph[n] for n in block])
        for part_start, part_end in zip([0, *cuts], [*cuts, len(block)], strict=True):
            part = block[part_start:part_end]
            sentences = [s for n in part for s in by_paragraph[n]]
            ranked = rank_phrases(sentences, position=False)
            keywords = [k.text for k in ranked if not set(phrase_key(k.text).split()) & names][
                :KEYWORDS
            ]
            label = ", ".join(keywords[:LABEL_WORDS])
            part_how = "vocabulary" if part_start > 0 else how
            if codebook:
                label, part_how = _codebook_issue(sentences, codebook), "codebook"
            sections.append(Section(part[0], part[-1], sentences, label, keywords, part_how))
    return sections


def sentence_issue(sentence: Span, codebook: dict[str, frozenset[str]]) -> str:
    """The codebook issue a sentence signals most ('' when none)."""
    return _codebook_issue([sentence], codebook)


#: The words a corpus topic is made of: three letters or more, no digit.
TOPIC_TOKEN = re.compile(r"(?u)\b[^\W\d_]{3,}\b")


@functools.cache
def _topic_stop_words() -> frozenset[str]:
    """Words no topic is named by: spaCy's French stop words ("sont", "ces", "avait") and
    the words of ``resources/keyphrase_stopwords.txt`` ("mardi", "personnes"), as the
    vectorizer splits them."""
    words = {w.lower() for w in FRENCH_STOP_WORDS} | word_list("keyphrase_stopwords")
    return frozenset(t for w in words for t in TOPIC_TOKEN.findall(w))


def corpus_topics(result: Analysis, n_topics: int = 8, *, seed: int = 0) -> Analysis:
    """Topics across the articles of ``result`` (an Analysis of several articles): a copy
    of it whose ``topics`` table gains the corpus topics (level ``corpus``), whose
    ``articles.topic`` and ``sentences.corpus_topic`` name each article's and sentence's
    topic. NMF over TF-IDF of the articles' words, stop words left out; ``seed`` makes it
    repeatable."""
    articles = result.articles
    if len(articles) < 2:
        raise ValueError("corpus_topics needs at least two articles")
    n_topics = max(1, min(n_topics, len(articles) - 1))
    documents = result.sentences.groupby("article_id", sort=False)["text"].apply(" ".join)
    documents = documents.reindex(articles["article_id"]).fillna("")
    vectorizer = TfidfVectorizer(
        lowercase=True,
        token_pattern=TOPIC_TOKEN.pattern,
        stop_words=sorted(_topic_stop_words()),
        max_df=0.5,
        min_df=2,
    )
    try:
        matrix = vectorizer.fit_transform(documents)
    except ValueError:  # scikit-learn's "empty vocabulary"
        raise ValueError(
            "corpus_topics found no word that two articles share (stop words aside)"
        ) from None
    model = NMF(n_components=n_topics, init="nndsvda", random_state=seed, max_iter=400)
    weights = model.fit_transform(matrix)
    vocabulary = vectorizer.get_feature_names_out()
    rows, labels = [], []
    for number, component in enumerate(model.components_):
        words = [vocabulary[i] for i in component.argsort()[::-1][:KEYWORDS]]
        labels.append(", ".join(words[:LABEL_WORDS]))
        rows.append(
            {
                "article_id": "",
                "topic_id": number,
                "level": "corpus",
                "label": labels[-1],
                "keywords": ", ".join(words),
                "first_paragraph": -1,
                "last_paragraph": -1,
                "n_sentences": 0,
                "how": "nmf",
            }
        )
    article_topic = [labels[i] for i in weights.argmax(axis=1)]
    sentence_weights = model.transform(vectorizer.transform(result.sentences["text"]))
    sentence_topic = [
        labels[i] if sentence_weights[j].max() > 0 else ""
        for j, i in enumerate(sentence_weights.argmax(axis=1))
    ]
    topics = pd.concat([result.topics, make_table("topics", rows)], ignore_index=True)
    return replace(
        result,
        articles=result.articles.assign(topic=pd.Series(article_topic, dtype="str").values),
        sentences=result.sentences.assign(
            corpus_topic=pd.Series(sentence_topic, dtype="str").values
        ),
        topics=topics,
    )
