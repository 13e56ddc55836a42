"""Typed records passed between the stages: load → normalize → structure → extract → export.

Every record is a frozen dataclass. Offsets (`start`, `end`) are character
offsets into the document's canonical text (`Document.text`), end exclusive.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Sequence, TypeVar


@dataclass(frozen=True)
class Mark:
    """A heading candidate marked up by the source (HTML <h1>/<strong>, markdown #)."""

    start: int
    end: int
    kind: str  # "h1" … "h6" (HTML headings, markdown #…######) | "bold"


@dataclass(frozen=True)
class RawDocument:
    """What a loader read: text as decoded/extracted, before normalization."""

    doc_id: str
    source: str  # path (or "-") the text came from, plus "#row" for table rows
    format: str  # text | html | markdown | csv | jsonl
    encoding: str
    text: str
    metadata: Mapping[str, str] = field(default_factory=dict)
    marks: tuple[Mark, ...] = ()  # offsets into `text`


@dataclass(frozen=True)
class Document:
    """The canonical text every offset in every output refers to."""

    doc_id: str
    source: str
    format: str
    encoding: str
    text: str
    raw_offsets: Sequence[int]  # raw_offsets[i] = offset in RawDocument.text of text[i]; one extra at the end
    metadata: Mapping[str, str] = field(default_factory=dict)
    marks: tuple[Mark, ...] = ()  # offsets into `text`

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the loaded text for a span of the canonical text."""
        return self.raw_offsets[start], self.raw_offsets[end]


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class Speech:
    speech: int  # 1-based; 0 for the front text of a bundle before its first speech
    place: str  # as written on the speech's place line ("广东省深圳市")
    locality: str  # the most specific administrative unit of `place` ("深圳市")
    adcode: str
    title: str
    start: int
    end: int
    title_start: int
    title_end: int


class SectionStyle(StrEnum):
    """How a section's heading is numbered (`sections.style`)."""

    CN = "cn"  # 一、
    ORDINAL = "ordinal"  # 第一， alone on its line
    CN_PAREN = "cn_paren"  # （一）
    ARABIC = "arabic"  # 1.
    ARABIC_PAREN = "arabic_paren"  # （1）
    CIRCLED = "circled"  # ①
    BRACKET = "bracket"  # ［1］
    CHAPTER = "chapter"  # 第一章
    ARTICLE = "article"  # 第一节
    PART = "part"  # 第一部分
    MARKED = "marked"  # marked up by the source (<h2>, **bold**, #)
    UNNUMBERED = "unnumbered"  # a short line alone, shown to be a heading by the text
    APPENDIX = "appendix"  # 附件1
    PREFACE = "preface"  # the text before the first heading


@dataclass(frozen=True)
class Section:
    speech: int
    section: int  # top-level part counter within the speech (appendices count on); 0 before the first heading
    level: int  # 1 = top level of the main outline; 0 outside it: the preface, appendices and their items
    number: int  # ordinal of the heading within its parent (一 → 1, 附件2 → 2); unnumbered headings count on too
    label: str  # the numbering as written ("一、", "（三）", "1.", "第二章", "附件1"); empty for unnumbered headings
    path: str  # "3", "3.1", …; "A1", "A1.2" for appendix 1 and its items
    style: str  # a SectionStyle
    title: str
    start: int
    end: int
    title_start: int
    title_end: int


@dataclass(frozen=True)
class Point:
    """An enumerated point 一是…二是… inside a paragraph."""

    speech: int
    section: int
    point: int
    label: str  # "一是"
    lead: str  # text of the point up to its first 。；
    start: int
    end: int


def _staircase(items: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """(starts, values) such that for any offset the last item (in the given order) starting at or before
    it is at bisect_right(starts, offset) - 1. An item hides the earlier ones that start after it."""
    starts: list[int] = []
    values: list[int] = []
    for start, value in items:
        k = bisect_right(starts, start)
        del starts[k:], values[k:]
        starts.append(start)
        values.append(value)
    return starts, values


@dataclass(frozen=True)
class Profile:
    """What a document says about itself (title page, byline, front matter): who spoke, where, when.

    Dates are ISO 8601 (`2026-01-26`); `place`/`locality`/`adcode` come from the gazetteer; `body_start`,
    `body_end` bound the document's own text (page furniture before and after is outside).
    `profile_from` names where the fields came from when not the text (`metadata`, `filename`).
    """

    title: str = ""
    subtitle: str = ""  # ——2026年1月26日在天津市第十八届人民代表大会第四次会议上
    occasion: str = ""  # 天津市第十八届人民代表大会第四次会议
    delivered: str = ""  # ISO date the speech was given
    speaker: str = ""
    speaker_title: str = ""  # 天津市市长
    outlet: str = ""  # the outlet after 来源： (解放日报)
    published: str = ""  # ISO date the page was published (时间：…)
    place: str = ""  # the document's place as named (天津市)
    locality: str = ""  # its most specific administrative unit
    adcode: str = ""
    profile_from: str = ""  # text | metadata | filename (comma-joined when mixed)
    body_start: int = 0
    body_end: int = 0

    @property
    def date(self) -> str:
        """The date the document's relative times resolve against: delivered, else published."""
        return self.delivered or self.published


@dataclass(frozen=True)
class Structure:
    title: str
    speeches: tuple[Speech, ...]
    sections: tuple[Section, ...]
    points: tuple[Point, ...]
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    profile: Profile = Profile()

    @cached_property
    def _index(self) -> tuple[tuple[list[int], list[int]], dict[int, tuple[list[int], list[int]]], list[int]]:
        """What `locate` and `sentence_at` bisect, built on first use: the speeches, each speech's top-level
        sections and appendices (as `_staircase`) and the ends of the sentences."""
        tops: dict[int, list[Section]] = {}
        for sec in self.sections:
            if sec.level == 1 or sec.style == "appendix":
                tops.setdefault(sec.speech, []).append(sec)
        return (_staircase((s.start, s.speech) for s in self.speeches),
                {speech: _staircase((s.start, s.section) for s in secs) for speech, secs in tops.items()},
                [s.end for s in self.sentences])

    def locate(self, offset: int) -> tuple[int, int]:
        """(speech, top-level section) holding a canonical offset: the last speech starting at or before it,
        and in that speech the last top-level section starting at or before it (0 before the first)."""
        (starts, numbers), tops, _ = self._index
        k = bisect_right(starts, offset)
        speech = numbers[k - 1] if k else 1
        starts, numbers = tops.get(speech, ([], []))
        k = bisect_right(starts, offset)
        return speech, numbers[k - 1] if k else 0

    def sentence_at(self, offset: int) -> Sentence | None:
        k = bisect_right(self._index[2], offset)  # the first sentence ending after the offset
        if k < len(self.sentences) and self.sentences[k].start <= offset:
            return self.sentences[k]
        return None


@dataclass(frozen=True)
class Figure:
    """One number mention, written by the rules of docs/fields.md."""

    mention: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    kind: str
    qualifier: str
    change: str
    baseline: str
    period: str
    indicator: str
    place: str
    start: int
    end: int
    time: str = ""  # ISO 8601 date, month, year or interval (2021/2025), resolved from the context
    claim: str = ""  # actual | target
    measure: str = ""  # canonical measure name (pipeline/data/measures.tsv), else empty
    # where it is (the locate stage): speech and top-level section (Structure.locate); the sentence that holds
    # it (its bounds) and a bounded excerpt of it around the figure (its text and bounds: pipeline/excerpt.py)
    speech: int = 0
    section: int = 0
    sentence: str = ""
    sentence_start: int | None = None
    sentence_end: int | None = None
    excerpt_start: int | None = None
    excerpt_end: int | None = None


def new_figure(mention: str, value: Decimal, value_max: Decimal | None, unit: str, kind: str, qualifier: str,
               change: str, baseline: str, period: str, indicator: str, place: str, start: int, end: int) -> Figure:
    """`Figure(...)` with the fields the figure stage sets, the later stages' at their defaults: the same
    record, made without the frozen `__init__` (which sets each of its 23 fields through `object.__setattr__`:
    about 5 µs a figure, 4 % of the figure stage; this takes 1 µs)."""
    # the first fields, in their order, then the later ones: vars() reads as Figure's
    return _built(Figure, dict(locals()), _LATER_FIELDS)


_LATER_FIELDS = MappingProxyType({f.name: f.default for f in fields(Figure) if f.default is not MISSING})


# OntoNotes-style label of each figure kind: spaCy's doc.ents (pipeline.nlp) and the marks of `show`
FIGURE_LABELS = {
    "money": "MONEY", "percent": "PERCENT", "percentage_point": "PERCENT", "measure": "QUANTITY",
    "count": "CARDINAL", "ratio": "CARDINAL", "rank": "ORDINAL", "duration": "DATE",
}


@dataclass(frozen=True)
class Entity:
    text: str
    label: str
    start: int
    end: int
    speech: int = 0  # where it is, as for Figure (the locate stage)
    section: int = 0
    sentence: str = ""
    sentence_start: int | None = None
    sentence_end: int | None = None
    excerpt_start: int | None = None
    excerpt_end: int | None = None


Item = TypeVar("Item", Figure, Entity)


def evolve(item: Item, **changes: Any) -> Item:
    """`dataclasses.replace` for figures and entities, which the context and locate stages rebuild once each:
    the same new record, without running the generated `__init__` again (a frozen record's sets every field
    through `object.__setattr__`: replace takes about 6 µs for a Figure, this 1 µs). Neither class has a
    `__post_init__` or a cached property, so a copy of the fields with `changes` is the whole record."""
    unknown = changes.keys() - item.__dataclass_fields__.keys()
    if unknown:
        raise TypeError(f"{type(item).__name__} has no field {', '.join(sorted(unknown))}")
    return _built(type(item), item.__dict__, changes)


def _built(cls: type[Item], *fields: Mapping[str, Any]) -> Item:
    """A record of `cls` holding `fields` (merged in order), made without calling its `__init__`."""
    new = object.__new__(cls)
    for part in fields:
        new.__dict__.update(part)
    return new



@dataclass(frozen=True)
class Result:
    """Everything the pipeline found in one document."""

    document: Document
    structure: Structure
    figures: tuple[Figure, ...] = ()
    entities: tuple[Entity, ...] = ()


class Stage(StrEnum):
    """Where a document failed (`errors.stage`) or what a warning is about (`warnings.stage`), in pipeline order."""

    SKIP = "skip"  # an entry of a folder that is not read (not a failure)
    LOAD = "load"
    NORMALIZE = "normalize"
    STRUCTURE = "structure"
    ENTITIES = "entities"
    EXTRACT = "extract"
    CONTEXT = "context"
    LOCATE = "locate"
    EXPORT = "export"
    WORKER = "worker"  # the worker running the document failed or was stopped (a pool or Dask worker)


@dataclass(frozen=True)
class Failure:
    source: str
    stage: str  # a Stage
    reason: str


@dataclass(frozen=True)
class Notice:
    """Damage that did not stop a document (a bad byte replaced, a doc_id renamed): a row of warnings.csv."""

    source: str
    stage: str
    reason: str
