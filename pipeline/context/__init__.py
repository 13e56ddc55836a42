"""Context: the stage after extraction that says where, when and whether achieved — each figure's `time`,
`claim` and `measure` — from the text around it.

Each field comes from the nearest source that says it (../docs/fields.md, *Context*): the figure's own
sentence (its `period`), the earlier sentences of its paragraph (a time that opens the paragraph, 同期),
the headings it sits under (一、2025年工作回顾; “十四五”时期…; 2026年重点工作), the document's profile (its date).
One pass over the figures in text order, with a cursor over paragraphs and a stack of open sections: linear.

    resolve(document, structure, figures) -> figures with time, claim and measure
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from ..data import read_words
from ..records import Document, Figure, Section, Structure
from . import timex
from .claim import Claim, SentenceCues, claim_words, heading_claim
from .measure import measure_of
from .timex import Interval, year_interval

YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
OPENING = re.compile(r"\s?(?:以来|来)?\s?(?:[，,：:]|是)")  # what follows a time that opens a paragraph or sentence


def document_year(doc: Document, structure: Structure) -> int | None:
    """The year the document speaks from: its profile's date, its metadata's, else a year in its title."""
    for date in (structure.profile.date, doc.metadata.get("date", "")):
        m = YEAR.search(date or "")
        if m:
            return int(m.group())
    m = re.search(r"(1[89]\d\d|20\d\d)\s?年", structure.title)
    return int(m.group(1)) if m else None


@dataclass(frozen=True)
class Scope:
    """What a heading says about the figures under it: the time it names (`time`) or implies (`implied`: a
    review heading is about the year before the report, a plan heading about the report's year), its claim."""

    time: Interval | None = None
    claim: str = ""
    implied: Interval | None = None


def heading_scope(section: Section, ref: int | None) -> Scope:
    """A heading's time and claim: the time it names; plan words make its figures targets of the report's year,
    review words actuals of the year it names or the year before the report."""
    title = section.title
    times = [t for t in (timex.resolve(m, ref) for m in timex.find(title)) if t is not None]
    # 2025年和“十四五”时期工作回顾: the single year is what its figures are about unless they say the period
    time = next((t for t in times if t.years == 1), times[0] if times else None)
    claim = heading_claim(title)
    implied = None
    if time is None and ref is not None:
        if claim == Claim.REVIEW:
            implied = year_interval(ref - 1)
        elif claim == Claim.PLAN:
            implied = year_interval(ref)
    if not claim and time is not None and ref is not None:
        claim = Claim.PLAN if time.first_year >= ref else Claim.REVIEW
    return Scope(time, "target" if claim == Claim.PLAN else "actual" if claim == Claim.REVIEW else "", implied)


@lru_cache(maxsize=1)
def local_words() -> tuple[str, ...]:
    """全市, 全省, 我省…: a figure after one is about a place of its own, never the nation (home_words.txt)."""
    return tuple(sorted(read_words("home_words.txt")))


@lru_cache(maxsize=1)
def heads() -> tuple[str, ...]:
    """增速, 规模…: an indicator ending in one takes the measure of the figure before it (measure_heads.txt)."""
    return tuple(sorted(read_words("measure_heads.txt")))


@lru_cache(maxsize=1)
def lead_in() -> re.Pattern:
    """What may stand before a time that opens a paragraph: dashes, spaces and a lead word (time_words.tsv)
    (——这五年，; 刚刚过去的2025年，)."""
    leads = "|".join(re.escape(w) for w in timex.words().of("lead"))
    return re.compile(rf"[—\-–\s]*(?:{leads})?")


def opening_time(text: str, start: int, end: int, ref: int | None, scope: int | None) -> Interval | None:
    """A time said at the head of a paragraph or sentence (2025年，…; 过去五年，…; 今年以来，…)."""
    lead = lead_in().match(text, start, end)
    m = timex.pattern().match(text, lead.end() if lead else start, end)
    if m is None or not OPENING.match(text, m.end(), end):
        return None
    return timex.resolve(m, ref, scope)


def _spans_period(text: str, f: Figure, sentence_start: int) -> bool:
    """Whether a figure covers a whole multi-year span rather than its end: a change, a flow or average
    word before it in its clause (累计, 新增, 年均), an event count, a rank or a duration."""
    if f.change or f.kind in ("rank", "duration") or f.unit in ("次", "届", "轮"):
        return True
    clause = text[max(sentence_start, f.start - 30):f.start]
    clause = re.split(r"[，,；;。]", clause)[-1]
    return any(w in clause for w in timex.words().of("span"))


OWN_TIME = re.compile(r"(?P<t>\d{4}\s?年(?:\s?\d{1,2}\s?月)?(?:底|末)?)的\s?$")
FROM = re.compile(r"(?:从|由)\s?$")
TO = re.compile(r"(?:到|至)\s?(?:\d{4}\s?年(?:底|末)?的)?\s?$")


def _within_period(text: str, f: Figure, time: Interval, sentence_start: int) -> Interval:
    """A figure said for a multi-year period: a level is as of its last year; in 从X提高到Y, X is as of the
    year before the period and Y as of its last year; a change, flow, event or rank covers the period."""
    if time.years <= 1 or len(time.start) > 4:
        return time
    before = text[max(sentence_start, f.start - 12):f.start]
    if FROM.search(before):
        return year_interval(time.first_year - 1)
    if TO.search(before) and not f.change:
        return year_interval(time.last_year)
    if _spans_period(text, f, sentence_start):
        return time
    return year_interval(time.last_year)


def _claim(cue: str, heading: str, future: bool) -> str:
    """A sentence cue, then a time after the document's year, then a review heading, then a clause cue (将,
    计划), then a plan heading; actual when none says."""
    if cue == "cue" or future:
        return "target"
    if heading == "actual":
        return "actual"
    if cue == "clause":
        return "target"
    return heading or "actual"


def resolve(doc: Document, structure: Structure, figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """The figures with `time`, `claim` and `measure` filled from their context (see the module docstring)."""
    text = doc.text
    ref = document_year(doc, structure)
    national = not (structure.profile.locality or any(s.locality for s in structure.speeches))
    sections = sorted(structure.sections, key=lambda s: (s.start, s.level))
    paragraphs = structure.paragraphs
    words = claim_words()
    home, measure_heads = local_words(), heads()
    open_sections: list[tuple[Section, Scope]] = []
    next_section = 0
    para_k = -1
    para_time: Interval | None = None
    last_sentence: tuple[int, Interval | None] = (-1, None)  # (sentence start, its time) for 同期
    out: list[Figure] = []
    prev: Figure | None = None
    cues: tuple[int, SentenceCues | None, int] = (-1, None, 0)  # (sentence start, its cues, end of its first home word)
    for f in sorted(figures, key=lambda f: f.start):
        # headings: the stack of sections open at the figure
        while next_section < len(sections) and sections[next_section].start <= f.start:
            sec = sections[next_section]
            next_section += 1
            if sec.level == 0:
                continue
            while open_sections and open_sections[-1][0].level >= sec.level:
                open_sections.pop()
            open_sections.append((sec, heading_scope(sec, ref)))
        while open_sections and open_sections[-1][0].end < f.start:
            open_sections.pop()
        # the innermost time a heading names, else the outermost one implies; the outermost claim (民生实事 under
        # a review heading is a review of them)
        head_time = next((sc.time for _, sc in reversed(open_sections) if sc.time is not None),
                         next((sc.implied for _, sc in open_sections if sc.implied is not None), None))
        head_claim = next((sc.claim for _, sc in open_sections if sc.claim), "")
        scope_year = head_time.last_year if head_time is not None else ref
        # the paragraph: a time that opens it holds for all of it
        while para_k + 1 < len(paragraphs) and paragraphs[para_k + 1].start <= f.start:
            para_k += 1
            para = paragraphs[para_k]
            para_time = opening_time(text, para.start, para.end, ref, scope_year)
        sent = structure.sentence_at(f.start)
        s_start = sent.start if sent else f.start
        # the sentence: the period it says, resolved
        time = None
        own = OWN_TIME.search(text, max(s_start, f.start - 16), f.start)
        if own is not None:  # 从2020年的3.68万亿元增长到2025年的4.93万亿元: each number its own year
            m = timex.pattern().match(own.group("t"))
            time = timex.resolve(m, ref, scope_year) if m else None
        if time is None and f.period:
            m = timex.pattern().search(f.period)
            if m is not None and m.group("same"):
                time = last_sentence[1] if last_sentence[0] != s_start else None
            elif m is not None:
                time = timex.resolve(m, ref, para_time.last_year if para_time and para_time.years == 1 else scope_year)
        if time is None and sent is not None:
            time = opening_time(text, sent.start, sent.end, ref, scope_year)
        if time is None:
            time = para_time or head_time or (year_interval(ref) if ref is not None else None)
        if time is not None:
            time = _within_period(text, f, time, s_start)
        if last_sentence[0] != s_start:
            last_sentence = (s_start, time)
        if cues[0] != s_start:
            s_end = sent.end if sent else f.end
            firsts = [k + len(w) for w in home if (k := text.find(w, s_start, s_end)) >= 0]
            cues = (s_start, SentenceCues(text, s_start, s_end, words), min(firsts, default=s_end + 1))
        claim = _claim(cues[1].claim(f) if cues[1] else "", head_claim,
                       time is not None and ref is not None and time.first_year > ref)
        local = cues[2] <= f.start  # 全市, 全省 before the figure in its sentence
        measure = measure_of(f.indicator, f.kind, national and not f.place and not local)
        if not measure and prev is not None and sent is not None and prev.start >= sent.start \
                and f.indicator.endswith(measure_heads):
            measure = prev.measure  # 地区生产总值突破1万亿元，增速列…第一位: the growth of the measure just named
        fig = replace(f, time=time.iso() if time is not None else "", claim=claim, measure=measure)
        out.append(fig)
        prev = fig
    return tuple(out)
