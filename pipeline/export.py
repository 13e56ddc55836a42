"""Export: Result records → CSV (UTF-8 with BOM, for Excel), JSON Lines and Parquet.

Tables are streamed: each document's rows are rendered (`render`: the csv
module, QUOTE_MINIMAL, "\n" line ends, ints as digits, missing values as empty
cells; JSON by orjson, compact, characters as written) and appended to the CSV
and JSON Lines files as they come, in a pool worker when there is one; Parquet
rows are buffered a few thousand at a time and written as one row group per
flush, so memory does not grow with the number of documents. Every file is
written under a temporary name and renamed into place only when the batch ends
cleanly; an interrupted run leaves the previous outputs as they were.

Parquet (`pip install 'zhfigures[parquet]'`, pyarrow) is typed from
`schema.TABLES`: int → int64 (nullable), code → dictionary<int32, string>
(pandas reads it as a category), text → string, and decimal → string holding
the exact plain digits (`plain`: "0.04", "100000000000000"). Not decimal128:
the values run from 0.04 to 10^14 with anything from none to several digits
after the point, and a decimal128 column has one scale for every row, so it
would either round the small values or pad every value with zeros it never had.
The string is what the CSV and JSON Lines hold, and `decimal.Decimal(cell)`
reads it back exactly.

Missing values: one convention in every format. A field with no value (a figure
without unit, qualifier or place, a range's absent `value_max`, a heading without
label) is null: `null` in JSON Lines (the tables and the nested documents.jsonl),
null in Parquet, an empty cell in CSV, <NA> (None for decimals) in `pipeline.load`.
No column ever holds an empty string (`table_rows` turns "" into None), so
`isna()` finds every gap whichever file a table was read from.
"""
from __future__ import annotations

import csv
import io
import os
import sys
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import IO, Any, Iterable

import orjson

from .numerals import plain
from .records import Failure, Result
from .schema import TABLES, columns

TABLE_NAMES = tuple(TABLES)
ALL_FORMATS = ("csv", "jsonl", "parquet")
FLUSH_ROWS = 5000
PARQUET_HINT = "Parquet output needs pyarrow: pip install 'zhfigures[parquet]' (from a checkout: pip install -e '.[parquet]')"


class MissingExtra(ImportError):
    """An optional dependency (an extra of the package) is not installed; the message says how to install it."""


def require_pyarrow():
    """The pyarrow.parquet module, or MissingExtra with the install hint."""
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet as pq
    except ImportError as e:
        raise MissingExtra(f"{PARQUET_HINT} ({e})") from None
    return pq


def arrow_type(kind: str):
    """The Arrow type of a schema column type (see the module docstring)."""
    import pyarrow as pa

    return {"int": pa.int64(), "code": pa.dictionary(pa.int32(), pa.string()),
            "text": pa.string(), "decimal": pa.string(), "date": pa.string()}[kind]


def arrow_schema(table: str):
    """The Parquet/Arrow schema of a table: schema.py's columns, in order, with their zhfigures type as metadata."""
    import pyarrow as pa

    return pa.schema([pa.field(c.name, arrow_type(c.type), nullable=True,
                               metadata={"zhfigures.type": c.type, "zhfigures.doc": c.doc})
                      for c in TABLES[table]],
                     metadata={"zhfigures.table": table})


def arrow_table(table: str, cells: list[dict]):
    """Rows of exported cells (`_cell` applied) as an Arrow table of `arrow_schema(table)`."""
    import pyarrow as pa

    schema = arrow_schema(table)
    arrays = []
    for c in TABLES[table]:
        values = [r.get(c.name) for r in cells]
        if c.type == "int":
            arrays.append(pa.array(values, type=pa.int64()))
            continue
        strings = pa.array([None if v is None else v if isinstance(v, str) else str(v) for v in values],
                           type=pa.string())
        arrays.append(strings.dictionary_encode() if c.type == "code" else strings)
    return pa.Table.from_arrays(arrays, schema=schema)


def _cell(value):
    if value is None or value == "":
        return None  # missing is null in every format (module docstring)
    if isinstance(value, Decimal):
        return plain(value)
    return value


def table_rows(result: Result) -> dict[str, list[dict]]:
    """The rows one document contributes to each table: cells as exported (decimals as plain digit strings)."""
    doc, st = result.document, result.structure
    text = doc.text
    did = doc.doc_id

    def sentence_of(offset: int) -> str:
        s = st.sentence_at(offset)
        return text[s.start:s.end] if s else ""

    figures = []
    for f in result.figures:
        speech, section = st.locate(f.start)
        figures.append({
            "doc_id": did, "speech": speech, "section": section, "mention": f.mention,
            "value": plain(f.value), "value_max": None if f.value_max is None else plain(f.value_max),
            "unit": f.unit, "kind": f.kind,
            "qualifier": f.qualifier, "change": f.change, "baseline": f.baseline, "period": f.period,
            "indicator": f.indicator, "place": f.place, "time": f.time, "claim": f.claim, "measure": f.measure,
            "sentence": sentence_of(f.start),
            "start": f.start, "end": f.end,
        })
    entities = []
    for e in result.entities:
        speech, section = st.locate(e.start)
        entities.append({"doc_id": did, "speech": speech, "section": section, "start": e.start, "end": e.end,
                         "text": e.text, "label": e.label, "sentence": sentence_of(e.start)})
    meta = doc.metadata
    pr = st.profile
    tables = {
        "documents": [{
            "doc_id": did, "source": doc.source, "format": doc.format, "encoding": doc.encoding,
            "title": st.title, "subtitle": pr.subtitle, "occasion": pr.occasion, "delivered": pr.delivered,
            "speaker": pr.speaker, "speaker_title": pr.speaker_title, "outlet": pr.outlet, "published": pr.published,
            "place": pr.place, "locality": pr.locality, "adcode": pr.adcode, "profile_from": pr.profile_from,
            "body_start": pr.body_start, "body_end": pr.body_end,
            "date": meta.get("date"), "author": meta.get("author"),
            "chars": len(text), "paragraphs": len(st.paragraphs), "sentences": len(st.sentences),
            "speeches": sum(1 for s in st.speeches if s.speech > 0), "sections": sum(1 for s in st.sections if s.style != "preface"),
            "figures": len(figures), "entities": len(entities),
        }],
        "speeches": [{"doc_id": did, **vars(s)} for s in st.speeches],
        "sections": [{"doc_id": did, **vars(s)} for s in st.sections],
        "points": [{"doc_id": did, **vars(p)} for p in st.points],
        "figures": figures,
        "entities": entities,
    }
    return {table: _nulls(rows) for table, rows in tables.items()}


def _nulls(rows: list[dict]) -> list[dict]:
    """The rows with every empty string as None: missing is null in every format (module docstring)."""
    return [r if "" not in r.values() else {k: None if v == "" else v for k, v in r.items()} for r in rows]


def document_record(result: Result, rows: dict[str, list[dict]]) -> dict:
    """The nested JSON record of one document: speeches → sections → points, figures, entities."""
    doc = rows["documents"][0]
    speeches = []
    for sp in rows["speeches"]:
        secs = []
        for se in rows["sections"]:
            if se["speech"] != sp["speech"] or "." in se["path"]:
                continue  # a top-level part (or the preface, an appendix); its sub-sections go under it
            key = (se["speech"], se["section"])
            secs.append({
                **_strip(se, ("doc_id",)),
                "subsections": [_strip(s, ("doc_id",)) for s in rows["sections"]
                                if (s["speech"], s["section"]) == key and "." in s["path"]],
                "points": [_strip(p, ("doc_id", "speech", "section")) for p in rows["points"]
                           if (p["speech"], p["section"]) == key],
                "figures": [_strip(f, ("doc_id", "speech", "section")) for f in rows["figures"]
                            if (f["speech"], f["section"]) == key],
                "entities": [_strip(e, ("doc_id", "speech", "section")) for e in rows["entities"]
                             if (e["speech"], e["section"]) == key],
            })
        speeches.append({**_strip(sp, ("doc_id",)), "sections": secs})
    counts = ("chars", "paragraphs", "sentences", "speeches", "sections", "figures", "entities")
    return {**{k: v for k, v in doc.items() if k not in counts}, "counts": {k: doc[k] for k in counts},
            "metadata": dict(result.document.metadata), "speeches": speeches}


def ext_of(name: str) -> str:
    return name.rsplit(".", 1)[-1]


def _strip(row: dict, drop: tuple[str, ...]) -> dict:
    """The row without the keys `drop` (table_rows gives cells already, the keys `drop` first)."""
    if tuple(islice(row, len(drop))) == drop:
        return dict(islice(row.items(), len(drop), None))
    return {k: v for k, v in row.items() if k not in drop}


COLUMNS = {t: tuple(columns(t)) for t in TABLE_NAMES}
DECIMALS = {t: tuple(c.name for c in TABLES[t] if c.type == "decimal") for t in TABLE_NAMES}
JSON_LINE = orjson.OPT_APPEND_NEWLINE  # orjson: UTF-8 as written (no \u escapes), no spaces, 4× the stdlib's speed


@dataclass(frozen=True)
class Rendered:
    """One document's output, ready to append: the text for each CSV and JSON Lines file, the cells for Parquet.

    Made by `render` where the document was processed (a pool worker), so the process that writes the
    files only writes them.
    """

    text: dict[str, str]  # "figures.csv", "figures.jsonl", "documents.jsonl" … → lines to append
    cells: dict[str, list[dict]]  # table → rows of cells, for Parquet (empty unless Parquet is written)


def _cells(row: dict, table: str) -> dict:
    """A row as exported cells, in column order: the row itself when it is that already (table_rows)."""
    cols = COLUMNS[table]
    if tuple(row) != cols or any(isinstance(row[k], Decimal) for k in DECIMALS[table]):
        return {k: _cell(row.get(k)) for k in cols}
    return row


def render(rows: dict[str, list[dict]], record: dict | None, formats: Iterable[str]) -> Rendered:
    """The lines and cells `rows` (from `table_rows`, or an errors row) and `record` (`document_record`) add
    to the files of `formats`. CSV: csv module, QUOTE_MINIMAL, "\n" line ends, None as an empty cell."""
    formats = tuple(formats)
    text: dict[str, str] = {}
    parquet: dict[str, list[dict]] = {}
    for table, table_rows_ in rows.items():
        if not table_rows_:
            continue
        cells = [_cells(r, table) for r in table_rows_]
        if "jsonl" in formats and table != "documents":  # documents.jsonl holds the nested record
            text[f"{table}.jsonl"] = b"".join(orjson.dumps(c, option=JSON_LINE) for c in cells).decode()
        if "csv" in formats:
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerows(c.values() for c in cells)
            text[f"{table}.csv"] = buf.getvalue()
        if "parquet" in formats:
            parquet[table] = cells
    if "jsonl" in formats and record is not None:
        text["documents.jsonl"] = orjson.dumps(record, option=JSON_LINE).decode()
    return Rendered(text, parquet)


class OutputWriter:
    """Writes every table of a batch into `out_dir`, atomically at the end.

    Use as a context manager: `with OutputWriter(dir) as w: w.add(result); w.fail(failure)`.
    Files are named `template.format(table=…)` plus the format's extension: `figures.csv` by
    default, `figures-00003.csv` for the partitioned output of the Dask engine.
    """

    def __init__(self, out_dir: Path | str, formats: Iterable[str] = ("csv", "jsonl"), template: str = "{table}"):
        self.out_dir = Path(out_dir)
        self.formats = tuple(formats)
        unknown = [f for f in self.formats if f not in ALL_FORMATS]
        if unknown:
            raise ValueError(f"unknown output format(s) {', '.join(unknown)} (one of {', '.join(ALL_FORMATS)})")
        self.template = template
        self._files: dict[str, IO[str]] = {}
        self._parquet: dict[str, Any] = {}  # table → pyarrow.parquet.ParquetWriter
        self._tmp: dict[Path, Path] = {}
        self._buffers: dict[str, list[dict]] = {t: [] for t in TABLE_NAMES}  # Parquet cells not yet written
        self._pq = require_pyarrow() if "parquet" in self.formats else None  # fails before any file is touched

    def _name(self, table: str, ext: str) -> str:
        return f"{self.template.format(table=table)}.{ext}"

    def __enter__(self) -> "OutputWriter":
        self.out_dir.mkdir(parents=True, exist_ok=True)
        # documents.jsonl holds the nested record of each document (see document_record)
        try:
            for ext in self.formats:
                for table in TABLE_NAMES:
                    name = self._name(table, ext)
                    final = self.out_dir / name
                    tmp = self.out_dir / f".{name}.{os.getpid()}.tmp"
                    self._tmp[tmp] = final
                    if ext == "parquet":
                        assert self._pq is not None
                        self._parquet[table] = self._pq.ParquetWriter(str(tmp), arrow_schema(table))
                        continue
                    fh = tmp.open("w", encoding="utf-8-sig" if ext == "csv" else "utf-8", newline="")
                    self._files[f"{table}.{ext}"] = fh
                    if ext == "csv":
                        csv.writer(fh, lineterminator="\n").writerow(columns(table))
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return self

    def add(self, result: Result) -> dict[str, list[dict]]:
        rows = table_rows(result)
        self.add_rows(rows, document_record(result, rows))
        return rows

    def add_rows(self, rows: dict[str, list[dict]], record: dict) -> None:
        """Append one document's rows (from `table_rows`) and nested record (from `document_record`)."""
        self.add_rendered(render(rows, record, self.formats))

    def add_rendered(self, rendered: Rendered) -> None:
        """Append one document's output rendered (by `render`) for this writer's formats."""
        for key, text in rendered.text.items():
            self._files[key].write(text)
        for table, cells in rendered.cells.items():
            buf = self._buffers[table]
            buf.extend(cells)
            if len(buf) >= FLUSH_ROWS:
                self._flush(table)

    def fail(self, failure: Failure) -> None:
        self.add_rendered(render({"errors": [vars(failure)]}, None, self.formats))

    def _flush(self, table: str) -> None:
        buf = self._buffers[table]
        if buf:  # one row group per flush
            self._parquet[table].write_table(arrow_table(table, buf), row_group_size=len(buf))
            buf.clear()

    def _close(self, quiet: bool) -> None:
        """Close every file (a Parquet file gets its footer here); with quiet, errors are ignored."""
        handles = [*self._files.values(), *self._parquet.values()]
        self._files, self._parquet = {}, {}
        error = None
        for h in handles:
            try:
                h.close()
            except Exception as e:  # noqa: BLE001 - every file is closed; the first error is raised after
                error = error or e
        if error is not None and not quiet:
            raise error

    def __exit__(self, exc_type, exc, tb) -> None:
        ok = exc_type is None
        try:
            if ok:
                for table in TABLE_NAMES:
                    self._flush(table)
                self._close(quiet=False)
        except BaseException:
            ok = False  # a failed final flush (disk full, Ctrl-C) must not replace the previous outputs
            raise
        finally:
            self._close(quiet=True)
            for tmp, final in self._tmp.items():
                if ok:
                    os.replace(tmp, final)
                else:
                    tmp.unlink(missing_ok=True)
            if ok:  # the folder shows this run only: tables of a format not written this time are stale
                for ext in set(ALL_FORMATS) - set(self.formats):
                    for t in TABLE_NAMES:
                        (self.out_dir / self._name(t, ext)).unlink(missing_ok=True)
