"""Chinese and Arabic numerals → exact Decimal values.

`parse_number("三千余")` is not for qualifiers: callers strip 余/多 first.
Handles 零〇一二两三四五六七八九, 十百千万亿 (and 万亿), 点 for decimals,
Arabic digits with separators, and mixtures such as 1.2万亿, 3千 or, as broadcast copy writes them, 5万3230.99亿
(53230.99亿) and 1万2千.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Final

from . import recache
from .once import Memo

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
          "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
          "九": 9, "玖": 9}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_COUNT_CHARS = "一二三四五六七八九十"  # the numerals of counts and ordinals as written in text (第三, 前十, 三年)
CN_QUANTITY_CHARS = CN_COUNT_CHARS + "两"  # the numerals of quantities: 两 counts (两省, 两年), never ranks
YEAR_CHAR = "年"  # the unit of a count of years (三年内, 五年来)
CN_LABEL_CHARS = CN_QUANTITY_CHARS + "百千零〇"  # the numerals of heading and list labels (第一百零一条, 二〇二五年)
YEARS = (1000, 2100)  # a whole number in this range before 年 is a year, not a duration


def is_year(value: Decimal) -> bool:
    """Whether a number written before 年 names a year (2025年) rather than counting years (5年)."""
    return YEARS[0] <= value <= YEARS[1] and value == value.to_integral()
_ARABIC = recache.compile(r"\d[\d,，]*(?:\.\d+)?|\.\d+")


def plain(d: Decimal) -> str:
    """A Decimal written without exponent and without trailing zeros after the point."""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


def exact(d: Decimal) -> Decimal:
    """The same value as a Decimal whose str() has no exponent and no trailing zeros (163000, 41.2)."""
    return Decimal(plain(d))


def _section(s: str) -> Decimal:
    """A numeral below 万: 三千五百二十, 十八, 2千, 3百五."""
    total = Decimal(0)
    current: Decimal | None = None
    i = 0
    while i < len(s):
        ch = s[i]
        m = _ARABIC.match(s, i)
        if m:
            current = Decimal(m.group().replace(",", "").replace("，", ""))
            i = m.end()
            continue
        if ch in DIGITS:
            # 一二三 written digit by digit (二〇二一) → positional
            current = (current * 10 if current is not None and i > 0 and s[i - 1] in DIGITS else Decimal(0)) + DIGITS[ch]
        elif ch in SMALL_UNITS:
            total += (current if current is not None else Decimal(1)) * SMALL_UNITS[ch]
            current = None
        else:
            raise ValueError(f"not a numeral: {s!r}")
        i += 1
    if current is not None:
        # 三千五 → 3500 (the digit after a unit is one place below it)
        if len(s) >= 2 and s[-2] in SMALL_UNITS and s[-1] in DIGITS and total:
            current *= SMALL_UNITS[s[-2]] // 10
        total += current
    return total


_PLAIN_ARABIC = recache.compile(r"[1-9][0-9]*(?:\.[0-9]*[1-9])?|0\.[0-9]*[1-9]")  # already as exact() writes it


def parse_number(s: str) -> Decimal:
    """Value of a numeral with magnitudes applied: '1.2万亿', '一百六十七万', '十八点五', '3,000'. A pure function of a
    short string, and the same numerals come again and again: kept (`once.Memo`, a native call from compiled code; an
    invalid numeral raises ValueError every time, never kept)."""
    return _PARSED.get(s)


def _parse_number(s: str) -> Decimal:
    if _PLAIN_ARABIC.fullmatch(s):
        return Decimal(s)  # most numbers: 2022, 41.2
    s = s.strip().replace(" ", "")
    if not s:
        raise ValueError("empty numeral")
    if "点" in s:
        whole, _, frac = s.partition("点")
        tail = ""
        while frac and frac[-1] in BIG_UNITS:
            tail = frac[-1] + tail
            frac = frac[:-1]
        digits = "".join(str(DIGITS[c]) if c in DIGITS else c for c in frac)
        if not digits.isdigit():
            raise ValueError(f"not a numeral: {s!r}")
        value = parse_number(whole or "零") + Decimal("0." + digits)
        return exact(value * _magnitude(tail))
    total = Decimal(0)
    top = 0  # the largest magnitude read so far
    # value = Σ section × magnitude, sections split at 万/亿; a magnitude larger than every one before it is of all
    # that comes before it (五万三千亿, 5万3230.99亿: (5万3230.99)亿 = 53230.99亿, not 5万 + 3230.99亿)
    for part, mag in _split_big(s):
        section = _section(part) if part else Decimal(1)
        total = (total + section) * mag if top and mag > top else total + section * mag
        top = max(top, mag)
    return exact(total)


_PARSED: Final = Memo(_parse_number, 4096)


def _magnitude(units: str) -> Decimal:
    m = Decimal(1)
    for ch in units:
        m *= BIG_UNITS[ch]
    return m


def _split_big(s: str) -> list[tuple[str, int]]:
    """'三千二百万五千' → [('三千二百', 10⁴), ('五千', 1)]; '1.2万亿' → [('1.2', 10¹²)]."""
    out: list[tuple[str, int]] = []
    buf = ""
    i = 0
    while i < len(s):
        ch = s[i]
        if ch in BIG_UNITS:
            mag = BIG_UNITS[ch]
            j = i + 1
            while j < len(s) and s[j] in BIG_UNITS:  # 万亿
                mag *= BIG_UNITS[s[j]]
                j += 1
            if buf or not out:
                out.append((buf, mag))
            else:  # 十万亿 written as (十万)亿: the magnitude multiplies the chunk before it
                prev, pmag = out.pop()
                out.append((prev, pmag * mag))
            buf = ""
            i = j
            continue
        buf += ch
        i += 1
    if buf:
        out.append((buf, 1))
    # 一万五 → 15000: a bare digit after 万 is one place below
    if len(out) >= 2 and out[-1][1] == 1 and len(out[-1][0]) == 1 and out[-1][0] in DIGITS and out[-2][1] >= 10_000:
        digit, _ = out.pop()
        out.append((digit, out[-1][1] // 10))
    return out


def cn_ordinal(s: str) -> int:
    """Small ordinals in headings and enumerations: 一 → 1, 十二 → 12, 12 → 12."""
    return int(parse_number(s))
