"""Period: the time phrase a sentence gives a figure (`1-7月`, `前三季度`, `2021年1-2月`, `“十四五”时期`).

The nearest time before the figure in its sentence, but not one inside a baseline (较2019年), one that
opens a phrase (2025年的…, 5年前后, 2003年启动的…: a time, a verb and 的 date the noun) or a span a figure
runs from (党的十八大以来: the context stage reads those); 全年 only when nothing else is named. A time
that heads the sentence with a comma (2020年，…) holds for all of it; one that opens a clause with a
figure and no comma (2020年新增城镇就业16.3万人，…) holds for that clause and the clauses of figures that
follow it, up to the first clause without one. The times of a sentence are found once.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Callable, Final, Sequence

from .. import recache
from ..context import timex
from ..data import alternation
from ..numerals import CN_COUNT_CHARS
from .clause import Clauses
from .words import PUNCT, patterns, words

QUOTES: Final = "“”\""
WORD_CHAR = recache.compile(r"\w")  # letters, digits and ideographs
@lru_cache(maxsize=1)
def first_level_pattern() -> re.Pattern:
    """A number right after a time that 由, 从 open (由2021年81.2升至91.3), or a rank's ordinal then its number
    (排位从2015年第23位跃升到第18位, figure_words.tsv ordinal): the first level of a from-to."""
    # (not a list of first ranks, 由2015年第14、25位前移至…: the time is the list's, the sentence's period)
    joints = alternation(words().of("list_joint"))
    return recache.compile(rf"\s?(?=\d|(?:{alternation(words().of('ordinal'))})\s?[\d{CN_COUNT_CHARS}]+"
                           rf"(?![\d{CN_COUNT_CHARS}]|{joints}))")


ITEM_ENDS: Final = "；;"
INSIDE_MIN: Final = 3  # a time with this many characters of its clause after it stands inside the clause (进入四季度后 does not)
HEAD_COMMAS: Final = "，,"  # what closes a time that heads its sentence (2023年，…)  # what ends an item of a sentence's list of parallel items
SUBJECT_TAGS: Final = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "j", "vn"})  # a noun ending the words before a time: their subject


@lru_cache(maxsize=1)
def _topic_opening() -> re.Pattern:
    """的 and the aims or the work a time opens its sentence for, then a comma, colon or 是 (2025年的主要预期目标是：,
    对于2025年的目标任务，; time_words.tsv `topic`): the time is the sentence's, not a phrase's."""
    w = words()
    return recache.compile(rf"\s?(?:{alternation(w.of('topic_link'))})(?:{alternation(timex.words().of('topic'))})\s?"
                           rf"(?:{alternation(w.of('topic_end'))})")


def is_word(char: str) -> bool:
    """A character of a word (a CJK ideograph, a letter or a digit): not punctuation or space."""
    return WORD_CHAR.match(char) is not None


def times_before(text: str, start: int, end: int, last: int) -> list[re.Match]:
    """The times of `timex.search_from(text, start, end)` that open before `last`, in order (the search stopped at the
    first place a time may open at or after `last`: no search of the rest of the sentence)."""
    return list(timex.search_from(text, start, end, last))


class Periods:
    """The times of one sentence that may be a figure's period, found once."""

    def __init__(self, text: str, clauses: Clauses, figures: Sequence[tuple[int, int]] = (),
                 tag: Callable | None = None, every: bool = False) -> None:
        """`figures`: the (start, end) of the sentence's figures in order, for the reach of a time that opens
        a clause; `tag`: the segmenter's tagger, to tell a verb between a time and 的 (2003年启动的); `every`: read
        the times after the last figure too (the tests' reference)."""
        start, end = clauses.start, clauses.end
        w = words()
        not_after, not_before = w.of("period_not_after"), w.chars("period_not_before")
        yu, yu_compare = w.of("period_yu"), w.chars("period_yu_compare")
        span_open, since, report_after = w.of("span_open"), w.of("since"), w.of("report_after")
        quote_open = w.of("quote_open")
        self.text = text
        self.clauses = clauses
        self.times: list[re.Match] = []
        self.own: dict[int, re.Match] = {}  # 从2012年的74.8岁: the start of a figure → the time owning it
        # a figure's period is asked at its start (`before`): a time opening at or after the last figure's start is
        # no figure's, nor is a figure it owns (2012年的74.8岁: after it); so it is not read (its tests may tag words)
        last = figures[-1][0] if figures and not every else end
        # nor is it found: `times_before` gives the times of `search_from(text, start, end)` that open before `last`
        # (the same matches, the search stopped there); `after_opening` and `exclude`, asked before a figure's start,
        # never reach a later one (one that opens at or after `last` ends after every figure's start)
        self.found = times_before(text, start, end, last)
        self.found_starts = [t.start() for t in self.found]
        own_link, compare = patterns().own_link, patterns().period_compare
        leads = timex.words().of("lead")
        for t in self.found:
            ts, te = t.start(), t.end()  # read once (each read is a method call by name)
            if ts >= last:
                break
            before = text[max(start, ts - 2):ts]
            if before.endswith(not_after) and not before.endswith(leads) and not (
                    before.endswith(yu) and len(before) == 2 and before[0] not in yu_compare and is_word(before[0])):
                continue  # 较2019年, 同比: a baseline (not 对于2025年…的预期目标: a lead word before a time; not 比重于2018年…:
                # 于 after a subject says when)
            if text.rfind("《", start, ts) > text.rfind("》", start, ts):
                continue  # 《县交通运输“十四五”发展规划》: a time inside a document's title names the document
            if t.group("same") and compare.match(text, ts):
                continue  # 同期增长19.09%: the comparison word (同比), no period
            if t.group("plan") and not t.group("pedge") and te > t.end("plan") + 1 \
                    and (is_word(text[te:te + 1]) or text.startswith(quote_open, te)):
                # “十四五”规划纲要: the name of a plan document, not a time; so is a plan before a quoted part of it
                # (纳入国家“十四五”规划“102项重大工程项目”的314个项目: probe41 四川 2024)
                continue
            if text.endswith(w.of("from"), start, ts) and (level := first_level_pattern().match(text, te, end)):
                self.own[level.end()] = t  # 由2021年81.2升至91.3: the time of the first level only, as 由2021年的81.2
                continue
            if text.startswith(w.of("period_level_after"), te):
                continue  # 恢复到2017年水平: a reference level of that time, not the period of the figures after it
            after = text[te:te + 2].lstrip()[:1]
            if after and after in not_before and not any(a in t.group() for a in w.of("ago")) \
                    and not _topic_opening().match(text, te, end):  # 2025年的主要预期目标是：the sentence's time
                owner = own_link.match(text, te, end)
                if owner:  # 2012年的74.8岁: the time of the figure right after it
                    self.own[owner.end()] = t
                continue  # 2025年的…, 5年前: a time that opens a phrase
            if t.group() in w.set_of("plan_time") and text.startswith(w.of("plan_noun"), te):
                continue  # 已完成年初预算总额的86.6%: the time the plan was set, not the figure's
            if tag is not None and self._dates_a_noun(te, end, tag) and not _topic_opening().match(text, te, end):
                continue  # 2003年启动的全国文明城市评比: the time of the noun, not of the figure
            if text.startswith(report_after, te) and not is_word(text[te + 1:te + 2] or " "):
                continue  # 本报广州12月18日电 （记者…: the day of the dispatch, no figure's period (not 2023年电网投资)
            if t.group("since") or t.group("judged"):
                continue  # 党的十八大以来 dates a span (its time), not the figure's own period; so does 这是…的五年
            if text[ts - 1:ts] in span_open and (rest := text[te:clauses.end_of(te)].strip()) \
                    and rest.endswith(since) and rest not in since:
                continue  # 自2018年9月全面启动建设…以来，…共建成: the start of a span up to now, no period (not 自2017年以来)
            if self._measures_a_record(te, end, w.of("record")):
                continue  # 分别为35年来、20年来首次: the span a record is over, no figure's period
            self.times.append(t)
        self.ends = [t.end() for t in self.times]
        starts, ends = [f[0] for f in figures], [f[1] for f in figures]
        self.figure_starts = starts
        self.figure_ends = ends
        self.asides = w.of("aside")
        self.reach = {t.start(): self._reach(t, clauses, starts, ends, tag) for t in self.times}
        self.excluded: set[int] = set()  # starts of times inside a baseline
        self.whole_year = w.of("whole_year")

    def _measures_a_record(self, pos: int, end: int, record: tuple[str, ...]) -> bool:
        """A span of years followed, after the other spans of its list, by a record word (35年来、20年来首次)."""
        if not self.text.endswith(words().of("record_span_end"), 0, pos):
            return False
        item = patterns().record_list_item
        while (m := item.match(self.text, pos, end)) is not None:
            pos = m.end()
        return self.text.startswith(record, pos)

    def _dates_a_noun(self, pos: int, end: int, tag: Callable) -> bool:
        """A time followed by a verb and 的 (2003年启动的活动, 2018年成立的公司): it dates the noun."""
        m = patterns().dated_noun.match(self.text, pos, end)
        if m is None:
            return False
        tagged = tag(m.group(1))
        return bool(tagged) and all(word.tag.startswith("v") for word in tagged)

    def _after_subject(self, opens: int, at: int, tag: Callable | None) -> bool:
        """Whether the words of a clause before a time end with a noun (小微园上半年投用, 等项目年内投产), its subject:
        not a verb (指出今年全市…, 预计今年…)."""
        if tag is None or at - opens < 2:
            return False
        tagged = tag(self.text[opens:at])
        return bool(tagged) and tagged[-1].tag in SUBJECT_TAGS

    def _reach(self, t: re.Match, clauses: Clauses, starts: Sequence[int], ends: Sequence[int],
               tag: Callable | None = None) -> tuple[int, int]:
        """(end of its own clause, where it stops holding) for a time that opens its clause without a comma
        when that clause has a figure: it stops at the first clause after without a figure (a comma inside a
        number, 1,143,670亿元, breaks nothing); (end, end) for any other time: it holds for the sentence."""
        end = clauses.end
        opens = clauses.start_of(t.start())
        after = self.text[t.end():t.end() + 2].lstrip()[:1]
        if self.text[opens:t.start()].strip(" " + QUOTES) or not after or not is_word(after):
            item = max(self.text.rfind(c, clauses.start, t.start()) for c in ITEM_ENDS) + 1 or clauses.start
            semi = min((k for c in ITEM_ENDS if (k := self.text.find(c, t.end(), end)) >= 0), default=-1)
            # …，至8月底累计完成投资15.3亿元；列入…的46个项目: a later clause's cut-off date ends with its item (not
            # 会议指出，2023年，…；…: a time before a comma opens what follows; not 指出今年全市…；…: a year)
            if semi >= 0 and after and is_word(after) and (
                    opens > item and self.text[max(opens, t.start() - 2):t.start()].endswith(words().of("cutoff"))
                    or (opens > item or item > clauses.start) and self._after_subject(opens, t.start(), tag)
                    # 提高到每年6470元以上、确保不低于当地上年度…的60%；孤儿…: a time in a later item of its clause's list
                    # of figures, before a noun, is that item's (probe34 广东 2016)
                    or any(opens <= s < t.start() for s in starts)):
                # …，太子参小微园上半年投用；力促…等项目年内投产；跟踪服务…2个仿制药获批: a time after its clause's
                # subject, past the sentence's first clause, is its item's (probe1 柘荣 2025)
                return semi, semi
            stop = clauses.end_of(t.end())
            if after and is_word(after) and starts and starts[0] < opens and stop - t.end() >= INSIDE_MIN \
                    and not any(opens <= s < stop for s in starts):
                # …增长14.3%，…，我县获得二季度全省投资“赛马”激励；社会消费品零售总额181.7亿元: a time inside a later
                # clause of no figure, after the sentence's figures began, dates what that clause says (an award, an
                # event), not the figures after it (probe26 龙游 2023)
                return stop, stop
            if after and is_word(after) and starts and starts[0] < opens and t.group() not in words().of("whole_year") \
                    and any(t.end() < s < stop for s in starts) and self._after_subject(opens, t.start(), tag):
                # …，五年城镇新增就业681.6万人，高校毕业生年末总体就业率稳定在96%左右，失业人员再就业369.8万人: a time
                # after its clause's subject, in a later item of a list of figures, dates that clause's figure, not the
                # clauses after it (probe34 江苏 2016; not 初步核算,湖南全年…36425.8亿元,比上年增长7.8%; nor 全年, the
                # whole year the later figures are of too: …，合肥中欧班列全年发运突破千列，…，港口货物吞吐量增长5.7%)
                return stop, stop
            if semi >= 0 and opens > clauses.start and not is_word(after or " ") and self._headed(clauses.start, t):
                # 这一年，…跃升，2023年1-11月，规上工业总产值达5534亿元…；城区…投资增长25.8%: a later time before a comma,
                # in a sentence a time of its own heads, holds for its item only (not 会议指出，2023年，…；…)
                return semi, semi
            return end, end  # 预计今年…, 2020年，…: not a clause's head, or a comma after it
        own_end, pos = -1, t.end()
        while pos < end:
            stop = clauses.end_of(pos)
            i = bisect_right(starts, stop) - 1
            while i >= 0 and starts[i] < stop < ends[i]:  # 1,143,670亿元: the comma is the number's
                stop = clauses.end_of(ends[i])
                i = bisect_right(starts, stop) - 1
            k = bisect_right(ends, pos)  # the first figure that ends after pos
            if k == len(starts) or starts[k] >= stop:  # a clause without a figure
                if own_end >= 0 and self.text[pos:stop].strip() in self.asides:
                    pos = stop + 1  # 按不变价格计算: an aside, the time reaches past it
                    continue
                if own_end < 0 and t.group() in timex.words().of("moment"):
                    # 年初用较短时间实现…，…；…增长6.1%: a point of the year dates its clause's event, up to the first item end
                    semi = min((x for c in ITEM_ENDS if (x := self.text.find(c, t.end(), end)) >= 0), default=-1)
                    if semi >= 0:
                        return semi, semi
                return (end, end) if own_end < 0 else (own_end, pos)
            own_end = stop if own_end < 0 else own_end
            pos = stop + 1
        return own_end, end

    def _listed(self, pos: int) -> re.Match | None:
        """The time a 分别 list pairs with the figure at `pos` when a list of as many times, joined by 、 or 和
        (figure_words list_joint), comes right before 分别 in its clause and the figures after it are a list too:
        一季度、上半年、前三季度和全年分别增长5.8%、6.1%、6.3%、6.5% gives 6.1% 上半年, and the figure right after the
        list (总量达到14274.1亿元) the list's last time; else None."""
        w = words()
        joints, resp = w.of("list_joint"), w.of("respectively")
        k = bisect_right(self.ends, pos) - 1
        if k < 1:
            return None
        last = self.times[k]
        gap = self.text[last.end():pos]
        at = min((i for r in resp if (i := gap.find(r)) >= 0), default=-1)
        if at < 0 or any(c in gap[:at] for c in "，,；;。：:") or len(gap[:at]) > 8:
            return None
        run = [last]
        while k - len(run) >= 0:
            prev = self.times[k - len(run)]
            if self.text[prev.end():run[0].start()].strip() not in joints:
                break
            run.insert(0, prev)
        if len(run) < 2:
            return None
        after = last.end() + at
        i = bisect_left(self.figure_starts, after)
        items = [i]
        while len(items) < len(run) and items[-1] + 1 < len(self.figure_starts) \
                and self.text[self.figure_ends[items[-1]]:self.figure_starts[items[-1] + 1]].strip() in joints:
            items.append(items[-1] + 1)
        if len(items) != len(run):
            return None
        starts = [self.figure_starts[j] for j in items]
        if pos > starts[-1] and bisect_left(self.figure_starts, pos) == items[-1] + 1:
            return run[-1]  # …和全年分别增长…、6.5%，总量达到14274.1亿元: the next figure is of the list's last time
        return run[starts.index(pos)] if pos in starts else None

    def _headed(self, start: int, t: re.Match) -> bool:
        """Whether a time other than `t`, before it, heads the sentence at `start` and closes its first clause
        with a comma (这一年，…; 2023年，…)."""
        first = self.times[0] if self.times else None
        return first is not None and first.start() != t.start() \
            and not self.text[start:first.start()].strip(" " + QUOTES) \
            and self.text[first.end():first.end() + 1] in HEAD_COMMAS

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
        """The period of a figure at `pos` (the start of one of the figures given, when any were): the time that owns
        it (2012年的74.8岁), else the last time before it that reaches it, 全年 only when it is the only one."""
        if pos in self.own and self.own[pos].start() not in self.excluded:
            return self.phrase(self.own[pos])
        listed = self._listed(pos)
        if listed is not None:
            return self.phrase(listed)
        whole, own_whole, whole_goal, whole_at, stopped = "", False, False, 0, False
        for k in range(bisect_right(self.ends, pos) - 1, -1, -1):
            t = self.times[k]
            if t.start() in self.excluded:
                continue
            own_end, reach = self.reach[t.start()]
            if pos > own_end and pos >= reach:
                stopped = True
                continue  # 2020年新增…16.3万人，…配建率均达100%: a time without a comma holds for its clause
            if stopped and timex.part_of_year(t) and self.text[self.clauses.start:t.start()].strip(" " + QUOTES):
                # 实现三季度增长4.6%…，四季度增长5.6%…，全年增长4.8%…；…考核居全国优秀，粮食总产达615.6亿斤: a part of the
                # year inside the sentence reaches no further than the later times that stopped before the figure
                # (probe28 湖南 2025)
                continue
            phrase = self.phrase(t)
            if phrase not in self.whole_year:
                if whole and timex.part_of_year(t) and (
                        own_whole or not whole_goal and t.end() <= self.clauses.start_of(whole_at)):
                    # 下半年，要确保全年地区生产总值增长6%以上: the year the figure's own clause names; 三季度增长4.6%，…，
                    # 全年增长4.8%、总量达5.3万亿元；粮食总产达615.6亿斤: 全年 after the parts of the year is the year of
                    # what follows it (not 完成全年目标的52%: a plan's year) (probe28 湖南 2025)
                    return whole
                return phrase
            whole, whole_at = phrase, t.start()  # 今年…，…全年控制在…: 全年 restates the year a sentence already named
            whole_plan = self.text.startswith(words().of("plan_whole"), t.end())
            # 完成全年1000万人目标的72%: a goal between 全年 and the figure, a plan's year
            whole_goal = whole_plan or any(self.text.find(g, t.end(), pos) >= 0 for g in words().of("plan_whole"))
            own_whole = t.start() >= self.clauses.start_of(pos) and not whole_plan and bisect_left(
                self.figure_starts, t.end()) == bisect_left(self.figure_starts, pos)
            # not 完成全年目标的52%, 完成全年1000万人目标的72%: a plan's year, another figure's
        return whole
