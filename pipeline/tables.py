"""Read an output folder back as typed pandas DataFrames (`pipeline.load`)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pandas as pd

from .schema import TABLES

DTYPES = {"int": "Int64", "code": "category", "text": "string"}


@dataclass(frozen=True)
class Tables:
    documents: pd.DataFrame
    speeches: pd.DataFrame
    sections: pd.DataFrame
    points: pd.DataFrame
    figures: pd.DataFrame
    entities: pd.DataFrame
    errors: pd.DataFrame


def _decimal(cell: str):
    return Decimal(cell) if cell else None


def read_table(path: Path, table: str) -> pd.DataFrame:
    cols = TABLES[table]
    converters = {c.name: _decimal for c in cols if c.type == "decimal"}
    if not path.exists():
        frame = pd.DataFrame({c.name: pd.Series(dtype=DTYPES.get(c.type, "object")) for c in cols})
        return frame
    # everything is read as written (strings), then typed: codes such as adcode 440300 stay text
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype={c.name: "string" for c in cols if c.type in DTYPES},
                        converters=converters, keep_default_na=False, na_values=[""])
    for c in cols:
        if c.type == "int":
            frame[c.name] = pd.to_numeric(frame[c.name]).astype("Int64")
        elif c.type == "code":
            frame[c.name] = frame[c.name].astype("category")
    return frame[[c.name for c in cols]]


def load(out_dir: Path | str = "output") -> Tables:
    """The tables of an output folder with their types: Int64, category, string, Decimal."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise FileNotFoundError(f"{out_dir}: no such output folder")
    return Tables(**{t: read_table(out_dir / f"{t}.csv", t) for t in TABLES})
