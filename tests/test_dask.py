"""The Dask engine (`zhfigures extract --engine dask`): the same tables as the single-process run, in input
order, plus parts/ per partition; failures named in errors.csv and the exit code. Needs the dask extra.

One LocalCluster (2 worker processes, 1 thread each) serves the module, reached by its address as a
real cluster would be (`--scheduler`).
"""
from __future__ import annotations

import logging
import operator
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPUS, GOVREPORT, ROOT, read_rows, run_cli
from pipeline.dask_engine import in_order, run_dask
from pipeline.records import Failure
from pipeline.run import Options
from pipeline.schema import TABLES

try:
    import pyarrow.parquet as pq
except ImportError:  # the dask extra brings pyarrow; without it the Parquet checks are left out
    pq = None

FORMATS = "csv,jsonl,parquet" if pq else "csv,jsonl"
pytestmark = pytest.mark.dask  # clusters of worker processes: not in the fast default selection (pyproject.toml)


@pytest.fixture(scope="module", autouse=True)
def distributed():
    """dask.distributed, imported when a test of this module runs, not when it is collected (0.4 s the fast
    selection, which leaves these tests out, need not pay); every test skips without the dask extra."""
    pytest.importorskip("dask.bag")
    return pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def cluster(distributed):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def client(distributed, cluster):
    with distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def single(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("jobs1")
    proc = run_cli("extract", "--jobs", "1", "--format", FORMATS, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="module")
def dasked(cluster, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dask")
    proc = run_cli("extract", "--engine", "dask", "--scheduler", cluster.scheduler_address, "--format", FORMATS,
                   "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "3 documents" in proc.stderr and "0 failures" in proc.stderr
    return out


def part_files(out: Path, table: str, ext: str) -> list[Path]:
    return sorted((out / "parts").glob(f"{table}-[0-9][0-9][0-9][0-9][0-9].{ext}"))


@pytest.mark.parametrize("table", list(TABLES))
def test_every_table_has_the_rows_of_the_single_process_run(single, dasked, table):
    assert read_rows(dasked / f"{table}.csv") == read_rows(single / f"{table}.csv")
    assert (dasked / f"{table}.jsonl").read_bytes() == (single / f"{table}.jsonl").read_bytes()
    if pq:
        assert pq.read_table(dasked / f"{table}.parquet").equals(pq.read_table(single / f"{table}.parquet"))


def test_the_same_files_and_no_staging_folder_left(single, dasked):
    assert sorted(p.name for p in dasked.iterdir()) == sorted([*(p.name for p in single.iterdir()), "parts"])


@pytest.mark.parametrize("table", list(TABLES))
def test_parts_exist_per_partition_and_add_up_to_the_table(dasked, table):
    csvs = part_files(dasked, table, "csv")
    assert len(csvs) >= 2, "the corpus is split among the two workers"
    assert [p.name for p in csvs] == [f"{table}-{k:05d}.csv" for k in range(len(csvs))]
    assert [row for p in csvs for row in read_rows(p)] == read_rows(dasked / f"{table}.csv")
    if pq:
        parquets = part_files(dasked, table, "parquet")
        assert [p.stem for p in parquets] == [p.stem for p in csvs]
        rows = [r for p in parquets for r in pq.read_table(p).to_pylist()]
        assert rows == pq.read_table(dasked / f"{table}.parquet").to_pylist()
    assert sorted(p.suffix for p in (dasked / "parts").iterdir()) == sorted(
        [".csv", ".parquet"] * len(TABLES) * len(csvs) if pq else [".csv"] * len(TABLES) * len(csvs))


def test_failed_inputs_are_named_in_errors_and_the_exit_code_like_the_local_engine(cluster, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    inputs = [str(GOVREPORT), str(empty), str(tmp_path / "missing.txt"), str(CORPUS / "000_2fee95f66404a103.txt")]
    local = run_cli("extract", *inputs, "--jobs", "1", "-o", str(tmp_path / "local"))
    dasked = run_cli("extract", *inputs, "--engine", "dask", "--scheduler", cluster.scheduler_address,
                     "-o", str(tmp_path / "dask"))
    assert (local.returncode, dasked.returncode) == (1, 1), dasked.stderr
    assert "Traceback" not in dasked.stderr
    for source, reason in ((empty, "file is empty"), (tmp_path / "missing.txt", "no such file")):
        assert f"{source}: {reason}" in dasked.stderr
    errors = read_rows(tmp_path / "dask" / "errors.csv")
    assert [(e["source"], e["stage"]) for e in errors] == [(str(empty), "load"), (str(tmp_path / "missing.txt"), "load")]
    for table in TABLES:
        assert read_rows(tmp_path / "dask" / f"{table}.csv") == read_rows(tmp_path / "local" / f"{table}.csv"), table
    assert [r for p in part_files(tmp_path / "dask", "errors", "csv") for r in read_rows(p)] == errors


def test_an_exception_in_a_worker_is_a_named_failure(client, tmp_path):
    """A pipeline that cannot be set up on the workers (a bad pkuseg model) fails every document, by name."""
    options = Options(segmenter="pkuseg", pkuseg_model=str(tmp_path / "no-model"))
    summary = run_dask([str(GOVREPORT), str(CORPUS / "004_456414553aa85d4f.txt")], tmp_path / "out", options,
                       client=client)
    assert summary.documents == 0
    assert [(f.source, f.stage) for f in summary.failures] == [
        (str(GOVREPORT), "worker"), (str(CORPUS / "004_456414553aa85d4f.txt"), "worker")]
    assert all(f.reason.startswith("SegmenterError: ") and "not a pkuseg model folder" in f.reason
               for f in summary.failures)
    errors = read_rows(tmp_path / "out" / "errors.csv")
    assert [(e["source"], e["stage"], e["reason"]) for e in errors] == [
        (f.source, f.stage, f.reason) for f in summary.failures]


def test_a_failed_partition_names_every_source_it_held_in_order(client):
    """A task that fails as a whole (here: raises on the worker) becomes a Failure per source, in place."""
    import dask

    partitions = [dask.delayed(list)(["a"]), dask.delayed(operator.truediv)(1, 0), dask.delayed(list)(["c"])]
    items = list(in_order(client, partitions, [["a.txt"], ["b1.txt", "b2.txt"], ["c.txt"]], window=2))
    assert items[0] == "a" and items[3] == "c"
    assert [(f.source, f.stage) for f in items[1:3]] == [("b1.txt", "worker"), ("b2.txt", "worker")]
    assert all(isinstance(f, Failure) and "ZeroDivisionError" in f.reason for f in items[1:3])


def test_a_local_cluster_is_started_when_no_scheduler_is_given(tmp_path):
    out = tmp_path / "out"
    (out / "parts").mkdir(parents=True)
    (out / "parts" / "figures-00007.csv").write_text("stale", encoding="utf-8")
    proc = run_cli("extract", str(GOVREPORT), "--engine", "dask", "--jobs", "1", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "1 document, 1 speech, " in proc.stderr and "Traceback" not in proc.stderr
    assert sorted(p.name for p in (out / "parts").iterdir()) == sorted(f"{t}-00000.csv" for t in TABLES)
    # a later local run leaves no parts of the Dask run behind
    assert run_cli("extract", str(GOVREPORT), "--jobs", "1", "-o", str(out)).returncode == 0
    assert not (out / "parts").exists()


def test_usage_errors(cluster, tmp_path):
    out = tmp_path / "out"
    for args, message in (
        (["--engine", "spark"], "--engine must be one of local, dask, not 'spark'"),
        (["--scheduler", cluster.scheduler_address], "--scheduler needs --engine dask"),
        (["--engine", "dask", "-"], "--engine dask cannot read standard input"),
    ):
        proc = run_cli("extract", str(GOVREPORT), "-o", str(out), *args)
        assert (proc.returncode, "Traceback" in proc.stderr) == (2, False), proc.stderr
        assert message in proc.stderr
    assert not out.exists()


def test_without_dask_the_engine_is_a_usage_error_with_the_install_hint(tmp_path):
    import subprocess
    import sys

    code = "import sys; sys.modules['dask'] = None; sys.modules['distributed'] = None; import cli; cli.main()"
    proc = subprocess.run([sys.executable, "-c", code, "extract", str(GOVREPORT), "--engine", "dask", "-o",
                           str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "pip install 'zhfigures[dask]'" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


def test_a_local_cluster_run_prints_only_its_summary(tmp_path):
    """No stray warning or traceback: the dashboard port (8787) held by something else changes nothing."""
    import socket

    holder = socket.socket()
    try:
        holder.bind(("", 8787))
        holder.listen()
    except OSError:
        pass  # already taken by something else: the same situation
    try:
        proc = run_cli("extract", str(GOVREPORT), "--engine", "dask", "--jobs", "2", "-o", str(tmp_path))
    finally:
        holder.close()
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == f"1 document, 1 speech, 13 sections, 65 figures, 0 entities, 0 failures → {tmp_path}\n"


SHUTDOWN_NOISE = """
import logging, sys
import distributed
from distributed.comm.core import CommClosedError
from pipeline.dask_engine import run_dask
from pipeline.run import Options

loggers = [logging.getLogger(n) for n in ("distributed", "distributed.client", "tornado.application")]
assert all(lg.handlers for lg in loggers), "distributed sets up its own handlers when the root logger has none"
before = [[h.level for h in lg.handlers] for lg in loggers]
real_close = distributed.Client.close

calls = []

def close(self, *args, **kwargs):  # what distributed may log while its connections close (the first time)
    for lg in loggers if not calls else ():
        try:
            raise CommClosedError("in <TCP (closed) Client->Scheduler>: Stream is closed")
        except CommClosedError:
            lg.exception("shutdown noise")
    calls.append(self)
    return real_close(self, *args, **kwargs)

distributed.Client.close = close
summary = run_dask([sys.argv[1]], sys.argv[2], Options(), jobs=1)
assert summary.documents == 1 and not summary.failures, summary
assert calls, "the client was closed"
assert [[h.level for h in lg.handlers] for lg in loggers] == before
assert not any(h.filters for lg in loggers for h in lg.handlers)
logging.getLogger("distributed.client").error("after the run: shown again")
"""


def test_shutdown_noise_is_held_back_and_the_log_levels_restored(tmp_path):
    """What distributed logs while the client and cluster close (a CommClosedError) is not shown; its handlers
    get their levels back, and show errors again after the run. In a fresh interpreter: under pytest (which
    gives the root logger handlers) distributed sets up no handlers of its own."""
    proc = subprocess.run([sys.executable, "-c", SHUTDOWN_NOISE, str(GOVREPORT), str(tmp_path / "out")],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "CommClosedError" not in proc.stderr and "shutdown noise" not in proc.stderr, proc.stderr
    assert "after the run: shown again" in proc.stderr


def test_a_document_over_doc_timeout_on_a_dask_worker_is_a_named_failure(distributed, tmp_path, monkeypatch):
    """Dask runs tasks in worker threads: the limit still holds there (a cluster of threads in this process,
    so the slow stage below is what its worker runs)."""
    from pipeline.run import Pipeline

    real = Pipeline.process

    def slow_on_the_report(self, raw):
        if raw.doc_id == "govreport-2022":
            end = time.monotonic() + 60
            while time.monotonic() < end:
                pass
        return real(self, raw)

    monkeypatch.setattr(Pipeline, "process", slow_on_the_report)
    started = time.monotonic()
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=None,
                                  scheduler_kwargs={"dashboard_address": ":0"}) as cluster, distributed.Client(cluster) as c:
        summary = run_dask([str(CORPUS)], tmp_path / "out", Options(doc_timeout=4), client=c)
    assert time.monotonic() - started < 40
    assert summary.documents == 2
    assert [(Path(f.source).name, f.reason) for f in summary.failures] == [
        ("govreport-2022.txt", "took longer than 4 s (--doc-timeout): stopped")]


def test_colliding_doc_ids_get_the_local_engines_suffix_and_warning(client, tmp_path):
    """Ids collide across partitions (b-1.txt and the first row of b.csv): the driver renames the later one
    as the loaders do in a local run (ID~2, a warning row), rows and record alike."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = "全市地区生产总值增长5%。"
    (folder / "b-1.txt").write_text(text, encoding="utf-8")
    (folder / "b.csv").write_text(f'text\n"{text}"\n', encoding="utf-8")
    summary = run_dask([str(folder)], tmp_path / "out", Options(), client=client, partition_size=1)
    assert [r["doc_id"] for r in read_rows(tmp_path / "out" / "documents.csv")] == ["b-1", "b-1~2"]
    assert [r["doc_id"] for r in read_rows(tmp_path / "out" / "figures.csv")] == ["b-1", "b-1~2"]
    assert [(w.source, w.stage, w.reason) for w in summary.warnings] == [
        (f"{folder / 'b.csv'}#1", "load", "doc_id 'b-1' already used in this batch: renamed 'b-1~2'")]
