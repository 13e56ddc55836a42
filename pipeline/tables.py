"""Read an output folder back as typed pandas DataFrames (`pipeline.load`).

Each table is read from `TABLE.csv` when the folder has it, else from
`TABLE.parquet` (`--format parquet` alone; reading it needs pyarrow), else it is
an empty frame with the table's columns. CSV is preferred because every run
that writes CSV writes it for every table, and it needs nothing beyond the core
install; `load(dir, prefer="parquet")` reads Parquet first instead.

Both give the same frames: Int64, category, string and `decimal.Decimal`
columns, and a missing value is <NA> (None for decimals; NaT for dates). The
writers never write an empty string (missing is null in every format: see
`pipeline.export`), so `isna()` finds the same gaps whichever file a table came
from; an empty string in a Parquet file written by something else reads as <NA> too. A column that a file
lacks (written before the column was added) reads as missing.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pandas as pd

from .export import csv_untext
from .schema import TABLES

DTYPES = {"int": "Int64", "code": "category", "text": "string", "date": "datetime64[ns]"}


@dataclass(frozen=True)
class Tables:
    documents: pd.DataFrame
    speeches: pd.DataFrame
    sections: pd.DataFrame
    points: pd.DataFrame
    figures: pd.DataFrame
    entities: pd.DataFrame
    errors: pd.DataFrame
    warnings: pd.DataFrame


def _decimal(cell: str):
    return Decimal(cell) if cell else None


def _dates(cells: pd.Series) -> pd.Series:
    """ISO dates as datetime64[ns] (an empty or unreadable cell is NaT), whichever file they were read from."""
    return pd.to_datetime(cells, format="ISO8601", errors="coerce").astype("datetime64[ns]")


def read_table(path: Path, table: str) -> pd.DataFrame:
    cols = TABLES[table]
    converters = {c.name: _decimal for c in cols if c.type == "decimal"}
    if not path.exists():
        frame = pd.DataFrame({c.name: pd.Series(dtype=DTYPES.get(c.type, "object")) for c in cols})
        return frame
    # everything is read as written (strings), then typed: codes such as adcode 440300 stay text
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype={c.name: "string" for c in cols if c.type in DTYPES},
                        converters=converters, keep_default_na=False, na_values=[""])
    for c in cols:  # a file written before a column existed (excerpt_start…): the column is missing
        if c.name not in frame.columns:
            frame[c.name] = pd.Series(None, index=frame.index, dtype="object" if c.type == "decimal" else "string")
    for c in cols:
        if c.type in ("text", "code") and frame[c.name].str.startswith("'", na=False).any():
            frame[c.name] = frame[c.name].map(csv_untext, na_action="ignore").astype("string")  # see export.csv_text
        if c.type == "int":
            frame[c.name] = pd.to_numeric(frame[c.name]).astype("Int64")
        elif c.type == "code":
            frame[c.name] = frame[c.name].astype("category")
        elif c.type == "date":
            frame[c.name] = _dates(frame[c.name])
    return frame[[c.name for c in cols]]


def read_parquet_table(path: Path, table: str) -> pd.DataFrame:
    """A table from a Parquet file written by `OutputWriter`, typed as `read_table` types a CSV."""
    from .export import require_pyarrow

    pq = require_pyarrow()
    import pyarrow.types as pat

    cols = TABLES[table]
    present = set(pq.read_schema(path).names)
    data = pq.read_table(path, columns=[c.name for c in cols if c.name in present])
    frame = {}
    for c in cols:
        if c.name not in present:  # a file written before the column existed: missing
            frame[c.name] = pd.array([None] * data.num_rows, dtype="Int64" if c.type == "int" else "string")
            if c.type == "code":
                frame[c.name] = frame[c.name].astype("category")
            continue
        column = data.column(c.name)
        if c.type == "int":
            frame[c.name] = pd.array(column.to_pylist(), dtype="Int64")
            continue
        if pat.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        values = [v or None for v in column.to_pylist()]  # missing is null; a stray "" reads as a CSV's empty cell
        if c.type == "decimal":
            frame[c.name] = pd.array([None if v is None else Decimal(v) for v in values], dtype=object)
        elif c.type == "date":
            frame[c.name] = _dates(pd.Series(values, dtype="string"))
        else:
            strings = pd.array(values, dtype="string")
            frame[c.name] = strings.astype("category") if c.type == "code" else strings
    return pd.DataFrame(frame, columns=[c.name for c in cols])


def load(out_dir: Path | str = "output", prefer: str = "csv") -> Tables:
    """The tables of an output folder with their types: Int64, category, string, Decimal.

    Each table comes from its CSV file, or its Parquet file when there is no CSV
    (`prefer="parquet"`: the other way round).
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise FileNotFoundError(f"{out_dir}: no such output folder")
    if prefer not in ("csv", "parquet"):
        raise ValueError(f"prefer must be 'csv' or 'parquet', not {prefer!r}")
    order = ("csv", "parquet") if prefer == "csv" else ("parquet", "csv")
    tables = {}
    for t in TABLES:
        path = next((out_dir / f"{t}.{ext}" for ext in order if (out_dir / f"{t}.{ext}").exists()), out_dir / f"{t}.csv")
        tables[t] = read_parquet_table(path, t) if path.suffix == ".parquet" else read_table(path, t)
    return Tables(**tables)
