"""Change and baseline: whether a figure is the size of a change, and what it is compared with.

增长5% is an increase; 较上年增长5% has the baseline 上年; 同比增长 the baseline 同比; 高于全国0.5个百分点
is an increase over 全国; 是2015年的4倍 a ratio to 2015年; 从75%提高到100% two levels, no change. Each rule
reads the clause's text before the number and words of `changes.tsv` and `figure_words.tsv`.
"""
from __future__ import annotations

from typing import Any, Final, NamedTuple

import re
from bisect import bisect_right
from functools import lru_cache

from .. import recache
from ..context import timex
from ..numbers import Mention
from .clause import Clause, Clauses
from .. import data
from ..data import alternation
from ..gazetteer import gazetteer
from .words import CLAUSE_DELIMS, GAP_MAX, Words, patterns, words


class Change(NamedTuple):
    """What the text before a figure says of its change. `name_end` is where the words naming the figure
    end (a change word, a baseline or a gap is not part of its name)."""

    change: str  # increase | decrease | ""
    baseline: str
    name_end: int
    baseline_span: tuple[int, int] | None  # 较上年…, 是2015年的: a time inside it is not the figure's period
    ratio: bool  # 是…的N倍: a ratio to the baseline, no change


# tuple.__new__ bound once: called as a Final (a C static), not looked up on the tuple type at each record (about a
# quarter of the record's making, compiled)
_NEW_TUPLE: Final[Any] = tuple.__new__


def new_change(change: str, baseline: str, name_end: int, baseline_span: tuple[int, int] | None, ratio: bool) -> Change:
    """`Change(...)` made without the NamedTuple's `__new__` (interpreted Python, which a compiled caller pays for at
    every figure, about 4,700 instructions): the same tuple of the same class, fields in their order."""
    return _NEW_TUPLE(Change, (change, baseline, name_end, baseline_span, ratio))


def change_before(before: str, w: Words | None = None) -> tuple[str, str]:
    """(change, change word) when `before` ends with a change word, adverbs between allowed (实际增长, 增长了)."""
    w = w or words()
    s = before.rstrip()
    if s.endswith(w.of("minus")):
        s = s[:-1].rstrip()  # 增长-8.7%: the sign is the value's; the growth is an increase of -8.7
    verb_adverb = ""
    for a in w.of("verb_adverb"):  # a loop, not next() over a generator: none made per figure
        if s.endswith(a):
            verb_adverb = a
            break
    if verb_adverb:  # 增长高达23.58%: a change verb before it; a growth noun (增速高达) stays the subject
        v = s[: -len(verb_adverb)]
        for n in w.change_lengths.get(v[-1:], ()):
            if n <= len(v) and v[-n:] in w.changes and w.change_roles[v[-n:]] == "verb":
                return w.changes[v[-n:]], v[-n:]
    adverbs = w.of("adverb")
    if s.endswith(adverbs):
        for adverb in adverbs:
            if s.endswith(adverb) and not s.endswith(w.longer_changes[adverb]):
                s = s[: -len(adverb)]
    for n in w.change_lengths.get(s[-1:], ()):
        if n <= len(s) and s[-n:] in w.changes:
            return w.changes[s[-n:]], s[-n:]
    return "", ""


@lru_cache(maxsize=1)
def comparison_firsts() -> tuple[str, str]:
    """The characters the comparison words of a baseline (较, 比, 相比, 与: `patterns().baseline` opens with one)
    and the period comparison words (同比, 环比, 同增: `patterns().period_compare`) open with."""
    w = words()
    return "".join(sorted({x[0] for x in w.of("compare")})), "".join(sorted({x[0] for x in w.period_compare}))


def holds_any(text: str, start: int, end: int, chars: str) -> bool:
    """Whether text[start:end] holds one of `chars`."""
    for ch in chars:
        if text.find(ch, start, end) >= 0:
            return True
    return False


class Comparisons:
    """The comparison words of one clause (较…, 同比, 环比), found once; each figure reads the ones before it."""

    def __init__(self, text: str, clause: Clause) -> None:
        # each pattern searched only in a clause holding a character one of its words opens with (most hold none)
        base_firsts, period_firsts = comparison_firsts()
        self.baselines = list(patterns().baseline.finditer(text, clause.start, clause.end)) \
            if holds_any(text, clause.start, clause.end, base_firsts) else []
        frame = words().of("frame_open")
        if holds_any(text, clause.start, clause.end, "".join(frame)) \
                and any(text.find(c, clause.start, clause.end) >= 0 for c in words().of("frame_close")):
            # 在2020年基础上翻一番: a framed year is a baseline too, in order of where each ends
            self.baselines = sorted(self.baselines + list(patterns().frame_baseline.finditer(text, clause.start, clause.end)),
                                    key=lambda m: m.end())
        self.baseline_ends = [m.end() for m in self.baselines]
        found = [m for m in patterns().period_compare.finditer(text, clause.start, clause.end)  # not 同期 of
                 if not any(b.start() < m.start() < b.end() for b in self.baselines)] \
            if holds_any(text, clause.start, clause.end, period_firsts) else []  # 比去年同期增长
        named = words().period_compare
        self.period_words: list[tuple[int, int, str]] = [  # 同增 → 同比
            (m.start(), m.end(), named[m.group()]) for m in found]
        self.period_ends = [m.end() for m in found]

    def baseline_before(self, pos: int) -> re.Match | None:
        """The last 较…/比… baseline that ends before `pos`."""
        k = bisect_right(self.baseline_ends, pos)
        return self.baselines[k - 1] if k else None

    def holding(self, pos: int) -> re.Match | None:
        """The baseline `pos` lies inside, after its comparison word: the number there is the baseline's own level
        (较2016年的1556万人次增长42.4%); None when none."""
        return next((m for m in self.baselines if m.start("base") < pos < m.end()), None)

    def period_words_before(self, pos: int) -> list[tuple[int, int, str]]:
        return self.period_words[:bisect_right(self.period_ends, pos)]

    def period_word_before(self, pos: int) -> str:
        """The last 同比/环比 of the clause before `pos` ("" when none): the baseline of a growth noun after it."""
        k = bisect_right(self.period_ends, pos)
        return self.period_words[k - 1][2] if k else ""


def change_after(text: str, m: Mention) -> tuple[str, str]:
    """实现21.4%的增长, 出现3%的下降: a change word after 的 makes the figure that change; 实现14.2%的同比增长: the period
    comparison between them is its baseline. (change, baseline), ("", "") when none."""
    found = patterns().change_after.match(text, m.end)
    return (words().changes[found.group("word")], found.group("period") or "") if found else ("", "")


def opening_baseline(text: str, clauses: Clauses) -> tuple[str, tuple[int, int]] | None:
    """相比去年同期，全市…增长12.1%: a first clause that is only a comparison is the baseline of the sentence's
    changes that name none; (baseline, its span) or None."""
    end = clauses.end_of(clauses.start)
    if end >= clauses.end:
        return None
    m = patterns().opening_compare.fullmatch(text, clauses.start, end)
    if m is None and end - clauses.start <= BREAKDOWN_MAX:
        # 从环比看，三季度国内生产总值增长1.8%: a breakdown by a period comparison is the sentence's baseline
        head = text[clauses.start:end]
        named = next((k for k in words().of("period_compare") if k in head), "")
        b = patterns().breakdown.match(text, clauses.start) if named else None
        if b is not None and b.end() == end + 1 and head[1:].startswith(named):
            return named, (clauses.start, end)
    return (m.group("base").strip(), (m.start(), m.end())) if m else None


def drop_word(name: str, word: str) -> str:
    """The indicator without a comparison word that is the baseline (工业生产者出厂价格环比降幅 → …价格降幅)."""
    named = word in words().period_compare
    return name.replace(word, "", 1) if named and len(name) > len(word) else name


def named_growth(before: str, change_word: str, m: Mention, w: Words) -> bool:
    """Whether the growth noun right before a per cent (居民消费价格涨幅2%左右, 最低工资标准年均增幅3.94%) is the
    subject's, as with 为 between them: a name before the noun in the figure's words and the number a per cent (not
    a gap in points after a pull verb: 拉动全市出口增速9.5个百分点; nor a noun alone: 下降幅度达21.7% takes the subject
    before it)."""
    if w.change_roles.get(change_word) != "noun" or m.unit != "%":
        return False
    tail = before.rstrip()
    if not tail.endswith(change_word):
        return False
    name = tail[:len(tail) - len(change_word)].rstrip()
    return bool(name) and name[-1] not in CLAUSE_DELIMS


def read_change(text: str, clause: Clause, m: Mention, segment_start: int, comparisons: Comparisons) -> Change:
    """The change, baseline and name end of figure `m`, whose own words start at `segment_start`."""
    w, p = words(), patterns()
    before = text[segment_start:m.start]
    # (接近翻一番: the doubling verb inside the mention, after its qualifier, as before it in 翻一番)
    change, change_word = ("", "") if m.form == "rank" else _change_word(
        text[segment_start:m.num_start] if m.unit in w.of("doubling_unit") else before, m, w)
    if change and (w.change_roles.get(change_word) == "noun" or m.unit in w.of("point_unit")):
        tail = before.rstrip()
        gap = p.gap.search(tail, max(0, len(tail) - GAP_MAX))
        if gap and gap.group("base").endswith(change_word):
            change, change_word = "", ""  # 低于全县规上工业增速5.8个百分点: the growth noun is the reference's
            # (低于经济增长1个百分点: a growth verb too, before a gap in points; probe34, 河南 2016)
    baseline, name_end, span = "", len(before), None
    if change and not named_growth(before, change_word, m, w):  # a flow word (新增, 增加值) stays in the indicator
        k = before.rstrip().rfind(change_word)
        name_end = k if k >= 0 else name_end  # (接近翻一番: the verb inside the mention, the name ends at it)
    bm = comparisons.baseline_before(m.start)
    if bm and not change and m.form != "rank":
        change = _compared(text[bm.end():m.start].strip(), w)  # 较全国低0.1个百分点
    if bm and change:  # 同比（下同）: an aside in brackets is no baseline
        baseline, span = ASIDE.sub("", bm.group("base")).strip(), (bm.start(), bm.end())
        for noun in w.change_words("noun"):
            # 较1-2月降幅收窄8.1个百分点, 比一季度增速回升0.3个百分点: the growth noun after a time is what changed,
            # the time alone the baseline
            if baseline.endswith(noun) and timex.pattern().fullmatch(baseline[:-len(noun)].strip()):
                baseline = baseline[:-len(noun)].strip()
                break
        if bm.start() >= segment_start:
            name_end = min(name_end, bm.start() - segment_start)
    if change:
        seen: set[str] = set()
        for pos, end, word in reversed(comparisons.period_words_before(m.start)):
            if word in seen:
                continue  # each word's last place only
            if not (bm and baseline and pos < bm.start() < end):  # 同比2019年: the baseline is 2019年
                baseline = baseline if seen else word  # 同比, 环比: the last one written
            seen.add(word)
            if pos >= segment_start:
                name_end = min(name_end, pos - segment_start)
            if len(seen) == len(words().of("period_compare")):
                break
    if not change and m.form != "rank":
        gap_text = before[:name_end].rstrip()
        gap = p.gap.search(gap_text, max(0, len(gap_text) - GAP_MAX))  # it ends the text: its tail only
        if gap and gap.group("base").endswith(w.of("gap_not_end")):
            base = gap.group("base")
            for link in w.of("of"):
                base = base[:-len(link)] if base.endswith(link) else base
            if timex.pattern().fullmatch(base.strip()):
                name_end = gap.start()  # 出口…已超2020年全年的1503.6亿元: the reference's level, named as the subject
            gap = None  # 高于时序进度的有58个: the things that are, counted
        if gap:
            change = "decrease" if gap.group("verb") in w.of("gap_down") else "increase"
            baseline, name_end = gap.group("base").strip("“”"), gap.start()
            # 高于去年同期9个百分点: a time inside the reference is no period of the figure
            span = (segment_start + gap.start(), segment_start + gap.end())
    # 是2015年的4倍, 恢复至2019年同期的105.2%: a multiple or a per cent of a baseline
    ratio = p.times_to.search(before) if m.unit in w.of("times_unit") else \
        p.ratio_to.search(before) if m.kind == "percent" else None
    if ratio and not change:
        baseline = ratio.group("base")
        name_end = min(name_end, ratio.start())
        span = (segment_start + ratio.start(), segment_start + ratio.end())
    return new_change(change, baseline, segment_start + name_end, span, ratio is not None)


BREAKDOWN_MAX = 6  # 从环比看, 从同比来看: a breakdown opening is short

ASIDE = recache.compile(r"[（(][^（）()]*[）)]")


@lru_cache(maxsize=1)
def _listed_baseline() -> re.Pattern:
    """比全国、全省高出…, 分别高于全国、福建省平均水平…, 比全省（7.7%）和全国平均水平（7.0%）分别高…: a comparison whose
    baseline is a list, at the end of the text before a list of figures."""
    w = words()
    opener = alternation(w.of("compare") + w.of("gap_up") + w.of("gap_down"))
    # a change verb too (比一季度和上半年分别提高0.3和0.2个百分点: 提高 is no 高 after an item 上半年分别提)
    verb = alternation(w.of("gap_up") + w.of("gap_down") + w.of("compare_up") + w.of("compare_down")
                       + w.change_words("verb"))
    joint = alternation(w.of("list_joint"))
    # 比全国全区分别低了…: two scope words written without a joint are a list too
    scope = alternation(tuple(r[0] for r in data.rows("home_words.txt")) + tuple(data.words("nation_words.txt")))
    # an item may be a time with digits (较一季度和1-5月分别提高15.5和2.2个百分点)
    link = alternation(w.of("minus") + w.of("to") + ("~", "—"))
    item = rf"(?:[\u4e00-\u9fff“”]|\d{{1,2}}\s?(?:{link})\s?\d{{1,2}}\s?(?:{alternation(w.of('month_unit'))})){{1,12}}?"
    # not 比 of 占比 (占比较大的公共设施管理业、道路运输业投资同比分别增长…: no comparison)
    not_after = f"(?<![{w.chars('compare_not_after')}])"
    if w.of("compare_after_name"):  # 占比较1—9月份和上年同期…: 占比 is a name, 较 opens the comparison
        names = "|".join(f"(?<={re.escape(b)})" for b in w.of("compare_after_name"))
        not_after = f"(?:{not_after}|(?:{names})(?!(?:{opener})[{w.chars('compare_name_not_before')}]))"
    return recache.compile(f"{not_after}(?P<open>{opener})(?P<base>{item}(?:(?:{joint}){item})+"
                      f"|(?:{scope}){{2,4}}(?=(?:{alternation(w.of('change_adverb'))})?(?:{verb})))"
                      f"(?:{alternation(w.of('change_adverb'))})?(?P<verb>{verb})?(?:{alternation(w.of('change_adverb'))})?"
                      f"[{w.chars('perfective')}]?\\s?$")


def listed_baselines(text: str, start: int, end: int) -> tuple[tuple[str, ...], str, str] | None:
    """The baselines of a list of gaps, one per item, the change the comparison says and what the clause names
    before the comparison (增速比全国、全省高出6.7、4.7个百分点: 全国 for 6.7, 全省 for 4.7, increase, 增速), read
    from text[start:end] (the clause up to the list's first figure, asides in brackets dropped); None when it ends
    with no such comparison."""
    w = words()
    bare = ASIDE.sub("", text[start:end])
    m = _listed_baseline().search(bare)
    if m is None:
        return None
    word = m.group("verb") or m.group("open")
    if word in w.of("gap_down") + w.of("compare_down"):
        change = "decrease"
    elif word in w.of("gap_up") + w.of("compare_up"):
        change = "increase"
    elif word in w.changes and w.change_roles[word] == "verb":
        change = w.changes[word]  # 比一季度和上半年分别提高…
    else:
        return None  # 比上年和前年 with no gap word: not a gap
    joint = f"(?:{alternation(w.of('list_joint'))})"
    parts = re.split(joint, m.group("base"))
    if len(parts) == 1:
        parts = _scopes().findall(m.group("base"))
    return tuple(b.strip("“”") for b in parts), change, bare[:m.start()].strip(" ，,")


def next_reference(text: str, start: int, end: int) -> str:
    """高于全国4个百分点、全省4.7个百分点; 高于南通0.2个百分点、省0.6个百分点: the reference of a gap that follows a
    gap after a list joint, text[start:end] the joint and the reference (a scope word, 省/市, or a place); ""
    when it is not one (拉动投资1.2个百分点、消费0.8个百分点: what the second is of, no reference)."""
    m = _next_reference().fullmatch(text, start, end)
    if m is None:
        return ""
    base = m.group("base")
    if _scopes().match(base) or base in words().of("bare_scope"):
        return base
    return base if gazetteer().resolve(base) is not None else ""


@lru_cache(maxsize=1)
def _next_reference() -> re.Pattern:
    return recache.compile(f"\\s?(?:{alternation(words().of('list_joint'))})\\s?(?P<base>[\\u4e00-\\u9fff]{{1,8}})\\s?")


@lru_cache(maxsize=1)
def _scopes() -> re.Pattern:
    return recache.compile(alternation(tuple(r[0] for r in data.rows("home_words.txt")) + tuple(data.words("nation_words.txt"))))


@lru_cache(maxsize=1)
def _reference_value() -> re.Pattern:
    """比全省（7.4%）和全国（6.3%）分别高…: a value in brackets right after a reference a comparison opens."""
    w = words()
    opener = alternation(w.of("compare") + w.of("gap_up") + w.of("gap_down"))
    joint = alternation(w.of("list_joint"))
    return recache.compile(f"(?:{opener})(?:[\\u4e00-\\u9fff“”]{{1,12}}?[（(][^（）()]*[）)](?:{joint}))*"
                      f"[\\u4e00-\\u9fff“”]{{1,12}}?[（(]\\s?$")


@lru_cache(maxsize=1)
def _bracket_scope() -> re.Pattern:
    """增长7.5%（全市11.1%）: a scope's own value in brackets right after a percentage, for comparison."""
    return recache.compile(f"[%％]\\s?[（(]\\s?(?:{_scopes().pattern})\\s?$")


def reference_value(text: str, start: int, at: int) -> bool:
    """Whether the figure at `at` is the value of a comparison's reference, written in brackets after it
    (比全省（7.4%）…: the province's growth, a change like the figure compared; 同比增长7.5%（全市11.1%）: the
    city's), read from text[start:at]."""
    return _reference_value().search(text, max(start, at - 40), at) is not None \
        or _bracket_scope().search(text, max(start, at - 12), at) is not None


def _compared(between: str, w: Words) -> str:
    """低, 均高, 低了: an adjective right after a baseline is a change ("" when `between` is none)."""
    for adverb in ("",) + w.of("change_adverb"):
        if between.startswith(adverb):
            word = between[len(adverb):].rstrip(w.chars("perfective"))  # 比全国低了3.1个百分点
            if word in w.of("compare_up") + w.of("gap_up"):  # 比一季度高出13.3个百分点: a gap verb as the adjective
                return "increase"
            if word in w.of("compare_down") + w.of("gap_down"):
                return "decrease"
    return ""


def _change_word(before: str, m: Mention, w: Words) -> tuple[str, str]:
    if m.unit in w.of("doubling_unit") and before.rstrip().rstrip(w.chars("perfective")).endswith(w.of("doubling")):
        return "increase", w.of("doubling")[0]  # 翻一番, 翻了一番
    if m.unit in w.of("doubling_unit") and m.unit_surface in w.of("bare_doubling"):
        return "increase", ""  # 翻番: the doubling word is the mention's own, none before it
    change, word = change_before(before, w)
    if word in w.of("rate_change") and m.kind not in ("percent", "percentage_point"):
        return "", ""  # 加快17个停车场建设: the pace of the work, not a change of the count
    return change, word


FROM_REACH: Final = 24  # characters before a level that its 从/由 may stand (由2005年的13.4∶45.1∶41.5: the third part)


def from_start(text: str, start: int) -> int:
    """Where 从 or 由 opens a first level written at `start` (从75%, 由每生每年5元: per-unit words between), or -1."""
    lo = max(0, start - FROM_REACH)
    # the pattern opens with a word of figure_words `from`, the whole of it inside text[lo:start]: where none stands
    # there (most figures), it matches nothing and is not tried (a find per word, not a pattern's search)
    for word in words().of("from"):
        if text.find(word, lo, start) >= 0:
            m = patterns().from_level.search(text, lo, start)
            return m.start() if m else -1
    return -1


def first_level(text: str, start: int, end: int, floor: int, ceil: int) -> bool:
    """Whether the figure at text[start:end] is the first level of a from-to (由每生每年5元提高至10元), within
    text[floor:ceil] (its sentence), read from the text alone (for a stage that has no mentions); the first of
    first levels listed (分别由650元、850元提高到720元、940元: 650元 as 850元) too."""
    if from_start(text, start) < floor:
        return False
    end = past_listed_levels(text, end, ceil)
    return patterns().to_after.match(text, end, min(ceil, end + 8)) is not None


LISTED_UNIT: Final = 4  # the most characters of a unit between a listed level's number and the joint after it


def past_listed_levels(text: str, pos: int, ceil: int) -> int:
    """The end of the numbers listed after a level ending at `pos` (、850元 of 由650元、850元提高到…), else `pos`."""
    joints = words().of("list_joint")
    while True:
        j = pos
        while j < ceil and j - pos < LISTED_UNIT and not text.startswith(joints, j) and not text[j].isdigit() \
                and text[j] not in CLAUSE_DELIMS:
            j += 1
        if j >= ceil or not text.startswith(joints, j):
            return pos
        k = j + 1
        if k >= ceil or not text[k].isdigit():
            return pos
        while k < ceil and (text[k].isdigit() or text[k] == "."):
            k += 1
        pos = k


def acts_on_things(text: str, clause: Clause, m: Mention, name: str) -> bool:
    """提升20个县乡村养老服务网络: an upgrade verb (figure_words.tsv upgrade_verb) right before a count of things
    named after the number acts on them, so the count is no change (增加1万个学位 stays an increase)."""
    return bool(name) and text.startswith(name, m.end) and text.endswith(words().of("upgrade_verb"), clause.start, m.start)


def is_from(text: str, m: Mention) -> bool:
    """从X… / 由X…: the figure is the first of two levels."""
    return from_start(text, m.start) >= 0


ASIDE_MAX: Final = 12  # the longest aside in brackets right after a figure (（人民币，下同）)


def without_aside(between: str) -> str:
    """The text between two figures without an aside in brackets that opens it (2.01万亿元(人民币,下同)增加到…)."""
    w = words()
    if between[:1] in w.of("bracket_open"):
        close = min((k for k in (between.find(c, 1, ASIDE_MAX + 2) for c in w.of("bracket_close")) if k > 0),
                    default=-1)
        if close > 0:
            return between[close + 1:]
    return between


def from_to(text: str, first: Mention, second: Mention) -> bool:
    """从X提高到Y: the text between two figures makes them two levels of one thing (an aside after X, 从2017年的
    2.01万亿元（人民币，下同）增加到2.9万亿元, stands outside it)."""
    return patterns().from_to.match(without_aside(text[first.end:second.start])) is not None


def change_of_name(indicator: str, kind: str) -> str:
    """物价涨幅3%上下, 增速6%: a change noun ending the name makes a percentage a change; an amount noun
    (增量) makes any figure one."""
    cn = patterns().change_noun.search(indicator) if kind in ("percent", "percentage_point") else None
    if cn:
        return "decrease" if cn.group("down") else "increase"
    w = words()
    amount = w.change_words("amount")
    if amount and indicator.endswith(amount):  # 销量增量达到35万辆: the size of a change, in any unit
        return next(w.changes[a] for a in amount if indicator.endswith(a))
    return ""


def pulled(text: str, start: int, end: int) -> tuple[str, int]:
    """上拉…2.8个百分点, 下拉全市增速1.2个百分点: the change a contribution verb in text[start:end] says of a number
    after it (its last one), and where the verb ends; ("", -1) when none."""
    w = words()
    found, at = "", -1
    for change, role in (("increase", "pull_up"), ("decrease", "pull_down")):
        for verb in w.of(role):
            k = text.rfind(verb, start, end)
            if k >= 0 and k + len(verb) > at:
                found, at = change, k + len(verb)
    return found, at

