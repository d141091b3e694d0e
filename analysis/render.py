"""The article as HTML (in the manner of displacy): every actor mention highlighted in its
actor's colour, quotes underlined in their speaker's colour, each sentence shaded by its
tone (orange negative, blue positive), headings kept.

Every piece of article text is escaped; the result is a string that Jupyter can show
with ``IPython.display.HTML`` and that the report embeds.

>>> from analysis import analyze
>>> html = render_entities(analyze())
>>> '<mark' in html and 'Antony Blinken' in html
True
"""

from __future__ import annotations

import itertools
from html import escape

import pandas as pd

from .errors import NoArticlesError
from .plots import OTHER, actor_colors, label
from .tables import Analysis

STYLE = (
    "<style>.entities p{line-height:2;margin:.4em 0}.entities h4{margin:.8em 0 .2em}"
    ".entities mark{padding:.1em .3em;border-radius:.3em;color:inherit}"
    ".entities mark small{font-size:.65em;font-weight:bold;margin-left:.3em;opacity:.8}"
    ".entities .quote{border-bottom:3px solid;padding-bottom:1px}"
    ".entities .legend span{margin-right:1em;white-space:nowrap}"
    ".entities .sentence{border-radius:.2em}</style>"
)


def _mark(text: str, actor: str, kind: str, how: str, color: str, lang: str) -> str:
    tag = "" if text == actor else f"<small>{escape(actor)}</small>"
    described = f"{_value('type', kind, lang)}, {_value('how', how, lang)}"
    return (
        f'<mark style="background:{color}33;border-bottom:2px solid {color}" '
        f'title="{escape(actor)} ({escape(described)})">{escape(text)}{tag}</mark>'
    )


def _value(column: str, value: str, lang: str) -> str:
    """A table value in the reader's language ("pays" for country), or as it is."""
    try:
        return label(f"{column}.{value}", lang)
    except KeyError:
        return value


def _shade(tone: float) -> str:
    """A background for a sentence's tone: transparent at 0, stronger as it departs."""
    if pd.isna(tone) or abs(tone) < 0.05:
        return "transparent"
    alpha = round(min(abs(tone), 1.0) * 0.35, 2)
    return f"rgba(213,94,0,{alpha})" if tone < 0 else f"rgba(0,114,178,{alpha})"


def _sentence(
    text: str,
    start: int,
    end: int,
    mentions: pd.DataFrame,
    quotes: pd.DataFrame,
    colors: dict[str, str],
    lang: str,
) -> str:
    """One sentence's text cut where quotes start and end (never inside a mention), with
    its mentions marked and its quoted runs underlined."""
    inside = mentions[(mentions["start"] >= start) & (mentions["end"] <= end)]
    spans = list(zip(inside["start"], inside["end"], strict=True))
    cuts = {start, end}
    for q_start, q_end in zip(quotes["start"], quotes["end"], strict=True):
        cuts |= {c for c in (q_start, q_end) if start < c < end}
    cuts = sorted(c for c in cuts if not any(a < c < b for a, b in spans))
    pieces = []
    for a, b in itertools.pairwise(cuts):
        body, position = [], a
        for mention in inside[(inside["start"] >= a) & (inside["end"] <= b)].itertuples():
            body.append(escape(text[position : mention.start]))
            color = colors.get(mention.actor, OTHER)
            body.append(
                _mark(
                    text[mention.start : mention.end],
                    mention.actor,
                    mention.type,
                    mention.how,
                    color,
                    lang,
                )
            )
            position = mention.end
        body.append(escape(text[position:b]))
        quote = quotes[(quotes["start"] <= a) & (quotes["end"] >= b)]
        if len(quote):
            speaker = quote["speaker"].iloc[0] or label("unknown_speaker", lang)
            color = colors.get(speaker, OTHER)
            title = f"{label('speaker', lang)}: {speaker}"
            pieces.append(
                f'<span class="quote" style="border-color:{color}" title="{escape(title)}">'
                f"{''.join(body)}</span>"
            )
        else:
            pieces.append("".join(body))
    return "".join(pieces)


def render_entities(analysis: Analysis, article_id: str | None = None, *, lang: str = "en") -> str:
    """HTML of one article (the first one by default): mentions marked, quotes underlined
    by speaker, sentences shaded by tone; a legend names the speakers' colours."""
    articles = analysis.articles
    if not len(articles):
        raise NoArticlesError("the analysis holds no article to render")
    if article_id is not None and article_id not in set(articles["article_id"]):
        known = ", ".join(articles["article_id"].head(5))
        raise KeyError(f"no article {article_id!r} in this analysis (it holds {known}...)")
    row = (
        articles.iloc[0] if article_id is None else articles.set_index("article_id").loc[article_id]
    )
    article_id = row["article_id"] if article_id is None else article_id
    text = row["text"]
    mentions = analysis.mentions[analysis.mentions["article_id"] == article_id]
    sentences = analysis.sentences[analysis.sentences["article_id"] == article_id]
    quotes = analysis.quotes[
        (analysis.quotes["article_id"] == article_id) & (analysis.quotes["kind"] != "term")
    ]
    colors = actor_colors(mentions)
    speakers = [s for s in dict.fromkeys(quotes["speaker"]) if s]
    legend = "".join(
        f'<span><span class="quote" style="border-color:{colors.get(s, OTHER)}">'
        f"{escape(s)}</span></span>"
        for s in speakers
    )
    parts = [STYLE, '<div class="entities">']
    if legend:
        parts.append(f'<p class="legend">{escape(label("quotes_by", lang))} {legend}</p>')
    for _, paragraph in sentences.groupby("paragraph_id", sort=True):
        body, position = [], None
        for sentence in paragraph.itertuples():
            if position is not None:
                body.append(escape(text[position : sentence.start]))
            position = sentence.end
            inner = _sentence(text, sentence.start, sentence.end, mentions, quotes, colors, lang)
            body.append(
                f'<span class="sentence" style="background:{_shade(sentence.tone)}" '
                f'title="{escape(label("tone", lang))} {sentence.tone:+.2f}">{inner}</span>'
            )
        tag = "h4" if paragraph["is_heading"].iloc[0] else "p"
        parts.append(f"<{tag}>{''.join(body)}</{tag}>")
    parts.append("</div>")
    return "\n".join(parts)
