"""Normalize: one canonical text per document, with a map back to the loaded text.

- paragraphs: every line is a paragraph; runs of two or more ideographic
  spaces (　　) inside a line also start one (texts pasted as a single line);
  paragraphs are joined by a single "\\n", blank lines dropped;
- NFKC where it is safe: full-width digits, Latin letters and number signs
  (％ ＋ － ／ …) become ASCII; "．" only between digits. Chinese punctuation
  (，。：；（）) is left as written;
- white space: leading and trailing space of a paragraph removed, any run of
  spaces, tabs, no-break or ideographic spaces inside it becomes one " ";
  byte-order marks and zero-width characters are dropped.

Every kept character is one input character, so `raw_offsets[i]` is exact.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left

from .records import Document, RawDocument, Span

# Full-width forms that NFKC folds to ASCII and that are safe to fold here.
SAFE_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # ０-９
SAFE_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
SAFE_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
SAFE_FOLD.update({"％": "%", "＋": "+", "－": "-", "／": "/", "＝": "=", "＜": "<", "＞": ">", "＆": "&", "＃": "#"})
SPACES = " \t\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
DROP = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
DIGITS = "0123456789０１２３４５６７８９"

_LINE = re.compile(r"[^\r\n\u2028\u2029\x85]+")
_PARA_BREAK = re.compile(r"[ \t\u00a0]*\u3000[ \t\u00a0]*\u3000[\u3000 \t\u00a0]*")
_SPECIAL = re.compile("[" + re.escape("".join(SAFE_FOLD) + SPACES + DROP + "．") + "]")


def paragraph_spans(raw: str) -> list[tuple[int, int]]:
    """Raw (start, end) of each non-blank paragraph, stripped of surrounding space."""
    spans = []
    for line in _LINE.finditer(raw):
        start = line.start()
        for brk in _PARA_BREAK.finditer(raw, line.start(), line.end()):
            spans.append((start, brk.start()))
            start = brk.end()
        spans.append((start, line.end()))
    out = []
    strip = SPACES + DROP
    for s, e in spans:
        while s < e and raw[s] in strip:
            s += 1
        while e > s and raw[e - 1] in strip:
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def normalize(raw: RawDocument) -> Document:
    src = raw.text
    chars: list[str] = []
    offsets = array("q")
    prev_end = 0
    for n, (ps, pe) in enumerate(paragraph_spans(src)):
        if n:
            chars.append("\n")
            offsets.append(prev_end)
        prev_end = pe
        pos = ps
        for m in _SPECIAL.finditer(src, ps, pe):
            if m.start() > pos:
                chars.append(src[pos:m.start()])
                offsets.extend(range(pos, m.start()))
            i = m.start()
            ch = src[i]
            if ch in DROP:
                pass
            elif ch in SPACES:
                if not (chars and chars[-1].endswith(" ")):
                    chars.append(" ")
                    offsets.append(i)
            elif ch == "．":
                digit_around = i > ps and src[i - 1] in DIGITS and i + 1 < pe and src[i + 1] in DIGITS
                chars.append("." if digit_around else ch)
                offsets.append(i)
            else:
                chars.append(SAFE_FOLD[ch])
                offsets.append(i)
            pos = m.end()
        if pe > pos:
            chars.append(src[pos:pe])
            offsets.extend(range(pos, pe))
    text = "".join(chars)
    offsets.append(len(src))
    assert len(offsets) == len(text) + 1
    marks = tuple(_map_mark(text, offsets, m) for m in raw.marks)
    return Document(
        doc_id=raw.doc_id, source=raw.source, format=raw.format, encoding=raw.encoding,
        text=text, raw_offsets=offsets, metadata=dict(raw.metadata),
        marks=tuple(m for m in marks if m.end > m.start),
    )


def _map_mark(text: str, offsets: array, mark: Span) -> Span:
    start, end = bisect_left(offsets, mark.start), bisect_left(offsets, mark.end)
    while end > start and text[end - 1] == "\n":  # blanks the mark ended with were dropped, not the break
        end -= 1
    return Span(start, end, mark.kind)
