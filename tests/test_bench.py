"""bench/run.py's report: a steady state (a difference of two timings) is never shown as a negative time."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def bench():
    """bench/run.py as a module (it puts bench/ on sys.path itself, for make_corpus)."""
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module  # its dataclasses look their module up
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules["bench_run"]


@pytest.mark.parametrize(("seconds", "cpu", "shown"), [
    pytest.param(-0.08, -0.02, ("<0.05", "<0.05", "—", "—"), id="negative"),
    pytest.param(0.0, 0.01, ("<0.05", "<0.05", "—", "—"), id="zero"),
    pytest.param(0.05, 0.05, ("<0.05", "<0.05", "—", "—"), id="at-the-noise"),
    pytest.param(0.5, 0.4, ("0.50", "0.40", "2,000", "200"), id="above-the-noise"),
])
def test_a_steady_state_below_the_noise_is_no_number(bench, capsys, seconds, cpu, shown):
    t = bench.Table()
    t.add("b0'", "zhfigures extract --jobs 1, steady state", seconds, 1000, 100, cpu=cpu)
    assert t.rows[0][2:6] == shown
    t.print()
    assert "-0." not in capsys.readouterr().out


def test_a_timing_that_is_no_difference_is_shown_as_measured(bench):
    t = bench.Table()
    t.add("t", "tiny input, --jobs 1", 0.03, None, None, cpu=0.02)
    assert t.rows[0][2:4] == ("0.03", "0.02")
