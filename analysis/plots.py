"""Figures from tables: tidy DataFrame in, plotly figure out, never shown here.

Every figure has a title, axis labels and a one-sentence summary (its subtitle, also
returned by :func:`summary`), in English or, with ``lang="fr"``, in French; the words come
from ``resources/labels.csv``. Each actor keeps one colour in every chart
(:func:`actor_colors`), from colour-blind-safe palettes.

>>> from analysis import analyze
>>> fig = emphasis(analyze().actors)
>>> fig.layout.title.text
'Who is mentioned: how often and how early'
>>> summary(fig).startswith("Russie is mentioned most")
True
"""

from __future__ import annotations

import csv
import functools
import os
import shutil
import textwrap
from pathlib import Path

import networkx as nx
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .errors import AnalysisError, OutputError, ResourceError
from .files import atomic_write
from .paths import RESOURCE_DIR

#: Okabe-Ito, then Paul Tol's "muted": distinguishable with the common colour-vision
#: deficiencies. Actors beyond these share the grey of ``OTHER``.
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#332288",
    "#88CCEE",
    "#44AA99",
    "#117733",
    "#999933",
    "#DDCC77",
    "#CC6677",
    "#882255",
    "#AA4499",
)
OTHER = "#9a9a9a"
#: The diverging scale of positions and tone: orange-red (negative), grey, blue (positive).
DIVERGING = [[0, PALETTE[5]], [0.5, "#f7f7f7"], [1, PALETTE[0]]]
POSITION_VALUES = {"oppose": -1.0, "neutral": 0.0, "support": 1.0}
LANGUAGES = ("en", "fr")
CONFIG = {"displaylogo": False, "responsive": True}
#: Height of the quote diamonds on the article map's tone scale, and the room above them
#: for the labels of the issue sections, which must not cover them.
QUOTE_ROW = 1.1
SECTION_LABEL_ROOM = 0.35
#: Room left on each side of the actor network for the labels of its outer actors, as a
#: share of the width of the layout.
NETWORK_LABEL_ROOM = 0.2


#: The image formats ``save`` writes (kaleido's).
IMAGE_FORMATS = ("png", "jpg", "jpeg", "webp", "svg", "pdf")


class BrowserNotFoundError(AnalysisError, OSError):
    """No Chromium or Chrome to draw a static image with."""


@functools.cache
def _labels() -> dict[str, dict[str, str]]:
    path = RESOURCE_DIR / "labels.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows or any(not row.get(lang) for row in rows for lang in LANGUAGES):
        raise ResourceError(f"malformed resource file {path}: every key needs en and fr")
    return {row["key"]: row for row in rows}


def label(key: str, lang: str = "en", **fields: object) -> str:
    """The text of ``key`` in ``lang`` ("en" or "fr"), with ``fields`` filled in.

    >>> label("oppose", "fr")
    'contre'
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    return _labels()[key][lang].format(**fields)


#: Characters per line of a figure's summary under its title.
SUBTITLE_WIDTH = 95


def summary(fig: go.Figure) -> str:
    """The one-sentence summary of a figure made here (its subtitle)."""
    return (fig.layout.meta or {}).get("summary", "")


def _finish(fig: go.Figure, title: str, text: str) -> go.Figure:
    """Title, summary (wrapped, so that it never runs under a menu or off the figure) and
    a top margin that holds both, and the menu row when there is one."""
    lines = textwrap.wrap(text, SUBTITLE_WIDTH) or [""]
    menu_row = 45 if fig.layout.updatemenus else 0
    fig.update_layout(
        title={
            "text": title,
            "subtitle": {"text": "<br>".join(lines)},
            "x": 0.01,
            "xanchor": "left",
            "yref": "container",
            "y": 0.98,
            "yanchor": "top",
        },
        meta={"summary": text},
        margin={"t": 60 + 18 * len(lines) + menu_row},
        template="plotly_white",
    )
    return fig


def _menu(buttons: list[dict]) -> list[dict]:
    """A dropdown menu at the top right of a figure, above the plot."""
    return [
        {
            "type": "dropdown",
            "x": 1.0,
            "xanchor": "right",
            "y": 1.0,
            "yanchor": "bottom",
            "pad": {"b": 30},
            "buttons": buttons,
        }
    ]


def _percent(value: float) -> str:
    return f"{value:.0%}"


def actor_colors(table: pd.DataFrame) -> dict[str, str]:
    """One colour per actor, the most mentioned first, from the ``actors`` table (column
    ``mentions``) or the ``mentions`` table (one row per mention): both give the same
    colours. Ties are broken by name, so every chart of an analysis agrees.

    >>> from analysis import analyze
    >>> result = analyze()
    >>> actor_colors(result.actors) == actor_colors(result.mentions)
    True
    """
    if "mentions" in table.columns:
        totals = table.groupby("actor")["mentions"].sum()
    else:
        totals = table.groupby("actor").size()
    order = sorted(totals.index, key=lambda actor: (-totals[actor], actor))
    return {actor: PALETTE[i] if i < len(PALETTE) else OTHER for i, actor in enumerate(order)}


def _actor_table(actors: pd.DataFrame) -> pd.DataFrame:
    """Actors summed over articles: mentions, earliest first position, quoted words."""
    table = actors.groupby("actor", as_index=False).agg(
        type=("type", "first"),
        mentions=("mentions", "sum"),
        first_position=("first_position", "min"),
        in_lead=("in_lead", "any"),
        quoted_words=("quoted_words", "sum"),
        forms=("forms", "first"),
    )
    total = table["quoted_words"].sum()
    return table.assign(voice_share=table["quoted_words"] / total if total else 0.0)


def emphasis(actors: pd.DataFrame, *, top: int | None = 15, lang: str = "en") -> go.Figure:
    """Emphasis per actor, side by side: how often it is mentioned, how early (share of
    the text before its first mention) and its share of the quoted words. A menu sorts
    the actors by any of the three. With several articles, counts are summed.
    """
    table = _actor_table(actors).sort_values(["mentions", "actor"], ascending=[False, True])
    if top is not None:
        table = table.head(top)
    colors = actor_colors(actors)
    measures = ["mentions", "first_position", "voice_share"]
    fig = make_subplots(
        rows=1,
        cols=3,
        shared_yaxes=True,
        horizontal_spacing=0.04,
        subplot_titles=[label(m, lang) for m in measures],
    )
    fig.update_annotations(font_size=12)  # three titles side by side
    bar_colors = [colors[a] for a in table["actor"]]
    for column, measure in enumerate(measures, 1):
        fig.add_trace(
            go.Bar(
                x=table[measure],
                y=table["actor"],
                orientation="h",
                marker_color=bar_colors,
                name=label(measure, lang),
                customdata=table[["type", "forms"]].to_numpy(),
                hovertemplate=(
                    f"%{{y}} (%{{customdata[0]}})<br>{label(measure, lang)}: "
                    + ("%{x}" if measure == "mentions" else "%{x:.0%}")
                    + f"<br>{label('forms', lang)}: %{{customdata[1]}}<extra></extra>"
                ),
                showlegend=False,
            ),
            row=1,
            col=column,
        )
    fig.update_xaxes(tickformat=".0%", col=2)
    fig.update_xaxes(tickformat=".0%", col=3)
    fig.update_yaxes(autorange="reversed", categoryorder="array")
    orders = {
        "mentions": list(table["actor"]),
        "first_position": list(table.sort_values(["first_position", "actor"])["actor"]),
        "voice_share": list(
            table.sort_values(["voice_share", "mentions"], ascending=False)["actor"]
        ),
    }
    fig.update_yaxes(categoryarray=orders["mentions"])
    fig.update_layout(
        height=max(320, 28 * len(table) + 160),
        updatemenus=_menu(
            [
                {
                    "label": f"{label('sort_by', lang)}: {label(m, lang)}",
                    "method": "relayout",
                    "args": [{"yaxis.categoryarray": orders[m]}],
                }
                for m in measures
            ]
        ),
    )
    voice = table.sort_values("voice_share", ascending=False).iloc[0] if len(table) else None
    if voice is None:
        text = label("no_actors", lang)
    else:
        first = table.sort_values("first_position").iloc[0]["actor"]
        fields = {"actor": table.iloc[0]["actor"], "n": int(table.iloc[0]["mentions"])}
        if voice["quoted_words"] > 0:
            text = label(
                "emphasis.summary",
                lang,
                first=first,
                voice=voice["actor"],
                share=_percent(voice["voice_share"]),
                **fields,
            )
        else:
            text = label("emphasis.summary_unquoted", lang, first=first, **fields)
    return _finish(fig, label("emphasis.title", lang), text)


def mentions_vs_voice(actors: pd.DataFrame, *, top: int | None = 15, lang: str = "en") -> go.Figure:
    """For each actor, its share of the mentions beside its share of the quoted words.

    An actor named often but never quoted (a long first bar, no second) is talked about,
    not heard. With several articles, counts are summed before shares are taken.
    """
    table = _actor_table(actors).sort_values(["mentions", "quoted_words"], ascending=False)
    everyone = table
    if top is not None:
        table = table.head(top)
    total_mentions = actors["mentions"].sum() or 1
    total_words = actors["quoted_words"].sum() or 1
    long = pd.concat(
        [
            table.assign(
                measure=label("share_of_mentions", lang), share=table["mentions"] / total_mentions
            ),
            table.assign(
                measure=label("share_of_words", lang), share=table["quoted_words"] / total_words
            ),
        ]
    )
    fig = px.bar(
        long,
        x="share",
        y="actor",
        color="measure",
        barmode="group",
        orientation="h",
        color_discrete_sequence=[PALETTE[0], PALETTE[1]],
        hover_data={"mentions": True, "quoted_words": True, "share": ":.1%", "measure": False},
        category_orders={"actor": list(table["actor"])},
        labels={
            "share": label("share", lang),
            "actor": "",
            "measure": "",
            "mentions": label("mentions", lang),
            "quoted_words": label("quoted_words", lang),
        },
    )
    fig.update_layout(height=max(320, 34 * len(table) + 160), xaxis_tickformat=".0%")
    unheard = int((everyone["quoted_words"] == 0).sum())
    if everyone["quoted_words"].sum() > 0:
        voice = everyone.sort_values("quoted_words", ascending=False).iloc[0]
        text = label(
            "voice.summary",
            lang,
            unheard=unheard,
            n=len(everyone),
            voice=voice["actor"],
            share=_percent(voice["quoted_words"] / total_words),
        )
    elif len(everyone):
        text = label("voice.summary_unquoted", lang, n=len(everyone))
    else:
        text = label("no_actors", lang)
    return _finish(fig, label("voice.title", lang), text)


def stance_heatmap(
    claims: pd.DataFrame, *, by: str = "topic", top: int = 12, lang: str = "en"
) -> go.Figure:
    """Actors × issues: the mean position of each actor's claims on each issue, from -1
    (oppose) through 0 (neutral) to 1 (support), on a diverging colour scale centred on
    neutral. Hover shows the number of claims, their cues and the first evidence sentence.
    ``by`` is "topic" (the issue section, default), "concept" or "issue"; the ``top``
    actors and issues with most claims are shown."""
    table = claims.assign(value=claims["position"].map(POSITION_VALUES).astype(float))
    actors = table["actor"].value_counts().head(top).index
    issues = table[by].value_counts().head(top).index
    table = table[table["actor"].isin(actors) & table[by].isin(issues)]
    cells = table.groupby(["actor", by], as_index=False).agg(
        value=("value", "mean"),
        claims=("value", "size"),
        cues=("cue", lambda c: ", ".join(dict.fromkeys(c))[:60]),
        evidence=("evidence", "first"),
    )
    grid = cells.pivot(index="actor", columns=by, values="value").reindex(
        index=list(actors), columns=list(issues)
    )
    hover = cells.assign(
        text=cells["claims"].astype(str)
        + f" {label('claims', lang)}; {label('cue', lang)}: "
        + cells["cues"]
        + "<br>"
        + cells["evidence"].str.slice(0, 120)
    ).pivot(index="actor", columns=by, values="text")
    hover = hover.reindex(index=grid.index, columns=grid.columns).astype(object).fillna("")
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=list(grid.columns),
            y=list(grid.index),
            zmin=-1,
            zmax=1,
            zmid=0,
            colorscale=DIVERGING,
            colorbar={
                "title": label("position", lang),
                "tickvals": [-1, 0, 1],
                "ticktext": [label(p, lang) for p in ("oppose", "neutral", "support")],
            },
            customdata=hover.to_numpy(),
            hovertemplate="%{y} · %{x}: %{z:.2f}<br>%{customdata}<extra></extra>",
        )
    )
    fig.update_layout(
        xaxis_title=label(by, lang),
        yaxis_title="",
        yaxis_autorange="reversed",
        height=max(340, 30 * len(grid.index) + 200),
    )
    counts = claims["position"].value_counts()
    text = (
        label(
            "stance.summary",
            lang,
            n=len(claims),
            actors=claims["actor"].nunique(),
            **{p: int(counts.get(p, 0)) for p in POSITION_VALUES},
        )
        if len(claims)
        else label("stance.empty", lang)
    )
    return _finish(fig, label("stance.title", lang), text)


def actor_tone(actors: pd.DataFrame, *, top: int | None = 15, lang: str = "en") -> go.Figure:
    """For each actor, the tone of the sentences around it (its own quoted words left out)
    and the tone of its own words, from -1 to 1; the size of a point and its hover give the
    number of sentences or quotes behind it, so a score resting on one sentence shows as
    small. With several articles, tones are averaged weighted by those numbers."""
    rows = []
    for actor, group in actors.groupby("actor"):
        row = {"actor": actor, "mentions": group["mentions"].sum()}
        for column in ("tone_around", "tone_own"):
            weights = group[f"{column}_n"].where(group[column].notna(), 0)
            n = int(weights.sum())
            row[column] = (group[column].fillna(0) * weights).sum() / n if n else float("nan")
            row[f"{column}_n"] = n
        rows.append(row)
    numbers = {"mentions": int, "tone_around": float, "tone_around_n": int}
    numbers |= {"tone_own": float, "tone_own_n": int}
    table = pd.DataFrame(rows, columns=["actor", *numbers]).astype(numbers)
    table = table.sort_values(["mentions", "actor"], ascending=[False, True])
    if top is not None:
        table = table.head(top)
    colors = actor_colors(actors)
    fig = go.Figure()
    for column, symbol in (("tone_around", "circle"), ("tone_own", "diamond")):
        shown = table[table[f"{column}_n"] > 0]
        fig.add_trace(
            go.Scatter(
                x=shown[column],
                y=shown["actor"],
                mode="markers",
                name=label(column, lang),
                marker={
                    "symbol": symbol,
                    "size": 8 + 3 * shown[f"{column}_n"].clip(upper=8),
                    "color": [colors[a] for a in shown["actor"]],
                    "line": {"width": 1, "color": "#333"},
                },
                customdata=shown[[f"{column}_n"]].to_numpy(),
                hovertemplate=(
                    f"%{{y}}<br>{label(column, lang)}: %{{x:+.2f}}"
                    f"<br>{label('sentences_behind', lang)}: %{{customdata[0]}}<extra></extra>"
                ),
            )
        )
    fig.add_vline(x=0, line_color="#bbb")
    fig.update_layout(
        xaxis={"range": [-1.05, 1.05], "title": label("tone", lang)},
        yaxis={
            "categoryorder": "array",
            "categoryarray": list(table["actor"]),
            "autorange": "reversed",
        },
        height=max(320, 28 * len(table) + 180),
        legend={"orientation": "h", "y": -0.15},
    )
    around, own = (_most_negative(table, column) for column in ("tone_around", "tone_own"))
    text = label("tone_actors.empty", lang)
    if len(around):
        fields = {
            "around": around.iloc[0]["actor"],
            "around_tone": f"{around.iloc[0]['tone_around']:+.2f}",
            "around_n": int(around.iloc[0]["tone_around_n"]),
        }
        if len(own):
            text = label(
                "tone_actors.summary",
                lang,
                own=own.iloc[0]["actor"],
                own_tone=f"{own.iloc[0]['tone_own']:+.2f}",
                own_n=int(own.iloc[0]["tone_own_n"]),
                **fields,
            )
        else:
            text = label("tone_actors.summary_unquoted", lang, **fields)
    return _finish(fig, label("tone_actors.title", lang), text)


def _most_negative(table: pd.DataFrame, column: str) -> pd.DataFrame:
    """Rows with a score, most negative first; scores resting on two or more sentences
    are preferred to those resting on one."""
    scored = table[table[f"{column}_n"] > 0]
    return scored.assign(single=scored[f"{column}_n"] < 2).sort_values(["single", column])


def _tone_word_lists(tone_words: pd.DataFrame) -> pd.Series:
    """ "word (weight), …" per (article_id, sentence_id)."""
    words = tone_words.assign(
        word=tone_words["token"] + " (" + tone_words["weight"].round(1).astype(str) + ")"
    )
    return words.groupby(["article_id", "sentence_id"])["word"].apply(", ".join)


def tone_along(sentences: pd.DataFrame, tone_words: pd.DataFrame, *, lang: str = "en") -> go.Figure:
    """The tone of each sentence in reading order, coloured by its issue section; hover
    shows the sentence and the words behind its tone."""
    table = sentences.join(_tone_word_lists(tone_words), on=["article_id", "sentence_id"])
    table = table.assign(
        word=table["word"].fillna(label("no_tone_word", lang)),
        excerpt=table["text"].str.slice(0, 90),
    )
    fig = px.bar(
        table,
        x="sentence_id",
        y="tone",
        color="topic",
        color_discrete_sequence=PALETTE,
        hover_data={"excerpt": True, "word": True, "topic": False, "tone": ":.2f"},
        labels={
            "sentence_id": label("sentence_order", lang),
            "tone": label("tone", lang),
            "topic": label("section", lang),
            "word": label("tone_words", lang),
            "excerpt": label("sentence", lang),
        },
    )
    fig.update_layout(yaxis_range=[-1, 1], legend={"orientation": "h", "y": -0.25})
    negative, positive = int((table["tone"] < -0.05).sum()), int((table["tone"] > 0.05).sum())
    text = label("no_sentences", lang)
    if negative:
        worst = int(table.loc[table["tone"].idxmin(), "sentence_id"])
        fields = {"negative": negative, "positive": positive, "worst": worst}
        text = label("tone.summary", lang, n=len(table), **fields)
    elif len(table):
        text = label("tone.summary_calm", lang, n=len(table), positive=positive)
    return _finish(fig, label("tone.title", lang), text)


def article_map(
    sentences: pd.DataFrame,
    mentions: pd.DataFrame,
    quotes: pd.DataFrame,
    *,
    lang: str = "en",
) -> go.Figure:
    """One article in reading order: the tone of each sentence (bars, shaded bands for its
    issue sections), its quotes (diamonds above, coloured by speaker) and where each actor
    is mentioned (dots below). A menu picks one actor: its mentions and quotes stay, the
    others are hidden. Takes the tables of one article (the first when there are more)."""
    article = sentences["article_id"].iloc[0]
    sentences = sentences[sentences["article_id"] == article]
    mentions = mentions[mentions["article_id"] == article]
    quotes = quotes[(quotes["article_id"] == article) & (quotes["kind"] != "term")]
    colors = actor_colors(mentions)
    fig = go.Figure()
    sections = sentences.groupby("topic", sort=False)["sentence_id"].agg(["min", "max"])
    count = max(len(sentences), 1)
    for band, (name, span) in enumerate(sections.iterrows()):
        room = max(6, int(100 * (span["max"] - span["min"] + 1) / count))  # characters
        fig.add_vrect(
            x0=span["min"] - 0.5,
            x1=span["max"] + 0.5,
            fillcolor="#000" if band % 2 else "#888",
            opacity=0.05,
            line_width=0,
            annotation_text=str(name) if len(str(name)) <= room else str(name)[: room - 1] + "…",
            annotation_position="top left",
            annotation_font_size=10,
        )
    fig.add_trace(
        go.Bar(
            x=sentences["sentence_id"],
            y=sentences["tone"],
            marker_color=[PALETTE[5] if t < 0 else PALETTE[0] for t in sentences["tone"]],
            name=label("tone", lang),
            customdata=sentences["text"].str.slice(0, 100).to_numpy(),
            hovertemplate=f"{label('sentence', lang)} %{{x}}: %{{y:+.2f}}<br>%{{customdata}}"
            "<extra></extra>",
        )
    )
    actors = list(colors)
    rows = {actor: i for i, actor in enumerate(actors)}
    traces_of: dict[str, list[int]] = {}
    for actor in actors:
        mine = mentions[mentions["actor"] == actor]
        fig.add_trace(
            go.Scatter(
                x=mine["sentence_id"],
                y=[-1.15 - 0.06 * rows[actor]] * len(mine),
                mode="markers",
                marker={"color": colors[actor], "size": 8, "symbol": "circle"},
                name=actor,
                legendgroup=actor,
                customdata=mine["text"].to_numpy(),
                hovertemplate=f"{actor}<br>{label('mentioned', lang)}: %{{customdata}}"
                "<extra></extra>",
            )
        )
        traces_of[actor] = [len(fig.data) - 1]
        said = quotes[quotes["speaker"] == actor]
        if len(said):
            fig.add_trace(
                go.Scatter(
                    x=said["sentence_id"],
                    y=[QUOTE_ROW] * len(said),
                    mode="markers",
                    marker={"color": colors[actor], "size": 13, "symbol": "diamond"},
                    name=f"{actor} · {label('quote', lang)}",
                    legendgroup=actor,
                    showlegend=False,
                    customdata=said["text"].str.slice(0, 100).to_numpy(),
                    hovertemplate=f"{actor}: «&nbsp;%{{customdata}}&nbsp;»<extra></extra>",
                )
            )
            traces_of[actor].append(len(fig.data) - 1)
    unknown = quotes[quotes["speaker"].fillna("") == ""]
    if len(unknown):
        fig.add_trace(
            go.Scatter(
                x=unknown["sentence_id"],
                y=[QUOTE_ROW] * len(unknown),
                mode="markers",
                marker={"color": OTHER, "size": 13, "symbol": "diamond-open"},
                name=label("unknown_speaker", lang),
                customdata=unknown["text"].str.slice(0, 100).to_numpy(),
                hovertemplate="«&nbsp;%{customdata}&nbsp;»<extra></extra>",
            )
        )
    every = [True] * len(fig.data)
    buttons = [
        {"label": label("all_actors", lang), "method": "restyle", "args": [{"visible": every}]}
    ]
    for actor in actors:
        visible = [True] + [i in traces_of[actor] for i in range(1, len(fig.data))]
        buttons.append({"label": actor, "method": "restyle", "args": [{"visible": visible}]})
    fig.update_layout(
        xaxis_title=label("sentence_order", lang),
        yaxis={
            "title": label("tone", lang),
            "range": [-1.25 - 0.06 * len(actors), QUOTE_ROW + SECTION_LABEL_ROOM],
            "tickvals": [-1, 0, 1],
        },
        height=460 + 4 * len(actors),
        legend={"orientation": "h", "y": -0.2},
        updatemenus=_menu(buttons),
    )
    speakers = quotes["speaker"].replace("", pd.NA).dropna().nunique()
    text = label(
        "map.summary",
        lang,
        n=len(sentences),
        sections=len(sections),
        quotes=len(quotes),
        speakers=speakers,
    )
    return _finish(fig, label("map.title", lang), text)


def actor_network(
    mentions: pd.DataFrame, claims: pd.DataFrame, *, top: int = 20, lang: str = "en"
) -> go.Figure:
    """Actors as nodes (size: mentions), grey edges between actors named in the same
    sentence (width: how many sentences), coloured arrows from an actor to the target of
    its claims (blue support, orange oppose). Layout: networkx's spring layout, seeded so
    that the same tables give the same picture."""
    colors = actor_colors(mentions)
    counts = mentions.groupby("actor").size()
    kept = sorted(counts.index, key=lambda a: (-counts[a], a))[:top]
    graph = nx.Graph()
    graph.add_nodes_from(kept)
    pairs: dict[tuple[str, str], int] = {}
    for _, group in mentions[mentions["actor"].isin(kept)].groupby(["article_id", "sentence_id"]):
        names = sorted(set(group["actor"]))
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                pairs[(a, b)] = pairs.get((a, b), 0) + 1
    graph.add_weighted_edges_from((a, b, n) for (a, b), n in pairs.items())
    stances = claims[claims["actor"].isin(kept) & claims["target"].isin(kept)]
    graph.add_edges_from(zip(stances["actor"], stances["target"], strict=True))
    layout = _network_layout(graph)
    fig = go.Figure()
    for (a, b), n in pairs.items():
        (x0, y0), (x1, y1) = layout[a], layout[b]
        fig.add_trace(
            go.Scatter(
                x=[x0, x1],
                y=[y0, y1],
                mode="lines",
                line={"width": 1 + min(n, 6), "color": "#c8c8c8"},
                hoverinfo="skip",
                showlegend=False,
            )
        )
    for claim in stances.itertuples():
        (x0, y0), (x1, y1) = layout[claim.actor], layout[claim.target]
        color = {"support": PALETTE[0], "oppose": PALETTE[5]}.get(claim.position, OTHER)
        fig.add_annotation(
            x=x1,
            y=y1,
            ax=x0,
            ay=y0,
            xref="x",
            yref="y",
            axref="x",
            ayref="y",
            showarrow=True,
            arrowhead=3,
            arrowwidth=2,
            arrowcolor=color,
            standoff=12,
            hovertext=f"{claim.actor} → {claim.target}: {label(claim.position, lang)}",
        )
    fig.add_trace(
        go.Scatter(
            x=[layout[a][0] for a in kept],
            y=[layout[a][1] for a in kept],
            mode="markers+text",
            text=kept,
            textposition="top center",
            marker={
                "size": [10 + 3 * min(counts[a], 12) for a in kept],
                "color": [colors[a] for a in kept],
                "line": {"width": 1, "color": "#333"},
            },
            customdata=[int(counts[a]) for a in kept],
            hovertemplate=f"%{{text}}<br>{label('mentions', lang)}: %{{customdata}}<extra></extra>",
            showlegend=False,
        )
    )
    xs = [x for x, _ in layout.values()] or [0.0]
    margin = NETWORK_LABEL_ROOM * max(max(xs) - min(xs), 1.0)  # room for the outer labels
    fig.update_layout(
        xaxis={"visible": False, "range": [min(xs) - margin, max(xs) + margin]},
        yaxis={"visible": False},
        height=560,
    )
    if pairs:
        (a, b), n = max(pairs.items(), key=lambda item: (item[1], item[0]))
        text = label("network.summary", lang, actors=len(kept), a=a, b=b, n=n)
    elif kept:
        text = label("network.summary_alone", lang, actors=len(kept))
    else:
        text = label("no_actors", lang)
    return _finish(fig, label("network.title", lang), text)


def _network_layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Spring layout (seeded) of the actors that have ties; actors without any in a row
    beneath, so that one lone actor does not squeeze the others into a corner."""
    alone = sorted(n for n in graph if graph.degree(n) == 0)
    tied = graph.subgraph([n for n in graph if graph.degree(n) > 0])
    layout = {
        node: (float(x), float(y))
        for node, (x, y) in (
            nx.spring_layout(tied, seed=7, weight="weight", k=2 / max(len(tied), 1) ** 0.5).items()
            if len(tied)
            else []
        )
    }
    bottom = min((y for _, y in layout.values()), default=0.0) - 0.4
    for i, node in enumerate(alone):
        layout[node] = (-1.0 + 2.0 * (i + 0.5) / len(alone), bottom)
    return layout


def corpus_salience(
    actors: pd.DataFrame, articles: pd.DataFrame, *, top: int = 15, lang: str = "en"
) -> go.Figure:
    """Across articles: one row per actor (the ``top`` most mentioned over the corpus), one
    bubble per article that names it, placed at the article's date (or its order when
    dates are missing), sized by mentions; hover gives the article and the actor's share
    of its quoted words."""
    table = actors.merge(articles[["article_id", "title", "date"]], on="article_id")
    totals = table.groupby("actor")["mentions"].sum()
    kept = sorted(totals.index, key=lambda a: (-totals[a], a))[:top]
    table = table[table["actor"].isin(kept)]
    dated = articles["date"].notna().all()
    order = {a: i for i, a in enumerate(articles["article_id"])}
    x = table["date"] if dated else table["article_id"].map(order)
    colors = actor_colors(actors)
    fig = go.Figure(
        go.Scatter(
            x=x,
            y=table["actor"],
            mode="markers",
            marker={
                "size": 6 + 4 * table["mentions"].clip(upper=10),
                "color": [colors[a] for a in table["actor"]],
                "line": {"width": 1, "color": "#333"},
            },
            customdata=table[["title", "mentions", "voice_share"]].to_numpy(),
            hovertemplate=(
                "%{y}<br>%{customdata[0]}<br>"
                f"{label('mentions', lang)}: %{{customdata[1]}}<br>"
                f"{label('voice_share', lang)}: %{{customdata[2]:.0%}}<extra></extra>"
            ),
        )
    )
    fig.update_layout(
        xaxis_title=label("date" if dated else "article", lang),
        yaxis={"categoryorder": "array", "categoryarray": kept, "autorange": "reversed"},
        height=max(340, 30 * len(kept) + 180),
    )
    words = actors.groupby("actor")["quoted_words"].sum()
    fields = {
        "articles": len(articles),
        "actor": kept[0] if kept else "",
        "n": int(totals.max()) if len(totals) else 0,
    }
    if len(words) and words.max() > 0:
        text = label("corpus.summary", lang, voice=words.idxmax(), words=int(words.max()), **fields)
    elif kept:
        text = label("corpus.summary_unquoted", lang, **fields)
    else:
        text = label("no_actors", lang)
    return _finish(fig, label("corpus.title", lang), text)


def voice_over_time(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    actors: pd.DataFrame,
    *,
    top: int = 6,
    lang: str = "en",
) -> go.Figure:
    """Across dated articles: the words quoted each month from the ``top`` most quoted
    speakers, one bar colour per speaker (the colours of the other charts, from
    ``actors``, and for a speaker those leave grey, a colour no other speaker here has).
    Quotes of undated articles are left out."""
    dated = quotes.merge(articles[["article_id", "date"]], on="article_id")
    dated = dated[(dated["speaker"] != "") & dated["date"].notna()]
    leaders = dated.groupby("speaker")["n_words"].sum().nlargest(top).index
    shown = dated[dated["speaker"].isin(leaders)]
    monthly = (
        shown.assign(month=shown["date"].dt.to_period("M").dt.to_timestamp())
        .groupby(["month", "speaker"], as_index=False)["n_words"]
        .sum()
    )
    palette = actor_colors(actors)
    colors = {s: palette.get(s, OTHER) for s in leaders}
    spare = iter(c for c in PALETTE if c not in colors.values())
    for speaker in leaders:  # speakers beyond the palette's actors get the colours left
        if colors[speaker] == OTHER:
            colors[speaker] = next(spare, OTHER)
    fig = go.Figure(
        [
            go.Bar(
                x=group["month"],
                y=group["n_words"],
                name=speaker,
                marker_color=colors[speaker],
                hovertemplate=f"{speaker}<br>%{{x|%Y-%m}}: %{{y}} "
                f"{label('quoted_words', lang)}<extra></extra>",
            )
            for speaker, group in monthly.groupby("speaker", sort=False)
        ]
    )
    fig.update_layout(
        barmode="stack",
        xaxis_title=label("month", lang),
        yaxis_title=label("quoted_words", lang),
        legend={"orientation": "h", "y": -0.2},
    )
    if len(monthly):
        words = monthly.groupby("speaker")["n_words"].sum()
        busiest = monthly.groupby("month")["n_words"].sum().idxmax()
        text = label(
            "voice_time.summary",
            lang,
            speaker=words.idxmax(),
            words=int(words.max()),
            month=f"{busiest:%Y-%m}",
        )
    else:
        text = label("voice_time.empty", lang)
    return _finish(fig, label("voice_time.title", lang), text)


def save(fig: go.Figure, path: str | Path, *, scale: float = 2.0) -> Path:
    """Write a static image (PNG, SVG, PDF… by the file's extension) through kaleido and
    the machine's Chromium or Chrome (``BROWSER_PATH`` names another). Raises
    :class:`BrowserNotFoundError` when there is none; nothing is downloaded."""
    path = Path(path)
    kind = path.suffix.lstrip(".").lower() or "png"
    if kind not in IMAGE_FORMATS:
        raise OutputError(f"cannot draw {path.name}: choose one of {', '.join(IMAGE_FORMATS)}")
    browser = os.environ.get("BROWSER_PATH") or next(
        (
            found
            for name in ("chromium", "chromium-browser", "google-chrome", "chrome")
            if (found := shutil.which(name))
        ),
        None,
    )
    if browser is None:
        raise BrowserNotFoundError(
            "no Chromium or Chrome found to draw the image: install one "
            "(Debian: apt-get install chromium) or set BROWSER_PATH to its path"
        )
    if not (shutil.which(browser) or Path(browser).is_file()):
        raise BrowserNotFoundError(f"BROWSER_PATH names no program: {browser}")
    os.environ["BROWSER_PATH"] = browser
    return atomic_write(
        path, lambda temporary: fig.write_image(temporary, format=kind, scale=scale)
    )
