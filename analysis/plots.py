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
