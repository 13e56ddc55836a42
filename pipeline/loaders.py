"""Loaders: files, directories and stdin → RawDocument records.

Formats: plain text, HTML, markdown with YAML front matter, and tables (CSV,
JSON Lines) with one document per row. Encodings are detected in a fixed
order: byte-order mark → strict UTF-8 → (HTML) the page's <meta charset> →
charset-normalizer over the whole file, choosing between GB18030 and Big5.
`encoding=` overrides detection.

Encoding policy (docs/reliability.md): a file that is clearly UTF-8 (its
multi-byte characters decode, and invalid bytes are few: at most one in five
non-ASCII characters, or only a character cut short at the end) is read as
UTF-8 with each bad byte replaced by U+FFFD, and the damage is reported as a
warning (warnings.csv) instead of losing the document or misreading it as
GB18030. A text that decodes as GB18030 with every double-byte character in
the GB2312 area (where simplified Chinese lives) is GB18030, whatever its
length: short GBK is never read as Big5. Anything else goes to the detector.

Inputs are regular files (or `-`), at most `max_bytes` each; anything else is
named with its reason (`discover_all`, `read_items`), never read.
"""
from __future__ import annotations

import codecs
import csv
import errno
import io
import json
import os
import re
import stat
import sys
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from . import recache
from .htmltext import declared_charset, html_to_text, looks_like_html
from .pagemeta import from_front_matter
from .records import Failure, Mark, Notice, RawDocument, Stage

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
_FRONT_MATTER = recache.compile(r"\A\s*---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_MD_HEADING = recache.compile(r"(#{1,6})[ \t]+(.*)")  # the trailing " ##" is cut off by hand: linear on a long line
_MD_STRONG = recache.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")  # **bold** inside a line: markup, not text
_MD_COMMENT = recache.compile(r"<!--.*?(?:-->|\Z)", re.S)  # <!-- a photo's caption -->: markup, never rendered, not text
_MD_QUOTE = recache.compile(r"^(?:>[ \t]?)+")  # the markers of a block quote (> , > > ): markup, not text
_MD_RULE = recache.compile(r"(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}")  # ---, ***, ___: a thematic break
# Encodings the detector chooses among (README: GB18030/GBK and Big5 besides UTF-8/UTF-16 with BOM);
# left to itself it reads short GBK texts as UTF-16 or CP949.
DETECTED = ("gb18030", "big5")
# Labels read with their superset, as browsers do: pages labelled gb2312 or gbk are written in GBK.
SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030"}


MAX_BYTES = 256 * 1024 * 1024  # default --max-bytes: larger inputs are refused, not read into memory


class LoadError(Exception):
    """Input that cannot be read; the message says why (the caller names the file)."""


@dataclass(frozen=True)
class LoadOptions:
    encoding: str | None = None
    format: str = "auto"
    text_column: str = "text"
    id_column: str | None = None
    max_bytes: int = MAX_BYTES


def discover(inputs: list[str]) -> list[str]:
    """Expand inputs (files, directories, "-") into a sorted, deterministic list of sources.

    Directories are walked recursively; inside them only regular files with known extensions
    count and hidden entries are skipped. Files named explicitly are always tried (and fail
    with their reason when they are not regular files). `discover_all` also names what was skipped.
    """
    return discover_all(inputs)[0]


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


def not_regular(path: Path) -> str | None:
    """Why `path` is not a regular file one can read (following links), or None when it is one."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return "dangling symbolic link" if path.is_symlink() else "no such file"
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symbolic link loop"
        return e.strerror or str(e)
    if stat.S_ISREG(st.st_mode):
        return None
    kind = _file_kind(st.st_mode)
    return f"{kind} (via a symbolic link), not a regular file" if path.is_symlink() else f"{kind}, not a regular file"


def discover_all(inputs: list[str]) -> tuple[list[str], list[Failure]]:
    """(sources, skipped): the sources as `discover` gives them, and a Failure of stage "skip" naming every
    entry met inside a folder that is not read and why (unknown extension, FIFO, device, dangling link,
    link loop, unlistable folder). Hidden entries (.git, .draft.txt) are passed over without a word."""
    sources: list[str] = []
    skipped: list[Failure] = []
    for item in inputs:
        if item == "-":
            sources.append("-")
            continue
        path = Path(item)
        if path.is_dir():
            found: list[tuple[str, Path]] = []
            _walk(path, path, found, skipped, set())
            sources.extend(str(p) for _, p in sorted(found, key=lambda t: t[0]))
        else:
            sources.append(str(path))
    return sources, skipped


def _walk(root: Path, folder: Path, found: list, skipped: list[Failure], seen: set) -> None:
    try:
        key = folder.stat()
        ident = (key.st_dev, key.st_ino)
        if ident in seen:
            skipped.append(Failure(str(folder), Stage.SKIP, "symbolic link loop (a folder that contains itself)"))
            return
        seen = seen | {ident}
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        skipped.append(Failure(str(folder), Stage.SKIP, f"cannot list the folder: {e.strerror or e}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        p = folder / entry.name
        why = not_regular(p)
        if why is not None and why.startswith("a folder"):
            _walk(root, p, found, skipped, seen)
            continue
        if why is not None:
            skipped.append(Failure(str(p), Stage.SKIP, why))
            continue
        if p.suffix.lower() not in EXTENSIONS:
            skipped.append(Failure(str(p), Stage.SKIP, f"not a known input type ({p.suffix or 'no extension'}; "
                                                  f"read: {' '.join(sorted(EXTENSIONS))})"))
            continue
        found.append((p.relative_to(root).as_posix(), p))


def doc_ids(sources: list[str]) -> dict[str, str]:
    """doc_id per source: the file name without extension; the path when names repeat (with the
    extension too when only it tells two apart: a.txt and a.md). Ids of table rows and collisions
    with them are made unique later (`UniqueIds`)."""
    stems: dict[str, int] = {}
    paths: dict[str, int] = {}
    for s in sources:
        stems[Path(s).stem] = stems.get(Path(s).stem, 0) + 1
        bare = Path(s).with_suffix("").as_posix()
        paths[bare] = paths.get(bare, 0) + 1
    ids = {}
    for s in sources:
        stem = "stdin" if s == "-" else Path(s).stem
        if stems.get(stem, 0) <= 1:
            ids[s] = stem
        else:
            bare = Path(s).with_suffix("").as_posix()
            ids[s] = _relative(bare if paths[bare] <= 1 else Path(s).as_posix())
    return ids


def _relative(path: str) -> str:
    while path.startswith("./"):
        path = path[2:]
    return path.lstrip("/")


class UniqueIds:
    """Makes the doc_ids of one batch unique, in input order: the first keeps its id, a later document
    whose id is taken gets `ID~2` (then ~3, …), and a Notice says so. Deterministic for a given input."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, did: str) -> str:
        """The id a document of id `did` gets: `did` itself the first time, then `did~2`, `did~3`, …"""
        new, n = did, 2
        while new in self._taken:
            new, n = f"{did}~{n}", n + 1
        self._taken.add(new)
        return new

    def __call__(self, raw: RawDocument) -> tuple[RawDocument, Notice | None]:
        new = self.take(raw.doc_id)
        return (raw, None) if new == raw.doc_id else (replace(raw, doc_id=new), renamed(raw.source, raw.doc_id, new))


def renamed(source: str, did: str, new: str) -> Notice:
    """The notice of a doc_id already used in the batch."""
    return Notice(source, Stage.LOAD, f"doc_id {did!r} already used in this batch: renamed {new!r}")


def decode(data: bytes, encoding: str | None = None, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes; returns (text, encoding name). Raises LoadError with the reason."""
    text, name, _ = decode_with_notes(data, encoding, declared)
    return text, name


def decode_with_notes(data: bytes, encoding: str | None = None,
                      declared: str | None = None) -> tuple[str, str, list[str]]:
    """Decode bytes by the policy of the module docstring; returns (text, encoding name, warnings)."""
    if encoding:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise LoadError(f"unknown encoding {encoding!r}") from None
        try:
            return data.decode(name), name, []
        except UnicodeDecodeError as e:
            raise LoadError(f"not valid {name} at byte {e.start}") from None
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name, []
            except UnicodeDecodeError as e:
                if name == "utf-8-sig":
                    damaged = _damaged_utf8(data)
                    if damaged is not None:
                        return damaged[0], name, [damaged[1]]
                raise LoadError(f"has a {name} byte-order mark but is not valid {name} at byte {e.start}") from None
    if b"\x00" in data[:4096]:
        raise LoadError("looks binary (NUL bytes and no UTF-16 byte-order mark); pass --encoding if it is text")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged[0], "utf-8", [damaged[1]]
    if declared:
        try:
            name = codecs.lookup(declared).name
            name = SUPERSETS.get(name, name)
            return data.decode(name), name, []
        except (LookupError, UnicodeDecodeError):
            pass
    if _gb2312_only(data):
        return data.decode("gb18030"), "gb18030", []
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(DETECTED)).best()
    if best is None:
        raise LoadError("encoding not recognised (not UTF-8, GB18030, Big5 or UTF-16); pass --encoding")
    name = codecs.lookup(best.encoding).name
    name = SUPERSETS.get(name, name)
    try:
        return data.decode(name, errors="strict"), name, []
    except UnicodeDecodeError as e:
        raise LoadError(f"not valid {name} at byte {e.start}; pass --encoding") from None


_UTF8_TAIL = re.compile(rb"(?:[\xc2-\xdf]|[\xe0-\xef][\x80-\xbf]?|[\xf0-\xf4][\x80-\xbf]{0,2})\Z")  # not cached: bytes


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """(text with U+FFFD for each bad byte, warning) when `data` is clearly UTF-8 with a little damage, else None."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    cut = _UTF8_TAIL.search(data)
    if cut is not None and bad == 1 and good >= 1:  # only the last character was cut short
        try:
            data[:cut.start()].decode("utf-8")
            return text, "the last character is cut short (incomplete UTF-8): replaced by U+FFFD"
        except UnicodeDecodeError:
            pass
    if bad <= 0 or good < 4 * bad:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        first = e.start
    return text, f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD (the first at byte {first})"


def _gb2312_only(data: bytes) -> bool:
    """True when `data` decodes as GB18030 and every double-byte character lies in the GB2312 area
    (lead A1–F7, trail A1–FE): simplified Chinese in GBK, which Big5 would misread."""
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    i, n, pairs = 0, len(data), 0
    while i < n:
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if i + 1 >= n or not (0xA1 <= b <= 0xF7 and 0xA1 <= data[i + 1] <= 0xFE):
            return False
        pairs += 1
        i += 2
    return pairs > 0


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
    """Every document in one source. Raises LoadError when the source, or one of its rows, cannot be read."""
    for item in read_items(source, doc_id, options):
        if isinstance(item, Failure):
            raise LoadError(item.reason)
        if isinstance(item, RawDocument):
            yield item


def read_bytes(source: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file (or of stdin for "-"), at most `max_bytes`; LoadError with the reason."""
    limit = f"larger than --max-bytes {max_bytes}"
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise LoadError(limit)
        return data
    path = Path(source)
    why = not_regular(path)
    if why is not None:
        raise LoadError("is a directory" if why.startswith("a folder") else why)
    try:
        with path.open("rb") as f:
            if os.fstat(f.fileno()).st_size > max_bytes:
                raise LoadError(f"{limit} ({os.fstat(f.fileno()).st_size} bytes)")
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise LoadError("no such file") from None
    except IsADirectoryError:
        raise LoadError("is a directory") from None
    except OSError as e:
        raise LoadError(e.strerror or str(e)) from None
    if len(data) > max_bytes:
        raise LoadError(limit)
    return data


def read_items(source: str, doc_id: str, options: LoadOptions = LoadOptions()) -> Iterator[RawDocument | Failure | Notice]:
    """Every document in one source, a Failure for each row of a table that cannot be read (the other rows
    still are) and a Notice for damage that did not stop a document. Raises LoadError when the source
    as a whole cannot be read."""
    if options.format not in FORMATS:
        raise LoadError(f"unknown format {options.format!r} (one of {', '.join(FORMATS)})")
    data = read_bytes(source, options.max_bytes)
    ext_fmt = EXTENSIONS.get(Path(source).suffix.lower())
    declared = declared_charset(data) if (options.format == "html" or ext_fmt == "html") else None
    text, encoding, notes = decode_with_notes(data, options.encoding, declared)
    del data
    if not text.lstrip("\ufeff").strip():  # also a file of nothing but a byte-order mark and blanks
        raise LoadError("file is empty")
    for note in notes:
        yield Notice(source, Stage.LOAD, note)
    fmt = sniff_format(source, text, options.format)
    if fmt in ("csv", "jsonl"):
        yield from _table_rows(source, doc_id, text, encoding, fmt, options)
        return
    yield parse_text(source, doc_id, text, encoding, fmt)


def parse_text(source: str, doc_id: str, text: str, encoding: str, fmt: str) -> RawDocument:
    """One document from its decoded text in a given format."""
    text = text.lstrip("\ufeff")
    if fmt == "html":
        body, marks, meta = html_to_text(text)
        return RawDocument(doc_id, source, fmt, encoding, body, meta, marks)
    if fmt == "markdown":
        meta, body = _front_matter(text)
        if looks_like_html(body):
            body, marks, page = html_to_text(body)
            meta = {**page, **meta}  # what the front matter says wins over the page's tags
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
    return from_front_matter(data), text[m.end():]


@lru_cache(maxsize=1)
def _yaml_loader():
    """yaml.SafeLoader that keeps dates, numbers and booleans as written: metadata is text."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    for tag in ("bool", "int", "float", "timestamp"):
        Loader.add_constructor(f"tag:yaml.org,2002:{tag}", yaml.SafeLoader.construct_scalar)
    return Loader


def _md_heading(line: str) -> tuple[str, str] | None:
    """(marker, content) of a markdown heading or bold line, else None; linear in the line's length."""
    m = _MD_HEADING.match(line)
    if m:
        content = m.group(2).rstrip(" \t")
        bare = content.rstrip("#")
        if len(bare) < len(content) and (not bare or bare[-1] in " \t"):  # closing #s after a space
            content = bare.rstrip(" \t")
        return (m.group(1), content) if content else None
    for mark in ("**", "__"):
        if len(line) > 4 and line.startswith(mark) and line.endswith(mark):
            # ***政府工作报告** / ***…***: an emphasis mark left at the bold line's edge is markup too (陕西 2021)
            content = line[2:-2].strip(mark[0])
            return (mark, content) if content else None
    return None


def _split_bold(lines: list[str], reach: int = 4) -> dict[int, str]:
    """Lines of a bold run opened at one line's start and closed at a later line's end (**——2021年1月29日在广州市…
    会议上 / (blank) / 广州市市长 温国辉**: 广州 2021), each without its edge mark; markdown bold does not cross
    a blank line, but a copy's date and speaker lines bolded as one block are markup, not text."""
    out: dict[int, str] = {}
    i, n = 0, len(lines)
    while i < n:
        s = lines[i].strip()
        if s.startswith("**") and len(s) > 2 and s.count("**") % 2 == 1 and not s.startswith("***"):
            for j in range(i + 1, min(n, i + 1 + reach)):
                t = lines[j].strip()
                if t.startswith("**") or t.startswith("#"):
                    break
                if t.endswith("**") and t.count("**") % 2 == 1 and len(t) > 2:
                    out[i] = s[2:]
                    out[j] = t[:-2]
                    i = j
                    break
        i += 1
    return out


def _markdown_text(body: str) -> tuple[str, tuple[Mark, ...]]:
    """Markdown body → text: heading and bold-line markers become marks, HTML comments go (a copy's photo caption
    left in one, before the title: probe23 贵州 2025), so do block-quote markers and thematic breaks (a notice
    quoted above the report it issues, then ---: 西安 2025), other lines stay."""
    if "<!--" in body:
        body = _MD_COMMENT.sub("", body)
    out: list[str] = []
    marks: list[Mark] = []
    pos = 0
    lines = body.splitlines()
    split = _split_bold(lines)
    for i, line in enumerate(lines):
        if i in split:  # **——2021年1月29日在…会议上 … 广州市市长 温国辉**: one bold run over lines, its edges are markup
            line = split[i]
        stripped = line.strip()
        if stripped.startswith(">"):  # > a quoted block (a notice quoted above the report it issues): its text
            line = stripped = _MD_QUOTE.sub("", stripped)
        elif _MD_RULE.fullmatch(stripped):
            line = stripped = ""  # --- a thematic break: no text
        m = _md_heading(stripped)
        if m:
            line = m[1].strip()
        if "**" in line:  # a run-in heading or a stressed phrase bold inside its line (**（一）稳增长。**积极…)
            lead = None if m else _MD_STRONG.match(line, len(line) - len(line.lstrip()))
            line = _MD_STRONG.sub(r"\1", line)
            if lead is not None and line[lead.start() + len(lead.group(1)):][:1].isspace() \
                    and line[lead.start() + len(lead.group(1)):].strip():
                # **三、…开局工作** 今年是…: a bold run opening the line, a space, the body after it; its end is where
                # a heading's title ends (structure). Not a bold term glued to what it means (**1.“六多合一”：**多证合一…:
                # a note's title is the whole line)
                marks.append(Mark(pos + lead.start(), pos + lead.start() + len(lead.group(1)), "bold"))
        if m:
            kind = f"h{len(m[0])}" if stripped.startswith("#") else "bold"
            marks.append(Mark(pos, pos + len(line), kind))
        out.append(line)
        pos += len(line) + 1
    return "\n".join(out), tuple(marks)


def _table_rows(source, doc_id, text, encoding, fmt, options) -> Iterator[RawDocument | Failure]:
    """One RawDocument per row; a row that cannot be read is a Failure named `source#row`, and the rest go on."""
    body_text = text.lstrip("\ufeff")
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(body_text, newline=""))
        columns = reader.fieldnames or []
        if options.text_column not in columns:
            have = ", ".join(columns)
            raise LoadError(f"row 1 has no text column {options.text_column!r} (columns: {have}); use --text-column")
        if options.id_column and options.id_column not in columns:
            raise LoadError(f"row 1 has no id column {options.id_column!r}; use --id-column")
        rows = _csv_rows(reader)
    else:
        columns = None
        rows = _jsonl_rows(body_text)
    count = 0
    for i, row in rows:
        count += 1
        where = f"{source}#{i}"
        if isinstance(row, str):  # the reason this row could not be read
            yield Failure(where, Stage.LOAD, row)
            continue
        if options.text_column not in row:
            have = ", ".join(columns if columns is not None else row.keys())
            yield Failure(where, Stage.LOAD, f"row {i} has no text column {options.text_column!r} (columns: {have}); "
                                         "use --text-column")
            continue
        if options.id_column:
            value = row.get(options.id_column)
            if options.id_column not in row:
                yield Failure(where, Stage.LOAD, f"row {i} has no id column {options.id_column!r}; use --id-column")
                continue
            if value is None or isinstance(value, (dict, list)) or not str(value).strip():
                what = "null" if value is None else "not a single value" if isinstance(value, (dict, list)) else "empty"
                yield Failure(where, Stage.LOAD, f"row {i}: its id ({options.id_column!r}) is {what}")
                continue
            rid = str(value).strip()
        else:
            rid = f"{doc_id}-{i}"
        body = row[options.text_column]
        body = "" if body is None else str(body)
        inner = "html" if looks_like_html(body) else "text"
        yield parse_text(where, rid, body, encoding, inner)
    if count == 0:
        raise LoadError("has no rows (only a header)" if fmt == "csv" else "has no rows")


def _csv_rows(reader: csv.DictReader):
    """(row number, row) per CSV record, or (row number, reason) for one the csv module rejects."""
    i = 0
    while True:
        i += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield i, f"row {i} cannot be read as CSV ({e})"
            continue
        yield i, row


def _jsonl_rows(text: str):
    """(line number, object) per non-blank line, or (line number, reason) for a line that is not one.
    Lines end at \\n (\\r\\n) only: U+2028 and the like are valid inside a JSON string."""
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield n, f"line {n} is not valid JSON ({e.msg})"
            continue
        if not isinstance(row, dict):
            yield n, f"line {n} is not a JSON object"
            continue
        yield n, row
