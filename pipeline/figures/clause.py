"""Clauses: the stretch of a sentence between two delimiters (，；：。…), where a figure's words are.

`Clauses` indexes the delimiters of one sentence once, so the clause around any position is two bisections,
however long the sentence and however many figures it holds.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Final, NamedTuple

from .. import recache
from .words import CLAUSE_DELIMS, words

DELIM = recache.compile(f"[{re.escape(CLAUSE_DELIMS)}]")


@lru_cache(maxsize=16)
def distinct_chars(chars: str) -> tuple[str, ...]:
    """The characters of `chars`, each once, in order: made once per set of delimiters (the callers' constants), a
    tuple iterated with no one-character string made per character and call."""
    return tuple(dict.fromkeys(chars))


def positions(text: str, start: int, end: int, chars: str) -> list[int]:
    """Where any of `chars` stands in text[start:end], in order: `[m.start() for m in re.finditer(f"[{chars}]", …)]`
    by `str.find` per character (a delimiter class over a sentence: no regex scanner, no match object per hit)."""
    out: list[int] = []
    for c in distinct_chars(chars):  # (a character given twice is looked for once)
        k = text.find(c, start, end)
        while k >= 0:
            out.append(k)
            k = text.find(c, k + 1, end)
    out.sort()
    return out


class Clause(NamedTuple):
    """text[start:end] is one clause of the sentence text[sentence_start:sentence_end]."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int


def new_clause(start: int, end: int, sentence_start: int, sentence_end: int) -> Clause:
    """`Clause(...)` made without the NamedTuple's `__new__` (interpreted Python, which a compiled caller pays for
    at every figure, about 4,700 instructions): the same tuple of the same class, fields in their order."""
    return tuple.__new__(Clause, (start, end, sentence_start, sentence_end))


ASIDE_REACH: Final = 4  # characters between a comma and the brackets of a short aside around it (（预计，下同）)
ASIDE_COMMAS: Final = "，,"


def in_aside(text: str, d: int, start: int, end: int) -> bool:
    """Whether the comma at `d` stands inside a short aside in brackets (地区生产总值（预计，下同）7100亿元): no clause
    ends there, so the name before the aside is the figure's."""
    if text[d] not in ASIDE_COMMAS:
        return False
    w = words()
    before = text[max(start, d - ASIDE_REACH):d]
    after = text[d + 1:min(end, d + 1 + ASIDE_REACH)]
    o = max(before.rfind(b) for b in w.of("bracket_open"))
    c = min((k for k in (after.find(b) for b in w.of("bracket_close")) if k >= 0), default=-1)
    if o < 0 or c < 0:
        return False
    inner = before[o + 1:] + after[:c]
    return not any(ch in inner for ch in CLAUSE_DELIMS + "".join(w.of("bracket_open") + w.of("bracket_close")))


class Clauses:
    """The clauses of one sentence: positions of its delimiters, indexed once."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.delims = positions(text, start, end, CLAUSE_DELIMS)
        if text.find("(", start, end) >= 0 or text.find("（", start, end) >= 0:  # (no slice of the sentence)
            self.delims = [d for d in self.delims if not in_aside(text, d, start, end)]

    def start_of(self, pos: int) -> int:
        """Where the clause holding `pos` opens: after the last delimiter before `pos`."""
        k = bisect_left(self.delims, pos)
        return self.delims[k - 1] + 1 if k else self.start

    def end_of(self, pos: int) -> int:
        """Where the clause holding `pos` ends: at the first delimiter at or after `pos`."""
        k = bisect_left(self.delims, pos)
        return self.delims[k] if k < len(self.delims) else self.end

    def at(self, pos: int) -> Clause:
        return new_clause(self.start_of(pos), self.end_of(pos), self.start, self.end)

    def opening(self, pos: int) -> int:
        """`clause_start(text, pos, 0)` read off the delimiters inside the sentence (no walk back over the clause
        character by character), walking back past the sentence's start only when no delimiter comes before `pos`
        in it."""
        if self.start <= pos <= self.end:
            k = bisect_left(self.delims, pos)
            if k:
                return self.delims[k - 1] + 1
            pos = self.start
        return clause_start(self.text, pos, 0)

    def delimiter_before(self, pos: int) -> int:
        """The position of the last delimiter before `pos` in the sentence, -1 when none."""
        k = bisect_right(self.delims, pos - 1)
        return self.delims[k - 1] if k else -1


def clause_start(text: str, pos: int, floor: int) -> int:
    """Where the clause holding `pos` opens, looking back no further than `floor` (for one position)."""
    s = pos
    while s > floor and text[s - 1] not in CLAUSE_DELIMS:
        s -= 1
    return s


def clause_end(text: str, pos: int, ceil: int) -> int:
    """Where the clause holding `pos` ends, looking no further than `ceil` (for one position)."""
    m = DELIM.search(text, pos, ceil)
    return m.start() if m else max(pos, ceil)
