"""Claim: whether a figure is a target (a goal, plan, expected value or commitment) or an actual.

A target cue before the figure in its sentence (预期目标是：…, 力争, 确保; 将, 计划 only in its clause) makes it a target unless an
achieved word stands before the cue in its clause (完成年度目标, 超出预期), a share word right before it makes the cue the
whole of a share (占年度计划的68.8%) or the cue is inside its baseline (超年度计划28%).
A heading with plan words makes the figures under it targets, one with review words actuals (`claim_words.tsv`),
except for the premise of a task (…，要…); a people counted (14亿多中国人) is a fact whatever cue or heading.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from ..data import read_tsv
from ..numbers import tables
from ..records import Figure


CLAUSE_BREAK = re.compile(r"[，,；;：:。]")


class Claim(str, Enum):
    PLAN = "plan"
    REVIEW = "review"


@dataclass(frozen=True)
class ClaimWords:
    cue: re.Pattern  # sentence-wide cues and clause cues (group "clause")
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


@lru_cache(maxsize=1)
def claim_words() -> ClaimWords:
    roles: dict[str, list[str]] = {r: [] for r in ("cue", "clause", "achieved", "plan", "review", "premise", "fact",
                                                   "share", "goal", "done", "obtained")}
    for word, role, *_ in read_tsv("claim_words.tsv"):
        roles[role].append(word)
    cues, clause = (sorted(roles[r], key=len, reverse=True) for r in ("cue", "clause"))
    pattern = f"(?P<clause>{'|'.join(map(re.escape, clause))})|{'|'.join(map(re.escape, cues))}"
    return ClaimWords(re.compile(pattern), tuple(roles["achieved"]),
                      tuple(roles["plan"]), tuple(roles["review"]), tuple(tables().prefixes),
                      tuple(roles["premise"]), tuple(roles["fact"]), tuple(roles["goal"]),
                      re.compile(f"(?:{'|'.join(map(re.escape, roles['share']))})[^，,；;：:。]{{0,4}}$"),
                      tuple(roles["done"]), tuple(roles["obtained"]))


def heading_claim(title: str) -> Claim | None:
    w = claim_words()
    if any(x in title for x in w.review):
        return Claim.REVIEW
    if any(x in title for x in w.plan):
        return Claim.PLAN
    return None


class SentenceCues:
    """The target cues of one sentence, found once: each figure reads those before it."""

    def __init__(self, text: str, start: int, end: int, w: ClaimWords | None = None) -> None:
        w = w or claim_words()
        self.cues: list[tuple[int, int, str, bool]] = []  # (start, end, word, clause-only)
        for m in w.cue.finditer(text, start, end):
            if text.startswith(w.qualifiers, m.start()):
                continue  # 将近: a qualifier, not 将
            if w.obtained and text.startswith(w.obtained, m.start()):
                continue  # 争取上级资金20.2亿元: funds obtained; 拜访目标企业150家: firms named as prospects
            clause_start = max((text.rfind(c, start, m.start()) for c in "，,；;：:"), default=-1) + 1
            before = text[max(start, clause_start):m.start()]
            if any(a in before for a in w.achieved) or w.share.search(before):
                continue  # 超额完成年度目标: achieved; 占年度计划的68.8%: how much of the plan was done
            self.cues.append((m.start(), m.end(), m.group(), bool(m.group("clause"))))
        self.breaks = [m.start() for m in CLAUSE_BREAK.finditer(text, start, end)]
        self.text, self.done = text, w.done

    def claim(self, f: Figure) -> str:
        """"cue" when a sentence-wide cue before the figure says it is a target, or a clause cue inside the
        figure's own name (年度计划投资853.8亿元: the plan's amount, whatever the heading); "clause" when only a clause
        cue does (将, 计划: weaker, a review heading wins over them), else ""."""
        found = ""
        for start, end, word, clause_only in self.cues:
            if end > f.start:
                break
            if f.baseline and word in f.baseline:
                continue
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
            return "cue"
        return found

    def names(self, f: Figure, start: int, end: int) -> bool:
        """Whether the cue at text[start:end] modifies the figure's own name, written right before it: words of the
        name follow it (年度计划投资; not 招生计划, a quota, where 计划 is the head)."""
        if not f.indicator:
            return False
        k = self.text.rfind(f.indicator, max(0, f.start - NAME_WINDOW), f.start)
        return 0 <= k <= start and end < k + len(f.indicator) and CLAUSE_BREAK.search(self.text, k, f.start) is None


NAME_WINDOW = 40  # how far before a figure its name is looked for


NEXT_CLAUSE = re.compile(r"[，,；;]")


def counts_a_people(text: str, f: Figure, w: ClaimWords | None = None) -> bool:
    """Whether the figure counts a people as they are (14亿多中国人): a fact, never a goal, whatever cue or
    section it is in (各方面要共同努力，…把14亿多中国人的饭碗牢牢端在自己手中)."""
    return text.startswith((w or claim_words()).fact, f.end)


def premise(text: str, f: Figure, sentence_end: int, w: ClaimWords | None = None) -> bool:
    """Whether the figure is the premise of the task in the clause after it (今年高校毕业生超过1000万人，要加强…):
    a fact, even in a plan section."""
    brk = NEXT_CLAUSE.search(text, f.end, sentence_end)
    return brk is not None and text.startswith((w or claim_words()).premise, brk.end())


def names_a_goal(text: str, f: Figure, w: ClaimWords | None = None) -> bool:
    """Whether the figure is the value of a goal named right after it (完成全年900万人目标的73%: 900万人 is the
    goal, 73% how much of it was done): a target whatever the section or the achieved word before it."""
    at = f.end + (1 if text.startswith("的", f.end) else 0)
    return text.startswith((w or claim_words()).goal, at)
