"""分别 lists: what a list of figures after 分别 shares and what each item is of.

城镇和农村居民收入分别增长4%、6%: both are increases, and the items are 城镇居民收入 and 农村居民收入 (a head
written once is shared); 单位地区生产总值能耗、…、用水量分别下降 → 单位地区生产总值用水量 (so is a
modifier); 广州、深圳地区生产总值分别达到… → each item its own place; 分别超过8.1万元、3.3万元: both over.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Callable, Final, NamedTuple, Sequence

from ..context import timex
from ..context.measure import opens_with_a_measure
from ..gazetteer import gazetteer
from ..numbers import Mention
from ..numerals import parse_number
from ..once import Once
from ..records import Figure
from ..segment import Word
from .clause import Clause, clause_end, clause_start
from .change import from_start
from .indicator import changed_subject, is_change_verb, is_punct, listed_count, phrase, strip_light, without_how_it_did
from .place import list_items
from .words import CLAUSE_DELIMS, patterns, words

Tagger = Callable[..., list[Word]]


class ListItem(NamedTuple):
    """A figure's part in a 分别 list: the list word's position, the item's own name and place ("" when the
    subject does not split into one part per item)."""

    at: int  # where 分别 is written
    name: str
    place: str


class Lists:
    """The 分别 lists of one sentence: where each list word is, its items and its subject's parts."""

    def __init__(self, text: str, start: int, end: int, mentions: list[Mention], tag: Tagger) -> None:
        self.text = text
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.tag = tag
        found = patterns().respectively.finditer(text, start, end)
        self.words = [(f.start(), f.end()) for f in found]
        self.word_ends = [e for _, e in self.words]
        self.subjects: dict[tuple[int, int], tuple[list[Mention], str, list[str], list[tuple[str, str]], str]] = {}
        self.pending: dict[int, int] = {}  # clause start → its first item, for a list the next clause's 分别 goes on with

    def word_before(self, clause: Clause, pos: int) -> tuple[int, int]:
        """(start, end) of the last 分别 in the clause before `pos`, (-1, -1) when none; for a list the next clause's
        分别 goes on with, (p, p) where its first item p stands."""
        if not self.words:
            return -1, -1  # no 分别 in the sentence: no list, nor one a next clause's 分别 goes on with (most sentences)
        k = bisect_right(self.word_ends, pos)
        if k and self.words[k - 1][0] >= clause.start:
            return self.words[k - 1]
        at = self.pending_list(clause)
        return (at, at) if 0 <= at <= pos else (-1, -1)

    def pending_list(self, clause: Clause) -> int:
        """Where the first item of the clause's list stands when the next clause's 分别 goes on with it, else -1:
        城镇和农村常住居民人均可支配收入完成29092元、17191元，分别增长3%、6.4% — two items in one unit, joined, and as
        many after a 分别 that opens the next clause (after at most PENDING_GAP characters: 同比, 均)."""
        if clause.start in self.pending:
            return self.pending[clause.start]
        at = -1
        text = self.text
        end = clause_end(text, clause.start, clause.sentence_end)
        mine = self.mentions[bisect_left(self.starts, clause.start):bisect_left(self.starts, end)]
        if len(mine) >= 2 and mine[0].unit and all(a.unit == b.unit and joined(text, a, b) for a, b in zip(mine, mine[1:])) \
                and end < clause.sentence_end and text[end] in PENDING_MARKS:
            k = bisect_left([s for s, _ in self.words], end + 1)
            if k < len(self.words) and self.words[k][0] - end - 1 <= PENDING_GAP \
                    and not any(c in CLAUSE_MARKS for c in text[end + 1:self.words[k][0]]):
                word_end = self.words[k][1]
                after = clause_end(text, word_end, clause.sentence_end)
                theirs = bisect_left(self.starts, after) - bisect_left(self.starts, word_end)
                if theirs == len(mine):
                    at = mine[0].start
        self.pending[clause.start] = at
        return at

    def item(self, clause: Clause, at: int, m: Mention) -> tuple[str | None, str]:
        """The name and place of figure `m`, an item of the list whose 分别 is at `at`; the name is None when
        `m` is no item, "" when the subject names only places (江苏、浙江分别增长…: no place is an indicator)."""
        items, subject, parts, places, _ = self._subject(clause, at)
        k = bisect_left(self.starts, m.start)
        first = bisect_left(self.starts, at)  # (a pending list's at is its first item's start)
        if len(items) < 2 or not (first <= k < first + len(items)) or items[k - first] is not m:
            return None, ""
        if at in self.starts and len(parts) != len(items):
            return None, ""  # a pending list whose subject does not split item by item: no list of its own
        k -= first
        by_item = len(places) == len(items)
        place = places[k][1] if by_item else ""
        if by_item and "".join(surface for surface, _ in places) == "".join(parts):
            # the subject is the list of places: no name, but the noun after 分别 (广州、深圳分别实现地区生产总值…)
            return self.noun_after(at, items[0].start), place
        if len(parts) != len(items):
            return subject, place
        name = self._part(subject, parts, places, k, by_item)
        noun = self.noun_after(at, items[0].start)
        # (…信用贷款 and 发放贷款: an item that ends with the noun's head names it already)
        return (name + noun if noun and not name.endswith(noun[-HEAD_CHARS:]) else name), place

    def noun_after(self, at: int, first: int) -> str:
        """The measure noun written once between 分别 and the list's first item, after a light verb (分别实现总产值
        64亿元、85亿元: 总产值; 分别完成投资…: 投资): every item's, after its own name; "" when the words there are no
        noun phrase (分别为, 分别增长, 分别比上年增长, 分别占全市的, 分别拉动GDP增长)."""
        end = next((e for s, e in self.words if s == at), -1)
        if end < 0 or first <= end:
            return ""
        every = self.tag(self.text[end:first], end)
        if any(is_change_verb(w.text) or w.text in words().set_of("share_verb") or w.text in words().set_of("compare")
               or w.tag in ("m", "q") or w.text[:1].isdigit() for w in every):
            return ""  # 分别比“十三五”时期增长…: a comparison; 分别居全省34个类区县第1位: a rank's field, no noun of the items
        ws = strip_light(every, lead=True)
        last = len(ws) - 1
        if ws and len(ws) == 1 and ws[0].tag != "n" and ws[0] is every[0]:
            return ""  # 分别出口134.8亿、…: the verb itself, no light verb before a noun (分别完成投资: 投资)
        if not ws or any(is_punct(w.text) or not (w.tag.startswith("n") or k == last and (
                w.tag == "vn" or w.tag == "v" and k > 0)) for k, w in enumerate(ws)):
            return ""  # a verb and its object, no measure noun (投资 vn, 收入 of 营业收入 v: only last)
        return phrase(ws, self.text)

    def unmarked_item(self, subject: str, run: Sequence[Mention], k: int) -> str:
        """The name of run[k], a number of a run joined by list joints only and written without 分别 after a
        subject that lists as many things: each number is its own item's, as after 分别 (财政总收入、地方财政收入年均
        增长16.2%和21.5% → 财政总收入, 地方财政收入; 本科上线率和强基上线率同比提升7.12%和13.86%); "" when the
        subject does not split one part a number, or lists only places (their numbers take their places)."""
        if len(run) < 2 or not patterns().list_split.search(subject):
            return ""
        parts = self._parts(subject, run, patterns().ordinal_list.search(subject))
        if len(parts) != len(run):
            return ""
        places = subject_places(subject)
        by_item = len(places) == len(run)
        if by_item and "".join(surface for surface, _ in places) == "".join(parts):
            return ""
        return self._part(subject, parts, places, k, by_item)

    def _parts(self, subject: str, items: Sequence[Mention], numbered: re.Match[str] | None) -> list[str]:
        """The parts of a list's subject, one an item when it splits so: by its list joints (a 和 inside a name
        kept when splitting at 、 alone gives as many), a pair word's parts, a numbered list's, a count's."""
        parts = [unquoted(p) for p in patterns().list_split.split(subject) if p]
        if len(parts) != len(items):  # 电气机械和器材制造业、计算机通信和其他电子设备制造业: 和 inside a name
            parts = next(([unquoted(p) for p in subject.split(j) if p] for j in words().of("list_joint")
                          if not j.isalnum() and len([p for p in subject.split(j) if p]) == len(items)), parts)
        if len(parts) == len(items) >= 2:
            parts[-1] = before_set(parts[-1])  # 纺织业、…、金属制品业等传统行业: 金属制品业
        pair = max((w for w in words().paired if subject.startswith(w)), key=len, default="")
        levels = 2 if from_to_halves(self.text, items) else 1
        if pair and len(words().paired[pair]) * levels == len(items) \
                and (len(parts) == 1 or any(j in pair for j in words().of("list_joint"))):
            # 城乡居民人均可支配收入分别增长4.5%、6.2%: 城镇居民…, 农村居民…
            parts = [p + subject[len(pair):] for p in words().paired[pair]]
            # 分别从29661元、10391元增加到43364元、16117元: each item at both levels (a pair's items only: the
            # parts of a written list may take a modifier by item, 认定跨国公司地区总部、外资研发中心)
            parts = parts * levels
        if numbered:  # 第一、二、三产业增加值分别为…: 第一产业增加值, 第二产业增加值, 第三产业增加值
            noun = phrase(strip_light(self.tag(numbered.group("noun"), 0), lead=False), numbered.group("noun"))
            ordinal = numbered.group("ord") or words().of("ordinal")[0]  # 一、二、三产业: 第一产业…
            # (第一、第二、第三产业: an ordinal written again is the same)
            parts = [ordinal + n.removeprefix(ordinal) + noun for n in numbered.group("nums").split("、")]
        summed = summed_parts(parts, len(items))
        if summed:  # 高新、经开、小蓝三个国家级开发区主营业务收入: each item with what the count names
            parts = summed
        if len(parts) >= 2:  # 一般公共预算收入和支出: the later item is the first one's opposite (…支出)
            parts = [parts[0]] + [opposite_of(parts[0], p) for p in parts[1:]]
        return parts

    def _part(self, subject: str, parts: list[str], places: list[tuple[str, str]], k: int, by_item: bool) -> str:
        """The name of the list's item `k` from its subject's parts: a head or modifier written once is every
        item's (城镇和农村居民收入: 城镇居民收入), a place that opens an item is its place, not its name."""
        head, last, part = parts[0], parts[-1], parts[k]
        growth = growth_head(last)
        if by_item and k < len(parts) - 1 and part == places[k][0] and last.startswith(places[-1][0]) \
                and len(last) > len(places[-1][0]):
            # 西藏、重庆、贵州2016年GDP增速分别为…: an item that is only a place takes the name the last place's item
            # goes on with (probe36, news comparing provinces)
            part = part + last[len(places[-1][0]):]
        elif k < len(parts) - 1 and growth and growth != last and not growth_head(part) \
                and not part.endswith(words().of("list_rate_ending")):
            # 规上工业增加值、固定资产投资累计增速: both are 累计增速 (总量和增速: 增速 is an item; 城镇调查失业率、居民消费价格
            # 涨幅: a rate is a level of its own, no 失业率涨幅)
            part = part + growth
        elif (cores := parallel_cores(parts, self.tag)) is not None:
            # 改造老旧供热、燃气、排水管网: the words before the first core and after the last are every item's
            modifier, shared = cores
            core = part[len(modifier):] if k == 0 else part[:len(part) - len(shared)] if k == len(parts) - 1 else part
            part = modifier + core + shared
        elif k < len(parts) - 1 and (shared := proper_head(self.tag(part), self.tag(last))) \
                and not part.endswith(shared):  # (广州港、深圳港: 港 is its own already)
            part = part + shared  # 鸣沙山·月牙泉、莫高窟景区游客: a proper name takes the head the last one goes on with
        elif k < len(parts) - 1 and (ih := industry_head(part, last, self.tag)):
            part = part + ih  # 公共设施管理业、道路运输业投资: 公共设施管理业投资
        elif k < len(parts) - 1 and (tail := industry_tail(self.tag(last))) and not part.endswith(tail) \
                and len(ws := self.tag(part)) == 1 and ws[0].tag == "n" and not opens_with_a_measure(part):
            # 基础设施、制造业投资: a noun of one word takes the head the industry goes on with; not a measure that is
            # one word of the lexicon (规模以上工业增加值、…、工业用电量: no 用电量 after it; probe29)
            part = part + tail
        elif k < len(parts) - 1 and len(part) <= 3 < len(last) \
                and any(j in last[:len(part) + 1] for j in words().of("list_joint")):
            # 消费品、汽车及装备制造业产值: the last item is a list of its own (汽车及装备制造业), not as long as the
            # first item's words: the first takes only the head word (消费品产值)
            part = part + self.tag(last)[-1].text
        elif k < len(parts) - 1 and (len(part) <= 3 < len(last) or parallel(part, last)) and not own_names(part, last):
            # 城镇和农村居民收入: 城镇 takes the head 居民收入; 城镇居民和农村居民人均可支配收入: 城镇居民 takes 人均可支配收入
            cut = parallel_end(part, last)
            # 对东盟、欧盟、美国及“一带一路”沿线国家进出口: no cut inside a quoted name; the head is the last word; nor
            # inside the last item's first word when it is longer than the item (煤炭、原油、天然气产量: 天然|气 is no
            # cut, so 煤炭产量; 汽车、…、集成电路圆片产量: 汽车产量; probe41 陕西 2024)
            last_words = self.tag(last)
            part = part + (last_words[-1].text if inside_quote(last, cut) or cut_inside_first_word(last_words, part, cut)
                           else last[cut:])
        elif k < len(parts) - 1 and (tail := parallel_tail(parts)) and not part.endswith(tail) \
                and not own_names(part, last):
            part = part + tail  # 一般贸易、保税物流、加工贸易进出口: the head the first item takes is every item's
        elif k > 0 and len(head) > len(part) + 2 and not industry_head(head, part) \
                and not (k == len(parts) - 1 and growth and growth != last and not growth_head(head)):
            # (规上工业增加值、投资、消费增速: a growth noun after the last item makes the list one of whole measures)
            # (汽车制造业投资 after 电气机械和器材制造业: an industry with the shared head, no modifier)
            head_words = self.tag(head)
            modifier = head[: len(head) - len(head_words[-1].text)] if len(head_words) > 1 else ""
            if part.endswith(words().of("list_own_name_ending")):
                # 单位地区生产总值能耗、…、用水量: 用水量 takes the modifier; 规上电气机械制造业、金属制品业: a name of
                # its own, which takes only the word the head opens with (规上金属制品业, not 规上电气机械金属制品业)
                modifier = head_words[0].text
            elif len(head_words) > 2 and part.endswith(head_words[-1].text) and len(part) > len(head_words[-1].text):
                # 城镇登记失业率、调查失业率; 固安一中本科上线率和强基上线率: the same head noun, so the part's own words
                # stand for as many of the head's before it, and only the words before those are the modifier
                # (城镇调查失业率, 固安一中强基上线率; not 城镇登记调查失业率)
                own = len(self.tag(part[: len(part) - len(head_words[-1].text)]))
                modifier = "".join(w.text for w in head_words[:-1 - own]) if len(head_words) - 1 > own else ""
            if modifier and not part.startswith(modifier):
                part = modifier + part
        share = patterns().share_head.search(last)
        if k < len(parts) - 1 and share and share.start() > 0 and not patterns().share_head.search(part):
            part = part + share.group()  # 地区生产总值、…、社会消费品零售总额全省占比: each item's 全省占比, not the measure
        quoted = any(q in subject for q in words().of("quote_open"))  # “上海标准”: a name, not a place
        if by_item and not quoted and part.startswith(places[k][0]) and len(part) > len(places[k][0]):
            part = part[len(places[k][0]):]  # 江苏、浙江地区生产总值: each item's place is its place, not its name
            of = next((w for w in words().of("of") if part.startswith(w) and len(part) > len(w)), "")
            part = part[len(of):]  # 安徽合肥的经济增长目标: the place's 的 goes with it (probe36)
        return part

    def referred(self, clause: Clause, at: int, m: Mention, figures: Sequence[Figure]) -> tuple[str, str] | None:
        """(name, place) of figure `m` when its list names no subject of its own and so is of the figures given just
        before its clause, item by item (项目1126个，总投资7915.4亿元，同比分别增长9.6%、13.3%; 出口300亿元、进口200亿元，
        增速分别为5%、6% → 出口增速, 进口增速); None when the clause names a subject or the sentence gives fewer
        figures before it, or figures without names of their own."""
        items, _, _, _, own = self._subject(clause, at)
        growth = growth_head(own)
        if own != growth or m not in items or len(items) < 2:
            return None
        before = [f for f in figures if f.end <= clause.start]
        if len(before) < len(items):
            return None
        refs = before[len(before) - len(items):]
        if lists_between(self.text, refs[-1].end, clause.start):
            return None  # …年均增长7.8%；单位GDP能耗、…分别为全国平均水平的1/3、1/5，五年分别下降…: a list of its own
            # between (its numbers no figures) names the items, not the figures before it (probe37 深圳 2021)
        names = [f.indicator for f in refs]
        if not all(names) or len(set(names)) < len(names):
            return None
        ref = refs[items.index(m)]
        return ref.indicator + (growth if not ref.indicator.endswith(growth) else ""), ref.place

    def _subject(self, clause: Clause, at: int) -> tuple[list[Mention], str, list[str], list[tuple[str, str]], str]:
        """The list's items, its subject (borrowed from the clause before when the clause names only a growth
        noun), the subject's parts and places, and what the clause itself names before 分别."""
        key = (clause.start, at)
        if key not in self.subjects:
            text = self.text
            end = clause_end(text, at, len(text))
            items = self.mentions[bisect_left(self.starts, at):bisect_left(self.starts, end)]
            own = subject = phrase(strip_light(self.tag(text[clause.start:at], clause.start), lead=True), text)
            if text[clause.start:at].strip(" ，,") in words().of("aside"):
                own = subject = ""  # 按可比口径分别增长…: how it is computed names no subject
            growth = growth_head(subject)
            if growth and growth == subject and clause.start > clause.sentence_start + 1:
                # 产量、出口量均快速增长，累计增速分别为…: a bare growth noun is of the clause before's subject
                before = clause_start(text, clause.start - 1, clause.sentence_start)
                ws = self.tag(text[before:clause.start - 1], before)
                cut = next((i for i, w in enumerate(ws) if w.tag == "d" or is_change_verb(w.text)), len(ws))
                subject = phrase(strip_light(ws[:cut], lead=True), text)  # its nouns, not 均快速增长
                subject = without_how_it_did(subject)  # 纺织业、金属制品业增速亮眼，增速分别为…: nor 增速亮眼
                subject = (subject + growth) if subject else growth
            elif not subject and clause.start > clause.sentence_start + 1 and len(items) >= 2:
                # 地区生产总值、…和农村居民人均可支配收入，预计分别增长5.8%、…: a clause naming no subject (only 预计)
                # lists the items of the clause before, when that one is a list of as many names
                # (a clause of names only: not one that holds a figure of its own, 两个行业合计新登记5.59万户, nor a list
                # of places, 上榜的还有我省南阳市、漯河市…，分别名列…: places are no indicators)
                before = clause_start(text, clause.start - 1, clause.sentence_start)
                if bisect_left(self.starts, before) == bisect_left(self.starts, clause.start):
                    # (纺织业、金属制品业增速亮眼，分别增长…; 产值快速增长，分别增长…: a clause that says only how its
                    # subject did, or that it changed, lists its subject's items, not how they did)
                    borrowed = changed_subject(text, before, clause.start - 1, self.tag) or without_how_it_did(
                        phrase(strip_light(self.tag(text[before:clause.start - 1], before), lead=True), text))
                    n = len([p for p in patterns().list_split.split(borrowed) if p])
                    if (n == len(items) or n == 1 and only_times(text, clause.start, at)) \
                            and next(iter(gazetteer().find(borrowed)), None) is None:
                        # (增速呈现“前低后高”态势，一季度、上半年、前三季度和全年分别增长…: a list of times, each
                        # figure's period, names no items; the one subject before is every item's)
                        subject = borrowed
            if len(items) >= 2:
                subject = self._without_counts(subject, clause.start, at)
            counted = listed_count().search(subject) if len(items) >= 2 \
                and any(x in subject for x in words().of("listed_count")) else None
            if counted is not None:  # …限额以上消费品零售额3个主要指标增速: the count of the list names nothing
                subject = subject[:counted.start()] + subject[counted.end():]
            most = next((w for w in words().of("superlative") if subject.endswith(w)), "")
            if most and patterns().change_noun.search(subject, 0, len(subject) - len(most)):
                subject = own = subject[: -len(most)]  # …电子信息增幅最大，分别为…: which grew most names nothing
            lead = next((w for w in words().of("relative_lead") if subject.startswith(w) and len(subject) > len(w)), "")
            if lead:  # 占比较大的公共设施管理业、道路运输业投资: a relative clause saying which names no item
                subject = own = subject[len(lead):]
            numbered = patterns().ordinal_list.search(text, clause.start, at)
            parts = self._parts(subject, items, numbered)
            if len(items) >= 2 and len(parts) < len(items) and not numbered:
                # 批发和零售业，交通运输、仓储和邮政业，…，居民服务、修理和其他服务业增加值分别增长8.5%、8.6%…: names that
                # hold 、 themselves are listed by commas, each clause before the subject's one item (probe29)
                earlier = self._industry_clauses(clause, len(items) - 1)
                if earlier:
                    parts = earlier + [subject]
            # (广东广州、江苏南京: a province before its city is one item with it)
            places = subject_places(subject)
            self.subjects[key] = (items, subject, parts, places, own)
        return self.subjects[key]


    def _industry_clauses(self, clause: Clause, n: int) -> list[str]:
        """The `n` clauses right before `clause` when each is only an industry's name (figure_words
        list_own_name_ending: 批发和零售业; no number, not a generic word such as 产业) and the clause before them is
        none (服务业平稳增长): the earlier items of a list whose items are split by commas; [] otherwise."""
        text, w = self.text, words()
        out: list[str] = []
        end = clause.start - 1
        while end > clause.sentence_start and text[end] in "，,":
            start = clause_start(text, end, clause.sentence_start)
            name = text[start:end].strip()
            if not (0 < len(name) <= INDUSTRY_MAX and name.endswith(w.of("list_own_name_ending"))
                    and not name.endswith(w.of("list_generic_industry")) and not any(c.isdigit() for c in name)
                    and bisect_left(self.starts, start) == bisect_left(self.starts, end)):
                break
            out.insert(0, name)
            end = start - 1
        return out if len(out) == n else []

    def _without_counts(self, subject: str, start: int, at: int) -> str:
        """The subject without the counts that open its parts, figures of their own (1个省级、18个市级重点项目分别完成
        投资8.96亿元、31.55亿元: 省级、市级重点项目; the first count the lead strip has dropped already)."""
        joints = words().of("list_joint")
        for m in self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, at)]:
            count = self.text[m.start:m.end]
            if m.kind not in ("count", "") or not m.unit or not count:
                continue
            k = subject.find(count)
            if k > 0 and subject[:k].endswith(joints) or k == 0 and len(subject) > len(count):
                subject = subject[:k] + subject[k + len(count):]
        return subject


INDUSTRY_MAX: Final = 20  # the longest industry's name read as a list item of its own clause (交通运输、仓储和邮政业)
HEAD_CHARS: Final = 2  # the head a noun after 分别 ends with (贷款 of 发放贷款, 产值 of 总产值)
PENDING_MARKS: Final = "，,"  # what may end a list the next clause's 分别 goes on with
CLAUSE_MARKS: Final = "，,；;。！？!?：:、"
PENDING_GAP: Final = 4  # how far into the next clause its 分别 may stand (同比分别, 也分别)


def joined_run(text: str, clause: Clause, mentions: list[Mention], idx: int) -> tuple[int, int]:
    """(first, last): the indices of the run of numbers of `clause` around mentions[idx] joined by list joints only
    (50214元、23297元; a number alone is a run of one)."""
    first = idx
    while first > 0 and clause.start <= mentions[first - 1].start and joined(text, mentions[first - 1], mentions[first]):
        first -= 1
    last = idx
    while last + 1 < len(mentions) and mentions[last + 1].start < clause.end \
            and joined(text, mentions[last], mentions[last + 1]):
        last += 1
    return first, last


def paired_item(run: Sequence[Mention], k: int, name: str) -> str:
    """The name of run[k] when the run is a list written without 分别 after a subject that writes two things at
    once (paired_words.tsv), in one unit and as many numbers as the word's parts: 城乡居民人均可支配收入50214元、
    23297元 → 城镇居民人均可支配收入, 农村居民人均可支配收入, as 城乡居民人均可支配收入分别为50214元、23297元 (the spec:
    a list gives one row per number, each with its own indicator); "" when it is not."""
    pair = max((w for w in words().paired if name.startswith(w) and len(name) > len(w)), key=len, default="")
    if not pair:
        return ""
    parts = words().paired[pair]
    m = run[k]
    if len(run) != len(parts) or not m.unit or any((r.unit, r.kind) != (m.unit, m.kind) for r in run):
        return ""
    return parts[k] + name[len(pair):]


def before_set(last: str) -> str:
    """The last item of a list closed by 等 and the set its items are of, when the set is a kind of industry and
    nothing follows it (纺织业、非金属矿物制品业、金属制品业等传统行业 → 金属制品业: the set names every item, and no
    item is of it); the item as written otherwise (…等行业增加值: what follows the set is the items' head)."""
    for etc in words().of("etc"):
        k = last.rfind(etc)
        kind = last[k + len(etc):]
        if k > 0 and kind and kind.endswith(words().of("list_own_name_ending")) \
                and last[:k].endswith(words().of("list_own_name_ending")):
            return last[:k]
    return last


def from_to_halves(text: str, items: Sequence[Mention | Figure]) -> bool:
    """Whether a list's items are its items' levels twice, joined by a change verb to (分别从29661元、10391元增加到
    43364元、16117元): as many before the verb as after it, each half joined by list joints only."""
    half = len(items) // 2
    if half < 2 or len(items) != 2 * half or from_start(text, items[0].start) < 0:
        return False
    return patterns().from_to.match(text[items[half - 1].end:items[half].start]) is not None \
        and all(joined(text, a, b) for part in (items[:half], items[half:]) for a, b in zip(part, part[1:]))


PROPER_TAGS: Final = frozenset({"ns", "nz", "nr"})  # a place's, a thing's or a person's own name


def proper_head(part: Sequence[Word], last: Sequence[Word]) -> str:
    """The head an item that is only a proper name (鸣沙山·月牙泉) shares with the last item, a proper name and the
    words it goes on with (莫高窟 | 景区游客 → 景区游客); "" when either is otherwise."""
    if not part or not all(w.tag in PROPER_TAGS or is_punct(w.text) for w in part) \
            or not last or last[0].tag not in PROPER_TAGS:
        return ""
    j = next((i for i, w in enumerate(last) if w.tag not in PROPER_TAGS), len(last))
    return "".join(w.text for w in last[j:]) if 0 < j < len(last) else ""


def summed_parts(parts: list[str], n: int) -> list[str]:
    """The items of a list whose last part sums them with a count before the noun they share (高新、经开、小蓝三个
    国家级开发区主营业务收入: 高新国家级开发区主营业务收入, …, 小蓝国家级开发区主营业务收入), when the count is the
    number of items; else []."""
    if n < 2 or len(parts) != n:
        return []
    m = patterns().list_sum.match(parts[-1])
    if m is None or not m.group("item") or not m.group("head"):
        return []
    try:
        if parse_number(m.group("count")) != n:
            return []
    except (ValueError, ArithmeticError):
        return []
    head = m.group("head")
    return [p + head for p in parts[:-1]] + [m.group("item") + head]


def opposite_of(first: str, part: str) -> str:
    """A later item that is only the opposite of the first item's head (figure_words.tsv opposite_head: 收入/支出)
    with the first item's modifier (一般公共预算收入 | 支出 → 一般公共预算支出); else the item as written."""
    for pair in words().of("opposite_head"):
        a, _, b = pair.partition("/")
        if part == b and first.endswith(a) and len(first) > len(a):
            return first[:-len(a)] + b
    return part


def own_names(part: str, last: str) -> bool:
    """Whether two items both end with the same ending of a name of its own (纺织业、金属制品业): each is whole, and
    the first takes no words of the last (not 纺织业品业)."""
    return any(part.endswith(e) and last.endswith(e) for e in words().of("list_own_name_ending"))


def industry_head(part: str, last: str, tag: Tagger | None = None) -> str:
    """The head an item that is a name of its own (an industry, …业) shares with the last item, which goes on after
    its own such name (公共设施管理业 | 道路运输业投资 → 投资); "" when none. With a tagger, the name's ending ends a
    word of the last item (限上住宿业、餐饮业营业额: 餐饮业, not the 业 inside 营业额; probe41 陕西 2024)."""
    words_of_last = tag(last) if tag is not None else None
    for ending in words().of("list_own_name_ending"):
        if not part.endswith(ending):
            continue
        k = last.rfind(ending)
        while k > 0 and words_of_last is not None and not word_boundary(words_of_last, k + len(ending)):
            k = last.rfind(ending, 0, k)
        if 0 < k < len(last) - len(ending):
            return last[k + len(ending):]
    return ""


def cut_inside_first_word(ws: Sequence[Word], part: str, cut: int) -> bool:
    """Whether a cut of the last item (words `ws`) at `cut`, as long as `part`, falls inside its first word, a word
    longer than `part`, with more words after it (天然气 | 产量 for 煤炭; not 治安案件, one word, for 刑事)."""
    return len(ws) > 1 and len(ws[0].text) > len(part) and cut < len(ws[0].text)


def word_boundary(ws: Sequence[Word], at: int) -> bool:
    """Whether character `at` of the text the words `ws` cut is where one of them ends."""
    end = 0
    for w in ws:
        end += len(w.text)
        if end >= at:
            return end == at
    return at == 0


def industry_tail(last: Sequence[Word]) -> str:
    """The head the last item of a list goes on with after an industry's name of its own, the item two words
    (制造业 | 投资); "" otherwise (信息等产业增加值, 航空航天行业增加值: no one industry's name before the head)."""
    if len(last) != 2 or last[0].text in words().of("list_generic_industry"):
        return ""
    return last[1].text if last[0].text.endswith(words().of("list_own_name_ending")) else ""


def parallel_cores(parts: Sequence[str], tag: Tagger) -> tuple[str, str] | None:
    """(modifier, head) when a list of three or more items writes only their cores in the middle, each one word of
    one length, and the first item ends with a word of that length: the words before the first core and after the
    last one are every item's (改造老旧供热、燃气、排水管网 → 改造老旧 and 管网: 改造老旧燃气管网); None otherwise
    (规上工业增加值、投资、消费增速: 增加值 is no core of 投资's length)."""
    middle = parts[1:-1]
    n = len(middle[0]) if middle else 0
    if not middle or n > 3 or any(len(p) != n or len(tag(p)) != 1 for p in middle) \
            or len(parts[0]) <= n or len(parts[-1]) < n + 2 or len(tag(parts[0])[-1].text) != n:
        return None
    return parts[0][:-n], parts[-1][n:]


def shared_level_heads(text: str, figures: list[Figure]) -> list[Figure]:
    """创建3个国家级、10个省级现代农业产业园: a figure named only by the level written after its number (国家级), and
    then a list joint alone before the next figure of its kind, takes the head the next one's name goes on with after its own level word (国家级现代
    农业产业园); a chain of them from its end (3个国家级、5个省级、10个市级…)."""
    out = list(figures)
    ends, joints = words().of("level_end"), words().of("list_joint")
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.kind != b.kind or len(a.indicator) > LEVEL_MAX or not a.indicator.endswith(ends) \
                or not text.startswith(a.indicator, a.end) or text[a.end + len(a.indicator):b.start] not in joints:
            continue
        k = min((j for e in ends for j in [b.indicator.find(e, 0, LEVEL_MAX)] if j >= 0), default=-1) + 1
        if 0 < k < len(b.indicator):
            out[i] = replace(a, indicator=a.indicator + b.indicator[k:])
    return out


LEVEL_MAX = 4  # the longest name of a level (自治区级)


def parallel_end(part: str, last: str) -> int:
    """Where the words of the last item that stand for `part` end: after the first of its opening characters that
    ends as `part` does (国家级、省级专精特新企业: 省级, so 国家级专精特新企业; 工业、服务业增加值: 服务业), else after
    as many characters as `part` has (城镇和农村居民收入: 农村)."""
    k = last.find(part[-1], 0, PARALLEL_REACH)
    return k + 1 if 0 <= k and k + 1 < len(last) - 1 else len(part)


PARALLEL_REACH = 4  # how far into the last item the word standing for an earlier one may end


def inside_quote(item: str, cut: int) -> bool:
    """Whether item[:cut] leaves a quotation open (“一带一路”沿线国家 cut after “一): a quoted name is cut nowhere."""
    opens, closes = words().of("quote_open"), words().of("quote_close")
    head = item[:cut]
    return sum(head.count(q) for q in opens) > sum(head.count(q) for q in closes)


PARALLEL_NOUN_MAX: Final = 3  # the longest bare noun read as parallel to the end of the name before it (外资)


def parallel_noun(before: list[Word], name: str) -> str:
    """A bare noun listed right after a figure whose name (its words `before`) ends with a word of the same length
    and last character (实际利用|内资 and 外资): the words before that one, then the noun (实际利用外资); else the noun
    (改造城镇老旧小区 and 棚户区: no such word)."""
    n = len(name)
    if 2 <= n <= PARALLEL_NOUN_MAX and len(before) > 1 and len(before[-1].text) == n \
            and before[-1].text[-1] == name[-1] and before[-1].text != name:
        return "".join(w.text for w in before[:-1]) + name
    return name


def parallel_tail(parts: list[str]) -> str:
    """The head the last item goes on with after the words standing for an earlier item written as its opening
    (一般贸易 | 加工贸易进出口: 进出口), which the list's other items share too; "" when no item is so written."""
    last = parts[-1]
    return next((last[parallel_end(p, last):] for p in parts[:-1] if parallel(p, last) and not own_names(p, last)), "")


def parallel(part: str, last: str) -> bool:
    """Whether an item is written as the opening of the last one, which goes on with the head they share: as long
    as it or longer, ending with the same two characters (城镇居民 | 农村居民人均可支配收入)."""
    n = len(part)
    return 3 <= n < len(last) - 1 and last[n - 2:n] == part[-2:]


def unquoted(part: str) -> str:
    """An item cut from a list of quoted names (“上海标准”、“上海品牌”) without its quote marks, or the one the cut
    left open."""
    opens, closes = words().of("quote_open"), words().of("quote_close")
    inner = part[1:-1]
    if part[:1] in opens and part[-1:] in closes and not any(q in inner for q in opens + closes):
        return inner  # “上海标准”: the whole item quoted
    if part[:1] in opens and not any(c in part[1:] for c in closes):
        part = part[1:]
    if part[-1:] in closes and not any(o in part[:-1] for o in opens):
        part = part[:-1]
    return part


def subject_places(subject: str) -> list[tuple[str, str]]:
    """(surface, place) of each item of a list's subject that a place opens, a province before its city one item
    (广东广州、江苏南京…: `place.list_items`)."""
    return [(subject[at:pm.end], pm.place.name) for at, pm in list_items(list(gazetteer().find(subject)))]


def lists_between(text: str, start: int, end: int) -> bool:
    """Whether a clause with a 分别 list of its own (figure_words respectively) stands in text[start:end], after its
    first clause delimiter: …年均增长7.8%；单位GDP能耗、单位GDP二氧化碳排放分别为全国平均水平的1/3、1/5，五年分别下降…
    (its numbers no figures) names the items of the list after it, not the figures before it; a clause that only says
    how the figures are counted or what they met (扣除价格因素，分别实际增长…; 如期实现“双一”目标，分别比上年增长…)
    does not."""
    first = min((k for k in (text.find(d, start, end) for d in CLAUSE_DELIMS) if k >= 0), default=-1)
    return first >= 0 and any(text.find(r, first + 1, end) >= 0 for r in words().of("respectively"))


def only_times(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], the words of a clause before its 分别, are only two or more times, listed (一季度、
    上半年、前三季度和全年分别: the times a 分别 list pairs with its figures, `period.Periods`; figure_words list_joint
    between them, a change adverb after them)."""
    w = words()
    pos, seen = start, 0
    for t in timex.search_from(text, start, end):
        gap = text[pos:t.start()].strip(" ，,")
        if gap and gap not in w.of("list_joint"):
            return False
        pos, seen = t.end(), seen + 1
    rest = text[pos:end].strip(" ，,")
    return seen >= 2 and (not rest or rest in w.of("change_adverb"))


def growth_head(name: str) -> str:
    """The growth noun ending a name with the adverbs before it (…累计增速 → 累计增速, 增速 → 增速), or ""."""
    cn = patterns().change_noun.search(name)
    if not cn:
        return ""
    s, adverbs = cn.start(), words().of("change_adverb")
    while any(name[:s].endswith(a) for a in adverbs):
        s -= next(len(a) for a in adverbs if name[:s].endswith(a))
    return name[s:]


def parallel_list(text: str, clause: Clause, mentions: list[Mention], n: int) -> list[Mention]:
    """The numbers of `clause` when they are a list parallel to a 分别 list of `n` items just before it: as many,
    joined (、 和), after only a change verb (同比 allowed) — 分别实现增加值63.46亿元、17.77亿元和67.07亿元，增长36.9%、
    24.5%和12.3%: each growth is of its item. Else []."""
    mine = [m for m in mentions if clause.start <= m.start < clause.end]
    if n < 2 or len(mine) != n or not all(joined(text, a, b) for a, b in zip(mine, mine[1:])):
        return []
    lead = text[clause.start:mine[0].start].strip(" ，,")
    if all(m.form == "rank" for m in mine):
        # 分别增长7.6%、5.9%、10.4%，增速居全国第4位、第7位、第6位: each rank of its item, as a growth would be; not
        # when the clause lists subjects of its own (工业、投资增速居第3、第5)
        return [] if any(j in lead for j in words().of("list_joint")) else mine
    for w in words().period_compare:
        lead = lead[len(w):] if lead.startswith(w) else lead
    adverb = next((a for a in words().of("change_adverb") if lead.startswith(a)), "")
    lead = lead[len(adverb):]  # 年均增长7.9%和9.2%
    compare = next((c for c in words().of("compare") if lead.startswith(c)), "")
    if compare and not is_change_verb(lead):  # 较去年增长8.5%、11%: the baseline named before the verb
        lead = next((lead[i:] for i in range(len(compare) + 1, len(lead)) if is_change_verb(lead[i:])), lead)
    times = words().of("times_unit")
    if all(m.unit in times or m.unit_surface in times for m in mine) \
            and lead.startswith(words().of("times_lead")) and lead.endswith(words().of("of")):
        return mine  # 是2016年的1.4倍和1.5倍: each item's multiple of its own level then
    return mine if is_change_verb(lead) else []


def joined(text: str, prev: Mention | Figure | None, m: Mention | Figure) -> bool:
    """Whether only a list joint (、 和 ，) stands between two figures (and the second's minus sign: 39.3%、-97.7%)."""
    if prev is None:
        return False
    # the pattern's whole match is a joint (figure_words list_joint, or ，) with a space at most on either side: a longer
    # gap (most pairs of figures: words between them) matches nothing, and the pattern is not tried
    if m.start - prev.end > joint_width() + 3:
        return False
    between = text[prev.end:m.start]
    if between.endswith(words().of("minus")):
        between = between[:-1]
    return patterns().list_joint.fullmatch(between) is not None


def joint_width() -> int:
    """`_make_joint_width()`, made once."""
    return _JOINT_WIDTH.get()


def _make_joint_width() -> int:
    """The longest joint `patterns().list_joint` matches (figure_words list_joint, and ，): with a space on either
    side and a minus sign after it (`joined`), the widest gap two joined figures have is this plus three."""
    return max([1, *(len(j) for j in words().of("list_joint"))])


_JOINT_WIDTH: Final = Once(_make_joint_width)


def lead_qualifier(text: str, start: int, end: int) -> str:
    """The qualifier of a prefix word (超过, 约) written between 分别 and the list's first item."""
    lead = text[start:end]
    gaps = words().of("gap_up") + words().of("gap_down")
    # (分别高于全国、福建省平均水平5.26、4.43个百分点: a gap word before its references is no qualifier)
    return next((q for word, q in words().prefixes if word in lead and (word not in gaps or lead.rstrip().endswith(word))),
                "")


def opens_with_prefix(mention: str) -> bool:
    return any(mention.startswith(word) for word, _ in words().prefixes)
