"""Export: Result records → CSV (UTF-8 with BOM, for Excel), JSON Lines and Parquet.

Tables are streamed: each document's rows are rendered (`render`: CSV as the csv
module writes it, QUOTE_MINIMAL, "\n" line ends, ints as digits, missing values as empty
cells; JSON by orjson, compact, characters as written) and appended to the CSV
and JSON Lines files as they come, in a pool worker when there is one; Parquet
rows are buffered a few thousand at a time and written as one row group per
flush, so memory does not grow with the number of documents. The files of a run
are written into a staging folder and become visible together when the batch ends
cleanly (`OutputWriter`: one switch, see there); an interrupted run leaves the
previous outputs as they were.

CSV cells of text are safe to open in a spreadsheet: a text cell that begins
with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (as
OWASP recommends against formula injection), and so does one that begins with
`'` followed by one of those, so the change can be undone exactly
(`csv_text`; a lone `-`, standard input's name, is left as it is); `pipeline.load`
and `zhfigures evaluate` undo it. JSON Lines and
Parquet keep every text as it is.

Output grows with the input: a figure or entity row carries its sentence whole only up to 200 characters,
else an excerpt around its mention (`pipeline.excerpt`), with the offsets of both (`sentence_start`…
`excerpt_end`), so a sentence of 8,000 figures is not written 8,000 times.

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

import errno
import json
import os
import shutil
import sys
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import IO, Any, Iterable

import orjson

from . import recache
from .numerals import plain
from .options import OutputFormat
from .records import Failure, Result
from .schema import TABLES, columns

TABLE_NAMES = tuple(TABLES)
ALL_FORMATS = tuple(f.value for f in OutputFormat)
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

    def where(x) -> dict:
        """The cells of the row's sentence (from the locate stage): its excerpt and the offsets."""
        return {"sentence": x.sentence or None, "sentence_start": x.sentence_start, "sentence_end": x.sentence_end,
                "excerpt_start": x.excerpt_start, "excerpt_end": x.excerpt_end}

    # text fields written `or None`: an empty one is null already (what _nulls would make of it, without
    # rebuilding the row: most figures leave some field empty)
    figures = [{
        "doc_id": did or None, "speech": f.speech, "section": f.section, "mention": f.mention or None,
        "value": plain(f.value), "value_max": None if f.value_max is None else plain(f.value_max),
        "unit": f.unit or None, "kind": f.kind or None,
        "qualifier": f.qualifier or None, "change": f.change or None, "baseline": f.baseline or None,
        "period": f.period or None, "indicator": f.indicator or None, "place": f.place or None,
        "time": f.time or None, "claim": f.claim or None, "measure": f.measure or None,
        "sentence": None,  # where()'s cells, in column order
        "start": f.start, "end": f.end, **where(f),
    } for f in result.figures]  # speech, section and sentence: from the locate stage (pipeline/locate.py)
    entities = [{"doc_id": did, "speech": e.speech, "section": e.section, "start": e.start, "end": e.end,
                 "text": e.text, "label": e.label, **where(e)} for e in result.entities]
    meta = doc.metadata
    pr = st.profile
    tables = {
        "documents": [{
            "doc_id": did, "source": doc.source, "format": doc.format, "encoding": doc.encoding,
            "title": st.title, "subtitle": pr.subtitle, "occasion": pr.occasion, "delivered": pr.delivered,
            "speaker": pr.speaker, "speaker_title": pr.speaker_title, "outlet": pr.outlet, "published": pr.published,
            "place": pr.place, "locality": pr.locality, "adcode": pr.adcode, "profile_from": pr.profile_from,
            "body_start": pr.body_start, "body_end": pr.body_end,
            "date": meta.get("date"), "author": meta.get("author"), "url": meta.get("url"),
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
    """The nested JSON record of one document: speeches → sections → points, figures, entities.

    Linear: the rows are grouped by (speech, section) once, then each top-level section takes its group.
    """
    doc = rows["documents"][0]
    groups: dict[tuple, dict[str, list[dict]]] = {}

    def group(key: tuple) -> dict[str, list[dict]]:
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"subsections": [], "points": [], "figures": [], "entities": []}
        return g

    tops: dict[int, list[dict]] = {}
    for s in rows["sections"]:
        if "." in s["path"]:  # a sub-section (3.1, A1.1: an appendix's item); the rest are top-level parts
            group((s["speech"], s["section"]))["subsections"].append(_strip(s, ("doc_id",)))
        else:  # a top-level part, the preface or an appendix
            tops.setdefault(s["speech"], []).append(s)
    for table in ("points", "figures", "entities"):
        for r in rows[table]:
            group((r["speech"], r["section"]))[table].append(_strip(r, ("doc_id", "speech", "section")))
    empty: dict[str, list[dict]] = {"subsections": [], "points": [], "figures": [], "entities": []}
    speeches = []
    for sp in rows["speeches"]:
        secs = []
        for se in tops.get(sp["speech"], ()):
            key = (se["speech"], se["section"])
            g = groups.get(key, empty)
            # a key shared by two top-level rows (not made by structure) gives each the same children, as before
            secs.append({**_strip(se, ("doc_id",)), "subsections": list(g["subsections"]), "points": list(g["points"]),
                         "figures": list(g["figures"]), "entities": list(g["entities"])})
        speeches.append({**_strip(sp, ("doc_id",)), "sections": secs})
    counts = ("chars", "paragraphs", "sentences", "speeches", "sections", "figures", "entities")
    return {**{k: v for k, v in doc.items() if k not in counts}, "counts": {k: doc[k] for k in counts},
            "metadata": dict(result.document.metadata), "speeches": speeches}


def _strip(row: dict, drop: tuple[str, ...]) -> dict:
    """The row without the keys `drop` (table_rows gives cells already, the keys `drop` first)."""
    if tuple(islice(row, len(drop))) == drop:
        return dict(islice(row.items(), len(drop), None))
    return {k: v for k, v in row.items() if k not in drop}



COLUMNS = {t: tuple(columns(t)) for t in TABLE_NAMES}
DECIMALS = {t: tuple(c.name for c in TABLES[t] if c.type == "decimal") for t in TABLE_NAMES}
TEXT_AT = {t: tuple(i for i, c in enumerate(TABLES[t]) if c.type in ("text", "code", "date")) for t in TABLE_NAMES}
JSON_LINE = orjson.OPT_APPEND_NEWLINE  # orjson: UTF-8 as written (no \u escapes), no spaces, 4× the stdlib's speed
FORMULA_START = "=+-@\t\r"  # what a spreadsheet may read as the start of a formula (OWASP, CSV injection)


def csv_text(value):
    """A text cell as written to CSV: with a leading ' when it would start a formula (or starts with ' and then
    would), so that `csv_untext` gives the text back exactly. Anything but a str is returned as it is."""
    if isinstance(value, str) and value and value != "-" and (
            value[0] in FORMULA_START or (value[0] == "'" and value.lstrip("'")[:1] in tuple(FORMULA_START))):
        return "'" + value
    return value


def csv_untext(value):
    """The text `csv_text` was given (for readers of our CSV files)."""
    if isinstance(value, str) and value[:1] == "'" and value.lstrip("'")[:1] in tuple(FORMULA_START) and len(value) > 1:
        return value[1:]
    return value


@dataclass(frozen=True)
class Rendered:
    """One document's output, ready to append: the bytes for each CSV and JSON Lines file, the cells for Parquet.

    Made by `render` where the document was processed (a pool worker), so the process that writes the
    files only writes them, and a row that cannot be encoded fails its document there, not the batch.
    """

    data: dict[str, bytes]  # "figures.csv", "figures.jsonl", "documents.jsonl" … → UTF-8 lines to append
    cells: dict[str, list[dict]]  # table → rows of cells, for Parquet (empty unless Parquet is written)

    @property
    def text(self) -> dict[str, str]:
        return {k: v.decode("utf-8") for k, v in self.data.items()}


def _cells(row: dict, table: str) -> dict:
    """A row as exported cells, in column order: the row itself when it is that already (table_rows)."""
    cols = COLUMNS[table]
    if tuple(row) != cols or any(isinstance(row[k], Decimal) for k in DECIMALS[table]):
        return {k: _cell(row.get(k)) for k in cols}
    return row


def _csv_row(cells: dict, table: str) -> list:
    """The CSV values of a row of cells (in column order, from `_cells`), text cells made safe (`csv_text`)."""
    values = list(cells.values())
    for i in TEXT_AT[table]:
        v = values[i]
        if isinstance(v, str) and v and (v[0] in FORMULA_START or v[0] == "'"):
            values[i] = csv_text(v)
    return values


def csv_line(values: list) -> str:
    """One CSV line of `values`, as the csv module writes it with QUOTE_MINIMAL and "\n" line ends: None an empty
    cell, anything but a str as str(), a cell holding a comma, a double quote or a line break quoted with its quotes
    doubled, the one cell of a row of one empty cell quoted (""). A cell holding a carriage return is quoted too (the
    csv module of Python 3.11 leaves it bare, which its own reader then takes for a line end).

    The csv module looks up every character of every cell in the line terminator, twice: writing figures.csv was
    229 M of the 4,178 M instructions of a default run's steady state on the 2 MB bench corpus. Here a row is joined
    first and looked at once: no cell needs quotes when the line holds no quote or line break and only the commas
    that join it (the usual row: Chinese text writes ，)."""
    cells = ["" if v is None else v if type(v) is str else str(v) for v in values]
    line = ",".join(cells)
    if ('"' in line or "\n" in line or "\r" in line or line.count(",") != len(cells) - 1
            or (len(cells) == 1 and not line)):
        line = ",".join([_csv_quoted(c) for c in cells]) if len(cells) != 1 or line else '""'
    return line + "\n"


def _csv_quoted(cell: str) -> str:
    if '"' in cell or "," in cell or "\n" in cell or "\r" in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def render(rows: dict[str, list[dict]], record: dict | None, formats: Iterable[str]) -> Rendered:
    """The lines and cells `rows` (from `table_rows`, or an errors row) and `record` (`document_record`) add
    to the files of `formats`. CSV: `csv_line` (the csv module's QUOTE_MINIMAL), "\n" line ends, None as an empty cell, text
    cells made safe (`csv_text`). Raises (UnicodeEncodeError, orjson.JSONEncodeError) when a cell cannot be
    written as UTF-8 (a lone surrogate): the caller fails that document."""
    formats = tuple(formats)
    data: dict[str, bytes] = {}
    parquet: dict[str, list[dict]] = {}
    for table, table_rows_ in rows.items():
        if not table_rows_:
            continue
        cells = [_cells(r, table) for r in table_rows_]
        if "jsonl" in formats and table != "documents":  # documents.jsonl holds the nested record
            data[f"{table}.jsonl"] = b"".join(orjson.dumps(c, option=JSON_LINE) for c in cells)
        if "csv" in formats:
            data[f"{table}.csv"] = "".join([csv_line(_csv_row(c, table)) for c in cells]).encode("utf-8")
        if "parquet" in formats:
            if "jsonl" not in formats and "csv" not in formats:
                orjson.dumps(cells)  # the same check of every text: Parquet would fail at the next flush
            parquet[table] = cells
    if "jsonl" in formats and record is not None:
        data["documents.jsonl"] = orjson.dumps(record, option=JSON_LINE)
    return Rendered(data, parquet)


def printable(value):
    """A str that can be written as UTF-8, for rows and log lines that must not fail: a file name read with
    surrogateescape gets each undecodable byte as \\xNN, any other lone surrogate a \\udcxx escape."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:
            pass
        try:
            return os.fsencode(value).decode("utf-8", "backslashreplace")  # a file name's bytes: \xNN
        except UnicodeEncodeError:
            return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


class OutputError(OSError):
    """The output folder cannot be written: str() is one line naming the path and the reason.
    `disk_full` when the device ran out of space (or quota)."""

    def __init__(self, path: Path | str, cause: OSError | str):
        code = cause.errno if isinstance(cause, OSError) else None
        reason = (cause.strerror or str(cause)) if isinstance(cause, OSError) else cause
        super().__init__(code, reason, str(path))
        self.path, self.reason = str(path), reason

    @property
    def disk_full(self) -> bool:
        return self.errno in (errno.ENOSPC, errno.EDQUOT)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


STAGING = recache.compile(r"\.(?P<name>.*)\.zhfigures-(?P<pid>\d+)-[0-9a-f]{8}\.(?:staging|old)")
INNER_STAGING = recache.compile(r"\.zhfigures-(?P<pid>\d+)-[0-9a-f]{8}\.staging")
LEGACY_TMP = recache.compile(r"\.(?:%s)\.(?:%s)\.(?P<pid>\d+)\.tmp" % ("|".join(TABLE_NAMES), "|".join(ALL_FORMATS)))
JOURNAL = ".zhfigures-commit.json"
OURS = {f"{t}.{e}" for t in TABLE_NAMES for e in ALL_FORMATS} | {"parts", JOURNAL}


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder: the files themselves were synced
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def exchange_folders(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False when the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    AT_FDCWD, RENAME_EXCHANGE = -100, 2
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV, errno.EPERM, errno.EBUSY):
        return False
    raise OSError(err, os.strerror(err), str(b))


def recover(out_dir: Path | str) -> None:
    """Finish or clean up what killed runs left: a commit journal is completed (its set was complete),
    staging folders and temporary files of processes that no longer run are removed."""
    out_dir = Path(out_dir)
    journal = out_dir / JOURNAL
    if journal.is_file():
        try:
            plan = json.loads(journal.read_text(encoding="utf-8"))
            _apply(out_dir, Path(plan["staging"]), plan["remove"])
        except (ValueError, KeyError, TypeError):
            pass
        journal.unlink(missing_ok=True)
    parent = out_dir.parent
    if parent.is_dir():
        for entry in parent.iterdir():
            m = STAGING.fullmatch(entry.name)
            if m and m.group("name") == out_dir.name and not _alive(int(m.group("pid"))):
                shutil.rmtree(entry, ignore_errors=True)
    if out_dir.is_dir():
        for entry in out_dir.iterdir():
            m = INNER_STAGING.fullmatch(entry.name) or LEGACY_TMP.fullmatch(entry.name)
            if m and not _alive(int(m.group("pid"))):
                if entry.is_dir():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)


def _apply(out_dir: Path, staging: Path, remove: list[str]) -> None:
    """Move every entry of `staging` into `out_dir` (parts/ as a whole) and remove `remove`: the per-file switch."""
    if staging.is_dir():
        for entry in sorted(staging.iterdir()):
            target = out_dir / entry.name
            if entry.is_dir():
                from .dask_engine import remove_parts  # parts/ of an earlier run: only our files in it

                remove_parts(out_dir)
                if target.exists():
                    for f in sorted(entry.iterdir()):
                        os.replace(f, target / f.name)
                    entry.rmdir()
                else:
                    os.replace(entry, target)
            else:
                os.replace(entry, target)
    for name in remove:
        if name == "parts":
            from .dask_engine import remove_parts

            remove_parts(out_dir)
        else:
            (out_dir / name).unlink(missing_ok=True)
    _fsync_dir(out_dir)
    shutil.rmtree(staging, ignore_errors=True)


class OutputWriter:
    """Writes every table of a batch into `out_dir`; the tables of one run become visible together.

    Use as a context manager: `with OutputWriter(dir) as w: w.add(result); w.fail(failure)`.
    Files are named `template.format(table=…)` plus the format's extension: `figures.csv` by
    default, `figures-00003.csv` for the partitioned output of the Dask engine.

    The files are written into a staging folder on the output's file system (`staging`), synced
    (fsync) when the batch ends cleanly, and then switched in:

    - when `out_dir` does not exist yet, or holds nothing but zhfigures' own tables: the staging
      folder is a sibling of `out_dir` (`.NAME.zhfigures-PID-XXXXXXXX.staging`) and is swapped with
      `out_dir` in one step (Linux renameat2 RENAME_EXCHANGE; a plain rename when there is no
      `out_dir` yet). A reader sees the whole old set or the whole new one, never a mix;
    - otherwise (other files in the folder, `-o .`, a symbolic link, a mount point, an unwritable
      parent, a system without the exchange): the staging folder is inside `out_dir`; a journal naming the complete set is
      written and synced (the commit point), then the files are renamed in one by one. A run
      killed during those renames is completed by the next run (`recover`).

    Either way, what killed runs left (staging folders, temporary files) is removed by the next
    run. `discard()` ends the run without replacing anything. With `atomic=False` the files are
    written straight into `out_dir` (the Dask engine's parts, already inside a staging folder).
    OS errors are raised as `OutputError` (one line: path and reason).
    """

    def __init__(self, out_dir: Path | str, formats: Iterable[str] = ("csv", "jsonl"), template: str = "{table}",
                 atomic: bool = True):
        self.out_dir = Path(out_dir)
        self.formats = tuple(formats)
        unknown = [f for f in self.formats if f not in ALL_FORMATS]
        if unknown:
            raise ValueError(f"unknown output format(s) {', '.join(unknown)} (one of {', '.join(ALL_FORMATS)})")
        self.template = template
        self.atomic = atomic
        self.staging: Path = self.out_dir
        self._swap = False  # switch by exchanging the folders (else: journal and renames)
        self._files: dict[str, IO[bytes]] = {}
        self._parquet: dict[str, Any] = {}  # table → pyarrow.parquet.ParquetWriter
        self._paths: list[Path] = []
        self._discard = False
        self._journaled = False  # the per-file switch has begun: never roll back past this point
        self._buffers: dict[str, list[dict]] = {t: [] for t in TABLE_NAMES}  # Parquet cells not yet written
        self._pq = require_pyarrow() if "parquet" in self.formats else None  # fails before any file is touched

    def _name(self, table: str, ext: str) -> str:
        return f"{self.template.format(table=table)}.{ext}"

    def _plan_staging(self) -> None:
        out = self.out_dir
        if out.exists() and not out.is_dir():
            raise OutputError(out, "exists and is not a folder")
        tag = f"zhfigures-{os.getpid()}-{os.urandom(4).hex()}"
        try:
            here = out.resolve() == Path.cwd().resolve()
        except OSError:
            here = True
        if not out.exists():
            for up in out.parents:
                if up.exists():
                    if not up.is_dir():
                        raise OutputError(up, "is a file, not a folder")
                    break
            try:
                out.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise OutputError(out.parent, e) from None
        recover(out)
        foreign = out.is_dir() and any(e.name not in OURS for e in out.iterdir())
        if not here and not foreign and not out.is_symlink() and not (out.exists() and os.path.ismount(out)):
            staging = out.parent / f".{out.name}.{tag}.staging"
            try:
                staging.mkdir()
                self.staging, self._swap = staging, True
                return
            except OSError:
                pass  # e.g. the parent cannot be written: stage inside the folder instead
        try:
            out.mkdir(exist_ok=True)
            staging = out / f".{tag}.staging"
            staging.mkdir()
        except OSError as e:
            raise OutputError(out, e) from None
        self.staging = staging

    def __enter__(self) -> "OutputWriter":
        if self.atomic:
            self._plan_staging()
        else:
            try:
                self.out_dir.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise OutputError(self.out_dir, e) from None
        # documents.jsonl holds the nested record of each document (see document_record)
        try:
            for ext in self.formats:
                for table in TABLE_NAMES:
                    path = self.staging / self._name(table, ext)
                    self._paths.append(path)
                    if ext == "parquet":
                        assert self._pq is not None
                        self._parquet[table] = self._pq.ParquetWriter(str(path), arrow_schema(table))
                        continue
                    fh = path.open("wb")
                    self._files[f"{table}.{ext}"] = fh
                    if ext == "csv":
                        fh.write(("\ufeff" + ",".join(columns(table)) + "\n").encode("utf-8"))
        except OSError as e:
            self.__exit__(*sys.exc_info())
            raise OutputError(self.staging, e) from None
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
        key = ""
        try:
            for key, data in rendered.data.items():
                self._files[key].write(data)
            for table, cells in rendered.cells.items():
                key = f"{table}.parquet"
                buf = self._buffers[table]
                buf.extend(cells)
                if len(buf) >= FLUSH_ROWS:
                    self.flush(table)
        except OutputError:
            raise
        except OSError as e:
            raise OutputError(self.staging / key, e) from None

    def fail(self, failure: Failure) -> None:
        row = {k: printable(v) for k, v in vars(failure).items()}
        self.add_rendered(render({"errors": [row]}, None, self.formats))

    def warn(self, notice) -> None:
        """A row of warnings.csv: damage that did not stop a document (records.Notice)."""
        row = {k: printable(v) for k, v in vars(notice).items()}
        self.add_rendered(render({"warnings": [row]}, None, self.formats))

    def discard(self) -> None:
        """End the run without replacing anything (the previous tables stay)."""
        self._discard = True

    def flush(self, table: str) -> None:
        """Write the rows buffered for `table`'s Parquet file as one row group (called every FLUSH_ROWS rows
        and at the end of the run; a failure is an OutputError naming the file)."""
        buf = self._buffers[table]
        if buf:  # one row group per flush
            try:
                self._parquet[table].write_table(arrow_table(table, buf), row_group_size=len(buf))
            except OSError as e:
                raise OutputError(self.staging / f"{table}.parquet", e) from None
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

    def _commit(self) -> None:
        for path in self._paths:
            _fsync_file(path)
        if not self.atomic:
            return
        staging, out = self.staging, self.out_dir
        if (staging / "parts").is_dir():
            for f in (staging / "parts").iterdir():
                _fsync_file(f)
            _fsync_dir(staging / "parts")
        _fsync_dir(staging)
        written = {p.name for p in staging.iterdir()}
        if self._swap and out.is_dir() and any(e.name not in OURS for e in out.iterdir()):
            self._swap = False  # something else was put in the folder meanwhile: it must stay where it is
        if self._swap:
            if not out.exists():
                os.rename(staging, out)  # atomic: the folder appears with every table in it
                _fsync_dir(out.parent)
                return
            try:
                os.chmod(staging, out.stat().st_mode & 0o7777)  # the folder keeps its permissions
            except OSError:
                pass
            if exchange_folders(staging, out):
                _fsync_dir(out.parent)
                shutil.rmtree(staging, ignore_errors=True)  # now the previous set
                return
        # the per-file switch: the journal names the complete set, so a kill during the renames is completed later
        stale = sorted(n for n in OURS - written - {JOURNAL} if (out / n).exists())
        journal = out / JOURNAL
        tmp = out / f"{JOURNAL}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps({"staging": str(staging.resolve()), "remove": stale}), encoding="utf-8")
        _fsync_file(tmp)
        os.replace(tmp, journal)
        self._journaled = True
        _fsync_dir(out)
        _apply(out, staging, stale)
        journal.unlink()
        _fsync_dir(out)

    def _rollback(self) -> None:
        if self._journaled:
            return  # the journal names a complete set: `recover` finishes it
        if self.atomic:
            shutil.rmtree(self.staging, ignore_errors=True)
        else:
            for path in self._paths:
                path.unlink(missing_ok=True)

    def __exit__(self, exc_type, exc, tb) -> None:
        ok = exc_type is None and not self._discard
        try:
            if exc_type is None:
                for table in TABLE_NAMES:
                    self.flush(table)
                self._close(quiet=False)
                if ok:
                    self._commit()
        except OutputError:
            ok = False
            raise
        except OSError as e:
            ok = False  # a failed final flush (disk full, Ctrl-C) must not replace the previous outputs
            raise OutputError(self.staging, e) from None
        except BaseException:
            ok = False
            raise
        finally:
            self._close(quiet=True)
            if not ok or self._discard:
                self._rollback()
