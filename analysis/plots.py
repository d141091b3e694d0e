"""Figures from tables: tidy DataFrame in, plotly figure out, never shown here.

>>> from analysis import analyze
>>> fig = mentions_bar(analyze().actors)
>>> fig.layout.title.text
'Who is mentioned, and how often'
"""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

#: Okabe-Ito colours, distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
TYPE_COLORS = {
    "person": PALETTE[0],
    "country": PALETTE[1],
    "organisation": PALETTE[2],
    "place": PALETTE[4],
    "group": PALETTE[3],
    "other": PALETTE[7],
}


def mentions_bar(actors: pd.DataFrame, *, top: int | None = 15) -> go.Figure:
    """Horizontal bars of mentions per actor, most mentioned on top, coloured by type.

    Hover shows the first position (0 = first word), whether the actor is in the lead and
    the forms the article uses. With several articles, mentions are summed. ``top=None``
    shows every actor.
    """
    table = (
        actors.groupby(["actor", "type"], as_index=False)
        .agg(
            mentions=("mentions", "sum"),
            first_position=("first_position", "min"),
            in_lead=("in_lead", "any"),
            forms=("forms", "first"),
        )
        .sort_values(["mentions", "first_position"], ascending=[False, True])
    )
    if top is not None:
        table = table.head(top)
    fig = px.bar(
        table,
        x="mentions",
        y="actor",
        color="type",
        orientation="h",
        color_discrete_map=TYPE_COLORS,
        hover_data={"first_position": ":.2f", "in_lead": True, "forms": True, "type": False},
        category_orders={"actor": list(table["actor"])},
        title="Who is mentioned, and how often",
        labels={"mentions": "mentions", "actor": "", "type": "type"},
    )
    fig.update_layout(height=max(300, 28 * len(table) + 120), legend_title_text="type")
    return fig


def mentions_vs_voice(actors: pd.DataFrame, *, top: int | None = 15) -> go.Figure:
    """For each actor, its share of the mentions beside its share of the quoted words.

    An actor named often but never quoted (a long first bar, no second) is talked about,
    not heard. With several articles, counts are summed before shares are taken.
    """
    table = actors.groupby("actor", as_index=False).agg(
        mentions=("mentions", "sum"), quoted_words=("quoted_words", "sum")
    )
    table = table.sort_values(["mentions", "quoted_words"], ascending=False)
    if top is not None:
        table = table.head(top)
    total_mentions = actors["mentions"].sum() or 1
    total_words = actors["quoted_words"].sum() or 1
    long = pd.concat(
        [
            table.assign(measure="share of mentions", share=table["mentions"] / total_mentions),
            table.assign(
                measure="share of quoted words", share=table["quoted_words"] / total_words
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
        title="Who is named, and who is heard",
        labels={"share": "share of the article", "actor": "", "measure": ""},
    )
    fig.update_layout(height=max(320, 34 * len(table) + 140), xaxis_tickformat=".0%")
    return fig


#: Position of a claim as a number: the heatmap's diverging scale is centred on neutral.
POSITION_VALUES = {"oppose": -1.0, "neutral": 0.0, "support": 1.0}


def stance_heatmap(claims: pd.DataFrame, *, by: str = "topic", top: int = 12) -> go.Figure:
    """Actors × issues: the mean position of each actor's claims on each issue, from -1
    (oppose) through 0 (neutral) to 1 (support), on a diverging colour scale centred on
    neutral. Hover shows the number of claims, their cues and the first evidence sentence.
    ``by`` is "topic" (the issue section, default), "concept" or "issue"; the ``top``
    actors and issues with most claims are shown."""
    table = claims.assign(value=claims["position"].map(POSITION_VALUES))
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
        + " claim(s); cue: "
        + cells["cues"]
        + "<br>"
        + cells["evidence"].str.slice(0, 120)
    ).pivot(index="actor", columns=by, values="text")
    hover = hover.reindex(index=grid.index, columns=grid.columns).fillna("")
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=list(grid.columns),
            y=list(grid.index),
            zmin=-1,
            zmax=1,
            zmid=0,
            colorscale=[[0, PALETTE[5]], [0.5, "#f7f7f7"], [1, PALETTE[0]]],
            colorbar={
                "title": "position",
                "tickvals": [-1, 0, 1],
                "ticktext": ["oppose", "neutral", "support"],
            },
            customdata=hover.to_numpy(),
            hovertemplate="%{y} on %{x}: %{z:.2f}<br>%{customdata}<extra></extra>",
        )
    )
    fig.update_layout(
        title="Who stands where: mean position of each actor on each issue",
        xaxis_title={"topic": "issue section"}.get(by, by),
        yaxis_title="",
        height=max(320, 30 * len(grid.index) + 180),
    )
    return fig


def tone_along(sentences: pd.DataFrame, tone_words: pd.DataFrame) -> go.Figure:
    """The tone of each sentence in reading order, coloured by its issue section; hover
    shows the sentence and the words behind its tone."""
    words = (
        tone_words.assign(
            word=tone_words["token"] + " (" + tone_words["weight"].round(1).astype(str) + ")"
        )
        .groupby(["article_id", "sentence_id"])["word"]
        .apply(", ".join)
    )
    table = sentences.join(words, on=["article_id", "sentence_id"]).assign(
        word=lambda t: t["word"].fillna("no tone word"),
        excerpt=lambda t: t["text"].str.slice(0, 90),
    )
    fig = px.bar(
        table,
        x="sentence_id",
        y="tone",
        color="topic",
        color_discrete_sequence=PALETTE,
        hover_data={"excerpt": True, "word": True, "topic": False, "tone": ":.2f"},
        title="Tone along the article, sentence by sentence",
        labels={
            "sentence_id": "sentence (reading order)",
            "tone": "tone",
            "topic": "section",
            "word": "tone words",
            "excerpt": "sentence",
        },
    )
    fig.update_layout(yaxis_range=[-1, 1], legend={"orientation": "h", "y": -0.25})
    return fig
