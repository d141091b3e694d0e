"""ipywidgets explorers for JupyterLab: pick an actor, an issue section and a tone
threshold and see the chart and the evidence sentences update; code the machine's claims
by hand and save them to a coding sheet.

Each explorer is an object whose ``widget`` is shown by Jupyter (the object displays
itself) and whose current state (``figure``, ``evidence``) can be read from code.

>>> from analysis import analyze
>>> explorer = ActorExplorer(analyze())
>>> explorer.actor.value
'Russie'
>>> explorer.actor.value = "Sergey Lavrov"
>>> int((explorer.evidence["mentions"] != "").all())
1
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import ipywidgets as widgets
import pandas as pd
from IPython.display import display

from .coding import (
    POSITIONS,
    open_coding_sheet,
    read_coding_sheet,
    record_decisions,
    write_coding_sheet,
)
from .errors import ResourceError
from .plots import actor_colors, article_map, label
from .tables import Analysis

ALL = "(all)"


def _table_html(frame: pd.DataFrame) -> str:
    return frame.to_html(index=False, escape=True, float_format=lambda x: f"{x:+.2f}")


class ActorExplorer:
    """One actor at a time: the article map reduced to that actor (its mentions and quotes)
    and, below, the sentences that name it in the chosen issue section whose tone is at
    least the threshold away from neutral, with the actor's claims there."""

    def __init__(self, result: Analysis, *, lang: str = "en") -> None:
        self.lang = lang
        article = result.articles["article_id"].iloc[0]
        self.sentences = result.sentences[result.sentences["article_id"] == article]
        self.mentions = result.mentions[result.mentions["article_id"] == article]
        self.quotes = result.quotes[result.quotes["article_id"] == article]
        self.claims = result.claims[result.claims["article_id"] == article]
        self.actor = widgets.Dropdown(
            options=list(actor_colors(self.mentions)), description=label("actor", lang)
        )
        self.issue = widgets.Dropdown(
            options=[ALL, *dict.fromkeys(self.sentences["topic"])],
            description=label("section", lang),
        )
        self.threshold = widgets.FloatSlider(
            value=0.0, min=0.0, max=1.0, step=0.05, description=f"|{label('tone', lang)}| ≥"
        )
        self.chart = widgets.Output()
        self.table = widgets.HTML()
        self.figure = None
        self.evidence = pd.DataFrame()
        for control in (self.actor, self.issue, self.threshold):
            control.observe(self.update, names="value")
        self.widget = widgets.VBox(
            [widgets.HBox([self.actor, self.issue, self.threshold]), self.chart, self.table]
        )
        self.update()

    def update(self, change: object = None) -> None:
        """Redraw the chart and the evidence for the current choices."""
        actor = self.actor.value or ""  # None when the article names no actor
        sentences = self.sentences
        if self.issue.value != ALL:
            sentences = sentences[sentences["topic"] == self.issue.value]
        mentions = self.mentions[self.mentions["actor"] == actor]
        quotes = self.quotes[self.quotes["speaker"] == actor]
        self.figure = article_map(sentences, mentions, quotes, lang=self.lang)
        named = mentions.groupby("sentence_id")["text"].apply(", ".join).rename("mentions")
        strong = sentences[sentences["tone"].abs() >= self.threshold.value]
        self.evidence = strong.join(named, on="sentence_id", how="inner")[
            ["sentence_id", "tone", "mentions", "text"]
        ]
        claims = self.claims[
            (self.claims["actor"] == actor)
            & self.claims["sentence_id"].isin(sentences["sentence_id"])
        ][["sentence_id", "position", "cue", "evidence"]]
        self.chart.outputs = ()
        self.chart.append_display_data(self.figure)
        self.table.value = (
            f"<h4>{escape(actor or label('no_actors', self.lang))}: {len(self.evidence)} "
            f"{escape(label('sentence', self.lang))}(s)"
            f"</h4>{_table_html(self.evidence)}"
            f"<h4>{escape(label('claims', self.lang))}</h4>{_table_html(claims)}"
        )

    def _ipython_display_(self) -> None:
        display(self.widget)


class RowsOf:
    """A menu of the values of one column (most frequent first, or ``value``); the rows
    with the chosen value show below as a table (escaped HTML, no output capture, so it
    also works where no front end answers).

    >>> from analysis import analyze
    >>> quotes = analyze().quotes
    >>> picker = RowsOf(quotes, "speaker", ["kind", "text"])
    >>> picker.menu.value = "Vladimir Poutine"
    >>> len(picker.rows) == int((quotes["speaker"] == "Vladimir Poutine").sum())
    True
    """

    def __init__(
        self, frame: pd.DataFrame, column: str, columns: list[str], value: str | None = None
    ) -> None:
        self.frame, self.column, self.columns = frame, column, columns
        counts = frame.loc[frame[column].fillna("") != "", column].value_counts()
        options = list(counts.index)
        if value is not None and value not in options:  # a typo, or an actor never quoted
            shown = ", ".join(map(str, options[:5])) or "none"
            raise ValueError(f"{value!r} is no {column} here; the {column}s are {shown}...")
        self.menu = widgets.Dropdown(
            options=options,
            value=value if value is not None else (options[0] if options else None),
            description=column,
        )
        self.table = widgets.HTML()
        self.rows = frame.iloc[0:0]
        self.menu.observe(self.update, names="value")
        self.widget = widgets.VBox([self.menu, self.table])
        self.update()

    def update(self, change: object = None) -> None:
        """Show the rows of the chosen value."""
        self.rows = self.frame.loc[self.frame[self.column] == self.menu.value, self.columns]
        self.table.value = self.rows.to_html(index=False, escape=True)

    def _ipython_display_(self) -> None:
        display(self.widget)


class ClaimCoder:
    """The claims of a coding sheet, one row each: the actor, the machine's position, the
    evidence; the coder accepts or rejects it and may change the position. "Save" writes
    the decisions into the sheet (merged by key, the old file kept as ``NAME.bak.csv``).
    The sheet is written from ``result`` first when it does not exist."""

    def __init__(self, result: Analysis, path: str | Path, *, coder: str = "") -> None:
        self.path = Path(path)
        if not self.path.exists():
            write_coding_sheet(result, self.path)
        sheet = open_coding_sheet(self.path)  # checked, decisions and positions in lower case
        articles = set(result.articles["article_id"])
        if len(sheet) and not articles & set(sheet["article_id"]):
            other = sheet["article_id"].iloc[0]
            raise ResourceError(
                f"coding sheet {self.path} codes another article ({other}); give another path"
            )
        self.sheet = sheet[sheet["key"] != ""]
        self.coder = widgets.Text(value=coder, description="coder")
        self.decisions: dict[str, widgets.ToggleButtons] = {}
        self.positions: dict[str, widgets.Dropdown] = {}
        rows = []
        for row in self.sheet.itertuples():
            self.decisions[row.key] = widgets.ToggleButtons(
                options=[("—", ""), ("accept", "accept"), ("reject", "reject")],
                value=row.decision or "",
                style={"button_width": "5em"},
            )
            self.positions[row.key] = widgets.Dropdown(
                options=[("(as found)", ""), *((p, p) for p in POSITIONS)],
                value=row.coder_position or "",
                layout={"width": "9em"},
            )
            text = widgets.HTML(
                f"<b>{escape(row.actor)}</b> · {escape(row.position)} · "
                f"<i>{escape(row.cue)}</i><br>{escape(row.evidence)}",
                layout={"width": "60%"},
            )
            rows.append(widgets.HBox([text, self.decisions[row.key], self.positions[row.key]]))
        self.save_button = widgets.Button(description="Save", button_style="primary")
        self.status = widgets.HTML()
        self.save_button.on_click(self.save)
        self.widget = widgets.VBox(
            [self.coder, *rows, widgets.HBox([self.save_button, self.status])]
        )

    def save(self, button: object = None) -> pd.DataFrame:
        """Write the current decisions to the sheet; returns the claims read back."""
        keys = list(self.decisions)
        edits = pd.DataFrame(
            {
                "key": keys,
                "decision": [self.decisions[k].value for k in keys],
                "coder_position": [self.positions[k].value for k in keys],
            }
        )
        touched = (edits["decision"] != "") | (edits["coder_position"] != "")
        named = dict(zip(self.sheet["key"], self.sheet["coder"], strict=True))
        edits["coder"] = [
            self.coder.value if t else named[k] for k, t in zip(keys, touched, strict=True)
        ]
        record_decisions(self.path, edits)
        claims = read_coding_sheet(self.path)
        self.status.value = f"saved {int(touched.sum())} decision(s) to {escape(str(self.path))}"
        return claims

    def _ipython_display_(self) -> None:
        display(self.widget)
