"""Export: Result records → CSV (UTF-8 with BOM, for Excel) and JSON Lines.

Tables are streamed: rows are buffered a few thousand at a time and appended
with pandas, so memory does not grow with the number of documents. Every file
is written under a temporary name and renamed into place only when the batch
ends cleanly; an interrupted run leaves the previous outputs as they were.
"""
from __future__ import annotations

import json
import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import IO, Iterable

import pandas as pd

from .numerals import plain
from .records import Failure, Result
from .schema import TABLES, columns

TABLE_NAMES = tuple(TABLES)
ALL_FORMATS = ("csv", "jsonl")
FLUSH_ROWS = 5000


def _cell(value):
    if value is None:
        return None
    if isinstance(value, Decimal):
        return plain(value)
    return value


def table_rows(result: Result) -> dict[str, list[dict]]:
    """The rows one document contributes to each table."""
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
            "value": f.value, "value_max": f.value_max, "unit": f.unit, "kind": f.kind,
            "qualifier": f.qualifier, "change": f.change, "baseline": f.baseline, "period": f.period,
            "indicator": f.indicator, "place": f.place, "sentence": sentence_of(f.start),
            "start": f.start, "end": f.end,
        })
    entities = []
    for e in result.entities:
        speech, section = st.locate(e.start)
        entities.append({"doc_id": did, "speech": speech, "section": section, "start": e.start, "end": e.end,
                         "text": e.text, "label": e.label, "sentence": sentence_of(e.start)})
    meta = doc.metadata
    return {
        "documents": [{
            "doc_id": did, "source": doc.source, "format": doc.format, "encoding": doc.encoding,
            "title": st.title, "date": meta.get("date"), "author": meta.get("author"),
            "chars": len(text), "paragraphs": len(st.paragraphs), "sentences": len(st.sentences),
            "speeches": sum(1 for s in st.speeches if s.speech > 0), "sections": sum(1 for s in st.sections if s.level > 0),
            "figures": len(figures), "entities": len(entities),
        }],
        "speeches": [{"doc_id": did, **vars(s)} for s in st.speeches],
        "sections": [{"doc_id": did, **vars(s)} for s in st.sections],
        "points": [{"doc_id": did, **vars(p)} for p in st.points],
        "figures": figures,
        "entities": entities,
    }


def document_record(result: Result, rows: dict[str, list[dict]]) -> dict:
    """The nested JSON record of one document: speeches → sections → points, figures, entities."""
    doc = rows["documents"][0]
    speeches = []
    for sp in rows["speeches"]:
        secs = []
        for se in rows["sections"]:
            if se["speech"] != sp["speech"] or se["level"] > 1:
                continue
            key = (se["speech"], se["section"])
            secs.append({
                **_strip(se, ("doc_id",)),
                "subsections": [_strip(s, ("doc_id",)) for s in rows["sections"]
                                if (s["speech"], s["section"]) == key and s["level"] > 1],
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


def _strip(row: dict, drop: Iterable[str]) -> dict:
    return {k: _cell(v) for k, v in row.items() if k not in drop}


class OutputWriter:
    """Writes every table of a batch into `out_dir`, atomically at the end.

    Use as a context manager: `with OutputWriter(dir) as w: w.add(result); w.fail(failure)`.
    """

    def __init__(self, out_dir: Path | str, formats: Iterable[str] = ("csv", "jsonl")):
        self.out_dir = Path(out_dir)
        self.formats = tuple(formats)
        self._files: dict[str, IO[str]] = {}
        self._tmp: dict[Path, Path] = {}
        self._buffers: dict[str, list[dict]] = {t: [] for t in TABLE_NAMES}

    def __enter__(self) -> "OutputWriter":
        self.out_dir.mkdir(parents=True, exist_ok=True)
        # documents.jsonl holds the nested record of each document (see document_record)
        try:
            for name in (f"{t}.{ext}" for ext in self.formats for t in TABLE_NAMES):
                final = self.out_dir / name
                tmp = self.out_dir / f".{name}.{os.getpid()}.tmp"
                self._tmp[tmp] = final
                fh = tmp.open("w", encoding="utf-8-sig" if ext_of(name) == "csv" else "utf-8", newline="")
                self._files[name] = fh
                if ext_of(name) == "csv":
                    fh.write(",".join(columns(final.stem)) + "\n")
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
        for table, table_rows_ in rows.items():
            self._buffer(table, table_rows_)
        if "jsonl" in self.formats:
            self._files["documents.jsonl"].write(json.dumps(record, ensure_ascii=False) + "\n")

    def fail(self, failure: Failure) -> None:
        self._buffer("errors", [vars(failure)])

    def _buffer(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        jsonl = self._files.get(f"{table}.jsonl")
        if jsonl is not None and table != "documents":
            cols = columns(table)
            for r in rows:
                jsonl.write(json.dumps({k: _cell(r.get(k)) for k in cols}, ensure_ascii=False) + "\n")
        if "csv" in self.formats:
            buf = self._buffers[table]
            buf.extend(rows)
            if len(buf) >= FLUSH_ROWS:
                self._flush(table)

    def _flush(self, table: str) -> None:
        buf = self._buffers[table]
        if not buf:
            return
        frame = pd.DataFrame([{k: _cell(r.get(k)) for k in columns(table)} for r in buf], columns=columns(table))
        frame.to_csv(self._files[f"{table}.csv"], header=False, index=False, lineterminator="\n")
        buf.clear()

    def __exit__(self, exc_type, exc, tb) -> None:
        ok = exc_type is None
        try:
            if ok:
                for table in TABLE_NAMES:
                    self._flush(table)
        except BaseException:
            ok = False  # a failed final flush (disk full, Ctrl-C) must not replace the previous outputs
            raise
        finally:
            for fh in self._files.values():
                fh.close()
            for tmp, final in self._tmp.items():
                if ok:
                    os.replace(tmp, final)
                else:
                    tmp.unlink(missing_ok=True)
            if ok:  # the folder shows this run only: tables of a format not written this time are stale
                for ext in set(ALL_FORMATS) - set(self.formats):
                    for t in TABLE_NAMES:
                        (self.out_dir / f"{t}.{ext}").unlink(missing_ok=True)
