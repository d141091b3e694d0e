"""Human in the loop: a coding sheet of claims that people edit, agreement between coders,
and exports for Discourse Network Analysis and network tools.

A coding sheet is a CSV file with one row per claim. A coder fills ``decision`` (accept
or reject), may change ``coder_position``, and may add rows of their own (actor,
position, issue, evidence; ``key`` left empty). Writing the sheet again after a new run
of the machine keeps every row a person touched and adds only claims the sheet does not
hold yet; the previous file is copied to ``NAME.bak.csv`` first, and the new file
replaces it in one rename.

>>> import tempfile, pathlib
>>> from analysis import analyze
>>> result = analyze()
>>> sheet = pathlib.Path(tempfile.mkdtemp()) / "claims.csv"
>>> _ = write_coding_sheet(result, sheet)
>>> read_coding_sheet(sheet)["origin"].unique().tolist()
['auto']
"""

from __future__ import annotations

import shutil
from pathlib import Path

import krippendorff
import networkx as nx
import numpy as np
import pandas as pd

from .errors import AgreementError, ResourceError
from .files import atomic_write
from .tables import SCHEMA, Analysis, make_table

#: The columns a coder fills.
CODER_COLUMNS = ("decision", "coder_position", "coder", "coder_note")
#: The sheet's columns: the key, what a coder reads first, then the rest of the claim.
FIRST_COLUMNS = ("key", "article_id", "actor", "position", *CODER_COLUMNS)
SHEET_COLUMNS = (
    *FIRST_COLUMNS,
    *(c for c in SCHEMA["claims"] if c not in FIRST_COLUMNS and c != "origin"),
)
DECISIONS = ("", "accept", "reject")
POSITIONS = ("support", "oppose", "neutral")


def claim_keys(claims: pd.DataFrame) -> pd.Series:
    """A key that finds the same claim again after a new run: article, cue offset, actor."""
    return claims["article_id"] + ":" + claims["cue_start"].astype(str) + ":" + claims["actor"]


def _sheet_rows(claims: pd.DataFrame) -> pd.DataFrame:
    sheet = claims.assign(key=claim_keys(claims), **{c: "" for c in CODER_COLUMNS})
    return sheet[list(SHEET_COLUMNS)]


def _read(path: Path) -> pd.DataFrame:
    try:
        sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as error:
        raise ResourceError(f"cannot read coding sheet {path}: {error}") from None
    missing = [c for c in ("key", "actor", "position", *CODER_COLUMNS) if c not in sheet]
    if missing:
        raise ResourceError(f"coding sheet {path} lacks the columns {', '.join(missing)}")
    _check(sheet, path)
    return sheet


def _check(sheet: pd.DataFrame, path: Path) -> None:
    """Decisions and positions a coder wrote are among the allowed values."""
    bad = sheet[~sheet["decision"].str.strip().str.lower().isin(DECISIONS)]
    if len(bad):
        raise ResourceError(
            f"coding sheet {path}, row {bad.index[0] + 2}: decision must be accept, reject or "
            f"empty, not {bad['decision'].iloc[0]!r}"
        )
    chosen = sheet["coder_position"].str.strip().str.lower()
    bad = sheet[~chosen.isin(("", *POSITIONS))]
    if len(bad):
        raise ResourceError(
            f"coding sheet {path}, row {bad.index[0] + 2}: coder_position must be support, "
            f"oppose, neutral or empty, not {bad['coder_position'].iloc[0]!r}"
        )


def _touched(sheet: pd.DataFrame) -> pd.Series:
    """Rows a person edited or added."""
    return (
        (sheet["decision"].str.strip() != "")
        | (sheet["coder_position"].str.strip() != "")
        | (sheet["key"].str.strip() == "")
    )


def write_coding_sheet(result: Analysis, path: str | Path) -> Path:
    """Write the claims of ``result`` to a coding sheet, merging with the sheet already at
    ``path``: rows a person edited or added are kept as they are, other rows are refreshed
    from the machine, and a copy of the old file is left in ``NAME.bak.csv``."""
    path = Path(path)
    fresh = _sheet_rows(result.claims)
    if path.exists():
        old = _read(path)
        kept = old[_touched(old)]
        fresh = pd.concat(
            [kept, fresh[~fresh["key"].isin(set(kept["key"]))].astype(str)], ignore_index=True
        )
        shutil.copyfile(path, path.with_name(f"{path.stem}.bak{path.suffix}"))
    return atomic_write(path, lambda tmp: fresh.to_csv(tmp, index=False))


def record_decisions(path: str | Path, decisions: pd.DataFrame) -> Path:
    """Write a coder's decisions into the sheet at ``path``: ``decisions`` has the columns
    key, decision, coder_position (and optionally coder, coder_note); rows are matched by
    key, other rows stay as they are. The old file is kept as ``NAME.bak.csv``.

    >>> import tempfile, pathlib
    >>> from analysis import analyze
    >>> sheet = write_coding_sheet(analyze(), pathlib.Path(tempfile.mkdtemp()) / "c.csv")
    >>> key = pd.read_csv(sheet)["key"].iloc[0]
    >>> edits = pd.DataFrame({"key": [key], "decision": ["reject"], "coder_position": [""]})
    >>> before = len(read_coding_sheet(sheet))
    >>> len(read_coding_sheet(record_decisions(sheet, edits))) == before - 1  # one fewer
    True
    """
    path = Path(path)
    sheet = _read(path)
    edits = decisions.astype(str).set_index("key")
    unknown = sorted(set(edits.index) - set(sheet["key"]))
    if unknown:
        raise ResourceError(f"coding sheet {path} has no claim with key {unknown[0]!r}")
    rows = sheet["key"].isin(edits.index)
    for column in (c for c in CODER_COLUMNS if c in edits):
        sheet.loc[rows, column] = sheet.loc[rows, "key"].map(edits[column]).to_numpy()
    _check(sheet, path)
    shutil.copyfile(path, path.with_name(f"{path.stem}.bak{path.suffix}"))
    return atomic_write(path, lambda tmp: sheet.to_csv(tmp, index=False))


def read_coding_sheet(path: str | Path) -> pd.DataFrame:
    """The claims of a coding sheet as a claims table: rejected rows left out, rows a person
    accepted, changed or added marked ``origin=human`` with the person's position."""
    sheet = _read(Path(path))
    sheet = sheet[sheet["decision"].str.strip().str.lower() != "reject"]
    human = _touched(sheet)
    chosen = sheet["coder_position"].str.strip().str.lower()
    rows = sheet.assign(
        position=chosen.where(chosen != "", sheet["position"]),
        origin=np.where(human, "human", "auto"),
    )
    columns = SCHEMA["claims"]
    frame = pd.DataFrame({c: rows.get(c, "") for c in columns})
    for column, (dtype, _) in columns.items():
        if dtype in ("int64", "float64"):
            frame[column] = pd.to_numeric(frame[column], errors="coerce").fillna(-1)
    return make_table("claims", frame.to_dict("records"))


def agreement(first: str | Path, second: str | Path | pd.DataFrame) -> float:
    """Krippendorff's alpha (nominal) between two coders' sheets, or between a coder's sheet
    and the machine's claims (a claims table): on every claim either codes, the value is
    its position, "rejected" for a claim a coder rejected, missing for a claim a coder's
    sheet does not hold. With fewer than two different values (no claim, or every claim
    coded alike) alpha is undefined: AgreementError."""
    coded = [_final_positions(_read(Path(first)))]
    if isinstance(second, pd.DataFrame):
        coded.append(dict(zip(claim_keys(second), second["position"], strict=True)))
    else:
        coded.append(_final_positions(_read(Path(second))))
    keys = sorted(set(coded[0]) | set(coded[1]))
    values = {v: i for i, v in enumerate((*POSITIONS, "rejected"))}
    data = [[values[c[k]] if k in c else np.nan for k in keys] for c in coded]
    found = {c[k] for c in coded for k in keys if k in c}
    if len(found) < 2:  # alpha compares disagreement with the spread of values
        raise AgreementError(
            f"Krippendorff's alpha is undefined for {len(keys)} claim(s) coded "
            f"{' / '.join(sorted(found)) or 'nothing'}: it needs at least two different values"
        )
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def _final_positions(sheet: pd.DataFrame) -> dict[str, str]:
    """key -> the position a coder settled on; added rows keyed by actor and evidence."""
    positions = {}
    for row in sheet.itertuples():
        key = row.key or f"{row.article_id}:{row.evidence}:{row.actor}"
        if row.decision.strip().lower() == "reject":
            positions[key] = "rejected"
        else:
            positions[key] = row.coder_position.strip().lower() or row.position
    return positions


def to_dna_csv(claims: pd.DataFrame, path: str | Path) -> Path:
    """Claims as statements the Discourse Network Analyzer imports: text, actor, concept,
    agreement (1 support, 0 oppose; neutral claims carry no agreement and are left out)."""
    stances = claims[claims["position"].isin(("support", "oppose"))]
    table = pd.DataFrame(
        {
            "article_id": stances["article_id"],
            "text": stances["evidence"],
            "actor": stances["actor"],
            "concept": stances["concept"],
            "agreement": (stances["position"] == "support").astype(int),
        }
    )
    return atomic_write(path, lambda tmp: table.to_csv(tmp, index=False))


def actor_concept_graph(claims: pd.DataFrame) -> nx.Graph:
    """The bipartite network of actors and concepts: an edge per pair that a claim links,
    with the number of supporting, opposing and neutral claims and their net sign."""
    graph = nx.Graph()
    for (actor, concept), group in claims.groupby(["actor", "concept"], sort=True):
        counts = group["position"].value_counts()
        support, oppose = int(counts.get("support", 0)), int(counts.get("oppose", 0))
        graph.add_node(f"actor:{actor}", label=actor, kind="actor")
        graph.add_node(f"concept:{concept}", label=concept, kind="concept")
        graph.add_edge(
            f"actor:{actor}",
            f"concept:{concept}",
            support=support,
            oppose=oppose,
            neutral=int(counts.get("neutral", 0)),
            weight=len(group),
            sign=int(np.sign(support - oppose)),
        )
    return graph


def save_graphml(graph: nx.Graph, path: str | Path) -> Path:
    """Write a network as GraphML (Gephi, Cytoscape, visone, networkx read it)."""
    return atomic_write(path, lambda tmp: nx.write_graphml(graph, tmp))
