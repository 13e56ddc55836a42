"""Loaders: files, directories and stdin → RawDocument records.

Formats: plain text, HTML, markdown with YAML front matter, and tables (CSV,
JSON Lines) with one document per row. Encodings are detected in a fixed
order: byte-order mark → strict UTF-8 → (HTML) the page's <meta charset> →
charset-normalizer over the whole file, choosing between GB18030 and Big5.
`encoding=` overrides detection.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .htmltext import declared_charset, html_to_text, looks_like_html
from .records import RawDocument, Span

FORMATS = ("auto", "text", "html", "markdown", "csv", "jsonl")
EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".md": "markdown", ".markdown": "markdown",
    ".csv": "csv",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
_MD_BOLD_LINE = re.compile(r"^(\*\*|__)(.+)\1$")
# Encodings the detector chooses among (README: GB18030/GBK and Big5 besides UTF-8/UTF-16 with BOM);
# left to itself it reads short GBK texts as UTF-16 or CP949.
DETECTED = ("gb18030", "big5")
# Labels read with their superset, as browsers do: pages labelled gb2312 or gbk are written in GBK.
SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030"}


class LoadError(Exception):
    """Input that cannot be read; the message says why (the caller names the file)."""


@dataclass(frozen=True)
class LoadOptions:
    encoding: str | None = None
    format: str = "auto"
    text_column: str = "text"
    id_column: str | None = None


def discover(inputs: list[str]) -> list[str]:
    """Expand inputs (files, directories, "-") into a sorted, deterministic list of sources.

    Directories are walked recursively; inside them only known extensions count
    and hidden entries are skipped. Files named explicitly are always read.
    """
    sources: list[str] = []
    for item in inputs:
        if item == "-":
            sources.append("-")
            continue
        path = Path(item)
        if path.is_dir():
            found = [
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in EXTENSIONS
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            sources.extend(str(p) for p in sorted(found, key=lambda p: p.relative_to(path).as_posix()))
        else:
            sources.append(str(path))
    return sources


def doc_ids(sources: list[str]) -> dict[str, str]:
    """doc_id per source: the file name without extension; the path when names repeat."""
    stems: dict[str, int] = {}
    for s in sources:
        stems[Path(s).stem] = stems.get(Path(s).stem, 0) + 1
    ids = {}
    for s in sources:
        stem = "stdin" if s == "-" else Path(s).stem
        ids[s] = stem if stems.get(stem, 0) <= 1 else Path(s).with_suffix("").as_posix().lstrip("./")
    return ids


def decode(data: bytes, encoding: str | None = None, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes; returns (text, encoding name). Raises LoadError with the reason."""
    if encoding:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise LoadError(f"unknown encoding {encoding!r}") from None
        try:
            return data.decode(name), name
        except UnicodeDecodeError as e:
            raise LoadError(f"not valid {name} at byte {e.start}") from None
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as e:
                raise LoadError(f"has a {name} byte-order mark but is not valid {name} at byte {e.start}") from None
    if b"\x00" in data[:4096]:
        raise LoadError("looks binary (NUL bytes and no UTF-16 byte-order mark); pass --encoding if it is text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            name = codecs.lookup(declared).name
            name = SUPERSETS.get(name, name)
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(DETECTED)).best()
    if best is None:
        raise LoadError("encoding not recognised (not UTF-8, GB18030, Big5 or UTF-16); pass --encoding")
    name = codecs.lookup(best.encoding).name
    name = SUPERSETS.get(name, name)
    return data.decode(name, errors="strict"), name


def sniff_format(source: str, text: str, requested: str) -> str:
    if requested != "auto":
        return requested
    fmt = EXTENSIONS.get(Path(source).suffix.lower(), "text")
    if fmt == "text":
        if _FRONT_MATTER.match(text):
            return "markdown"
        if looks_like_html(text):
            return "html"
    return fmt


def read_source(source: str, doc_id: str, options: LoadOptions = LoadOptions()) -> Iterator[RawDocument]:
    """Every document in one source. Raises LoadError when the source cannot be read."""
    if options.format not in FORMATS:
        raise LoadError(f"unknown format {options.format!r} (one of {', '.join(FORMATS)})")
    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(source).read_bytes()
        except FileNotFoundError:
            raise LoadError("no such file") from None
        except IsADirectoryError:
            raise LoadError("is a directory") from None
        except OSError as e:
            raise LoadError(e.strerror or str(e)) from None
    ext_fmt = EXTENSIONS.get(Path(source).suffix.lower())
    declared = declared_charset(data) if (options.format == "html" or ext_fmt == "html") else None
    text, encoding = decode(data, options.encoding, declared)
    if not text.lstrip("\ufeff").strip():  # also a file of nothing but a byte-order mark and blanks
        raise LoadError("file is empty")
    fmt = sniff_format(source, text, options.format)
    if fmt in ("csv", "jsonl"):
        yield from _table_rows(source, doc_id, text, encoding, fmt, options)
        return
    yield parse_text(source, doc_id, text, encoding, fmt)


def parse_text(source: str, doc_id: str, text: str, encoding: str, fmt: str) -> RawDocument:
    """One document from its decoded text in a given format."""
    text = text.lstrip("\ufeff")
    if fmt == "html":
        body, marks, title = html_to_text(text)
        meta = {"title": title} if title else {}
        return RawDocument(doc_id, source, fmt, encoding, body, meta, marks)
    if fmt == "markdown":
        meta, body = _front_matter(text)
        if looks_like_html(body):
            body, marks, _ = html_to_text(body)
        else:
            body, marks = _markdown_text(body)
        return RawDocument(doc_id, source, fmt, encoding, body, meta, marks)
    return RawDocument(doc_id, source, "text", encoding, text)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    import yaml

    try:
        data = yaml.load(m.group(1), Loader=_yaml_loader()) or {}
    except yaml.YAMLError as e:
        raise LoadError(f"front matter is not valid YAML ({str(e).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise LoadError("front matter is not a YAML mapping")
    meta = {}
    for key in ("title", "date", "author", "source", "place"):
        value = data.get(key)
        if value is not None and not isinstance(value, (list, dict)):
            meta[key] = str(value).strip()
    return meta, text[m.end():]


@lru_cache(maxsize=1)
def _yaml_loader():
    """yaml.SafeLoader that keeps dates, numbers and booleans as written: metadata is text."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    for tag in ("bool", "int", "float", "timestamp"):
        Loader.add_constructor(f"tag:yaml.org,2002:{tag}", yaml.SafeLoader.construct_scalar)
    return Loader


def _markdown_text(body: str) -> tuple[str, tuple[Span, ...]]:
    """Markdown body → text: heading and bold-line markers become marks, other lines stay."""
    out: list[str] = []
    marks: list[Span] = []
    pos = 0
    for line in body.splitlines():
        stripped = line.strip()
        m = _MD_HEADING.match(stripped) or _MD_BOLD_LINE.match(stripped)
        if m:
            content = m.group(2).strip()
            kind = f"h{len(m.group(1))}" if stripped.startswith("#") else "bold"
            marks.append(Span(pos, pos + len(content), kind))
            line = content
        out.append(line)
        pos += len(line) + 1
    return "\n".join(out), tuple(marks)


def _table_rows(source, doc_id, text, encoding, fmt, options) -> Iterator[RawDocument]:
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
        columns = reader.fieldnames or []
        rows = ((i, row) for i, row in enumerate(reader, start=1))
    else:
        columns = None
        rows = _jsonl_rows(text)
    for i, row in rows:
        if options.text_column not in row:
            have = ", ".join(columns if columns is not None else row.keys())
            raise LoadError(f"row {i} has no text column {options.text_column!r} (columns: {have}); use --text-column")
        if options.id_column and options.id_column not in row:
            raise LoadError(f"row {i} has no id column {options.id_column!r}; use --id-column")
        rid = str(row[options.id_column]) if options.id_column else f"{doc_id}-{i}"
        body = row[options.text_column]
        body = "" if body is None else str(body)
        inner = "html" if looks_like_html(body) else "text"
        yield parse_text(f"{source}#{i}", rid, body, encoding, inner)


def _jsonl_rows(text: str):
    for n, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise LoadError(f"line {n} is not valid JSON ({e.msg})") from None
        if not isinstance(row, dict):
            raise LoadError(f"line {n} is not a JSON object")
        yield n, row
