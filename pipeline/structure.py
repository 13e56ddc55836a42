"""Structure: paragraphs, profile and body, speeches, numbered sections, appendices, points and sentences.

- The **profile** and the **body** come from `pipeline.profile` (title block, page fields, furniture):
  `Structure.paragraphs` are the body's own paragraphs (no page furniture, no captions); everything
  below is found in them alone, so the canonical text keeps its offsets and furniture yields nothing.
- A **speech** opens with a paragraph that is nothing but a place (广东省深圳市)
  followed by a title paragraph; text before the first one is speech 0. A
  document with no such pair is one speech (number 1) with the document's
  title and place.
- **Sections** are paragraphs opening with a heading label (一、 （一） 1. （1）
  ① ［1］ 第X章 第X节 …) or marked up as headings by the source (HTML <h1>–<h6>, a
  paragraph that is all <strong>, markdown #). Levels follow the
  conventional order of the styles (第X章 > 第X节 > 一、 > （一） > 1. > （1）) among those the
  speech uses; a numbered heading counts only when it continues its sequence
  (the first of a style is 1, the next one more), which keeps stray "1." lines
  out. A heading's title runs to the end of its paragraph or its first 。; a
  heading split over two lines is one.
- **Unnumbered headings**: a short line alone, without sentence punctuation,
  between running text and running text, is a heading above the body's highest
  numbered series, where that series has not begun yet or starts again at 1
  (or anywhere when the body has none). 一是… and lead clauses (这一年，…) never are.
- **Appendices** (附件, 附件1, 附：, 名词解释, 注释; data/headings.tsv) are parts of
  their own after the report's outline (style appendix, level 0, path A1); their
  numbered items are their sub-sections (A1.1 …), never continuing 一、二、三.
- **Points** are 一是…二是… runs inside paragraphs.
- **Sentences** end at 。！？!?… (closing quotes and brackets stay with them)
  and at paragraph ends.

Every step is one pass over the paragraphs (marks by a sweep, speeches' paragraphs by bisection).
"""
from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Final, Sequence

from . import recache
from .bisection import bisect_right_int
from .once import Once
from .data import alternation, rows, word_tuple
from .gazetteer import gazetteer
from .numerals import CN_LABEL_CHARS, cn_ordinal
from .profile import DASHES, HAN, TERMINAL, digest_heading, is_title_like, iso_date, read as read_profile, speaker
from .records import Document, Paragraph, Point, Profile, Section, Sentence, Speech, Structure

CN = CN_LABEL_CHARS


@dataclass(frozen=True)
class HeadingStyle:
    name: str
    rank: float  # lower = higher in the outline
    pattern: re.Pattern


HEADING_STYLES = (
    HeadingStyle("part", 0, recache.compile(rf"第([{CN}\d]+)(?:部分|[编部篇])\s*")),
    HeadingStyle("chapter", 1, recache.compile(rf"第([{CN}\d]+)章\s*")),
    HeadingStyle("article", 2, recache.compile(rf"第([{CN}\d]+)节\s*")),
    HeadingStyle("cn", 4, recache.compile(rf"([{CN}]+)[、.．]\s*")),
    # 第一，以成渝地区双城经济圈建设为战略牵引… alone on its line: a heading under 一、 (a paragraph that goes on
    # after the title's 。 is a point of running text, 第一，必须始终坚持…。把…; `_ordinal_line`)
    HeadingStyle("ordinal", 4.5, recache.compile(rf"第([{CN}]+)[，,]\s*")),
    HeadingStyle("cn_paren", 5, recache.compile(rf"[（(]([{CN}]+)[）)]\s*")),
    HeadingStyle("arabic", 6, recache.compile(r"(\d{1,2})(?:[、．]|\.(?!\d))\s*")),
    HeadingStyle("arabic_paren", 7, recache.compile(r"[（(](\d{1,2})[）)]\s*")),
    HeadingStyle("circled", 8, recache.compile(r"([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
    HeadingStyle("bracket", 9, recache.compile(r"[［\[〔【](\d{1,3})[］\]〕】]\s*")),  # ［1］ notes
)
HEADING_ANY = recache.compile("|".join(f"(?:{style.pattern.pattern})" for style in HEADING_STYLES))
assert all(style.pattern.groups == 1 for style in HEADING_STYLES)  # style k's group is HEADING_ANY's group k + 1
# the characters a match of HEADING_ANY opens with, but the digits of \d (str.isdecimal: Unicode's Nd, as \d): 第 of the
# part, chapter, article and ordinal styles, the numerals of 一、, the brackets, the circled numbers (a paragraph opening
# with none is no heading's, told without the regex: tests/test_fast_paths.py)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEADING_FIRSTS: Final = "第（(［[〔【" + CN + CIRCLED
# an unnumbered heading marked up by the source sits above 一、; <h1>/# above <h2>/## … above a bold line
MARKED_RANKS = {"h1": 3.1, "h2": 3.2, "h3": 3.3, "h4": 3.4, "h5": 3.5, "h6": 3.6, "bold": 3.7}
UNNUMBERED_MAX = 40  # an unnumbered heading is a line this short at most
NOT_IN_TITLE: Final = "。！？!?；;：:…"  # sentence and clause marks no heading without a number holds (its 。 at the end aside)
# an appendix head that is its own title may name a second part after a joint (名词解释和说明, 名词解释及有关说明)
TITLED_TAIL = r"[和及与][\u4e00-\u9fff]{1,4}"
ORDINAL_LINE_MAX = 60  # a 第一，… heading is a whole line this short at most
UNNUMBERED_RANK = 3.8  # unnumbered headings sit above 一、 and below the headings the source marks up
SPLIT_MAX = 30
TITLE_SPACE_MIN = 4  # a run-on title keeps at least this many characters before the space that ends it
BODY_MIN = 8  # running text under a heading is a sentence this long at least  # the second line of a heading split over two is this short at most
SENTENCE_END = recache.compile(r"[^。！？!?…]*[。！？!?…]+[”’」』）)\]》\"']*|[^。！？!?…]+$", re.M)
_OTHER_ENDS = "！？!?…"  # SENTENCE_END's end marks but 。
_CLOSERS = "”’」』）)]》\"'"  # what SENTENCE_END keeps after the end marks (closing quotes and brackets)
_QUOTES_AND_SPACE = "\"' "  # what paragraph_sentences gives back or trims: a paragraph holding none takes a shortcut
POINT_WORD = "是"
POINT = recache.compile(rf"{POINT_WORD}(?<=[{CN}]{POINT_WORD})")  # the 是 of 一是, 二是 (a literal first: fast to find); its numeral runs back
POINT_AFTER = "。；;！？：:，,"


_NEW = object.__new__
# the slots' own setters, bound once: a call of each sets its field as object.__setattr__ does, without looking the
# field up by name (both classes are frozen dataclasses with slots)
_PARAGRAPH_START, _PARAGRAPH_END = vars(Paragraph)["start"].__set__, vars(Paragraph)["end"].__set__
_SENTENCE_START, _SENTENCE_END = vars(Sentence)["start"].__set__, vars(Sentence)["end"].__set__


def _paragraph(start: int, end: int) -> Paragraph:
    """`Paragraph(start, end)` without the frozen `__init__` (an interpreted frame that sets each field through
    `object.__setattr__`): the same record, its slots set directly."""
    p = _NEW(Paragraph)
    _PARAGRAPH_START(p, start)
    _PARAGRAPH_END(p, end)
    return p


def _sentence(start: int, end: int) -> Sentence:
    """`Sentence(start, end)`, made as `_paragraph` makes a Paragraph (18,569 in the 2 MB bench corpus)."""
    s = _NEW(Sentence)
    _SENTENCE_START(s, start)
    _SENTENCE_END(s, end)
    return s


def paragraphs(text: str) -> tuple[Paragraph, ...]:
    out, start = [], 0
    new, set_start, set_end = _NEW, _PARAGRAPH_START, _PARAGRAPH_END
    for line in text.split("\n"):
        if line:
            p = new(Paragraph)  # _paragraph(start, start + len(line)), its names bound once for the loop
            set_start(p, start)
            set_end(p, start + len(line))
            out.append(p)
        start += len(line) + 1
    return tuple(out)


def sentences(text: str, paras: tuple[Paragraph, ...]) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    # the end marks but 。 that the text holds at all: a paragraph holding none of them (nor a quote or a space) has
    # its sentences found by str.find of 。 (in C), not by SENTENCE_END tried at every character
    others = [c for c in _OTHER_ENDS if c in text]
    # likewise the quotes and the space the full reading handles: a paragraph of a text holding none of them holds none
    # (most texts hold no ASCII quote: three searches a paragraph were made to find nothing)
    held = [c for c in _QUOTES_AND_SPACE if c in text]
    closers = _CLOSERS
    new, set_start, set_end = _NEW, _SENTENCE_START, _SENTENCE_END
    for p in paras:
        pos, end = p.start, p.end
        quoted = spaced = False
        for c in held:
            if text.find(c, pos, end) >= 0:
                if c != " ":
                    quoted = True  # a quote to give back, maybe: the full reading
                    break
                spaced = True
        if quoted:
            out.extend(paragraph_sentences(text, p))
            continue
        if not spaced:
            plain = True
            for c in others:
                if text.find(c, pos, end) >= 0:
                    plain = False
                    break
            if plain:
                # SENTENCE_END's matches where 。 is the only end mark (tests/test_fast_paths.py): the text to the
                # next 。, the 。 after it, then the closing quotes and brackets; the rest of the paragraph when no 。
                # is left (its matches never empty, each from where the one before ended)
                while pos < end:
                    k = text.find("。", pos, end)
                    if k < 0:
                        e = end
                    else:
                        e = k + 1
                        while e < end and text[e] == "。":
                            e += 1
                        while e < end and text[e] in closers:
                            e += 1
                    s = new(Sentence)  # _sentence(pos, e), its names bound once for the loop
                    set_start(s, pos)
                    set_end(s, e)
                    out.append(s)
                    pos = e
                continue
        # no quote to give back: every match is a sentence as it stands, but the spaces it opens with, which the full
        # reading trims (a match of spaces alone is none). The matches are never empty and follow each other to the
        # paragraph's end (each opens where the one before ended: its first alternative runs to the next end mark,
        # its second to the end), so their texts' lengths give their spans: findall makes no match object and asks
        # no span of one. The lengths adding up to the paragraph's is the check that they did follow each other.
        pieces = SENTENCE_END.findall(text, pos, end)
        if sum(map(len, pieces)) == end - pos:
            for piece in pieces:
                e = pos + len(piece)
                first = pos
                if spaced:
                    while first < e and text[first] == " ":
                        first += 1
                if e > first:
                    out.append(_sentence(first, e))
                pos = e
        else:  # (never seen: the full reading)
            out.extend(paragraph_sentences(text, p))
    return tuple(out)


def sentence_at(sentences: Sequence[Sentence], starts: list[int], offset: int) -> Sentence | None:
    """`Structure.sentence_at(offset)` by a bisection of the sentences' starts (`starts`), in compiled code (the
    context and locate stages ask it per figure):
    the last sentence opening at or before the offset, if it holds it (the sentences are disjoint and in order)."""
    k = bisect_right_int(starts, offset) - 1
    if k >= 0 and sentences[k].end > offset:
        return sentences[k]
    return None


def paragraph_sentences(text: str, p: Paragraph) -> list[Sentence]:
    """The sentences of one paragraph, read in full: ASCII quotes given back, spaces trimmed (what `sentences`
    reads in a paragraph with neither, by its shortcut, must be the same)."""
    out = []
    pos = p.start
    while pos < p.end:  # the matches of SENTENCE_END follow each other: one finditer unless a quote is cut off
        for m in SENTENCE_END.finditer(text, pos, p.end):
            s, e = m.start(), m.end()
            # an ASCII quote after the end mark closes a quote only if one is open (。" 成都… opens the next)
            while e > s + 1 and text[e - 1] in "\"'" and text.count(text[e - 1], s, e) % 2 == 1:
                e -= 1
            pos = e
            if e < m.end():  # a cut-off quote: the space before it ends no sentence (thumbnail: ')
                while e > s and text[e - 1] == " ":
                    e -= 1
            while s < e and text[s] == " ":
                s += 1
            if e > s:
                out.append(_sentence(s, e))
            if e < m.end():
                break  # the next sentence starts at the quote
        else:
            break
    return out


def _heading(text: str, p: Paragraph, marked: str | None):
    """(style name, rank, number, label end) when the paragraph opens with a heading, else None."""
    # HEADING_ANY's match within the paragraph's bounds is its match on the paragraph's copy (its patterns look behind
    # nothing, and see the bounds' end as the copy's): most paragraphs are not copied to be ruled out
    found = HEADING_ANY.match(text, p.start, p.end) if p.end > p.start and (
        text[p.start] in _HEADING_FIRSTS or text[p.start].isdecimal()) else None
    line = text[p.start:p.end] if found is not None or marked else ""
    if found is not None:  # one regex rules out most paragraphs; then each style, in order
        # from the style whose alternative matched (its one group is the match's last): the alternation takes the first
        # alternative that matches, so no style before it matches the line
        first = found.lastindex or 1
        for style in HEADING_STYLES[first - 1:]:
            m = style.pattern.match(line)
            if m and m.end() < len(line) and (style.name != "ordinal" or _ordinal_line(line, marked)):
                raw = m.group(1)
                try:
                    number = CIRCLED.index(raw) + 1 if style.name == "circled" else cn_ordinal(raw)
                except ValueError:
                    continue
                return style.name, style.rank, number, p.start + m.end()
    if marked and is_title_like(line):
        return "marked", MARKED_RANKS.get(marked, MARKED_RANKS["bold"]), 0, p.start
    return None


def _ordinal_line(line: str, marked: str | None) -> bool:
    """Whether a paragraph opening with 第一， is a heading: the whole line a title, with no end mark (第一，以成渝…发展),
    or one 。 at its end when the source marks the line (**第一，千方百计稳定经济增长。**)."""
    body = line[:-1] if marked and line.endswith("。") else line
    return len(line) <= ORDINAL_LINE_MAX and not any(c in body for c in NOT_IN_TITLE)


def _marks(doc: Document, paras: Sequence[Paragraph]) -> list[str | None]:
    """For each paragraph (in text order), the kind of mark covering all of it (the highest heading if several).

    One sweep: marks enter a heap by rank as the paragraphs pass their start; a mark that ends before a
    paragraph's end ends before every later one too, so it is dropped for good once it is on top."""
    marks = sorted(doc.marks, key=lambda m: m.start)
    out: list[str | None] = []
    heap: list[tuple[float, int, int, str]] = []
    k = 0
    for p in paras:
        while k < len(marks) and marks[k].start <= p.start:
            m = marks[k]
            heapq.heappush(heap, (MARKED_RANKS.get(m.kind, 9), k, m.end, m.kind))
            k += 1
        while heap and heap[0][2] < p.end:
            heapq.heappop(heap)
        out.append(heap[0][3] if heap else None)
    return out


RUN_ON_MIN = 60  # a heading's title up to its 。 this long has run into the body after it
RUN_ON_GAP = recache.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")  # a space between two Han characters


def _title_end(text: str, start: int, end: int) -> int:
    """Where a heading's title ends: at its 。, else its line's end. A title that runs on past RUN_ON_MIN characters
    ends at the first space between two Han characters, a few characters in: a page that joins its lines with spaces
    (a copy site's text layer: 一、一季度工作开局良好,必须坚定信心、乘势而上 今年以来,面对…) writes the heading and the
    body it opens as one line, and the space is where the heading stopped."""
    stop = text.find("。", start, end)
    end = stop if stop >= 0 else end
    if end - start > RUN_ON_MIN:
        gap = RUN_ON_GAP.search(text, start + TITLE_SPACE_MIN, end)
        if gap is not None:
            end = gap.start()
    while end > start and text[end - 1] in " ：:；;，,":
        end -= 1
    return end


def find_speeches(doc: Document, paras: tuple[Paragraph, ...], profile: Profile,
                  title_span: tuple[int, int] | None) -> tuple[Speech, ...]:
    text, gaz = doc.text, gazetteer()
    title = profile.title
    opens, signed = [], []
    # the paragraphs' bounds as lists of ints, read once for the three passes below (was each record's attributes read
    # again in each, by name: a bundle's blocks are told by short lines, and most paragraphs end each test at a length)
    starts, ends = [p.start for p in paras], [p.end for p in paras]
    for i in range(len(paras)):
        if ends[i] - starts[i] > SIGNATURE_MAX:
            continue  # too long for a signature and for a place line (20 at most): not copied to be told so
        line = text[starts[i]:ends[i]]
        if line[:1] in DASHES and len(line) <= SIGNATURE_MAX:
            sign = _signature(line)
            if sign:
                signed.append((i, sign))
                continue
        if len(line) > 20 or i + 1 == len(paras):
            continue
        places = gaz.parse_line(line)
        nxt = paras[i + 1]
        nxt_line = text[nxt.start:nxt.end]
        if places and is_title_like(nxt_line) and _heading(text, nxt, None) is None:
            opens.append((i, places))
    t_start, t_end = title_span or (0, 0)
    body_start, body_end = profile.body_start, profile.body_end
    signed = [(i, places) for i, places in signed if body_start <= paras[i].start and paras[i].end <= body_end]
    if not opens and signed:
        return _signed_speeches(text, paras, signed, min(t_start, body_start) if title_span else body_start, body_end)
    if not opens:
        headed = _headed_blocks(text, paras, starts, ends, body_start, body_end)
        # the first block's headline and speaker line stand above the body: the profile read them as the page's
        first_read = bool(profile.speaker_title) and next(iter(gaz.find(profile.speaker_title)), None) is not None
        if len(headed) + first_read >= HEADED_MIN:
            return _headed_speeches(text, paras, headed, profile if first_read else None, body_start, body_end,
                                    t_start, t_end)
    if not opens:
        titled = _titled_blocks(text, paras, starts, ends, body_start, body_end)
        if len(titled) >= HEADED_MIN:
            return _titled_speeches(text, paras, titled, body_start, body_end, t_start, t_end)
    if not opens:
        start = min(t_start, body_start) if title_span else body_start
        return (Speech(1, profile.place, profile.locality, profile.adcode, title, start, body_end, t_start, t_end),)
    speeches = []
    first = paras[opens[0][0]].start
    if text[body_start:first].strip():
        speeches.append(Speech(0, "", "", "", title, body_start, first - 1, t_start, t_end))
    for n, (i, places) in enumerate(opens):
        start = paras[i].start
        end = paras[opens[n + 1][0]].start - 1 if n + 1 < len(opens) else body_end
        t = paras[i + 1]
        locality = places[-1].place
        speeches.append(Speech(n + 1, text[paras[i].start:paras[i].end], locality.name, locality.adcode,
                               text[t.start:t.end], start, max(end, t.end), t.start, t.end))
    return tuple(speeches)


SIGNATURE_MAX = 48
HEADED_MIN = 2  # blocks a bundle has at least: one headline over a speaker line is a single speech's title block


def _headed_blocks(text: str, paras, starts: list[int], ends: list[int], body_start: int,
                   body_end: int) -> list[tuple[int, list]]:
    """(index of the headline, places of the office) of each block of a bundle of exchange speeches that opens with a
    headline and a speaker line whose office names a place (坚持首善标准 在服务保障亚运会中展现西湖担当 / 杭州市西湖区委书记
    高国飞), from `body_start` (the end of the page's title) to `body_end`."""
    out = []
    for i in range(len(paras) - 1):
        if starts[i] < body_start or ends[i + 1] > body_end:
            continue
        if ends[i + 1] - starts[i + 1] > SIGNATURE_MAX or ends[i] - starts[i] > SIGNATURE_MAX:
            continue  # a headline and a speaker line are short: most paragraphs end the test here
        p, q = paras[i], paras[i + 1]
        line, office_line = text[p.start:p.end].strip(), text[q.start:q.end].strip()
        if not office_line or any(c in office_line for c in "。，,；;：:") or not is_title_like(line) \
                or _heading(text, p, None) is not None:
            continue
        found = speaker(office_line)
        if found is None or speaker(line) is not None:
            continue
        places = list(gazetteer().find(found[1]))
        if places:
            out.append((i, places))
    return out


def _headed_speeches(text: str, paras, headed, first_block: Profile | None, body_start: int, body_end: int,
                     t_start: int, t_end: int) -> tuple[Speech, ...]:
    """Speeches of a bundle whose blocks open with a headline and a speaker line: the office's last place is the
    speech's (宁波市委常委、北仑区委书记 → 北仑区; 杭州市西湖区委书记 → 杭州市西湖区, the run it ends). When the profile read
    the first block's speaker line (`first_block`), the text before the next block is that speaker's, with the
    profile's place; else it is the bundle's front text (speech 0)."""
    speeches = []
    first = paras[headed[0][0]].start if headed else body_end + 1
    if text[body_start:first].strip():
        if first_block is not None:
            speeches.append(Speech(1, first_block.place, first_block.locality, first_block.adcode, first_block.title,
                                   min(t_start, body_start), first - 1, t_start, t_end))
        else:
            speeches.append(Speech(0, "", "", "", "", body_start, first - 1, t_start, t_end))
    number = 1 + sum(1 for sp in speeches if sp.speech)
    for n, (i, places) in enumerate(headed):
        run = [places[-1]]
        for m in reversed(places[:-1]):
            if m.end != run[0].start:
                break
            run.insert(0, m)
        last = places[-1].place
        head = paras[i]
        end = paras[headed[n + 1][0]].start - 1 if n + 1 < len(headed) else body_end
        speeches.append(Speech(number + n, "".join(m.surface for m in run), last.name, last.adcode,
                               text[head.start:head.end].strip(), head.start, max(end, head.end), head.start, head.end))
    return tuple(speeches)


TITLED_MAX = 60  # a speech's title line in a bundle is at most this long
SALUTE_MAX = 40  # and the salutation under it (同志们：, 尊敬的各位领导、同志们：)


def _make_speech_title() -> re.Pattern:
    """A line that is a speech's title: it ends with a speech's genre word (讲话, 致辞, 发言: headings.tsv speech), an
    aside in brackets after it allowed (…上的讲话（摘要）), and holds no clause mark."""
    genres = alternation([w for k, w in rows("headings.tsv") if k == "speech"])
    return recache.compile(rf"[^，。,；;：:！？!?]{{4,{TITLED_MAX}}}?(?:{genres})(?:[（(][^（）()]{{1,6}}[）)])?")


_SPEECH_TITLE_ONCE: Final = Once(_make_speech_title)


def _speech_title() -> re.Pattern:
    return _SPEECH_TITLE_ONCE.get()


def _titled_blocks(text: str, paras, starts: list[int], ends: list[int], body_start: int, body_end: int) -> list[int]:
    """Indices of the title lines of a bundle of speeches each under its own title and salutation (a template site's
    汇编 page: XX镇镇长在…公益行活动上的讲话 / 尊敬的各位同志们： / … / XX镇镇长在…干部大会上的讲话 / 同志们：), between
    `body_start` and `body_end`."""
    out = []
    for i in range(len(paras) - 1):
        if starts[i] < body_start or ends[i + 1] > body_end or ends[i] - starts[i] > TITLED_MAX \
                or ends[i + 1] - starts[i + 1] > SALUTE_MAX:
            continue
        p, q = paras[i], paras[i + 1]
        line, salute = text[p.start:p.end].strip(), text[q.start:q.end].strip()
        if salute[-1:] in "：:" and not any(c in salute[:-1] for c in "。，,；;：:") \
                and _speech_title().fullmatch(line) and _heading(text, p, None) is None:
            out.append(i)
    return out


def _titled_speeches(text: str, paras, titled: list[int], body_start: int, body_end: int, t_start: int,
                     t_end: int) -> tuple[Speech, ...]:
    """Speeches of a bundle whose blocks open with a speech's title over a salutation: the title is the speech's, the
    places opening it its place (南宫市市长在…上的讲话 → 南宫市); text before the first block is the bundle's front
    (speech 0: an editor's note, the tail of a speech the page began in)."""
    speeches = []
    first = paras[titled[0]].start
    if text[body_start:first].strip():
        speeches.append(Speech(0, "", "", "", "", body_start, first - 1, t_start, t_end))
    for n, i in enumerate(titled):
        head = paras[i]
        line = text[head.start:head.end].strip()
        places = gazetteer().opening(line)
        end = paras[titled[n + 1]].start - 1 if n + 1 < len(titled) else body_end
        last = places[-1].place if places else None
        speeches.append(Speech(n + 1, "".join(m.surface for m in places), last.name if last else "",
                               last.adcode if last else "", line, head.start, max(end, head.end), head.start,
                               head.end))
    return tuple(speeches)


def _signature(line: str) -> list | None:
    """The places of a speaker's signature line that closes an excerpt in a bundle of exchange speeches
    (——安徽省合肥市委宣传部副部长、文明办主任 魏玉萍: dashes, then an office opening with its place, then a name),
    else None."""
    rest = line.lstrip(DASHES + " \u3000")
    if len(line) - len(rest) < 2 or any(c in rest for c in "。，,；;：:"):
        return None
    places = gazetteer().opening(rest)
    return places or None


def _signed_speeches(text: str, paras, signed, start: int, body_end: int) -> tuple[Speech, ...]:
    """Speeches of a bundle whose excerpts each end with their speaker's signature line: the signature's place is
    the speech's; text after the last signature is one more speech with no place."""
    speeches = []
    for n, (i, places) in enumerate(signed):
        end = paras[i].end
        speeches.append(Speech(n + 1, "".join(m.surface for m in places), places[-1].place.name,
                               places[-1].place.adcode, "", start, end, start, start))
        start = paras[i + 1].start if i + 1 < len(paras) else end
    if text[start:body_end].strip():
        speeches.append(Speech(len(speeches) + 1, "", "", "", "", start, body_end, start, start))
    return tuple(speeches)


def _make_heading_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(appendix head, lead clause, never a heading) patterns from data/headings.tsv."""
    table: dict[str, list[str]] = {}
    for kind, word in rows("headings.tsv"):
        table.setdefault(kind, []).append(re.escape(word))
    heads = "|".join(sorted(table["appendix"], key=len, reverse=True))
    titled = "|".join(table["titled"])
    appendix = recache.compile(
        rf"(?P<label>(?:{heads})\s*(?P<num>[0-9{CN}]{{0,3}}))\s*(?:[:：、.．]\s*|\s+|$)(?P<title>.*)"
        rf"|(?P<label2>)(?P<title2>(?:{titled})(?:{TITLED_TAIL})?)\s*[:：]?")
    lead = recache.compile(rf"(?:{'|'.join(table['lead'])})[，,]")
    never = recache.compile(rf"(?:{'|'.join(table['never'])})|[{CN}]+[是要](?=[\u4e00-\u9fff])")  # 一是…, 二要…: points
    return appendix, lead, never


_HEADING_WORDS_ONCE: Final = Once(_make_heading_words)


def _heading_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    return _HEADING_WORDS_ONCE.get()


def _appendix(line: str) -> tuple[str, int, str] | None:
    """(label, number, title) of a line opening an appendix (附件1 / 附件2：名词解释 / 附：… / 注释), else None."""
    line = line.strip()
    if len(line) > 40 and line[-1] not in ":：":
        return None  # too long, and the stripping below takes nothing off a stripped line ending so: told sooner
    line = line.rstrip(":：").strip()  # 名词解释： / 附件：
    if len(line) > 40 or not is_title_like(line):
        return None
    m = _heading_words()[0].fullmatch(line)
    if not m:
        return None
    if m.group("title2") is not None and m.group("label") is None:
        return "", 1, m.group("title2")
    label, num, title = m.group("label").strip(), m.group("num"), m.group("title").strip()
    if label.startswith("附") and label[1:2] not in ("件", "表", "录") and not num and not title:
        return None  # 附 alone is no head
    if label == "附" and not re.match(r"附\s*[:：]", line):
        return None  # 附 opens an appendix only as 附：
    try:
        number = cn_ordinal(num) if num else 1
    except ValueError:
        return None
    return label, number, title


def _unnumbered(line: str) -> bool:
    """A line that may be a heading without a number: short, no sentence punctuation, not a lead clause; or a
    speaker's headline (省发展和改革委员会主任陈军：奋力开创现代化美好安徽建设新局面, a news report of several officials)."""
    if 2 <= len(line) <= UNNUMBERED_MAX and (colon := _colon(line)) > 0 and speaker(line[:colon]) is not None:
        return _unnumbered(line[colon + 1:])
    if not (2 <= len(line) <= UNNUMBERED_MAX) or any(c in line for c in NOT_IN_TITLE) or line[-1] in "，,、":
        return False
    if _heading_words()[1].match(line) or _heading_words()[2].match(line):
        return False
    if line[0] in "（(" and line[-1] in "）)" or iso_date(line) or speaker(line):
        return False  # （2026年1月26日）, a date, a speaker line: the title block's, not a heading
    comma = _first_of(line, "，", ",")
    return not (0 <= comma <= 6)  # 这一年，… 2025年，… : a short opening clause is a lead sentence


def _colon(line: str) -> int:
    """Where the line's first colon stands, -1 when it has none."""
    return _first_of(line, "：", ":")


def _first_of(line: str, a: str, b: str) -> int:
    """Where the first of two characters stands in the line, -1 when it holds neither (two finds, no generator)."""
    i, j = line.find(a), line.find(b)
    if i < 0:
        return j
    return i if j < 0 or i < j else j


def _make_item_marks() -> str:
    return "".join(word_tuple("item_marks.txt"))


_ITEM_MARKS_ONCE: Final = Once(_make_item_marks)


def _item_marks() -> str:
    return _ITEM_MARKS_ONCE.get()


def _bullet_heading(lines: Sequence[str], k: int) -> bool:
    """A short line opening with one bullet above lines opening with another (■ 2024年成绩单 then ●预计全省地区生产总值
    增长6%左右 …: a newspaper's digest of a report), not after a line with its own bullet, the bullet of fewer
    lines than the items': a heading of the items under it."""
    marks = _item_marks()
    line = lines[k]
    if len(line) < 3 or line[0] not in marks or k + 1 >= len(lines):
        return False
    below = lines[k + 1][:1]
    if below not in marks or below == line[0] or k > 0 and lines[k - 1][:1] == line[0]:
        return False  # an item of a run of items with the same bullet (●…, ●…, then ■ …)
    # the items' bullet is the more frequent: a heading stands above several
    bullets = [x[:1] for x in lines]
    return bullets.count(line[0]) < bullets.count(below) and _unnumbered(line[1:].strip())


_TIME_HEAD = recache.compile(r"(?:\d{4}年|[“\"]?十[一二三四五六七八九]五[”\"]?)")


def _list_heading(lines: Sequence[str], k: int) -> bool:
    """A short line opening with a time, bare or ending with a colon, above item lines (2020年成就： then
    实现生产总值2.62万亿元,增长2.2% …; 2023年预期目标 then ●地区生产总值增长6.5%左右 …: a newspaper's digest of a
    report, its review and its targets as lists): a heading of the items under it."""
    line = lines[k].rstrip("：:")
    if len(line) > UNNUMBERED_MAX:
        return False  # too long for _unnumbered below: told before the patterns are tried (tests/test_fast_paths.py)
    digest = digest_heading(line)  # 回顾2017年 / 展望2018年: a heading above its lines whatever they open with
    if not (digest or _TIME_HEAD.match(line)) or k + 1 >= len(lines) or not _unnumbered(line) or any(c in line for c in "，,"):
        return False
    if k > 0 and lines[k - 1] and lines[k - 1][-1] not in TERMINAL + "”’）)" and len(lines[k - 1]) > UNNUMBERED_MAX:
        return False  # a line that runs on from the one above
    below = lines[k + 1]
    bare = line == lines[k]
    items = [x for x in lines[k + 1:k + 4] if x]
    item_like = lambda x: x[0] in _item_marks() or len(x) <= UNNUMBERED_MAX and x[-1] not in TERMINAL
    return bool(items) and all(item_like(x) for x in items[:2]) and (not bare or digest or below[0] in _item_marks())


def _han(line: str) -> bool:
    """Whether a line has Chinese characters: one without (I A Review of Our Work in 2024 under 一、2024年工作回顾 on a
    bilingual page) is a translation, never the second line of a heading split over two."""
    return HAN.search(line) is not None


def _body_like(line: str) -> bool:
    """Running text: a sentence or more, ending as a sentence does, or sentences that lead into a list
    (…较好完成全年目标任务。一年来，主要做了以下工作：)."""
    return len(line) >= BODY_MIN and (line[-1] in "。！？!?…；;" or line[-1] in "”’）)：:" and "。" in line)


OUTLINE_MIN = 2  # numbered lines in a row that make a list after a colon


def _drop_quoted_outline(lines: Sequence[str], numbered: list) -> None:
    """A text's outline quoted as a list (报告分为三部分： / 一、2019年工作回顾； / 二、奋力做好2020年工作； / 三、…。 in a news
    report of a session): numbered lines right after a line ending with a colon, each but the last ending with a
    semicolon, are items of the sentence, not headings of this text (in place: their entries become None)."""
    k = 1
    while k < len(lines):
        if numbered[k] is None or not lines[k - 1] or lines[k - 1][-1] not in "：:":
            k += 1
            continue
        j = k
        while j < len(lines) and numbered[j] is not None and lines[j] and lines[j][-1] in "；;":
            j += 1
        if j < len(lines) and numbered[j] is not None and lines[j] and lines[j][-1] in "。":
            j += 1  # the list's last item closes the sentence
        if j - k >= OUTLINE_MIN and lines[k][-1] in "；;":
            for i in range(k, j):
                numbered[i] = None
        k = max(j, k + 1)


def _headings(text: str, body: Sequence[Paragraph], marks: Sequence[str | None], leads: dict[int, int] | None = None):
    """The headings of a speech's body: (start, style, rank, number, label_end, title_start, title_end, title,
    appendix) for each, in order. A heading split over two lines is one (its title spans both). `leads`: where a
    bold run that opens a paragraph ends, by the paragraph's start (**三、…开局工作** 今年是…: the title ends there)."""
    lines = [text[p.start:p.end].strip() for p in body]
    n = len(lines)
    numbered = [_heading(text, p, marks[k]) for k, p in enumerate(body)]
    _drop_quoted_outline(lines, numbered)
    # a bold line (style marked) carries no number of its own: **附件** / **名词解释** opens an appendix as a bare line does
    free = [h is None or h[0] == "marked" for h in numbered]
    appendix_at = next((k for k in range(1, n) if free[k] and _appendix(lines[k])), n)
    # unnumbered headings: only where the source marks none and the outline has no chapters above 一、
    styles = {h[0] for h in numbered[:appendix_at] if h}
    plain = [False] * n
    if not styles & {"marked", "part", "chapter", "article"}:
        # the highest numbered series of the body (一、, else （一）, else 1. …): an unnumbered heading stands
        # above it, so it comes before the series starts or where the series starts again at 1
        ranks = {h[1]: h[0] for h in numbered[:appendix_at] if h}
        top_style = ranks[min(ranks)] if ranks else None
        tops = [k for k in range(appendix_at) if numbered[k] and numbered[k][0] == top_style]
        next_top: list[int | None] = [None] * (appendix_at + 1)  # number of the first top-series heading from k on
        for k in range(appendix_at - 1, -1, -1):
            next_top[k] = numbered[k][2] if numbered[k] and numbered[k][0] == top_style else next_top[k + 1]
        parts_above: bool | None = None  # whether unnumbered parts stand above the series
        for k in range(appendix_at):
            if not numbered[k] and (_bullet_heading(lines, k) or _list_heading(lines, k)):
                plain[k] = True
                continue
            if numbered[k] or not _unnumbered(lines[k]):
                continue
            prev_ok = k == 0 or lines[k - 1][-1] in TERMINAL + "”’）)" or numbered[k - 1] is not None
            last = k  # the heading's last line
            if k + 2 < n and not numbered[k + 1] and _unnumbered(lines[k + 1]) \
                    and (_body_like(lines[k + 2]) or numbered[k + 2]):
                last = k + 1  # a second line
            follows = last + 1 < n and (_body_like(lines[last + 1]) or numbered[last + 1] is not None)
            # a last part with no numbered sub-sections, when the parts above the series carry no number either
            if next_top[k] is None and parts_above is None and tops:
                parts_above = any(plain[:tops[0]])  # final once past the series' start: computed once
            last_part = next_top[k] is None and top_style != "cn" and bool(parts_above)
            placed = not tops or k < tops[0] or next_top[k] == 1 or last_part
            if prev_ok and follows and placed:
                plain[k] = True
    out = []
    k = 0
    while k < n:
        h, p = numbered[k], body[k]
        if k == appendix_at or (k > appendix_at and free[k] and _appendix(lines[k])):
            found = _appendix(lines[k])
            assert found is not None  # the appendix line (appendix_at was found by _appendix)
            label, number, title = found
            t_start = p.start + text[p.start:p.end].find(title) if title else p.end
            t_end = t_start + len(title) if title else p.end
            if not title and k + 1 < n and free[k + 1] and is_title_like(lines[k + 1]):
                k += 1  # 附件 / 2026年自治区民生实事: the title is the next line
                t_start, t_end, title = body[k].start, body[k].end, lines[k]
            out.append((p.start, "appendix", -1.0, number, p.start + len(label) if label else p.start, t_start,
                        t_end, title, True))
        elif h is not None:
            style, rank, number, label_end = h
            t_end = _title_end(text, label_end, p.end)
            lead = leads.get(p.start) if leads else None
            if lead is not None and label_end < lead < t_end and text[lead:p.end].strip():
                t_end = lead  # a run-in bold heading: its title is the bold run, the body runs on after it
                while t_end > label_end and text[t_end - 1] in " ：:；;，,":
                    t_end -= 1
            title = text[label_end:t_end]
            if t_end == p.end and is_title_like(lines[k]) and k + 2 < n and numbered[k + 1] is None \
                    and _unnumbered(lines[k + 1]) and len(lines[k + 1]) <= SPLIT_MAX and _han(lines[k + 1]) \
                    and (_body_like(lines[k + 2]) or numbered[k + 2] is not None):
                k += 1  # 一、2025年和“十四五” / 时期工作回顾: one heading over two lines
                t_end = body[k].end
                title += lines[k]
            out.append((p.start, style, rank, number, label_end, label_end, t_end, title, k > appendix_at))
        elif plain[k]:
            t_end = p.end
            title = lines[k]
            t_start = p.start
            if title[0] in _item_marks():  # ■ 2024年成绩单: the bullet is no part of the title
                title = title[1:].lstrip()
                t_start = p.end - len(title)
            if k + 1 < n and not plain[k + 1] and not numbered[k + 1] and _unnumbered(lines[k + 1]) \
                    and _han(lines[k + 1]) and k + 2 < n and (_body_like(lines[k + 2]) or numbered[k + 2] is not None):
                k += 1
                t_end = body[k].end
                title += lines[k]
            out.append((p.start, "unnumbered", UNNUMBERED_RANK, 0, t_start, t_start, t_end, title, False))
        k += 1
    return out


def _plain_title(title: str) -> str:
    """A title without its white space and quotes, to tell a line that repeats it."""
    return re.sub(r"[\s“”\"‘’'《》]", "", title)


def _after_lead(text: str, p: Paragraph, lead: int | None) -> Paragraph:
    """The paragraph from the heading that follows a bold lead-in ending in a colon on its line (**一年来，我们做了以下
    主要工作：** （一）抢抓机遇，…: a news copy joins the lead and the first item; probe35 海南 2011), else itself."""
    if lead is None or text[lead - 1] not in "：:":
        return p
    k = lead
    while k < p.end and text[k].isspace():
        k += 1
    if k == lead or k >= p.end:
        return p
    shifted = _paragraph(k, p.end)
    found = _heading(text, shifted, None)
    return shifted if found is not None and found[0] != "marked" else p


def find_sections(doc: Document, body: Sequence[Paragraph], speech: Speech,
                  marks: Sequence[str | None]) -> list[Section]:
    """The sections of a speech from the paragraphs of its body (its title left out)."""
    text = doc.text
    stack: list[tuple[str, float, int]] = []  # (style, rank, number) of the open headings
    found = []  # (start, style, depth, number, label_end, title_start, title_end, title, path, appendix)
    path_counts: list[int] = []
    top = 0  # top-level parts so far (appendices included)
    appendices = 0
    own_title = _plain_title(speech.title)
    starts = {p.start for p in body}
    leads = {m.start: m.end for m in doc.marks if m.start in starts}
    if leads:
        body = [_after_lead(text, p, leads.get(p.start)) for p in body]
    for first, style, rank, number, label_end, t_start, t_end, title, in_appendix in _headings(text, body, marks,
                                                                                                leads):
        if style == "unnumbered" and own_title and _plain_title(title) == own_title:
            continue  # a copy site prints the speech's title again inside the text: the title, not a heading
        if style == "appendix":
            appendices += 1
            top += 1
            stack = [("appendix", -1.0, number)]
            path_counts = [appendices]
            found.append((first, style, 1, number, label_end, t_start, t_end, title, f"A{appendices}", True, top))
            continue
        base = 1 if in_appendix else 0  # inside an appendix the outline starts under it
        depth = next((d for d in range(base, len(stack)) if stack[d][1] >= rank), len(stack))
        same = depth < len(stack) and stack[depth][:2] == (style, rank)
        if style not in ("marked", "unnumbered"):
            expected = stack[depth][2] + 1 if same else 1
            if number != expected:
                continue
        else:
            number = stack[depth][2] + 1 if same else 1
        del stack[depth:]
        stack.append((style, rank, number))
        del path_counts[depth + 1:]
        if len(path_counts) <= depth:
            path_counts.append(0)
        path_counts[depth] += 1
        if depth == 0:
            top += 1
        path = ".".join(map(str, path_counts))
        found.append((first, style, depth + 1, number, label_end, t_start, t_end, title,
                      f"A{path}" if in_appendix else path, in_appendix, top))
    sections: list[Section] = []
    pre_start = body[0].start if body else speech.end
    first = found[0][0] if found else speech.end
    if text[pre_start:first].strip():
        sections.append(Section(speech.speech, 0, 0, 0, "", "0", "preface", "", pre_start, max(pre_start, first - 1),
                                pre_start, pre_start))
    # a section ends where the next heading at its depth or above begins: one pass with a stack of open ones
    ends = [speech.end] * len(found)
    open_: list[int] = []
    for j, f in enumerate(found):
        while open_ and found[open_[-1]][2] >= f[2]:
            ends[open_.pop()] = f[0] - 1
        open_.append(j)
    for j, (start, style, depth, number, label_end, t_start, t_end, title, path, in_appendix, topn) in enumerate(found):
        label = text[start:label_end].strip() if label_end > start else ""
        sections.append(Section(
            speech=speech.speech, section=topn, level=0 if in_appendix else depth, number=number,
            label=label, path=path, style=style, title=title,
            start=start, end=ends[j], title_start=t_start, title_end=t_end,
        ))
    return sections


def find_points(text: str, paras: tuple[Paragraph, ...], locate) -> list[Point]:
    points: list[Point] = []
    expected: dict[tuple[int, int], int] = {}
    for p in paras:
        if text.find(POINT_WORD, p.start, p.end) < 0:
            continue  # no 是 (three paragraphs in four): no finditer made to find nothing
        hits = []
        for m in POINT.finditer(text, p.start, p.end):
            start = m.start() - 1  # the numeral runs back from 是
            while start > p.start and text[start - 1] in CN:
                start -= 1
            if start > p.start and text[start - 1] not in POINT_AFTER:
                continue  # a label opens a paragraph or follows a stop or comma
            try:
                n = cn_ordinal(text[start:m.start()])
            except ValueError:
                continue
            if n != 1 and n not in expected.values():
                continue  # neither opens a run nor continues one anywhere: not located to be told so
            key = locate(start)
            if n == 1 or n == expected.get(key):
                expected[key] = n + 1
                hits.append((start, m.end(), n, key))
        for k, (start, label_end, n, key) in enumerate(hits):
            end = hits[k + 1][0] if k + 1 < len(hits) else p.end
            lead_end = label_end
            while lead_end < end and text[lead_end] not in "。；;":
                lead_end += 1
            points.append(Point(key[0], key[1], n, text[start:label_end], text[label_end:lead_end], start, end))
    return points


def analyse(doc: Document) -> Structure:
    """Paragraphs, profile and body, speeches, sections, points and sentences of a document. Only the body's
    own paragraphs (no page furniture, no captions) are `paragraphs`; sentences, sections and points come
    from them alone."""
    text = doc.text
    front = read_profile(doc, paragraphs(text), heading=lambda line: HEADING_ANY.match(line) is not None)
    paras = front.body
    profile = front.profile
    speeches = find_speeches(doc, paras, profile, front.title_span)
    marks = _marks(doc, paras) if doc.marks else [None] * len(paras)
    starts = [p.start for p in paras]
    sections: list[Section] = []
    for sp in speeches:  # each speech's paragraphs by bisection: no speeches × paragraphs loop
        lo, hi = bisect_left(starts, max(sp.start, sp.title_end)), bisect_left(starts, sp.end + 1)
        keep = [k for k in range(lo, hi) if paras[k].end <= sp.end
                and not (paras[k].start == sp.title_start and paras[k].end == sp.title_end)]
        sections += find_sections(doc, [paras[k] for k in keep], sp, [marks[k] for k in keep])
    partial = Structure(profile.title, speeches, tuple(sections), (), paras, (), profile)
    points = find_points(text, paras, partial.locate)
    return Structure(profile.title, speeches, tuple(sections), tuple(points), paras, sentences(text, paras), profile)
