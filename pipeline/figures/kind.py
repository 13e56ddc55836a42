"""Kind: what sort of quantity a figure is, where its unit does not say (a bare number, days)."""
from __future__ import annotations


from .. import recache
from ..numbers import Mention
from .words import words


PROPORTION = recache.compile(r"\s?[:：∶]\s?\d")  # 2.3∶1: the number is a part of a proportion
PROPORTION_BEFORE = recache.compile(r"\d\s?[:：∶]\s?$")  # 8.3∶41.4: a part after the first


def part_of_proportion(text: str, m: Mention) -> bool:
    """Whether the number is a part after the first of a proportion (the 41.4 and 50.3 of 8.3∶41.4∶50.3)."""
    return PROPORTION_BEFORE.search(text, max(0, m.start - 4), m.start) is not None


def kind_of(kind: str, unit: str, indicator: str, m: Mention, text: str = "") -> str:
    """The kind of a figure: its unit's kind, but a rank is a rank, 优良天数 a count, a bare number a
    ratio (…比, 系数, or a part of a proportion: 2.3∶1, 0.8:55.9:43.4), a measure (…指数, 得分) or a count by
    what it measures."""
    w = words()
    if m.form == "rank":
        return "rank"
    if unit in w.of("day_unit") and (indicator.endswith(w.of("day_count_suffix"))
                                     or any(x in indicator for x in w.of("day_count_word"))):
        return "count"
    if not unit:
        if indicator.endswith(w.of("ratio_suffix")) or PROPORTION.match(text, m.end) or part_of_proportion(text, m):
            return "ratio"
        if indicator.endswith(w.of("measure_suffix")):
            return "measure"
        if m.magnitude and indicator.endswith(w.of("money_suffix")):
            return "money"  # 地区生产总值首次突破1300亿大关: an amount of money, its 元 left out
        return "count"
    return kind
