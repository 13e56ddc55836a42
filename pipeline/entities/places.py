"""Places with a government (GPE): the tables' and the gazetteer's names the recognizer missed, short forms
and runs of them.

- the names of the tables and the gazetteer's places are added where they open at a word's start
  (衡水 in 均衡水平 is none), longest first, replacing what they overlap;
- a province's one-character short form beside a cue of short_form_cues.tsv is a GPE (驻皖, 晋商, 蒙电入沪);
- cities of one province written by their first characters, in quotes or before 同城化, are one GPE (“襄十”);
- a run of foreign countries' and continents' short forms names each place (欧美日韩 → 欧, 美, 日, 韩);
- a division's name the recognizer took for a person between dashes, a place on the other side, is the place
  (巴林—奈曼/PER—阜新: a project or line named by the places it joins).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .. import recache
from ..records import Entity
from .tables import _before_role, _known, _names, _org_words, Token, _word_list


def _add_names(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """The names of the tables and the gazetteer's places in the sentence, longest first, where they open at a
    word's start (衡水 in 均衡水平 is no place): they replace what they overlap, unless a longer entity holds them."""
    from ..gazetteer import gazetteer
    from ..placelabel import place_label

    names, gaz = _names(), gazetteer()
    s0, e0 = tokens[0].start, tokens[-1].end
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    in_name = [(t.start, t.end) for t in tokens if t.tag in ("LOC", "ORG", "PER", "nz")]

    def aligned(a: int, b: int, table: bool) -> bool:
        inside = lambda p: any(s < p < e for s, e in in_name)  # noqa: E731
        return (a in starts or inside(a)) and (table or b in ends or inside(b))

    at = {m.start: m for m in gaz.find(text, s0, e0)}
    pos = s0
    while pos < e0:
        hit = None
        for n in names.lengths.get(text[pos], ()):
            name = text[pos:pos + n]
            if pos + n > e0 or name not in names.labels:
                continue
            if name in names.enterprises:  # with an enterprise ending written right after it: 中核 + 集团
                ending = next((w for w in names.enterprise_endings if text.startswith(w, pos + n)
                               and pos + n + len(w) <= e0 and aligned(pos, pos + n + len(w), False)), "")
                if ending:
                    hit = Entity(name + ending, "ORG", pos, pos + n + len(ending))
                    break
            if aligned(pos, pos + n, names.labels[name] != "ORG"):
                hit = Entity(name, names.labels[name], pos, pos + n)
                break
        m = at.get(pos)
        if m is not None and (hit is None or m.end > hit.end) and aligned(m.start, m.end, False):
            hit = Entity(m.surface, place_label(m.surface), m.start, m.end)
        if hit is None:
            pos += 1
            continue
        pos = hit.end
        if any(x.start <= hit.start and hit.end <= x.end and x.end - x.start > len(hit.text) for x in ents):
            continue
        if hit.label == "ORG" and _before_role(text, hit.end):
            continue  # 全国人大代表, 政协委员: a role
        if hit.label == "GPE" and _in_role(text, hit):
            continue  # 湖南省 + 委常委: a membership role names neither body nor place (round 21)
        ents = [x for x in ents if not (x.start < hit.end and hit.start < x.end)] + [hit]
    return sorted(ents, key=lambda x: x.start)


def _in_role(text: str, hit: Entity) -> bool:
    """Whether a division's name opens a body named by its level and a membership role after it (湖南省 of
    湖南省委常委, 福州市 of 福州市委常委: org_bodies.tsv, 省委 + 常委; 武汉市 of 武汉市人大代表, a level and a body, 市 +
    人大 + 代表: round 23; a region written without its level before its body, 西藏 of 西藏党委常委: round 28), which the
    sets leave untagged whole."""
    from .orgs import _level_bodies
    from .tables import _bodies

    at = hit.end - 1
    return any(text.startswith(b, at) and _before_role(text, at + len(b)) for b in _level_bodies()) \
        or _org_words().get(text[at]) == "level" \
        and any(text.startswith(b, at + 1) and _before_role(text, at + 1 + len(b)) for b in _bodies()) \
        or any(text.startswith(b, hit.end) and _before_role(text, hit.end + len(b)) for b in _bodies())


@lru_cache(maxsize=1)
def _short_form_cues() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the one-character cues before a short form, the cues after one) of short_form_cues.tsv."""
    from ..data import table

    rows = table("short_form_cues.tsv")
    return frozenset(c for c, side in rows if side == "before"), tuple(c for c, side in rows if side == "after")


def _short_forms(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A province's one-character short form next to a cue of short_form_cues.tsv is a GPE: after 驻 留 回 来
    赴 入 援 访 (驻皖, 留鄂回鄂来鄂, 来华), also where the recognizer made one word of it (驻津解放军); before 商
    or 电入 (晋商, 楚商, 蒙电入沪), where a mention of the two (楚商, 蒙电) is replaced by the short form."""
    from ..placelabel import china_abbreviations

    abbr = china_abbreviations()
    before, after = _short_form_cues()
    taken = [(x.start, x.end) for x in ents]
    for t in tokens:
        if t.tag in ("LOC", "ORG", "PER", "w"):
            continue
        for k in range(t.start, t.end):
            if text[k] in before and k + 1 < len(text) and text[k + 1] in abbr \
                    and not any(s <= k + 1 < e for s, e in taken):
                if k + 1 == t.end:  # the cue ends this word: the short form must be a word of its own
                    nxt = next((u for u in tokens if u.start == t.end), None)
                    if nxt is None or nxt.end - nxt.start != 1 or k > t.start:
                        continue  # nor the cue the end of a longer word: 推进 + 中, 稳中有进、进中向好 (round 24)
                ents.append(Entity(text[k + 1], "GPE", k + 1, k + 2))
    for t in tokens:
        k = t.start
        cue = next((c for c in after if text.startswith(c, k + 1)), "")
        if text[k] not in abbr or not cue:
            continue
        if any(x.start <= k < x.end and (x.start < k or x.end > k + 1 + len(cue)) for x in ents):
            continue  # inside a longer name: 浙商银行
        ents = [x for x in ents if not (x.start <= k < x.end)] + [Entity(text[k], "GPE", k, k + 1)]
    return sorted(ents, key=lambda x: x.start)


STATIONED_CUE = "驻"  # 驻 and a short form: the place where bodies are stationed (驻皖, 驻津解放军)


@lru_cache(maxsize=1)
def _stationed_words() -> tuple[str, ...]:
    """The words of short_form_cues.tsv (side stationed) that name bodies stationed in a place, longest first."""
    from ..data import table

    return tuple(sorted((c for c, side in table("short_form_cues.tsv") if side == "stationed"), key=len, reverse=True))


def _stationed(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """After 驻, a province's one-character short form followed by a word that names bodies stationed there
    (short_form_cues.tsv, side stationed: 各 中直 中央 单位 解放军 …) is a GPE, also where the recognizer joined it
    to them (驻吉各中直单位: 吉各/n; 驻宁解放军: 宁解放军/LOC; 驻辽中央单位: 辽中央/LOC, not the district 辽中); what
    it made of the two is dropped, and an organisation of the tables written right after it is an ORG (解放军)."""
    from ..placelabel import china_abbreviations

    abbr, units, names = china_abbreviations(), _stationed_words(), _names()
    s0, e0 = tokens[0].start, tokens[-1].end
    for k in range(s0, e0 - 2):
        if text[k] != STATIONED_CUE or text[k + 1] not in abbr:
            continue
        unit = next((w for w in units if text.startswith(w, k + 2)), None)
        if unit is None:
            continue
        org = next((text[k + 2:k + 2 + n] for n in names.lengths.get(text[k + 2], ())
                    if names.labels.get(text[k + 2:k + 2 + n]) == "ORG"), None)
        found = [Entity(text[k + 1], "GPE", k + 1, k + 2)]
        if org is not None:
            found.append(Entity(org, "ORG", k + 2, k + 2 + len(org)))
        if all(f in ents for f in found):
            continue
        end = found[-1].end
        ents = [x for x in ents if x not in found and not (x.start < end and k + 1 < x.end
                                                           and not (x.start >= k + 2 and x.end > end))] + found
        ents.sort(key=lambda x: x.start)
    return ents


@lru_cache(maxsize=1)
def _city_openers() -> dict[str, frozenset[str]]:
    """Each character that opens the name of a prefecture-level city → the provinces of those cities (places.tsv)."""
    return {c: frozenset(p for p, _ in v) for c, v in _city_opener_cities().items()}


@lru_cache(maxsize=1)
def _city_opener_cities() -> dict[str, frozenset[tuple[str, str]]]:
    """Each character that opens a prefecture-level city's name (places.tsv) or is its conventional short form
    (city_short_forms.tsv: 汉 of 武汉) → the (province, city) pairs it stands for (荆 → 荆州, 荆门)."""
    from ..data import table
    from ..gazetteer import gazetteer

    out: dict[str, set[tuple[str, str]]] = {}
    by_name = gazetteer().by_name.values()
    for p in by_name:
        if p.level == "prefecture":
            out.setdefault(p.name[0], set()).add((p.province, p.name))
    provinces = {p.name: p.province for p in by_name if p.level == "prefecture"}
    for c, city in table("city_short_forms.tsv"):
        if city in provinces:
            out.setdefault(c, set()).add((provinces[city], city))
    return {c: frozenset(v) for c, v in out.items()}


@lru_cache(maxsize=1)
def _city_run_pattern() -> re.Pattern:
    """A run of two to four ideographs in quotes, or before a word of city_run_cues.txt (同城化)."""
    from ..data import alternation

    return recache.compile(r"(?<=“)[\u4e00-\u9fff]{2,5}(?=”)|[\u4e00-\u9fff]{2,5}(?=%s)"
                      % alternation(_word_list("city_run_cues.txt")))


NUMERALS = frozenset("一二三四五六七八九十百千万两")
PHRASE_END = recache.compile(r"[，。；：！？]")  # a run's phrase: a region noun there makes it a region (city_run_regions.txt)  # a slogan's count opens it (“三新”, “两山”): no run of cities


def _same_province(run: str, openers: dict[str, frozenset[str]]) -> bool:
    """Two to five characters, each opening a city of one province, a character written twice only where it opens
    two cities there (“宜荆荆襄”: 荆州, 荆门; “武鄂黄黄咸”: 黄石, 黄冈)."""
    if not 2 <= len(run) <= 5 or run[0] in NUMERALS:
        return False
    common = None
    for c in run:
        common = openers.get(c, frozenset()) if common is None else common & openers.get(c, frozenset())
    cities = _city_opener_cities()
    return any(all(run.count(c) <= sum(1 for p, _ in cities.get(c, ()) if p == province) for c in set(run))
               for province in common or ())


def _city_runs(text: str, tokens: Sequence[Token], ents: list[Entity], word_tag=lambda w: None) -> list[Entity]:
    """Cities of one province written by their first characters, run together, in quotes or before a word of
    city_run_cues.txt (同城化), are one GPE (“襄十” of 襄阳 and 十堰, 芜马同城化 of 芜湖 and 马鞍山): two to five
    characters, each opening a prefecture-level city of the same province or its short form (city_short_forms.tsv:
    汉), the first no numeral (“三新” is a slogan's count), that make no word of jieba's dictionary and are no part
    of another name. Before a region noun in the same phrase (city_run_regions.txt: 城市群, 走廊) the run names
    the cities' region, a LOC (“宜荆荆恩”城市群)."""
    openers = _city_openers()
    s0, e0 = tokens[0].start, tokens[-1].end
    starts = {t.start for t in tokens}
    found = []
    for m in _city_run_pattern().finditer(text[s0:e0]):
        a, b = s0 + m.start(), s0 + m.end()
        run = text[a:b]
        quoted = a > 0 and text[a - 1] == "“"
        for k in range(a, b - 1):  # before a cue: the shortest run that closes at the cue (芜马 of 加快芜马同城化)
            if quoted:
                break
            if k in starts and _same_province(text[k:b], openers):
                a, run = k, text[k:b]
                break
        if not (a in starts or quoted) or not _same_province(run, openers) \
                or word_tag(run) not in (None, "j") or _known(run) \
                or any(x.start < b and a < x.end and x.label != "PERSON" and not (a <= x.start and x.end <= b)
                       for x in ents):
            continue
        phrase = PHRASE_END.split(text[b:e0], maxsplit=1)[0]
        found.append(Entity(run, "LOC" if any(w in phrase for w in _word_list("city_run_regions.txt")) else "GPE", a, b))
    if not found:
        return ents
    ents = [x for x in ents if not any(x.start < f.end and f.start < x.end for f in found)]
    return sorted(ents + found, key=lambda x: x.start)


@lru_cache(maxsize=1)
def _foreign_short_forms() -> dict[str, str]:
    from ..data import table

    out = {r[0]: "GPE" for r in table("abbreviations.tsv") if r[2] == "world"}
    out.update((r[0], "LOC") for r in table("continent_short_forms.tsv"))
    return out


def _foreign_runs(ents: list[Entity]) -> tuple[list[Entity], set[Entity]]:
    """A mention that is a run of two to four short forms of foreign countries and continents, at least one of
    them a country's (欧美日韩, 日韩, 美欧), names each place: one entity a character (欧 LOC; 美, 日, 韩 GPE). Runs
    of China's divisions (港澳, 京津) stay one GPE, as the guidelines say."""
    from ..placelabel import not_entity, tables

    forms, world = _foreign_short_forms(), tables().world  # 蒙古 is one country, not 蒙 and 古
    out, split = [], set()
    for x in ents:
        if 2 <= len(x.text) <= 4 and all(c in forms for c in x.text) and x.text not in world \
                and not not_entity(x.text) and "GPE" in (forms[c] for c in x.text):
            parts = [Entity(c, forms[c], x.start + i, x.start + i + 1) for i, c in enumerate(x.text)]
            out += parts
            split.update(parts)
        else:
            out.append(x)
    return out, split


COUNTED_PLACES = recache.compile(r"[两二三四五六七八九](?:省市区|省区市|省市|省区|地|省|市|方)")  # 三地, 四省市: places just named, counted


@lru_cache(maxsize=1)
def _short_form_run() -> re.Pattern:
    """A run of two to five short forms of China's divisions (abbreviations.tsv, scope china)."""
    from ..placelabel import china_abbreviations

    return recache.compile("[%s]{2,5}" % re.escape("".join(sorted(china_abbreviations()))))


def _counted_runs(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """Short forms of divisions run together and then counted (粤港澳三地, 沪苏浙皖四地, 川渝两地), or before a word of
    run_cues.txt (苏陕协作, 闽宁协作), name those
    divisions: the run is one entity, labelled as a place (粤港澳 GPE, 京津冀 LOC: a region of regions.tsv), and
    what the recognizer made of it and the count (粤港澳三地政府/LOC; 沪苏 + 浙皖) goes."""
    from ..placelabel import is_abbreviation_run, place_label

    s0, e0 = tokens[0].start, tokens[-1].end
    for m in _short_form_run().finditer(text, s0, e0):
        a, b = m.start(), m.end()
        if not is_abbreviation_run(m.group()) \
                or not (COUNTED_PLACES.match(text, b) or text.startswith(_word_list("run_cues.txt"), b)) \
                or any(x.label == "ORG" and x.start < a < x.end for x in ents) \
                or not COUNTED_PLACES.match(text, b) and any(x.start < b and a < x.end and (x.start < a or x.end > b)
                                                              for x in ents):
            continue  # inside a body's name; before a cue, inside any longer name (宁河京津合作示范区)
        run = Entity(m.group(), place_label(m.group()), a, b)
        if run in ents:
            continue
        ents = sorted([x for x in ents if not (x.start < b and a < x.end)] + [run], key=lambda x: x.start)
    return ents


DASHES = "—–-－"  # the dashes that join the places a line or a project runs through (巴林—奈曼—阜新)


def _dashed_places(text: str, ents: list[Entity]) -> list[Entity]:
    """A PERSON of the recognizer whose name the gazetteer knows as a division, written between a dash and a
    place (巴林—奈曼/PER—阜新 500千伏输变电工程), is that place: places joined by dashes name the ends and stops of
    a line or project (round 23, blind 18)."""
    from ..gazetteer import gazetteer
    from ..placelabel import place_label

    out = list(ents)
    for i, e in enumerate(out):
        if e.label != "PERSON" or gazetteer().resolve(e.text) is None:
            continue
        before = i > 0 and out[i - 1].label == "GPE" and out[i - 1].end + 1 == e.start and text[e.start - 1] in DASHES
        after = i + 1 < len(out) and out[i + 1].label == "GPE" and e.end + 1 == out[i + 1].start \
            and text[e.end] in DASHES
        if before or after:
            out[i] = Entity(e.text, place_label(e.text), e.start, e.end)
    return out
