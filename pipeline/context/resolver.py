"""The context stage's pass over a document's figures (what `pipeline.context` says): one cursor over
paragraphs, a stack of open sections, each figure's time, claim and measure from its nearest source."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Final, Iterator, Sequence

from .. import recache
from ..once import Once
from ..numerals import CN_COUNT_CHARS, CN_QUANTITY_CHARS
from ..data import alternation, word_tuple
from ..figures.change import first_level, from_start
from ..gazetteer import gazetteer
from ..figures.clause import positions
from ..figures.words import patterns as figure_patterns, words as figure_words
from ..profile import genres
from ..records import Document, Figure, Paragraph, Section, Sentence, Structure
from ..bisection import bisect_left_int, bisect_right_int
from ..scan import holds_a_word, last_of
from ..structure import sentence_at
from . import timex
from .claim import (COMMAS, CUE_CLAUSE_BREAKS, Claim, SentenceCues, claim_words, counts_a_people, done_in,
                    heading_claim, names_a_goal, opens_item, plan_lead, premise)
from .measure import measure_of, takes, wholes_before_parts, written
from .timex import Interval, year_interval

YEAR_DIGITS = r"(1[89]\d\d|20\d\d)"  # a year of a report or an article, as a group (1998, 2022)
YEAR_FIRSTS = "12"  # the characters YEAR_DIGITS opens with
YEAR = recache.compile(rf"(?<!\d){YEAR_DIGITS}(?!\d)")
YEAR_IN_TITLE = recache.compile(rf"{YEAR_DIGITS}\s?年")
def _make_opening() -> re.Pattern:
    """What follows a time that opens a paragraph or sentence (2025年，; 今年以来，; 在过去的一年里，; 2025年的目标任务，:
    time_words.tsv `closer`, `topic`)."""
    topics, closers = (alternation(timex.words().of(role)) for role in ("topic", "closer"))
    return recache.compile(rf"\s?(?:{closers})?\s?(?:的(?:{topics}))?\s?(?:[，,：:]|是)")


_OPENING_ONCE: Final = Once(_make_opening)


def _opening() -> re.Pattern:
    return _OPENING_ONCE.get()


def _make_reviewed_parts() -> tuple[str, str, str, str, str]:
    """reviewed_pattern()'s four forms: (a reviewed word and the year after it: 刚刚过去的2022年, 初步统计，2018年; a year
    and its sentence up to an estimate word: 2022年…预计, as far as the estimate word; the estimate words; a year the
    text says is reviewed after it: 报告对2019年工作进行了回顾; a year that 是…的一年, the next sentence looking back on it:
    2022年是…的一年。一年来)."""
    w = timex.words()
    words, prelim, part = (alternation(w.of(role)) for role in ("reviewed", "preliminary", "part"))
    whole = rf"{YEAR_DIGITS}\s?年(?!\s?(?:{part}|\d|[一二三四五六七八九十]+月|底|末|初))"  # the whole year
    after = alternation(w.of("reviewed_after"))
    # a comma after the word (初步统计，2018年) only for a word that closes no review's title: in 2023年工作回顾,2024年
    # 主要工作建议 (a report's parts listed, probe5 来宾 2024) 回顾 ends the item before, and 2024年 is the plan's
    titled = set(w.of("reviewed_title"))
    comma = alternation([x for x in w.of("reviewed") if x not in titled]) or words
    return (rf"(?:(?:{comma})[，,]|(?:{words}))\s{{0,3}}{whole}", rf"{whole}(?P<between>[^。；;！？!?\n]{{0,40}}?)", prelim,
            rf"{whole}(?:{after})", rf"(?<![^\n]){whole}是[^。；;！？!?\n]{{0,60}}一年[。！!]\s?(?:{alternation(w.of('reviewed_next'))})")


_REVIEWED_PARTS_ONCE: Final = Once(_make_reviewed_parts)


def _reviewed_parts() -> tuple[str, str, str, str, str]:
    return _REVIEWED_PARTS_ONCE.get()


def _make_reviewed_pattern() -> re.Pattern:
    reviewed, estimated, prelim, after, next_ = _reviewed_parts()
    # 刚刚过去的2022年, 初步统计，2018年; or a year whose sentence then estimates its figures (2022年…预计突破12万亿元);
    # or a year the text says is reviewed after it (报告对2019年工作进行了回顾); or a year opening a paragraph that
    # 是…的一年, whose next sentence looks back on it (2022年是…极不平凡的一年。一年来，…; not one a news text's
    # 在报告中指出，2024年是… quotes: its date says the year)
    return recache.compile(rf"{reviewed}|{estimated}(?:{prelim})|{after}|{next_}")


_REVIEWED_PATTERN_ONCE: Final = Once(_make_reviewed_pattern)


def reviewed_pattern() -> re.Pattern:
    return _REVIEWED_PATTERN_ONCE.get()


class Anchored:
    """A pattern, the literal words one of which every match of it holds (`anchors`), how far after the match's
    start that word may stand (`reach`) and the characters a match opens with (`firsts`): `search_anchored` tries
    the pattern only there. (A plain class, not a NamedTuple: making a NamedTuple class costs every process's
    start-up about 9 million instructions.)"""

    def __init__(self, pattern: re.Pattern, anchors: tuple[str, ...], reach: int, firsts: str) -> None:
        self.pattern, self.reach, self.firsts = pattern, reach, firsts
        # each word once, and none that opens with another (回顾了 after 回顾): the places where some word stands
        # are the same, with fewer words to find
        unique = tuple(dict.fromkeys(anchors))
        self.anchors = tuple(w for w in unique if not any(v != w and w.startswith(v) for v in unique))
        self.chars = tuple(tuple(w) for w in self.anchors)  # each word's characters, for `find_word`
        # the words by their first two characters (工作进行了回顾, 工作作了回顾, 工作报告时指出…: seven words of 工作; 初步统计,
        # 初步核算…), each group found by one `find_word` of those characters and a test of its words there
        # (`find_group`), not by a pass over the text per word; (the characters found, the group's words, or () when
        # the group is one word, whose characters are found)
        by_head: dict[str, list[str]] = {}
        for w in self.anchors:
            by_head.setdefault(w[:2], []).append(w)
        # (a word alone under its head is found whole: its head may stand far more often, 年国 of 年国民经济…公报)
        self.groups = tuple((tuple(ws[0]), ()) if len(ws) == 1 else (tuple(head), tuple(ws))
                            for head, ws in by_head.items())


def find_word(text: str, chars: tuple[str, ...], pos: int, end: int) -> int:
    """`text.find("".join(chars), pos, end)`, by each character's next place (a search for one character, in C,
    which skips through the text many times faster than the search for a word of two to seven): the word cannot
    start before any character's next place less its offset in the word, so the start moves there until every
    character stands at its place. No start is skipped that holds the word: a start before the furthest
    character's place less its offset would need that character in a stretch where the search found none."""
    n = len(chars)
    found = [-1] * n  # each character's place found last (still good while at or after pos + its offset)
    while True:
        lo = pos
        for i in range(n):
            j = found[i]
            if j < pos + i:
                j = text.find(chars[i], pos + i, end)
                if j < 0:
                    return -1
                found[i] = j
            if j - i > lo:
                lo = j - i
        if lo == pos:
            return pos  # every character at its place (each found at or after pos + its offset, none after)
        pos = lo


def find_group(text: str, head: tuple[str, ...], words: tuple[str, ...], pos: int, end: int) -> int:
    """The first place at or after `pos` where one of `words` (each opening with the characters `head`) stands within
    text[:end], else -1: `min` of `find_word` over the words, read at each place the head stands (a word stands only
    where its head does); `words` () for the head alone."""
    while True:
        k = find_word(text, head, pos, end)
        if k < 0 or not words:
            return k
        for w in words:
            n = k + len(w)
            if n <= end and text.find(w, k, n) == k:
                return k
        pos = k + 1


def search_anchored(a: Anchored, text: str, start: int, end: int) -> re.Match | None:
    """`a.pattern.search(text, start, end)`, tried only at the `a.reach` characters before each anchor word (a
    fast literal search): a pattern opening with a lookbehind or a group of years is otherwise tried at every
    character of a whole document. The same first match: every start is tried in order that has an anchor word
    within reach, and no other start can match."""
    tried = start  # the starts before it are tried (or can hold no match)
    # each word's next place at or after `tried` (-1: none)
    # (by groups of words sharing their first two characters: the same places, `find_group`)
    hits = [find_group(text, head, ws, start, end) for head, ws in a.groups]
    while True:
        at = min((k for k in hits if k >= 0), default=-1)
        if at < 0:
            return None
        for s in range(max(tried, at - a.reach), at + 1):
            if text[s] not in a.firsts:
                continue  # no match opens here (most characters before a 预计 are no year's first digit)
            m = a.pattern.match(text, s, end)
            if m is not None:
                return m
        tried = at + 1
        hits = [find_group(text, g[0], g[1], tried, end) if k == at else k for g, k in zip(a.groups, hits)]


def _make_year_reach() -> int:
    """The longest run of a year and its space before 年 (2025 年): how far a year pattern's 年 is from its start."""
    return _widest(rf"{YEAR_DIGITS}\s?")


_YEAR_REACH_ONCE: Final = Once(_make_year_reach)


def _year_reach() -> int:
    return _YEAR_REACH_ONCE.get()


def _widest(regex: str) -> int:
    """The most characters a match of `regex` can span (its words, classes and bounded repeats)."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]  # the re module's parser (3.11+)

    return int(sre_parse.parse(regex).getwidth()[1])


def _make_reviewed() -> Anchored:
    """reviewed_pattern(), anchored at its reviewed words (which open a match), its estimate words (which stand
    at most the year and its 40 characters of sentence after the match's start) and its reviewed-after words (right
    after the year: nearer)."""
    w = timex.words()
    reviewed = w.of("reviewed")
    parts = _reviewed_parts()
    return Anchored(reviewed_pattern(), (*reviewed, *w.of("preliminary"), *w.of("reviewed_after"),
                                         *w.of("reviewed_next")),
                    max(_widest(parts[1]), _widest(parts[4])), YEAR_FIRSTS + "".join(sorted({x[0] for x in reviewed})))


_REVIEWED_ONCE: Final = Once(_make_reviewed)


def _reviewed() -> Anchored:
    return _REVIEWED_ONCE.get()


def reviewed_matches(text: str, start: int, end: int) -> Iterator[re.Match]:
    """`reviewed_pattern().finditer(text, start, end)`, tried only before its anchor words (`search_anchored`): the
    pattern opens with an alternation and a group, so the regex engine would try all of it at every character."""
    anchored = _reviewed()
    pos = start
    while (m := search_anchored(anchored, text, pos, end)) is not None:
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


def _make_current() -> Anchored:
    current = timex.words().of("current")
    return Anchored(recache.compile(rf"(?:{alternation(current)})\s?{YEAR_DIGITS}\s?年"), current, 0,
                    "".join(sorted({x[0] for x in current})))


_CURRENT_ONCE: Final = Once(_make_current)


def _current() -> Anchored:
    return _CURRENT_ONCE.get()


def _make_looked_back() -> Anchored:
    """过去的2011年, 刚刚过去的2011年: a year the text looks back on as just ended (time_words.tsv past_year); not
    即将过去的2023年 (a current word: the year a new-year speech speaks in)."""
    w = timex.words()
    past, current = w.of("past_year"), w.of("current")
    guards = "".join(f"(?<!{re.escape(c[:-len(p)])})" for c in current for p in past if c.endswith(p) and c != p)
    return Anchored(recache.compile(rf"{guards}(?:{alternation(past)})\s?{YEAR_DIGITS}\s?年"), past, 0,
                    "".join(sorted({x[0] for x in past})))


_LOOKED_BACK_ONCE: Final = Once(_make_looked_back)


def _looked_back() -> Anchored:
    return _LOOKED_BACK_ONCE.get()


def _make_greeting() -> Anchored:
    w = timex.words()
    pattern = rf"{YEAR_DIGITS}\s?年(?:{alternation(w.of('greeting'))})(?:{alternation(w.of('arrival'))})"
    return Anchored(recache.compile(pattern), tuple("年" + g for g in w.of("greeting")), _year_reach(), YEAR_FIRSTS)


_GREETING_ONCE: Final = Once(_make_greeting)


def _greeting() -> Anchored:
    return _GREETING_ONCE.get()


def _body_year(anchored: Anchored, doc: Document, structure: Structure) -> int | None:
    """The year (group 1) of the first match of the pattern in the document's body, else None."""
    pr = structure.profile
    m = search_anchored(anchored, doc.text, pr.body_start, pr.body_end)
    return int(m.group(1)) if m else None


def greeting_year(doc: Document, structure: Structure) -> int | None:
    """The year a greeting says it is given in (在2005年春节即将到来之际: early that year), else None."""
    return _body_year(_greeting(), doc, structure)


def current_year(doc: Document, structure: Structure) -> int | None:
    """The year a text with no date says it speaks in, near its end (即将过去的2023年: a new-year speech), else None."""
    return _body_year(_current(), doc, structure)


STOPS = recache.compile(r"[，,。；;！？!?\n]")  # the end of a clause


def reviewed_year(doc: Document, structure: Structure) -> int | None:
    """The year a text with no date says it reviews (刚刚过去的2022年, 报告回顾了2024年的工作成果, 报告对2019年工作进行了回顾,
    初步统计，2018年…,
    2022年…GDP预计突破12万亿元: an estimate of a year just ended), else None."""
    if YEAR.search(structure.profile.date or "") or YEAR.search(doc.metadata.get("date", "") or ""):
        return None
    titled = _title_reviewed().search(structure.title or "")
    if titled is not None:
        return int(titled.group(1))  # 《政府工作报告》解读二:2024年工作回顾(二): the year the title says is reviewed
    pr = structure.profile
    aims = claim_words().cue
    for m in reviewed_matches(doc.text, pr.body_start, pr.body_end):
        if m.group(1):
            clause_end = STOPS.search(doc.text, m.end(), pr.body_end)
            if aims.search(doc.text, m.end(), clause_end.start() if clause_end else pr.body_end):
                continue  # 报告指出,2025年要力争…: the year a plan names in its clause, no review
            return int(m.group(1))
        if m.group(4):
            return int(m.group(4))  # 报告对2019年工作进行了回顾
        if m.group(5):
            return int(m.group(5))  # 2022年是…极不平凡的一年。一年来，…
        if not aims.search(m.group("between")):  # 2024年，贵州将…预计增长5.5%左右: a plan's, no estimate
            return int(m.group(2))
    cycled = _cycle_year(doc, structure)
    if cycled is not None:
        return cycled  # 刚刚过去的甲辰龙年: 2024, a year named in the sixty-year cycle
    judged = _body_year(_judged_year(), doc, structure)
    if judged is not None:
        return judged  # 2023年，是开化发展进程中极不寻常、极其难忘的一年: a 致辞 looking back on the year just ended
    bulletin = _body_year(_bulletin_year(), doc, structure)
    if bulletin is not None:
        return bulletin  # 发布《湖南省2018年国民经济和社会发展统计公报》: a review of 2018, published in 2019
    report = _body_year(_report_year(), doc, structure)
    return report - 1 if report is not None else None  # 江苏省政府2025年政府工作报告新鲜出炉: a review of 2024


def _make_title_reviewed() -> re.Pattern:
    """A year and a review word in a title (2024年工作回顾, 2023年度工作回顾; time_words.tsv `reviewed_title`)."""
    return recache.compile(rf"(?<!\d){YEAR_DIGITS}\s?年度?(?:{alternation(timex.words().of('reviewed_title'))})")


_TITLE_REVIEWED_ONCE: Final = Once(_make_title_reviewed)


def _title_reviewed() -> re.Pattern:
    return _TITLE_REVIEWED_ONCE.get()


CYCLE_START = 1984  # 甲子, the first year of the sixty-year cycle the texts (1984-2043) name their years in


def _make_cycled() -> Anchored:
    """A reviewed word and a year named by its stem and branch (刚刚过去的甲辰龙年; time_words.tsv `stem`, `branch`,
    `zodiac`)."""
    w = timex.words()
    reviewed = tuple(dict.fromkeys(w.of("reviewed") + w.of("lead")))
    pattern = recache.compile(rf"(?:{alternation(reviewed)})[，,]?\s{{0,3}}(?P<stem>[{''.join(w.of('stem'))}])"
                              rf"(?P<branch>[{''.join(w.of('branch'))}])[{''.join(w.of('zodiac'))}]?年")
    return Anchored(pattern, reviewed, 0, "".join(sorted({x[0] for x in reviewed})))


_CYCLED_ONCE: Final = Once(_make_cycled)


def _cycled() -> Anchored:
    return _CYCLED_ONCE.get()


def _make_stem_branch() -> re.Pattern:
    """A heavenly stem right before an earthly branch (甲辰): every match of `_cycled` holds one."""
    w = timex.words()
    return recache.compile(f"[{''.join(w.of('stem'))}][{''.join(w.of('branch'))}]")


_STEM_BRANCH_ONCE: Final = Once(_make_stem_branch)


def _stem_branch() -> re.Pattern:
    return _STEM_BRANCH_ONCE.get()


def _make_stems_branches() -> tuple[tuple[str, ...], str]:
    """(the heavenly stems, the earthly branches): the characters of `_stem_branch`'s two classes."""
    w = timex.words()
    return tuple(dict.fromkeys("".join(w.of("stem")))), "".join(w.of("branch"))


_STEMS_BRANCHES_ONCE: Final = Once(_make_stems_branches)


def _stems_branches() -> tuple[tuple[str, ...], str]:
    return _STEMS_BRANCHES_ONCE.get()


def names_stem_branch(text: str, start: int, end: int) -> bool:
    """`_stem_branch().search(text, start, end) is not None`, by a search for each stem (a search for one character
    skips through the text in C many times faster than the regex engine tests each character against the class),
    and the character after each stem found told against the branches (most stems stand alone: 自己, 丁)."""
    stems, branches = _stems_branches()
    end = min(end, len(text))  # as the regex reads an end past the text
    for c in stems:
        k = text.find(c, start, end)
        while k >= 0:
            if k + 1 < end and text[k + 1] in branches:
                return True
            k = text.find(c, k + 1, end)
    return False


def _cycle_year(doc: Document, structure: Structure) -> int | None:
    """The year of `_cycled`'s first match in the body (甲辰 → 2024), else None. The anchored search (its reviewed
    words are common) runs only in a body that names a stem and branch at all (one scan, most bodies none)."""
    pr = structure.profile
    if not names_stem_branch(doc.text, pr.body_start, pr.body_end):
        return None
    m = search_anchored(_cycled(), doc.text, pr.body_start, pr.body_end)
    if m is None:
        return None
    w = timex.words()
    stem, branch = int(w.values[m.group("stem")]), int(w.values[m.group("branch")])
    return CYCLE_START + next(k for k in range(60) if k % 10 == stem and k % 12 == branch)


def _make_judged_year() -> Anchored:
    """A year the text calls, looking back, an extraordinary one (2022年是极为重要、极不平凡的一年; time_words.tsv
    `past_judgement`): not a plan's year, which is a 关键之年 or 开局之年."""
    judgements = alternation(timex.words().of("past_judgement"))
    head = rf"(?<!\d){YEAR_DIGITS}\s?年[，,]?\s?是[^。；！\n]{{0,30}}?"
    return Anchored(recache.compile(rf"{head}(?:{judgements})[^。；！\n]{{0,8}}?的一年"),
                    timex.words().of("past_judgement"), _widest(head), YEAR_FIRSTS)


_JUDGED_YEAR_ONCE: Final = Once(_make_judged_year)


def _judged_year() -> Anchored:
    return _JUDGED_YEAR_ONCE.get()


def _make_bulletin_year() -> Anchored:
    bulletin = timex.words().of("bulletin")
    return Anchored(recache.compile(rf"(?<!\d){YEAR_DIGITS}\s?年(?:{alternation(bulletin)})"),
                    tuple("年" + b for b in bulletin), _year_reach(), YEAR_FIRSTS)


_BULLETIN_YEAR_ONCE: Final = Once(_make_bulletin_year)


def _bulletin_year() -> Anchored:
    return _BULLETIN_YEAR_ONCE.get()


def _make_report_year() -> Anchored:
    report = timex.words().of("report")
    return Anchored(recache.compile(rf"(?<!\d){YEAR_DIGITS}\s?年(?:{alternation(report)})"),
                    tuple("年" + r for r in report), _year_reach(), YEAR_FIRSTS)


_REPORT_YEAR_ONCE: Final = Once(_make_report_year)


def _report_year() -> Anchored:
    return _REPORT_YEAR_ONCE.get()


def _make_title_year() -> re.Pattern:
    genre = alternation(genres())
    # a year opening a document's name (2023年新疆自治区政府工作报告, (福建省)2021年三明市人民政府工作报告(全文)), not
    # one a news title says after the name (成都市政府工作报告丨2023年成都地区生产总值…: the year reviewed)
    return recache.compile(rf"^(?:[(（][^)）]{{2,8}}[)）])?\s?{YEAR_DIGITS}\s?年[^\d，。,丨|]{{0,16}}?(?:{genre})")


_TITLE_YEAR_ONCE: Final = Once(_make_title_year)


def _title_year() -> re.Pattern:
    return _TITLE_YEAR_ONCE.get()


def _titled_year(title: str) -> int | None:
    m = _title_year().search(title or "")
    return int(m.group(1)) if m else None


def document_year(doc: Document, structure: Structure, reviewed: int | None = None,
                  reviewed_known: bool = False) -> int | None:
    """The year the document speaks from: its profile's date, its metadata's, else the year after the one its
    body says it reviews (刚刚过去的2022年, 回顾2023年工作时说: news of a report with no date), else the year it says
    is ending (即将过去的2023年), else a year in its
    title (2021年平湖市政府工作报告; a news title's year is often the year reviewed: 成都市政府工作报告丨2023年…)."""
    for date in (structure.profile.date, doc.metadata.get("date", "")):
        m = YEAR.search(date or "")
        if m and not structure.profile.delivered and _reports_past(doc, structure, date):
            break  # a copy site's upload stamp (2022-06-18) above 1-8月，全市…: the speech is of an earlier year
        if m:
            titled = _titled_year(structure.title) if not structure.profile.delivered else None
            if titled is not None and titled < int(m.group()):
                return titled  # 2023年新疆自治区政府工作报告 posted on a document site on 2024-06-13: the report's year
            greeted = greeting_year(doc, structure) if not structure.profile.delivered else None
            if greeted is not None and greeted < int(m.group()):
                return greeted  # 在2005年春节即将到来之际 posted by a copy site in 2006: the greeting's year
            looked = _body_year(_looked_back(), doc, structure) if not structure.profile.delivered else None
            if looked is not None and looked + 1 < int(m.group()):
                return looked + 1  # 过去的2011年 in a 表态发言 a copy site posted in 2022: the speech speaks in 2012
            return int(m.group())
    if not reviewed_known:
        reviewed = reviewed_year(doc, structure)
    if reviewed is not None:
        return reviewed + 1
    released = release_year(doc, structure)
    if released is not None:
        return released
    current = current_year(doc, structure)
    if current is not None:
        return current
    greeted = greeting_year(doc, structure)
    if greeted is not None:
        return greeted
    m = YEAR_IN_TITLE.search(structure.title) or _session_year().search(structure.title)
    return int(m.group(1)) if m else None


def _make_session_year() -> re.Pattern:
    """A year a title writes without 年 before a place and its sessions (聚焦2023内蒙古两会): the sessions' year."""
    return recache.compile(rf"(?<!\d){YEAR_DIGITS}[\u4e00-\u9fff]{{0,8}}?(?:{alternation(timex.words().of('session'))})")


_SESSION_YEAR_ONCE: Final = Once(_make_session_year)


def _session_year() -> re.Pattern:
    return _SESSION_YEAR_ONCE.get()


# how far into the body a page's date is checked against the part of a year the text reports (its lead and first heading)
PAST_REACH = 1000


def _reports_past(doc: Document, structure: Structure, date: str) -> bool:
    """Whether the opening of the body reports a part of a year from January (1-8月，全市实现生产总值…, 今年1-8月,
    前三季度) that, in the year of the page's date, would end after the date's month: a page of 2022-06-18 cannot report
    1-8月 of 2022, so its date is a copy site's upload stamp and not the year the text speaks from."""
    m, y = MONTH.search(date), YEAR.search(date)
    if m is None or y is None:
        return False
    year, month = int(y.group()), int(m.group(1))
    if month <= REVIEW_MONTHS:
        return False  # a page of January reporting 1-11月: the year just ended's, released early in the next
    pr = structure.profile
    for t_m in timex.find(doc.text, pr.body_start, min(pr.body_end, pr.body_start + PAST_REACH)):
        t = timex.resolve(t_m, year)
        if t is None or t.years != 1 or len(t.start) != 7 or not t.start.endswith("-01") or t.start == t.end[:7]:
            continue
        if t.first_year == year and int(t.end[5:7]) > month:
            return True
    return False


def release_year(doc: Document, structure: Structure) -> int | None:
    """The year of the part of a year that the lead sentence of a text with no date names with its year (记者从2020年
    前三季度经济运行情况新闻通气会上获悉; 2021年1-8月，全市…): a release of a part of a year is news in that year, and
    the text speaks from it; never a part that ends the year (2023年四季度, 下半年: released the year after), nor a
    year the lead compares with (一季度全市地区生产总值同比增长15.2%，比2019年一季度增长19.3%: its own part, 一季度,
    came first with no year)."""
    pr = structure.profile
    text = doc.text
    lead_end = text.find("。", pr.body_start, pr.body_end)
    for m in timex.find(text, pr.body_start, pr.body_end if lead_end < 0 else lead_end):
        t = timex.resolve(m, None)
        if t is None:
            if m.group().rstrip().endswith("日"):
                continue  # 10月27日，记者从…获悉: the day of the news
            return None  # the lead's own part of a year, with no year
        if text.endswith(figure_words().of("compare") + figure_words().of("period_compare"), max(0, m.start() - 3),
                         m.start()):
            continue  # 比2019年一季度: a baseline
        if t.years == 1 and len(t.start) == 7 and not t.end.endswith("-12"):
            return t.first_year
        return None
    return None



def title_time(structure: Structure, ref: int | None) -> Interval | None:
    """The part of a year a title says (前三季度全市经济运行稳中向好, 1-8月重点项目完成投资…): a news report of a
    release is about that part of the document's year; a title's whole year (2025年政府工作报告) says nothing
    the date does not, and a review or plan decides it there."""
    for m in timex.find(structure.title):
        t = timex.resolve(m, ref)
        if t is not None and t.years == 1 and len(t.start) > 4 and not m.group("ago"):
            return t
    return None


def title_year(structure: Structure, ref: int | None) -> Interval | None:
    """The year just ended that a dated text's title names as a whole (《政府工作报告》摘要(一)：2021年
    全县经济社会发展各项目标任务高质量全面完成, posted in January 2022): what the text says no time for is of
    that year, as a review is; not a document's name (2021年平湖市政府工作报告: its year decides the date)."""
    if ref is None or _titled_year(structure.title) is not None:
        return None
    for m in timex.find(structure.title):
        t = timex.resolve(m, ref)
        if t is not None and t.years == 1 and len(t.start) == 4 and t.first_year == ref - 1 and not m.group("ago") \
                and m.group().rstrip().endswith("年"):
            return t
    return None


def lead_year(doc: Document, structure: Structure, ref: int | None, month: int | None) -> Interval | None:
    """The year just ended that the lead sentence of a text dated in the first months of a year names as a whole
    (市政府新闻办1月23号举行新闻发布会,发布2017年度德阳经济运行情况, posted on 2018-01-24; a bulletin of April with
    2023年是…开局之年 atop): its 全年 is of that year,
    as under a title that names it (`title_year`); not what it says no time for (报告中提到,2023年陕西省… then
    对于2024发展主要预期目标…: the aims of the document's year)."""
    if ref is None or month is None or month > BULLETIN_MONTHS:
        return None
    pr = structure.profile
    lead_end = doc.text.find("。", pr.body_start, pr.body_end)
    for m in timex.find(doc.text, pr.body_start, pr.body_end if lead_end < 0 else lead_end):
        t = timex.resolve(m, ref)
        if t is not None and t.years == 1 and len(t.start) == 4 and t.first_year == ref - 1 and not m.group("ago") \
                and YEAR.search(m.group()) and not doc.text.endswith(
                    figure_words().of("compare") + figure_words().of("period_compare"), max(0, m.start() - 3), m.start()):
            return t  # the year written (2017年度), not 上年 or a baseline (比2017年)
    # a page that runs its headings into its text (公文搜: …请予审议。一、2019年工作回顾刚刚过去的2019年,是…): the year
    # its opening says was just reviewed, as a review heading would
    for m in reviewed_matches(doc.text, pr.body_start, min(pr.body_end, pr.body_start + REVIEWED_LEAD_REACH)):
        if m.group(1) and int(m.group(1)) == ref - 1:
            return year_interval(ref - 1)
    return None


def review_lead(text: str, structure: Structure, ref: int | None, month: int | None, late: int | None,
                doc_time: Interval | None) -> tuple[int, int] | None:
    """Where the review a report's body opens with runs, when no heading says it (各位代表：… 过去的一年，奋斗充满艰辛…
    then （一）经济实力实现新跃升。地区生产总值完成4704.3亿元: the year just ended, as under 一、2024年工作回顾): from the
    end of the first paragraph before any heading that opens with a time, when that time is the year just ended said
    without its number (过去的一年, 过去一年, 一年来), to the first heading that says a time or a claim of its own (二、2025年
    工作安排); else None. Only in a report delivered in the first months of a year or in one whose month is not known
    (a page that lost its date line, dated by its title's year), as a review heading is read."""
    if ref is None or month is not None and month > REVIEW_MONTHS:
        return None
    pr = structure.profile
    headings = [sec for sec in sorted(structure.sections, key=lambda s: (s.start, s.level)) if heading_level(sec) > 0]
    first_head = headings[0].start if headings else pr.body_end
    for p in structure.paragraphs:
        if p.start < pr.body_start:
            continue
        if p.start >= min(first_head, pr.body_start + REVIEWED_LEAD_REACH):
            return None
        m, opens = opening_match(text, p.start, p.end)
        if m is None or not opens:
            continue
        t = timex.resolve(m, ref)
        if t is None or t.years != 1 or len(t.start) != 4 or t.first_year != ref - 1 or m.group("ago") \
                or YEAR.search(m.group()):
            return None  # the body opens with another time, or names the year (2024年，…: its paragraph says it)
        end = pr.body_end
        for sec in headings:
            if sec.start > p.end:
                sc = heading_scope(sec, ref, month, doc_time, late)
                if sc.time is not None or sc.claim:
                    end = sec.start
                    break
        return p.end, end
    return None


@dataclass(frozen=True)
class Scope:
    """What a heading says about the figures under it: the time it names (`time`) or implies (`implied`: a
    review heading is about the year before the report, a plan heading about the report's year), its claim."""

    time: Interval | None = None
    claim: str = ""
    implied: Interval | None = None
    span: Interval | None = None  # the plan period a heading names beside its year (2026年 and “十五五”时期)


MONTH = recache.compile(rf"(?<!\d)(?:{YEAR_DIGITS[1:-1]})\s?[-/年.]\s?(\d{{1,2}})(?!\d)")
REVIEW_MONTHS = 3  # a review delivered in the first months of a year is of the year before (a report in January)
REVIEWED_LEAD_REACH = 400  # characters of a body's opening where 刚刚过去的2019年 names the year reviewed
# a text of the first half of a year whose lead names the year just ended (2023年是…开局之年 atop a county's bulletin of
# April 2024): its 全年 is of that year, as statistical bulletins of a year come out until about May (probe42)
BULLETIN_MONTHS = 6
LATE_MONTHS = 11  # a report delivered from November on (a county congress in December) reviews its own year


def document_month(doc: Document, structure: Structure) -> int | None:
    """The month of the document's date (profile, else metadata), when it says one."""
    for date in (structure.profile.date, doc.metadata.get("date", "")):
        m = MONTH.search(date or "")
        if m and 1 <= int(m.group(1)) <= 12:
            return int(m.group(1))
    return None


# a figure stated in a heading's title (一、综 合 初步核算,全年全县地区生产总值1514976万元,… in a page flattened to one
# line: the heading ran into its body): the time it names is the statement's, not the heading's plan or review; a
# template site's masked amount states one too ((一)工业产值:XX区2023年1-3月规模以上工业总产值完成XX亿元,同比下降XX%)
STATED = recache.compile(r"(?:\d|(?<![A-Za-z])(?:[Xx]{1,3}|[*＊]{1,3}))\s?(?:[%％‰万亿]|元)")


def heading_scope(section: Section, ref: int | None, month: int | None = None,
                  title_part: Interval | None = None, late: int | None = None) -> Scope:
    """A heading's time and claim: the time it names; plan words make its figures targets of the report's year,
    review words actuals of the year it names or, when it names none, the year before the report (the report's own
    year when it is dated after the first months: 二、省级重点项目进展情况 in September is this year's progress). `late`:
    the year of a report delivered late in it, whose past years (一、过去五年工作回顾) run up to it."""
    title = section.title
    times = [t for t in (timex.resolve(m, ref, None, late) for m in timex.find(title)) if t is not None]
    # 2025年和“十四五”时期工作回顾: the single year is what its figures are about unless they say the period; but a
    # heading that names the period first (一、“十三五”时期发展成就和2020年主要工作: 广州 2021, probe37) reviews the
    # period in the parts before the year's own paragraph (2020年，面对…), which opens the year where it stands
    time = next((t for t in times if t.years == 1), times[0] if times else None)
    claim = heading_claim(title)
    if times and times[0].years > 1 and time is not None and time is not times[0] and claim == Claim.REVIEW:
        time = times[0]
    span = next((t for t in times if t.years > 1), None)
    implied = None
    if time is None and ref is not None:
        if claim == Claim.REVIEW and title_part is not None:
            implied = title_part  # 一、主要指标任务完成情况 in a report of 2021年重点工作上半年完成情况: that half year
        elif claim == Claim.REVIEW:
            implied = year_interval(ref - 1 if month is None or month <= REVIEW_MONTHS else ref)
        elif claim == Claim.PLAN:
            implied = year_interval(ref)
    if not claim and time is not None and ref is not None and not STATED.search(title):
        # a part of the document's own year (一、一季度工作开局良好 in a speech on the first quarter) is the span it
        # reports on, no plan: the heading says nothing of the claim
        if time.first_year > ref or time.first_year == ref and len(time.start) == 4:
            claim = Claim.PLAN
        elif time.first_year < ref:
            claim = Claim.REVIEW
    return Scope(time, "target" if claim == Claim.PLAN else "actual" if claim == Claim.REVIEW else "", implied,
                 span if span is not None and span != time else None)


def body_scope(text: str, structure: Structure, sec: Section, headings: Sequence[Section],
               heading_starts: Sequence[int], ref: int | None, month: int | None) -> Scope | None:
    """What a top-level heading that says neither a time nor a claim (一、牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效;
    二、牢记历史使命，在中国式现代化建设中奋勇争先) is, told by its own opening paragraphs, before its first subheading: the
    first of them that opens with a whole year makes it the review of that year when it is the year before the report
    (2024年是中华人民共和国成立75周年，…), the plan of the report's year when it is that year (2025年是“十四五”规划收官…之年);
    else None. Only in a report delivered in the first months of a year or one whose month is not known, as a review
    heading is read (probe28 福建 2025)."""
    if ref is None or month is not None and month > REVIEW_MONTHS or heading_level(sec) != 1:
        return None
    k = bisect_right(heading_starts, sec.start)
    end = min(sec.end, headings[k].start) if k < len(headings) else sec.end
    paragraphs = structure.paragraphs
    for i in range(bisect_right([p.start for p in paragraphs], sec.title_end), len(paragraphs)):
        p = paragraphs[i]
        if p.start >= end:
            break
        m, opens = opening_match(text, p.start, p.end)
        if m is None or not opens or m.group("ago") or m.group("y1w") in timex.words().of("scope"):
            continue  # (初步核算，全年…: a year in scope names none, neither the year reviewed nor the planned)
        t = timex.resolve(m, ref)
        if t is None or t.years != 1 or len(t.start) != 4:
            continue
        if t.first_year == ref - 1:
            return Scope(None, "actual", t)
        if t.first_year == ref:
            return Scope(None, "target", t)
        return None
    return None


DASH_CHARS = "—-–"
DASHES = rf"[{re.escape(DASH_CHARS)}\s]*"  # what may open a paragraph before its lead (——这五年，)


def _source(clause: str) -> str:
    """A clause saying only where the figures come from (数据显示，; 初步核算，; 具体来看，; 10月12日，记者从…获悉，),
    ending in one of the words `clause` and a comma; or a document it is read from (根据《2021年安徽省生态环境状况
    公报》，: time_words.tsv `lead_document`)."""
    document = alternation(timex.words().of("lead_document"))
    said = rf"[^，,。；;！？\n\d]{{0,24}}?(?:{clause})[，,]"
    # up to three clauses before (4月19日下午，在省政府新闻办举行的新闻发布会上，…赵金宝介绍，初步核算，一季度…); up to
    # three said clauses, as a place's frame (…会上，, …方面，) is one too
    return (rf"(?:(?:[^，,。；;！？\n]{{1,40}}[，,]){{0,3}}?{said}(?:{said}){{0,2}}"
            rf"|(?:{document})《[^》\n]{{1,40}}》[，,])")


def _make_span_line() -> re.Pattern:
    """A paragraph of one sentence that opens with a span_line word (time_words.tsv) and ends in a count of years:
    这是强化创新引领、产业转型升级全面发力的五年。 (n: 五年)."""
    lead = alternation(timex.words().of("span_line"))
    return recache.compile(rf"\s*(?:{lead})[^。；;！？!?\n]{{2,60}}的(?P<n>[一二两三四五六七八九十]年)[。！!]\s*")


_SPAN_LINE_ONCE: Final = Once(_make_span_line)


def span_line() -> re.Pattern:
    return _SPAN_LINE_ONCE.get()


def lead_in(sourced: bool = True) -> re.Pattern:
    """What may stand before a time that opens a paragraph: dashes, spaces, a clause saying where the figures come
    from and a lead word (time_words.tsv) (——这五年，; 刚刚过去的2025年，; 初步核算，前三季度…). Each made once
    (`Once`: read at every lead with a source clause)."""
    return _LEAD_IN_SOURCED.get() if sourced else _LEAD_IN_PLAIN.get()


def _make_lead_in(sourced: bool) -> re.Pattern:
    leads = "|".join(re.escape(w) for w in timex.words().of("lead"))
    if not sourced:
        return recache.compile(rf"{DASHES}(?P<source>(?!))?(?:{leads})?")
    # a clause saying only where the figures come from before the time
    clause = "|".join(re.escape(w) for w in timex.words().of("lead_clause"))
    return recache.compile(rf"{DASHES}(?P<source>{_source(clause)})?(?:{leads})?")


_LEAD_IN_SOURCED: Final = Once(lambda: _make_lead_in(True))
_LEAD_IN_PLAIN: Final = Once(lambda: _make_lead_in(False))


def _make_source_needs() -> tuple[re.Pattern, re.Pattern, int]:
    """(the dashes, a clause word and its comma, the longest source clause): a source clause lies within the dashes
    and that many characters after them and holds a clause word (or a document's closing 》) and its comma. Where
    none of these stands, the lead is lead_in(False)'s: the source group fails at every split (a search for the
    word, not ~25,000 instructions of the source clause tried at each of 40 commas)."""
    clause = "|".join(re.escape(w) for w in timex.words().of("lead_clause"))
    return recache.compile(DASHES), recache.compile(f"(?:{clause}|{CLOSE})[{SOURCE_COMMAS}]"), _widest(_source(clause))


_SOURCE_NEEDS_ONCE: Final = Once(_make_source_needs)


def _source_needs() -> tuple[re.Pattern, re.Pattern, int]:
    return _SOURCE_NEEDS_ONCE.get()


CLOSE = "》"  # a document's closing mark, which ends a source clause as a clause word does (根据《…公报》，)
SOURCE_COMMAS = "，,"  # the commas a source clause ends with
SOURCE_COMMAS_TUPLE = tuple(SOURCE_COMMAS)


def _make_source_words() -> tuple[tuple[str, ...], str, dict[str, tuple[str, ...]]]:
    """(what `_source_needs()` finds before a comma: the clause words and 》, their last characters, each last
    character → the words ending with it)."""
    words = (*timex.words().of("lead_clause"), CLOSE)
    by_last: dict[str, tuple[str, ...]] = {}
    for w in words:
        by_last[w[-1]] = (*by_last.get(w[-1], ()), w)
    return words, "".join(sorted({w[-1] for w in words})), by_last


_SOURCE_WORDS_ONCE: Final = Once(_make_source_words)


def _source_words() -> tuple[tuple[str, ...], str, dict[str, tuple[str, ...]]]:
    return _SOURCE_WORDS_ONCE.get()


class SourceCommas:
    """The commas of one text that end a clause word of a source (据统计，, …》，): the matches of `_source_needs()`'s
    word-and-comma pattern, found by one search over the text, so that `lead_at` asks a bisection whether one
    stands where a source clause can end, not a regex search of up to 180 characters at every paragraph and
    sentence (11,200 in the 2 MB bench corpus, where 14 in 1,000 find one)."""

    def __init__(self, text: str) -> None:
        by_last = _source_words()[2]
        self.reach = _source_needs()[2]  # the longest source clause (lead_end reads it here, not by a call per lead)
        # each comma found by a search for it (in C: two passes over the text, where finding each clause word by its
        # characters took a pass per character of each of some twenty words, 上 and 说 among them), and kept where a
        # clause word ends right before it: the character before it ends one, and the word stands there
        opens: dict[int, int] = {}  # where a comma stands → where the shortest clause word before it opens
        for comma in SOURCE_COMMAS:
            k = text.find(comma, 1)
            while k >= 0:
                ending = by_last.get(text[k - 1])
                if ending is not None:
                    best = -1
                    for w in ending:
                        p = k - len(w)
                        if p > best and text.find(w, p, k) == p:  # (p >= 0 then: find gives -1 or a place)
                            best = p
                    if best >= 0:
                        opens[k] = best
                k = text.find(comma, k + 1)
        self.commas = sorted(opens)  # where each comma stands, in order
        self.opens = [opens[k] for k in self.commas]  # for each, where the shortest clause word before it opens

    def within(self, start: int, stop: int) -> bool:
        """Whether a clause word and its comma stand in text[start:stop]: `_source_needs()[1].search(text, start,
        stop) is not None`."""
        i = bisect_left_int(self.commas, start)
        while i < len(self.commas) and self.commas[i] < stop:
            if self.opens[i] >= start:
                return True
            i += 1
        return False


def lead_at(text: str, start: int, end: int, sources: SourceCommas | None = None) -> re.Match | None:
    """`lead_in().match(text, start, end)`, tried only where its source clause can match (`sources`: the text's
    source commas, found once)."""
    dashes, needed, longest = _source_needs()
    # the dashes and spaces opening the text, read only when there are some (most sentences open with a word)
    opened = dashes.match(text, start, end) if start < end and (text[start] in DASH_CHARS or text[start].isspace()) \
        else None
    reach = (opened.end() if opened is not None else start) + longest
    if not (sources.within(start, min(end, reach)) if sources is not None
            else needed.search(text, start, min(end, reach)) is not None):
        return lead_in(False).match(text, start, end)
    return lead_in().match(text, start, end)


def lead_end(text: str, start: int, end: int, sources: SourceCommas | None = None,
             sourced: bool = True) -> tuple[int, bool]:
    """(where `lead_in(sourced).match(text, start, end)` ends, whether its source group matched). Where neither a
    dash nor a space opens the text and no source clause can end within reach (`lead_at`'s test), the lead is at most
    a lead word (time_words.tsv lead; the first in the pattern's order the text opens with), read without the regex,
    and only where the text opens with a lead word's first character: most paragraphs and sentences open with none."""
    c = text[start] if start < end else ""
    if c and (c in DASH_CHARS or c.isspace()):
        lead = lead_at(text, start, end, sources) if sourced else lead_in(False).match(text, start, end)
        return (lead.end(), lead.group("source") is not None) if lead is not None else (start, False)
    if sourced:
        if sources is not None:
            # a source comma within reach, and one the source's first said clause can end at (most are neither)
            near = sources.within(start, min(end, start + sources.reach)) and _source_may_open(text, start, end, sources)
        else:
            _, needed, longest = _source_needs()
            near = needed.search(text, start, min(end, start + longest)) is not None
        if near:
            lead = lead_in().match(text, start, end)
            return (lead.end(), lead.group("source") is not None) if lead is not None else (start, False)
    if c:
        # the lead words opening with c, in lead_in's order (the first the text opens with is the pattern's), each
        # tested by a find within its own length (a native call; `startswith` with bounds is a method call by name)
        for w in _lead_words().get(c, ()):
            k = start + len(w)
            if text.find(w, start, k if k < end else end) == start:
                return k, False
    return start, False


SOURCE_STOPS = "。；;！？\n"  # what neither a source's clauses nor its clause words hold (their classes leave them out)
SOURCE_FIRST = 4  # a source's first said clause ends at one of the first four commas (three other clauses before it)


def _source_may_open(text: str, start: int, end: int, sources: SourceCommas) -> bool:
    """Whether `lead_in()`'s source group can match at `start` (which no dash nor space opens: the group opens
    there), a necessary condition: the text opens with a document word (根据《…》，: a title may hold any mark), or one
    of the first SOURCE_FIRST commas after `start`, before any of SOURCE_STOPS, is a source comma (`sources`) whose
    shortest clause word opens at or after the comma before it, with no digit between (a said clause's words have
    none, nor does the text before them). Where it does not hold, the source cannot match at any split, so the lead
    is `lead_in(False)`'s, read without the regex (about 33,000 instructions a lead: 434 of the 660 leads with a
    source comma within reach in the bench corpus and corpus-dev; tests/test_fast_paths.py)."""
    if text.startswith(_lead_documents(), start):
        return True
    stop = end
    for c in SOURCE_STOPS:
        k = text.find(c, start, stop)
        if k >= 0:
            stop = k
    commas, opens = sources.commas, sources.opens
    prev = start  # where the clause at hand opens
    for _ in range(SOURCE_FIRST):
        k = text.find("，", prev, stop)
        j = text.find(",", prev, k if k >= 0 else stop)
        if j >= 0:
            k = j
        if k < 0:
            return False
        i = bisect_left_int(commas, k)
        if i < len(commas) and commas[i] == k and opens[i] >= prev and DIGIT.search(text, prev, opens[i]) is None:
            return True
        prev = k + 1
    return False


def _make_lead_documents() -> tuple[str, ...]:
    return timex.words().of("lead_document")


_LEAD_DOCUMENTS_ONCE: Final = Once(_make_lead_documents)


def _lead_documents() -> tuple[str, ...]:
    return _LEAD_DOCUMENTS_ONCE.get()


def _make_lead_words() -> dict[str, tuple[str, ...]]:
    """Each first character of a lead word → the lead words opening with it, in lead_in's order."""
    return by_first(timex.words().of("lead"))


_LEAD_WORDS_ONCE: Final = Once(_make_lead_words)


def _lead_words() -> dict[str, tuple[str, ...]]:
    return _LEAD_WORDS_ONCE.get()


def opening_match(text: str, start: int, end: int, places: bool = True,
                  sources: SourceCommas | None = None) -> tuple[re.Match | None, bool]:
    """The time at the head of a paragraph or sentence, and whether it opens it, i.e. holds for what follows
    (2025年，…; 过去五年，…; 今年以来，…; after a dash or a source, comma or not: ——这五年综合经济实力大幅提升。,
    初步核算，前三季度国内生产总值…) rather than being the
    subject of its first clause (“十五五”时期具有承前启后的重要地位). `sources`: the text's `SourceCommas`, when
    the caller reads many openings of one text. An address to the audience opening it (各位代表，; 各位代表！) is
    skipped: what follows it opens the paragraph."""
    if sources is not None and start < end and opens_nothing(text, start, end, sources):
        return None, False
    start = address_end(text, start, end)
    after, sourced = lead_end(text, start, end, sources)
    m = _time_at(text, after, end, places)
    if m is None and sourced:
        after, sourced = lead_end(text, start, end, None, False)  # no time after the source: the text's own head
        m = _time_at(text, after, end, places)
    if m is None and after > start:
        m = _time_at(text, start, end, places)  # 过去的一年，…: the lead word (过去的 of 过去的2025年) is the time's own
        # 刚刚过去的一年，…: the lead's tail (过去的 of 刚刚过去的) is the time's own head; after a first lead word, a
        # second one's too (在刚刚过去的一年里，…: probe39 苏州 2021)
        i = start + 1
        stop = max(after, lead_end(text, after, end, None, False)[0])
        while m is None and i < stop:
            m = _time_at(text, i, end, places)
            i += 1
    if m is None:
        return None, False
    dashed = "—" in text[start:m.start()]
    # after a source (初步核算，前三季度国内生产总值…) the time is the figures', comma or not
    # a place before or after the time (坪山区2021年实现了…, 2020年湖北省地区生产总值…): the time is the place's
    # figures', not a subject
    # so is the text's own place said as a home word (各位代表，去年我省经济发展遇到多年未有的下行挑战: probe38 黑龙江 2016)
    placed = m.start() > after or bool(gazetteer().opening(text[m.end():min(end, m.end() + PLACE_MAX)])) \
        or text.startswith(_HOME_WORDS.get(), m.end())
    return m, bool(dashed or sourced or placed or _opening().match(text, m.end(), end))


def _make_quiet() -> tuple[frozenset[str], frozenset[str]]:
    """(the characters at which `opening_match` may read something, white space aside: a dash, an address word's or a
    lead word's first, a character opening a time on its own or a numeral (`timex.openings`); the first two
    characters of a longer time word or of a place name: `Gazetteer.may_open`'s, read off the names it looks up,
    in one set so that the two characters are cut out and hashed once)."""
    alone, pairs = timex.openings()
    chars = set(DASH_CHARS) | set(_address_words()) | set(_lead_words()) | set(alone) | set(CN_QUANTITY_CHARS)
    return frozenset(chars), pairs | frozenset(name[:2] for name in gazetteer().lookup)


_QUIET_ONCE: Final = Once(_make_quiet)


def opens_nothing(text: str, start: int, end: int, sources: SourceCommas) -> bool:
    """Whether `opening_match(text, start, end, places, sources)` is (None, False) by its first two characters alone
    (start < end): no space, dash, address word, lead word, time nor place name opens the text there, and no source
    comma stands within a source clause's reach. Then address_end and lead_end move nowhere, the source's second
    reading is not made, `_time_at` finds no time (`timex.match_at`'s test fails, and `Gazetteer.may_open`'s) and
    there is no lead to look behind: the answer is none. Most sentences and paragraphs open so (about 7,000 of the
    11,300 openings read in the bench corpus, each about 5,000 instructions less, for a test of about 1,700 a call:
    tests/test_fast_paths.py)."""
    c = text[start]
    chars, pairs = _QUIET_ONCE.get()
    if c in chars or c.isspace() or text[start:start + 2] in pairs:
        return False
    return not sources.within(start, min(end, start + sources.reach))


PLACE_MAX = 12  # the longest place name read at a sentence's head
_HOME_WORDS: Final = Once(lambda: word_tuple("home_words.txt"))  # (opening_match runs at every paragraph and sentence)
ADDRESS_MARKS = "，,！!：:"  # what closes an address to the audience (各位代表，; 各位代表！)


def _make_address_words() -> dict[str, tuple[str, ...]]:
    """Each first character of an address word of time_words.tsv → the address words opening with it, in order."""
    return by_first(timex.words().of("address"))


_ADDRESS_WORDS_ONCE: Final = Once(_make_address_words)


def _address_words() -> dict[str, tuple[str, ...]]:
    return _ADDRESS_WORDS_ONCE.get()


def address_end(text: str, start: int, end: int) -> int:
    """Where the text at `start` goes on after an address to the audience and its mark (各位代表，2020年是…: at 2020),
    spaces before it skipped; `start` when it opens with none."""
    pos = start
    while pos < end and text[pos].isspace():
        pos += 1
    if pos < end:
        for w in _address_words().get(text[pos], ()):  # the address words opening with its character, in order
            k = pos + len(w)
            if k < end and text.find(w, pos, k) == pos and text[k] in ADDRESS_MARKS:
                return k + 1
    return start


def figure_clause_opening(text: str, start: int, end: int) -> re.Match | None:
    """The time opening the sentence's first clause with a number, after clauses with none (a source, an aside:
    政府工作报告提出,在整体经济发展目标方面,2023年西安市GDP增长7%左右,…), when a comma or a place follows it: the
    sentence's time, as one heading it is. `end`: the figure's start (the clause is at or before it)."""
    pos = figure_clause_start(text, start, end)
    if pos < 0:
        return None
    m = _time_at(text, pos, end)
    if m is None:
        return None
    opens = m.start() > pos or _opening().match(text, m.end(), end) is not None \
        or bool(gazetteer().opening(text[m.end():min(end, m.end() + PLACE_MAX)]))
    return m if opens else None


def figure_clause_start(text: str, start: int, end: int) -> int:
    """Where the first clause of text[start:end] holding a digit opens when clauses with none come before it, else -1:
    after the last comma before the first digit (each comma up to it ends a clause with no number, the next one
    would end the clause holding it). One search and four rfinds, not a match object and a digit search per comma."""
    digit = DIGIT.search(text, start, end)
    stop = digit.start() if digit is not None else end
    last = -1
    for c in COMMAS:  # a loop, not max() over a generator (an object made per call in compiled code)
        k = text.rfind(c, start, stop)
        if k > last:
            last = k
    return last + 1 if last >= 0 else -1


def _time_at(text: str, pos: int, end: int, places: bool = True) -> re.Match | None:
    """A time at pos, or (`places`) after a place name there (坪山区2021年实现了…: the place's year)."""
    m = timex.match_at(text, pos, end)
    if m is None and places and pos + 1 < end:  # (a name has two characters at least)
        gaz = gazetteer()
        # most heads open no name: told by their first two characters before the head is cut out and searched
        named = gaz.opening(text[pos:min(end, pos + PLACE_MAX)]) if gaz.may_open(text, pos) else []
        if named:
            m = timex.match_at(text, pos + named[-1].end, end)
    return m


def sentence_opening(found: dict[int, tuple[re.Match | None, bool]], text: str, start: int,
                     end: int, sources: SourceCommas | None = None) -> tuple[re.Match | None, bool]:
    """`opening_match` of the sentence text[start:end], read once per sentence (`found`, by start), not per
    figure in it."""
    got = found.get(start)
    if got is None:
        got = found[start] = opening_match(text, start, end, True, sources)
    return got


def whole_year_head(m: re.Match | None, text: str, start: int, year_end: tuple[str, ...]) -> bool:
    """Whether a sentence opens with a whole year (全年新增减税降费超过1000亿元, comma or not: time_words year_end): the
    year holds for the sentences after it in the paragraph, not a month an earlier sentence opened with (到5月底，…
    then 新增社会融资规模首次突破1万亿元 is of the whole year; probe40 湖北 2021); the caller asks only where the
    paragraph itself opened with no part of a year."""
    return m is not None and m.group(0).strip() in year_end and not text[start:m.start()].strip()


def event_day(m: re.Match, t: Interval) -> bool:
    """Whether a sentence's opening time is the day of an event (4月18日，自治区公布我旗退出贫困旗县序列。): it dates
    that sentence only, not the sentences after it (投入扶贫资金1.57亿元 is of the year reviewed); a day a stock is
    counted up to (截至6月30日，…: time_words.tsv until) still holds for them."""
    return t.start == t.end and len(t.start) == 10 and not any(w in m.group(0) for w in timex.words().of("until"))


def opening_time(text: str, start: int, end: int, ref: int | None, scope: int | None) -> Interval | None:
    m, opens = opening_match(text, start, end)
    return timex.resolve(m, ref, scope) if m is not None and opens else None


DIGIT = recache.compile(r"\d")
BREAKS = "，,；;。！？!?"  # what ends a clause
BREAK = recache.compile(f"[{BREAKS}]")


class SentenceBreaks:
    """The clause breaks of one sentence, found once (a sentence may hold thousands of figures)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start, self.end = start, end
        self.commas = positions(text, start, end, COMMAS)
        # the commas are breaks too: only the sentence ends are looked for again (most sentences hold one, at the end)
        ends = positions(text, start, end, ENDS)
        self.breaks = sorted(self.commas + ends) if ends else self.commas
        self.now: dict[tuple[int, int], bool] = {}

    def clause(self, f: Figure) -> tuple[int, int]:
        """The bounds of the figure's clause (as `clause_of`)."""
        k = bisect_left_int(self.commas, f.start)
        j = bisect_left_int(self.breaks, f.end)
        return (self.commas[k - 1] + 1 if k else self.start), (self.breaks[j] if j < len(self.breaks) else self.end)

    def clause_before(self, c_start: int) -> int:
        """Where the clause before the one opening at `c_start` opens."""
        k = bisect_left_int(self.commas, c_start - 1)
        return self.commas[k - 1] + 1 if k else self.start


# COMMAS (claim's): what opens a clause after it; SentenceCues reads them from SentenceBreaks
ENDS = "".join(c for c in BREAKS if c not in COMMAS)  # the breaks that are no comma (。！？)


def clause_of(text: str, f: Figure, start: int, end: int) -> tuple[int, int]:
    """The bounds of the figure's clause within text[start:end] (between the breaks around it)."""
    before = max((text.rfind(c, start, f.start) for c in "，,；;"), default=-1)
    after = BREAK.search(text, f.end, end)
    return (before + 1 if before >= 0 else start), (after.start() if after else end)


LOCAL_BODY = recache.compile(r"代表[^，。,；;\n]{0,12}?人民政府|(?<!全国)人民代表大会")
SPEAKS_FOR = 600  # how far into its body a report says whose government it speaks for (我代表县人民政府向大会报告工作)


def local_document(text: str, structure: Structure, home: Sequence[str] = ()) -> bool:
    """Whether the document is a local government's report: its occasion is a local congress or its opening
    speaks for a people's government (我代表县人民政府…, a template site's copy with the name left out) or of its
    own place (`home`: 预计全省地区生产总值增长6%左右, a newspaper's digest of a province's report); a figure
    there with no place is the document's own, not the nation's, unless its sentence says 全国 before it."""
    pr = structure.profile
    if LOCAL_BODY.search(pr.occasion):
        return True
    start = pr.body_start
    if LOCAL_BODY.search(text, start, start + SPEAKS_FOR) is not None:
        return True
    opening = text[start:start + SPEAKS_FOR]
    return any(w in opening for w in home)


def _says_present(text: str) -> bool:
    """Whether `text` holds a present word (time_words.tsv present: 截至目前, 实到) outside the words that only hold one
    (present_not: 实到内资)."""
    w = timex.words()
    for not_present in w.of("present_not"):
        text = text.replace(not_present, "")
    return holds_a_word(text, w.of("present"))


def _present_after(text: str, end: int, words: Sequence[str]) -> bool:
    """Whether the figure's clause after it (from `end`) says a present state (233名区二届人大代表出席大会: the session's
    attendance, as of the document's date)."""
    stop = STOPS.search(text, end)
    return holds_a_word(text[end:stop.start() if stop else len(text)], words)


def _spans_period(text: str, f: Figure, sentence_start: int, sentence_end: int, past: bool) -> bool:
    """Whether a figure covers a whole multi-year span rather than its end: a change, a flow, average or
    held-level word before it in its clause (累计, 新增, 年均, 保持在), in a span gone by a threshold crossed (突破,
    迈上…台阶, 跨越…大关: a mark passed within it; in a plan it is the level to reach), a count of things done
    (no level word before it: 达到, 总数) or a measure of work done (完成, 修复…), an event count, a rank or a duration."""
    if f.change or f.kind in ("rank", "duration") or f.unit in ("次", "届", "轮") or (f.kind == "ratio" and f.baseline):
        return True  # …是“十三五”时期的1.3倍: a ratio of two periods' totals covers the period
    w = timex.words()
    a, b = clause_of(text, f, max(sentence_start, f.start - 30), sentence_end)
    if past and f.kind == "count" and f.unit not in w.of("stock") and not holds_a_word(text[a:f.start], w.of("level")):
        return True  # 成功创建65个示范典型, 13个大模型通过备案: the things done in a span gone by
    # 新建成线路7条、通车里程超400公里: an item of a list of figures, with a name of its own; but an item in the unit
    # of the item before it shares that item's verb (化解和淘汰钢铁产能6020万吨、煤炭产能3857万吨: probe40 河北 2021)
    item = text.rfind("、", a, f.start) + 1
    own = text[item:f.start] if item and text[item:f.start].strip() and DIGIT.search(text, a, item) \
        and not (f.unit and text.endswith(f.unit, a, item - 1)) else text[a:f.start]
    if past and (f.kind == "measure" or f.kind == "count" and f.unit in w.of("stock")) \
            and holds_a_word(own, w.of("done")) and not holds_a_word(own, w.of("level")):
        # 完成历史遗留矿山生态修复117平方公里: the work done in a span gone by; so are households whose homes the
        # span's work rebuilt (完成易地扶贫搬迁和危房改造94.7万户, 老旧小区改造104万户: probe33 四川 2021)
        return True
    if past and f.kind == "money" and holds_a_word(own, w.of("invested")) and not holds_a_word(own, w.of("level")):
        return True  # 过去五年…,完成投资720.9亿元: the investment made through a span gone by
    if past and clause_years().match(text, a, f.start) and not holds_a_word(text[a:f.start], w.of("level")):
        return True  # 开放型经济稳中提质，五年实际利用外资523.8亿美元: the clause opens with the span its figure totals
    before = text[a:f.start]
    for not_span in w.of("span_not"):  # 一般公共预算收入1721.6亿元: 共 of 公共 is no span word (probe37)
        before = before.replace(not_span, "")
    return holds_a_word(before, w.of("span") + w.of("average")) or (past and holds_a_word(text[a:b], w.of("mark")))


def _make_clause_years() -> re.Pattern:
    """A count of years opening a clause, right before its noun (五年实际利用外资…, 五年新设市场主体…): the span the
    clause's figures total, not a level as of its end (time_words.tsv years_lead, years_unit, years_tail, years_not;
    probe30 重庆 2021)."""
    w = timex.words()
    lead, unit, tail, not_after = (alternation(w.of(r)) for r in ("years_lead", "years_unit", "years_tail", "years_not"))
    return recache.compile(rf"\s*(?:{lead})?[{CN_COUNT_CHARS}两]{{1,2}}(?:{unit})(?:{tail})?(?=[\u4e00-\u9fff])"
                           rf"(?!{not_after})")


_CLAUSE_YEARS_ONCE: Final = Once(_make_clause_years)


def clause_years() -> re.Pattern:
    return _CLAUSE_YEARS_ONCE.get()


OWN_TIME_MARK = "的"
OWN_PERIOD_REACH = 4  # the most characters (a per-head word) between a period's 的 and the figure it owns


def owns_period(text: str, f: Figure) -> bool:
    """Whether the figure's period is its own, written right before it with 的 (由“十二五”末的6557亿元): the level is as
    of that time, not the year before the sentence's."""
    if not f.period:
        return False
    k = text.rfind(f.period + OWN_TIME_MARK, max(0, f.start - len(f.period) - 1 - OWN_PERIOD_REACH), f.start)
    return k >= 0
OWN_TIME = recache.compile(rf"(?P<t>\d{{4}}\s?年(?:\s?\d{{1,2}}\s?月)?(?:底|末|全年)?){OWN_TIME_MARK}\s?$")


def year_before(text: str, start: int, end: int, per_head: tuple[str, ...] | None = None) -> re.Match | None:
    """`OWN_TIME.search(text, start, end)`, tried only where its 的 stands in the last two characters (every match
    ends with it and at most a space): most figures follow no 的, and the search tries its year at each of 16.
    `per_head`: figure_words' count_average words, when the caller has them (read once per document)."""
    heads = per_head if per_head is not None else figure_words().of("count_average")
    found = False
    if text.endswith(heads, start, end):  # one test for all the words: most figures follow none
        for w in heads:
            if text.endswith(w, start, end):
                end -= len(w)  # 从2015年的人均21.2万元: the per-head word between the year's 的 and the figure
                found = True
                break
    if not found and end - start >= 2:
        # 从2018年的每月7.5吨/平方公里: a per-unit word (每 and one character) between them too
        for p in figure_words().of("per"):
            if text.startswith(p, end - 1 - len(p)):
                end -= len(p) + 1
                break
    if text.find(OWN_TIME_MARK, max(start, end - 2), end) < 0:
        return None
    return OWN_TIME.search(text, start, end)


def _make_to_before() -> re.Pattern:
    """提高到, 到2025年底的: a change's 'to' word (figure_words.tsv) right before a figure, a year between them."""
    return recache.compile(f"(?:{alternation(figure_words().of('to_verb') + figure_words().of('to'))})"
                           f"\\s?(?:\\d{{4}}\\s?年(?:底|末)?的)?\\s?$")


_TO_BEFORE_ONCE: Final = Once(_make_to_before)


def _to_before() -> re.Pattern:
    return _TO_BEFORE_ONCE.get()


def _total_to(before: str) -> bool:
    """Whether a to-word right before the figure follows a word of a total (累计达到2.1万亿元 in a span gone by: the sum
    over the span, not a level at its end; time_words.tsv total; probe35 黑龙江 2011)."""
    m = _to_before().search(before)
    if m is None:
        return False
    head = before[:m.start()].rstrip()
    return any(head.endswith(t) or head.endswith(t + "达") for t in timex.words().of("total"))  # 累计达到: 到 the to-word


def _make_stated_span() -> re.Pattern:
    """由2011年的18.9亿元提高到2016年的28.4亿元: a from-to whose levels each name their year (figure_words.tsv from,
    to), the years as groups; the words between stay inside a clause."""
    year = r"(\d{4})\s?年(?:底|末)?的"
    return recache.compile(f"(?:{alternation(figure_words().of('from'))})\\s?{year}[^，,。；;]{{1,30}}?"
                           f"(?:{alternation(figure_words().of('to'))})\\s?{year}")


_STATED_SPAN_ONCE: Final = Once(_make_stated_span)


def _stated_span() -> re.Pattern:
    return _STATED_SPAN_ONCE.get()


def stated_span(text: str, start: int, end: int) -> Interval | None:
    """The years a sentence's from-to spans (由2011年的…提高到2016年的…: 2012/2016), the first in text[start:end], else
    None: the parallel from-tos and averages after it in the sentence (财政收入由2.3亿元提高到4.3亿元，年均增长13.2%)
    are over the same years."""
    if text.find("年的", start, end) < 0:
        return None
    m = _stated_span().search(text, start, end)
    if m is None or int(m.group(2)) <= int(m.group(1)):
        return None
    return year_interval(int(m.group(1)) + 1, int(m.group(2)))


def _within_period(text: str, f: Figure, time: Interval, sentence_start: int, sentence_end: int,
                   ref: int | None) -> Interval:
    """A figure said for a multi-year period: a level is as of its last year; in 从X提高到Y, X is as of the
    year before the period and Y as of its last year; a change, flow, event or rank covers the period."""
    if time.years <= 1 or len(time.start) > 4:
        return time
    before = text[max(sentence_start, f.start - 12):f.start]
    if from_start(text, f.start) >= sentence_start:
        return year_interval(time.first_year - 1)
    if _to_before().search(before) and not f.change and not _total_to(before) \
            and not holds_a_word(before, timex.words().of("average")):
        # (粮食年均产量达到464亿斤 over “十三五”时期: the period's average, not its last year; probe40 辽宁 2021)
        return year_interval(time.last_year)
    if _spans_period(text, f, sentence_start, sentence_end, ref is None or time.first_year < ref):
        return time
    return year_interval(time.last_year)


def _claim(cue: str, heading: str, future: bool, fact: bool = False) -> str:
    """A sentence cue, then a time to come (after the document's year, or a span of years from it: 今后五年 in a
    report of 2022 is 2022/2026, a plan), then a review heading, then a clause cue (将,
    计划), then a fact the sentence states, then a plan heading; actual when none says."""
    if cue == "cue" or future:
        return "target"
    if heading == "actual":
        return "actual"
    if cue == "clause":
        return "target"
    if fact:
        return "actual"
    return heading or "actual"


def lead_list(text: str, start: int, end: int, ref: int | None, carried: bool, headings: int,
              led: bool = False) -> tuple[int, bool, int]:
    """The paragraph text[start:end] and a lead-in's list: (where the list begins in it, -1 for nowhere; whether the
    list runs on after it; the headings begun at the lead-in). An item line (◆…, 一是…) under no new heading carries
    on the list of the lead-in before it (`carried`), and so does the paragraph right after a lead-in that closes its
    own paragraph with its colon (`led`); a lead-in of its own naming a time before the document's year
    (2025年确定的主要目标是：) announces none."""
    lead = plan_lead(text, start, end)
    if lead is not None and ref is not None and any(
            t is not None and t.last_year < ref for t in (timex.resolve(m, ref) for m in timex.find(text, lead[0], lead[1]))):
        lead = None
    carried = carried and (opens_item(text, start, end) or led)  # led: right after a lead-in's own paragraph
    if lead is None:
        return (start if carried else -1), carried, headings
    return (start if carried else lead[1]), lead[2], headings


def span_lead(text: str, headings: Sequence[Section], heading_starts: Sequence[int], start: int, end: int,
              span: Interval, announced: bool = True) -> tuple[Interval, int] | None:
    """(span, the level of the headings it leads to) when the paragraph text[start:end], opened by the span, ends by
    announcing a list (time_words.tsv list_lead: 主要做了以下工作。) and the next thing after it is a heading below the
    one it stands under (五年来，…主要做了以下工作。 then （一）创新宏观调控…); else None. `announced` False: no list
    word needed (the year's own paragraph of a review heading naming the period first: see `year_part`)."""
    tail = text[start:end].rstrip()
    last = max(tail.rfind("。", 0, len(tail) - 1), tail.rfind("！", 0, len(tail) - 1)) + 1
    if announced and not holds_a_word(tail[last:], timex.words().of("list_lead")):
        return None
    k = bisect_left(heading_starts, end)
    if k >= len(headings) or text[end:headings[k].start].strip():
        return None
    i = bisect_right(heading_starts, start) - 1
    level = heading_level(headings[k])
    if i >= 0 and heading_level(headings[i]) >= level:
        return None  # a heading beside or above the one the paragraph stands under: no list of it
    return span, level


def year_part(open_sections: Sequence[tuple[Section, Scope]], time: Interval) -> bool:
    """Whether `time`, a single year, is the year a top-level review heading names after the period it reviews first
    (一、“十三五”时期和2020年工作回顾: 2020 under a heading whose time is 2016/2020)."""
    if not open_sections or _years(time) != 1:
        return False
    sec, sc = open_sections[0]
    return sc.time is not None and sc.claim == "actual" and _years(sc.time) > 1 \
        and _last_year(sc.time) == _last_year(time) and f"{_last_year(time)}年" in sec.title


def span_opened(openings: dict[int, tuple[re.Match | None, bool]], text: str, sentences: Sequence[Sentence],
                sentence_starts: list[int], p: Paragraph, sources: SourceCommas, ref: int | None,
                year: Interval) -> Interval | None:
    """The span of years ending in `year` that the last later sentence of paragraph `p` opening with a time opens
    with (2020年，…。“十三五”时期，我们…: 2016/2020), else None."""
    found = None
    for sent in sentences[bisect_right(sentence_starts, p.start):bisect_left(sentence_starts, p.end)]:
        m, opens = sentence_opening(openings, text, sent.start, sent.end, sources)
        if m is not None and opens and not m.group("ago"):
            found = timex.resolve(m, ref)
    if found is not None and _years(found) > 1 and _last_year(found) == _last_year(year):
        return found
    return None


def heading_level(sec: Section) -> int:
    """The depth of a heading in the outline: its level; an appendix (2026年自治区民生实事) and its items count as
    headings too, by the depth of their path (A1, A1.2); the preface is none."""
    if sec.level == 0 and sec.path.startswith("A"):
        return sec.path.count(".") + 1
    return sec.level


def same_heading(headings: Sequence[Section], a: int, b: int) -> bool:
    """Whether offsets a <= b lie under the same heading (the last to start before each), and inside it."""
    i = bisect_right(headings, a, key=lambda sec: sec.start) - 1
    return a >= 0 and i >= 0 and i == bisect_right(headings, b, key=lambda sec: sec.start) - 1 and headings[i].end >= b


def share_before(text: str, f: Figure) -> bool:
    """Whether a per cent with no change is a share of what it names after it (61%的地区生产总值、95%的土地面积和68%的
    人口在县域): 的 then the indicator right after the mention. Not 增长6%的目标 (a change)."""
    if f.kind != "percent" or f.change or not f.indicator or not text.startswith("的", f.end):
        return False
    named = _share_noun().match(text, f.end + 1)
    return named is not None and named.group() in f.indicator


def part_taken_out(text: str, s_start: int, c_start: int) -> bool:
    """Whether the clause of the sentence right before the figure's opens by taking a part out of what the figure
    measures (扣除房地产开发投资，固定资产投资增长12.2%: figure_words `part_out`), prices aside (扣除价格因素，…)."""
    before = text[s_start:c_start].rstrip("，,")
    clause = before[last_of(before, CUE_CLAUSE_BREAKS, 0, len(before)) + 1:].strip()
    fw = figure_words()
    return clause.startswith(fw.of("part_out")) and not any(p in clause for p in fw.of("part_out_prices"))


def _make_share_noun() -> re.Pattern:
    """The noun a share is of, up to a clause mark, a digit or a list's joint (list_joint: 、 和 与 及)."""
    joints = "".join(re.escape(j) for j in figure_words().of("list_joint") if len(j) == 1)
    return recache.compile(f"[^，。；：,;:\\d\\s{joints}]{{2,16}}")


_SHARE_NOUN_ONCE: Final = Once(_make_share_noun)


def _share_noun() -> re.Pattern:
    return _SHARE_NOUN_ONCE.get()


def dashed_item(text: str, headings: Sequence[Section], a: int, b: int) -> bool:
    """Whether the paragraph at b opens with a dash, both a <= b standing before any heading: an item of the
    paragraph that opened with a time (2023年，…交出了一份答卷。 then ——这是一片…宝地。…涵盖6市25县区), in a speech
    with no heading."""
    return a >= 0 and text.startswith(DASH_ITEM, b) and (not headings or headings[0].start > b)


DASH_ITEM = ("—", "--")  # (—— opens with —)


def same_time(text: str, structure: Structure, s_start: int, ref: int | None, scope: int | None) -> Interval | None:
    """同期: the last time the sentence before names (2021年1-7月，…。同期，…)."""
    before = structure.sentence_at(s_start - 1) if s_start > 0 else None
    if before is None or before.start >= s_start:
        return None
    compare = figure_words().of("compare")
    # 比去年同期增长16.9%: a baseline's time is not the sentence's
    times = [m for m in timex.search_from(text, before.start, before.end)
             if not m.group("same") and not text.endswith(compare, max(before.start, m.start() - 2), m.start())]
    return timex.resolve(times[-1], ref, scope) if times else None


def now_in_clause(text: str, f: Figure, c_start: int, c_end: int) -> bool:
    """A word of the present (迄今, 正在) in the figure's clause after any time it names: the figure is as of now."""
    clause = text[c_start:c_end]
    last_time = max((m.end() for m in timex.search_from(text, c_start, c_end)), default=c_start) - c_start
    return any(clause.find(w, last_time) >= 0 for w in timex.words().of("now"))


def bare_head(indicator: str, measure_heads: tuple[str, ...]) -> bool:
    """Whether the indicator is only a head (增速, 总量), with no subject of its own (研发人员总量 has one)."""
    return indicator.strip() in measure_heads


BARE_MAX = 24
PER_HEAD = "人均"  # a name ending with it, after a figure of a measure, is that measure per head


def bare_change(text: str, f: Figure, c_start: int) -> bool:
    """Whether the figure's clause before it says only how and when it changed (年均增长, 同比下降, 初步预计全年增长):
    no subject."""
    if not f.change:
        return False
    if f.start - c_start > BARE_MAX:
        return False  # longer than any run of change and time words: the clause has words of its own
    rest = figure_patterns().baseline.sub("", text[c_start:f.start])  # 比上年 before 增长
    for word in _bare_words():
        if word in rest:  # (a test, not a method call per word)
            rest = rest.replace(word, "")
    return not rest.strip("、 ")


def _make_bare_words() -> tuple[str, ...]:
    """The words bare_change takes out of a clause, in its order (made once, not sorted again per figure): the
    estimate, scope, span and average words, the words of a change (changes.tsv: 增长, 下降…), longest first, and
    the period comparisons. 初步预计全年增长6.3%: an estimate of the year in scope says no subject either."""
    w, fw = timex.words(), figure_words()
    changes = sorted(fw.changes, key=len, reverse=True)
    return (*w.of("preliminary"), *w.of("scope"), *w.of("span"), *w.of("average"), *changes,
            *fw.of("period_compare"))


_BARE_WORDS_ONCE: Final = Once(_make_bare_words)


def _bare_words() -> tuple[str, ...]:
    return _BARE_WORDS_ONCE.get()


def subject_measure(text: str, f: Figure, breaks: SentenceBreaks, c_start: int, prev: Figure | None,
                    national: bool) -> str:
    """The measure the clause before the figure's names as its subject, up to its first figure
    (去年成功跻身“万亿俱乐部”，增速列…第一位; 地区生产总值连跨两个万亿元台阶，年均增长5.7%)."""
    if c_start <= breaks.start:
        return ""
    a = breaks.clause_before(c_start)
    b = c_start - 1
    if prev is not None and a <= prev.start < b:
        b = prev.start
    return measure_of(text[a:b], f.kind, national)


def by_first(words: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The words by their first character, in their order."""
    out: dict[str, tuple[str, ...]] = {}
    for w in words:
        if w:
            out[w[:1]] = (*out.get(w[:1], ()), w)
    return out


def home_word_end(text: str, start: int, end: int, home_by_first: dict[str, tuple[str, ...]]) -> int:
    """Where the home word of text[start:end] that ends first ends (全市, 我省), else end + 1: each word looked for
    only where its first character stands in the text (one find per first character, not one per word)."""
    found = end + 1
    for c, ws in home_by_first.items():
        if text.find(c, start, end) >= 0:
            for w in ws:
                k = text.find(w, start, end)
                if k >= 0 and k + len(w) < found:
                    found = k + len(w)
    return found


def _first_year(t: Interval) -> int:
    """`t.first_year`, read by a native call (a NamedTuple's property is an interpreted call, read by name)."""
    return int(t[0][:4])


def _last_year(t: Interval) -> int:
    """`t.last_year`, by a native call."""
    return int(t[1][:4])


def _years(t: Interval) -> int:
    """`t.years`, by a native call."""
    return int(t[1][:4]) - int(t[0][:4]) + 1


_NEW = object.__new__


def in_context(f: Figure, time: str, claim: str, measure: str) -> Figure:
    """`records.evolve(f, time=time, claim=claim, measure=measure)`: a copy of the figure's fields with these three
    (fields every Figure has), made without evolve's interpreted check of the names, as locate makes its records."""
    new = _NEW(Figure)
    fields = new.__dict__
    fields.update(f.__dict__)
    fields["time"] = time
    fields["claim"] = claim
    fields["measure"] = measure
    return new


def resolve(doc: Document, structure: Structure, figures: Sequence[Figure],
            extended_measures: bool = False) -> tuple[Figure, ...]:
    """The figures with `time`, `claim` and `measure` filled from their context (see the module docstring);
    `extended_measures`: the project's own measures too (measures.tsv, --measures extended), not only the spec's."""
    text = doc.text
    reviewed = reviewed_year(doc, structure)
    ref = document_year(doc, structure, reviewed, reviewed_known=True)
    doc_time = title_time(structure, ref)
    titled_year = title_year(structure, ref)
    # the year just ended that a title or, early in a year, the lead names: 全年 outside a plan is of it
    month = document_month(doc, structure)
    ended_year = titled_year or lead_year(doc, structure, ref, month)
    # news of a report given early in a year (省长王伟中向大会作政府工作报告。报告指出： then ●地方一般公共预算收入达
    # 1.39万亿元): what it quotes with no time of its own and no aim is the report's review, of the year just ended
    # (the lead that says so may be the profile's, before the body)
    quotes_report = month is not None and month <= REVIEW_MONTHS \
        and holds_a_word(text[:structure.profile.body_start + SPEAKS_FOR], timex.words().of("report"))
    # 过去五年 in a report delivered on 2021-12-18: 2017/2021, the years up to the report's own
    late = ref if ref is not None and month is not None and month >= LATE_MONTHS \
        and structure.profile.delivered.startswith(f"{ref}-") else None
    # a report's body that opens with the year just ended (过去的一年，…) and no review heading: the review it runs
    lead_review = review_lead(text, structure, ref, month, late, doc_time)
    sections = sorted(structure.sections, key=lambda s: (s.start, s.level))
    paragraphs = structure.paragraphs
    words = claim_words()
    tw = timex.words()  # the time words, read once (not an lru_cache call per use per figure)
    year_end = tuple(tw.of("year_end"))
    per_head = figure_words().of("count_average")  # for year_before, read once
    # 全市, 全省, 我省…: a figure after one is about a place of its own, never the nation; 增速, 规模…: an
    # indicator that is only one takes the measure of the figure or clause before it
    home, measure_heads = _HOME_WORDS.get(), word_tuple("measure_heads.txt")
    home_by_first = by_first(home)
    nation = word_tuple("nation_words.txt")
    local_doc = local_document(text, structure, home)
    open_sections: list[tuple[Section, Scope]] = []
    next_section = 0
    para_k = -1
    para_time: Interval | None = None
    para_from = -1  # where the paragraph that opened with para_time starts
    headings = [sec for sec in sections if heading_level(sec) > 0]
    heading_starts = [sec.start for sec in headings]
    # a lead-in's list (…主要预期目标是： then ◆… lines): where it begins in the paragraph at hand (-1: none there),
    # whether it runs on into the item lines after, and how many headings had begun at the lead-in
    lead_from, list_open, lead_headings = -1, False, 0
    # a lead-in whose list is the headings after it (为实现上述目标，我们重点做好以下九方面工作： then （一）…（九）…):
    # the level of those headings, the list's items, until a heading above them
    lead_level: int | None = None
    # a span's lead-in whose list is the headings after it (五年来，…主要做了以下工作。 then （一）…): (the span, the
    # level of those headings), until a heading above them
    span_list: tuple[Interval, int] | None = None
    # the year a period-first review heading's own paragraph opens (一、“十二五”时期及2015年工作回顾 … 各位代表，去年我省…):
    # (the year, the level of that heading); it holds under the subheadings after it that say no time, until a heading
    # at or above that level (probe38 黑龙江 2016: （一）…（七） of the year were 2011/2015)
    year_hold: tuple[Interval, int] | None = None
    last_sentence: tuple[int, Interval | None] = (-1, None)  # (sentence start, its time) for 同期
    before: tuple[int, Interval | None] = (-1, None)  # the same of the sentence before the figure's
    # the time that opens the latest sentence of the paragraph (…。1-8月，完成货运量…。完成快递业务量…): it holds
    # for the sentences after it in the paragraph that say none, as the paragraph's own time does
    # (paragraph, sentence start, the time carried into the sentence, the time carried out of it)
    opened: tuple[int, int, Interval | None, Interval | None] = (-1, -1, None, None)
    sentences = structure.sentences
    para_starts = [p.start for p in paragraphs]  # read once, not at every figure and paragraph
    sentence_starts = [x.start for x in sentences]
    out: list[Figure] = []
    starts: list[int] = []  # each figure's sentence start, for wholes_before_parts
    prev: Figure | None = None
    breaks = SentenceBreaks(text, 0, 0)
    cues: tuple[int, SentenceCues | None, int] = (-1, None, 0)  # (sentence start, its cues, end of its first home word)
    openings: dict[int, tuple[re.Match | None, bool]] = {}  # sentence start → `opening_match` of the sentence
    sources = SourceCommas(text)  # where a source clause's word and comma stand, for every opening read
    period_found: dict[str, re.Match | None] = {}  # a figure's period → the time it names (its search)
    for f in sorted(figures, key=lambda f: f.start):
        at = f.start  # read once (an attribute of a record is a dictionary lookup in compiled code)
        # the fields read below, each read once (a Figure is no native class: each read is a lookup by name)
        f_end, f_period, f_baseline, f_change = f.end, f.period, f.baseline, f.change
        f_kind, f_indicator, f_place = f.kind, f.indicator, f.place
        # the time the figure's period names: searched once per period phrase of the document (most figures of a
        # sentence share theirs), not up to three times per figure
        period_m: re.Match | None = None
        if f_period:
            if f_period in period_found:
                period_m = period_found[f_period]
            else:
                period_m = period_found[f_period] = timex.pattern().search(f_period)
        # headings: the stack of sections open at the figure
        while next_section < len(sections) and sections[next_section].start <= at:
            sec = sections[next_section]
            next_section += 1
            level = heading_level(sec)
            if level == 0:
                continue
            while open_sections and heading_level(open_sections[-1][0]) >= level:
                open_sections.pop()
            sc = heading_scope(sec, ref, month, doc_time, late)
            if sc.time is None and not sc.claim and sc.implied is None:
                sc = body_scope(text, structure, sec, headings, heading_starts, ref, month) or sc
            open_sections.append((sec, sc))
        while open_sections and open_sections[-1][0].end < at:
            open_sections.pop()
        # the innermost time a heading names, else the outermost one implies; the outermost claim (民生实事 under
        # a review heading is a review of them)
        head_time = next((sc.time for _, sc in reversed(open_sections) if sc.time is not None),
                         next((sc.implied for _, sc in open_sections if sc.implied is not None), None))
        head_claim = next((sc.claim for _, sc in open_sections if sc.claim), "")
        head_span = next((sc.span for _, sc in reversed(open_sections) if sc.span is not None), None)
        scope_year = head_time.last_year if head_time is not None else ref
        # a text with no date that says the year it reviews: 全年 and 当年 outside a plan are of that year
        # (回顾了2024年主要工作…全年实现地区生产总值1005.8亿元)
        review_scope = reviewed if head_time is None and reviewed is not None and head_claim != "target" else None

        def ended_scope(m: re.Match | None, start: int, scope: int | None) -> int | None:
            """The scope a 全年 opening a paragraph or sentence (初步核算，全年…) resolves in: under a title or lead that
            names the year just ended, no heading saying a time or plan and no aim before it, that year (as 全年 in a
            figure's own period is, below); else `scope`."""
            if m is not None and ended_year is not None and ref is not None and scope == ref and head_time is None \
                    and head_claim != "target" and _first_year(ended_year) == ref - 1 \
                    and m.group().strip() in year_end and not words.cue.search(text[start:m.start()]):
                return ref - 1
            return scope
        # the paragraph: a time that opens it holds for all of it, and for the paragraphs after it under the same
        # heading that open with none of their own (刚刚过去的2025年，… then the year's work, paragraph by paragraph;
        # “十四五”时期是…五年 then its ——经济实力实现整体跃升。 items)
        while para_k + 1 < len(paragraphs) and para_starts[para_k + 1] <= at:
            if para_time is not None and para_k >= 0 and para_from == para_starts[para_k] and _years(para_time) == 1:
                # 2020年，我区工作取得扎实成效，实现“十三五”规划胜利收官。“十三五”时期，我们…取得了…重大成果。 then
                # ——取得两个历史性成就。…: a later sentence of the paragraph that opens with the span ending in its year
                # widens it for the paragraphs after (probe33 广西 2021: 累计新增…373.5万人次 was 2020)
                widened = span_opened(openings, text, sentences, sentence_starts, paragraphs[para_k], sources, ref,
                                      para_time)
                if widened is not None:
                    para_time = widened
            para_k += 1
            p_start, p_end = para_starts[para_k], paragraphs[para_k].end
            m, opens = opening_match(text, p_start, p_end, True, sources)
            own_scope = review_scope if review_scope is not None else scope_year
            own_time = timex.resolve(m, ref, ended_scope(m, p_start, own_scope), late) \
                if m is not None and opens else None  # 初步核算,湖南全年…: the year reviewed, as below
            if own_time is None and m is not None and (m.group("past") or m.group("past2")) \
                    and not text[p_start:m.start()].strip(DASH_CHARS + " \u3000\t"):
                # 过去五年极不寻常、极不平凡。: a span gone by, the subject of the paragraph's first sentence, is what the
                # paragraph and its ——items after it tell, as 过去五年，… opening it would
                own_time = timex.resolve(m, ref, review_scope if review_scope is not None else scope_year, late)
            if own_time is None and m is None and (sl := span_line().match(text, p_start, p_end)) is not None:
                # 这是强化创新引领、产业转型升级全面发力的五年。: a line naming the span the paragraphs after it tell
                span_said = timex.pattern().match(f"这{sl.group('n')}")
                own_time = timex.resolve(span_said, ref, review_scope if review_scope is not None else scope_year, late) \
                    if span_said is not None else None
            if own_time is None and m is not None and not opens and m.start() == p_start:
                # 2024年全市工业经济总体平稳运行，…呈现出以下三大特点。 then 一、…: a time opening a lead without its comma
                # still holds under the headings the lead announces (probe29 荆门), and only then
                lead_time = timex.resolve(m, ref, review_scope if review_scope is not None else scope_year, late)
                if lead_time is not None and span_lead(text, headings, heading_starts, p_start, p_end, lead_time) is not None:
                    own_time = lead_time
            if own_time is not None:
                # a moment ago (65年前，…) tells a story of its own paragraph; it does not carry on
                para_time, para_from = own_time, (-1 if m is not None and m.group("ago") else p_start)
            elif m is not None and opens and ref is None and opening_match(text, p_start, p_end, False, sources)[0] is None:
                pass  # 贵州省去年… in a text whose year nothing says, read only past the place: as before, none
            elif m is None and span_list is not None:
                para_time, para_from = span_list[0], p_start  # an item of the span's list of headings, none of its own
            elif m is not None or (para_time is not None and not same_heading(headings, para_from, p_start)
                                   and not dashed_item(text, headings, para_from, p_start)):
                # a paragraph about another time (“十五五”时期具有…), a heading between, none around, a story
                para_time, para_from = None, -1
            k = bisect_left_int(heading_starts, p_start)
            heads_here = k < len(headings) and headings[k].start < p_end
            if heads_here and year_hold is not None and heading_level(headings[k]) <= year_hold[1]:
                year_hold = None  # a heading beside or above the period's: the year is over
            if own_time is not None:
                year_hold = None
                if para_from == p_start and _years(own_time) == 1:
                    top = next(((sec_, sc_) for sec_, sc_ in open_sections if sc_.time is not None), None)
                    top_time = top[1].time if top is not None else None
                    if top is not None and top_time is not None and top[1].claim == "actual" and _years(top_time) > 1 \
                            and _last_year(top_time) == _last_year(own_time) and top[0].end > p_start:
                        year_hold = (own_time, heading_level(top[0]))
            elif para_time is None and m is None and year_hold is not None:
                para_time, para_from = year_hold[0], p_start
            if own_time is not None and para_from == p_start:
                # 五年来，我们…主要做了以下工作。 then （一）…（十）…: the span holds under the headings it leads to; so
                # does a year (2024年全市工业经济总体平稳运行，…呈现出以下三大特点。 then 一、…三、…: probe29 荆门)
                span_list = span_lead(text, headings, heading_starts, p_start, p_end, own_time)
                if span_list is None and year_part(open_sections, own_time):
                    # 一、“十三五”时期和2020年工作回顾 … 各位代表，在刚刚过去的一年里，… then 1．…6．: the year's own
                    # paragraph opens the heading's part on the year, its items too (probe39 苏州 2021)
                    span_list = span_lead(text, headings, heading_starts, p_start, p_end, own_time, False)
            elif span_list is not None and heads_here and (heading_level(headings[k]) < span_list[1] or (
                    (sc := heading_scope(headings[k], ref, month, doc_time, late)).time is not None or sc.claim)):
                span_list = None  # a heading above the list's items, or one saying a time or claim of its own
                if para_from == p_start and own_time is None:
                    para_time, para_from = None, -1
            if heads_here and lead_level is not None and heading_level(headings[k]) < lead_level:
                lead_level = None  # a heading above the list's items: the list is over
            if heads_here and list_open and lead_level is None:
                lead_level = heading_level(headings[k])  # the list's items are headings
            # the paragraph right after a lead-in that ends its own paragraph with its colon (…的确切目标: / 经济发展
            # 进入全新阶段，年均增长6%左右，…) is its list, item mark or not
            led = list_open and para_k > 0 and 0 <= lead_from \
                and not text[lead_from:paragraphs[para_k - 1].end].strip()
            lead_from, list_open, lead_headings = lead_list(text, p_start, p_end, ref, list_open and \
                lead_headings == bisect_right_int(heading_starts, p_start), bisect_right_int(heading_starts, p_start), led)
        sent = sentence_at(sentences, sentence_starts, at)
        s_start = sent.start if sent else at
        s_end = sent.end if sent else f_end
        if last_sentence[0] != s_start:
            before = last_sentence  # every figure of a sentence looks back to the same sentence before
        if breaks.start != s_start or breaks.end != s_end:
            breaks = SentenceBreaks(text, s_start, s_end)
        c_start, c_end = breaks.clause(f)
        if sent is not None and opened[1] != s_start:
            # a sentence's opening 全年 carries the year it is of: the year reviewed, in a text with no date that
            # names one (初步核算,湖南全年… then 按常住人口计算,人均GDP达到52949元), as 全年 in a figure's own period is
            open_scope = review_scope if review_scope is not None else scope_year
            carried = opened[3] if opened[0] == para_k else None
            # a whole year heading a sentence holds after it, unless the paragraph opened with a part of a year
            # (前三季度，… 全年计划投资250亿元。出口额是2005年的3倍: still of the three quarters)
            yearly = para_time is None or _years(para_time) == 1 and len(para_time.start) == 4
            if para_k >= 0:  # the sentences of the paragraph with no figure in between open times too
                lo = opened[1] if opened[0] == para_k else paragraphs[para_k].start - 1
                for between in structure.sentences[bisect_right_int(sentence_starts, lo):
                                                   bisect_left_int(sentence_starts, s_start)]:
                    m, opens = sentence_opening(openings, text, between.start, between.end, sources)
                    opens = opens or yearly and whole_year_head(m, text, between.start, year_end)
                    if m is not None and opens and not m.group("ago"):
                        got = timex.resolve(m, ref, ended_scope(m, between.start, open_scope), late)
                        carried = got if got is not None and not event_day(m, got) else carried
            m, opens = sentence_opening(openings, text, s_start, s_end, sources)
            opens = opens or yearly and whole_year_head(m, text, s_start, year_end)
            t = timex.resolve(m, ref, ended_scope(m, s_start, open_scope), late) \
                if m is not None and opens and not m.group("ago") else None
            opened = (para_k, s_start, carried, t if t is not None and m is not None and not event_day(m, t) else carried)
        # the sentence: the period it says, resolved
        time = None
        own = year_before(text, max(s_start, at - 16), at, per_head)
        if own is not None and f_baseline and own.group("t").replace(" ", "") == f_baseline.replace(" ", ""):
            own = None  # 是2015年的3倍: the year is the baseline's, not the figure's
        if own is not None:  # 从2020年的3.68万亿元增长到2025年的4.93万亿元: each number its own year
            m = timex.pattern().match(own.group("t"))
            time = timex.resolve(m, ref, scope_year, late) if m else None
        if time is None and f_period:
            m = period_m
            if m is not None and m.group("same"):
                time = same_time(text, structure, s_start, ref, scope_year)
                if time is None and before[0] >= 0:
                    time = before[1]
            elif m is not None:
                in_scope = para_time if para_time is not None else opened[2] if opened[0] == para_k else None
                in_plan = lead_level is not None or 0 <= lead_from <= at
                # 全年 in a text whose title or lead names the year just ended as a whole, under no heading and with no
                # aim before it (德阳's release of 2018-01-24, 发布2017年度德阳经济运行情况: 全年规模以上工业增加值比上年
                # 增长10.5%): that year
                # …and in news of a report early in a year (全年制造业投资增长20% on 2024-01-25): the year just ended
                ended = head_time is None and not in_plan and head_claim != "target" and ref is not None \
                    and (ended_year is not None and _first_year(ended_year) == ref - 1 or quotes_report) \
                    and f_period in tw.of("year_end") and not words.cue.search(text[s_start:at])
                # 1-11月 in a page of January (a release of the year just ended): months that end after the page's
                # own month, with no year, no aim and no plan around them, are of the year before
                ended = ended or month is not None and month <= REVIEW_MONTHS and not in_plan \
                    and head_claim != "target" and in_scope is None and not words.cue.search(text[s_start:at]) \
                    and (timex.bare_months_end(m) or 0) > month
                scope = _last_year(in_scope) if in_scope and _years(in_scope) == 1 else \
                    review_scope if review_scope is not None and not in_plan else scope_year
                time = timex.resolve(m, ref, scope - 1 if ended and scope is not None and scope == ref else scope, late)
        if time is None and sent is not None:
            # a time heading the sentence, comma or not (2020年新增城镇就业16.3万人，…均达100%): its period is only
            # its clause's, but the sentence is about that time
            m, _ = sentence_opening(openings, text, s_start, s_end, sources)
            if m is None and at > s_start:
                m = figure_clause_opening(text, s_start, at)
            time = timex.resolve(m, ref, scope_year, late) if m is not None and not m.group("ago") \
                and not text.startswith("的", m.end()) else None
            if time is not None and _years(time) == 1 and f_period and ref is None and scope_year is None:
                # 2023年实施…，1-4月累计完成投资40.12亿元 in a text with no date: the months are of the sentence's year
                pm = period_m
                within = timex.resolve(pm, None, _first_year(time), late) if pm is not None else None  # (ref is None)
                time = within if within is not None and _first_year(within) == _first_year(time) \
                    and _years(within) == 1 else time
        if time is None and para_k >= 0 and before[0] >= paragraphs[para_k].start \
                and text.startswith(tw.of("part_of"), s_start):
            time = before[1]  # 其中，工业投资增长15.3%: a part of the sentence before, of its time (every figure of it)
        if time is None and opened[0] == para_k:
            time = opened[2]
        said = time is not None or para_time is not None  # the text itself, not a heading, says when
        if time is None and head_span is not None and (para_time is None or _years(para_time) == 1
                                                       and _last_year(para_time) == _last_year(head_span)) \
                and holds_a_word(text[c_start:at], tw.of("average")):
            time = head_span  # 地区生产总值年均增长5%左右 under “十五五”时期目标任务和2026年工作安排; so under a paragraph
            # opening with the period's last year as its horizon (到2030年，… then 地区生产总值年均增长5%以上)
        span = para_time if para_time is not None and _years(para_time) > 1 else head_span if head_span is not None \
            else head_time if head_time is not None and _years(head_time) > 1 else None  # (“十五五”时期主要目标任务 / 到2030年，…)
        if time is not None and _years(time) == 1 and span is not None and _last_year(time) == _last_year(span) \
                and f_change and holds_a_word(text[c_start:at], tw.of("average")):
            time = span  # 这五年… then 2021年地区生产总值预计实现151.7亿元，年均增长4.6%: the span's average
        cur = time if time is not None else para_time if para_time is not None else head_time
        if cur is not None and _years(cur) == 1 and para_k >= 0 and f_change \
                and holds_a_word(text[c_start:at], tw.of("average")):
            # 2015年工作…标志着“十二五”规划胜利收官。…就是地区生产总值年均增长9.4%: an average over the plan the paragraph
            # named before it, which ends in that year (probe32 吉林 2016)
            named = [iv for m in timex.search_from(text, paragraphs[para_k].start, at) if m.group("plan")
                     and (iv := timex.resolve(m, ref)) is not None and _years(iv) > 1
                     and _last_year(iv) == _last_year(cur)]
            if named:
                time = named[-1]
        if time is None:
            # a title's part of the year holds for the sentences that say no time, not for what is so now (截至目前)
            present = _says_present(text[s_start:at])  # (read once: the title's part and `now` both ask it)
            title_part = doc_time if doc_time is not None and not present else None
            # a text with no date that says the year it reviews: what it says no time for is of that year, but
            # for a plan's list (…主要预期目标是：) or under a plan heading
            planned = head_claim == "target" or lead_level is not None or 0 <= lead_from <= at
            # …or what is so now (截至目前…; 本次大会应到代表301人: the session's, not the year reviewed)
            now = present or _present_after(text, f_end, tw.of("present_after"))
            fallback = reviewed if reviewed is not None and not planned and not now else ref
            # an estimate (预计全省地区生产总值增长5.7%) in a text dated in the first months of a year, with no time of
            # its own and no aim before it: of the year just ended, whose figures are estimated then (an aim that is
            # the figure's, as its claim reads the cues: not 预期 of another clause, 经济运行在预期的合理区间，工业增加值
            # 105亿元; probe36, 潼南 2019)
            if fallback == ref and ref is not None and reviewed is None and not planned and not now and month is not None \
                    and month <= REVIEW_MONTHS and (quotes_report and (not names_a_goal(text, f, words)
                                                                       or done_in(text[c_start:at], words))
                                                    or holds_a_word(text[s_start:at], tw.of("preliminary"))):
                if cues[0] != s_start:
                    cues = (s_start, SentenceCues(text, s_start, s_end, words, breaks.commas),
                            home_word_end(text, s_start, s_end, home_by_first))
                if cues[1] is None or not cues[1].claim(f):
                    fallback = ref - 1
            # under the review a report's body opens with (过去的一年，… then （一）…地区生产总值完成4704.3亿元), no
            # heading saying a time or claim of its own (争取增发国债项目69个 there is work done): of the year just ended
            if fallback == ref and ref is not None and lead_review is not None \
                    and lead_review[0] <= at < lead_review[1] and head_time is None and not head_claim \
                    and not planned and not now:
                fallback = ref - 1
            # what is so now (截至目前，全区的市场主体总量已经突破27.4万户) is as of the document's date, not of the time
            # that opened its paragraph nor of the year a review heading implies (一、肯定成绩… in a speech of 2025)
            time = ((para_time or head_time) if not now else None) or title_part \
                or ((titled_year or (ended_year if not now and not words.cue.search(text[s_start:at]) else None))
                    if not planned else None) or (year_interval(fallback) if fallback is not None else None)
        if time is not None and _years(time) == 1 and own is None and len(time.start) == 4:
            # 由2011年的18.9亿元提高到2016年的28.4亿元，年均增长8.4%；财政收入由2.3亿元提高到4.3亿元…: the span the
            # sentence states, ending in the figure's year, is the time of what says no year of its own in it
            stated = stated_span(text, s_start, at)
            if stated is not None and _last_year(stated) == _last_year(time):
                time = stated
        # 由每生每年5元提高至10元 in the year's plan: the level it starts from is the year before's, a fact (over
        # a span of years _within_period does the same)
        # (not 从2012年的74.8岁: the level's own year says when it was)
        start_level = time is not None and _years(time) == 1 and len(time.start) == 4 and own is None \
            and first_level(text, at, f_end, s_start, s_end) and not owns_period(text, f)
        if time is not None:
            time = year_interval(_first_year(time) - 1) if start_level else _within_period(text, f, time, s_start, s_end, ref)
        if ref is not None and (c_start, c_end) not in breaks.now:
            breaks.now[(c_start, c_end)] = now_in_clause(text, f, c_start, c_end)
        if ref is not None and breaks.now[(c_start, c_end)]:
            time = year_interval(ref)  # 活动迄今已经六届; 新城正在崛起: as of the document's date
        if last_sentence[0] != s_start:
            last_sentence = (s_start, time)
        if cues[0] != s_start:
            cues = (s_start, SentenceCues(text, s_start, s_end, words, breaks.commas),
                    home_word_end(text, s_start, s_end, home_by_first))
        # a time gone by that the text says (“十四五”时期，…经济总量达到5.67万亿元 in the plan's explanation) is a
        # fact stated, as is the premise of a task (今年高校毕业生超过1000万人，要…): actual under a plan heading
        past = said and time is not None and ref is not None and _last_year(time) < ref
        # a lead-in's list is a plan's where no heading says (…主要预期目标是： then ◆地区生产总值增长5%；)
        plan_claim = head_claim or ("target" if lead_level is not None or 0 <= lead_from <= at else "")
        # a text with no date that reviews a year and names the year after, its own: that year is the one it plans
        # (2019年… 初步预计全年增长6.3% … 对于今年政府工作要求，会议提出，2020年重庆地区生产总值增长6%)
        # (the whole year, not 2020年1月; named, not what is so now: 3个正在建设之中 in a review is a fact)
        own_year = said and reviewed is not None and time is not None and _years(time) == 1 and len(time.start) == 4 \
            and _first_year(time) == reviewed + 1 and not (ref is not None and breaks.now[(c_start, c_end)])
        # an estimate or a change said of the document's own year in a text of its first months (2023年江西地区生产总值
        # 增长4.1%，2024年预计增长5%左右 in news of 2024-01-23; 今年…预期增长5%左右，一般公共预算收入增长1.5%): that year
        # has yet to run, so it is an expectation, a target (the year named, 2024年 or 今年: not 预计全年…, the year in
        # scope, which early in a year is the one just ended)
        expected = said and time is not None and ref is not None and month is not None and month <= REVIEW_MONTHS \
            and _years(time) == 1 and len(time.start) == 4 and _first_year(time) == ref \
            and (YEAR.search(f_period) is not None or tw.values.get(f_period) == "0") \
            and (bool(f_change) or holds_a_word(text[c_start:at], tw.of("preliminary")))
        # a span to come that the figure's period says (未来五年, 今后五年): an aim, whether or not a date says when now is
        coming = bool(f_period) and period_m is not None and bool(period_m.group("next"))
        claim = "actual" if counts_a_people(text, f, words) else \
            _claim(cues[1].claim(f) if cues[1] else "", plan_claim,
                   time is not None and ref is not None and (_first_year(time) > ref or _years(time) > 1 and
                                                              _first_year(time) == ref) or own_year or expected
                   or coming,
                   plan_claim == "target" and (past or premise(text, f, s_end, words)))
        if start_level and time is not None and ref is not None and _last_year(time) < ref:
            claim = "actual"
        if names_a_goal(text, f, words):
            claim = "target"
            if time is not None and text.endswith(tw.of("scope"), max(0, at - 2), at):
                time = year_interval(_first_year(time))  # 完成全年1000万人目标: the whole year's goal
        # 全市, 全省 before the figure in its sentence; or after it, when nothing before says the nation (增速排位全市
        # 第8, GDP增速达到全市平均水平: ranked or measured within a place, so a place's own)
        local = cues[2] <= at or ((cues[2] <= s_end or local_doc) and not holds_a_word(text[s_start:at], nation))
        # a figure with no place is about the whole country: a national document's, or 全国… in a province's
        measure = measure_of(f_indicator, f_kind, not f_place and not local)
        if measure and share_before(text, f):
            measure = ""  # XX市61%的地区生产总值…在县域: a share of the measure, not the measure
        if measure and c_start > s_start and part_taken_out(text, s_start, c_start):
            measure = ""  # 扣除房地产开发投资，固定资产投资增长12.2%: a part of the measure
        if not measure and prev is not None and sent is not None and prev.start >= s_start \
                and bare_head(f_indicator, measure_heads):
            measure = prev.measure  # 地区生产总值突破1万亿元，增速列…第一位: the growth of the measure just named
        if not measure and prev is not None and prev.measure and sent is not None and prev.start >= s_start \
                and f_indicator.endswith(PER_HEAD):
            # 全省GDP预计突破12万亿元、…、人均达14.3万元左右: per head of the measure just named
            measure = measure_of(PER_HEAD + prev.measure, f_kind, not f_place and not local)
        if not measure and prev is not None and prev.measure and f_change and f_baseline and prev.start >= c_start \
                and text.startswith("、", prev.end) and not DIGIT.search(text, prev.end, at) \
                and f_indicator in ("", prev.indicator):
            measure = prev.measure  # 年均增长5.7%、高于全国0.3个百分点: the gap of the figure just given
        if not measure and sent is not None and (bare_head(f_indicator, measure_heads) or bare_change(text, f, c_start)):
            # 地区生产总值连跨两个万亿元台阶，年均增长5.7%: a clause without a subject of its own takes the one before
            measure = subject_measure(text, f, breaks, c_start, prev, not f_place and not local)
        iso = time.iso() if time is not None else ""
        fig = in_context(f, iso, claim, measure)
        # a measure borrowed by a figure of a kind it does not take is not written, but passed on (增幅连续4年居全国
        # 前六: the streak's 4年 has none, the rank after it takes 居民人均可支配收入 through it); nor is one of the
        # project's own catalogue unless asked for (measure.written), though it is passed on the same
        shown = written(measure, extended_measures) if measure and takes(measure, f_kind) else ""
        out.append(fig if shown == measure else in_context(f, iso, claim, shown))
        starts.append(s_start)
        prev = fig
    return wholes_before_parts(text, out, starts, tw.of("part_of"))
