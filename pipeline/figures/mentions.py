"""The figures of a sentence: its number mentions that are figures, and its ranks.

`numbers.find_mentions` reads every number; here the ones that are names, formulas, dates, list labels
or ordinals are dropped (`is_figure`, plus the masks of `masks.py`, but a quotation that states a change
of a number is a figure's, `quotes_statistic`), and ranks (全国第一, 居…第三, 前10位,
首位) are added as mentions of their own.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final
from re import _parser as sre_parse  # type: ignore[attr-defined]  # the re module's parser (Python 3.11+)

from .. import recache
from ..bisection import bisect_left_int, bisect_right_int
from ..once import Once
from ..gazetteer import gazetteer
from ..masks import masked_spans
from ..numbers import DIGIT_RANGES, Mention, find_mentions, new_mention, prefix_before
from ..numerals import CN_COUNT_CHARS, is_year, parse_number
from ..data import alternation, word_tuple
from ..placelabel import admin_endings
from .words import CLAUSE_DELIMS, patterns, words

LABEL_CLOSE = ("、", ".", "．", "）", ")")  # 1、 1. 1）: a list label
LABEL_OPEN = ("（", "(", ".")  # （1） .5: a label or part of a code
RANK_END = "，,。；;、！？!?）)\n #"  # what may follow a rank (# closes a hashtag); anything else makes it part of a name


def is_figure(text: str, m: Mention) -> bool:
    """Whether a number is a figure: not a year, a date or time, a list label, an ordinal or 一个."""
    w = words()
    if m.form == "chinese":
        if not m.unit and not m.magnitude:
            return False
        if m.unit_surface in w.of("unit_needs_magnitude") and not m.magnitude:
            return False  # 三度获评: three times, not a quantity
        if m.value == 1 and not m.magnitude and m.unit not in w.of("one_ok_unit"):
            return False  # 一个, 一座, 一条: not a count
        if m.unit in w.of("doubling_unit") and not text[max(0, m.num_start - 4):m.num_start].rstrip().rstrip(
                w.chars("perfective")).endswith(w.of("doubling")):
            return False  # 干出一番新气象: 番 of a kind, a doubling only after 翻 (翻一番, 翻了两番)
        if m.unit in w.of("year_unit") and m.value < 10 and text[m.end:m.end + 1] in w.of("grade_after"):
            return False  # 三年级
    if m.unit in w.of("year_unit") and not m.magnitude and is_year(m.value):
        return False  # a year
    if m.form == "arabic" and not m.unit and not m.magnitude and not m.qualifier and is_year(m.value) \
            and year_name().match(text, m.end):
        return False  # 2015城洽会, 2022北京冬奥会: a year naming an event
    if not m.unit:
        after = text[m.end:m.end + 2].lstrip()  # (read only here: most figures have a unit)
        if after[:1] and after[:1] in w.of("date_after"):
            return False  # dates and times (10月19日), decades
        if m.form == "arabic" and not m.magnitude and text[m.end:m.end + 1] in LABEL_CLOSE:
            return False  # list labels
        before = text[m.num_start - 1:m.num_start]
        if m.form == "arabic" and before and (before in LABEL_OPEN or before in w.of("label_before")):
            return False
    if m.unit in w.of("ordinal_unit"):
        return False  # 第二期, 章节: ordinals more often than counts
    if m.kind in ("count", "") and not m.magnitude and not m.qualifier and repeats_a_list(text, m):
        return False  # PM2.5、PM10、优良天数三项考核指标: the count of the list just given
    return True


def year_name() -> re.Pattern:
    """Right after a year written without 年: a run of characters up to a punctuation mark or a list joint that ends in
    an event's or a plan's name (城洽会, 北京冬奥会, 中国制造2025战略和…; figure_words.tsv year_name_end)."""
    return _YEAR_NAME.get()


def _make_year_name() -> re.Pattern:
    joints = "".join(words().chars("list_joint"))
    return recache.compile(rf"[\u4e00-\u9fff]{{0,10}}?(?:{alternation(words().of('year_name_end'))})"
                           rf"(?:(?![\u4e00-\u9fff])|(?=[{joints}]))")


_YEAR_NAME: Final = Once(_make_year_name)


CLOSE_QUOTES = "”’」』"  # the last name of a list may be quoted
ASIDE = recache.compile(r"[（(][^（）()]*[）)]")  # a bracketed aside
# a number, not the digits of a code (PM2.5, 5G): (?<![A-Za-z.\d])\d, opening with its digit (numbers.DIGIT_RANGES,
# checked by a lookbehind) so that the engine skips to one, not tries the lookbehind at every character
NUMBER_IN_LIST = recache.compile(rf"[{DIGIT_RANGES}](?<=\d)(?<![A-Za-z.\d][\s\S])")


def repeats_a_list(text: str, m: Mention) -> bool:
    """Whether a count in Chinese numerals only counts the names listed right before it, in its clause
    (PM2.5、PM10、优良天数三项考核指标; 纺织、服装…、塑料制品等七大类): as many names, joined by 、 (and 和/及/与 before
    the last, or inside an item: 机器人及智能制造), closed by nothing or 等 (list_closers.txt), the last one touching the
    number."""
    if m.value < 2 or m.value > LIST_REACH:
        return False  # (as many items as the value: at least two, and each holds a character of the clause read)
    return lists_as_many(text, m)


def lists_as_many(text: str, m: Mention) -> bool:
    """`repeats_a_list` read without its bounds on the count: the items it counts are at least two, each a non-empty
    part of the at most LIST_REACH characters of the clause before the count, so no other count is ever theirs."""
    pos = m.num_start
    for closer in _LIST_CLOSERS.get():
        if text.endswith(closer, 0, pos):
            pos -= len(closer)
            break
    if pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in CLOSE_QUOTES):
        return False  # (a quoted name may close the list: “地区生产总值”和“一般公共预算收入”两个指标)
    start = clause_back(text, pos, LIST_REACH)
    if NUMBER_IN_LIST.search(text, start, pos):
        return False  # 新增国家美丽海湾5个、幸福河湖2个: a list of figures, not of names (PM2.5、PM10 are names)
    listed = ASIDE.sub("", text[start:pos])  # 县（市、区）综合经济考核: the 、 of an aside joins no items
    items = [x for x in patterns().list_split.split(listed) if x.strip()]
    if 2 <= len(items) == m.value:
        return True
    # 航空、机器人及智能制造、工业母机、绿色石化4个集群: a joint word inside an item (及) joins no two of the list's
    # items, which the enumeration mark alone separates (corpus-dev 辽宁 2026)
    marked = [x for x in listed.split("、") if x.strip()]
    return len(marked) < len(items) and 2 <= len(marked) == m.value


LIST_REACH = 80  # how far back from a count `repeats_a_list` reads its clause
_LIST_CLOSERS: Final = Once(lambda: word_tuple("list_closers.txt"))
_DELIMS: Final = tuple(CLAUSE_DELIMS)  # one string per delimiter, made once (a loop over a str makes each anew)


def clause_back(text: str, pos: int, reach: int) -> int:
    """Where the clause ending at `pos` opens, looking back at most `reach` characters: right after the last clause
    delimiter (CLAUSE_DELIMS) in text[pos - reach:pos], else at pos - reach (or 0). The same as a walk back character
    by character while no delimiter stands before it, found by one `str.rfind` per delimiter (in C)."""
    low = pos - reach if pos > reach else 0
    last = -1
    for d in _DELIMS:
        k = text.rfind(d, low, pos)
        if k > last:
            last = k
    return last + 1 if last >= 0 else low


class Spans:
    """Masked spans of a sentence, indexed so that an overlap test is two bisections, however many there are."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts: list[int] = []
        self.reach: list[int] = []  # the furthest end of the first k+1 spans
        furthest = -1
        for a, b in spans:
            self.starts.append(a)
            if b > furthest:
                furthest = b
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int, skip_own: bool = False) -> bool:
        """Whether a span overlaps text[start:end]; with `skip_own`, spans opening at `start` do not count."""
        k0, k1, k2 = bisect_left_int(self.starts, start), bisect_right_int(self.starts, start), bisect_left_int(self.starts, end)
        return bool(k0 and self.reach[k0 - 1] > start) or (not skip_own and k1 > k0) or k2 > k1


FAR_CUE = 14  # how far before 榜首 its ranking verb may stand (位居全国工业百强区榜首)
LISTED_NAME = 12  # the longest name of a ranked item after a list joint (、新型城镇化质量第4)


def listed_rank(gap: str) -> bool:
    """Whether what stands between a rank and the next ordinal makes that ordinal the list's next rank: a list
    joint alone (第1位、第2位) or a joint and a short name (位居全国百强县投资潜力第3、新型城镇化质量第4、绿色发展第5)."""
    joints = words().of("list_joint")
    if gap in joints:
        return True
    if gap[:1] in ",，" and gap.lstrip(",，")[:1] in "、":
        gap = gap.lstrip(",，")  # 3项第2,、2项第3: a mirror page's stray comma doubling the joint
    joint = next((j for j in joints if j and gap.startswith(j)), "")
    name = gap[len(joint):]
    if joint and patterns().rank_listed_count.fullmatch(name):
        return True  # 10项指标增速排名全省第1、3项第2: a count of the items that hold the next rank
    if not joint:
        return scope_after_comma(gap)
    return 0 < len(name) <= LISTED_NAME and not any(c.isdigit() or c in "，,。；;：:！？" for c in name)


def scope_after_comma(gap: str) -> bool:
    """Whether `gap` is a comma and a ranking's scope alone, a rank scope word or a name with an administrative
    ending (增速位列全市第二，南六县第一; 居全省第一，全国第五): the next ordinal ranks the same thing in that scope."""
    return gap[:1] in ",，" and scope_name(gap[1:].strip())


def scope_name(name: str) -> bool:
    """Whether `name` alone can be a ranking's scope: a rank scope word (全国) or a short name with an administrative
    ending (南六县)."""
    if not name or len(name) > LISTED_NAME or any(c.isdigit() or c in "，,、。；;：:！？" for c in name):
        return False
    return name in words().set_of("rank_scope") or len(name) > 1 and name.endswith(admin_endings())


def ranks(text: str, start: int, end: int, masked: Spans, cue: int = -1) -> list[Mention]:
    """Ranks in text[start:end]: an ordinal after a scope or ranking verb (全国第一, 居…第三), 前N位, 首位.

    `cue`: where the first match of `patterns().rank_cue` in text[start:end] opens, when the caller found it (-1:
    not known). Every rank's ordinal (`m`: an ordinal, a first, a top) opens where a rank cue does, and the context
    before it reaches at most `rank_reach()` characters back, so no rank opens before `cue - rank_reach()`: the
    rank pattern, which opens with an optional alternation the regex engine tries at every position, is run from
    there (the same matches: none is skipped, and a match's lookarounds see the same text)."""
    w, p = words(), patterns()
    out: list[Mention] = []
    target = -1  # where the rank a ranking moved to opens (由第25位提升到|第13位)
    reach = rank_reach() if cue >= 0 else -1
    for r in p.rank.finditer(text, max(start, cue - reach) if reach >= 0 else start, end):
        ms, me = r.start("m"), r.end("m")
        moved_to = r.start() == target  # 从全国第12位跃升至第5位: the place it moved to is a rank as its earlier one is
        target = move_end(text, me, end) if r.group("s") else -1
        moved = target >= 0 or moved_to  # 由第25位大幅提升到第13位: a place the ranking moved from
        if not (r.group("ctx") or r.group("first") or out and listed_rank(text[out[-1].end:ms].strip()) or moved):
            continue  # 分别居全省第1位、第2位: the second of a list of ranks has its context in the first
        if text.startswith(w.of("not_rank_before"), me) and not moved:
            continue  # 第三届, 第一阶段, 前十位: the ordinal of an event or part
        if me < end and shared_part(text, me, end):
            continue  # 第一、第二章: a list of ordinals that shares the part named after the last
        first = r.group("first")
        if first and not p.first_cue.search(text, max(start, ms - 8), ms) and not (
                first in w.of("rank_first_far") and p.first_cue_far.search(text, max(start, ms - FAR_CUE), ms)):
            continue  # 放在首位 is no rank; 位居全国工业百强区榜首 is one
        if me < end and text[me] not in RANK_END and text[me] not in w.of("of") and not next_rank(text, me, end) \
                and not moved:
            continue  # 全国第一方阵, 第一书记: the ordinal opens a name
        try:
            if r.group("top"):
                value, qualifier = parse_number(r.group("top")), "under"
            elif r.group("first"):
                value, qualifier = Decimal(1), ""
            else:
                value, qualifier = parse_number(r.group("n")), ""
        except ValueError:
            continue
        if masked.overlaps(ms, me, skip_own=True):  # the ordinal mask on 第… itself is no bar
            continue
        out.append(new_mention(start=ms, end=me, num_start=ms, value=value, value_max=None, unit="", kind="rank",
                           qualifier=qualifier, form="rank", magnitude="", unit_surface=""))
    return out


def rank_reach() -> int:
    """The most characters a match of `patterns().rank` holds before its ordinal (the group `m`: 居全省34个类区县第1位),
    read off the pattern (kept in the pattern cache's file); -1 when it cannot be read (`ranks` then runs the
    pattern from the sentence's start)."""
    return _RANK_REACH.get()


def _make_rank_reach() -> int:
    pattern = patterns().rank.pattern
    return recache.derived(("mentions.rank_reach", 1, pattern), 1, lambda: (parse_rank_reach(pattern),))[0]


_RANK_REACH: Final = Once(_make_rank_reach)


def parse_rank_reach(pattern: str) -> int:
    """`rank_reach` of a pattern that is an optional context, then the group `m`: the widest the context is; -1 for
    a pattern of another shape or a context of unbounded width."""
    try:
        parsed = sre_parse.parse(pattern)
        items = list(parsed)
        if len(items) != 2 or items[1][0] is not sre_parse.SUBPATTERN \
                or parsed.state.groupdict.get("m") != items[1][1][0]:
            return -1
        low, high = sre_parse.SubPattern(parsed.state, [items[0]]).getwidth()
    except Exception:  # noqa: BLE001 - an unexpected parse tree only costs speed
        return -1
    return int(high) if high < sre_parse.MAXREPEAT else -1


def shared_part(text: str, pos: int, end: int) -> bool:
    """第一、第二章构成第一部分; 全省第一、第二、第三产业; 第一、二、三产业: list joints from `pos` on, each followed by an
    ordinal (第二, or a numeral alone), the last of which is followed by a part's word (not_rank_before) or opens a
    name (RANK_END): the whole list shares what follows the last, so none of its ordinals is a rank. Not 第一、第二位
    (a rank's unit), 第9位和第8位, 第1、第2。 (ranks), nor a numeral alone before a counter (排名全市第一、三项排名城区第一:
    a count of the next list item)."""
    w, k, steps, bare = words(), pos, 0, False
    while True:
        joint, r = rank_after_joint(text, k, end)
        if not joint:
            break
        if r is not None and not r.group("top") and not r.group("first"):
            if r.group("s"):
                return False  # 第一、第二位
            k, bare = r.end("m"), False
        else:
            e = k + len(joint)
            while e < end and text[e] in CN_COUNT_CHARS:
                e += 1
            if e == k + len(joint):
                break
            k, bare = e, True
        steps += 1
    if not steps or k >= end or text.startswith(w.of("rank_unit"), k):
        return False
    if text.startswith(w.of("not_rank_before"), k):
        return not bare
    return text[k] not in RANK_END and text[k] not in w.of("of")


def rank_after_joint(text: str, pos: int, end: int) -> tuple[str, re.Match | None]:
    """The list joint at `pos` (or "") and the rank right after it, if any (第9位和|第8位)."""
    joint = next((j for j in words().of("list_joint") if text.startswith(j, pos)), "")
    return joint, patterns().rank.match(text, pos + len(joint), end) if joint else None


def move_end(text: str, pos: int, end: int) -> int:
    """由第25位大幅提升到第13位: where a verb moving a ranking (figure_words.tsv rank_move) right after the place at
    `pos` ends when another rank follows it (the place at `pos` is the one it moved from), else -1."""
    mv = patterns().rank_moved.match(text, pos, end)
    r = patterns().rank.match(text, mv.end(), end) if mv else None
    ok = r is not None and bool(r.group("n")) and not text.startswith(words().of("not_rank_before"), r.end("m"))
    if mv is not None and not ok:
        ok = listed_place(text, mv.end(), end) > 0  # 从第17位上升至16位: the place it moved to written without 第
    return mv.end() if mv is not None and ok else -1


def next_rank(text: str, pos: int, end: int) -> bool:
    """列全市第9位和第8位: a list joint at `pos` and another rank right after it (not 第一和第二批: an ordinal); 第11和13位:
    a count of 位/名 after the joint, the list's next place written without 第."""
    joint, r = rank_after_joint(text, pos, end)
    if not joint:
        return False
    if r is not None:
        return not r.group("top") and not text.startswith(words().of("not_rank_before"), r.end("m"))
    return listed_place(text, pos + len(joint), end) > 0


def listed_place(text: str, pos: int, end: int) -> int:
    """The end of a count of 位/名 at `pos` that closes its phrase (13位, in 第11和13位), else 0."""
    k = pos
    while k < end and text[k].isdigit():
        k += 1
    unit = next((u for u in words().of("rank_unit") if text.startswith(u, k)), "") if k > pos else ""
    return k + len(unit) if unit and (k + len(unit) >= end or text[k + len(unit)] in RANK_END) else 0


def as_rank(text: str, m: Mention) -> Mention:
    """列全省56位, 居全国10名: a count of 位/名 right after a ranking verb and its scope is a rank without 第."""
    w = words()
    if m.kind != "count" or m.unit not in w.of("rank_unit") or m.qualifier or m.value_max is not None:
        return m
    before = text[max(0, m.start - 6):m.start]
    # 排名从上年85位升至81位: the ranking's earlier place, whatever follows it
    earlier = before.endswith(w.of("rank_from")) and any(
        before[:len(before) - len(f)].endswith(w.of("rank_verb")) for f in w.of("rank_from") if before.endswith(f))
    listed = after_listed_ordinal(text, m.start)
    if earlier or listed:
        return new_mention(start=m.start, end=m.end, num_start=m.num_start, value=m.value, value_max=None, unit="",
                           kind="rank", qualifier="", form="rank", magnitude="", unit_surface="")
    if m.end < len(text) and text[m.end] not in RANK_END and text[m.end] not in w.of("of"):
        return m  # 获得2位院士支持: people counted, the phrase goes on
    for scope in ("",) + w.of("rank_scope"):
        if scope and not before.endswith(scope):
            continue
        if before[:len(before) - len(scope)].endswith(w.of("rank_verb")):
            return new_mention(start=m.start, end=m.end, num_start=m.num_start, value=m.value, value_max=None, unit="",
                               kind="rank", qualifier="", form="rank", magnitude="", unit_surface="")
    return m


LISTED_PLACES = 12  # the most places of a list of ranks after the first's 第 (第七、八、九、十位)


def after_listed_ordinal(text: str, pos: int) -> bool:
    """第14、25位, 第11和13位, 第七、八、九、十位: whether the number at `pos` is a place of a list of ranks whose
    first alone is written with 第: list joints and numbers of up to three characters back to the first's 第."""
    w, k = words(), pos
    for _ in range(LISTED_PLACES):
        if k == 0 or text[k - 1] not in w.of("list_joint"):
            return False
        j = k - 1
        while j > 0 and pos - j < 40 and (text[j - 1].isdigit() or text[j - 1] in CN_COUNT_CHARS):
            j -= 1
        if not 1 <= k - 1 - j <= 3:
            return False
        if text[:j].endswith(w.of("ordinal")):
            return True
        k = j
    return False


def minus_sign(text: str, m: Mention) -> bool:
    """增速为-3.6%: a minus sign before a quantity (not a range link after a digit, not 歼-35: no unit) stays
    in its value."""
    if not m.unit or m.start < 1 or m.num_start != m.start or text[m.start - 1] not in words().of("minus"):
        return False
    return m.start < 2 or not (text[m.start - 2].isalnum() and text[m.start - 2].isascii())


def quotes_statistic(text: str, start: int, end: int) -> bool:
    """“一季度GDP增长4.8%”: a quotation whose words state a change of a number quotes a figure, not a name."""
    return text[start:start + 1] in words().of("quote_open") and \
        patterns().statistic.search(text, start, end) is not None


def quotes_quantity(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """目标为“5%左右”, 分别为“不低于5%”、“5%以上”: a quotation that holds one per cent and nothing else (its
    qualifier with it) quotes a figure, a target as a news story writes it, not a name."""
    if text[start:start + 1] not in words().of("quote_open"):
        return False
    inner_start, inner_end = start + 1, end - 1
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return any(m.start == inner_start and m.end == inner_end and m.kind in ("percent", "percentage_point")
               for m in mentions)


def dedupe(mentions: list[Mention]) -> list[Mention]:
    """Of overlapping mentions (sorted by start), the longest."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


def sentence_mentions(text: str, start: int, end: int) -> list[Mention]:
    """The figures of the sentence text[start:end], in order: numbers that are figures, and ranks."""
    found = find_mentions(text, start, end)
    rank_cue = patterns().rank_cue.search(text, start, end)
    doubling = False  # 翻番, no numeral
    for word in words().of("bare_doubling"):
        if text.find(word, start, end) >= 0:
            doubling = True
            break
    if not found and not rank_cue and not doubling:
        return []  # most sentences: no number at all, nothing else to do
    mentions = [m for m in found if is_figure(text, m)]  # years, dates and labels go first
    cue = rank_cue.start() if rank_cue else -1
    if not mentions and not (rank_cue and may_rank(text, start, end, cue)) and not doubling:
        return []  # a rank cue (第, 首位) but no rank to read even unmasked: the masks need not run
    # 120GW, 30EFLOPS, 25μg/m3: a number with a unit written in Latin letters (units.tsv) is no code like 5G
    latin = [(m.num_start, m.end) for m in mentions if latin_letters(m.unit_surface)]
    kept: list[tuple[int, int]] = []
    for sp in masked_spans(text, start, end):
        a, b = sp
        if not quotes_statistic(text, a, b) and not quotes_quantity(text, a, b, mentions) \
                and not (latin and within(a, b, latin)):
            kept.append(sp)
    masked = Spans(kept)
    mentions = [qualified_doubling(text, as_rank(text, m), start) for m in mentions
                if not masked.overlaps(m.num_start, m.end) and not in_place_name(text, m, end)]
    if rank_cue:
        mentions += ranks(text, start, end, masked, cue)
    if doubling:
        mentions += bare_doublings(text, start, end, masked)
    if not in_order(mentions):  # numbers come in order; ranks, added after them, may not
        mentions.sort(key=lambda m: m.start)
    return dedupe(mentions)


def latin_letters(surface: str) -> bool:
    """Whether a unit as written holds a Latin letter (GW, μg/m3: μ is no ASCII letter, g is)."""
    for c in surface:
        if c.isascii() and c.isalpha():
            return True
    return False


def within(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """Whether text[a:b] lies within one of `spans`."""
    for x, y in spans:
        if x <= a and b <= y:
            return True
    return False


def in_place_name(text: str, m: Mention, end: int) -> bool:
    """Whether a number written in Chinese numerals opens a place's name (七台河, 三门峡): the name, no figure
    (probe30 黑龙江 2021: 七台 of 鸡西、鹤岗、双鸭山、七台河四煤城)."""
    if m.num_start >= len(text) or text[m.num_start].isdigit():
        return False
    place = gazetteer().name_at(text, m.num_start, end)
    return place is not None and place.end > m.num_start + 1


def qualified_doubling(text: str, m: Mention, floor: int) -> Mention:
    """A doubling with a qualifier before its verb (全国财政收入十年接近翻一番, 近翻一番, 超过翻一番): the qualifier is the
    doubling's, and the mention opens with it, as 接近1倍 would."""
    w = words()
    if m.qualifier or m.unit not in w.of("doubling_unit"):
        return m
    at = len(text[floor:m.num_start].rstrip().rstrip(w.chars("perfective"))) + floor
    verb = next((v for v in w.of("doubling") if text.endswith(v, floor, at)), "")
    if not verb:
        return m
    start, qualifier = prefix_before(text, at - len(verb), floor)
    if not qualifier:
        return m
    return new_mention(start=start, end=m.end, num_start=m.num_start, value=m.value, value_max=m.value_max,
                       unit=m.unit, kind=m.kind, qualifier=qualifier, form=m.form, magnitude=m.magnitude,
                       unit_surface=m.unit_surface)


def bare_doublings(text: str, start: int, end: int, masked: Spans) -> list[Mention]:
    """Doublings written with no numeral in text[start:end] (figure_words bare_doubling: 社会消费品零售总额翻番): each a
    ratio of 1 番, its unit written as the whole word."""
    out: list[Mention] = []
    for word in words().of("bare_doubling"):
        k = text.find(word, start, end)
        while k >= 0:
            if not masked.overlaps(k, k + len(word)):
                out.append(new_mention(start=k, end=k + len(word), num_start=k, value=Decimal(1), value_max=None,
                                       unit=words().of("doubling_unit")[0], kind="ratio", qualifier="", form="chinese",
                                       magnitude="", unit_surface=word))
            k = text.find(word, k + len(word), end)
    return out


def may_rank(text: str, start: int, end: int, cue: int = -1) -> bool:
    """Whether `ranks` may read a rank in text[start:end]: it reads one with no span masked. A sentence whose only
    figures could be ranks needs its masks only then: when no rank is read unmasked, none is read masked (at each
    candidate the ranks read before it are none either way, and a mask only adds a reason to skip it). `cue`: as
    for `ranks`."""
    return bool(ranks(text, start, end, Spans([]), cue))


def in_order(mentions: list[Mention]) -> bool:
    """Whether mentions are sorted by start already (a stable sort by start would leave them as they are)."""
    for k in range(1, len(mentions)):
        if mentions[k].start < mentions[k - 1].start:
            return False
    return True
