"""Normalize: one canonical text per document, with a map back to the loaded text.

- paragraphs: every line is a paragraph (lines end at \\r, \\n, U+2028/9, U+0085
  and the separators \\x1c–\\x1e); runs of two or more ideographic
  spaces (　　) inside a line also start one (texts pasted as a single line);
  paragraphs are joined by a single "\\n", blank lines dropped;
- line-break placeholders: a page that wrote its line breaks as a short code of letters and digits
  (`…工作回顾GG6   刚刚过去的一年`, `许达哲t76`, `都建华pbY`: a copy site's marks) has them dropped, each ending a
  paragraph; the lines between two of them are one paragraph wrapped to the page's width
  (`…并请各位政协委员提` / `出意见。t76`), joined without a break;
- numbers on lines of their own (a PDF's text extracted line by line: `地区生产总值从` / `497.8` / `亿元增加到`,
  a tenth of the lines or more): joined with the lines around them, and a line opening with 、，。% with the line
  before, unless that one ends a sentence;
- NFKC where it is safe: full-width digits, Latin letters and number signs
  (％ ＋ － ／ …) become ASCII; "．" only between digits; variant forms a simplified text holds by a slip
  (増) become the simplified character (`data/char_variants.tsv`), and so do traditional characters never
  right in simplified text (`data/traditional_chars.tsv`, from OpenCC: 地區生產總值增長 is read as
  地区生产总值增长, one character for one). Chinese punctuation (，。：；（）) is left as written;
- flattened paragraphs (a long line with a space after a sentence's end before a Chinese character, three times
  or more: `…提出意见。 一、2018年政府工作回顾 过去的一年`): each such space ends a paragraph;
- lines wrapped at a page's width (a PDF's text: most long lines of one length, within one character, eight at
  least and two fifths of the long ones; digits, Latin letters, spaces and number signs count half a character):
  a line that fills the width, or a fragment of three characters at most, goes on in the next line unless it ends
  a sentence; such a line is justified: a single space in it next to a Chinese character or mark
  (`农村居民 人 均可 支 配收入,预 计 分别 增 长`, `5.8% 、5%`, `2022 年`) is the typesetting's, dropped;
- a space after a decimal point inside a line (`2. 2万亿元`, a page's typesetting) is dropped, and so are spaces
  around it (`增长6 . 5%`) and one before it (`增长5 .2%`);
- a letter-spaced run (`完 成 地 方 财 政 收 入`, `政 府 工 作 报 告`: three single characters or more, each one
  space from the next) is read whole; two alone (`增 长`) keep their space;
- pinyin glosses a mirror site put after characters (`增長(zhǎng)6.5%`, `會(huì)議`: a parenthesis of Latin letters
  with a tone mark, right after a Chinese character) are dropped: a reading is never text;
- white space: leading and trailing space of a paragraph removed, any run of
  spaces, tabs, no-break or ideographic spaces inside it becomes one " ";
  byte-order marks, zero-width characters and control characters (\\x00–\\x1f
  but tab and line breaks, \\x7f) are dropped.

Every kept character is one input character, so `raw_offsets[i]` is exact.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from typing import Iterator, Sequence

from . import recache
from .bisection import bisect_left_int
from .data import read_tsv
from .furniture import PAGE_NUMBER_MAX, is_page_number
from .records import Document, Mark, RawDocument

# Full-width forms that NFKC folds to ASCII and that are safe to fold here.
SAFE_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # ０-９
SAFE_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
SAFE_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
SAFE_FOLD.update({"％": "%", "＋": "+", "－": "-", "／": "/", "＝": "=", "＜": "<", "＞": ">", "＆": "&", "＃": "#"})
SAFE_FOLD.update({v: c for v, c in (r[:2] for r in read_tsv("char_variants.tsv"))})  # 増 → 增
SAFE_FOLD.update({t: c for t, c in (r[:2] for r in read_tsv("traditional_chars.tsv"))})  # 經濟 → 经济
SPACES = " \t\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# control characters (C0 but tab, line breaks, the separators \x1c-\x1e and \v \f, which are spaces; DEL) are dropped
CONTROLS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r\x1c\x1d\x1e\x0b\x0c") + "\x7f"
DROP = "\ufeff\u200b\u200c\u200d\u2060\u00ad" + CONTROLS
DIGITS = "0123456789０１２３４５６７８９"

_LINE = recache.compile(r"[^\r\n\u2028\u2029\x85\x1c\x1d\x1e]+")  # the line breaks of str.splitlines but \v \f
_PARA_BREAK = recache.compile(r"[ \t\u00a0]*\u3000[ \t\u00a0]*\u3000[\u3000 \t\u00a0]*")
_SPECIAL = recache.compile("[" + re.escape("".join(SAFE_FOLD) + SPACES + DROP + "．") + "]")


# a line-break placeholder: 2-4 letters and digits (at least one of each), or 3-4 letters of both cases (`pbY`, `jHS`:
# no abbreviation is so written; GDP, PPP are not), after a character that is no letter or digit, before the line's end or two spaces or more (`5G 基站` is a name); the same code three times
# or more in a text
PLACEHOLDER = recache.compile(r"(?<![A-Za-z0-9 ])(?:(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,4}"
                          r"|(?=[A-Z]*[a-z])(?=[a-z]*[A-Z])[A-Za-z]{3,4})"
                          r"(?=[ \t\u3000]{2,}|[\r\n]|$)")
_PLACEHOLDER_MIN = 3
# where a placeholder can stand, as a pattern that opens with a class: the regex engine skips in C what it cannot
# open with (the placeholder's own pattern opens with assertions, so it was tried at every character)
# (its first character written apart: a pattern opening with a repeat gets no such skip from the engine)
_PLACEHOLDER_AT = recache.compile(r"[A-Za-z0-9][A-Za-z0-9]{1,3}(?=[ \t\u3000]{2,}|[\r\n]|$)")
_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # _PLACEHOLDER_AT's [A-Za-z0-9]
_GAPS = " \t\u3000"  # its [ \t\u3000]


def _placeholder_ends(raw: str) -> list[int]:
    """Where `_PLACEHOLDER_AT`'s lookahead holds right after a letter or digit, in order: a line break (\r, \n), two
    of `_GAPS` or more, the text's end. Found by `str.find` of each (in C), not by the regex engine at every
    character: a line's end is rare in a text, a letter or digit is not."""
    ends: list[int] = []
    n = len(raw)
    for c in "\r\n":
        k = raw.find(c)
        while k >= 0:
            if k > 0 and raw[k - 1] in _ALNUM:
                ends.append(k)
            k = raw.find(c, k + 1)
    for c in _GAPS:
        k = raw.find(c)
        while k >= 0:
            if k > 0 and k + 1 < n and raw[k - 1] in _ALNUM and raw[k + 1] in _GAPS:
                ends.append(k)
            k = raw.find(c, k + 1)
    if n and raw[n - 1] in _ALNUM:
        ends.append(n)
    ends.sort()
    return ends


def placeholders(raw: str) -> Iterator[re.Match]:
    """`PLACEHOLDER.finditer(raw)`, tried only where `_PLACEHOLDER_AT` finds a run of letters and digits before a
    line's end: a match of the one is a match of the other at the same place. `_PLACEHOLDER_AT`'s matches are read
    back from where they can end (`_placeholder_ends`, tests/test_fast_paths.py): before each such end, the run of
    letters and digits, four at most (the leftmost start whose greedy run reaches the end), two at least."""
    for p in _placeholder_ends(raw):
        i = p - 1
        while i > p - 4 and i > 0 and raw[i - 1] in _ALNUM:
            i -= 1
        if p - i >= 2:
            m = PLACEHOLDER.match(raw, i)
            if m is not None:
                yield m
WRAP_MIN = 20  # a line wrapped to the page's width is at least this long
WRAP_ENDS = "。！？：；!?"  # a line ending so ends its paragraph


_DECIMAL_AFTER_GAP = recache.compile(r"\d{1,3}(?![\d年])")
# a space before a decimal point that a space follows too, between digits (`6 . 5%`)
_DECIMAL_BEFORE_GAP = recache.compile(r"[ \t\u00a0]\.[ \t\u00a0]\d")

# the letters of pinyin with a tone mark: Latin vowels with a macron, acute, caron or grave (ā á ǎ à, ǖ ǘ ǚ ǜ …)
_TONED = "".join(sorted({c for c in map(chr, range(0xC0, 0x250))
                         if len(unicodedata.normalize("NFD", c)) >= 2 and unicodedata.normalize("NFD", c)[0] in "aeiouvAEIOUV"
                         and unicodedata.normalize("NFD", c)[-1] in "\u0304\u0301\u030c\u0300"}))
# a reading in parentheses right after a Chinese character: one syllable of pinyin letters with a tone mark
_SYLLABLE = r"(?=[a-z\u00fc]*[" + _TONED + r"])[a-z\u00fc" + _TONED + r"]{1,6}\)"  # after the parenthesis
_HAN = r"[\u3400-\u9fff]"
GLOSS = recache.compile(rf"(?<={_HAN})\(" + _SYLLABLE)
# the same, opening with its parenthesis (the character before it then looked behind), so that the regex engine finds
# the parentheses in C instead of trying the look-behind at every character
_GLOSS_AT = recache.compile(rf"\((?<={_HAN}\()" + _SYLLABLE)


def glosses(raw: str) -> list[tuple[int, int]]:
    """The spans of pinyin glosses a mirror site wrote after characters (`增長(zhǎng)`), in order."""
    return [m.span() for m in _GLOSS_AT.finditer(raw)]  # GLOSS's matches (tests/test_fast_paths.py)


def _outside(start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """start..end without the spans (sorted) that fall in it."""
    out, pos = [], start
    for s, e in spans[bisect_left(spans, (start, start)):]:
        if s >= end:
            break
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if end > pos:
        out.append((pos, end))
    return out


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _letter_spaced(src: str, i: int, start: int, end: int) -> bool:
    """A space between two characters of a letter-spaced run (`完 成 地 方 财 政 收 入`, `政 府 工 作 报 告`, a
    PDF's or a title's typesetting): three Chinese characters at least, each one space from the next; dropped, so
    the words are read whole. Two alone (`增 长`, `万 元`) may be two words, and stay; so does the space after a
    word the run follows (`书记 杨 中 坚` → `书记 杨中坚`), and a name of two after a word (`上海市市长 龚 正`)."""
    if not (start < i < end - 1 and _is_han(src[i - 1]) and _is_han(src[i + 1])):
        return False
    if (i - 2 >= start and _is_han(src[i - 2])) or (i + 2 < end and _is_han(src[i + 2])):
        return False  # 书记 杨 中 坚: 记 ends a word, no letter of the run
    before = i - 2 > start and src[i - 2] in SPACES and _is_han(src[i - 3]) \
        and not (i - 4 >= start and _is_han(src[i - 4]))  # a third letter of the run before, a word's end no letter
    after = i + 3 < end and src[i + 2] in SPACES and _is_han(src[i + 3]) and not (i + 4 < end and _is_han(src[i + 4]))
    return before or after


def _justified_gap(src: str, i: int, start: int, end: int) -> bool:
    """A single space a PDF's justified line put between two characters to fill the page's width (`农村居民 人 均可
    支 配收入,预 计 分别 增 长`, `5.8% 、5%`, `2022 年是…`): dropped, for Chinese writes no space between words. Only
    next to a Chinese character or mark, never between two digits or Latin letters (`PM2.5 10`); only in a line that
    fills the width of a text so wrapped (the caller's test)."""
    if not (start < i < end - 1) or src[i - 1] in SPACES or src[i + 1] in SPACES:
        return False
    a, b = src[i - 1], src[i + 1]
    return _is_han(a) or _is_han(b) or a in _CJK_MARKS or b in _CJK_MARKS


_CJK_MARKS = "、，。；：！？“”‘’（）《》"


def _decimal_gap(src: str, i: int, start: int) -> bool:
    """A space a page put after a decimal point (`2. 2万亿元`, `7492. 4万人次`): the number's own, dropped. Not after
    an item's number opening the paragraph (`1. 12个项目`), nor before a year (`达到100. 2024年`). Spaces on both
    sides of the point (`6 . 5%`) are dropped alike, and a space before it alone (`是2011年的2 .7倍`: a wrapped line
    joined with a space)."""
    if i + 1 < len(src) and src[i + 1] == "." and _DECIMAL_BEFORE_GAP.match(src, i):  # the space before ` . `
        return _decimal_gap(src, i + 2, start) and src[i - 1].isdigit()
    if i + 2 < len(src) and src[i + 1] == "." and i > start and src[i - 1].isdigit() \
            and _DECIMAL_AFTER_GAP.match(src, i + 2):  # a space before the point alone (`2 .7倍`, `增长5 .2%`)
        k = i - 1
        while k > start and src[k - 1].isdigit():
            k -= 1
        return k > start
    if i < start + 2 or src[i - 1] != "." or not _DECIMAL_AFTER_GAP.match(src, i + 1):
        return False
    k = i - 2
    if src[k] in SPACES and k > start and src[k - 1].isdigit() and _DECIMAL_BEFORE_GAP.match(src, k):
        k -= 1  # the space before the point, dropped too
    if not src[k].isdigit():
        return False
    while k > start and src[k - 1].isdigit():
        k -= 1
    return k > start


def placeholder(raw: str) -> str | None:
    """The code a page writes for its line breaks (`GG6`, `t76`, `1jE`), or None."""
    counts: dict[str, int] = {}
    for m in placeholders(raw):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    if not counts:
        return None
    code, n = max(counts.items(), key=lambda kv: kv[1])
    return code if n >= _PLACEHOLDER_MIN else None


# a line that is only a number or a mark (a PDF's text as a copy site extracted it: `地区生产总值从` / `497.8` /
# `亿元增加到` / `779` / `亿元,年均增长` / `7.3%` / `。财政总收入…`)
_BARE_LINE = recache.compile(r"[\d.,%]+|[、，,。；;：:）)%]")
_CONTINUES = "、，,。；;%）)"
BARE_LINES_MIN, BARE_LINES_SHARE = 5, 0.1  # a text so laid out has this many such lines at least, and this share


_BARE_OPENS = ".,%、，,。；;：:）)"  # what a match of _BARE_LINE opens with, but the digits (\\d: str.isdecimal)


def _bare(raw: str, s: int, e: int) -> bool:
    """`_BARE_LINE.fullmatch(raw, s, e) is not None`, the pattern tried only on a line opening with a character it can
    open with (tests/test_fast_paths.py): most lines open with a Chinese character."""
    c = raw[s]
    return (c in _BARE_OPENS or c.isdecimal()) and _BARE_LINE.fullmatch(raw, s, e) is not None


def _number_lines_joined(raw: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The paragraphs of a text whose numbers a PDF extraction put on lines of their own: a line that is only a
    number joins the lines around it (a year, before a line opening with 年, only the line after it), and a line
    opening with a mark that continues a sentence (、，。%) the line before, unless that one ends a sentence. Other
    texts: one line, one paragraph."""
    bare = [_bare(raw, s, e) for s, e in spans]
    n = sum(bare)
    if n < BARE_LINES_MIN or n < BARE_LINES_SHARE * len(spans):
        return [[sp] for sp in spans]
    out: list[list[tuple[int, int]]] = []
    for i, sp in enumerate(spans):
        k = i - 1
        # a year opens what follows (`…政府工作报告` / `2021` / `年` / `2` / `月`…: the date line under the title)
        year = bare[i] and i + 1 < len(spans) and raw[spans[i + 1][0]] == "年"
        # a line that is only an opening bracket (`（` / `2020` / `年`…: the date line's bracket) opens the next one
        opened = k >= 0 and raw[spans[k][0]:spans[k][1]].strip() in _OPEN_ALONE
        if out and raw[spans[k][1] - 1] not in "。！？!?" and (bare[k] or bare[i] and not year
                                                               or raw[sp[0]] in _CONTINUES or opened):
            out[-1].append(sp)
        else:
            out.append([sp])
    return out


_OPEN_ALONE = ("(", "（")  # a line of its own that opens a bracket: it goes on in the next line


# a PDF's text extracted with its lines wrapped at the page's width (a document site's copy: `现在,我代表自治区人民政府,
# 向大会报告工作,请` / `予审议,并请各位政协委员…`): most long lines are of one length, within one character
WIDTH_LINES_MIN, WIDTH_LINES_SHARE = 8, 0.4  # lines of the page's width: at least this many, and this share of the long
WIDTH_SLACK = 3  # a line this much shorter than the width still fills it (spaces, Latin digits and punctuation set narrower)
FRAGMENT_MAX = 3  # a bit of a line the extraction broke off (`不断培` / `育` / `壮大特色优势产业`) goes on too
_SENTENCE_ENDS = "。！？!?；;：:”」』）)"


NARROW = recache.compile(r"[0-9A-Za-z .%/\-]")  # half as wide as a Chinese character on the page (`20xx1 元`, `15 平方公里`)


# the ASCII bytes that are not NARROW: deleted from the ASCII characters of a line, the narrow ones are left
NOT_NARROW = bytes(c for c in range(128) if not NARROW.match(chr(c)))


def _width(raw: str, s: int, e: int) -> float:
    """The width of raw[s:e] in Chinese characters: digits, Latin letters, spaces and number signs count half.
    NARROW's characters are ASCII: counted as the line's ASCII bytes left after deleting the others (three calls
    in C), not as a list of the matches (`len(NARROW.findall(raw, s, e))`, a match per digit)."""
    return e - s - len(raw[s:e].encode("ascii", "ignore").translate(None, NOT_NARROW)) / 2


def _half_width(raw: str, s: int, e: int) -> int:
    """`round(2 * _width(raw, s, e))`, in whole numbers: twice the characters less the narrow ones."""
    return 2 * (e - s) - len(raw[s:e].encode("ascii", "ignore").translate(None, NOT_NARROW))


def _page_width(raw: str, spans: list[tuple[int, int]]) -> float | None:
    """The width a PDF's text is wrapped at, if its long lines say one (see above), else None."""
    halves = [_half_width(raw, s, e) for s, e in spans if e - s >= WRAP_MIN]
    if len(halves) < WIDTH_LINES_MIN:
        return None
    # most lines near one width, told first by a window over the sorted widths (the lines within two half characters
    # of each width, as near_of below counts them): most texts have too few and are told without the dictionaries
    ordered = sorted(halves)
    n = len(ordered)
    most = lo = hi = 0
    for h in ordered:
        while ordered[lo] < h - 2:
            lo += 1
        while hi < n and ordered[hi] <= h + 2:
            hi += 1
        most = max(most, hi - lo)
    if most < WIDTH_LINES_MIN or most < WIDTH_LINES_SHARE * len(halves):
        return None
    count: dict[int, int] = {}  # lines by width in half characters (a width is whole or half: digits count half)
    for h in halves:
        count[h] = count.get(h, 0) + 1
    # the lines within one character of each width, by the counts of the widths (was a pass over every line for
    # each width: quadratic)
    near_of = {h: sum(count.get(h + d, 0) for d in (-2, -1, 0, 1, 2)) for h in count}
    # the most lines near one width: the best width's (every width's half-count is a key), too few for most texts,
    # which are then told without choosing the width
    most = max(near_of.values())
    if most < WIDTH_LINES_MIN or most < WIDTH_LINES_SHARE * len(halves):
        return None
    # max over the same set, in its order, so a tie goes to the same width (h / 2: the width _width gives, exactly)
    best = max({h / 2 for h in halves}, key=lambda w: near_of[round(2 * w)])
    return best


def _wrapped_lines_joined(raw: str, spans: list[tuple[int, int]], width: float) -> list[list[tuple[int, int]]]:
    """The paragraphs of a text wrapped at `width`: a line that fills it (or a fragment) and ends no sentence goes on
    in the next line. A page's number on a line of its own (`…城镇新增就` / `2` / `业1256万人`: a page break) is
    dropped, and the line before it goes on past it."""
    out: list[list[tuple[int, int]]] = []
    goes_on = wrapping = False  # a fragment goes on only once the text has begun to wrap (not in a page's head)
    for s, e in spans:
        if e - s <= PAGE_NUMBER_MAX and is_page_number(raw[s:e]):
            continue
        if goes_on and out:
            out[-1].append((s, e))
        else:
            out.append([(s, e)])
        n = _width(raw, s, e)
        full = n >= width - WIDTH_SLACK
        wrapping = wrapping or full
        goes_on = (full or wrapping and n <= FRAGMENT_MAX) and raw[e - 1] not in _SENTENCE_ENDS
    return out


def paragraph_pieces(raw: str) -> list[list[tuple[int, int]]]:
    """Each paragraph as the raw (start, end) pieces it is joined from: one piece but where a page's
    line-break placeholder says that its bare line breaks only wrap the lines (see the module's doc)."""
    return _pieces_and_width(raw)[0]


def _pieces_and_width(raw: str) -> tuple[list[list[tuple[int, int]]], float | None]:
    """paragraph_pieces, and the width a PDF's text is wrapped at (None when it is not so wrapped)."""
    spans = paragraph_spans(raw)
    code = placeholder(raw) if len(spans) > 1 or raw.count(" ") > 2 else None
    if code is None:
        width = _page_width(raw, spans)
        if width is None:
            return _number_lines_joined(raw, spans), None
        return _wrapped_lines_joined(raw, spans, width), width
    return _placeholder_pieces(raw, spans, code), None


def _placeholder_pieces(raw: str, spans: list[tuple[int, int]], code: str) -> list[list[tuple[int, int]]]:
    """The paragraphs of a text whose line breaks a placeholder code marks (see paragraph_pieces)."""
    # once known, the code ends a paragraph before any space (a site's summary line: `…(全文) 政府工作报告t76 2019年…`),
    # and after one too (`政府工作报告pbY pbY 2017年2月22日…`: a blank line's code)
    mark = re.compile(rf"(?<![A-Za-z0-9]){re.escape(code)}(?=[ \t\u3000]|[\r\n]|$)")  # not cached: one pattern per document
    strip = SPACES + DROP
    out: list[list[tuple[int, int]]] = []
    wrapping = False  # after the first line that ends with the code, a bare line break only wraps
    join_next = False
    for s, e in spans:
        pieces, start, ends_with_code = [], s, False
        for m in mark.finditer(raw, s, e):
            pieces.append((start, m.start()))
            start = m.end()
            ends_with_code = m.end() == e
        pieces.append((start, e))
        first = True
        for ps, pe in pieces:
            while ps < pe and raw[ps] in strip:
                ps += 1
            while pe > ps and raw[pe - 1] in strip:
                pe -= 1
            if pe <= ps:
                continue
            if first and join_next and out:
                out[-1].append((ps, pe))
            else:
                out.append([(ps, pe)])
            first = False
        join_next = wrapping and not ends_with_code and e - s >= WRAP_MIN and raw[e - 1] not in WRAP_ENDS
        wrapping = wrapping or ends_with_code
    return out


# a page that flattened its paragraphs into one line, each after a space (`…提出意见。 一、2018年政府工作回顾 过去的一年,
# 是…开局。 扎实推进经济持续健康发展,…`): a long line with a space after a sentence's end, before a Chinese
# character, at least FLAT_BREAKS times; each such space ends a paragraph
_FLAT_BREAK = recache.compile(r"(?<=[。！？；：:])[ \u00a0](?=[\u4e00-\u9fff（(“])")
# the same, opening with its space (the end mark before it then looked behind), so that the regex engine finds the
# spaces in C instead of trying the look-behind at every character
_FLAT_BREAK_AT = recache.compile(r"[ \u00a0](?<=[。！？；：:][ \u00a0])(?=[\u4e00-\u9fff（(“])")
FLAT_MIN = 300  # characters of a line that may be flattened paragraphs
FLAT_BREAKS = 3


def _flat_breaks(raw: str, start: int, end: int) -> list[re.Match]:
    if end - start < FLAT_MIN or raw.find(" ", start, end) < 0 and raw.find("\u00a0", start, end) < 0:
        return []  # too short, or no space a break opens with (found in C: most lines hold none)
    found = list(_FLAT_BREAK_AT.finditer(raw, start, end))  # _FLAT_BREAK's matches (tests/test_fast_paths.py)
    return found if len(found) >= FLAT_BREAKS else []


def line_spans(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each line that is not empty: `_LINE`'s matches. By `str.splitlines`, which breaks at the same
    characters and at \\v and \\f too (spaces here), when the text holds neither; it finds the breaks in C, where the
    regex engine tested each character against the class (tests/test_fast_paths.py)."""
    if "\v" in raw or "\f" in raw:
        return [m.span() for m in _LINE.finditer(raw)]
    out = []
    pos = 0
    for piece in raw.splitlines(True):
        n = len(piece.rstrip("\r\n\u2028\u2029\x85\x1c\x1d\x1e"))  # the line without its break (\r\n is one)
        if n:
            out.append((pos, pos + n))
        pos += len(piece)
    return out


def paragraph_spans(raw: str) -> list[tuple[int, int]]:
    """Raw (start, end) of each non-blank paragraph, stripped of surrounding space."""
    spans = []
    ideographic = "\u3000" in raw  # a line of a text without one holds none: not searched for line by line
    for start, end in line_spans(raw):
        if not ideographic or raw.find("\u3000", start, end) < 0:
            for brk in _flat_breaks(raw, start, end):
                spans.append((start, brk.start()))
                start = brk.end()
            spans.append((start, end))  # a break needs ideographic spaces (or flattened ones): most lines have none
            continue
        for brk in _PARA_BREAK.finditer(raw, start, end):
            spans.append((start, brk.start()))
            start = brk.end()
        spans.append((start, end))
    out = []
    strip = SPACES + DROP
    for s, e in spans:
        while s < e and raw[s] in strip:
            s += 1
        while e > s and raw[e - 1] in strip:
            e -= 1
        if e > s:
            out.append((s, e))
    return out


class OffsetMap(Sequence[int]):
    """raw_offsets as runs: text[start:] maps to raw[base:] one to one until the next run starts.

    A sequence of len(text) + 1 ints like a list, without a list's 8 bytes and the time to write them per character.
    """

    __slots__ = ("_starts", "_bases", "_len")

    def __init__(self, starts: array, bases: array, length: int):
        self._starts, self._bases, self._len = starts, bases, length

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("offset index out of range")
        k = bisect_right(self._starts, i) - 1
        return self._bases[k] + i - self._starts[k]

    def __eq__(self, other) -> bool:
        if isinstance(other, OffsetMap):
            return (self._len, self._starts, self._bases) == (other._len, other._starts, other._bases)
        return isinstance(other, Sequence) and list(self) == list(other)

    def __hash__(self) -> int:
        return hash((self._len, tuple(self._starts), tuple(self._bases)))

    def __repr__(self) -> str:
        return f"OffsetMap({len(self._starts)} runs, {self._len} offsets)"


class _Kept:
    """The canonical text as it is built: its pieces and, as runs, where each character comes from in the raw text.
    (A class, not a closure over the lists: compiled, `keep` is then a direct call.)"""

    def __init__(self) -> None:
        self.chars: list[str] = []
        # lists while the text is built (an array's item is read through a method call from compiled code; a list's
        # directly), made arrays for the OffsetMap at the end
        self.starts: list[int] = []
        self.bases: list[int] = []
        self.size = 0  # characters of text so far

    def keep(self, piece: str, raw_start: int) -> None:
        """Append piece, whose characters come from raw[raw_start:] one by one."""
        starts, bases = self.starts, self.bases
        if not (starts and bases[-1] + self.size - starts[-1] == raw_start):  # else it continues the last run
            starts.append(self.size)
            bases.append(raw_start)
        self.chars.append(piece)
        self.size += len(piece)


def normalize(raw: RawDocument) -> Document:
    src = raw.text
    kept = _Kept()
    chars = kept.chars

    prev_end = 0
    dropped = glosses(src)
    # where _SPECIAL matches, found by one scan of the whole text: its matches are single characters of a class, so the
    # matches inside a piece are those of this scan that fall in it (was a finditer per piece: 4,624 in the bench corpus,
    # each made and run to its end, and a method call for each match's start and end)
    specials = [m.start() for m in _SPECIAL.finditer(src)]
    paragraphs, width = _pieces_and_width(src)
    for n, pieces in enumerate(paragraphs):
        if n:
            kept.keep("\n", prev_end)
        prev_end = pieces[-1][1]
        for q in pieces:
            # a line of a PDF's text that fills the page's width is justified: its single spaces are the typesetting's
            justified = width is not None and _width(src, q[0], q[1]) >= width - WIDTH_SLACK
            for ps, pe in _outside(q[0], q[1], dropped) if dropped else [(q[0], q[1])]:
                pos = ps
                j = bisect_left_int(specials, ps)
                while j < len(specials) and specials[j] < pe:
                    i = specials[j]
                    j += 1
                    if i > pos:
                        kept.keep(src[pos:i], pos)
                    ch = src[i]
                    if ch in DROP:
                        pass
                    elif ch in SPACES:
                        if _decimal_gap(src, i, ps) or _letter_spaced(src, i, ps, pe) \
                                or (justified and _justified_gap(src, i, ps, pe)):
                            pass
                        elif not (chars and chars[-1].endswith(" ")):
                            kept.keep(" ", i)
                    elif ch == "．":
                        digit_around = i > ps and src[i - 1] in DIGITS and i + 1 < pe and src[i + 1] in DIGITS
                        kept.keep("." if digit_around else ch, i)
                    else:
                        kept.keep(SAFE_FOLD[ch], i)
                    pos = i + 1
                if pe > pos:
                    kept.keep(src[pos:pe], pos)
    text = "".join(chars)
    kept.keep("", len(src))  # the extra offset after the last character
    offsets = OffsetMap(array("q", kept.starts), array("q", kept.bases), kept.size + 1)
    marks = tuple(_map_mark(text, offsets, m) for m in raw.marks)
    return Document(
        doc_id=raw.doc_id, source=raw.source, format=raw.format, encoding=raw.encoding,
        text=text, raw_offsets=offsets, metadata=dict(raw.metadata),
        marks=tuple(m for m in marks if m.end > m.start),
    )


def _map_mark(text: str, offsets: Sequence[int], mark: Mark) -> Mark:
    start, end = bisect_left(offsets, mark.start), bisect_left(offsets, mark.end)
    while end > start and text[end - 1] == "\n":  # blanks the mark ended with were dropped, not the break
        end -= 1
    return Mark(start, end, mark.kind)
