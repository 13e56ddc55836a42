"""Number mentions: find them with compiled patterns and read value, unit and qualifier.

A mention is [prefix qualifier] NUMBER [余/多] [magnitude] [余/多] [unit]
[suffix qualifier], where NUMBER is Arabic (with separators and decimals),
Chinese (一百六十七, 十八点五, 两), a vague magnitude (数亿, 上百, 近千万) or
百分之…; ranges (3至5年, 4.5-5%) are one mention. The tables of units and
qualifiers are data (`data/units.tsv`, `data/qualifiers.tsv`); nothing here
decides whether a mention is a figure: see `figures/mentions.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final, Iterable, NamedTuple

from . import recache
from .once import Once
from .data import read_tsv, read_words, word_tuple
from .numerals import is_year, BIG_UNITS, DIGITS, SMALL_UNITS, exact, parse_number

CN_DIGIT = "零〇一二两三四五六七八九"
# The characters of a list joint and a range link, which open a match of JOINT or RANGE_LINK after a space at most
# (\s: str.isspace): most numbers are followed by none, and a test of one character spares them the regex call
# (`may_open`).
JOINT_OPENS = "、和与及"
RANGE_OPENS = "至到—–-~～"  # (— also twice: ——)
JOINT = recache.compile(rf"\s?[{JOINT_OPENS}]\s?")  # 三、五年: a unit written once for two numbers
RANGE_LINK = recache.compile(rf"\s?(?:——|[{re.escape(RANGE_OPENS)}])\s?")


def may_open(text: str, pos: int, end: int, opens: str) -> bool:
    """Whether a match of JOINT (`opens` JOINT_OPENS) or RANGE_LINK (RANGE_OPENS) may start at text[pos]: one of
    `opens` or a space stands there (each opens with an optional `\\s`, then one of `opens`)."""
    if pos >= end:
        return False
    ch = text[pos]
    return ch in opens or ch.isspace()


MAGNITUDE_CHARS = "十百千万亿"
# What may follow a Chinese numeral that is part of a figure (it needs a unit or a magnitude, read_number):
# a magnitude, 余/多, a space, a range link or a list joint (三至五年, 三、五年), or a unit's first character.
CN_FOLLOWERS = " 万亿余多至到—–-~～、和与及"
# A Chinese numeral: its first character, then the rest (more numeral characters, then 点 and digits).
BIG = "".join(BIG_UNITS)  # 万亿: the magnitudes that open a section of a numeral
CN_INSIDE = f"{CN_DIGIT}十百千"  # what the rest may hold before 点
# 万 or 亿 inside a numeral only when a section of its own follows (三万二千人, 两亿三千万元, 一万零五百): 三万一线
# is 三 and 万; a numeral is never a magnitude of its own (十万, 三亿), which read_number reads after it
CN_REST = f"[{CN_INSIDE}]*(?:[{BIG}](?=[{CN_DIGIT}]{{1,2}}[十百千])[{CN_INSIDE}]+)*(?:点[{CN_DIGIT}]+)?"
# A numeral never starts right after one of CN_INSIDE: the 二 of 十二万 is no number of its own. This also keeps
# the search linear: a run of numeral characters that nothing may follow (增长九九九…九) is scanned from its first
# character only, not again from each of the others (the engine tries every position, each scanning to the end).
# Both core_pattern and start_parts (which reads the numeral's rest exactly as the core pattern does, atomically,
# so it is still a superset of it) open the numeral with it.
# Nor right after a 万 or 亿 inside a numeral (the 二千 of 三万二千): a numeral takes the section after them.
CN_NOT_INSIDE = f"(?<![{CN_INSIDE}])(?<![{CN_INSIDE}][{BIG}])"


# An Arabic number written as broadcast copy says it, 万 or 亿 between its sections: 5万3230.99亿元 (53230.99亿元: the
# section after 万 fills its four places), 1万2千人 (12000 人: 千 is the section's), 3亿2000万元 (the 万 section after
# 亿, read as the number's magnitude). One number, not 5万 and 3230.99亿元. Not a section that is a year (1万2024年).
BROADCAST = r"[1-9]\d{0,3}(?:万\d{4}(?:\.\d+)?(?![\d年])|万[1-9]千|亿\d{1,4}(?=万))"


def cn_followers(units: Iterable[str]) -> str:
    """What may follow a Chinese numeral in a figure, escaped for a character class."""
    return re.escape("".join(sorted(set(CN_FOLLOWERS) | {u[0] for u in units})))


def core_pattern(units: Iterable[str]) -> re.Pattern:
    """The number pattern. A Chinese numeral counts only when followed by what may make it a figure
    (CN_FOLLOWERS or the first character of a unit): 进一步, 统一, 一是 are no numbers. The numeral is an
    atomic group, so it is never shortened to make the lookahead succeed. Ranks (第三, 首位) are read in
    figures/mentions.py."""
    follow = cn_followers(units)
    return recache.compile(
        r"百分之(?P<pc>[零〇一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)"
        rf"|(?P<ar>{BROADCAST}|\d+(?:,\d{{3}})*(?:\.\d+)?)"
        rf"|(?P<cn>{CN_NOT_INSIDE}(?>(?:[{CN_DIGIT[2:]}十]|零(?=点)){CN_REST})(?=[{follow}]))"
        r"|(?P<vq>[数上近几逾超]|(?<!打)破)(?=[十百千万亿])"  # cn: not 零部件, but 零点五; vq: 突破千亿元 and 破百亿元 as 超千亿元
        rf"|(?P<mq>{CN_NOT_INSIDE}(?<![\d万亿])(?=[百千万]余))"  # 千余家, 百余个, 万余人: a magnitude and 余
    )


# The decimal digits (what \d matches: str.isdecimal) within ranges of a character class: 0-9, the other scripts' digits
# of the BMP (U+0660…U+1C59, U+A620…U+ABF9), the full-width ones and every character past the BMP. A superset, for the
# class that opens `start_parts`: `[\d百千…]` makes the regex engine test the digit category and then each character of
# the class in turn at every character it skips; ranges and characters alone are one lookup in a table of the BMP. Each
# alternative after the class checks its own character by a lookbehind ((?<=\d) for a digit), so the matches are the
# same (tests/test_fast_paths.py checks that every decimal digit of the running Python's Unicode is in it).
DIGIT_RANGES = "0-9\u0660-\u1c59\ua620-\uabf9\uff10-\uff19\U00010000-\U0010ffff"


def start_parts(units: Iterable[str]) -> tuple[str, list[str]]:
    """Where a match of `core_pattern` may start: (a character class's characters, alternatives after it).

    `[CLASS](?:ALT|ALT…)` matches at every p where the core pattern matches, within any bounds: 百分之…, a
    digit, a Chinese numeral followed (after more numeral characters) by what may follow one, 数/上/近… before
    a magnitude. The core pattern opens with an alternation of groups, which the regex engine tries at every
    character; a class first lets it skip the others in C. figures.candidates.cue adds the rank cues to it.
    The class is a superset (`DIGIT_RANGES`: every character past the BMP, among them): each alternative checks
    by a lookbehind that its own character opens it.
    """
    cn = CN_DIGIT[2:] + "十零"
    return rf"{DIGIT_RANGES}百千万{cn}数上近几逾超破", [r"(?<=\d)", r"(?<=百)分之",
                                         rf"(?<=[{cn}])(?<![{CN_INSIDE}].)(?<![{CN_INSIDE}][{BIG}].)(?>{CN_REST})[{cn_followers(units)}]",
                                         r"(?<=[数上近几逾超])(?=[十百千万亿])", r"(?<=破)(?<!打破)(?=[十百千万亿])",
                                         r"(?<=[百千万])(?=余)"]


def start_pattern(units: Iterable[str]) -> re.Pattern:
    chars, alternatives = start_parts(units)
    return recache.compile(f"[{chars}](?:{'|'.join(alternatives)})")


@dataclass(frozen=True)
class Unit:
    surface: str
    unit: str
    kind: str

    def __init__(self, surface: str, unit: str, kind: str) -> None:
        # compiled, unlike the dataclass's own made at run time (~7 k instructions a Unit, 1,500 at every start);
        # the decorator keeps a class's own __init__ (tests/test_fast_paths.py)
        object.__setattr__(self, "surface", surface)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "kind", kind)


class Mention(NamedTuple):
    """A number as written, read. One is made for every number a sentence holds (a NamedTuple: cheap to
    make, read-only, built by keyword: `new_mention`)."""

    start: int  # with the prefix qualifier
    end: int  # with the suffix qualifier
    num_start: int  # the number itself
    value: Decimal
    value_max: Decimal | None
    unit: str
    kind: str  # from the unit table; "" for a bare number
    qualifier: str
    form: str  # arabic | chinese | vague | percent | rank
    magnitude: str  # 万, 亿, 万亿 … as written (may be "")
    unit_surface: str


def new_mention(*, start: int, end: int, num_start: int, value: Decimal, value_max: Decimal | None, unit: str,
                kind: str, qualifier: str, form: str, magnitude: str, unit_surface: str) -> Mention:
    """`Mention(...)` by keyword, made without the NamedTuple's `__new__` (interpreted Python, which a compiled
    caller pays for at every number): the same tuple of the same class, fields in their order."""
    return tuple.__new__(Mention, (start, end, num_start, value, value_max, unit, kind, qualifier, form, magnitude,
                                   unit_surface))


@dataclass(frozen=True)
class UnitTables:
    units: dict[str, Unit]
    unit_lengths: dict[str, tuple[int, ...]]  # first character → lengths of the units it opens, longest first
    blockers: dict[str, tuple[str, ...]]  # unit → longer words that open with it, not units (家庭, 人口)
    prefixes: dict[str, str]
    infixes: dict[str, str]
    suffixes: dict[str, str]
    suffix_lengths: dict[str, tuple[int, ...]]
    prefix_lengths: dict[str, tuple[int, ...]]  # by last character
    core: re.Pattern
    start: re.Pattern  # where a match of core may start (a superset; see start_parts)
    denominators: tuple[str, ...]  # the measures of data/unit_denominators.txt: 每立方米20微克 (per_before)
    per_units: frozenset[str]  # the units per unit units.tsv writes itself (微克/立方米), not composed
    infix_chars: str  # the infix qualifiers (qualifiers.tsv: 余, 多), as one string for `in` and rstrip


def compound_units(units: dict[str, Unit], denominators: Iterable[str]) -> dict[str, Unit]:
    """Add the units per unit (5515.7公斤/公顷, 367.7公斤每亩): a measure or money unit of the table, then `/` or
    `每`, then a denominator of data/unit_denominators.txt, written as canon/canon (千克/公顷). Rows the table
    writes itself (微克/立方米) stay as written."""
    out = dict(units)
    for d in denominators:
        d_canon = units[d].unit if d in units else d
        for s, u in units.items():
            if u.kind not in ("measure", "money") or "/" in u.unit:
                continue
            for link in ("/", "每"):
                if s + link + d not in out:  # (setdefault would make the Unit even when the row is there)
                    out[s + link + d] = Unit(s + link + d, u.unit + "/" + d_canon, u.kind)
    return out


def tables() -> UnitTables:
    """The unit and qualifier tables and the number patterns (made once: `once.Once`)."""
    return _TABLES.get()


def _make_tables() -> UnitTables:
    denominators = read_words("unit_denominators.txt")
    rows = read_tsv("units.tsv")
    units = compound_units({s: Unit(s, u, k) for s, u, k in rows}, denominators)
    quals: dict[str, dict[str, str]] = {"prefix": {}, "infix": {}, "suffix": {}}
    for word, position, qualifier in read_tsv("qualifiers.tsv"):
        quals[position][word] = qualifier
    return UnitTables(units, lengths_index(units), unit_blockers(units, read_words("unit_blockers.txt")),
                  quals["prefix"], quals["infix"], quals["suffix"], lengths_index(quals["suffix"]),
                  lengths_index(quals["prefix"], at=-1), core_pattern(units), start_pattern(units),
                  tuple(sorted((d for d in denominators if d in units and units[d].kind == "measure"), key=len,
                               reverse=True)), frozenset(u for _, u, _ in rows if "/" in u), "".join(quals["infix"]))


_TABLES: Final = Once(_make_tables)


def unit_blockers(units: dict[str, Unit], words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """unit → the blocker words that open with it and are longer (人 → 人口, 人民…), sorted; units with none left
    out. Found from each word's shorter openings (a few per word), not by trying every word against every unit
    (1,500 units × 140 words at every start)."""
    found: dict[str, list[str]] = {}
    for w in words:
        for k in range(1, len(w)):
            if w[:k] in units:
                found.setdefault(w[:k], []).append(w)
    return {u: tuple(sorted(found[u])) for u in units if u in found}


def lengths_index(words: Iterable[str], at: int = 0) -> dict[str, tuple[int, ...]]:
    """first (at=-1: last) character → the lengths of the words it opens (closes), longest first."""
    lengths: dict[str, set[int]] = {}
    for w in words:
        found = lengths.get(w[at])
        if found is None:  # (setdefault would make a set for every word)
            found = lengths[w[at]] = set()
        found.add(len(w))
    return {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}


def _longest(text: str, pos: int, table: dict, lengths: dict[str, tuple[int, ...]], end: int) -> str:
    """The longest key of `table` at text[pos:], within `end`; "" when none."""
    if pos >= end:
        return ""
    for n in lengths.get(text[pos], ()):
        if pos + n <= end and text[pos:pos + n] in table:
            return text[pos:pos + n]
    return ""


def _space(text: str, pos: int, end: int) -> int:
    return pos + 1 if pos < end and text[pos] == " " else pos


def _prefix(text: str, start: int, t: UnitTables, floor: int) -> tuple[int, str]:
    # a space may stand between the word and the number (超过 90%, a PDF's text; 近 1.3 万元, a page's spacing)
    at = start - 1 if start - 1 > floor and text[start - 1] == " " else start
    for n in t.prefix_lengths.get(text[at - 1], ()) if at > floor else ():
        s = at - n
        if s >= floor and text[s:at] in t.prefixes:
            return s, t.prefixes[text[s:at]]
    return start, ""


def prefix_before(text: str, at: int, floor: int = 0) -> tuple[int, str]:
    """(where a prefix qualifier ending at `at` starts, its qualifier), else (at, ""): 接近 of 接近翻一番, read before
    the doubling verb by the figures stage."""
    return _prefix(text, at, tables(), floor)


def _unit_after(text: str, pos: int, end: int, t: UnitTables, mags: str) -> tuple[str, str, int]:
    """Best (magnitude, unit surface, position after) reading of what follows a number.

    A magnitude character may belong to a unit (12万千瓦时: 千瓦时 is the unit),
    so every split is tried: the longest unit wins, then the longest magnitude.
    """
    best = ("", "", pos)
    best_key = -1  # len(unit) * 8 + (k - pos): the unit's length first, then the magnitude's (at most 3 characters)
    m_end = pos
    while m_end < end and text[m_end] in mags and m_end - pos < 3:
        m_end += 1
    units, lengths, blockers = t.units, t.unit_lengths, t.blockers
    for k in range(m_end, pos - 1, -1):
        q = k
        infix = ""
        qi = _space(text, q, end)
        if qi + 1 < end and text[qi] in t.infix_chars and text[qi + 1] not in "万亿":
            infix = text[qi]  # 4万多场, 160多个, 60 多项
            q = qi + 1
        q2 = _space(text, q, end)
        unit = _longest(text, q2, units, lengths, end)
        u_end = q2 + len(unit)
        if unit and not infix and u_end + 1 < end and text[u_end] in t.infix_chars:
            joined = unit + text[u_end + 1:min(end, u_end + 8)]
            whole = _longest(joined, 0, units, lengths, len(joined))
            if len(whole) > len(unit):  # 8个多月, 两个多小时: 多 inside 个月, more than 8 months (probe40)
                infix, u_end, unit = text[u_end], u_end + 1 + len(whole) - len(unit), whole
        if infix and not unit and k == pos:
            continue  # 余/多 with neither magnitude nor unit is read as a suffix later
        if unit in blockers and text.startswith(blockers[unit], q2) and not _unit_then_noun(text, q2 + len(unit), t):
            unit = ""  # 家庭, 人口, 项目: a noun that opens with a measure word
        key = len(unit) * 8 + (k - pos)  # (an int, not a tuple made and compared per split)
        if key > best_key:
            best, best_key = (text[pos:k] + infix, unit, u_end if unit else q), key
    return best


def _unit_then_noun(text: str, at: int, t: UnitTables) -> bool:
    """Whether a noun that opens with a measure word stands at `at`, right after a unit whose blocker it made: the
    unit is one then (20个人口大县: 个 + 人口, not 个人; 5个人才驿站)."""
    u = _longest(text, at, t.units, t.unit_lengths, len(text))
    return bool(u) and u in t.blockers and text.startswith(t.blockers[u], at)


# two neighbouring numerals, then at most a small magnitude (两三, 三四十, 五六百; 三五: three to five), read as a range
ADJACENT = recache.compile("([一两二三四五六七八])([两二三四五六七八九])([十百千]?)")


def per_before(text: str, start: int, unit_surface: str, t: UnitTables, floor: int) -> tuple[int, Unit | None]:
    """(where `每` starts, the unit per unit) when `每` and a denominator of data/unit_denominators.txt that is a
    measure stand right before a number of a measure, and the unit per unit is one units.tsv writes itself, a unit
    of its own (每立方米20微克 = 20微克/立方米); else (start, None). Not a composed one: 单产每公顷4582公斤 keeps
    每公顷 in its name (the spec: per-unit phrases belong to the indicator); nor for whom or how often (每人1万元,
    每人每月405元: 元, the 每-words light)."""
    for d in t.denominators:
        s = start - len(d) - 1
        if s >= floor and text[s] == "每" and text.startswith(d, s + 1):
            per = t.units.get(unit_surface + "每" + d)
            return (s, per) if per is not None and per.unit in t.per_units else (start, None)
    return start, None


def _value(form: str, digits: str, magnitude: str) -> Decimal:
    base = parse_number(digits) if digits else Decimal(1)
    if not magnitude:
        return base  # parse_number's values are exact already
    if form != "vague" and any(c in BIG_UNITS for c in digits):
        return parse_number(digits + magnitude)  # 两亿三千 + 万, 3亿2000 + 万: the magnitude is the last section's
    mag = Decimal(1)
    for ch in magnitude:
        if ch in BIG_UNITS:
            mag *= BIG_UNITS[ch]
        elif ch in SMALL_UNITS:
            mag *= SMALL_UNITS[ch]
    return exact(base * mag)


MAX_SHARED = 12  # the longest list of numbers read for a unit written once after the last


def next_item(text: str, after: int, end: int, t: UnitTables) -> tuple[Decimal, str, str, str, str, str, int] | None:
    """The reading (read_number) of the number right after a list joint at `after` (三、五年; 0.4个和0.1个百分点),
    None when no joint and number follow."""
    joint = JOINT.match(text, after, end) if may_open(text, after, end, JOINT_OPENS) else None
    at = joint.end() if joint else 0
    references = word_tuple("gap_references.txt") if joint else ()
    if references and text.startswith(references, at):
        # 高于全国0.7、全省2.3个百分点: the next gap's reference, then its number
        at += max(len(w) for w in references if text.startswith(w, at))
    nxt = t.core.match(text, at, end) if joint else None
    if nxt is None or nxt.lastgroup not in ("ar", "cn"):
        return None
    try:
        return read_number(text, nxt, end, t)
    except (ValueError, ArithmeticError):
        return None


def read_number(text: str, m: re.Match, end: int, t: UnitTables) -> tuple[Decimal, str, str, str, str, str, int] | None:
    """(value, form, magnitude, unit surface, infix qualifier, digits, position after) of one number."""
    pos = m.end()
    group = m.lastgroup  # the branch that matched: pc, ar, cn, vq or mq
    assert group is not None
    if group == "pc":
        return parse_number(m.group("pc")), "percent", "", "%", "", m.group("pc"), pos
    form = "arabic" if group == "ar" else "chinese" if group == "cn" else "vague"
    digits = m.group(group).replace(",", "") if form != "vague" else ""  # vq, mq: the magnitude alone
    infix = ""
    q = pos
    qi = _space(text, q, end)
    if form != "vague" and qi + 1 < end and text[qi] in t.infix_chars and text[qi + 1] in "万亿":
        infix = text[qi]  # 3000余万, 300 多万
        q = qi + 1
    q = _space(text, q, end)
    mags = MAGNITUDE_CHARS if form != "chinese" else "万亿"
    magnitude, unit, after = _unit_after(text, q, end, t, mags)
    if form == "vague" and not magnitude.rstrip(t.infix_chars):
        return None
    if magnitude and magnitude[-1] in t.infix_chars:
        infix = infix or magnitude[-1]
        magnitude = magnitude[:-1]
    if not magnitude and not unit:
        after = pos + (1 if infix else 0)
        if pos < end and text[pos] in t.infix_chars and not infix:
            infix, after = text[pos], pos + 1
    value = _value(form, digits, magnitude)
    return value, form, magnitude, unit, infix, digits, after


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every number mention in text[start:end], left to right, with ranges joined."""
    end = len(text) if end is None else end
    t = tables()
    out: list[Mention] = []
    pos = start
    while True:
        s = t.start.search(text, pos, end)  # the same as core.search, sooner: core is tried only where it may match
        if s is None:
            break
        at = s.start()
        m = t.core.match(text, at, end)
        if m is None:
            pos = at + 1
            continue
        num_end = m.end()  # the match's offsets read once (a method call each from compiled code)
        try:
            read = read_number(text, m, end, t)
        except (ValueError, ArithmeticError):
            read = None
        if read is None:
            pos = num_end
            continue
        value, form, magnitude, unit_surface, infix, digits, after = read
        qualifier = t.infixes.get(infix, "") if infix else ""
        mention_start, prefix_q = _prefix(text, at, t, start)
        if form == "vague":
            prefix_q = {"近": "under", "几": "over"}.get(m.group("vq"), "over")
            # 突破千亿元: the verb whole, as 突破1000亿元; 破百亿元 alone (投资破百亿元大关) is the verb itself
            mention_start = at - 1 if m.group("vq") == "破" and at > start and text[at - 1] == "突" else at
        value_max = None
        if form == "chinese" and (pair := ADJACENT.fullmatch(digits)) is not None \
                and (DIGITS[pair.group(2)] == DIGITS[pair.group(1)] + 1 or pair.group(1, 2) == ("三", "五")):
            # 两三年, 三四个, 三五千人: two neighbouring numerals are a range, not one number of two digits (23)
            value = _value(form, pair.group(1) + pair.group(3), magnitude)
            value_max = _value(form, pair.group(2) + pair.group(3), magnitude)
        # range: 3至5年, 4.5-5%, 100万元至300万元
        link = RANGE_LINK.match(text, after, end) if may_open(text, after, end, RANGE_OPENS) else None
        if link:
            m2 = t.core.match(text, link.end(), end)
            if m2 and m2.lastgroup in ("ar", "cn"):
                try:
                    read2 = read_number(text, m2, end, t)
                except (ValueError, ArithmeticError):
                    read2 = None
                if read2 and read2[3] and (not unit_surface or read2[3] == unit_surface):
                    v2, _, mag2, unit2, infix2, _, after2 = read2
                    if not unit_surface and not magnitude and mag2:
                        value = _value(form, digits, mag2)
                    value_max, unit_surface, after = v2, unit2, after2
                    magnitude = magnitude or mag2
        at_line_start = at == 0 or text[at - 1] == "\n"  # 二、2022年: a heading label
        if unit_surface and form != "vague" and not at_line_start:
            # 分别回落0.4个和0.1个百分点: a measure word that the next item's unit opens is that unit, written once
            # (分别低3.2个、25.9个、6.7个百分点: past items that write the same measure word)
            later = after
            for _ in range(MAX_SHARED):
                shared = next_item(text, later, end, t)
                if shared is None or shared[2] != magnitude:
                    break
                if len(shared[3]) > len(unit_surface) and shared[3].startswith(unit_surface):
                    unit_surface = shared[3]
                    break
                if shared[3] != unit_surface:
                    break
                later = shared[6]
        if magnitude and not unit_surface and form != "vague" and not at_line_start:
            # 分别出口134.8亿、37.2亿、27.1亿元: a unit written once after the last of the same magnitude
            later = after
            for _ in range(MAX_SHARED):
                shared = next_item(text, later, end, t)
                if shared is None or shared[2] != magnitude:
                    break
                if shared[3]:
                    unit_surface = shared[3]
                    break
                later = shared[6]
        if not unit_surface and not magnitude and form != "vague" and not at_line_start:
            # 三、五年; 29.3、15、8.7个百分点: the unit and magnitude written once, after the last bare number
            later = after
            for _ in range(MAX_SHARED):
                shared = next_item(text, later, end, t)
                if shared is None or shared[2] or shared[3]:
                    break
                later = shared[6]
            if shared and shared[3] and not (shared[3] == "年" and is_year(shared[0])):
                magnitude, unit_surface = shared[2].rstrip(t.infix_chars), shared[3]
                value = _value(form, digits, magnitude)
        if not qualifier or form == "vague":
            qualifier = prefix_q or qualifier
        elif prefix_q:
            qualifier = prefix_q
        suffix = _longest(text, _space(text, after, end), t.suffixes, t.suffix_lengths, end)
        if suffix in ("多", "余", "强") and not (magnitude and not unit_surface or unit_surface in ("倍", "番")):
            suffix = ""  # 14亿多, 2倍多; but 23个多跨场景: 多 opens the next word
        if suffix:
            after = _space(text, after, end) + len(suffix)
            qualifier = t.suffixes[suffix] or qualifier
        unit = t.units[unit_surface] if unit_surface else None
        if unit is not None and unit.kind == "measure" and "/" not in unit.unit \
                and mention_start > start:
            mention_start, per = per_before(text, mention_start, unit_surface, t, start)
            unit = per or unit
        if unit_surface == "成":  # 三成 = 30 per cent
            value = exact(value * 10)
            value_max = exact(value_max * 10) if value_max is not None else None
        out.append(new_mention(
            start=mention_start, end=after, num_start=at, value=value, value_max=value_max,
            unit=unit.unit if unit else "", kind=unit.kind if unit else "", qualifier=qualifier, form=form,
            magnitude=magnitude, unit_surface=unit_surface,
        ))
        pos = max(after, num_end)
    return out
