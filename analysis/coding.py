"""Human in the loop: a coding sheet of claims that people edit, agreement between coders,
and exports for Discourse Network Analysis and network tools.

A coding sheet is a CSV file with one row per claim. A coder fills ``decision`` (accept
or reject), may change ``coder_position``, and may add rows of their own (actor,
position, issue, evidence; ``key`` left empty). Writing the sheet again after a new run
of the machine keeps every row a person touched (any cell: ``checksum`` records what the
machine wrote) and adds only claims the sheet does not hold yet; the previous file is
copied to ``NAME.bak.csv`` first, and the new file replaces it in one rename. Sheets saved
by a spreadsheet (semicolons, Windows-1252, decimal commas) read back.

>>> import tempfile, pathlib
>>> from analysis import analyze
>>> result = analyze()
>>> sheet = pathlib.Path(tempfile.mkdtemp()) / "claims.csv"
>>> _ = write_coding_sheet(result, sheet)
>>> read_coding_sheet(sheet)["origin"].unique().tolist()
['auto']
"""

from __future__ import annotations

import hashlib
import io
import shutil
from pathlib import Path

import krippendorff
import networkx as nx
import numpy as np
import pandas as pd

from .errors import AgreementError, AnalysisError, ResourceError
from .files import atomic_write
from .loading import decode_bytes
from .tables import SCHEMA, Analysis, make_table

#: The columns a coder fills.
CODER_COLUMNS = ("decision", "coder_position", "coder", "coder_note")
#: The sheet's columns: the key, what a coder reads first, then the rest of the claim.
FIRST_COLUMNS = ("key", "article_id", "actor", "position", *CODER_COLUMNS)
MACHINE_COLUMNS = tuple(c for c in SCHEMA["claims"] if c not in FIRST_COLUMNS and c != "origin")
#: ``checksum`` holds a digest of what the machine wrote in the row, so that a later run
#: tells a person's edit of any cell from the machine's own output.
SHEET_COLUMNS = (*FIRST_COLUMNS, *MACHINE_COLUMNS, "checksum")
DECISIONS = ("", "accept", "reject")
POSITIONS = ("support", "oppose", "neutral")
#: Separators a spreadsheet may save a CSV with (a French locale saves with ";").
SEPARATORS = (",", ";", "\t")


def claim_keys(claims: pd.DataFrame) -> pd.Series:
    """A key that finds the same claim again after a new run: article, cue offset, actor."""
    return claims["article_id"] + ":" + claims["cue_start"].astype(str) + ":" + claims["actor"]


def _checksum(rows: pd.DataFrame) -> pd.Series:
    """A digest of the machine's cells of each row (as the sheet holds them, as text)."""
    columns = ["key", "article_id", "actor", "position", *MACHINE_COLUMNS]
    cells = rows.reindex(columns=columns, fill_value="").astype(str)
    joined = ["\x1f".join(row) for row in cells.itertuples(index=False)]
    digests = [hashlib.sha1(text.encode("utf-8")).hexdigest()[:16] for text in joined]
    return pd.Series(digests, index=rows.index, dtype="str")


def _sheet_rows(claims: pd.DataFrame) -> pd.DataFrame:
    """The machine's rows of a sheet, every cell as the CSV file will hold it."""
    sheet = claims.assign(key=claim_keys(claims), **{c: "" for c in CODER_COLUMNS})
    text = sheet[list(SHEET_COLUMNS[:-1])].to_csv(index=False)
    rows = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    return rows.assign(checksum=_checksum(rows))


def open_coding_sheet(path: str | Path) -> pd.DataFrame:
    """The rows of a coding sheet as a person may have saved it, checked: UTF-8 (with or
    without BOM) or a legacy encoding, separated by commas, semicolons or tabs; empty rows
    left out; decisions and positions in lower case; the index is the row's line."""
    path = Path(path)
    try:
        text = decode_bytes(path.read_bytes(), name=str(path))
    except OSError as error:
        raise ResourceError(f"cannot read coding sheet {path}: {error.strerror}") from None
    except AnalysisError as error:
        raise ResourceError(f"cannot read coding sheet {path}: {error}") from None
    header = text.split("\n", 1)[0]
    separator = max(SEPARATORS, key=header.count)
    try:
        sheet = pd.read_csv(io.StringIO(text), sep=separator, dtype=str, keep_default_na=False)
    except pd.errors.ParserError as error:
        reason = str(error).splitlines()[0]
        raise ResourceError(f"cannot read coding sheet {path}: {reason}") from None
    except pd.errors.EmptyDataError:
        raise ResourceError(f"coding sheet {path} is empty") from None
    needed = ("key", "article_id", "actor", "position", "evidence", *CODER_COLUMNS)
    missing = [c for c in needed if c not in sheet]
    if missing:
        raise ResourceError(f"coding sheet {path} lacks the columns {', '.join(missing)}")
    sheet.index = sheet.index + 2  # the line of the file, after the header
    filled = [any(v.strip() for v in row) for row in sheet.itertuples(index=False)]
    sheet = sheet[pd.Series(filled, index=sheet.index, dtype=bool)]
    for column in ("decision", "coder_position", "position"):
        sheet[column] = sheet[column].str.strip().str.lower()
    _check(sheet, path)
    return sheet


def _check(sheet: pd.DataFrame, path: Path) -> None:
    """Decisions and positions are among the allowed values; a row a person added names
    an actor and a position."""
    rules = (
        ("decision", DECISIONS, "accept, reject or empty"),
        ("coder_position", ("", *POSITIONS), "support, oppose, neutral or empty"),
        ("position", POSITIONS, "support, oppose or neutral"),
    )
    for column, allowed, wanted in rules:
        bad = sheet[~sheet[column].isin(allowed)]
        if len(bad):
            raise ResourceError(
                f"coding sheet {path}, row {bad.index[0]}: {column} must be {wanted}, "
                f"not {bad[column].iloc[0]!r}"
            )
    added = sheet[(sheet["key"].str.strip() == "") & (sheet["actor"].str.strip() == "")]
    if len(added):
        raise ResourceError(
            f"coding sheet {path}, row {added.index[0]}: an added claim needs an actor"
        )


def _touched(sheet: pd.DataFrame) -> pd.Series:
    """Rows a person edited or added: a coder's column filled, a row without key, a column
    of the person's own filled, or any other cell changed since the machine wrote it."""
    own = [c for c in sheet.columns if c not in SHEET_COLUMNS]
    filled = sheet[[*CODER_COLUMNS, *own]].apply(lambda column: column.str.strip() != "")
    changed = (
        _checksum(sheet) != sheet["checksum"] if "checksum" in sheet else True  # older sheets
    )
    return filled.any(axis=1) | (sheet["key"].str.strip() == "") | changed


def write_coding_sheet(result: Analysis, path: str | Path) -> Path:
    """Write the claims of ``result`` to a coding sheet, merging with the sheet already at
    ``path``: rows a person edited or added are kept as they are (with any column of their
    own), other rows are refreshed from the machine, in the machine's order, and a copy of
    the old file is left in ``NAME.bak.csv``. The file is UTF-8 with a byte order mark, so
    that spreadsheets open it with its accents."""
    path = Path(path)
    fresh = _sheet_rows(result.claims)
    if path.exists():
        old = open_coding_sheet(path)
        kept = old[_touched(old)]
        records = kept.to_dict("records")
        by_key = {r["key"]: r for r in records if r["key"].strip()}
        rows = [by_key.pop(r["key"], r) for r in fresh.to_dict("records")]
        rows += list(by_key.values())  # claims a person kept that the machine no longer makes
        rows += [r for r in records if not r["key"].strip()]  # claims a person added
        columns = [*SHEET_COLUMNS, *(c for c in old.columns if c not in SHEET_COLUMNS)]
        fresh = pd.DataFrame(rows, columns=columns).fillna("")
        shutil.copyfile(path, path.with_name(f"{path.stem}.bak{path.suffix}"))
    return atomic_write(path, lambda tmp: fresh.to_csv(tmp, index=False, encoding="utf-8-sig"))


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
    sheet = open_coding_sheet(path)
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
    path = Path(path)
    sheet = open_coding_sheet(path)
    sheet = sheet[sheet["decision"] != "reject"]
    human = _touched(sheet)
    chosen = sheet["coder_position"]
    rows = sheet.assign(
        position=chosen.where(chosen != "", sheet["position"]),
        origin=np.where(human, "human", "auto"),
    )
    columns = SCHEMA["claims"]
    frame = pd.DataFrame({c: rows.get(c, "") for c in columns}, index=rows.index)
    if "concept" in frame and "issue" in frame:  # a row a person added names its issue only
        frame["concept"] = frame["concept"].where(frame["concept"] != "", frame["issue"])
    for column, (dtype, _) in columns.items():
        if dtype in ("int64", "float64"):
            frame[column] = _numbers(frame[column], column, path)
    return make_table("claims", frame.to_dict("records"))


def _numbers(cells: pd.Series, column: str, path: Path) -> pd.Series:
    """Numbers of a sheet's column, read with a decimal point or comma ("0,7" as a French
    spreadsheet saves it); empty cells (rows a person added) are -1."""
    text = cells.astype(str).str.strip().str.replace(",", ".", regex=False)
    numbers = pd.to_numeric(text.where(text != "", "-1"), errors="coerce")
    if numbers.isna().any():
        row = numbers.index[numbers.isna()][0]
        raise ResourceError(
            f"coding sheet {path}, row {row}: {column} must be a number, not {cells[row]!r}"
        )
    return numbers


def agreement(first: str | Path, second: str | Path | pd.DataFrame) -> float:
    """Krippendorff's alpha (nominal) between two coders' sheets, or between a coder's sheet
    and the machine's claims (a claims table): on every claim either codes, the value is
    its position, "rejected" for a claim a coder rejected, missing for a claim a coder's
    sheet does not hold. With fewer than two different values (no claim, or every claim
    coded alike) alpha is undefined: AgreementError."""
    coded = [_final_positions(open_coding_sheet(Path(first)))]
    if isinstance(second, pd.DataFrame):
        coded.append(dict(zip(claim_keys(second), second["position"], strict=True)))
    else:
        coded.append(_final_positions(open_coding_sheet(Path(second))))
    if coded[0] and coded[1] and not set(coded[0]) & set(coded[1]):
        raise AgreementError(
            "the two codings share no claim: are they of the same article and run?"
        )
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
        if row.decision == "reject":
            positions[key] = "rejected"
        else:
            positions[key] = row.coder_position or row.position
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
