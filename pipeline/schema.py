"""The output tables: their columns, in order, and the type each is read back as.

One definition serves the writers (column order) and `pipeline.load` (dtypes),
and the README's schema section is generated from it (`python -m pipeline.schema`).
Types: `int` → pandas nullable Int64; `code` → category (short code columns);
`text` → string; `decimal` → exact `decimal.Decimal` objects (written as plain
digits, never with an exponent); `date` → an ISO date (`2026-01-26`), read as datetime64.
"""
from __future__ import annotations

from dataclasses import dataclass

from .records import SectionStyle, Stage


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # int | code | text | decimal | date
    doc: str


def _cols(*spec: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*s) for s in spec)


DOC_ID = ("doc_id", "text", "input file name without extension (table rows: FILE-ROW or the --id-column)")
SPEECH = ("speech", "int", "1-based speech in the document; 0 = text before the first speech of a bundle")
SECTION = ("section", "int", "top-level part within the speech (appendices count on after the report's parts); 0 = before the first heading")
START = ("start", "int", "offset of the first character in the canonical text")
END = ("end", "int", "offset after the last character (end exclusive)")
SENTENCE_SPANS = (  # the row's sentence, and the part of it in `sentence` (pipeline/excerpt.py)
    ("sentence_start", "int", "offset of the whole sentence"),
    ("sentence_end", "int", "end of the whole sentence"),
    ("excerpt_start", "int", "offset of the text in `sentence`: sentence_start unless the sentence was cut"),
    ("excerpt_end", "int", "end of the text in `sentence`: sentence_end unless the sentence was cut"),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "documents": _cols(
        DOC_ID,
        ("source", "text", "the file (and #row) the document came from"),
        ("format", "code", "text | html | markdown"),
        ("encoding", "code", "detected or given encoding of the file"),
        ("title", "text", "the document's title: the title line of the text (never page furniture), else front matter/HTML, else the file name"),
        ("subtitle", "text", "the line under the title (——2026年1月26日在…会议上)"),
        ("occasion", "text", "the meeting the speech was given at (天津市第十八届人民代表大会第四次会议)"),
        ("delivered", "date", "ISO date the speech was given"),
        ("speaker", "text", "who gave it (张工)"),
        ("speaker_title", "text", "the speaker's office as written (天津市市长)"),
        ("outlet", "text", "the outlet that published the page (来源：解放日报)"),
        ("published", "date", "ISO date of publication (时间：… in the text, else the metadata's date, else the day the page's address writes)"),
        ("place", "text", "the place the document is about, as named (天津市)"),
        ("locality", "text", "its most specific administrative unit"),
        ("adcode", "code", "its administrative division code"),
        ("profile_from", "code", "where the profile came from: text | metadata | filename, comma-joined when mixed"),
        ("body_start", "int", "offset where the document's own text begins (page furniture before it)"),
        ("body_end", "int", "offset where it ends (page furniture after it)"),
        ("date", "text", "the date the file's metadata gives, as written (front matter; an HTML page's PubDate, article:published_time …)"),
        ("author", "text", "front-matter author"),
        ("url", "text", "the page's address its metadata gives (front matter; an HTML page's canonical link, og:url …)"),
        ("chars", "int", "length of the canonical text"),
        ("paragraphs", "int", "paragraphs of the body (page furniture and captions left out)"),
        ("sentences", "int", "sentences of the body"),
        ("speeches", "int", "speeches found (1 for a single text)"),
        ("sections", "int", "headings found at every level, appendices included"),
        ("figures", "int", "figure rows"),
        ("entities", "int", "named-entity rows"),
    ),
    "speeches": _cols(
        DOC_ID, SPEECH,
        ("place", "text", "the speech's place line as written (广东省深圳市); a single speech: the document's place"),
        ("locality", "text", "the most specific administrative unit of the place (深圳市)"),
        ("adcode", "code", "its administrative division code"),
        ("title", "text", "the speech's title line (the document title for a single text)"),
        START, END,
        ("title_start", "int", "offset of the title"),
        ("title_end", "int", "end of the title"),
    ),
    "sections": _cols(
        DOC_ID, SPEECH, SECTION,
        ("path", "text", "position in the outline: 3, 3.1, 3.1.2; A1, A1.2 for appendix 1 and its items; 0 for the text before the first heading"),
        ("level", "int", "1 = top level, 2 = its sub-sections, …; 0 outside the report's outline: the text before the first heading, appendices and their items"),
        ("number", "int", "the heading's ordinal within its parent (（三） → 3, 附件2 → 2); unnumbered headings count on"),
        ("label", "text", "the numbering as written (一、 （三） 1. 第二章 附件1); empty for unnumbered and marked-up headings"),
        ("style", "code", " | ".join(SectionStyle)),
        ("title", "text", "heading text to the end of its paragraph or first 。 (a heading split over two lines: both, joined)"),
        START, END,
        ("title_start", "int", "offset of the title"),
        ("title_end", "int", "end of the title"),
    ),
    "points": _cols(
        DOC_ID, SPEECH, SECTION,
        ("point", "int", "ordinal of the point (二是 → 2)"),
        ("label", "text", "as written (二是)"),
        ("lead", "text", "the point's text up to its first 。 or ；"),
        START, END,
    ),
    "figures": _cols(
        DOC_ID, SPEECH, SECTION,
        ("mention", "text", "the number with magnitude, unit and qualifier as written"),
        ("value", "decimal", "the number with magnitudes applied"),
        ("value_max", "decimal", "upper end of a range"),
        ("unit", "code", "unit or measure word after the magnitude (元, 平方米, %, 百分点); empty for a bare number"),
        ("kind", "code", "count | money | percent | percentage_point | measure | rank | ratio | duration"),
        ("qualifier", "code", "over | under | about"),
        ("change", "code", "increase | decrease when the number is the size of a change"),
        ("baseline", "text", "what a change is measured against (2015年, 同比, 全国)"),
        ("period", "text", "the time the figure is about"),
        ("indicator", "text", "the phrase naming what is measured"),
        ("place", "text", "the place(s) the figure is about, joined with 、"),
        ("time", "text", "the time the figure is about, resolved: ISO 8601 2025, 2025-07, 2025-07-15 or an interval 2021/2025"),
        ("claim", "code", "actual | target (a goal, plan, expected value or commitment)"),
        ("measure", "code", "canonical name of a standard indicator (地区生产总值, 城镇调查失业率…), else empty"),
        ("sentence", "text", "the sentence holding the mention; over 200 characters, an excerpt of it around the mention (see excerpt_start)"),
        START, END, *SENTENCE_SPANS,
    ),
    "entities": _cols(
        DOC_ID, SPEECH, SECTION, START, END,
        ("text", "text", "the entity as written"),
        ("label", "code", "PERSON | ORG | GPE | LOC"),
        ("sentence", "text", "the sentence holding the entity; over 200 characters, an excerpt of it around the entity"),
        *SENTENCE_SPANS,
    ),
    "errors": _cols(
        ("source", "text", "the input that failed"),
        ("stage", "code", "skip (an entry of a folder that is not read) | "
                          + " | ".join(s for s in Stage if s != Stage.SKIP)),
        ("reason", "text", "why, in one line (a document over --doc-timeout: \"took longer than N s\")"),
    ),
    "warnings": _cols(
        ("source", "text", "the input (and #row) that was read despite the damage"),
        ("stage", "code", "load"),
        ("reason", "text", "what was damaged or changed: bytes replaced by U+FFFD, a doc_id renamed to stay unique"),
    ),
}


def columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def markdown() -> str:
    """The schema as markdown tables, for the README."""
    out = []
    for table, cols in TABLES.items():
        out.append(f"**`{table}.csv`**\n\n| column | type | meaning |\n|---|---|---|")
        out.extend(f"| `{c.name}` | {c.type} | {c.doc} |" for c in cols)
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(markdown())
