"""Period: the time phrase a sentence gives a figure (`1-7月`, `前三季度`, `2021年1-2月`, `“十四五”时期`).

The nearest time before the figure in its sentence, but not one inside a baseline (较2019年), one that
opens a phrase (2025年的…, 5年前后) or a span a figure runs from (党的十八大以来: the context stage reads
those); 全年 only when nothing else is named. The times of a sentence are found once.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..context import timex
from .words import PUNCT, alternation, words

QUOTES = "“”\""
WORD_CHAR = re.compile(r"\w")  # letters, digits and ideographs


def is_word(char: str) -> bool:
    """A character of a word (a CJK ideograph, a letter or a digit): not punctuation or space."""
    return WORD_CHAR.match(char) is not None


class Periods:
    """The times of one sentence that may be a figure's period, found once."""

    def __init__(self, text: str, start: int, end: int) -> None:
        w = words()
        not_after, not_before = w.of("period_not_after"), w.chars("period_not_before")
        self.text = text
        self.times: list[re.Match] = []
        self.own: dict[int, re.Match] = {}  # 从2012年的74.8岁: the start of a figure → the time owning it
        self.found = list(timex.search_from(text, start, end))
        self.found_starts = [t.start() for t in self.found]
        own_link = re.compile(f"\\s?(?:{alternation(w.of('of'))})\\s?")
        for t in self.found:
            if text[max(start, t.start() - 2):t.start()].endswith(not_after):
                continue  # 较2019年, 同比: a baseline
            if t.group("plan") and not t.group("pedge") and t.end() > t.end("plan") + 1 \
                    and is_word(text[t.end():t.end() + 1]):
                continue  # “十四五”规划纲要: the name of a plan document, not a time
            after = text[t.end():t.end() + 2].lstrip()[:1]
            if after and after in not_before and not any(a in t.group() for a in w.of("ago")):
                owner = own_link.match(text, t.end(), end)
                if owner:  # 2012年的74.8岁: the time of the figure right after it
                    self.own[owner.end()] = t
                continue  # 2025年的…, 5年前: a time that opens a phrase
            if t.group("since"):
                continue  # 党的十八大以来 dates a span (its time), not the figure's own period
            self.times.append(t)
        self.ends = [t.end() for t in self.times]
        self.excluded: set[int] = set()  # starts of times inside a baseline
        self.whole_year = w.of("whole_year")

    def after_opening(self, start: int, end: int) -> int:
        """Where the words of text[start:end] begin once a time opening them is passed (10月份全省CPI上涨:
        the time is the period, not part of the indicator); `start` when no time opens them."""
        k = bisect_left(self.found_starts, start)
        if k < len(self.found) and self.found[k].end() <= end \
                and not self.text[start:self.found[k].start()].strip(PUNCT):
            return self.found[k].end()
        return start

    def exclude(self, start: int, end: int) -> None:
        """A baseline spans text[start:end]: the times that open in it are not periods."""
        for k in range(bisect_left(self.found_starts, start), bisect_left(self.found_starts, end)):
            self.excluded.add(self.found_starts[k])

    def phrase(self, t: re.Match) -> str:
        """A time as written, its quotes balanced: “十四五”时期 keeps both, a quote left over is dropped."""
        start, end = t.start(), t.end()
        if self.text[start:end].count("”") > self.text[start:end].count("“") and self.text[start - 1:start] == "“":
            start -= 1
        found = self.text[start:end]
        if found.count("“") != found.count("”"):
            found = found.strip(QUOTES)
        return found

    def before(self, pos: int) -> str:
        """The period of a figure at `pos`: the time that owns it (2012年的74.8岁), else the last time
        before it, 全年 only when it is the only one."""
        if pos in self.own and self.own[pos].start() not in self.excluded:
            return self.phrase(self.own[pos])
        whole = ""
        for k in range(bisect_right(self.ends, pos) - 1, -1, -1):
            t = self.times[k]
            if t.start() in self.excluded:
                continue
            phrase = self.phrase(t)
            if phrase not in self.whole_year:
                return phrase
            whole = phrase  # 今年…，…全年控制在…: 全年 restates the year a sentence already named
        return whole
