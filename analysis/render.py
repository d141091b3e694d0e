"""The article as HTML with every actor mention highlighted (in the manner of displacy).

Every piece of article text is escaped; the result is a string that Jupyter can show
with ``IPython.display.HTML`` and that the report embeds.

>>> from analysis import analyze
>>> html = render_entities(analyze())
>>> '<mark' in html and 'Antony Blinken' in html
True
"""

from __future__ import annotations

from html import escape

from .plots import TYPE_COLORS
from .tables import Analysis

STYLE = (
    "<style>.entities p{line-height:1.9;margin:.4em 0}.entities h4{margin:.8em 0 .2em}"
    ".entities mark{padding:.1em .3em;border-radius:.3em;color:inherit}"
    ".entities mark small{font-size:.65em;font-weight:bold;margin-left:.3em;opacity:.8}</style>"
)


def _mark(text: str, actor: str, kind: str, how: str) -> str:
    color = TYPE_COLORS.get(kind, TYPE_COLORS["other"])
    label = "" if text == actor else f"<small>{escape(actor)}</small>"
    return (
        f'<mark style="background:{color}33;border-bottom:2px solid {color}" '
        f'title="{escape(actor)} ({escape(kind)}, {escape(how)})">{escape(text)}{label}</mark>'
    )


def render_entities(analysis: Analysis, article_id: str | None = None) -> str:
    """HTML of one article (the first one by default) with its mentions marked."""
    articles = analysis.articles
    row = (
        articles.iloc[0] if article_id is None else articles.set_index("article_id").loc[article_id]
    )
    article_id = row["article_id"] if article_id is None else article_id
    text = row["text"]
    mentions = analysis.mentions[analysis.mentions["article_id"] == article_id]
    sentences = analysis.sentences[analysis.sentences["article_id"] == article_id]
    parts = [STYLE, '<div class="entities">']
    for _, paragraph in sentences.groupby("paragraph_id", sort=True):
        start, end = int(paragraph["start"].min()), int(paragraph["end"].max())
        inside = mentions[(mentions["start"] >= start) & (mentions["end"] <= end)]
        pieces, position = [], start
        for mention in inside.sort_values("start").itertuples():
            pieces.append(escape(text[position : mention.start]))
            pieces.append(
                _mark(text[mention.start : mention.end], mention.actor, mention.type, mention.how)
            )
            position = mention.end
        pieces.append(escape(text[position:end]))
        tag = "h4" if paragraph["is_heading"].iloc[0] else "p"
        parts.append(f"<{tag}>{''.join(pieces)}</{tag}>")
    parts.append("</div>")
    return "\n".join(parts)
