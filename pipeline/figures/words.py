"""The figure stage's vocabulary, read once from `pipeline/data/`, and the patterns generated from it.

Every word a rule of this package reads is in a table: the change words (`changes.tsv`, with their role),
the function words by role (`figure_words.tsv`), light words, generic heads and the words that end a noun
phrase after a number. Patterns that need words are built here from those tables, so a word is written
once and every rule that needs it sees the same list.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import Final, Sequence

from ..once import Once
from .. import recache
from ..context import timex
from ..data import alternation, read_words, rows, word_tuple
from ..numbers import lengths_index, tables
from ..numerals import BIG_UNITS, CN_COUNT_CHARS, CN_QUANTITY_CHARS
from ..placelabel import admin_endings, china_short_forms

# what never names anything: punctuation and the bullets that open a list's items (◆地区生产总值增长5%)
PUNCT: Final = "，,；;。！？!?：:、（）()《》“”\"'‘’—…·/# \n．.|｜" + "".join(word_tuple("item_marks.txt"))
CLAUSE_DELIMS: Final = "，,；;。！？!?：:\n"
SENTENCE_ENDS: Final = "。！？\n"


@dataclass(frozen=True)
class Words:
    """The words of each role (figure_words.tsv) and of the change table, as the rules read them."""

    roles: dict[str, tuple[str, ...]]
    changes: dict[str, str]  # change word → increase | decrease | "" (a flow: 新增)
    change_roles: dict[str, str]  # change word → verb | noun | flow
    change_lengths: dict[str, tuple[int, ...]]  # last character → lengths of the change words it closes
    longer_changes: dict[str, tuple[str, ...]]  # adverb → the change words longer than it (ends of 增长了 …)
    light: frozenset[str]
    after_stop_words: frozenset[str]  # nouns after a figure that do not name what it measures (大关, 台阶)
    after_stop: tuple[str, ...]  # the same as a tuple, for str.startswith: a phrase opening with one is none
    generic_heads: frozenset[str]
    prefixes: tuple[tuple[str, str], ...]  # prefix qualifier words (超过, 约) with their qualifier, longest first
    home_levels: dict[str, str]  # 全省 → province, 全市 → prefecture (home_words.txt; "" where the word does not say)
    paired: dict[str, tuple[str, ...]]  # 城乡 → 城镇, 农村: a word that writes two things at once (paired_words.tsv)
    period_compare: dict[str, str]  # 同比, 环比 and their short forms (同增 → 同比): the baseline each names
    role_chars: dict[str, str]  # role → its one-character words as one string (`chars`, read per sentence)
    role_changes: dict[str, tuple[str, ...]]  # change role → its change words with a direction (`change_words`)
    role_sets: dict[str, frozenset[str]]  # role → its words as a set (`set_of`, for `in` tests)

    def of(self, role: str) -> tuple[str, ...]:
        """The words of a role of figure_words.tsv, longest first."""
        return self.roles[role]

    def set_of(self, role: str) -> frozenset[str]:
        """The words of a role of figure_words.tsv as a set: `word in set_of(role)` is `word in of(role)`, by one
        hash look-up (not a comparison with each word)."""
        return self.role_sets[role]

    def chars(self, role: str) -> str:
        """The one-character words of a role, as one string (for `in` tests and character classes)."""
        return self.role_chars[role]

    def change_words(self, role: str) -> tuple[str, ...]:
        """The change words of a role (verb, noun, amount …) that have a direction, in table order."""
        return self.role_changes.get(role, ())


def behind_first(words: Sequence[str], not_after: str, but_after: Sequence[str] = (), but_not_before: str = "") -> str:
    """An alternation of `words` (longest first) not after a character of `not_after` (unless after a word of
    `but_after` and before no character of `but_not_before`: 占比较上年提高, 占比 is a name and 较 opens the
    comparison; 占比较大的行业 is no comparison), the test written after each
    word's first character (相(?<![占…][\\s\\S])比, what `(?<![占…])(?:相比|…)` matches): a pattern that opens with
    a lookbehind is tried at every position, one that opens with the words' first characters is skipped in C to
    where one stands."""
    def behind(rest: int) -> str:  # the test, after a word's first character with `rest` characters to come
        test = f"(?<![{not_after}][\\s\\S])"
        if not but_after:
            return test
        names = "|".join(f"(?<={re.escape(b)}" + "[\\s\\S])" for b in but_after)
        return f"(?:{test}|(?:{names})(?=[\\s\\S]{{{rest}}}[^{but_not_before}]))"
    return "|".join(re.escape(x[0]) + behind(len(x) - 1) + re.escape(x[1:])
                    for x in sorted(set(words), key=lambda x: (-len(x), x)))


def etc_at(text: str, start: int, end: int, last: bool = False) -> tuple[int, int]:
    """The first (or `last`) word of `etc` (等) in text[start:end] that closes a list, as (position, length), or
    (-1, 0): one inside a word of `etc_not` (高等院校, 等级, 等于) closes none."""
    w = words()
    found = (-1, 0)
    for etc in w.of("etc"):
        k = text.rfind(etc, start, end) if last else text.find(etc, start, end)
        while k >= 0 and any(text.startswith(n, k - i) for n in w.of("etc_not")
                             for i in range(min(len(n), k + 1)) if n.startswith(etc, i)):
            k = text.rfind(etc, start, k) if last else text.find(etc, k + 1, end)
        if k >= 0 and (found[0] < 0 or (k > found[0] if last else k < found[0])):
            found = (k, len(etc))
    return found


def words() -> Words:
    """The figure rules' words (made once: once.Once)."""
    return _WORDS.get()


def _make_words() -> Words:
    roles: dict[str, tuple[str, ...]] = {}
    for role, *cells in rows("figure_words.tsv"):
        # (a role's name interned: `of` looks it up by the literal its caller writes, found by identity)
        roles[sys.intern(role)] = tuple(sorted(" ".join(cells).split(), key=lambda w: (-len(w), w)))
    changes: dict[str, str] = {}
    change_roles: dict[str, str] = {}
    for word, change, role in rows("changes.tsv"):
        changes[word], change_roles[word] = change, role
    after_stop = read_words("after_stopwords.txt")
    home_levels = {r[0]: (r[1] if len(r) > 1 else "") for r in rows("home_words.txt")}
    nation = read_words("nation_words.txt")
    # a rank's scope: the home and nation words (全省, 我市, 全疆, 全国) and the regions and the world (rank_scope)
    roles["rank_scope"] = tuple(sorted(set(roles["rank_scope"]) | set(home_levels) | nation, key=lambda w: (-len(w), w)))
    return Words(
        roles=roles, changes=changes, change_roles=change_roles, change_lengths=lengths_index(changes, at=-1),
        longer_changes={a: tuple(w for w in changes if len(w) > len(a)) for a in roles["adverb"]},
        # 我省, 全市, 全国, 我国 never name a measure; nor does a cue of intent (力争, claim_words.tsv) or a threshold's
        # verb (迈上, 跨越: time_words.tsv mark)
        light=read_words("light_words.txt") | frozenset(home_levels) | nation | frozenset(
            r[0] for r in rows("claim_words.tsv") if r[2:3] == ["light"]) | frozenset(
            r[0] for r in rows("time_words.tsv") if r[1:2] == ["mark"]),
        after_stop_words=after_stop, after_stop=tuple(sorted(after_stop)),
        generic_heads=read_words("generic_heads.txt"),
        prefixes=tuple(sorted(tables().prefixes.items(), key=lambda kv: -len(kv[0]))),
        period_compare=_period_compare(roles),
        home_levels=home_levels,
        paired={word: tuple(parts.split()) for word, parts in rows("paired_words.tsv")},
        role_chars={role: "".join(w for w in ws if len(w) == 1) for role, ws in roles.items()},
        role_sets={role: frozenset(ws) for role, ws in roles.items()},
        role_changes={role: tuple(w for w, r in change_roles.items() if r == role and changes[w])
                      for role in set(change_roles.values())},
    )


_WORDS: Final = Once(_make_words)


def _period_compare(roles: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """同比 → 同比, and a short form (同增, 环降) → the comparison word that opens with its first character."""
    full = roles["period_compare"]
    short = {s: next(f for f in full if f[0] == s[0]) for s in roles["period_compare_short"]}
    return {**{f: f for f in full}, **short}


@dataclass(frozen=True)
class Patterns:
    """The regexes of the figure rules, generated from `words()`."""

    baseline: re.Pattern  # 较上年 before 增长: the baseline between a comparison word and a change verb; a time
    # may be whole in it (比2019年1-5月增长)
    frame_baseline: re.Pattern  # 在2020年基础上翻一番: a year framed as the base of the change after it
    change_after: re.Pattern  # 实现21.4%的增长, 8.2%的较快增长, 14.2%的同比增长 (`period`: its baseline): a change word
    # after the figure and 的
    # that ends the phrase (not 4.5%的增长目标)
    statistic: re.Pattern  # 增长4.8%: a change word before a number, which makes a quotation a statistic
    opening_compare: re.Pattern  # 相比去年同期，… / 与上年相比，…: a clause that is only a baseline
    gap: re.Pattern  # 高于全国0.5个百分点: a gap to a baseline, at the end of the text before the number
    from_to: re.Pattern  # 从75%提高到100%: the text between two levels
    from_level: re.Pattern  # 从75%, 由每生每年5元: the word opening a first level, per-unit words between
    to_after: re.Pattern  # 5元提高至: the 到/至 of a change verb a few characters after a first level
    change_noun: re.Pattern  # 增速, 降幅 ending an indicator: the figure is a change
    share_head: re.Pattern  # 全省占比, 占全省比重 ending a list's last item: the share every item is
    rank: re.Pattern  # 全国第一, 居…第三, 前10位, 前五, 首位, 榜首
    rank_moved: re.Pattern  # 第25位大幅提升到(第13位): a ranking's earlier place, the verb that moves it
    rank_cue: re.Pattern  # a rank may be in the sentence
    first_cue: re.Pattern  # 首位 is a rank only after one of these
    first_cue_far: re.Pattern  # 榜首 (rank_first_far) also after a ranking verb and a longer list's name (位居全国工业百强区榜首)
    rank_verb: re.Pattern
    ranked_by: re.Pattern  # 四川以530.42亿元列旅游总收入排行榜第一名: after the amount, the ranking verb and what is ranked
    rank_scope: re.Pattern
    rank_field: re.Pattern
    rank_listed_count: re.Pattern  # 3项 between a list joint and the next rank (…排名全省第1、3项第2)
    ratio_to: re.Pattern  # 是2015年的4倍: a ratio to a baseline
    times_to: re.Pattern  # the same before a multiple, 达到 too (达到2010年的三倍左右)
    breakdown: re.Pattern  # 分季度看，: a sentence that breaks down the figure before it
    list_joint: re.Pattern  # what stands between two items of a list
    list_split: re.Pattern  # what separates the parts of a list's subject
    list_sum: re.Pattern  # 小蓝三个国家级开发区…: a list's last item, the count of its items and the noun they share
    ordinal_list: re.Pattern  # 第一、二、三产业增加值: numerals written once for one noun, right before 分别
    respectively: re.Pattern  # 分别: the figures after it are a list
    period_compare: re.Pattern  # 同比, 环比, 同增: a baseline named by the comparison word itself
    time: re.Pattern  # the time grammar (context/timex.py)
    own_link: re.Pattern  # 2012年的74.8岁: the 的 that makes a time the figure's own
    record_list_item: re.Pattern  # 、20年来: another span of years in a record's list (35年来、20年来首次)
    dated_noun: re.Pattern  # 2003年启动的: after a time, up to four characters (the verb) and 的
    # place.py
    report_line: re.Pattern  # 合肥讯, 合肥1月5日电: a place followed by this (matched at its end) is a byline
    dateline: re.Pattern  # 中新社重庆1月13日电 (梁钦卿): a news item's dateline and reporter, opening its first sentence
    venue_line: re.Pattern  # 在北京透露, 28日在北京表示: after 在, a place followed by this is where someone spoke
    company: re.Pattern  # 合肥京东方…有限公司: a place followed by this (matched at its end) opens a company name
    region: re.Pattern  # 长三角, 珠三角, 京津冀 (regions.tsv, kind region): a place written as named
    cluster: re.Pattern  # 都市圈, 现代化都市圈: matched at a city's end, the region of several cities it opens
    home: re.Pattern  # 全省, 我市 (home_words.txt): the document's or paragraph's own place
    places_count: re.Pattern  # 三省, 两市: how many places a list just named (place_suffixes.tsv, admin endings)
    # 在14个市州和: a count of divisions (admin endings) and a list joint, ending the text searched
    counted_divisions: re.Pattern
    short_home: re.Pattern  # 在粤, 驻鲁 (abbreviations.tsv, scope china): the province of the short form


GAP_MAX = 14  # the longest `gap` match: a two-character verb and twelve characters of baseline


def patterns() -> Patterns:
    """The figure rules' patterns (made once)."""
    return _PATTERNS.get()


def _make_patterns() -> Patterns:
    w = words()
    time = timex.pattern()
    verbs = alternation(w.change_words("verb") + w.of("doubling"))
    nouns_up = alternation([x for x in w.change_words("noun") if w.changes[x] == "increase"])
    nouns_down = alternation([x for x in w.change_words("noun") if w.changes[x] == "decrease"])
    stop = "，。；、\\d%"
    numeral = f"[{CN_COUNT_CHARS}\\d]+"
    top_numeral = f"[{CN_QUANTITY_CHARS}\\d]+"  # 排在前两位: the top two, though 两 ranks nothing alone (第两 is no word)
    scopes = alternation(w.of("rank_scope"))
    rank_cues = alternation(w.of("rank_cue") + w.of("rank_scope"))
    field_count = alternation(w.of("rank_field_count"))
    ordinal, top, first = alternation(w.of("ordinal")), alternation(w.of("rank_top")), alternation(w.of("rank_first"))
    rank_unit = alternation(w.of("rank_unit"))
    year_unit = alternation(w.of("year_unit"))  # 位次由2015年的第14位: a year between a rank's cue and its ordinal
    joints = alternation(w.of("list_joint"))
    compared = alternation(w.of("compare_up") + w.of("compare_down"))
    compared = f"(?:{compared})(?![{w.chars('compare_not_before')}])"  # 比最低点收窄: 低点 is a noun, no comparative
    # what turns a change verb into a growth noun (增 → 增速, 增幅): a verb so followed is no verb
    noun_tails = "".join(sorted({n[len(v)] for n in w.change_words("noun") for v in w.change_words("verb")
                                 if n.startswith(v) and len(n) > len(v)}))
    compare, compare_close = alternation(w.of("compare")), alternation(w.of("compare_close"))
    # 比例, 比重: the rest of a word a compare word opens (compare_not_word), never a baseline after it
    not_compare = alternation([n[len(c):] for n in w.of("compare_not_word") for c in w.of("compare") if n.startswith(c)])
    of = alternation(w.of("of"))
    short_forms = [c for c in china_short_forms() if c not in w.of("short_home_not")]
    compare_open = behind_first(w.of("compare"), w.chars("compare_not_after"), w.of("compare_after_name"),
                                w.chars("compare_name_not_before"))
    return Patterns(
        baseline=recache.compile(
            f"(?P<cmp>{compare_open})(?!{not_compare})"
            # 与 compares only with 相比 after it (与上年相比); alone it joins names (研发与设计服务业)
            f"(?:(?<=[{w.chars('compare_needs_close')}])(?=[^，。；]{{0,24}}?(?:{compare_close}))|(?<![{w.chars('compare_needs_close')}]))"
            f"(?P<base>(?:{time.pattern})[^{stop}]{{0,8}}?"
            f"|[^{stop}]{{0,12}}?\\d{{0,4}}\\s?[^{stop}]{{0,8}}?)"
            # 较2016年的1556万人次增长42.4%, 较2020年同期的94%提升: the baseline's own level between it and the verb is no part of it
            f"(?:(?:{of})?\\s?\\d+(?:\\.\\d+)?\\s?[{''.join(BIG_UNITS)}]?[\\u4e00-\\u9fff%％]{{0,3}}?)?"
            f"(?:{compare_close})?\\s?"
            f"(?=(?:{alternation(w.of('change_adverb'))})?(?:{alternation(w.of('baseline_adverb'))})?"
            f"(?:(?:{verbs})(?![{noun_tails}])|{compared}))"),  # 比一季度平均增速低: 增 opening a growth noun is no verb
        frame_baseline=recache.compile(
            f"(?P<cmp>{alternation(w.of('frame_open'))})\\s?(?P<base>(?:{time.pattern}))\\s?(?:{of})?\\s?"
            f"(?:{alternation(w.of('frame_close'))})(?=\\s?(?:{alternation(w.of('frame_verb'))})?"
            f"(?:{alternation(w.of('change_adverb'))})?(?:{verbs})(?![{noun_tails}]))"),
        change_after=recache.compile(f"\\s?(?:{of})(?P<period>{alternation(w.of('period_compare'))})?"
                                f"(?:{alternation(w.of('change_manner'))})?(?P<word>"
                                f"{alternation(w.change_words('verb') + w.change_words('noun'))})(?![\\u4e00-\\u9fff])"),
        statistic=recache.compile(f"(?:{verbs}|{alternation(w.change_words('noun'))})"
                             f"(?:{alternation(w.of('adverb'))})*\\s?\\d"),
        opening_compare=recache.compile(  # not 与此同时, the connective (compare_not_word)
            f"\\s?(?:{compare})(?!{not_compare})(?P<base>[^{stop}]{{1,12}}?)"
            f"(?:{compare_close})?\\s?"),
        gap=recache.compile(f"(?!{alternation(w.of('not_gap'))})(?P<verb>{alternation(w.of('gap_up') + w.of('gap_down'))})(?!{alternation(w.of('gap_not_after'))})"
                       f"(?P<base>\\d{{4}}\\s?(?:{alternation(w.of('year_unit'))})[\\u4e00-\\u9fff“”]{{0,8}}?|[\\u4e00-\\u9fff“”]{{1,12}}?)$"),  # 快于2024年: a year too
        # 从29661元、10391元增加到: the second of a list of first levels opens there too; so do the later parts of a
        # first proportion (由13.4∶45.1∶41.5调整为…: probe35, their time the year before the span, as the first's)
        # 从2015年的人均21.2万元: a time owning the first level (and its per-head word) may stand between
        # 从年人均1700元、1500元提高到…: a per-head word, after the period it is counted over, may open the level too
        from_level=recache.compile(f"(?:{alternation(w.of('from'))})(?:\\s?(?:{time.pattern})\\s?(?:{of})\\s?"
                              f"(?:{alternation(w.of('count_average'))})?|(?:{alternation(w.of('per_period'))})?(?:{alternation(w.of('count_average'))}))?"
                              f"(?:(?:{alternation(w.of('per'))})[\\u4e00-\\u9fff]{{1,2}}?)*"
                              f"(?:\\s?\\d[\\d.]*[^\\d\\s，。；、]{{0,3}}、|(?:\\s?\\d[\\d.]*\\s?[∶:：]){{1,3}})?"
                              f"(?:{scopes}|{alternation(w.of('from_basis'))})?\\s?$"),
        # 从全国第12位: a rank's scope; 从月销售额3万元: what a threshold is counted in
        to_after=recache.compile(f"[^，。；0-9]{{0,6}}?(?:{alternation(w.of('to_verb') + w.of('to'))})"),
        from_to=recache.compile(f"^\\s?(?:(?:{alternation(w.change_words('verb'))})(?:{alternation(w.of('to'))})"
                           f"|{alternation(w.of('to_verb'))})\\s?"
                           f"(?:(?:{time.pattern})\\s?(?:{of}))?\\s?$"),
        share_head=recache.compile(f"(?:(?:{alternation(w.of('share_open'))})[\\u4e00-\\u9fff]{{1,8}}?|"
                                   f"(?:{alternation(w.of('share_scope'))}))?(?:{alternation(w.of('share_end'))})$"),
        change_noun=recache.compile(f"(?:{nouns_up})$|(?P<down>{nouns_down})$"),
        rank=recache.compile(
            # 居全省34个类区县第1位: the size of the field may stand between the scope and the ordinal
            f"(?:(?P<ctx>{rank_cues})[^，。；\\d]{{0,8}}?(?:\\d{{4}}\\s?(?:{year_unit})[^，。；、\\d]{{0,3}}?)?(?:\\d{{1,3}}\\s?(?:{field_count})?[^，。；、\\d{w.chars('ordinal')}]{{1,8}}?)?)?(?P<m>(?:(?:{ordinal})\\s?(?P<n>{numeral})(?:\\s?(?P<s>{rank_unit}))?"
            f"|(?P<first>{first})|(?:{top})(?P<top>{top_numeral})(?P<ts>{rank_unit})?))"),
        # 第25位大幅提升到第13位: what may stand between a ranking's earlier place and the verb that moves it
        rank_moved=recache.compile(f"[^，。；、\\d]{{0,4}}?(?:{alternation(w.of('rank_move'))})"),
        rank_cue=recache.compile(f"{ordinal}|{first}|(?:{top})[{CN_QUANTITY_CHARS}\\d]"),
        first_cue=recache.compile(f"(?:{alternation(w.of('rank_first_cue') + w.of('rank_scope'))})[^，。；]{{0,4}}$"),
        first_cue_far=recache.compile(f"(?:{alternation(w.of('rank_first_cue') + w.of('rank_verb'))})[^，。；]{{0,10}}$"),
        rank_verb=recache.compile(f"(?:{alternation(w.of('rank_verb'))})"),
        ranked_by=recache.compile(f"\\s?(?:{alternation(w.of('rank_verb'))})(?P<name>[\\u4e00-\\u9fff]{{1,12}}?)"
                             f"(?:{alternation(w.of('rank_list'))})?(?={ordinal}|{first})"),
        rank_scope=recache.compile(f"(?:{alternation(w.of('rank_consecutive'))}|{scopes})"),
        rank_listed_count=recache.compile(f"{numeral}\\s?(?:{alternation(w.of('rank_listed_count'))})"),
        rank_field=recache.compile(f"^(?:(?:{top})?{numeral}(?:{alternation(w.of('rank_field_count'))})?)?(?:{alternation(w.of('rank_field'))})"
                              f"(?:{alternation(w.of('rank_field_end'))})?$"),
        ratio_to=recache.compile(f"(?:{alternation(w.of('ratio_is'))})(?P<base>[^，。；{w.chars('ratio_is')}]{{1,12}}?)"
                            f"(?:{of})\\s?$"),
        times_to=recache.compile(f"(?:{alternation(w.of('ratio_is') + w.of('ratio_is_times'))})"
                                 f"(?P<base>[^，。；{w.chars('ratio_is')}]{{1,12}}?)(?:{of})\\s?$"),
        breakdown=recache.compile(f"(?:{alternation(w.of('breakdown_open'))})[\\u4e00-\\u9fff]{{1,6}}?"
                             f"(?:{alternation(w.of('breakdown_close'))})[，,]"),
        list_joint=recache.compile(f"\\s?(?:{joints})\\s?|\\s?，\\s?"),
        list_split=recache.compile(f"(?:{joints})"),
        list_sum=recache.compile(f"(?P<item>[\\u4e00-\\u9fff]{{1,6}}?)(?P<count>[{CN_QUANTITY_CHARS}])"
                            f"(?:{alternation(w.of('list_sum_unit'))})(?P<head>[\\u4e00-\\u9fff]{{2,}})"),
        ordinal_list=recache.compile(f"(?P<ord>{ordinal})?(?P<nums>[{CN_COUNT_CHARS}](?:、(?:{ordinal})?[{CN_COUNT_CHARS}])+)"
                                f"(?P<noun>[^、，。；\\d]+?)\\s*$"),
        respectively=recache.compile(alternation(w.of("respectively"))),
        period_compare=recache.compile(alternation(tuple(w.period_compare))),
        time=time,
        # 2015年的人均21.2万元; 2018年的每月7.5吨/平方公里 (a per-unit word too)
        own_link=recache.compile(f"\\s?(?:{of})\\s?(?:{alternation(w.of('count_average'))})?"
                            f"(?:(?:{alternation(w.of('per'))})[\\u4e00-\\u9fff])?"),
        record_list_item=recache.compile(f"(?:{alternation(w.of('record_list_joint'))})[^，,；;。、]{{1,8}}?"
                                    f"(?:{alternation(w.of('record_span_end'))})"),
        dated_noun=recache.compile(f"\\s?(\\w{{1,4}}?)(?:{alternation(w.of('dated_noun_link'))})"),
        # 汕尾日报讯: a newspaper's name between (media_endings.txt)
        report_line=recache.compile(f"[\\d\\s{w.chars('date_after')}]{{0,8}}(?:(?:{alternation(read_words('media_endings.txt'))})"
                               f"[\\d\\s{w.chars('date_after')}]{{0,8}})?(?:{alternation(w.of('report_after'))})"
                               f"(?![\\u4e00-\\u9fff])"),
        # (probe5 中新社 重庆 2023) the dateline is no part of the first figure's name: 中新社重庆电 (梁钦卿)重庆市地区生产总值
        dateline=recache.compile(f"[^\\s，。；,;]{{2,24}}?[\\d{w.chars('date_after')}]{{3,8}}(?:{alternation(w.of('report_after'))})"
                                 f"(?=[\\s（(])\\s*(?:[（(][^（()）]{{1,30}}[）)])?\\s*"),
        venue_line=recache.compile(f"[\\d\\s{w.chars('date_after')}]{{0,8}}(?:{alternation(w.of('venue_verb'))})"),
        company=recache.compile(f"(?!{alternation(w.of('company_not'))})[\\u4e00-\\u9fff]{{0,10}}?"
                           f"(?:{alternation(w.of('company_head'))})(?!{alternation(w.of('company_not_after'))})"),
        region=recache.compile(alternation([r[0] for r in rows("regions.tsv") if r[1:2] == ["region"]])),
        cluster=recache.compile(f"[\\u4e00-\\u9fff]{{0,4}}?(?:{alternation(w.of('cluster_ending'))})"),
        home=recache.compile(alternation(list(w.home_levels))),
        places_count=recache.compile(f"[{CN_QUANTITY_CHARS}\\d]+(?:{alternation(admin_endings())})"),
        counted_divisions=recache.compile(f"[{CN_QUANTITY_CHARS}\\d]+{alternation(w.of('unit_of_places'))}"
                                          f"(?:{alternation(admin_endings())}){{1,3}}(?:{alternation(w.of('list_joint'))})$"),
        short_home=recache.compile(f"(?:{alternation(w.of('home_prefix'))})(?P<c>{alternation(short_forms)})"),
    )


_PATTERNS: Final = Once(_make_patterns)
