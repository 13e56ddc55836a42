"""The document's profile: what its title block, byline and page say about it, and where its body lies.

A scraped page opens with furniture (toolbars, breadcrumbs, 来源：/时间： lines; `pipeline.furniture`), then
the title block: the title (2026年天津市政府工作报告), a subtitle (——2026年1月26日在天津市第十八届人民代表大会
第四次会议上; also without the dash, in parentheses or led by ――), the speaker line (天津市市长 张工) and
photo captions, in whatever order the page put them. The body begins at the first line that is none of these
and ends before the page's end (相关报道：, 扫一扫…, 【打印本页】, 责任编辑：…). Inside the body, photo
captions are furniture too.

Fields come from the text; what it does not give comes from front matter or HTML metadata (title, date,
author, place, source; pagemeta.py), the date also from the page's address, and a title or place as a last
resort from the file name; `profile_from` names
the sources used. `read` is a pure function of the document and its paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, Sequence

from . import recache
from .once import Once
from . import furniture as fu
from .data import alternation, rows, word_tuple
from .gazetteer import Gazetteer, Place, gazetteer
from .normalize import SAFE_FOLD
from .numbers import find_mentions
from .numerals import CN_COUNT_CHARS, cn_ordinal
from .pagemeta import address_date
from .records import Document, Paragraph, Profile

TERMINAL = "。！？!?；;："
TITLE_MAX = 60
FRONT_MAX = 60  # the title block is looked for in the first paragraphs only

CN_DIGIT = "〇零○Ｏ一二三四五六七八九"
DATE = recache.compile(
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    rf"|(?P<cy>[{CN_DIGIT}]{{4}})\s*年\s*(?P<cm>[{CN_COUNT_CHARS}]{{1,3}})\s*月\s*(?P<cd>[{CN_COUNT_CHARS}]{{1,3}})\s*日"
    r"|(?<!\d)(?P<iy>\d{4})[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})(?!\d)")
DASHES = "—―－–-"  # the dashes a text writes: before a subtitle (——2026年1月26日在…), a signature's office (——安徽省…)
DASH = DASHES.replace("-", "\\-")  # the same as the inside of a regex class
SUBTITLE_WRAP = recache.compile(rf"[{DASH}]{{1,3}}\s*(?P<a>.+)|[（(](?P<b>[^（）()]+)[）)]")  # not (河北省)…(2024年1月28日)
OCCASION = recache.compile(r"在(?P<occ>.+?)上(?:的[\u4e00-\u9fff]{1,8})?")
MONTH_DAY = recache.compile(r"(?<!\d)\d{1,2}月\d{1,2}日")
DAY_ALONE = recache.compile(r"(?<![\d月])(\d{1,2})日")  # a day of the page's month (24日上午，…开幕)
_SESSION = r"(?:人民代表大会|人大)[^。]{0,12}?会议[^。]{0,20}?开幕"  # …会议在…开幕
SESSION_OPENS = recache.compile(_SESSION)
DAY_PART = "上午|下午|晚上|晚间|早上|晚"  # the part of a day a news lead says after the day (24日上午)
RELATIVE_DAY = "昨日|昨天|今日|今天"  # a day said from the page's (昨日上午，…)
SESSION_DAY = recache.compile(rf"(?:^|(?<=。))(\d{{1,2}})日(?:{DAY_PART})?[，,][^。]{{0,20}}?{_SESSION}")  # 24日上午，…
# the day before the page's or its dateline's (昨日上午，…会议…开幕, a morning paper's lead), or that day (今日)
SESSION_RELATIVE_DAY = recache.compile(rf"(?:^|(?<=[。)）]))(?P<rel>{RELATIVE_DAY})(?:{DAY_PART})?[，,]"
                                       rf"[^。]{{0,20}}?{_SESSION}")
NAME = r"[\u4e00-\u9fff](?:\s{0,3}[\u4e00-\u9fff]){1,3}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12}"
# a Mongolian, Tibetan or Uyghur name written without its dot (阿拉腾宝力格, 额尔敦木图), set off from the office before it
# by white space on a speaker line (乌拉特后旗人民政府副旗长  阿拉腾宝力格): five or six characters
LONG_NAME = r"(?<=\s)[\u4e00-\u9fff]{5,6}"


# a file name written as its parts: 2025_甘肃省_政府工作报告 (a year, then words, joined by _ or -)
FILE_PARTS = recache.compile(r"((?:19|20)\d{2})[_\- ]+(.+)")
FILE_SEP = recache.compile(r"[_\- ]+")
HAN = recache.compile(r"[\u4e00-\u9fff]")


def file_title(doc_id: str) -> str:
    """The title a file name gives, read as a title: its parts joined without their separators, a leading year
    said as one (2025_甘肃省_政府工作报告 → 2025年甘肃省政府工作报告); a name of another form as it is."""
    m = FILE_PARTS.fullmatch(doc_id)
    if m is None or not all(HAN.search(part) for part in FILE_SEP.split(m.group(2))):
        return doc_id
    return m.group(1) + "年" + FILE_SEP.sub("", m.group(2))


def _cn_year(s: str) -> int:
    return int("".join(str("〇一二三四五六七八九".find(c)) if c in "〇一二三四五六七八九" else "0" for c in s))


def iso_date(text: str) -> str:
    """The first full date of a text as ISO 8601 (2026年1月26日, 二〇二六年一月二十六日, 2026-01-26), else ""."""
    for m in DATE.finditer(text):
        try:
            if m.group("y"):
                y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            elif m.group("cy"):
                y, mo, d = _cn_year(m.group("cy")), cn_ordinal(m.group("cm")), cn_ordinal(m.group("cd"))
            else:
                y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
            return date(y, mo, d).isoformat()
        except ValueError:
            continue
    return ""


def _date_alone(line: str) -> str:
    """The day of a line that is a full date and nothing else, bare or in brackets ((2024年3月12日)), as ISO; else ""."""
    s = line.strip()
    if s[:1] in "（(" and s[-1:] in "）)":
        s = s[1:-1].strip()
    return iso_date(s) if DATE.fullmatch(s) else ""


def date_and_name(line: str) -> tuple[str, str] | None:
    """(ISO day, name) of a line that is a full date and a name in brackets and nothing else, the byline a news copy
    writes under a report's title ((2011年1月9日 黄奇帆), probe35 重庆/云南/海南 2011), else None."""
    s = line.strip()
    if not (s[:1] in "（(" and s[-1:] in "）)"):
        return None
    m = DATE.match(s, 1)
    if m is None or not s[m.end():m.end() + 1].isspace():
        return None
    name = s[m.end():-1].strip()
    if not _name().fullmatch(name) or name.endswith(SALUTATION_ENDS) or _office_alone().fullmatch(name):
        return None
    return iso_date(m.group(0)), fu.squeeze(name)


def metadata_date(value: str) -> str:
    """A front-matter or HTML date as ISO: 2021-10-19, 2021年10月19日, Tue, 19 Oct 2021 04:14:44 GMT."""
    found = iso_date(value)
    if found:
        return found
    from email.utils import parsedate_to_datetime  # an RFC 2822 date (HTTP headers) is rare: not loaded at every start

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def _make_offices() -> str:
    """The offices a speaker holds (offices.txt), as one alternation, longest first."""
    return alternation([r[0].strip() for r in rows("offices.txt") if r[0].strip()])


_OFFICES_ONCE: Final = Once(_make_offices)


def _offices() -> str:
    return _OFFICES_ONCE.get()


def _make_speaker_line() -> re.Pattern:
    offices = _offices()
    # a colon may stand between the office and the name (**省长:郝鹏**: probe38 青海 2016)
    return recache.compile(rf"[（(]?(?P<office>[^\s，。：:；]{{0,24}}?(?:{offices}))\s*[:：]?\s*(?P<name>{NAME}|{LONG_NAME})[）)]?")


_SPEAKER_LINE_ONCE: Final = Once(_make_speaker_line)


def _speaker_line() -> re.Pattern:
    return _SPEAKER_LINE_ONCE.get()


def _make_title_speaker() -> re.Pattern:
    """A speech's title that names the speaker's office and name, then the meeting (区委副书记、区长亓伟在全区经济运行
    分析会上的讲话; 市委书记张三同志在市委全会上的讲话): the office must be one of offices.txt and the name two or three
    characters right before 在, so a title with an office and no name (县长在县委全委会…上的讲话) names no speaker."""
    offices = _offices()
    return recache.compile(rf"(?P<office>[^\s，。：:；()（）]{{0,24}}?(?:{offices}))(?P<name>[\u4e00-\u9fff]{{2,3}}?)"
                           rf"(?:同志)?在(?P<occ>[^，。,\s]{{2,40}}?(?:会议|大会|会|全会))上的(?:讲话|发言|报告)")


_TITLE_SPEAKER_ONCE: Final = Once(_make_title_speaker)


def _title_speaker() -> re.Pattern:
    return _TITLE_SPEAKER_ONCE.get()


def _make_name_then_office() -> re.Pattern:
    """A speaker line that gives the name, then the office in brackets (夏长文(思明区区长), a greeting's byline)."""
    offices = _offices()
    return recache.compile(rf"(?P<name>{NAME})\s*[（(](?P<office>[^\s，。：:；()（）]{{0,24}}?(?:{offices}))[）)]")


_NAME_THEN_OFFICE_ONCE: Final = Once(_make_name_then_office)


def _name_then_office() -> re.Pattern:
    return _NAME_THEN_OFFICE_ONCE.get()


SALUTATION_ENDS = ("代表", "同志", "们", "委员", "朋友")
LEAD_REACH = 160  # how far into the body's first paragraph a news report says who reported to the session
LEAD_CHARS = 400  # or in the paragraphs after it, up to this many characters of the body (subheads, a lead of its own)


def _bare_name(line: str) -> str:
    """A name alone on the line under the subtitle (许达哲, 栗 俊 昌: a county's or a copy site's report names no office),
    else ""; never a salutation (各位代表), nor an office alone (省长 / 景俊海: a document viewer's line per word)."""
    s = line.strip()
    if not _name().fullmatch(s) or s.endswith(SALUTATION_ENDS) or _office_alone().fullmatch(s):
        return ""
    return fu.squeeze(s)


def _make_office_alone() -> re.Pattern:
    """An office with nothing before it (省长, 市长, 代县长): offices.txt."""
    return recache.compile(rf"(?:代|副)?(?:{_offices()})")


_OFFICE_ALONE_ONCE: Final = Once(_make_office_alone)


def _office_alone() -> re.Pattern:
    return _OFFICE_ALONE_ONCE.get()


def _make_name() -> re.Pattern:
    """NAME compiled through the pattern cache (`re.fullmatch(NAME, …)` compiled it in Python at every run: its
    four classes of Chinese characters take 3 ms, 37 M instructions)."""
    return recache.compile(NAME)


_NAME_ONCE: Final = Once(_make_name)


def _name() -> re.Pattern:
    return _NAME_ONCE.get()


# a name, then the session it was given at and the kind of text (马伟在泗阳县第十七届人民代表大会第三次会议上的报告)
AT_SESSION = r"在(?P<occ>[^，。,\s]{4,40}?(?:会议|大会))上"  # 在…人民代表大会第二次会议上: the session
SESSION_REPORT = r"的(?:政府工作)?(?:报告|讲话)"  # …上的报告, …上的政府工作报告
NAME_AT_OCCASION = recache.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,4}}){AT_SESSION}{SESSION_REPORT}")
# a session alone on the line under the title, no dash and no date (在龙游县第十四届人民代表大会第二次会议上)
BARE_OCCASION = recache.compile(rf"{AT_SESSION}(?:{SESSION_REPORT})?")


def bare_occasion(line: str) -> str:
    """The session of a bare occasion line (在…会议上), else ""."""
    m = BARE_OCCASION.fullmatch("".join(line.split()))
    return m.group("occ") if m else ""


SPACED_OFFICE = recache.compile(r"([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=[ \u3000])")


def speaker(line: str) -> tuple[str, str] | None:
    """(name, office) of a speaker line (上海市市长 龚 正 → 龚正, 上海市市长; a newspaper's bullet before it:
    □六盘水市人民政府市长 李 刚), else None."""
    line = line.strip().lstrip("".join(word_tuple("item_marks.txt")) + DASHES).strip()  # □…, ——…
    m = _speaker_line().fullmatch(line) or _name_then_office().fullmatch(line)
    if not m and (spaced := SPACED_OFFICE.match(line)):  # 市 长 庄兆林: an office of two characters spaced out
        line = spaced.group(1) + spaced.group(2) + line[spaced.end():]
        m = _speaker_line().fullmatch(line) or _name_then_office().fullmatch(line)
    if not m:
        return None
    name = fu.squeeze(m.group("name"))
    if name in _genres():
        return None  # 区长拜年: an office and the kind of speech, a title, no name
    return name, m.group("office")


def _make_genres() -> tuple[str, ...]:
    """The words that name a kind of document (headings.tsv genre: 报告, 讲话, 致辞…), as the table lists them: the
    one reading of them for the profile and the resolver."""
    return tuple(r[1] for r in rows("headings.tsv") if r[0] == "genre")


_GENRES_ONCE: Final = Once(_make_genres)


def genres() -> tuple[str, ...]:
    return _GENRES_ONCE.get()


def _make_genre_set() -> frozenset[str]:
    return frozenset(genres())


_GENRE_SET_ONCE: Final = Once(_make_genre_set)


def _genres() -> frozenset[str]:
    return _GENRE_SET_ONCE.get()


YEAR_LEAD = recache.compile(r"(?:19|20)\d{2}年")
ASIDE_TAIL = recache.compile(r"[（(][^（()）]*[)）]")
BOOK_QUOTES = str.maketrans("", "", "《》〈〉“”\"")


def _make_named() -> frozenset[str]:
    return frozenset(r[1] for r in rows("headings.tsv") if r[0] == "named")


_NAMED_ONCE: Final = Once(_make_named)


def _named() -> frozenset[str]:
    return _NAMED_ONCE.get()


def _make_governments() -> tuple[str, ...]:
    return tuple(sorted((r[1] for r in rows("headings.tsv") if r[0] == "government"), key=len, reverse=True))


_GOVERNMENTS_ONCE: Final = Once(_make_governments)


def _governments() -> tuple[str, ...]:
    return _GOVERNMENTS_ONCE.get()


def after_own_place(s: str, own: str) -> str:
    """A title past the document's own place `own` and its government (headings.tsv government) when they open it
    before more (江苏省政府2016年政府工作报告 → 2016年政府工作报告), else the title as it is."""
    if not own or not s.startswith(own) or len(s) == len(own):
        return s
    s = s[len(own):]
    return s[len(next((g for g in _governments() if s.startswith(g) and YEAR_LEAD.match(s, len(g))), "")):]


def _named_year(bare: str, own: str = "") -> str:
    """The year of a title that is a year and the name alone (2016年政府工作报告; not 2022年政府工作报告（摘要）, an
    abstract), the document's own place (and its government) before the year at most (陕西省2011年政府工作报告:
    probe35, a copy's front matter with no date in the text), else ''."""
    s = after_own_place(bare, own)
    m = YEAR_LEAD.match(s)
    return m.group()[:4] if m is not None and s[m.end():].translate(BOOK_QUOTES) in _named() else ""


def bare_name(title: str, own: str = "") -> str:
    """The yearly report's name (headings.tsv named: 政府工作报告) when a title is that name alone, a year before it,
    quotes around it or an aside in brackets after it at most (政府工作报告, 2021年政府工作报告, 2021年《政府工作报告》,
    政府工作报告（省十三届人大第五次会议 2021年）): a title that names no place; else ''. A title opening with the
    document's own place `own` (and its government, headings.tsv government) is read after it (福建省政府工作报告
    （2016年1月11日 于伟国）, 江苏省政府2016年政府工作报告: a page's headline around the name)."""
    s = after_own_place("".join(title.translate(BOOK_QUOTES).split()), own)
    if (m := YEAR_LEAD.match(s)) is not None:
        s = s[m.end():]
    if (aside := ASIDE_TAIL.search(s)) is not None and aside.end() == len(s) and aside.start() > 0:
        s = s[:aside.start()]
    # the place's level word alone before the name, for the place itself (2021年省政府工作报告 in 辽宁省's front
    # matter, 市政府工作报告 in a city's: probe40 辽宁 2021)
    level = next((k for k in range(1, 4) if own and own.endswith(s[:k]) and s[k:] in _named()), 0)
    s = s[level:]
    return s if s in _named() else ""


def subtitle(line: str) -> tuple[str, str] | None:
    """(occasion, delivered) of a subtitle line, else None. The forms: ——2026年1月26日在…会议上,
    ――…, （2026年1月26日在…会议上）, 2026年1月26日在…会议上 (no dash: then it must open with the date),
    ——在…会议上的讲话（2026年1月5日）, 在…会议上（2016年1月25日）, 2021年1月21日…会议通过 (adoption_words.txt)."""
    s = line.strip()
    m = SUBTITLE_WRAP.fullmatch(s)
    wrapped = m is not None
    inner = (m.group("a") or m.group("b")) if m else s
    if len(inner) > 80 or "。" in inner:
        return None
    d = DATE.search(inner)
    delivered = iso_date(inner)
    rest = inner
    if d:
        rest = (inner[:d.start()] + inner[d.end():]).strip()
        rest = re.sub(r"[（(]\s*[）)]$", "", rest).strip()
    occ = OCCASION.fullmatch(rest)
    occasion = occ.group("occ").strip() if occ else ""
    adopted = next((w for w in word_tuple("adoption_words.txt") if rest.endswith(w)), "") if not occasion else ""
    if adopted and rest[:-len(adopted)].endswith("会议"):
        occasion = rest[:-len(adopted)].strip()  # 2021年1月21日长沙市第十五届人民代表大会第七次会议通过: it adopted it
    if wrapped and (occasion or delivered):
        return occasion, delivered
    if not wrapped and d and d.start() == 0 and occasion:
        return occasion, delivered
    if not wrapped and d and occasion and inner.startswith("在") and inner[d.end():].strip() in ("）", ")") \
            and inner[:d.start()].rstrip()[-1:] in ("（", "("):
        return occasion, delivered  # 在四川省…会议上（2016年1月25日）: the session, then its day in brackets
    return None


JOINED_DASH = recache.compile(rf"[{DASH}]{{2}}")  # the dash between a title and its subtitle written on one line


def joined_title(line: str) -> tuple[str, str, tuple[str, str] | None] | None:
    """(title, subtitle, speaker) of a title line that carries its subtitle after a double dash, and perhaps its
    speaker after a space (政府工作报告——2026年2月2日在山西省第十四届人民代表大会第五次会议上 省长 卢东亮), else None."""
    s = line.strip()
    m = JOINED_DASH.search(s)
    if m is None or m.start() == 0:
        return None
    title, tail = s[:m.start()].strip(), s[m.start():]
    for k in (k for k, c in enumerate(tail) if c.isspace()):
        sp = speaker(tail[k:])
        if sp and subtitle(tail[:k]):
            return title, tail[:k].strip(), sp
    sub = subtitle(tail)
    return (title, tail, None) if sub and sub[0] else None


def subtitle_speaker(line: str) -> tuple[str, tuple[str, str]] | None:
    """(subtitle, (name, office)) of a subtitle line that runs on into the speaker line with no space
    (——2024年1月28日在邢台市第十六届人民代表大会第五次会议上邢台市人民政府市长 宋华英), or that holds the speaker's
    name after a space inside its brackets (probe40 吉林 2021), else None."""
    s = line.strip()
    k = max(s.rfind(" "), s.rfind("\u3000")) if s[:1] in "（(" and s[-1:] in "）)" else -1
    if k > 0 and (sub := subtitle(s[:k].rstrip() + s[-1])) and sub[0] and (name := _bare_name(s[k + 1:-1])):
        return s[:k].rstrip() + s[-1], (name, "")  # （2021年1月25日在吉林省…会议上 韩俊）: the name inside the bracket
    for m in re.finditer(r"会议上", s):
        head, tail = s[:m.end()], s[m.end():]
        if tail and (sub := subtitle(head)) and sub[0] and (sp := speaker(tail)):
            return head, sp
    return None


SITE_SEPARATOR = recache.compile(r"\s*(?:[_|｜]+|\s[-－–—]\s|(?<!\d)[-－–](?!\d))\s*")


COLUMN_TAG = recache.compile(r"[\u4e00-\u9fff]{1,4}\s*[|｜丨]\s*(?=\S{8})")  # 聚焦 | , 要闻｜ before a headline


WORD_COUNT = recache.compile(r"\s*[（(]全文(?:共|约)?\d+字[）)]$")  # a copy site's count of the text's characters
# a date and the speaker's name in brackets after a title (西藏自治区政府工作报告 (2016年1月27日 洛桑江村)); not a date
# alone ((河北省)邢台市人民政府工作报告(2024年1月28日) keeps it, as it keeps (2025年))
DATE_ASIDE = recache.compile(rf"\s*[（(](?:{DATE.pattern})\s*[^（）()\s\d][^（）()]{{0,11}}[）)]$")


def said_once(title: str) -> str:
    """A title the page wrote twice over, said once (2021年广州市政府工作报告2021年广州市政府工作报告: probe37)."""
    half = len(title) // 2
    if half and len(title) % 2 == 0 and title[:half] == title[half:] and _genre(title[:half]):
        return title[:half]
    return title


def without_site(title: str) -> str:
    """A title line without the site or page the scraped page names after it (2025沧州市政府工作报告_沧州市人民政府,
    赤峰市2025年政府工作报告-策知道, …政府工作报告 - 新文秘网, …(2025年)_2): the part after the last separator when
    it names no genre and the part before does; a copy site's count of the text's characters after it
    (2022年新疆政府工作报告(全文29812字)) too; a title the page wrote twice over (2021年广州市政府工作报告2021年广州市政府
    工作报告: the site's headline and its title field run together, probe37) is said once."""
    title = said_once(title)
    if (count := WORD_COUNT.search(title)) is not None and _genre(title[:count.start()]):
        title = title[:count.start()]
    if (aside := DATE_ASIDE.search(title)) is not None and aside.start() > 0 and _genre(title[:aside.start()]):
        title = title[:aside.start()]  # the day (and the speaker) in brackets after the title are no part of it
    if (tag := COLUMN_TAG.match(title)) is not None:
        title = title[tag.end():]  # 聚焦 | 路南区政协委员视察…: a column's tag before the headline
    parts = list(SITE_SEPARATOR.finditer(title))
    if not parts:
        return title
    m = parts[-1]
    if m.end() == len(title) and m.start() > 0 and not title[m.start():].strip("|丨｜ "):
        return title[:m.start()].rstrip(" |丨｜")  # 凤县…会议隆重开幕 |: a table cell's bar after the title, nothing after
        # it (海安市…隆重开幕 | ||: the bars of cells one after another, probe26)
    head, tail = title[:m.start()], title[m.end():]
    if head and 0 < len(tail) <= 20 and _genre(head) and not _genre(tail):
        return head
    return title


def _make_digest_head() -> re.Pattern:
    words = alternation([w for kind, w in rows("headings.tsv") if kind == "digest"])
    return recache.compile(rf"(?:{words})(?:\d{{4}}年|[“\"]?十[一二三四五六七八九]五[”\"]?)(?:工作)?[：:]?")


_DIGEST_HEAD_ONCE: Final = Once(_make_digest_head)


def _digest_head() -> re.Pattern:
    return _DIGEST_HEAD_ONCE.get()


def digest_heading(line: str) -> bool:
    """Whether a line is a digest's heading: a word of looking back or ahead and a year or plan period, alone
    (回顾2017年, 展望2018年: `headings.tsv` digest), the heading of the lines under it and never a title."""
    return _digest_head().fullmatch(line.strip()) is not None


def _reads_as_name(line: str) -> bool:
    """Whether a line names something (a menu item, a link: 188体育365官网, 英文版) rather than saying it: no clause mark."""
    return not any(c in line for c in "，,；;：:。")


# a line that only says the day and the part of it (今天(2月10日)上午, 1月5日上午: a news lead broken after its time, as
# a poster-style page writes a phrase a line), never a title
DAY_LEAD = recache.compile(rf"(?:{RELATIVE_DAY})?\s*[（(]?\s*\d{{1,2}}月\d{{1,2}}日\s*[)）]?\s*(?:{DAY_PART})?")


def is_title_like(line: str) -> bool:
    return 0 < len(line) <= TITLE_MAX and line[-1] not in TERMINAL and "。" not in line \
        and DAY_LEAD.fullmatch(line.strip()) is None


SENTENCE_KINDS = ("money", "percent", "percentage_point", "measure", "ratio")  # what a statement's figure is


def _reads_as_sentence(line: str) -> bool:
    """Whether a line that is the whole document says something rather than names it: it has a clause mark
    (新增4个试点，推出…) or a figure of an amount (突破1.6万亿元, 增长20%), not only a year or an ordinal
    (2026年…政府工作报告, 党的二十届四中全会)."""
    if any(c in line for c in "，,；;：:"):
        return True
    return any(m.kind in SENTENCE_KINDS or m.magnitude for m in find_mentions(line))


BOOKMARK_REACH = 4  # the last lines of a page where a template site names the document
TAG_MAX = 6  # a line this short above a title with no genre word is a tag, not the title
AGAIN_NEAR = 3  # a reposting page's lead runs this many lines at most between its title and the title again
EDITION_BELOW = 2  # an edition line this close below where the title block stopped still belongs to it
GENRE_NEAR = 5  # a title line naming its genre this close below a site's menu items is the title, not the first item
SUMMARY_MAX = 160  # a copy site's summary line (the title and the opening of the text) is cut at about 100 characters
SUMMARY_SUBTITLE = recache.compile(rf"(?:{DATE.pattern})\s?在\S{{2,60}}?会议上")
SALUTATION = recache.compile(r"各位")  # where the body opens in a summary line (各位代表:)


def _summary_front(tail: str) -> tuple[str, tuple[str, str], tuple[str, str] | None] | None:
    """(subtitle, (occasion, delivered), speaker or None) of what follows the title in a copy site's summary line
    (` 政 府 工 作 报 告 2016年12月16日在黄梅县第十六届人民代表大会第一次会议上 县长 屈凯军 各位代`), else None."""
    m = SUMMARY_SUBTITLE.search(tail)
    sub = subtitle(m.group()) if m else None
    if m is None or sub is None or not sub[0]:
        return None
    rest = tail[m.end():]
    if (salute := SALUTATION.search(rest)) is not None:
        rest = rest[:salute.start()]
    return m.group(), sub, speaker(rest) if rest.strip() else None
BRACKET_THEN_YEAR = recache.compile(r"[)）\]】]\s*(?:\d{4}年)?")  # (河北省)2017年…, a forum's tag [内蒙古] 2024年…


def place_of(*texts: str):
    """(as written, most specific Place) of the first run of adjacent place names in the first text naming one."""
    gaz = gazetteer()
    for text in texts:
        if not text:
            continue
        run: list = []
        for m in gaz.find(text):
            if run and m.start != run[-1].end and not BRACKET_THEN_YEAR.fullmatch(text, run[-1].end, m.start):
                break  # a province in brackets before a city or county qualifies it: (河北省)邢台市 is 邢台市, and
                # so is (福建省)2021年三明市人民政府工作报告's
            if run and m.place == run[-1].place:
                continue  # (湖南省)2019年湖南省人民政府工作报告: the one place twice
            run.append(m)
        if run and town_after().match(text, run[-1].end):
            return "", None  # 江苏省徐州市铜山区棠张镇: a page about a town, below the gazetteer, not about its district
        if run:
            last = run[-1].place if len(run) < 2 else gaz.under(run[-1].place, run[-2].place)
            return "".join(m.surface for m in run), last  # 舟山市普陀区: 舟山's, not 上海's
    return "", None


def inside(p: Place, q: Place) -> bool:
    """Whether place `p` lies strictly inside `q` (西湖区 in 浙江省 or in 杭州市; not 杭州市 in 杭州市)."""
    if q.level == "province":
        return p.level != "province" and p.province == q.name
    return q.level == "prefecture" and p.level == "county" and p.city == q.name


def _make_town_after() -> re.Pattern:
    """A town's name right after a run of places (铜山区棠张镇, 某县某某乡人民政府): not 城乡, 乡村, 古镇, 小镇
    (data/town_words.tsv)."""
    role = {r[0]: r[1].split() for r in rows("town_words.tsv")}
    return recache.compile(rf"(?!{alternation(role['not_town'])})[\u4e00-\u9fff]{{1,3}}?(?:{alternation(role['ending'])})"
                           rf"(?!{alternation(role['next'])}|[\u4e00-\u9fff]?(?:{alternation(role['compound'])}))")


_TOWN_AFTER_ONCE: Final = Once(_make_town_after)


def town_after() -> re.Pattern:
    return _TOWN_AFTER_ONCE.get()


TERM = recache.compile(rf"第?[{CN_COUNT_CHARS}]+届")


def _make_short_counties() -> tuple[re.Pattern, dict[str, Place]]:
    """The two-character counties (蠡县, 黟县, 和县: not gazetteer names, see gazetteer.py) and where one names a
    place: before its government or congress (`data/county_frames.txt`, a term between: 在黟县第十七届人民代表大会),
    after no Chinese character but 在, 年 or 于 (示范县人民政府 is no 范县's)."""
    names = {name: p for name, p in gazetteer().short_counties.items() if name.endswith("县")}
    frames = alternation(word_tuple("county_frames.txt"))
    pattern = recache.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[在年于]))({alternation(list(names))})"
                              rf"(?=(?:{TERM.pattern})?(?:{frames}))")
    return pattern, names


_SHORT_COUNTIES_ONCE: Final = Once(_make_short_counties)


def _short_counties() -> tuple[re.Pattern, dict[str, Place]]:
    return _SHORT_COUNTIES_ONCE.get()


def short_county(*texts: str) -> tuple[str, Place | None]:
    """(name, Place) of the first two-character county a text names as a government's or congress's place (2017年蠡县
    人民政府工作报告, 在和县第十七届人民代表大会…), else ("", None)."""
    pattern, names = _short_counties()
    for text in texts:
        if text and (m := pattern.search(text)):
            return m.group(1), names[m.group(1)]
    return "", None  # a congress's term after its place: 广东省十四届人大二次会议


SESSION_WINDOW = 200  # characters of the body's opening where a news report names the session it reports on


def session_place(text: str, start: int, end: int):
    """(as written, Place) of the place whose congress's term the opening of text[start:end] names (广东省十四届人大二次会议
    在广州开幕。省长…作政府工作报告: 广东省, not the venue), else ("", None): a news report of a session is about its
    place when neither its title nor a subtitle says one."""
    return _term_place(text[start:min(end, start + SESSION_WINDOW)])


def _term_place(window: str):
    """(as written, Place) of the first place in window that a congress's term follows (广东省十四届, 商洛市第四届), a
    two-character county's too (佳县第十九届人民代表大会: no gazetteer name), else ("", None)."""
    run_start = last_end = -1
    for m in gazetteer().find(window):
        run_start = run_start if m.start == last_end else m.start
        last_end = m.end
        if TERM.match(window, m.end):
            # the places right before it say which one it is (上海市宝山区第八届: 上海's 宝山区, not 双鸭山's)
            return window[m.start:m.end], place_of(window[run_start:m.end])[1]
    return short_county(window)


def opening_session_place(text: str, start: int, end: int):
    """(as written, Place) of the session whose opening the first sentence saying one reports, anywhere in
    text[start:end] (华商报讯…2月25日，商洛市第四届人民代表大会第三次会议在市行政中心开幕, below a digest of the
    report's figures), else ("", None): a news report of a session is about its place."""
    m = SESSION_OPENS.search(text, start, end)
    if m is None:
        return "", None
    opens = max((text.rfind(c, start, m.start()) for c in "。！？!?\n"), default=-1) + 1
    return _term_place(text[max(start, opens):m.end()])


def _make_held() -> str:
    """The verbs of a session held at a place (headings.tsv held: 举行, 召开, 开幕), as one alternation."""
    return alternation([w for kind, w in rows("headings.tsv") if kind == "held"])


_HELD_ONCE: Final = Once(_make_held)


def _held() -> str:
    return _HELD_ONCE.get()


def held_at(text: str, venue: str) -> re.Match | None:
    """The first 在 venue … 举行 in text (在广州举行, 在白云国际会议中心开幕): a session held at venue."""
    return re.search(f"在{re.escape(venue)}[\u4e00-\u9fff]{{0,12}}?(?:{_held()})", text)


def title_venue(title: str, written: str) -> bool:
    """Whether the title names its place only as where a session is held (省十三届人大二次会议在广州举行)."""
    return bool(written) and title.count(written) == 1 and held_at(title, written) is not None


MEETING_WINDOW = 400  # the body's opening, where a news report of a meeting says whose it is


def meeting_host(text: str, start: int, end: int, venue: str):
    """(as written, Place) of the place that holds the meeting the opening of text[start:end] says met at venue
    (2021年广东省卫生健康工作会议在广州召开: 广东省, not the venue 广州), else ("", None): the place written at the
    opening of that sentence's clause, before 在 and the venue."""
    window = text[start:min(end, start + MEETING_WINDOW)]
    m = held_at(window, venue)
    if m is None:
        return "", None
    opens = max((window.rfind(c, 0, m.start()) for c in "。！？!?\n，,"), default=-1) + 1
    clause = window[opens:m.start()]
    return place_of(clause) if "会" in clause else ("", None)


def _time_lead(line: str) -> int:
    """Where the text after a time and a comma opening the line begins (2022年，; 去年，: a lead clause, as a
    sentence opens), else 0."""
    from .context import timex  # the time words (a module of the context stage, which reads profiles)

    m = timex.pattern().match(line)
    return m.end() + 1 if m and line[m.end():m.end() + 1] in ("，", ",") else 0


CRUMB_NEAR = 2  # a line this close above a breadcrumb (a path: 首页 > 情感 > 故事) is the site's header, not the title
PATH_SIGN = recache.compile(r"[>›»]")
# what a name's ending says of its level, to match the level a home word says (全市: a prefecture or a county-level
# city; 全区: a district or an autonomous region; 全县: a county)
HOME_FITS = {"province": ("province",), "prefecture": ("prefecture", "市"), "county": ("县", "旗"),
             "": ("区", "province")}


class Words:
    """A table's words as one regex alternation (longest first, `data.alternation`) and the characters they open
    with, so that `finditer` tries the alternation only where a word can start."""

    def __init__(self, words: list[str]) -> None:
        self.pattern = recache.compile(alternation(words))
        self.firsts = "".join(sorted({w[0] for w in words if w}))
        # a first character → the characters that follow it in the words opening with it (None: a word is that
        # character alone, so anything may follow)
        self.seconds: dict[str, frozenset[str] | None] = {}
        for c in self.firsts:
            opening = [w for w in words if w[:1] == c]
            self.seconds[c] = None if any(len(w) == 1 for w in opening) else frozenset(w[1] for w in opening)
        # the same, as code points: a character's code point is read from the text without making a string of it
        self.second_codes: dict[str, frozenset[int] | None] = {
            c: None if seconds is None else frozenset(map(ord, seconds)) for c, seconds in self.seconds.items()}

    def finditer(self, text: str, start: int, end: int) -> list[re.Match]:
        """`self.pattern.finditer(text, start, end)`, as a list: the pattern matched only where `str.find` (in C) finds a
        word's first character followed by a second character of a word opening with it, not tried by the regex engine
        at every character (tests/test_fast_paths.py). The same matches: each opens with such two characters, and a
        match is tried from the end of the one before, as finditer does."""
        at: list[int] = []
        n = len(text)
        for c in self.firsts:
            seconds = self.second_codes[c]
            k = text.find(c, start, end)
            while k >= 0:
                # else no word can start here (的 of 的实际); the character after is read past `end` too, as the slice
                # text[k + 1:k + 2] was (the pattern then fails at `end`), and none after the text's last
                if seconds is None or k + 1 < n and ord(text[k + 1]) in seconds:
                    at.append(k)
                k = text.find(c, k + 1, end)
        at.sort()
        out = []
        pos = start
        for k in at:
            if k >= pos:
                m = self.pattern.match(text, k, end)
                if m is not None:
                    out.append(m)
                    pos = m.end()
        return out


def _make_self_frames() -> tuple[Words, Words, Words, dict[str, str]]:
    """(a frame word after a name, one before it, a home word, each home word's level) of self_frames.tsv and
    home_words.txt."""
    table = rows("self_frames.tsv")[1:]
    after = [r[0] for r in table if r[1] == "after"]
    before = [r[0] for r in table if r[1] == "before"]
    levels = {r[0]: (r[1] if len(r) > 1 else "") for r in rows("home_words.txt")}
    return Words(after), Words(before), Words(list(levels)), levels


_SELF_FRAMES_ONCE: Final = Once(_make_self_frames)


def _self_frames() -> tuple[Words, Words, Words, dict[str, str]]:
    return _SELF_FRAMES_ONCE.get()


def _fits(place, levels: set[str]) -> bool:
    """Whether a place is at a level one of the text's home words says."""
    for level in levels:
        for fit in HOME_FITS.get(level, ()):
            if place.level == fit or (place.level == "county" and place.name.endswith(fit)):
                return True
    return False


SELF_NAME_MAX = 8  # the longest name tried before a frame word


def home_said(text: str, start: int, end: int, title: str = "") -> set[str]:
    """The home words (全县, 我市, 全区: home_words.txt) text[start:end] or its title says: how a text speaks of its own
    place, and at which level (own_place and source_place read them)."""
    home = _self_frames()[2]
    return {m.group() for m in (*home.finditer(text, start, end), *home.finditer(title, 0, len(title)))}


def _place_before(gaz: Gazetteer, text: str, at: int, start: int) -> tuple[str, Place] | None:
    """The longest place name (at most SELF_NAME_MAX characters, at least two) ending at `at`, not before `start`."""
    for n in range(min(SELF_NAME_MAX, at - start), 1, -1):
        place = gaz.resolve(text[at - n:at])
        if place is not None:
            return text[at - n:at], place
    return None


def _place_after(gaz: Gazetteer, text: str, at: int, end: int) -> tuple[str, Place] | None:
    """The longest place name (at most SELF_NAME_MAX characters, at least two) opening at `at`, not past `end`."""
    for n in range(min(SELF_NAME_MAX, end - at), 1, -1):
        place = gaz.resolve(text[at:at + n])
        if place is not None:
            return text[at:at + n], place
    return None


def own_place(text: str, start: int, end: int, title: str = "", said: set[str] | None = None):
    """(as written, Place) of the one place text[start:end] speaks of as its own, else ("", None): a name (a
    county's short form too: 垫江, 江油) right beside a frame word (结合垫江实际, 从百色的情况来看, 我们兴化) in a text
    that speaks of its own place (全县, 我市: in the text or its title), at the level its home words say; two
    places so named: none. With no frame, the one place the text names, a county or district written in full, when a
    home word ends as its name does (谢家集区 and 全区)."""
    after, before, _, home_levels = _self_frames()
    gaz = gazetteer()
    if said is None:
        said = home_said(text, start, end, title)
    levels = {home_levels[w] for w in said}
    if not levels:
        return "", None
    found: dict[str, tuple[str, Place]] = {}
    beside = [*(_place_before(gaz, text, m.start(), start) for m in after.finditer(text, start, end)),
              *(_place_after(gaz, text, m.end(), end) for m in before.finditer(text, start, end))]
    for hit in beside:
        if hit is not None:
            found.setdefault(hit[1].name, hit)
    own = [v for v in found.values() if _fits(v[1], levels)]
    if found:
        return own[0] if len(found) == 1 and own else ("", None)
    # no frame: the one place the text names, a county or district written in full at least once whose ending a home
    # word of its says (谢家集区 ×3 and 全区, 我区); never for 全市 or 全省, whose parent a county-level city names
    ends = {w[-1:] for w in said if home_levels[w] in ("county", "")}
    if not ends:
        return "", None  # no 全县, 全区, 我区: no county or district to read from the names (the longest pass, skipped)
    named = list(gaz.find(text, start, end))
    places = {m.place.name: m.place for m in named}
    if len(places) != 1:
        return "", None
    place = next(iter(places.values()))
    full = any(m.surface == place.name for m in named)
    if place.level == "county" and full and place.name[-1:] in ends:
        return place.name, place
    return "", None


def _make_bodies() -> tuple[str, ...]:
    """The government and party bodies of org_bodies.tsv (统计局, 人民政府, 市委), longest first."""
    return tuple(sorted((r[0] for r in rows("org_bodies.tsv")[1:] if r[1:2] == ["body"]), key=len, reverse=True))


_BODIES_ONCE: Final = Once(_make_bodies)


def _bodies() -> tuple[str, ...]:
    return _BODIES_ONCE.get()


REPORTING_LINE = recache.compile(r"[【\[]?(?P<src>[\u4e00-\u9fff]{2,20}?)\s?(?:\d{1,2}月\d{1,2}日)?\s?讯")
LEAD_LINES = 3  # the body's lines where a reporting line (吴川市人民政府网讯, 掌上张家界1月6日讯) can open one


LEAD_SENTENCE_END = "。！？\n"


def lead_bodies(text: str, start: int, end: int) -> list[str]:
    """The bodies of a place (a place and a body of org_bodies.tsv) that the body's first sentence names, as written:
    the release a data page or news lead reports (大连市人民政府新闻办公室20日召开新闻发布会通报2024年全市经济运行情况,
    据德阳市统计局数据), after the filing line (中新网大连1月20日电), which is not one."""
    stop = min((i for i in (text.find(c, start, end) for c in LEAD_SENTENCE_END) if i >= 0), default=end)
    out = []
    for m in gazetteer().find(text, start, stop):
        body = next((b for b in _bodies() if text.startswith(b, m.end)), "")
        if body:
            out.append(text[m.start:m.end] + body)
    return out


def source_place(text: str, starts: Sequence[int], end: int, outlet: str, title: str = "",
                 said: set[str] | None = None):
    """(as written, Place) of the place whose government body publishes a text that speaks of its own place and names
    none in its title or frames: the outlet (来源：株洲市统计局, 发布机构 江津区统计局) or a reporting line opening one of
    the body's first lines (吴川市人民政府网讯), a place and a body of org_bodies.tsv; never a reporter's filing place
    or a paper's (合肥讯, 掌上张家界1月6日讯, 四川经济日报内江讯: where it was filed, not what it is about). At the level
    the text's home words say (全市, 全区), when the text names no other place at that level twice or in its title (the
    source's own parent aside: 排名湛江市第一 ×3 in 吴川市's news; and its parts); else ("", None). A name met once
    (沿海城市 read as 海城市, a person's 张金华) is no rival. A national or provincial outlet names no such place
    (新华网) or one above the text's level (四川日报 and 全市)."""
    if not starts:
        return "", None
    home_levels = _self_frames()[3]
    start = starts[0]
    levels = {home_levels[w] for w in (home_said(text, start, end, title) if said is None else said)}
    if not levels:
        return "", None
    gaz = gazetteer()
    sources = [outlet] if outlet else []
    for line_start in starts[:LEAD_LINES]:
        if (m := REPORTING_LINE.match(text, line_start, min(end, line_start + 30))) is not None:
            sources.append(m.group("src"))
    sources.extend(lead_bodies(text, start, end))
    rivals = None  # a place named twice, or in the title
    for src in sources:
        found = list(gaz.find(src))
        if not found or not _fits(found[-1].place, levels) or not src.startswith(_bodies(), found[-1].end):
            continue
        own = found[-1].place
        if rivals is None:
            named = [m.place for m in gaz.find(text, start, end)]
            titled = {m.place.name for m in gaz.find(title)}
            rivals = [p for p in {p.name: p for p in named}.values()
                      if p.name in titled or sum(q.name == p.name for q in named) > 1]
        if any(p.name != own.name and own.name not in (p.city, p.province) and p.name not in (own.city, own.province)
               and _fits(p, levels) for p in rivals):
            continue
        return found[-1].surface, own
    return "", None


@dataclass(frozen=True)
class Front:
    """What `read` found: the profile, the title's span (None when the title is not a line of the text) and
    the paragraphs of the body that are the document's own text (furniture inside it left out)."""

    profile: Profile
    title_span: tuple[int, int] | None
    body: tuple[Paragraph, ...]


UNQUOTE = str.maketrans("", "", "“”‘’\"'「」『』")


def _unquoted(title: str) -> str:
    return title.translate(UNQUOTE)


FOLD = str.maketrans(SAFE_FOLD)


def _folded(s: str) -> str:
    """A field of the page's metadata folded as the text is (廣東 → 广东, ２０２４ → 2024), so that it can be
    compared with the text's lines and be written as they are."""
    return s.translate(FOLD)


def _site_after(fuller: str, title: str) -> bool:
    """Whether a page's <title> is the text's title line and the site's name after a separator (廣東今年經濟增長目標5% |
    點新聞 over the headline 廣東今年經濟增長目標5%): the site's name is no part of the title."""
    return fuller.startswith(title) and SITE_SEPARATOR.match(fuller, len(title)) is not None


def _same_title(line: str, title: str) -> bool:
    """Whether a line of the text is the title the metadata gives (one holds the other, spaces aside)."""
    a, b = "".join(line.split()), "".join(title.split())
    return bool(a) and (a in b or b in a)


WRAPPED_REACH = 16  # paragraphs of a covering text's body in which the document it issues may open


def read(doc: Document, paras: tuple[Paragraph, ...], heading=None) -> Front:
    """The profile and body of a document. `heading(line) -> bool` says whether a line opens with a section
    label (一、 （一） 1.), which is never a title. A covering text over the document it issues or approves
    (西安市人民政府关于印发…《政府工作报告》的通知 / … / 政府工作报告 / ——2025年3月25日在…会议上 / 西安市市长 叶牛平)
    gives way to that document's own title block: the profile is the document's (its date of delivery, not the
    covering text's of issue or approval), its body opens under its block, the covering text is neither."""
    front = _read(doc, paras, heading)
    if not front.body:
        return front
    first = next((k for k, p in enumerate(paras) if p.start >= front.body[0].start), len(paras))
    head = [doc.text[p.start:p.end].strip() for p in paras[:first + 2]]  # (the whole text's lines only if covered)
    if not (_wrapper(front.profile.title) or any(is_title_like(line) and _wrapper(line) for line in head)):
        return front
    lines = [doc.text[p.start:p.end].strip() for p in paras]
    for k in range(first, min(len(paras), first + WRAPPED_REACH)):
        if is_title_like(lines[k]) and _genre(lines[k]) and not _wrapper(lines[k]) \
                and _block_follows(lines, k + 1, len(lines), lines[k]):
            inner = _read(doc, paras[k:], heading)
            return inner if inner.profile.delivered or inner.profile.subtitle else front
    return front


def _make_wrapper_words() -> tuple[str, ...]:
    return tuple(r[1] for r in rows("headings.tsv") if r[0] == "wrapper")


_WRAPPER_WORDS_ONCE: Final = Once(_make_wrapper_words)


def _wrapper_words() -> tuple[str, ...]:
    return _WRAPPER_WORDS_ONCE.get()


def _wrapper(line: str) -> bool:
    """Whether a title line is a covering text's (headings.tsv wrapper: 关于印发…的通知, …的决议)."""
    return any(w in line for w in _wrapper_words())


def _read(doc: Document, paras: tuple[Paragraph, ...], heading=None) -> Front:
    """`read` of the paragraphs given (the whole document's, or those from a covered document's title on)."""
    text = doc.text
    lines = [text[p.start:p.end].strip() for p in paras]
    n = len(lines)
    end = fu.tail_start(lines)
    found: dict[str, str] = {}
    title_idx: int | None = None
    title_text = ""
    title_end_idx: int | None = None
    pending = ""  # a field whose label stands alone: its value is the next line
    meta_title = _folded(doc.metadata.get("title", ""))
    box = fu.boxed(lines)  # a forum's poster box under the thread's title: skipped, its post's date the page's
    title_again = -1  # the line repeating the title under it
    i = 0
    while i < min(end, FRONT_MAX):
        s = lines[i]
        if i in box:
            if box[i]:
                found.setdefault("published", box[i])
            i += 1
            continue
        if pending:
            name, pending = pending, ""
            if _field_value(name, s):
                found.setdefault(name, s)
                i += 1
                continue
        fl = fu.fields(s)
        if fl is None and title_idx is None and (tf := title_then_fields(s)):
            # 2021年青海省《政府工作报告》(附全文) 发布时间:2021-02-22 10:16: a copy site's title with its fields run on
            title_idx, title_text = i, tf[0]
            for name, _, value in tf[1]:
                if value:
                    found.setdefault(name, value)
            i += 1
            continue
        if i + 1 < end and fu.is_crumb(lines[i + 1]) and re.split(r"[>›»]", lines[i + 1])[0].strip() == s:
            i += 1  # 江苏 / 江苏 > 要闻 > 正文: the channel's tab, the breadcrumb's first item above it (probe29 中新网)
            continue
        if fu.is_crumb(s) and fl is None:  # not a disclosure table's row of fields ([ 发布机构 ] | 江津区统计局 | …)
            last = re.split(r"[>›»]", s)[-1].strip()
            i = max(i + 1, fu.crumb_end(lines, i))
            if last and i < end and lines[i].strip() == last:
                i += 1  # 您现在的位置是: 首页 > 专题材料 > 政府报告 / 政府报告: the column's name again
            continue
        if fl is not None:
            for name, _, value in fl:
                if value:
                    found.setdefault(name, value)
            pending = fl[-1][0] if not fl[-1][2] else ""
            i += 1
            continue
        if ed := fu.edition(s):
            found.setdefault("outlet", ed[0])
            found.setdefault("published", ed[1])
            i += 1
            continue
        if fu.is_stamp(s) and not ("occasion" not in found and i + 1 < end and (sub := subtitle(s + lines[i + 1]))
                                   and sub[0] and sub[1]):  # 2022年1月19日 / 在遂宁市安居区…会议上: a subtitle
            if not (i + 1 < end and fu.is_file_count(lines[i + 1])):
                found.setdefault("published", s)  # not a document site's upload date (2024-04-28 / 999+ / 12.55KB)
            i += 1
            continue
        if fu.is_widget(s) or fu.is_caption(s) or fu.is_lead_caption(s) or fu.is_bar(s):
            if "caption_speaker" not in found and (cs := caption_speaker(s)):
                found["caption_speaker"], found["caption_office"] = cs
                if md := MONTH_DAY.search(s):  # 2月3日，…会议在银川开幕。…作政府工作报告: the day it was given
                    found["caption_day"] = md.group(0)
            i += 1
            continue
        joined = joined_title(s) if title_idx is None and "occasion" not in found else None
        if joined:
            title_idx, title_text, found["subtitle"] = i, joined[0], joined[1]
            found["occasion"], found["delivered"] = subtitle(joined[1]) or ("", "")
            if joined[2] and "speaker" not in found:
                found["speaker"], found["speaker_title"] = joined[2]
            i += 1
            continue
        if "occasion" not in found and "delivered" not in found and (glued := subtitle_speaker(s)):
            found["subtitle"], (found["occasion"], found["delivered"]) = glued[0], subtitle(glued[0]) or ("", "")
            if "speaker" not in found:
                found["speaker"], found["speaker_title"] = glued[1]
            i += 1
            continue
        if title_idx is not None and "occasion" not in found and "speaker" not in found \
                and (named := NAME_AT_OCCASION.fullmatch(s)):
            # 政府工作报告 / 马伟在泗阳县第十七届人民代表大会第三次会议上的报告: who gave the report and where, under its title
            found["subtitle"], found["occasion"], found["delivered"] = s, named.group("occ"), ""
            found["speaker"], found["speaker_title"] = fu.squeeze(named.group("name")), ""
            i += 1
            continue
        if title_idx is not None and i - 1 in (title_idx, title_again) and "occasion" not in found \
                and "delivered" not in found and (bare := bare_occasion(s)):
            # 2023年龙游县政府工作报告 / 在龙游县第十四届人民代表大会第二次会议上 / 龙游县县长 李芝伟: the occasion
            # on its own line right under the title, with no dash and no date
            found["subtitle"], found["occasion"], found["delivered"] = s, bare, ""
            i += 1
            continue
        if "delivered" not in found and "speaker" not in found and (byline := date_and_name(s)):
            # 重庆市2011年政府工作报告 / （2011年1月9日 黄奇帆）: the day and the speaker in one bracket under the title
            found["delivered"], found["speaker"], found["speaker_title"] = byline[0], byline[1], ""
            i += 1
            continue
        sub = subtitle(s)
        if sub and not sub[0] and i + 1 < end and not subtitle(lines[i + 1]) \
                and (two := subtitle(s + lines[i + 1])) and two[0] and two[1]:
            sub = None  # ——2020年4月21日在巴林右旗 / 第十七届人民代表大会…: the date alone; joined below with its occasion
        if sub and "occasion" not in found and "delivered" not in found:
            found["subtitle"] = s
            found["occasion"], found["delivered"] = sub
            i += 1
            if not sub[1] and i < end and (alone := _date_alone(lines[i])):
                # ——在科右前旗第十八届人民代表大会第三次会议上 / （2024年3月12日） / 刘 海 涛: the day on its own line
                found["delivered"] = alone
                i += 1
            if "speaker" not in found and i < end and speaker(lines[i]) is None and (name := _bare_name(lines[i])):
                # a name alone (栗 俊 昌); 市长 左俊 is an office and a name, read as a speaker line below
                found["speaker"], found["speaker_title"] = name, ""
                i += 1
            continue
        if "occasion" not in found and "delivered" not in found and i + 1 < end and not subtitle(lines[i + 1]) \
                and (sub := subtitle(s + lines[i + 1])) and sub[0] and sub[1]:
            found["subtitle"] = s + lines[i + 1]  # 2025年3月21日在汉滨区第十九届 / 人民代表大会第四次会议上
            found["occasion"], found["delivered"] = sub
            i += 2
            if "speaker" not in found and i < end and speaker(lines[i]) is None and (name := _bare_name(lines[i])):
                # 2021年12月15日 / 在安岳县第十七届人民代表大会第一次会议上 / 刘建华: a name alone under it, as above
                found["speaker"], found["speaker_title"] = name, ""
                i += 1
            continue
        sp = speaker(s)
        if sp is None and i + 1 < end and _bare_name(lines[i + 1]) and (sp := speaker(s + lines[i + 1])) is not None:
            i += 1  # 平湖市人民政府市长 / 仲旭东: the office and the name on two lines
        if sp is None and title_idx is not None and s.startswith(title_text) and s != title_text:
            sp = speaker(s[len(title_text):])  # the title again with its speaker (…工作报告(全文) 三明市人民政府市长余红胜)
            if sp is None and "occasion" not in found and (summary := _summary_front(s[len(title_text):])):
                # the title again with the front run on after it, a copy site's summary line (…(全文) 政府工作报告
                # 2016年3月22日 在广元市…会议上 广元市人民政府代市长邹自景): its subtitle and speaker
                found["subtitle"], (found["occasion"], found["delivered"]), sp = summary
                if sp is None and len(s) <= SUMMARY_MAX:
                    i += 1
                    continue
        if sp and "speaker" not in found:
            found["speaker"], found["speaker_title"] = sp
            i += 1
            if "occasion" in found and not found.get("delivered") and i < end and (alone := _date_alone(lines[i])):
                # ——在河北省…会议上 / 河北省人民政府省长 张庆伟 / （2016年1月8日）: the day on its own line under the speaker
                found["delivered"] = alone
                i += 1
            continue
        if sp and title_idx is None:
            i += 1  # a second signatory's line (…区委书记 乔俊杰 / …区人民政府区长 恽淇丞, 13af): no title
            continue
        if is_title_like(s) and not (heading and heading(s) and not (
                title_idx is None and meta_title and _same_title(s, meta_title))):
            # (a page's headline marked <h1> is a heading candidate, but the title when the page's <title> holds it)
            nxt = lines[i + 1] if i + 1 < end else ""
            if title_idx is None:
                if any(c in s for c in "！？!?；;") and not (s[-1] not in TERMINAL and (
                        fu.is_stamp(nxt) or fu.edition(nxt) or fu.fields(nxt) is not None
                        or any(fu.is_stamp(t) for t in lines[i + 2:min(i + 3, end)]))):
                    # an exclamation or a question is no title, but inside a headline above the page's time stamp or
                    # its fields (居民人均收入翻一番以上!江苏拿出未来发展新目标 / 2021-01-26 15:09:42), or a dateline
                    # one line further down (…增加2万多元！上海亮出“十三五”成绩单 / 澎湃讯 / 2021-01-24 09:27)
                    break
                if s[-1] in "：:":
                    break  # a salutation or a label opens the body (同志们：, 尊敬的各位领导：)
                if (lead := _time_lead(s)) and _reads_as_sentence(s[lead:]):
                    break  # a lead sentence opens the page (2022年,初步预计,地区生产总值增长4.7%左右,…)
                if digest_heading(s):
                    break  # 回顾2017年 above a digest's list: the body opens here (华商报, 商洛 2018)
                if s.isdigit() and i + 1 < end:
                    i += 1  # a bare year or number above the title (a document site's tags: 2023)
                    continue
                if meta_title and not _same_title(s, meta_title):
                    if i + 1 < end and _same_title(lines[i + 1], meta_title) \
                            and _block_follows(lines, i + 2, end, lines[i + 1]):
                        i += 1  # a label above the title the front matter names, its subtitle under it
                        continue  # (市十六届人大七次会议文件（三） / 政府工作报告 / ——2021年2月5日在…会议上)
                    if not (_genre(s) and _block_follows(lines, i + 1, end, s)):
                        break  # front matter names the title: a different first line is the body's (a heading)
                    # (but a title line of its own over its subtitle or speaker, 乌鲁木齐市人民政府工作报告 /
                    # ——2025年1月14日在…会议上 under the front matter's 2 0 2 5 年 政府工作报告: the text's title block)
                if gazetteer().parse_line(s) and is_title_like(nxt) and not (heading and heading(nxt)):
                    break  # 山东省济南市 / 创出一条路: a speech of a bundle opens here
                if not _genre(s) and any(fu.is_crumb(lines[j]) and PATH_SIGN.search(lines[j])
                                         for j in range(i + 1, min(end, i + 1 + CRUMB_NEAR))):
                    i += 1  # the site's name or slogan above its breadcrumb (人民网 / 人民网>>青海频道>>本网专稿),
                    continue  # not a page's title line naming the document (…政府工作报告 - 新文秘网)
                title_idx, title_text = i, s
                i += 1
                continue
            if s in title_text or s == _unquoted(title_text):
                title_again = i  # (a forum's thread title, then its poster's box, then the report's own title line)
                i += 1  # the title repeated (政府工作报告 under 2026年宁夏回族自治区政府工作报告), its quotes dropped
                continue  # (交流发言:坚持三个聚焦,… under 交流发言:坚持“三个聚焦”,…)
            if _block_follows(lines, i + 1, end, title_text):
                if title_idx == i - 1 and _genre(s) and not _genre(title_text) and _open_ended(title_text):
                    title_text += s  # a title the page split over two lines (2026年天津市 / 政府工作报告)
                    title_end_idx = i
                elif _genre(s) and not _genre(title_text):
                    title_idx, title_text, title_end_idx = i, s, None  # the line above named the site or column
                i += 1  # else a column name or a stray value inside the title block
                continue
            if len(title_text) <= TAG_MAX and title_end_idx is None:
                # a document site's tags above the title (省政府 / 全体会议 / 致辞 / 省政府全体会议上的讲话)
                if _genre(s) and len(s) > TAG_MAX:
                    title_idx, title_text = i, s
                    i += 1
                    continue
                if len(s) <= TAG_MAX and not _genre(title_text):
                    i += 1
                    continue
                if not _genre(title_text) and not _genre(s) and _reads_as_name(s) and any(
                        _genre(lines[j]) and is_title_like(lines[j]) for j in range(i + 1, min(end, i + 1 + GENRE_NEAR))):
                    i += 1  # a site's menu above the title (国务院@你 / 赣服通 / … / 手机WAP / 英文版 / 2018年南昌市政府工作报告)
                    continue
        if heading and (toc := _contents_end(lines, i, end, heading)):
            i = toc  # a table of contents before the text: its headings come again below
            continue
        if title_idx is not None and "occasion" not in found and "delivered" not in found and (again := next(
                (k for k in range(i + 1, min(end, i + 1 + AGAIN_NEAR)) if lines[k] and _same_title(lines[k], title_text)
                 and k + 1 < end and subtitle(lines[k + 1])), None)) is not None:
            # a reposting page's lead between the title and the title again over its subtitle (重庆市人民政府工作报告 /
            # 重庆市2021年政府工作报告于近日发布,…全文如下: / 重庆市人民政府工作报告 / ——2021年1月21日在…会议上 / 市长 唐良智)
            i = again + 1
            continue
        break
    start = i
    for k in range(start, min(end, start + EDITION_BELOW)):
        if "published" not in found and (ed := fu.edition(lines[k])):
            # a second headline above the paper's edition line (直通2023山东两会 报告速览 / 2023年山东这样干 /
            # 青岛晚报 2023年01月14日, probe5): the title block runs to it, which dates the page
            found.setdefault("outlet", ed[0])
            found["published"] = ed[1]
            start = k + 1
            break
    if "published" not in found:
        # a stamp ending the page (…成绩来之不易。 / 2024-01-21 09:48:15): the date it was published, not the text's
        k = next((k for k in range(n - 1, start, -1) if lines[k]), start)
        if k > start and fu.is_stamp(lines[k]):
            found["published"] = lines[k]
            end = min(end, k)
        elif k > start and (ed := fu.edition(lines[k])):
            # a reposted article's citation ending the page (…（记者 连锦添） / 《人民日报》（2022年12月28日第15版）)
            found.setdefault("outlet", ed[0])
            found["published"] = ed[1]
            end = min(end, k)
    if start >= end and title_idx is not None:
        start = title_idx  # nothing but a title: it is the text too
        if _reads_as_sentence(title_text):  # 南京市、苏州市地区生产总值均突破1.6万亿元: a statement, no title
            title_idx, title_text, title_end_idx = None, "", None
    meta = doc.metadata
    sources = []
    title = without_site(title_text)
    own_title = title
    title_span = None
    if title_idx is not None:
        title_span = (paras[title_idx].start, paras[title_end_idx if title_end_idx is not None else title_idx].end)
        if ("subtitle" in found and found["subtitle"] in text[title_span[0]:title_span[1]]  # written on one line
                or title_end_idx is None and lines[title_idx] != title_text  # its fields run on after it
                and title_text in text[title_span[0]:title_span[1]]):
            first = text.index(title_text, title_span[0])
            title_span = (first, first + len(title_text))
        if title != title_text:  # the site's name after the title is not the title's
            first = text.index(title, title_span[0])
            title_span = (first, first + len(title))
    used_text = bool(title or found)
    if title and meta_title and (fuller := without_site(meta_title.strip())) != title \
            and _same_title(title, fuller) and len("".join(fuller.split())) > len("".join(title.split())) \
            and not _site_after(fuller, title):
        title = fuller  # the text's title line says less than its front matter (政府工作报告 / 2021年东莞市政府工作报告)
        sources.append("metadata")
    if not title and meta_title:
        title = said_once(meta_title)
        sources.append("metadata")
    published = (iso_date(found.get("published", "")) or (metadata_date(meta["date"]) if meta.get("date") else "")
                 or address_date(meta.get("url", "")))
    if published and not found.get("published"):
        sources.append("metadata")
    delivered = found.get("delivered", "")
    if not delivered and not found.get("occasion") and title and (sub := subtitle(title)) is not None and sub[1]:
        # 2021年1月12日在拉萨市第十一届人民代表大会第六次会议上的政府工作报告 (a page's title, no subtitle line): the
        # title says the day and the session, as a subtitle does
        found["occasion"], delivered = sub
    if not delivered and found.get("caption_day"):
        year = re.search(r"(\d{4})年", title) or re.match(r"(\d{4})", published)
        delivered = iso_date(f"{year.group(1)}年{found['caption_day']}") if year else ""
    speaker_name = found.get("speaker", "")
    speaker_title = found.get("speaker_title", "")
    if not speaker_name and found.get("caption_speaker"):
        speaker_name, speaker_title = found["caption_speaker"], found["caption_office"]
    if not speaker_name and title and (ts := _title_speaker().match(title)) is not None \
            and not re.search(_offices(), ts.group("name")):
        # 区委副书记、区长亓伟在全区经济运行分析会上的讲话: the title names who spoke, in what office, at what meeting
        speaker_name, speaker_title = ts.group("name"), ts.group("office")
        if not found.get("occasion"):
            found["occasion"] = ts.group("occ")
    if not speaker_name and not found.get("occasion") and start < end:
        # news on a session: its opening says who reported (…开幕，广东省省长王伟中向大会作政府工作报告。)
        # (or its next lines, under a lead of its own: 根据“重庆发布”消息，2019年… / (图侵删) / 1月11日，…市长唐良智作…)
        # (or, below a digest of the report's figures, the lines from the one saying the session opened: 回顾2017年 / … /
        # 华商报讯…2月25日,商洛市第四届人民代表大会第三次会议…开幕 / 市长郑光炤代表市人民政府向大会作政府工作报告)
        later = next((k for k in range(start, end) if SESSION_OPENS.search(lines[k])), start)
        for first in dict.fromkeys((start, later)):
            reach = 0
            for k in range(first, end):
                if (cs := caption_speaker(lines[k][:LEAD_REACH])) is not None:
                    speaker_name, speaker_title = cs
                    # the day it says he gave the report (1月20日,…县长李永军在作《政府工作报告》时), in the page's year
                    md = MONTH_DAY.match(lines[k])
                    year = re.match(r"(\d{4})", published)
                    if not delivered and not found.get("occasion") and md and year:
                        delivered = iso_date(f"{year.group(1)}年{md.group(0)}")
                    break
                reach += len(lines[k])
                if reach >= LEAD_CHARS:
                    break
            if speaker_name:
                break
    if not delivered and not found.get("occasion") and start < end and SESSION_OPENS.search(lines[start][:LEAD_REACH]):
        # the day a session opened, as the news lead says it (人民网成都2月1日电…今日，…会议开幕; 1月5日，…会议开幕), in
        # the year of the page's date or of a date the lead carries (日期: 2023-01-05); never a year the text names
        # (成都市政府工作报告丨2023年成都地区生产总值…: the year reviewed)
        opening = lines[start][:LEAD_REACH]
        md = MONTH_DAY.search(opening)
        year = re.match(r"(\d{4})", published) or re.search(r"(?<!\d)(\d{4})[-/.]\d{1,2}[-/.]\d{1,2}", opening)
        if md and year:
            delivered = iso_date(f"{year.group(1)}年{md.group(0)}")
        elif (so := SESSION_OPENS.search(opening)) is not None and (day := DAY_ALONE.search(opening, 0, so.start())) and \
                re.fullmatch(r"\d{4}-\d\d-\d\d", published) and int(day.group(1)) <= int(published[8:]):
            # the day alone (24日上午，…会议…开幕), in the page's month and year: a page of that day or after
            delivered = f"{published[:8]}{int(day.group(1)):02d}"
    if not delivered and not found.get("occasion") and re.fullmatch(r"\d{4}-\d\d-\d\d", published):
        # or a sentence of the lead's next lines that opens with the day alone (许勤主持 梁惠玲作政府工作报告 /
        # 实干铸就伟业，奋斗创造未来。24日上午，黑龙江省第十四届人民代表大会第二次会议…开幕)
        reach = 0
        for k in range(start, end):
            if (day := SESSION_DAY.search(lines[k][:LEAD_REACH])) and int(day.group(1)) <= int(published[8:]):
                delivered = f"{published[:8]}{int(day.group(1)):02d}"
                break
            if (rel := SESSION_RELATIVE_DAY.search(lines[k][:LEAD_REACH])) is not None:
                # 深圳新闻网2024年1月19日讯(…)昨日上午，深圳市龙华区第二届人民代表大会第四次会议…开幕: the day before the
                # dateline's day (the page's when the lead has none)
                ref = iso_date(lines[k][:rel.start()]) or published
                delivered = (date.fromisoformat(ref) - timedelta(days=1 if rel.group("rel")[0] == "昨" else 0)).isoformat()
                break
            reach += len(lines[k])
            if reach >= LEAD_CHARS:
                break
    if not speaker_name and meta.get("author"):
        speaker_name = meta["author"]
        sources.append("metadata")
    outlet = found.get("outlet", "") or meta.get("source", "")
    if outlet in word_tuple("no_outlets.txt"):
        outlet = ""  # 来源:网友投稿: who posted the copy, no outlet
    place, locality = "", None
    if meta.get("place"):  # a place the front matter states wins over one read from the title
        place, locality = place_of(meta["place"])
        if locality is None:  # a two-character county stated whole (佳县), which no name search finds in text
            locality = gazetteer().short_counties.get(meta["place"].strip())
        place = meta["place"]
        sources.append("metadata")
    if locality is None:
        place, locality = place_of(title, found.get("occasion", ""), speaker_title)
        if locality is not None and speaker_title:  # 浙江省…交流会上的发言汇编 / 杭州市西湖区委书记 高国飞
            o_place, o_loc = place_of(speaker_title)
            if o_loc is not None and inside(o_loc, locality):
                place, locality = o_place, o_loc  # a speaker from a place inside the meeting's speaks of their own
        if locality is None or locality.level == "province":  # a county of two characters, in the province named
            c_place, c_loc = short_county(title, found.get("occasion", ""), speaker_title)
            if c_loc is not None and (locality is None or c_loc.province == locality.name):
                place, locality = c_place, c_loc
        if locality is not None and locality.level != "county" and start < n and not found.get("occasion"):
            # a city's paper titles a district's session with the city (深圳二届人大二次会议开幕 above 4月21日,坪山区
            # 二届人大二次会议开幕): the session's place, inside the title's, is the text's
            s_place, s_loc = session_place(text, paras[start].start, paras[end - 1].end if end > start else len(text))
            if s_loc is not None and s_loc.level == "county" and locality.name in (s_loc.city, s_loc.province):
                place, locality = s_place, s_loc
            elif s_loc is not None and title_venue(title, place) and s_loc.name in (locality.city, locality.province):
                place, locality = s_place, s_loc  # the title's city is where the province's session meets
            elif s_loc is None and title_venue(title, place):
                # 粤省卫生健康工作会议在广州召开 above 2021年广东省卫生健康工作会议在广州召开: the province's meeting, held in
                # its capital, is the province's
                h_place, h_loc = meeting_host(text, paras[start].start, paras[end - 1].end if end > start else len(text),
                                              place)
                if h_loc is not None and h_loc.name in (locality.city, locality.province):
                    place, locality = h_place, h_loc
    if locality is None and start < n:
        place, locality = session_place(text, paras[start].start, paras[end - 1].end if end > start else len(text))
    if locality is None and 0 < start < n:  # the lead above the body (观点网讯:1月23日,山东省十三届人大七次会议…开幕)
        place, locality = session_place(text, paras[0].start, paras[start].start)
    if locality is None and start < end:
        place, locality = opening_session_place(text, paras[start].start, paras[end - 1].end)
    if not title and start < end and (glued_title := _glued_title().match(lines[start])):
        title = glued_title.group("title")  # a speech's title the page glued to its text (…讲话县长在…的讲话同志们：)
        used_text = True
    if not title:  # a template site's last line names the document (收藏《区长在…会上的讲话》)
        for line in reversed(lines[-BOOKMARK_REACH:]):
            title = fu.bookmark_title(line)
            if title:
                used_text = True
                break
    from_file = not doc.source.startswith("<") and doc.source != "-"
    if not title and from_file:
        title = file_title(doc.doc_id)
        sources.append("filename")
    if locality is None and from_file:
        place, locality = place_of(doc.doc_id)
        if locality is not None:
            sources.append("filename")
    said = home_said(text, paras[start].start, paras[end - 1].end, title) if locality is None and start < end else None
    if said is not None:  # the place the speech speaks of as its own (结合垫江实际)
        place, locality = own_place(text, paras[start].start, paras[end - 1].end, title, said)
        if locality is not None:
            used_text = True
    if locality is None and said is not None:  # a local outlet or reporting line (来源：株洲市统计局, 吴川市人民政府网讯)
        place, locality = source_place(text, [p.start for p in paras[start:end]], paras[end - 1].end, outlet, title,
                                       said)
        if locality is not None:
            used_text = True
    bare = "".join((own_title or title).split())
    # with no date of delivery, the year of a title that is a year and the name alone (2016年政府工作报告; not
    # 2022年政府工作报告（摘要）, an abstract)
    named_year = delivered[:4] or _named_year(bare, locality.name if locality is not None else "")
    if named_year and locality is not None and (name := bare_name(own_title or title, locality.name)):
        # a report titled by its kind alone (政府工作报告 over its subtitle, or a page's 2021年《政府工作报告》): its name is
        # the year it was delivered, its place and the kind (2021年浙江省政府工作报告), not a page's headline around it;
        # with no date, the year its title names (2016年政府工作报告: probe34, 浙江 2016)
        title = f"{named_year}年{locality.name}{name}"
        title_span = None  # a name, no line of the text
    if used_text:
        sources.insert(0, "text")
    body_start = paras[start].start if start < n else len(text)
    body_end = paras[end - 1].end if end > start else body_start
    body = tuple(p for k, p in enumerate(paras[start:end], start) if not _furniture_in_body(lines[k]) and k not in box)
    profile = Profile(
        title=title, subtitle=found.get("subtitle", ""), occasion=found.get("occasion", ""),
        delivered=delivered, speaker=speaker_name, speaker_title=speaker_title,
        outlet=outlet, published=published, place=place,
        locality=locality.name if locality else "", adcode=locality.adcode if locality else "",
        profile_from=",".join(dict.fromkeys(sources)), body_start=body_start, body_end=body_end)
    return Front(profile, title_span, body)


CONTENTS_MIN = 3  # headings in a row that make a table of contents


def _contents_end(lines: list[str], i: int, end: int, heading) -> int | None:
    """The line after a table of contents that opens at lines[i] (一、2024年工作回顾 / （一）… / 二、… listed
    with no text between them, the page's title or 各位代表 after), when its first heading comes again below;
    else None."""
    k = i
    while k < end and is_title_like(lines[k]) and heading(lines[k]):
        k += 1
    if k - i < CONTENTS_MIN or lines[i] not in lines[k:end]:
        return None
    return k


def _field_value(name: str, line: str) -> bool:
    """Whether a line is the value of a label standing alone above it (来源： / 宁夏日报客户端)."""
    if not line or len(line) > 30 or fu.fields(line) is not None or fu.is_widget(line):
        return False
    if speaker(line) is not None:
        return False  # 作者: left empty, then 甘肃省代省长 任振鹤: the speaker line, not the field's value (13al)
    if name == "published":
        return bool(iso_date(line))
    if name == "other":
        return bool(re.fullmatch(r"[\d,，.万次人]+", line))
    return not _genre(line)


def _open_ended(line: str) -> bool:
    """A line that stops where a title would go on: after a year or a place name (2026年天津市)."""
    if line[-1] in "年0123456789":
        return True
    matches = list(gazetteer().find(line))
    return bool(matches) and matches[-1].end == len(line)


def _block_follows(lines: list[str], k: int, end: int, title: str = "") -> bool:
    """Whether the title block goes on at lines[k] (within two lines, the title repeated not counted): a subtitle,
    speaker, field or widget."""
    window = [t for t in lines[k:min(k + 3, end)] if not title or t != title][:2]
    for t in window:
        if subtitle(t) or speaker(t) or fu.fields(t) is not None or fu.is_widget(t) or fu.is_stamp(t) \
                or fu.is_caption(t) or fu.is_lead_caption(t):
            return True
    return False


def _make_genre_words() -> re.Pattern:
    return recache.compile(alternation(genres()))


_GENRE_WORDS_ONCE: Final = Once(_make_genre_words)


def _genre_words() -> re.Pattern:
    return _GENRE_WORDS_ONCE.get()


def _make_glued_title() -> re.Pattern:
    """A speech's title at the start of a text it is glued to, after what a document site writes there (its page
    counter 第1页共21页, its editor's line 下面是小编为大家整理的…: furniture.tsv `glued`): a run ending in a speech's
    genre word (讲话, 致辞) that no word of a report follows (…在会上讲话指出 is a sentence: headings.tsv)."""
    table: dict[str, list[str]] = {}
    for kind, w in rows("headings.tsv"):
        table.setdefault(kind, []).append(w)
    genres, not_after = alternation(table["speech"]), alternation(table["speech_not_after"])
    return recache.compile(rf"(?:{fu.furniture().glued})*(?P<title>[^，。,：:；;！？!?\s“”]{{4,40}}?(?:{genres}))"
                           rf"(?:[（(][^（）()]{{1,4}}[）)])?(?!{not_after}|[。！？!?])")


_GLUED_TITLE_ONCE: Final = Once(_make_glued_title)


def _glued_title() -> re.Pattern:
    return _GLUED_TITLE_ONCE.get()


def _genre(title: str) -> bool:
    return bool(_genre_words().search(title))


def title_then_fields(line: str) -> tuple[str, list[tuple[str, str, str]]] | None:
    """(title, fields) of a line that runs a page's fields on after a title naming a kind of text (…政府工作报告(附全文)
    发布时间:2021-02-22 10:16), else None."""
    text = line.strip()
    m = fu.furniture().field.search(text)
    if m is None or m.start() == 0:
        return None
    title, fl = text[:m.start()].strip(), fu.fields(text[m.start():])
    return (title, fl) if title and fl and _genre(title) else None


REPORT_WORD = "报告"  # what every caption naming the report's speaker holds (caption_speaker)


def caption_speaker(line: str) -> tuple[str, str] | None:
    """(name, office) of the speaker a caption shows at work (省长卢东亮在…作政府工作报告 → 卢东亮, 省长;
    张工作政府工作报告 → 张工; 成都市人民政府市长王凤朝代表市人民政府，向大会报告工作; 市长龚正作《政府工作报告》;
    县长李永军在作《政府工作报告》时; 区长夏禹桨所作的政府工作报告; 省长叶建春代表江西省人民政府向大会作“政府工作报告”;
    a headline's 许勤主持 梁惠玲作政府工作报告: the one who presides is not the speaker; …会议开幕，会上作政府工作报告
    names no one), else None."""
    s = fu.squeeze(line)
    if REPORT_WORD not in s:
        return None  # every match ends with 工作报告 or 报告工作: most lines are read no further (a search of the
        # pattern, which may open at every character, cost about 265,000 instructions a lead line)
    m = _caption_speaker().search(s)
    if m is None:
        return None
    if m.group("after"):  # 刘伟平省长代表省人民政府作了《政府工作报告》: the name before the office
        return m.group("after"), m.group("office_after")
    return m.group("name"), m.group("office") or ""


def _make_caption_speaker() -> re.Pattern:
    offices = _offices()
    # (or, after a mark, the name before the office: ，刘伟平省长代表省人民政府作了《政府工作报告》; probe14 甘肃 2016 news)
    return recache.compile(rf"(?:(?:^|(?<=[。，,；了])|(?<=主持))(?:听取)?(?P<office>[^。，,；了]{{0,24}}?(?:{offices}))?"
                      rf"(?!向大会|(?:开幕)?大?会议?上)(?P<name>[\u4e00-\u9fff·]{{2,4}}?)"
                      rf"|(?:^|(?<=[。，,；]))(?P<after>[\u4e00-\u9fff·]{{2,3}}?)(?P<office_after>{offices}))"
                      rf"(?:代表[^。，,；]{{1,12}}?政府[，,]?)?(?:在[^。，,；]{{0,40}}?)?"
                      rf"(?:向大会)?所?(?:(?:作|做|发表)(?:了|的)?[《“\"]?(?:政府)?工作{REPORT_WORD}|{REPORT_WORD}工作)")


_CAPTION_SPEAKER_ONCE: Final = Once(_make_caption_speaker)


def _caption_speaker() -> re.Pattern:
    return _CAPTION_SPEAKER_ONCE.get()


def _furniture_in_body(line: str) -> bool:
    return fu.is_caption(line) or fu.is_widget(line)
