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
