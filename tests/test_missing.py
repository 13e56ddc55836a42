"""Missing values: one convention in CSV, JSON Lines, Parquet and `pipeline.load` — missing is null.

A field with no value is an empty cell in CSV, `null` in JSON Lines (tables and the nested
documents.jsonl), null in Parquet and <NA>/None/NaT in the frames of `pipeline.load`, whichever
file they were read from; no format ever holds an empty string. Checked cell by cell over the
corpus with every format written in one run.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from conftest import read_rows, run_cli
from pipeline import load
from pipeline.schema import TABLES, columns

pytestmark = pytest.mark.slow  # each test runs the command line (tests/test_pipeline.py has a fast run of it)

# tables the corpus fills (entities with --entities); errors and warnings stay empty on the corpus
FILLED = [t for t in TABLES if t not in ("errors", "warnings")]


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    pytest.importorskip("pyarrow")
    out = tmp_path_factory.mktemp("all-formats")
    proc = run_cli("extract", "--entities", "--format", "csv,jsonl,parquet", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


def csv_gaps(out: Path, table: str) -> set[tuple[int, str]]:
    return {(i, k) for i, row in enumerate(read_rows(out / f"{table}.csv")) for k, v in row.items() if v == ""}


def jsonl_rows(out: Path, table: str) -> list[dict]:
    return [json.loads(line) for line in (out / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()]


def walk(value):
    """Every scalar of a nested JSON record, with its key."""
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, (dict, list)):
                yield from walk(v)
            else:
                yield k, v
    elif isinstance(value, list):
        for v in value:
            yield from walk(v)


@pytest.mark.parametrize("table", FILLED)
def test_jsonl_has_null_exactly_where_the_csv_has_an_empty_cell(out, table):
    rows = jsonl_rows(out, table)
    assert rows, table
    assert not [(i, k) for i, r in enumerate(rows) for k, v in r.items() if v == ""]
    assert {(i, k) for i, r in enumerate(rows) for k, v in r.items() if v is None} == csv_gaps(out, table)


@pytest.mark.parametrize("table", FILLED)
def test_parquet_has_null_exactly_where_the_csv_has_an_empty_cell(out, table):
    import pyarrow.parquet as pq

    rows = pq.read_table(out / f"{table}.parquet").to_pylist()
    assert not [(i, k) for i, r in enumerate(rows) for k, v in r.items() if v == ""]
    assert {(i, k) for i, r in enumerate(rows) for k, v in r.items() if v is None} == csv_gaps(out, table)


@pytest.mark.parametrize("prefer", ["csv", "parquet"])
@pytest.mark.parametrize("table", FILLED)
def test_load_isna_finds_every_gap(out, table, prefer):
    frame = getattr(load(out, prefer=prefer), table)
    assert list(frame.columns) == columns(table)
    na = {(i, k) for k in frame.columns for i, v in enumerate(frame[k].isna()) if v}
    assert na == csv_gaps(out, table)
    strings = [c.name for c in TABLES[table] if c.type in ("text", "code")]
    assert not [(k, i) for k in strings for i, v in enumerate(frame[k]) if v is not pd.NA and v == ""]


def test_the_gaps_are_real_and_of_every_type(out):
    """The corpus has gaps in text, code, decimal and date columns: the checks above are not vacuous."""
    figures = load(out).figures
    assert figures["value_max"].isna().sum() > 100 and figures["value_max"].notna().sum() > 0  # decimal
    assert figures["unit"].isna().sum() > 0 and figures["qualifier"].isna().sum() > 50  # code
    assert figures["baseline"].isna().sum() > 50  # text
    docs = load(out).documents
    assert docs["author"].isna().sum() >= 2 and docs["date"].isna().sum() >= 2
    assert {(t, k) for t in FILLED for _, k in csv_gaps(out, t)} >= {
        ("figures", "value_max"), ("figures", "unit"), ("figures", "qualifier"), ("figures", "change"),
        ("figures", "baseline"), ("documents", "author"), ("speeches", "place")}


def test_the_nested_documents_jsonl_has_no_empty_string(out):
    records = jsonl_rows(out, "documents")
    values = [(k, v) for r in records for k, v in walk({k: v for k, v in r.items() if k != "metadata"})]
    assert len(values) > 1000
    assert not [k for k, v in values if v == ""]
    assert any(v is None for _, v in values)
