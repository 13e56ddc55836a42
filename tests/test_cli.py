"""The command line end to end, through the installed `zhfigures` script in a subprocess."""
from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import pytest

from conftest import GOLD_STRUCTURE, GOVREPORT, GOVREPORT_LINES, ROOT, SCORER, read_rows, run_cli, to_traditional

pytestmark = pytest.mark.slow  # each test runs the command line (tests/test_pipeline.py has a fast run of it)

EXPECTED_FILES = sorted(f"{t}.{e}" for t in ("documents", "speeches", "sections", "points", "figures", "entities",
                                             "errors", "warnings") for e in ("csv", "jsonl"))


def test_help_lists_the_options():
    proc = run_cli("extract", "--help")
    assert proc.returncode == 0, proc.stderr
    for option in ("--output", "--encoding", "--input-format", "--format", "--text-column", "--id-column", "--jobs",
                   "--segmenter", "--user-dict", "--pkuseg-model", "--entities"):
        assert option in proc.stdout


@pytest.mark.parametrize("command", ["", "extract", "evaluate", "show", "pkuseg-model"])
def test_help_reads_cleanly_in_a_plain_terminal(command):
    proc = run_cli(*([command] if command else []), "--help")
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    assert not set(text) & set("╭╮╰╯│─"), text  # no boxes
    assert "<" not in text and "{" not in text, text  # no type labels (<bool>, <path>) nor {gold}
    assert text.startswith(f"Usage: zhfigures {command + ' ' if command else ''}[OPTIONS]")


def test_help_keeps_brackets_and_states_the_defaults():
    extract = run_cli("extract", "--help").stdout
    flat = " ".join(extract.split())
    for words in ("pip install 'zhfigures[parquet]'", "pip install 'zhfigures[dask]'", "(word [freq] [tag] per line)",
                  "-o, --output DIR", "--format LIST", "exactly these are written", "[default: csv,jsonl]",
                  "-j, --jobs N", "Usage: zhfigures extract [OPTIONS] [INPUTS]..."):
        assert words in flat, words
    evaluate = " ".join(run_cli("evaluate", "--help").stdout.split())
    assert "Usage: zhfigures evaluate [OPTIONS] GOLD [OUTPUT]" in evaluate
    assert "--regions FILE" in evaluate and "--texts DIR" in evaluate and "-v, --verbose" in evaluate


def test_default_run_on_the_corpus(corpus_run):
    proc, out = corpus_run
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "3 documents, 7 speeches, 41 sections" in proc.stderr and "0 failures" in proc.stderr
    assert sorted(p.name for p in out.iterdir()) == EXPECTED_FILES
    docs = {r["doc_id"]: (r["source"], r["format"], r["encoding"]) for r in read_rows(out / "documents.csv")}
    assert docs == {
        "000_2fee95f66404a103": ("corpus/000_2fee95f66404a103.txt", "text", "utf-8"),
        "004_456414553aa85d4f": ("corpus/004_456414553aa85d4f.txt", "markdown", "utf-8"),
        "govreport-2022": ("corpus/govreport-2022.txt", "text", "utf-8-sig"),
    }
    assert read_rows(out / "errors.csv") == []


def summary_of(out) -> str:
    """The summary line a run over `out` should print: the rows of its tables, nouns agreeing with numbers."""
    n = {t: len(read_rows(out / f"{t}.csv")) for t in ("documents", "speeches", "sections", "figures", "entities",
                                                          "errors")}
    return ", ".join(f"{n[t]} {noun if n[t] == 1 else nouns}" for t, noun, nouns in (
        ("documents", "document", "documents"), ("speeches", "speech", "speeches"), ("sections", "section", "sections"),
        ("figures", "figure", "figures"), ("entities", "entity", "entities"), ("errors", "failure", "failures")))


def test_the_summary_counts_the_rows_of_the_tables(corpus_run, tmp_path):
    proc, out = corpus_run  # a pool of workers: the counts travel with the rendered rows
    assert proc.stderr.splitlines()[-1] == f"{summary_of(out)} → {out}"
    one = run_cli("extract", "corpus/govreport-2022.txt", "missing.txt", "--jobs", "1", "--entities", "-o", str(tmp_path))
    assert one.returncode == 1
    assert one.stderr.splitlines()[-1] == f"{summary_of(tmp_path)} → {tmp_path}"
    assert one.stderr.splitlines()[-1].startswith("1 document, 1 speech, 13 sections, ")
    assert one.stderr.splitlines()[-1].endswith(f" 1 failure → {tmp_path}")


@pytest.mark.parametrize(("n", "noun", "expected"), [
    (0, "document", "0 documents"), (1, "document", "1 document"), (2, "document", "2 documents"),
    (1, "speech", "1 speech"), (7, "speech", "7 speeches"), (1, "entity", "1 entity"), (0, "entity", "0 entities"),
    (1, "failure", "1 failure"), (4, "failure", "4 failures"),
])
def test_nouns_agree_with_numbers(n, noun, expected):
    from pipeline.run import plural

    assert plural(n, noun) == expected


def norm(text) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def test_default_run_finds_the_structure_of_the_gold(corpus_run):
    """Every speech (place and title) and top-level section title of tests/data/gold/structure.json, in place,
    and no top-level section more; beside ../shared the reference scorer says the same."""
    _, out = corpus_run
    gold = json.loads(GOLD_STRUCTURE.read_text(encoding="utf-8"))
    speeches, sections = read_rows(out / "speeches.csv"), read_rows(out / "sections.csv")
    for doc, g in gold.items():
        got = [(norm(r["place"]), norm(r["title"])) for r in speeches if r["doc_id"] == doc and r["speech"] != "0"]
        assert got == [(norm(s["place"]), norm(s["title"])) for s in g["speeches"]], doc
        for k, speech in enumerate(g["speeches"], start=1):
            titles = [norm(r["title"]) for r in sections
                      if (r["doc_id"], r["speech"], r["level"]) == (doc, str(k), "1")]
            assert titles == [norm(t) for t in speech["sections"]], (doc, k)
    if SCORER.exists():
        proc = subprocess.run([sys.executable, str(SCORER), str(GOLD_STRUCTURE), str(out)],
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        lines = proc.stdout.strip().splitlines()
        assert lines[-1] == "structure: speeches 5/5, sections 22/22"
        assert not [line for line in lines if "more than the gold" in line]


def test_bad_files_fail_alone_and_are_named(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80")
    (inputs / "b-empty.txt").write_bytes(b"")
    (inputs / "c-front.md").write_text("---\ntitle: [政府工作报告\n---\n正文。\n", encoding="utf-8")
    (inputs / "d-report.txt").write_bytes(GOVREPORT.read_bytes())
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    proc = run_cli("extract", str(inputs), str(missing), "-o", str(out))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    expected = [
        (str(inputs / "a-image.txt"), "load", "looks binary (NUL bytes and no UTF-16 byte-order mark); pass --encoding "
                                              "if it is text"),
        (str(inputs / "b-empty.txt"), "load", "file is empty"),
        (str(inputs / "c-front.md"), "load", "front matter is not valid YAML (while parsing a flow sequence)"),
        (str(missing), "load", "no such file"),
    ]
    assert [(r["source"], r["stage"], r["reason"]) for r in read_rows(out / "errors.csv")] == expected
    for source, _, reason in expected:
        assert f"{source}: {reason}" in proc.stderr
    assert "1 document, 1 speech, 13 sections" in proc.stderr and "4 failures" in proc.stderr
    assert [r["doc_id"] for r in read_rows(out / "documents.csv")] == ["d-report"]
    assert len([r for r in read_rows(out / "sections.csv") if r["level"] != "0"]) == 12


@pytest.mark.parametrize(("args", "message"), [
    pytest.param(["--input-format", "docx"], "--input-format must be one of auto, text, html, markdown, csv, jsonl, not 'docx'",
                 id="unknown-input-format"),
    pytest.param(["--format", "xlsx"], "--format takes csv, jsonl, parquet (comma-separated), not 'xlsx'", id="unknown-output-format"),
    pytest.param(["--jobs", "-1"], "--jobs must be 0 (one per core) or more", id="negative-jobs"),
    pytest.param(["--segmenter", "thulac"], "--segmenter must be one of jieba, pkuseg, not 'thulac'", id="unknown-segmenter"),
    pytest.param(["--entities", "--ner", "spacy"], "--ner must be one of auto, lac, not 'spacy'", id="unknown-recognizer"),
    pytest.param(["--encoding", "klingon"], "--encoding: unknown encoding 'klingon'", id="unknown-encoding"),
    pytest.param(["--doc-timeout", "-1"], "--doc-timeout must be 0 (no limit) or more", id="negative-doc-timeout"),
    pytest.param(["--max-bytes", "0"], "--max-bytes must be 1 or more", id="no-bytes"),
    pytest.param(["--engine", "spark"], "--engine must be one of local, dask, not 'spark'", id="unknown-engine"),
    pytest.param(["--measures", "all"], "--measures must be one of spec, extended, not 'all'", id="unknown-measures"),
    pytest.param(["--no-such-option"], "No such option", id="unknown-option"),
])
def test_bad_usage_exits_2(tmp_path, args, message):
    out = tmp_path / "out"
    proc = run_cli("extract", str(GOVREPORT), "-o", str(out), *args)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_no_inputs_and_no_corpus_folder_exits_2(tmp_path):
    proc = run_cli("extract", "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert proc.returncode == 2
    assert "no inputs given and no corpus/ folder here" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unknown_encoding_is_bad_usage(tmp_path):
    proc = run_cli("extract", str(GOVREPORT), "-o", str(tmp_path / "out"), "--encoding", "klingon")
    assert (proc.returncode, "Traceback" in proc.stderr) == (2, False)
    assert "klingon" in proc.stderr


def test_output_that_is_a_file_is_bad_usage_without_traceback(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("keep me", encoding="utf-8")
    proc = run_cli("extract", str(GOVREPORT), "-o", str(target))
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 2
    assert target.read_text(encoding="utf-8") == "keep me"


def test_stdin_dash(tmp_path):
    out = tmp_path / "out"
    opening = "\n".join(GOVREPORT_LINES[:6])  # title … 一、2021年工作回顾
    proc = run_cli("extract", "-", "-o", str(out), stdin=opening.encode("gb18030"))
    assert proc.returncode == 0, proc.stderr
    (doc,) = read_rows(out / "documents.csv")
    assert (doc["doc_id"], doc["source"], doc["format"], doc["encoding"], doc["title"]) == (
        "stdin", "-", "text", "gb18030", "政府工作报告")
    assert [(r["doc_id"], r["label"], r["title"]) for r in read_rows(out / "sections.csv") if r["level"] != "0"] == [
        ("stdin", "一、", "2021年工作回顾")]


@pytest.mark.parametrize(("data", "encoding", "title"), [
    pytest.param(to_traditional(GOVREPORT_LINES[0]).encode("big5"), "big5", "政府工作报告", id="big5"),  # read in simplified
    pytest.param(GOVREPORT_LINES[0].encode("gbk"), "gbk", "政府工作报告", id="gbk"),
])
def test_encoding_option(tmp_path, data, encoding, title):
    source = tmp_path / "title.txt"
    source.write_bytes(data)
    proc = run_cli("extract", str(source), "-o", str(tmp_path / "out"), "--encoding", encoding)
    assert proc.returncode == 0, proc.stderr
    (doc,) = read_rows(tmp_path / "out" / "documents.csv")
    assert (doc["encoding"], doc["title"]) == (encoding, title)


def test_table_inputs_with_text_and_id_columns(tmp_path):
    paragraphs = [GOVREPORT_LINES[5].strip() + "\n" + GOVREPORT_LINES[4].strip(), GOVREPORT_LINES[3].strip()]
    (tmp_path / "rows.csv").write_text(
        "编号,正文\n" + "".join(f'gr-{n},"{p}"\n' for n, p in enumerate(paragraphs, 1)), encoding="utf-8-sig")
    (tmp_path / "rows.jsonl").write_text(
        "".join(json.dumps({"编号": f"js-{n}", "正文": p}, ensure_ascii=False) + "\n" for n, p in enumerate(paragraphs, 1)),
        encoding="utf-8")
    (tmp_path / "other.csv").write_text("id,body\n1,正文。\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("extract", str(tmp_path / "rows.csv"), str(tmp_path / "rows.jsonl"), str(tmp_path / "other.csv"),
                   "-o", str(out), "--text-column", "正文", "--id-column", "编号")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    docs = [(r["doc_id"], r["source"].rsplit("/", 1)[-1], r["encoding"]) for r in read_rows(out / "documents.csv")]
    assert docs == [("gr-1", "rows.csv#1", "utf-8-sig"), ("gr-2", "rows.csv#2", "utf-8-sig"),
                    ("js-1", "rows.jsonl#1", "utf-8"), ("js-2", "rows.jsonl#2", "utf-8")]
    sections = [(r["doc_id"], r["title"]) for r in read_rows(out / "sections.csv") if r["level"] != "0"]
    assert sections == [("gr-1", "2021年工作回顾"), ("js-1", "2021年工作回顾")]
    reason = "row 1 has no text column '正文' (columns: id, body); use --text-column"
    assert [(r["source"], r["reason"]) for r in read_rows(out / "errors.csv")] == [(str(tmp_path / "other.csv"), reason)]
    assert f"other.csv: {reason}" in proc.stderr


def test_module_entry_point_matches_the_script(tmp_path):
    """`python -m cli` (what the console script calls) runs the same command."""
    source = tmp_path / "title.txt"
    source.write_text(GOVREPORT_LINES[0], encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "cli", "extract", str(source), "-o", str(tmp_path / "out")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert [r["doc_id"] for r in read_rows(tmp_path / "out" / "documents.csv")] == ["title"]


@pytest.mark.parametrize("formats", [None, "csv", "jsonl", "parquet", "csv,parquet", "csv,jsonl,parquet"])
def test_format_lists_exactly_the_files_written(tmp_path, formats):
    """--format names every format written and no other (README: the `--format` row); default csv,jsonl."""
    if formats and "parquet" in formats:
        pytest.importorskip("pyarrow")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "figures.parquet").write_bytes(b"from an earlier run")  # a format not asked is removed
    proc = run_cli("extract", str(GOVREPORT), "-o", str(tmp_path / "out"), *(["--format", formats] if formats else []))
    assert proc.returncode == 0, proc.stderr
    tables = ("documents", "speeches", "sections", "points", "figures", "entities", "errors", "warnings")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{t}.{e}" for t in tables for e in (formats or "csv,jsonl").split(","))
