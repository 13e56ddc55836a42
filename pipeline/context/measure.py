"""Measure: the canonical name of a figure's indicator from the catalogue `measures.tsv`.

The indicator is matched against every way of writing a measure, the longest first (人均地区生产总值 before
地区生产总值, 城镇居民人均可支配收入 before 居民人均可支配收入). The match counts when the figure's kind is one the
measure takes (a rank or a multiple of a measure always is), and no blocker (`measure_blockers.txt`: 占, 比重,
限额以上, 城镇…; and the names of foreign countries, cities, regions and bodies, world_places.tsv, regions.tsv,
organisations.tsv: 对东盟进出口, 欧盟进出口) stands in the indicator outside the matched name: a share, a part or a
variant is not the measure.

The catalogue is the spec's table and the project's own measures (森林覆盖率, 税收收入…: measures.tsv's last column
`extended`). Every one is matched, so that a name holding an extended measure is never read as a spec measure it
contains; the measure column writes an extended one only when asked (`written`, --measures extended).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Final, Sequence

from .. import recache
from ..once import Memo, Once
from ..data import read_tsv, read_words, table
from ..records import Figure

ALWAYS = frozenset({"rank", "ratio"})
EXTENDED = "extended"  # measures.tsv's last column for the project's own measures (the spec's: spec)


@dataclass(frozen=True)
class Measure:
    name: str
    kinds: frozenset[str]
    national: str  # the name for a figure about the whole country ("" = the same)


@dataclass(frozen=True)
class Catalogue:
    extended: frozenset[str]  # the names (and national names) of the project's own measures, not the spec's
    by_alias: dict[str, Measure]
    whole: dict[str, Measure]  # names that count only as the whole indicator (=经济)
    pattern: re.Pattern  # every alias, longest first
    blockers: tuple[str, ...]
    homes: tuple[str, ...] = ()  # China's own names in world_places.tsv (内蒙古): a blocker inside one (蒙古) is none


def _key(text: str) -> str:
    """Indicators and aliases compared after NFKC, without spaces (ＧＤＰ, PM2.5 浓度) and without the underscore a
    page's subscript leaves in its text (PM_2.5)."""
    return "".join(unicodedata.normalize("NFKC", text).split()).replace("_", "")


def _make_catalogue() -> Catalogue:
    by_alias: dict[str, Measure] = {}
    whole: dict[str, Measure] = {}
    extended: set[str] = set()
    for name, kinds, aliases, national, scope in read_tsv("measures.tsv"):
        measure = Measure(name, frozenset(kinds.split(",")), national)
        if scope == EXTENDED:
            extended.update(n for n in (name, national) if n)
        for alias in {name, *aliases.split("|")}:
            if alias.startswith("="):
                whole.setdefault(_key(alias[1:]), measure)
            else:
                by_alias.setdefault(_key(alias), measure)
    ordered = sorted(by_alias, key=lambda a: (-len(a), a))  # the same pattern every run (by_alias is filled from sets)
    partners = {r[0] for r in table("world_places.tsv") if r[1] != "home"} | {
        r[0] for name in ("regions.tsv", "organisations.tsv") for r in table(name) if r[1] == "world"}
    homes = tuple(sorted((r[0] for r in table("world_places.tsv") if r[1] == "home"), key=len, reverse=True))
    return Catalogue(frozenset(extended), by_alias, whole, recache.compile("|".join(re.escape(a) for a in ordered)),
                     tuple(sorted(read_words("measure_blockers.txt") | partners, key=len, reverse=True)), homes)


_CATALOGUE_ONCE: Final = Once(_make_catalogue)


def catalogue() -> Catalogue:
    return _CATALOGUE_ONCE.get()


def takes(name: str, kind: str) -> bool:
    """Whether the measure named `name` takes a figure of `kind`: what a measure borrowed from the figure before
    must also pass (增幅连续4年居全国前六: the rank takes 居民人均可支配收入, the duration of the streak does not).
    Memoized (`_TAKES`, a `Memo`: a direct call from compiled code, not an `lru_cache` wrapper's)."""
    return _TAKES.get((name, kind))


def _takes(key: tuple[str, str]) -> bool:
    name, kind = key
    measure = catalogue().by_alias.get(_key(name))
    return measure is not None and (kind in measure.kinds or kind in ALWAYS)


_TAKES: Final = Memo(_takes, 256)


def written(measure: str, extended: bool) -> str:
    """The measure as the measure column writes it: a measure of the project's own catalogue only when `extended`
    (--measures extended), else "" (the spec's catalogue: a figure the spec's table does not name has none)."""
    return measure if extended or measure not in catalogue().extended else ""


def opens_with_a_measure(text: str) -> bool:
    """Whether a way of writing a measure of the catalogue opens `text` (地区生产总值增速; not 都市圈经济总量)."""
    return catalogue().pattern.match(_key(text)) is not None


def measure_of(indicator: str, kind: str, national: bool = False) -> str:
    """The canonical measure an indicator names, or "" (see the module docstring; a pure function of its
    arguments, memoized: a document names the same indicators again and again)."""
    return _MEASURES.get((indicator, kind, national))


def _measure_of(args: tuple[str, str, bool]) -> str:
    """`measure_of`'s reading, of its arguments as one key."""
    indicator, kind, national = args
    cat = catalogue()
    key = _key(indicator)
    if key in cat.whole:
        measure = cat.whole[key]
        if kind in measure.kinds or kind in ALWAYS:
            return measure.national if national and measure.national and REGION not in key else measure.name
        return ""
    best = None
    named: set[str] = set()
    for m in cat.pattern.finditer(key):
        named.add(cat.by_alias[m.group()].name)
        if best is None or len(m.group()) > len(best.group()):
            best = m
    if best is None:
        return ""
    if len(named) > 1 and LISTED in key:
        return ""  # 固定资产投资、社会消费品零售总额增速均排名城区第一: a figure about several measures at once
    measure = cat.by_alias[best.group()]
    if kind not in measure.kinds and kind not in ALWAYS:
        return ""
    outside = key[:best.start()] + "|" + key[best.end():]
    for home in cat.homes:
        if home in outside:
            outside = outside.replace(home, "|")
    if any(b in outside for b in cat.blockers):
        return ""
    before, after = key[:best.start()], key[best.end():]
    if kind == "rank" and LISTED in before and any(len(part) >= LISTED_NAME for part in before.split(LISTED)[:-1]):
        # 财政总收入、一般公共预算收入均保持全省第三: a rank of another indicator listed before it too, as after it
        # below (a rank's name is what is ranked; another figure's may hold a list of places: 东、西两翼经济增速)
        return ""
    if LISTED in after and any(len(part) >= LISTED_NAME for part in after.split(LISTED)[1:]):
        # 社会消费品零售总额、5000万元以上项目投资增速全市第二: about another indicator listed after it too, so not the
        # measure alone
        return ""
    return measure.national if national and measure.national and REGION not in key else measure.name


_MEASURES: Final = Memo(_measure_of)


def wholes_before_parts(text: str, figures: Sequence[Figure], sentences: Sequence[int],
                        part_words: tuple[str, ...]) -> tuple[Figure, ...]:
    """The figures, a total's without its measure where the same sentence goes on with one of its parts
    (`part_words`: 其中) that names the measure more narrowly: 财政收入4012.1亿元，增长9.5%，其中地方财政收入
    2454.2亿元 — 地方财政收入 is the general budget revenue, so the 财政收入 before it is a wider total, not that
    measure (spec: 财政收入 only "when it means this"). Only a total that does not write the measure's own name
    (一般公共预算收入…其中地方一般公共预算收入 in a national report: the nation's total is the measure); `sentences`:
    each figure's sentence start, in the figures' order."""
    out = list(figures)
    for i, f in enumerate(figures):
        key = _key(f.indicator)
        if not f.measure or not key or _key(f.measure) in key:
            continue
        for j in range(i + 1, len(figures)):
            g = figures[j]
            if sentences[j] != sentences[i]:
                break
            part = _key(g.indicator)
            if g.measure == f.measure and len(part) > len(key) and part.endswith(key) \
                    and any(text.find(w, f.end, g.start) >= 0 for w in part_words):
                out[i] = replace(f, measure="")
                break
    return tuple(out)


LISTED_NAME = 4  # the least length of another indicator's name listed with a measure's
LISTED = "、"  # between two measures' names in one indicator: the figure is about both, so about neither alone
REGION = "地区"  # 地区生产总值 as written is a region's, whatever place the figure has (none in a county's report
# whose names a template site replaced with xx): never the nation's 国内生产总值
