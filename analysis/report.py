"""A self-contained HTML report: one file, plotly.js inside once, no request to any network.

For one article: the charts of emphasis, voice, stance, tone and the article map (menus
switch the sort order and the actor shown), the annotated article, a quality summary, the
tables and a methods-and-limits section. For several articles: the corpus views, the
actors and claims summed over the corpus, and one line per article.

>>> from analysis import analyze
>>> html = report_html(analyze())
>>> html.startswith("<!DOCTYPE html>") and "Antony Blinken" in html
True
"""

from __future__ import annotations

import functools
from html import escape
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from .errors import NoArticlesError
from .files import atomic_write
from .plots import (
    CONFIG,
    actor_network,
    actor_tone,
    article_map,
    corpus_salience,
    emphasis,
    label,
    mentions_vs_voice,
    stance_heatmap,
    summary,
    tone_along,
)
from .render import render_entities
from .tables import Analysis

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1040px;margin:2em auto;
padding:0 1em;color:#222}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;font-size:.85em;margin:.5em 0}
th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f4f4f4}.meta{color:#555}.note{color:#555;font-size:.9em}
.summary{font-style:italic;color:#333}nav a{margin-right:1em}
"""
#: Quotes below this confidence are listed in the quality summary.
LOW_CONFIDENCE = 0.6
#: Mentions merged into an actor by one part of the name only.
PARTIAL_MERGES = ("surname", "first_name", "variant")


def _heading(lang: str, key: str) -> str:
    return label(f"heading.{key}", lang)


def _counts(lang: str, **counts: int) -> str:
    """ "756 words · 30 sentences · …" in the report's language."""
    return " · ".join(f"{n} {label(f'count.{name}', lang)}" for name, n in counts.items())


def _table(frame: pd.DataFrame, columns: list[str]) -> str:
    return frame[columns].to_html(index=False, escape=True, float_format=lambda x: f"{x:.3f}")


def _chart(fig: go.Figure) -> str:
    """A figure as an HTML fragment with its summary; plotly.js is in the page's head."""
    html = fig.to_html(full_html=False, include_plotlyjs=False, config=CONFIG)
    return f'{html}\n<p class="summary">{escape(summary(fig))}</p>'


def _quality(analysis: Analysis, lang: str) -> str:
    quotes = analysis.quotes[analysis.quotes["kind"] != "term"]
    unknown = quotes[quotes["speaker"].fillna("") == ""]
    low = quotes[(quotes["speaker"].fillna("") != "") & (quotes["confidence"] < LOW_CONFIDENCE)]
    merged = analysis.mentions[analysis.mentions["how"].isin(PARTIAL_MERGES)]
    text = label(
        "report.quality",
        lang,
        unknown=len(unknown),
        quotes=len(quotes),
        low=len(low),
        threshold=f"{LOW_CONFIDENCE:g}".replace(".", "," if lang == "fr" else "."),
        merged=len(merged),
        mentions=len(analysis.mentions),
    )
    parts = [f"<p>{escape(text)}</p>"]
    where = ["article_id"] if len(analysis.articles) > 1 else []  # ids repeat across articles
    for frame, columns in (
        (pd.concat([unknown, low]), [*where, "quote_id", "text", "speaker", "cue", "confidence"]),
        (merged, [*where, "mention_id", "text", "actor", "how"]),
    ):
        if len(frame):
            parts.append(_table(frame, columns))
    return "\n".join(parts)


def _page(title: str, meta: str, sections: list[tuple[str, str]], lang: str) -> str:
    nav = " ".join(f'<a href="#s{i}">{escape(h)}</a>' for i, (h, _) in enumerate(sections))
    body = [
        f'<h2 id="s{i}">{escape(heading)}</h2>\n{content}'
        for i, (heading, content) in enumerate(sections)
    ]
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{lang}"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title><style>{CSS}</style>",
            f'<script type="text/javascript">{get_plotlyjs()}</script></head><body>',
            f"<h1>{escape(title)}</h1>",
            f'<p class="meta">{escape(meta)}</p>',
            f"<nav>{nav}</nav>",
            *body,
            "</body></html>",
        ]
    )


def report_html(analysis: Analysis, *, lang: str = "en") -> str:
    """The report of ``analysis`` as one HTML string: an article report for one article, a
    corpus report for several. ``lang`` is "en" or "fr"."""
    label("support", lang)  # an unknown language fails here, before any work
    if not len(analysis.articles):
        raise NoArticlesError("the analysis holds no article to report")
    if len(analysis.articles) > 1:
        return _corpus_html(analysis, lang)
    h = functools.partial(_heading, lang)
    article = analysis.articles.iloc[0]
    title = article["title"] or article["article_id"]
    meta = " · ".join(
        part
        for part in (
            "" if pd.isna(article["date"]) else f"{article['date']:%Y-%m-%d}",
            str(article["source"] or ""),
            _counts(
                lang,
                words=article["n_words"],
                sentences=article["n_sentences"],
                actors=len(analysis.actors),
                mentions=len(analysis.mentions),
                quotes=len(analysis.quotes),
                claims=len(analysis.claims),
            ),
        )
        if part
    )
    stance = (
        _chart(stance_heatmap(analysis.claims, lang=lang))
        if len(analysis.claims)
        else f'<p class="note">{escape(label("stance.empty", lang))}</p>'
    )
    sections = [
        (h("emphasis"), _chart(emphasis(analysis.actors, top=None, lang=lang))),
        (h("voice"), _chart(mentions_vs_voice(analysis.actors, top=None, lang=lang))),
        (h("stance"), stance),
        (h("tone_actors"), _chart(actor_tone(analysis.actors, top=None, lang=lang))),
        (
            h("map"),
            _chart(article_map(analysis.sentences, analysis.mentions, analysis.quotes, lang=lang)),
        ),
        (h("network"), _chart(actor_network(analysis.mentions, analysis.claims, lang=lang))),
        (h("tone"), _chart(tone_along(analysis.sentences, analysis.tone_words, lang=lang))),
        (h("article"), render_entities(analysis, lang=lang)),
        (h("quality"), _quality(analysis, lang)),
        (
            h("actors"),
            _table(
                analysis.actors,
                [
                    "actor",
                    "type",
                    "mentions",
                    "first_position",
                    "in_lead",
                    "quotes_direct",
                    "quotes_partial",
                    "quotes_indirect",
                    "voice_share",
                    "tone_around",
                    "tone_around_n",
                    "tone_own",
                    "tone_own_n",
                    "forms",
                ],
            ),
        ),
        (
            h("claims"),
            _table(
                analysis.claims,
                [
                    "actor",
                    "holder",
                    "position",
                    "topic",
                    "target",
                    "cue",
                    "evidence",
                    "how",
                    "confidence",
                ],
            ),
        ),
        (
            h("sections"),
            _table(analysis.topics, ["label", "keywords", "first_paragraph", "last_paragraph"]),
        ),
        (h("keyphrases"), _table(analysis.keyphrases, ["rank", "keyphrase", "count", "score"])),
        (
            h("quotes"),
            _table(
                analysis.quotes,
                ["quote_id", "kind", "speaker", "cue", "text", "addressee", "confidence"],
            ),
        ),
        (
            h("mentions"),
            _table(analysis.mentions, ["mention_id", "sentence_id", "text", "actor", "how"]),
        ),
        (
            h("sentences"),
            _table(analysis.sentences, ["sentence_id", "paragraph_id", "text", "tone", "polarity"]),
        ),
        (
            h("tone_words"),
            _table(
                analysis.tone_words,
                ["sentence_id", "token", "lemma", "weight", "negated", "modifier"],
            ),
        ),
        (h("methods"), f'<p class="note">{label("report.methods", lang)}</p>'),
    ]
    return _page(title, meta, sections, lang)


def _corpus_html(analysis: Analysis, lang: str) -> str:
    h = functools.partial(_heading, lang)
    articles = analysis.articles
    claims = analysis.claims
    stance = (
        _chart(stance_heatmap(claims, by="concept", lang=lang))
        if len(claims)
        else f'<p class="note">{escape(label("stance.empty", lang))}</p>'
    )
    totals = (
        analysis.actors.groupby("actor", as_index=False)
        .agg(
            type=("type", "first"),
            articles=("article_id", "nunique"),
            mentions=("mentions", "sum"),
            quoted_words=("quoted_words", "sum"),
        )
        .sort_values(["mentions", "actor"], ascending=[False, True])
    )
    listing = articles.assign(
        date=articles["date"].astype("str"),
        actors=articles["article_id"].map(analysis.actors.groupby("article_id").size()),
        claims=articles["article_id"].map(claims.groupby("article_id").size()).fillna(0),
    )
    sections = [
        (h("corpus"), _chart(corpus_salience(analysis.actors, articles, lang=lang))),
        (h("emphasis"), _chart(emphasis(analysis.actors, lang=lang))),
        (h("voice"), _chart(mentions_vs_voice(analysis.actors, lang=lang))),
        (h("stance"), stance),
        (h("tone_actors"), _chart(actor_tone(analysis.actors, lang=lang))),
        (h("network"), _chart(actor_network(analysis.mentions, claims, lang=lang))),
        (h("quality"), _quality(analysis, lang)),
        (
            h("articles"),
            _table(listing, ["article_id", "date", "title", "n_words", "actors", "claims"]),
        ),
        (h("actors"), _table(totals, ["actor", "type", "articles", "mentions", "quoted_words"])),
        (
            h("claims"),
            _table(claims, ["article_id", "actor", "position", "concept", "target", "evidence"]),
        ),
        (h("methods"), f'<p class="note">{label("report.methods", lang)}</p>'),
    ]
    meta = _counts(
        lang,
        articles=len(articles),
        actors=analysis.actors["actor"].nunique(),
        mentions=len(analysis.mentions),
        quotes=len(analysis.quotes),
        claims=len(claims),
    )
    return _page(_counts(lang, articles=len(articles)), meta, sections, lang)


def write_report(analysis: Analysis, path: str | Path, *, lang: str = "en") -> Path:
    """Write the report to ``path`` (through a temporary file, renamed when complete)."""
    html = report_html(analysis, lang=lang)
    return atomic_write(path, lambda temporary: Path(temporary).write_text(html, encoding="utf-8"))
