"""--jobs N: a process pool whose workers render their documents; the same bytes as one process, in order."""
from __future__ import annotations

import pytest

from pipeline.records import Failure, RawDocument
from pipeline.run import Options, Outcome, outcomes

from conftest import CORPUS, GOVREPORT, run_cli

pytestmark = pytest.mark.slow  # each test runs the command line (tests/test_pipeline.py has a fast run of it)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The corpus, plus the 2022 report again under another name (four documents), with --jobs 1 and 2."""
    inputs = tmp_path_factory.mktemp("inputs")
    for p in sorted(CORPUS.iterdir()):
        (inputs / p.name).write_bytes(p.read_bytes())
    (inputs / "zz-report-again.txt").write_bytes(GOVREPORT.read_bytes())
    out = {}
    for jobs in (1, 2):
        folder = tmp_path_factory.mktemp(f"jobs{jobs}")
        proc = run_cli("extract", str(inputs), "--jobs", str(jobs), "-o", str(folder))
        assert proc.returncode == 0, proc.stderr
        out[jobs] = folder
    return out


def test_jobs_2_writes_the_bytes_of_jobs_1(runs):
    one, two = runs[1], runs[2]
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in two.iterdir())
    assert {"figures.csv", "figures.jsonl", "documents.jsonl"} <= set(names)
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    assert (one / "figures.csv").stat().st_size > 10_000


def doc(source: str, text) -> RawDocument:
    return RawDocument(source, source, "text", "utf-8", text)


def test_a_failing_document_comes_back_as_its_failure_in_order():
    items = [doc("a.txt", "城镇新增就业1269万人。"), doc("b.txt", None), doc("c.txt", "粮食产量1.37万亿斤。")]
    got = list(outcomes(iter(items), Options(), jobs=2))
    assert [type(g).__name__ for g in got] == ["Outcome", "Failure", "Outcome"]
    assert [g.source for g in got] == ["a.txt", "b.txt", "c.txt"]
    failure = got[1]
    assert isinstance(failure, Failure) and failure.stage == "normalize" and "None" in failure.reason
    a = got[0]
    assert isinstance(a, Outcome) and a.rendered is not None  # rendered in the worker
    assert "1269万人" in a.rendered.text["figures.csv"] and a.rows["documents"][0]["figures"] == 1


def test_one_process_outcomes_keep_their_rows_and_are_rendered():
    """Rendered where they are made, as in a pool: a row that cannot be written fails its document there."""
    (a,) = outcomes(iter([doc("a.txt", "城镇新增就业1269万人。")]), Options(), jobs=1)
    assert a.rows["figures"][0]["value"] == "12690000"
    assert a.rendered is not None and "1269万人" in a.rendered.text["figures.csv"]
