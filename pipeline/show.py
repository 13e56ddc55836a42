"""Show: one document as an HTML page, figures and entities highlighted, sections as headings.

For an analyst checking the extraction by eye: every paragraph is rendered with its marks (figures
by kind: MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL, DATE; entities: PERSON, ORG, GPE, LOC) in
displaCy's style, headed by its speech and section titles, and a table of the document's figures
follows. The conventions are those of `zhfigures compare`'s report: a figure's kind, measure, value,
unit, time, claim and place show on hover (the mark's tooltip) and in the side panel; a legend says
what each colour is; a heading is printed once (the heading line is the heading, not a paragraph
too); the page asks for a CJK font (report.CJK_FONTS: Noto Sans CJK SC first).
"""
from __future__ import annotations

import html

from .numerals import plain
from .records import FIGURE_LABELS, Figure, Result
from .report import CJK_FONTS

COLORS = {
    "MONEY": "#f6c177", "PERCENT": "#9ccfd8", "QUANTITY": "#c4a7e7", "CARDINAL": "#a3be8c",
    "ORDINAL": "#ebbcba", "DATE": "#e0def4", "PERSON": "#f4a3a3", "ORG": "#a3c4f4", "GPE": "#b8e0a3",
    "LOC": "#d8d8a3",
}
LEGEND = {
    "MONEY": "金额 money", "PERCENT": "百分比 percent, percentage point", "QUANTITY": "计量 measure (面积、重量…)",
    "CARDINAL": "数量 count, ratio", "ORDINAL": "位次 rank", "DATE": "时长 duration", "PERSON": "人名 person",
    "ORG": "机构 organisation", "GPE": "行政区 place", "LOC": "地名 location",
}
FIELDS = ("kind", "measure", "value", "unit", "time", "claim", "place", "qualifier", "change", "baseline", "indicator")
STYLE = """<style>
body { font-family: %(fonts)s; max-width: 60em; margin: 2em auto; padding-right: 19em; line-height: 1.8; }
h1 { font-size: 1.5em; } h2 { font-size: 1.25em; margin-top: 2em; } h3 { font-size: 1.1em; } h4 { font-size: 1em; }
table { border-collapse: collapse; font-size: 0.9em; } td, th { border: 1px solid #ccc; padding: 0.2em 0.5em; }
.meta { color: #666; } p { margin: 0.5em 0; }
mark.entity { padding: 0.2em 0.3em; margin: 0 0.15em; border-radius: 0.35em; line-height: 1; cursor: help; }
mark.entity span.label { font-size: 0.65em; font-weight: bold; line-height: 1; margin-left: 0.4em;
  vertical-align: middle; text-transform: uppercase; }
.legend span { display: inline-block; padding: 0 0.4em; margin: 0.1em 0.3em 0.1em 0; border-radius: 0.3em; font-size: 0.85em; }
#panel { position: fixed; top: 1em; right: 1em; width: 17em; font-size: 0.85em; background: #fafafa;
  border: 1px solid #ddd; border-radius: 4px; padding: 0.6em 0.8em; }
#panel dt { font-weight: bold; float: left; clear: left; width: 5.5em; color: #555; } #panel dd { margin-left: 6em; min-height: 1.2em; }
</style>""" % {"fonts": CJK_FONTS}
SCRIPT = """<script>
(function () {
  const panel = document.getElementById('panel');
  function show(m) {
    const d = m.dataset; let rows = '';
    (d.fields ? JSON.parse(d.fields) : [['label', d.label]]).forEach(function (kv) {
      const dt = document.createElement('dt'), dd = document.createElement('dd');
      dt.textContent = kv[0]; dd.textContent = kv[1]; rows += dt.outerHTML + dd.outerHTML; });
    panel.querySelector('dl').innerHTML = rows;
    panel.querySelector('.what').textContent = m.firstChild.textContent;
  }
  document.querySelectorAll('mark.entity').forEach(function (m) {
    m.addEventListener('mouseenter', function () { show(m); }); m.addEventListener('click', function () { show(m); });
  });
})();
</script>"""


def _esc(s: object) -> str:
    return html.escape(str(s), quote=True)


def _value(f: Figure) -> str:
    return plain(f.value) + (f"–{plain(f.value_max)}" if f.value_max is not None else "")


def _fields(f: Figure) -> list[tuple[str, str]]:
    values = {"value": _value(f)}
    return [(k, values.get(k) or getattr(f, k) or "—") for k in FIELDS]


def _marks(result: Result) -> list[dict]:
    import json

    marks = []
    for f in result.figures:
        fields = _fields(f)
        marks.append({"start": f.start, "end": f.end, "label": FIGURE_LABELS.get(f.kind, "CARDINAL"),
                      "title": "\n".join(f"{k}: {v}" for k, v in fields),
                      "fields": json.dumps(fields, ensure_ascii=False)})
    taken = [(f.start, f.end) for f in result.figures]
    for e in result.entities:
        if not any(s < e.end and e.start < t for s, t in taken):
            marks.append({"start": e.start, "end": e.end, "label": e.label, "title": e.label, "fields": ""})
    return sorted(marks, key=lambda m: m["start"])


def _span(text: str, start: int, end: int, marks: list[dict]) -> str:
    """text[start:end] with the marks that start inside it (displaCy's markup, plus a tooltip)."""
    out, at = [], start
    for m in marks:
        if not (start <= m["start"] < end) or m["start"] < at:
            continue
        out.append(_esc(text[at:m["start"]]))
        color = COLORS.get(m["label"], "#ddd")
        fields = f" data-fields='{_esc(m['fields'])}'" if m["fields"] else ""
        out.append(f"<mark class='entity' style='background: {color}' title='{_esc(m['title'])}' "
                   f"data-label='{_esc(m['label'])}'{fields}>{_esc(text[m['start']:m['end']])}"
                   f"<span class='label'>{_esc(m['label'])}</span></mark>")
        at = m["end"]
    out.append(_esc(text[at:end]))
    return "".join(out)


def render(result: Result) -> str:
    """The page, as a string of HTML."""
    doc, st = result.document, result.structure
    text = doc.text
    marks = _marks(result)
    title = st.profile.title or st.title or doc.doc_id
    # heading lines: where each starts → (tag, where its text ends, words to put before it)
    headings: dict[int, tuple[str, int, str]] = {}
    for sp in st.speeches:
        if sp.title_end > sp.title_start:
            line = text[sp.title_start:sp.title_end]
            tag = "h1" if len(st.speeches) == 1 and line.strip() == title.strip() else "h2"
            headings[sp.title_start] = (tag, sp.title_end, "" if tag == "h1" or sp.place in line else sp.place)
    for se in st.sections:
        if se.style != "preface":  # appendices (level 0) and their items too
            headings[se.start] = ("h3" if "." not in se.path else "h4", se.title_end, "")
    pr = st.profile
    about = " · ".join(x for x in (pr.subtitle, " ".join(y for y in (pr.speaker_title, pr.speaker) if y),
                                   pr.delivered, pr.place) if x)
    used = sorted({m["label"] for m in marks}, key=list(COLORS).index)
    parts = [f"<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>{_esc(title)}</title>"
             f"{STYLE}</head><body>"]
    if not any(tag == "h1" for tag, _, _ in headings.values()):
        parts.append(f"<h1>{_esc(title)}</h1>")
    if about:
        parts.append(f"<p class='meta'>{_esc(about)}</p>")
    parts.append(f"<p class='meta'>{_esc(doc.source)} · {len(result.figures)} figures · "
                 f"{len(result.entities)} entities</p>")
    parts.append("<p class='legend'>" + "".join(
        f"<span style='background: {COLORS[label]}'>{label} {_esc(LEGEND[label])}</span>" for label in used)
        + "<br><span class='meta'>hover or click a mark: its fields show in the panel</span></p>")
    parts.append("<aside id='panel'><b class='what'>—</b><dl><dt>fields</dt><dd>hover a mark</dd></dl></aside>")
    for p in st.paragraphs:
        start = p.start
        if p.start in headings:
            tag, end, before = headings[p.start]
            end = max([end] + [m["end"] for m in marks if p.start <= m["start"] < end])
            prefix = f"{_esc(before)} " if before else ""
            parts.append(f"<{tag}>{prefix}{_span(text, p.start, min(end, p.end), marks)}</{tag}>")
            start = min(end, p.end)
        if text[start:p.end].strip():
            parts.append(f"<p>{_span(text, start, p.end, marks)}</p>")
    parts.append("<h2>Figures</h2><table><tr>" + "".join(
        f"<th>{c}</th>" for c in ("mention", "kind", "measure", "value", "unit", "time", "claim", "place",
                                  "qualifier", "change", "baseline", "period", "indicator")) + "</tr>")
    for f in result.figures:
        cells = (f.mention, f.kind, f.measure, _value(f), f.unit, f.time, f.claim, f.place, f.qualifier, f.change,
                 f.baseline, f.period, f.indicator)
        parts.append("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in cells) + "</tr>")
    parts.append("</table>" + SCRIPT + "</body></html>")
    return "\n".join(parts)
