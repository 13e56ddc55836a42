"""Which sentences may hold a figure: one search over the whole text, so most sentences cost nothing."""
from __future__ import annotations

import re
from typing import Final, Iterator, Sequence

from .. import recache
from ..bisection import bisect_right_int
from ..once import Once
from ..numbers import start_parts, tables
from ..numerals import CN_QUANTITY_CHARS
from ..records import Sentence
from .words import words


def cue() -> re.Pattern:
    """Where a number (numbers.core_pattern, but for its ordinal branch) or a rank cue (`patterns().rank_cue`)
    may start.

    Every match of either at p, within any bounds, is a match of this pattern at p: 百分之…, a digit, a
    Chinese numeral followed (after more numeral characters) by what may follow one, 数/上/近… before a
    magnitude, an ordinal, 首位, 前N. It opens with one character class, so the regex engine skips every
    other character in C instead of trying each branch at each position.
    """
    return _CUE.get()


def _make_cue() -> re.Pattern:
    w = words()
    chars, alternatives = start_parts(tables().units)
    firsts = {x[0] for x in w.of("ordinal") + w.of("rank_first") + w.of("rank_top") + w.of("bare_doubling")}
    ranks = [f"(?<={re.escape(x)})" for x in w.of("ordinal")]
    ranks += [f"(?<={re.escape(x[0])}){re.escape(x[1:])}" for x in w.of("rank_first")]
    ranks += [f"(?<={re.escape(x)})[\\d{CN_QUANTITY_CHARS}]" for x in w.of("rank_top")]  # 前两位 too
    ranks += [f"(?<={re.escape(x[0])}){re.escape(x[1:])}" for x in w.of("bare_doubling")]  # 翻番: a doubling
    return recache.compile(f"[{chars}{''.join(sorted(firsts))}](?:{'|'.join(alternatives + ranks)})")


_CUE: Final = Once(_make_cue)


def candidate_sentences(text: str, sentences: Sequence[Sentence]) -> Iterator[Sentence]:
    """The sentences that may hold a figure or a rank, with one search of `cue()` per such sentence.

    A superset of the sentences in which find_mentions or the rank cue find anything: a match of either
    inside a sentence's bounds at p is, for a search over the whole text from any point before p, a match at
    p (the lookaheads only see further), so such a search stops at p or at a match that starts before p;
    that match is yielded, or skipped when it ends before p, and the search goes on from there.
    """
    pattern = cue()
    ends: list[int] = [s.end for s in sentences]
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return
        m_start, m_end = m.span()  # (one method call, not two)
        k = bisect_right_int(ends, m_start)  # the first sentence that ends after the match starts
        if k == len(sentences):
            return
        sent = sentences[k]
        if sent.start < m_end:
            yield sent
            pos = sent.end  # not m.end(): a match running into the next sentence may hide one there
        else:
            pos = m_end  # between sentences
