"""Reliability under hostile input and hostile conditions (issue 15).

All-or-nothing results (a kill at the switch, SIGKILL at any time, SIGTERM with workers, disk full, a run that
read nothing), inputs that are not files (FIFO, /dev/zero, dangling links, loops), rows that cannot be written,
formula cells, doc_id collisions, damaged encodings, per-row table failures, output-side errors, the
per-document deadline, and a seeded fuzz test (a few seconds; longer with `-m slow`).
"""
from __future__ import annotations

import codecs
import csv
import errno
import json
import logging
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

import importlib

import pipeline.export as export
from pipeline.export import FORMULA_START, OutputError, csv_text, csv_untext
from pipeline.loaders import LoadError, LoadOptions, decode_with_notes, doc_ids, parse_text, read_items
from pipeline.records import RawDocument
from pipeline.run import Options, run
from pipeline.schema import TABLES
from pipeline.tables import load

run_module = importlib.import_module("pipeline.run")  # `pipeline.run` is also the function run

from conftest import (CORPUS, GOVREPORT, REPORT_OPENING, REPORT_OPENING_TRAD, cli_command, full_pipeline,
                      offset_problems, raw_offset_problems, read_rows, run_cli)

SHORT = "一、总体要求\n今年地区生产总值增长5.5%左右，城镇新增就业1269万人。"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def strays(folder: Path) -> list[str]:
    """Hidden leftovers of a run in the folder or beside it."""
    inside = [p.name for p in folder.iterdir() if p.name.startswith(".")] if folder.is_dir() else []
    beside = [p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}.zhfigures-")]
    return inside + beside


@pytest.fixture
def previous(tmp_path) -> Path:
    """An output folder holding a complete earlier run (one document)."""
    out = tmp_path / "out"
    run([str(write(tmp_path / "in" / "old.txt", SHORT))], out)
    return out


# ---------------------------------------------------------------- all or nothing

def test_a_kill_at_the_switch_leaves_the_previous_set(previous, tmp_path, monkeypatch):
    before = snapshot(previous)

    def killed(a, b):
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "exchange_folders", killed)
    with pytest.raises(KeyboardInterrupt):
        run([str(CORPUS)], previous)
    assert snapshot(previous) == before and strays(previous) == []


def test_a_kill_between_renames_of_the_per_file_switch_is_completed_by_the_next_run(tmp_path, monkeypatch):
    """A folder that holds other files is switched file by file under a journal; the next run completes it."""
    out = tmp_path / "mixed"
    write(out / "notes.txt", "mine")
    run([str(write(tmp_path / "in" / "old.txt", SHORT))], out)
    real, calls = os.replace, []

    def replace(a, b):
        if Path(b).parent == out and not str(b).endswith(".json"):
            calls.append(b)
            if len(calls) == 3:
                raise KeyboardInterrupt  # killed after two tables were renamed in
        return real(a, b)

    monkeypatch.setattr(export.os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        run([str(GOVREPORT)], out)
    monkeypatch.setattr(export.os, "replace", real)
    assert (out / export.JOURNAL).exists()
    export.recover(out)  # what the next run does first
    assert [r["doc_id"] for r in read_rows(out / "documents.csv")] == ["govreport-2022"]
    assert {r["doc_id"] for r in read_rows(out / "figures.csv")} == {"govreport-2022"}
    assert (out / "notes.txt").read_text() == "mine" and strays(out) == []


def test_the_folder_is_swapped_in_one_step(previous):
    inode = previous.stat().st_ino
    run([str(GOVREPORT)], previous)
    assert previous.stat().st_ino != inode  # a new folder, renamed over (exchanged with) the old one
    assert [r["doc_id"] for r in read_rows(previous / "documents.csv")] == ["govreport-2022"]
    assert strays(previous) == []


def test_leftovers_of_killed_runs_are_removed_by_the_next_run(previous):
    dead = 2 ** 22 + 12345  # above the default pid_max: no such process
    (previous.parent / f".{previous.name}.zhfigures-{dead}-deadbeef.staging").mkdir()
    write(previous.parent / f".{previous.name}.zhfigures-{dead}-deadbeef.staging" / "figures.csv", "x")
    write(previous / f".figures.csv.{dead}.tmp", "x" * 1000)
    run([str(GOVREPORT)], previous)
    assert strays(previous) == []


@pytest.mark.slow
def test_sigkill_at_any_time_leaves_one_complete_set(tmp_path):
    """Kill -9 the run at several moments: the folder always holds one run's complete set."""
    inputs = tmp_path / "in"
    for n in range(30):
        write(inputs / f"doc{n:02d}.txt", SHORT * 20)
    out = tmp_path / "out"
    proc = subprocess.run([*cli_command(), "extract", str(GOVREPORT), "-o", str(out), "-j", "1"], capture_output=True)
    assert proc.returncode == 0
    for delay in (0.5, 1.5, 3.0):
        p = subprocess.Popen([*cli_command(), "extract", str(inputs), "-o", str(out), "-j", "1"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        p.kill()
        p.wait()
        docs = [r["doc_id"] for r in read_rows(out / "documents.csv")]
        lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(x)["doc_id"] for x in lines] == docs
        assert {r["doc_id"] for r in read_rows(out / "figures.csv")} <= set(docs)
        assert docs in (["govreport-2022"], [f"doc{n:02d}" for n in range(30)])


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


BATCH = 2000  # documents enough that a compiled run is still working a second after its workers start


def _batch_under_way(tmp_path: Path, out: Path, stream: int) -> tuple[subprocess.Popen, list[int]]:
    """`extract -j 2` of BATCH documents into `out`, started and running with its workers for a second; the
    process (stdout and stderr to `stream`) and its workers' pids."""
    inputs = tmp_path / "many"
    for n in range(BATCH):
        write(inputs / f"doc{n:04d}.txt", SHORT * 50)
    p = subprocess.Popen([*cli_command(), "extract", str(inputs), "-o", str(out), "-j", "2", "--no-progress"],
                         stdout=stream, stderr=stream)
    deadline = time.time() + 60
    while len(_children(p.pid)) < 2 and time.time() < deadline:
        time.sleep(0.1)
    workers = _children(p.pid)
    time.sleep(1.0)
    return p, workers


def _running(pids: list[int]) -> list[int]:
    """The processes of `pids` that still exist and are not zombies (one that ends while it is looked at has ended:
    its /proc entry can go between two reads)."""
    running = []
    for w in pids:
        try:
            state = Path(f"/proc/{w}/stat").read_text().split()[2]
        except (FileNotFoundError, ProcessLookupError):
            continue
        if state != "Z":
            running.append(w)
    return running


@pytest.mark.slow
def test_sigkill_of_the_main_process_ends_its_workers_and_the_next_run_cleans_up(tmp_path):
    out = tmp_path / "out"
    p, workers = _batch_under_way(tmp_path, out, subprocess.DEVNULL)
    p.kill()
    p.wait()
    time.sleep(1.0)
    assert _running(workers) == []
    assert strays(out) != []  # the killed run's staging folder …
    assert run_cli("extract", str(GOVREPORT), "-o", str(out)).returncode == 0
    assert strays(out) == []  # … is removed by the next run


@pytest.mark.parametrize(("sig", "code", "name"), [(signal.SIGTERM, 143, "SIGTERM"), (signal.SIGINT, 130, "Ctrl-C")],
                         ids=["sigterm", "sigint"])
@pytest.mark.slow
def test_a_signal_stops_the_workers_says_one_line_and_keeps_the_previous_set(previous, tmp_path, sig, code, name):
    before = snapshot(previous)
    p, workers = _batch_under_way(tmp_path, previous, subprocess.PIPE)
    assert len(workers) >= 2
    p.send_signal(sig)
    _, err = p.communicate(timeout=30)
    assert p.returncode == code, err
    lines = err.decode().strip().splitlines()
    assert lines[-1] == f"zhfigures: interrupted ({name}): the tables in {previous} were left as they were"
    assert "Traceback" not in err.decode()
    time.sleep(0.5)
    assert _running(workers) == []
    assert snapshot(previous) == before and strays(previous) == []


@pytest.mark.slow
def test_a_run_that_read_no_document_replaces_nothing(previous, tmp_path):
    before = snapshot(previous)
    proc = run_cli("extract", str(tmp_path / "typo.txt"), "-o", str(previous))
    assert proc.returncode == 1
    assert f"{tmp_path / 'typo.txt'}: no such file" in proc.stderr
    assert "left as they were" in proc.stderr
    assert snapshot(previous) == before


@pytest.mark.slow
def test_disk_full_keeps_the_previous_set_and_exits_3(previous, tmp_path, monkeypatch):
    before = snapshot(previous)

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self):
            self.fh.close()

    real = export.OutputWriter.__enter__

    def enter(self):
        real(self)
        self._files = {k: Full(v) for k, v in self._files.items()}
        return self

    monkeypatch.setattr(export.OutputWriter, "__enter__", enter)
    with pytest.raises(OutputError) as info:
        run([str(GOVREPORT)], previous)
    assert info.value.disk_full
    assert snapshot(previous) == before and strays(previous) == []


@pytest.mark.slow
def test_disk_full_on_a_small_tmpfs(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (the simulated ENOSPC test covers the logic)")
    try:
        proc = run_cli("extract", str(CORPUS), "-o", str(mount / "out"), "-j", "1")
        assert proc.returncode == 3, proc.stderr
        (line,) = [x for x in proc.stderr.splitlines() if "cannot write" in x]
        assert "No space left on device" in line and "Traceback" not in proc.stderr
        assert not (mount / "out").exists() and os.listdir(mount) == []
    finally:
        subprocess.run(["umount", str(mount)])


@pytest.mark.parametrize(("args", "message"), [
    pytest.param(lambda t: ["extract", str(GOVREPORT), "-o", str(write(t / "file", "x") / "sub")],
                 lambda t: f"zhfigures: cannot write the tables: {t / 'file'}: is a file, not a folder", id="o-file-sub"),
    pytest.param(lambda t: ["extract", str(GOVREPORT), "-o", str(write(t / "file", "x"))],
                 lambda t: f"zhfigures: -o {t / 'file'}: exists and is not a folder", id="o-is-a-file"),
    pytest.param(lambda t: ["show", str(GOVREPORT), "-o", str(t / "missing" / "page.html")],
                 lambda t: f"zhfigures: -o {t / 'missing' / 'page.html'}: cannot write: No such file or directory",
                 id="show-into-missing-folder"),
])
@pytest.mark.slow
def test_output_side_errors_are_one_line_and_exit_2(tmp_path, args, message):
    proc = run_cli(*args(tmp_path))
    assert proc.returncode == 2
    assert proc.stderr.strip() == message(tmp_path)


# ---------------------------------------------------------------- inputs that are not files

@pytest.mark.parametrize(("make", "reason"), [
    pytest.param(lambda p: os.mkfifo(p), "a FIFO (named pipe), not a regular file", id="fifo"),
    pytest.param(lambda p: os.symlink("/dev/zero", p), "a character device (via a symbolic link), not a regular file",
                 id="dev-zero-link"),
    pytest.param(lambda p: os.symlink(p.parent / "nothing", p), "dangling symbolic link", id="dangling-link"),
    pytest.param(lambda p: (os.symlink(p.with_name("b.txt"), p), os.symlink(p, p.with_name("b.txt"))),
                 "symbolic link loop", id="link-loop"),
])
@pytest.mark.slow
def test_inputs_that_are_not_regular_files_are_named_never_read(tmp_path, make, reason):
    named = tmp_path / "a.txt"
    make(named)
    folder = tmp_path / "folder"
    write(folder / "good.txt", SHORT)
    make(folder / "a.txt")
    write(folder / "picture.png", b"\x89PNG")
    out = tmp_path / "out"
    proc = subprocess.run([*cli_command(), "extract", str(named), str(folder), "-o", str(out), "-j", "1"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1, proc.stderr
    errors = [(r["source"], r["stage"], r["reason"]) for r in read_rows(out / "errors.csv")]
    assert (str(folder / "a.txt"), "skip", reason) in errors
    assert (str(named), "load", reason) in errors
    assert (str(folder / "picture.png"), "skip",
            "not a known input type (.png; read: .csv .htm .html .jsonl .markdown .md .ndjson .text .txt .xhtml)") in errors
    assert [r["doc_id"] for r in read_rows(out / "documents.csv")] == ["good"]


def test_max_bytes_refuses_a_larger_input(tmp_path):
    big = write(tmp_path / "big.txt", SHORT * 100)
    with pytest.raises(LoadError, match="larger than --max-bytes 1000"):
        list(read_items(str(big), "big", LoadOptions(max_bytes=1000)))


# ---------------------------------------------------------------- rows that cannot be written

SURROGATE_JSONL = ('{"id": "a", "text": "今年增长5%。"}\n{"id": "b", "text": "坏\\ud800行增长3%。"}\n'
                   '{"id": "c", "text": "<html><head><title>\\ud800</title></head><body><p>后年增长7%。</p></body></html>"}\n'
                   '{"id": "d", "text": "明年增长6%。"}\n')


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.slow
def test_a_lone_surrogate_fails_its_row_only(tmp_path, jobs):
    """In the text it stops the segmenter (extract); in a page's <title> only the writing of the rows (export)."""
    src = write(tmp_path / "rows.jsonl", SURROGATE_JSONL)
    summary = run([str(src)], tmp_path / "out", Options(load=LoadOptions(id_column="id")), jobs=jobs)
    assert summary.documents == 2
    failures = [(f.source, f.stage, "surrogate" in f.reason) for f in summary.failures]
    assert failures == [(f"{src}#2", "extract", True), (f"{src}#3", "export", True)]
    assert [r["doc_id"] for r in read_rows(tmp_path / "out" / "documents.csv")] == ["a", "d"]
    assert [r["source"] for r in read_rows(tmp_path / "out" / "errors.csv")] == [f"{src}#2", f"{src}#3"]


@pytest.mark.dask
def test_a_lone_surrogate_with_the_dask_engine_fails_its_row_only(tmp_path):
    pytest.importorskip("distributed")
    from pipeline.dask_engine import run_dask

    src = write(tmp_path / "rows.jsonl", SURROGATE_JSONL)
    summary = run_dask([str(src)], tmp_path / "out", Options(load=LoadOptions(id_column="id")), jobs=1)
    assert summary.documents == 2 and [f.stage for f in summary.failures] == ["extract", "export"]


def test_a_file_name_that_is_not_utf8_is_written_with_escapes(tmp_path, caplog):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    write(folder / name, SHORT)
    os.mkfifo(folder / os.fsdecode(b"p\xff.txt"))
    with caplog.at_level(logging.WARNING, logger="zhfigures"):
        summary = run([str(folder)], tmp_path / "out")
    assert [r["doc_id"] for r in read_rows(tmp_path / "out" / "documents.csv")] == ["caf\\xe9"]
    assert [w.reason for w in summary.warnings] == ["its name or doc_id is not valid UTF-8: written with \\x escapes"]
    assert [r["source"] for r in read_rows(tmp_path / "out" / "errors.csv")] == [f"{folder}/p\\xff.txt"]
    # the log names both files as the tables do: a line with a lone surrogate fails a UTF-8 log file
    assert sorted(r.getMessage() for r in caplog.records) == [
        f"{folder}/caf\\xe9.txt: its name or doc_id is not valid UTF-8: written with \\x escapes",
        f"{folder}/p\\xff.txt: skipped: a FIFO (named pipe), not a regular file"]


# ---------------------------------------------------------------- safe cells

FORMULAS = ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=x", "''@x"]


@pytest.mark.parametrize("value", FORMULAS + ["ok", "'plain", "-", "1-2", ""])
def test_csv_text_round_trips_and_never_starts_a_formula(value):
    cell = csv_text(value)
    assert csv_untext(cell) == value
    assert not (cell[:1] and cell[0] in FORMULA_START) or value == "-"


@pytest.mark.slow
def test_no_formula_cell_in_any_table(tmp_path):
    folder = tmp_path / "in"
    write(folder / "=1+1.txt", "一、=SUM(A1)的要求\n@今年济南市增长5%。\n-下降3%。\n一是+增长5%，二是-下降3%。")
    write(folder / "@bad.txt", "一、总体要求\n今年增长5%。".encode("utf-8") + b"\xff" + "明年增长6%。".encode("utf-8"))
    write(folder / "+rows.csv", "id,text\n=HYPERLINK(1),-今年增长5%。\n")
    out = tmp_path / "out"
    proc = run_cli("extract", str(folder), str(folder / "-missing.txt"), "-o", str(out), "--id-column", "id",
                   "--entities")
    assert proc.returncode == 1, proc.stderr
    seen = set()
    for table in TABLES:
        with (out / f"{table}.csv").open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        assert rows, table
        for row in rows[1:]:
            seen.add(table)
            for cell in row:
                assert not cell[:1] or cell[0] not in FORMULA_START or cell == "-", (table, cell)
    assert seen == set(TABLES)
    tables = load(out)
    assert set(tables.documents["doc_id"]) == {"=1+1", "@bad", "=HYPERLINK(1)"}
    assert "-下降3%。" in set(tables.figures["sentence"])
    jsonl = [json.loads(x) for x in (out / "figures.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "=1+1" in {r["doc_id"] for r in jsonl}  # JSON Lines keeps the text as it is


# ---------------------------------------------------------------- ids

@pytest.mark.slow
def test_colliding_doc_ids_get_a_stable_suffix_and_a_warning(tmp_path):
    folder = tmp_path / "in"
    write(folder / "a.txt", SHORT)
    write(folder / "a.md", SHORT)
    write(folder / "b-1.txt", SHORT)
    write(folder / "b.csv", f'text\n"{SHORT}"\n')
    out = tmp_path / "out"
    summary = run([str(folder)], out)
    ids = [r["doc_id"] for r in read_rows(out / "documents.csv")]
    base = folder.as_posix().lstrip("/")
    assert ids == [f"{base}/a.md", f"{base}/a.txt", "b-1", "b-1~2"]
    assert [(w.source, w.reason) for w in summary.warnings] == [
        (f"{folder / 'b.csv'}#1", "doc_id 'b-1' already used in this batch: renamed 'b-1~2'")]
    assert read_rows(out / "warnings.csv")[0]["reason"].startswith("doc_id 'b-1' already used")

    rows = write(tmp_path / "c.jsonl", "".join(json.dumps({"id": i, "text": SHORT}, ensure_ascii=False) + "\n"
                                               for i in ("x", "x", "", None, "  ", "y")))
    folder = rows.parent
    summary = run([str(rows)], out, Options(load=LoadOptions(id_column="id")))
    assert [r["doc_id"] for r in read_rows(out / "documents.csv")] == ["x", "x~2", "y"]
    assert [(w.source, w.reason) for w in summary.warnings] == [
        (f"{folder / 'c.jsonl'}#2", "doc_id 'x' already used in this batch: renamed 'x~2'")]
    assert [(f.source, f.reason) for f in summary.failures] == [
        (f"{folder / 'c.jsonl'}#3", "row 3: its id ('id') is empty"),
        (f"{folder / 'c.jsonl'}#4", "row 4: its id ('id') is null"),
        (f"{folder / 'c.jsonl'}#5", "row 5: its id ('id') is empty")]


def test_same_stem_different_extension_keeps_the_extension():
    assert doc_ids(["d/a.txt", "d/a.md", "e/a.txt"]) == {"d/a.txt": "d/a.txt", "d/a.md": "d/a.md", "e/a.txt": "e/a"}


# ---------------------------------------------------------------- loaders and encodings

def test_table_rows_fail_one_by_one(tmp_path):
    jsonl = write(tmp_path / "r.jsonl", '{"text": "一\u2028二增长5%。"}\n{"text": broken\n[1]\n{"text": "三增长6%。"}\n')
    items = list(read_items(str(jsonl), "r"))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("RawDocument", f"{jsonl}#1"), ("Failure", f"{jsonl}#2"), ("Failure", f"{jsonl}#3"), ("RawDocument", f"{jsonl}#4")]
    assert items[0].text == "一\u2028二增长5%。"  # U+2028 inside a JSON string is valid JSON
    long = write(tmp_path / "r.csv", f"text\n今年增长5%。\n{'长' * 200000}\n明年增长6%。\n")
    items = list(read_items(str(long), "r"))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Failure", "RawDocument"]
    assert "field larger than field limit" in items[1].reason


def test_a_header_only_csv_is_an_error(tmp_path):
    with pytest.raises(LoadError, match=r"has no rows \(only a header\)"):
        list(read_items(str(write(tmp_path / "h.csv", "id,text\n")), "h"))


@pytest.mark.parametrize(("data", "text", "warning"), [
    pytest.param("今年增长5%。".encode() + b"\xff" + "明年增长6%。".encode(), "今年增长5%。\ufffd明年增长6%。",
                 "1 invalid UTF-8 byte sequence(s) replaced by U+FFFD (the first at byte 17)", id="one-bad-byte"),
    pytest.param("今年增长5%。".encode()[:-1], "今年增长5%\ufffd",
                 "the last character is cut short (incomplete UTF-8): replaced by U+FFFD", id="cut-short"),
    pytest.param("经济".encode()[:-2], "经\ufffd", "the last character is cut short (incomplete UTF-8): replaced by U+FFFD",
                 id="short-cut-short"),
    pytest.param(codecs.BOM_UTF8 + "今年增长5%".encode() + b"\x80", "\ufeff今年增长5%\ufffd",
                 "1 invalid UTF-8 byte sequence(s) replaced by U+FFFD (the first at byte 17)", id="bom-and-bad-byte"),
    pytest.param("增长".encode() + b"\xff\xfe", None, None, id="too-damaged-to-be-utf8"),
])
def test_damaged_utf8_is_read_with_a_warning(data, text, warning):
    if text is None:  # not clearly UTF-8: never read as UTF-8 with replacements
        try:
            assert decode_with_notes(data)[1] != "utf-8"
        except LoadError:
            pass
        return
    assert decode_with_notes(data) == (text, "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8", [warning])


@pytest.mark.parametrize("text", ["经济", "今年增长", "地区生产总值", "城镇新增就业", "全国", "报告", "发展"])
def test_short_gbk_is_never_read_as_big5(text):
    assert decode_with_notes(text.encode("gbk"))[:2] == (text, "gb18030")


def test_big5_of_realistic_length_is_still_big5():
    assert decode_with_notes(REPORT_OPENING_TRAD.encode("big5"))[:2] == (REPORT_OPENING_TRAD, "big5")


def test_every_encoding_of_a_text_gives_the_same_figures(tmp_path):
    pipe = full_pipeline()
    figures = set()
    for enc in ("utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk"):
        path = write(tmp_path / f"t-{enc}.txt", REPORT_OPENING.encode(enc))
        (raw,) = [i for i in read_items(str(path), "t") if isinstance(i, RawDocument)]
        figures.add(tuple((f.mention, f.value, f.start) for f in pipe(raw).figures))
    assert len(figures) == 1


# ---------------------------------------------------------------- the per-document deadline

@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.slow
def test_a_runaway_document_is_a_named_failure_and_the_batch_goes_on(tmp_path, monkeypatch, jobs):
    real = run_module.analyse

    def analyse(doc):
        if doc.doc_id == "0slow":
            time.sleep(30)
        return real(doc)

    monkeypatch.setattr(run_module, "analyse", analyse)  # the pool's processes are forked after this
    names = [f"d{n:02d}" for n in range(20)]
    for name in ["0slow", *names]:
        write(tmp_path / "in" / f"{name}.txt", SHORT)
    t0 = time.time()
    summary = run([str(tmp_path / "in")], tmp_path / "out", Options(doc_timeout=1.0), jobs=jobs)
    assert time.time() - t0 < 20
    assert summary.documents == 20
    assert [r["doc_id"] for r in read_rows(tmp_path / "out" / "documents.csv")] == names  # in input order
    ((failure),) = summary.failures
    assert failure.source.endswith("slow.txt") and failure.stage == "structure"
    assert failure.reason == "took longer than 1 s (--doc-timeout): stopped"


@pytest.mark.slow
def test_a_document_stuck_where_the_deadline_cannot_reach_is_killed_from_outside(tmp_path, monkeypatch):
    real = run_module.analyse

    def analyse(doc):
        if doc.doc_id == "0stuck":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # as if inside C code
            time.sleep(60)
        return real(doc)

    monkeypatch.setattr(run_module, "analyse", analyse)
    for name in ("0stuck", "a", "b", "c", "d"):
        write(tmp_path / "in" / f"{name}.txt", SHORT)
    t0 = time.time()
    summary = run([str(tmp_path / "in")], tmp_path / "out", Options(doc_timeout=1.0), jobs=2)
    assert time.time() - t0 < 30
    assert [r["doc_id"] for r in read_rows(tmp_path / "out" / "documents.csv")] == ["a", "b", "c", "d"]
    ((failure),) = summary.failures
    assert (failure.stage, failure.reason) == (
        "worker", "took longer than 7 s and did not stop (--doc-timeout 1): its worker was killed")


# ---------------------------------------------------------------- linear shapes that were quadratic

def test_a_long_markdown_heading_line_is_linear(tmp_path):
    path = write(tmp_path / "h.md", "# " + "标题 " * 100000 + "#\n正文。")
    t0 = time.time()
    (raw,) = [i for i in read_items(str(path), "h") if isinstance(i, RawDocument)]
    assert time.time() - t0 < 2
    assert raw.marks[0].kind == "h1" and raw.text.startswith("标题 标题")


def _cn(n: int) -> str:
    """一千二百零五 for 1205 (1 ≤ n < 10000), the numbering of headings."""
    digits, out = f"{n}", ""
    for k, d in enumerate(digits):
        place = len(digits) - k - 1
        if d != "0":
            out += "零一二三四五六七八九"[int(d)] + ("", "十", "百", "千")[place]
        elif out and not out.endswith("零") and int(digits[k:]) > 0:
            out += "零"
    return out


# The structure shapes of bench/scaling.py, at a size where a loop over pairs would have shown (the timing
# is the bench's): here, that every item is found and goes where it belongs.

@pytest.mark.slow  # 1,200 sections and 2,400 figures (~1 s): CI runs it
def test_numbered_headings_go_on_past_999():
    text = "".join(f"{_cn(i)}、第{i}部分\n今年增长{i % 9}%，投资{i}亿元。\n" for i in range(1, 1201))
    result = full_pipeline()(RawDocument("s", "<s>", "text", "utf-8", text))
    sections = result.structure.sections
    assert [(s.label, s.number, s.path, s.title) for s in sections[998:1001]] == [
        ("九百九十九、", 999, "999", "第999部分"), ("一千、", 1000, "1000", "第1000部分"),
        ("一千零一、", 1001, "1001", "第1001部分")]
    assert len(sections) == 1200 and sections[-1].label == "一千二百、"
    # document_record gives each top-level section its own two figures, whatever their number
    rows = export.table_rows(result)
    record = export.document_record(result, rows)
    secs = record["speeches"][0]["sections"]
    assert len(secs) == 1200 and all(len(s["figures"]) == 2 for s in secs)
    assert [f["mention"] for f in secs[1199]["figures"]] == ["3%", "1200亿元"]


def test_every_place_only_line_opens_its_speech():
    places = ["济南市", "青岛市", "淄博市"]
    text = "".join(f"{places[i % 3]}\n在第{i}次会议上的讲话\n一、总体要求\n增长{i % 9}%。\n" for i in range(400))
    st = full_pipeline()(RawDocument("p", "<p>", "text", "utf-8", text)).structure
    assert len(st.speeches) == 400 and len(st.sections) == 400
    last = st.speeches[-1]
    assert (last.speech, last.place, last.title) == (400, "济南市", "在第399次会议上的讲话")
    assert [(s.speech, s.title, s.path) for s in st.sections[-2:]] == [(399, "总体要求", "1"), (400, "总体要求", "1")]


@pytest.mark.parametrize("fmt, make", [
    ("markdown", lambda i: f"**标题{i}**\n正文增长{i % 9}%。\n"),
    ("html", lambda i: f"<p><b>标题{i}</b></p><p>正文增长{i % 9}%。</p>"),
], ids=["bold-markdown", "bold-html"])
def test_every_bold_line_is_a_marked_heading(fmt, make):
    text = "# 报告\n" if fmt == "markdown" else "<h1>报告</h1>"
    text += "".join(make(i) for i in range(600))
    st = full_pipeline()(parse_text("<b>", "b", text, "utf-8", fmt)).structure
    marked = [s for s in st.sections if s.style == "marked"]
    assert len(marked) == 600 and [s.title for s in marked[::299]] == ["标题0", "标题299", "标题598"]
    assert [s.number for s in marked[-2:]] == [599, 600]


# a Chinese numeral never starts inside another one (so a run of numerals is read once, from its start):
# text, where the search starts → every mention as (text, value)
NUMERAL_RUNS = {
    "run-that-nothing-follows": ("增长" + "九" * 5000, 0, []),
    "run-of-two-characters": ("增长" + "九百" * 2000, 0, []),
    "run-after-a-magnitude": ("百" + "百九" * 2000 + "。", 0, []),
    "run-of-decimals": ("增长" + "三点" * 2000, 0, []),
    "whole-numeral": ("十二万元", 0, [("十二万元", "120000")]),
    "never-from-inside": ("十二万元", 1, []),
    "after-a-word": ("增加十二万元", 2, [("十二万元", "120000")]),
    "run-then-magnitude": ("增长九九九万元", 0, [("九九九万元", "9990000")]),
    "run-of-sections-after-magnitudes": ("增长" + "万二千" * 2000, 0, []),
    "two-sections": ("学生规模两万五千余人", 0, [("两万五千余人", "25000")]),
    "never-from-the-second-section": ("学生规模两万五千人", 6, []),
}


@pytest.mark.parametrize("text, start, expected", list(NUMERAL_RUNS.values()), ids=list(NUMERAL_RUNS))
def test_a_numeral_is_read_from_its_start_only(text, start, expected):
    from pipeline.numbers import find_mentions, tables

    found = find_mentions(text, start)
    assert [(text[m.start:m.end], str(m.value)) for m in found] == expected
    if not expected:  # nor does the prefilter (numbers.start_parts, which the figure stage's cue is made of)
        assert [m.group() for m in tables().start.finditer(text, start)] == []


# a number written with 万 or 亿 between its sections (broadcast copy: 5万3230.99亿元) is one number, its value exact;
# a magnitude larger than those before it is of all of them (五万三千亿 is 53000亿): text → every mention as (text, value)
SECTIONED = {
    "broadcast-wan-then-yi": ("全省地区生产总值为5万3230.99亿元", [("5万3230.99亿元", "5323099000000")]),
    "broadcast-wan-then-qian": ("常住人口1万2千多人", [("1万2千多人", "12000")]),
    "broadcast-wan-four-places": ("人均1万2345.6元", [("1万2345.6元", "12345.6")]),
    "broadcast-yi-then-wan": ("营业收入3亿2000万元", [("3亿2000万元", "320000000")]),
    "chinese-wan-then-yi": ("总额五万三千亿元", [("五万三千亿元", "5300000000000")]),
    "chinese-yi-then-wan": ("两亿三千万元", [("两亿三千万元", "230000000")]),
    "not-a-year-after-wan": ("突破1万2024年以来", [("突破1万", "10000"), ("2024年", "2024")]),
    "not-three-places-after-wan": ("新增1万200人", [("1万", "10000"), ("200人", "200")]),
    "not-after-a-decimal": ("0.5万1234元", [("0.5万", "5000"), ("1234元", "1234")]),
}


@pytest.mark.parametrize("text, expected", list(SECTIONED.values()), ids=list(SECTIONED))
def test_a_number_with_sections_is_one_number(text, expected):
    from pipeline.numbers import find_mentions

    assert [(text[m.start:m.end], str(m.value)) for m in find_mentions(text)] == expected


# ---------------------------------------------------------------- fuzz

CORPUS_TEXT = "\n".join(p.read_text(encoding="utf-8-sig")[:6000] for p in sorted(CORPUS.glob("*.txt")))
PIECES = ["增长", "5.5%", "，", "。", "万", "亿元", "一、", "（一）", "1.", "一是", "二是", "第十", "\u3000\u3000", " ",
          "\n", "\r\n", "\u2028", "\x1c", "\x1f", "\x00", "\ufeff", "\u200b", "＃", "８．１", "－", "<b>", "</b>",
          "# ", "**", "---\n", "千", "零", "百分点", "以上", "同比", "分别为", "位居全国第", "\ud800"[:0], "“", "”", "…"]


def mutate(rng: random.Random, text: str) -> str:
    chars = list(text[rng.randrange(max(1, len(text) - 400)):][:400])
    for _ in range(rng.randint(1, 12)):
        op = rng.random()
        pos = rng.randint(0, len(chars))
        if op < 0.4:
            chars[pos:pos] = list(rng.choice(PIECES) * rng.randint(1, 5))
        elif op < 0.7 and chars:
            del chars[pos:pos + rng.randint(1, 20)]
        elif chars:
            k = rng.randrange(len(chars))
            chars[k] = chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0x4e00, 0x9fff), rng.randint(0, 0x3000)]))
    return "".join(chars)


# text → its sentences: an ASCII quote after an end mark closes a quote only if one is open; cut off, it opens
# the next sentence, and the spaces before it end none (thumbnail: ' used to give the sentence "thumbnail: ")
QUOTE_CUTS = {
    "space-before-cut-quote": ("thumbnail: '", ["thumbnail:", "'"]),
    "spaces-before-cut-quote": ("他说：  \"", ["他说：", "\""]),
    "quote-opens-next-sentence": ('他说。 "好" 成都。" 下一句', ["他说。", '"好" 成都。', '" 下一句']),
    "closed-quote-stays": ('他说："好。" 然后', ['他说："好。"', "然后"]),
}


@pytest.mark.parametrize("text, expected", list(QUOTE_CUTS.values()), ids=list(QUOTE_CUTS))
def test_a_sentence_cut_before_a_quote_does_not_end_in_a_space(text, expected):
    result = full_pipeline()(RawDocument("q", "<q>", "text", "utf-8", text))
    assert [result.document.text[s.start:s.end] for s in result.structure.sentences] == expected
    assert offset_problems(result) == []


def fuzz(seconds: float, seed: int) -> int:
    rng = random.Random(seed)
    pipe = full_pipeline()
    end, n = time.time() + seconds, 0
    while time.time() < end:
        n += 1
        text = mutate(rng, CORPUS_TEXT)
        for fmt in ("text", "markdown", "html"):
            try:
                raw = parse_text("<fuzz>", "f", text, "utf-8", fmt)
            except LoadError:
                continue  # e.g. front matter that is not YAML: a named load failure, as it should be
            t0 = time.time()
            result = pipe(raw)
            assert time.time() - t0 < 5, f"slow on {text!r}"
            assert offset_problems(result) == [], text
            assert raw_offset_problems(raw, result.document) == [], text
            export.render(export.table_rows(result), export.document_record(result, export.table_rows(result)),
                          ("csv", "jsonl"))
        data = text.encode(rng.choice(["utf-8", "gb18030", "utf-16"]), errors="replace")
        data = bytearray(data)
        for _ in range(rng.randint(0, 4)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            decoded, _, _ = decode_with_notes(bytes(data))
        except LoadError:
            continue
        raw = parse_text("<fuzz-bytes>", "b", decoded.lstrip("\ufeff"), "x", "text")
        result = pipe(raw)
        assert offset_problems(result) == [], decoded
        assert raw_offset_problems(raw, result.document) == [], decoded
    return n


@pytest.mark.slow
def test_fuzz_a_few_seconds():
    assert fuzz(4.0, seed=15) > 10


@pytest.mark.slow
def test_fuzz_longer(request):
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("longer fuzzing: run with -m slow")
    assert fuzz(float(os.environ.get("ZHFIGURES_FUZZ_SECONDS", "120")), seed=int(os.environ.get("ZHFIGURES_FUZZ_SEED", "1")))


@pytest.mark.parametrize("files, here", [pytest.param(1, 1, id="one-document-in-this-process"),
                                          pytest.param(2, 0, id="two-documents-in-the-pool")])
def test_a_single_document_starts_no_pool(tmp_path, monkeypatch, files, here):
    """--jobs 2 on one file runs it here (a pool would only add its start); two files go to the pool."""
    real, seen = run_module.analyse, []

    def analyse(doc):
        seen.append(doc.doc_id)  # a worker process appends to its own copy
        return real(doc)

    monkeypatch.setattr(run_module, "analyse", analyse)
    for n in range(files):
        write(tmp_path / "in" / f"d{n}.txt", SHORT)
    summary = run([str(tmp_path / "in")], tmp_path / "out", Options(), jobs=2)
    assert (summary.documents, len(seen)) == (files, here)
