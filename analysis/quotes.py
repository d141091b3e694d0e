"""Reported speech: direct, partial and indirect quotes, and who said them.

- **direct**: a sentence or more in guillemets (« », “ ”, " ");
- **partial**: a fragment in guillemets inside the narrator's sentence;
- **indirect**: a reporting verb with a que-clause or an infinitive ("a déclaré que…",
  "affirmant que…", "a déclaré avoir…"), or "selon X", "d'après X";
- **term**: guillemets around a word or a name that nobody is said to say (scare quotes).

Speakers come from the cue after the quote ("», a déclaré M. Blinken", "», a-t-il
déclaré"), the cue before it ("il a déclaré : «"), the speaker of the indirect speech
around it, or, failing those, the previous speaker (a continuation). Pronouns go to the
latest speaker of the same gender, then to the latest person of that gender; a title
("la ministre") to the person it was set off before ("La ministre de l'Éducation, Isabelle
Ferrand, a…"); "on" speaks for the side a phrase names ("Du côté de Fedasil, on assure…",
"Chez Renault, on…"), otherwise, like "c'" and relative pronouns, for nobody. Reporting
verbs are matched on lemmas (``resources/reporting_verbs.txt``). An unknown speaker stays
empty, with low confidence.

>>> from analysis import load_article
>>> from analysis.nlp import parse
>>> from analysis.mentions import extract_mentions
>>> parsed = parse(load_article("« Nous partirons demain », a déclaré M. Jean Dupont."))
>>> [(q.kind, q.text, q.speaker) for q in extract_quotes(parsed, extract_mentions(parsed))]
[('direct', 'Nous partirons demain', 'Jean Dupont')]
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .mentions import Mention
from .nlp import CLOSE_QUOTES, OPEN_QUOTES, ParsedArticle
from .resources import first_name_genders, load_actor_lexicon, normalize_key, titles, word_list

#: Third-person pronouns that may stand for a speaker, with their gender ("selon lui").
PERSONAL = {"il": "m", "ils": "m", "elle": "f", "elles": "f", "lui": "m", "eux": "m"}
#: Relations through which a reporting verb governs a quotation.
GOVERNED = frozenset({"obj", "iobj", "ccomp", "xcomp", "obl:arg", "nmod", "amod", "appos", "flat"})
#: Dependents of a verb that go on a reported noun phrase: "a confirmé ces incidents à X".
EXTENDING = frozenset({"obl:mod", "obl:arg", "obl", "advmod", "nmod"})
#: Subjects that say a speaker is unknown: "dit-on", "c'est dit".
IMPERSONAL = frozenset({"on", "-on", "ce", "c'", "cela", "ça"})
#: Days, months and times that open a sentence as its circumstance: "Lundi, …".
TIME_WORDS = frozenset(
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "demain"}
    | {"aujourd'hui", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"}
    | {"septembre", "octobre", "novembre", "décembre"}
)
#: Nouns of people who speak for the body their complement names ("le porte-parole du
#: Kremlin", "la représentante de l'association") or their possessive determiner stands
#: for ("Le ministère… Son porte-parole"), when they are not named themselves.
SPOKESPEOPLE = frozenset({"porte-parole", "représentant", "représentante"})
#: Parts of speech a noun phrase may open with: "le", "trois", "certains", "nouveau"…
PHRASE_OPENERS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN"})
#: Words that give a name as an example of the group before it: "dont", "notamment".
EXAMPLE_WORDS = frozenset({"dont", "notamment", "comme", "surtout", "particulièrement"})
#: "de" and its forms, which open a noun's complement ("la suggestion de…", "des armateurs").
GENITIVE = frozenset({"de", "du", "des", "d'"})
#: Words opening an indirect question ("explique pourquoi…"), which reports no claim.
QUESTION_WORDS = frozenset({"si", "s'", "pourquoi", "comment", "combien", "quand", "où"})
#: Confidence of an attribution, by how the speaker was found.
CONFIDENCE = {
    "named": 0.9,  # a cue whose subject names the speaker
    "pronoun": 0.75,  # a cue whose subject is a pronoun, resolved
    "phrase": 0.6,  # a cue whose subject is a noun phrase naming no known actor
    "enclosing": 0.8,  # a partial quote inside indirect speech
    "continuation": 0.55,  # no cue: the previous speaker goes on
    "subject": 0.5,  # no cue: a partial quote in a sentence about a named actor
    "unknown": 0.2,
}


@dataclass(frozen=True)
class Quote:
    """One piece of reported speech, with original offsets of its text."""

    kind: str
    start: int
    end: int
    text: str
    speaker: str
    speaker_mention: str
    cue: str
    addressee: str
    confidence: float
    token_start: int
    token_end: int
    verb: int = -1  # the token of the cue's verb, -1 without one ("selon X", no cue)


@dataclass
class _Speaker:
    name: str = ""
    mention: str = ""
    how: str = "unknown"
    gender: str | None = None
    addressee: str = ""
    person_like: bool = False  # a person, or a name of unknown type: "il" may point to it
    paragraph: int = -1  # where the speaker last spoke
    plural: bool = False  # a plural noun phrase: "Les syndicats" is never "il"


class _Context:
    """What attribution needs to know about one parsed article and its mentions."""

    def __init__(self, parsed: ParsedArticle, mentions: list[Mention]) -> None:
        self.parsed = parsed
        self.doc: Doc = parsed.doc
        self.mentions = mentions
        self.mention_of_token: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.token_start, mention.token_end):
                self.mention_of_token[i] = mention
        self.genders = _actor_genders(parsed.doc, mentions)
        self.roles = _roles(parsed.doc, mentions, self.mention_of_token)
        self.persons = {m.actor for m in mentions if m.type == "person"}
        self.titled = {
            actor for nouns in self.roles.values() for _, actor in nouns if actor in self.persons
        }
        self.heading_starts = [p.start for p in parsed.article.paragraphs if p.is_heading]
        self.marks = [(a, b) for a, b in _guillemet_spans(parsed) if b - a > 1]
        self.quoted = {i for a, b in self.marks for i in range(a + 1, b)}

    def paragraph(self, token: Token) -> int:
        return self.parsed.token_paragraphs[token.i]

    def section(self, token: Token) -> int:
        """How many headings stand before this token."""
        return bisect.bisect_right(self.heading_starts, self.parsed.origin[token.idx])

    def previous_sentence_start(self, token: Token) -> int:
        """Where the sentence before the token's starts (0 in the first sentence)."""
        start = token.sent.start
        return self.doc[start - 1].sent.start if start else 0

    def offsets(self, first: int, last: int) -> tuple[int, int]:
        return self.parsed.token_span(self.doc[first], self.doc[last])


def _roles(
    doc: Doc, mentions: list[Mention], mention_of_token: dict[int, Mention]
) -> dict[str, list[tuple[int, str]]]:
    """Role nouns that introduce a person or an organisation, with where and whom: "le
    graphiste portugais Miguel Neiva", "Bernard Bonnet, le successeur de…", "Autre avocat
    d'Y, Gilles Simeoni", "la fédération des banques, Febelfin". A later "le graphiste" or
    "la fédération" speaks for that actor."""
    roles: dict[str, list[tuple[int, str]]] = {}
    for mention in mentions:
        if mention.type not in ("person", "organisation"):
            continue
        start = mention.token_start
        head = _noun_before_comma(doc, start)
        if mention.type == "organisation":  # only "la fédération des banques, Febelfin"
            if head is not None:
                roles.setdefault(normalize_key(head.lemma_), []).append((head.i, mention.actor))
            continue
        closed = mention.token_end < len(doc) and doc[mention.token_end].text in (",", "(")
        if head is not None and closed:  # "La ministre de l'Éducation, Isabelle Ferrand, a",
            # "du ministre des Pensions, Koen Desmet (N-VA)"
            roles.setdefault(normalize_key(head.lemma_), []).append((head.i, mention.actor))
        root = doc[mention.token_start : mention.token_end].root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            nouns.append(root.head)
        following = doc[mention.token_end] if mention.token_end < len(doc) else None
        if following is not None and following.text == ",":  # "Bernard Bonnet, le successeur"
            nouns.extend(
                t
                for t in doc[mention.token_end + 1 : mention.token_end + 4]
                if t.pos_ == "NOUN" and _apposed_person(t, doc, mention_of_token) is mention
            )
        i = mention.token_start - 1
        while i >= 0 and doc[i].pos_ == "ADJ":  # "le graphiste portugais Miguel Neiva"
            i -= 1
        if i >= 0 and doc[i].pos_ == "NOUN":
            nouns.append(doc[i])
        for noun in nouns:
            roles.setdefault(normalize_key(noun.lemma_), []).append((noun.i, mention.actor))
    return roles


def _noun_before_comma(doc: Doc, start: int) -> Token | None:
    """The noun heading the words between the previous punctuation or the sentence's start
    (at most eight words back) and a comma right before ``start``: "la fédération des
    banques" in "la fédération des banques, Febelfin"; a title among them comes first: "le
    projet de loi du ministre des Pensions, Koen Desmet"."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    words: list[Token] = []
    for t in reversed(doc[max(0, start - 9) : start - 1]):
        if t.is_punct:
            break
        words.insert(0, t)
    opening = words[0] if words else doc[start - 1]
    if opening.i > opening.sent.start and not doc[opening.i - 1].is_punct:
        return None  # more than eight words: the head is further back
    nouns = [t for t in words if t.pos_ == "NOUN" and t.i > 0]
    titled = [  # "du ministre", the article contracted with "de"
        t
        for t in nouns
        if (doc[t.i - 1].pos_ == "DET" or doc[t.i - 1].lower_ in ("du", "des"))
        and normalize_key(t.lemma_) in titles().titles
    ]
    return next(iter(titled), None) or next((t for t in nouns if doc[t.i - 1].pos_ == "DET"), None)


def _apposed_person(noun: Token, doc: Doc, mention_of_token: dict[int, Mention]) -> Mention | None:
    """The person a noun phrase stands in apposition to: "Bernard Bonnet, le successeur…",
    by the parse or, when the parser attached it elsewhere, by a comma right after the
    name; never a plural ("Hu Jintao, des centaines de Tibétains manifestent")."""
    if "Plur" in noun.morph.get("Number"):
        return None
    if noun.dep_ == "appos":
        head = mention_of_token.get(noun.head.i)
        if head is not None and head.type == "person":
            return head
    first = noun.left_edge.i
    if first < 2 or doc[first].pos_ != "DET" or doc[first - 1].text != ",":
        return None
    before = mention_of_token.get(first - 2)
    if before is not None and before.type == "person" and before.token_end == first - 1:
        return before
    return None


def _actor_genders(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """Gender of each person, from honorifics, titles before the name, or first names."""
    honorifics = titles().honorifics
    title_words = titles().titles
    names = first_name_genders()
    genders: dict[str, str] = {}
    for mention in mentions:
        if mention.type != "person" or mention.actor in genders:
            continue
        gender = honorifics.get(mention.honorific.split(" ")[0]) if mention.honorific else None
        if gender is None and mention.token_start > 0:
            previous = doc[mention.token_start - 1]
            if previous.text == "," and mention.token_start > 1:
                previous = doc[mention.token_start - 2]
            gender = title_words.get(normalize_key(previous.text))
        if gender is None:
            gender = names.get(normalize_key(mention.actor.split(" ")[0]))
        if gender:
            genders[mention.actor] = gender
    return genders


# --- guillemets ----------------------------------------------------------------------


def _quote_char(parsed: ParsedArticle, token: Token) -> str:
    """The quotation mark as written in the original text (the parser sees ' " ')."""
    return parsed.article.text[parsed.origin[token.idx]]


def _guillemet_spans(parsed: ParsedArticle) -> list[tuple[int, int]]:
    """(opening token, closing token) of each outermost pair of quotation marks.

    A quotation left open at the end of a paragraph continues when the next paragraph
    opens with «, as French typography does; otherwise it closes with the paragraph.
    """
    doc = parsed.doc
    spans = []
    stack: list[tuple[int, str]] = []
    paragraphs = parsed.token_paragraphs
    for token in doc:
        i = token.i
        if stack and i > 0 and paragraphs[i] != paragraphs[i - 1] and not token.is_space:
            if token.text in OPEN_QUOTES:
                continue  # the quotation goes on in this paragraph
            spans.append((stack[0][0], i))  # closes with the previous paragraph
            stack = []
        char = _quote_char(parsed, token) if token.text in ('"', "«", "»") else token.text
        if char in ("«", "“", "‹") or (char == '"' and not (stack and stack[-1][1] == '"')):
            stack.append((i, '"' if char == '"' else "«"))
        elif char in ("»", "”", "›", '"') and stack:
            opened = stack.pop()
            if not stack:
                spans.append((opened[0], i))
    if stack:
        spans.append((stack[0][0], len(doc)))
    return spans


def _is_clause(tokens: Span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and "Inf" not in t.morph.get("VerbForm") for t in tokens)


def _classify(content: Span, opening: Token, inside_indirect: bool, has_cue: bool) -> str:
    """direct, partial or term, from the shape of the quoted words and their place."""
    words = [t for t in content if not (t.is_punct or t.is_space)]
    starts_sentence = opening.is_sent_start or (
        opening.i > 0 and opening.nbor(-1).text in (":", "«")
    )
    clause = _is_clause(content)
    after_que = opening.i > 0 and opening.nbor(-1).lower_ in ("que", "qu'")
    if clause and after_que and len(words) >= 5:
        return "direct"  # "a déclaré que « … »": the whole reported clause is quoted
    if clause and content[0].text[:1].isupper():
        return "direct"
    if not clause and content[0].text[:1].isupper() and not (has_cue or starts_sentence):
        return "term"  # a name or a title: « Les bâtisseurs de la gloire »
    if content[0].text[:1].isupper() and len(words) >= 5:
        return "direct" if starts_sentence else "partial"
    verb = any(t.pos_ in ("VERB", "AUX") for t in content)  # « respecter leurs engagements »
    if verb or inside_indirect or has_cue or len(words) >= 6:
        return "partial"  # six words in guillemets are somebody's, not a term
    return "term"  # words nobody is said to say: « orages et fortes précipitations »


# --- speakers ------------------------------------------------------------------------


#: Endings of French verb forms and of their infinitives, tried when the lemmatizer
#: returns a form unchanged ("indique", "reconnait").
ENDINGS = (
    ("aît", "aître"),
    ("ait", "aître"),
    ("ent", "er"),
    ("es", "er"),
    ("ée", "er"),
    ("és", "er"),
    ("e", "er"),
    ("é", "er"),
    ("a", "er"),
    ("it", "ire"),
    ("it", "ir"),
)


def _verb_lemma(token: Token) -> str:
    """The token's lemma, or the reporting verb its form conjugates when spaCy's lemma is
    none ("indique" left as is, "raconte" taken for an adjective, "reconnait" lemmatised
    as "reconner")."""
    lemma = normalize_key(token.lemma_)
    if lemma in word_list("reporting_verbs"):
        return lemma
    form = token.lower_
    for ending, infinitive in ENDINGS:
        if form.endswith(ending):
            candidate = form[: -len(ending)] + infinitive
            if candidate in word_list("reporting_verbs"):
                return candidate
    return lemma


def _causative(verb: Token) -> Token | None:
    """The "faire" right before a verb, or before its clitic subject: "fait savoir",
    "fait-elle valoir"."""
    clitic = verb.i >= 2 and verb.nbor(-1).text.startswith("-")
    i = verb.i - 2 if clitic else verb.i - 1  # by position: the parser may hang either
    # word on the other
    return verb.doc[i] if i >= 0 and verb.doc[i].lemma_ == "faire" else None


def _reporting(token: Token, *, postposed: bool = False) -> bool:
    """A reporting verb in the active voice: "a déclaré", "s'est réjoui", "fait savoir",
    not "a été demandée", also where the tagger took it for a noun with a subject and a
    clause ("Marie Dupont juge que…"). ``postposed``: right after a quotation, where the
    tagger may take the verb for a noun ("», juge le ministère")."""
    mistagged = token.pos_ == "NOUN" and (  # "Marie Dupont juge que…", tagged as a noun
        postposed
        or (
            any(c.dep_ == "nsubj" for c in token.children)
            and any(c.dep_ == "ccomp" for c in token.children)
        )
    )
    if token.pos_ != "VERB" and not mistagged:
        return False
    adjective = token.dep_ in ("acl", "amod") and _subject_of_incise(token) is None
    if adjective and "Past" in token.morph.get("Tense") and not postposed:
        return False  # "la loi dite « … »": a participle used as an adjective, not "X a,
        # de son côté, appelé à « … »", hung on "côté"
    lemma = _verb_lemma(token)
    multiword = token.dep_ == "xcomp" and f"{normalize_key(token.head.lemma_)} {lemma}"
    if _causative(token) is not None:
        multiword = f"faire {lemma}"  # "a fait savoir", "fait-elle valoir", however parsed
    if lemma not in word_list("reporting_verbs") and multiword not in word_list("reporting_verbs"):
        if f"{lemma} que" not in word_list("reporting_verbs"):
            return False
        if not any(  # "prévoit que…" reports, "prévoit de visiter…" plans
            c.dep_ == "ccomp" and any(m.lower_ in ("que", "qu'") for m in c.children)
            for c in token.children
        ):
            return False
    if token.head.lemma_ == "voir" and any(c.lower_ in ("se", "s'") for c in token.head.children):
        return False  # "se verra demander de…": the subject is asked, not asking
    passive = ("aux:pass",) if postposed else ("aux:pass", "expl:pass")  # "», s'agace X":
    # a reflexive the parser took for a passive
    return not any(c.dep_ in passive for c in token.children)


def _main_of_relative(verb: Token) -> Token | None:
    """The subject of a verb the parser hung, as parataxis, on the verb of a relative
    clause it took for the main verb ("La FGTB et la CSC, qui avaient rassemblé…,
    réclament le retrait du projet"): the noun that verb holds before its "qui"."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i >= verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children):
        return None
    relative = next(
        (c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ == "qui"),
        None,
    )
    if relative is None:
        return None
    return next(  # the noun before "qui", however hung: no preposition introduces it
        (
            c
            for c in head.children
            if c.i < relative.i
            and c.pos_ in ("NOUN", "PROPN")
            and not any(g.dep_ == "case" for g in c.children)
        ),
        None,
    )


def _subject_of_incise(verb: Token) -> Token | None:
    """The subject of a participle the parser hung on the noun of an incise between it and
    its auxiliary, making that noun the verb ("Le syndicat a, de son côté, appelé à…":
    "côté" holds the auxiliary and the subject)."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ != "NOUN" or "Part" not in verb.morph.get("VerbForm"):
        return None
    if not any(c.dep_.startswith("aux") and c.i < head.i for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _after_relative(verb: Token) -> Token | None:
    """The subject of a finite verb the parser hung on a noun of the relative clause
    before it ("L'organisation Phyteis, qui représente les fabricants…, rappelle que…":
    not the makers but the organisation the relative clause describes)."""
    if verb.dep_ != "acl" or "Fin" not in verb.morph.get("VerbForm"):
        return None
    relative = next((a for a in verb.ancestors if a.dep_ == "acl:relcl"), None)
    if relative is None or relative.i > verb.i or relative.head.i > relative.i:
        return None
    return relative.head


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, looking through participles, relatives and coordination."""
    opening = _opening_participle(verb)
    if opening is not None:
        return opening[2]
    main = _main_of_relative(verb) or _subject_of_incise(verb) or _after_relative(verb)
    if main is not None:
        return main
    seen = 0
    while seen < 4:
        seen += 1
        causative = [f for f in (_causative(verb),) if f is not None]
        subjects = [
            c
            for c in [*verb.children, *(g for f in causative for g in f.children)]
            if c.text not in OPEN_QUOTES
            and (
                c.dep_ in ("nsubj", "nsubj:pass")
                or (c.dep_ == "expl:subj" and c.lower_ in PERSONAL)  # "Il précise que"
            )
        ]
        dative = [c for c in subjects if c.lower_ in ("lui", "leur")]  # "X lui a répondu"
        if dative and len(dative) < len(subjects):
            subjects = [c for c in subjects if c not in dative]
        if subjects:
            child = min(subjects, key=lambda c: abs(c.i - verb.i))  # the nearest one
            first = min(subjects, key=lambda c: c.i)
            apposed = (
                first.pos_ == "PROPN"
                and first.i < child.i < verb.i
                and verb.doc[first.right_edge.i + 1].text == ","
            )
            if apposed:  # "Syna, l'autre organisation de la branche, réclame": the name
                child = first
            if child.lower_ == "qui" and verb.dep_.startswith("acl"):
                return verb.head  # "Janet Yellen, qui a déclaré…"
            if child.text == "-t" and child.i + 1 < len(verb.doc):
                return verb.doc[child.i + 1]  # "résume-t-elle", the "-t" read as subject
            return child
        clitic = _clitic_subject(verb)
        if clitic is not None:
            return clitic
        relative = relative_subject(verb)
        if relative is not None:
            return relative
        opening = _opening_noun(verb) or _after_colon(verb)
        if opening is not None:
            return opening
        borrowed = [  # "X, auteur de l'étude ayant fourni ces résultats, précise…"
            g
            for c in verb.children
            if c.dep_ == "advcl" and c.i < verb.i and "Part" in c.morph.get("VerbForm")
            for g in c.children
            if g.dep_ == "nsubj" and g.i < c.i
        ]
        if borrowed:
            return borrowed[0]
        detached = (  # "Il a qualifié de légales les livraisons, rappelant que", "a-t-elle
            # déclaré à la télévision, excluant de…": the participle set off after a
            # complement says what the main subject does
            _present_participle(verb)
            and verb.head.dep_ in ("obj", "obl", "obl:mod", "obl:arg")
            and verb.head.head.pos_ in ("VERB", "AUX")
            and verb.doc[verb.i - 1].text == ","
        )
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and not detached:
            return verb.head  # "la veuve …, de demander", "le ministre, affirmant que"
        if detached:
            verb = verb.head.head
            continue
        reports = any(c.dep_ == "ccomp" for c in verb.children)
        if verb.dep_ == "conj" and verb.head.dep_ == "acl" and reports:
            # "a rappelé les dégâts, estimés à…, et assuré que": the parser hung the verb
            # on the participle; the damage says nothing, the one who recalled it does
            verb = next((a for a in verb.head.ancestors if a.pos_ == "VERB"), verb.head)
            continue
        if verb.dep_ == "xcomp":  # "convaincre la veuve de demander": the object speaks
            objects = [c for c in verb.head.children if c.dep_ in ("obj", "iobj")]
            if objects:
                return objects[0]
        if verb.dep_ == "conj" and verb.head.pos_ not in ("VERB", "AUX"):
            # "réclament la gratuité et indiquent…": the coordination hung on the object
            verb = next((a for a in verb.ancestors if a.pos_ == "VERB"), verb.head)
            continue
        climbs = verb.dep_ in ("advcl", "acl", "conj", "xcomp") or _present_participle(verb)
        if climbs and verb.head.i != verb.i:
            verb = verb.head  # "…, affirmant que", "Estimant que…, il": the main verb's subject
            continue
        return None
    return None


def _present_participle(token: Token) -> bool:
    """ "affirmant", "Estimant": a present participle."""
    return "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")


def _grammatical_gender(token: Token) -> str | None:
    """'m' or 'f' from the token's agreement, None when the tagger gives none; for a
    noun of either gender, its determiner's ("La ministre", tagged masculine)."""
    determiner = next((c for c in token.children if c.dep_ == "det"), None)
    agreement = (determiner.morph.get("Gender") if determiner is not None else []) or (
        token.morph.get("Gender")
    )
    return agreement[0][0].lower() if agreement else None


def _opening_participle(verb: Token) -> tuple[int, int, Token] | None:
    """ "Estimant que « … », il a voté contre": a present participle opening the sentence
    reports the clause up to the first comma outside guillemets, said by the subject of
    the main clause after it (the parser often takes that clause for the participle's
    complement). (first, last, subject) or None."""
    doc, sentence = verb.doc, verb.sent
    if not _present_participle(verb):
        return None
    if any(t.pos_ not in ("CCONJ", "ADV", "PUNCT") for t in doc[sentence.start : verb.i]):
        return None
    que = verb.i + 1
    if que >= sentence.end or doc[que].lower_ not in ("que", "qu'"):
        return None
    depth = 0
    for token in doc[que + 1 : sentence.end]:
        depth += (token.text in OPEN_QUOTES) - (token.text in CLOSE_QUOTES and depth > 0)
        if token.text == "," and depth == 0:
            comma = token.i
            break
    else:
        return None
    subject = next((t for t in doc[comma + 1 : sentence.end] if t.dep_.startswith("nsubj")), None)
    if subject is None or comma - que < 2:
        return None
    return que + 1, comma - 1, subject


def _opening_noun(verb: Token) -> Token | None:
    """A noun phrase opening the sentence without a preposition, which the parser hung on
    the verb as a circumstance: "La tête de liste des écologistes, Claire Aubanel, n'est
    pas opposée…"."""
    first = verb.sent.start
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("obl:mod", "obl")
            and c.pos_ in ("NOUN", "PROPN")
            and c.left_edge.i == first
            and c.i < verb.i
            and not any(g.dep_ == "case" for g in c.children)
            and (c.doc[c.left_edge.i].pos_ == "DET" or _bare_name(c))
        ),
        None,
    )


def _bare_name(noun: Token) -> bool:
    """Whether a word opening its sentence without an article is a name set off by a
    comma ("Bolt, l'autre acteur du marché, n'a pas souhaité réagir", "Force ouvrière,
    plus prudente, …"), not a day or a month ("Lundi, …")."""
    return (
        noun.i == noun.sent.start
        and noun.lower_ not in TIME_WORDS
        and noun.i + 1 < len(noun.doc)
        and any(t.text == "," for t in noun.doc[noun.i + 1 : noun.i + 3])
    )


def _after_colon(verb: Token) -> Token | None:
    """A noun phrase opening the clause after a colon (or a semicolon) and running up to
    the verb, which the parser hung on the clause before: "Plusieurs scientifiques se
    montrent réservés : le toxicologue Marc Delorme, de l'université de Toulouse, estime
    que…"."""
    doc = verb.doc
    colon = next((t for t in reversed(doc[verb.sent.start : verb.i]) if t.text in (":", ";")), None)
    if colon is None or colon.i + 1 >= verb.i:
        return None
    noun = doc[colon.i + 1]
    while noun.head.i != noun.i and colon.i < noun.head.i < verb.i:
        noun = noun.head  # "le" up to "toxicologue"
    between = doc[noun.right_edge.i + 1 : verb.i]
    opens = noun.left_edge.i == colon.i + 1 and doc[colon.i + 1].pos_ in ("DET", "PROPN")
    if (
        not opens
        or noun.pos_ not in ("NOUN", "PROPN")
        or any(c.dep_ == "case" for c in noun.children)
        or not all(t.is_punct for t in between)
    ):
        return None
    return noun


def relative_subject(verb: Token) -> Token | None:
    """The subject put after the verb of an object relative, which the parser reads as a
    second object: "une lecture que contestent les syndicats de police"."""
    relative = any(c.lower_ in ("que", "qu'") and c.i < verb.i for c in verb.children)
    objects = [
        c
        for c in verb.children
        if c.dep_ in ("obj", "obl:arg")
        and c.i > verb.i
        and not any(g.dep_ == "case" for g in c.children)
    ]
    if not relative or len(objects) != 1 or objects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return objects[0]


def _clitic_subject(verb: Token) -> Token | None:
    """The subject pronoun joined to a verb, its auxiliary or its "faire":
    "explique-t-elle", "a-t-il", "fait-elle valoir"."""
    hosts = [verb, *(c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i)]
    if (causative := _causative(verb)) is not None:
        hosts.append(causative)
    doc = verb.doc
    for host in hosts:
        i = host.i + 1
        if i < len(doc) and doc[i].text == "-t":
            i += 1
        if i < len(doc) and doc[i].text.startswith("-") and doc[i].lower_[1:] in PERSONAL:
            return doc[i]
    return None


def _inverted_subject(verb: Token, sentence: Span, context: _Context) -> Token | None:
    """A subject after the verb: "déclare à l'AFP Jean-Philippe Magnen", "juge le
    ministère" (a named actor first, else a noun that can name a speaker); none after a
    clitic subject ("affirme-t-il, prêt à saisir la justice")."""
    if _clitic_subject(verb) is not None:
        return None
    nouns = []
    in_phrase = None  # the noun heading a prepositional phrase: "à l'agence RIA"
    for token in sentence.doc[verb.i + 1 : sentence.end]:
        if token.text in OPEN_QUOTES or token.text == ";":
            break
        mention = context.mention_of_token.get(token.i)
        if token.pos_ in ("ADP", "DET") or (token.is_punct and token.text != ","):
            continue  # "(Ufip)" stays in the phrase it follows
        if any(c.dep_ == "case" for c in token.children):
            in_phrase = token if token.pos_ in ("NOUN", "PROPN") else None
            continue  # "à l'AFP", "de Manuel Valls"
        if in_phrase is not None and mention is not None:
            if mention.type != "person":
                continue  # a name in the phrase: "de l'Union française des industries"
            if nouns:
                break  # "son avocate, à la demande de sa veuve X": the noun speaks
        in_phrase = None
        if mention is not None and mention.type != "place":  # any name but a place
            following = context.mention_of_token.get(mention.token_end)
            if mention.type == "organisation" and following and following.type == "person":
                return context.doc[following.token_start]  # "la sénatrice Les Républicains X"
            return token
        speaker_noun = mention is None and token.pos_ == "NOUN" and _names_a_speaker(token, context)
        if speaker_noun or normalize_key(token.lemma_) in word_list("source_documents"):
            nouns.append(token)
    return nouns[0] if nouns else None


def _addressee(verb: Token, context: _Context) -> str:
    """The actor a cue is addressed to: "a déclaré M. Blinken à M. Lavrov"."""
    subject = _subject(verb)
    attached = [*verb.children, *(subject.children if subject is not None else [])]
    for child in attached:
        if child.dep_.startswith(("obl", "iobj", "nmod")) and any(
            c.dep_ == "case" and c.lower_ in ("à", "au", "aux") for c in child.children
        ):
            mention = context.mention_of_token.get(child.i)
            if mention is not None and mention.type in ("person", "organisation", "country"):
                return mention.actor
    return ""


def _inner_hyphen(token: Token) -> bool:
    """A hyphen the tokenizer split off inside a word: "libérale-radicale"."""
    return (
        token.text == "-"
        and token.i > 0
        and not token.doc[token.i - 1].whitespace_
        and not token.whitespace_
    )


def _phrase(token: Token) -> str:
    """The noun phrase of a subject that names no known actor: "la porte-parole de la
    fédération" (determiners and adjectives, then "de …" complements, up to a comma or "et"
    before another noun), never reaching back across punctuation or its own preposition."""
    doc = token.doc
    subtree = {t.i for t in token.subtree}
    start = token.left_edge.i
    while start < token.i and (
        doc[start].dep_ in ("case", "punct") or doc[start].pos_ not in PHRASE_OPENERS
    ):
        start += 1  # "Selon le …", "Mais le premier ministre", "où les syndicats"
    for word in doc[start : token.i]:  # what the parser hung across a guillemet, a comma or
        # the noun's own preposition: "ses services" in "25 000 par an selon ses services"
        if (word.is_punct and word.text not in ("-", "'")) or (
            word.dep_ == "case" and word.head == token
        ):
            start = word.i + 1
    end = token.i + 1
    while (
        end < len(doc)
        and not doc[end - 1].whitespace_
        and (doc[end].text.startswith("-") or doc[end - 1].text == "-")
    ):
        end += 1  # a word the tokenizer split: "le Président-candidat"
    while end in subtree and not (
        (doc[end].is_punct and not _inner_hyphen(doc[end]))  # "libérale-radicale" goes on
        or doc[end].is_space  # a line break: the title ends there
        or doc[end].pos_ in ("VERB", "AUX", "PRON")
        or (doc[end].pos_ == "CCONJ" and doc[end].head.pos_ in ("NOUN", "PROPN"))
    ):  # up to "et" before another noun: "les organisateurs de colonies" in "… et plusieurs
        # élus", not in "les médias occidentaux et iraniens"
        if doc[end].pos_ == "ADP" and doc[end].lower_ not in ("de", "d'", "du", "des"):
            break
        end += 1
    while end > token.i + 1 and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ"):
        end -= 1  # "un juge" in "un juge d'interdire", not "un juge d'"
    return doc[start:end].text


def _speaker_of(subject: Token, context: _Context, previous: list[_Speaker]) -> _Speaker:
    """Resolve a subject token to an actor (a mention, a pronoun, or a noun phrase)."""
    documents = word_list("source_documents")
    if normalize_key(subject.lemma_) in documents:  # "le communiqué du ministère"
        authors = [c for c in subject.children if c.dep_ == "nmod"]
        if authors:
            subject = authors[0]
    agent = _agent_of_source(subject, context)
    if agent is not None:  # "d'après les éléments communiqués par le parquet"
        subject = agent
    mention = context.mention_of_token.get(subject.i)
    if mention is not None and mention.type != "person":  # "l'Américain Pete Selleck"
        apposed = [context.mention_of_token.get(c.i) for c in subject.children if c.dep_ == "appos"]
        mention = next((m for m in apposed if m is not None and m.type == "person"), mention)
    pronoun = normalize_key(subject.text).lstrip("-")
    side = _side(subject) if pronoun == "on" else None
    if side is not None:  # "Du côté de Fedasil, on insiste…"
        return _speaker_of(side, context, previous)
    if mention is None and subject.pos_ == "NOUN":  # "Bernard Bonnet, le successeur…"
        mention = _apposed_person(subject, context.doc, context.mention_of_token)
    if mention is None and subject.dep_ == "appos":  # "Syna, l'autre organisation …, réclame"
        mention = context.mention_of_token.get(subject.head.i)
    if mention is None and pronoun not in PERSONAL and pronoun not in IMPERSONAL:
        persons = [  # "le président Poutine", "…, M. Z"; not "le successeur de M. Z"
            context.mention_of_token[t.i]
            for t in subject.subtree
            if t.i in context.mention_of_token
            and context.mention_of_token[t.i].type == "person"
            and not _introduced_by_preposition(context.mention_of_token[t.i], context)
        ]
        direct = [  # "la fédération des banques, Febelfin": a name the subject itself heads
            context.mention_of_token[t.i]
            for t in subject.subtree
            if t.head.i == subject.i
            and t.i in context.mention_of_token
            and not _introduced_by_preposition(context.mention_of_token[t.i], context)
        ]
        described = _Speaker() if persons else _described_person(subject, context, previous)
        if described.name:
            return described
        mention = (persons or direct or [None])[0]
    if mention is not None:
        gender = context.genders.get(mention.actor)
        titled = normalize_key(subject.lemma_) in titles().titles  # "le porte-parole, X"
        person_like = mention.type in ("person", "other") or titled
        words = mention.text
        if mention.token_start <= subject.i < mention.token_end:  # "Le Parquet fédéral"
            words = _subject_words(subject, context) or words
        return _Speaker(mention.actor, words, "named", gender, person_like=person_like)
    if pronoun in PERSONAL:
        return _resolve_pronoun(subject, PERSONAL[pronoun], context, previous)
    latest = _latest_named(subject, context)
    if latest is not None:
        return _Speaker(latest.actor, subject.text, "pronoun", context.genders.get(latest.actor))
    lemma = normalize_key(subject.lemma_)
    plural = subject.pos_ == "NOUN" and "Plur" in subject.morph.get("Number")
    known = lemma in word_list("speaker_nouns") or lemma in titles().titles
    introduced = [
        actor
        for i, actor in context.roles.get(lemma, [])
        if i <= subject.i and _same_role(subject, context.doc[i])
    ]
    if subject.pos_ == "NOUN" and introduced and not plural and _article(subject) != "Ind":
        # "le graphiste" → M. Neiva, but "un porte-parole" is somebody new;
        # "la fédération des banques, Febelfin" → Febelfin
        actor = introduced[-1]
        gender = context.genders.get(actor)
        person = actor in context.persons
        return _Speaker(actor, _phrase(subject), "pronoun", gender, person_like=person)
    if lemma in SPOKESPEOPLE:  # "la porte-parole de la fédération" speaks for Febelfin
        body = next(
            (
                c
                for c in subject.children
                if c.dep_ == "nmod" and any(g.lower_ in GENITIVE for g in c.children)
            ),
            None,
        )
        if body is None:  # "Le ministère… Son porte-parole a indiqué": the possessor
            body = _possessor(subject, context)
        found = _speaker_of(body, context, previous) if body is not None else _Speaker()
        if found.name and found.how != "phrase" and not found.person_like:
            return replace(found, mention=_phrase(subject), how="pronoun")
    body = _named_organisation(subject, context) if not plural else ""
    if body:  # "Total fermera sa raffinerie… Le groupe a annoncé"
        return _Speaker(body, _phrase(subject), "pronoun", person_like=False)
    if subject.pos_ in ("NOUN", "PROPN") and (known or plural):  # "certains wikipédiens"
        return _Speaker(
            _phrase(_antecedent(subject) or subject), subject.text, "phrase", plural=plural
        )
    if subject.pos_ == "PROPN":  # a name spaCy did not tag: "Moody's explique"
        return _Speaker(_phrase(subject), subject.text, "phrase", person_like=False)
    return _Speaker()


def _agent_of_source(noun: Token, context: _Context) -> Token | None:
    """Who gave what a noun names, when a participle says it: the parquet in "d'après les
    premiers éléments communiqués par le parquet", the Insee in "selon les chiffres publiés
    par l'Insee"; None for a noun that names an actor or people itself."""
    if (
        noun.pos_ != "NOUN"
        or noun.i in context.mention_of_token
        or normalize_key(noun.lemma_) in word_list("speaker_nouns")
        or normalize_key(noun.lemma_) in titles().titles
    ):
        return None
    return next(
        (
            g
            for c in noun.children
            if c.dep_ == "acl" and "Past" in c.morph.get("Tense")
            for g in c.children
            if g.dep_ == "obl:agent"
        ),
        None,
    )


def _possessor(noun: Token, context: _Context) -> Token | None:
    """Whom "son", "sa" or "leur" before a noun stands for: the subject of the narrator's
    sentence before ("Le ministère des Affaires étrangères se montre prudent. Son
    porte-parole a indiqué…"), when it is named; None otherwise."""
    if not any("Yes" in c.morph.get("Poss") for c in noun.children if c.dep_ == "det"):
        return None
    before = _sentence_before(noun.sent, context)
    if before is None:
        return None
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None or subject.i not in context.mention_of_token:
        return None
    return subject


def _same_role(noun: Token, introducer: Token) -> bool:
    """Whether a role noun can take up the one that introduced a person: every adjective
    and complement it has is among the introducer's words ("le ministre", "la ministre des
    Affaires étrangères" after "La ministre des Affaires étrangères, X"; not "le ministre
    nigérien de la Communication", somebody else), up to the first punctuation; a
    complement with another preposition says when or where, not who ("le ministre en fin
    de séance")."""
    if noun.i == introducer.i:
        return True
    words = {normalize_key(t.lemma_) for t in introducer.subtree}
    doc = noun.doc
    end = next((t.i for t in doc[noun.i : noun.sent.end] if t.is_punct), noun.sent.end)
    modifiers = [  # up to a comma: not "Le secrétaire général, encore en fonction…"
        t
        for c in noun.children
        if c.dep_ in ("amod", "nmod")
        and c.pos_ in ("ADJ", "NOUN", "PROPN")
        and all(m.lower_ in GENITIVE for m in c.children if m.dep_ == "case")
        for t in c.subtree
        if t.i < end and t.pos_ in ("ADJ", "NOUN", "PROPN") and normalize_key(t.lemma_) != "même"
    ]
    return all(normalize_key(t.lemma_) in words for t in modifiers)


def _side(on: Token) -> Token | None:
    """Whose "on" it is, as a phrase before it says: "Du côté de Fedasil, on insiste",
    "Chez Renault, on assure", "Au ministère des Sports, on s'en tient à…" (a noun for a
    body that can speak)."""
    for word in on.head.children:
        if not word.dep_.startswith("obl") or word.i > on.i:
            continue
        if normalize_key(word.lemma_) == "côté":
            return next(
                (
                    c
                    for c in word.children
                    if c.dep_ == "nmod" and any(g.lower_ in GENITIVE for g in c.children)
                ),
                None,
            )
        if any(c.dep_ == "case" and c.lower_ == "chez" for c in word.children):
            return word
        if (  # "Au ministère des Sports, on s'en tient…", not "À Paris, on…"
            word.pos_ == "NOUN"
            and word.left_edge.i == word.sent.start
            and any(c.dep_ == "case" and c.lower_ in ("à", "au", "dans") for c in word.children)
            and normalize_key(word.lemma_) in word_list("speaker_nouns")
        ):
            return word
    return None


def _article(noun: Token) -> str:
    """What a noun's first determiner says of it: "Def" ("le groupe", "l'expert"), "Ind"
    ("un porte-parole"), or '' (none, or a determiner that is no article)."""
    determiner = next((c for c in noun.children if c.dep_ == "det"), None)
    definite = determiner.morph.get("Definite") if determiner is not None else []
    return definite[0] if definite else ""


def _definite(noun: Token) -> bool:
    """Whether a noun's first determiner is a definite article: "le groupe", "l'expert"."""
    return _article(noun) == "Def"


def _named_organisation(noun: Token, context: _Context) -> str:
    """The organisation a bare definite epithet takes up (``resources/organisation_epithets
    .txt``): the one named earlier whose name opens with that noun ("Le syndicat" after the
    Syndicat national des contrôleurs…, even when the DGAC was named since), else the only
    one named in its sentence before it, else in one of the three sentences before ("la DGAC
    a demandé… Le différend porte… Les contrôleurs réclament… L'administration a proposé"),
    the nearest first; of several in one sentence, the only one that is a subject ("RSF a
    saisi le groupe de travail des Nations unies. Pour l'organisation, …"), and where a
    sentence names no organisation, a name typed as a place that acts as a subject and is no
    known country ("Sorelchim a annoncé… L'entreprise"); '' when there is none or no single
    one. A clause after a comma may follow the noun ("l'organisation, qui…")."""
    lemma = normalize_key(noun.lemma_)
    if (
        noun.pos_ != "NOUN"
        or lemma not in word_list("organisation_epithets")
        or not _definite(noun)
        or not all(_describing(c, noun, context) for c in noun.children)
    ):
        return ""
    titled = {  # the names that open with the epithet: "Syndicat national des…"
        m.actor
        for m in context.mentions
        if m.token_start < noun.i
        and m.type == "organisation"
        and normalize_key(context.doc[m.token_start].lemma_) == lemma
    }
    if len(titled) == 1:
        return titled.pop()
    start, end = noun.sent.start, noun.i
    for _ in range(4):  # its sentence, then the three before it, nearest first
        around = [
            m for m in context.mentions if start <= m.token_start < end and m.type == "organisation"
        ]
        if not around:  # a name the model took for a place, acting: "Sorelchim a fait
            # appel… l'entreprise", not a country or a city standing for one ("Paris")
            around = [
                m
                for m in context.mentions
                if start <= m.token_start < end
                and m.type == "place"
                and load_actor_lexicon().lookup(m.actor) is None
                and _is_subject(context.doc[m.token_start : m.token_end].root)
            ]
        named = {m.actor for m in around}
        if len(named) > 1:  # the one that acted: "RSF a saisi le groupe de travail des
            # Nations unies… Pour l'organisation"
            named = {
                m.actor
                for m in around
                if _is_subject(context.doc[m.token_start : m.token_end].root)
            }
        if named:
            return named.pop() if len(named) == 1 else ""
        if not start:
            break
        start, end = noun.doc[start - 1].sent.start, start
    return ""


def _describing(word: Token, noun: Token, context: _Context) -> bool:
    """Whether a word hung on an organisation epithet leaves it an epithet: its article,
    an adjective or a "de" complement naming nobody ("l'agence de notation", "la société
    d'État", "l'organisation intergouvernementale"), or words set off by a comma."""
    if word.dep_ in ("det", "case") or _set_off(word, noun):
        return True
    if word.dep_ == "amod" and word.pos_ == "ADJ":
        return True
    return (
        word.dep_ == "nmod"
        and any(c.dep_ == "case" and c.lower_ in ("de", "d'") for c in word.children)
        and not any(t.i in context.mention_of_token for t in word.subtree)
    )


def _set_off(word: Token, noun: Token) -> bool:
    """Whether a word hung on a noun lies after a comma right after the noun, where it
    describes the noun without narrowing it down: "l'organisation, qui range le Niger…"."""
    comma = noun.i + 1 < len(noun.doc) and noun.nbor(1).text == ","
    return comma and word.i > noun.i


def _antecedent(noun: Token) -> Token | None:
    """The earlier noun a demonstrative noun phrase takes up, in the three sentences
    before it: "Quelques associations étudiantes ont manifesté… Ces associations réclament"
    names them by the first phrase."""
    if not _demonstrative(noun):
        return None
    start = noun.sent.start
    for _ in range(3):
        if start == 0:
            break
        start = noun.doc[start - 1].sent.start
    earlier = [t for t in noun.doc[start : noun.sent.start] if t.lemma_ == noun.lemma_]
    return earlier[0] if earlier else None


def _demonstrative(noun: Token) -> bool:
    """A noun with a demonstrative determiner: "ces associations", "ce dernier"."""
    return any("Dem" in c.morph.get("PronType") for c in noun.children if c.dep_ == "det")


def _latest_named(subject: Token, context: _Context) -> Mention | None:
    """ "Ce dernier", "cette dernière": the actor named last before it, in its sentence or
    the one before (a person when singular)."""
    if normalize_key(subject.lemma_) != "dernier" or not _demonstrative(subject):
        return None
    plural = "Plur" in subject.morph.get("Number")
    before = context.previous_sentence_start(subject)
    named = [
        m
        for m in context.mentions
        if before <= m.token_start < subject.i and (plural or m.type == "person")
    ]
    return named[-1] if named else None


def _described_person(subject: Token, context: _Context, previous: list[_Speaker]) -> _Speaker:
    """The person a definite title or epithet describes when it takes up the person quoted
    last, or the person named in its sentence or the one before ("Le bourgmestre, X, se
    trouve… l'élu rappelle qu'il…"). A title opening the sentence after that person's
    words, when the person had no title yet: "Pour Jérémie Zimmermann, « … » Le
    porte-parole du collectif …, se félicite". A bare epithet
    (``resources/epithets.txt``; also with where the person comes from: "l'éleveur de
    Nérac") or a title with "même" when nobody else was named since: "« … » a poursuivi
    l'expert", "selon le même chercheur". Empty when another
    person was named in between, a feminine noun describes a man (a masculine one may
    describe a woman: "l'expert", "le ministre"), or, for a title without "même", the
    person already has a title (then "le ministre russe" after a quote of the American
    secretary of state is somebody else)."""
    lemma = normalize_key(subject.lemma_)
    title = lemma in titles().titles
    before = context.previous_sentence_start(subject)
    named = [m for m in context.mentions if m.type == "person" and m.token_start < subject.i]
    last = named[-1] if named and named[-1].token_start >= before else None
    if last is not None and (not previous or previous[-1].name != last.actor):
        previous = [  # the person named just before: "Le bourgmestre, X, … l'élu rappelle"
            *previous,
            _Speaker(
                last.actor,
                gender=context.genders.get(last.actor),
                person_like=True,
                paragraph=context.paragraph(context.doc[last.token_start]),
            ),
        ]
    if (
        not (title or lemma in word_list("epithets"))
        or "Plur" in subject.morph.get("Number")
        or not _definite(subject)
        or not previous
    ):
        return _Speaker()
    speaker = previous[-1]
    gender = _grammatical_gender(subject)
    if gender == "f" and speaker.gender == "m":
        return _Speaker()
    same = [c for c in subject.children if normalize_key(c.lemma_) == "même"]
    persons = {m.actor for m in named if m.token_start >= before}
    if title and persons == {speaker.name} and speaker.name not in context.titled:
        pass  # "Pour X, « … » Le porte-parole du collectif"
    elif (
        persons - {speaker.name}
        or not named
        or named[-1].actor != speaker.name
        or speaker.name not in context.persons
        or (title and speaker.name in context.titled and not same)
        or context.paragraph(subject) - speaker.paragraph > 2
        or any(
            c.dep_ not in ("det", "case")
            and not (not title and _origin(c))
            and not _set_off(c, subject)  # "tonne l'élu, qui a démissionné"
            for c in subject.children
            if c not in same and c.i > subject.left_edge.i  # not a verb the tagger took
            # for a noun and hung before the article: "», tonne l'élu"
        )
        or any(i <= subject.i for i, _ in context.roles.get(lemma, []))  # "le graphiste"
    ):
        return _Speaker()
    return _Speaker(speaker.name, _phrase(subject), "pronoun", speaker.gender, person_like=True)


def _origin(word: Token) -> bool:
    """Whether a word hung on an epithet only says where the person comes from: "de
    Nérac" in "l'éleveur de Nérac"."""
    return (
        word.dep_ == "nmod"
        and word.pos_ == "PROPN"
        and any(c.dep_ == "case" and c.lower_ in ("de", "d'") for c in word.children)
    )


def _previous_subject(
    pronoun: Token, gender: str, context: _Context, plural: bool = False
) -> Token | None:
    """The subject of the narrator's sentence before the pronoun's, if it agrees in gender
    and names an actor or a speaker ("le gouvernement", "la porte-parole"; the name set
    beside a noun that names neither: "Son principal adversaire, Romain Ferracci"; also a name the
    parser made the head of that sentence, with the verb hung on it); for a plural
    pronoun, a plural noun naming people ("des locuteurs", "les analystes"), subject of
    any clause of that sentence or, when it has no plural subject, of the one before
    ("Des locuteurs… L'organisation les réduit… Or, ils souhaitent…")."""
    start = pronoun.sent.start
    for _ in range(3):  # the narrator's sentence: skip sentences of a quotation
        if start == 0:
            return None
        before = context.doc[start - 1].sent
        if before.root.i not in context.quoted:
            break
        start = before.start
    else:
        return None
    if plural:  # "Des locuteurs du français en ont après… Ils souhaitent…"; also the
        # subject of a clause: "Les journalistes … sont en sécurité, a indiqué leur direction"
        for sentence in (before, _sentence_before(before, context)):
            if sentence is None:
                break
            found = [t for t in sentence if _plural_people(t, gender, context)]
            found.sort(key=lambda t: t.head.i != sentence.root.i)  # the main clause's first
            if found:
                return found[0]
            if any("Plur" in t.morph.get("Number") for t in sentence if _is_subject(t)):
                break  # a plural subject of another kind stands between
        return None
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubj:pass")]
    root = before.root
    if not subjects and root.pos_ in ("NOUN", "PROPN"):
        subjects = [  # "La députée …, Sandrine Poumeyrol, a adressé…", the verb parsed as
            # a parataxis of "députée" with the name as its subject
            c
            for verb in root.children
            if verb.dep_ == "parataxis" and verb.pos_ == "VERB"
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i
        ]
    if not subjects and root.pos_ in ("NOUN", "PROPN") and _verb_hung_on(root):
        subjects = [root]  # "Lise Charbonneau, 72 ans, habite à…", parsed as a noun phrase
    named = [c for c in subjects if c.i in context.mention_of_token]  # "Autre avocat…, G. S."
    subject = (named or subjects or [None])[0]
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if _grammatical_gender(subject) not in (gender, None):
        return None
    if subject.i in context.mention_of_token or _names_a_speaker(subject, context):
        return subject
    return next(  # "Son principal adversaire, Romain Ferracci, …, a fait…": the name
        (
            a
            for a in subject.children
            if a.dep_ == "appos"
            and a.i in context.mention_of_token
            and context.genders.get(context.mention_of_token[a.i].actor) in (gender, None)
        ),
        None,
    )


def _introducing_person(open_: int, context: _Context, previous: list[_Speaker]) -> _Speaker:
    """The person a quotation without a cue follows when it opens its sentence and the
    narrator's sentence before, in the same paragraph, has that person as its subject
    ("Dimitri Kostas ne s'oppose pas au principe. « Ici, tout le monde parle français… »"),
    or when it follows a colon and that person is the subject before it ("L'avocate de
    Théo Marchal, Me Nadia Belkacem, livre une tout autre lecture : « Mon client… »")."""
    doc = context.doc
    sentence = doc[open_].sent
    if open_ > sentence.start and doc[open_ - 1].text == ":":  # "X livre une autre lecture : «"
        before = sentence
    elif open_ == sentence.start and sentence.start > 0:
        before = doc[sentence.start - 1].sent
    else:
        return _Speaker()
    if before.root.i in context.quoted or context.paragraph(before.root) != context.paragraph(
        doc[open_]
    ):
        return _Speaker()
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if not subjects and before.root.pos_ == "NOUN" and before.root.i < open_:
        subjects = [before.root]  # the parser took the verb for a noun: "livre une lecture"
    for subject in subjects:
        if subject.pos_ in ("NOUN", "PROPN") and subject.i < open_:
            found = _speaker_of(subject, context, previous)
            if found.how == "named" and found.name in context.persons:
                return replace(found, mention="", how="continuation")
    return _Speaker()


def _verb_hung_on(noun: Token) -> bool:
    """Whether the parser hung a verb on a noun it made the head of the sentence, the verb
    whose subject the noun is: "Lise Charbonneau, 72 ans, habite à Ferme-Neuve" (the
    tagger may call "habite" a participle; with no verb heading the sentence, it is the
    predicate)."""
    return any(c.dep_ == "acl" and c.i > noun.i and c.pos_ == "VERB" for c in noun.children)


def _sentence_before(sentence: Span, context: _Context) -> Span | None:
    """The narrator's sentence before ``sentence``, None at the start or in a quotation."""
    if sentence.start == 0:
        return None
    before = context.doc[sentence.start - 1].sent
    return None if before.root.i in context.quoted else before


def _plural_people(token: Token, gender: str, context: _Context) -> bool:
    """Whether a token is a plural noun naming people, subject of its clause, that a
    plural pronoun of that gender can take up: "les analystes", "des locuteurs"."""
    return (
        token.dep_ in ("nsubj", "nsubj:pass")
        and token.pos_ == "NOUN"
        and "Plur" in token.morph.get("Number")
        and token.i not in context.mention_of_token
        and _grammatical_gender(token) in (gender, None)
        and (
            normalize_key(token.lemma_) in word_list("people_nouns")
            or _names_a_speaker(token, context)
        )
    )


def _is_subject(token: Token) -> bool:
    """Whether a token is a subject, or a name or apposition of one."""
    while token.dep_ in ("appos", "flat:name", "flat", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_.startswith("nsubj")


def _subject_words(subject: Token, context: _Context) -> str:
    """The words of a subject noun phrase as written, when short and free of commas and
    clauses: "Le Parquet fédéral" around the mention "Parquet"; '' otherwise."""
    tokens = list(subject.subtree)
    if len(tokens) > 8 or any(t.is_punct or t.pos_ in ("VERB", "AUX", "ADP") for t in tokens):
        return ""
    start, end = context.offsets(tokens[0].i, tokens[-1].i)
    return context.parsed.article.text[start:end]


def _introduced_by_preposition(mention: Mention, context: _Context) -> bool:
    """ "d'Yvan Colonna", "de Claude Erignac": a name that complements another noun; or
    one given as an example of it ("Les groupes…, dont Amnesty International,")."""
    root = context.doc[mention.token_start : mention.token_end].root
    before = context.doc[mention.token_start - 1] if mention.token_start else None
    example = before is not None and normalize_key(before.text) in EXAMPLE_WORDS
    return example or any(c.dep_ == "case" for c in root.children)


def _resolve_pronoun(
    pronoun: Token, gender: str, context: _Context, previous: list[_Speaker]
) -> _Speaker:
    """The most salient antecedent that agrees, in this order: a person who is a subject earlier
    in the same sentence ("Antoine Sollacaro avait entrepris…, où il…") or the source opening
    it ("Pour l'économiste Annie Bergeron, …, explique-t-elle"); a body or role that is
    the subject of a verb governing the pronoun's clause ("La Défenseure des droits a annoncé
    qu'elle…"); a person who is the subject of the previous sentence ("Gilles Simeoni a appris…
    Très ému, il confie"); the latest speaker of that gender, or named and of unknown gender;
    the previous subject when it can speak and no person of that gender was named in it ("Le
    nouveau gouvernement s'est donné… Il a déclaré", not "Son parti lui faisait grief…"); the
    latest speaker who may be a person of unknown gender, or a nearby speaker of unknown gender
    ("Moody's explique… elle considère"); the latest person of that gender. A plural pronoun
    first looks for a plural subject earlier in its sentence ("Les Talibans ont visé cet hôtel
    car, selon eux, …"), then for the plural subject naming people of the narrator's sentence
    before ("Des analystes… Ils estiment…"), and never stands for one person."""
    if normalize_key(pronoun.text).lstrip("-") not in ("ils", "elles", "eux"):
        return _resolve_singular(pronoun, gender, context, previous)
    for token in context.doc[pronoun.sent.start : pronoun.i]:
        if (
            token.dep_ == "nsubj"
            and token.pos_ in ("NOUN", "PROPN")
            and "Plur" in token.morph.get("Number")
            and _grammatical_gender(token) in (gender, None)
        ):
            found = _speaker_of(token, context, previous)
            if found.name:
                return replace(found, mention=pronoun.text, how="pronoun", addressee="")
    antecedent = _previous_subject(pronoun, gender, context, plural=True)
    found = _speaker_of(antecedent, context, []) if antecedent is not None else _Speaker()
    if found.name:
        return replace(found, mention=pronoun.text, how="pronoun", addressee="")
    found = _resolve_singular(pronoun, gender, context, previous)
    if found.name in context.persons:  # "Ils vont déposer une plainte" is not one person
        return _Speaker(mention=pronoun.text)
    return found


def _resolve_singular(
    pronoun: Token, gender: str, context: _Context, previous: list[_Speaker]
) -> _Speaker:
    """The antecedent of a pronoun by the singular rules of ``_resolve_pronoun``."""
    sentence_start = pronoun.sent.start
    recent_start = context.previous_sentence_start(pronoun)
    recent_person = False
    for mention in reversed(context.mentions):
        known = context.genders.get(mention.actor)
        if mention.type != "person" or known not in (gender, None):
            continue
        root = context.doc[mention.token_start : mention.token_end].root
        here = sentence_start <= mention.token_start < pronoun.i
        if here and (_is_subject(root) or _opening_source(root)):
            return _Speaker(mention.actor, pronoun.text, "pronoun", known, person_like=True)
        recent_person |= recent_start <= mention.token_start < sentence_start
    governing = _governing_subject(pronoun, gender, context, previous)
    if governing.name:
        return governing
    antecedent = _previous_subject(pronoun, gender, context)
    found = _speaker_of(antecedent, context, []) if antecedent is not None else _Speaker()
    if found.name and found.person_like and found.how == "named":
        return replace(found, mention=pronoun.text, how="pronoun")
    for speaker in reversed(previous):
        if speaker.name and (
            speaker.gender == gender
            or (speaker.gender is None and speaker.person_like and speaker.how == "named")
        ):
            return _Speaker(speaker.name, pronoun.text, "pronoun", speaker.gender, person_like=True)
    possessed = antecedent is not None and any(
        "Yes" in c.morph.get("Poss") for c in antecedent.children if c.dep_ == "det"
    )  # "Son parti lui faisait grief…": the possessor is the topic
    if found.name and not recent_person and not possessed:
        return replace(found, mention=pronoun.text, how="pronoun")
    for speaker in reversed(previous):
        if speaker.name and speaker.gender is None and speaker.person_like:
            return _Speaker(speaker.name, pronoun.text, "pronoun", None, person_like=True)
    if previous and previous[-1].gender is None and previous[-1].name and not previous[-1].plural:
        near = context.paragraph(pronoun) - previous[-1].paragraph <= 1  # "Moody's … elle"
        if near:
            return replace(previous[-1], mention=pronoun.text, how="pronoun", addressee="")
    for mention in reversed(context.mentions):
        known = context.genders.get(mention.actor)
        if mention.token_start < pronoun.i and mention.type == "person" and known in (gender, None):
            return _Speaker(mention.actor, pronoun.text, "pronoun", known, person_like=True)
    return _Speaker(mention=pronoun.text)


def _opening_source(name: Token) -> bool:
    """Whether a name is the source that opens its sentence, itself or by the noun it is
    in apposition to: "Pour l'économiste Annie Bergeron, …, explique-t-elle", "Selon X"."""
    noun = name.head if name.dep_ == "appos" else name
    return noun.left_edge.i == noun.sent.start and any(
        c.dep_ == "case" and c.lower_ in ("pour", "selon") for c in noun.children
    )


def _governing_subject(
    pronoun: Token, gender: str, context: _Context, previous: list[_Speaker]
) -> _Speaker:
    """The nearest subject before a pronoun in its sentence that agrees, governs the
    pronoun's clause and speaks for a body or a role, not a person (persons come first
    by their own rule): "La FNSEA met en garde contre une interdiction, qui laisserait
    selon elle…", "La Défenseure des droits a annoncé qu'elle…". A subject inside quoted
    words governs nothing after them ("« Le gouvernement doit agir », a-t-il déclaré")."""
    above = {a.i for a in pronoun.ancestors}
    for token in reversed(context.doc[pronoun.sent.start : pronoun.i]):
        if (
            token.dep_ in ("nsubj", "nsubj:pass")
            and token.pos_ in ("NOUN", "PROPN")
            and token.head.i in above
            and token.i not in context.quoted
            and "Plur" not in token.morph.get("Number")
            and _grammatical_gender(token) in (gender, None)
        ):
            found = _speaker_of(token, context, previous)
            if found.name and found.name not in context.persons:
                return replace(found, mention=pronoun.text, how="pronoun", addressee="")
    return _Speaker()


def _cue_text(verb: Token, context: _Context) -> str:
    """The cue as written: auxiliaries, clitics and the verb ("a-t-il déclaré", "fait-elle
    valoir")."""
    causative = _causative(verb)
    hosts = [verb] if causative is None else [verb, causative]
    first = min(
        [h.i for h in hosts]
        + [c.i for h in hosts for c in h.children if c.dep_.startswith("aux") and c.i < h.i]
    )
    last = verb.i
    while last + 1 < len(context.doc) and context.doc[last + 1].text.startswith("-"):
        last += 1
    start, end = context.offsets(first, last)
    return context.parsed.article.text[start:end]


def _cue_after(close: int, sentence: Span) -> Token | None:
    """A reporting verb right after the closing mark: "», a déclaré M. Blinken"; not the
    verb of a relative clause ("baptisé « Bienvenue à Couvin », qui propose des cours")."""
    doc = sentence.doc
    i = close + 1
    steps = 0
    while i < sentence.end and steps < 6:
        token = doc[i]
        if _reporting(token, postposed=True):
            return token
        if "Rel" in token.morph.get("PronType"):
            return None
        causative = token.lemma_ == "faire"  # "», fait-elle valoir"
        if not (
            token.is_punct
            or token.pos_ in ("AUX", "PRON", "ADV")
            or token.text == "-t"
            or causative
        ):
            return None
        i += 1
        steps += 1
    return None


def _cue_before(open_: int, sentence: Span) -> Token | None:
    """The nearest reporting verb before the opening mark in the same sentence, or any
    verb right before a colon that opens it ("se souvient : « … »")."""
    doc = sentence.doc
    if open_ >= 2 and doc[open_ - 1].text == ":":
        before = doc[open_ - 2]
        if _verb_lemma(before) in word_list("reporting_verbs"):
            return before  # "raconte : « … »"
        chain = [before]  # "a appelé à la formation d'une commission : « … »"
        while chain[-1].head.i != chain[-1].i and sentence.start <= chain[-1].head.i < open_:
            chain.append(chain[-1].head)
        for token in [*chain[1:], *reversed(doc[sentence.start : open_])]:
            if _reporting(token):  # the colon announces speech
                return token
        for token in chain:  # no reporting verb: the verb with a subject before the colon
            if token.pos_ == "VERB" and _subject(token) is not None:
                return token
    for i in range(open_ - 1, max(sentence.start, open_ - 10) - 1, -1):
        token = doc[i]
        if token.text in CLOSE_QUOTES:
            return None  # another quotation stands between
        if _reporting(token):
            between = doc[token.i + 1 : open_]
            introduced = any(t.text == ":" or t.lower_ in ("que", "qu'") for t in between) or (
                [t.lower_ for t in between] in (["de"], ["d'"])  # "a qualifié de « … »"
            )
            adjacent = all(  # "dénonce, elle, une « militarisation »"
                t.is_punct or t.pos_ in ("ADV", "PRON", "AUX", "DET") for t in between
            )
            return token if introduced or adjacent else None
    return None


def _governing_cue(root: Token, sentence: Span) -> Token | None:
    """A reporting verb governing the quotation through its complements ("a promis un
    « nouveau départ »", "déplora un discours « truffé d'incantations »"); modifiers,
    adverbial clauses and coordination stop the search."""
    token = root
    while token.head.i != token.i and token.head.i >= sentence.start:
        if token.dep_ not in GOVERNED and not (token.i == root.i and token.dep_ == "acl"):
            return None  # the first step may be a participle: "un discours « truffé de… »"
        token = token.head
        if _reporting(token):
            return token
    return None


# --- indirect speech -----------------------------------------------------------------


def _is_infinitive(token: Token) -> bool:
    if "Inf" in token.morph.get("VerbForm"):
        return True
    return any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in token.children
    )


def _complements(verb: Token) -> list[Token]:
    """Heads of what a reporting verb reports: a que-clause or an infinitive, or (when the
    parser took the clause for an object) the object right after "que"; an adjective after
    a reflexive verb ("s'est dit satisfait", "s'est déclaré favorable à…")."""
    after_que = any(
        t.lower_ in ("que", "qu'") and t.pos_ == "SCONJ" for t in verb.doc[verb.i + 1 : verb.i + 3]
    )

    reflexive = any(c.lower_ in ("se", "s'") for c in verb.children)

    def reports(child: Token) -> bool:
        if child.dep_ == "ccomp":
            return child.pos_ in ("VERB", "AUX", "ADJ", "NOUN", "ADV")  # "il est temps"
        if child.dep_ == "xcomp":
            if child.pos_ == "ADJ":
                return reflexive  # "s'est dit satisfait de…", "s'est déclaré favorable à…"
            return child.pos_ in ("VERB", "AUX") and _is_infinitive(child)
        return child.dep_ == "obj" and after_que

    return [child for child in verb.children if reports(child)]


def _incise(verb: Token, context: _Context) -> tuple[int, int] | None:
    """The words around an incise without guillemets: "Un lycéen a été agressé, indique le
    ministère.", "Contrairement aux discours, appuie-t-il, le français est…". (first, last)
    of the reported words, or None. An incise names its subject after the verb ("dit-il",
    "indique le ministère"), not "…, insistant sur la jeunesse"."""
    doc = verb.doc
    i = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")]) - 1
    if i < 1 or doc[i].text != "," or _complements(verb):
        return None
    if _present_participle(verb):
        return None  # "…, insistant sur…": a participle is no incise
    sentence = verb.sent
    clitic = _clitic_subject(verb)
    if clitic is None:  # "…, dit-il."
        if any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children):
            return None  # "X, réalisé en 2012, précise…": the comma closes an apposition
        if _inverted_subject(verb, sentence, context) is None:
            return None
    if any(t.text in OPEN_QUOTES or t.text == ":" for t in doc[verb.i : sentence.end]):
        return None  # the verb introduces what follows
    start = max([sentence.start] + [t.i + 1 for t in doc[sentence.start : i] if t.text == ";"])
    stop = i  # the words before the comma, after "… ;"
    if clitic is not None and clitic.i + 1 < sentence.end and doc[clitic.i + 1].text == ",":
        stop = next((t.i for t in doc[clitic.i : sentence.end] if t.text == ";"), sentence.end)
    incise = range(i, clitic.i + 1) if clitic is not None else range(0)
    words = [t for t in doc[start:stop] if not (t.is_punct or t.is_space or t.i in incise)]
    if len(words) < 4 or _quoted_share(words[0].i, words[-1].i, context.marks) > 0.6:
        return None  # a quotation before the comma is attributed as such
    return words[0].i, words[-1].i


def _closing_incise(open_: int, close: int, sentence: Span, context: _Context) -> Token | None:
    """The verb of an incise ending a sentence that opens with a quotation: "« … », y compris
    le montant, commente X." """
    for token in sentence.doc[close + 1 : sentence.end]:
        if _reporting(token):
            incise = _incise(token, context)
            return token if incise is not None and open_ < incise[0] < close else None
    return None


def _narrator(verb: Token) -> bool:
    """A verb in the first person outside quotations is the writer's: "Rappelons que…",
    "nous avons appris que…"."""
    forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    if any("1" in t.morph.get("Person") for t in forms):
        return True
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    return not subjects and verb.lower_.endswith("ons")  # "Rappelons", the tagger unsure


def _coordinated_clause(verb: Token) -> bool:
    """A finite verb with its own subject after a coordinating conjunction starts a clause
    of its own, wherever the parser attached it ("…, mais l'entraîneur a mentionné…")."""
    children = list(verb.children)
    opening = next((t for t in verb.subtree if not t.is_punct), verb)
    return (
        verb.pos_ == "VERB"
        and opening.dep_ == "cc"
        and any(c.dep_ == "nsubj" for c in children)
        and any(
            "Fin" in t.morph.get("VerbForm") or t.morph.get("Mood")
            for t in [verb, *children]
            if t.pos_ in ("VERB", "AUX")
        )
    )


def _content_verb(verb: Token) -> tuple[str, Token] | None:
    """The entry of content_verbs.txt a verb matches, and the token the entry's words end
    on: the verb itself, or the noun of "faire état de"."""
    lemma = _verb_lemma(verb)
    for noun in (c for c in verb.children if c.dep_ == "obj" and c.i == verb.i + 1):
        if f"{lemma} {noun.lower_} de" in word_list("content_verbs"):
            return "de", noun  # "a fait état de l'exécution"
    if lemma in word_list("content_verbs"):
        return "", verb
    if f"{lemma} de" in word_list("content_verbs"):
        return "de", verb
    return None


def _reported_object(verb: Token, context: _Context) -> tuple[int, int] | None:
    """What a verb reports through a noun rather than a clause: (first, last) of "le retour
    de plusieurs joueurs" in "X a annoncé le retour de plusieurs joueurs", of "la politique…"
    in "X se plaint de la politique…", or of the infinitive after a noun of speech ("a
    exprimé le vœu de s'attaquer à…"). Only when a subject before the verb can speak: "a
    annoncé le ministre" is an inverted subject, "a confirmé mardi" a date. Only in a main
    clause: "après que les États-Unis ont annoncé une tranche d'armes" tells of an act."""
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    if not (main or _coordinated_clause(verb)):
        return None
    subject = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.lower_ != "qui"),
        None,
    )
    if subject is None or not (
        subject.lower_ in PERSONAL
        or any(
            _names_a_speaker(t, context)
            for t in [subject, *(c for c in subject.children if c.dep_ == "appos")]
        )  # "l'entraîneur Jesse Marsch"
    ):
        return None
    if any(c.dep_ in ("aux:pass", "ccomp", "xcomp") for c in verb.children):
        return None
    if any("Neg" in c.morph.get("Polarity") for c in verb.children):
        return None  # "n'a pas confirmé le lien…" tells of nothing said
    objects = [c for c in verb.children if c.dep_ == "obj" and c.i > verb.i]
    spoken = None
    for noun in objects:
        if noun.pos_ != "NOUN" or normalize_key(noun.lemma_) not in word_list("content_nouns"):
            continue
        infinitive = next(
            (
                c
                for c in noun.children
                if c.pos_ == "VERB"
                and _is_infinitive(c)
                and any(m.lower_ in ("de", "d'") for m in c.children if m.i < c.i)
            ),
            None,
        )
        if infinitive is not None:
            spoken = infinitive  # "le vœu de s'attaquer à…"
    entry = _content_verb(verb) if spoken is None else None
    if entry is not None:
        preposition, head = entry
        if preposition:
            spoken = next(
                (
                    c
                    for c in verb.children
                    if c.dep_.startswith("obl")
                    and c.i > head.i
                    and any(m.dep_ == "case" and m.lower_ == preposition for m in c.children)
                ),
                None,
            )
        else:
            spoken = objects[0] if objects else None
    if spoken is None or spoken.pos_ not in ("NOUN", "VERB") or _names_a_speaker(spoken, context):
        return None
    first, last = spoken.left_edge.i, spoken.right_edge.i
    for child in (c for c in verb.children if c.i > last):  # "… pour la saison 2013"
        if child.dep_ not in EXTENDING or child.left_edge.i != last + 1:
            break
        last = child.right_edge.i
    doc = verb.doc
    clause = next((t for t in doc[first + 1 : last + 1] if _coordinated_clause(t)), None)
    if clause is not None:
        last = clause.left_edge.i - 1  # "…, mais l'entraîneur a mentionné…" is another claim
    while first <= last and (doc[first].lower_ in ("de", "d'") or doc[first].is_punct):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    words = [t for t in doc[first : last + 1] if not t.is_punct]
    return (first, last) if len(words) >= 3 else None


def _quoted_share(first: int, last: int, marks: list[tuple[int, int]]) -> float:
    """Share of the tokens first..last that stand inside quotation marks."""
    inside = sum(max(0, min(b, last + 1) - max(a, first)) for a, b in marks)
    return inside / (last - first + 1)


def _indirect_spans(context: _Context) -> list[tuple[Token, int, int]]:
    """(cue verb, first token, last token) of each que-clause or infinitive it reports.

    Reported speech inside a quotation belongs to the quotation, speech inside other
    reported speech to the outer one, and a clause mostly in guillemets is a quotation.
    """
    doc, marks = context.doc, context.marks
    found = []
    for verb in doc:
        if any(a < verb.i < b for a, b in marks) or _narrator(verb):
            continue
        if not _reporting(verb):
            content = _reported_object(verb, context)
            if content is not None and _quoted_share(*content, marks) <= 0.6:
                found.append((verb, *content))
            continue
        incise = _incise(verb, context)
        if incise is not None and not any(a < incise[0] < b for a, b in marks):
            found.append((verb, *incise))  # an incise opening with a quotation attributes it
        opening = _opening_participle(verb)
        if opening is not None:
            if _quoted_share(opening[0], opening[1], marks) <= 0.6:
                found.append((verb, opening[0], opening[1]))
            continue
        for child in _complements(verb):
            tokens = sorted(t.i for t in child.subtree)
            first, last = tokens[0], tokens[-1]
            colon = next(
                (
                    t.i
                    for t in doc[first:last]
                    if t.text == ":" and doc[t.i + 1].text in OPEN_QUOTES
                ),
                None,
            )
            if colon is not None:
                last = colon - 1  # "a précisé que… : « … »": the quotation is another quote
            question = doc[first].lower_ in QUESTION_WORDS  # not "que si…": a condition
            while first <= last and (
                doc[first].lower_ in ("que", "qu'", "de", "d'")
                or (doc[first].is_punct and doc[first].text not in OPEN_QUOTES)
            ):
                first += 1
            while last >= first and (doc[last].is_punct or doc[last].is_space):
                if doc[last].text in CLOSE_QUOTES:
                    break
                last -= 1
            if first <= verb.i or first > last or _quoted_share(first, last, marks) > 0.6:
                continue
            if question:
                continue  # an indirect question reports no claim: "explique pourquoi…"
            found.append((verb, first, last))
        if not _complements(verb) and incise is None:
            content = _reported_object(verb, context)
            if content is not None and _quoted_share(*content, marks) <= 0.6:
                found.append((verb, *content))
    return [
        (verb, first, last)
        for verb, first, last in found
        if not any((a, b) != (first, last) and a <= verb.i and last <= b for _, a, b in found)
    ]


@functools.cache
def _source_forms() -> frozenset[str]:
    """The phrases of source_phrases.txt without spaces, and those ending in "de" also
    with "d'"."""
    phrases = word_list("source_phrases")
    elided = {p[:-2] + "d'" for p in phrases if p.endswith(" de")}
    return frozenset(phrase.replace(" ", "") for phrase in phrases | elided)


@functools.cache
def _longest_source_form() -> int:
    return max(len(phrase) for phrase in _source_forms())


def _source_phrase(doc: Doc, i: int) -> int | None:
    """Index of the last word of a phrase of source_phrases.txt starting at token i; a
    phrase ending in "de" also ends in "d'" ("De l'avis d'Abdou Diouf")."""
    wanted = _source_forms()
    longest = _longest_source_form()
    joined = ""
    for j in range(i, min(len(doc), i + 6)):
        joined += normalize_key(doc[j].text)
        if joined in wanted:
            return j
        if len(joined) >= longest:
            return None
    return None


def _source_spans(context: _Context) -> list[tuple[Token, int, int, tuple[int, int]]]:
    """ "Selon X, …", "d'après X, …", "…, selon X", "De l'avis de X, …" (source_phrases.txt)
    and, opening a sentence, "Pour X, …": (the source's head, first, last) of the claim and
    the first and last tokens of the source phrase.
    The source phrase runs from its first word to the next comma; the newspaper's own
    sources are none ("selon nos informations")."""
    doc = context.doc
    found = []
    for sentence in context.parsed.sentences():
        words = [t for t in sentence if not (t.is_punct or t.is_space)]
        for token in words:
            if token.i > 0 and doc[token.i - 1].lower_ in ("d'", "d") and token.lower_ == "après":
                continue  # the second word of "d'après"
            start = token.i
            leading = [t for t in words if t.i < start]
            opening = all(t.pos_ in ("CCONJ", "ADV") for t in leading)  # "Mais pour X, …"
            end_of_phrase = _source_phrase(doc, start)
            if end_of_phrase is not None and end_of_phrase + 1 < sentence.end:
                head = doc[end_of_phrase].head
                source = head if head.i > end_of_phrase else doc[end_of_phrase + 1]
                if doc[end_of_phrase].dep_ == "fixed":  # "d'après" as one word
                    source = token.head
            elif token.lower_ == "pour" and token.dep_ == "case" and opening:
                source = token.head
                if not _names_a_speaker(source, context):
                    continue
            else:
                continue
            end = _next_comma(doc, token.i, sentence.end)
            while end + 1 < sentence.end and _apposed_name(doc, end, sentence.end, context):
                end = _next_comma(doc, end + 1, sentence.end)  # "Selon la fédération, Febelfin,"
            if token.lower_ == "pour" and end == sentence.end:
                continue  # "pour X" without a comma is no source
            if not token.i < source.i < end:  # the parser hung "d'après" on the main verb
                inside = [
                    t
                    for t in doc[token.i + 1 : end]
                    if t.pos_ in ("NOUN", "PROPN", "PRON") and not token.i < t.head.i < end
                ]
                if inside:
                    source = inside[0]
            first_word = start if opening else words[0].i  # "Mais pour X, …": from "pour"
            if leading and not opening and leading[-1].pos_ in ("CCONJ", "SCONJ"):
                first_word = end  # "… cet hôtel car, selon eux, il était…": after "car"
            semicolon = next((t.i for t in doc[end : sentence.end] if t.text == ";"), sentence.end)
            rest = [
                t.i for t in words if first_word <= t.i < semicolon and not start <= t.i < end
            ]  # "D'après X, « … » ; Y a ajouté : « … »": the claim ends at the semicolon
            ours = source.i not in context.quoted and any(  # "selon nos informations":
                c.dep_ == "det" and c.lower_ in ("nos", "notre") for c in source.children
            )  # the newspaper's own sources
            if len(rest) >= 3 and not ours:
                found.append((source, rest[0], rest[-1], (start, end_of_phrase or token.i)))
    return found


def _colon_name(words: Span, context: _Context) -> Token | None:
    """The name standing alone before a colon that opens a quotation: "Pour la principale
    association du logiciel libre, l'April : « … »"."""
    names = [t for t in words if t.i in context.mention_of_token]
    if not names:
        return None
    mention = context.mention_of_token[names[0].i]
    inside = all(
        mention.token_start <= t.i < mention.token_end or t.pos_ in ("DET", "PUNCT") for t in words
    )
    return names[0] if inside and mention.type in ("person", "organisation", "country") else None


def _apposed_name(doc: Doc, comma: int, stop: int, context: _Context) -> bool:
    """Whether the words between this comma and the next one are a name in apposition."""
    following = _next_comma(doc, comma + 1, stop)
    between = doc[comma + 1 : following]
    if following == stop or not len(between):
        return False
    return doc[comma + 1].dep_ == "appos" or all(
        t.i in context.mention_of_token or t.pos_ == "PROPN" for t in between
    )


def _next_comma(doc: Doc, start: int, stop: int) -> int:
    return next((t.i for t in doc[start:stop] if t.text == ","), stop)


def _names_a_speaker(token: Token, context: _Context) -> bool:
    """Whether a noun names someone who can speak: a known actor or a speaker noun."""
    mention = context.mention_of_token.get(token.i)
    if mention is not None:
        return mention.type in ("person", "organisation", "country", "group")
    return normalize_key(token.lemma_) in word_list("speaker_nouns") | titles().titles.keys()


def _title_tokens(parsed: ParsedArticle) -> int:
    """Index of the first token after the headline, when the text opens with it."""
    article = parsed.article
    first = article.paragraphs[0]
    if not (first.is_heading and article.text[first.start : first.end] == article.title):
        return 0
    for token in parsed.doc:
        if parsed.origin[token.idx] >= first.end and not token.is_space:
            return token.i
    return len(parsed.doc)


def _named_subject(content: Span, context: _Context, quoted: tuple[int, int]) -> Token | None:
    """Who most likely says words quoted without a cue: the subject of the verb governing
    the quotation when it can speak ("les autorités ont décrit l'avalanche comme « … »"),
    else the subject of the sentence's main verb when it is a named person, organisation
    or country ("Bruxelles a salué… « … »"). Never a word inside the quotation."""
    governing = next(
        (
            t
            for t in content.root.ancestors
            if t.pos_ == "VERB" and not quoted[0] <= t.i <= quoted[1]
        ),
        None,
    )
    for verb in [governing, content.sent.root]:
        subject = next(
            (
                c
                for c in (verb.children if verb is not None else [])
                if c.dep_ in ("nsubj", "nsubj:pass") and not quoted[0] <= c.i <= quoted[1]
            ),
            None,
        )
        if subject is None:
            continue
        names = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        mentions = [context.mention_of_token.get(t.i) for t in names]  # "la directrice X"
        if any(m is not None and m.type in ("person", "organisation", "country") for m in mentions):
            return subject
        if verb is governing and subject.pos_ == "NOUN" and _names_a_speaker(subject, context):
            return subject
    return None


def _cue_speaker(
    verb: Token,
    after: int,
    sentence: Span,
    context: _Context,
    speakers: list[_Speaker],
    *,
    quoted: tuple[int, int] | None = None,
) -> tuple[_Speaker, Token | None]:
    """The speaker a cue verb names, and the subject that names it: the verb's subject, or
    a subject after the verb when the verb follows the words (position ``after``: an
    incise, "», dénonce le Président"). Words inside ``quoted`` never name the speaker."""
    subject = _inverted_subject(verb, sentence, context) if verb.i > after else None
    if subject is None and verb.i > after:
        subject = _object_of_incise(verb, after)
        if subject is not None:  # "», a témoigné une régleuse", whatever the noun
            return _Speaker(_phrase(subject), subject.text, "phrase"), subject
    if subject is None:  # an incise names its speaker after the verb: "…, a annoncé X"
        subject = _subject(verb)
    if subject is not None and quoted is not None and quoted[0] <= subject.i <= quoted[1]:
        subject = None
    if subject is None:
        return _Speaker(), None
    speaker = _speaker_of(subject, context, speakers)
    speaker.addressee = _addressee(verb, context)
    return speaker, subject


def _object_of_incise(verb: Token, close: int) -> Token | None:
    """The noun an incise right after quoted words names, which the parser took for the
    verb's object ("« … », a témoigné une régleuse"); none when the verb has its own
    subject after it ("a-t-il expliqué")."""
    doc = verb.doc
    between = doc[close + 1 : verb.i]
    if not all(t.is_punct or t.pos_ in ("AUX", "ADV") for t in between):
        return None
    if any(c.dep_.startswith("nsubj") for c in verb.children if c.i > verb.i):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and c.dep_ == "obj"
            and c.pos_ == "NOUN"
            and any(d.dep_ == "det" for d in c.children)
        ),
        None,
    )


# --- the whole article ---------------------------------------------------------------


def extract_quotes(parsed: ParsedArticle, mentions: list[Mention]) -> list[Quote]:
    """Every quote of an article in reading order, with its speaker when one is found."""
    context = _Context(parsed, mentions)
    doc = parsed.doc
    sentences = list(parsed.sentences())

    def sentence_of(i: int) -> Span:
        return sentences[parsed.sentence_index(i)]

    marks = context.marks
    indirect = _indirect_spans(context)
    sources = _source_spans(context)
    events: list[tuple[int, str, tuple]] = []
    for a, b in marks:
        events.append((a, "mark", (a, b)))
    for verb, first, last in indirect:
        events.append((min(first, verb.i), "indirect", (verb, first, last)))
    for source, first, last, phrase in sources:
        events.append((min(first, source.left_edge.i), "source", (source, first, last, phrase)))
    events.sort(key=lambda e: (e[0], e[1] == "mark"))  # speech around a quotation first

    quotes: list[Quote] = []
    speakers: list[_Speaker] = []
    last_section_paragraph: tuple[int, int] | None = None
    enclosing: list[tuple[int, int, _Speaker]] = []  # spans of indirect speech

    def add(
        kind: str, first: int, last: int, speaker: _Speaker, cue: str, how: str, verb: int = -1
    ) -> None:
        nonlocal last_section_paragraph
        start, end = context.offsets(first, last)
        text = parsed.article.text[start:end]
        if not text.strip():
            return
        quotes.append(
            Quote(
                kind=kind,
                start=start,
                end=end,
                text=text,
                speaker=speaker.name,
                speaker_mention=speaker.mention,
                cue=cue,
                addressee=speaker.addressee,
                confidence=CONFIDENCE[how if speaker.name else "unknown"],
                token_start=first,
                token_end=last + 1,
                verb=verb,
            )
        )
        if speaker.name and kind != "term":
            speakers.append(replace(speaker, paragraph=context.paragraph(doc[first])))
            last_section_paragraph = (context.section(doc[first]), context.paragraph(doc[first]))

    title = _title_tokens(parsed)
    for position, kind, data in events:
        if position < title:
            continue  # the headline repeats the article; its quotes are not counted twice
        if kind == "indirect":
            verb, first, last = data
            speaker, _ = _cue_speaker(verb, last, sentence_of(verb.i), context, speakers)
            enclosing.append((first, last, speaker))
            add("indirect", first, last, speaker, _cue_text(verb, context), speaker.how, verb.i)
            continue
        if kind == "source":
            source, first, last, phrase = data
            speaker = _speaker_of(source, context, speakers)
            enclosing.append((first, last, speaker))
            colon = next(
                (
                    i
                    for i in range(first, last)
                    if doc[i].text == ":" and doc[i + 1].text in OPEN_QUOTES
                ),
                None,
            )
            if colon is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[first:colon]):
                named = _colon_name(doc[first:colon], context)  # "Pour X, son porte-parole : «"
                if named is not None:
                    speaker = _speaker_of(named, context, speakers)
                    enclosing[-1] = (first, last, speaker)
            elif not any(a in (first - 1, first) for a, _ in marks):
                cue = context.doc[phrase[0] : phrase[1] + 1].text.lower()  # "selon", "de l'avis de"
                add("indirect", first, last, speaker, cue, speaker.how)
            continue
        open_, close = data
        first, last = open_ + 1, min(close, len(doc)) - 1
        while first <= last and doc[first].is_space:
            first += 1
        while last >= first and doc[last].is_space:
            last -= 1
        if first > last:
            continue
        content = doc[first : last + 1]
        sentence = sentence_of(open_)
        spoken = [t.i for t in content if not (t.is_punct or t.is_space)] or [first]
        around = [s for a, b, s in enclosing if a <= spoken[0] <= b]
        verb = (
            _cue_after(close, sentence_of(min(close, len(doc) - 1))) if close < len(doc) else None
        )
        if verb is None and not around:
            verb = (
                _cue_before(open_, sentence)
                or _governing_cue(content.root, sentence)
                or _closing_incise(open_, close, sentence, context)
            )
        quote_kind = _classify(content, doc[open_], bool(around), verb is not None)
        if quote_kind == "term":
            add("term", first, last, _Speaker(), "", "unknown")
            continue
        if verb is not None:
            speaker, subject = _cue_speaker(
                verb, close, sentence_of(verb.i), context, speakers, quoted=(open_, close)
            )
            if speaker.how == "phrase" and not _reporting(verb):
                speaker = _Speaker()  # a verb before a colon that reports nothing: "vus :"
            if speaker.name or (subject is not None and subject.lower_ in IMPERSONAL):
                cue = _cue_text(verb, context)
                add(quote_kind, first, last, speaker, cue, speaker.how, verb.i)
                continue
        if around:
            speaker = around[-1]
            add(quote_kind, first, last, speaker, "", "enclosing")
        elif quote_kind == "partial" and (
            subject := _named_subject(content, context, (open_, close))  # "Bruxelles a salué…"
        ):
            add(quote_kind, first, last, _speaker_of(subject, context, speakers), "", "subject")
        elif (introducer := _introducing_person(open_, context, speakers)).name:
            add(quote_kind, first, last, introducer, "", "continuation")
        else:
            here = (context.section(doc[first]), context.paragraph(doc[first]))
            continuing = (
                speakers
                and last_section_paragraph is not None
                and last_section_paragraph[0] == here[0]
                and here[1] - last_section_paragraph[1] <= 2
            )
            speaker = _Speaker()
            if continuing:
                speaker = replace(speakers[-1], mention="", how="continuation", addressee="")
            add(quote_kind, first, last, speaker, "", "continuation")
    quotes = _terms_among_words(quotes, sentence_of)
    quotes.sort(key=lambda q: (q.start, q.kind))
    return quotes


def _terms_among_words(quotes: list[Quote], sentence_of: Callable[[int], Span]) -> list[Quote]:
    """A lower-case term in a sentence that quotes a speaker through a cue is that
    speaker's word too: "a salué un signe de « détermination » des Grecs à « respecter
    leurs engagements »"."""
    attributed: dict[int, Quote] = {}
    for quote in quotes:
        if quote.kind == "partial" and quote.speaker and quote.confidence > CONFIDENCE["subject"]:
            attributed.setdefault(sentence_of(quote.token_start).start, quote)
    result = []
    for quote in quotes:
        source = attributed.get(sentence_of(quote.token_start).start)
        if quote.kind == "term" and source is not None and quote.text[:1].islower():
            quote = replace(
                quote,
                kind="partial",
                speaker=source.speaker,
                speaker_mention=source.speaker_mention,
                cue=source.cue,
                verb=source.verb,
                confidence=CONFIDENCE["subject"],
            )
        result.append(quote)
    return result


class Attributor:
    """Who a word names, resolved as speakers are (names, titles, pronouns, roles), for
    the other modules that need an actor behind a verb: claims."""

    def __init__(self, parsed: ParsedArticle, mentions: list[Mention]) -> None:
        self.context = _Context(parsed, mentions)

    def subject(self, verb: Token) -> Token | None:
        """The subject of a verb, through participles, relatives and coordination."""
        return _subject(verb)

    def actor(self, token: Token) -> str:
        """The actor a subject or a name stands for, '' when none is found; an epithet
        takes up the person named last as it would the person quoted last ("Le maire,
        Lassina Cissé, … L'élu demande")."""
        context = self.context
        named = [m for m in context.mentions if m.type == "person" and m.token_start < token.i]
        last = [
            _Speaker(
                m.actor,
                gender=context.genders.get(m.actor),
                person_like=True,
                paragraph=context.paragraph(context.doc[m.token_start]),
            )
            for m in named[-1:]
        ]
        return _speaker_of(token, context, last).name

    def phrase(self, token: Token) -> str:
        """The noun phrase a noun heads, as written: "la communauté scientifique"."""
        return _phrase(token)

    def mention(self, token: Token) -> Mention | None:
        """The mention a token belongs to, if any."""
        return self.context.mention_of_token.get(token.i)
