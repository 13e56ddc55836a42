"""Export: CSV (UTF-8 with BOM, schema order, empty cells) and JSON Lines, typed read-back, atomic output."""
from __future__ import annotations

import csv
import dataclasses
import importlib
import io
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from conftest import ROOT, analyse_text, read_rows
from pipeline import load, run
from pipeline.export import OutputWriter, csv_line
from pipeline.locate import locate
from pipeline.records import Figure
from pipeline.schema import TABLES, columns

RUN_MODULE = importlib.import_module("pipeline.run")  # `pipeline.run` the attribute is the function
NULLISH = {"None", "none", "null", "NULL", "nan", "NaN", "<NA>", "NaT"}
FILES = sorted(f"{t}.{ext}" for t in TABLES for ext in ("csv", "jsonl"))


@pytest.fixture(scope="module")
def out(corpus_run) -> Path:
    proc, out = corpus_run
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.mark.slow
def test_every_table_is_written_in_both_formats(out):
    assert sorted(p.name for p in out.iterdir()) == FILES


@pytest.mark.parametrize("table", list(TABLES))
@pytest.mark.slow
def test_csv_has_bom_schema_header_and_no_null_words(out, table):
    data = (out / f"{table}.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == columns(table)
    for row in rows[1:]:
        assert len(row) == len(rows[0]), row
        assert not NULLISH & set(row), row


@pytest.mark.slow
def test_missing_values_are_empty_cells(out):
    docs = {r["doc_id"]: r for r in read_rows(out / "documents.csv")}
    assert (docs["govreport-2022"]["date"], docs["govreport-2022"]["author"]) == ("", "")
    assert docs["004_456414553aa85d4f"]["author"] == "ZAKER"
    (gov,) = [r for r in read_rows(out / "speeches.csv") if r["doc_id"] == "govreport-2022"]
    assert (gov["place"], gov["locality"], gov["adcode"], gov["title"]) == ("", "", "", "政府工作报告")
    figures = read_rows(out / "figures.csv")
    assert figures, "the corpus has figures"
    assert any(f["value_max"] == "" for f in figures)


@pytest.mark.parametrize("table", [t for t in TABLES if t != "documents"])
@pytest.mark.slow
def test_jsonl_rows_mirror_the_csv_rows(out, table):
    raw = (out / f"{table}.jsonl").read_text(encoding="utf-8")
    assert "\\u" not in raw  # ensure_ascii=False: Chinese is written as is
    records = [json.loads(line) for line in raw.splitlines()]
    rows = read_rows(out / f"{table}.csv")
    assert len(records) == len(rows)
    for rec, row in zip(records, rows):
        assert sorted(rec) == sorted(columns(table))
        assert {k: "" if v is None else str(v) for k, v in rec.items()} == row


@pytest.mark.slow
def test_documents_jsonl_nests_speeches_sections_and_subsections(out):
    raw = (out / "documents.jsonl").read_text(encoding="utf-8")
    assert "\\u" not in raw
    docs = {d["doc_id"]: d for d in map(json.loads, raw.splitlines())}
    assert set(docs) == {r["doc_id"] for r in read_rows(out / "documents.csv")}
    gov = docs["govreport-2022"]
    assert (gov["title"], gov["encoding"], gov["counts"]["sections"]) == ("政府工作报告", "utf-8-sig", 12)
    (speech,) = gov["speeches"]
    assert [s["title"] for s in speech["sections"] if s["level"] == 1] == [
        "2021年工作回顾", "2022年经济社会发展总体要求和政策取向", "2022年政府工作任务"]
    third = speech["sections"][-1]
    assert [s["label"] for s in third["subsections"]] == [f"（{n}）" for n in "一二三四五六七八九"]
    bundle = docs["000_2fee95f66404a103"]
    assert [len([s for s in sp["sections"] if s["level"] == 1]) for sp in bundle["speeches"]] == [0, 5, 5, 5, 5]
    assert docs["004_456414553aa85d4f"]["metadata"]["author"] == "ZAKER"


@pytest.mark.slow
def test_document_counts_agree_with_the_tables(out, corpus_results):
    speeches, sections = read_rows(out / "speeches.csv"), read_rows(out / "sections.csv")
    figures = read_rows(out / "figures.csv")
    for doc in read_rows(out / "documents.csv"):
        did = doc["doc_id"]
        result = corpus_results[did][1]
        assert int(doc["chars"]) == len(result.document.text)
        assert int(doc["paragraphs"]) == len(result.structure.paragraphs)
        assert int(doc["sentences"]) == len(result.structure.sentences)
        assert int(doc["speeches"]) == sum(1 for r in speeches if r["doc_id"] == did and r["speech"] != "0")
        assert int(doc["sections"]) == sum(1 for r in sections if r["doc_id"] == did and r["level"] != "0")
        assert int(doc["figures"]) == sum(1 for r in figures if r["doc_id"] == did)
    assert {r["doc_id"]: int(r["speeches"]) for r in read_rows(out / "documents.csv")} == {
        "000_2fee95f66404a103": 4, "004_456414553aa85d4f": 1, "govreport-2022": 1}


@pytest.mark.slow
def test_offsets_in_the_written_tables_slice_the_canonical_text(out, corpus_results):
    """Every written record: text[start:end] is its text (titles through title_start/title_end)."""
    texts = {did: result.document.text for did, (_, result) in corpus_results.items()}
    checked = 0
    for table, span, field in [("speeches", ("title_start", "title_end"), "title"),
                               ("sections", ("title_start", "title_end"), "title"),
                               ("points", ("start", None), "label"),
                               ("figures", ("start", "end"), "mention"),
                               ("entities", ("start", "end"), "text")]:
        for row in read_rows(out / f"{table}.csv"):
            text = texts[row["doc_id"]]
            start = int(row[span[0]])
            end = int(row[span[1]]) if span[1] else start + len(row[field])
            if table == "speeches" and start == end == 0 and row["title"] not in text.split("\n"):
                continue  # a title from front matter, not in the text
            assert text[start:end] == row[field], (table, row)
            if table == "points":
                assert text[end:int(row["end"])].startswith(row["lead"]), row
            if table == "figures":
                assert text[start:end] in row["sentence"] and row["sentence"] in text, row
            checked += 1
    assert checked > 200


@pytest.mark.slow
def test_load_gives_typed_frames(out):
    tables = load(out)
    expected = {"int": "Int64", "text": "string", "code": "category", "decimal": "object", "date": "datetime64[ns]"}
    for table, cols in TABLES.items():
        frame = getattr(tables, table)
        assert list(frame.columns) == [c.name for c in cols]
        for c in cols:
            assert str(frame[c.name].dtype) == expected[c.type], (table, c.name, frame[c.name].dtype)
    adcodes = tables.speeches["adcode"]
    assert sorted(adcodes.dropna()) == ["330200", "370100", "370200", "440300"]  # codes stay text
    assert all(isinstance(v, str) for v in adcodes.cat.categories)
    assert tables.sections.query("level == 1 and doc_id == 'govreport-2022'")["title"].tolist() == [
        "2021年工作回顾", "2022年经济社会发展总体要求和政策取向", "2022年政府工作任务"]
    values = tables.figures["value"]
    assert len(values) and all(isinstance(v, Decimal) for v in values)
    assert all(v is None or isinstance(v, Decimal) for v in tables.figures["value_max"])
    assert pd.isna(tables.documents.set_index("doc_id").loc["govreport-2022", "date"])


# csv_line: a row's values → the line the csv module writes (QUOTE_MINIMAL, "\n"), except the carriage return it
# leaves bare in Python 3.11 (quoted here: its own reader reads a bare one as a line end)
CSV_LINES = [
    ("plain-chinese", ["d1", "国内生产总值达到114万亿元，增长8.1%。", None, 12, "114000000000000"],
     "d1,国内生产总值达到114万亿元，增长8.1%。,,12,114000000000000\n"),
    ("ascii-comma", ["完成投资1,200亿元", "x"], '"完成投资1,200亿元",x\n'),
    ("double-quote", ['实施"十四五"规划', 3], '"实施""十四五""规划",3\n'),
    ("line-break", ["第一行\n第二行", None], '"第一行\n第二行",\n'),
    ("carriage-return", ["a\rb", "c"], '"a\rb",c\n'),
    ("all-empty", [None, None, ""], ",,\n"),
    ("one-empty-cell", [None], '""\n'),
    ("one-cell", ["x"], "x\n"),
    ("no-cells", [], "\n"),
    ("formula-guarded", ["'=SUM(A1)", "-"], "'=SUM(A1),-\n"),
    ("bool-and-float", [True, 1.5, Decimal("0.04")], "True,1.5,0.04\n"),
    ("spaces-kept", [" lead", "trail ", "\t"], " lead,trail ,\t\n"),
]


@pytest.mark.parametrize(("values", "line"), [c[1:] for c in CSV_LINES], ids=[c[0] for c in CSV_LINES])
def test_csv_line(values, line):
    assert csv_line(values) == line
    if "\r" not in line:  # the csv module's own line, where it quotes the same cells
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(values)
        assert buf.getvalue() == line
    assert next(csv.reader(io.StringIO(line, newline=""))) == ["" if v is None else str(v) for v in values]


@pytest.mark.parametrize("table", list(TABLES))
@pytest.mark.slow
def test_csv_lines_are_the_csv_modules(out, table):
    """Every row of every table of corpus/, read back and written again by the csv module: the same bytes."""
    data = (out / f"{table}.csv").read_bytes().decode("utf-8-sig")
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(csv.reader(io.StringIO(data, newline="")))
    assert buf.getvalue() == data


def test_load_of_a_missing_folder_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such output folder"):
        load(tmp_path / "nowhere")


SENTENCE = "国内生产总值达到114万亿元，增长8.1%。预计增长5.5%到6%，财政赤字率0.000001。"


@pytest.mark.parametrize(("mention", "value", "value_max", "cells"), [
    pytest.param("114万亿元", Decimal("1.14E+14"), None, ("114000000000000", ""), id="exponent-written-plain"),
    pytest.param("8.1%", Decimal("8.10"), None, ("8.1", ""), id="trailing-zero-dropped"),
    pytest.param("5.5%到6%", Decimal("5.5"), Decimal("6"), ("5.5", "6"), id="range"),
    pytest.param("0.000001", Decimal("1E-6"), None, ("0.000001", ""), id="small-value-no-exponent"),
])
def test_decimals_are_written_plain_and_read_back_exact(tmp_path, mention, value, value_max, cells):
    result = analyse_text(SENTENCE)
    start = SENTENCE.index(mention)
    figure = Figure(mention, value, value_max, "", "percent", "", "", "", "", "", "", start, start + len(mention))
    with OutputWriter(tmp_path) as writer:
        writer.add(dataclasses.replace(result, figures=locate(result.document.text, result.structure, (figure,))))
    (row,) = read_rows(tmp_path / "figures.csv")
    assert (row["value"], row["value_max"], row["mention"]) == (*cells, mention)
    assert mention in row["sentence"] and row["sentence"] in SENTENCE
    frame = load(tmp_path).figures
    assert frame["value"].tolist() == [value]
    assert frame["value_max"].tolist() == [value_max]
    (record,) = map(json.loads, (tmp_path / "figures.jsonl").read_text(encoding="utf-8").splitlines())
    assert (record["value"], record["value_max"]) == (cells[0], cells[1] or None)


# ---------------------------------------------------------------- failures and atomic output

def test_failures_are_rows_of_errors_csv_and_the_batch_goes_on(tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text("一、总体要求\n正文。", encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_text("一、重点工作\n正文。", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    real = RUN_MODULE.analyse

    def analyse(doc):
        if doc.doc_id == "broken":
            raise ValueError("no heading found where one was expected")
        return real(doc)

    monkeypatch.setattr(RUN_MODULE, "analyse", analyse)
    summary = run([str(good), str(broken), str(empty), str(tmp_path / "missing.txt")], tmp_path / "out")
    assert summary.documents == 1
    errors = read_rows(tmp_path / "out" / "errors.csv")
    assert errors == [
        {"source": str(broken), "stage": "structure", "reason": "ValueError: no heading found where one was expected"},
        {"source": str(empty), "stage": "load", "reason": "file is empty"},
        {"source": str(tmp_path / "missing.txt"), "stage": "load", "reason": "no such file"},
    ]
    assert [(f.source, f.stage) for f in summary.failures] == [(e["source"], e["stage"]) for e in errors]
    assert [r["doc_id"] for r in read_rows(tmp_path / "out" / "documents.csv")] == ["good"]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def previous(tmp_path) -> Path:
    """An output folder holding a complete earlier run (two documents of the corpus, every default table)."""
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    for name in ("000_2fee95f66404a103.txt", "004_456414553aa85d4f.txt"):
        shutil.copy(ROOT / "corpus" / name, earlier / name)
    folder = tmp_path / "out"
    summary = run([str(earlier)], folder)
    assert summary.documents == 2 and not summary.failures
    return folder


@pytest.mark.parametrize("interrupt_at", [1, 3], ids=["first-document", "third-document"])
def test_interrupted_run_leaves_previous_outputs_and_no_temp_files(previous, tmp_path, monkeypatch, interrupt_at):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(1, 5):
        (inputs / f"doc{n}.txt").write_text("一、总体要求\n坚持稳字当头、稳中求进。", encoding="utf-8")
    before = _snapshot(previous)
    real, seen = RUN_MODULE.analyse, []

    def analyse(doc):
        seen.append(doc.doc_id)
        if len(seen) == interrupt_at:
            raise KeyboardInterrupt
        return real(doc)

    monkeypatch.setattr(RUN_MODULE, "analyse", analyse)
    with pytest.raises(KeyboardInterrupt):
        run([str(inputs)], previous)
    assert len(seen) == interrupt_at
    assert _snapshot(previous) == before  # same files, same bytes: no temp file left, nothing replaced


@pytest.mark.parametrize("error", [KeyboardInterrupt(), OSError(28, "No space left on device")],
                         ids=["ctrl-c", "disk-full"])
def test_interrupted_final_flush_leaves_previous_outputs(previous, tmp_path, monkeypatch, error):
    source = tmp_path / "short.txt"
    source.write_text("一、总体要求\n坚持稳字当头、稳中求进。", encoding="utf-8")
    before = _snapshot(previous)
    real = OutputWriter.flush

    def flush(self, table):
        if table == "sections":
            raise error
        return real(self, table)

    monkeypatch.setattr(OutputWriter, "flush", flush)
    with pytest.raises(type(error)):
        run([str(source)], previous)
    assert _snapshot(previous) == before
