"""zhfigures compare: the wide table, the long table, the decision rule, the CLI, the page in a browser.

The fixture (tests/data/compare/out) is real figure rows of three corpus-dev reports with time,
claim and measure filled by hand (make_fixture.py there says how). The gold test runs on a real
extract of ../shared/corpus-dev and is skipped until extract fills the measure column.
"""
from __future__ import annotations

import csv
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

import pipeline
from pipeline.comparison import CompareError, averaged, comparison, compare_long, quantity, signed
from pipeline.tables import load

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "data" / "compare" / "out"
SHARED = HERE.parent.parent / "shared"
EXE = Path(sys.executable).with_name("zhfigures")
SH, TJ, HB = "2026_上海市_政府工作报告", "2026_天津市_政府工作报告", "2026_河北省_政府工作报告"


@pytest.fixture(scope="module")
def comp():
    return comparison(load(FIXTURE))


# --- the wide table: (place, column) → value, start of the figure picked, number of candidates ---
CELLS = [
    ("上海市", "地区生产总值 | 2025 | actual | 增速 %", "5.4", 476, 1),
    ("上海市", "地区生产总值 | 2025 | actual | 元", "5670000000000", 466, 2),  # summary line, not the five-year review
    ("上海市", "地区生产总值 | 2020 | actual | 元", "4160000000000", 7047, 1),
    ("上海市", "地区生产总值 | 2026 | target | 增速 %", "5", 10678, 1),
    ("上海市", "城镇调查失业率 | 2026 | target | %", "5", 10735, 1),  # a rate's level: no change
    ("上海市", "居民消费价格 | 2026 | target | 增速 %", "2", 10771, 1),
    ("上海市", "城镇新增就业 | 2026 | target | 人", "600000", 17742, 1),
    ("天津市", "地区生产总值 | 2021/2025 | actual | 年均增速 %", "4.4", 4794, 1),  # GDP年均增长4.4%
    ("天津市", "一般公共预算收入 | 2026 | target | 增速 %", "2", 8350, 1),
    ("天津市", "城镇新增就业 | 2025 | actual | 人", "327000", 3604, 1),
    ("河北省", "地区生产总值 | 2025 | actual | 增速 %", "5.6", 2660, 1),
    ("河北省", "固定资产投资 | 2025 | actual | 增速 %", "6.1", 2700, 1),
    ("河北省", "城镇调查失业率 | 2026 | target | %", "5.5", 6511, 1),
]


@pytest.mark.parametrize("place,column,value,start,candidates", CELLS, ids=[f"{c[0]}-{c[1]}" for c in CELLS])
def test_cell(comp, place, column, value, start, candidates):
    row = comp.wide[comp.wide["place"] == place]
    assert len(row) == 1
    got = row[column].iloc[0]
    assert isinstance(got, Decimal) and str(got) == value
    cands = comp.long[(comp.long["place"] == place) & (comp.long["column"] == column)]
    assert len(cands) == candidates
    assert cands["candidates"].tolist() == [candidates] * candidates
    first = cands.iloc[0]
    assert (bool(first["picked"]), int(first["candidate"]), int(first["start"]), first["value"]) == (True, 1, start, got)
    assert not cands.iloc[1:]["picked"].any()


def test_wide_table_shape(comp):
    assert list(comp.wide.columns[:4]) == ["place", "doc_id", "delivered", "title"]
    assert comp.wide[["place", "doc_id", "delivered"]].values.tolist() == [
        ["上海市", SH, "2026-02-03"], ["天津市", TJ, "2026-01-26"], ["河北省", HB, "2026-01-26"]]
    assert [c.name for c in comp.columns] == list(comp.wide.columns[4:])
    assert [c.name for c in comp.columns] == [
        "地区生产总值 | 2025 | actual | 增速 %", "地区生产总值 | 2026 | target | 增速 %",
        "地区生产总值 | 2021/2025 | actual | 年均增速 %", "地区生产总值 | 2020 | actual | 元", "地区生产总值 | 2025 | actual | 元",
        "一般公共预算收入 | 2025 | actual | 增速 %", "一般公共预算收入 | 2026 | target | 增速 %",
        "社会消费品零售总额 | 2025 | actual | 增速 %", "固定资产投资 | 2025 | actual | 增速 %",
        "城镇新增就业 | 2025 | actual | 人", "城镇新增就业 | 2026 | target | 人", "城镇调查失业率 | 2026 | target | %",
        "居民消费价格 | 2026 | target | 增速 %", "居民人均可支配收入 | 2025 | actual | 增速 %"]
    # figures without a measure (高标准农田, 刑事立案数…) and measures off the headline list (PM2.5) are left out
    assert "PM2.5平均浓度" not in " ".join(comp.wide.columns)
    assert comp.long["picked"].sum() == comp.wide.iloc[:, 4:].notna().sum().sum() == 33
    assert len(comp.long) == 34


def test_long_table_joins_to_figures_in_one_step(comp):
    figures = load(FIXTURE).figures
    joined = comp.long.merge(figures, on=["doc_id", "start", "end"], suffixes=("", "_fig"), validate="one_to_one")
    assert len(joined) == len(comp.long)
    for c in ("mention", "qualifier", "sentence", "measure", "time", "claim"):
        assert (joined[c] == joined[f"{c}_fig"].astype("string").fillna("")).all(), c
    # sentence_start places the mention in its sentence, the second 5.6% of a sentence too
    for m, sent, start, end, at in zip(joined["mention"], joined["sentence"], joined["start"], joined["end"],
                                       joined["sentence_start"]):
        assert sent[start - at:end - at] == m
    hb = comp.long[(comp.long["doc_id"] == HB) & comp.long["start"].isin([2660, 2716])]
    assert hb["mention"].tolist() == ["5.6%", "5.6%"] and hb["sentence_start"].nunique() == 1


@pytest.mark.skipif(not (SHARED / "corpus-dev").is_dir(), reason="../shared/corpus-dev is absent")
def test_long_table_offsets_point_into_the_canonical_text(comp):
    from pipeline.run import Options, iter_raw, process

    for doc_id, rows in comp.long.groupby("doc_id"):
        doc = process(next(iter_raw([str(SHARED / "corpus-dev" / f"{doc_id}.txt")], Options().load)))
        for m, s, e, sentence, at in zip(rows["mention"], rows["start"], rows["end"], rows["sentence"],
                                         rows["sentence_start"]):
            assert doc.document.text[s:e] == m and doc.document.text[at:at + len(sentence)] == sentence


@pytest.mark.parametrize("change,unit,kind,want", [
    ("increase", "%", "percent", "增速 %"), ("decrease", "%", "percent", "增速 %"), ("", "%", "percent", "%"),
    ("", "元", "money", "元"), ("increase", "元", "money", "增量 元"),
    ("increase", "百分点", "percentage_point", "增量 百分点"), ("", "", "measure", "数值"),
    ("", "", "rank", "位次"),  # 增速列全国20强城市第一位: the rank, not a level of 地区生产总值
], ids=lambda x: x or "-")
def test_quantity(change, unit, kind, want):
    assert quantity(change, unit, kind) == want


@pytest.mark.parametrize("time, before, average", [
    ("2021/2025", "地区生产总值跨越5000亿元大关，年均增长", True),
    ("2021/2025", "“十四五”以来，…我们迎难而上、砥砺前行，GDP年均增长", True),
    ("2021/2025", "地区生产总值、一般公共预算收入年均分别增长", True),
    ("2026/2030", "地区生产总值年平均增长", True),  # time_words.tsv average: 年平均 too
    ("2021/2025", "地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长", False),  # the span's whole growth (吉林)
    ("2021/2025", "居民人均可支配收入年均增长5%，单位GDP能耗累计下降", False),  # 年均 of a clause before
    ("2025", "全年平均增长", False),  # one year: its growth is its own
    ("2025-01/2025-09", "年均增长", False),
], ids=["clause-after-a-level", "after-a-long-lead", "list-with-fenbie", "nian-pingjun", "span-growth-no-average",
        "average-of-a-clause-before", "a-single-year", "months-are-no-span-of-years"])
def test_averaged(time, before, average):
    assert averaged(time, before) is average
    assert quantity("increase", "%", "percent", averaged(time, before)) == ("年均增速 %" if average else "增速 %")


def test_a_decline_is_negative_and_exact():
    assert signed(Decimal("7.4"), "decrease") == Decimal("-7.4")
    assert signed(Decimal("0.10"), "increase") == Decimal("0.10")
    assert signed(None, "decrease") is None
    comp = comparison(load(FIXTURE), measures=["PM2.5平均浓度"])
    assert comp.wide.drop(columns=["delivered", "title"]).values.tolist() == [["上海市", SH, Decimal("-7.4")]]
    assert comp.long["change"].tolist() == ["decrease"] and comp.long["mention"].tolist() == ["7.4%"]


def _tables(rows, docs=(("d1", "甲市"),)):
    """Tables with the given figure rows (dicts over a few fields) and documents (doc_id, place). A row's place
    None is its document's, as extract writes it for a document's own figures."""
    base = dict(speech=1, section=1, value_max=None, kind="percent", qualifier="", baseline="", period="",
                indicator="", sentence="", mention="")
    places = dict(docs)
    figures = pd.DataFrame([{**base, **r, "place": places[r["doc_id"]] if r["place"] is None else r["place"]}
                            for r in rows])
    documents = pd.DataFrame({"doc_id": [d for d, _ in docs], "place": [p for _, p in docs],
                              "locality": [p for _, p in docs], "title": [f"{d}报告" for d, _ in docs],
                              "delivered": pd.to_datetime(["2026-01-20"] * len(docs))})
    empty = pd.DataFrame()
    return pipeline.Tables(documents, empty, empty, empty, figures, empty, empty, empty)


def _fig(doc, start, value, measure="地区生产总值", time="2025", claim="actual", change="increase", unit="%", place=None):
    return dict(doc_id=doc, start=start, end=start + 4, value=Decimal(value), measure=measure, time=time,
                claim=claim, change=change, unit=unit, place=place, mention=f"{value}{unit}")


def test_rule_first_in_document_order_per_place_and_document():
    rows = [_fig("d1", 900, "5.1"),  # a later detail: not picked
            _fig("d1", 100, "5"),  # the summary: picked, though listed second
            _fig("d1", 300, "9.9", place="乙县"),  # another place: its own row
            _fig("d2", 50, "4.2"),  # another document of the same place: its own row
            _fig("d1", 200, "3", claim="target", time="2026")]
    comp = comparison(_tables(rows, docs=(("d1", "甲市"), ("d2", "甲市"))))
    col, tgt = "地区生产总值 | 2025 | actual | 增速 %", "地区生产总值 | 2026 | target | 增速 %"
    assert comp.wide[["place", "doc_id", col, tgt]].values.tolist() == [
        ["乙县", "d1", Decimal("9.9"), None], ["甲市", "d1", Decimal("5"), Decimal("3")], ["甲市", "d2", Decimal("4.2"), None]]
    long = comp.long[comp.long["column"] == col]
    assert long[["place", "doc_id", "start", "candidate", "candidates", "picked"]].values.tolist() == [
        ["乙县", "d1", 300, 1, 1, True], ["甲市", "d1", 100, 1, 2, True], ["甲市", "d1", 900, 2, 2, False],
        ["甲市", "d2", 50, 1, 1, True]]


def test_a_national_figure_cited_in_a_places_document_is_the_nations_row():
    """前三季度，全国国内生产总值增长5.2%，全省地区生产总值增长5.6%; 全国一般公共预算收入增长1.3% (a province's news):
    the nation's figures have no place (spec), whether their measure is the nation's own (国内生产总值) or one a
    province has too (一般公共预算收入); they are not the province's cells. In a document with no place (the
    national report) they stay in the document's row."""
    rows = [_fig("d1", 5, "5.2", measure="国内生产总值", place=""), _fig("d1", 20, "5.6"),
            _fig("d1", 40, "1.3", measure="一般公共预算收入", place=""), _fig("d1", 60, "2.1", measure="一般公共预算收入"),
            _fig("nat", 5, "5.0", measure="国内生产总值"), _fig("nat", 30, "10.7", measure="一般公共预算收入")]
    comp = comparison(_tables(rows, docs=(("d1", "江苏省"), ("nat", ""))))
    gdp, nation = "地区生产总值 | 2025 | actual | 增速 %", "国内生产总值 | 2025 | actual | 增速 %"
    revenue = "一般公共预算收入 | 2025 | actual | 增速 %"
    assert comp.wide[["place", "doc_id", gdp, nation, revenue]].values.tolist() == [
        ["", "nat", None, Decimal("5.0"), Decimal("10.7")], ["全国", "d1", None, Decimal("5.2"), Decimal("1.3")],
        ["江苏省", "d1", Decimal("5.6"), None, Decimal("2.1")]]


@pytest.mark.parametrize("kwargs,columns,places", [
    (dict(claims=["target"]), ["地区生产总值 | 2026 | target | 增速 %"], ["甲市"]),
    (dict(times=["2025"]), ["地区生产总值 | 2025 | actual | 增速 %"], ["乙县", "甲市"]),
    (dict(places=["乙县"]), ["地区生产总值 | 2025 | actual | 增速 %"], ["乙县"]),
    (dict(measures=["粮食产量"]), [], []),
    (dict(measures=["all"]), ["地区生产总值 | 2025 | actual | 增速 %", "地区生产总值 | 2026 | target | 增速 %",
                              "PM2.5平均浓度 | 2025 | actual | 增速 %"], ["乙县", "甲市"]),
], ids=["claim", "time", "places", "absent-measure", "all-measures"])
def test_filters(kwargs, columns, places):
    rows = [_fig("d1", 100, "5"), _fig("d1", 300, "9.9", place="乙县"),
            _fig("d1", 200, "3", claim="target", time="2026"), _fig("d1", 400, "7", measure="PM2.5平均浓度", change="decrease")]
    comp = comparison(_tables(rows), **kwargs)
    assert [c.name for c in comp.columns] == columns
    assert comp.wide["place"].tolist() == places


def test_a_figure_without_time_or_claim_keeps_a_column_that_says_so():
    comp = comparison(_tables([_fig("d1", 100, "5", time="", claim="")]))
    assert [c.name for c in comp.columns] == ["地区生产总值 | — | — | 增速 %"]


def test_bad_claim_is_refused():
    with pytest.raises(CompareError, match="actual or target"):
        compare_long(FIXTURE, claims=["plan"])


def test_pipeline_compare_is_the_function_even_after_the_module_is_imported():
    import pipeline.comparison  # noqa: F401
    import pipeline.report  # noqa: F401

    assert pipeline.compare(FIXTURE).equals(comparison(load(FIXTURE)).wide)


# --- the command ---

def _run(*args, cwd=None):
    return subprocess.run([str(EXE), *map(str, args)], capture_output=True, text=True, timeout=180, cwd=cwd)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("compare")
    src = out / "extract"
    shutil.copytree(FIXTURE, src)
    run = _run("compare", src)
    assert run.returncode == 0, run.stderr
    assert "3 rows × 14 columns, 34 candidates" in run.stderr
    return src / "compare"


@pytest.mark.slow
def test_cli_writes_the_tables(written, comp):
    assert sorted(p.name for p in written.iterdir()) == ["compare.csv", "compare.parquet", "compare_long.csv", "report.html"]
    raw = (written / "compare.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(written / "compare.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(comp.wide.columns)
    want = [[("" if v is None else str(v)) for v in r] for r in comp.wide.astype(object).values.tolist()]
    assert rows[1:] == want
    back = pd.read_parquet(written / "compare.parquet")
    assert back.columns.tolist() == rows[0] and back.fillna("").values.tolist() == want
    long = pd.read_csv(written / "compare_long.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert long.columns.tolist()[:3] == ["place", "doc_id", "column"]
    assert len(long) == 34 and (long["picked"] == "True").sum() == 33
    assert long.loc[long["picked"] == "False", ["mention", "start", "end"]].values.tolist() == [["5.67万亿元", "7057", "7064"]]


@pytest.mark.slow
def test_cli_page_is_self_contained(written):
    page = (written / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page), "the page loads nothing"
    assert "Noto Sans CJK SC" in page
    # every picked value's sentence is in the page (tooltip and sources)
    assert page.count("全市生产总值达到5.67万亿元、增长5.4%，好于预期。") >= 2


@pytest.mark.parametrize("args,code,message", [
    (["--claim", "plan"], 2, "claim must be actual or target"),
    (["--measure", "粮食产量"], 1, "no figure fits (measures 粮食产量)"),
], ids=["bad-claim", "nothing-fits"])
@pytest.mark.slow
def test_cli_refuses(tmp_path, args, code, message):
    shutil.copytree(FIXTURE, tmp_path / "x")
    run = _run("compare", tmp_path / "x", *args)
    assert run.returncode == code and message in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "x" / "compare").exists()


@pytest.mark.slow
def test_cli_no_such_folder(tmp_path):
    run = _run("compare", tmp_path / "nope")
    assert run.returncode == 2 and "no such output folder" in run.stderr


@pytest.mark.slow
def test_cli_figures_without_measure(tmp_path):
    out = tmp_path / "x"
    shutil.copytree(FIXTURE, out)
    path = out / "figures.csv"
    frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    frame["measure"] = ""
    frame.to_csv(path, index=False, encoding="utf-8-sig")
    run = _run("compare", out)
    assert run.returncode == 1 and "its figures have no measure" in run.stderr


# --- against the analysts' gold table (needs ../shared and an extract that fills measure) ---

GOLD = SHARED / "gold" / "reports-dev" / "headline.json"
needs_gold = pytest.mark.skipif(not GOLD.is_file(), reason="../shared/gold/reports-dev/headline.json is absent")


def _headline_agreement(tables, docs=None):
    """(right, filled, misses): the wide table's cells against the gold headline table, cell by cell as
    ../shared/tools/score_headline.py defines them (its CELLS), in the row of the gold's place."""
    import json

    spec = importlib.util.spec_from_file_location("score_headline", SHARED / "tools" / "score_headline.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    comp = comparison(tables, measures=["all"])
    picked = comp.long[comp.long["picked"]]
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    right = filled = 0
    misses = []
    for doc, g in gold.items():
        if docs is not None and doc not in docs:
            continue
        for cell, (measure, claim, time, units, growth) in scorer.CELLS.items():
            want = g.get(cell)
            if want is None:
                continue
            # the scorer's growth flag: True a growth rate, False a level, None either; its average cell
            # (gdp_growth_avg_2021_2025) is the column of the yearly average over the span
            rate = "年均增速 %" if "_avg_" in cell else "增速 %"
            quantities = {rate} if growth else set(units) if growth is False else {rate, *units}
            cands = picked[(picked["doc_id"] == doc) & (picked["place"] == g["place"]) & (picked["measure"] == measure)
                           & (picked["claim"] == claim) & (picked["time"] == time) & picked["quantity"].isin(quantities)]
            got = cands.sort_values("start")["value"].iloc[0] if len(cands) else None
            filled += 1
            if got is not None and got == Decimal(want["value"]):
                right += 1
            else:
                misses.append(f"{g['place']} {cell}: gold {want['value']}, got {got}")
    return right, filled, misses


@needs_gold
def test_headline_agreement_on_the_fixture():
    """The check itself, on the hand-filled fixture (its labels follow the spec, as the gold does)."""
    right, filled, misses = _headline_agreement(load(FIXTURE), docs={SH, TJ, HB})
    assert (right, filled) == (31, 31), misses  # every gold cell of the three reports was labelled


@needs_gold
@pytest.mark.slow
def test_wide_table_agrees_with_headline_gold(tmp_path):
    run = _run("extract", SHARED / "corpus-dev", "-o", tmp_path / "out", "-j", "1", "--format", "csv")
    assert run.returncode == 0, run.stderr
    tables = load(tmp_path / "out")
    if not tables.figures["measure"].notna().any():
        pytest.skip("extract does not fill the measure column yet: nothing to compare")
    right, filled, misses = _headline_agreement(tables)
    assert right / filled >= 0.95, f"{right}/{filled}\n" + "\n".join(misses)
    readme = (HERE.parent / "README.md").read_text(encoding="utf-8")
    said = re.search(r"is filled right for (\d+) of its (\d+) cells", " ".join(readme.split()))
    assert said and (right, filled) == tuple(map(int, said.groups())), (
        f"the README says {said and said.group(0)!r}; measured {right} of {filled}\n" + "\n".join(misses))


# --- the page in a real browser ---

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> str:
    exe = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if exe is None:
        pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)")
    return exe


def _browse(exe: str, page: Path, *args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=15000",
                               *args, page.as_uri()], capture_output=True, text=True, timeout=120)


@pytest.mark.browser
def test_report_renders_in_chromium(written, comp, tmp_path):
    exe = _chromium()
    page = written / "report.html"
    run = _browse(exe, page, "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    dom = run.stdout
    groups = list(dict.fromkeys((c.measure, c.quantity) for c in comp.columns))
    assert re.search(r'data-rendered="(\d+)"', dom).group(1) == str(len(groups)) == "10"
    assert re.search(r'<pre id="errors">(.*?)</pre>', dom, re.S).group(1) == "", "script errors on the page"
    assert "Uncaught" not in run.stderr
    assert dom.count('class="main-svg"') >= len(groups)
    ytitles = re.findall(r'<text class="ytitle"[^>]*>([^<]*)</text>', dom)
    assert ytitles[:3] == ["地区生产总值增速（%）", "地区生产总值年均增速（%）", "地区生产总值（亿元）"]
    assert len(ytitles) == len(groups)
    ticks = set(re.findall(r'<g class="xtick"><text[^>]*data-unformatted="([^"]*)"', dom))
    assert {"上海市", "天津市", "河北省"} <= ticks
    legend = set(re.findall(r'class="legendtext"[^>]*>([^<]*)<', dom))
    assert {"2025 实际 actual", "2026 目标 target"} <= legend
    assert dom.count('class="point"') == comp.wide.iloc[:, 4:].notna().sum().sum()  # one bar per value
    shot = tmp_path / "report.png"
    run = _browse(exe, page, "--hide-scrollbars", "--window-size=1280,1150", f"--screenshot={shot}")
    assert run.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("ZHFIGURES_SCREENSHOT"):  # refresh the README's picture: ZHFIGURES_SCREENSHOT=1 pytest -m browser
        shutil.copy(shot, HERE.parent / "docs" / "compare-report.png")
