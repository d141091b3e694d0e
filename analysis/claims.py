"""Claims: who stands where. Each claim is an actor's position (support, oppose, or
neutral for abstaining and declining to comment) on what a cue word is about, with the
sentence and the cue that support it.

Claims come from the cue constructions of ``resources/claim_cues.csv`` (lemma, with
"se " or "s'" for a cue only in its reflexive use: "se mobiliser"; part of speech,
position, kind, a preposition that gives the word another sense when it
introduces a noun: "condamné à 16 ans de prison" is a sentence, not a condemnation, one
that turns the position: "voter contre", and ``patient`` for a noun whose "de"
complement undergoes it: "la création de l'agence", or who is "en" it: "pris 52
diplomates en otages"): what an actor calls for, welcomes, condemns or refuses
("J'exhorte la Russie à revenir…", "a condamné l'attaque"), acts of support or
opposition ("a suspendu sa participation", "ont imposé des sanctions à la Russie",
"s'est engagée à accroître l'aide"), a prefix of stance on an adjective ("anti-",
"pro-": "des slogans anti-américains"), an imperative in a quotation ("Mettez fin à
cette guerre"), and adjectives of commitment ("nous sommes prêts à soutenir…"). People
gathering or marching oppose unless a purpose says otherwise ("se sont rassemblés pour
soutenir le maire" is the support the purpose states). A
negation of the cue turns support into opposition and back, also through a modal ("on ne
peut pas interdire") or "peu de"; a cue that governs another says what it is for ("a
appelé au rejet du projet" opposes), as does what a document voted or signed asks for
("a voté une motion demandant le report du projet"). A verb reporting a quotation is no
act ("« … », a lancé X"). The holder is the subject (also a noun phrase opening the
sentence that the parser hung on the verb, or the subject it misplaced: "La FGTB, qui avait
rassemblé…, réclament", "X a, de son côté, appelé à…"), the agent of a
passive, the subject after the verb of an object relative ("une lecture que contestent les
syndicats"), the group a number stands for, the names of a list (or a word for people
listed with them, or the names a plural noun lists between commas), who acts with the
subject ("a voté contre avec l'opposition"), who called for the act ("à l'appel de X,
des agriculteurs ont bloqué…", on the side of the protest its doers are named by: "à
l'appel de l'intersyndicale, les grévistes ont allumé des feux" opposes), who joined the
holder ("la CGT, rejointe par FO, a manifesté"), the agent of a participle carrying out
a cue noun ("une grève lancée par l'intersyndicale"), the names a group gives as examples
("dont Amnesty International"), the owner of what acts ("financé par les dons de
Google"), the name nearest a "qui" hung on a noun that names nobody ("la
position du gouvernement du Parti québécois qui désire…"), or "ce dernier"; a plural
pronoun never stands for one person; only people act or speak
(``resources/people_nouns.txt``). Inside a quotation, the speaker holds the claim when
the cue is the speaker's own (first person, imperative, or a subject naming the
speaker); a cue another actor performs in active voice gives that actor's claim as
reported.

A speaker whose words in a sentence hold no cue of their own asserts what they say (one
claim per sentence of a quotation). A verb of speech reporting them that is a cue
decides the side ("« … », a accusé X" opposes); then words of judgement (the lexicon's
"evaluation" category: "inadmissibles", "insupportable", "dangereux"); otherwise a
statement supports its content ("je considère que le nucléaire est une filière
d'avenir"), unless it denies ("les milices ne représentent pas les Maliens", "ce n'est pas cette
mesure qui va nous aider") or its tone
is clearly negative (below -0.3): then it opposes what it describes, or the actor it is
about. The machine calls a claim neutral only where the words say it: abstaining, a
comment declined ("s'est refusé à commenter", "n'a pas souhaité réagir": the cues of kind
``comment`` count only so), a bare acknowledgement ("s'est borné à prendre note", "s'est
gardé de trancher") or a phrase of reserve (``resources/stance_phrases.csv``: "prend
acte", "suivre la situation avec attention", "sans se prononcer", "n'a pas donné suite");
the same file holds idioms that take sides ("a pris ses distances", "donne raison à").
Calling informational statements neutral was measured and matched the annotators once in
eleven. A coder can set neutral anywhere in the coding sheet.

>>> from analysis import analyze
>>> claims = analyze().claims
>>> claims.query("actor == 'Vladimir Poutine'")["position"].iloc[0]
'oppose'
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from .errors import ResourceError
from .mentions import Mention
from .nlp import ParsedArticle
from .paths import RESOURCE_DIR
from .quotes import EXAMPLE_WORDS, GENITIVE, Attributor, Quote, relative_subject
from .resources import normalize_key, titles, word_list

POSITIONS = ("support", "oppose", "neutral")
#: Words that negate a cue ("ne … pas", "aucun intérêt"); "plus" only with "ne".
NEGATIONS = frozenset(
    {"pas", "jamais", "guère", "point", "nullement", "aucun", "aucune", "nul", "ni"}
)
FIRST_PERSON = frozenset({"je", "j'", "nous", "on"})
#: A preposition's contractions with the article.
CONTRACTIONS = {"à": ("au", "aux"), "de": tuple(GENITIVE - {"de"})}
#: Verbs of hiding, whose negation shows what they govern: "ne cache pas son soutien".
CONCEALING = frozenset({"cacher", "dissimuler", "masquer"})
#: Verbs whose negation reaches the infinitive they govern ("ne peut pas interdire").
MODALS = frozenset(
    {"pouvoir", "devoir", "vouloir", "falloir", "aller", "savoir", "oser", "entendre"}
)
#: Links by which a cue governs another cue that says what it is about ("appelle au
#: rejet", "exige la suppression", "refuse de soutenir"); with "à", "de" or none.
COMPLEMENTS = frozenset({"obj", "xcomp", "obl:arg", "obl:mod", "obl", "nmod"})
#: Endings of nouns for people whose feminine adds an "e": "opposant", "artisan",
#: "défenseur".
AGENT_ENDINGS = ("ant", "an", "ien", "eur", "ier")
#: Kinds of cue: speech, act, comment (a claim only when declined: "n'a pas souhaité
#: réagir") and side (a claim only with its side: "s'est prononcé contre").
KINDS = ("speech", "act", "comment", "side")
#: Reflexive pronouns that make a reflexive cue: "se mobiliser", "nous nous sommes
#: rassemblés".
REFLEXIVES = frozenset({"se", "s'", "me", "m'", "te", "t'", "nous", "vous"})
#: Links from a noun to the words that say who it is: "des centaines de Tibétains", "deux
#: cents personnes" (a complement only with "de"); not a clause: "les papillons exposés …
#: en laboratoire".
NAMING = frozenset({"nmod", "nummod", "flat", "flat:name", "appos", "det", "amod"})
#: Confidence by origin of the claim.
CONFIDENCE = {"own": 0.8, "act": 0.7, "reported": 0.5, "statement": 0.5}
#: Tone below which a statement without cue opposes what it describes.
STATEMENT_TONE = 0.3
#: Longest issue text, in words.
ISSUE_WORDS = 12


@dataclass(frozen=True)
class Cue:
    position: str
    kind: str
    not_with: str = ""  # a preposition that changes the sense: "condamné à", "sur le plan"
    flip_with: str = ""  # a preposition that turns the position: "voter contre"
    patient: bool = False  # a noun whose "de" complement undergoes it: "la création de X"
    reflexive: bool = False  # a cue only with "se": "se mobiliser", "s'abstenir"


@dataclass(frozen=True)
class Claim:
    """One position of one actor, with the tokens of its cue and of its issue."""

    actor: str
    position: str
    issue_first: int
    issue_last: int
    target: str
    cue_first: int
    cue_last: int
    how: str  # own, act, reported, statement
    quote: int  # index of the quote the claim comes from, -1 outside quotations
    holder: str  # the words naming the actor here: "Le groupe", "Elle", "M. Blinken"

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.how]


@functools.cache
def claim_cues() -> dict[tuple[str, str], Cue]:
    """(lemma, part of speech) -> cue, from ``resources/claim_cues.csv``."""
    path = RESOURCE_DIR / "claim_cues.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    cues = {}
    for line, row in enumerate(rows, 2):
        complement = row.get("complement") or ""
        if (
            row["position"] not in POSITIONS
            or row["kind"] not in KINDS
            or (row["kind"] == "comment" and row["position"] != "neutral")
            or row["pos"] not in ("VERB", "ADJ", "NOUN")
            or complement not in ("", "patient")
        ):
            raise ResourceError(f"malformed resource file {path}, line {line}: {row}")
        lemma = normalize_key(row["cue"])
        reflexive = lemma.startswith(("se ", "s'"))
        key = (lemma.removeprefix("se ").removeprefix("s'"), row["pos"])
        if key in cues:
            raise ResourceError(f"resource file {path}, line {line}: {key} is listed twice")
        cues[key] = Cue(
            row["position"],
            row["kind"],
            normalize_key(row.get("not_with") or ""),
            normalize_key(row.get("flip_with") or ""),
            complement == "patient",
            reflexive,
        )
    return cues


def _negated(token: Token) -> bool:
    """A negation among the cue's dependents, or of the verb a noun cue is the object of
    ("n'a montré aucun intérêt"); not of the verb a noun is the subject of ("la lutte
    n'est pas terminée" goes on) or a circumstance of ("Malgré les souhaits des
    utilisateurs, l'appareil n'inclura pas…": they still wish it), nor of a verb of hiding
    ("ne cache pas son soutien" shows it)."""
    governed = token.pos_ == "NOUN" and not token.dep_.startswith(("nsubj", "obl:mod"))
    head = normalize_key(token.head.lemma_)
    if head in CONCEALING or head + "r" in CONCEALING:  # "cache" may be left as its lemma
        governed = False  # "ne cache pas son soutien" shows it
    words = [token, token.head] if governed else [token]
    if token.dep_ == "xcomp" and head in MODALS:
        words.append(token.head)  # "on ne peut pas interdire"
    if token.pos_ == "NOUN" and token.head.lower_ == "peu":
        return True  # "peu d'intérêt"
    for word in words:
        for child in word.children:
            if _negation(child):
                return True
            if child.lower_ == "plus" and any(c.lower_ in ("ne", "n'") for c in word.children):
                return True
    return False


def _negation(word: Token) -> bool:
    """Whether a word negates: "pas", "jamais", "aucun"; not the noun "point" ("conteste
    ce point")."""
    return word.lower_ in NEGATIONS and word.pos_ != "NOUN"


def _governing(token: Token, cues: dict[int, Cue], attributor: Attributor) -> Token | None:
    """The cue that governs ``token`` as its complement, if any; not when ``token`` names
    its own holder ("a critiqué la suggestion de Hillary Clinton")."""
    head = token.head
    if head.i == token.i or head.i not in cues:
        return None
    subject = attributor.subject(head) if token.dep_ == "nsubj" and token.i > head.i else None
    misread = subject is not None and subject.i != token.i  # an object the parser took for
    # an inverted subject: "…, qui avaient rassemblé…, réclament le retrait du projet"
    if token.dep_ not in COMPLEMENTS and not misread:
        return None
    if (
        token.pos_ == "NOUN"
        and not cues[token.i].patient
        and any(c.dep_ == "nmod" and _genitive(c) and attributor.actor(c) for c in token.children)
    ):
        return None
    cases = [c.lower_ for c in token.children if c.dep_ in ("case", "mark")]
    if any(c not in GENITIVE and c not in ("à", *CONTRACTIONS["à"]) for c in cases):
        return None  # "voter contre", "soutenu par": another relation
    return head


def _governed(token: Token, cues: dict[int, Cue], attributor: Attributor) -> Token | None:
    """The first cue ``token`` governs as its complement ("rejet" in "appelle au rejet")."""
    return next(
        (c for c in token.children if c.i in cues and _governing(c, cues, attributor)), None
    )


def _demanded(token: Token, cues: dict[int, Cue]) -> Token | None:
    """The cue that says what a document voted, adopted or signed asks for: "a voté une
    motion demandant le report du projet", "ont signé une lettre réclamant…"."""
    if not _cue_is(token, cues, "support", "act") or token.pos_ != "VERB":
        return None
    return next(
        (
            g
            for c in token.children
            if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i not in cues
            for g in c.children
            if g.dep_ in ("acl", "acl:relcl") and g.i in cues and cues[g.i].kind == "speech"
        ),
        None,
    )


def _position(token: Token, cues: dict[int, Cue], attributor: Attributor) -> str:
    """The position of a governed cue, turned by its negation and by what it governs in
    turn: "demandant le report du projet" opposes the project."""
    position = cues[token.i].position
    if _negated(token):
        position = _flip(position)
    inner = _governed(token, cues, attributor)
    inner_position = _position(inner, cues, attributor) if inner is not None else ""
    return inner_position if inner_position in ("oppose", "neutral") else position


def _cue_is(token: Token, cues: dict[int, Cue], position: str, kind: str) -> bool:
    """Whether ``token`` is a cue of that position and kind."""
    cue = cues.get(token.i)
    return cue is not None and cue.position == position and cue.kind == kind


def _genitive(token: Token) -> bool:
    """A complement opening with "de": "la suggestion de la secrétaire d'État"."""
    return any(c.lower_ in GENITIVE for c in token.children)


@functools.cache
def stance_phrases() -> dict[str, list[tuple[tuple[str, ...], Cue, bool]]]:
    """Phrases of stance by their first word, each with its cue and whether it counts only
    when denied, from ``resources/stance_phrases.csv``."""
    path = RESOURCE_DIR / "stance_phrases.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    phrases: dict[str, list[tuple[tuple[str, ...], Cue, bool]]] = {}
    for number, row in enumerate(rows, start=2):
        words = tuple(normalize_key(row["phrase"]).split())
        if not words or row["position"] not in POSITIONS or row["when"] not in ("always", "denied"):
            raise ResourceError(f"malformed resource file {path}, line {number}: {row}")
        cue = Cue(row["position"], "speech")
        phrases.setdefault(words[0], []).append((words, cue, row["when"] == "denied"))
    return phrases


def _phrase_at(doc: Doc, start: int, words: tuple[str, ...]) -> list[Token]:
    """The tokens of a phrase read from ``start``, each word matching by its form or its
    lemma ("avait pris note"), with negations between them ("ne prends pas parti"); empty
    when the text says something else."""

    def matches(word: str, token: Token) -> bool:
        return word in (normalize_key(token.text), normalize_key(token.lemma_))

    found: list[Token] = []
    i = start
    for word in words:
        while (
            found
            and i < len(doc)
            and not matches(word, doc[i])
            and doc[i].lower_ in NEGATIONS | {"ne", "n'", "plus"}
        ):
            i += 1
        if i >= len(doc) or not matches(word, doc[i]):
            return []
        found.append(doc[i])
        i += 1
    return found


def _phrase_cues(doc: Doc) -> dict[int, Cue]:
    """The cues of the phrases of stance (``resources/stance_phrases.csv``), at the first
    verb or noun of each: "prend acte" and "sans se prononcer" are neutral, "a pris ses
    distances" opposes; a phrase that counts only when denied needs a negation of its own
    or of the verb governing it ("n'a pas donné suite", "n'a pas souhaité faire de
    commentaire")."""
    found: dict[int, Cue] = {}
    for token in doc:
        for form in {normalize_key(token.text), normalize_key(token.lemma_)}:
            for words, cue, denied in stance_phrases().get(form, []):
                span = _phrase_at(doc, token.i, words)
                anchor = next((t for t in span if t.pos_ in ("VERB", "AUX", "NOUN")), None)
                if anchor is None:
                    continue
                if (
                    not denied
                    or _negated(anchor)
                    or (anchor.dep_ in ("xcomp", "obj") and _negated(anchor.head))
                ):
                    found[anchor.i] = cue
    return found


def _flip(position: str) -> str:
    """The other side; a neutral claim stays neutral."""
    return {"support": "oppose", "oppose": "support"}.get(position, position)


def _reflexive(verb: Token) -> bool:
    """A verb with its reflexive pronoun: "se sont mobilisés", "nous nous sommes
    rassemblés"."""
    return any(
        c.lower_ in REFLEXIVES and c.i < verb.i and not c.dep_.startswith("nsubj")
        for c in verb.children
    )


def _agent(token: Token) -> Token | None:
    """The agent of a passive verb or participle: "soutenu par le PASOK"; not "a voté
    par deux fois", nor a bare noun of manner ("opposés par principe")."""
    deps = {c.dep_ for c in token.children}
    participle = "Part" in token.morph.get("VerbForm") and not deps & {
        "aux:tense",
        "nsubj",
        "nsubj:pass",
    }
    if "aux:pass" not in deps and not participle:
        return None
    for child in token.children:
        by = child.dep_ == "obl:agent" or (
            child.dep_.startswith("obl") and any(c.lower_ == "par" for c in child.children)
        )
        bare = (
            child.pos_ == "NOUN"
            and not child.text[:1].isupper()
            and not any(c.dep_ in ("det", "nummod", "nmod") for c in child.children)
        )
        if by and not bare:
            return child
    return None


def _cue_of(token: Token, quoted: bool) -> Cue | None:
    """The cue a token makes (looked up first: most words are none), or None when its
    construction takes the stance away."""
    if token.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
        return None
    compound = any(c.dep_ == "aux:tense" for c in token.children)
    tensed = token.pos_ == "ADJ" and compound  # a participle tagged as adjective: "a nuancé"
    pos = "VERB" if token.pos_ in ("VERB", "AUX") or tensed else token.pos_
    lemma = normalize_key(token.lemma_)
    cue = claim_cues().get((lemma, pos))
    if cue is None and pos == "VERB" and lemma.endswith("e"):
        cue = claim_cues().get((lemma + "r", pos))  # "reproche" left as its own lemma
    if cue is None and pos == "NOUN":  # a woman's noun: "artisane", "partisane"
        for form in _masculine_singular(lemma)[1:]:
            if form.endswith(AGENT_ENDINGS):  # not "retraite" for "retrait"
                cue = cue or claim_cues().get((form, pos))
    if cue is None and tensed:  # "s'est borné à": the participle as an adjective
        cue = claim_cues().get((lemma, "ADJ"))
    if cue is None and pos == "ADJ":  # the tagger's lemma of "choqué" may be "choquer"
        for form in _masculine_singular(normalize_key(token.text)):
            cue = cue or claim_cues().get((form, pos))
    if cue is None and pos == "ADJ":
        cue = _prefix_cue(token)
    # "sommes déterminés" reads as the adjective, "ont déterminé que" does not
    participle = pos == "VERB" and "Part" in token.morph.get("VerbForm") and not compound
    adjective = None
    if participle:
        for form in _masculine_singular(normalize_key(token.text)):
            adjective = adjective or claim_cues().get((form, "ADJ"))
    cue = cue or adjective
    if cue is None:
        return None
    if _appeal(token):
        return Cue("oppose", "act")  # "l'entreprise fait appel" of the judgement
    if cue.reflexive and not _reflexive(token):
        return None  # "l'État a mobilisé des moyens" is no stance, "se mobiliser" is
    if cue.kind == "side" and not _sided(token):
        return None  # "la cour se prononcera lundi" takes no side, "contre le texte" does
    if pos == "VERB":
        opening = (  # "Sollicitée à plusieurs reprises, la mairie…" was asked
            participle
            and "Past" in token.morph.get("Tense")
            and all(t.is_punct for t in token.doc[token.sent.start : token.i])
        )
        passive = (
            (any(c.dep_ == "aux:pass" for c in token.children) and not _reflexive(token))
            or _undergone(token)
            or opening
        )
        if passive and adjective is not None and _agent(token) is None:
            return adjective  # "nous ne sommes pas opposés à…": the adjective's stance
        if passive and (quoted or _agent(token) is None):
            return None  # "la réunion avait été demandée par X", said by Y: no stance
        adjectival = (
            token.dep_ in ("acl", "amod")
            and "Past" in token.morph.get("Tense")
            and not any(c.dep_.startswith("aux") for c in [*token.children, *token.head.children])
        )  # not "300 personnes se sont rassemblées", which the parser may hang on its noun,
        # nor "X a, de son côté, appelé à…", where it may take "côté" for the verb
        if adjectival and _agent(token) is None:
            return None  # "les emplois menacés": a participle describing, not a stance
    if (
        cue.not_with
        and _introduced_by(token, cue.not_with, ("case",))
        and not _aimed(token)  # "un recours au Conseil d'État contre le permis" stands
    ):
        return None  # "condamné à 16 ans de prison", not "a décidé de rendre public"
    if cue.not_with and any(c.dep_ == "case" and c.lower_ == cue.not_with for c in token.children):
        return None  # a noun after that preposition: "sur le plan économique"
    if cue.flip_with and _turned(token, cue.flip_with):
        if cue.flip_with == "pour" and any(_cue_of(c, quoted) for c in _purposes(token)):
            return None  # "se sont rassemblés pour soutenir…": the purpose says it
        return replace(cue, position=_flip(cue.position))  # "a voté contre la loi"
    acted = cue.position == "support" and cue.kind == "act" and pos == "VERB"
    objects = [token, *(c for c in token.children if c.dep_ == "obj")]
    if acted and any(_introduced_by(o, "contre", ("case",)) for o in objects):
        return replace(cue, position="oppose")  # "a lancé une campagne contre la mesure"
    return cue


def _appeal(token: Token) -> bool:
    """An appeal against a judgement, not a call: "l'entreprise fait appel", "a interjeté
    appel de la décision"; not "fait appel à l'armée"."""
    verb = token.head
    return (
        normalize_key(token.lemma_) == "appel"
        and token.dep_ == "obj"
        and normalize_key(verb.lemma_) in ("faire", "interjeter")
        and not _introduced_by(token, "à", ("case",))
        and not _introduced_by(verb, "à", ("case",))
    )


def _aimed(token: Token) -> bool:
    """Whether a cue is aimed "contre" something, on itself or, for an object, on its
    verb: "a introduit un recours au Conseil d'État contre le permis"."""
    return _introduced_by(token, "contre", ("case",)) or (
        token.dep_ == "obj" and _introduced_by(token.head, "contre", ("case",))
    )


def _sided(token: Token) -> bool:
    """Whether a verb of taking sides has its side: "s'est prononcé contre le texte",
    "pour la réforme", "en faveur de la réforme"."""
    return (
        _turned(token, "contre")
        or _turned(token, "pour")
        or any(
            c.lemma_ == "faveur" and any(g.lower_ == "en" for g in c.children)
            for c in token.children
        )
    )


def _purposes(token: Token) -> list[Token]:
    """The complements of ``token`` that say what it is for: "pour soutenir le projet",
    "pour une manifestation"."""
    return [
        c
        for c in token.children
        if any(g.dep_ in ("case", "mark") and g.lower_ == "pour" for g in c.children)
    ]


def _turned(token: Token, preposition: str) -> bool:
    """Whether the preposition that turns a cue goes with it: before its complement ("a
    voté contre la loi"), alone ("ont voté contre"), or, for the object of a verb, on the
    verb the parser hung it on ("signer une pétition pour le projet")."""
    if _introduced_by(token, preposition) or any(
        c.dep_ == "advmod" and c.lower_ == preposition for c in token.children
    ):
        return True
    return token.dep_ == "obj" and _introduced_by(token.head, preposition, ("case",))


def _undergone(token: Token) -> bool:
    """An infinitive after "se voir", a passive, and what it governs: "Le propriétaire se
    verra demander de retirer la page" is asked, neither asks nor removes."""
    while token.dep_ == "xcomp" and token.head.i != token.i:
        head = token.head
        if head.lemma_ == "voir" and any(c.lower_ in ("se", "s'") for c in head.children):
            return True
        token = head
    return False


def _prefix_cue(token: Token) -> Cue | None:
    """The cue of an adjective's prefix ("anti-", "pro-" in the cue list) when it describes
    a noun: "des slogans anti-américains", "les partis pro-européens"."""
    lemma = normalize_key(token.lemma_)
    if token.pos_ != "ADJ" or token.dep_ != "amod" or token.head.pos_ != "NOUN" or "-" not in lemma:
        return None
    return claim_cues().get((lemma.split("-")[0] + "-", "ADJ"))


def _introduced_by(
    token: Token, preposition: str, links: tuple[str, ...] = ("case", "mark")
) -> bool:
    """Whether a complement of ``token`` opens with ``preposition`` or its contraction
    with the article ("recours aux fonds" for "à", "du" for "de"); with ``links``
    ("case",), only a noun complement, not an infinitive."""
    forms = {preposition, *CONTRACTIONS.get(preposition, ())}
    return any(
        c.dep_ in links and c.lower_ in forms for child in token.children for c in child.children
    )


def _masculine_singular(form: str) -> list[str]:
    """Candidate masculine singular forms of an adjective or participle: "déterminées" →
    "déterminé", "prête" → "prêt"."""
    return [form] + [form[: -len(end)] for end in ("es", "s", "e") if form.endswith(end)]


def _imperative(token: Token) -> bool:
    """An imperative ("Mettez fin à…", "engagez-vous"), also where the tagger missed the
    mood: a verb in -ez or -ons without a subject, opening a clause."""
    if token.pos_ != "VERB":
        return False
    if "Imp" in token.morph.get("Mood"):
        return True
    if any(c.dep_.startswith("nsubj") for c in token.children if c.i < token.i):
        return False
    before = token.nbor(-1) if token.i > 0 else None
    opening = before is None or before.is_punct or before.is_sent_start
    return opening and token.lower_.endswith(("ez", "ons"))


def _holder(token: Token, attributor: Attributor, cue: Cue | None = None) -> Token | None:
    """The word naming who performs a cue: a verb's subject, an adjective's subject ("nous
    sommes prêts"), the subject of the verb a noun is the object of ("ont imposé des
    sanctions"), the agent of a passive ("soutenu par le PASOK"), the complement of a noun
    of speech that names an actor or people ("les requêtes des armateurs", "l'opposition
    d'une partie des habitants"), the subject of the verb a noun is the purpose
    of ("se sont rassemblées pour une manifestation") or the manner of ("accueillent le
    vote avec soulagement"), the actor a noun is in apposition to
    ("X, farouche opposant à…") or its agent after "par" ("la condamnation de l'attaque par
    l'ONU"), the noun a prefix of stance describes or who acts with it ("les partis
    pro-européens", "ont scandé des slogans anti-américains"); the complement of a noun of
    act only when it is a name or a noun of speakers ("le soutien de la Fondation EDF", "de
    l'ambassade"), and never when the complement undergoes the act ("la création de
    l'agence", "l'exclusion des artistes": ``complement`` is ``patient`` in the cue
    list)."""
    if token.pos_ == "NOUN":
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject  # a verb the tagger took for a noun: "Le secrétaire … demande"
        apposed = token.dep_ == "appos" and token.doc[token.left_edge.i - 1].text == ","
        if apposed and _can_name(token.head, attributor):
            return token.head  # "Elizabeth Warren, farouche opposante à la réforme"
        agent = next(  # "la condamnation de l'attaque par l'ONU"
            (
                c
                for c in token.children
                if c.dep_ in ("nmod", "obl")
                and any(g.dep_ == "case" and g.lower_ == "par" for g in c.children)
                and _can_name(c, attributor)
            ),
            None,
        )
        if agent is not None:
            return agent
        acted = cue is not None and cue.kind == "act"
        patient = cue is not None and cue.patient  # "la création de l'agence": it undergoes
        if any(c.dep_ == "case" and c.lower_ == "en" for c in token.children):
            verb = token.head if token.dep_.startswith("obl") else None
            if token.dep_ == "nmod" and token.head.pos_ in ("NOUN", "PROPN"):
                if not patient:
                    return token.head  # "des citoyens en colère contre…"
                if token.head.dep_ == "obj":
                    verb = token.head.head  # "pris 52 diplomates en otages": who took them
            if verb is not None and verb.pos_ in ("VERB", "AUX"):
                if any(c.dep_ == "aux:pass" for c in verb.children):
                    return _agent(verb)  # "pris en otage par X": X, not the hostages
                return attributor.subject(verb)  # "Wikipédia est en grève"
        for child in token.children:
            named = not patient and (
                not acted
                or attributor.mention(child) is not None
                or normalize_key(child.lemma_) in word_list("speaker_nouns")
            )
            if child.dep_ == "nmod" and _genitive(child) and named and _named(child, attributor):
                return child
        for child in token.children:  # "l'engagement pris par le président"
            if child.dep_ == "acl" and (agent := _agent(child)) is not None:
                return agent
        if token.head.pos_ == "ADV" and token.head.head.pos_ == "VERB":
            return attributor.subject(token.head.head)  # "montrent peu d'intérêt"
        purpose = token.dep_.startswith("obl") and any(
            c.dep_ == "case" and c.lower_ == "pour" for c in token.children
        )  # "se sont rassemblées pour une manifestation"
        manner = not _can_name(token, attributor) and any(
            c.dep_ == "case" and c.lower_ == "avec" for c in token.children
        )  # "accueillent le vote avec soulagement", not "avec l'opposition"
        if manner and token.dep_ == "nmod" and token.head.dep_ == "obj":
            token = token.head  # the parser hung the manner on the object
        elif not (token.dep_ == "obj" or purpose or (manner and token.dep_.startswith("obl"))):
            return None
        if token.head.pos_ != "VERB":
            return None
        token = token.head
    if token.pos_ == "VERB" and _agent(token) is not None:
        return _counted(_agent(token), attributor)
    if _prefix_cue(token) is not None:
        described = token.head  # "des manifestants anti-gouvernementaux" hold it; "ont
        # scandé des slogans anti-américains": who acts with the slogans
        if _can_name(described, attributor):
            return described
        return _holder(described, attributor, cue)
    if token.pos_ == "ADJ":
        subject = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
        if subject is None and token.dep_ == "xcomp" and token.head.pos_ == "VERB":
            return attributor.subject(token.head)  # "s'est dit « choqué »", "se montre réservé"
        if subject is None and token.dep_ == "amod" and token.head.pos_ not in ("NOUN", "PROPN"):
            verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
            if verb is not None:  # "qui se dit par ailleurs favorable à…", hung on "ailleurs"
                return attributor.subject(verb)
        return subject
    if token.dep_ == "conj" and token.head.pos_ == "PROPN" and token.head.dep_ == "ROOT":
        return token.head  # a headline the parser read as a list: "Wikipédia … proteste"
    if token.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in token.children):
        cc = next((c for c in token.children if c.dep_ == "cc"), token)
        named = [  # "… et que la secrétaire au Trésor, Janet Yellen, s'est engagée"
            m for t in token.doc[cc.i + 1 : token.i] if (m := attributor.mention(t)) is not None
        ]
        persons = [m for m in named if m.type == "person"]
        if persons or named:
            return token.doc[(persons or named)[0].token_start]
    subject = attributor.subject(token)
    if subject is None and token.head.pos_ == "ADV" and token.head.head.pos_ in ("VERB", "AUX"):
        subject = attributor.subject(token.head.head)  # "a organisé un meeting afin de soutenir"
    if subject is not None and subject.pos_ == "NOUN" and not _can_name(subject, attributor):
        subject = _nearer_antecedent(subject, token, attributor)
    reported = token.dep_ == "conj" and token.head.dep_ == "ccomp"
    if reported and not _can_hold(subject, attributor):  # "X rappelle que les refus
        # d'obtempérer mettent en danger… et réclame que…": X, not the refusals, demands
        subject = attributor.subject(token.head.head)
    return _counted(subject, attributor)


def _nearer_antecedent(noun: Token, verb: Token, attributor: Attributor) -> Token:
    """The name a "qui" stands for when the parser hung the relative on a noun that names
    nobody: "la position du gouvernement du Parti québécois qui désire indexer…" is the
    party's wish, not the position's."""
    relative = next((c for c in verb.children if c.lower_ == "qui"), None)
    if relative is None or not noun.is_ancestor(verb):
        return noun
    for word in reversed(noun.doc[noun.i + 1 : relative.i]):
        mention = attributor.mention(word)
        if mention is not None:
            return noun.doc[mention.token_start : mention.token_end].root
        if word.pos_ not in ("ADJ", "DET", "ADP", "PUNCT"):
            break
    return noun


def _coordinated(holder: Token) -> list[Token]:
    """The words coordinated with a holder: "le PASOK et la Gauche", and a list of
    complements the parser hung on the first one: "le soutien de la Fondation EDF, de
    Bouygues et de CEMEX"."""
    found = []
    for child in holder.children:
        listed = child.i > 0 and child.doc[child.left_edge.i - 1].text in (",", "et")
        if child.dep_ == "conj" or (
            child.dep_ == "nmod" and _genitive(child) and listed and _genitive(holder)
        ):
            found += [child, *_coordinated(child)]
    return found


def _examples(holder: Token, attributor: Attributor) -> list[Token]:
    """The names a holder's phrase gives as its examples, who act with it: "Les groupes de
    défense des droits humains, dont Amnesty International, ont condamné…"."""
    doc = holder.doc
    found = []
    for word in holder.subtree:
        mention = attributor.mention(word)
        if mention is None or mention.token_start != word.i or word.i < 1:
            continue
        before = doc[word.i - 1]
        if before.pos_ == "DET" and word.i > 1:
            before = doc[word.i - 2]
        if normalize_key(before.text) in EXAMPLE_WORDS:
            root = doc[mention.token_start : mention.token_end].root
            found += [root, *_coordinated(root)]
    return found


def _names_from(i: int, end: int, attributor: Attributor) -> tuple[list[Mention], bool, int]:
    """The names listed from token ``i`` on, before ``end``: the mentions, whether "et"
    or "ou" closes the list, and where it stops."""
    doc = attributor.context.doc
    items: list[Mention] = []
    closed = False
    while i < end:
        word = doc[i]
        if word.text == "(":  # "(50 %)"
            i = next((j for j in range(i, end) if doc[j].text == ")"), end) + 1
        elif word.text in (",", ")") or word.pos_ == "DET":
            i += 1
        elif word.lower_ in ("et", "ou") or (
            word.lower_ == "ainsi" and i + 1 < end and doc[i + 1].lower_ == "que"
        ):
            closed = closed or word.lower_ != "ainsi"
            i += 2 if word.lower_ == "ainsi" else 1
        elif (named := attributor.mention(word)) is not None and named.token_start == i:
            items.append(named)
            i = named.token_end
        else:
            break
    return items, closed, i


def _listed(holder: Token, attributor: Attributor) -> list[Token]:
    """Names listed right after the holder's phrase that the parser hung on the verb
    instead of coordinating them with the holder: "signé par 22 des 27 gouvernements de
    l'Union européenne, ainsi que les États-Unis, le Japon… et le Maroc", "financée par
    les dons de l'Allen Institute (50 %), Gordon and Betty Moore Foundation (25 %) et
    Google (25 %)". The list must close with "et" or "ou" and end the clause."""
    doc = holder.doc
    mention = attributor.mention(holder)
    start = max(holder.right_edge.i + 1, mention.token_end if mention is not None else 0)
    end = holder.sent.end
    items, closed, i = _names_from(start, end, attributor)
    listed = {j for m in items for j in range(m.token_start, m.token_end)}
    if not items or not closed or (i < end and not doc[i].is_punct):
        return []

    def hung_on_verb(word: Token) -> bool:  # not a complement of some other noun
        while word.head.i != word.i and word.head.i in listed:
            word = word.head
        return word.head.pos_ in ("VERB", "AUX")

    roots = [doc[m.token_start : m.token_end].root for m in items]
    return [r for r in roots if hung_on_verb(r)]


def _enumerated(holder: Token, attributor: Attributor) -> list[Token]:
    """The names a plural noun holder lists between commas: "Les quatre syndicats
    représentatifs, CGT-Cheminots, UNSA-Ferroviaire, SUD-Rail et CFDT-Cheminots,
    protestent"."""
    doc = holder.doc
    if holder.pos_ != "NOUN" or "Plur" not in holder.morph.get("Number"):
        return []
    comma = next((t for t in doc[holder.i + 1 : holder.right_edge.i] if t.text == ","), None)
    if comma is None or any(t.pos_ not in ("ADJ", "ADV") for t in doc[holder.i + 1 : comma.i]):
        return []
    items, closed, i = _names_from(comma.i + 1, holder.right_edge.i + 1, attributor)
    if len(items) < 2 or not closed or (i <= holder.right_edge.i and doc[i].text != ","):
        return []
    return [doc[m.token_start : m.token_end].root for m in items]


def _carried_out(token: Token, cues: dict[int, Cue]) -> bool:
    """Whether an act of support is a participle carrying out the cue noun it describes,
    whose agent holds that noun's claim: "une grève lancée par l'intersyndicale"."""
    return (
        _cue_is(token, cues, "support", "act")
        and token.dep_ == "acl"
        and token.head.i in cues
        and _agent(token) is not None
    )


def _call(token: Token, cues: dict[int, Cue]) -> bool:
    """Whether a noun of speech is the call at whose behest a verb's act is done: "à
    l'appel des syndicats", "à la demande de la famille"."""
    return (
        _cue_is(token, cues, "support", "speech")
        and token.pos_ == "NOUN"
        and token.dep_.startswith("obl")
        and token.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "case" and c.lower_ in ("à", "au") for c in token.children)
        and any(c.dep_ == "nmod" and _genitive(c) for c in token.children)
    )


def _callers(token: Token, cues: dict[int, Cue], attributor: Attributor) -> list[Token]:
    """Who called for an act, and so share its claim: "À l'appel de la Coordination
    rurale, des agriculteurs ont bloqué l'autoroute", also a caller the parser
    coordinated with the call ("à l'appel des syndicats et de plusieurs sociétés")."""
    found = []
    for call in token.children:
        if not _call(call, cues):
            continue
        holder = _holder(call, attributor, cues[call.i])
        if holder is not None:
            found += [holder, *_coordinated(holder)]
        found += [c for c in call.children if c.dep_ == "conj" and _genitive(c)]
    return found


def _acting(verb: Token, cues: dict[int, Cue]) -> Token | None:
    """The subject of a verb that is itself a cue of an act, naming people by what they
    do: "les manifestants" in "les manifestants ont déversé du fumier"."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj" and c.i in cues and cues[c.i].kind == "act" and c.pos_ == "NOUN"
        ),
        None,
    )


def _joining(holder: Token) -> list[Token]:
    """Who joined the holder, and so acts with it: "la Coordination rurale, rejointe par la
    FDSEA et les Jeunes agriculteurs" (also when the parser hung the participle on the
    word the holder completes: "à l'appel de la Coordination rurale, rejointe…")."""
    words = [*holder.children, *(holder.head.children if holder.dep_ == "nmod" else ())]
    if holder.dep_ == "nsubj":  # "La CGT, rejointe par FO, a manifesté", parsed as the
        # participle's subject
        words.append(holder.head)
    found = []
    for word in words:
        participle = "Part" in word.morph.get("VerbForm") and not any(
            c.dep_.startswith("aux") for c in word.children
        )
        if word.lemma_ != "rejoindre" or not participle or word.i < holder.i:
            continue
        for agent in word.subtree:
            if any(c.dep_ == "case" and c.lower_ == "par" for c in agent.children):
                found += [agent, *_coordinated(agent)]
                break
    return found


def _companions(token: Token) -> list[Token]:
    """Who performs an act together with its subject: "il vota contre avec l'opposition
    socialiste"."""
    if token.pos_ not in ("VERB", "AUX"):
        return []
    return [
        c
        for c in token.children
        if c.dep_.startswith("obl")
        and any(g.lower_ == "avec" for g in c.children if g.dep_ == "case")
        and (_names_people(c) or c.pos_ == "PROPN")
    ]


def _can_name(noun: Token, attributor: Attributor) -> bool:
    """Whether a word names an actor: part of a mention, or a word for people."""
    return attributor.mention(noun) is not None or _names_people(noun)


def _words(holder: Token, attributor: Attributor) -> str:
    """The words naming a holder where it acts: its mention ("M. Blinken"), the pronoun
    ("Elle") or the noun phrase ("Le groupe", "les habitants des villes")."""
    mention = attributor.mention(holder)
    if mention is not None:
        return mention.text
    return holder.text if holder.pos_ == "PRON" else attributor.phrase(holder)


def _named(token: Token, attributor: Attributor) -> str:
    """The actor a word stands for, or its own phrase when it is a word for people that
    names no actor ("Le géant japonais promet…", "la communauté scientifique")."""
    return attributor.actor(token) or (attributor.phrase(token) if _names_people(token) else "")


def _names_people(noun: Token) -> bool:
    """Whether a noun is a word for people: "la communauté scientifique", "l'opposition"."""
    return normalize_key(noun.lemma_) in _people()


@functools.cache
def _people() -> frozenset[str]:
    """Words naming people: speaker nouns, people nouns and titles."""
    return word_list("speaker_nouns") | word_list("people_nouns") | frozenset(titles().titles)


def _can_hold(holder: Token | None, attributor: Attributor) -> bool:
    """Whether the holder of an act or a statement can take a position: a pronoun, or a
    noun that names people (``resources/speaker_nouns.txt``, ``people_nouns.txt``,
    titles), a name or a capitalised word, itself or in its "de" complement ("des
    centaines de Tibétains"); not "les choix fiscaux", "les projets de loi tel que Stop
    Online Piracy Act" or "les papillons exposés … en laboratoire"."""
    if holder is None or holder.pos_ == "PRON" or attributor.mention(holder) is not None:
        return True
    named, pending = [], [holder]  # the noun and its complements, not its clauses
    while pending:
        word = pending.pop()
        named.append(word)
        pending.extend(
            c for c in word.children if c.dep_ in NAMING and (c.dep_ != "nmod" or _genitive(c))
        )
    return any(
        normalize_key(t.lemma_) in _people()
        or attributor.mention(t) is not None
        or (t.text[:1].isupper() and t.is_alpha and t.i > t.sent.start)
        for t in named
    )


def _counted(holder: Token | None, attributor: Attributor) -> Token | None:
    """The group a number or share stands for: "22 des 27 gouvernements", "81 % des
    Espagnols", "deux des associations", "une centaine d'employés"; the named owner of a
    thing that acts: "financée par les dons de l'Allen Institute"."""
    if holder is None:
        return holder
    if holder.pos_ == "NOUN" and not _can_name(holder, attributor):
        owner = next(
            (
                c
                for c in holder.children
                if c.dep_ == "nmod" and _genitive(c) and attributor.mention(c) is not None
            ),
            None,
        )
        if owner is not None:
            return owner
    if attributor.actor(holder):
        return holder
    if holder.pos_ == "NUM" or holder.text == "%" or holder.like_num:
        group = next((c for c in holder.children if c.dep_ == "nmod" and _genitive(c)), None)
        return group if group is not None else holder
    if holder.pos_ == "NOUN" and not _can_name(holder, attributor):
        people = next(  # "une centaine d'employés", "plusieurs centaines d'habitants"
            (c for c in holder.children if c.dep_ == "nmod" and _genitive(c) and _names_people(c)),
            None,
        )
        return people if people is not None else holder
    return holder


def _issue(token: Token) -> tuple[int, int]:
    """The words a cue is about: its complement clause, infinitive or object, else the cue's
    own phrase (a noun cue and its complements)."""
    subject = relative_subject(token)  # "une lecture que contestent les syndicats"
    parts = [
        c
        for c in token.children
        if c.dep_ in ("xcomp", "ccomp", "obj", "obl:arg", "acl", "nmod")
        and c.i > token.i
        and c != subject
    ]
    if subject is not None and not parts:
        return token.head.left_edge.i, token.head.i  # what the relative says it of
    if not parts:
        parts = [token]
    first = min(t.left_edge.i for t in parts)
    last = max(t.right_edge.i for t in parts)
    doc = token.doc
    while first < last and (doc[first].is_punct or doc[first].pos_ in ("ADP", "SCONJ")):
        first += 1
    while last > first and doc[last].is_punct:
        last -= 1
    return first, min(last, first + ISSUE_WORDS - 1)


def _target(token: Token, holders: list[str], attributor: Attributor) -> str:
    """The actor a cue is aimed at, other than its holders: named after "à", "pour",
    "contre" ("des sanctions à la Russie", "l'aide … à l'Ukraine"), else the first named
    among its objects and complements ("exhorte la Russie")."""
    heads = [token] if token.pos_ != "NOUN" else [token, token.head]
    named: list[tuple[bool, int, str]] = []
    for head in heads:
        for child in head.children:
            if child.dep_ not in ("obj", "iobj", "obl:arg", "obl", "nmod", "xcomp"):
                continue
            for word in child.subtree:
                mention = attributor.mention(word)
                if mention is None or mention.actor in holders:
                    continue
                aimed = any(
                    c.dep_ == "case" and c.lower_ in ("à", "au", "aux", "pour", "contre", "envers")
                    for c in word.children
                )
                named.append((not aimed, word.i, mention.actor))
    return min(named)[2] if named else ""


def extract_claims(
    parsed: ParsedArticle,
    mentions: list[Mention],
    quotes: list[Quote],
    tone: Callable[..., float],
) -> list[Claim]:
    """The claims of an article in reading order (see the module's docstring); ``tone``
    gives the tone of the tokens first..last."""
    attributor = Attributor(parsed, mentions)
    doc = parsed.doc
    spoken = [q for q in quotes if q.kind != "term"]
    quote_of: dict[int, int] = {}
    for number, quote in enumerate(spoken):
        for i in range(quote.token_start, quote.token_end):
            quote_of.setdefault(i, number)
    cues = {t.i: cue for t in doc if (cue := _cue_of(t, t.i in quote_of)) is not None}
    cues.update(_phrase_cues(doc))  # "prend acte", "n'a pas donné suite", "feu vert"
    for quote in spoken:  # a verb reporting speech is no act: "« … », a lancé X"
        if quote.verb in cues and cues[quote.verb].kind == "act":
            del cues[quote.verb]
    named = {m.actor for m in mentions}
    claims: list[Claim] = []
    for token in doc:
        cue = cues.get(token.i)
        imperative = token.i in quote_of and _imperative(token)
        if cue is None and not imperative:
            continue
        if cue is not None and _governing(token, cues, attributor) is not None:
            continue  # said by the cue that governs it: "appelle au rejet"
        if _call(token, cues) and token.head.i in cues:
            continue  # the callers share the act's claim: "à l'appel de X, … ont bloqué"
        if _carried_out(token, cues):
            continue  # the noun holds it: "une grève lancée par l'intersyndicale" opposes
        position = cue.position if cue is not None else "support"
        if _call(token, cues) and (acting := _acting(token.head, cues)) is not None:
            position = cues[acting.i].position  # "à l'appel de X, les grévistes ont…"
        if _negated(token):
            position = _flip(position)
        elif cue is not None and cue.kind == "comment":
            continue  # a comment is a claim only when declined: "n'a pas souhaité réagir"
        first, last = _issue(token)
        cue_first = cue_last = token.i
        inner = _governed(token, cues, attributor) or _demanded(token, cues)
        if cue is not None and cue.position == "neutral" and cue.kind == "speech":
            inner = None  # "se garde de critiquer", "je comprends la colère" take no side
        if inner is not None:  # "appelle au rejet" opposes, "refuse de soutenir" too
            inner_position = _position(inner, cues, attributor)
            if inner_position == "neutral":  # "s'est refusé à commenter"
                position = "neutral"
            if inner_position == "oppose":
                position = "oppose"
                first, last = _issue(inner)  # what is rejected: "du projet"
            cue_first, cue_last = min(token.i, inner.i), max(token.i, inner.i)
        number = quote_of.get(token.i, -1)
        speaker = spoken[number].speaker if number >= 0 else ""
        holder = _holder(token, attributor, cue)
        if number >= 0:
            own = (
                imperative
                or holder is None
                or holder.lower_ in FIRST_PERSON
                or attributor.actor(holder) == speaker
            )
            actor = speaker if own else attributor.actor(holder)
            how = "own" if own else "reported"
            words = spoken[number].speaker_mention if own else _words(holder, attributor)
        else:
            actor = _named(holder, attributor) if holder is not None else ""
            how = "act" if cue is not None and cue.kind == "act" else "own"
            words = _words(holder, attributor) if holder is not None else ""
        performed = number < 0 or how == "reported"  # not the speaker's own words
        if not actor or (performed and actor not in named and not _can_hold(holder, attributor)):
            continue  # "les choix fiscaux ont favorisé…", "l'ouragan a balayé…": only people
        actors = {actor: words}
        if holder is not None and performed:
            for other in (
                _coordinated(holder)
                + _listed(holder, attributor)
                + _enumerated(holder, attributor)
                + _examples(holder, attributor)
                + _companions(token)
                + _callers(token, cues, attributor)
                + _joining(holder)
            ):  # "le PASOK et la Gauche"
                name = _named(other, attributor)
                if name and name not in actors:
                    actors[name] = _words(other, attributor)
        target = _target(token, list(actors), attributor)
        for name, named_by in actors.items():
            claims.append(
                Claim(
                    name, position, first, last, target, cue_first, cue_last, how, number, named_by
                )
            )
    claims.extend(_statements(spoken, claims, cues, parsed, attributor, tone))
    claims.sort(key=lambda c: (c.cue_first, c.actor))
    return claims


def _cleft(token: Token) -> bool:
    """Whether a word is the focus of a cleft sentence: "c'est X qui…", "ce n'est pas
    cette mesure qui va nous aider"."""
    children = list(token.children)
    return (
        any(c.dep_ == "cop" for c in children)
        and any(c.dep_ == "nsubj" and normalize_key(c.text) in ("ce", "c'") for c in children)
        and any(c.dep_ == "acl:relcl" for c in children)
    )


def _against(tokens: Iterable[Token]) -> bool | None:
    """Whether words say they are against something ("nous sommes contre le fait
    que…"), or not ("nous ne sommes pas contre la route"); None when they say neither."""
    for token in tokens:
        if token.lower_ != "contre" or token.dep_ != "case":
            continue
        head = token.head
        if any(c.dep_ == "cop" for c in head.children):
            words = [head]
        elif head.dep_.startswith("obl") and head.head.lemma_ == "être":
            words = [head, head.head]
        else:
            continue
        return not any(_negation(c) for w in words for c in w.children)
    return None


def _nobody(token: Token) -> bool:
    """ "Personne" or "rien" with the "ne" of its verb: "personne ne nous a demandé"."""
    return token.lower_ in ("personne", "rien") and any(
        c.lower_ in ("ne", "n'") for c in token.head.children
    )


def _neither(token: Token) -> bool:
    """A "ni" denying what a copula says: "ce document n'est ni une reconnaissance, ni…"."""
    return token.lower_ == "ni" and any(c.dep_ == "cop" for c in token.head.children)


def _statements(
    spoken: list[Quote],
    claims: list[Claim],
    cues: dict[int, Cue],
    parsed: ParsedArticle,
    attributor: Attributor,
    tone: Callable[..., float],
) -> list[Claim]:
    """One claim per speaker and sentence where the speaker's words hold no cue of the
    speaker's own (see the module's docstring); a quotation over several sentences gives
    one per sentence. A cue of the speaker outside the quoted words counts when it reports
    them ("« … », a dénoncé X") or, neutral, governs the verb that does ("s'est contenté de
    répondre que « … »"); not beside them ("« Ce n'est pas un blanc-seing », a réagi X, qui
    promet…") nor when it takes a side over them ("a rejeté cet argument, affirmant
    que…")."""
    doc = parsed.doc
    sentences = list(parsed.sentences())
    own = [c for c in claims if c.how == "own"]
    taken = {(c.actor, parsed.sentence_index(c.cue_first)) for c in own if c.quote >= 0}
    found = []
    for number, quote in enumerate(spoken):
        if not quote.speaker:
            continue
        framing = (
            {a.i for a in doc[quote.verb].ancestors} if quote.verb >= 0 else set()
        )  # "s'est contenté de répondre que « … »"
        framed = {
            (c.actor, parsed.sentence_index(c.cue_first))
            for c in own
            if c.quote < 0
            and (c.cue_first == quote.verb or (c.position == "neutral" and c.cue_first in framing))
        }
        index = parsed.sentence_index(quote.token_start)
        while index < len(sentences) and sentences[index].start < quote.token_end:
            sentence = sentences[index]
            first = max(quote.token_start, sentence.start)
            last = min(quote.token_end, sentence.end) - 1
            key = (quote.speaker, index)
            index += 1
            if (
                last < first
                or key in taken
                or key in framed
                or not any(t.is_alpha for t in doc[first : last + 1])
            ):
                continue
            taken.add(key)
            found.append(_statement(quote, number, first, last, cues, attributor, tone))
    return found


def _statement(
    quote: Quote,
    number: int,
    first: int,
    last: int,
    cues: dict[int, Cue],
    attributor: Attributor,
    tone: Callable[..., float],
) -> Claim:
    """The claim of a speaker's words first..last without a cue of their own; ``cues``
    holds the article's cues by token, the reporting verb's among them."""
    doc = attributor.context.doc
    speaker = quote.speaker
    target = next(
        (
            m.actor
            for t in doc[first : last + 1]
            if (m := attributor.mention(t)) is not None and m.actor != speaker
        ),
        "",
    )
    judged = tone(first, last, "evaluation")  # "ces actes sont inadmissibles"
    against = _against(doc[first : last + 1])
    reported = cues.get(quote.verb)  # the cue of the verb reporting the words, if any
    if reported is not None and reported.kind == "speech" and reported.position != "neutral":
        opposed = (reported.position == "oppose") != _negated(doc[quote.verb])  # "a dénoncé X"
    elif against is not None:
        opposed = against
    elif judged:
        opposed = judged < 0
    else:
        denied = any(  # "les milices ne représentent pas les Maliens"; a cleft: "ce
            # n'est pas cette mesure qui va nous aider"; "ce n'est ni une reconnaissance…";
            # "personne ne nous a demandé", "rien ne justifie"
            (_negation(t) or _nobody(t))
            and (t.head.pos_ in ("VERB", "AUX") or _cleft(t.head) or _neither(t))
            for t in doc[first : last + 1]
        )
        opposed = denied or tone(first, last) < -STATEMENT_TONE
    position = "oppose" if opposed else "support"
    return Claim(
        speaker,
        position,
        first,
        last,
        target,
        first,
        last,
        "statement",
        number,
        quote.speaker_mention,
    )
