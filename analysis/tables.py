"""The tables: every column documented here, once, and the object that holds them.

Every table has an ``article_id`` column, so a corpus is the concatenation of its
articles. ``start`` and ``end`` are character offsets into ``articles.text``: for any row,
``text[start:end]`` is the row's ``text``.

>>> from analysis.tables import describe
>>> describe("mentions").loc["how", "description"][:40]
'How the mention was linked to its actor:'
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from .errors import OutputError
from .files import atomic_write

STR, INT, FLOAT, BOOL, DATE = "str", "int64", "float64", "bool", "datetime64[s]"

#: table -> column -> (dtype, description). The contract of the package.
SCHEMA: dict[str, dict[str, tuple[str, str]]] = {
    "articles": {
        "article_id": (STR, "Identifier: the file name without suffix, or the record's id."),
        "title": (STR, "Title: <h1>, <title>, front matter, record field or first heading line."),
        "date": (DATE, "Publication date, from metadata or a French date opening the text."),
        "source": (STR, "Outlet or source, from metadata when given."),
        "language": (STR, "Language code (metadata, else 'fr')."),
        "n_paragraphs": (INT, "Number of paragraphs (non-blank lines), headings included."),
        "n_sentences": (INT, "Number of sentences."),
        "n_words": (INT, "Number of words (tokens that are neither punctuation nor space)."),
        "path": (STR, "File the article was read from ('' for text given directly)."),
        "topic": (STR, "Corpus topic of the article (see analysis.issues.corpus_topics), or ''."),
        "text": (STR, "The text every offset points into, exactly as read."),
    },
    "sentences": {
        "article_id": (STR, "Article the sentence belongs to."),
        "sentence_id": (INT, "Position of the sentence in the article, from 0."),
        "paragraph_id": (INT, "Position of its paragraph (line) in the article, from 0."),
        "is_heading": (BOOL, "Whether the paragraph is a heading (bullet or short line)."),
        "start": (INT, "Offset of the first character in the article text."),
        "end": (INT, "Offset just after the last character."),
        "text": (STR, "The sentence as written in the article."),
        "n_words": (INT, "Number of words in the sentence."),
        "polarity": (FLOAT, "textblob-fr polarity, -1 (negative) to 1 (positive)."),
        "subjectivity": (FLOAT, "textblob-fr subjectivity, 0 (factual) to 1 (subjective)."),
        "tone": (
            FLOAT,
            "News tone, -1 to 1, from the project's lexicon (its words are in tone_words).",
        ),
        "topic": (
            STR,
            "Issue of the sentence: its section's label, or the codebook issue it signals.",
        ),
        "corpus_topic": (STR, "Corpus topic of the sentence (after corpus_topics), or ''."),
    },
    "topics": {
        "article_id": (STR, "Article of a section ('' for a corpus topic)."),
        "topic_id": (INT, "Position of the section in the article, or number of the topic."),
        "level": (STR, "section (one article's issue section) or corpus (a corpus topic)."),
        "label": (STR, "Label: three best keyphrases, the codebook issue, or top words."),
        "keywords": (STR, "Its best keyphrases or words, joined by ', '."),
        "first_paragraph": (INT, "First paragraph of a section (-1 for a corpus topic)."),
        "last_paragraph": (INT, "Last paragraph of a section (-1 for a corpus topic)."),
        "n_sentences": (INT, "Sentences in the section (0 for a corpus topic)."),
        "how": (
            STR,
            "headings (a section opened by a heading), paragraphs (the text before any "
            "heading), vocabulary (cut where the vocabulary changes), codebook, or nmf.",
        ),
    },
    "tone_words": {
        "article_id": (STR, "Article."),
        "sentence_id": (INT, "Sentence holding the word."),
        "start": (INT, "Offset of the word's first character."),
        "end": (INT, "Offset just after its last character."),
        "token": (STR, "The word as written."),
        "lemma": (STR, "The lemma matched in the tone lexicon."),
        "category": (STR, "The lexicon's category: conflict, economy, diplomacy…"),
        "base_weight": (FLOAT, "The lexicon's weight, -3 to 3."),
        "weight": (FLOAT, "The weight as counted, after negation and modifiers."),
        "negated": (BOOL, "Whether a negation governs the word ('pas', 'sans', 'aucun')."),
        "modifier": (STR, "The intensifier or diminisher modifying it ('très'), or ''."),
    },
    "keyphrases": {
        "article_id": (STR, "Article."),
        "rank": (INT, "Rank of the keyphrase in the article, from 1."),
        "keyphrase": (STR, "The keyphrase, lower case, in its most frequent form."),
        "score": (
            FLOAT,
            "Occurrences × rarity of its words in French (8 − Zipf frequency) × (1 + 1 / (1 + "
            "number of the sentence where it first appears)).",
        ),
        "count": (INT, "Occurrences in the article (forms with the same stems counted together)."),
        "sentence_id": (INT, "Sentence of its first occurrence."),
        "start": (INT, "Offset of its first occurrence."),
        "end": (INT, "Offset just after its first occurrence."),
    },
    "mentions": {
        "article_id": (STR, "Article the mention belongs to."),
        "mention_id": (INT, "Position of the mention in the article, from 0."),
        "sentence_id": (INT, "Sentence holding the mention."),
        "paragraph_id": (INT, "Paragraph holding the mention."),
        "start": (INT, "Offset of the first character (titles such as 'M.' included)."),
        "end": (INT, "Offset just after the last character."),
        "text": (STR, "The mention as written, e.g. 'M. Blinken'."),
        "label": (STR, "Entity label after clean-up: PER, ORG, LOC or MISC."),
        "actor": (STR, "Canonical actor the mention stands for (see the actors table)."),
        "type": (STR, "Type of that actor."),
        "how": (
            STR,
            "How the mention was linked to its actor: exact (the name itself), alias (a known "
            "other name: 'Fédération de Russie', or an acronym: 'FLN'), metonymy (a place "
            "standing for a government: 'Moscou'), demonym (the people of a country: 'les "
            "Russes'), title (a title stripped: 'M. Blinken'), surname or first_name (part of a "
            "full name used in the article), variant (another spelling of a name: 'Frères "
            "Musulmans', 'L'Italie', a misspelt 'Miguel Nerva').",
        ),
    },
    "quotes": {
        "article_id": (STR, "Article."),
        "quote_id": (INT, "Position of the quote in the article, from 0."),
        "kind": (
            STR,
            "direct (a sentence or more in guillemets), partial (a fragment in guillemets "
            "inside the narrator's sentence), indirect (reported speech: 'a déclaré que…', "
            "'selon X') or term (guillemets around a word nobody is said to say).",
        ),
        "sentence_id": (INT, "Sentence where the quote starts."),
        "start": (INT, "Offset of the quote's first character (guillemets excluded)."),
        "end": (INT, "Offset just after its last character."),
        "text": (STR, "The quoted words, or the reported content of indirect speech."),
        "n_words": (INT, "Number of words in the quote."),
        "speaker": (STR, "Actor who speaks ('' when unknown); named as in the actors table."),
        "speaker_mention": (STR, "The words naming the speaker: 'M. Blinken', 'il', ''."),
        "cue": (STR, "The reporting verb as written ('a déclaré', 'a-t-il déclaré', 'selon')."),
        "addressee": (STR, "Actor the words are addressed to, when explicit ('à M. Lavrov')."),
        "confidence": (
            FLOAT,
            "How sure the attribution is: 0.9 a cue naming the speaker, 0.8 inside indirect "
            "speech, 0.75 a pronoun or a role noun resolved, 0.6 a noun phrase, 0.55 a "
            "continuation of the previous speaker, 0.5 the named subject of the sentence "
            "holding a partial quote, 0.2 unknown.",
        ),
        "polarity": (FLOAT, "textblob-fr polarity of the quoted words."),
        "tone": (FLOAT, "News tone of the quoted words, -1 to 1."),
    },
    "claims": {
        "article_id": (STR, "Article."),
        "claim_id": (INT, "Position of the claim in the article, from 0."),
        "actor": (STR, "Actor who holds the position (named as in the actors table)."),
        "holder": (
            STR,
            "The words naming the actor where the claim is made: 'M. Blinken', 'Elle', 'le "
            "groupe'; empty when none do there (a quotation going on from the one before, a "
            "claim a coder added).",
        ),
        "position": (
            STR,
            "support, oppose or neutral. A statement without cue supports what it says, or "
            "opposes what it describes when it denies or its tone is clearly negative. The machine "
            "says neutral only of abstaining, declining to comment and keeping to a bare "
            "acknowledgement ('s'est borné à'); a coder may say it of anything.",
        ),
        "issue": (STR, "What the position is about, in the article's words."),
        "concept": (
            STR,
            "A short label for the issue: the article's best-ranked keyphrase within it, else "
            "its first five words. Claims sharing a concept form the actor-concept network.",
        ),
        "topic": (STR, "Issue section of the claim's sentence (its label, or codebook issue)."),
        "target": (STR, "Actor the claim is addressed to or aimed at ('exhorte la Russie')."),
        "cue": (STR, "The cue word ('exhorte', 'a suspendu', 'sanctions', 'prêts')."),
        "sentence_id": (INT, "Sentence holding the cue."),
        "paragraph_id": (INT, "Paragraph holding the cue."),
        "start": (INT, "Offset of the issue's first character."),
        "end": (INT, "Offset just after the issue's last character."),
        "cue_start": (INT, "Offset of the cue's first character."),
        "cue_end": (INT, "Offset just after the cue's last character."),
        "evidence": (STR, "The sentence that supports the claim."),
        "how": (
            STR,
            "own (a cue of the actor's own: a call, a condemnation, a first person in a "
            "quotation), act (an act of support or opposition), reported (a cue another "
            "speaker reports the actor performing) or statement (a speaker's words without "
            "cue).",
        ),
        "quote_id": (INT, "Quote the claim comes from (quote_id), -1 outside quotations."),
        "confidence": (FLOAT, "0.8 own, 0.7 act, 0.5 reported or statement."),
        "origin": (STR, "auto (found by the machine) or human (from a coding sheet)."),
    },
    "actors": {
        "article_id": (STR, "Article."),
        "actor": (STR, "Canonical name: the full name used in the article, or the country."),
        "type": (
            STR,
            "person, organisation, country, place, group (an unnamed speaker such as 'le "
            "porte-parole', with no mention) or other.",
        ),
        "mentions": (INT, "Number of mentions in the article."),
        "sentences": (INT, "Number of sentences that mention the actor."),
        "first_position": (
            FLOAT,
            "Where the first mention stands, in words: 0 = first word, 1 = last word.",
        ),
        "in_lead": (BOOL, "Mentioned in the title or the lead (first non-heading paragraph)."),
        "forms": (STR, "The distinct ways the article names the actor, joined by ' | '."),
        "tone_around": (
            FLOAT,
            "Mean news tone of the sentences that mention the actor, the actor's own quoted "
            "words left out: how the article speaks around the actor.",
        ),
        "tone_around_n": (INT, "Number of sentences behind tone_around."),
        "quotes_direct": (INT, "Number of direct quotes the actor speaks."),
        "quotes_partial": (INT, "Number of partial quotes the actor speaks."),
        "quotes_indirect": (INT, "Number of pieces of indirect speech the actor speaks."),
        "quoted_words": (
            INT,
            "Words the actor speaks (a partial quote inside the same actor's indirect "
            "speech is counted once).",
        ),
        "voice_share": (FLOAT, "The actor's share of all quoted words of the article (0 to 1)."),
        "tone_own": (
            FLOAT,
            "News tone of the actor's own words (mean over its quotes, weighted by words); "
            "empty when the actor is not quoted.",
        ),
        "tone_own_n": (INT, "Number of quotes behind tone_own."),
        "addressed": (INT, "Number of quotes addressed to the actor ('a déclaré … à X')."),
    },
    "errors": {
        "article_id": (STR, "The article that failed, when it could be read ('' otherwise)."),
        "source": (STR, "The file, or file:line of a JSON Lines file, that failed."),
        "error": (STR, "The kind of error (the exception's class)."),
        "message": (STR, "What went wrong, on one line."),
    },
}


def describe(table: str | None = None) -> pd.DataFrame:
    """The documentation of one table's columns, or of all tables, as a DataFrame."""
    if table is not None and table not in SCHEMA:
        raise KeyError(f"no table {table!r}; the tables are {', '.join(SCHEMA)}")
    rows = [
        {"table": name, "column": column, "dtype": dtype, "description": text}
        for name, columns in SCHEMA.items()
        if table in (None, name)
        for column, (dtype, text) in columns.items()
    ]
    frame = pd.DataFrame(rows)
    return frame.set_index("column") if table else frame


def make_table(table: str, rows: list[dict[str, object]]) -> pd.DataFrame:
    """A table from row dicts, with exactly the documented columns in order and dtypes."""
    data = {}
    for column, (dtype, _) in SCHEMA[table].items():
        values = [row.get(column) for row in rows]
        if dtype == DATE:
            dates = pd.to_datetime(pd.Series(values, dtype=object), errors="coerce")
            data[column] = dates.astype(DATE)
        else:
            data[column] = pd.array(values, dtype=dtype)
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)))


@dataclass
class Analysis:
    """The tables of one article or a corpus; each attribute is a DataFrame. ``errors``
    lists the articles of a corpus that could not be analysed (empty for one article).

    >>> from analysis import analyze
    >>> result = analyze()
    >>> len(result.tables()), "claims" in result.tables(), len(result.errors)
    (10, True, 0)
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame
    tone_words: pd.DataFrame
    keyphrases: pd.DataFrame
    topics: pd.DataFrame
    claims: pd.DataFrame
    mentions: pd.DataFrame
    quotes: pd.DataFrame
    actors: pd.DataFrame
    errors: pd.DataFrame = dataclasses.field(default_factory=lambda: make_table("errors", []))

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by name."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def concat(cls, parts: list[Analysis]) -> Analysis:
        """One Analysis holding the rows of several (for instance one per article)."""
        names = [f.name for f in fields(cls)]
        if not parts:
            return cls(**{name: make_table(name, []) for name in names})
        return cls(
            **{
                name: pd.concat([getattr(p, name) for p in parts], ignore_index=True)
                for name in names
            }
        )

    def save(self, folder: str | Path, *, format: str = "csv") -> list[Path]:
        """Write one file per table (``folder/mentions.csv``...); return the paths.

        Each file is written to a temporary file first and then renamed, so an existing
        file is never left half-written.
        """
        if format not in ("csv", "parquet"):
            raise OutputError(f"unknown format {format!r}: choose csv or parquet")
        folder = Path(folder)
        written = []
        for name, frame in self.tables().items():
            if format == "csv":
                write = functools.partial(frame.to_csv, index=False)
            else:
                write = functools.partial(frame.to_parquet, index=False)
            written.append(atomic_write(folder / f"{name}.{format}", write))
        return written
