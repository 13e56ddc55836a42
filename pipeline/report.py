"""Report: a comparison (pipeline.compare) as one self-contained HTML page.

Per measure and quantity a bar chart across places (one bar per time and claim: the actual value
next to the target), a sortable table of the wide table, and the sentence of every value: on
hover over a bar, as the tooltip of a table cell, and in the list of sources each cell links to.

The charts are drawn by plotly.js, inlined from the plotly package's own copy
(`plotly.offline.get_plotlyjs`), so the page opens from a file with no network. Chinese labels
need a CJK font on the reader's machine: the page asks for the stack in CJK_FONTS (Noto Sans CJK SC
first: Debian/Ubuntu `fonts-noto-cjk`; PingFang SC on macOS, Microsoft YaHei on Windows).

A page that renders sets `data-rendered` on <body> to the number of charts drawn, and collects
script errors in `<pre id="errors">`; the browser test reads both.
"""
from __future__ import annotations

import html
import json
from decimal import Decimal

import pandas as pd

from .comparison import AVERAGE_GROWTH, CLAIMS, GROWTH, INCREMENT, Comparison, is_growth
from .numerals import plain

CJK_FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", ' \
            '"WenQuanYi Micro Hei", sans-serif'
CLAIM_LABEL = {"actual": "实际", "target": "目标"}
ACTUAL_COLORS = ("#1f5fa8", "#5b8fd1", "#9dbce6", "#0b3a6e")
TARGET_COLORS = ("#d9741c", "#f0a35e", "#f6c99c", "#8f4a0e")
SCALES = ((Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万"))
SCALED_UNITS = {"元", "人", "人次", "吨", "斤", "户", "个", "亩", "千瓦", "千瓦时", "平方米", "美元"}

STYLE = """
body { font-family: %(fonts)s; margin: 1.5em auto; max-width: 78em; padding: 0 1em; color: #222; line-height: 1.6; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { font-size: 1.2em; margin-top: 1.8em; }
.meta { color: #555; font-size: .92em; } .meta li { margin: 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(34em, 1fr)); gap: 1em; }
.chart { border: 1px solid #ddd; border-radius: 4px; min-height: 360px; }
table { border-collapse: collapse; font-size: .88em; } th, td { border: 1px solid #ccc; padding: .25em .5em; }
th { background: #f3f3f3; cursor: pointer; vertical-align: bottom; } th.sorted-asc::after { content: " ▲"; }
th.sorted-desc::after { content: " ▼"; } td.num { text-align: right; white-space: nowrap; }
td a { color: inherit; text-decoration: none; border-bottom: 1px dotted #888; }
.target { color: #a35200; } .sources li { margin: .35em 0; } .sources :target { background: #fff3c4; }
mark { background: #ffe08a; } .other { color: #777; font-size: .9em; } #errors:empty { display: none; }
""" % {"fonts": CJK_FONTS}

SCRIPT = """
(function () {
  const spec = JSON.parse(document.getElementById('spec').textContent);
  const font = {family: spec.fonts, size: 13};
  const jobs = spec.charts.map(function (c) {
    const div = document.getElementById(c.id);
    const layout = {title: {text: c.title, font: {size: 15}, x: 0.01, xanchor: 'left'}, font: font,
      showlegend: true, barmode: 'group', bargap: 0.25, margin: {l: 70, r: 20, t: 50, b: 60},
      legend: {orientation: 'h', y: -0.15, title: {text: '实际/目标 claim: '}},
      xaxis: {type: 'category', categoryorder: 'array', categoryarray: spec.places, automargin: true},
      yaxis: {title: {text: c.ytitle}, zeroline: true, automargin: true, exponentformat: 'none',
              separatethousands: true},
      hoverlabel: {align: 'left', font: font}};
    return Plotly.newPlot(div, c.traces, layout, {displaylogo: false, responsive: true}).then(function (gd) {
      gd.on('plotly_click', function (ev) {
        const a = ev.points[0].customdata[2]; if (a) { location.hash = a; }
      });
      return gd;
    });
  });
  Promise.all(jobs).then(function () { document.body.setAttribute('data-rendered', String(jobs.length)); },
                         function (e) { window.__errors.push(String(e)); });
  // sortable table: click a header; numbers by value, text by code point
  document.querySelectorAll('table.sortable th').forEach(function (th, i) {
    th.addEventListener('click', function () {
      const table = th.closest('table'), body = table.tBodies[0];
      const asc = !th.classList.contains('sorted-asc');
      table.querySelectorAll('th').forEach(function (h) { h.classList.remove('sorted-asc', 'sorted-desc'); });
      th.classList.add(asc ? 'sorted-asc' : 'sorted-desc');
      const key = function (tr) { const td = tr.children[i]; return td.dataset.v !== undefined ? td.dataset.v : td.textContent; };
      const rows = Array.from(body.rows);
      rows.sort(function (a, b) {
        const x = key(a), y = key(b);
        if (x === '' || y === '') { return (x === '') - (y === ''); }  // empty cells last
        const nx = parseFloat(x), ny = parseFloat(y);
        const r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : (x < y ? -1 : x > y ? 1 : 0);
        return asc ? r : -r;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
"""

ERRORS = """
window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); show(); });
window.addEventListener('unhandledrejection', function (e) { window.__errors.push(String(e.reason)); show(); });
(function () { const ce = console.error; console.error = function () {
  window.__errors.push(Array.from(arguments).join(' ')); show(); return ce.apply(console, arguments); }; })();
function show() { const p = document.getElementById('errors'); if (p) { p.textContent = window.__errors.join('\\n'); } }
document.addEventListener('DOMContentLoaded', show);
"""


def _esc(s: object) -> str:
    return html.escape(str(s), quote=True)


def _script_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")  # no </script> or <!-- inside


def _unit(qty: str) -> str:
    """The unit a quantity's numbers are in: % for a growth rate, else the unit after 增量 or the level's."""
    if is_growth(qty):
        return "%"
    return qty.removeprefix(INCREMENT).strip()


def _scale(unit: str, values: list[Decimal]) -> tuple[Decimal, str]:
    """Divide big counts and sums of money into 万 or 亿 for the axis: (divisor, unit label)."""
    if unit in SCALED_UNITS and values:
        top = max(abs(v) for v in values)
        for div, prefix in SCALES:
            if top >= div:
                return div, prefix + unit
    return Decimal(1), unit


def _grouped(value: Decimal) -> str:
    """Exact digits, thousands grouped when the integer part is long."""
    text = plain(value)
    head, dot, tail = text.partition(".")
    sign = "-" if head.startswith("-") else ""
    head = head.lstrip("-")
    if len(head) > 4:
        head = f"{int(head):,}"
    return f"{sign}{head}{dot}{tail}"


def _at(rec: dict) -> int:
    """Where the record's mention is in its sentence (-1: not found)."""
    if rec["sentence_start"] is not None and rec["sentence_start"] is not pd.NA:
        return int(rec["start"]) - int(rec["sentence_start"])
    return rec["sentence"].find(rec["mention"]) if rec["mention"] else -1


def _wrap(rec: dict, width: int = 32) -> str:
    """The sentence for a hover label: escaped, the mention in bold, broken every `width` characters."""
    sentence, mention = rec["sentence"], rec["mention"]
    at = _at(rec)
    end = at + len(mention) if at >= 0 else -1
    out = []
    for i, ch in enumerate(sentence):
        if i and i % width == 0:
            out.append("<br>")
        out.append(f"<b>{_esc(ch)}</b>" if at <= i < end else _esc(ch))
    return "".join(out).replace("</b><b>", "")


def _highlight(rec: dict) -> str:
    sentence, mention = rec["sentence"], rec["mention"]
    at = _at(rec)
    if at < 0:
        return _esc(sentence)
    return f"{_esc(sentence[:at])}<mark>{_esc(mention)}</mark>{_esc(sentence[at + len(mention):])}"


def _row_labels(wide) -> list[str]:
    places = list(wide["place"])
    labels = []
    for p, d, when in zip(wide["place"], wide["doc_id"], wide["delivered"]):
        label = p or "（未注明地点）"
        if places.count(p) > 1:
            label += f"（{when or d}）"
        labels.append(label)
    return labels


def _charts(comp: Comparison, labels: list[str], anchors: dict, picked: dict) -> list[dict]:
    charts = []
    groups: dict[tuple[str, str], list] = {}
    for col in comp.columns:
        groups.setdefault((col.measure, col.quantity), []).append(col)
    for n, ((measure, qty), cols) in enumerate(groups.items()):
        unit = _unit(qty)
        values = [v for c in cols for v in comp.wide[c.name] if v is not None]
        div, shown = _scale(unit, values)
        what = (AVERAGE_GROWTH if qty.startswith(AVERAGE_GROWTH) else GROWTH if is_growth(qty)
                else INCREMENT if qty.startswith(INCREMENT) else "")
        traces = []
        counts = {claim: 0 for claim in CLAIMS}
        for c in cols:
            i = counts.get(c.claim, 0)
            counts[c.claim] = i + 1
            target = c.claim == "target"
            color = (TARGET_COLORS if target else ACTUAL_COLORS)[i % 4]
            xs, ys, data = [], [], []
            for r, (label, v) in enumerate(zip(labels, comp.wide[c.name])):
                if v is None:
                    continue
                row = picked[(r, c.name)]
                xs.append(label)
                ys.append(float(v / div))
                data.append([f"{_grouped(v)} {unit}（{_esc(row['mention'])}）",
                             _wrap(row), anchors[(r, c.name)]])
            traces.append({
                "type": "bar", "name": f"{c.time} {CLAIM_LABEL.get(c.claim, c.claim)} {c.claim}",
                "x": xs, "y": ys, "customdata": data,
                "marker": {"color": color, "pattern": {"shape": "/" if target else "", "fillmode": "overlay",
                                                       "fgcolor": "#ffffff", "fgopacity": 0.6, "size": 7}},
                "hovertemplate": f"<b>%{{x}}</b> · {_esc(c.time)} {CLAIM_LABEL.get(c.claim, c.claim)}<br>"
                                 "%{customdata[0]}<br>%{customdata[1]}<extra></extra>",
            })
        charts.append({"id": f"chart-{n}", "title": f"{measure} · {qty}",
                       "ytitle": f"{measure}{what}（{shown}）" if shown else f"{measure}{what}", "traces": traces})
    return charts


def render(comp: Comparison) -> str:
    """The page, as a string of HTML."""
    from plotly.offline import get_plotlyjs

    wide, long = comp.wide, comp.long
    labels = _row_labels(wide)
    row_of = {(p, d): i for i, (p, d) in enumerate(zip(wide["place"], wide["doc_id"]))}
    col_of = {c.name: j for j, c in enumerate(comp.columns)}
    anchors: dict[tuple[int, str], str] = {}
    picked: dict[tuple[int, str], dict] = {}
    others: dict[tuple[int, str], list[dict]] = {}
    for rec in long.to_dict("records"):
        key = (row_of[(rec["place"], rec["doc_id"])], rec["column"])
        if rec["picked"]:
            picked[key] = rec
            anchors[key] = f"e-{key[0]}-{col_of[rec['column']]}"
        else:
            others.setdefault(key, []).append(rec)
    charts = _charts(comp, labels, anchors, picked)
    spec = {"fonts": CJK_FONTS, "places": labels, "charts": charts}

    docs = comp.documents
    head = [
        "<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        "<title>zhfigures compare</title>", f"<style>{STYLE}</style>", f"<script>{ERRORS}</script>",
        f"<script>{get_plotlyjs()}</script>", "</head><body>",
        "<h1>比较 Comparison</h1>", "<div class='meta'>",
        f"<p>{len(docs)} documents, {wide['place'].nunique()} places "
        f"({_esc('、'.join(dict.fromkeys(wide['place'])))}), {len(comp.columns)} columns, "
        f"{int(long['picked'].sum())} values from {len(long)} candidates.</p><ul>",
    ]
    for d in docs.to_dict("records"):
        head.append(f"<li>{_esc(d['title'] or d['doc_id'])} — {_esc(d['place'])}"
                    f"{'，' + _esc(d['delivered']) if d['delivered'] else ''} <code>{_esc(d['doc_id'])}</code></li>")
    f = comp.filters
    narrowed = "; ".join(f"{k}: {'、'.join(v)}" for k, v in f.items() if v) or "none"
    head.append(f"</ul><p>Filters: {_esc(narrowed)}. A decline is negative. Where a document gives several "
                "values for one cell, the first in document order is shown; the others are listed under "
                "Sources and in compare_long.csv.</p></div><pre id='errors'></pre>")
    body = ["<h2>图表 Charts</h2><div class='charts'>"]
    body += [f"<div class='chart' id='{c['id']}'></div>" for c in charts]
    body.append("</div><h2 id='table'>表 Table</h2><p class='meta'>Click a header to sort; hover a value for its "
                "sentence, click it for its source.</p><table class='sortable'><thead><tr>"
                "<th>地区 place</th><th>文件 document</th>")
    for c in comp.columns:
        cls = " class='target'" if c.claim == "target" else ""
        body.append(f"<th{cls}>{_esc(c.measure)}<br>{_esc(c.time)} {CLAIM_LABEL.get(c.claim, c.claim)}<br>"
                    f"{_esc(c.quantity)}</th>")
    body.append("</tr></thead><tbody>")
    for r, row in enumerate(wide.to_dict("records")):
        cells = [f"<td>{_esc(row['place'])}</td><td>{_esc(row['title'] or row['doc_id'])}"
                 f"{'<br>' + _esc(row['delivered']) if row['delivered'] else ''}</td>"]
        for c in comp.columns:
            v = row[c.name]
            if v is None:
                cells.append("<td class='num' data-v=''></td>")
                continue
            rec = picked[(r, c.name)]
            cells.append(f"<td class='num' data-v='{plain(v)}' title='{_esc(rec['mention'])}：{_esc(rec['sentence'])}'>"
                         f"<a href='#{anchors[(r, c.name)]}'>{_grouped(v)}</a></td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    body.append("</tbody></table><h2 id='sources'>来源 Sources</h2><ol class='sources'>")
    for (r, name), rec in sorted(picked.items(), key=lambda kv: (kv[0][0], col_of[kv[0][1]])):
        more = others.get((r, name), [])
        extra = ""
        if more:
            extra = "<div class='other'>also: " + "; ".join(
                f"{_esc(o['mention'])} [{o['start']}–{o['end']}] {_highlight(o)}"
                for o in more) + "</div>"
        body.append(f"<li id='{anchors[(r, name)]}'><b>{_esc(labels[r])} · {_esc(name)}</b> = "
                    f"{_grouped(rec['value'])} — {_highlight(rec)} "
                    f"<code>{_esc(rec['doc_id'])} [{rec['start']}–{rec['end']}]</code>{extra}</li>")
    body.append("</ol>")
    tail = [f"<script type='application/json' id='spec'>{_script_json(spec)}</script>",
            f"<script>{SCRIPT}</script></body></html>"]
    return "\n".join(head + body + tail)
