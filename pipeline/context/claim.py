"""Claim: whether a figure is a target (a goal, plan, expected value or commitment) or an actual.

A target cue before the figure in its sentence (预期目标是：…, 力争, 确保; 将, 计划 only in its clause) makes it a target unless an
achieved word stands before the cue in its clause (完成年度目标, 超出预期), a share word right before it makes the cue the
whole of a share (占年度计划的68.8%) or the cue is inside its baseline (超年度计划28%).
A heading with plan words makes the figures under it targets, one with review words actuals (`claim_words.tsv`),
except for the premise of a task (…，要…); a people counted (14亿多中国人) is a fact whatever cue or heading.
A lead-in does what a plan heading does for the list it announces: a paragraph's sentence with plan words ending in a
colon (今年广东经济社会发展的主要预期目标是：, 2019年市委市政府为民兴办10件实事：, …指标体系安排，具体为：) or a short line
of plan words with no punctuation (今年预期目标), with neither review, achieved nor past words (一年来主要做了以下工作：);
its list is the rest of the paragraph and the item lines after it (◆…, 一是…, （一）…, 1.…).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from enum import Enum
from typing import Final

from .. import recache
from ..once import Once
from ..data import read_tsv, word_tuple
from ..numerals import CN_COUNT_CHARS, CN_QUANTITY_CHARS
from ..numbers import tables
from ..figures.clause import positions
from ..figures.words import words as figure_words
from ..records import Figure
from ..scan import last_of


CLAUSE_BREAKS = "，,；;：:。"
COMMAS = "，,；;"  # the breaks a caller may have found already (resolver.SentenceBreaks)
NOT_COMMAS = "".join(c for c in CLAUSE_BREAKS if c not in COMMAS)
CLAUSE_BREAK = recache.compile(f"[{CLAUSE_BREAKS}]")
STATEMENT_BREAK = recache.compile("[；;]")  # where a `statement` cue's reach ends
# a figure ending right before a goal noun (4%的预期目标, 900万人目标): a digit or per cent sign, up to three characters of
# its unit, 的 or not
FIGURE_BEFORE = recache.compile(r"[0-9%％][^0-9，,；;。：:]{0,3}的?$")
ITEM_ENDS = ("；", ";")  # what closes an item of a sentence's list


class Claim(str, Enum):
    PLAN = "plan"
    REVIEW = "review"


DIGITS = "0123456789"  # with CN_QUANTITY_CHARS: what a count before a cue ends in (5项预期性指标)


@dataclass(frozen=True)
class ClaimWords:
    cue: re.Pattern  # clause cues, then sentence-wide cues: one alternation of words (`clause` tells them apart)
    achieved: tuple[str, ...]
    plan: tuple[str, ...]
    review: tuple[str, ...]
    qualifiers: tuple[str, ...]  # prefix qualifiers (将近): a cue that opens one is none
    premise: tuple[str, ...]
    fact: tuple[str, ...]
    goal: tuple[str, ...]  # right after a figure (的 or not): the figure is the goal's value (完成全年900万人目标的73%)
    share: re.Pattern  # 占 up to four characters before the end of the text: the cue after it is a share's whole
    done: tuple[str, ...] = ()  # between a clause cue and the figure: what was done of the plan (实际开工150个)
    obtained: tuple[str, ...] = ()  # a cue and the word after it: it takes a thing, not an aim (争取上级, 目标企业)
    past: tuple[str, ...] = ()  # in a lead-in, a deed done: the list after it is a review's (主要做了以下工作：)
    purpose: tuple[str, ...] = ()  # right before an achieved word, it makes it an aim (为实现上述目标, 确保完成)
    attained: tuple[str, ...] = ()  # after a goal noun in its clause: the goal was met (各项工作目标和任务圆满完成)
    light: frozenset[str] = frozenset()  # cues that are adverbs or verbs of intent (力争, 确保): never a goal met
    clause: frozenset[str] = frozenset()  # the clause cues (将, 计划): a match of `cue` that is one is one
    statement: frozenset[str] = frozenset()  # cues that are their clause's verb (要达到): they hold up to the next ；
    continued: tuple[str, ...] = ()  # opening the clause after a ；, it goes on with the statement before (其中)
    frame: tuple[str, ...] = ()  # before a goal noun in its clause: the goal frames the deeds after it (围绕…目标)
    past_obtained: tuple[str, ...] = ()  # cues that open with an obtained word, longest first (预期性指标 over 预期性)
    counted: str = ""  # measure words of a count right before such a cue (5项预期性指标): the cue is what is counted
    carried: tuple[str, ...] = ()  # before a plan word in a heading's clause: the plan is what was carried out (落实)
    straddle: tuple[str, ...] = ()  # words ending on a cue's first character (斗争 in 斗争取得): the cue is none
    people: tuple[str, ...] = ()  # a people named after a place's short name (3100万龙江人民): counted, a fact


def _make_claim_words() -> ClaimWords:
    roles: dict[str, list[str]] = {r: [] for r in ("cue", "clause", "achieved", "plan", "review", "premise", "fact",
                                                   "share", "goal", "done", "obtained", "past",
                                                   "purpose", "attained", "statement", "continued", "frame",
                                                   "counted", "carried", "straddle", "people")}
    light: set[str] = set()
    for word, role, *rest in read_tsv("claim_words.tsv"):
        roles[role].append(word)
        if rest and rest[0] == "light":
            light.add(word)
    cues, clause = (sorted(roles[r], key=len, reverse=True) for r in ("cue", "clause"))
    # the clause cues first, so a word in both lists is a clause cue; plain words only (no group around the clause
    # cues), so the regex engine skips in C every character that opens none of them
    pattern = "|".join(map(re.escape, clause + cues))
    return ClaimWords(recache.compile(pattern), tuple(roles["achieved"]),
                      tuple(roles["plan"]), tuple(roles["review"]), tuple(tables().prefixes),
                      tuple(roles["premise"]), tuple(roles["fact"]), tuple(roles["goal"]),
                      recache.compile(f"(?:{'|'.join(map(re.escape, roles['share']))})[^，,；;：:。]{{0,4}}$"),
                      tuple(roles["done"]), tuple(roles["obtained"]), tuple(roles["past"]),
                      tuple(roles["purpose"]), tuple(roles["attained"]), frozenset(light), frozenset(clause),
                      frozenset(roles["statement"]), tuple(roles["continued"]), tuple(roles["frame"]),
                      tuple(c for c in cues if c.startswith(tuple(roles["obtained"]))
                            and c not in roles["obtained"]), "".join(roles["counted"]), tuple(roles["carried"]),
                      tuple(roles["straddle"]), tuple(roles["people"]))


_CLAIM_WORDS_ONCE: Final = Once(_make_claim_words)


def claim_words() -> ClaimWords:
    return _CLAIM_WORDS_ONCE.get()


def _as_deed(text: str, said: tuple[str, ...], purpose: tuple[str, ...]) -> bool:
    """Whether one of the words `said` stands in the text with no purpose word right before it (为实现, 确保完成)."""
    for a in said:
        k = text.find(a)
        while k >= 0:
            if not text.endswith(purpose, 0, k):
                return True
            k = text.find(a, k + 1)
    return False


def straddles(text: str, at: int, words: tuple[str, ...]) -> bool:
    """Whether one of the words ends on text[at] after starting before it (斗争 in 斗争取得, at 争): the character at `at`
    is that word's last, so a cue opening there is no cue."""
    for x in words:
        n = len(x) - 1
        if n > 0 and at >= n and text.startswith(x, at - n):
            return True
    return False


def achieved_in(text: str, w: ClaimWords) -> bool:
    """Whether an achieved word (完成, 实现) stands in the text as a deed, not as an aim a purpose word before it
    makes it (为实现上述目标, 确保完成全年任务)."""
    return _as_deed(text, w.achieved, w.purpose)


def done_in(text: str, w: ClaimWords) -> bool:
    """Whether the text says a goal was met, not only aimed at: a word of attainment (超额完成, 圆满完成) or an achieved
    word with the perfective 了 (加倍完成了), neither made an aim by a purpose word before it (确保超额完成); not
    实现6.5%左右的增长预期目标是有条件的 (an aim's value)."""
    return _as_deed(text, w.attained + tuple(a + "了" for a in w.achieved), w.purpose)


def _attained_after(text: str, start: int, end: int, attained: tuple[str, ...]) -> bool:
    """Whether a word saying a goal was met (圆满完成, 全面实现) follows text[start:] in its clause."""
    stop = min((k for c in "，,；;：:。" if (k := text.find(c, start, end)) >= 0), default=end)
    return any(text.find(a, start, stop) >= 0 for a in attained)


HEADING_CLAUSE_BREAKS = "，,；;：:。"


def _planned(title: str, word: str, carried: tuple[str, ...]) -> bool:
    """Whether the plan word `word` stands in a heading's title as its plan, not as the plans a deed carried out
    (（二）坚定不移落实国家战略部署，特色优势更加彰显: a review's item, whose 部署 was carried out; probe31 山东 2021)."""
    k = title.find(word)
    while k >= 0:
        opens = max(title.rfind(c, 0, k) for c in HEADING_CLAUSE_BREAKS) + 1
        if not any(title.find(c, opens, k) >= 0 for c in carried):
            return True
        k = title.find(word, k + 1)
    return False


def heading_claim(title: str) -> Claim | None:
    w = claim_words()
    if any(x in title for x in w.review):
        return Claim.REVIEW
    if any(_planned(title, x, w.carried) for x in w.plan):
        for a in w.attained:  # 脱贫攻坚任务胜利完成: the plan was met, the heading is no plan's (nor a review's)
            k = title.find(a)
            if k >= 0 and not any(p in title[:k] for p in w.purpose):  # not 确保圆满完成全年目标任务
                return None
        return Claim.PLAN
    return None


class SentenceCues:
    """The target cues of one sentence, found once: each figure reads those before it."""

    def __init__(self, text: str, start: int, end: int, w: ClaimWords | None = None,
                 commas: list[int] | None = None) -> None:
        """`commas`: where the sentence's commas and semicolons (COMMAS) stand, when the caller has them: only the
        other breaks are then looked for."""
        w = w or claim_words()
        self.cues: list[tuple[int, int, str, bool]] = []  # (start, end, word, clause-only)
        self.quoted: list[int] = []  # for each cue: where the quotation it stands in closes, else -1
        for m in w.cue.finditer(text, start, end):
            # the match's place and word, read once (each read is a method call by name)
            at, word, after = m.start(), m.group(), m.end()
            if text.startswith(w.qualifiers, at):
                continue  # 将近: a qualifier, not 将
            if w.straddle and straddles(text, at, w.straddle):
                continue  # 抗疫斗争取得重大战略成果: 斗争 and 取得, not 争取
            if w.obtained and (text.startswith(w.obtained, at) or obtained_past_quotes(text, at, after, end, w)):
                longer = next((c for c in w.past_obtained if text.startswith(c, at)), "")
                if longer and not (at >= 2 and text[at - 1] in w.counted
                                   and text[at - 2] in DIGITS + CN_QUANTITY_CHARS):
                    # 预期性指标: a cue of its own, longer than the word (预期性) that makes 预期 none; not a count of them
                    # (5项预期性指标、1项约束性指标未能如期完成: the indicators counted, no aim)
                    self.cues.append((at, at + len(longer), longer, False))
                    self.quoted.append(-1)
                continue  # 争取上级资金20.2亿元: funds obtained; 拜访目标企业150家: firms named as prospects
            clause_start = last_of(text, CUE_CLAUSE_BREAKS, start, at) + 1
            before = text[max(start, clause_start):at]
            if achieved_in(before, w) or w.share.search(before):
                continue  # 超额完成年度目标: achieved; 占年度计划的68.8%: how much of the plan was done
            if w.frame and word not in w.light and word not in w.clause and any(f in before for f in w.frame):
                continue  # 均中村党支部围绕“达标创星”目标，实施…，2017年村集体经营收入35.8万元: the goal frames the deeds
            if word in w.goal and word not in w.light and word not in w.clause and FIGURE_BEFORE.search(before):
                continue  # 登记失业率始终控制在4%的预期目标之内；…收入年均增长12.7%: the goal of the figure before it
                # (names_a_goal), no cue for the figures after it (probe38 新疆 2016: 12.7%, 13.6% were targets)
            if word not in w.light and word not in w.clause and text.startswith(ITEM_ENDS, after):
                continue  # …突破8500亿元，正加快迈向万亿目标；新增…7个国家中小企业特色产业集群: a goal noun that closes
                # its item introduces no list: the items after the ； are deeds (probe28 湖南 2025)
            if w.attained and word not in w.light and _attained_after(text, after, end, w.attained):
                continue  # 年初确定的各项工作目标和任务圆满完成，预计…: the goal was met, the figures after are actuals
            # inside a quotation (“贯彻二十大 锚定新目标 奋力闯创干”活动): where it closes; a quoted name holds the cue
            q_open, q_close = text.rfind("“", start, at), text.rfind("”", start, at)
            closes = text.find("”", after, end) if q_open > q_close else -1
            self.cues.append((at, after, word, word in w.clause))
            self.quoted.append(closes)
        if commas is None:
            self.breaks = positions(text, start, end, CLAUSE_BREAKS)
        else:
            others = positions(text, start, end, NOT_COMMAS)
            self.breaks = sorted(commas + others) if others else list(commas)
        self.text, self.done, self.statement, self.continued = text, w.done, w.statement, w.continued
        self.light = w.light

    def claim(self, f: Figure) -> str:
        """"cue" when a sentence-wide cue before the figure says it is a target, or a clause cue inside the
        figure's own name (年度计划投资853.8亿元: the plan's amount, whatever the heading); "clause" when only a clause
        cue does (将, 计划: weaker, a review heading wins over them), else ""."""
        found = ""
        for (start, end, word, clause_only), closes in zip(self.cues, self.quoted):
            if end > f.start:
                break
            if f.baseline and word in f.baseline:
                continue
            if 0 <= closes < f.start:
                continue  # 三季度“…锚定新目标…”活动综合评比排名全市第二: a cue in a quoted name before the figure
            if clause_only:
                k = bisect_left(self.breaks, end)
                if k == len(self.breaks) or self.breaks[k] >= f.start:
                    # no clause break between the cue and the figure
                    between = self.text[end:f.start]
                    if any(d in between for d in self.done):
                        found = ""  # 年度计划新开项目实际开工150个: what was done of the plan
                    elif self.names(f, start, end):
                        found = "cue"  # 年度计划投资853.8亿元: the plan's own amount
                    else:
                        found = "clause"
                continue
            k = bisect_left(self.breaks, end)
            if (k == len(self.breaks) or self.breaks[k] >= f.start) and any(d in self.text[end:f.start] for d in self.done):
                continue  # 免费检查目标完成率达139%: how much of the goal was done, in the cue's own clause (probe39 长沙 2021)
            if word in self.statement and any(not self.text.startswith(self.continued, b.end())
                                              for b in STATEMENT_BREAK.finditer(self.text, end, f.start)):
                continue  # 确定…要达到6.5万户…；出台…措施16条: a ； opens another statement, a deed (not ；其中…)
            if self.done_opens(end, f.start):
                continue  # 承诺了城镇新增就业1100万人以上的目标，实际全年城镇新增就业1361万人: what was done of it
            if word in self.light and self.breaks_between(end, f.start):
                # 确保中央新增财政资金直达市县、…，省对下财力补助增长25.5%; 努力办好人民满意的教育，…分别达到29所和46所: an
                # adverb of intent in an earlier clause is weaker, as a clause cue: a review heading wins over it (probe30
                # 云南 2021, probe31 贵州 2021); a plan's still a target
                found = found or "clause"
                continue
            return "cue"
        return found

    def breaks_between(self, start: int, end: int) -> bool:
        """Whether a clause break (CLAUSE_BREAKS) stands in text[start:end]."""
        k = bisect_left(self.breaks, start)
        return k < len(self.breaks) and self.breaks[k] < end

    def done_opens(self, start: int, end: int) -> bool:
        """Whether a clause between text[start:end] opens with a done word (，实际…): the figures after it are what
        was done of the goal before it."""
        k = bisect_left(self.breaks, start)
        while k < len(self.breaks) and self.breaks[k] < end:
            if self.text.startswith(self.done, self.breaks[k] + 1):
                return True
            k += 1
        return False

    def names(self, f: Figure, start: int, end: int) -> bool:
        """Whether the cue at text[start:end] modifies the figure's own name, written right before it: words of the
        name follow it (年度计划投资; not 招生计划, a quota, where 计划 is the head)."""
        if not f.indicator:
            return False
        k = self.text.rfind(f.indicator, max(0, f.start - NAME_WINDOW), f.start)
        return 0 <= k <= start and end < k + len(f.indicator) and CLAUSE_BREAK.search(self.text, k, f.start) is None


NAME_WINDOW = 40  # how far before a figure its name is looked for


NEXT_CLAUSE = recache.compile(r"[，,；;]")


def obtained_past_quotes(text: str, at: int, after: int, end: int, w: ClaimWords) -> bool:
    """Whether the cue text[at:after] and what follows the quoted names right after it make an obtained word
    (争取“两重”“两新”资金311.5亿元: funds won, as 争取资金; corpus-dev 辽宁 2026). The quotation marks are figure_words'
    quote_open and quote_close, paired by their order."""
    fw = figure_words()
    opens, closes = fw.of("quote_open"), fw.of("quote_close")
    k = after
    while k < end and text[k] in opens:
        close = text.find(closes[opens.index(text[k])], k + 1, end)
        if close < 0:
            return False
        k = close + 1
    return k > after and (text[at:after] + text[k:k + OBTAINED_LONGEST]).startswith(w.obtained)


OBTAINED_LONGEST = 8  # characters read past the quoted names: more than any obtained word's tail


def counts_a_people(text: str, f: Figure, w: ClaimWords | None = None) -> bool:
    """Whether the figure counts a people as they are (14亿多中国人): a fact, never a goal, whatever cue or
    section it is in (各方面要共同努力，…把14亿多中国人的饭碗牢牢端在自己手中), also after a place's short name
    (3100万龙江人民, 4500多万赣鄱儿女: claim_words people, probe41 黑龙江, 江西 2024)."""
    w = w or claim_words()
    if text.startswith(w.fact, f.end):
        return True
    for k in range(1, PEOPLE_REACH + 1):
        if not "\u4e00" <= text[f.end + k - 1:f.end + k] <= "\u9fff":
            return False
        if text.startswith(w.people, f.end + k):
            return True
    return False


PEOPLE_REACH: Final = 4  # the longest short name of a place between a count and the people it names (赣鄱, 龙江)


def premise(text: str, f: Figure, sentence_end: int, w: ClaimWords | None = None) -> bool:
    """Whether the figure is the premise of the task in the clause after it (今年高校毕业生超过1000万人，要加强…):
    a fact, even in a plan section."""
    brk = NEXT_CLAUSE.search(text, f.end, sentence_end)
    return brk is not None and text.startswith((w or claim_words()).premise, brk.end())


def names_a_goal(text: str, f: Figure, w: ClaimWords | None = None) -> bool:
    """Whether the figure is the value of a goal named right after it (完成全年900万人目标的73%: 900万人 is the
    goal, 73% how much of it was done; 增长10%是底线要求: a copula between): a target whatever the section or the
    achieved word before it."""
    at = f.end + (1 if text.startswith("的", f.end) else 0)
    for copula in figure_words().of("copula"):
        if text.startswith(copula, f.end):
            at = f.end + len(copula)
            break
    return text.startswith((w or claim_words()).goal, at)


LEAD_MAX = 60  # characters of a lead-in's sentence before its colon: a longer one is a sentence with a list of its own
SHORT_LINE = 20  # a line of plan words this short, with no punctuation, is an unnumbered subheading (今年预期目标)
LINE_PUNCT = recache.compile(r"[，,；;：:。！？!?、]")


def _make_item_opening() -> re.Pattern:
    """How a line that is an item of a list opens: a bullet (`item_marks.txt`), a point (一是, 二要), a numbered
    item (（一）, (1), 1., 2、, ①) or a dash (——)."""
    marks = "".join(re.escape(m) for m in word_tuple("item_marks.txt"))
    cn = CN_COUNT_CHARS
    return recache.compile(rf"\s*(?:[{marks}]|——|[{cn}]+[是要]|[（(][{cn}\d]+[）)]|\d{{1,2}}[.．、]|[①-⑳])")


_ITEM_OPENING_ONCE: Final = Once(_make_item_opening)


def item_opening() -> re.Pattern:
    return _ITEM_OPENING_ONCE.get()


def opens_item(text: str, start: int, end: int) -> bool:
    """Whether the paragraph text[start:end] opens as an item of a list, or follows an item's number alone on the line
    before it (`（一）` / `促进群众就业增收，开展职业技能培训2.5万人次`)."""
    if item_opening().match(text, start, end) is not None:
        return True
    before = text.rfind("\n", 0, max(start - 1, 0)) + 1
    line = text[before:start].strip()
    m = item_opening().match(line) if line else None
    return m is not None and m.end() == len(line)


SENTENCE_MARKS = "。！？!?"
CUE_CLAUSE_BREAKS = "，,；;：:"  # what opens the clause a cue stands in


def _last_mark(body: str, lo: int, hi: int) -> int:
    """Where the last sentence mark (SENTENCE_MARKS) of body[lo:hi] stands, else -1."""
    return last_of(body, SENTENCE_MARKS, lo, hi)


def last_sentence_start(body: str, reach: int) -> int:
    """Where the last sentence of `body` (which ends with its mark) starts, when it is at most `reach` characters
    long without its mark; -1 when it is longer. Looked for only as far back as `reach` (not through the whole
    paragraph, for each of the marks)."""
    lo = max(0, len(body) - 2 - reach)
    k = _last_mark(body, lo, len(body) - 1)
    if k < 0 and lo > 0:
        return -1
    return k + 1 if len(body) - 2 - k <= reach else -1


def plan_lead(text: str, start: int, end: int, w: ClaimWords | None = None) -> tuple[int, int, bool] | None:
    """The lead-in the paragraph text[start:end] holds, as (its start, where its list begins, whether the list runs
    on into the item lines after the paragraph), or None: the paragraph's last colon, its sentence before it plan
    words and neither review, achieved nor past words; else the whole paragraph when it is a short line of plan
    words without punctuation."""
    w = w or claim_words()
    body = text[start:end].rstrip()
    colon = max(body.rfind("："), body.rfind(":"))
    if colon >= 0:
        lead_start = start + _last_mark(body, 0, colon) + 1
        lead, list_start = text[lead_start:start + colon], start + colon + 1
        runs_on = colon == len(body) - 1
        if len(lead) > LEAD_MAX:
            return None
    elif len(body.strip()) <= SHORT_LINE and not LINE_PUNCT.search(body):
        lead_start, lead, list_start, runs_on = start, body, end, True
    elif body.endswith("。"):
        # a paragraph closed by a sentence that announces what will be done (今年将继续统筹财力，扎实办好“十件民生实事”。),
        # its items on the lines after it: a lead-in when it has plan words and a word of intent (将, 力争)
        k = last_sentence_start(body, LEAD_MAX)
        if k < 0:
            return None  # a last sentence longer than a lead-in
        lead_start = start + k
        lead, list_start, runs_on = text[lead_start:start + len(body) - 1], end, True
        if len(lead) > LEAD_MAX or not any((m.group() in w.clause or m.group() in w.light) and m.group() not in w.plan
                                           for m in w.cue.finditer(lead)):
            return None  # 实施公民法治素养提升计划，…。: 计划 a plan's name, no intent
    else:
        return None
    if heading_claim(lead) != Claim.PLAN or achieved_in(lead, w) or any(x in lead for x in w.past):
        return None
    return lead_start, list_start, runs_on
