"""The figure stage's loop: sentences → mentions → one Figure per mention, each field by its own module.

For each sentence that may hold a number (`candidates`): its figures (`mentions`), their places (`place`),
then per figure its change and baseline (`change`), list (`lists`), indicator (`indicator`), kind (`kind`)
and period (`period`). A second pass (`levels`) makes the first of two levels (从X提高到Y) a level too.
"""
from __future__ import annotations

from dataclasses import MISSING, fields, replace
from decimal import Decimal
from functools import lru_cache
from typing import Final, Sequence

from ..context import timex
from ..numbers import Mention
from ..once import Once
from ..records import Document, Entity, Figure, Structure, evolve
from ..segment import Segmenter
from .candidates import candidate_sentences
from .change import (Comparisons, acts_on_things, change_after, change_before, change_of_name, drop_word, from_start,
                     from_to, listed_baselines, next_reference, opening_baseline, pulled, read_change,
                     reference_value)
from .clause import Clauses
from .indicator import (NO_EARLIER, Before, Earlier, counted_of, indicator, near_start, new_earlier, new_target,
                        opening_change)
from .kind import kind_of, part_of_proportion
from .lists import (Lists, from_to_halves, joined, joined_run, lead_qualifier, opens_with_prefix, paired_item,
                    parallel_list, parallel_noun, shared_level_heads)
from .mentions import minus_sign, sentence_mentions
from .period import ITEM_ENDS, Periods
from .words import patterns, words
from .place import ParagraphPlaces, places, sentence_entities, without_own_places


class FigureExtractor:
    """(Document, Structure) → figures. Holds a segmenter and a cache of its taggings (a clause's words serve
    its subject, indicators and list items)."""

    def __init__(self, segmenter: Segmenter | None = None):
        self.segmenter = segmenter or Segmenter()
        self.tag = lru_cache(maxsize=512)(self.segmenter.tag)

    def __call__(self, doc: Document, structure: Structure, entities: Sequence[Entity] = ()) -> tuple[Figure, ...]:
        """Figures of a document; `entities` (optional) add places the gazetteer does not know."""
        text = doc.text
        self.segmenter.expect(text)
        out: list[Figure] = []
        paragraph = ParagraphPlaces(text, structure)
        localities = {s.speech: s.locality for s in structure.speeches}
        ents = sorted(entities, key=lambda e: e.start)
        ent_starts = [e.start for e in ents]
        for sent in candidate_sentences(text, structure.sentences):
            mentions = sentence_mentions(text, sent.start, sent.end)
            if not mentions:
                continue
            locality = localities.get(structure.locate(sent.start)[0], "")
            clauses = Clauses(text, sent.start, sent.end)
            here = sentence_entities(ents, ent_starts, sent.start, sent.end) if ents else ()
            where = places(text, sent.start, sent.end, mentions, clauses, locality, paragraph, here, self.tag)
            before = broken_down(text, sent.start, out[-1] if out else None, paragraph.start_of(sent.start))
            out.extend(self.sentence(text, mentions, clauses, where, before))
        return tuple(out)

    def sentence(self, text: str, mentions: list[Mention], clauses: Clauses, where: list[str],
                 before: Earlier = NO_EARLIER) -> list[Figure]:
        """The figures of one sentence: `mentions` in order, `where` their places; `before`, the figure a
        sentence that breaks it down refers to (`broken_down`)."""
        figures: list[Figure] = []
        below = ""  # a baseline said with 下同 (同比（下同）增长8.4%): of every later change in the sentence
        periods = Periods(text, clauses, [(m.start, m.end) for m in mentions], self.tag)
        opening = opening_baseline(text, clauses)
        if opening:
            periods.exclude(*opening[1])
        lists = Lists(text, clauses.start, clauses.end, mentions, self.tag)
        comparisons: dict[int, Comparisons] = {}
        near: dict[int, int] = {}
        share_only: set[int] = set()  # starts of clauses whose figures are all shares (占…的X%, 完成年度计划X%)
        subjects: dict[int, int] = {}  # clause start → the end of the text before its first figure
        earlier = before
        share: Earlier | None = None  # a share just named (占…的24.1%): the subject of its own change only
        by_unit: dict[str, Earlier] = {}  # unit → the last figure of the sentence in it
        list_head: Figure | None = None
        list_items: list[Figure] = []  # the items of the sentence's last 分别 list, for a list parallel to it
        ranked_name = ""  # what an amount before a ranking verb is of (以530.42亿元列旅游总收入…), for the rank after it
        parallel: dict[int, list[Mention]] = {}  # clause start → its numbers when they are a list parallel to it
        list_verb = ""  # the change the verb before a list's first item says (分别回落…)
        second_levels: list[int] = []
        said_later: dict[int, tuple[str, str]] = {}  # a list item's start → the change and baseline said after the list
        run_names: dict[int, str] = {}  # a list's first number → its subject (paired_item)
        counted_subject: tuple[str, Earlier] | None = None  # (unit, subject) of the last count that named its object
        magnitude_units = words().of("unit_needs_magnitude")
        for idx, m in enumerate(mentions):
            clause = clauses.at(m.start)
            prev = mentions[idx - 1] if idx else None
            own_start = clause.start
            if prev and clause.start <= prev.end <= m.start and (prev.kind != "duration" or figures and
                                                                   figures[-1].end == prev.end and figures[-1].kind != "duration"):
                # 连续3年全国第一: a duration before a figure is part of its phrase; days counted are not (优良天数达到
                # 329天、同比增加4天: a count, so the next name starts after it)
                own_start = prev.end
                named_after = figures[-1].indicator if figures and figures[-1].start == prev.start else ""
                joint = next((j for j in words().of("list_joint") if text.startswith(j, prev.end + len(named_after))),
                             "") if named_after and text.startswith(named_after, prev.end) else ""
                if joint and prev.end + len(named_after) + len(joint) < m.start:
                    # 新增1个国家级优势特色产业集群、新入规加工企业20家以上: the words the figure before named after its
                    # number, and the list joint after them, are no part of this one's name (but 22条重点入黄排水沟
                    # 整治率达100%: the rate of the ditches just counted)
                    own_start = prev.end + len(named_after) + len(joint)
                elif not (named_after and text.startswith(named_after, prev.end)):
                    # (the words tested at once first: most figures have none after the one before, no generator made)
                    mark = max((w for w in words().after_stop if text.startswith(w, prev.end)), key=len, default="") \
                        if text.startswith(words().after_stop, prev.end) else ""
                    joint = next((j for j in words().of("list_joint") if text.startswith(j, prev.end + len(mark))),
                                 "") if mark else ""
                    if joint and prev.end + len(mark) + len(joint) < m.start:
                        # 地区生产总值迈上3万亿元新台阶、达到30145.79亿元: the mark the figure before passed (台阶, 大关)
                        # names nothing, and the next item after the joint names its own (blind-2025c 重庆 2024)
                        own_start = prev.end + len(mark) + len(joint)
            own_start = periods.after_opening(own_start, m.start)
            if own_start == clause.start and (line := patterns().dateline.match(text, own_start, m.start)) is not None:
                own_start = line.end()  # 中新社重庆1月13日电 (梁钦卿)重庆市地区生产总值…: the name opens after the dateline
            if clause.start not in comparisons:
                comparisons[clause.start] = Comparisons(text, clause)
                near[clause.start] = near_start(text, clause, clauses)
                if near[clause.start] in share_only and near[clause.start] < clause.start:
                    # …同期增长186.4%，已完成年初预算总额的86.6%，增幅全市第一: a clause of only a share is passed over, the
                    # generic head is of the subject before it
                    near[clause.start] = near.get(near[clause.start], near[clause.start])
            read = read_change(text, clause, m, own_start, comparisons[clause.start])
            signed = minus_sign(text, m)
            if signed:  # 增速为-3.6%: the sign is the value's, not the name's
                read = read._replace(name_end=min(read.name_end, m.start - 1))
            opened = from_start(text, m.start)
            if opened > own_start:  # 保费由每生每年5元提高至10元: the name ends before 由
                read = read._replace(name_end=min(read.name_end, opened))
            change, baseline = read.change, read.baseline
            if read.baseline_span:
                periods.exclude(*read.baseline_span)
                if baseline and any(w in text[read.baseline_span[0]:read.baseline_span[1]]
                                    for w in words().of("same_below")):
                    below = baseline
            second = prev is not None and from_to(text, prev, m)  # 从X提高到Y: Y is a level, so is X
            if second:
                change = ""
                second_levels.append(idx)
            if idx + 1 < len(mentions) and opened >= 0 and from_to(text, m, mentions[idx + 1]):  # (`is_from`: read above)
                change = ""
            unit, kind, qualifier = m.unit, m.kind, m.qualifier
            if m.unit_surface in magnitude_units and not m.magnitude:
                unit, kind = m.unit_surface, "measure"  # 亿度 is 千瓦时; 37度 is degrees
            list_at, list_end = lists.word_before(clause, m.start)
            is_joined = joined(text, prev, m)
            head = list_head if list_at >= 0 and is_joined else None
            if list_at >= 0:
                lead = lead_qualifier(text, list_end, head.start if head else m.start)
                if head is not None and opens_with_prefix(head.mention):
                    lead = lead or head.qualifier  # 分别超过8.1万元、3.3万元: both over
                qualifier = m.qualifier or lead
            if head is not None and not unit and head.unit:  # a unit written once is shared
                unit, kind = head.unit, head.kind
            if own_start == clause.start:
                subjects[clause.start] = read.name_end  # read only when a later 的-noun needs it
            if second and figures:
                name = figures[-1].indicator  # 比例从75%提高到100%: the same indicator
            else:
                target = new_target(m, clause, own_start, read.name_end, unit, kind, near[clause.start])
                # 重点项目320个，年度计划投资860亿元，已开工285个: things counted borrow the name of the last figure
                # that counted them (the same unit), not of the amount between
                same = by_unit.get(unit) if kind == "count" and figures and figures[-1].unit != unit else None
                if same is not None:  # the things it counted, borrowed as from the clause just before
                    same = new_earlier(counted_of(same.indicator, self.tag), max(same.start, near[clause.start]))
                prior = earlier
                if counted_subject is not None and unit != counted_subject[0] and kind != "rank":
                    prior = counted_subject[1]  # a figure of another kind after a count of things: the clause's subject
                if kind == "count" and figures and figures[-1].kind == "measure" and not same:
                    prior = NO_EARLIER  # 面积1.5平方公里,3151户,6100人: a count is not the area before it
                name = indicator(text, target, same or (share if share is not None and kind == "percentage_point"
                                                        else prior), subjects.get(clause.start), self.tag)
            ranked = patterns().ranked_by.match(text, m.end) \
                if text.endswith(words().of("by_amount"), clause.start, m.start) else None
            if ranked is not None:  # 四川以530.42亿元列旅游总收入排行榜第一名: of what is ranked
                name, ranked_name = ranked.group("name"), ranked.group("name")
            elif m.form == "rank" and ranked_name and prev is not None and clause.start <= prev.start:
                name = ranked_name  # the rank after it, of the same
            place = where[idx]
            if list_at < 0 and list_items and clause.start not in parallel:
                if from_to_halves(text, list_items):  # 分别从A、B增加到C、D，年均增长x和y: of the items, not their levels
                    list_items = list_items[len(list_items) // 2:]
                parallel[clause.start] = parallel_list(text, clause, mentions, len(list_items))
            items_here = parallel.get(clause.start, []) if list_at < 0 else []
            if m in items_here:  # 分别实现增加值63.46亿元、17.77亿元和67.07亿元，增长36.9%、24.5%和12.3%
                ref = list_items[items_here.index(m)]
                if m.form == "rank":  # 增速居全国第4位、第7位: each item's 增速 (the generic head opening the clause)
                    lead = text[clause.start:items_here[0].start].lstrip(" ，,")
                    noun = max((g for g in words().generic_heads if lead.startswith(g)), key=len, default="")
                    name, place = ref.indicator + (noun if not ref.indicator.endswith(noun) else ""), ref.place or place
                else:
                    name, place = ref.indicator, ref.place or place
                if items_here[0] is not m and figures and m.form != "rank":  # the verb before the list and its baseline: every item's
                    change, baseline = change or figures[-1].change, baseline or figures[-1].baseline
            is_item = False
            if list_at >= 0:
                item, item_place = lists.item(clause, list_at, m)
                is_item = item is not None
                referred = lists.referred(clause, list_at, m, figures)
                if referred is not None:  # …，同比分别增长9.6%、13.3%: of the figures just given, item by item
                    item, item_place = referred
                elif item == "" and not (name and name in text[list_at:m.start]
                                         and not any(f.start > list_at for f in figures)
                                         and listed_baselines(text, clause.start, m.start) is None):
                    # a list of places names no indicator: the sentence's earlier one, if any; but the words after
                    # 分别 name the items' figures (…贡献率分别为6%、41.4%、52.6%，分别拉动GDP增长0.7个、5.1个…: 拉动GDP)
                    name = earlier.indicator
                name, place = item or name, item_place or place
            paired_at = -1
            if list_at < 0 and m not in items_here and name:
                first, last = joined_run(text, clause, mentions, idx)
                if last > first:  # 城乡居民人均可支配收入50214元、23297元: a list without 分别 after a paired subject
                    # the run's subject as its first item names it (the later ones borrow the first's, split); a
                    # run of levels after one from a change verb (从A、B增加到C、D) has the subject of the first run
                    base = run_names.get(idx - 1, name) if second and first == idx else run_names.get(first, name)
                    run_names[idx] = base
                    paired = paired_item(mentions[first:last + 1], idx - first, base)
                    if paired:
                        name, paired_at = paired, idx - first
                    elif not second and not any(k in second_levels for k in range(first, idx)) \
                            and (unmarked := lists.unmarked_item(base, mentions[first:last + 1], idx - first)):
                        # 财政总收入、地方财政收入年均增长16.2%和21.5%: a listed subject, one item a number
                        name, paired_at = unmarked, idx - first
            held = comparisons[clause.start].holding(m.start)
            if held is not None and earlier.found:
                name = earlier.indicator  # 较2016年的1556万人次: the baseline's level of the figure just named
            if earlier.found and figures and part_of_proportion(text, m):
                name = earlier.indicator  # 调整为8.3∶41.4∶50.3: every part is of the proportion the first names
            elif figures and prev is not None and figures[-1].end == prev.end and part_of_proportion(text, prev) \
                    and text[prev.end:m.start].strip() in words().set_of("proportion_to"):
                name = figures[-1].indicator  # 由12:40:48调整为11:38:51: the new proportion is of the same structure
            if m.kind == "percent" and figures and m.start - clause.start > 2 \
                    and reference_value(text, clause.start, m.start):
                # 增长8.4%，比全省（7.7%）和全国平均水平（7.0%）分别高…: a reference's own value is of what the figure
                # compared measures (全国平均水平 names the reference, not the thing)
                compared = next((f for f in reversed(figures) if f.kind == "percent" and f.change
                                 and not reference_value(text, clause.start, f.start)), None)
                if compared is not None and compared.indicator:
                    name = compared.indicator
            nxt = mentions[idx + 1].start if idx + 1 < len(mentions) else -1
            if name and m.end + len(name) == nxt and text.startswith(name, m.end):
                # 新增1个国家级优势特色产业集群、新入规加工企业20家以上: a name after the number that runs into the next
                # number is cut at its last list joint (the words after it are the next figure's)
                cut = max(name.rfind(j) for j in words().of("list_joint"))
                name = name[:cut] if cut > 0 else name
            if kind in ("count", "") and name and nxt >= 0 and nxt < clause.end and text.startswith(name, m.end):
                # 34家规上工业企业总产值57.12亿元, 有13家企业产值增速超过20%: the things counted, not what the next figure
                # measures of them (figure_words counted_measure); a bare count too (2.2万脱贫人口人均纯收入19701元)
                noun = next((w for w in words().of("counted_measure") if name.endswith(w) and len(name) > len(w)), "")
                name = name[: len(name) - len(noun)] if noun else name
            name = without_own_places(name, place)
            if figures and prev is not None and figures[-1].end == prev.end and name \
                    and text.endswith(name, prev.end, m.start) \
                    and text[prev.end:m.start - len(name)] in words().set_of("list_joint"):
                # 实际利用内资1200亿元、外资5.2亿美元: a bare noun after a list joint, parallel to the end of the name
                # before it, takes the words that name opens with (实际利用外资)
                name = parallel_noun(self.tag(figures[-1].indicator), name)
            if m.form == "rank" and figures and name:
                name = ranked_together(text, clause.start, m.start, name, figures)
            kind = kind_of(kind, unit, name, m, text)
            if not change and kind in ("percent", "percentage_point") and name and m.form != "rank":
                acted = opening_change(name, self.tag)
                if acted is not None:  # 降低农业税和农业税附加3.6个百分点: a decrease of what the verb acts on
                    change, name = acted
            if change and kind == "percent" and earlier.found and name == earlier.indicator:
                name = value_of(name)  # …增速比上月加快0.8个百分点；1—10月累计增长6.5%: the value grew, not its growth
            if change and not baseline and kind == "count" and acts_on_things(text, clause, m, name):
                change = ""  # 提升20个县乡村养老服务网络
            if head is not None and not change:  # 增速分别回落0.4和0.1个百分点: the verb before the list, not the noun
                change = list_verb
            pull, pull_end = pulled(text, clause.start, m.start) if kind == "percentage_point" else ("", -1)
            verb_after = words().change_roles.get(change_before(text[pull_end:m.start])[1]) == "verb" if pull else False
            if pull and (not change or pull == "decrease" and not verb_after):
                change = pull  # 上拉…增加值2.8个百分点; 下拉全市增速1.2个百分点: not the growth noun's increase
            change = change or change_of_name(name, kind)
            said_after = False  # the change is said after the figure and 的 (实现14.2%的同比增长)
            if not change:
                change, later = change_after(text, m)
                baseline = baseline or later  # 实现14.2%的同比增长: the comparison after 的 is the baseline
                said_after = bool(change)
            if not change and head is None and prev is not None and figures and figures[-1].start == prev.start \
                    and figures[-1].change and figures[-1].kind == kind and text[prev.end:m.start] in words().of("list_joint") \
                    and (opens_with_prefix(text[prev.start:prev.end]) or not opens_with_prefix(text[m.start:m.end])):
                # 本科上线率和强基上线率同比提升7.12%和13.86%: a list without 分别, the verb and baseline before it every item's;
                # not an item with a threshold word of its own (经营主体净增98万户、突破1900万户: a level passed)
                change, baseline = figures[-1].change, baseline or figures[-1].baseline
            if not change and head is None and prev is not None and figures and figures[-1].start == prev.start \
                    and figures[-1].change and figures[-1].kind == kind and stretched(text[prev.end:m.start]):
                # 地区生产总值增长7%以上、力争达到8%: the same growth, aimed higher
                change, baseline = figures[-1].change, baseline or figures[-1].baseline
            if not change and kind == "percent" and figures and reference_value(text, clause.start, m.start):
                # 增长9.1%，比全省（7.4%）和全国（6.3%）分别高…: the references' own growth, like the figure compared
                compared = next((f for f in reversed(figures) if f.kind == "percent" and f.change
                                 and not reference_value(text, clause.start, f.start)), None)
                change = compared.change if compared is not None else ""
            if head is not None:  # a word before the list applies to every item its own name does not override
                change = change or head.change
                baseline = baseline or head.baseline
            if change and not baseline:  # 环比降幅、涨幅分别为…: the comparison word before a growth noun
                baseline = comparisons[clause.start].period_word_before(m.start)
            if change and not baseline and opening:
                baseline = opening[0]
            if change and not baseline and below:
                baseline = below  # 预计地区生产总值同比（下同）增长8.4%；一般公共预算收入增长4.6%
            if list_at >= 0:  # 分别比全国、全省高出6.7、4.7个百分点: each item's gap to its own baseline
                k = sum(1 for f in figures if f.start > list_at)
                listed = listed_baselines(text, clause.start, head.start if head is not None else m.start)
                if listed is not None and k < len(listed[0]) and len(listed[0]) > 1:
                    baseline, change = listed[0][k], listed[1]  # the gap word decides, not a growth noun (增速比全国…低了)
                    own = listed[2]
                    if own in words().generic_heads:
                        name = own  # 增速 比全省平均水平（17.3%）和全国（11.4%）分别高…: the growth noun, not the references
                    elif not own and earlier.found and earlier.indicator:
                        # 增长8.4%，比全省（7.7%）和全国平均水平（7.0%）分别高0.7、1.4个百分点: a clause naming only its
                        # references gaps the figure just named; 平均水平 is the reference's, no name
                        name = earlier.indicator
            if kind == "percentage_point" and not baseline and figures and prev is not None \
                    and figures[-1].end == prev.end and figures[-1].kind == "percentage_point" and figures[-1].baseline:
                reference = next_reference(text, prev.end, m.start)
                if reference:  # 高于全国4个百分点、全省4.7个百分点: the gap before, to its own reference
                    change, baseline, name = change or figures[-1].change, reference, figures[-1].indicator
            if figures and prev is not None and figures[-1].end == prev.end and converted(text, prev, m):
                # 增加296.7万吨（59.3亿斤）: the same change in another unit, of the same thing
                change, baseline, name = figures[-1].change, figures[-1].baseline, figures[-1].indicator
            name = drop_word(name, baseline)
            is_share = kind != "duration" and name.startswith(words().of("share_verb"))
            if not is_share and kind == "percent" and not change and name in words().of("plan_whole") \
                    and text[clause.start:m.start].rstrip().endswith(tuple(d + name for d in words().of("plan_done"))):
                # 实现总产值45.05亿元，完成年度计划22.8%: the share of the plan done, as 占年度计划23%
                is_share, name = True, words().of("plan_done")[0] + name
            # 完成年度投资计划的103.95%, 已完成年初预算总额的86.6%: the share done of a plan named whole (its name
            # kept) is no subject of a generic head after it (…，增幅全市第一: the growth of the figure before)
            plan_part = not is_share and kind == "percent" and not change \
                and name.endswith(words().of("plan_end")) and plan_share(text[clause.start:m.start], name)
            if is_share and figures and kind == "percent":  # not 占年度计划15.3亿元的44.8% (the plan), 占地300亩
                name = share_of(figures) + name  # 完成投资607.9亿元，占年度计划54.5%: a share of the level just named
            start = m.start - 1 if signed else m.start
            fig = figure_record(
                mention=text[start:m.end], value=-m.value if signed else m.value,
                value_max=-m.value_max if signed and m.value_max is not None else m.value_max, unit=unit, kind=kind,
                qualifier=qualifier, change=change if kind != "rank" else "",
                # a ratio's baseline written before a list is every item's (分别恢复到2019年的95%和92%)
                baseline=baseline if change or read.ratio or (head is not None and head.baseline) or m in items_here[1:] else "",
                # the baseline's level is of the baseline's time (较2016年的1556万人次: 2016年)
                period=held.group("base").strip() if held is not None and timex.pattern().fullmatch(
                    held.group("base").strip()) else periods.before(m.start),
                indicator=name, place=place, start=start, end=m.end,
            )
            if list_at >= 0 and (list_head is None or not is_joined):
                list_head, list_verb = fig, read.change
            if paired_at >= 0:  # (达到50214元、23297元，增长4.5%、6.5%: the growths are of the items too)
                list_items = list_items + [fig] if paired_at and list_items else [fig]
            if is_item:
                list_items = list_items + [fig] if list_items and list_items[-1].start > list_at else [fig]
                if said_after and len(list_items) > 1:
                    # 分别实现14.2%、5.2%、157.3%的同比增长: the change after the last item is every item's that says
                    # none (given in the second pass, told_after)
                    for f in list_items[:-1]:
                        if not f.change and f.kind == kind and f.start not in said_later:
                            said_later[f.start] = (change, fig.baseline)
            if (is_share or plan_part) and not any(f.start >= clause.start for f in figures):
                share_only.add(clause.start)
            elif clause.start in share_only:
                share_only.discard(clause.start)
            if is_share:
                # …28.39亿元，占年度计划的24.1%，同比增长16.4%: a share names the change of itself in 个百分点
                # (占我外贸总值的55.1%，较去年同期提升0.9个百分点), not the growth of the figure it is a share of
                share = new_earlier(name, m.start)
            elif kind != "duration" and not plan_part and not share_aside(text, clause.start, m.start):
                # 工业投资75.11亿元（占总投资的32.1%），增长103.2%: a share in an aside names no subject for the next
                earlier, share = new_earlier(name, m.start), None
                by_unit[unit] = earlier
                counted_subject = None
                if kind == "count" and name and text.startswith(name, m.end) and own_start < m.start:
                    # 地区生产总值连跨三个万亿级台阶，由7.13万亿元跃升至10.27万亿元: the things a count names after it
                    # are its object, not the subject a later clause with none of its own borrows (the words before
                    # it); a later count of the same things still borrows them (新推出7项制度创新成果、累计达到161项)
                    subject = Before(text, own_start, m.start, self.tag)
                    if subject.has_noun and subject.phrase:
                        counted_subject = (unit, new_earlier(subject.phrase, m.start))
            figures.append(fig)
        return households_of(text, shared_level_heads(text, levels(told_after(figures, said_later), second_levels)))


def households_of(text: str, figures: list[Figure]) -> list[Figure]:
    """A count of households written right before a count of people that names what it counts after it
    (4.65万户13.42万名贫困人口; 现行标准下4425户14042名农村建档立卡贫困人口) counts the households of the same people: it
    takes their name (figure_words household_unit, people_unit; probe39 长沙, 福州 2021)."""
    households, people = words().set_of("household_unit"), words().set_of("people_unit")
    out = list(figures)
    for k in range(len(out) - 1):
        f, g = out[k], out[k + 1]
        if f.end == g.start and f.unit in households and g.unit in people and g.indicator \
                and text.startswith(g.indicator, g.end) and f.indicator != g.indicator:
            out[k] = evolve(f, indicator=g.indicator)
    return out


def figure_record(mention: str, value: Decimal, value_max: Decimal | None, unit: str, kind: str, qualifier: str,
                  change: str, baseline: str, period: str, indicator: str, place: str, start: int, end: int) -> Figure:
    """`records.new_figure(...)`, made here: the same record (its fields set in the same order, the later stages' at
    their defaults, no frozen `__init__` run), without a call into interpreted Python with thirteen keyword arguments,
    `locals()` and two calls made there (about 15,000 instructions a figure)."""
    fig: Figure = object.__new__(Figure)
    # a copy of one whole record's dict (every field, the stage's in their order, then the later ones at their
    # defaults: `new_figure`'s order), its first thirteen values set in place: the same keys in the same order and the
    # same values as the two merges gave, without a dict built and merged key by key (about 6,000 instructions)
    held = whole_record().copy()
    held["mention"] = mention
    held["value"] = value
    held["value_max"] = value_max
    held["unit"] = unit
    held["kind"] = kind
    held["qualifier"] = qualifier
    held["change"] = change
    held["baseline"] = baseline
    held["period"] = period
    held["indicator"] = indicator
    held["place"] = place
    held["start"] = start
    held["end"] = end
    object.__setattr__(fig, "__dict__", held)
    return fig


def whole_record() -> dict[str, object]:
    """Every field of a Figure: the figure stage's (at None, set at each record) in their order, then the later
    stages' at their defaults, in theirs (`records.new_figure`'s order)."""
    return _WHOLE_RECORD.get()


def _make_whole_record() -> dict[str, object]:
    stage: dict[str, object] = {f.name: None for f in fields(Figure) if f.default is MISSING}
    stage.update(later_fields())
    return stage


_WHOLE_RECORD: Final = Once(_make_whole_record)


def later_fields() -> dict[str, object]:
    """The fields of a Figure the later stages set, at their defaults, in their order (`records.new_figure`'s)."""
    return _LATER_FIELDS.get()


def _make_later_fields() -> dict[str, object]:
    return {f.name: f.default for f in fields(Figure) if f.default is not MISSING}


_LATER_FIELDS: Final = Once(_make_later_fields)


def stretched(between: str) -> bool:
    """Whether the words between two numbers are a list joint or comma and a word of a higher aim, with a light verb
    after it or none (、力争达到, ，争取): the later number aims the earlier one's change higher."""
    between = between.strip()
    between = between[1:] if between[:1] and (between[0] in words().of("list_joint") or between[0] in "，,") else between
    aim = next((w for w in words().of("stretch") if between.startswith(w)), "")
    rest = between[len(aim):].strip()
    return bool(aim) and (not rest or rest in words().of("mid_light"))


def converted(text: str, prev: Mention, m: Mention) -> bool:
    """Whether `m` only says `prev` again in another unit of the same kind, in brackets right after it
    (14582万吨（2916亿斤）, 57.4公斤/公顷（3.8公斤/亩）)."""
    w = words()
    return m.kind == prev.kind and bool(m.unit) and m.unit != prev.unit \
        and text[prev.end:m.start].strip() in w.of("bracket_open") and text.startswith(w.of("bracket_close"), m.end)


def share_of(figures: list[Figure]) -> str:
    """The name of the last level of the sentence (an amount or count, no change, rank or gap: not 增长15.6% nor
    拉动…9.5个百分点 between 出口机电产品845亿元 and 占全市出口总值的58.6%) that is no share itself, the subject
    of a share that names none; "" when none."""
    share = words().of("share_verb")
    # 占全省的20%，占全国的5%: both of the level; not a per cent (先进制造业、高技术制造业增加值占规模以上工业比重分别提高到
    # 56.7%、31.6%，…，工业机器人产量增长31.2%、占全国44%: no share is of a rate) (probe28 广东 2025)
    level = next((f for f in reversed(figures) if not f.change
                  and f.kind not in ("rank", "percentage_point", "duration", "percent")
                  and not any(w in f.indicator for w in share)), None)
    if level is None:  # 新能源汽车产量增长69.2%、占全国22.3%: with no level said, what the growth is of
        level = next((f for f in reversed(figures) if f.change and f.kind == "percent"
                      and not any(w in f.indicator for w in share)), None)
    return level.indicator if level is not None else ""


PLAN_GAP: Final = 4  # characters a plan's name may keep between 完成 and itself that are no part of it (年初)


def plan_share(before: str, name: str) -> bool:
    """Whether the words before a per cent end with 完成, the plan's name and 的 (完成年度投资计划的, 已完成年初预算总额的: a
    time the name left out, 年初, may stand between)."""
    before = before.rstrip()
    link = next((o for o in words().of("of") if before.endswith(name + o)), None)
    if link is None:
        return False
    head = before[: len(before) - len(name) - len(link)]
    return any(d in head[-(len(d) + PLAN_GAP):] for d in words().of("plan_done"))


def share_aside(text: str, start: int, pos: int) -> bool:
    """Whether `pos` is inside brackets opened after `start`, not yet closed, that open with a share verb
    (…75.11亿元（占总投资的32.1%）)."""
    opened = max(text.rfind("（", start, pos), text.rfind("(", start, pos))
    return opened >= 0 and max(text.rfind("）", opened, pos), text.rfind(")", opened, pos)) < 0 \
        and text.startswith(words().of("share_verb"), opened + 1)


def value_of(name: str) -> str:
    """A name without the growth noun it ends with (规模以上工业增加值增速 → 规模以上工业增加值), for a growth in per
    cent of what it names; the name itself when nothing is left before the noun."""
    noun = patterns().change_noun.search(name)
    return name[:noun.start()] if noun is not None and noun.start() > 0 else name


def broken_down(text: str, start: int, last: Figure | None, paragraph_start: int) -> Earlier:
    """A sentence opening with a breakdown (分季度看，, 从环比看，: figure_words.tsv) refers to the last figure of
    its paragraph: its name serves the figures there that name nothing (一季度同比增长5.4%)."""
    if last is None or last.end < paragraph_start or not last.indicator \
            or patterns().breakdown.match(text, start) is None:
        return NO_EARLIER
    return new_earlier(last.indicator, start)


def told_after(figures: list[Figure], said: dict[int, tuple[str, str]]) -> list[Figure]:
    """分别实现14.2%、5.2%、157.3%的同比增长: the items before the last take the change said after the list, and its
    baseline where they have none."""
    if not said:
        return figures
    return [replace(f, change=said[f.start][0], baseline=f.baseline or said[f.start][1]) if f.start in said else f
            for f in figures]


def levels(figures: list[Figure], second_levels: list[int]) -> list[Figure]:
    """从X提高到Y: the figure before each second level is the first level, not a change."""
    out = list(figures)
    for k in second_levels:
        if k > 0:
            out[k - 1] = replace(out[k - 1], change="")
    return out


LEVEL_KINDS = ("money", "count", "measure")  # the kinds of a level that 均 may rank with another


def ranked_together(text: str, clause_start: int, at: int, name: str, figures: Sequence[Figure]) -> str:
    """The name of a rank that 均 gives to several growths just named (地区生产总值…增长6.1%，规模以上工业增加值增长9.5%，
    增速均居全省第一 → 地区生产总值、规模以上工业增加值增速): every indicator of the growths of its ；-item, joined with
    、, before the generic head; or, when the clause opens with 均 after a run of levels, every level's indicator;
    `name` unchanged when the clause says no 均 or one indicator grew."""
    lex = words()
    if not any(text.find(w, clause_start, at) >= 0 for w in lex.of("ranked_all")):
        return name
    item = max(text.rfind(c, 0, clause_start) for c in ITEM_ENDS)
    grown: list[str] = []
    for f in figures:
        if f.start > item and f.kind == "percent" and f.change and f.indicator and f.indicator not in grown:
            grown.append(f.indicator)
    if len(grown) < 2:
        # 财政总收入、一般公共预算收入分别达到1073.6亿元和638.7亿元，均保持全省第三: the levels just before it, each
        # ranked by 均 (the rank's name is the last level's, with no head of its own)
        levels: list[str] = []
        for f in figures:
            if f.start <= item:
                continue
            if f.change or f.kind not in LEVEL_KINDS:
                levels = []  # the run of levels right before the rank (a growth before it is another's)
            elif f.indicator and f.indicator not in levels:
                levels.append(f.indicator)
        opening = text[clause_start:at].lstrip()
        if len(levels) >= 2 and name == levels[-1] and any(opening.startswith(w) for w in lex.of("ranked_all")) \
                and not any(a != b and a in b for a in levels for b in levels):
            # the clause opens with 均 (its subject, the levels, left out); no level's name holds another's
            return "、".join(levels)
        return name
    if not name.startswith(grown[-1]) or name[len(grown[-1]):] not in lex.generic_heads:
        return name
    return "、".join(grown) + name[len(grown[-1]):]
