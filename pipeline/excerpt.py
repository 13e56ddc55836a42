"""Excerpt: the bounded piece of its sentence that a figure or entity row carries.

A row carries its sentence so that it can be read on its own. A sentence holding thousands of figures
(a long list, a table flattened into one line) would then be written once per figure: output growing
with figures × sentence length. So a row carries the whole sentence when it is at most `LIMIT`
characters long (nearly every sentence of a report), else a window of at most `LIMIT` characters that
holds the mention, with about two thirds of the room before it (what a number measures is usually
said before it), cut at clause marks (`CLAUSE_MARKS`) where the window holds one on that side of the
mention. The window is always an exact slice of the canonical text; the rows keep its offsets and the
whole sentence's, so nothing is lost (docs/fields.md).
"""
from __future__ import annotations

LIMIT = 200  # characters of a sentence a row carries at most
CLAUSE_MARKS = frozenset("，,；;：:、")  # a window starts after one and ends with one where it can


def window(text: str, start: int, end: int, mention_start: int, mention_end: int,
           limit: int = LIMIT) -> tuple[int, int]:
    """(start, end) of the excerpt of the sentence text[start:end] for the mention
    text[mention_start:mention_end]: the sentence itself when it is at most `limit` long, else at most
    `limit` characters around the mention (the mention alone when it is longer). O(limit)."""
    if end - start <= limit:
        return start, end
    ms, me = max(start, min(mention_start, end)), min(end, max(mention_end, start))
    if me - ms >= limit:
        return ms, me
    room = limit - (me - ms)
    lo = max(start, ms - room * 2 // 3)
    hi = min(end, lo + limit)
    lo = max(start, hi - limit)  # near the sentence's end the room left after the mention goes before it
    if lo > start:  # start after the first clause mark before the mention (or at lo when lo starts a clause)
        k = next((k for k in range(lo - 1, ms) if text[k] in CLAUSE_MARKS), None)
        if k is not None:
            lo = k + 1
    if hi < end:  # end with the last clause mark after the mention
        k = next((k for k in range(hi - 1, me - 1, -1) if text[k] in CLAUSE_MARKS), None)
        if k is not None:
            hi = k + 1
    return lo, hi
