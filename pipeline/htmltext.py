"""HTML → plain text with paragraph breaks and heading marks.

Uses the standard library's HTML parser (tags, comments, entities and
character references are handled by it). Block elements become paragraph
breaks; <h1>–<h6> and <strong>/<b> runs are recorded as heading candidates.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import recache
from .pagemeta import from_tags
from .records import Mark

BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd details div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead "
    "tr ul".split()
)
SKIP_TAGS = frozenset("script style noscript template svg iframe object".split())
# What <head> may hold; any other start tag (or <body>) ends a head whose end tag was left out.
HEAD_TAGS = frozenset("base basefont bgsound link meta noscript script style template title".split())
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
BOLD_TAGS = frozenset("strong b".split())
_SPACE = recache.compile(r"[ \t\r\n\f]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)  # not cached: bytes


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its <meta> (first 4 KiB), if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return len(re.findall(r"</?(?:p|div|br|span|h[1-6]|strong|li|table)\b", head)) >= 2


class _Handlers:
    """What the parser does with tags and text; `_parser_class` puts it before the standard library's HTMLParser."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # type: ignore[call-arg]  # HTMLParser's, after this in the MRO
        self.parts: list[str] = []
        self.length = 0
        self.skip = 0
        self.in_head = False
        self.title_depth = 0
        self.title: list[str] = []
        self.tags: list[tuple[str, str]] = []  # (name, property or itemprop of a <meta>; "canonical"), content
        self.open_marks: dict[str, list[int]] = {}
        self.marks: list[Mark] = []

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def _break(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self._emit("\n")

    def _tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Keep what a <meta> or a canonical <link> says about the page (pagemeta decides what it means)."""
        a = {k: v or "" for k, v in attrs}
        if tag == "meta" and a.get("content"):
            key = a.get("name") or a.get("property") or a.get("itemprop") or ""
            if key:
                self.tags.append((key, a["content"]))
        elif tag == "link" and a.get("href") and "canonical" in a.get("rel", "").lower().split():
            self.tags.append(("canonical", a["href"]))

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link"):
            self._tag(tag, attrs)
        if tag == "head":
            self.in_head = True
        elif tag not in HEAD_TAGS:
            self.in_head = False
        if tag in SKIP_TAGS:
            self.skip += 1
        if tag == "title":
            self.title_depth += 1
        if tag in BLOCK_TAGS:
            self._break()
        if tag in HEADING_TAGS or tag in BOLD_TAGS:
            self.open_marks.setdefault(tag, []).append(self.length)

    def handle_startendtag(self, tag, attrs):
        if tag in ("meta", "link"):
            self._tag(tag, attrs)
        if tag not in HEAD_TAGS:
            self.in_head = False
        if tag in BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag == "head":
            self.in_head = False
        if tag == "title" and self.title_depth:
            self.title_depth -= 1
        stack = self.open_marks.get(tag)
        if stack:
            start = stack.pop()
            if self.length > start:
                self.marks.append(Mark(start, self.length, tag if tag in HEADING_TAGS else "bold"))
        if tag in BLOCK_TAGS:
            self._break()

    def handle_data(self, data):
        if self.title_depth:
            self.title.append(data)
            return
        if self.skip or self.in_head:
            return
        data = _SPACE.sub(" ", data)
        if data:
            self._emit(data)


@lru_cache(maxsize=1)
def _parser_class() -> type:
    """The parser, made on first use: html.parser (and html.entities' table) is imported only when an HTML
    input is read, not at every start (about 3 ms)."""
    from html.parser import HTMLParser

    return type("_Extractor", (_Handlers, HTMLParser), {})


def html_to_text(html: str) -> tuple[str, tuple[Mark, ...], dict[str, str]]:
    """Text, heading marks (offsets into the text) and the page's metadata: what its <meta> tags and canonical
    <link> say (pagemeta.from_tags), the <title> where no tag gives a title."""
    parser = _parser_class()()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    marks = tuple(sorted(parser.marks, key=lambda s: (s.start, s.end)))
    meta = from_tags(parser.tags)
    title = " ".join("".join(parser.title).split())
    if title and "title" not in meta:
        meta["title"] = title
    return text, marks, meta
