"""Places: how a place mention is labelled (GPE or LOC), and the places a figure can be about.

Every rule here reads tables of pipeline/data/ and the gazetteer (pipeline/gazetteer.py), so that an
entity's GPE and a figure's place come from the same names and the same rules:

- GPE: a place with a government: a country or territory, a foreign city or state (world_places.tsv),
  China's provinces, prefectures and counties, full or short (places.tsv through the gazetteer, which
  also knows a county without its suffix and ethnic groups: 琼中), a one-character short form
  (abbreviations.tsv: 京 沪 皖 美), a run of them (港澳, 京津, 沪苏浙), or a mention ending with an
  administrative suffix (place_suffixes.tsv, kind admin: 省 市 县 区 乡 镇 村 州 旗 国 …);
- LOC: everything else with a location: world regions and parts of China, city clusters, national
  strategic regions, national-level new areas and free-trade ports (regions.tsv: 长三角 雄安新区 东北亚),
  natural features (landforms.tsv: 长江 泰山 白洋淀), zones named by a place and a zone ending
  (zone_suffixes.txt: 荆门高新区), and mentions with a generic or feature ending (地区 新区 开发区 …
  江 河 湖 山 岛 流域 机场 …).

Tables are checked before endings, regions and landforms before the gazetteer (泰山 the mountain, not
泰山区; 雄安新区 the new area), and the gazetteer's full names before everything (泰山区).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Final, Iterable, Sequence

from .once import Once
from . import recache
from .data import table, words
from .gazetteer import Place, PlaceMatch, gazetteer


@dataclass(frozen=True)
class LabelTables:
    regions: frozenset[str]
    landforms: frozenset[str]
    world: frozenset[str]
    abbreviations: frozenset[str]
    endings: dict[str, str]  # ending → admin | generic | feature
    max_ending: int
    zone_suffix: re.Pattern
    not_entities: frozenset[str]


def tables() -> LabelTables:
    """`_make_tables()`, made once."""
    return _TABLES.get()


def _make_tables() -> LabelTables:
    endings = {e: k for e, k in table("place_suffixes.tsv")}
    endings.update((e, "feature") for e in words("landform_endings.txt"))
    zones = sorted(words("zone_suffixes.txt"), key=len, reverse=True)
    return LabelTables(
        regions=frozenset(r[0] for r in table("regions.tsv") if r[1] != "skip"),
        landforms=frozenset(r[0] for r in table("landforms.tsv")),
        world=frozenset(r[0] for r in table("world_places.tsv")),
        abbreviations=frozenset(r[0] for r in table("abbreviations.tsv")),
        endings=endings,
        max_ending=max(map(len, endings)),
        zone_suffix=recache.compile("|".join(map(re.escape, zones))),
        not_entities=frozenset(words("not_entities.txt")),
    )


_TABLES: Final = Once(_make_tables)


def is_abbreviation_run(text: str) -> bool:
    """港澳, 京津, 沪苏浙, 港澳台: short forms of China's divisions written together (not 德法, 中美)."""
    abbr = china_abbreviations()
    return 2 <= len(text) <= 4 and all(c in abbr for c in text)


def ending(text: str, whole: bool = False) -> str:
    """The longest ending of place_suffixes.tsv that text ends with, else "".

    whole: the text may be the ending itself (else an ending needs a name before it)."""
    t = tables()
    for n in range(min(t.max_ending, len(text) - (0 if whole else 1)), 0, -1):
        if text[-n:] in t.endings:
            return text[-n:]
    return ""


def admin_endings() -> tuple[str, ...]:
    """The endings of divisions with a government (省 市 县 区 …: place_suffixes.tsv, kind admin)."""
    return tuple(e for e, k in tables().endings.items() if k == "admin")


def ending_kind(text: str, whole: bool = False) -> str | None:
    """admin, generic or feature by the longest ending of place_suffixes.tsv, else None."""
    found = ending(text, whole)
    return tables().endings[found] if found else None


ZONE_CHARACTER: Final = "区"  # the one ending that is a district's and a zone's: 滨海新区 is known, 四平新开区 is not


def place_label(text: str) -> str:
    """'GPE' for a place with a government, else 'LOC' (see the module's docstring)."""
    text = text.strip()
    t = tables()
    if len(text) == 1:
        return "GPE" if text in t.abbreviations else "LOC"
    gaz = gazetteer()
    if text in gaz.by_name and text not in t.regions:
        return "GPE"  # a full name of a division: 泰山区, 滨海新区
    if text in t.regions or text in t.landforms:
        return "LOC"
    if text in t.world or gaz.resolve(text) is not None or is_abbreviation_run(text):
        return "GPE"
    zone = t.zone_suffix.search(text)
    if zone is not None and zone.end() == len(text):
        return "LOC"
    if len(text) > 4 and ending(text) == ZONE_CHARACTER:
        return "LOC"  # 毛都口岸互贸区, 四平新开区: a long name in 区 alone (not 自治区) that is no division is a zone
    return "GPE" if ending_kind(text) == "admin" else "LOC"


def china_short_forms() -> dict[str, str]:
    """`_make_china_short_forms()`, made once."""
    return _CHINA_SHORT_FORMS.get()


def _make_china_short_forms() -> dict[str, str]:
    """The one-character short forms of China and its provinces with their full names (abbreviations.tsv):
    粤 → 广东省, 京 → 北京市, 华 → 中国 …"""
    return {c: full for c, full, scope in table("abbreviations.tsv") if scope == "china"}


_CHINA_SHORT_FORMS: Final = Once(_make_china_short_forms)


def china_abbreviations() -> frozenset[str]:
    """`_make_china_abbreviations()`, made once."""
    return _CHINA_ABBREVIATIONS.get()


def _make_china_abbreviations() -> frozenset[str]:
    """The one-character short forms of China and its provinces: 京 沪 皖 港 华 …"""
    return frozenset(china_short_forms())


_CHINA_ABBREVIATIONS: Final = Once(_make_china_abbreviations)




def _street() -> re.Pattern:
    """A street's ending right after a place's name (北京南路, 中山路): the name is the street's (street_endings.txt)."""
    return _STREET.get()


def _make_street() -> re.Pattern:
    ends = sorted(words("street_endings.txt"), key=len, reverse=True)
    return recache.compile(f"[东南西北中]?(?:{'|'.join(map(re.escape, ends))})")


_STREET: Final = Once(_make_street)


def names_a_street(text: str, end: int) -> bool:
    """Whether a street's ending follows a place's name ending at `end` (北京南路, 香港中路街道 in 青岛): the name is
    the street's, no place a figure or a paragraph is about (street_endings.txt)."""
    return _street().match(text, end) is not None


def figure_places(text: str, start: int, end: int, entities: Sequence = (),
                  named: list[PlaceMatch] | None = None) -> list[PlaceMatch]:
    """The places named in text[start:end] that a figure there can be about, left to right.

    The gazetteer's matches, except those inside a longer entity that is not a GPE (佛山 in 千佛山, 长春
    in 长春百克, 黄山 the mountain: a LOC or ORG entity covering them), then the GPE entities the
    gazetteer does not know (美国, 港澳: places of level "other"; a one-character short form such as 晋 in
    晋商 names people or goods of a place, not the place a figure is about), but a country's name written right
    before a zone ending (美丽中国先行区: the layer's GPE inside a programme's title, not a zone of the country)
    names no place a figure is about: the figure stays the document's or region's; nor does a name a street's ending
    follows (北京南路), nor a run of short forms before 协作/合作 (京蒙协作: a partnership, round 22). With no entities it is the
    gazetteer alone (`named`: the gazetteer's names in text[start:end] when already read). The same tables and rules
    label the entities (place_label), so a GPE entity is a figure's place.
    """
    covers = [e for e in entities if e.label != "GPE" and e.start < end and start < e.end]
    street = _street()
    out = [m for m in (gazetteer().find(text, start, end) if named is None else named)
           if not street.match(text, m.end) and not any(e.start <= m.start and m.end <= e.end and (e.end - e.start) > (m.end - m.start)
                      or (e.start, e.end) == (m.start, m.end) for e in covers)]
    out = within_parent(out)
    named_only = len(out)  # the gazetteer's names come left to right: sorted already
    for e in entities:
        if e.label == "GPE" and start <= e.start and e.end <= end and len(e.text) > 1 \
                and not any(k.start < e.end and e.start < k.end for k in out) and not _in_title(text, e) \
                and not _partnership(text, e):
            place = gazetteer().resolve(e.text) or Place("", e.text, "other", "", "")
            out.append(PlaceMatch(e.start, e.end, e.text, place))
    return sorted(out, key=lambda m: m.start) if len(out) > named_only else out


def within_parent(found: list[PlaceMatch]) -> list[PlaceMatch]:
    """A county or district written right after its city (深圳南山区, 南京市江宁区: one address): the county alone, and
    of a name several counties share the one of that city (南山区 after 深圳: 深圳's, not 鹤岗's; probe29); a city
    right after its province (陕西商洛) likewise the city alone."""
    if len(found) < 2:
        return found
    gaz = gazetteer()
    out: list[PlaceMatch] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and prev.end == m.start and prev.place.level == "prefecture" and m.place.level == "county":
            place = gaz.under(m.place, prev.place)
            if place.city == prev.place.name:
                out[-1] = PlaceMatch(m.start, m.end, m.surface, place)
                continue
        if prev is not None and prev.end == m.start and prev.place.level == "province" \
                and m.place.level == "prefecture" and m.place.province == prev.place.name:
            # 陕西商洛、青海西宁 (南京 2021's partner areas, probe37): a city written right after its province, the city
            out[-1] = PlaceMatch(prev.start, m.end, prev.surface + m.surface, m.place)  # one address, as written
            continue
        out.append(m)
    return out


def starts_inside_a_word(text: str, m: PlaceMatch, bounds: tuple[int, int], tag: Callable[..., list]) -> bool:
    """Whether a name found by the gazetteer opens inside a word of its clause text[bounds[0]:bounds[1]] as the
    segmenter cuts it (保定 in 医保定点: 医保/定点; 吉林 in 巴丹吉林沙漠): part of another word, no place. Only a
    name written right after an ideograph can be one; 在吉林, 推动保定发展 and 南京市民 (南京/市民) open a word."""
    if m.start <= bounds[0] or not "\u4e00" <= text[m.start - 1] <= "\u9fff":
        return False
    return not any(w.start == m.start for w in tag(text[bounds[0]:bounds[1]], bounds[0]))


def _partnership(text: str, e) -> bool:
    """Short forms run together before a word of run_cues.txt (京蒙 + 协作, 苏陕 + 协作): a partnership between the
    places, not the place a figure is about (round 22): the figure stays the document's."""
    from .data import words

    return is_abbreviation_run(e.text) and text.startswith(tuple(words("run_cues.txt")), e.end)


def _in_title(text: str, e) -> bool:
    """A country's name right before a zone ending (美丽中国 + 先行区): inside a programme's title."""
    t = tables()
    return e.text in t.world and t.zone_suffix.match(text, e.end) is not None


def world_names() -> frozenset[str]:
    """Countries, territories and foreign cities (world_places.tsv)."""
    return tables().world


def names(kind: str) -> frozenset[str]:
    """The names of one table: regions, landforms or world."""
    return getattr(tables(), kind)


def not_entity(text: str) -> bool:
    return text in tables().not_entities


def all_names() -> Iterable[tuple[str, str]]:
    """(name, label) of every name the tables hold, for dictionary matching in running text."""
    t = tables()
    for n in t.world:
        yield n, "GPE"
    for n in t.regions | t.landforms:
        yield n, "LOC"
