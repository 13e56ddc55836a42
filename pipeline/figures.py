"""Figures: number mentions → Figure records by the rules of docs/fields.md.

For each sentence: find number mentions (`numbers.py`), drop the ones that are
names, formulas, dates or ordinals (`masks.py` plus the rules in
`_is_figure`), add ranks (全国第一, 居…第三, 前10位), then read the clause
around each figure for its change and baseline, its period, its indicator (the
segmenter's words with POS tags, on that clause only) and its place.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Iterator, Sequence

from .gazetteer import Place, PlaceMatch, gazetteer
from .masks import masked_spans
from .context import timex
from .data import read_tsv, read_words
from .numbers import Mention, find_mentions, lengths_index, start_parts, tables
from .numerals import parse_number
from .records import Document, Entity, Figure, Sentence, Structure
from .segment import Segmenter, Word

CLAUSE_DELIMS = "，,；;。！？!?：:\n"
TIME = timex.pattern()  # the time grammar (context/timex.py): periods are what it finds
BASELINE = re.compile(
    r"(?P<cmp>较|比|相比|与)(?P<base>[^，。；、\d%]{0,12}?\d{0,4}\s?[^，。；、\d%]{0,8}?)(?:相比|同期相比)?\s?"
    r"(?=(?:分别|实际|平均|年均|累计|再|又|均|共)?(?:增长|提高|提升|上升|增加|扩大|上涨|下降|降低|减少|缩小|下调|回落|多增|少|增|降|减|涨|翻))"
)
GAP = re.compile(r"(?P<verb>高于|低于|超出|超过|超(?!额)|快于|慢于|领先)(?P<base>[\u4e00-\u9fff“”]{1,12}?)$")
GAP_MAX = 14  # the longest GAP match: a two-character verb and twelve of base
RANK = re.compile(
    r"(?:(?P<ctx>全国|全省|全市|全区|全球|世界|居|列|位居|位列|排名|排|名列|排在|测评|城市|中)"
    r"[^，。；\d]{0,8}?)?(?P<m>(?:第(?P<n>[一二三四五六七八九十\d]+)(?P<s>名|位)?|(?P<first>首位)|前(?P<top>[一二三四五六七八九十\d]+)(?P<ts>名|位)))"
)
RANK_CUE = re.compile(r"第|首位|前[\d一二三四五六七八九十]")
FROM_TO = re.compile(r"^\s?(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|缩小|降|增|升)(?:到|至)\s?"
                     r"(?:\d{4}\s?年(?:底|末)?的|[今去明]年的)?\s?$")
EVENT_UNITS = frozenset({"次", "届", "轮"})
PERSON_UNITS = frozenset({"人", "人次", "名"})
MID_LIGHT = frozenset({"实现", "完成", "达到", "录得"})
RANK_VERBS = re.compile(r"(?:位居|位列|名列|排名|排在|跻身|升至|居|列|获得)")
RANK_SCOPE = re.compile(r"(?:连续|全国|全省|全市|全区|全球|世界)")
CHANGE_NOUNS = re.compile(r"(?:增幅|涨幅|增速)$|(?P<down>降幅)$")
LIST_JOINT = re.compile(r"\s?[、和与及]\s?|\s?，\s?")
NOUN_TAGS = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "an", "j", "l", "eng", "b", "i"})
STOP_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "y", "e", "o", "m", "q", "x", "w"})
ADVERBS_BEFORE_NUMBER = ("了", "分别", "实际", "同比", "环比", "平均", "年均", "累计", "再", "又", "均", "共", "达", "约")
PUNCT = set("，,；;。！？!?：:、（）()《》“”\"'‘’—…·/ \n")
PUNCT_RUN = re.compile(f"[{re.escape(''.join(sorted(PUNCT)))}]*")


@dataclass(frozen=True)
class Lexicon:
    changes: dict[str, str]
    change_lengths: dict[str, tuple[int, ...]]  # last character → lengths of the change words it closes
    longer_changes: dict[str, tuple[str, ...]]  # adverb → the change words longer than it (ends of 增长了 …)
    light: frozenset[str]
    after_stop_words: frozenset[str]  # nouns after a figure that do not name what it measures (大关, 台阶)
    after_stop: tuple[str, ...]  # the same as a tuple, for str.startswith: a phrase opening with one is none
    generic_heads: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    changes = {w: (c[0] if c else "") for w, *c in read_tsv("changes.tsv")}
    after_stop = read_words("after_stopwords.txt")
    return Lexicon(
        changes=changes, change_lengths=lengths_index(changes, at=-1),
        longer_changes={a: tuple(w for w in changes if len(w) > len(a)) for a in ADVERBS_BEFORE_NUMBER},
        light=read_words("light_words.txt"), after_stop_words=after_stop, after_stop=tuple(sorted(after_stop)),
        generic_heads=read_words("generic_heads.txt"),
    )


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


CLAUSE_TAIL = re.compile(f"[^{re.escape(CLAUSE_DELIMS)}]*")


def _clause_start(text: str, pos: int, floor: int) -> int:
    s = pos
    while s > floor and text[s - 1] not in CLAUSE_DELIMS:
        s -= 1
    return s


def _clause_end(text: str, pos: int, ceil: int) -> int:
    if pos >= ceil:
        return pos
    tail = CLAUSE_TAIL.match(text, pos, ceil)  # it matches everywhere (an empty tail at a delimiter)
    assert tail is not None
    return tail.end()


def _clause(text: str, pos: int, floor: int, ceil: int) -> tuple[int, int]:
    """The clause around `pos` (between delimiters, within floor and ceil)."""
    return _clause_start(text, pos, floor), _clause_end(text, pos, ceil)


def _is_figure(text: str, m: Mention, sent_end: int) -> bool:
    nxt = text[m.end:m.end + 1]
    after_num = text[m.end:m.end + 2].lstrip()
    if m.form == "chinese":
        if not m.unit and not m.magnitude:
            return False
        if m.value == 1 and not m.magnitude and m.unit not in ("番", "倍"):
            return False  # 一个, 一座, 一条: not a count
        if m.unit in ("年",) and m.value < 10 and text[m.end:m.end + 1] in "级":
            return False
    if m.unit == "年" and not m.magnitude and 1000 <= m.value <= 2100 and m.value == m.value.to_integral():
        return False  # a year
    if not m.unit:
        if after_num[:1] in ("月", "日", "号", "时", "点", "分", "秒", "年", "后", "周", "届", "期"):
            return False  # dates and times (10月19日), decades
        if m.form == "arabic" and not m.magnitude and nxt in ("、", ".", "．", "）", ")"):
            return False  # list labels
        if m.form == "arabic" and text[m.num_start - 1:m.num_start] in ("（", "(", "第", "."):
            return False
    if m.unit == "期" or m.unit == "节":
        return False  # 第二期, 章节: ordinals more often than counts
    return True


def _ranks(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> list[Mention]:
    out = []
    for r in RANK.finditer(text, s, e):
        if not (r.group("ctx") or r.group("first")):
            continue
        ms, me = r.start("m"), r.end("m")
        tail = text[me:me + 2]
        if tail[:1] in "届期次批轮个条项章节部篇号家座所议" or tail.startswith(("大", "阶段", "责任", "要务", "位")):
            continue
        if r.group("first") and not re.search(r"(?:居|列|排|保持|全国|全省|全市|全区|全球|世界)[^，。；]{0,4}$",
                                             text[max(s, ms - 8):ms]):
            continue
        if me < e and text[me] not in "，,。；;、！？!?）)\n 的":
            continue  # 全国第一方阵, 第一书记: the ordinal opens a name
        try:
            if r.group("top"):
                value, qual = parse_number(r.group("top")), "under"
            elif r.group("first"):
                value, qual = Decimal(1), ""
            else:
                value, qual = parse_number(r.group("n")), ""
        except ValueError:
            continue
        if _overlaps([sp for sp in spans if sp[0] != ms], ms, me):  # the ordinal mask on 第… itself is no bar
            continue
        out.append(Mention(ms, me, ms, value, None, "", "rank", qual, "rank", "", ""))
    return out


DULL_TAGS = frozenset({"t", "m", "p", "c", "d", "u", "uj", "ul", "y"})


def _strip_light(words: list[Word], lead: bool) -> list[Word]:
    """Drop light words, times, change verbs and punctuation from the end (and the start when `lead`)."""
    while words and (_dull(words[-1].text, words[-1].tag) or words[-1].tag == "f" or _change_verb(words[-1].text)):
        words = words[:-1]
    if lead:
        while words and _dull(words[0].text, words[0].tag):
            words = words[1:]
    return words


@lru_cache(maxsize=8192)
def _dull(word: str, tag: str) -> bool:
    """A light word, a time, a function word or punctuation (a pure function of the word, memoized)."""
    return (word in lexicon().light or not word.strip() or _punct(word)
            or tag in DULL_TAGS or TIME.fullmatch(word) is not None)


def _punct(word: str) -> bool:
    """Nothing but punctuation and spaces (True for "")."""
    return PUNCT_RUN.fullmatch(word) is not None


@lru_cache(maxsize=8192)
def _change_verb(word: str) -> bool:
    """提高到, 下降; but 涨幅, 增速 name what is measured."""
    return bool(lexicon().changes.get(word.rstrip("至到"))) and not CHANGE_NOUNS.search(word)


def _phrase(words: list[Word], text: str) -> str:
    if not words:
        return ""
    return text[words[0].start:words[-1].end].strip(" ，、")


def change_before(before: str, lex: Lexicon) -> tuple[str, str]:
    """(change, change word) when `before` ends with a change word, adverbs between allowed (实际增长, 增长了)."""
    s = before.rstrip()
    if s.endswith(ADVERBS_BEFORE_NUMBER):
        for adverb in ADVERBS_BEFORE_NUMBER:
            if s.endswith(adverb) and not s.endswith(lex.longer_changes[adverb]):
                s = s[: -len(adverb)]
    for n in lex.change_lengths.get(s[-1:], ()):
        if n <= len(s) and s[-n:] in lex.changes:
            return lex.changes[s[-n:]], s[-n:]
    return "", ""


def _period(text: str, sent_start: int, pos: int, exclude: list[tuple[int, int]]) -> str:
    best = ""
    for t in timex.search_from(text, sent_start, pos):
        if any(a <= t.start() < b for a, b in exclude):
            continue
        if text[max(sent_start, t.start() - 2):t.start()].endswith(("较", "比", "与", "相比", "于", "同比")):
            continue
        if re.match(r"\s?(?:的|前|后)", text[t.end():t.end() + 2]) and "年前" not in t.group():
            continue
        if t.group("since"):
            continue  # 党的十八大以来 dates a span (its time), not the figure's own period
        if t.group() == "全年" and best:
            continue  # 全年 restates the year a sentence already named (今年…，…全年控制在…)
        best = t.group()
    return best.strip("“”\"")


def _resolve_place(named: list[PlaceMatch], speech_locality: str) -> str:
    """The place a sentence is about: the speech's own place unless it names others."""
    if not named:
        return speech_locality
    gaz = gazetteer()
    if speech_locality:
        home = gaz.by_name.get(speech_locality)
        others = []
        for m in named:
            p = m.place
            if p.name == speech_locality or (home and (p.name == home.province or p.city == speech_locality)):
                continue
            others.append(m)
        if not others:
            return speech_locality
        named = others
    # keep the most specific: drop a province when a city inside it is named too
    places = list({m.place.name: m.place for m in named}.values())
    keep = [p.name for p in places
            if not (p.level == "province" and any(q is not p and q.province == p.name for q in places))]
    return "、".join(keep)


def entity_places(entities: Sequence[Entity], start: int, end: int, known: list[PlaceMatch]) -> list[PlaceMatch]:
    """GPE entities in text[start:end] that the gazetteer did not find (美国, 雄安新区): places of their own."""
    out = []
    for e in entities:
        if e.label == "GPE" and start <= e.start and e.end <= end \
                and not any(k.start < e.end and e.start < k.end for k in known):
            out.append(PlaceMatch(e.start, e.end, e.text, Place("", e.text, "other", "", "")))
    return out


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    """Where a number (numbers.core_pattern, but for its 第/首 branch) or a rank cue (RANK_CUE) may start.

    Every match of either at p, within any bounds, is a match of this pattern at p: 百分之…, a digit, a
    Chinese numeral followed (after more numeral characters) by what may follow one, 数/上/近… before a
    magnitude, 第, 首位, 前N. It opens with one character class, so the regex engine skips every other
    character in C instead of trying each branch at each position.
    """
    chars, alternatives = start_parts(tables().units)
    ranks = [r"(?<=第)", r"(?<=首)位", r"(?<=前)[\d一二三四五六七八九十]"]
    return re.compile(f"[{chars}第首前](?:{'|'.join(alternatives + ranks)})")


def _candidates(text: str, sentences: Sequence[Sentence]) -> Iterator[Sentence]:
    """The sentences that may hold a figure or a rank, with one search of `_cue` per such sentence.

    A superset of the sentences in which find_mentions or RANK_CUE find anything: a match of either inside
    a sentence's bounds at p is, for a search over the whole text from any point before p, a match at p
    (the lookaheads only see further), so such a search stops at p or at a match that starts before p;
    that match is yielded, or skipped when it ends before p, and the search goes on from there.
    """
    cue = _cue()
    ends = [s.end for s in sentences]
    pos = 0
    while True:
        m = cue.search(text, pos)
        if m is None:
            return
        k = bisect_right(ends, m.start())  # the first sentence that ends after the match starts
        if k == len(sentences):
            return
        sent = sentences[k]
        if sent.start < m.end():
            yield sent
            pos = sent.end  # not m.end(): a match running into the next sentence may hide one there
        else:
            pos = m.end()  # between sentences


class FigureExtractor:
    """Pure function object: (Document, Structure) → figures. Holds only read-only tables and a segmenter."""

    def __init__(self, segmenter: Segmenter | None = None):
        self.segmenter = segmenter or Segmenter()
        self.lex = lexicon()
        # one tagging per (text, offset): a clause's words serve its subject, indicators and 分别 items
        self._tag = lru_cache(maxsize=512)(self.segmenter.tag)

    def __call__(self, doc: Document, structure: Structure, entities: Sequence[Entity] = ()) -> tuple[Figure, ...]:
        """Figures of a document; `entities` (optional) add places the gazetteer does not know."""
        text = doc.text
        out: list[Figure] = []
        gaz = gazetteer()
        para_ends = [p.end for p in structure.paragraphs]
        para_places: dict[int, list[PlaceMatch]] = {}
        for sent in _candidates(text, structure.sentences):
            found = find_mentions(text, sent.start, sent.end)
            rank_cue = RANK_CUE.search(text, sent.start, sent.end)
            if not found and not rank_cue:
                continue  # most sentences: no number at all, nothing else to do
            mentions = [m for m in found if _is_figure(text, m, sent.end)]  # years, dates and labels go first
            if not mentions and not rank_cue:
                continue
            spans = masked_spans(text, sent.start, sent.end)
            mentions = [m for m in mentions if not _overlaps(spans, m.num_start, m.end)]
            if rank_cue:
                mentions += _ranks(text, sent.start, sent.end, spans)
            if not mentions:
                continue
            mentions.sort(key=lambda m: m.start)
            mentions = _dedupe(mentions)
            speech_no = structure.locate(sent.start)[0]
            speech = next((s for s in structure.speeches if s.speech == speech_no), None)
            locality = speech.locality if speech else ""
            pi = bisect_right(para_ends, sent.start - 1)
            # places matter up to the last figure's clause end (no name runs over a delimiter)
            upto = sent.end if entities else _clause_end(text, mentions[-1].end, sent.end)
            in_sentence = list(gaz.find(text, sent.start, upto))
            if entities:
                in_sentence = sorted(in_sentence + entity_places(entities, sent.start, sent.end, in_sentence),
                                     key=lambda pm: pm.start)
            fallback = None
            places = []
            place_starts = [p.start for p in in_sentence]  # sorted: each figure's places are a slice
            carried: list[PlaceMatch] | None = None
            prev_end = sent.start
            for k, m in enumerate(mentions):
                # a place named in the figure's clause or before it; one named only later is about something else.
                # Places between the previous number and this one are this one's own (浙江9.8%、福建7.6%); with
                # none, the figure keeps the places the one before it had.
                clause_end = _clause_end(text, m.end, sent.end)
                # after the number, only when no other number follows in its clause
                limit = m.start if k + 1 < len(mentions) and mentions[k + 1].start < clause_end else clause_end
                own = in_sentence[bisect_left(place_starts, prev_end):bisect_left(place_starts, limit)]
                if own:
                    named = own
                elif carried is not None:
                    named = carried
                else:
                    named = in_sentence[:bisect_left(place_starts, clause_end)]
                carried, prev_end = named, m.end
                if not named and m.form != "rank" and text.startswith(nation_words(), _clause_start(text, m.start, sent.start)):
                    places.append("")  # 全国财政收入…, 我国…: the whole country, whatever the document's place
                    continue
                if not named and not locality:
                    if fallback is None:
                        fallback = self._paragraph_place(text, structure, pi, sent, para_places) \
                            if pi < len(structure.paragraphs) else []
                    named = fallback
                places.append(_resolve_place(named, locality))
            out.extend(self._sentence(text, sent.start, sent.end, mentions, places))
        return tuple(out)

    def _paragraph_place(self, text, structure, pi, sent, cache) -> list[PlaceMatch]:
        """The last place the paragraph is about before the sentence, else the first after it."""
        if pi not in cache:
            para = structure.paragraphs[pi]
            # only places the paragraph is about: a clause's subject (成都把…) or a possessor (台州的…)
            found = [m for m in gazetteer().find(text, para.start, para.end)
                     if text[m.start - 1:m.start] in ("", "\n", "，", "。", "；", " ") or text[m.end:m.end + 1] == "的"]
            cache[pi] = (found, [m.start for m in found], [m.end for m in found])
        found, starts, ends = cache[pi]
        k = bisect_right(ends, sent.start)  # the places that end before the sentence starts (left to right)
        if k:
            return [found[k - 1]]
        k = bisect_left(starts, sent.end)
        return [found[k]] if k < len(found) else []

    def _sentence(self, text: str, s_start: int, s_end: int, mentions: list[Mention], places: list[str]) -> list[Figure]:
        figures: list[Figure] = []
        baselines: list[tuple[int, int]] = []
        list_head: Figure | None = None
        subjects: dict[int, int] = {}  # clause start → the end of the text before its first figure
        for idx, m in enumerate(mentions):
            c_start, c_end = _clause(text, m.start, s_start, s_end)
            seg_start = c_start
            prev = mentions[idx - 1] if idx else None
            if prev and c_start <= prev.end <= m.start and prev.kind != "duration":
                seg_start = prev.end  # 连续3年全国第一: a duration before a figure is part of its phrase
            before_text = text[seg_start:m.start]
            kind, unit = m.kind, m.unit
            change, change_word = self._change(before_text, m)
            baseline = ""
            b_end = len(before_text)
            if change:  # a flow word (新增, 增加值) stays in the indicator
                b_end = before_text.rstrip().rfind(change_word)
            bm = None
            for bm in BASELINE.finditer(text, c_start, m.start):
                pass
            if bm and change:
                baseline = bm.group("base").strip()
                baselines.append((bm.start(), bm.end()))
                if bm.start() >= seg_start:
                    b_end = min(b_end, bm.start() - seg_start)
            for kw in ("同比", "环比"):
                if kw in text[c_start:m.start] and change:
                    baseline = kw
                    pos = text.rfind(kw, seg_start, m.start)
                    if pos >= 0:
                        b_end = min(b_end, pos - seg_start)
            gap = None
            if not change:
                gap_text = before_text[:b_end].rstrip()
                gap = GAP.search(gap_text, max(0, len(gap_text) - GAP_MAX))  # it ends the text: its tail only
            if gap and m.form != "rank":
                change = "decrease" if gap.group("verb") in ("低于", "慢于") else "increase"
                baseline = gap.group("base").strip("“”")
                b_end = gap.start()
            # 从X提高到Y / 由X降至Y: both levels
            from_to = prev is not None and FROM_TO.match(text[prev.end:m.start]) is not None
            if from_to:
                change = ""
                if figures and prev is not None and figures[-1].start == prev.start:
                    figures[-1] = replace(figures[-1], change="")
            if before_text.endswith(("从", "由", "从 ", "由 ")) and idx + 1 < len(mentions) \
                    and FROM_TO.match(text[m.end:mentions[idx + 1].start]):
                change = ""
            qualifier = m.qualifier
            times = re.search(r"是(?P<base>[^，。；是]{1,12}?)的\s?$", before_text) if unit == "倍" else None
            if times and not change:
                baseline = times.group("base")  # 是2015年的4倍: a ratio to a baseline, no change
                b_end = min(b_end, times.start())
            # 分别 lists: a word before the list applies to every item; change, baseline and unit are shared
            fb = text.rfind("分别", c_start, m.start)
            in_list = fb >= 0
            joined = prev is not None and LIST_JOINT.fullmatch(text[prev.end:m.start]) is not None
            if in_list:
                head = list_head if list_head is not None and joined else None
                lead = text[fb + 2:head.start if head else m.start]
                lead_q = next((q for w, q in prefix_words() if w in lead), "")
                if head is not None and any(head.mention.startswith(w) for w, _ in prefix_words()):
                    lead_q = lead_q or head.qualifier  # 分别超过8.1万元、3.3万元: both over
                qualifier = m.qualifier or lead_q
            if in_list and list_head is not None and joined:
                change = change or list_head.change
                baseline = baseline or list_head.baseline
                if not unit and list_head.unit:
                    unit, kind = list_head.unit, list_head.kind
            if seg_start == c_start:
                subjects[c_start] = c_start + b_end  # read only when a later 的-noun needs it
            if from_to and figures:
                indicator = figures[-1].indicator  # 比例从75%提高到100%: the same indicator
            else:
                indicator = self._indicator(text, m, seg_start, seg_start + b_end, c_start, c_end, unit, kind,
                                            figures, subjects.get(c_start))
            place = places[idx]
            if in_list:
                sub, sub_place = self._list_item(text, c_start, fb, m, mentions)
                indicator = sub or indicator
                place = sub_place or place
            kind = self._kind(kind, unit, indicator, m)
            cn = CHANGE_NOUNS.search(indicator)
            if cn and not change and kind in ("percent", "percentage_point"):
                change = "decrease" if cn.group("down") else "increase"  # 物价涨幅3%上下
            period = _period(text, s_start, m.start, baselines)
            value = m.value
            fig = Figure(
                mention=text[m.start:m.end], value=value, value_max=m.value_max, unit=unit, kind=kind,
                qualifier=qualifier, change=change if kind != "rank" else "",
                baseline=baseline if change or times else "",
                period=period, indicator=indicator, place=place, start=m.start, end=m.end,
            )
            if in_list and (list_head is None or not joined):
                list_head = fig
            figures.append(fig)
        return figures

    def _change(self, before: str, m: Mention) -> tuple[str, str]:
        if m.form == "rank":
            return "", ""
        if m.unit == "番" and before.rstrip().rstrip("了").endswith("翻"):
            return "increase", "翻"  # 翻一番, 翻了一番
        return change_before(before, self.lex)

    def _kind(self, kind: str, unit: str, indicator: str, m: Mention) -> str:
        if m.form == "rank":
            return "rank"
        if unit in ("天",) and (indicator.endswith("天数") or "优良" in indicator or "达标" in indicator):
            return "count"
        if not unit:
            if indicator.endswith(("比", "倍差", "系数", "倍数")):
                return "ratio"
            if indicator.endswith(("度", "指数", "得分", "评分", "分值", "分数")):
                return "measure"
            return "count"
        return kind

    def _indicator(self, text: str, m: Mention, b_start: int, b_end: int, c_start: int, c_end: int, unit: str,
                   kind: str, figures: list[Figure], subject_end: int | None) -> str:
        """The phrase naming what a figure measures; the clause's subject (the words before its first figure)
        ends at `subject_end`."""
        lex = self.lex
        if m.form == "rank":  # 网上政务服务能力居全国城市第三: what stands before the ranking verb or scope
            span = text[b_start:b_end]
            verbs = list(RANK_VERBS.finditer(span))
            cut = verbs[-1] if verbs else RANK_SCOPE.search(span)
            if cut and _phrase(_strip_light(self._tag(span[:cut.start()]), lead=True), span):
                b_end = b_start + cut.start()
            elif cut and not [f for f in figures if f.kind != "duration"]:
                b_start = b_start + cut.end()  # 连续3年获得全国文明城市测评第一名: what it ranks in
            elif cut:
                b_end = b_start  # 人均地区生产总值达到13.7万元，居全国各省区第一: the earlier subject
        read: dict[str, object] = {}

        def before(part: str):
            """The words before the number, read on first use: many figures are named by the noun after."""
            if not read:
                words = self._tag(text[b_start:b_end], b_start) if b_end > b_start else []
                kept = _strip_light(words, lead=True)
                phrase = _phrase(kept, text)
                inner = [w for w in kept[1:-1] if w.text in MID_LIGHT]
                if inner:  # 文化产业实现增加值 → 文化产业增加值: a light verb between nouns is dropped
                    phrase = "".join(text[w.start:w.end] for w in kept if w not in inner)
                if "等" in phrase[1:]:  # 五大会址、八七会址…等红色遗存: what follows 等 names the set
                    phrase = phrase[phrase.rfind("等") + 1:] or phrase
                read.update(words=words, text=phrase,
                            has_noun=any(w.tag in NOUN_TAGS and w.tag != "ns" for w in kept))
            return read[part]

        after_words = self._tag(text[m.end:c_end], m.end) if c_end > m.end else []
        noun_after = self._noun_phrase(after_words, text)
        # a verb phrase after the number names events and people (3次亲临…, 300多万人参观…); others: the fallback
        verb_after = self._verb_phrase(after_words, text) if unit in EVENT_UNITS or unit in PERSON_UNITS else ""
        prior = [f for f in figures if f.kind != "duration"]
        if text[m.end:m.end + 1] == "的" and not noun_after and len(after_words) > 1 \
                and after_words[1].tag.startswith("v") and after_words[1].text not in lex.light:
            noun_after = after_words[1].text  # 九成以上的就业: a verb after 的 is a noun
        of_noun = text[m.end:m.end + 1] == "的" and noun_after  # 50%以上的税收: X of Y
        if m.form == "rank":
            choice = before("text")
        elif of_noun:
            # 民营经济贡献了50%以上的税收、60%以上的…: the clause's subject owns every 的-noun
            if before("has_noun") and text[b_start:b_start + 1] != "的":
                head = before("text")
            elif subject_end is None:
                head = ""
            else:
                head = _phrase(_strip_light(self._tag(text[c_start:subject_end], c_start), lead=True), text)
            choice = f"{head}的{noun_after}" if head else noun_after
        elif unit in EVENT_UNITS and verb_after:
            choice = verb_after
        elif unit in PERSON_UNITS and verb_after and not noun_after:
            choice = verb_after  # 300 多万人参观红色场馆, 数亿人灵活就业
        elif noun_after and (kind not in ("percent", "percentage_point") or not before("has_noun")):
            choice = noun_after
            if text[b_start:b_end].rstrip().endswith("的") and before("text"):
                choice = f"{before('text')}的{noun_after}"  # 规划纲要确定的20个主要指标
        elif before("text") and not before("has_noun") and prior and before("words"):
            # 棚户区改造开工1.8万套，基本建成2.1万套: the verb takes the earlier subject
            verb_text = _phrase([w for w in before("words") if w.text.strip() and not _punct(w.text)], text)
            choice = self._subject(prior[-1].indicator) + verb_text
        elif before("text"):
            choice = before("text")
        else:
            choice = noun_after or self._verb_phrase(after_words, text)
        # a generic head (规模, 增速) is of the subject just named: in this clause or the one before
        same_clause = []
        if prior:
            here = _clause_start(text, c_start, 0)  # the clause, not stopped at the sentence's start
            near = _clause_start(text, here - 2, 0) if here > 1 and text[here - 1] not in "。！？\n" else here
            same_clause = [f for f in prior if f.start >= near]
        if prior and not choice or same_clause and choice in lex.generic_heads:
            last = prior[-1].indicator
            choice = last + (choice if choice not in last else "")
        elif prior and len(choice) >= 3 and choice[0] == "总" and choice[1:] in prior[-1].indicator:
            last = prior[-1].indicator  # 运营里程160公里，总里程558公里 → 运营总里程
            choice = last[: last.rfind(choice[1:])] + choice
        return choice.strip(" ，、")

    def _subject(self, indicator: str) -> str:
        """The leading nouns of an indicator (棚户区改造开工 → 棚户区改造)."""
        words = self._tag(indicator)
        k = 0
        while k < len(words) and (self._nounish(words[k]) or words[k].tag == "vn"):
            k += 1
        return "".join(w.text for w in words[:k]) if k else ""

    def _verb_phrase(self, words: list[Word], text: str) -> str:
        """What an event count counts (3次亲临广东、深圳视察, 连续五届成功创建文明城市): to the clause end or 的."""
        head = [w for w in words[:3] if w.text.strip()]
        if not head or not any(w.tag.startswith("v") for w in head[:2]):
            return ""
        if head[0].tag in NOUN_TAGS and (len(head) < 2 or not head[1].tag.startswith("v")):
            return ""  # a noun after the count, not a verb phrase (全面降准 is one: 全面 modifies 降准)
        taken = []
        for w in words:
            if w.text == "的":
                break
            taken.append(w)
        return _phrase(_strip_light(taken, lead=False), text)

    def _noun_phrase(self, words: list[Word], text: str) -> str:
        """Nouns right after a number (167万志愿者群体托起… → 志愿者群体), through 、 joins and 的-modifiers."""
        i = 0
        if words and words[0].text.strip() == "":
            i = 1
        # skip a modifier ending in 的 (18 周岁以上的自然人, 798平方公里的…新城)
        for j in range(i, min(len(words), i + 8)):
            if words[j].text in ("的",):
                numeric = j == i or any(w.tag in ("m", "q") or w.text[:1].isdigit() for w in words[i:j])
                if numeric and j + 1 < len(words) and self._nounish(words[j + 1]):
                    i = j + 1
                break
            if _punct(words[j].text) and words[j].text.strip():
                break
        taken: list[Word] = []
        k = i
        while k < len(words):
            w = words[k]
            nxt = words[k + 1] if k + 1 < len(words) else None
            if w.text in self.lex.light and taken:
                break
            if w.text in ("（", "(") and taken:
                close = next((j for j in range(k + 1, min(len(words), k + 8)) if words[j].text in ("）", ")")), None)
                if close is not None:
                    taken.extend(words[k:close + 1])
                    k = close + 1
                    continue
            if w.text == "、" and taken and nxt is not None and self._nounish(nxt):
                taken.append(w)
                k += 1
                continue
            if self._nounish(w) or w.tag == "a" and nxt is not None and self._nounish(nxt):
                taken.append(w)
            elif w.tag.startswith("v") and taken and nxt is not None and self._nounish(nxt) \
                    and words[k + 1].text not in self.lex.after_stop_words:
                taken.append(w)  # a verb inside a compound: 乡村振兴齐鲁样板村
            else:
                break
            k += 1
        phrase = _phrase(taken, text)
        if phrase.startswith(self.lex.after_stop):  # the word itself or a longer one
            return ""
        return phrase

    @staticmethod
    def _nounish(w: Word) -> bool:
        return w.tag in NOUN_TAGS or (w.tag == "t" and TIME.fullmatch(w.text) is None)

    def _list_item(self, text: str, c_start: int, fb: int, m: Mention, mentions: list[Mention]) -> tuple[str, str]:
        """分别 lists: the subject's coordinated part and place for one item.

        城镇和农村居民收入分别增长4%、6% → 城镇居民收入, 农村居民收入 (a head written once is shared);
        单位地区生产总值能耗、…、用水量分别下降 → 单位地区生产总值用水量 (so is a modifier);
        广州、深圳地区生产总值分别达到… → each item its own place.
        """
        clause_end = _clause_end(text, fb, len(text))
        items = [x for x in mentions if fb < x.start < clause_end]
        if m not in items or len(items) < 2:
            return "", ""
        words = _strip_light(self._tag(text[c_start:fb], c_start), lead=True)
        subject = _phrase(words, text)
        parts = [p for p in re.split(r"[、和与及]", subject) if p]
        k = items.index(m)
        places = [pm.place.name for pm in gazetteer().find(subject)]
        place = places[k] if len(places) == len(items) else ""
        if len(parts) != len(items):
            return subject, place
        first, last, part = parts[0], parts[-1], parts[k]
        if k < len(parts) - 1 and len(part) <= 3 < len(last):
            part = part + last[len(part):]  # 城镇和农村居民收入: 城镇 takes the head 居民收入
        elif k > 0 and len(first) > len(part) + 2:
            head_words = self._tag(first)
            modifier = first[: len(first) - len(head_words[-1].text)] if len(head_words) > 1 else ""
            if modifier and not part.startswith(modifier):
                part = modifier + part
        return part, place


@lru_cache(maxsize=1)
def nation_words() -> tuple[str, ...]:
    """Words opening a clause about the whole country (全国, 我国): such a figure has no place."""
    return tuple(sorted(read_words("nation_words.txt")))


@lru_cache(maxsize=1)
def prefix_words() -> tuple[tuple[str, str], ...]:
    """Prefix qualifier words (超过, 约, …) with their qualifier, longest first."""
    return tuple(sorted(tables().prefixes.items(), key=lambda kv: -len(kv[0])))


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out
