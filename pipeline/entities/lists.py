"""Lists written with 、: where their items are, and when the items are places.

The names of a list that 等 closes before a place noun (满洲里、二连浩特…等重点口岸), or whose last name
carries a zone ending (向海、莫莫格、哈泥保护区), are places. `_comma_lists` finds the lists for the other
rules that read them (orgs._listed_orgs, persons._project_lists).
"""
from __future__ import annotations

from typing import Iterable, Sequence

from ..records import Entity
from .tables import LIST_MARK, NAME_TAGS, SEPARATORS, Token, _names, _org_words, _word_list


ITEM_OPENERS = frozenset("v vd vn p c d ad".split())  # LAC tags of the word before a list's first name


def _comma_lists(text: str, tokens: Sequence[Token]) -> Iterable[tuple[list[tuple[int, int]], list[int], str,
                                                                       tuple[int, str] | None]]:
    """The lists of a sentence written with 、: for each, the spans of its items up to its last mark (the first
    opens after the last verb, preposition or punctuation before the first mark), the marks, the text after
    the last mark to the end of the phrase, and the first closer of list_closers.txt (等) in it, as (offset in
    that text, closer), or None."""
    closers = _word_list("list_closers.txt")
    s0, e0 = tokens[0].start, tokens[-1].end
    marks = [k for k in range(s0, e0) if text[k] == LIST_MARK]
    closed = [t.start for t in tokens if t.word in closers and t.tag == "u"]  # 等 closes its list (round 24)

    def ended(a: int, b: int) -> bool:
        """Whether a separator or a closer written as a word stands between a and b: the list ended there."""
        return SEPARATORS.search(text, a, b) is not None or any(a <= c < b for c in closed)

    for k in marks:
        if k - 1 >= s0 and text[k - 1] == LIST_MARK or any(m < k and not ended(m + 1, k) for m in marks):
            continue  # not the first mark of its list
        # the list: from its first name to its last mark (段振方、王允琳、高惠民等22位老同志…到市中区、…: two lists)
        seps, pos = [k], k + 1
        while True:
            nxt = SEPARATORS.search(text, pos, e0)
            if nxt is None or text[nxt.start()] != LIST_MARK or any(pos <= c < nxt.start() for c in closed):
                break
            seps.append(nxt.start())
            pos = nxt.end()
        phrase_end = nxt.start() if nxt else e0
        first = next((t for t in reversed(tokens) if t.end <= k and (t.tag in ITEM_OPENERS or
                      (t.tag == "w" and t.word != "—"))), None)
        start = first.end if first else s0
        bounds = [start] + [m + 1 for m in seps]
        tail = text[seps[-1] + 1:phrase_end]
        closer = next(((i, c) for i in range(len(tail)) for c in closers if tail.startswith(c, i)), None)
        yield [(a, b) for a, b in zip(bounds, seps)], seps, tail, closer


NOUN_PHRASE_TAGS = frozenset("n nz nw s m q a an vn f LOC ORG".split())  # LAC tags of a noun phrase's words


def _names_places(text: str, tokens: Sequence[Token], start: int) -> bool:
    """Whether the noun phrase at start (the recognizer's words up to the first that is no noun, number or
    modifier) ends in a place's or zone's ending, or its opening words in a zone's (重点口岸, 特色宜居片区,
    15个景区, 特色园区 of 特色园区能级; not 核心指标, 高速 of 高速公路续建项目), which makes the names before 等
    places."""
    from ..placelabel import ending_kind, tables

    end, zone, opening = start, tables().zone_suffix, False
    for t in tokens:
        if t.start == end and t.tag in NOUN_PHRASE_TAGS:
            end = t.end
            z = zone.search(text, start, end)  # a zone's opening words: 特色园区 of 特色园区能级
            opening = opening or (z is not None and z.end() == end)
    phrase = text[start:end]
    z = zone.search(phrase)
    return bool(phrase) and (opening or ending_kind(phrase, whole=True) in ("generic", "feature")
                             or (z is not None and z.end() == len(phrase)))


def _listed_places(text: str, tokens: Sequence[Token], ents: list[Entity],
                   word_tag=lambda w: None) -> tuple[list[Entity], set[Entity]]:
    """The names of a list of places are places: names separated by 、 that a closer of list_closers.txt
    (等) ends, where the phrase after it ends in a place's or zone's ending (满洲里、二连浩特、甘其毛都、策克、
    满都拉等重点口岸; 华苑—南站、新梅江、柳林、西站等特色宜居片区), or whose last name carries such an
    ending (向海、莫莫格、哈泥保护区: the names before it). A name the recognizer took for a person or cut
    into pieces becomes one place (LOC unless the gazetteer knows it); a name that is already a whole entity,
    or a common word of jieba's dictionary, is left as it is; a level written as a word of its own before an item
    is no part of it (市 + 宿马园区; 市经开区 names nothing: round 23); an item that ends in a post (person_titles.txt:
    县委副书记) names an office, no place (round 25). Returns the entities and the places added."""
    from ..placelabel import ending_kind, place_label, tables

    zone = tables().zone_suffix
    added: set[Entity] = set()
    for items, seps, tail, closer in _comma_lists(text, tokens):
        if closer is not None:
            if not _names_places(text, tokens, seps[-1] + 1 + closer[0] + len(closer[1])):
                continue
            items.append((seps[-1] + 1, seps[-1] + 1 + closer[0]))
        else:
            m = zone.search(tail)
            if m is None or m.start() == 0 or SEPARATORS.search(tail, 0, m.start()):
                continue
            head = (seps[-1] + 1, seps[-1] + 1 + m.start())
            if any(t.tag in ("a", "ad", "an", "m", "d") for t in tokens if head[0] <= t.start and t.end <= head[1]):
                continue  # the last item is a described kind, no name: 全国重要增长极、世界级大都市圈
            if any(t.tag == "PER" and p.end == t.start and p.word.endswith(_names().titles)
                   for p, t in zip(tokens, tokens[1:]) if head[0] <= p.start and t.start < head[1]):
                continue  # a post and a person, no last name: 县委常委、副县长张春根到县工业园 (who went where)
        for a, b in items:
            if any(t.start == a and t.end == a + 1 and _org_words().get(t.word) == "level" for t in tokens):
                a += 1  # 市 + 宿马园区: a level written as a word of its own is no part of a listed name (round 23)
                if zone.fullmatch(text, a, b):
                    continue  # 市 + 经开区: a level's zone, no name
            item = text[a:b]
            if not 2 <= len(item) <= 10 or any(ch.isdigit() for ch in item):
                continue
            if item.endswith(_names().titles):
                continue  # a post (县委副书记、县长、清徐经济开发区党工委书记李福贵: round 25), no place
            if any(x.start == a and x.end == b and x.label != "PERSON" for x in ents):
                continue
            inner = sorted((x for x in ents if a <= x.start and x.end <= b), key=lambda x: x.start)
            if len(inner) > 1 and inner[0].start == a and inner[-1].end == b \
                    and all(x.label == "GPE" and ending_kind(x.text) == "admin" for x in inner) \
                    and all(y.start == x.end for x, y in zip(inner, inner[1:])):
                continue  # divisions written whole together (九江市 + 都昌县): a county of its city, two places; not 洛阳 + 龙门
            if word_tag(item) not in (None, *NAME_TAGS):
                continue
            if any(x.start < a < x.end or x.start < b < x.end for x in ents):
                continue  # part of a longer entity
            if any(a <= t.start and t.end <= b and (t.tag in ("u", "m", "p", "c") or
                                                    t.tag in ("v", "vn") and t.end - t.start > 1) for t in tokens):
                continue  # a phrase, not a name: 长江经济带发展, 台州的基尼系数
            place = Entity(item, place_label(item), a, b)
            ents = [x for x in ents if not (a <= x.start and x.end <= b)] + [place]
            added.add(place)
    return sorted(ents, key=lambda x: x.start), added


def _listed_divisions(text: str, ents: list[Entity]) -> list[Entity]:
    """A natural feature's name that is also a province's or a city's (landforms.tsv and the gazetteer: 黑龙江 the
    river and the province, 黄山 the mountains and the city), listed with 、 right beside a GPE, is the division
    (河北、黑龙江、福建、广西; 黄山、池州、安庆: round 24), as a county's short name listed among rivers is the river
    (zones._waters); not a county's (东湖 and 东湖区 of 南昌: 武汉东湖、襄阳、宜昌3家高新区 stays LOC)."""
    from ..placelabel import gazetteer, tables

    landforms, gaz = tables().landforms, gazetteer()
    out = list(ents)
    for i, x in enumerate(ents):
        place = gaz.resolve(x.text) if x.label == "LOC" and x.text in landforms else None
        if place is None or place.level not in ("province", "prefecture"):
            continue  # 东湖 of 武汉东湖、襄阳、宜昌3家高新区: the lake's zone, not 东湖区 (a district of another city)
        before = ents[i - 1] if i > 0 else None
        after = ents[i + 1] if i + 1 < len(ents) else None
        if (before is not None and before.label == "GPE" and before.end + 1 == x.start and text[before.end] == LIST_MARK) \
                or (after is not None and after.label == "GPE" and x.end + 1 == after.start and text[x.end] == LIST_MARK):
            out[i] = Entity(x.text, "GPE", x.start, x.end)
    return out
