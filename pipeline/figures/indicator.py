"""Indicator: the phrase naming what a figure measures, from the segmenter's words around it.

The noun phrase right after the number names it (167万志愿者 → 志愿者) unless it is a percentage with a
noun before it (地区生产总值增长5%); else the words before it in its clause, light words, times and change
verbs trimmed from their ends. Events and people are named by the verb phrase after them (3次亲临…); a
的-noun (50%以上的税收) belongs to the clause's subject; a generic head (规模, 增速) or a bare verb takes the
subject of the figure before it; a rank is named by what stands before its ranking verb or scope.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Final, NamedTuple

from ..once import Memo, Once
from .. import recache
from ..data import alternation
from ..context import timex
from ..gazetteer import gazetteer
from ..numbers import Mention
from ..numerals import CN_COUNT_CHARS, YEAR_CHAR
from ..placelabel import china_abbreviations
from ..scan import holds_a_word
from ..segment import Word
from .clause import Clause, Clauses, clause_start
from .mentions import scope_name
from .words import CLAUSE_DELIMS, PUNCT, SENTENCE_ENDS, etc_at, patterns, words

Tagger = Callable[..., list[Word]]
NOUN_TAGS: Final = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "an", "j", "l", "eng", "b", "i"})
PERSON_PLACE_TAGS: Final = frozenset({"ns", "nr", "nrt", "nrfg"})
DULL_TAGS: Final = frozenset({"t", "m", "p", "c", "d", "u", "uj", "ul", "y"})
LIST_ITEM_TAGS: Final = frozenset({"d"})  # a dull tag a list's first item may be given (高新 as an adverb)
PUNCT_RUN = recache.compile(f"[{re.escape(''.join(sorted(set(PUNCT))))}]*")  # (is_punct's reading, for the tests)
PUNCT_CHARS: Final = "".join(sorted(set(PUNCT)))
DIGIT: Final = recache.compile(r"[0-9０-９]")
LIST_CUT: Final = recache.compile(r"[、，,；;]")  # where the noun after an amount's 的 stops being its (…项目、投资…)
ASIDE_MAX: Final = 4  # 下同）, 户）: a bracket closing this near a name's start closes an aside the name opened inside
WRAP_SPACE: Final = recache.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
FOOTNOTE: Final = recache.compile(r"[\[〔［]\d{1,2}[\]〕］]")  # 一般公共预算收入[1]: a footnote mark names nothing
AFTER_WINDOW: Final = 40  # characters after a number read for the phrase that names it: no name is longer


def with_head(subject: str, head: str) -> str:
    """A subject and the generic head a clause says of it (规模, 总量): the subject's own rate or share head gives way
    (一般公共预算收入增速居全省第2位、总量居全省第5位 → 一般公共预算收入总量, not …增速总量; figure_words
    head_gives_way), a level head that is part of the name stays (进出口总额增速)."""
    if not head or head in subject:
        return subject
    lex = words()
    if head in lex.generic_heads or head in lex.of("yield_head"):
        gives_way = lex.of("head_gives_way") + (lex.of("output_head") if head in lex.of("added_head") else ()) \
            + (lex.of("area_head") + lex.of("yield_head") + lex.of("crop_activity") if head in lex.of("yield_head") else ())
        own = next((h for h in gives_way if subject.endswith(h) and len(subject) > len(h)), "")
        subject = subject[: len(subject) - len(own)] if own else subject
    return subject + head


def percent_item_patterns() -> tuple[re.Pattern, re.Pattern]:
    """`_make_percent_item_patterns()`, made once."""
    return _PERCENT_ITEM_PATTERNS.get()


def _make_percent_item_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a noun right after a percent and before the next item's number, the item before a percent): 贡献全县82%就业岗位、
    75%税收收入, a list whose nouns follow their numbers (the joints: figure_words.tsv list_joint)."""
    joint = "[" + re.escape("".join(w for w in words().of("list_joint") if len(w) == 1)) + "]"
    return (recache.compile(rf"[\u4e00-\u9fff]{{2,12}}?(?={joint}\s?\d)"),
            recache.compile(rf"\d\s?[%％][\u4e00-\u9fff]{{2,12}}{joint}\s?$"))


_PERCENT_ITEM_PATTERNS: Final = Once(_make_percent_item_patterns)


def masked_amount() -> re.Pattern:
    """`_make_masked_amount()`, made once."""
    return _MASKED_AMOUNT.get()


def _make_masked_amount() -> re.Pattern:
    """A copy site's mask for a value and its unit (完成xxxx万元, 签约资金×亿元, 到位资金XX亿元: figure_words.tsv
    masked_unit): a clause with one says what it is of."""
    return recache.compile(rf"(?:[xX×＊*]{{1,6}}|[_＿]{{2,}})\s?(?:{alternation(words().of('masked_unit'))})")


_MASKED_AMOUNT: Final = Once(_make_masked_amount)


class Target(NamedTuple):
    """The figure being named: its mention and clause, its own words before it (text[start:end]: from the
    clause's start or the figure before it, to its change word or baseline), its unit and kind."""

    mention: Mention
    clause: Clause
    start: int
    end: int
    unit: str
    kind: str
    near: int  # where the clause before the figure's clause opens: a figure from there is near


class Earlier(NamedTuple):
    """The last figure before this one in the sentence (durations aside): its indicator and start."""

    indicator: str = ""
    start: int = -1

    @property
    def found(self) -> bool:
        """Whether there is one (a property, not __bool__: mypyc reads a NamedTuple's truth as a tuple's)."""
        return self.start >= 0


# `Target(...)`, `Earlier(...)` made without the NamedTuple's `__new__` (interpreted Python, which a compiled caller
# pays for at every figure, about 4,700 instructions): the same tuples of the same classes, fields in their order

def counted_clause() -> re.Pattern:
    """`_make_counted_clause()`, made once."""
    return _COUNTED_CLAUSE.get()


def _make_counted_clause() -> re.Pattern:
    """A clause that only counts things (10个市级重点项目，): the count, a classifier of things (figure_words.tsv
    thing_unit), the things and the comma."""
    units = alternation(list(words().of("thing_unit")))
    return recache.compile(rf"\d+\s?(?:{units})(?P<thing>[\u4e00-\u9fff]{{2,12}})[\uff0c,]")


_COUNTED_CLAUSE: Final = Once(_make_counted_clause)


# tuple.__new__ bound once: called as a Final (a C static), not looked up on the tuple type at each record (about a
# quarter of the record's making, compiled)
_NEW_TUPLE: Final[Any] = tuple.__new__


def new_target(mention: Mention, clause: Clause, start: int, end: int, unit: str, kind: str, near: int) -> Target:
    return _NEW_TUPLE(Target, (mention, clause, start, end, unit, kind, near))


def new_earlier(indicator: str, start: int) -> Earlier:
    return _NEW_TUPLE(Earlier, (indicator, start))


NO_EARLIER = Earlier()  # none: a figure first in its sentence (tuples are immutable: one serves all)


def is_punct(word: str) -> bool:
    """Nothing but punctuation and spaces (True for ""): `PUNCT_RUN.fullmatch(word) is not None`, by `str.strip`
    (nothing is left when every character is one of them; no regex call per word)."""
    return not word.strip(PUNCT_CHARS)


def dull(word: str, tag: str) -> bool:
    """A light word, a time, a function word or punctuation (a pure function of the word, memoized)."""
    return _DULL.get((word, tag))


def _dull(key: tuple[str, str]) -> bool:
    word, tag = key
    return (word in words().light or not word.strip() or is_punct(word)
            or tag in DULL_TAGS or patterns().time.fullmatch(word) is not None)


def is_change_verb(word: str) -> bool:
    """提高到, 下降; but 涨幅, 增速, 增量 name what is measured (memoized)."""
    return _CHANGE_VERB.get(word)


def _is_change_verb(word: str) -> bool:
    w = words()
    word = word.rstrip("".join(w.of("to")))
    return bool(w.changes.get(word)) and w.change_roles[word] == "verb" and not patterns().change_noun.search(word)


# memos of the pure functions of a word above, read at every word of a name (once.Memo: no lru_cache wrapper's
# Python-level call at each)
_DULL: Final = Memo(_dull)
_CHANGE_VERB: Final = Memo(_is_change_verb)


QUOTED_TIME: Final = 6  # the words a quoted time (“十四五”时期) may span at the head of a name


SUFFIX_TAG: Final = "k"  # jieba's tag of a suffix (型, 性): the word before it is part of one word


def strip_light(ws: list[Word], lead: bool) -> list[Word]:
    """Drop light words, times, change verbs, localizers (后 of 建成后…) and punctuation from the end (and the
    start when `lead`, up to a word that opens a noun phrase there: 平均跑动次数, but 增长 after 平均 at the end)."""
    share = words().set_of("share_verb")
    full = ws  # (the quote marks the end drops still close a name the start would cut: “三品一标”67个)
    while ws and (dull(ws[-1].text, ws[-1].tag) or ws[-1].tag == "f" or is_change_verb(ws[-1].text)):
        if len(ws) > 1 and ws[-2].text in share and ws[-1].text.strip() and not is_punct(ws[-1].text):
            break  # 经济总量占全国的40.5%: the whole a share is of stays
        ws = ws[:-1]
    if lead:
        k = 0
        kept, lead_light = words().set_of("lead_kept"), words().set_of("lead_light")
        opens = words().set_of("quote_open")
        while k < len(ws) and (dull(ws[k].text, ws[k].tag) or ws[k].tag == "f" or ws[k].text in lead_light
                               or k and ws[k].tag == "q" and ws[k - 1].tag == "m" and ws[k - 1].text[:1].isdigit()) \
                and (ws[k].text not in kept or modal(ws, k)) and not list_item(ws, k) \
                and not (k + 1 < len(ws) and ws[k + 1].tag == SUFFIX_TAG):  # 急难 of 急难型: a suffix's word
            if ws[k].text in opens and k + 1 < len(ws) and unclosed_quotes(ws[k].text) < 0 \
                    and any(unclosed_quotes(w.text) > 0 for w in ws[k + 1:]) \
                    and timex.pattern().match("".join(w.text for w in ws[k:k + QUOTED_TIME])) is None:
                break  # 全区“四上”企业达到420家: a quoted name opens the noun phrase, its numeral and all
            k += 1  # (339个地级及以上城市平均…: a count that is no figure opens no name, its measure word neither)
        if k == 0 and len(ws) > 2 and point_marker(ws[0].text, ws[1].text):
            k = 2  # 四是新增城镇就业32万人: the point's marker opens no name
        elif k == 0 and len(ws) > 1 and point_marker(ws[0].text[:-1], ws[0].text[-1:]):
            k = 1  # (四是 one word)
        if short_home_at(ws, k):
            k += 1
        j = quote_start(ws, k)
        if j == k and k > 1:
            f = quote_start(full, k)
            if f < k - 1:  # the start cut a quoted name whose closing mark the end dropped: 三品 of “三品一标”67个
                j = f + 1 if full[f].text in opens else f
        return ws[j:]
    return ws


def point_marker(first: str, second: str) -> bool:
    """Whether two words are a list's point marker (一是, 四是, 二要: a numeral, then figure_words.tsv point_verb)."""
    return bool(first) and all(c in CN_COUNT_CHARS for c in first) and second in words().of("point_verb")


def short_home_at(ws: list[Word], k: int) -> bool:
    """Whether ws[k] is a province's one-character short form right after 在/驻/来 (在渝高校, 在京生产新能源汽车):
    it says where, which is the figure's place (`place.about`), not what the name measures."""
    w = words()
    return 0 < k < len(ws) - 1 and ws[k - 1].text in w.set_of("home_prefix") and ws[k].text in china_abbreviations() \
        and ws[k].text not in w.set_of("short_home_not")


def list_item(ws: list[Word], k: int) -> bool:
    """Whether a word a name would drop at its start is the first item of a list (高新 of 高新、经开、小蓝…, tagged
    an adverb): a word, no number or time, with a list mark (、) right after it."""
    return k + 1 < len(ws) and ws[k + 1].text == "、" and ws[k].tag in LIST_ITEM_TAGS and not is_punct(ws[k].text)


def modal(ws: list[Word], k: int) -> bool:
    """Whether a verb kept where it opens a name (可 of 可再生能源) is a modal here: a verb follows it (可带动就业)."""
    return ws[k].tag == "v" and k + 1 < len(ws) and ws[k + 1].tag == "v"


def quote_start(ws: list[Word], k: int) -> int:
    """Where words[k:] starts when a quoted name that begins before k is not cut in two (争取“两重”“两新”资金: from
    its first quote mark, not from 两新”资金)."""
    unclosed = 0
    for i in range(k, len(ws)):  # (a loop, not sum() over a generator made per call from compiled code)
        unclosed += unclosed_quotes(ws[i].text)
    j = k
    while unclosed > 0 and j > 0:
        j -= 1
        unclosed += unclosed_quotes(ws[j].text)
    return j if unclosed <= 0 else k


def unclosed_quotes(text: str) -> int:
    """Closing quote marks in `text` less opening ones (a mark that is both, the ASCII ", counts for neither;
    a pure function of the word, memoized)."""
    return _UNCLOSED.get(text)


def _unclosed_quotes(text: str) -> int:
    opens, closes = words().of("quote_open"), words().of("quote_close")
    return sum(text.count(c) for c in closes if c not in opens) - sum(text.count(o) for o in opens if o not in closes)


_UNCLOSED: Final = Memo(_unclosed_quotes)


def phrase(ws: list[Word], text: str) -> str:
    """The text from the first word to the last, without edge spaces and commas; a bracket or quote it opens is
    closed when the text closes it right after (居民消费价格指数（CPI）, 入选“中国好人榜”)."""
    if not ws:
        return ""
    start, end = ws[0].start, ws[-1].end
    if text.startswith(closing_marks(), end):  # (most phrases: no closing mark right after, no pair to try)
        for o, c in closing_pairs():
            if text.startswith(c, end) and text.count(o, start, end) > text.count(c, start, end):
                end += len(c)
    return text[start:end].strip(" ，、")




def closing_pairs() -> tuple[tuple[str, str], ...]:
    """(opening, closing) marks of brackets and quotes (figure_words.tsv), but a mark that is both (")."""
    return _CLOSING_PAIRS.get()


def _make_closing_pairs() -> tuple[tuple[str, str], ...]:
    lex = words()
    pairs = [*zip(lex.of("bracket_open"), lex.of("bracket_close")),
             *zip(lex.of("quote_open"), lex.of("quote_close"))]
    return tuple((o, c) for o, c in pairs if o != c)


_CLOSING_PAIRS: Final = Once(_make_closing_pairs)


def closing_set() -> frozenset[str]:
    """The closing brackets and quote marks (figure_words.tsv bracket_close, quote_close) as one set, made once (not a
    union of two sets at every noun phrase)."""
    return _CLOSING_SET.get()


def _make_closing_set() -> frozenset[str]:
    lex = words()
    return lex.set_of("bracket_close") | lex.set_of("quote_close")


_CLOSING_SET: Final = Once(_make_closing_set)


def closing_marks() -> tuple[str, ...]:
    """The closing marks of `closing_pairs`, for one `str.startswith`."""
    return _CLOSING_MARKS.get()


def _make_closing_marks() -> tuple[str, ...]:
    return tuple(c for _, c in closing_pairs())


_CLOSING_MARKS: Final = Once(_make_closing_marks)


def nounish(w: Word) -> bool:
    return w.tag in NOUN_TAGS or (w.tag == "t" and patterns().time.fullmatch(w.text) is None)


def noun_phrase(ws: list[Word], text: str) -> str:
    """Nouns right after a number (167万志愿者群体托起… → 志愿者群体), through joins (、 和 与 及), quoted or
    bracketed parts and 的-modifiers."""
    lex = words()
    of = lex.set_of("of")
    i = 1 if ws and ws[0].text.strip() == "" else 0
    # skip a modifier ending in 的 (18 周岁以上的自然人, 798平方公里的…新城)
    marks = lex.set_of("class_mark")
    counted = False  # whether a word of ws[i:j] is a numeral or a measure word (or opens with a digit), kept as j
    # goes on (not an any() over the slice at each j)
    for j in range(i, min(len(ws), i + 8)):
        numeric = j == i or counted
        if ws[j].text in marks and j > i and numeric and j + 1 < len(ws) and nounish(ws[j + 1]):
            i = j + 1  # a class by size, its mark closing it (849台10蒸吨及以下燃煤锅炉 → 燃煤锅炉)
            break
        if ws[j].text in of:
            if numeric and j + 1 < len(ws) and nounish(ws[j + 1]):
                i = j + 1
            break
        if is_punct(ws[j].text) and ws[j].text.strip():
            break
        counted = counted or ws[j].tag in ("m", "q") or ws[j].text[:1].isdigit()
    taken: list[Word] = []
    opens, quotes, joints = lex.set_of("bracket_open"), lex.set_of("quote_open"), lex.set_of("list_joint")
    closes = closing_set()
    give, grades = lex.set_of("give_verb"), lex.set_of("grade_after")
    terms = lex.of("term_end")
    negation = lex.set_of("negation_open")
    k = i
    while k < len(ws):
        w = ws[k]
        nxt = ws[k + 1] if k + 1 < len(ws) else None
        if w.text in opens and taken or w.text in quotes:  # 城市（区）, “数字领航”企业: the marks with the name
            close = next((j for j in range(k + 1, min(len(ws), k + 8)) if ws[j].text in closes), None)
            # a bracket inside the name; a quoted part only before the noun it names (not 事项“全区通办”)
            head = ws[close + 1] if close is not None and close + 1 < len(ws) else None
            if close is not None and (w.text in opens or head is not None and nounish(head)
                                      and not head.tag.startswith("v")):
                taken.extend(ws[k:close + 1])
                k = close + 1
                continue
        if w.text in joints and w.tag != "p" and taken and nxt is not None and nounish(nxt):  # 国际性和全国性赛事
            taken.append(w)
            k += 1
            continue
        if w.text in lex.light and taken:
            if all(t.tag == "a" for t in taken):
                return ""  # 迈上4万亿元大台阶: an adjective before a light noun (台阶) names nothing (probe40 湖北 2021)
            break
        if w.tag in ("m", "eng") and nxt is not None and nxt.text in grades and k + 2 < len(ws) \
                and (nounish(ws[k + 2]) or ws[k + 2].tag in ("a", "vn")):
            # 22个百亿级项目落地: a grade of size (百亿级, 千亿级) inside the name; so is a lettered grade (390家A级景区,
            # 2个AAAA级旅游景区: probe40 湖北 2021)
            taken.extend((w, nxt))
            k += 2
            continue
        if w.tag == "m" and taken and w.text.endswith(terms) and nxt is not None and nounish(nxt):
            taken.append(w)  # 233名区二届人大代表出席大会: a congress's term inside the name of its deputies
            k += 1
            continue
        if nxt is not None and nxt.tag == "k" and k + 2 < len(ws) and nounish(ws[k + 2]) \
                and (nounish(w) or w.tag in ("a", "v", "d")):
            # 2个配售型保障性住房项目, 15个紧密型县域医共体: a word and the suffix making it a type (型, k) open the
            # name of the noun after them (probe41 with corpus-dev 山西: 配售, no name)
            taken.extend((w, nxt))
            k += 2
            continue
        if w.tag == "i" and taken and (nxt is None or nxt.text in of or is_punct(nxt.text)):
            break  # 740多万玉林人民翘首以盼的“高铁梦”: an idiom after the noun, closing its clause, is what it does
        if w.text in give and taken:
            break  # 为2377家企业发放稳岗返还资金: the count is of the receivers (企业)
        if nounish(w) or w.tag in ("a", "s") and nxt is not None and nounish(nxt):  # (s: 200个家门口养老服务站)
            taken.append(w)
        elif not taken and w.text in negation and nxt is not None and (nounish(nxt) or nxt.tag == "a"):
            taken.append(w)  # 清理了561名不合格村居干部: a negated quality opens the name of what is counted
        elif w.text in marks and taken and nxt is not None and nounish(nxt):
            taken.append(w)  # 规模以上工业企业: the class mark inside the name
        elif w.tag.startswith("v") and taken and nxt is not None and nounish(nxt) \
                and nxt.text not in lex.after_stop_words and not (len(taken) == 1 and len(taken[0].text) == 1):
            # (not after a noun of one character alone: 11个左右的县探索片区化…, the county is the name and 探索 what
            # it does; corpus-dev 山西 2026)
            taken.append(w)  # a verb inside a compound: 乡村振兴齐鲁样板村
        elif w.tag == "v" and nxt is not None and nxt.tag == "v" and len(taken) == 1 and nounish(taken[0]) \
                and k + 2 < len(ws) and nounish(ws[k + 2]) and ws[k + 2].text not in lex.after_stop_words \
                and len(w.text) == len(nxt.text) == 2 <= len(ws[k + 2].text) \
                and (k + 3 == len(ws) or is_punct(ws[k + 3].text)):
            # two verbs inside a compound after its one noun, the noun after them closing the clause (149.2亿元乡村振兴
            # 补助资金, 10个博士后创新实践基地; probe23 新疆 2025): the name goes on to it (not 57.6万名儿童享受减免幼儿园
            # 学前一年保育教育费, 4.2万余名网格员实行定人、定岗: what the counted do)
            taken.extend((w, nxt))
            k += 2
            continue
        else:
            break
        k += 1
    found = phrase(taken, text)
    # (a phrase whose first character opens no such word opens with none: one set test, not a test of every word)
    if found[:1] in edge_chars()[0] and found.startswith(lex.after_stop) \
            and not (len(taken) > 2 and taken[1].text in marks):
        return ""  # the word itself or a longer one; not 规模以上工业企业, a class of the noun after it
    return found


def edge_chars() -> tuple[frozenset[str], frozenset[str]]:
    """`_make_edge_chars()`, made once."""
    return _EDGE_CHARS.get()


def _make_edge_chars() -> tuple[frozenset[str], frozenset[str]]:
    """(the first characters of the words after a figure that name nothing, after_stopwords.txt; the last characters
    of the asides, figure_words.tsv aside): a name whose first (last) character is none of them opens (ends) with none
    of the words."""
    lex = words()
    return frozenset(w[:1] for w in lex.after_stop), frozenset(w[-1:] for w in lex.of("aside"))


_EDGE_CHARS: Final = Once(_make_edge_chars)


def thing_name(ws: list[Word]) -> bool:
    """A verb and the noun after it that name things counted (健身公园, 改造项目, 帮扶项目), not a ranking or light
    verb (3项排名全市第一, 22项达到全球最优), nor a verb and a place or person (35个对接上海…平台)."""
    lex = words()
    first, second = ws[0], ws[1]
    return first.text not in lex.light and first.text not in lex.after_stop_words \
        and second.text not in lex.after_stop_words and second.tag not in PERSON_PLACE_TAGS


def verb_phrase(ws: list[Word], text: str) -> str:
    """What an event count counts (3次亲临广东、深圳视察, 连续五届成功创建文明城市): to the clause end or 的."""
    head = [w for w in ws[:3] if w.text.strip()]
    if not head or is_punct(head[0].text) or not any(w.tag.startswith("v") for w in head[:2]):
        return ""  # none, or the next item of a list (1.2亿人次、旅游总收入…)
    if head[0].tag in NOUN_TAGS and (len(head) < 2 or not head[1].tag.startswith("v")):
        return ""  # a noun after the count, not a verb phrase (全面降准 is one: 全面 modifies 降准)
    if head[0].text in words().of("copula"):
        return ""  # 增长10%是底线要求: what the figure is, not what it counts (probe40 湖北 2021)
    if head[0].text in words().after_stop_words:
        return ""  # 2项排名城区第一: a ranking word after a count names no deed; the items ranked are named before it
    if is_change_verb(head[0].text) and (head[0].text.endswith(tuple(words().of("to")))
                                         or text.startswith(tuple(words().of("to")), head[0].end)):
        return ""  # 护理员数从16人提高到25人: the change from this level to the next, no deed of the people counted
    of, give = words().of("of"), words().of("give_verb")
    joints = words().set_of("list_joint")
    taken: list[Word] = []
    for k, w in enumerate(ws):
        if w.text in of or w.text in give and taken:
            break  # 为1.06万余名就业困难人员发放…补贴: the people are the receivers
        if taken and w.text in joints and k + 1 < len(ws) and (ws[k + 1].tag == "m" or ws[k + 1].text[:1].isdigit()):
            break  # 两次降低存款准备金率、两次下调政策利率: the next item's count opens its own deed
        taken.append(w)
    return phrase(strip_light(taken, lead=False), text)


def subject_of(indicator: str, tag: Tagger) -> str:
    """The leading nouns of an indicator (棚户区改造开工 → 棚户区改造), through a localizer between nouns
    (规模以上工业企业利润总额)."""
    ws = tag(indicator)
    k = 0
    while k < len(ws) and (nounish(ws[k]) or ws[k].tag == "vn"
                           or ws[k].tag == "f" and 0 < k < len(ws) - 1 and nounish(ws[k + 1])):
        k += 1
    return "".join(w.text for w in ws[:k]) if k else ""


def counted_of(indicator: str, tag: Tagger) -> str:
    """The trailing nouns of an indicator, the things a count counts (计划实施重点项目 → 重点项目); the indicator
    itself when it ends with no noun."""
    ws = tag(indicator)
    k = len(ws)
    while k > 0 and (nounish(ws[k - 1]) or ws[k - 1].tag == "vn"):
        k -= 1
    return "".join(w.text for w in ws[k:]) or indicator


def verbs_only(ws: list[Word]) -> bool:
    """Whether the words are an award verb alone (获评, 评为: figure_words.tsv `rank_award`), which names no rank
    (not 投资 of 投资进度居全省第五位, nor 增速 of 增速均居全省第一)."""
    return len(ws) == 1 and ws[0].text in words().of("rank_award")


def rank_words(text: str, start: int, end: int, earlier: Earlier, tag: Tagger, listed: bool = False) -> tuple[int, int]:
    """The words naming a rank: what stands before its ranking verb or scope (网上政务服务能力居全国城市第三),
    what it ranks in when nothing does (连续3年获得全国文明城市测评第一名), else the earlier subject."""
    p = patterns()
    span = text[start:end]
    verbs = list(p.rank_verb.finditer(span))
    cut = verbs[-1] if verbs else p.rank_scope.search(span)
    kept = strip_light(tag(span[:cut.start()]), lead=True) if cut else []
    named = phrase(kept, span) if cut else ""
    if named and p.rank_field.match(named):
        named = ""  # 六县市排名第三: the peers ranked among name nothing (the earlier subject does)
    opening = len(span) - len(span.lstrip(CLAUSE_DELIMS + " "))
    if named and verbs and span.startswith(words().of("rank_consecutive"), opening):
        named = ""  # 连续6个季度保持全省第一: a streak opening the words names nothing (the earlier subject does)
    if cut and named and not verbs_only(kept):
        return start, start + cut.start()  # (获评全国…第三名: a verb alone before the scope names nothing)
    if cut and (not earlier.found or verbs and own_name(span[cut.end():]) and (listed or text.startswith(
            words().of("rank_first"), end))):
        # (位居全国百强县投资潜力第3、新型城镇化质量第4: the first of a list of ranks names its own, as the next do)
        return start + cut.end(), end
    if cut or earlier.found and scope_name(span.strip()):
        return start, start  # 人均地区生产总值达到13.7万元，居全国各省区第一; …全市第二，南六县第一: the earlier subject
    return start, end


def own_name(after_verb: str) -> bool:
    """Whether the words between a ranking verb and its rank name something past the scope and the peers
    (全国百强县投资潜力, not 全国各省区 or 全省城市)."""
    p = patterns()
    scope = p.rank_scope.match(after_verb)
    rest = after_verb[scope.end():] if scope else after_verb
    return len(rest) >= 2 and p.rank_field.match(rest) is None and not rest.startswith(words().of("rank_peers_open")) \
        and not rest.endswith(words().of("rank_peers_end"))


TIME_DIGITS: Final = "0123456789" + CN_COUNT_CHARS


def ends_with_past_space(text: str, end: int, mark: str) -> bool:
    """`text[:end].rstrip().endswith(mark)` for a one-character mark, read back from `end` past the white space (the
    characters `str.rstrip` drops: `str.isspace`), not a copy of the text from its start at each figure."""
    k = end
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] == mark


class Before:
    """The words before a number, read on first use: many figures are named by the noun after them."""

    def __init__(self, text: str, start: int, end: int, tag: Tagger) -> None:
        self.text, self.start, self.end, self.tag = text, start, end, tag
        self._read: tuple[list[Word], str, bool] | None = None

    def _get(self) -> tuple[list[Word], str, bool]:
        if self._read is None:
            text = self.text
            ws = self.tag(text[self.start:self.end], self.start) if self.end > self.start else []
            kept = strip_light(ws, lead=True)
            disposal = words().set_of("disposal")
            for i in range(len(kept) - 2, 0, -1):
                if kept[i].text in disposal and nounish(kept[i + 1]):
                    kept = kept[i + 1:]  # 阶段性将小规模纳税人增值税起征点: what 将 acts on is the name
                    break
            found = phrase(kept, text)
            mid_light = words().set_of("mid_light")
            inner = [w for w in kept[1:-1] if w.text in mid_light]
            if inner:  # 文化产业实现增加值 → 文化产业增加值: a light verb between nouns is dropped
                found = "".join(text[w.start:w.end] for w in kept if w not in inner)
            if kept:  # 到5月份累计增速: the segmenter split the time (5 | 月份); its rest is no part of the name
                j = kept[0].start
                while j > self.start and text[j - 1] in TIME_DIGITS + YEAR_CHAR:  # 三年 | 内上市…: 三年内 split too
                    j -= 1
                t = timex.match_at(text, j, len(text)) if j < kept[0].start else None
                if t is not None and kept[0].start < t.end() < kept[0].start + len(found):
                    found = found[t.end() - kept[0].start:]
            # 公司前三季度营业收入: a time inside the name is the period (cut from the last, so offsets hold)
            times: list[tuple[int, int]] = [(t.start(), t.end()) for t in timex.search_from(found, 1, len(found))]
            before_time = words().of("time_preposition")
            for a, b in reversed(times):
                if b < len(found):
                    a -= 1 if a > 1 and found.endswith(before_time, 0, a) else 0  # 在今年前三季度: the 在 too
                    found = found[:a] + found[b:]
            k, size = etc_at(found, 1, len(found), last=True)
            if k >= 0:  # 五大会址、八七会址…等红色遗存: what follows 等 names the set (not 高等 of 高等院校)
                found = found[k + size:] or found
            for give in words().of("give_verb"):
                if found.find(give, 1, len(found) - 1) >= 0:  # 企业发放稳岗返还资金1757.94万元: what is given names the amount
                    found = found[found.rfind(give) + len(give):] or found
            has_noun = False  # a noun (not a place's name) among the words kept (a loop: no generator per figure)
            for w in kept:
                if w.tag in NOUN_TAGS and w.tag != "ns":
                    has_noun = True
                    break
            self._read = (ws, found, has_noun)
        return self._read

    @property
    def tagged(self) -> list[Word]:
        return self._get()[0]

    @property
    def phrase(self) -> str:
        return self._get()[1]

    @property
    def has_noun(self) -> bool:
        return self._get()[2]


def near_start(text: str, clause: Clause, clauses: Clauses | None = None) -> int:
    """Where the clause before `clause` opens, or `clause`'s own start after a sentence end; clauses are not
    stopped at the sentence's start here (a generic head may take the subject of the sentence before).
    `clauses`, the sentence's, when at hand: the same answer from its delimiters."""
    if clauses is not None:
        here = clauses.opening(clause.start)
        return clauses.opening(here - 2) if here > 1 and text[here - 1] not in SENTENCE_ENDS else here
    here = clause_start(text, clause.start, 0)
    return clause_start(text, here - 2, 0) if here > 1 and text[here - 1] not in SENTENCE_ENDS else here


def changed_subject(text: str, start: int, end: int, tag: Tagger) -> str:
    """The subject of the clause text[start:end] when the clause says only that it changed (财政收入持续下滑,
    工业用电量有所回落, 进出口总额稳步增长, 失业率回落至疫情前水平): the nouns opening it, then only manner words and a
    change verb, and after it only the level it came to, in words; ""
    otherwise (a clause with a number, or saying more)."""
    if start >= end or DIGIT.search(text, start, end):
        return ""
    body = text[start:end].rstrip(" ，,、")
    aside = ""
    for a in words().of("aside"):
        if body.endswith(a) and len(body) > len(a):
            aside = a  # 全市规模以上工业增加值按可比价格计算，同比增长1.7%: the subject, then how it is computed
            break
    # 外贸进出口总额增速、保税物流中心进出口额再创历史新高，跃居全区首位: the nouns that set a record, then the manner
    # words before it (再, 均: cut as written, the segmenter may join them to the noun, 制品业均), as an aside
    cut = without_how_it_did(body)
    record = cut != body
    body = cut
    ws = [w for w in tag(text[start:start + len(body) - len(aside)] if aside or record else text[start:end], start)
          if w.text.strip() and not is_punct(w.text)]
    while ws and (ws[0].text in words().light or ws[0].tag == "t"):
        ws = ws[1:]  # 全市工业投资快速增长: the home word opens no name; 今年上半年财政收入…: nor does a time
    if aside:
        return phrase(ws, text) if ws and all(nounish(w) for w in ws) else ""
    if record:  # (增速, a generic head the tagger calls a verb, is a noun here)
        while ws and manner(ws[-1]):
            ws = ws[:-1]
        # 粮食生产在高基点上实现新跨越: where it did so (a preposition's phrase closed by a locative) names nothing
        at = next((i for i, w in enumerate(ws) if w.tag == "p"), -1)
        if 0 < at < len(ws) - 1 and ws[-1].tag == "f":
            ws = ws[:at]
        return phrase(ws, text) if ws and all(nounish(w) or w.text in words().generic_heads for w in ws) else ""
    k = 0
    while k < len(ws) and nounish(ws[k]) and not manner(ws[k]) and not changes(ws[k].text):
        k += 1
    rest = ws[k:]
    verb = next((i for i, w in enumerate(rest) if changes(w.text)), -1)
    if k == 0 or verb < 0 or not all(manner(w) or changes(w.text) or w.text in words().light for w in rest[:verb]):
        return ""  # (财政收入也有快速增长: a light verb before the change says no more)
    tail = rest[verb + 1:]  # 城镇调查失业率回落至疫情前水平: the level it came to, in words, says no more
    if tail and not all(manner(w) or changes(w.text) for w in tail) and tail[0].text not in words().of("to"):
        return ""
    return phrase(ws[:k], text)


def counterpart_of(subject: str, word: str) -> str:
    """The subject with the word a clause then says of it (完成投资 → 项目完成投资); when the subject ends with the
    word's counterpart (figure_words.tsv counterpart: 收入/支出), the same thing's other side (一般公共预算收入3009.6亿元、
    支出6806.5亿元 → 一般公共预算支出, not …收入支出; probe34, 河南 2016)."""
    for pair in words().of("counterpart"):
        a, _, b = pair.partition("/")
        for mine, other in ((a, b), (b, a)):
            if word == other and subject.endswith(mine) and len(subject) > len(mine):
                return subject[: -len(mine)] + word
    return subject + word


def listed_crop(text: str, start: int, end: int, head: str) -> str:
    """The crop of a list of its measures in the clause text[start:end], one of them the output or yield `head` said
    alone after it (粮食面积、总产、单产实现“两增一稳”: 粮食, for 总产762亿斤; 粮食播种面积和产量双增长: 粮食, for
    总产稳定在600亿斤左右): the words opening the list's first item, before its area or yield head (figure_words.tsv
    area_head, yield_head); "" when the clause holds no such list (no yield head after a list joint)."""
    lex = words()
    seg = text[start:end]
    if not any(seg.find(j + h) >= 0 for j in lex.of("list_joint") for h in lex.of("yield_head")):
        return ""
    for h in sorted(lex.of("area_head") + lex.of("yield_head"), key=len, reverse=True):
        for j in lex.of("list_joint"):
            k = seg.find(h + j)
            if k > 0:
                crop = seg[:k]
                crop = crop[max(crop.rfind(c) for c in CROP_CUT) + 1:].strip()
                return crop if 0 < len(crop) <= CROP_MAX and DIGIT.search(crop) is None else ""
    return ""


TREND_REACH: Final = 14  # how far before a trend (态势) its verb may stand: 呈现“前低后高”态势, 保持稳中有进、稳中向好的态势
CROP_CUT: Final = "，,；;：:。“”（）()"  # what ends the words before a crop's name
CROP_MAX: Final = 6  # the longest crop's name a list of its measures opens with (粮食, 油料, 蔬菜)


def without_how_it_did(name: str) -> str:
    """A name without the words closing it that say only how its subject did (纺织业、金属制品业增速亮眼 →
    纺织业、金属制品业; 外贸进出口总额再创历史新高 → 外贸进出口总额: figure_words.tsv record_clause, and the adverbs before
    them); the name as it is when none close it."""
    lex = words()
    if name.endswith(lex.of("trend_head")):
        reach = name[max(0, len(name) - TREND_REACH):]
        verb = max((reach.rfind(v) for v in lex.of("trend_verb")), default=-1)
        if verb > 0 or verb == 0 and len(name) > TREND_REACH:  # 增速呈现“前低后高”态势: the name before the verb
            return name[:len(name) - len(reach) + verb].rstrip(" ，,、")
    if name.endswith(lex.of("quote_close")):
        opening = max(name.rfind(q) for q in lex.of("quote_open"))
        slogan = next((v for v in lex.of("slogan_verb") if name.endswith(v, 0, opening)), "") if opening > 0 else ""
        if slogan and opening > len(slogan):  # 粮食实现“十二连增”: the name before the verb
            return name[:opening - len(slogan)].rstrip(" ，,、")
    for r in lex.of("record_clause"):
        if name.endswith(r) and len(name) > len(r):
            cut = name[: -len(r)]
            adverb = next((a for a in words().of("change_adverb") if cut.endswith(a) and len(cut) > len(a)), "")
            return cut[: len(cut) - len(adverb)].rstrip(" ，,、")
    return name


def manner(w: Word) -> bool:
    """An adverb of how or how much a thing changed (持续, 有所, 快速): nothing of what changed."""
    lex = words()
    return w.text in lex.light or w.tag.startswith("d") or w.text in lex.set_of("change_manner") \
        or w.text in lex.set_of("baseline_adverb")


def changes(word: str) -> bool:
    """A change verb, alone or after a manner word the segmenter joined to it (快速增长, 稳步增长)."""
    if is_change_verb(word):
        return True
    lex = words()
    return any(is_change_verb(word[n:]) and (word[:n] in lex.set_of("change_manner") or word[:n] in lex.set_of("baseline_adverb"))
               for n in range(1, len(word)))


def after_bracketed_list(text: str, m: Mention, clause_end: int, tag: Tagger) -> str:
    """湖南（3.2万亿元）、湖北（4.1万亿元）经济总量居前: a figure in brackets after a place, in a list of such, is
    of the name after the list ("" when the figure is not bracketed or nothing names it there)."""
    lex = words()
    opens, closes, joints = lex.of("bracket_open"), lex.of("bracket_close"), lex.of("list_joint")
    if not text.endswith(opens, 0, m.start) or not text.startswith(closes, m.end):
        return ""
    pos = m.end + 1
    while text.startswith(joints, pos):  # 、湖北（4.1万亿元）: the next item, to its closing bracket
        close = min((i for i in (text.find(c, pos, clause_end) for c in closes) if i >= 0), default=-1)
        if close < 0:
            return ""
        pos = close + 1
    return noun_phrase(tag(text[pos:min(clause_end, pos + AFTER_WINDOW)], pos), text) if pos < clause_end else ""


def opening_change(name: str, tag: Tagger) -> tuple[str, str] | None:
    """(change, name without it) when a change verb of two characters or more opens a percentage's name before a noun
    (降低农业税和农业税附加3.6个百分点, 提高城镇化率2个百分点: the verb says the change, the noun what changed); None
    otherwise (增加值 is one word, a noun; 增长面 one too)."""
    lex = words()
    if not name.startswith(lex.of("object_change")):
        return None  # most names: no tagging
    ws = tag(name)
    if len(ws) < 2 or len(ws[0].text) < 2 or not nounish(ws[1]) or len(ws[1].text) < 2:
        return None  # 增长面达52.6%: a one-character noun after it makes one word of them (增长面, the share growing)
    verb = ws[0].text
    if verb not in lex.of("object_change") or lex.changes.get(verb) not in ("increase", "decrease"):
        return None  # 增长目标为5%—6%: 增长 takes no object, so 增长目标 is a noun
    return lex.changes[verb], name[len(verb):]


def percent_item(text: str, m: Mention, after: str) -> str:
    """The noun of a percent that is an item of a list writing each noun right after its number (贡献全县82%就业岗位、
    75%税收收入、90%科技型中小企业): the noun after it names it, not the item before it; "" when it is no such item."""
    noun_after, item_before = percent_item_patterns()
    noun = noun_after.match(text, m.end)
    if noun is not None:
        return noun.group()  # 82%就业岗位、75%: a noun, then the next item's number
    if after and text.startswith(after, m.end) and item_before.search(text, max(0, m.start - 20), m.start):
        return after  # …、90%科技型中小企业: the last item, after one of the same form
    return ""


def masked_subject(text: str, start: int, end: int, tag: Tagger) -> str:
    """The subject of the clause text[start:end] when a copy site masked its value (全镇社会生产总值完成xxxx万元,
    同比增长27.5%; 签约资金×亿元,同比增长182.3%): the words before the mask, light words trimmed; from the clause
    before when this one names nothing (财政总收入完成xxx万元,较上年同期增长xxx万元,同比增长89.2%); "" when the
    clause has a number, no mask, or nothing names it."""
    for _ in range(2):
        if start >= end or DIGIT.search(text, start, end):
            return ""
        mask = masked_amount().search(text, start, end)
        if mask is None:
            return ""
        kept = strip_light(tag(text[start:mask.start()], start), lead=True)
        if any(nounish(w) for w in kept):
            return phrase(kept, text)
        if start <= 1 or text[start - 1] in SENTENCE_ENDS:
            return ""
        start, end = clause_start(text, start - 2, 0), start - 1
    return ""


@lru_cache(maxsize=1)
def listed_count() -> re.Pattern:
    """3个主要指标, 三项指标: a count of the indicators a list just named, after its last item."""
    w = words()
    return recache.compile(f"(?<=[\\u4e00-\\u9fff])[\\d{CN_COUNT_CHARS}]+\\s?(?:{alternation(w.of('listed_count_unit'))})"
                           f"(?:{alternation(w.of('listed_count'))})")


def bracket_part(choice: str, text: str, clause_start: int, at: int) -> str:
    """A name with a bracket it opens and never closes: inside an aside the figure stands in, the aside's own words
    (一季度开局良好（GDP增长5.9%）: GDP, not the words outside); after an aside closed right before the number, whose
    closing mark the name lost, the name with its mark (地区生产总值（GDP）43.6亿元: 地区生产总值（GDP）)."""
    opens, closes = words().of("bracket_open"), words().of("bracket_close")
    k = -1  # the last opening bracket (a loop, not max() over a generator made per figure from compiled code)
    for o in opens:
        f = choice.rfind(o)
        if f > k:
            k = f
    if k < 0:
        return choice
    inner = choice[k + 1:]
    if any(c in inner for c in closes):
        return choice
    opened = max(text.rfind(o, clause_start, at) for o in opens)
    closed = max(text.rfind(c, opened, at) for c in closes) if opened >= 0 else -1
    if opened >= 0 and closed < 0:
        return inner.strip() or choice
    if closed >= 0 and k > 0 and inner and text.find(inner, opened, closed) >= 0:
        return choice + text[closed]
    return choice


def frame_words() -> re.Pattern:
    """`_make_frame_words()`, made once."""
    return _FRAME_WORDS.get()


def _make_frame_words() -> re.Pattern:
    """Any word of the frames `indicator` cuts a name after (figure_words.tsv goal_frame, said_frame, cause_frame)."""
    lex = words()
    return recache.compile(alternation(lex.of("goal_frame") + lex.of("said_frame") + lex.of("cause_frame")))


_FRAME_WORDS: Final = Once(_make_frame_words)


OBJECT_REACH: Final = 60  # how far back in its sentence a bare verb's object is looked for


def verb_object_before(text: str, clause: Clause, verb: str, tag: Tagger) -> str:
    """The object a bare verb took earlier in its sentence (…拟连续几年发行超长期特别国债，…，今年先发行1万亿元: the bonds
    issued are what the amount is of), when the figure's name is that verb alone; else ""."""
    ws = tag(verb, 0)
    if len(ws) != 1 or not ws[0].tag.startswith("v"):
        return ""
    k = text.rfind(verb, max(clause.sentence_start, clause.start - OBJECT_REACH), clause.start)
    if k < 0:
        return ""
    stop = k + len(verb)
    while stop < clause.start and text[stop] not in "，,；;：:。":
        stop += 1
    if DIGIT.search(text, k, stop):
        return ""  # 发行专项债券1000亿元，今年再发行500亿元: the figure before names it (its own indicator)
    kept = strip_light(tag(text[k + len(verb):stop], k + len(verb)), lead=True)
    if text.startswith(words().of("list_joint"), k + len(verb)):
        return ""  # 高职扩招和职业技能提升三年行动: the verb is an item's name there, it takes no object
    if not kept or not nounish(kept[-1]) or stop - kept[0].start > OBJECT_MAX:
        return ""  # no noun the verb took there (发行…，用于…), or a clause longer than a name
    return phrase(kept, text)


OBJECT_MAX: Final = 16  # the longest object a bare verb's name is taken from


def indicator(text: str, target: Target, earlier: Earlier, subject_end: int | None, tag: Tagger) -> str:
    """The phrase naming what a figure measures; the clause's subject (the words before its first figure)
    ends at `subject_end`."""
    lex = words()
    m, clause, unit, kind = target.mention, target.clause, target.unit, target.kind
    start, end = target.start, target.end
    if m.form == "rank":
        start, end = rank_words(text, start, end, earlier, tag, text.startswith(words().of("list_joint"), m.end))
    before = Before(text, start, end, tag)
    after_end = min(clause.end, m.end + AFTER_WINDOW)
    after_words = tag(text[m.end:after_end], m.end) if after_end > m.end else []
    since = next((w for w in lex.of("since") if text.startswith(w, m.end)), "") if kind == "duration" else ""
    if since:  # 五年来，全县…; 近五年来首次…: 来 closes the time phrase, the words after it are no name of the years
        after_words = [w for w in after_words if w.start >= m.end + len(since)]
    after = noun_phrase(after_words, text)
    if after and is_change_verb(after_words[0].text):
        after = ""  # 表格从44项精简为3项: a change verb the tagger calls a noun names nothing after the count
    if after in lex.period_compare:
        after = ""  # 总产量2948亿斤 同比增长1%: the comparison opens the next statement, it names nothing
    if not after and kind == "count" and len(after_words) > 1 and after_words[0].tag.startswith(("v", "d")) \
            and nounish(after_words[1]) and (text[start:m.start].rstrip().endswith(lex.of("etc"))
                                             or after_words[0].tag.startswith("v")
                                             and unit in lex.set_of("thing_unit") and thing_name(after_words)):
        # …重点实验室等13个创新平台建成: after 等 the set's name follows the count, a verb (创新) opening it, or a word
        # jieba tags an adverb (新开工郁江新里等8个更新项目); so after a classifier of things, a verb opening it
        # (3个养老服务中心、5个健身广场: the park's name, not the item's before it)
        rest = noun_phrase(after_words[1:], text)
        after = text[after_words[0].start:after_words[1].start] + rest if rest else ""
    # a verb phrase after the number names events and people (3次亲临…, 300多万人参观…); others: the fallback
    events, people, of_words = lex.set_of("event_unit"), lex.set_of("person_unit"), lex.set_of("of")
    people_or_events = unit in events or unit in people
    verb_after = verb_phrase(after_words, text) if people_or_events else ""
    of = text[m.end:m.end + 1] in of_words
    if of and not after and len(after_words) > 1 \
            and after_words[1].tag.startswith("v") and after_words[1].text not in lex.light:
        after = after_words[1].text  # 九成以上的就业: a verb after 的 is a noun
        if len(after_words) > 2 and nounish(after_words[2]):
            after += noun_phrase(after_words[2:], text)  # 4.5%左右的增长目标: and so are the nouns after it
    if of and after in lex.changes and patterns().change_after.match(text, m.end):
        after = ""  # 实现21.4%的增长: the change is the figure's, not what it measures
    if m.form == "rank":
        choice = before.phrase
    elif of and after and before.phrase.endswith(lex.of("attribute_verb")):
        # 引进投资10.7亿元的啤酒项目、投资5.8亿元的…: the amount is the project's investment, its list stops at 、
        verb = max((v for v in lex.of("attribute_verb") if before.phrase.endswith(v)), key=len)
        own = LIST_CUT.split(after, 1)[0]
        joint = next((j for j in lex.of("list_joint") for v in lex.of("attribute_verb") if own.endswith(j + v)), "")
        if joint:  # …机械加工项目和投资4100万元的…: the next item's verb
            own = own[: own.rfind(joint)]
        choice = own + verb
    elif of and after:
        # 民营经济贡献了50%以上的税收、60%以上的…: the clause's subject owns every 的-noun
        if before.has_noun and text[start:start + 1] not in of_words:
            head = before.phrase
        elif subject_end is None:
            head = ""
        else:
            subject = strip_light(tag(text[clause.start:subject_end], clause.start), lead=True)
            # a verb alone is no owner (选择11个左右的县: the counties chosen, not the choosing's)
            head = phrase(subject, text) if any(nounish(w) for w in subject) else ""
        choice = f"{head}{lex.of('of')[0]}{after}" if head else after
    elif unit in events and verb_after:
        choice = verb_after
    elif unit in people and verb_after and not after:
        choice = verb_after  # 300 多万人参观红色场馆, 数亿人灵活就业
    elif kind == "percent" and percent_item(text, m, after):
        choice = percent_item(text, m, after)  # 贡献全县82%就业岗位、75%税收收入: each noun is its own number's
    elif after and (kind not in ("percent", "percentage_point") or not before.has_noun):
        choice = after
        if ends_with_past_space(text, m.start, "、"):
            # …、200万头生猪肉联加工、中海油精细化工、30万箱红塔卷烟、…: an item of a list names itself up to the next
            # joint, not the items after it (probe35 海南 2011)
            choice = LIST_CUT.split(choice, 1)[0]
        if kind == "count":  # 89个行政村年均收入超过25万元: the villages, not their average income
            cut = min((k for w in lex.of("count_average") for k in [choice.find(w)] if k > 0), default=-1)
            choice = choice[:cut] if cut > 0 else choice
        own = text[start:end].rstrip()  # (read once for both tests, no generator for the flow verb)
        if own.endswith(lex.of("of")) and before.phrase:
            choice = f"{before.phrase}{lex.of('of')[0]}{after}"  # 规划纲要确定的20个主要指标
        flow = ""
        for f in lex.of("flow_verb"):
            if own.endswith(f):
                flow = f
                break
        if flow and not m.unit:  # 新增23.25万城镇就业人员: the new ones, a flow named with its verb
            choice = flow + after
    elif before.phrase and gazetteer().resolve(before.phrase) is not None:
        choice = earlier.indicator if earlier.found else ""  # 广东增长4.1%，江苏增长5.7%: a place is no name
        if kind == "duration" and (done := verb_phrase(after_words, text)):
            choice = LIST_CUT.split(done, 1)[0]  # 安岳连续3年入围西部地区县域经济百强县、…: what the place did, not
            # the figure before's name
    elif before.phrase and not before.has_noun and earlier.found and earlier.start >= target.near and before.tagged \
            and not before.phrase.endswith(lex.of("category_end")):  # 居住类下降1.6%: a category, no verb
        # 棚户区改造开工1.8万套，基本建成2.1万套: the verb takes the earlier subject; a light word after it is
        # not the verb's (增速为12.3% → 增速, a growth noun jieba tags as a verb; 占全国 keeps its noun)
        # 截至10月底已完成1320亿元: a time, and the word opening it, say when, not what
        times = [(t.start() + before.start, t.end() + before.start)
                 for t in timex.search_from(text[before.start:before.end], 0, before.end - before.start)]
        opening = {a for a, _ in times}
        verb_words = [w for w in before.tagged if w.text.strip() and not is_punct(w.text)
                      and not any(a < w.end and w.start < b for a, b in times)
                      and not (w.text in lex.set_of("until") and w.end in opening)]
        while len(verb_words) > 1 and verb_words[-1].text in lex.light and verb_words[-1].tag not in NOUN_TAGS:
            verb_words.pop()
        while len(verb_words) > 1 and verb_words[0].text in lex.light and verb_words[0].tag in ("d", "t"):
            verb_words.pop(0)  # 目前已开工: the adverbs before the verb add nothing
        if len(verb_words) == 1 and verb_words[0].tag == "d" and verb_words[0].text in lex.light:
            verb_words = []  # 已完成1320亿元: an adverb and a light verb add nothing to the subject
        if unit in people and len(verb_words) > 1 and verb_words[0].text in lex.set_of("lead_kept") \
                and modal(verb_words, 0):
            verb_words = verb_words[1:]  # 可带动就业3000余人: a modal names nothing
        verb_text = phrase(verb_words, text)
        # people counted by what they do (带动就业3000余人) are named by the verb alone
        choice = verb_text if unit in people else counterpart_of(subject_of(earlier.indicator, tag), verb_text)
    elif before.phrase:
        choice = before.phrase
        if earlier.found and earlier.indicator and len(before.tagged) <= 3 \
                and (counted := counted_clause().match(text, earlier.start, clause.start)) is not None \
                and counted.end() == clause.start and counted.group("thing") == earlier.indicator \
                and before.tagged[0].tag.startswith("v") and before.tagged[0].text in lex.light \
                and len([w for w in before.tagged if nounish(w) or w.tag == "vn"]) == 1:
            # 10个市级重点项目，完成投资103.11亿元: the things the clause before counted are what invested (as in
            # 8个省级重点项目完成投资10.55亿元, with no comma)
            choice = earlier.indicator + before.phrase
    else:
        choice = after or verb_phrase(after_words, text)
    choice = FOOTNOTE.sub("", choice) if "[" in choice or "〔" in choice or "［" in choice else choice
    # (loops, not next() over generator expressions: no generator made per figure from compiled code)
    close, closes, opens = -1, lex.of("bracket_close"), lex.of("bracket_open")
    for c in lex.chars("bracket_close"):  # the first closing bracket: a find per mark, no string per character
        k = choice.find(c)
        if k >= 0 and (close < 0 or k < close):
            close = k
    if 0 < close < len(choice) - 1 and not any(ch in lex.of("bracket_open") for ch in choice[:close]) \
            and (close <= ASIDE_MAX or any(b in choice[:close] for b in lex.of("same_below"))):
        # 预计（下同）全年实现生产总值, 1.4万亿元（人民币，下同）、投资完成率: the name opens after the aside's bracket
        choice = choice[close + 1:].lstrip("、")
    if choice and holds_a_word(choice, lex.of("same_below")):
        k = max(choice.rfind(b) for b in opens)
        if k > 0 and any(b in choice[k:] for b in lex.of("same_below")) and not any(c in choice[k:-1] for c in closes):
            # 地区生产总值（预计，下同）7100亿元: the aside that ends the name (its light words and close dropped or
            # not) is no part of it
            choice = choice[:k]
    alias = -1
    for w in lex.of("alias"):
        k = choice.find(w)
        if k > 1 and choice[k - 1] in opens:
            alias = k
            break
    if alias > 0:  # 房地产开发景气指数（简称“国房景气指数”）: the short name in brackets is no part of it
        choice = choice[:alias - 1]
    choice = bracket_part(choice, text, clause.start, m.start)
    # the three frames cut the name after their word; a name that holds none of their words (one search for them all,
    # most names) is left as it is by the three loops, and so are the shorter names a loop leaves (a name's end)
    if frame_words().search(choice) is not None:
        for w in lex.of("goal_frame"):
            k = choice.rfind(w)
            if k >= 0 and k + len(w) < len(choice):
                choice = choice[k + len(w):]  # 主要预期目标是地区生产总值增长7.5%: the goal's frame names nothing
                break
        for w in lex.of("said_frame"):
            k = choice.rfind(w)
            if k >= 0 and k + len(w) < len(choice):
                choice = choice[k + len(w):]  # 《纲要（草案）》提出全市地区生产总值: what the document says names nothing
                break
        for w in lex.of("cause_frame"):
            k = choice.rfind(w)
            if k > 0 and k + len(w) < len(choice):
                choice = choice[k + len(w):]  # 有力推动固投实现161.8亿元: what is driven (固投), not the driving
                break
    if choice in lex.set_of("aside"):
        choice = ""  # 扣除价格因素实际增长4.9%: how it is computed names nothing
    elif choice[-1:] in edge_chars()[1] and choice.endswith(lex.of("aside")):
        # 规模以上工业增加值按可比价格计算同比增长6.0%: the aside is no part of the name (a test of the last character, then
        # one of every aside first: most names end with none, and the loop below then changes nothing)
        for aside in lex.of("aside"):
            if choice.endswith(aside) and len(choice) > len(aside):
                choice = choice[: -len(aside)]
                break
    if not choice:
        choice = after_bracketed_list(text, m, clause.end, tag)
    # a generic head (规模, 增速) is of the subject just named: in this clause or the one before
    near_earlier = earlier.found and earlier.start >= target.near
    # 粮食播种面积81.46万亩，产量36.17万吨: an output or yield alone is of the crop whose area (or output) was just given
    crop_yield = near_earlier and choice in lex.of("yield_head") \
        and earlier.indicator.endswith(lex.of("area_head") + lex.of("yield_head"))
    total = lex.of("total")[0]
    # 粮食面积、总产、单产实现“两增一稳”，总产762亿斤 → 粮食总产 (probe28 江苏 2025): the crop of a list of its measures
    # before the clause, before what that clause says changed (its subject is the list)
    listed = listed_crop(text, target.near, clause.start, choice) \
        if not near_earlier and choice in lex.of("yield_head") else ""
    changed = "" if listed or near_earlier or (choice and choice not in lex.generic_heads) \
        else changed_subject(text, target.near, clause.start, tag) or masked_subject(text, target.near, clause.start, tag)
    if listed:
        choice = listed + choice
    elif changed:  # 财政收入持续下滑，下降幅度达21.7%: the clause before, with no figure, says what changed
        choice = with_head(changed, choice)
    elif earlier.found and not choice or near_earlier and choice in lex.generic_heads or crop_yield:
        choice = with_head(earlier.indicator, choice)
    elif earlier.found and len(choice) >= 3 and choice.startswith(total) and choice[len(total):] in earlier.indicator:
        last = earlier.indicator  # 运营里程160公里，总里程558公里 → 运营总里程
        choice = last[: last.rfind(choice[len(total):])] + choice
    if not earlier.found and choice and choice not in lex.light and clause.start > clause.sentence_start \
            and not people_or_events:  # (people and events are named by what they do: 累计扩招413万人)
        choice = verb_object_before(text, clause, choice, tag) or choice
    choice = choice.strip(" ，、*＊")  # **农村居民人均可支配收入: a copy's mask of a name names nothing
    mark = choice.find("、")
    if mark > 0 and is_change_verb(choice[:mark]):
        choice = choice[mark + 1:]  # 32个实现增长、增长面84.2%: the growth before the mark is what the count did, no item
        # of a list of names (probe42, a city's half-year release of 2025)
    if holds_a_word(choice, lex.of("listed_count")) and (counted := listed_count().search(choice)) is not None \
            and any(j in choice[:counted.start()] for j in lex.of("list_joint")):
        # 工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第一: the count of the list names nothing
        choice = choice[:counted.start()] + choice[counted.end():]
    if " " in choice and "“" not in choice and "《" not in choice:
        choice = WRAP_SPACE.sub("", choice)  # 服务贸 易, 地方一 般公共预算收入: a PDF's line wrap inside a word
    return choice
