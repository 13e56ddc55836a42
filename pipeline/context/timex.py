"""Time expressions: find them (`TIME`) and resolve them to ISO 8601 (`resolve`).

The grammar is the language's: a year (`2025年`, or a word of `time_words.tsv` such as 今年), optionally
months (`1-7月`, `1月至2月`, `6月份`, `前2月`) or a part of the year (`前三季度`, `上半年`), optionally a second year
(`2018年至2020年`, `2021—2025年`), optionally 以来/至今/初/底/末; a year glued to a part of it (`2023上半年`);
or a plan period (`“十四五”时期`), an event a span runs from
(`党的十八大以来`), a count of past or coming years (`过去五年`, `近两年`, `五年来`, `65年前`, `今后五年`). The words are data;
only the shapes are here.

`resolve(text, ref, scope)` turns one match into an `Interval` of ISO strings: `ref` is the document's
year (今年, 去年 count from it), `scope` the year already in scope for parts of a year and 全年 (a heading's
year, else `ref`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Iterator, NamedTuple, Sequence

from .. import recache
from ..once import Once
from ..data import read_tsv
from ..numerals import CN_QUANTITY_CHARS, cn_ordinal

SEP_CHARS = "至到—–-~～"  # the links of a span (2018年至2020年, 1-7月)
SEP = rf"\s?(?:{'|'.join(SEP_CHARS)})\s?"
# 元月, January: 元至6月 (元月至6月, a statistics office's way of writing 1-6月); not the 元 of an amount (5万元至6月)
FIRST_MONTH_WORD = "元"
# the last month of a span may be written in numerals (元至九月, 1至十二月): 一 … 十二
CN_MONTH = "十[一二]?|[一二三四五六七八九]"
FIRST_MONTH = rf"(?<![\d万亿千百]){FIRST_MONTH_WORD}月?(?={SEP}(?:\d{{1,2}}|{CN_MONTH})\s?月)"
COUNT_CLASS = rf"[\d{CN_QUANTITY_CHARS}]"
COUNT_MAX = 3  # digits or numerals of a count of years (三十年, 100年)
COUNT = rf"{COUNT_CLASS}{{1,{COUNT_MAX}}}"
QUARTERS = "一二三四"  # 一至三季度: the quarters of a range written in numerals
# where a numeral opens a time that is no word of time_words.tsv: a count of years (三年来, 十年前) or a range of
# quarters (一至三季度); the shapes of `pattern()` that open with one
COUNTED = rf"{COUNT}\s?年|[{QUARTERS}]至"


@dataclass(frozen=True)
class TimeWords:
    kinds: dict[str, str]
    values: dict[str, str]
    by_kind: dict[str, tuple[str, ...]]  # kind → its words, longest first (asked for per figure: made once)

    def of(self, kind: str) -> tuple[str, ...]:
        return self.by_kind.get(kind, ())


def _make_words() -> TimeWords:
    kinds: dict[str, str] = {}
    values: dict[str, str] = {}
    pairs: dict[tuple[str, str], None] = {}  # a word may have several kinds (回顾: lead and reviewed); its first is its kind
    for word, kind, *value in read_tsv("time_words.tsv"):
        kinds.setdefault(word, kind)
        values.setdefault(word, value[0] if value else "")
        pairs[(word, kind)] = None
    by_kind: dict[str, list[str]] = {}
    for word, kind in sorted(pairs, key=lambda p: len(p[0]), reverse=True):
        by_kind.setdefault(kind, []).append(word)
    return TimeWords(kinds, values, {kind: tuple(ws) for kind, ws in by_kind.items()})


_WORDS_ONCE: Final = Once(_make_words)


def words() -> TimeWords:
    return _WORDS_ONCE.get()


def _alt(items: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in items)


def _make_pattern() -> re.Pattern:
    w = words()
    year_words = _alt(w.of("year") + w.of("scope"))
    part = _alt(w.of("part"))

    def year(n: str) -> str:
        # 三年内, 两年内: a span of years counted, not the year in scope (年内)
        return rf"(?:(?P<{n}>\d{{4}})\s?年(?:度)?|(?<![\d{CN_QUANTITY_CHARS}])(?P<{n}w>{year_words}))"

    def months(p: str) -> str:
        return (rf"(?:(?P<{p}m1>\d{{1,2}}|{FIRST_MONTH})\s?(?:(?:月\s?)?{SEP}(?P<{p}m2>\d{{1,2}}|{CN_MONTH})\s?)?月(?:份|末|底)?(?:(?P<{p}d>\d{{1,2}})\s?日(?:{SEP}(?P<{p}d2>\d{{1,2}})\s?日)?)?"
                rf"|(?<![提超])前(?P<{p}mn>{COUNT})个?月|(?P<{p}part>{part})"  # not 提前3个月: a span saved
                rf"|(?P<{p}q1>[{QUARTERS}])至(?P<{p}q2>[{QUARTERS}])季度)")

    # a deadline (年底前, 6月底前, 2027年前) is the time it ends: 前 not opening a count (前三季度, 前10个月)
    deadline = rf"(?:前(?![\d{CN_QUANTITY_CHARS}]))?"
    dated = (rf"{year('y1')}(?:\s?{months('a')})?(?:{SEP}{year('y2')}(?:\s?(?P<m3>\d{{1,2}})\s?月(?:份)?)?)?"
             rf"(?P<edge>以来|至今|年底|年末|年初|初|底|末|全年|同期)?{deadline}")  # 2020年全年: the year, said whole; 去年同期: of that year
    # 2021—2025年: a span of years that writes 年 once, after the second; 2023上半年: a year glued to a part of it
    span = rf"(?P<r1>\d{{4}}){SEP}(?P<r2>\d{{4}})\s?年(?:度)?(?P<redge>以来|初|底|末)?"
    glued = rf"(?P<g>\d{{4}})\s?(?P<gpart>{part})"
    # “十三五”期末 (its last year), “十三五”前4年 / 头4年 (its first years), “十三五”后两年 (its last years),
    # “十四五”开局, “十三五”发展良好开局, “十二五”实现良好开局 (its first year: 做好“十四五”开局工作, 确保“十二五”
    # 实现良好开局, a report's plan for the year: probe35 云南 2011)
    plan = (rf"[{QUOTES}]?(?P<plan>{_alt(w.of('plan'))})[”\"]?(?:规划)?"
            rf"(?:(?P<pedge>期间|时期|期末|期初|以来|末|初|(?:实现)?(?:发展)?(?:良好)?开局)|(?:前|头)(?P<phead>{COUNT})个?年|后(?P<ptail>{COUNT})个?年)?")
    since = rf"(?P<since>{_alt(w.of('since'))})以来"
    past = (rf"(?:(?<!即将)过去的?|近|这)\s?(?P<past>{COUNT})\s?年(?:来|间|以来)?|(?:今后|未来)\s?(?P<next>{COUNT})\s?年"
            rf"|(?P<within>{COUNT})\s?年内"
            rf"|(?P<past2>{COUNT})\s?年(?:来|以来)|(?P<ago>{COUNT})\s?年前"
            # 这是城市综合实力显著提升的五年，…: a span gone by, judged, opening a review's paragraph (its figures' time;
            # no figure's period: period.py)
            rf"|这是[^，,。；;：:！？“”\n\d]{{2,24}}?的(?P<judged>{COUNT})\s?年(?=[，,])")
    same = rf"(?P<same>{_alt(w.of('same'))})"
    # 今年春节期间, “双11”期间, 2025年国庆中秋假期: a holiday with its edge, the year before it if written
    holiday = (rf"(?:{year('hy')}\s?)?[{QUOTES}]?(?P<holiday>{_alt(w.of('holiday'))})[”\"]?"
               rf"(?:{_alt(w.of('holiday_edge'))})")
    return recache.compile(f"(?:{span}|{glued}|{holiday}|{dated}|{months('b')}{deadline}|{plan}|{since}|{past}|{same})")


_PATTERN_ONCE: Final = Once(_make_pattern)


def pattern() -> re.Pattern:
    return _PATTERN_ONCE.get()


OPENING_KINDS = ("year", "scope", "plan", "since", "part", "same", "holiday")  # the kinds of words a match can open with
QUOTES = "“\""  # the quotes a plan's or a holiday's word may stand in (“十四五”时期, “双11”期间)
QUOTED_KINDS = ("plan", "holiday")  # the kinds of words the shapes above allow a quote before
DIGITS = "0123456789"
OPENING_CHARS = DIGITS + CN_QUANTITY_CHARS + "过近这今未前第" + QUOTES  # what else it can open with (the shapes above)


def _make_start_pattern() -> re.Pattern:
    """A character class of every character a match of `pattern()` can open with (a number, a time word's
    first character, an opening quote): searched first, so the full pattern is tried only there."""
    return recache.compile(_start_class())


_START_PATTERN_ONCE: Final = Once(_make_start_pattern)


def start_pattern() -> re.Pattern:
    return _START_PATTERN_ONCE.get()


def _start_chars() -> set[str]:
    """Every character a match of `pattern()` can open with."""
    w = words()
    return {x[0] for kind in OPENING_KINDS for x in w.of(kind)} | set(OPENING_CHARS) | {FIRST_MONTH_WORD}


def _start_class() -> str:
    """start_pattern()'s character class, as written."""
    return "[" + "".join(re.escape(c) for c in sorted(_start_chars())) + "]"


def _make_opener() -> re.Pattern:
    r"""`start_pattern()`, but a digit only where a time can open at it (most digits are figures, 增长5.6%).

    Every shape of `pattern()` that opens with a digit is a year, month, span or count of years (`\d{4}\s?年`,
    `\d{1,2}\s?月`, `\d{4}` and a link, a year glued to a part, `COUNT\s?年…`) or a time word opening with
    one (618期间): one to four digits, spaces, then 年, 月, a link of SEP, a part's first character or
    a numeral of COUNT; or the word. So where neither follows a digit, the pattern cannot match there. Every
    other character only where `_can_open` holds: search_from tries the pattern at each place it finds."""
    w = words()
    openers = [x for kind in OPENING_KINDS for x in w.of(kind)]
    after = set("年月" + SEP_CHARS + CN_QUANTITY_CHARS) | {x[0] for x in w.of("part")}
    guard = ["(?=" + r"\d{0,3}\s*[" + "".join(re.escape(c) for c in sorted(after)) + "])"]
    guard += [f"(?<={re.escape(x[0])})(?={re.escape(x[1:])})" for x in openers if x[:1].isdigit()]
    # the other characters only where `_can_open` holds (a word's second character, a count of years or a range of
    # quarters after a numeral), so the regex engine passes over the rest in C. One alternative a character, each
    # opening with it: the engine then scans for those characters only (a class would make it try at every one)
    alone, pairs = openings()
    count_rest = rf"{COUNT_CLASS}{{0,{COUNT_MAX - 1}}}\s?年"  # COUNTED's count of years after its first numeral
    alternatives = []
    for c in sorted(_start_chars()):
        if c in DIGITS:
            alternatives.append(re.escape(c) + "(?:" + "|".join(guard) + ")")
            continue
        if c in alone:
            alternatives.append(re.escape(c))
            continue
        ahead = ["[" + "".join(sorted(re.escape(p[1]) for p in pairs if p[0] == c)) + "]"] \
            if any(p[0] == c for p in pairs) else []
        ahead += [count_rest] if c in CN_QUANTITY_CHARS else []
        ahead += ["至"] if c in QUARTERS else []
        if ahead:
            alternatives.append(re.escape(c) + "(?=" + "|".join(ahead) + ")")
    return recache.compile("|".join(alternatives))


_OPENER_ONCE: Final = Once(_make_opener)


def opener() -> re.Pattern:
    return _OPENER_ONCE.get()


def _make_openings() -> tuple[frozenset[str], frozenset[str]]:
    """(characters a match may open with on their own, first two characters of the longer words it may open
    with): at a character of start_pattern() that is only a word's first (全 of 全年, 明 of 明年, 国 of 国庆),
    the full pattern can match only where the word's second character follows. A numeral is neither: it opens
    one only before what `counted()` matches (most are a name's: 一批, 三大, 十项)."""
    w = words()
    words_ = [x for kind in OPENING_KINDS for x in w.of(kind)]
    alone = frozenset(OPENING_CHARS) - frozenset(QUOTES + CN_QUANTITY_CHARS) | {x for x in words_ if len(x) == 1}
    # 元至6月, 元月至6月: 元 opens a time only before 月 or a range link, never an amount's 元
    first_month = {FIRST_MONTH_WORD + c for c in "月" + SEP_CHARS}
    # “十四五”, “双11”期间: a quote opens a time only before a plan's or a holiday's word (most quotes open names)
    quoted = {q + x[0] for q in QUOTES for kind in QUOTED_KINDS for x in w.of(kind)}
    return alone, frozenset(x[:2] for x in words_ if len(x) > 1) | first_month | quoted


_OPENINGS_ONCE: Final = Once(_make_openings)


def openings() -> tuple[frozenset[str], frozenset[str]]:
    """`_make_openings()`'s (characters opening a time alone, first two characters of the longer words): with
    CN_QUANTITY_CHARS, every place `match_at` tries the pattern at (`_can_open`)."""
    return _OPENINGS_ONCE.get()


def _make_counted() -> re.Pattern:
    return recache.compile(COUNTED)


_COUNTED_ONCE: Final = Once(_make_counted)


def counted() -> re.Pattern:
    return _COUNTED_ONCE.get()


def _can_open(text: str, at: int, end: int, alone: frozenset[str], pairs: frozenset[str]) -> bool:
    """Whether a time can open at text[at] (a character of start_pattern()): one that opens one alone, a word's
    first two characters, or a numeral before a count of years or a range of quarters."""
    c = text[at]
    return c in alone or text[at:at + 2] in pairs \
        or c in CN_QUANTITY_CHARS and counted().match(text, at, end) is not None


def search_from(text: str, start: int, end: int, stop: int = -1) -> Iterator[re.Match[str]]:
    """The time expressions in text[start:end], each tried only where one can open; with `stop`, only those opening
    before it (each still matched up to `end`: the first ones of the search to `end`, the rest not searched)."""
    pat, opens = pattern(), opener()
    pos = start
    while True:
        o = opens.search(text, pos, end)
        if o is None or 0 <= stop <= o.start():
            return
        at = o.start()  # where `_can_open` holds: the opener tests it
        m = pat.match(text, at, end)
        if m is None or m.end() == m.start():
            pos = at + 1
            continue
        yield m
        pos = m.end()


def match_at(text: str, pos: int, end: int) -> re.Match[str] | None:
    """`pattern().match(text, pos, end)`, not tried where no time can open (a character that opens none, or only a
    word's first where the word's second does not follow: `search_from`'s test): most clauses open with none."""
    alone, pairs = openings()
    if pos >= end or not _can_open(text, pos, end, alone, pairs):
        return None
    return pattern().match(text, pos, end)


class Interval(NamedTuple):
    start: str
    end: str

    def iso(self) -> str:
        return self.start if self.start == self.end else f"{self.start}/{self.end}"

    @property
    def first_year(self) -> int:
        return int(self.start[:4])

    @property
    def last_year(self) -> int:
        return int(self.end[:4])

    @property
    def years(self) -> int:
        return self.last_year - self.first_year + 1


def new_interval(start: str, end: str) -> Interval:
    """`Interval(...)` made without the NamedTuple's `__new__` (interpreted Python, which a compiled caller pays for
    at every figure's time, about 4,700 instructions): the same tuple of the same class."""
    return tuple.__new__(Interval, (start, end))


def year_interval(first: int, last: int | None = None) -> Interval:
    end = last if last is not None else first
    # str() for a year of four digits (every year the texts name), the padded format only for another
    return new_interval(str(first) if 1000 <= first <= 9999 else f"{first:04d}",
                        str(end) if 1000 <= end <= 9999 else f"{end:04d}")


def _count(s: str) -> int:
    return int(s) if s.isdigit() else cn_ordinal(s)


def _year(m: re.Match, n: str, ref: int | None, scope: int | None) -> int | None:
    return _year_of(m.group(n), m.group(n + "w"), ref, scope)


def _year_of(digits: str | None, word: str | None, ref: int | None, scope: int | None) -> int | None:
    """`_year` of a year's two groups, read by the caller: its digits (2025), else its word (今年, 全年)."""
    if digits:
        return int(digits)
    if not word:
        return None
    w = words()
    if w.kinds[word] == "year":
        return None if ref is None else ref + int(w.values[word])
    return scope if scope is not None else ref


MONTH_GROUPS = tuple(p + g for p in ("a", "b") for g in ("m1", "m2", "d", "d2", "mn", "part", "q1", "q2"))


def _months(m: re.Match) -> tuple[int, int, str | None, str | None] | None:
    """(first month, last month, day, last day) of the months part, if any (its groups are a… after a year, b…
    alone; 11月1日至5日 has a last day). The groups read by one call (a call each is a method call by name)."""
    groups = m.group(*MONTH_GROUPS)
    for i in (0, 8):
        m1, m2, d, d2, mn, part, q1, q2 = groups[i:i + 8]
        if m1:
            first = 1 if m1.startswith(FIRST_MONTH_WORD) else int(m1)
            return first, _count(m2) if m2 else first, d, d2
        if mn:
            return 1, _count(mn), None, None
        if part:
            a, b = words().values[part].split("/")
            return int(a), int(b), None, None
        if q1:
            return 3 * _count(q1) - 2, 3 * _count(q2), None, None
    return None


def part_of_year(m: re.Match) -> bool:
    """Whether a time names months of a year, not a whole year (上半年, 一季度, 1—6月, 2024年上半年)."""
    return _months(m) is not None


def bare_months_end(m: re.Match) -> int | None:
    """The last month of a match that names months of a year but no year (1-11月, 前三季度, 上半年), else None."""
    if m.group("y1") or m.group("y1w") or m.group("y2") or m.group("y2w"):
        return None
    months = _months(m)
    return months[1] if months is not None and 1 <= months[0] <= months[1] <= 12 else None


RESOLVE_GROUPS = ("same", "plan", "pedge", "phead", "ptail", "r1", "r2", "holiday", "hy", "hyw", "g", "gpart", "since",
                  "past", "past2", "judged", "next", "within", "ago", "y1", "y1w", "y2", "y2w", "m3", "edge")


def resolve(m: re.Match, ref: int | None, scope: int | None = None, past_end: int | None = None) -> Interval | None:
    """The interval a match of `pattern()` names; None when it needs a year that is not known or is `同期`. (The
    groups are read by one call: a call each is a method call by name, about 700 instructions.)"""
    w = words()
    scope = scope if scope is not None else ref
    (same, plan, pedge, phead, ptail, r1, r2, holiday, hy, hyw, g, gpart, since, past, past2, judged, next_, within,
     ago, y1d, y1w, y2d, y2w, m3, edge) = m.group(*RESOLVE_GROUPS)
    if same:
        return None
    if plan:
        a, b = (int(y) for y in w.values[plan].split("/"))
        if pedge in ("末", "期末"):
            return year_interval(b)
        if pedge in ("初", "期初") or (pedge or "").endswith("开局"):  # “十三五”发展良好开局: its first year
            return year_interval(a)
        if phead or ptail:
            n = _count(phead or ptail)
            if not 1 <= n <= b - a + 1:
                return year_interval(a, b)
            return year_interval(a, a + n - 1) if phead else year_interval(b - n + 1, b)
        if pedge == "以来" and ref is not None:
            return year_interval(a, max(a, min(ref, b)))
        return year_interval(a, b)
    if r1:
        return year_interval(int(r1), int(r2))
    if holiday:
        year = _year_of(hy, hyw, ref, scope) if hy or hyw else scope
        return None if year is None else year_interval(year)
    if g:
        first, last = words().values[gpart].split("/")
        return new_interval(f"{g}-{first}", f"{g}-{last}")
    if since:
        return None if ref is None else year_interval(int(w.values[since]), ref)
    for span_years in (past, past2, judged):
        if span_years:
            n = _count(span_years)
            if ref is None or n < 1:
                return None
            end = ref - 1 if past_end is None else past_end  # a report given in December: its own year too
            return year_interval(end - n + 1, end)
    if next_ or within:  # 今后三年, 未来五年; 三年内: the years from the document's on
        n = _count(next_ or within)
        return None if ref is None or n < 1 else year_interval(ref, ref + n - 1)
    if ago:
        return None if ref is None else year_interval(ref - _count(ago))
    y1 = _year_of(y1d, y1w, ref, scope) if y1d or y1w else scope
    if y1 is None:
        return None
    months = _months(m)
    y2 = _year_of(y2d, y2w, ref, scope) if y2d or y2w else None
    if y2 is not None:
        if m3 and months:
            return new_interval(f"{y1:04d}-{months[0]:02d}", f"{y2:04d}-{int(m3):02d}")
        return year_interval(y1, y2)
    if edge in ("以来", "至今"):
        return None if ref is None else year_interval(y1, max(ref, y1))
    if months is None:
        return year_interval(y1)
    a, b, d, d2 = months
    if not (1 <= a <= b <= 12):
        return year_interval(y1)
    if d and a == b:
        day = f"{y1:04d}-{a:02d}-{int(d):02d}"
        return new_interval(day, f"{y1:04d}-{a:02d}-{int(d2):02d}" if d2 and int(d2) > int(d) else day)
    return new_interval(f"{y1:04d}-{a:02d}", f"{y1:04d}-{b:02d}")


def find(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The time expressions in text[start:end], left to right: the pattern's finditer (it matches nothing empty:
    its shortest match is two characters), tried only where a time can open (`search_from`)."""
    return search_from(text, start, len(text) if end is None else end)
