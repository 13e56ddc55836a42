"""The shortcuts of the fast figure stage give the answers of the plain way, on real text.

Each shortcut skips work it can prove useless: sentences without a number
(`figures.candidate_sentences`), mask patterns whose needed characters a sentence lacks
(`masks.masked_spans`), positions where no place name can start
(`Gazetteer.find`), per-character offsets (`normalize.OffsetMap`). Here each is
checked against the straightforward computation over every sentence of corpus/.
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from pipeline.figures import candidate_sentences, patterns
from pipeline.furniture import CAPTION_MAX, furniture, is_caption, is_lead_caption, squeeze
from pipeline.gazetteer import PlaceMatch, gazetteer
from pipeline.masks import masked_spans, masks, needs
from pipeline.normalize import OffsetMap
from pipeline.numbers import find_mentions

from conftest import CORPUS, analysed, load_one

CORPUS_FILES = sorted(CORPUS.iterdir())


@lru_cache(maxsize=None)
def corpus_results():
    return tuple(analysed(load_one(p)) for p in CORPUS_FILES)


def corpus_sentences():
    for result in corpus_results():
        for s in result.structure.sentences:
            yield result.document.text, s


DEV = CORPUS.parent.parent / "shared" / "corpus-dev"  # ten provincial reports as scraped, when beside


@lru_cache(maxsize=None)
def dev_results():
    return tuple(analysed(load_one(p)) for p in sorted(DEV.glob("*.txt")))


def all_sentences():
    """Every sentence of corpus/ and, when beside, ../shared/corpus-dev."""
    yield from corpus_sentences()
    for result in dev_results() if DEV.is_dir() else ():
        for s in result.structure.sentences:
            yield result.document.text, s


# ------------------------------------------------------------------------------------------------ masks.needs

NEEDS = [
    pytest.param(r"\d{2}后", "后", id="literal-after-digits"),
    pytest.param(r"第\s?[\d一二三]+", "第", id="literal-before-class"),
    pytest.param(r"(?:党的)?[一二三]+届(?:全会|人大)", "届", id="optional-group-is-no-need"),
    pytest.param(r"[三二一]甲", "甲", id="numerals-are-poor-needs"),
    pytest.param(r"(?:985|211)\s?(?:工程|高校)", "程校", id="branch-unites-its-alternatives"),
    pytest.param(r"五位一体|四个全面|两会", "体面会", id="top-level-branch"),
    pytest.param(r"[“\"][^”\"]{0,40}[”\"]", "”\"", id="class-of-quotes-the-last-of-equals"),
    pytest.param(r"(?<![A-Za-z])[A-Za-z]+\d", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", id="letter-range"),
    pytest.param(r"\d{3,6}\s?[\u4e00-\u9fff]{0,8}(?:热线|专线)", "线", id="wide-class-skipped"),
    pytest.param(r"\d+\s?[^，。]{0,4}", None, id="nothing-needed"),
    pytest.param(r"(?i)pm\d", None, id="ignore-case-is-unknown"),
    pytest.param(r"a(?i:b)c", "c", id="inline-flag-group-skipped"),
]


@pytest.mark.parametrize("pattern, chars", NEEDS)
def test_needs_read_off_the_pattern(pattern, chars):
    assert needs(pattern) == (frozenset(chars) if chars is not None else None)


def test_every_mask_match_holds_a_needed_character():
    for text, s in corpus_sentences():
        for mask in masks().masks:
            for m in mask.pattern.finditer(text, s.start, s.end):
                if m.end() > m.start():
                    assert mask.needs is None or set(m.group()) & mask.needs, (mask.reason, m.group())


def test_every_mask_match_holds_its_further_needs():
    """`Mask.also`: every match of a mask holds a character of each of them, on corpus/ and corpus-dev."""
    assert sum(bool(mask.also) for mask in masks().masks) > 10
    for text, s in all_sentences():
        for mask in masks().masks:
            for m in mask.pattern.finditer(text, s.start, s.end):
                if m.end() > m.start():
                    assert all(set(m.group()) & set(chars) for chars in mask.also), (mask.reason, m.group())


def test_masked_spans_equal_running_every_pattern():
    checked = 0
    for text, s in all_sentences():
        every = sorted((m.start(), m.end()) for mask in masks().masks
                       for m in mask.pattern.finditer(text, s.start, s.end) if m.end() > m.start())
        assert masked_spans(text, s.start, s.end) == every
        checked += bool(every)
    assert checked > (500 if DEV.is_dir() else 50)  # the corpora have masks to find


# ------------------------------------------------------------------------------------------- figures.candidate_sentences


def test_candidates_hold_every_sentence_with_a_number_or_rank():
    for result in corpus_results():
        text, sentences = result.document.text, result.structure.sentences
        candidates = list(candidate_sentences(text, sentences))
        assert candidates == sorted(set(candidates), key=lambda s: s.start)
        wanted = [s for s in sentences if find_mentions(text, s.start, s.end) or patterns().rank_cue.search(text, s.start, s.end)]
        assert set(wanted) <= set(candidates)
        assert len(candidates) < len(sentences)  # and it does skip sentences


@pytest.mark.parametrize("text, count", [
    pytest.param("没有数字。也没有。", 0, id="none"),
    pytest.param("没有数字。增长5%。没有。", 1, id="one-of-three"),
    pytest.param("居全国第一。", 1, id="rank-cue"),
    pytest.param("一是加强。二是推进。", 0, id="numeral-without-unit"),
    pytest.param("正文。\n3\n5个", 2, id="paragraph-ends"),  # the first line is a title, outside the body
])
def test_candidates_on_sentences(text, count):
    from conftest import analyse_text

    result = analyse_text(text)
    assert len(list(candidate_sentences(result.document.text, result.structure.sentences))) == count


# ------------------------------------------------------------------------------------------------- gazetteer


def naive_places(text: str, start: int, end: int) -> list[PlaceMatch]:
    """Longest name first at each position, left to right: the plain scan."""
    g = gazetteer()
    longest = max(map(len, g.lookup))
    out, i = [], start
    while i < end:
        for n in range(min(longest, end - i), 1, -1):
            place = g.lookup.get(text[i:i + n])
            if place is not None:
                out.append(PlaceMatch(i, i + n, text[i:i + n], place))
                i += n
                break
        else:
            i += 1
    return out


def test_gazetteer_finds_what_the_plain_scan_finds():
    found = 0
    for result in corpus_results():
        text = result.document.text
        for p in result.structure.paragraphs:
            got = list(gazetteer().find(text, p.start, p.end))
            assert got == naive_places(text, p.start, p.end)
            found += len(got)
    assert found > 100


@pytest.mark.parametrize("text, names", [
    pytest.param("广东省深圳市", ["广东省", "深圳市"], id="province-city"),
    pytest.param("深圳", ["深圳"], id="short-form"),
    pytest.param("深", [], id="one-character"),
    pytest.param("在济南市区", ["济南市"], id="longest-first"),
])
def test_gazetteer_find(text, names):
    assert [m.surface for m in gazetteer().find(text)] == names


# ----------------------------------------------------------------------------------------------- OffsetMap


def test_offset_map_is_a_sequence_of_ints():
    # text "ab c" from raw "ab  c": runs (0→0), (3→4)
    from array import array

    m = OffsetMap(array("q", [0, 3]), array("q", [0, 4]), 5)
    assert list(m) == [0, 1, 2, 4, 5]
    assert (len(m), m[-1], m[1:3], m[::2]) == (5, 5, [1, 2], [0, 2, 5])
    assert m == [0, 1, 2, 4, 5] and m != [0, 1, 2, 3, 4]
    with pytest.raises(IndexError):
        m[5]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_offset_map_points_at_the_loaded_characters(path):
    raw = load_one(path)
    doc = analysed(raw).document
    offsets = doc.raw_offsets
    assert isinstance(offsets, OffsetMap) and len(offsets) == len(doc.text) + 1
    same = sum(1 for i, ch in enumerate(doc.text) if raw.text[offsets[i]] == ch)
    assert same / len(doc.text) > 0.99  # the rest are folded (１→1) or collapsed spaces
    assert offsets[len(doc.text)] == len(raw.text)
    assert all(offsets[i] < offsets[i + 1] for i in range(len(doc.text)))


# ------------------------------------------------------------------------------------ context.timex: time search


def test_every_time_expression_opens_with_a_time_start_character():
    from pipeline.context import timex

    seen = 0
    for text, s in corpus_sentences():
        for t in timex.pattern().finditer(text, s.start, s.end):
            assert timex.start_pattern().match(text, t.start()), t.group()
            seen += 1
    assert seen > 30  # 55 in corpus/


def test_time_search_equals_the_pattern_tried_at_every_character():
    from pipeline.context import timex

    checked = 0
    for text, s in corpus_sentences():
        plain = [(m.start(), m.end()) for m in timex.pattern().finditer(text, s.start, s.end) if m.end() > m.start()]
        fast = [(m.start(), m.end()) for m in timex.search_from(text, s.start, s.end)]
        assert fast == plain, text[s.start:s.end]
        checked += len(fast)
    assert checked > 30


def test_time_search_equals_the_pattern_on_every_time_word():
    """search_from tries a character that only opens a word (全 of 全年) where the word's second one follows: every
    word of time_words.tsv, alone and in frames, gives what the pattern tried at every character gives."""
    from pipeline.context import timex

    w = timex.words()
    checked = 0
    for word in w.kinds:
        for text in (word, f"全市{word}增长5%", f"“{word}”期间，", f"2025年{word}以来", f"{word}1-7月，", f"{word}前三季度"):
            plain = [(m.start(), m.end()) for m in timex.pattern().finditer(text) if m.end() > m.start()]
            fast = [(m.start(), m.end()) for m in timex.search_from(text, 0, len(text))]
            assert fast == plain, text
            checked += len(fast)
    assert checked > 100


def test_time_search_equals_the_pattern_on_both_corpora():
    """The digit guard of `timex.opener()` (a digit opens a time only before 年, 月, a link…): search_from over
    every sentence of corpus/ and corpus-dev gives what the pattern tried at every character gives."""
    from pipeline.context import timex

    checked = 0
    for text, s in all_sentences():
        plain = [(m.start(), m.end()) for m in timex.pattern().finditer(text, s.start, s.end) if m.end() > m.start()]
        fast = [(m.start(), m.end()) for m in timex.search_from(text, s.start, s.end)]
        assert fast == plain, text[s.start:s.end]
        checked += len(fast)
    assert checked > (300 if DEV.is_dir() else 30)


def test_time_search_equals_the_pattern_in_digit_soup():
    """The same on random strings of digits, spaces, links, 年 月 日, parts of years and numerals, where the
    digit guard must hold at every digit (12345年: the time opens at 2)."""
    import random

    from pipeline.context import timex

    rng = random.Random(11)
    alphabet = list("0123456789  年月日份至到-—~季度上下半前个来以初底末期间一二三四两十度") + [
        "2025", "12", "618", "双11", "上半年", "前三季度", "一季度", "年来", "年前", "期间", "月份", "十四五"]
    checked = 0
    for _ in range(6000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        lo = rng.randint(0, len(text))
        plain = [(m.start(), m.end()) for m in timex.pattern().finditer(text, lo) if m.end() > m.start()]
        fast = [(m.start(), m.end()) for m in timex.search_from(text, lo, len(text))]
        assert fast == plain, (text, lo)
        checked += len(fast)
    assert checked > 1000


def test_time_find_equals_the_patterns_finditer_on_titles_and_paragraphs():
    """timex.find (headings' and lead-ins' times) is search_from: the pattern's finditer, on every section title and
    every paragraph of corpus/ and corpus-dev; the pattern matches nothing empty, so finditer has no empty match."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from pipeline.context import timex

    assert sre_parse.parse(timex.pattern().pattern).getwidth()[0] > 0
    results = corpus_results() + (dev_results() if DEV.is_dir() else ())
    checked = 0
    for result in results:
        text = result.document.text
        spans = [(sec.title, 0, len(sec.title)) for sec in result.structure.sections]
        spans += [(text, p.start, p.end) for p in result.structure.paragraphs]
        for t, start, end in spans:
            plain = [(m.start(), m.end()) for m in timex.pattern().finditer(t, start, end)]
            assert [(m.start(), m.end()) for m in timex.find(t, start, end)] == plain, t[start:end]
            checked += len(plain)
    assert checked > (300 if DEV.is_dir() else 50)


def test_claim_cues_equal_the_grouped_pattern():
    """claim_words().cue is one alternation of plain words (the clause cues first), told apart by `clause`, so the
    regex engine skips the characters no cue opens: the same cues, clause or not, as the pattern with the clause
    cues in a group of their own, on every sentence of corpus/ and corpus-dev."""
    import re

    from pipeline.context.claim import claim_words
    from pipeline.data import read_tsv

    roles: dict[str, list[str]] = {"cue": [], "clause": []}
    for word, role, *_ in read_tsv("claim_words.tsv"):
        roles.setdefault(role, []).append(word)
    cues, clause = (sorted(roles[r], key=len, reverse=True) for r in ("cue", "clause"))
    grouped = re.compile(f"(?P<clause>{'|'.join(map(re.escape, clause))})|{'|'.join(map(re.escape, cues))}")
    w = claim_words()
    found = clauses = 0
    for text, s in all_sentences():
        plain = [(m.start(), m.end(), bool(m.group("clause"))) for m in grouped.finditer(text, s.start, s.end)]
        fast = [(m.start(), m.end(), m.group() in w.clause) for m in w.cue.finditer(text, s.start, s.end)]
        assert fast == plain, text[s.start:s.end]
        found += len(plain)
        clauses += sum(c for _, _, c in plain)
    assert found > (300 if DEV.is_dir() else 30) and clauses > 20, (found, clauses)


def test_subject_start_equals_the_pattern_tried_at_every_character():
    """place.subject_start finds the time before a place with timex.search_from, not the pattern's finditer: the
    same start at every place, after every time and at every fifth character of corpus/ and corpus-dev."""
    from pipeline.context import timex
    from pipeline.figures.place import subject_start

    def plain(text, floor, start):
        for t in timex.pattern().finditer(text, max(floor, start - 16), start):
            if t.end() == start and t.start() < start:
                return t.start()
        return start

    moved = 0
    for text, s in all_sentences():
        ats = {m.start for m in gazetteer().find(text, s.start, s.end)}
        ats |= {t.end() for t in timex.pattern().finditer(text, s.start, s.end)}
        ats |= set(range(s.start, s.end, 5))
        for at in sorted(ats):
            want = plain(text, s.start, at)
            assert subject_start(text, s.start, at) == want, text[max(s.start, at - 16):at]
            moved += want < at
    assert moved > (300 if DEV.is_dir() else 30)


# ------------------------------------------------------------------------------- numbers: where a number starts


def test_a_number_starts_only_where_the_start_pattern_matches():
    """find_mentions tries the core pattern only where `start` matches: every core match must be one."""
    from pipeline.numbers import tables

    t = tables()
    starts = numbers = 0
    for text, s in corpus_sentences():
        for p in range(s.start, s.end):
            if t.core.match(text, p, s.end):
                assert t.start.match(text, p, s.end), text[p:s.end]
                numbers += 1
            starts += t.start.match(text, p, s.end) is not None
    assert numbers > 300 and starts < 1.2 * numbers, (numbers, starts)  # all of them, and little else


def test_the_start_pattern_holds_every_number_in_numeral_soup():
    """The same on random strings of numeral characters, 点, magnitudes, units and other characters: where the
    numerals' lookbehind (never inside another numeral) and the atomic rest decide, the two must agree."""
    import random

    from pipeline.numbers import tables

    t = tables()
    rng = random.Random(15)
    alphabet = "零〇一二两三四五六七八九十百千点万亿元年%个分之数近长第" + "5.,"
    numbers = 0
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        lo = rng.randint(0, len(text))
        for p in range(lo, len(text)):
            if t.core.match(text, p):
                assert t.start.match(text, p), (text, p)
                numbers += 1
    assert numbers > 500


# ------------------------------------------------------------------------------------------- figures.mentions.Spans

def test_indexed_spans_answer_as_a_scan_of_every_span():
    import random

    from pipeline.figures.mentions import Spans

    rng = random.Random(15)
    for _ in range(2000):
        spans = [(a, a + rng.randint(1, 6)) for a in (rng.randint(0, 30) for _ in range(rng.randint(0, 8)))]
        start = rng.randint(0, 34)
        end = start + rng.randint(1, 6)
        index = Spans(spans)
        assert index.overlaps(start, end) == any(a < end and start < b for a, b in spans)
        assert index.overlaps(start, end, skip_own=True) == any(a < end and start < b for a, b in spans if a != start)


# ------------------------------------------------------------------------------ furniture captions: needs first

CAPTIONS = [
    pytest.param("▲ 市民在公园赏花。", True, id="triangle"),
    pytest.param("（本报记者 王小明 摄）", True, id="reporter-shot"),
    pytest.param("图为工人在车间装配。", True, id="picture-is"),
    pytest.param("张三在大会上作政府工作报告。", True, id="lead-caption"),
    pytest.param("全市地区生产总值增长5%。", False, id="running-text"),
]


def plain_caption(line: str) -> bool:
    """is_caption and is_lead_caption without the search for needed characters."""
    f, s = furniture(), squeeze(line)
    return len(line) <= 2 * CAPTION_MAX and len(s) <= CAPTION_MAX and bool(f.caption.fullmatch(s))


def plain_lead(line: str) -> bool:
    s = squeeze(line)
    return len(s) <= 80 and bool(furniture().lead.fullmatch(s))


@pytest.mark.parametrize("line, caption", CAPTIONS)
def test_caption_lines(line, caption):
    assert (is_caption(line) or is_lead_caption(line)) is caption


def test_caption_needs_are_known():
    assert furniture().caption_needs is not None and furniture().lead_needs is not None  # else no shortcut


def test_caption_needs_change_no_answer():
    lines = [line for p in CORPUS_FILES for line in p.read_text(encoding="utf-8-sig").splitlines()]
    lines += [line for result in corpus_results() for line in result.document.text.splitlines()]
    lines += [str(c.values[0]) for c in CAPTIONS]
    assert sum(map(plain_caption, lines)) + sum(map(plain_lead, lines)) >= 3  # the check sees captions
    for line in lines:
        assert is_caption(line) == plain_caption(line), line
        assert is_lead_caption(line) == plain_lead(line), line


# ------------------------------------------------------------------------------------------------ structure.sentences

def _sentences_plain(text, paras):
    """The sentences as `structure.sentences` reads them in paragraphs with quotes or spaces, for every paragraph."""
    from pipeline.structure import paragraph_sentences
    return tuple(s for p in paras for s in paragraph_sentences(text, p))


SENTENCE_CASES = [
    pytest.param("全市地区生产总值增长5%。城镇新增就业12万人！", id="plain"),
    pytest.param("他说：\"增长5%。\" 成都市新增就业12万人。", id="ascii-quote-after-the-end-mark"),
    pytest.param(" 前有空格。后面也有。 ", id="spaces-trimmed"),
    pytest.param("没有句号的一行", id="no-end-mark"),
    pytest.param("缩略图：' 说明。", id="cut-off-quote"),
]


@pytest.mark.parametrize("text", SENTENCE_CASES)
def test_sentences_fast_path_cases(text):
    from pipeline.structure import paragraphs, sentences
    paras = paragraphs(text)
    assert sentences(text, paras) == _sentences_plain(text, paras)


def test_sentences_fast_path_on_the_corpus():
    from pipeline.structure import paragraphs, sentences
    for result in corpus_results():
        text = result.document.text
        paras = paragraphs(text)
        assert sentences(text, paras) == _sentences_plain(text, paras)


# ------------------------------------------------------------------------------------------------ context: lead_at

LEAD_CASES = [
    pytest.param("初步核算，前三季度国内生产总值增长5.2%。", id="source-clause"),
    pytest.param("——据统计，2025年全市新增就业12万人。", id="dashes-then-source"),
    pytest.param("10月12日，记者从市统计局获悉，1-9月全市规上工业增加值增长6%。", id="source-after-a-date-clause"),
    pytest.param("——这五年，综合经济实力大幅提升。", id="dashes-no-source"),
    pytest.param("刚刚过去的2025年，全市地区生产总值增长5%。", id="lead-word"),
    pytest.param("具体来看" + "很长的一段话" * 12 + "，2025年增长5%。", id="clause-word-beyond-the-reach"),
]


def _same_lead(text, start, end):
    from pipeline.context.resolver import lead_at, lead_in
    fast, plain = lead_at(text, start, end), lead_in().match(text, start, end)
    assert (fast.span(), fast.group("source")) == (plain.span(), plain.group("source")), text[start:end]
    return plain.group("source") is not None


@pytest.mark.parametrize("text", LEAD_CASES)
def test_lead_at_cases(text):
    _same_lead(text, 0, len(text))


def test_lead_at_on_the_corpus():
    sourced = 0
    for result in corpus_results():
        text = result.document.text
        for span in (*result.structure.paragraphs, *result.structure.sentences):
            sourced += _same_lead(text, span.start, span.end)
    texts = [str(c.values[0]) for c in LEAD_CASES]
    sourced += sum(_same_lead(t, 0, len(t)) for t in texts)
    assert sourced >= 3  # the check sees source clauses


# ------------------------------------------------------- normalize.placeholders, resolver.reviewed_matches

def _raw_texts() -> list[str]:
    """The loaded texts of corpus/ and, when it is there, ../shared/corpus-dev (pages with their furniture)."""
    dev = CORPUS.parent.parent / "shared" / "corpus-dev"
    paths = CORPUS_FILES + (sorted(dev.iterdir()) if dev.is_dir() else [])
    return [load_one(p).text for p in paths]


PLACEHOLDER_TEXTS = [
    "现在，我代表市人民政府向大会报告工作。GG6  一、2020年工作回顾GG6  初步统计，全市生产总值增长4.1%。GG6  完",
    "…并请各位政协委员提\n出意见。t76\n一、2018年工作回顾t76\n过去的一年t76\n",
    "推进5G 基站建设。新建5G  基站2万个。ab12\nAB1 \n x9y\n1a2b3c\n",
]


def _soup(seed: int, n: int = 4000) -> str:
    import random

    rng = random.Random(seed)
    return "".join(rng.choice("aG6t7 \n\u3000，。12xZ") for _ in range(n))


def test_placeholders_equal_the_pattern_tried_at_every_character():
    from pipeline.normalize import PLACEHOLDER, placeholders

    found = 0
    for raw in [*_raw_texts(), *PLACEHOLDER_TEXTS, *(_soup(k) for k in range(5))]:
        plain = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(raw)]
        assert [(m.start(), m.end()) for m in placeholders(raw)] == plain, raw[:80]
        found += len(plain)
    assert found > 50


REVIEWED_TEXTS = [
    "县长在县委春节团拜会上的致辞刚刚过去的2009年,是很不寻常的一年。2009年,全县地区生产总值预计可完成20.6亿元。",
    "陈吉宁报告时表示,初步统计,2018年全市地区生产总值比上年增长6.6%左右。报告回顾了2024年的工作。",
    "2024年,全省力争地区生产总值增长5.5%左右,预计城镇新增就业40万人。2022年江苏全省GDP预计突破12万亿元。",
    "12月，2012年前三季度，2020年底，刚刚过去的 2022年，回顾2023年工作时说，初步核算，2021年全市…",
    "1998年,全市国内生产总值预计增长8%左右。",
]


def test_reviewed_matches_equal_the_pattern_tried_at_every_character():
    from pipeline.context.resolver import reviewed_matches, reviewed_pattern

    found = 0
    for text in [*_raw_texts(), *REVIEWED_TEXTS]:
        plain = [(m.start(), m.end(), m.groups()) for m in reviewed_pattern().finditer(text, 0, len(text))]
        assert [(m.start(), m.end(), m.groups()) for m in reviewed_matches(text, 0, len(text))] == plain, text[:80]
        found += len(plain)
    assert found > 5


GLOSS_TEXTS = ["地区生产总值增长(zhǎng)2.2%，会(huì)议(yì)在(zài)西安开幕。", "(zhǎng)开头", "a(zhǎng) 增(zeng) 增(zēng",
               "增长 (zhǎng)5%，(hǎo)，长(zhǎng)(zhǎng)", "全省(1)(a)(ǎ)(ǚ)(lǜ)", "㐀(ā)䶵(lǜ)"]


def test_glosses_equal_the_plain_pattern():
    from pipeline.normalize import GLOSS, glosses

    found = 0
    for raw in [*_raw_texts(), *GLOSS_TEXTS]:
        plain = [m.span() for m in GLOSS.finditer(raw)]
        assert glosses(raw) == plain, raw[:80]
        found += len(plain)
    assert found >= 5
# ------------------------------------------------------------------- NamedTuples made without their __new__


def _samples(cls) -> list:
    """A value of each field's own type (the compiled constructors check types), no two of one type equal: two
    fields swapped show."""
    from decimal import Decimal
    from pipeline.figures.clause import Clause
    from pipeline.numbers import Mention

    mention = Mention(1, 2, 3, Decimal(4), Decimal(5), "u", "k", "q", "f", "m", "s")
    return {"Clause": [10, 20, 30, 40], "Target": [mention, Clause(10, 20, 30, 40), 15, 16, "u", "k", 17],
            "Earlier": ["v0", 11], "Change": ["increase", "上年", 12, (13, 14), True], "Interval": ["2021", "2025"],
            "Mention": [1, 2, 3, Decimal(4), Decimal(5), "u", "k", "q", "f", "m", "s"]}[cls.__name__]


def _made_without_new():
    from pipeline.context.timex import Interval, new_interval
    from pipeline.figures.change import Change, new_change
    from pipeline.figures.clause import Clause, new_clause
    from pipeline.figures.indicator import Earlier, Target, new_earlier, new_target
    from pipeline.numbers import Mention, new_mention

    return [(Clause, new_clause), (Target, new_target), (Earlier, new_earlier), (Change, new_change),
            (Interval, new_interval), (Mention, lambda *a: new_mention(**dict(zip(Mention._fields, a))))]


@pytest.mark.parametrize("k", range(6), ids=["Clause", "Target", "Earlier", "Change", "Interval", "Mention"])
def test_named_tuples_made_without_new_are_the_same(k):
    """new_clause, new_target… make with tuple.__new__ what the class makes: the same class, each value in its
    field (a distinct value per field, so two fields swapped show)."""
    cls, make = _made_without_new()[k]
    values = _samples(cls)
    fast, plain = make(*values), cls(**dict(zip(cls._fields, values)))
    assert type(fast) is cls and fast == plain
    assert [getattr(fast, name) for name in cls._fields] == values



def test_time_match_at_equals_the_pattern_at_every_position():
    """timex.match_at (a clause's or paragraph's opening time) is the pattern's match, not tried where no time can
    open: the same at every position of every sentence of corpus/ and corpus-dev, with the sentence's end and
    the text's."""
    from pipeline.context import timex

    matched = 0
    for text, s in all_sentences():
        for pos in range(s.start, s.end + 1):
            for end in (s.end, len(text)):
                plain = timex.pattern().match(text, pos, end)
                fast = timex.match_at(text, pos, end)
                assert (fast and fast.span()) == (plain and plain.span()), text[pos:end]
                matched += plain is not None
    assert matched > (1000 if DEV.is_dir() else 100)


def test_delimiter_positions_equal_the_class_finditer():
    """figures.clause.positions (the delimiters of Clauses, SentenceBreaks and SentenceCues, by str.find) gives
    what the character class's finditer gives, on every sentence of corpus/ and corpus-dev and on random text."""
    import random
    import re

    from pipeline.context.claim import CLAUSE_BREAKS
    from pipeline.context.resolver import BREAKS, COMMAS
    from pipeline.figures.clause import positions
    from pipeline.figures.words import CLAUSE_DELIMS

    classes = [CLAUSE_DELIMS, CLAUSE_BREAKS, BREAKS, COMMAS]
    plain = [re.compile(f"[{re.escape(chars)}]") for chars in classes]
    found = 0
    for text, s in all_sentences():
        for chars, pattern in zip(classes, plain):
            want = [m.start() for m in pattern.finditer(text, s.start, s.end)]
            assert positions(text, s.start, s.end, chars) == want, text[s.start:s.end]
            found += len(want)
    assert found > (5000 if DEV.is_dir() else 500)
    rng = random.Random(11)
    for _ in range(2000):
        text = "".join(rng.choice("，,；;。！？!?：:\n增长5%") for _ in range(rng.randint(0, 12)))
        lo, hi = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        for chars, pattern in zip(classes, plain):
            assert positions(text, lo, hi, chars) == [m.start() for m in pattern.finditer(text, lo, hi)], (text, lo, hi)


# ------------------------------------------------------------------------------------------------ helper 11y
# context.resolver.search_anchored: the body's years (…2025年政府工作报告, 即将过去的2023年, 2005年春节即将到来之际) and
# the reviewed year's matches tried only before their anchor words

ANCHORED_TEXTS = [
    "江苏省政府2025年政府工作报告新鲜出炉。在2005年春节即将到来之际，向全市人民拜年。即将过去的2023年，…",
    "2025 年政府工作报告；12025年政府工作报告；2025年政府工作报告政府工作报告；年政府工作报告；即将过去的 2019 年",
    "2010年新春佳节来临之际2011年新年到来之际，行将结束的2012年，即将结束的2013年",
    "年年政府工作报告2020年政府工作报告",
    "2022 年" + "一" * 40 + "预计增长5%；2022年" + "一" * 41 + "预计增长5%；2023年初步预计增长5%，回顾2024年",
    "2021 年" + "好" * 40 + "初步预计增长5%。在2005 年春节即将到来之际，即将过去的 2023 年",
]


def test_anchored_body_years_equal_the_pattern_searched_at_every_character():
    import random

    from pipeline.context.resolver import _current, _greeting, _report_year, search_anchored

    rng = random.Random(11)
    found = 0
    for text in [*_raw_texts(), *ANCHORED_TEXTS]:
        spans = [(0, len(text))] + [tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text)))))
                                    for _ in range(12)]
        spans += [(k, len(text)) for k in range(min(len(text), 40))]  # every start near a match of the cases
        for a in (_report_year(), _current(), _greeting()):
            for lo, hi in spans:
                plain = a.pattern.search(text, lo, hi)
                fast = search_anchored(a, text, lo, hi)
                assert (fast.span(), fast.groups()) == (plain.span(), plain.groups()) if plain else fast is None, \
                    (text[lo:lo + 40], lo, hi)
                found += plain is not None
    assert found > 100


def test_reviewed_matches_equal_the_finditer_on_the_edge_cases():
    from pipeline.context.resolver import reviewed_matches, reviewed_pattern

    found = 0
    for text in ANCHORED_TEXTS:
        for lo in range(0, len(text), 3):
            plain = [(m.start(), m.end(), m.groups()) for m in reviewed_pattern().finditer(text, lo, len(text))]
            assert [(m.start(), m.end(), m.groups()) for m in reviewed_matches(text, lo, len(text))] == plain, lo
            found += len(plain)
    assert found > 20


# context.resolver.lead_at: the source clause's comma found by str.find, the dashes read only where some open

LEAD_EDGE_CASES = [
    pytest.param("据统计,2025年全市新增就业12万人。", True, id="ascii-comma"),
    pytest.param("\u3000\u3000——据统计，2025年全市新增就业12万人。", True, id="spaces-then-dashes"),
    pytest.param(" - 初步核算,前三季度增长5.2%。", True, id="ascii-dash"),
    pytest.param("根据《2021年安徽省生态环境状况公报》,全省…", True, id="document-ascii-comma"),
    pytest.param("——" * 30 + "很长的一段话" * 20 + "据统计，2025年增长5%。", False, id="source-beyond-the-long-dashes"),
    pytest.param("——" * 30 + "据统计，2025年增长5%。", True, id="source-after-long-dashes"),
    pytest.param("\u3000" * 200 + "据统计，2025年增长5%。", True, id="source-beyond-the-reach-after-spaces"),
    pytest.param("——" * 100 + "据统计，2025年增长5%。", True, id="source-beyond-the-reach-after-dashes"),
    pytest.param("", False, id="empty"),
]


@pytest.mark.parametrize("text, sourced", LEAD_EDGE_CASES)
def test_lead_at_edge_cases(text, sourced):
    for start in range(min(len(text), 8)):
        _same_lead(text, start, len(text))
    assert _same_lead(text, 0, len(text)) == sourced


def test_year_firsts_open_every_year():
    """resolver.YEAR_FIRSTS (where search_anchored tries a year pattern) holds the first character of every year
    YEAR_DIGITS matches."""
    import re

    from pipeline.context.resolver import YEAR_DIGITS, YEAR_FIRSTS

    years = [str(y) for y in range(1000, 3000) if re.fullmatch(YEAR_DIGITS, str(y))]
    assert len(years) == 300 and {y[0] for y in years} == set(YEAR_FIRSTS)
