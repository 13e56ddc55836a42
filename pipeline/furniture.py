"""Page furniture: the lines a scraped news or government page shows around the document's own text.

Toolbars (下载 打印 全屏 收藏), font-size widgets (【字号：加大 还原 减小】), breadcrumbs (您的位置：首页 > …),
labelled lines (来源：…, 时间：…, 阅读量：), photo captions (…本报记者 王某 摄), and the page's end (相关报道：,
扫一扫在手机打开当前页, 【打印本页】【关闭窗口】, 责任编辑：…). The patterns are the table
`data/furniture.tsv`; this module only says what a line is. Which lines bound the body is decided by
`pipeline.profile`, which reads the title block between them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from . import recache
from .once import Once
from .data import rows
from .masks import needs

SPACE = recache.compile(r"\s+")
SEPARATORS = "【】[]〔〕（）()<>《》|｜:：,，、·/\\"
BAR_SPLIT = recache.compile(r"[|｜]")  # the parts of a page's bar (site | breadcrumb | toolbar)
VALUE_END = recache.compile(r"\s*[|｜]\s*|\s{2,}|\s+(?=\d{4}[-/.年])")
LONG_BODY = 80
WIDGET_MAX = 120  # a toolbar line is this long at most
FIELD_RUNNING = 40  # a field's value this long with a clause mark (，。) is running text, not a field
RUNNING = recache.compile("[，。,；]")
CAPTION_MAX = 160  # a caption is this long at most (white space removed)  # a paragraph this long ending with 。 is running text: the page's end cannot come before it


@dataclass(frozen=True)
class Furniture:
    words: frozenset[str]
    word_split: re.Pattern
    not_widget: re.Pattern  # a character no toolbar line holds: in no word, no separator, no white space
    field: re.Pattern  # label (group "label") then ：
    field_names: dict[str, str]  # label → outlet | published | byline | other
    glued_editor: re.Pattern  # an editor's label glued to the outlet before it (来源:南方都市报编辑:林紫雯): the outlet ends
    glued_date: re.Pattern  # a date's label glued to the value before it (来源:北京人大网发布时间:2021-01-25): the date's
    crumb: re.Pattern
    trail: re.Pattern
    tail: re.Pattern
    caption: re.Pattern
    caption_needs: re.Pattern | None  # a character every caption holds one of (摄, 图, ▲ …); None: unknown
    file_count: re.Pattern  # a document site's counts of a file (999+, 60.39KB, 52 页): captions too
    page_number: re.Pattern  # a page's number on a line of its own (2, - 2 -, P. 2, 第2页): captions too
    caption_each: tuple[re.Pattern, ...]  # each caption pattern alone, in the table's order
    caption_by_need: dict[str, int]  # a needed character → the bits (1 << k) of the patterns of caption_each needing it
    lead: re.Pattern
    lead_needs: re.Pattern | None
    stamp: re.Pattern
    edition: tuple[re.Pattern, ...]
    site: re.Pattern  # a site's name (and address) before a page's fields: group outlet
    glued: str  # a pattern: what a site writes before a speech's title glued to the text
    bookmark: re.Pattern  # a page's end naming the document (group title)
    box_open: re.Pattern | None  # a line opening a forum's poster box (TA的每日心情, 签到天数: 723 天, [LV.9]…)
    box_close: re.Pattern | None  # the post's dated line ending it (发表于 2024-4-24 11:26:26 | 显示全部楼层 |阅读模式)


def _any(patterns: list[str]) -> re.Pattern:
    return recache.compile("|".join(f"(?:{p})" for p in patterns))


def _needs_each(patterns: list[str]) -> list[frozenset[str]] | None:
    """For each pattern, the characters one of which its every match holds (`masks.needs`); None when a pattern's
    needs are unknown (or include white space, which `squeeze` removes)."""
    out = []
    for p in patterns:
        found = needs(p)
        if found is None or any(c.isspace() for c in found):
            return None
        out.append(frozenset(found))
    return out


def _needs_any(patterns: list[str], each: list[frozenset[str]] | None = None) -> re.Pattern | None:
    """A class of characters one of which every match of any of `patterns` holds (`masks.needs`), searched
    before the patterns themselves: most lines hold none, and a pattern opening with .{0,120} is tried at
    every split of the line. None when a pattern's needs are unknown (or include white space, which
    `squeeze` removes)."""
    each = _needs_each(patterns) if each is None else each
    if each is None:
        return None
    chars: set[str] = set().union(*each)
    return recache.compile(f"[{re.escape(''.join(sorted(chars)))}]") if chars else None


def _by_need(each: list[frozenset[str]] | None) -> dict[str, int]:
    """A needed character → the bits (1 << k) of the patterns (k in the table's order) that need it."""
    out: dict[str, int] = {}
    for k, chars in enumerate(each or ()):
        for c in chars:
            out[c] = out.get(c, 0) | 1 << k
    return out


def _make_furniture() -> Furniture:
    table: dict[str, list[tuple[str, str]]] = {}
    for row in rows("furniture.tsv"):
        kind, name, pattern = (row + ["", ""])[:3]
        table.setdefault(kind, []).append((name, pattern))
    words = frozenset(p for _, p in table["word"])
    names = {}
    for name, pattern in table["field"]:
        for label in pattern.split("|"):
            names[label] = name
    labels = sorted((p for _, p in table["field"]), key=len, reverse=True)
    seps = re.escape(SEPARATORS)
    captions = [p for _, p in table["caption"]]
    caption_needs = _needs_each(captions)
    return Furniture(
        words=words,
        word_split=recache.compile(f"[\\s{seps}]+"),
        not_widget=recache.compile(f"[^\\s{seps}{re.escape(''.join(sorted(set(''.join(words)))))}]"),
        # a label opens the line (after a bracket) or follows a space or bracket in it, and is followed by ： or, in
        # the table a government site's disclosure page shows (文件名称 | 汉滨区2025年政府工作报告 |, its label in brackets
        # too: [ 发布机构 ] | 江津区统计局 |), by a bar; or it
        # follows a page's time stamp glued to it (2024-01-24 10:57:50来源:…) or a copy site's ? for a lost space
        # (2018-05-30 09:36:18??来源:建阳报)
        field=recache.compile(rf"(?:^|(?<=[\s【\[（(|｜?])|(?<=:\d\d))[【\[]?(?P<label>{'|'.join(labels)})\s*(?:[\]】]\s*)?(?:[:：]|(?=[|｜]))"),
        field_names=names,
        glued_editor=recache.compile(rf"(?:{'|'.join(p for _, p in table['editor'])})\s*[:：]"),
        glued_date=recache.compile(rf"(?:{'|'.join(sorted((k for k, v in names.items() if v == 'published'), key=len, reverse=True))})"
                                   rf"\s*[:：]\s*(?=\d{{4}}\s*[-/.年])"),
        crumb=recache.compile(rf"[【\[]?(?:{'|'.join(p for _, p in table['crumb'])})\s*[:：>»].*"),
        trail=_any([p for _, p in table["trail"]]),
        tail=_any([p for _, p in table["tail"]]),
        caption=_any(captions),
        caption_needs=_needs_any(captions, caption_needs),
        caption_each=tuple(recache.compile(p) for p in captions),
        caption_by_need=_by_need(caption_needs),
        file_count=_any([p for n, p in table["caption"] if n == "file_count"]),
        page_number=_any([p for n, p in table["caption"] if n == "page_number"]),
        lead=_any([p for _, p in table["lead"]]),
        lead_needs=_needs_any([p for _, p in table["lead"]]),
        stamp=_any([p for _, p in table["stamp"]]),
        edition=tuple(recache.compile(p) for _, p in table["edition"]),
        site=_any([p for _, p in table["site"]]),
        glued="|".join(f"(?:{p})" for _, p in table["glued"]),
        bookmark=_any([p for _, p in table["bookmark"]]),
        box_open=_any([p for n, p in table.get("box", []) if n == "open"]) if table.get("box") else None,
        box_close=_any([p for n, p in table.get("box", []) if n == "close"]) if table.get("box") else None,
    )


_FURNITURE_ONCE: Final = Once(_make_furniture)


def furniture() -> Furniture:
    return _FURNITURE_ONCE.get()


def squeeze(line: str) -> str:
    """The line without white space: `SPACE.sub("", line)`, by `str.split` (the same white space as the regex's
    `\\s`, tests/test_fast_paths.py), which skips in C what the regex engine tried at every character (10x)."""
    return "".join(line.split())


def is_widget(line: str) -> bool:
    """Nothing but toolbar words, brackets and separators (下载 打印 全屏 收藏; 【字号：加大 还原 减小】; 】; >)."""
    if len(line) > WIDGET_MAX:
        return False  # running text: no toolbar is this long
    f = furniture()
    if f.not_widget.search(line) is not None:
        return False  # a character of a token no word holds (the same answer, sooner: most lines are text)
    tokens = [t for t in f.word_split.split(line.strip()) if t]
    if not tokens:
        return bool(line.strip())  # brackets or separators alone
    return all(t in f.words for t in tokens)


def fields(line: str) -> list[tuple[str, str, str]] | None:
    """(name, label, value) of each labelled field of a line made of such fields (来源：解放日报 时间：2026-02-09),
    else None. A value may be empty (the label stands alone; its value is on the next line)."""
    f = furniture()
    text = line.strip()
    found = list(f.field.finditer(text))
    if not found:
        return None
    out = []
    before = text[:found[0].start()].strip(" 【[（(|｜?")
    if before:
        if f.stamp.fullmatch(squeeze(before)):
            out.append(("published", "", before))  # 2026-02-09 09:45 来源：湖南日报
        elif site := f.site.fullmatch(squeeze(before)):
            if site.group("outlet"):  # (www.panzhihua.gov.cn 发布时间:2023-01-07: an address alone names none)
                out.append(("outlet", "", site.group("outlet")))  # 中国益阳门户网 www.yiyang.gov.cn 发布时间:2024-03-06
        elif not is_widget(before):  # 【纠错】 【责任编辑：王菁】
            return None
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        value = text[m.end():end].strip(" 】]）)|｜")
        label = m.group("label")
        name = f.field_names.get(label, "other")
        if name != "published":  # 来源：新华网 | 2026-02-09: the outlet ends where a separator or a date begins
            # (来源:北京人大网发布时间:2021-01-25 11:25:41: or where a date's label glued to it begins)
            cut = min((c for c in (VALUE_END.search(value), f.glued_date.search(value),
                                   f.glued_editor.search(value) if name == "outlet" else None) if c is not None),
                      key=lambda c: c.start(), default=None)
            editor = ""
            if cut is not None:
                rest = value[cut.end():].strip(" |｜")
                editor = rest if f.glued_editor.match(value, cut.start()) is not None else ""
                value = value[:cut.start()].strip()
                if f.stamp.fullmatch(squeeze(rest)):
                    out.append(("published", "", rest))
            if editor:  # 南方都市报编辑:林紫雯: the editor's own field (still read for a text running on in it)
                out.append((name, label, value))
                name, label, value = "other", "", editor
        out.append((name, label, value))
    if len(out) == 1 and len(out[0][2]) > 40:
        return None  # 时间：… running on: a sentence, not a field
    if any(len(value) > FIELD_RUNNING and RUNNING.search(value) for _, _, value in out):
        return None  # 日期：… 来源：… 编辑：湖北新闻 1月5日，武汉市…开幕，…: the page's fields run into the text
    return out


def is_crumb(line: str) -> bool:
    s = squeeze(line)
    return bool(furniture().crumb.fullmatch(s) or furniture().trail.fullmatch(s))


def is_tail(line: str) -> bool:
    return bool(furniture().tail.fullmatch(squeeze(line)))


def is_caption(line: str) -> bool:
    if len(line) > 2 * CAPTION_MAX:
        return False
    f = furniture()
    if f.caption_needs is None:
        s = squeeze(line)
        return len(s) <= CAPTION_MAX and bool(f.caption.fullmatch(s))
    # a line longer than a caption without its white space is none: told before the needed characters are looked
    # for (a scan of the whole line), and without squeezing a line no longer than a caption with its white space
    s = squeeze(line) if len(line) > CAPTION_MAX else ""
    if len(s) > CAPTION_MAX:
        return False
    found = f.caption_needs.findall(line)
    if not found:
        return False  # no character every caption holds (the same answer, sooner)
    if not s:
        s = squeeze(line)
    # only the patterns needing a character the line holds: a match of the alternation is a match of one of them
    bits = 0
    for c in found:
        bits |= f.caption_by_need[c]
    k = 0
    while bits:
        if bits & 1 and f.caption_each[k].fullmatch(s):
            return True
        bits >>= 1
        k += 1
    return False


def is_file_count(line: str) -> bool:
    """A document site's count of a file (999+, 12.55KB, 7 页): its line says the page is a file's copy."""
    return bool(furniture().file_count.fullmatch(squeeze(line)))


PAGE_NUMBER_MAX = 60  # a page's number line is this long at most, with its white space (Page 3 - 政府工作报告)


def is_page_number(line: str) -> bool:
    """A page's number on a line of its own (2, - 2 -, —2—, P. 2, Page 3 - 政府工作报告, 第2页): a PDF's or an
    e-book's page break, which `pipeline.normalize` drops inside a line wrapped at the page's width."""
    return len(line) <= PAGE_NUMBER_MAX and bool(furniture().page_number.fullmatch(squeeze(line)))


def is_lead_caption(line: str) -> bool:
    f = furniture()
    if f.lead_needs is not None and f.lead_needs.search(line) is None:
        return False
    s = squeeze(line)
    return len(s) <= 80 and bool(f.lead.fullmatch(s))


def edition(line: str) -> tuple[str, str] | None:
    """(outlet, date as written) of a newspaper's edition line, else None."""
    s = squeeze(line)
    for pattern in furniture().edition:
        m = pattern.fullmatch(s)
        if m:
            return m.group("outlet"), m.group("date")
    return None


def is_stamp(line: str) -> bool:
    return bool(furniture().stamp.fullmatch(squeeze(line)))


def is_furniture(line: str) -> bool:
    """A line that is furniture wherever it stands (toolbars, captions, breadcrumbs, labelled page fields)."""
    return is_widget(line) or is_caption(line) or is_crumb(line) or fields(line) is not None or bool(edition(line)) \
        or is_bar(line)


def is_bar(line: str) -> bool:
    """A page's bar: parts split by | each of which is furniture, the site's name one of them
    (云南省人民政府门户网站 | 首页 > 政务公开 > 政府工作报告 | 【大 中 小】 【打印】 【关闭】: probe38)."""
    if "|" not in line and "｜" not in line:
        return False
    parts = [p for p in BAR_SPLIT.split(line) if p.strip()]
    f = furniture()
    return len(parts) >= 2 and any(f.site.fullmatch(squeeze(p)) for p in parts) and \
        all(f.site.fullmatch(squeeze(p)) or is_widget(p) or is_crumb(p) for p in parts)


def crumb_end(lines: list[str], i: int) -> int:
    """The index after a breadcrumb opened at lines[i]: its items follow on their own lines, split by > lines."""
    k = i + 1
    if k < len(lines) and len(lines[k].strip()) <= 12 and not is_sep(lines[k]) and not is_sep(lines[i][-1:]) \
            and squeeze(lines[i])[-1:] in ":：":
        k += 1  # 首页 after 您的位置：
    while k < len(lines) and is_sep(lines[k]):
        k += 1
        if k < len(lines) and len(lines[k].strip()) <= 16:
            k += 1
    return k


def is_sep(line: str) -> bool:
    return squeeze(line) in (">", ">>", "›", "»", "/", "|", "｜", "-", "→")


def tail_start(lines: list[str]) -> int:
    """Index of the first line of the page's end (相关报道： and what follows, widgets, fields after the text):
    the first tail marker after which no running text follows, else the first of the trailing furniture lines."""
    n = len(lines)
    cut = n
    k = n - 1
    # trailing furniture lines
    while k >= 0 and (is_furniture(lines[k]) or is_tail(lines[k]) or not lines[k].strip()):
        cut = k
        k -= 1
    # a tail marker followed only by short lines (a list of headlines) or furniture
    for j in range(cut - 1, max(-1, cut - 60), -1):
        s = lines[j].strip()
        if is_tail(s):
            cut = j
        elif len(s) >= LONG_BODY or s.endswith("。"):
            break
    return cut


def bookmark_title(line: str) -> str:
    """The document's title a page's end names (收藏《区长在全区第一季度经济运行分析会上的讲话》), else ""."""
    m = furniture().bookmark.fullmatch(squeeze(line))
    return m.group("title") if m else ""


BOX_MAX = 40  # a forum's poster box is this many lines at most
BOX_DATE = recache.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def boxed(lines: list[str]) -> dict[int, str]:
    """The lines of a forum's poster box (a Discuz thread: TA的每日心情 / 开心 / 5 天前 / 签到天数: 723 天 / 1万 / 主题 /
    … / 积分 / 145904 / 发表于 2024-4-24 11:26:26 | 显示全部楼层 |阅读模式), index → the post's date on its closing line
    ("" on the others): every line from one opening it to the dated line of the post that ends it, within BOX_MAX
    lines. Its counts are the poster's, never the text's figures."""
    f = furniture()
    out: dict[int, str] = {}
    if f.box_open is None or f.box_close is None:
        return out
    i, n = 0, len(lines)
    while i < n:
        if len(lines[i]) <= WIDGET_MAX and f.box_open.fullmatch(squeeze(lines[i])):
            close = next((k for k in range(i, min(n, i + BOX_MAX)) if len(lines[k]) <= WIDGET_MAX
                          and f.box_close.fullmatch(squeeze(lines[k]))), None)
            if close is not None:
                for k in range(i, close):
                    out[k] = ""
                date = BOX_DATE.search(lines[close])
                out[close] = date.group(0) if date else ""
                i = close + 1
                continue
        i += 1
    return out
