"""Compare: the figures of many documents side by side, one row per place and document.

A *cell* is one document's value for one `measure × time × claim × quantity`, for one place:

- `quantity` splits what a number is: `增速 %` for a growth rate (the figure has a `change` and
  its unit is %), `年均增速 %` for one a span of years averages (地区生产总值年均增长5.7% over 2021/2025: its
  clause says an average word, `time_words.tsv` average; a span's growth without one is the whole span's,
  累计增长19.8%, and not set beside the yearly averages), `增量 UNIT` for any other change (增加1500亿元,
  提高0.4个百分点), and the unit alone for a level (`元`, `人`, `%` for a rate such as 城镇调查失业率 5%以内);
- the value is signed by `change`: a decline (`decrease`) is negative; it stays an exact Decimal;
- the place is the figure's `place`: extract gives a province's figures the province (spec, Context: its
  report is about it) and another place's their own, each making a row; a figure with no place is a national
  one (全国城镇新增就业1267万人, 全国国内生产总值增长5% in a province's report: row `全国`), or, in a document
  with no place (the national report), the document's row.

**The decision rule.** A document may give several values for one cell (the summary line and a
detail, the year's review and the five-year review, a revision). The value shown is the **first
candidate in document order** (smallest `start`, then `end`) among the document's figures whose
place, measure, time, claim and quantity fit the cell. This is the order an analyst reads
a report in, and in a work report the first statement of a
headline figure is the summary at the head of its section. Every candidate is kept in the long
table with `candidate` (1 = first) and `picked`; `candidates` counts them.

`comparison(tables, …)` gives both tables (`Comparison.wide`, `Comparison.long`);
`compare(tables, …)` the wide one, `compare_long(tables, …)` the long one. `tables` is what
`pipeline.load` returns, or an output folder to load.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

from . import recache
from .context import timex
from .data import alternation, lines

CLAIMS = ("actual", "target")
GROWTH = "增速"
AVERAGE_GROWTH = "年均增速"  # a growth rate averaged over a span of years
INCREMENT = "增量"
BARE = "数值"  # a level with no unit (an index, a score)
RANK = "位次"  # a rank (居全国第3位: 3), not a level of the measure it ranks
NATION = "全国"  # the row of a national figure cited in a place's document
UNSAID = "—"  # the time or claim of a figure that has none
ALL = "all"  # --measure all: every measure present, not only the headline ones
ROW_KEYS = ["place", "doc_id"]
DOC_COLUMNS = ["delivered", "title"]
LONG_COLUMNS = ["place", "doc_id", "column", "measure", "time", "claim", "quantity", "value", "picked",
                "candidate", "candidates", "mention", "qualifier", "change", "unit", "value_max", "sentence",
                "start", "end", "sentence_start", "speech", "section"]


def headline_measures() -> tuple[str, ...]:
    """The measures shown by default, in column order (pipeline/data/headline.txt)."""
    return tuple(line.strip() for line in lines("headline.txt"))


def quantity(change: str, unit: str, kind: str = "", average: bool = False) -> str:
    """`增速 %` for a growth rate (`年均增速 %` for one a span of years averages), `增量 UNIT` for another change,
    `位次` for a rank, the unit for a level."""
    if change:
        return f"{AVERAGE_GROWTH if average else GROWTH} %" if unit == "%" else f"{INCREMENT} {unit or BARE}"
    return RANK if kind == "rank" else unit or BARE


def is_growth(qty: str) -> bool:
    """Whether a quantity is a growth rate, yearly or averaged."""
    return qty.startswith((GROWTH, AVERAGE_GROWTH))


@lru_cache(maxsize=1)
def _average_clause() -> re.Pattern:
    """An average word (time_words.tsv average: 年均, 年平均) in the clause that ends where the figure starts."""
    return recache.compile(rf"(?:{alternation(timex.words().of('average'))})[^，。；：,;:！？!?]*$")


def averaged(time: str, before: str) -> bool:
    """Whether a growth rate of a time is a span's yearly average: the time is a span of years (2021/2025) and
    the figure's clause before it (`before`: its sentence up to the mention) says an average word."""
    return bool(_SPAN_OF_YEARS.match(time)) and bool(_average_clause().search(before))


_SPAN_OF_YEARS = re.compile(r"\d{4}/\d{4}$")  # not cached: trivial, compiled once at import


def column_name(measure: str, time: str, claim: str, qty: str) -> str:
    return f"{measure} | {time} | {claim} | {qty}"


def signed(value: Decimal | None, change: str) -> Decimal | None:
    """The value, negative for a decline."""
    if value is None:
        return None
    return -value if change == "decrease" else value


@dataclass(frozen=True)
class Column:
    """One column of the wide table."""
    name: str
    measure: str
    time: str
    claim: str
    quantity: str


@dataclass(frozen=True)
class Comparison:
    wide: pd.DataFrame  # place, doc_id, delivered, title, then one column per Column (Decimal or None)
    long: pd.DataFrame  # every candidate (LONG_COLUMNS)
    columns: tuple[Column, ...]
    documents: pd.DataFrame  # the documents that gave at least one value: doc_id, title, place, delivered
    filters: dict = field(default_factory=dict)  # what was asked for: measures, times, claims, places


class CompareError(ValueError):
    """A bad filter (unknown claim) or tables that cannot be compared."""


def _text(series: pd.Series) -> pd.Series:
    return series.astype("string").fillna("").astype(str)


def _sentence_starts(frame: pd.DataFrame) -> pd.arrays.IntegerArray:
    """Where each figure's sentence starts in the canonical text, for an output written before figures.csv
    had `excerpt_start`: the one offset at which every figure of the sentence reads its mention, the
    first such when a mention occurs twice; <NA> when none fits."""
    out = pd.Series(pd.NA, index=frame.index, dtype="Int64")
    for (_, sentence), group in frame[frame["start"].notna()].groupby(["doc_id", "sentence"], sort=False):
        figs = list(zip(group["mention"], group["start"].astype(int), group["end"].astype(int)))
        mention, start, _ = figs[0]
        at = sentence.find(mention) if mention else -1
        while at >= 0:
            base = start - at
            if all(s >= base and sentence[s - base:e - base] == m for m, s, e in figs):
                out[group.index] = base
                break
            at = sentence.find(mention, at + 1)
    return out.array


def _order(measures: Sequence[str]) -> dict[str, int]:
    head = headline_measures()
    rank = {m: i for i, m in enumerate(head)}
    for m in sorted(set(measures) - set(rank)):
        rank[m] = len(rank)
    return rank


def _quantity_rank(q: str) -> tuple[int, str]:
    return (0, q) if is_growth(q) else (2, q) if q.startswith(INCREMENT) else (1, q)


def _as_tables(tables):
    if isinstance(tables, (str, Path)):
        from .tables import load

        return load(tables)
    return tables


def comparison(tables, measures: Iterable[str] | None = None, times: Iterable[str] | None = None,
               claims: Iterable[str] | None = None, places: Iterable[str] | None = None) -> Comparison:
    """Both tables. `measures`: canonical names (None: the headline measures; ["all"]: every one);
    `times`: ISO times as in the `time` column (2025, 2021/2025); `claims`: actual and/or target;
    `places`: places as in the rows. None means no narrowing."""
    tables = _as_tables(tables)
    claims = tuple(claims) if claims else None
    bad = [c for c in claims or () if c not in CLAIMS]
    if bad:
        raise CompareError(f"claim must be actual or target, not {', '.join(map(repr, bad))}")
    measures = tuple(measures) if measures else None
    wanted = None if measures and ALL in measures else set(measures or headline_measures())
    times = set(times) if times else None
    places = set(places) if places else None
    filters = {"measures": list(measures) if measures else ["headline"], "times": sorted(times or ()),
               "claims": list(claims or ()), "places": sorted(places or ())}

    docs = tables.documents
    doc_place = {}
    for d, p, loc in zip(_text(docs["doc_id"]), _text(docs["place"]), _text(docs["locality"])):
        doc_place[d] = p or loc
    f = tables.figures
    frame = pd.DataFrame({c: _text(f[c]) for c in ("doc_id", "measure", "time", "claim", "change", "unit", "kind",
                                                   "place", "mention", "qualifier", "sentence")})
    frame["value"] = [signed(v, c) for v, c in zip(f["value"], frame["change"])]
    frame["value_max"] = [signed(v, c) for v, c in zip(f["value_max"], frame["change"])]
    for c in ("start", "end", "speech", "section"):
        frame[c] = f[c].astype("Int64")
    # extract gives a placed document's own figures its place, and a national figure none (spec, Context: 全国,
    # 我国, 国内生产总值 cited in a province's report); so a figure without a place is the nation's in a document
    # that has one (a row of its own, not a cell of the province) and the document's in one that has none
    frame["place"] = [p or (NATION if doc_place.get(d) else "") for p, d in zip(frame["place"], frame["doc_id"])]
    # a figure whose time or claim nothing says is kept, under a column that says so
    frame["time"] = frame["time"].replace("", UNSAID)
    frame["claim"] = frame["claim"].replace("", UNSAID)
    # where the sentence text starts: figures.csv says it (excerpt_start); an older output is searched
    given = f["excerpt_start"].astype("Int64") if "excerpt_start" in f.columns else None
    frame["sentence_start"] = given.array if given is not None and given.notna().all() else _sentence_starts(frame)
    keep = (frame["measure"] != "") & frame["value"].notna()
    if wanted is not None:
        keep &= frame["measure"].isin(wanted)
    if times is not None:
        keep &= frame["time"].isin(times)
    if claims is not None:
        keep &= frame["claim"].isin(claims)
    if places is not None:
        keep &= frame["place"].isin(places)
    frame = frame[keep].copy()
    before = [sentence[: s - at] if at is not pd.NA and s is not pd.NA else ""
              for sentence, s, at in zip(frame["sentence"], frame["start"], frame["sentence_start"])]
    frame["quantity"] = [quantity(c, u, k, c != "" and u == "%" and averaged(t, b)) for c, u, k, t, b in
                         zip(frame["change"], frame["unit"], frame["kind"], frame["time"], before)]
    frame["column"] = [column_name(*k) for k in zip(frame["measure"], frame["time"], frame["claim"], frame["quantity"])]

    # the decision rule: first in document order within the cell
    frame = frame.sort_values(["doc_id", "start", "end"], kind="stable")
    cell = ROW_KEYS + ["column"]
    frame["candidate"] = frame.groupby(cell, sort=False).cumcount() + 1
    frame["candidates"] = frame.groupby(cell, sort=False)["candidate"].transform("size")
    frame["picked"] = frame["candidate"] == 1

    rank = _order(frame["measure"].unique().tolist())
    specs = {(m, t, c, q) for m, t, c, q in zip(frame["measure"], frame["time"], frame["claim"], frame["quantity"])}
    columns = tuple(Column(column_name(*s), *s) for s in sorted(
        specs, key=lambda s: (rank[s[0]], _quantity_rank(s[3]), s[1], CLAIMS.index(s[2]) if s[2] in CLAIMS else 9, s[2])))

    meta = pd.DataFrame({"doc_id": _text(docs["doc_id"]), "title": _text(docs["title"]),
                         "delivered": docs["delivered"].dt.strftime("%Y-%m-%d").fillna("").astype(str)
                         if hasattr(docs["delivered"], "dt") else _text(docs["delivered"]),
                         "doc_place": [doc_place[d] for d in _text(docs["doc_id"])]})
    picked = frame[frame["picked"]]
    rows = picked[ROW_KEYS].drop_duplicates()
    rows = rows.merge(meta, on="doc_id", how="left").fillna({"title": "", "delivered": "", "doc_place": ""})
    # places in code-point order, a place's documents by date, then id
    rows = rows.sort_values(["place", "delivered", "doc_id"], kind="stable").reset_index(drop=True)
    values = {(p, d, c): v for p, d, c, v in zip(picked["place"], picked["doc_id"], picked["column"], picked["value"])}
    keys = list(zip(rows["place"], rows["doc_id"]))
    cells = pd.DataFrame({col.name: pd.array([values.get((p, d, col.name)) for p, d in keys], dtype=object)
                          for col in columns}, index=rows.index)
    # joined at once: a column inserted at a time fragments the frame (pandas warns past 100 columns, --measure all)
    wide = pd.concat([rows[ROW_KEYS + DOC_COLUMNS], cells], axis=1)
    order = {c.name: i for i, c in enumerate(columns)}
    row_order = {(p, d): i for i, (p, d) in enumerate(zip(wide["place"], wide["doc_id"]))}
    long = frame.assign(_row=[row_order[(p, d)] for p, d in zip(frame["place"], frame["doc_id"])],
                        _col=frame["column"].map(order))
    long = long.sort_values(["_row", "_col", "candidate"], kind="stable")[LONG_COLUMNS].reset_index(drop=True)
    used = meta[meta["doc_id"].isin(set(wide["doc_id"]))].rename(columns={"doc_place": "place"}).reset_index(drop=True)
    return Comparison(wide.reset_index(drop=True), long, columns, used, filters)


def compare(tables, measures: Iterable[str] | None = None, times: Iterable[str] | None = None,
            claims: Iterable[str] | None = None, places: Iterable[str] | None = None) -> pd.DataFrame:
    """The wide table: one row per place and document, one column per measure × time × claim × quantity."""
    return comparison(tables, measures, times, claims, places).wide


def compare_long(tables, measures: Iterable[str] | None = None, times: Iterable[str] | None = None,
                 claims: Iterable[str] | None = None, places: Iterable[str] | None = None) -> pd.DataFrame:
    """Every candidate value of every cell, with its sentence and offsets; `picked` marks the one shown."""
    return comparison(tables, measures, times, claims, places).long


def _cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Decimals as their plain digits, missing as empty: what the CSV (and the Parquet strings) hold."""
    from .numerals import plain

    out = frame.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = [plain(v) if isinstance(v, Decimal) else "" if v is None or v is pd.NA else v for v in out[c]]
    return out


def write(comp: Comparison, out_dir: Path, report: str | None = None) -> list[Path]:
    """compare.csv (UTF-8 with BOM), compare_long.csv, compare.parquet when pyarrow is installed, and
    report.html when given: each written under a temporary name and renamed into place."""
    import os

    out_dir.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []

    def stage(name: str) -> Path:
        tmp = out_dir / f".{name}.{os.getpid()}.tmp"
        staged.append((tmp, out_dir / name))
        return tmp

    try:
        wide, long = _cells(comp.wide), _cells(comp.long)
        wide.to_csv(stage("compare.csv"), index=False, encoding="utf-8-sig")
        long.to_csv(stage("compare_long.csv"), index=False, encoding="utf-8-sig")
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            pass
        else:
            table = pa.Table.from_pandas(wide.astype("string"), preserve_index=False)
            pq.write_table(table, stage("compare.parquet"))
        if report is not None:
            stage("report.html").write_text(report, encoding="utf-8")
        for tmp, final in staged:
            os.replace(tmp, final)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    return [final for _, final in staged]
