"""Parquet output (`--format parquet`): streamed, typed from schema.py, the same rows as the CSV, atomic,
read back by pipeline.load. Skipped without pyarrow (the parquet extra), except the check that its
absence is a usage error."""
from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from conftest import CORPUS, GOVREPORT, ROOT, read_rows, run_cli
from pipeline import load, run
from pipeline.export import OutputWriter
from pipeline.records import Failure
from pipeline.run import Options
from pipeline.schema import TABLES, columns

PLAIN_DECIMAL = re.compile(r"-?\d+(\.\d*[1-9])?")


@pytest.fixture(scope="module")
def pq():
    return pytest.importorskip("pyarrow.parquet")


@pytest.fixture(scope="module")
def both(pq, tmp_path_factory) -> Path:
    """The corpus with CSV and Parquet written together, in one process (`--jobs 1`)."""
    out = tmp_path_factory.mktemp("csv-parquet")
    proc = run_cli("extract", "--jobs", "1", "--format", "csv,parquet", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def parquet_only(pq, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("parquet-only")
    proc = run_cli("extract", "--format", "parquet", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


def as_csv_cells(rows: list[dict]) -> list[dict[str, str]]:
    """Parquet rows as a CSV shows them: a missing value and an empty string are both an empty cell."""
    return [{k: "" if v is None else str(v) for k, v in r.items()} for r in rows]


@pytest.mark.slow
def test_every_table_is_written_and_no_temporary_file_is_left(both, parquet_only):
    assert sorted(p.name for p in both.iterdir()) == sorted(f"{t}.{e}" for t in TABLES for e in ("csv", "parquet"))
    assert sorted(p.name for p in parquet_only.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)


@pytest.mark.parametrize("table", list(TABLES))
@pytest.mark.slow
def test_columns_are_typed_from_the_schema(pq, both, table):
    import pyarrow as pa

    schema = pq.read_schema(both / f"{table}.parquet")
    assert schema.names == columns(table)
    want = {"int": pa.int64(), "code": pa.dictionary(pa.int32(), pa.string()), "text": pa.string(),
            "decimal": pa.string(), "date": pa.string()}
    for c in TABLES[table]:
        field = schema.field(c.name)
        assert field.type == want[c.type], (c.name, field.type)
        assert field.nullable
        assert field.metadata[b"zhfigures.type"] == c.type.encode()


@pytest.mark.parametrize("table", list(TABLES))
@pytest.mark.slow
def test_rows_are_the_csv_rows(pq, both, table):
    parquet_rows = pq.read_table(both / f"{table}.parquet").to_pylist()
    assert as_csv_cells(parquet_rows) == read_rows(both / f"{table}.csv")


@pytest.mark.slow
def test_decimals_are_exact_plain_digits(pq, both):
    figures = pq.read_table(both / "figures.parquet").to_pylist()
    values = [f[k] for f in figures for k in ("value", "value_max") if f[k] is not None]
    assert len(values) > 100
    assert all(PLAIN_DECIMAL.fullmatch(v) for v in values), [v for v in values if not PLAIN_DECIMAL.fullmatch(v)]
    assert all(str(Decimal(v)) == v for v in values)  # no exponent, nothing lost
    # the corpus spans fractions of one to trillions, whole numbers and decimals (scale 0 and more):
    # one decimal128 scale would pad or round them, the reason the column holds the digits as written
    numbers = [Decimal(v) for v in values]
    assert min(numbers) < 1 and max(numbers) >= 10 ** 12
    assert any(n == n.to_integral_value() for n in numbers) and any(n != n.to_integral_value() for n in numbers)


def test_decimals_of_any_scale_are_written_as_plain_digits(pq, tmp_path):
    row = {c: None for c in columns("figures")}
    rows = [{**row, "doc_id": "d", "speech": 1, "section": 0, "mention": m, "value": v, "value_max": w,
             "kind": "money", "start": 0, "end": len(m)}
            for m, v, w in (("0.04%", Decimal("0.040"), None), ("114万亿元", Decimal("1.14E+14"), None),
                            ("3至5年", Decimal("3"), Decimal("5")))]
    with OutputWriter(tmp_path, ("parquet",)) as out:
        out.add_rows({"figures": rows}, {})
    table = pq.read_table(tmp_path / "figures.parquet")
    assert table.column("value").to_pylist() == ["0.04", "114000000000000", "3"]
    assert table.column("value_max").to_pylist() == [None, None, "5"]
    assert table.column("kind").to_pylist() == ["money"] * 3


@pytest.mark.slow
def test_codes_read_as_categories_and_missing_values_stay_null(pq, both):
    frame = pd.read_parquet(both / "figures.parquet")
    assert isinstance(frame["kind"].dtype, pd.CategoricalDtype)
    assert set(frame["kind"].dropna()) <= {"count", "money", "percent", "percentage_point", "measure", "rank",
                                           "ratio", "duration"}
    assert frame["value_max"].isna().any() and frame["start"].dtype == "int64"


def test_one_row_group_per_flush(pq, tmp_path, monkeypatch):
    """Rows are streamed: each flush of the buffer is a row group, not one table held to the end."""
    monkeypatch.setattr("pipeline.export.FLUSH_ROWS", 20)
    run([str(CORPUS)], tmp_path, Options(formats=("csv", "parquet")))
    meta = pq.ParquetFile(tmp_path / "figures.parquet").metadata
    assert meta.num_rows == len(read_rows(tmp_path / "figures.csv")) > 100
    assert meta.num_row_groups >= 2  # a flush after a document once 20 rows are buffered: 3 documents
    assert sum(meta.row_group(i).num_rows for i in range(meta.num_row_groups)) == meta.num_rows


@pytest.mark.slow
def test_load_reads_parquet_when_there_is_no_csv(both, parquet_only):
    from_csv = load(both)
    from_parquet = load(parquet_only)
    preferring_parquet = load(both, prefer="parquet")
    for table in TABLES:
        expected = getattr(from_csv, table)
        pd.testing.assert_frame_equal(getattr(from_parquet, table), expected)
        pd.testing.assert_frame_equal(getattr(preferring_parquet, table), expected)
    figures = from_parquet.figures
    assert isinstance(figures["kind"].dtype, pd.CategoricalDtype)
    assert str(figures["start"].dtype) == "Int64" and str(figures["mention"].dtype) == "string"
    assert all(isinstance(v, Decimal) for v in figures["value"].dropna())
    assert len(figures) > 100


def test_a_failed_run_leaves_the_previous_parquet_and_no_temporary_file(pq, tmp_path):
    run([str(GOVREPORT)], tmp_path, Options(formats=("parquet",)))
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(KeyboardInterrupt):
        with OutputWriter(tmp_path, ("csv", "parquet")) as out:
            out.fail(Failure("x.txt", "load", "no such file"))
            raise KeyboardInterrupt
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


@pytest.mark.slow
def test_a_later_run_without_parquet_removes_the_stale_parquet(pq, tmp_path):
    run([str(GOVREPORT)], tmp_path, Options(formats=("csv", "parquet")))
    assert (tmp_path / "figures.parquet").exists()
    run([str(GOVREPORT)], tmp_path, Options(formats=("csv",)))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.csv" for t in TABLES)


@pytest.mark.slow
def test_without_pyarrow_parquet_is_a_usage_error_with_the_install_hint(tmp_path):
    """Runs without the extra too: pyarrow is hidden from a fresh interpreter running the CLI."""
    out = tmp_path / "out"
    code = "import sys; sys.modules['pyarrow'] = None; import cli; cli.main()"
    proc = subprocess.run([sys.executable, "-c", code, "extract", str(GOVREPORT), "--format", "csv,parquet",
                           "-o", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "pip install 'zhfigures[parquet]'" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_without_pyarrow_the_writer_says_how_to_install_it(tmp_path, monkeypatch):
    from pipeline.export import MissingExtra

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(MissingExtra, match=r"zhfigures\[parquet\]"):
        OutputWriter(tmp_path / "out", ("parquet",))
    assert not (tmp_path / "out").exists()
