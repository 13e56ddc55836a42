"""Place: where each figure of a sentence is about, from the places the sentence, paragraph or speech names.

The rules, in order (docs/fields.md, `place`):
- places named between the previous figure and this one are this figure's own (浙江9.8%、福建7.6%);
- with none, a figure keeps the places of the figure before it; the first takes those named before the end
  of its clause (a place named only later in the sentence is about something else);
- in a document with a place of its own, a place named in an earlier clause that is not the sentence's subject
  is one item of a list of achievements, no place of a later clause's figure with a subject of its own
  (`left_behind`);
- a clause that opens with a word of `nation_words.txt` (全国, 我国) and names no place is national: no place,
  unless a word of `nation_titles.txt` makes it an honour (全国文明村镇达到84个: the document's);
- a sentence that names none takes the speech's place, else the place its paragraph is about, seen at the
  level of a home word before the figure (全省 in a paragraph about 绍兴市: 浙江省);
- a source (据杭州海关), a byline (合肥讯) or a company's name (合肥…有限公司) is no place of a figure; a
  region that is not one unit (长三角) is written as named; 在粤 names the province of its short form;
- of several places, a province is dropped when a city inside it is named too, and the speech's own place
  (or its province) gives way to the others named.
The places of a sentence come from `placelabel.figure_places`: the same gazetteer and rules as the entities'.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Callable, Final, Sequence

from ..once import Once
from .. import recache
from ..context import timex
from ..data import alternation, table, word_tuple
from ..gazetteer import Place, PlaceMatch, gazetteer
from ..numbers import Mention
from ..numerals import CN_QUANTITY_CHARS, parse_number
from ..context.measure import opens_with_a_measure
from ..placelabel import (china_short_forms, ending_kind, figure_places, names_a_street, starts_inside_a_word,
                          within_parent)
from ..records import Entity, Structure
from ..bisection import bisect_right_int
from ..scan import last_of
from .clause import Clauses
from .words import CLAUSE_DELIMS, SENTENCE_ENDS, etc_at, patterns, words

SUBJECT_BEFORE: Final = ("", "\n", "，", "。", "；", " ")  # a place after one of these opens a clause: its subject
# a paragraph's subject may open a clause after half-width marks too (copied pages: 今年以来,吴忠市大力实施…)
PARAGRAPH_SUBJECT_BEFORE: Final = SUBJECT_BEFORE + (",", ";")
CLAUSE_MARKS: Final = "，。；\n,;"  # a clause opens after one of these (half-width too)
CLAUSE_MARK: Final = recache.compile(f"[{re.escape(CLAUSE_MARKS)}]")
COUNTED_FIELD: Final = recache.compile(r"\D{0,2}?\d+\s?\w")  # after a place opening a name: a count of what it holds (地区41个)
ITEM_END: Final = recache.compile("[；;]")  # where an item of a sentence's list of achievements ends


def owns(m: PlaceMatch, own: list[str]) -> bool:
    """Whether a place the text names is one of the figure's places `own`, also as the short form names it at home
    (海南 of 海南藏族自治州 in 青海's report: `Gazetteer.at_home`)."""
    if m.place.name in own:
        return True
    gaz = gazetteer()
    return bool(gaz.short_homes) and any(
        (p := gaz.by_name.get(o)) is not None and gaz.at_home(m.surface, m.place, p.province).name == o for o in own)


def without_own_places(name: str, place: str) -> str:
    """An indicator without the places it opens with when they are the figure's own: the place is its own field.
    Taken out: places written with their ending or as a list, with their count (湖南省地区生产总值, 广东、江苏、
    山东三省地区生产总值 → 地区生产总值); a short form before a measure of the catalogue (深圳地区生产总值); a
    name that is only places (广东增长4.1% names nothing); after a 分别 list of places, their count before a
    measure (三市地区生产总值). Kept: a short form opening a name (上海港, 上海标准, 武汉都市圈), a place the figure
    is not about (浙江省道德模范 in a city's text: an honour)."""
    counted = COUNTED_FIELD.match(name, len(place)) if place and name.startswith(place) else None
    if counted is not None:  # 长三角地区41个城市平均优良天数比例: the place and the cities it holds name the field
        return name[counted.end():]
    opening = within_parent(gazetteer().opening(name, words().of("list_joint")))
    own = place.split("、")
    if not opening and place:  # 合肥、南京、杭州三市地区生产总值分别增长…: the list went to the places
        count = patterns().places_count.match(name)
        return name[count.end():] if count and opens_with_a_measure(name[count.end():]) else name
    if not opening or any(not owns(m, own) for m in opening):
        return name
    rest = name[opening[-1].end:]
    if rest and len(opening) == 1 and ending_kind(opening[0].surface) != "admin" \
            and opening[0].surface != opening[0].place.name and not opens_with_a_measure(rest):
        # (a name in full is a division's even when its ending reads as a landform's: 南山区, 山区)
        return name
    count = patterns().places_count.match(rest)  # 三省, 两市
    return without_light_opening(rest[count.end():] if count else rest)


LIGHT_OPENING_MAX: Final = 4  # the longest light word read where a place was taken out


def without_light_opening(name: str) -> str:
    """A name without the light word the place before it left at its head, when a measure of the catalogue
    follows it (肇庆市要实现地区生产总值增长5%左右 → 要地区生产总值 → 地区生产总值); else the name."""
    if opens_with_a_measure(name):
        return name
    light = words().light
    for n in range(1, min(LIGHT_OPENING_MAX, len(name) - 1) + 1):
        if name[:n] in light and opens_with_a_measure(name[n:]):
            return name[n:]
    return name


def nation_tables() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(nation_words.txt, nation_titles.txt) as `word_tuple` reads them, read once (a `Final` list's: no Python-level
    call into `word_tuple`'s cache at each figure and clause)."""
    return _NATION.get()


def _make_nation_tables() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (word_tuple("nation_words.txt"), word_tuple("nation_titles.txt"))


_NATION: Final = Once(_make_nation_tables)


def nation_before(text: str, start: int) -> bool:
    """Whether a word about the whole country stands right before the number (实现了全国3万多个乡镇…通硬化路), and
    not as the reference of a comparison (高于全国0.3个百分点, 优于全国约1个百分点: a gap of the place's own)."""
    nation = nation_tables()[0]
    if not text.endswith(nation, 0, start):
        return False  # most figures: no such word before them
    word = next((w for w in nation if text.endswith(w, max(0, start - len(w)), start)), "")
    if not word:
        return False
    at = start - len(word)
    return not text.endswith(comparing_words(), max(0, at - 4), at)


def home_references() -> tuple[str, ...]:
    """The words after which a home word is a reference, not the figure's level (`places`: share verbs, comparatives,
    ranking verbs and cues), joined once."""
    return _HOME_REFERENCES.get()


def _make_home_references() -> tuple[str, ...]:
    w = words()
    return w.of("share_verb") + comparing_words() + w.of("rank_verb") + w.of("rank_cue")


_HOME_REFERENCES: Final = Once(_make_home_references)


def place_references() -> tuple[str, ...]:
    """The words after which a place is a reference, not what is measured (`about`: share verbs, gaps, and the
    compare words that need no closing word), joined once."""
    return _PLACE_REFERENCES.get()


def _make_place_references() -> tuple[str, ...]:
    w = words()
    needs_close = w.of("compare_needs_close")
    return (w.of("share_verb") + w.of("gap_up") + w.of("gap_down")
            + tuple(c for c in w.of("compare") if c not in needs_close))


_PLACE_REFERENCES: Final = Once(_make_place_references)


def comparing_words() -> tuple[str, ...]:
    """The words that make the place after them a comparison's reference (高于全国, 比全省, 优于全国) or the whole a
    share is of (占全国22.3%): not the figure's own place."""
    return _COMPARING.get()


def _make_comparing_words() -> tuple[str, ...]:
    w = words()
    return w.of("gap_up") + w.of("gap_down") + w.of("compare") + w.of("compare_suffix") + w.of("share_verb")


_COMPARING: Final = Once(_make_comparing_words)


def nation_subjects() -> tuple[str, ...]:
    """The words of nation_subjects.txt (我国): opening a sentence, the whole country is what it goes on about."""
    return _NATION_SUBJECTS.get()


def _make_nation_subjects() -> tuple[str, ...]:
    return word_tuple("nation_subjects.txt")


_NATION_SUBJECTS: Final = Once(_make_nation_subjects)


def _times_at(text: str, pos: int) -> int:
    """How many characters the times opening text[pos:] take (今年“双11”期间: past them)."""
    at = pos
    while (t := timex.match_at(text, at, len(text))) is not None and t.end() > at:
        at = t.end()
    return at - pos


def national(text: str, clause_start: int) -> bool:
    """Whether the clause opens with a word about the whole country (全国, 我国: nation_words.txt) that is not
    part of an honour (全国文明城市, 全国重点实验室: nation_titles.txt): 全国财政收入…, not 全国文明村镇…"""
    pos = clause_start
    while (t := timex.match_at(text, pos, len(text))) is not None and t.end() > pos:  # 今年“双11”期间全国…: past its times
        pos = t.end()
    nation, titles = nation_tables()
    if not text.startswith(nation, pos):
        return False  # most clauses: no word to find
    word = next((w for w in nation if text.startswith(w, pos)), "")
    if not word:
        return False
    after = pos + len(word)
    if text.startswith(words().of("quote_open"), after):
        after += 1  # 全国“百强县”达4个: an honour in quotation marks (probe41 湖南 2024)
    return not text.startswith(titles, after)


def _enterprises() -> dict[str, tuple[str, ...]]:
    """The names of enterprises.tsv (宁德时代, 中国建筑) by their first character, longest first."""
    return _ENTERPRISES.get()


def _make_enterprises() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for row in table("enterprises.tsv"):
        out.setdefault(row[0][0], []).append(row[0])
    return {c: tuple(sorted(ns, key=len, reverse=True)) for c, ns in out.items()}


_ENTERPRISES: Final = Once(_make_enterprises)


DESTINATION_REACH: Final = 24  # 远销俄罗斯、加拿大、台湾: how far a list of places may run after the verb


def after_destination(text: str, m: PlaceMatch, role: str = "destination") -> bool:
    """Whether the place is where something goes (远销俄罗斯、加拿大、台湾等国家和地区, 销往, 出口到): an object of
    the verb, in a list of places right after it; with role `partner`, the place helped (帮扶麻阳县, 帮助龙山县)."""
    lo = max(0, m.start - DESTINATION_REACH)
    seg = text[lo:m.start]
    k = max((seg.rfind(w) + len(w) for w in words().of(role) if w in seg), default=-1)
    return k >= 0 and not any(c in "，,。；;：:！？\n" for c in seg[k:])


def destination_roles_word() -> re.Pattern:
    """`_make_destination_roles_word()`, made once."""
    return _DESTINATION_ROLES_WORD.get()


def _make_destination_roles_word() -> re.Pattern:
    """Any word of the roles `after_destination` reads (relocated_from, destination, partner): where none stands
    within its reach before a place, none of the three holds."""
    w = words()
    found = sorted(set(w.of("relocated_from") + w.of("destination") + w.of("partner")), key=lambda x: (-len(x), x))
    return recache.compile("|".join(map(re.escape, found)))


_DESTINATION_ROLES_WORD: Final = Once(_make_destination_roles_word)


def may_open_event_year(text: str, at: int) -> bool:
    """Whether `event_year` can match at text[at]: it opens with 19, 20 or a white space (its `\\s`, what
    `str.isspace` tells); most places have none of them after them, and the pattern is not tried."""
    c = text[at:at + 1]
    return c in ("1", "2") or c.isspace()


def event_year() -> re.Pattern:
    """`_make_event_year()`, made once."""
    return _EVENT_YEAR.get()


def _make_event_year() -> re.Pattern:
    """A year without 年 (figure_words.tsv `year_unit`) right after a place, then a name: an event's name opens."""
    unit = "".join(words().of("year_unit"))
    return recache.compile(rf"\s?(?:19|20)\d\d(?![\d.{unit}])(?=[\u4e00-\u9fff])")


_EVENT_YEAR: Final = Once(_make_event_year)


def place_anaphor() -> re.Pattern:
    """`_make_place_anaphor()`, made once."""
    return _PLACE_ANAPHOR.get()


def _make_place_anaphor() -> re.Pattern:
    """A count of places (三地, 这两省, 3个省份: figure_words.tsv `place_anaphor`) that refers back to a list."""
    this, nouns, count = (words().of(k) for k in ("place_anaphor_this", "place_anaphor", "place_anaphor_count"))
    return recache.compile(rf"(?:{alternation(this)})?\s?(?P<n>[{CN_QUANTITY_CHARS}]|\d{{1,2}})\s?"
                           rf"(?:{alternation(count)})?"
                           rf"(?:{alternation(nouns)})")


_PLACE_ANAPHOR: Final = Once(_make_place_anaphor)


def listed_before(text: str, start: int, paragraph: "ParagraphPlaces") -> list[PlaceMatch]:
    """西藏、重庆、贵州稳坐经济增速“第一梯队”。三地2016年GDP增速预计分别为11.5%、10.7%和10.5%: a sentence that names no
    place and opens (past its times) with a count of places refers to the list of as many distinct places, joined by
    list joints, that the sentence before it in the paragraph names last; those are its places (none otherwise)."""
    floor = paragraph.start_of(start)
    if floor >= start:
        return []  # the paragraph's first sentence: no sentence before it (tested first: no time or count read)
    at = start + _times_at(text, start)
    m = place_anaphor().match(text, at)
    if m is None:
        return []
    n = m.group("n")
    count = int(n) if n.isdigit() else int(parse_number(n))
    prev = max(text.rfind(c, floor, start - 1) for c in SENTENCE_ENDS) + 1
    found = paragraph.names(max(prev, floor), start)
    joints = words().of("list_joint")
    run: list[PlaceMatch] = []
    for p in found:
        if run and text[run[-1].end:p.start] not in joints:
            run = []
        run.append(p)
    return run if len(run) == count and len({p.place.name for p in run}) == count else []


def word_before(text: str, start: int, ws: tuple[str, ...]) -> bool:
    """Whether one of `ws` ends right before `start` (`any(text[start - len(w):start] == w for w in ws)` in one call)."""
    return text.endswith(ws, 0, start)


def not_about(text: str, m: PlaceMatch) -> bool:
    """A place that is not what a figure is about: a source (据杭州海关), a byline (合肥讯, 合肥1月5日电), where
    someone spoke (在北京透露), the scope of a rank (云南省第三人口大县) or the opening of a company's name
    (合肥京东方光电科技有限公司)."""
    p, w = patterns(), words()
    if word_before(text, m.start, w.of("report_before")):
        return True
    if word_before(text, m.start, w.of("list_owner")):
        return True  # 列入常州市重点的46个实施项目: whose list, not where the projects are
    if text.startswith(w.of("scope_after"), m.end):
        return True  # 是云南省第三人口大县: the scope of a rank, not what the figures are about
    if word_before(text, m.start, w.of("venue_before")) and p.venue_line.match(text, m.end) is not None:
        return True  # 李扬28日在北京透露，…: where the figures were told, not what they are about
    # (one startswith with the names of that first character: no generator made per place; () starts nothing)
    if text.startswith(_enterprises().get(text[m.start:m.start + 1], ()), m.start):
        return True  # 宁德时代新型锂盐研发生产项目: an enterprise's name (enterprises.tsv), not its city
    if text.startswith(_enterprises().get(text[m.end:m.end + 1], ()), m.end):
        return True  # 合肥比亚迪成为…企业: an enterprise's branch named by its city, not what the figures are about
    if in_quoted_name(text, m):
        return True  # “百戏入皖·星耀合肥”美食争霸赛: a part of a quoted name, not what the figures are about
    if in_examples(text, m):
        return True  # 新增黄石、咸宁、天门等全国文明城市12个: members of what is counted, not what the figures are about
    if text.startswith(w.of("hosted_event"), m.end):
        return True  # 成都大运会, 中非合作论坛北京峰会: an event the place hosts and names, not what the figures are about
    if may_open_event_year(text, m.end) and event_year().match(text, m.end) is not None:
        return True  # 阜新2024冬季温泉康旅发布会, 杭州2022亚运会: a year without 年 after a place opens an event's name
    if after_destination(text, m, "award_title") and text[m.end:m.end + 1] not in "，,。；;：:":
        return True  # 被授牌为绵阳市特色（专业）园区: the title's name, not where the figures are
    if destination_roles_word().search(text, max(0, m.start - DESTINATION_REACH), m.start) is not None:
        # (only where a word of the three roles stands within the reach: most places have none)
        if after_destination(text, m, "relocated_from"):
            return True  # 承接北京非首都功能疏解: where the functions come from, not where the figures are
        if after_destination(text, m) or after_destination(text, m, "partner"):
            return True  # 猕猴桃远销俄罗斯、加拿大、台湾等国家和地区: where the goods go; 帮助龙山县…: the place helped
    if other_party(text, m):
        return True  # ，与浦东、青岛等市区签订战略合作协议: the other party, not what the figures are about
    if route_end(text, m):
        return True  # 建成平凉至天水、…等高速及一级公路600公里: a route's end, not what the figures are about
    if m.start and text[m.start - 1] in w.of("origin_before") and text.startswith(w.of("origin_verb"), m.end):
        return True  # 从上海引进内资项目244个: where the projects came from, not where they are
    if m.start and text[m.start - 1] in w.of("model_before") and _model_clause(text, m.end):
        return True  # 以西安纺织城搬迁改造为示范，…: the model to follow, not what the figures are about
    if visitors_from(text, m):
        return True  # 北京专家来固出诊2419人次: where the visitors came from, not where they worked
    if p.counted_divisions.search(text, max(0, m.start - COUNTED_REACH), m.start) is not None:
        return True  # 在14个市州和兰州新区改造建设…: one more of the divisions counted, not what the figures are about
    return p.report_line.match(text, m.end) is not None or p.company.match(text, m.end) is not None


def _model_clause(text: str, end: int) -> bool:
    """Whether the clause from `end` on (a place after 以) makes the place the model to follow (…搬迁改造为示范)."""
    stop = end
    while stop < len(text) and text[stop] not in CLAUSE_DELIMS:
        stop += 1
    return any(text.find(f, end, stop) >= 0 for f in words().of("model_frame"))


COUNTED_REACH: Final = 12  # how far before a place a count of divisions joined to it may open (14个市州和)
QUOTED_REACH: Final = 16  # how far a quoted name's marks may stand from a place inside it
HAN: Final = recache.compile(r"[\u4e00-\u9fff]")


def route_end(text: str, m: PlaceMatch) -> bool:
    """Whether the place is one end of a route written place, link, place (平凉至天水, 酒泉至湖南, figure_words.tsv
    route_link): the route's name, not what its figures are about. The first end is followed by its link and a
    word (not 至今, 到位: route_not); the second follows a word and its link, and the route's name or list goes on
    after it (route_on: 、, 等, 高速…)."""
    w = words()
    if not text.startswith(w.of("route_link"), m.end) and not text.startswith(w.of("route_on"), m.end):
        return False  # (most places: neither a link after them nor what a route's second end needs, one test each)
    for link in w.of("route_link"):
        if text.startswith(link, m.end):
            after = m.end + len(link)
            nxt = text[after:after + 1]
            if HAN.match(nxt) and nxt not in w.of("route_not"):
                return True  # 平凉至天水, 通渭至定西: the first end
        if text.startswith(link, m.start - len(link)) and HAN.match(text[m.start - len(link) - 1:m.start - len(link)]) \
                and text.startswith(w.of("route_on"), m.end):
            return True  # 通渭至定西、…, 张掖至肃南等高速…: the second end, a route's list or name going on after it
    return False


def in_quoted_name(text: str, m: PlaceMatch) -> bool:
    """A place inside quotation marks that also hold other words (“百戏入皖·星耀合肥”, “技能宁夏”, “平安湖北”): a part of
    the quoted name of an event, brand or campaign, not what the figures are about. A place quoted alone stays."""
    w = words()
    opens, closes = w.chars("quote_open"), w.chars("quote_close")
    lo = max(0, m.start - QUOTED_REACH)
    k = last_of(text, opens, lo, m.start)  # the last opening mark within reach
    if k < 0 or any(c in text[k + 1:m.start] for c in closes) or any(c in text[k + 1:m.start] for c in CLAUSE_DELIMS):
        return False
    e = min((j for j in (text.find(c, m.end, m.end + QUOTED_REACH) for c in closes) if j >= 0), default=-1)
    if e < 0 or any(c in text[m.end:e] for c in opens + CLAUSE_DELIMS):
        return False
    return text[k + 1:e] != text[m.start:m.end]


def in_examples(text: str, m: PlaceMatch) -> bool:
    """A place that is an item of a list of examples closed by 等 in its clause (figure_words etc, `words.etc_at`):
    the whole item (黄石、咸宁、天门等全国文明城市12个; 天楹辽源等5个), an item it opens after a list joint (稀土功能材料
    创新中心、巴彦淖尔农高区等一批…平台), or one item before 等 and its count (石嘴山先进材料等3个): a member of what is
    counted or named, not what the figures are about."""
    end = m.end
    while end < len(text) and text[end] not in CLAUSE_DELIMS:
        end += 1
    closer, size = etc_at(text, m.end, end)
    if closer < 0:
        return False
    joints = words().chars("list_joint")
    if closer == m.end or text[m.end] in joints:
        return True  # the place is a whole item
    item = text[m.end:closer]
    if any(j in item for j in joints):
        return False  # the place opens an earlier item of a longer phrase: 合肥市新建学校、医院等12所
    after = text[closer + size:closer + size + 1]
    return m.start > 0 and text[m.start - 1] in joints or after.isdigit() or (after != "" and after in CN_QUANTITY_CHARS)
def other_party(text: str, m: PlaceMatch) -> bool:
    """A place in a list right after a preposition that opens its clause (figure_words partner_preposition: ，与浦东、
    青岛等市区签订协议): the other party of what the clause tells. After a place (北京与上海) the word joins two places."""
    lo = max(0, m.start - DESTINATION_REACH)
    for word in words().of("partner_preposition"):
        k = text.rfind(word, lo, m.start)
        if k < 0:
            continue  # (before the slice: with k = -1 it would copy the text from its start, for nothing)
        between = text[k + len(word):m.start]
        if any(c in CLAUSE_DELIMS for c in between):
            continue
        if between and between[-1] not in words().chars("list_joint"):
            continue  # the place right after the word, or a later item of a list (浦东、青岛); not 同时上海市
        if k == 0 or text[k - 1] in CLAUSE_DELIMS:
            return True
    return False


def visitors_from(text: str, m: PlaceMatch) -> bool:
    """A place right before people who come (figure_words visitor, visit_verb: 北京专家来固出诊, 上海游客赴…): their origin."""
    w = words()
    if not text.startswith(w.of("visitor"), m.end):
        return False  # (most places: no such noun after them, one test of them all)
    for noun in w.of("visitor"):
        if text.startswith(noun, m.end):
            return text.startswith(w.of("visit_verb"), m.end + len(noun))
    return False


def about(text: str, start: int, end: int, named: list[PlaceMatch]) -> list[PlaceMatch]:
    """The places of text[start:end] a figure can be about: `named` without sources, bylines and company names,
    with the regions that open a clause written as named (长三角, 京津冀, 武汉都市圈: not one administrative unit;
    a city that opens a region of several elsewhere in its clause names no place) and the provinces of short
    forms after 在/驻/来 (在粤: 广东省); never a place after a share verb or a comparative (占温州, 高于杭州)."""
    p, gaz = patterns(), gazetteer()
    regions = [PlaceMatch(r.start(), r.end(), r.group(), Place("", r.group(), "region", "", ""))
               for r in p.region.finditer(text, start, end)
               if text[r.start() - 1:r.start()] in SUBJECT_BEFORE]  # its clause's subject, not 推进长三角一体化
    in_cluster: list[PlaceMatch] = []
    for m in named:  # 武汉都市圈经济总量: the region as named; 做大做强长春现代化都市圈…: no place
        cluster = p.cluster.match(text, m.end)
        if cluster is not None:
            in_cluster.append(m)
            if text[m.start - 1:m.start] in SUBJECT_BEFORE:
                name = text[m.start:cluster.end()]
                regions.append(PlaceMatch(m.start, cluster.end(), name, Place("", name, "region", "", "")))
    # 占温州三分之二, 高于杭州: a place after a share verb or a comparative is the reference, not what is measured
    # (not any 于: 位于利川市北部 says where)
    w = words()
    needs_close = w.of("compare_needs_close")
    reference = place_references()
    # (the any() tests made only when there is something to test against: most sentences name no region)
    out = [m for m in named if not not_about(text, m) and (not in_cluster or not any(m is k for k in in_cluster))
           and (not regions or not any(r.start < m.end and m.start < r.end for r in regions))
           and not text.endswith(reference, max(0, m.start - 2), m.start)
           and not (text.endswith(needs_close, max(0, m.start - 1), m.start)
                    and (compared(text, m.end) or not any(k.end == m.start - 1 for k in named)))]
    for sh in p.short_home.finditer(text, start, end):
        place = gaz.by_name.get(china_short_forms()[sh.group("c")])
        if place and not any(m.start < sh.end() and sh.start("c") < m.end for m in named):
            out.append(PlaceMatch(sh.start("c"), sh.end(), sh.group("c"), place))
    return sorted(out + regions, key=lambda m: m.start) if regions or len(out) != len(named) else out


def nation_bracketed(text: str, m: Mention) -> bool:
    """Whether the number stands alone in brackets right after a nation word, or one with the words of its level
    (figure_words reference_level: 快于全国水平（5.5%）, 全国平均（5.0%）): the nation's figure, given as a reference."""
    w = words()
    opens, closes = w.of("bracket_open"), w.of("bracket_close")
    if not m.start or text[m.start - 1] not in opens or not text.startswith(closes, m.end):
        return False
    at = m.start - 1
    level = next((x for x in w.of("reference_level") if text.endswith(x, 0, at)), "")
    return text.endswith(nation_tables()[0], 0, at - len(level))


def compared(text: str, end: int) -> bool:
    """Whether the clause after a place ending at `end` closes a comparison (figure_words compare_close: 与全国相比):
    after a compare word that needs it (与), the place is the reference; without it, right after a place, 与 joins
    two places (山东与浙江…，上半年GDP分别为46677亿元和40920亿元: each its own; probe29), and after any other word
    the place is a partner's (中小学与北京…结对), no figure's."""
    stop = end
    while stop < len(text) and text[stop] not in CLAUSE_DELIMS:
        stop += 1
    return any(text.find(c, end, stop) >= 0 for c in words().of("compare_close"))


def at_level(named: list[PlaceMatch], level: str) -> list[PlaceMatch]:
    """The places of `named` seen at `level` (全省 after a paragraph about 绍兴市: 浙江省); none that cannot be."""
    if not level:
        return named
    gaz, out = gazetteer(), []
    for m in named:
        place: Place | None = m.place
        if m.place.level != level:
            up = m.place.province if level == "province" else m.place.city if level == "prefecture" else ""
            place = gaz.by_name.get(up) if up else None
        if place is not None:
            out.append(PlaceMatch(m.start, m.end, m.surface, place))
    return out


LEVELS: Final = ("province", "prefecture", "county", "town")  # from the top (a town: home_words.txt, never a gazetteer place)


def below(named: list[PlaceMatch], homes: list[tuple[int, str]], home_starts: list[int], text: str, clause_start: int,
          pos: int) -> bool:
    """Whether a home word opening the clause of a figure at `pos` says a level below every place of `named`, all
    in earlier clauses (全市 after 考察陕西: the city's figure, not the province's)."""
    h = bisect_left(home_starts, pos)
    if not h or homes[h - 1][0] < clause_start or homes[h - 1][1] not in LEVELS[1:] \
            or not opens_clause(text, clause_start, homes[h - 1][0]):
        return False
    level, word = LEVELS.index(homes[h - 1][1]), patterns().home.match(text, homes[h - 1][0])
    kind = word.group()[-1:] if word else ""  # 全市 of 重庆市, a municipality at a province's level: its own
    return all(m.end <= clause_start and m.place.level in LEVELS and LEVELS.index(m.place.level) < level
               and not m.place.name.endswith(kind) for m in named)


def above(named: list[PlaceMatch], homes: list[tuple[int, str]], home_starts: list[int], text: str, clause_start: int,
          pos: int, locality: str = "") -> bool:
    """Whether a home word opening the clause of a figure at `pos` says a level above every place of `named`, all in
    earlier clauses (开工建设贵阳环城高速公路扩容工程…，全省高速公路通车里程突破9500公里: the province's; probe23 贵州 2025);
    the document's own place among them is the home word's, no other (中国（郑州）产业转移系列对接活动，借助进博会推介河南，
    全省进出口总值6654.8亿元: 河南省's)."""
    h = bisect_left(home_starts, pos)
    if not h or homes[h - 1][0] < clause_start or homes[h - 1][1] not in LEVELS \
            or not opens_clause(text, clause_start, homes[h - 1][0]):
        return False
    level, word = LEVELS.index(homes[h - 1][1]), patterns().home.match(text, homes[h - 1][0])
    kind = word.group()[-1:] if word else ""  # 该市 of 陆丰市, a county-level city: its own
    return all(m.end <= clause_start and m.place.level in LEVELS and LEVELS.index(m.place.level) > level
               and not m.place.name.endswith(kind) for m in named if not locality or m.place.name != locality) \
        and any(not locality or m.place.name != locality for m in named)


def opens_clause(text: str, clause_start: int, at: int) -> bool:
    """Whether a word at `at` opens the clause from `clause_start`, after a time at most (一季度全市…, 全区…):
    the clause's subject, not a reference (排全区第3位, 比全国全区低) or a rank's scope or field (全省首个, 全省排第4位)."""
    word = patterns().home.match(text, at)
    if at < clause_start or word is None or text.startswith(words().of("scope_after"), word.end()) \
            and patterns().time.match(text, word.end()) is None:
        return False  # 全省首个超百亿元水利工程: the scope of a first, not the subject (全区第四季度…: a time)
    if text.startswith(words().of("rank_verb") + words().of("rank_cue"), word.end()):
        return False  # 涨幅…，全省排第4位: the field of a rank
    gap = text[clause_start:at].strip()
    if not gap:
        return True
    # a time that is the whole gap: of the pattern's non-empty matches (`timex.search_from`, tried only where a time
    # can open: the same matches as the pattern's finditer, an empty one never being the gap's)
    gap_start = clause_start + text[clause_start:at].find(gap)
    return any(t.start() == gap_start and t.end() == at for t in timex.search_from(text, clause_start, at))


def home_seen(locality: str, level: str, word: str) -> str:
    """The place a home word (全市, 全区: `level` its home_words.txt level) means in a text whose own place is
    `locality`: the locality when the word says its level, else the division above it that the word says
    (全区 in 百色市's speech: 广西壮族自治区; 全市 in 垫江县's: 重庆市)."""
    if level == "town":
        return ""  # 全镇完成地区生产总值246亿元 in a page about a town of 铜山区: the town's, below the gazetteer
    gaz = gazetteer()
    home = gaz.by_name.get(locality)
    if home is None or level == "county":
        return locality
    if level == "province":
        return locality if home.level == "province" else home.province
    if level == "prefecture":
        if home.level != "county" or locality.endswith(word[-1:]):
            return locality
        return home.city or locality
    # 全区, 我区: a district's own, or an autonomous region's (the provinces whose names end as the word does)
    if locality.endswith(word[-1:]) or home.level == "province" or not home.province.endswith(word[-1:]):
        return locality
    return home.province


def short_parent(m: PlaceMatch, home: Place) -> bool:
    """Whether `m` is a county's own city or league said by its short form (兴安 for 兴安盟 in 科右前旗's report, 合肥 in
    长丰县's): a name's part there (兴安壹品宅, 合肥速度), never what the county's figures are about."""
    return home.level == "county" and bool(home.city) and m.place.name == home.city and m.surface != m.place.name


def resolve_place(named: list[PlaceMatch], locality: str, own: bool = False) -> str:
    """The place written for a figure: the speech's own place unless the text names others. A county or district
    of the speech's city is the figure's place only when `own` (named in the figure's clause, or carried from the
    figure before it that was): 庆云县…有1819个 on a 德州 page; not 滨海新区…更加突出，百余项… (an earlier clause's);
    never in a municipality's text, whose districts name its own laws and programmes (制定浦东新区法规4部)."""
    if not named:
        return locality
    gaz = gazetteer()
    if locality:
        home = gaz.by_name.get(locality)
        if home is not None and gaz.short_homes:
            # 海南、海西两个可再生能源基地 in 青海's report: 海南藏族自治州, not 海南省 (probe33 青海 2021)
            named = [m if (p := gaz.at_home(m.surface, m.place, home.province)) is m.place
                     else PlaceMatch(m.start, m.end, m.surface, p) for m in named]
        others = [m for m in named
                  if not (m.place.name == locality or (home and (m.place.name == home.province
                                                                 or m.place.city == locality and not (
                                                                     own and home.province != locality)
                                                                 or short_parent(m, home))))]
        if others and len(others) < len(named):
            # 宁波舟山港货物吞吐量 in 宁波's report: a place written against the text's own with nothing between is one
            # name with it (a joint port), no place of its own (probe39 宁波 2021: 舟山市)
            joined = {m.start for m in named for n in named if n not in others
                      and (n.end == m.start or m.end == n.start)}
            others = [m for m in others if m.start not in joined]
        if not others:
            return locality
        named = others
    # keep the most specific: drop a province when a city inside it is named too
    places = list({m.place.name: m.place for m in named}.values())
    keep = [p.name for p in places
            if not (p.level == "province" and any(q is not p and q.province == p.name for q in places))]
    return "、".join(keep)


def subject_start(text: str, floor: int, start: int) -> int:
    """Where the clause a place at `start` may open starts: before the time that heads it, if any
    (2018年山西全省上下…: 山西 opens its clause)."""
    for t in timex.search_from(text, max(floor, start - 16), start):  # the pattern's non-empty matches, sooner
        if t.end() == start and t.start() < start:
            return t.start()
    return start


QUOTED_SENTENCE_END: Final = ("。”", "！”", "？”")  # a quoted sentence closing: the next clause opens after it


def opens_paragraph_clause(text: str, at: int, floor: int) -> bool:
    """Whether a place at text[at] opens a clause of its paragraph (starting at `floor`): after a clause mark, half-width
    ones too, or after a quoted sentence (…看一看。”市南区在…)."""
    return text[at - 1:at][:1] in PARAGRAPH_SUBJECT_BEFORE or text.endswith(QUOTED_SENTENCE_END, floor, at)


class ParagraphPlaces:
    """The place each paragraph of a document is about, found when first asked for."""

    def __init__(self, text: str, structure: Structure) -> None:
        self.text = text
        self.structure = structure
        self.ends = [p.end for p in structure.paragraphs]
        self.starts = [p.start for p in structure.paragraphs]  # (`start_of`: no record read per sentence)
        # paragraph → its places, their starts and ends, its clauses' starts, and whether each clause read so far
        # is national (`national`, asked only for the clauses between a sentence and the place before it: `nation`)
        self.found: dict[int, tuple[list[PlaceMatch], list[int], list[int], list[int], dict[int, bool]]] = {}
        # the gazetteer's names read so far: a paragraph's whole reading (its names, their starts and ends), and the
        # spans of a paragraph read alone before it was read whole (a sentence's, for its figures), with their names
        self.whole: dict[int, tuple[list[PlaceMatch], list[int], list[int]]] = {}
        self.parts: dict[int, list[tuple[int, int, list[PlaceMatch]]]] = {}
        # whether the clause opening at each position asked so far is national (`national`: the text's, so the
        # paragraph's clauses and the figures' share it; several figures of a clause ask once)
        self.nation: dict[int, bool] = {}

    def national(self, clause_start: int) -> bool:
        """`national(text, clause_start)`, read once per position."""
        found = self.nation.get(clause_start)
        if found is None:
            found = self.nation[clause_start] = national(self.text, clause_start)
        return found

    def names(self, start: int, end: int) -> list[PlaceMatch]:
        """`list(gazetteer().find(text, start, end))`, read off its paragraph's whole reading when there is one (a
        sentence's figures after `near` read the paragraph); a span read alone is kept for that reading."""
        k = bisect_right(self.ends, start - 1)
        paras = self.structure.paragraphs
        if k >= len(paras) or not paras[k].start <= start <= end <= paras[k].end:
            return list(gazetteer().find(self.text, start, end))
        if k in self.whole:
            found, starts, ends = self.whole[k]
            a, b = bisect_left(starts, start), bisect_left(starts, end)
            # the same names when none of the whole reading runs over either edge (the span's scan would stop there)
            if not (a and ends[a - 1] > start) and not (b > a and ends[b - 1] > end):
                return found[a:b]
            return list(gazetteer().find(self.text, start, end))
        named = list(gazetteer().find(self.text, start, end))
        self.parts.setdefault(k, []).append((start, end, named))
        return named

    def _whole(self, k: int) -> list[PlaceMatch]:
        """The gazetteer's names in paragraph k: the spans read alone where no name can run over their edges (the
        character before or after an edge is a mark no name holds: `name_free_marks`), the rest read between them."""
        para, text, gaz = self.structure.paragraphs[k], self.text, gazetteer()
        marks = name_free_marks()
        out: list[PlaceMatch] = []
        pos = para.start
        for s, e, named in sorted(self.parts.pop(k, ()), key=lambda part: part[0]):
            if s >= pos and (s == para.start or text[s - 1:s] in marks or text[s:s + 1] in marks) \
                    and (e == para.end or text[e - 1:e] in marks or text[e:e + 1] in marks):
                out.extend(gaz.find(text, pos, s))
                out.extend(named)
                pos = e
        out.extend(gaz.find(text, pos, para.end))
        self.whole[k] = (out, [m.start for m in out], [m.end for m in out])
        return out

    def start_of(self, start: int) -> int:
        """Where the paragraph holding `start` begins (the text's end when none does)."""
        k = bisect_right_int(self.ends, start - 1)
        return self.starts[k] if k < len(self.starts) else len(self.text)

    def near(self, start: int, end: int) -> list[PlaceMatch]:
        """The last place the paragraph holding text[start:end] is about before it, else the first after it; none
        when a clause about the whole country (全国夏粮单产…, 我国…) opens after that place and before the sentence:
        the paragraph is about the nation there (2011年，全国夏粮单产每公顷4582公斤。其中冬小麦单产…: not the
        云南 of a later sentence)."""
        k = bisect_right(self.ends, start - 1)
        if k >= len(self.structure.paragraphs):
            return []
        if k not in self.found:
            para, text, of = self.structure.paragraphs[k], self.text, words().of("of")
            hosted = words().of("hosted_event")
            # only places the paragraph is about: a clause's subject (成都把…) or a possessor (台州的…), never a
            # street's name (香港中路街道 in 青岛: placelabel.names_a_street)
            found = [m for m in self._whole(k)
                     if (text[m.end:m.end + 1] in of  # (first: a character's test before subject_start's time search)
                         or opens_paragraph_clause(text, subject_start(text, para.start, m.start), para.start))
                     and not names_a_street(text, m.end) and not visitors_from(text, m)
                     and not text.startswith(hosted, m.end)]  # 成都大运会…成功举办: the event's name
            # the national clauses matter only beside a place the paragraph is about (none: no place either way)
            clause_starts = clause_starts_of(text, para.start, para.end) if found else []
            self.found[k] = (found, [m.start for m in found], [m.end for m in found], clause_starts, self.nation)
        found, starts, ends, clause_starts, nation = self.found[k]
        j = bisect_right(ends, start)  # the places that end before the sentence starts (left to right)
        # a national clause opening after the last of them (after none: any) and before the sentence, read from the
        # sentence back (`national_between`)
        if national_between(self.text, clause_starts, found[j - 1].start if j else -1, start, nation):
            return []
        if j:
            return [found[j - 1]]
        j = bisect_left(starts, end)
        return [found[j]] if j < len(found) else []

    def before(self, start: int) -> list[PlaceMatch]:
        """The last place an earlier paragraph is about (the nearest paragraph that has one), else none."""
        k = bisect_right(self.ends, start - 1)
        for j in range(min(k, len(self.structure.paragraphs)) - 1, -1, -1):
            para = self.structure.paragraphs[j]
            found = self.near(para.end, para.end)
            if found:
                return found
        return []


EDGE_MARKS: Final = CLAUSE_DELIMS + "…、“”‘’「」『』（）()[]《》\"' \u3000"  # what stands at a sentence's or clause's edge


def name_free_marks() -> frozenset[str]:
    """`_make_name_free_marks()`, made once."""
    return _NAME_FREE_MARKS.get()


def _make_name_free_marks() -> frozenset[str]:
    """The marks of EDGE_MARKS that no place name holds: a name cannot run over an edge beside one (a test of a
    few marks against the names joined, not a set of every character of the names, 7 M instructions at start-up)."""
    joined = "".join(gazetteer().lookup)
    return frozenset(c for c in EDGE_MARKS if c not in joined)


_NAME_FREE_MARKS: Final = Once(_make_name_free_marks)


def clause_starts_of(text: str, start: int, end: int) -> list[int]:
    """`start` and the position after each clause mark of text[start:end] (`CLAUSE_MARK.finditer`'s ends), from the
    lengths of the pieces `split` cuts (a string a piece, not a match object and a method call a mark)."""
    out = [start]
    pos = start - 1
    pieces = CLAUSE_MARK.split(text[start:end])
    for k in range(len(pieces) - 1):
        pos += len(pieces[k]) + 1
        out.append(pos + 1)
    return out


def national_between(text: str, clause_starts: list[int], after: int, upto: int, known: dict[int, bool]) -> bool:
    """Whether a clause opening after `after` and at or before `upto` (of `clause_starts`, sorted) is about the whole
    country (`national`); read from `upto` back, each clause once (`known` keeps the answers)."""
    k = bisect_right(clause_starts, upto) - 1
    while k >= 0 and clause_starts[k] > after:
        c = clause_starts[k]
        found = known.get(c)
        if found is None:
            found = known[c] = national(text, c)
        if found:
            return True
        k -= 1
    return False


def sentence_entities(entities: Sequence[Entity], starts: list[int], start: int, end: int) -> Sequence[Entity]:
    """The entities (sorted by start, `starts` their starts) that open inside text[start:end] or run into it."""
    k = bisect_left(starts, start)
    while k > 0 and entities[k - 1].end > start:
        k -= 1
    return entities[k:bisect_left(starts, end)]


def home_words(text: str, start: int, end: int, last: int, reference: tuple[str, ...]) -> list[tuple[int, str]]:
    """(start, level) of the home words of text[start:end] (全市, 全省: `patterns().home`'s matches) that open before
    `last` and not right after a word of `reference`: the scan stopped at the first match that opens at or after
    `last` (the same matches before it; the rest of the sentence unread)."""
    homes: list[tuple[int, str]] = []
    levels = words().home_levels
    for found in patterns().home.finditer(text, start, end):
        at = found.start()
        if at >= last:
            break
        if not text.endswith(reference, max(start, at - 2), at):
            homes.append((at, levels[found.group()]))
    return homes


def places(text: str, start: int, end: int, mentions: list[Mention], clauses: Clauses, locality: str,
           paragraph: ParagraphPlaces, entities: Sequence[Entity], tag: Callable[..., list],
           every: bool = False) -> list[str]:
    """The place of each figure (`mentions`, in order) of the sentence text[start:end]. `every`: read the home words
    after the last figure's start too (the tests' reference)."""
    # places matter up to the last figure's clause end (no name runs over a delimiter)
    upto = end if entities else clauses.end_of(mentions[-1].end)
    found = [m for m in figure_places(text, start, upto, entities, paragraph.names(start, upto))
             if not starts_inside_a_word(text, m, (clauses.start_of(m.start), clauses.end_of(m.end)), tag)]
    named_here = about(text, start, upto, found) or listed_before(text, start, paragraph)
    # 全市…占全省的40%: a home word after a share verb or a comparative is the reference, not the figure's level
    # (and after a ranking verb: 居全市第一名 ranks the figure's place within the city, 排全区第3位)
    reference = home_references()
    # the home words a figure reads are the ones before its start (`bisect_left` of it, below): none that opens at or
    # after the last figure's start is read
    homes = home_words(text, start, end, mentions[-1].start if mentions and not every else end, reference)
    home_starts = [at for at, _ in homes]
    place_starts = [p.start for p in named_here]  # sorted: each figure's places are a slice
    fallback: list[PlaceMatch] | None = None
    carried: list[PlaceMatch] | None = None
    carried_in_clause = False
    out = []
    listed: list[list[PlaceMatch]] = []  # the places each figure's own or carried list names (of the ones that have one)
    prev_end = start
    nation_at = -1  # where the last national figure of the sentence is (its clause's subject carries on)
    # (`paragraph.national`: read once per position, shared with the figures' clauses, the first of which opens here)
    if mentions and clauses.start_of(mentions[0].start) > start and paragraph.national(start) \
            and text.startswith(nation_subjects(), start + _times_at(text, start)):
        # 我国经济实力…跃上新的大台阶，国内生产总值突破一百万亿元: the whole country is the sentence's subject, named
        # before the first figure's clause; its figures that name no place are the nation's (probe33 新疆 2021)
        nation_at = start
    opens, closes = words().of("bracket_open"), words().of("bracket_close")
    for k, m in enumerate(mentions):
        clause_end = clauses.end_of(m.end)
        own_clause = clauses.start_of(m.start)  # (read once: each test below asks for it)
        # 74.8%（淮南）～99.7%（黄山）: a place in brackets right after the number is its own, and only its own
        j = bisect_left(place_starts, m.end + 1)
        tagged = named_here[j] if text.startswith(opens, m.end) and j < len(named_here) \
            and named_here[j].start == m.end + 1 and text.startswith(closes, named_here[j].end) else None
        if tagged is not None:
            out.append(resolve_place([tagged], locality, True))
            prev_end = tagged.end
            continue
        if nation_bracketed(text, m):
            out.append("")  # 快于全国水平（5.5%）: the nation's figure, given as the reference
            listed.append([])
            prev_end = m.end
            continue
        # after the number, only when no other number follows in its clause
        limit = m.start if k + 1 < len(mentions) and mentions[k + 1].start < clause_end else clause_end
        own = named_here[bisect_left(place_starts, prev_end):bisect_left(place_starts, limit)]
        named: list[PlaceMatch]
        if own and locality and own[-1].end <= own_clause \
                and left_behind(text, start, clauses, subject_place(own, clauses, locality), m, tag):
            named, in_clause = [], False  # an earlier clause's place, one item of a list of achievements
        elif own and locality and ITEM_END.search(text, own[-1].end, own_clause) is not None \
                and len(text[start:clauses.start_of(own[0].start)].strip(CLAUSE_MARKS + " ")) > LEAD_IN:
            # …，黑河市、哈尔滨经济技术开发区入选全国首批碳达峰试点，…全面完成；新能源和可再生能源建成装机历史性超过煤电，占
            # 电力总装机52.4%: places past the sentence's opening in an item a ； ends stay with that item (probe41 黑龙江 2024)
            named, in_clause = [], False
        elif own:
            # 乌鲁木齐国际陆港区…挂牌，喀什集结中心…票数居全国第一: the figure's own clause names its place; an earlier
            # clause's, with no figure of its own, says something else (probe23 新疆 2025)
            here = [p for p in own if p.start >= own_clause]
            named, in_clause = (here, True) if here else (own, False)
        elif carried is not None and carried and locality and ITEM_END.search(text, prev_end, m.start) is not None \
                and len(text[start:clauses.start_of(carried[-1].start)].strip(CLAUSE_MARKS + " ")) > LEAD_IN \
                and left_behind(text, start, clauses, carried[-1], m, tag):
            # …，长沙全球研发中心城市建设新增研发机构1178家；研发投入强度提升至2.57%、居中部第2位: a place an earlier
            # item of a list of achievements names, past the sentence's opening, stays with its item (not 成都国际航空
            # 枢纽年旅客吞吐量增长16.6%…；货邮吞吐量增长33%: the sentence's subject goes on) (probe28 湖南 2025)
            named, in_clause = [], False
        elif carried is not None and carried and locality and home_opens_between(text, homes, home_starts, clauses,
                                                                               prev_end, m.start):
            # 哈尔滨机场旅客年吞吐量2080.5万人次，…，我省成为最热门冰雪旅游目的地，全年接待游客数量…增长85.1%: a home
            # word opening a clause after the figure before is the subject that goes on, not the place carried from it
            # (probe41 黑龙江 2024)
            named, in_clause = [], False
        elif carried is not None:
            named, in_clause = carried, carried_in_clause
        else:
            named, in_clause = named_here[:bisect_left(place_starts, clause_end)], False
        if named and (below(named, homes, home_starts, text, own_clause, m.start)
                      or above(named, homes, home_starts, text, own_clause, m.start, locality)):
            named = []  # 考察陕西…，上半年全市生产总值增长2.1%: 全市 opens the figure's clause, the province is not its
        carried, carried_in_clause, prev_end = named, in_clause, m.end
        listed.append(named)
        if not named and m.form != "rank" and (
                paragraph.national(own_clause) or nation_before(text, m.start)
                or nation_at >= 0 and bisect_left(home_starts, nation_at) == bisect_left(home_starts, m.start)):
            # 全国财政收入…, 我国…: the whole country, whatever the document's place; so is a figure after it
            # in the sentence that names no place (全国快递业务量200亿件，同比增长约10%) unless 全市… comes between
            nation_at = m.start
            out.append("")
            continue
        nation_at = -1
        h = bisect_left(home_starts, m.start)
        if not named and locality and h and opens_clause(text, clauses.start_of(homes[h - 1][0]), homes[h - 1][0]):
            # 全区第四季度增速比一季度高出7个百分点 in a city's speech: the region's, not the city's; and so the
            # figures after it in the sentence that name no place (全市生产总值增长12%，地方财政收入增长26.6%)
            word = patterns().home.match(text, homes[h - 1][0])
            out.append(home_seen(locality, homes[h - 1][1], word.group() if word else ""))
            continue
        if not named and not locality:
            if fallback is None:
                fallback = paragraph.near(start, end)
            h = bisect_left(home_starts, m.start)
            # 我市家禽存栏依然是全省“大户”，占全省27.5%: the home word that opens a clause is the subject's, one inside
            # a clause after it (是全省“大户”) names a scope; the last that opens one, else the last
            h = next((i for i in range(h, 0, -1)
                      if opens_clause(text, clauses.start_of(homes[i - 1][0]), homes[i - 1][0])), h)
            named = at_level(fallback, homes[h - 1][1]) if h else fallback  # 全省…: the paragraph's province
            if not named and h and paragraph.start_of(homes[h - 1][0]) == paragraph.start_of(start):
                # 同时，全县各系统…开展宣讲180余场 in a page with no place of its own: the county of the paragraphs
                # before (2021年，交城县以…), the last place they are about at the home word's level
                earlier, level = paragraph.before(start), homes[h - 1][1]
                # 全市 after 昆山市: the county-level city itself, not its prefecture
                named = [m for m in earlier if level == "prefecture" and m.place.level == "county"
                         and m.place.name.endswith(words().of("county_city_end"))] or at_level(earlier, level)
        out.append(resolve_place(named, locality, in_clause))
    return respectively(text, mentions, listed, out, locality, clauses)


def home_opens_between(text: str, homes: list[tuple[int, str]], home_starts: list[int], clauses: Clauses,
                       after: int, before: int) -> bool:
    """Whether a home word (全省, 我省) opens a clause between `after` (the figure before's end) and `before`."""
    h = bisect_left(home_starts, before)
    return bool(h) and homes[h - 1][0] >= after and opens_clause(text, clauses.start_of(homes[h - 1][0]),
                                                                 homes[h - 1][0])


def left_behind(text: str, start: int, clauses: Clauses, place: PlaceMatch, m: Mention,
                tag: Callable[..., list]) -> bool:
    """Whether a place named in an earlier clause of the sentence (in a document with a place of its own), a clause
    that says something of its own and holds no figure, is no place of figure `m`, whose clause names a subject of
    its own. So when the place is not the sentence's subject — named in a later clause than its first (a lead-in
    such as 2025年 aside), or inside its clause, or modifying a noun — it is one item of a list of achievements
    (湖北: 科技创新引领作用明显提升，武汉具有全国影响力的科技创新中心加快建设，…，重大科技基础设施达到8个: the
    province's; 蚌埠综合保税区封关运行，…，新开通国际客货运航线15条). A subject opening the sentence goes on
    (芜湖市持续优化营商环境，经营主体达到50万户), and so does a clause that opens with a verb (马鞍山、宿州获批…，新增
    5A级物流企业3家: whose, the text does not say) or with a measure of what was named (…，产能占全球30%)."""
    if len(text[place.end:clauses.end_of(place.end)]) < SAYS_OWN:
        return False  # 合肥市，…: a topic
    c_start = clauses.start_of(m.start)
    home = patterns().home.search(text, c_start, m.start)
    if home is not None and opens_clause(text, c_start, home.start()):
        return False  # 记者从芜湖市统计局获悉，今年前三季度全市…: 全市 is the place named before (not 占全省比重, a
        # share's scope: 陕北生产总值占全省比重提升0.6个百分点 after 关中平原城市群建设加快推进, probe30 陕西 2021)
    at = clauses.start_of(place.start)
    if any(w.tag.startswith("v") for w in tag(text[at:place.start])):
        # 推进贵阳乌江供水工程…，完成水利投资400亿元以上: a place after a verb of its clause is an object's, whatever
        # follows (probe23 贵州 2025)
        return True
    ws = [w for w in tag(text[c_start:m.start]) if w.text.strip()]
    later = len(text[start:at].strip(CLAUSE_MARKS + " ")) > LEAD_IN
    joints = words().of("list_joint")
    listed = text.startswith(joints, place.end) or text.endswith(joints, 0, place.start)
    if not ws and later and not listed and m.kind == "count" and m.end < clauses.end_of(m.end) \
            and len(text[at:place.start].strip()) <= 1:
        # …落户湖南，郴州“…”经验模式加快探索，超4000家企业聚集岳麓山大学科技城: a count opening its clause, what it
        # counts after it, is that clause's own subject; a place opening an earlier clause past the sentence's opening
        # is one item before it (probe31 湖南 2021)
        return True
    if not ws or ws[0].text in words().generic_heads:
        return False  # (白城梅花建成世界最大的赖氨酸生产基地，产能占全球30%: a measure of the subject named before)
    if later and ws[0].tag.startswith("v") and not listed:
        # 银西高铁建成通车，…，西安地铁5、6、9号线通车运营，建成5G基站1.8万个，固定资产投资增长4.1%: a place past the
        # sentence's opening, with what it names, is one item; a verb opening the next clause goes on with the
        # sentence's own subject (probe30 陕西 2021; not 马鞍山、宿州获批…，新增…: the places opening the sentence)
        return True
    if ws[0].tag.startswith(GOES_ON_TAGS):
        return False
    if later or len(text[at:place.start].strip()) > 1:
        return True
    after = [w for w in tag(text[place.end:clauses.end_of(place.end)]) if w.text.strip()]
    return not after or not after[0].tag.startswith(GOES_ON_TAGS)


def subject_place(named: list[PlaceMatch], clauses: Clauses, locality: str) -> PlaceMatch:
    """The place of an earlier clause that may be its subject: the last one named, or when that is the text's own
    place (在闽, said of where) the first of its clause (台湾百大企业超过一半在闽落户: 台湾, whose clause it is)."""
    last = named[-1]
    if last.place.name != locality:
        return last
    at = clauses.start_of(last.start)
    return next(p for p in named if p.start >= at)


SAYS_OWN: Final = 4  # the fewest characters after a place that say something of it in its clause
LEAD_IN: Final = 6  # the most characters of clauses before a place's that only lead in (2025年, 今年以来)
GOES_ON_TAGS: Final = ("v", "d", "p")  # a word that goes on with a subject: a verb, an adverb, a preposition


def respectively(text: str, mentions: list[Mention], listed: list[list[PlaceMatch]], out: list[str],
                 locality: str, clauses: Clauses) -> list[str]:
    """武汉、宜昌、襄阳…分别为25.66万户、10.36万户和9.23万户; 南阳市、漯河市…分别名列第二十三、第三十三…: as many
    figures after 分别 as distinct places named before it, all given that list: one place each, in order. Any other
    count (a province and its cities, a figure more or less) leaves the list as it is."""
    if len(listed) != len(mentions):
        return out  # a figure took a bracket's place or the nation's: no list to split
    resp = words().of("respectively")
    out = list(out)
    k = 0
    while k < len(mentions):
        keys = [m.start for m in listed[k]]
        named = without_parents(listed[k])
        j = k
        while j < len(mentions) and [m.start for m in listed[j]] == keys:
            j += 1
        if len(named) > 1 and len({m.place.name for m in named}) == len(named):
            at = max((text.rfind(w, named[-1].end, mentions[j - 1].start) for w in resp), default=-1)
            run = [i for i in range(k, j) if at >= 0 and mentions[i].start > at]
            if len(run) > len(named) and in_one_clause(clauses, mentions, run[:len(named)]) \
                    and clauses.end_of(mentions[run[len(named)]].start) != clauses.end_of(mentions[run[0]].start):
                # 广东、江苏…，分别达到105176.98亿元、102811.0亿元，排在前两位: the list is the clause of 分别; the
                # figures of the clauses after it keep the places together
                run = run[:len(named)]
            if len(run) == len(named):
                for i, m in zip(run, named):
                    out[i] = resolve_place([m], locality, True)
        k = j
    return out


def list_items(named: Sequence[PlaceMatch]) -> list[tuple[int, PlaceMatch]]:
    """The items of a list of places, each with where it opens: a province written right before a place inside it is
    one item with it (广东广州、江苏南京、安徽合肥…分别为“不低于5%”、“5%以上”与“6%左右”: three items; probe36)."""
    out: list[tuple[int, PlaceMatch]] = []
    for i, m in enumerate(named):
        if i and named[i - 1].end == m.start and named[i - 1].place.level == "province" \
                and m.place.province == named[i - 1].place.name and m.place is not named[i - 1].place:
            out[-1] = (out[-1][0], m)
        else:
            out.append((m.start, m))
    return out


def without_parents(named: list[PlaceMatch]) -> list[PlaceMatch]:
    """`named` less each province that is one item with the place after it (`list_items`)."""
    return named if len(named) < 2 else [m for _, m in list_items(named)]


def in_one_clause(clauses: Clauses, mentions: list[Mention], run: list[int]) -> bool:
    """The figures `run` (indices into `mentions`) all stand in one clause of the sentence."""
    return len({clauses.end_of(mentions[i].start) for i in run}) == 1
