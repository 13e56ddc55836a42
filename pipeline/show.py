"""Show: one document as an HTML page, figures and entities highlighted by displaCy, sections as headings.

For an analyst checking the extraction by eye: every paragraph is rendered with
its marks (figures by kind: MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL, DATE;
entities: PERSON, ORG, GPE, LOC), headed by its speech and section titles, and a
table of the document's figures follows.
"""
from __future__ import annotations

import html

from spacy import displacy

from .nlp import FIGURE_LABELS
from .numerals import plain
from .records import Result

COLORS = {
    "MONEY": "#f6c177", "PERCENT": "#9ccfd8", "QUANTITY": "#c4a7e7", "CARDINAL": "#a3be8c",
    "ORDINAL": "#ebbcba", "DATE": "#e0def4", "PERSON": "#f4a3a3", "ORG": "#a3c4f4", "GPE": "#b8e0a3",
    "LOC": "#d8d8a3",
}
STYLE = """<style>
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; max-width: 60em;
       margin: 2em auto; line-height: 1.8; }
h1 { font-size: 1.5em; } h2 { font-size: 1.25em; margin-top: 2em; } h3 { font-size: 1.1em; }
table { border-collapse: collapse; font-size: 0.9em; } td, th { border: 1px solid #ccc; padding: 0.2em 0.5em; }
.meta { color: #666; }
</style>"""


def _marks(result: Result) -> list[dict]:
    marks = [{"start": f.start, "end": f.end, "label": FIGURE_LABELS.get(f.kind, "CARDINAL")} for f in result.figures]
    taken = [(m["start"], m["end"]) for m in marks]
    for e in result.entities:
        if not any(s < e.end and e.start < t for s, t in taken):
            marks.append({"start": e.start, "end": e.end, "label": e.label})
    return sorted(marks, key=lambda m: m["start"])


def render(result: Result) -> str:
    """The page, as a string of HTML."""
    doc, st = result.document, result.structure
    text = doc.text
    marks = _marks(result)
    headings = {}
    for sp in st.speeches:
        if sp.title_end > sp.title_start:
            headings[sp.title_start] = ("h2", " ".join(x for x in (sp.place, sp.title) if x))
    for se in st.sections:
        if se.style != "preface":  # appendices (level 0) and their items too
            gap = " " if se.style == "appendix" and se.label else ""
            headings[se.start] = ("h3" if "." not in se.path else "h4", f"{se.label}{gap}{se.title}")
    pr = st.profile
    about = " · ".join(x for x in (pr.subtitle, " ".join(y for y in (pr.speaker_title, pr.speaker) if y),
                                   pr.delivered, pr.place) if x)
    parts = [f"<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>{html.escape(doc.doc_id)}</title>"
             f"{STYLE}</head><body>",
             f"<h1>{html.escape(st.title or doc.doc_id)}</h1>",
             *([f"<p class='meta'>{html.escape(about)}</p>"] if about else []),
             f"<p class='meta'>{html.escape(doc.source)} · {len(result.figures)} figures · "
             f"{len(result.entities)} entities</p>"]
    options = {"colors": COLORS, "ents": list(COLORS)}
    for p in st.paragraphs:
        if p.start in headings:
            tag, title = headings[p.start]
            parts.append(f"<{tag}>{html.escape(title)}</{tag}>")
        rel = [{"start": m["start"] - p.start, "end": m["end"] - p.start, "label": m["label"]}
               for m in marks if p.start <= m["start"] and m["end"] <= p.end]
        parts.append(displacy.render({"text": text[p.start:p.end], "ents": rel, "title": None},
                                     style="ent", manual=True, page=False, options=options))
    parts.append("<h2>Figures</h2><table><tr><th>mention</th><th>value</th><th>unit</th><th>kind</th>"
                 "<th>qualifier</th><th>change</th><th>baseline</th><th>period</th><th>indicator</th>"
                 "<th>place</th></tr>")
    for f in result.figures:
        cells = (f.mention, plain(f.value) + (f"–{plain(f.value_max)}" if f.value_max is not None else ""), f.unit,
                 f.kind, f.qualifier, f.change, f.baseline, f.period, f.indicator, f.place)
        parts.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    parts.append("</table></body></html>")
    return "\n".join(parts)
