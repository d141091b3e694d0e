"""Named-entity mentions and the actors they stand for.

Entities found by spaCy (plus known names it missed) are cleaned of parser errors (two
names of organisations side by side are one: "Europe Écologie Les Verts"), stripped
of titles, then grouped into actors: surnames and first names join the full name used
elsewhere in the article, known aliases and places standing for governments resolve to
their country or organisation (``resources/countries.csv`` and ``resources/aliases.yml``),
and spellings of one name (case, accents, articles, a plural, a misspelt word of a person's
name) become one actor; a name with a word for an organisation after its first word
("Francine Clark Art Institute", ``resources/organisation_words.txt``) is an
organisation's, and so is a name the model took for a place right after a word for an
organisation ("la société Sorelchim", ``resources/organisation_epithets.txt``); a name
that completes a term ("boson de Higgs", ``resources/term_heads.txt``)
is no actor. Each mention says how it was resolved.

>>> from analysis import load_article
>>> from analysis.nlp import parse
>>> parsed = parse(load_article("Antony Blinken est arrivé. M. Blinken a écrit à Moscou."))
>>> [(m.text, m.actor, m.how) for m in extract_mentions(parsed)]
[('Antony Blinken', 'Antony Blinken', 'exact'), ('M. Blinken', 'Antony Blinken', 'title'), \
('Moscou', 'Russie', 'metonymy')]
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass, replace

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .nlp import ParsedArticle, load_pipeline
from .resources import (
    ActorEntry,
    ActorLexicon,
    first_name_genders,
    load_actor_lexicon,
    normalize_key,
    titles,
    word_list,
)

LABELS = ("PER", "ORG", "LOC", "MISC")
#: Words an acronym skips: "Organisation des Nations unies" is ONU.
LINKING_WORDS = frozenset(
    {"de", "d", "du", "des", "la", "le", "l", "les", "et", "pour", "en", "and", "&", "of", "the"}
)
#: How close two spellings of a word of a person's name must be to name one person.
MISSPELT_RATIO = 0.7
LABEL_OF_TYPE = {
    "person": "PER",
    "organisation": "ORG",
    "country": "LOC",
    "place": "LOC",
    "group": "MISC",
    "other": "MISC",
}
TYPE_OF_LABEL = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other"}
NOT_NAMES = frozenset({"PRON", "VERB", "AUX", "ADP", "DET", "SCONJ", "CCONJ", "ADV", "INTJ"})
#: Elided words the recogniser sometimes takes for names ("J'", "Qu'").
ELIDED = frozenset(
    {"j'", "qu'", "l'", "d'", "n'", "s'", "c'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'"}
)
#: Tokens after which a capital letter says nothing about a name.
OPENERS = frozenset({":", "«", '"', "-", "–", "—", "(", "•"})
#: Prepositions after which a capital names a place, unless its head says otherwise.
PLACE_PREPOSITIONS = frozenset(
    {"à", "au", "aux", "en", "dans", "depuis", "vers", "sur", "de", "d'", "du", "des", "près"}
)


@dataclass(frozen=True)
class Mention:
    """One mention of an actor, with original offsets and how it was resolved."""

    start: int
    end: int
    text: str
    label: str
    actor: str
    type: str
    how: str
    token_start: int
    token_end: int
    honorific: str = ""


@dataclass
class _Candidate:
    span: Span  # the name, honorifics stripped
    outer: Span  # the name with its honorifics, as in the text
    label: str
    honorific: str


def _clean(
    span: Span, label: str, lexicon: ActorLexicon, common: frozenset[str]
) -> _Candidate | None:
    """Trim stray tokens and honorifics; None when the span is a parser error.

    ``common`` holds the words the article writes in lower case.
    """
    doc = span.doc
    start, end = span.start, span.end

    def function_word(token: Token) -> bool:
        return token.is_punct or token.is_space or (token.pos_ in ("DET", "ADP") and token.is_lower)

    while start < end and (function_word(doc[start]) or doc[start].pos_ in ("SCONJ", "CCONJ")):
        start += 1  # "Quand les internautes…" opening a sentence
    for i in range(start, end):  # a name stops at a colon or a conjugated verb: "Ouragan
        if doc[i].text == ":" or (doc[i].pos_ in ("VERB", "AUX") and _finite(doc[i])):
            end = i  # Sandy : 39 morts", "Dragon amortisse", "Imaginez un monde…"
            break
    stops = word_list("stop_entities")
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].is_space
        or (doc[end - 1].is_lower and normalize_key(doc[end - 1].text) in stops)
        or (end - 1 > start and function_word(doc[end - 1]))
    ):
        end -= 1  # "New Jersey mercredi", "Vendée Globe : Déjà" cut to "Vendée Globe :"
    last = doc[end - 1]
    glued = end < len(doc) and last.text.endswith("'") and not last.whitespace_
    if glued and doc[end].is_alpha and normalize_key(last.text) not in ELIDED:
        end += 1  # "Moody's", split by the tokenizer at the apostrophe
    honorific_words = titles().honorifics
    title_words = titles().titles
    while start > 0 and doc[start - 1].text in honorific_words:  # "M." left outside
        start -= 1
    outer_start = start
    honorifics = []
    while start < end and (
        doc[start].text in honorific_words or normalize_key(doc[start].text) in title_words
    ):
        honorifics.append(doc[start].text)
        start += 1
        while start < end and function_word(doc[start]):  # "ministre du Redressement"
            start += 1
    if start >= end:
        return None
    person = label == "PER" and not _organisation_name(doc[start:end])
    if person and end - start >= 3:  # "Jababeka David Quentin": the name starts
        names = first_name_genders()  # at the first first name after a word that is none
        later = [i for i in range(start + 1, end - 1) if normalize_key(doc[i].text) in names]
        if later and normalize_key(doc[start].text) not in names:
            start = later[0]
    name = doc[start:end]
    rest = name[1:].text if name[0].pos_ == "DET" else name.text  # "Un deuxième typhon"
    if not any(c.isupper() or c.isdigit() for c in rest):
        return None
    if len(name) == 1 and lexicon.lookup(name.text) is None and _not_a_name(name[0], common):
        return None
    return _Candidate(name, doc[outer_start:end], label, " ".join(honorifics))


def _finite(token: Token) -> bool:
    """A conjugated verb: a mood, or a finite verb form."""
    return bool(token.morph.get("Mood")) or "Fin" in token.morph.get("VerbForm")


def _not_a_name(token: Token, common: frozenset[str]) -> bool:
    """A one-word entity that is a parser error: "J'", "Mettez", "Jeudi", a lone letter, or a
    common noun capitalised only because it opens a sentence ("Lancement" in a title when
    the article also writes "lancement"), or a participle opening it, set off by a comma
    ("Sollicitée, la préfecture indique…"), unless it is a first name ("René,")."""
    if normalize_key(token.text) in ELIDED or token.pos_ in NOT_NAMES or len(token.text) == 1:
        return True
    if normalize_key(token.text) in word_list("stop_entities"):
        return True
    opens = token.is_sent_start or (token.i > 0 and token.nbor(-1).text in OPENERS)
    after_stop = token.i > 0 and token.nbor(-1).text in (".", "!", "?")  # missed by the parser
    participle = (  # "Sollicitée, la préfecture indique…"
        (opens or after_stop)
        and token.lower_.endswith(("é", "ée", "és", "ées"))
        and token.i + 1 < len(token.doc)
        and token.nbor(1).text == ","
        and normalize_key(token.text) not in first_name_genders()
    )
    return (opens and token.lower_ in common) or participle


def _in_title(span: Span, lexicon: ActorLexicon) -> bool:
    """True for "État" in "secrétaire d'État": a capitalised word completing a job title;
    and for "Higgs" in "boson de Higgs", a name completing a term."""
    if lexicon.lookup(span.text) is not None:
        return False
    i = span.start - 1
    steps = 0
    while i >= 0 and span.doc[i].pos_ in ("ADP", "DET") and steps < 2:
        i -= 1
        steps += 1
    if steps == 0 or i < 0:
        return False
    head = normalize_key(span.doc[i].lemma_)
    bare = steps == 1 and normalize_key(span.doc[i + 1].text) in ("de", "d'")
    return head in word_list("title_heads") or (bare and head in word_list("term_heads"))


def _term_name(name: Span) -> bool:
    """A name that opens with a term's noun and "de": "Boson de Higgs"."""
    return (
        len(name) > 2
        and normalize_key(name[0].lemma_) in word_list("term_heads")
        and normalize_key(name[1].text) in ("de", "d'")
    )


def _stands_for_government(span: Span) -> bool:
    """Whether a capital or seat of power names a government here, or only a place.

    "Moscou affirme", "accusé Moscou", "l'appel lancé à Moscou" name the government;
    "était à Kiev", "le centre de Téhéran" name a place (``resources/government_heads.txt``).
    """
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    cases = [normalize_key(c.text) for c in token.children if c.dep_ == "case"]
    if not cases:
        return True
    if cases[-1] not in PLACE_PREPOSITIONS:
        return True
    return normalize_key(token.head.lemma_) in word_list("government_heads")


@functools.cache
def _phrase_matcher(model: str, aliases: str | None) -> PhraseMatcher:
    """A case-insensitive matcher of the lexicon's names, built once per model and lexicon."""
    nlp = load_pipeline(model)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for name in load_actor_lexicon(aliases).phrases():
        matcher.add(name, [nlp.make_doc(name)])
    return matcher


def _candidates(parsed: ParsedArticle, aliases: str | None) -> list[_Candidate]:
    """Cleaned entities, plus known names spaCy missed; the longest wins where they overlap.

    A known name written capitalised in the resource ("Inde") must be capitalised in the
    text too; one written in lower case ("le secrétaire d'État américain") matches as is.
    """
    doc = parsed.doc
    lexicon = load_actor_lexicon(aliases)
    common = frozenset(token.text for token in doc if token.is_lower)
    found = {}
    for ent, label in _joined(doc):
        if label in LABELS:
            candidate = _clean(ent, label, lexicon, common)
            if candidate is not None and not _in_title(candidate.span, lexicon):
                found[(candidate.outer.start, candidate.outer.end)] = candidate
    for match_id, start, end in _phrase_matcher(parsed.model, aliases)(doc):
        form = doc.vocab.strings[match_id]
        if doc[start].text[:1].isupper() or not form[:1].isupper():
            entry = lexicon.lookup(form)
            span = doc[start:end]
            found.setdefault((start, end), _Candidate(span, span, LABEL_OF_TYPE[entry.type], ""))
    kept = filter_spans([c.outer for c in found.values()])
    return [found[(span.start, span.end)] for span in sorted(kept, key=lambda s: s.start)]


def _joined(doc: Doc) -> list[tuple[Span, str]]:
    """spaCy's entities with their labels, an English name the tagger cut at "and" or "&"
    joined again: "Sterling and" + "Francine Clark Art Institute", and so are two names of
    organisations with nothing between them: "Europe Écologie" + "Les Verts"."""
    joined: list[tuple[Span, str]] = []
    for ent in doc.ents:
        before = joined[-1][0] if joined else None
        linked = before is not None and (
            (before.end == ent.start and before[-1].lower_ in ("and", "&"))
            or (before.end + 1 == ent.start and doc[before.end].lower_ in ("and", "&"))
            or (
                before.end == ent.start
                and joined[-1][1] == ent.label_ == "ORG"
                and before[-1].text[:1].isupper()
            )
        )
        if before is not None and linked:
            joined[-1] = (doc[before.start : ent.end], ent.label_)
        else:
            joined.append((ent, ent.label_))
    return joined


def _organisation_name(name: Span) -> bool:
    """Whether a name of two words or more holds a word that makes it an organisation's
    (``resources/organisation_words.txt``): "Gordon and Betty Moore Foundation",
    "Confédération paysanne"."""
    words = word_list("organisation_words")
    return len(name) > 1 and any(
        normalize_key(t.text) in words for t in name if t.text[:1].isupper()
    )


def _titled(candidate: _Candidate, lexicon: ActorLexicon) -> bool:
    """A name of two words or more, tagged as a place or other, after a title or an
    honorific ("le Professeur Nobutaka Miura") or standing in apposition to a title
    ("L'ancien porte-parole de la mission, Timor Goksel,"): it names a person."""
    root = candidate.span.root
    apposed = root.dep_ == "appos" and normalize_key(root.head.lemma_) in titles().titles
    return (
        candidate.label in ("LOC", "MISC")
        and len(candidate.span) >= 2
        and lexicon.lookup(candidate.span.text) is None
        and (apposed or bool(candidate.honorific))
    )


def _initial(token: Token) -> bool:
    """ "A." in "A. Montebourg"."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _person_names(candidates: list[_Candidate], lexicon: ActorLexicon) -> list[Span]:
    """Full names (two words or more, not opening with an initial), in order of appearance;
    not the end of a full name given before ("De Santis" after "Nick De Santis")."""
    names: list[Span] = []
    seen: list[tuple[str, ...]] = []  # the words of each name kept
    for c in candidates:
        if (
            c.label != "PER"
            or len(c.span) < 2
            or _initial(c.span[0])
            or lexicon.lookup(c.span.text) is not None
            or _organisation_name(c.span)
            or _term_name(c.span)
        ):
            continue
        words = tuple(t.text for t in c.span)
        if not any(len(w) > len(words) and w[-len(words) :] == words for w in seen):
            names.append(c.span)
            seen.append(words)
    return names


def _match_person(name: Span, full_names: list[Span]) -> tuple[Span, str] | None:
    """The full name a surname, a first name or "A. Surname" belongs to (the latest one
    before it, if several; the first one after it in a headline)."""
    words = [t.text for t in name]
    initial = words[0][0] if _initial(name[0]) else ""
    if initial:
        words = words[1:]
    matches = []
    for full in full_names:
        full_words = [t.text for t in full]
        if len(words) >= len(full_words) or not words:
            continue
        if full_words[-len(words) :] == words and full_words[0].startswith(initial):
            matches.append((full, "surname"))
        elif full_words[: len(words)] == words and not initial:
            matches.append((full, "first_name"))
    if not matches:
        return None
    before = [m for m in matches if m[0].start < name.start]
    return before[-1] if before else matches[0]  # a headline: the name the text gives first


def _acronym_of(candidate: _Candidate, previous: Mention | None) -> bool:
    """True for "OMS" in "Organisation mondiale de la santé (OMS)"."""
    doc = candidate.span.doc
    start = candidate.outer.start
    return (
        previous is not None
        and candidate.span.text.isupper()
        and start >= 1
        and doc[start - 1].text == "("
        and previous.token_end == start - 1
    )


def _spelled_out(acronym: str, earlier: list[Mention]) -> Mention | None:
    """The earlier organisation an acronym abbreviates: "PP" after "Parti populaire
    espagnol", "ONU" after "Organisation des Nations unies" (the initials of its words
    but "de", "la"…, one last word left over at most), or the one it was given for in
    parentheses ("la Communauté économique des États d'Afrique de l'Ouest (CEDEAO)")."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    for mention in reversed(earlier):
        if mention.type not in ("organisation", "country"):
            continue
        if mention.how == "alias" and mention.text == acronym:
            return mention
        if _abbreviates(acronym, mention.actor):
            return mention
    return None


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether an acronym stands for a name of several words: the initials of its words,
    accents aside, all of them or without "de", "la"…, one last word left over at most
    ("ONU", "Organisation des Nations unies"; "EELV", "Europe Écologie Les Verts"; "RSF",
    "Reporters sans frontières").

    >>> _abbreviates("EELV", "Europe Écologie Les Verts"), _abbreviates("PS", "Paris")
    (True, False)
    """
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    words = [w for w in re.split(r"[\s'’-]+", _without_accents(name)) if w]
    if len(words) < 2:
        return False
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in LINKING_WORDS).upper()
    return any(i.startswith(acronym) and len(i) - len(acronym) <= 1 for i in (every, content))


def _without_accents(text: str) -> str:
    """The text without its accents: "Écologie" is "Ecologie"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _variant_key(name: str, person: bool) -> str:
    """The form under which two spellings of one name meet: no case, accents, article,
    linking words, spaces or hyphens, and no plural "s" unless a person is named ("Frères
    musulmans", "L'Italie", "Forum mondial de langue française", "SpaceX-Dragon",
    "Minitels").

    >>> _variant_key("Forum mondial de la langue française", False)
    'forummondiallanguefrancaise'
    """
    bare = _without_accents(normalize_key(name))
    words = [w for w in re.split(r"[\s'-]+", bare) if w and w not in LINKING_WORDS]
    if not person:
        words = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words]
    return "".join(words)


def _misspelt(name: str, other: str) -> bool:
    """Two full names of one person, one word spelt differently: the same number of words,
    all but one the same, and that one with the same initial and close ("Miguel Neiva",
    "Miguel Nerva"; "Kareyce Fotso", "Kayrece Fotso") or its initials ("J-M Ayrault",
    "Jean-Marc Ayrault"); not "Scott Brown" and "Sherrod Brown"."""
    words, others = name.split(), other.split()
    if len(words) != len(others) or len(words) < 2:
        return False
    differing = [(a, b) for a, b in zip(words, others, strict=True) if a != b]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    for short, long in ((a, b), (b, a)):
        letters = [p for p in re.split(r"[.-]+", short) if p]
        parts = long.split("-")
        if len(parts) > 1 and [p[0] for p in parts] == letters:
            return True
    close = difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio()
    return a[0] == b[0] and min(len(a), len(b)) >= 4 and close >= MISSPELT_RATIO


def _merge_variants(mentions: list[Mention]) -> list[Mention]:
    """One actor per name however it is spelt: actors whose names differ only in case,
    accents, articles, spacing or a plural (``_variant_key``), or people whose full names
    differ by one misspelt word (``_misspelt``), become the one mentioned most (first named
    on a tie); their renamed mentions say ``variant``. An acronym becomes the name it
    abbreviates wherever each is named ("le FLN (Front de libération nationale)", "le BEA,
    le Bureau d'enquêtes et d'analyses"); its mentions say ``alias``."""
    counts: dict[str, int] = {}
    types: dict[str, str] = {}
    for mention in mentions:
        counts[mention.actor] = counts.get(mention.actor, 0) + 1
        types.setdefault(mention.actor, mention.type)
    order = sorted(counts, key=lambda a: -counts[a])  # stable: first named first on a tie
    keys = {actor: _variant_key(actor, types[actor] == "person") for actor in order}
    canonical: dict[str, str] = {}
    for position, actor in enumerate(order):
        person = types[actor] == "person"
        for earlier in order[:position]:
            both = person == (types[earlier] == "person")  # a person meets only a person
            same = both and bool(keys[actor]) and keys[actor] == keys[earlier]
            if same or (person and both and _misspelt(actor, earlier)):
                canonical[actor] = canonical.get(earlier, earlier)
                break
    spelled: dict[str, str] = {}  # acronym -> the name it abbreviates
    for actor in order:
        if actor in canonical or types[actor] == "person":
            continue
        full = next((n for n in order if types[n] != "person" and _abbreviates(actor, n)), "")
        if full:
            spelled[actor] = full
    canonical |= spelled

    def root(actor: str) -> str:
        while actor in canonical:
            actor = canonical[actor]
        return actor

    return [
        replace(
            m,
            actor=root(m.actor),
            type=types[root(m.actor)],
            how="alias" if m.actor in spelled else "variant",
        )
        if m.actor in canonical
        else m
        for m in mentions
    ]


def extract_mentions(parsed: ParsedArticle, *, aliases: str | None = None) -> list[Mention]:
    """Mentions of actors in reading order, each resolved to a canonical actor.

    ``aliases`` is the path of a user YAML file of aliases (see ``resources/aliases.yml``).
    """
    lexicon = load_actor_lexicon(aliases)
    candidates = [
        replace(c, label="PER") if _titled(c, lexicon) else c for c in _candidates(parsed, aliases)
    ]
    full_names = _person_names(candidates, lexicon)
    mentions: list[Mention] = []
    for candidate in candidates:
        name = candidate.span
        actor, kind, how, label = (
            name.text,
            TYPE_OF_LABEL[candidate.label],
            "exact",
            candidate.label,
        )
        entry: ActorEntry | None = lexicon.lookup(name.text)
        named_body = entry is None and _organisation_name(name)  # "Clark Art Institute"
        term = entry is None and _term_name(name)  # "Boson de Higgs"
        person = None
        if not (named_body or term) and (candidate.label in ("PER", "MISC") or entry is None):
            person = _match_person(name, full_names)
        if named_body:
            kind, label = "organisation", "ORG"
        elif term:
            kind, label = "other", "MISC"
        elif person is not None:
            actor, kind, how, label = person[0].text, "person", person[1], "PER"
        elif entry is not None and entry.how == "metonymy" and not _stands_for_government(name):
            kind, label = "place", "LOC"
        elif entry is not None:
            actor, kind, how, label = entry.actor, entry.type, entry.how, LABEL_OF_TYPE[entry.type]
        elif normalize_key(name.text) in lexicon.demonyms:
            actor, kind, how = lexicon.demonyms[normalize_key(name.text)], "country", "demonym"
            label = "LOC"
        elif _acronym_of(candidate, mentions[-1] if mentions else None):
            previous = mentions[-1]
            actor, kind, how, label = previous.actor, previous.type, "alias", previous.label
        elif (spelled := _spelled_out(name.text, mentions)) is not None:
            actor, kind, how, label = spelled.actor, spelled.type, "alias", spelled.label
        elif label == "LOC" and len(name) == 1 and name.text.isupper() and len(name.text) > 1:
            kind, label = "organisation", "ORG"  # an acronym names an organisation, not a place
        if candidate.honorific and how in ("exact", "surname", "first_name"):
            how = "title"
        start, end = parsed.span_offsets(candidate.outer)
        mentions.append(
            Mention(
                start=start,
                end=end,
                text=parsed.article.text[start:end],
                label=label,
                actor=actor,
                type=kind,
                how=how,
                token_start=candidate.outer.start,
                token_end=candidate.outer.end,
                honorific=candidate.honorific,
            )
        )
    return _merge_variants(_typed_by_epithet(mentions, parsed.doc))


def _typed_by_epithet(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """Organisations the model took for places or other names, told by the word for an
    organisation right before one of their mentions ("la société Sorelchim", "le groupe
    Montavel", ``resources/organisation_epithets.txt``): all their mentions the model
    typed so become the organisation's (not those a lexicon or a person's name typed)."""
    epithets = word_list("organisation_epithets")

    def model_typed(m: Mention) -> bool:  # not typed by a lexicon or a person's name
        return m.type in ("place", "other") and m.how == "exact"

    named = set()
    for m in mentions:
        before = doc[m.token_start - 1] if m.token_start > 0 else None
        if (
            model_typed(m)
            and before is not None
            and before.pos_ == "NOUN"
            and normalize_key(before.lemma_) in epithets
            and any(c.dep_ == "det" for c in before.children)
        ):
            named.add(m.actor)
    return [
        replace(m, type="organisation", label="ORG") if m.actor in named and model_typed(m) else m
        for m in mentions
    ]
