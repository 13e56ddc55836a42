"""The patterns' code cache (pipeline/recache.py): a pattern built from the cache is the pattern re.compile gives.

`re.Pattern` equality compares the flags, the pattern string and the compiled code itself, so `==` against
`re.compile` is the exact check. Every pattern a real run compiles is checked, then the file's round trip, a damaged
file, the cache turned off, and the CLI writing it once and running the same from it.
"""
from __future__ import annotations

import filecmp
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPORT_OPENING
from pipeline import recache
from pipeline.run import process_text

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).with_name("zhfigures")


@pytest.fixture(scope="module")
def run_patterns():
    """(pattern, flags) of every pattern a run over the corpus compiles through the cache."""
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        process_text(path.read_text(encoding="utf-8-sig"))
    path = recache.cache_file()
    assert path is not None, "the tests run with a cache folder of their own (conftest)"
    keys = list(recache._codes(path).used)
    assert len(keys) > 100  # the stages' patterns, generated from the tables
    return keys


@pytest.mark.slow  # 0.7 s (the fast selection stays under 20 s on this machine; CI runs it)
def test_every_pattern_of_a_run_is_what_re_compile_gives(run_patterns):
    differ = [(p[:40], f) for p, f in run_patterns if recache.Codes(None).compile(p, f) != re.compile(p, f)]
    assert differ == []


def test_a_saved_file_gives_the_same_patterns_without_compiling(tmp_path, run_patterns):
    first = recache.Codes(tmp_path / "patterns.marshal")
    built = [first.compile(p, f) for p, f in run_patterns]
    first.save()
    again = recache.Codes(tmp_path / "patterns.marshal")
    assert [again.compile(p, f) for p, f in run_patterns] == built
    assert again.added == 0 and len(again.used) == len(set(run_patterns))
    assert again.compile("新的(?P<n>\\d+)个", 0).groupindex == {"n": 1} and again.added == 1


@pytest.mark.parametrize("content", [b"", b"not marshal", b"\xfb\x00\x01", __import__("marshal").dumps([1, 2])],
                         ids=["empty", "text", "truncated", "not-a-dict"])
def test_a_damaged_file_only_means_compiling_as_usual(tmp_path, content):
    path = tmp_path / "patterns.marshal"
    path.write_bytes(content)
    codes = recache.Codes(path)
    assert codes.compile("[\u4e00-\u9fff]{2}市", 0) == re.compile("[\u4e00-\u9fff]{2}市")
    codes.save()
    assert recache.Codes(path).known.keys() == {("[\u4e00-\u9fff]{2}市", 0)}


def test_a_damaged_entry_is_compiled_again(tmp_path):
    path = tmp_path / "patterns.marshal"
    path.write_bytes(__import__("marshal").dumps({("a+b", 0): (32, [999, 1, 2], 0, {}, (None,))}))
    assert recache.Codes(path).compile("a+b", 0) == re.compile("a+b")


def test_an_empty_folder_setting_turns_the_cache_off(monkeypatch):
    monkeypatch.setenv(recache.ENV, "")
    assert recache.cache_file() is None
    assert recache.compile("甲(乙)?", re.M) == re.compile("甲(乙)?", re.M)


@pytest.mark.slow  # 1.5 s: two CLI runs (the fast selection stays under 20 s on this machine; CI runs it)
def test_the_cli_writes_the_cache_once_and_runs_the_same_from_it(tmp_path):
    env = {"ZHFIGURES_CACHE_DIR": str(tmp_path / "cache"), "PATH": str(EXE.parent)}
    source = tmp_path / "opening.txt"  # the report's opening (title, speaker, headline figures): every stage runs
    source.write_text(REPORT_OPENING, encoding="utf-8")
    outs = []
    for k in range(2):
        out = tmp_path / f"out{k}"
        subprocess.run([str(EXE), "extract", str(source), "-o", str(out)],
                       check=True, capture_output=True, env=env)
        outs.append(out)
        if k == 0:
            files = list((tmp_path / "cache").glob("patterns-*.marshal"))
            assert len(files) == 1 and files[0].stat().st_size > 10_000
    assert sorted(p.name for p in outs[0].iterdir()) == sorted(p.name for p in outs[1].iterdir())
    assert all(filecmp.cmp(outs[0] / p.name, outs[1] / p.name, shallow=False) for p in outs[0].iterdir()
               if p.suffix in (".csv", ".jsonl"))


@pytest.mark.slow
def test_the_patterns_are_the_same_whatever_the_hash_seed(tmp_path):
    """A pattern built from a set in set order would be a new pattern at every run (the measure catalogue's
    was): the cache would grow and be written at every start. Two runs with other hash seeds compile the same."""
    keys = []
    for seed in ("1", "2"):
        cache = tmp_path / f"cache{seed}"
        subprocess.run([str(EXE), "extract", str(ROOT / "corpus"), "-o", str(tmp_path / f"out{seed}"), "--jobs", "1",
                        "--entities"], check=True, capture_output=True,
                       env={"ZHFIGURES_CACHE_DIR": str(cache), "PYTHONHASHSEED": seed, "PATH": str(EXE.parent)})
        (path,) = cache.glob("patterns-*.marshal")
        keys.append(set(__import__("marshal").loads(path.read_bytes())))
    assert len(keys[0]) > 150 and keys[0] == keys[1]


def test_a_python_whose_compiler_differs_compiles_as_usual(monkeypatch):
    """Another version's re._compiler without the step the cache takes: re.compile, nothing kept."""
    def no_such_step(pattern, flags):
        raise AttributeError("module 're._compiler' has no attribute '_code'")

    monkeypatch.setattr(recache, "code_of", no_such_step)
    codes = recache.Codes(None)
    assert codes.compile("(?P<x>甲|乙)+", 0) == re.compile("(?P<x>甲|乙)+") and codes.added == 0
    with pytest.raises(re.error):
        codes.compile("(未闭合", 0)
