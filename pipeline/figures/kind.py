"""Kind: what sort of quantity a figure is, where its unit does not say (a bare number, days)."""
from __future__ import annotations

from ..numbers import Mention
from .words import words


def kind_of(kind: str, unit: str, indicator: str, m: Mention) -> str:
    """The kind of a figure: its unit's kind, but a rank is a rank, 优良天数 a count, a bare number a
    ratio (…比, 系数), a measure (…指数, 得分) or a count by what it measures."""
    w = words()
    if m.form == "rank":
        return "rank"
    if unit in w.of("day_unit") and (indicator.endswith(w.of("day_count_suffix"))
                                     or any(x in indicator for x in w.of("day_count_word"))):
        return "count"
    if not unit:
        if indicator.endswith(w.of("ratio_suffix")):
            return "ratio"
        if indicator.endswith(w.of("measure_suffix")):
            return "measure"
        return "count"
    return kind
