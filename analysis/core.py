"""From articles to tables: the one place where loading, parsing and extraction meet.

>>> from analysis import analyze
>>> result = analyze()  # the sample article
>>> result.actors.set_index("actor").loc["Antony Blinken", "type"]
'person'
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .claims import extract_claims
from .errors import DuplicateArticleError
from .issues import find_sections, load_codebook, sentence_issue
from .keyphrases import extract_keyphrases, phrase_key
from .loading import Article, load_article
from .mentions import extract_mentions
from .nlp import ParsedArticle, parse_many
from .quotes import extract_quotes
from .tables import Analysis, make_table
from .tone import ToneLexicon, ToneWord, find_tone_words, load_tone_lexicon, squash, textblob_scores

#: Keyphrases kept per article.
KEYPHRASES = 20


def analyze(
    source: str | Path | Article | None = None,
    *,
    model: str = "md",
    aliases: str | Path | None = None,
    tone_lexicon: str | Path | None = None,
    codebook: str | Path | None = None,
) -> Analysis:
    """Analyse one article (a path, its text, or an Article); the sample article by default.

    ``model`` is "md" (default), "sm" or a spaCy package name; ``aliases`` a YAML file of
    extra aliases (see ``analysis/resources/aliases.yml``); ``tone_lexicon`` a CSV file
    (lemma, weight, category) replacing ``analysis/resources/tone_lexicon.csv``;
    ``codebook`` a YAML file (issue: [words]) whose issues label sections and sentences.
    """
    return analyze_articles(
        [load_article(source)],
        model=model,
        aliases=aliases,
        tone_lexicon=tone_lexicon,
        codebook=codebook,
    )


def analyze_articles(
    articles: Iterable[Article],
    *,
    model: str = "md",
    aliases: str | Path | None = None,
    tone_lexicon: str | Path | None = None,
    codebook: str | Path | None = None,
) -> Analysis:
    """Analyse several articles, parsed in batches; the tables hold all of them. Two
    articles with the same ``article_id`` raise :class:`DuplicateArticleError`."""
    articles = list(articles)
    counts = Counter(a.article_id for a in articles)
    if twice := sorted(i for i, n in counts.items() if n > 1):
        raise DuplicateArticleError(f"two articles have the id {twice[0]!r}; give each its own")
    resources = tabulate_resources(aliases, tone_lexicon, codebook)
    return Analysis.concat(
        [tabulate(parsed, **resources) for parsed in parse_many(articles, model=model)]
    )


def tabulate_resources(
    aliases: str | Path | None = None,
    tone_lexicon: str | Path | None = None,
    codebook: str | Path | None = None,
) -> dict[str, object]:
    """The keyword arguments of :func:`tabulate` for these option files, loaded (and so
    checked) once: a malformed file raises here, before any article."""
    return {
        "aliases": str(aliases) if aliases is not None else None,
        "tone_lexicon": load_tone_lexicon(str(tone_lexicon) if tone_lexicon else None),
        "codebook": load_codebook(str(codebook)) if codebook is not None else None,
    }


def tabulate(
    parsed: ParsedArticle,
    *,
    aliases: str | None = None,
    tone_lexicon: ToneLexicon | None = None,
    codebook: dict[str, frozenset[str]] | None = None,
) -> Analysis:
    """The tables of one parsed article."""
    article, doc = parsed.article, parsed.doc
    article_id = article.article_id
    word_index = []  # number of words before each token
    count = 0
    for token in doc:
        word_index.append(count)
        count += not (token.is_punct or token.is_space)
    n_words = count

    sentences, sentence_starts = [], []
    for number, sent in enumerate(parsed.sentences()):
        start, end = parsed.span_offsets(sent)
        paragraph_id = parsed.paragraph_of(start)
        polarity, subjectivity = textblob_scores(sent.text)
        sentence_starts.append(sent.start)
        sentences.append(
            {
                "article_id": article_id,
                "sentence_id": number,
                "paragraph_id": paragraph_id,
                "is_heading": article.paragraphs[paragraph_id].is_heading,
                "start": start,
                "end": end,
                "text": article.text[start:end],
                "n_words": sum(not (t.is_punct or t.is_space) for t in sent),
                "polarity": polarity,
                "subjectivity": subjectivity,
                "topic": "",
                "corpus_topic": "",
            }
        )

    extracted = extract_mentions(parsed, aliases=aliases)
    name_keys = {phrase_key(m.text) for m in extracted} | {phrase_key(m.actor) for m in extracted}
    name_words = {  # stems of the capitalised words of names: "blinken", "whelan"
        phrase_key(word)
        for m in extracted
        for word in f"{m.text} {m.actor}".split()
        if word[:1].isupper() and len(word) > 2
    }
    topics = []
    for number, section in enumerate(find_sections(parsed, codebook, names=name_words)):
        first_sentence = bisect.bisect_left(sentence_starts, section.sentences[0].start)
        for offset, sentence in enumerate(section.sentences):
            issue = sentence_issue(sentence, codebook) if codebook else ""
            sentences[first_sentence + offset]["topic"] = issue or section.label
        topics.append(
            {
                "article_id": article_id,
                "topic_id": number,
                "level": "section",
                "label": section.label,
                "keywords": ", ".join(section.keywords),
                "first_paragraph": section.first_paragraph,
                "last_paragraph": section.last_paragraph,
                "n_sentences": len(section.sentences),
                "how": section.how,
            }
        )
    name_tokens = frozenset(  # words of names carry no tone; spaCy's MISC holds common words
        i for m in extracted if m.label != "MISC" for i in range(m.token_start, m.token_end)
    )
    toned = find_tone_words(doc, tone_lexicon or load_tone_lexicon(), skip=name_tokens)
    toned_at = {w.token.i: w for w in toned}

    def tone_of(first: int, last: int, category: str = "") -> float:
        """Tone of the tokens first..last, or of their words of one lexicon category."""
        words = [toned_at[i] for i in range(first, last + 1) if i in toned_at]
        return squash(w.weight for w in words if category in ("", w.category))

    toned_by_sentence: dict[int, list[ToneWord]] = {}
    for word in toned:
        number = bisect.bisect_right(sentence_starts, word.token.i) - 1
        toned_by_sentence.setdefault(number, []).append(word)
    for number, sentence in enumerate(sentences):
        sentence["tone"] = squash(w.weight for w in toned_by_sentence.get(number, []))
    tone_words = []
    for number, words in sorted(toned_by_sentence.items()):
        for word in words:
            start, end = parsed.token_span(word.token, word.token)
            tone_words.append(
                {
                    "article_id": article_id,
                    "sentence_id": number,
                    "start": start,
                    "end": end,
                    "token": article.text[start:end],
                    "lemma": word.lemma,
                    "category": word.category,
                    "base_weight": word.base,
                    "weight": word.weight,
                    "negated": word.negated,
                    "modifier": word.modifier,
                }
            )
    mentions = []
    for number, mention in enumerate(extracted):
        sentence_id = bisect.bisect_right(sentence_starts, mention.token_start) - 1
        mentions.append(
            {
                "article_id": article_id,
                "mention_id": number,
                "sentence_id": sentence_id,
                "paragraph_id": sentences[sentence_id]["paragraph_id"],
                "start": mention.start,
                "end": mention.end,
                "text": mention.text,
                "label": mention.label,
                "actor": mention.actor,
                "type": mention.type,
                "how": mention.how,
                "_word": word_index[mention.token_start],
            }
        )

    quotes = []
    found_quotes = extract_quotes(parsed, extracted)
    for number, quote in enumerate(found_quotes):
        span = doc[quote.token_start : quote.token_end]
        quotes.append(
            {
                "article_id": article_id,
                "quote_id": number,
                "kind": quote.kind,
                "sentence_id": bisect.bisect_right(sentence_starts, quote.token_start) - 1,
                "start": quote.start,
                "end": quote.end,
                "text": quote.text,
                "n_words": sum(not (t.is_punct or t.is_space) for t in span),
                "speaker": quote.speaker,
                "speaker_mention": quote.speaker_mention,
                "cue": quote.cue,
                "addressee": quote.addressee,
                "confidence": quote.confidence,
                "polarity": textblob_scores(span.text)[0],
                "tone": tone_of(quote.token_start, quote.token_end - 1),
                "_tokens": range(quote.token_start, quote.token_end),
            }
        )

    articles = make_table(
        "articles",
        [
            {
                "article_id": article_id,
                "title": article.title,
                "date": article.date,
                "source": article.source,
                "language": article.language,
                "n_paragraphs": len(article.paragraphs),
                "n_sentences": len(sentences),
                "n_words": n_words,
                "path": article.path,
                "topic": "",
                "text": article.text,
            }
        ],
    )
    keyphrases = []
    for rank, keyphrase in enumerate(extract_keyphrases(parsed, top=KEYPHRASES), 1):
        start, end = parsed.token_span(doc[keyphrase.first_token], doc[keyphrase.last_token])
        keyphrases.append(
            {
                "article_id": article_id,
                "rank": rank,
                "keyphrase": keyphrase.text,
                "score": keyphrase.score,
                "count": keyphrase.count,
                "sentence_id": bisect.bisect_right(sentence_starts, keyphrase.first_token) - 1,
                "start": start,
                "end": end,
            }
        )
    quote_ids = [q["quote_id"] for q in quotes if q["kind"] != "term"]
    claims = []
    for number, claim in enumerate(extract_claims(parsed, extracted, found_quotes, tone_of)):
        sentence_id = bisect.bisect_right(sentence_starts, claim.cue_first) - 1
        start, end = parsed.token_span(doc[claim.issue_first], doc[claim.issue_last])
        cue_start, cue_end = parsed.token_span(doc[claim.cue_first], doc[claim.cue_last])
        claims.append(
            {
                "article_id": article_id,
                "claim_id": number,
                "actor": claim.actor,
                "holder": claim.holder,
                "position": claim.position,
                "issue": article.text[start:end],
                "concept": _concept(article.text[start:end], keyphrases, name_keys),
                "topic": sentences[sentence_id]["topic"],
                "target": claim.target,
                "cue": article.text[cue_start:cue_end],
                "sentence_id": sentence_id,
                "paragraph_id": sentences[sentence_id]["paragraph_id"],
                "start": start,
                "end": end,
                "cue_start": cue_start,
                "cue_end": cue_end,
                "evidence": sentences[sentence_id]["text"],
                "how": claim.how,
                "quote_id": quote_ids[claim.quote] if claim.quote >= 0 else -1,
                "confidence": claim.confidence,
                "origin": "auto",
            }
        )
    actors = _actor_rows(article, mentions, quotes, toned_by_sentence, n_words)
    return Analysis(
        articles=articles,
        sentences=make_table("sentences", sentences),
        tone_words=make_table("tone_words", tone_words),
        keyphrases=make_table("keyphrases", keyphrases),
        topics=make_table("topics", topics),
        claims=make_table("claims", claims),
        mentions=make_table("mentions", mentions),
        quotes=make_table("quotes", quotes),
        actors=make_table("actors", _add_voice(actors, quotes, article_id)),
    )


def _concept(issue: str, keyphrases: list[dict], names: set[str]) -> str:
    """The article's best-ranked keyphrase within an issue's words that is not an actor's
    name, else the issue's first five words: the label that groups claims into concepts."""
    words = f" {phrase_key(issue)} "
    for row in keyphrases:
        key = phrase_key(row["keyphrase"])
        if key not in names and f" {key} " in words:
            return row["keyphrase"]
    return " ".join(issue.lower().split()[:5])


def _lead_paragraphs(article: Article) -> set[int]:
    """The title line (when the text opens with it) and the first non-heading paragraph."""
    lead = set()
    first = article.paragraphs[0]
    if first.is_heading and article.text[first.start : first.end] == article.title:
        lead.add(0)
    body = next((i for i, p in enumerate(article.paragraphs) if not p.is_heading), None)
    if body is not None:
        lead.add(body)
    return lead


def _tone_around(
    actor: str, sentence_ids: list[int], quotes: list[dict], toned: dict[int, list[ToneWord]]
) -> tuple[float, int]:
    """Mean tone of the sentences mentioning an actor, without the actor's own quoted
    words, and the number of sentences that still hold words of the narrator or others."""
    own = {i for q in quotes if q["speaker"] == actor and q["kind"] != "term" for i in q["_tokens"]}
    tones = []
    for number in sentence_ids:
        words = [w.weight for w in toned.get(number, []) if w.token.i not in own]
        tones.append(squash(words))
    return (sum(tones) / len(tones) if tones else float("nan")), len(tones)


def _actor_rows(
    article: Article,
    mentions: list[dict],
    quotes: list[dict],
    toned: dict[int, list[ToneWord]],
    n_words: int,
) -> list[dict[str, object]]:
    lead = _lead_paragraphs(article)
    by_actor: dict[str, list[dict]] = {}
    for mention in mentions:
        by_actor.setdefault(mention["actor"], []).append(mention)
    rows = []
    for actor, group in by_actor.items():
        sentence_ids = sorted({m["sentence_id"] for m in group})
        forms = list(dict.fromkeys(m["text"] for m in group))
        tone_around, around_n = _tone_around(actor, sentence_ids, quotes, toned)
        rows.append(
            {
                "article_id": article.article_id,
                "actor": actor,
                "type": group[0]["type"],
                "mentions": len(group),
                "sentences": len(sentence_ids),
                "first_position": group[0]["_word"] / max(n_words - 1, 1),
                "in_lead": any(m["paragraph_id"] in lead for m in group),
                "forms": " | ".join(forms),
                "tone_around": tone_around,
                "tone_around_n": around_n,
            }
        )
    rows.sort(key=lambda row: (-row["mentions"], row["first_position"]))
    return rows


def _counted(quote: dict, quotes: list[dict]) -> bool:
    """False for a quote inside another quote of the same speaker (counted once)."""
    return not any(
        other is not quote
        and other["speaker"] == quote["speaker"]
        and other["start"] <= quote["start"]
        and quote["end"] <= other["end"]
        and (other["end"] - other["start"]) > (quote["end"] - quote["start"])
        for other in quotes
    )


def _add_voice(
    actors: list[dict[str, object]], quotes: list[dict], article_id: str
) -> list[dict[str, object]]:
    """Quote counts, quoted words, voice share and own tone per actor.

    Speakers that no mention names ("le porte-parole") become actors of type "group".
    """
    spoken = [q for q in quotes if q["kind"] != "term"]
    counted = [q for q in spoken if _counted(q, spoken)]
    total = sum(q["n_words"] for q in counted)
    rows = {row["actor"]: row for row in actors}
    for quote in spoken:
        if quote["speaker"] and quote["speaker"] not in rows:
            rows[quote["speaker"]] = {
                "article_id": article_id,
                "actor": quote["speaker"],
                "type": "group",
                "mentions": 0,
                "sentences": 0,
                "first_position": float("nan"),
                "in_lead": False,
                "forms": "",
                "tone_around": float("nan"),
                "tone_around_n": 0,
            }
    for name, row in rows.items():
        own = [q for q in spoken if q["speaker"] == name]
        words = [q for q in counted if q["speaker"] == name]
        n_words = sum(q["n_words"] for q in words)
        for kind in ("direct", "partial", "indirect"):
            row[f"quotes_{kind}"] = sum(q["kind"] == kind for q in own)
        row["quoted_words"] = n_words
        row["voice_share"] = n_words / total if total else 0.0
        row["tone_own"] = (
            sum(q["tone"] * q["n_words"] for q in words) / n_words if n_words else float("nan")
        )
        row["tone_own_n"] = len(words)
        row["addressed"] = sum(q["addressee"] == name for q in spoken)
    return list(rows.values())
