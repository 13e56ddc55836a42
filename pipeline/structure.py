"""Structure: paragraphs, speeches, numbered sections, enumerated points and sentences.

- A **speech** opens with a paragraph that is nothing but a place (广东省深圳市)
  followed by a title paragraph; text before the first one is speech 0. A
  document with no such pair is one speech (number 1) titled by the document.
- **Sections** are paragraphs opening with a heading label (一、 （一） 1. （1）
  第X章 第X节 …) or marked up as headings by the source (HTML <h1>–<h6>, a
  paragraph that is all <strong>, markdown #). Levels follow the conventional
  order of the styles (第X章 > 第X节 > 一、 > （一） > 1. > （1）) among those the
  speech uses; a numbered heading counts only when it continues its sequence
  (the first of a style is 1, the next one more), which keeps stray "1." lines
  out. A heading's title runs to the end of its paragraph or its first 。.
- **Points** are 一是…二是… runs inside paragraphs.
- **Sentences** end at 。！？!?… (closing quotes and brackets stay with them)
  and at paragraph ends.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import gazetteer
from .numerals import cn_ordinal
from .records import Document, Paragraph, Point, Section, Sentence, Speech, Structure

CN = "一二三四五六七八九十百零〇两"


@dataclass(frozen=True)
class HeadingStyle:
    name: str
    rank: int  # lower = higher in the outline
    pattern: re.Pattern


HEADING_STYLES = (
    HeadingStyle("part", 0, re.compile(rf"第([{CN}\d]+)[编部篇]\s*")),
    HeadingStyle("chapter", 1, re.compile(rf"第([{CN}\d]+)章\s*")),
    HeadingStyle("article", 2, re.compile(rf"第([{CN}\d]+)节\s*")),
    HeadingStyle("cn", 4, re.compile(rf"([{CN}]+)[、.．]\s*")),
    HeadingStyle("cn_paren", 5, re.compile(rf"[（(]([{CN}]+)[）)]\s*")),
    HeadingStyle("arabic", 6, re.compile(r"(\d{1,2})(?:[、．]|\.(?!\d))\s*")),
    HeadingStyle("arabic_paren", 7, re.compile(r"[（(](\d{1,2})[）)]\s*")),
    HeadingStyle("circled", 8, re.compile(r"([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
)
HEADING_ANY = re.compile("|".join(f"(?:{style.pattern.pattern})" for style in HEADING_STYLES))
# an unnumbered heading marked up by the source sits above 一、; <h1>/# above <h2>/## … above a bold line
MARKED_RANKS = {"h1": 3.1, "h2": 3.2, "h3": 3.3, "h4": 3.4, "h5": 3.5, "h6": 3.6, "bold": 3.7}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
TITLE_MAX = 60  # a paragraph longer than this (without 。) is no title line
SENTENCE_END = re.compile(r"[^。！？!?…]*[。！？!?…]+[”’」』）)\]》\"']*|[^。！？!?…]+$", re.M)
POINT = re.compile(rf"是(?<=[{CN}]是)")  # the 是 of 一是, 二是 (a literal first: fast to find); its numeral runs back
POINT_AFTER = "。；;！？：:，,"
TERMINAL = "。！？!?；;："


def paragraphs(text: str) -> tuple[Paragraph, ...]:
    out, start = [], 0
    for line in text.split("\n"):
        if line:
            out.append(Paragraph(start, start + len(line)))
        start += len(line) + 1
    return tuple(out)


def sentences(text: str, paras: tuple[Paragraph, ...]) -> tuple[Sentence, ...]:
    out = []
    for p in paras:
        pos = p.start
        while pos < p.end:  # the matches of SENTENCE_END follow each other: one finditer unless a quote is cut off
            for m in SENTENCE_END.finditer(text, pos, p.end):
                s, e = m.start(), m.end()
                # an ASCII quote after the end mark closes a quote only if one is open (。" 成都… opens the next)
                while e > s + 1 and text[e - 1] in "\"'" and text.count(text[e - 1], s, e) % 2 == 1:
                    e -= 1
                pos = e
                while s < e and text[s] == " ":
                    s += 1
                if e > s:
                    out.append(Sentence(s, e))
                if e < m.end():
                    break  # the next sentence starts at the quote
            else:
                break
    return tuple(out)


def is_title_like(line: str) -> bool:
    return 0 < len(line) <= TITLE_MAX and line[-1] not in TERMINAL and "。" not in line


def _heading(text: str, p: Paragraph, marked: str | None):
    """(style name, rank, number, label end) when the paragraph opens with a heading, else None."""
    line = text[p.start:p.end]
    if HEADING_ANY.match(line):  # one regex rules out most paragraphs; then each style, in order
        for style in HEADING_STYLES:
            m = style.pattern.match(line)
            if m and m.end() < len(line):
                raw = m.group(1)
                try:
                    number = CIRCLED.index(raw) + 1 if style.name == "circled" else cn_ordinal(raw)
                except ValueError:
                    continue
                return style.name, style.rank, number, p.start + m.end()
    if marked and is_title_like(line):
        return "marked", MARKED_RANKS.get(marked, MARKED_RANKS["bold"]), 0, p.start
    return None


def _marked(doc: Document, p: Paragraph) -> str | None:
    """The kind of mark covering the whole paragraph (the highest heading if several), if any."""
    kinds = [m.kind for m in doc.marks if m.start <= p.start and m.end >= p.end]
    return min(kinds, key=lambda k: MARKED_RANKS.get(k, 9)) if kinds else None


def _title_end(text: str, start: int, end: int) -> int:
    stop = text.find("。", start, end)
    end = stop if stop >= 0 else end
    while end > start and text[end - 1] in " ：:；;，,":
        end -= 1
    return end


def find_speeches(doc: Document, paras: tuple[Paragraph, ...], title: str) -> tuple[Speech, ...]:
    text, gaz = doc.text, gazetteer()
    opens = []
    for i in range(len(paras) - 1):
        line = text[paras[i].start:paras[i].end]
        if len(line) > 20:
            continue
        places = gaz.parse_line(line)
        nxt = paras[i + 1]
        nxt_line = text[nxt.start:nxt.end]
        if places and is_title_like(nxt_line) and _heading(text, nxt, None) is None:
            opens.append((i, places))
    # the document title's span when it is the first paragraph (a title from metadata has none)
    t_start, t_end = (paras[0].start, paras[0].end) if paras and text[paras[0].start:paras[0].end] == title else (0, 0)
    if not opens:
        place = doc.metadata.get("place", "")
        matched = gaz.parse_line(place) if place else None
        locality = matched[-1].place if matched else None
        return (Speech(1, place, locality.name if locality else "", locality.adcode if locality else "",
                       title, 0, len(text), t_start, t_end),)
    speeches = []
    first = paras[opens[0][0]].start
    if text[:first].strip():
        speeches.append(Speech(0, "", "", "", title, 0, first - 1, t_start, t_end))
    for n, (i, places) in enumerate(opens):
        start = paras[i].start
        end = paras[opens[n + 1][0]].start - 1 if n + 1 < len(opens) else len(text)
        t = paras[i + 1]
        locality = places[-1].place
        speeches.append(Speech(n + 1, text[paras[i].start:paras[i].end], locality.name, locality.adcode,
                               text[t.start:t.end], start, max(end, t.end), t.start, t.end))
    return tuple(speeches)


def find_sections(doc: Document, paras: tuple[Paragraph, ...], speech: Speech) -> list[Section]:
    text = doc.text
    body = [p for p in paras if p.start >= max(speech.start, speech.title_end) and p.end <= speech.end
            and not (p.start == speech.title_start and p.end == speech.title_end)]
    stack: list[tuple[str, float, int]] = []  # (style, rank, number) of the open headings
    found: list[tuple[Paragraph, str, int, int, int, str]] = []  # para, style, level, number, label_end, path
    path_counts: list[int] = []
    for p in body:
        h = _heading(text, p, _marked(doc, p))
        if h is None:
            continue
        style, rank, number, label_end = h
        depth = next((k for k, (s, r, _) in enumerate(stack) if r >= rank), len(stack))
        same = depth < len(stack) and stack[depth][:2] == (style, rank)
        if style != "marked":
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
        found.append((p, style, depth + 1, number, label_end, ".".join(map(str, path_counts))))
    sections: list[Section] = []
    first = found[0][0].start if found else speech.end
    pre_start = body[0].start if body else speech.end
    if text[pre_start:first].strip():
        sections.append(Section(speech.speech, 0, 0, 0, "", "0", "preface", "", pre_start, max(pre_start, first - 1),
                                pre_start, pre_start))
    for k, (p, style, level, number, label_end, path) in enumerate(found):
        end = speech.end
        for q, _, lvl, *_ in found[k + 1:]:
            if lvl <= level:
                end = q.start - 1
                break
        t_end = _title_end(text, label_end, p.end)
        sections.append(Section(
            speech=speech.speech, section=int(path.split(".")[0]), level=level, number=number,
            label=text[p.start:label_end].strip(), path=path, style=style, title=text[label_end:t_end],
            start=p.start, end=end, title_start=label_end, title_end=t_end,
        ))
    return sections


def find_points(text: str, paras: tuple[Paragraph, ...], locate) -> list[Point]:
    points: list[Point] = []
    expected: dict[tuple[int, int], int] = {}
    for p in paras:
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


def document_title(doc: Document, paras: tuple[Paragraph, ...]) -> str:
    if doc.metadata.get("title"):
        return doc.metadata["title"]
    if paras:
        first = doc.text[paras[0].start:paras[0].end]
        if is_title_like(first) and _heading(doc.text, paras[0], None) is None:
            return first
    return ""


def analyse(doc: Document) -> Structure:
    paras = paragraphs(doc.text)
    title = document_title(doc, paras)
    speeches = find_speeches(doc, paras, title)
    sections = [s for sp in speeches for s in find_sections(doc, paras, sp)]
    partial = Structure(title, speeches, tuple(sections), (), paras, ())
    points = find_points(doc.text, paras, partial.locate)
    return Structure(title, speeches, tuple(sections), tuple(points), paras, sentences(doc.text, paras))
