"""A self-contained HTML report: one file, plotly.js inside, no request to any network.

>>> from analysis import analyze
>>> html = report_html(analyze())
>>> html.startswith("<!DOCTYPE html>") and "Antony Blinken" in html
True
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import pandas as pd

from .files import atomic_write
from .plots import mentions_bar, mentions_vs_voice, stance_heatmap, tone_along
from .render import render_entities
from .tables import Analysis

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:980px;margin:2em auto;
padding:0 1em;color:#222}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;font-size:.85em;margin:.5em 0}
th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f4f4f4}.meta{color:#555}.note{color:#555;font-size:.9em}
"""


def _table(frame: pd.DataFrame, columns: list[str]) -> str:
    return frame[columns].to_html(index=False, escape=True, float_format=lambda x: f"{x:.3f}")


def report_html(analysis: Analysis) -> str:
    """The report of the first article of ``analysis`` as one HTML string."""
    article = analysis.articles.iloc[0]
    title = article["title"] or article["article_id"]
    date = "" if pd.isna(article["date"]) else f"{article['date']:%Y-%m-%d} · "
    config = {"displaylogo": False}
    figure = mentions_bar(analysis.actors, top=None).to_html(
        full_html=False, include_plotlyjs=True, config=config
    )
    voice = mentions_vs_voice(analysis.actors, top=None).to_html(
        full_html=False, include_plotlyjs=False, config=config
    )
    stance = (
        stance_heatmap(analysis.claims).to_html(
            full_html=False, include_plotlyjs=False, config=config
        )
        if len(analysis.claims)
        else '<p class="note">No claims found.</p>'
    )
    tone = tone_along(analysis.sentences, analysis.tone_words).to_html(
        full_html=False, include_plotlyjs=False, config=config
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
            f"<h1>{escape(title)}</h1>",
            f'<p class="meta">{escape(date + str(article["source"]))}'
            f"{article['n_words']} words · {article['n_sentences']} sentences · "
            f"{len(analysis.actors)} actors · {len(analysis.mentions)} mentions</p>",
            "<h2>Who is mentioned</h2>",
            figure,
            "<h2>Who is named, and who is heard</h2>",
            voice,
            "<h2>Who stands where</h2>",
            stance,
            "<h2>Tone along the article</h2>",
            tone,
            "<h2>The article and its actors</h2>",
            render_entities(analysis),
            "<h2>Actors</h2>",
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
                    "forms",
                ],
            ),
            "<h2>Claims</h2>",
            _table(
                analysis.claims,
                ["actor", "position", "topic", "target", "cue", "evidence", "how", "confidence"],
            ),
            "<h2>Issue sections</h2>",
            _table(analysis.topics, ["label", "keywords", "first_paragraph", "last_paragraph"]),
            "<h2>Keyphrases</h2>",
            _table(analysis.keyphrases, ["rank", "keyphrase", "count", "score"]),
            "<h2>Quotes</h2>",
            _table(
                analysis.quotes,
                ["quote_id", "kind", "speaker", "cue", "text", "addressee", "confidence"],
            ),
            "<h2>Mentions</h2>",
            _table(analysis.mentions, ["mention_id", "sentence_id", "text", "actor", "how"]),
            "<h2>Sentences</h2>",
            _table(analysis.sentences, ["sentence_id", "paragraph_id", "text", "tone", "polarity"]),
            "<h2>Tone words</h2>",
            _table(
                analysis.tone_words,
                ["sentence_id", "token", "lemma", "weight", "negated", "modifier"],
            ),
            "<h2>Method and limits</h2>",
            '<p class="note">Entities come from the spaCy French model; mentions are grouped '
            "into actors by titles, surnames, known aliases and places standing for governments "
            "(see the <code>how</code> column). Quotes are found from guillemets and reporting "
            "verbs; the speaker comes from the verb around the quote, the reported speech it "
            "sits in or the previous speaker, and <code>confidence</code> says which. Tone "
            "comes from the project's news lexicon matched on lemmas, with negation and "
            "intensifiers; every word counted is listed under Tone words. It does not know "
            "whom bad news is bad for, nor irony. Polarity is textblob-fr's, whose lexicon is "
            "made of review adjectives: it says little about news tone.</p>",
            "</body></html>",
        ]
    )


def write_report(analysis: Analysis, path: str | Path) -> Path:
    """Write the report to ``path`` (through a temporary file, renamed when complete)."""
    html = report_html(analysis)
    return atomic_write(path, lambda temporary: Path(temporary).write_text(html, encoding="utf-8"))
