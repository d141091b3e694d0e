"""Accuracy against hand annotations, printed by a script anyone can rerun.

    python -m analysis.evaluate quotes data/seed/gold.json data/gold/*.json

Each gold file names its article (``"article"``), looked up under ``data/``. System quotes
are matched one to one to gold quotes by character overlap: a pair matches when their
common characters cover at least half of the shorter of the two (where reported speech
ends is a matter of judgement); the strict figure, also printed, needs half of each.
Overall scores count every quote but
terms, whatever its kind; per-kind scores need the kinds to agree too. A speaker is right
when the system's speaker, or the words it took as naming the speaker (``speaker_mention``,
e.g. "Bruxelles" resolved to "Union européenne"), is the gold speaker or one of its
``speaker_aliases`` (compared without case or a leading article); where the gold names
nobody, the system must leave the speaker empty.

>>> from analysis.evaluate import overlap_match
>>> overlap_match([(0, 10)], [(2, 10), (20, 30)])
[(0, 0)]
"""

from __future__ import annotations

import json
import math
import re
import sys
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .cli import OneLineParser
from .core import analyze, tabulate
from .errors import AnalysisError, ResourceError
from .keyphrases import phrase_key
from .loading import load_article
from .nlp import ParsedArticle, parse_many
from .paths import DATA_DIR
from .resources import normalize_key
from .tone import squash, textblob_scores

KINDS = ("direct", "partial", "indirect")


def overlap_match(
    gold: list[tuple[int, int]],
    system: list[tuple[int, int]],
    *,
    share: float = 0.5,
    strict: bool = False,
) -> list[tuple[int, int]]:
    """Pairs (gold index, system index), one to one, greedily by overlap.

    Two spans match when their common characters cover ``share`` of the shorter one
    (the overlap coefficient), or of each one with ``strict=True``.
    """
    pairs = []
    for g, (gs, ge) in enumerate(gold):
        for s, (ss, se) in enumerate(system):
            common = min(ge, se) - max(gs, ss)
            lengths = (ge - gs, se - ss)
            needed = share * (max(lengths) if strict else min(lengths))
            if common > 0 and common >= needed:
                pairs.append((common, g, s))
    used_gold, used_system, matched = set(), set(), []
    for _, g, s in sorted(pairs, reverse=True):
        if g not in used_gold and s not in used_system:
            used_gold.add(g)
            used_system.add(s)
            matched.append((g, s))
    return sorted(matched)


ARTICLES = ("le ", "la ", "les ", "l'", "un ", "une ", "des ")


def _name(text: str) -> str:
    """A speaker's name as compared: casefolded, without a leading article."""
    key = normalize_key(text)
    for article in ARTICLES:
        if key.startswith(article):
            return key[len(article) :]
    return key


def _find(text: str, needle: str, taken: set[int]) -> tuple[int, int]:
    """Offsets of a gold string in the article (the first occurrence not yet used)."""
    start = text.find(needle)
    while start in taken:
        start = text.find(needle, start + 1)
    if start < 0:
        raise ResourceError(f"gold quote not found in the article: {needle[:60]!r}")
    taken.add(start)
    return start, start + len(needle)


@dataclass
class Counts:
    """Matches, system quotes and gold quotes; speaker checks on matches."""

    matched: int = 0
    system: int = 0
    gold: int = 0
    speaker_right: int = 0

    def add(self, other: Counts) -> None:
        self.matched += other.matched
        self.system += other.system
        self.gold += other.gold
        self.speaker_right += other.speaker_right

    def scores(self) -> tuple[float, float, float, float]:
        """Precision, recall, F1 and speaker accuracy."""
        p = self.matched / self.system if self.system else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        s = self.speaker_right / self.matched if self.matched else 0.0
        return p, r, f, s


def _read_gold(path: Path, key: str) -> dict:
    """A gold annotation: a JSON object naming its ``article`` and holding a ``key`` list;
    anything else raises ResourceError with the file name."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ResourceError(f"{path}: malformed JSON ({error.msg}, line {error.lineno})") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ResourceError(f"{path}: cannot be read ({error})") from None
    if not isinstance(gold, dict) or not str(gold.get("article") or "").strip():
        raise ResourceError(f"{path}: a gold file is a JSON object with an 'article' file name")
    if not isinstance(gold.get(key), list):
        raise ResourceError(f"{path}: a gold file of {key} needs a {key!r} list")
    if not all(isinstance(entry, dict) for entry in gold[key]):
        raise ResourceError(f"{path}: each entry of {key!r} must be a JSON object")
    return gold


def _read_table(
    path: str | Path, columns: tuple[str, ...], *, sep: str = ",", text: tuple[str, ...] = ()
) -> pd.DataFrame:
    """A CSV (or TSV) of ratings or references with at least ``columns``; the ``text``
    columns are read as strings (all of them when ``text`` is empty)."""
    try:
        dtype = {c: "str" for c in text} if text else str
        table = pd.read_csv(path, sep=sep, dtype=dtype)
    except pd.errors.EmptyDataError:
        raise ResourceError(f"{path}: the file is empty") from None
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as error:
        raise ResourceError(f"{path}: cannot be read ({str(error).splitlines()[0]})") from None
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ResourceError(f"{path}: needs the columns {', '.join(columns)}")
    return table


def _each(paths: Sequence[Path], evaluate: Callable[[Path], object]) -> list:
    """``evaluate`` on each gold file; an entry without a field the count needs raises
    ResourceError naming the file."""
    results = []
    for path in paths:
        try:
            results.append(evaluate(path))
        except KeyError as error:
            raise ResourceError(f"{path}: an entry lacks the field {error.args[0]!r}") from None
    return results


def evaluate_quotes(
    gold_path: Path, *, model: str = "md", errors: list[str] | None = None
) -> dict[str, Counts]:
    """Counts per kind, overall ("all") and overall with strict matching ("strict").

    With ``errors``, a line is appended to it for every missed, extra or misattributed quote.
    """
    gold = _read_gold(gold_path, "quotes")
    article = next(DATA_DIR.rglob(gold["article"]), None)
    if article is None:
        raise ResourceError(f"{gold_path}: article {gold['article']!r} not found under data/")
    result = analyze(article, model=model)
    text = result.articles["text"].item()
    quotes = result.quotes[result.quotes["kind"] != "term"]
    gold_quotes = [q for q in gold["quotes"] if q["kind"] != "term"]
    taken: set[int] = set()
    gold_spans = [_find(text, q["text"], taken) for q in gold_quotes]
    system_spans = list(zip(quotes["start"], quotes["end"], strict=True))

    def speaker_right(g: int, s: int) -> bool:
        names = {_name(n) for n in [gold_quotes[g]["speaker"] or ""]}
        names |= {_name(n) for n in gold_quotes[g].get("speaker_aliases", [])}
        if not gold_quotes[g]["speaker"]:  # nobody is named: the system must not guess
            return not quotes["speaker"].iloc[s]
        found = {_name(quotes[column].iloc[s]) for column in ("speaker", "speaker_mention")}
        return bool(quotes["speaker"].iloc[s]) and bool(found & (names - {""}))

    counts = {}
    pairs = overlap_match(gold_spans, system_spans)
    counts["all"] = Counts(
        matched=len(pairs),
        system=len(system_spans),
        gold=len(gold_spans),
        speaker_right=sum(speaker_right(g, s) for g, s in pairs),
    )
    if errors is not None:
        errors.extend(_error_lines(gold_path.stem, gold_quotes, quotes, pairs, speaker_right))
    strict = overlap_match(gold_spans, system_spans, strict=True)
    counts["strict"] = Counts(
        matched=len(strict),
        system=len(system_spans),
        gold=len(gold_spans),
        speaker_right=sum(speaker_right(g, s) for g, s in strict),
    )
    for kind in KINDS:
        g_index = [i for i, q in enumerate(gold_quotes) if q["kind"] == kind]
        s_index = [i for i, k in enumerate(quotes["kind"]) if k == kind]
        kind_pairs = overlap_match(
            [gold_spans[i] for i in g_index], [system_spans[i] for i in s_index]
        )
        counts[kind] = Counts(
            matched=len(kind_pairs),
            system=len(s_index),
            gold=len(g_index),
            speaker_right=sum(speaker_right(g_index[g], s_index[s]) for g, s in kind_pairs),
        )
    return counts


def _error_lines(
    name: str,
    gold_quotes: list[dict],
    quotes: pd.DataFrame,
    pairs: list[tuple[int, int]],
    speaker_right: Callable[[int, int], bool],
) -> list[str]:
    """One line per missed gold quote, extra system quote and wrong speaker."""
    lines = []
    matched_gold = {g for g, _ in pairs}
    matched_system = {s for _, s in pairs}
    for g, s in pairs:
        if not speaker_right(g, s):
            lines.append(
                f"{name}: speaker {quotes['speaker'].iloc[s]!r} for {gold_quotes[g]['speaker']!r}"
                f" :: {gold_quotes[g]['text'][:70]}"
            )
    for g, quote in enumerate(gold_quotes):
        if g not in matched_gold:
            lines.append(f"{name}: missed {quote['kind']} :: {quote['text'][:70]}")
    for s in range(len(quotes)):
        if s not in matched_system:
            lines.append(f"{name}: extra {quotes['kind'].iloc[s]} :: {quotes['text'].iloc[s][:70]}")
    return lines


def _table(rows: list[tuple[str, Counts]]) -> str:
    lines = [
        f"{'':28} {'gold':>5} {'found':>6} {'match':>6} {'P':>6} {'R':>6} {'F1':>6} {'spk':>6}"
    ]
    for name, c in rows:
        p, r, f, s = c.scores()
        lines.append(
            f"{name:28} {c.gold:5d} {c.system:6d} {c.matched:6d} "
            f"{p:6.3f} {r:6.3f} {f:6.3f} {s:6.3f}"
        )
    return "\n".join(lines)


def _words(name: str) -> set[str]:
    return {w for w in re.split(r"[\s()'’,.-]+", _name(name)) if w}


def same_actor(gold: str, actor: str, forms: str = "") -> bool:
    """Whether a gold actor names the system's actor: the same name, one name's words
    within the other's ("Barroso", "José Manuel Barroso"), or a form the article uses
    for the actor ("Bruxelles" for Union européenne).

    >>> same_actor("Parti socialiste (PASOK)", "PASOK")
    True
    """
    if not gold or not actor:
        return False
    names = [actor, *(f for f in forms.split(" | ") if f)]
    return any(
        _name(gold) == _name(n) or _words(gold) <= _words(n) or _words(n) <= _words(gold)
        for n in names
    )


def evaluate_claims(
    path: str | Path, *, model: str = "md", against: str | Path | None = None
) -> pd.DataFrame:
    """One row per gold claim of ``path`` (gold.json format: each claim has an actor, a
    position and either ``lines``, 1-based line numbers, or ``evidence``, a string of the
    article): ``found`` when a system claim of that actor and position stands in those
    lines or in a sentence overlapping the evidence (the actor named as the system names
    it, by a form the article uses for it, or by the very words the system read as its
    holder there: "Le groupe" for L'Oréal), ``wrong position`` when the actor's
    claims there all have another position, ``missed`` otherwise (``side`` "gold"). Then
    one row per actor and sentence of the system's claims (``side`` "machine"):
    ``annotated`` when a gold claim of that actor stands there, whatever its position,
    ``not annotated`` otherwise: what the machine claims that the annotator did not. With
    ``against``, a second annotation of the same article takes the system's place: how far
    two people agree under the same count."""
    gold = _read_gold(Path(path), "claims")
    article = next(DATA_DIR.rglob(gold["article"]), None)
    if article is None:
        raise ResourceError(f"{path}: article {gold['article']!r} not found under {DATA_DIR}")
    result = analyze(article, model=model)
    text = result.articles["text"].item()
    forms = dict(zip(result.actors["actor"], result.actors["forms"], strict=True))
    sentences = result.sentences[["sentence_id", "paragraph_id", "start", "end"]]
    if against is None:
        claims = result.claims[["actor", "holder", "position", "sentence_id"]]
    else:
        forms = {}
        claims = _annotated_claims(Path(against), text, sentences)
    claims = claims.merge(
        sentences.rename(columns={"start": "start_sentence", "end": "end_sentence"}),
        on="sentence_id",
    )
    rows = []
    annotated: set[int] = set()  # the system claims some gold claim stands for
    for claim in gold["claims"]:
        if "lines" in claim:
            here = claims[(claims["paragraph_id"] + 1).isin(claim["lines"])]
        else:
            start, end = _find(text, claim["evidence"], set())
            here = claims[(claims["start_sentence"] < end) & (claims["end_sentence"] > start)]
        same = [
            same_actor(claim["actor"], a, forms.get(a, "")) or _name(claim["actor"]) == _name(h)
            for a, h in zip(here["actor"], here["holder"], strict=True)
        ]
        mine = here[pd.Series(same, index=here.index, dtype=bool)]
        annotated.update(mine.index)
        if (mine["position"] == claim["position"]).any():
            status = "found"
        else:
            status = "wrong position" if len(mine) else "missed"
        rows.append(
            {
                "file": Path(path).stem,
                "side": "gold",
                "actor": claim["actor"],
                "position": claim["position"],
                "status": status,
                "system": " | ".join(sorted(set(mine["position"]))),
            }
        )
    rows += [
        {
            "file": Path(path).stem,
            "side": "machine",
            "actor": actor,
            "position": "",
            "status": "annotated" if group.index.isin(list(annotated)).any() else "not annotated",
            "system": " | ".join(sorted(set(group["position"]))),
        }
        for (actor, _), group in claims.groupby(["actor", "sentence_id"], sort=False)
    ]
    return pd.DataFrame(rows)


def _annotated_claims(path: Path, text: str, sentences: pd.DataFrame) -> pd.DataFrame:
    """A second annotation as a claims table: one row per claim and sentence its
    evidence overlaps."""
    other = _read_gold(path, "claims")
    rows = []
    for claim in other["claims"]:
        start, end = _find(text, claim["evidence"], set())
        overlapping = sentences[(sentences["start"] < end) & (sentences["end"] > start)]
        rows += [
            {
                "actor": claim["actor"],
                "holder": claim["actor"],
                "position": claim["position"],
                "sentence_id": number,
            }
            for number in overlapping["sentence_id"]
        ]
    return pd.DataFrame(rows, columns=["actor", "holder", "position", "sentence_id"])


def _claims_report(table: pd.DataFrame) -> str:
    """Found, wrong position and missed, per file and overall; then how many of the
    machine's claims (one per actor and sentence) an annotator also coded."""
    lines = [
        f"{'':28} {'gold':>5} {'found':>6} {'wrong':>6} {'missed':>6} {'machine':>8} "
        f"{'annotated':>10}"
    ]
    for name, group in [*table.groupby("file", sort=False), ("all", table)]:
        counts = group["status"].value_counts()
        gold = int((group["side"] == "gold").sum())
        machine = int((group["side"] == "machine").sum())
        lines.append(
            f"{name:28} {gold:5d} {counts.get('found', 0):6d} "
            f"{counts.get('wrong position', 0):6d} {counts.get('missed', 0):6d} "
            f"{machine:8d} {counts.get('annotated', 0):10d}"
        )
    counts = table["status"].value_counts()
    gold = max(int((table["side"] == "gold").sum()), 1)
    machine = max(int((table["side"] == "machine").sum()), 1)
    lines.append(
        f"\nfound with the right actor and position: {counts.get('found', 0) / gold:.0%}; "
        f"wrong position: {counts.get('wrong position', 0) / gold:.0%}; "
        f"machine claims (one per actor and sentence) annotated: "
        f"{counts.get('annotated', 0) / machine:.0%}"
    )
    return "\n".join(lines)


def _vader() -> Callable[[str], float] | None:
    """vaderSentiment-fr's compound score, when the package is installed (a peer measured
    side by side, not a dependency of the package)."""
    try:
        with warnings.catch_warnings():  # its fuzzywuzzy import warns about a slow matcher
            warnings.simplefilter("ignore")
            from vaderSentiment_fr.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return None
    analyzer = SentimentIntensityAnalyzer()
    return lambda text: analyzer.polarity_scores(text)["compound"]


def evaluate_tone(path: str | Path, *, model: str = "md") -> pd.DataFrame:
    """One row per hand-rated paragraph of ``path`` (a CSV with the columns article,
    paragraph_id, tone from -2 to 2, and the paragraph's opening words as text): the
    rating, the news ``tone`` of the paragraph (its tone words summed and squashed, as for
    a sentence), textblob-fr's polarity and vaderSentiment-fr's compound score of its text
    (empty when vaderSentiment-fr is not installed)."""
    gold = _read_table(path, ("article", "paragraph_id", "tone", "text"), text=("article", "text"))
    vader = _vader()
    rows = []
    for article_name, group in gold.groupby("article", sort=False):
        article_path = next(DATA_DIR.rglob(article_name), None)
        if article_path is None:
            raise ResourceError(f"{path}: article {article_name!r} not found under {DATA_DIR}")
        result = analyze(article_path, model=model)
        text = result.articles["text"].item()
        paragraphs = load_article(article_path).paragraphs
        sentences = result.sentences.set_index("sentence_id")["paragraph_id"]
        words = result.tone_words.assign(
            paragraph_id=result.tone_words["sentence_id"].map(sentences)
        )
        for row in group.itertuples():
            paragraph = paragraphs[row.paragraph_id]
            written = text[paragraph.start : paragraph.end]
            if not written.startswith(row.text.strip()[:20]):
                raise ResourceError(
                    f"{path}: paragraph {row.paragraph_id} of {article_name} does not start "
                    f"with {row.text[:20]!r}"
                )
            weights = words.loc[words["paragraph_id"] == row.paragraph_id, "weight"]
            rows.append(
                {
                    "article": article_name,
                    "paragraph_id": row.paragraph_id,
                    "gold": row.tone,
                    "tone": squash(weights),
                    "textblob": textblob_scores(written)[0],
                    "vader": vader(written) if vader else float("nan"),
                }
            )
    return pd.DataFrame(rows)


def _tone_report(table: pd.DataFrame) -> str:
    """Spearman correlations of each score with the ratings, overall and per article."""
    scores = ["tone", "textblob", "vader"]
    overall = table[["gold", *scores]].corr(method="spearman")["gold"][scores]
    lines = [
        f"Spearman correlation with the hand ratings, {len(table)} paragraphs of "
        f"{table['article'].nunique()} articles:",
        f"{'':28} " + " ".join(f"{s:>9}" for s in scores),
        f"{'all paragraphs':28} " + " ".join(f"{overall[s]:9.3f}" for s in scores),
    ]
    if table["vader"].isna().all():
        lines.append("(vader: vaderSentiment-fr is not installed; pip install vaderSentiment-fr)")
    return "\n".join(lines)


def keyphrase_scores(
    predicted: Sequence[str], reference: Sequence[str], k: int
) -> tuple[float, float, float]:
    """Precision, recall and F1 of the first ``k`` predicted keyphrases: lower case,
    Snowball-stemmed exact match (duplicates after stemming counted once).

    >>> keyphrase_scores(["fusées", "nasa", "lune"], ["fusée", "NASA", "orbite"], 10)
    (0.6666666666666666, 0.6666666666666666, 0.6666666666666666)
    """
    wanted = {phrase_key(r) for r in reference}
    keys = list(dict.fromkeys(phrase_key(p) for p in predicted))[:k]
    matched = sum(key in wanted for key in keys)
    precision = matched / len(keys) if keys else 0.0
    recall = matched / len(wanted) if wanted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if matched else 0.0
    return precision, recall, f1


def _yake() -> Callable[[str, int], list[str]] | None:
    """YAKE's keyphrases (up to three words), when the package is installed (a peer)."""
    try:
        import yake
    except ImportError:
        return None

    def extract(text: str, k: int) -> list[str]:
        extractor = yake.KeywordExtractor(lan="fr", n=3, top=k)
        return [phrase for phrase, _ in extractor.extract_keywords(text)]

    return extract


def _noun_phrases(parsed: ParsedArticle) -> list[str]:
    """spaCy's noun chunks, lower case, without leading determiners, prepositions or
    numbers, and not pronouns (the TF-IDF baseline)."""
    phrases = []
    for chunk in parsed.doc.noun_chunks:
        words = [t for t in chunk if not (t.is_punct or t.is_space)]
        while words and words[0].pos_ in ("DET", "ADP", "NUM"):
            words = words[1:]
        if words and any(t.pos_ in ("NOUN", "PROPN") for t in words):
            phrases.append(" ".join(normalize_key(t.text) for t in words))
    return phrases


def evaluate_keyphrases(
    path: str | Path, *, model: str = "md", ks: Sequence[int] = (5, 10)
) -> pd.DataFrame:
    """Scores of the package's keyphrases, of YAKE and of a TF-IDF over noun phrases (IDF
    over the articles of ``path``) against the reference keyphrases of ``path`` (a TSV with
    the columns file and keyphrases, ";"-separated): one row per article, method and k."""
    gold = _read_table(path, ("file", "keyphrases"), sep="\t")
    folder = Path(path).parent
    articles = [load_article(folder / name) for name in gold["file"]]
    yake_extract = _yake()
    found: dict[str, dict[str, list[str]]] = {"analysis": {}, "tfidf": {}, "yake": {}}
    chunks: dict[str, list[str]] = {}
    for name, parsed in zip(gold["file"], parse_many(articles, model=model), strict=True):
        table = tabulate(parsed).keyphrases
        found["analysis"][name] = table.sort_values("rank")["keyphrase"].tolist()
        chunks[name] = _noun_phrases(parsed)
        if yake_extract is not None:
            found["yake"][name] = yake_extract(parsed.article.text, max(ks))
    frequency: dict[str, int] = {}
    for phrases in chunks.values():
        for key in {phrase_key(p) for p in phrases}:
            frequency[key] = frequency.get(key, 0) + 1
    for name, phrases in chunks.items():
        counts: dict[str, int] = {}  # by stems: "la fusée" and "les fusées" together
        for phrase in phrases:
            counts[phrase_key(phrase)] = counts.get(phrase_key(phrase), 0) + 1
        first_form = {phrase_key(p): p for p in reversed(phrases)}
        ranked = sorted(counts, key=lambda k: -counts[k] * math.log(len(chunks) / frequency[k]))
        found["tfidf"][name] = [first_form[k] for k in ranked]
    rows = []
    for method, by_article in found.items():
        for name, reference in zip(gold["file"], gold["keyphrases"], strict=True):
            if name not in by_article:
                continue
            for k in ks:
                precision, recall, f1 = keyphrase_scores(by_article[name], reference.split(";"), k)
                rows.append(
                    {
                        "article": name,
                        "method": method,
                        "k": k,
                        "P": precision,
                        "R": recall,
                        "F": f1,
                    }
                )
    return pd.DataFrame(rows)


def _keyphrase_report(table: pd.DataFrame) -> str:
    """Macro-averaged P, R and F at each k, per method."""
    means = table.groupby(["method", "k"])[["P", "R", "F"]].mean().unstack("k")
    ks = sorted(table["k"].unique())
    header = f"{'':10} " + " ".join(f"{m}@{k:<3}" for k in ks for m in ("P", "R", "F"))
    lines = [
        f"Keyphrases against the reference of {table['article'].nunique()} articles "
        "(lower case, Snowball-stemmed exact match, macro-averaged):",
        header,
    ]
    for method in ("analysis", "tfidf", "yake"):
        if method in means.index:
            values = " ".join(f"{means.loc[method, (m, k)]:5.3f}" for k in ks for m in "PRF")
            lines.append(f"{method:10} {values}")
    if "yake" not in means.index:
        lines.append("(yake: the yake package is not installed; pip install yake)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.evaluate quotes GOLD...``: print quote P/R/F1 and speakers;
    ``python -m analysis.evaluate tone RATINGS.csv``: print tone correlations."""
    parser = OneLineParser(prog="python -m analysis.evaluate")
    parser.add_argument("task", choices=["quotes", "tone", "keyphrases", "claims"])
    parser.add_argument(
        "gold",
        nargs="*",
        type=Path,
        help="gold JSON files (quotes), ratings CSV (tone) or a keyphrases TSV (keyphrases; "
        "default: the Wikinews corpus)",
    )
    parser.add_argument("--model", default="md")
    parser.add_argument(
        "--against",
        type=Path,
        help="claims: a folder holding a second annotation of each gold file (same file "
        "names), counted in the system's place",
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="also list missed, extra and misattributed quotes, or each paragraph's scores",
    )
    args = parser.parse_args(argv)
    if args.task != "keyphrases" and not args.gold:
        parser.error(f"{args.task} needs gold files")
    tsv = args.gold[0] if args.gold else DATA_DIR / "wikinews_fr_2012" / "keyphrases.tsv"
    tables: dict[str, Callable[[], pd.DataFrame]] = {
        "keyphrases": lambda: evaluate_keyphrases(tsv, model=args.model),
        "claims": lambda: pd.concat(
            _each(
                args.gold,
                lambda g: evaluate_claims(
                    g, model=args.model, against=args.against / g.name if args.against else None
                ),
            )
        ),
        "tone": lambda: pd.concat(_each(args.gold, lambda g: evaluate_tone(g, model=args.model))),
    }
    reports: dict[str, tuple[Callable[[pd.DataFrame], str], Callable[[pd.DataFrame], str]]] = {
        "keyphrases": (_keyphrase_report, lambda t: t.round(3).to_string(index=False)),
        "claims": (
            _claims_report,
            lambda t: t[~t["status"].isin(["found", "annotated"])].to_string(index=False),
        ),
        "tone": (_tone_report, lambda t: t.round(3).to_string(index=False)),
    }
    if args.task in tables:
        try:
            table = tables[args.task]()
        except (AnalysisError, OSError, KeyError, ValueError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        report, details = reports[args.task]
        print(report(table))
        if args.errors:
            print(details(table))
        return 0
    totals = {kind: Counts() for kind in ("all", "strict", *KINDS)}
    rows = []
    errors: list[str] = []
    try:
        every = _each(args.gold, lambda g: evaluate_quotes(g, model=args.model, errors=errors))
        for path, counts in zip(args.gold, every, strict=True):
            rows.append((path.stem, counts["all"]))
            for kind, c in counts.items():
                totals[kind].add(c)
    except (AnalysisError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print("Quotes, all kinds but terms (per file):")
    print(_table(rows))
    print(
        "\nAll files, per kind and overall (P/R/F1 of quotes, spk = speaker accuracy on "
        "matched quotes; strict: half of each span must overlap):"
    )
    print(_table([(kind, totals[kind]) for kind in (*KINDS, "strict", "all")]))
    if args.errors:
        print("\nErrors:", *errors, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
