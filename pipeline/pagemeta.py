"""What a file says about its page besides the text: the document's metadata.

A saved web page says its title, date, outlet and address in `<meta>` tags and `<link rel="canonical">`
(`<meta name="PubDate" content="2022-03-05 09:07">` on government sites, `article:published_time`,
`og:url` …); markdown says them in front matter. Which tag gives which field is the table `html_meta.tsv`;
where an address writes its day (`/2022-03/05/content_….htm`, `/t20220305_….html`) is `address_dates.tsv`.
Pure functions over what the loader read; the profile stage decides what the fields mean for the document.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Iterable, Mapping

from . import recache
from .data import table, lines

FIELDS = ("title", "date", "author", "source", "place", "url")  # the metadata keys a document can carry
_ADDRESS = re.compile(r"^(?:https?:)?//|^www\.", re.I)  # not cached: tried once per file with front matter


@lru_cache(maxsize=1)
def _tags() -> dict[str, tuple[str, int]]:
    """key → (field, rank), from html_meta.tsv."""
    return {key: (field, int(rank)) for key, field, rank in table("html_meta.tsv")}


@lru_cache(maxsize=1)
def _address_dates() -> tuple[re.Pattern, ...]:
    return tuple(recache.compile(line) for line in lines("address_dates.tsv"))


def from_tags(tags: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The metadata a page's tags give: (key, content) pairs, key the tag's name, property or itemprop (any
    case) → {field: content}, the best-ranked tag per field, the first of equal rank; empty contents skipped."""
    known = _tags()
    best: dict[str, tuple[int, str]] = {}
    for key, content in tags:
        found = known.get(key.strip().lower())
        content = " ".join(content.split())
        if found and content:
            field, rank = found
            if field == "url" and not (is_address(content) or content.startswith("/")):
                continue  # javascript:…, a page's name: no address (a path from the site's root is one)
            if field not in best or rank < best[field][0]:
                best[field] = (rank, content)
    return {field: content for field, (_, content) in best.items()}


def is_address(value: str) -> bool:
    """Whether a metadata value is a web address (a front matter's `source:` often is one, not an outlet)."""
    return bool(_ADDRESS.search(value.strip()))


def from_front_matter(data: Mapping[str, object]) -> dict[str, str]:
    """The metadata a front matter gives: its scalar fields among FIELDS, as written; a `source:` that is an
    address (a web clipper's) is the page's url, not its outlet."""
    meta = {}
    for key in FIELDS:
        value = data.get(key)
        if value is not None and not isinstance(value, (list, dict)) and str(value).strip():
            meta[key] = str(value).strip()
    if is_address(meta.get("source", "")):
        meta.setdefault("url", meta.pop("source"))
    return meta


def address_date(url: str) -> str:
    """The day a page's address says it was published, as ISO 8601, else ""."""
    for pattern in _address_dates():
        for m in pattern.finditer(url):
            try:
                return date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
            except ValueError:
                continue
    return ""
