"""Packaged resources (plain data files under ``analysis/resources/``) and their loaders.

Every rule that depends on words of the language reads them from here, so a user can see,
extend or replace them. YAML is read with ``yaml.safe_load`` only.

>>> from analysis.resources import load_actor_lexicon
>>> lexicon = load_actor_lexicon()
>>> lexicon.lookup("Moscou")
ActorEntry(actor='Russie', type='country', how='metonymy')
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import ResourceError
from .paths import RESOURCE_DIR

ACTOR_TYPES = ("person", "organisation", "country", "place", "group", "other")


@functools.lru_cache(maxsize=200_000)
def normalize_key(text: str) -> str:
    """The form under which names are compared: straight apostrophes, single spaces, casefold.

    >>> normalize_key("L’Inde  ")
    "l'inde"
    """
    text = text.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2018", "'")
    return " ".join(text.split()).casefold()


def read_yaml(path: str | Path) -> object:
    """Read a YAML file safely, raising ResourceError with the file name on any problem."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except FileNotFoundError:
        raise ResourceError(f"resource file not found: {path}") from None
    except IsADirectoryError:
        raise ResourceError(f"resource file is a folder: {path}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        reason = str(error).splitlines()[0]
        raise ResourceError(f"malformed resource file {path}: {reason}") from None


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """The packaged list ``resources/NAME.txt``, one item a line (``#`` starts a comment),
    casefolded: stop_entities, title_heads, government_heads, organisation_words,
    reporting_verbs, content_verbs, content_nouns, speaker_nouns, people_nouns,
    source_documents, source_phrases, term_heads, epithets, organisation_epithets,
    keyphrase_stopwords, noun_like_verbs, clause_nouns.

    >>> "déclarer" in word_list("reporting_verbs")
    True
    """
    lines = (RESOURCE_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(
        normalize_key(line) for line in lines if line.strip() and not line.startswith("#")
    )


@functools.cache
def abbreviations() -> frozenset[str]:
    """Tokens after which a sentence never ends ("M.", "Mme"...), case kept."""
    lines = (RESOURCE_DIR / "abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@functools.cache
def first_name_genders() -> dict[str, str]:
    """First name -> 'm' or 'f' (``resources/first_names.csv``)."""
    with (RESOURCE_DIR / "first_names.csv").open(encoding="utf-8", newline="") as handle:
        return {normalize_key(row["name"]): row["gender"] for row in csv.DictReader(handle)}


@dataclass(frozen=True)
class Titles:
    """Honorifics ("M.", "Mme") and title nouns ("président") with the gender they imply."""

    honorifics: dict[str, str | None]
    titles: dict[str, str | None]


@functools.cache
def titles() -> Titles:
    """The packaged titles (``titles.yml``)."""
    data = read_yaml(RESOURCE_DIR / "titles.yml")
    return Titles(
        honorifics=dict(data["honorifics"]),
        titles={normalize_key(k): v for k, v in data["titles"].items()},
    )


@dataclass(frozen=True)
class ActorEntry:
    """What a known name resolves to: the canonical actor, its type and how it was linked."""

    actor: str
    type: str
    how: str  # exact, alias or metonymy


@dataclass(frozen=True)
class ActorLexicon:
    """Known names (countries, capitals, organisations, user aliases) -> actors."""

    entries: dict[str, ActorEntry]
    demonyms: dict[str, str]  # "russe" -> "Russie"
    forms: dict[str, str]  # key -> the name as written in the resource

    def lookup(self, name: str) -> ActorEntry | None:
        """The entry for ``name`` (compared with :func:`normalize_key`), or None."""
        return self.entries.get(normalize_key(name))

    def phrases(self, *, hows: tuple[str, ...] = ("exact", "alias")) -> list[str]:
        """The names to search for in text, as written (metonyms excluded by default)."""
        return [self.forms[key] for key, entry in self.entries.items() if entry.how in hows]


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split(";") if part.strip()]


Names = list[tuple[str, ActorEntry]]  # (name as written, what it resolves to)


def _country_names(path: Path) -> tuple[Names, dict[str, str]]:
    """Names from ``countries.csv``: country, aliases, capital and metonyms, and demonyms."""
    names: Names = []
    demonyms: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            country = row["country"].strip()
            names.append((country, ActorEntry(country, "country", "exact")))
            for alias in _split(row.get("aliases")):
                names.append((alias, ActorEntry(country, "country", "alias")))
            for place in [row.get("capital") or "", *_split(row.get("metonyms"))]:
                if place.strip():
                    names.append((place.strip(), ActorEntry(country, "country", "metonymy")))
            for demonym in _split(row.get("demonyms")):
                demonyms.setdefault(normalize_key(demonym), country)
    return names, demonyms


def _alias_names(data: object, source: Path) -> Names:
    """Names from an aliases YAML (see ``resources/aliases.yml`` for the format)."""
    if data is None:
        return []
    if not isinstance(data, dict):
        raise ResourceError(f"malformed aliases file {source}: expected a mapping of names")
    names: Names = []
    for actor, spec in data.items():
        if isinstance(spec, list):
            spec = {"aliases": spec}
        if not isinstance(actor, str) or not isinstance(spec, dict):
            raise ResourceError(f"malformed aliases file {source}: bad entry {actor!r}")
        kind = spec.get("type", "other")
        if kind not in ACTOR_TYPES:
            raise ResourceError(
                f"malformed aliases file {source}: type of {actor!r} must be one of "
                f"{', '.join(ACTOR_TYPES)}, not {kind!r}"
            )
        names.append((actor, ActorEntry(actor, kind, "exact")))
        for how, key in (("alias", "aliases"), ("metonymy", "metonyms")):
            listed = spec.get(key) or []
            if not isinstance(listed, list) or not all(isinstance(n, str) for n in listed):
                raise ResourceError(
                    f"malformed aliases file {source}: {key} of {actor!r} must be a list of names"
                )
            names.extend((name, ActorEntry(actor, kind, how)) for name in listed)
    return names


@functools.cache
def load_actor_lexicon(user_file: str | None = None) -> ActorLexicon:
    """Countries, organisations and, when given, a user's aliases YAML (which wins).

    >>> load_actor_lexicon().lookup("Fédération de Russie").actor
    'Russie'
    """
    countries, demonyms = _country_names(RESOURCE_DIR / "countries.csv")
    packaged = RESOURCE_DIR / "aliases.yml"
    layers = [countries, _alias_names(read_yaml(packaged), packaged)]
    if user_file is not None:
        layers.append(_alias_names(read_yaml(user_file), Path(user_file)))
    entries: dict[str, ActorEntry] = {}
    forms: dict[str, str] = {}
    for layer in layers:
        for name, entry in layer:
            key = normalize_key(name)
            if layer is countries and key in entries:
                continue  # within the CSV, a country's own name beats another row's alias
            entries[key], forms[key] = entry, name
    return ActorLexicon(entries=entries, demonyms=demonyms, forms=forms)
