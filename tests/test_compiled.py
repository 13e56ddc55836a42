"""The stage modules run compiled (setup.py compiles them with mypyc) unless installed pure; an edited source always
runs (pipeline/compiled.py)."""
from __future__ import annotations

import ast
import importlib
import importlib.machinery
import json
import os
import sys
import types

import pytest

from pipeline.compiled import SOURCES_ENV, SourcesFirst, running_compiled, stale, use_sources_if_stale
from pipeline.compiled import digest as compiled_digest

from conftest import ROOT

SHARED = ROOT.parent / "shared"

PURE = os.environ.get("ZHFIGURES_PURE_PYTHON", "") not in ("", "0")


def compiled_list() -> list[str]:
    """setup.py's COMPILED, as module names."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    value = next(node.value for node in tree.body if isinstance(node, ast.Assign)
                 and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets))
    return [path.removeprefix("pipeline/").removesuffix(".py").replace("/", ".") for path in ast.literal_eval(value)]


def test_the_hot_stages_are_the_compiled_list():
    assert {"figures.extract", "figures.indicator", "numbers", "masks", "gazetteer", "segment", "structure", "normalize"} <= set(compiled_list())


@pytest.mark.parametrize("name", compiled_list())
def test_each_listed_module_runs_compiled_unless_installed_pure(name):
    assert running_compiled(name) != PURE, (
        f"pipeline.{name} runs {'compiled' if running_compiled(name) else 'from its source'}: install with "
        "`pip install -e .` (compiled), or set ZHFIGURES_PURE_PYTHON=1 for the tests as for the install")


def test_no_extension_runs_stale():
    assert stale() == []


EXT = importlib.machinery.EXTENSION_SUFFIXES[0]


def test_an_edited_source_is_stale(tmp_path):
    ext = "fake" + EXT
    (tmp_path / "fake.py").write_text("x = 1\n")
    (tmp_path / ext).write_bytes(b"")
    (tmp_path / "other.py").write_text("y = 1\n")  # no extension: never stale
    digest = compiled_digest(b"x = 1\n")
    (tmp_path / "compiled.json").write_text(json.dumps({"fake": digest}))
    assert stale(tmp_path) == []
    (tmp_path / "fake.py").write_text("x = 2\n")
    assert stale(tmp_path) == ["fake"]
    (tmp_path / "compiled.json").unlink()
    assert stale(tmp_path) == ["fake"]  # no record: unknown, so stale
    (tmp_path / ext).unlink()
    assert stale(tmp_path) == []  # no extension: the source runs


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A package `fakestages` like an editable compiled install: sources, an extension beside each of two
    (a file Python cannot load: importing it fails, so a test sees which one was imported) and the record.
    `numbers` and the sub-package's `clause` were compiled from `x = 1`; `plain` never was."""
    folder = tmp_path / "fakestages"
    (folder / "figures").mkdir(parents=True)
    (folder / "__init__.py").write_text("")
    (folder / "figures" / "__init__.py").write_text("")
    for name in ("numbers.py", "figures/clause.py", "plain.py"):
        (folder / name).write_text("x = 1\n")
    (folder / f"numbers{EXT}").write_bytes(b"not an extension")
    (folder / "figures" / f"clause{EXT}").write_bytes(b"not an extension")
    digest = compiled_digest(b"x = 1\n")
    (folder / "compiled.json").write_text(json.dumps({"numbers": digest, "figures.clause": digest}))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))  # the finder goes away with the test
    yield folder
    for name in [m for m in sys.modules if m == "fakestages" or m.startswith("fakestages.")]:
        del sys.modules[name]


def test_a_fresh_install_imports_its_extensions(package):
    assert use_sources_if_stale("fakestages", package) == []
    with pytest.raises(ImportError):  # the extension is what Python takes when nothing was edited
        importlib.import_module("fakestages.numbers")


def test_an_edited_source_runs_and_so_do_the_other_compiled_modules_sources(package):
    (package / "numbers.py").write_text("x = 2\n")
    assert use_sources_if_stale("fakestages", package) == ["numbers"]
    numbers = importlib.import_module("fakestages.numbers")
    clause = importlib.import_module("fakestages.figures.clause")  # not edited: its source too, never its extension
    assert (numbers.x, clause.x) == (2, 1)
    assert numbers.__file__ == str(package / "numbers.py") and clause.__file__ == str(package / "figures" / "clause.py")
    assert importlib.import_module("fakestages.plain").x == 1
    assert use_sources_if_stale("fakestages", package) == ["numbers"]  # the finder is put in once
    assert sum(isinstance(f, SourcesFirst) for f in sys.meta_path) == 1


def test_an_edit_seen_after_the_modules_were_imported_fails_loudly_with_the_fix(package):
    (package / "figures" / "clause.py").write_text("x = 2\n")
    sys.modules["fakestages.numbers"] = types.ModuleType("fakestages.numbers")  # imported before the check
    with pytest.raises(ImportError, match=r"figures\.clause changed since compiled.*pip install -e \."):
        use_sources_if_stale("fakestages", package)


def test_the_sources_switch_imports_every_compiled_module_from_its_source(package, monkeypatch):
    """ZHFIGURES_SOURCES=1: nothing edited, yet every compiled module imports from its source (the differential
    tests that patch a stage's function run so in CI)."""
    monkeypatch.setenv(SOURCES_ENV, "1")
    assert use_sources_if_stale("fakestages", package) == []
    numbers = importlib.import_module("fakestages.numbers")
    clause = importlib.import_module("fakestages.figures.clause")
    assert numbers.__file__ == str(package / "numbers.py") and clause.__file__ == str(package / "figures" / "clause.py")
    assert sum(isinstance(f, SourcesFirst) for f in sys.meta_path) == 1


def test_the_sources_switch_after_an_import_fails_loudly(package, monkeypatch):
    monkeypatch.setenv(SOURCES_ENV, "1")
    sys.modules["fakestages.numbers"] = types.ModuleType("fakestages.numbers")  # imported before the check
    with pytest.raises(ImportError, match=rf"{SOURCES_ENV}=1, and fakestages\.numbers were imported"):
        use_sources_if_stale("fakestages", package)


def test_pipeline_checks_before_it_imports_a_stage():
    init = (ROOT / "pipeline" / "__init__.py").read_text(encoding="utf-8")
    assert init.index("use_sources_if_stale()") < init.index("from .run import")
    assert "warn" not in (ROOT / "pipeline" / "compiled.py").read_text(encoding="utf-8")


SAME_RUN = r"""
import importlib.util, sys
from pathlib import Path
folder = Path(sys.argv[1])
if sys.argv[2] == "sources":  # every compiled module from its .py source, before the package is imported
    spec = importlib.util.spec_from_file_location("zh_compiled_alone", folder / "compiled.py")
    alone = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(alone)
    sys.meta_path.insert(0, alone.SourcesFirst("pipeline", folder, alone.extensions(folder)))
from pipeline.compiled import running_compiled
from pipeline.run import run
assert running_compiled("figures.extract") == (sys.argv[2] == "compiled"), sys.argv[2]
summary = run(sys.argv[4:], sys.argv[3])
assert not summary.failures, summary.line()
"""


@pytest.mark.slow
@pytest.mark.skipif(PURE, reason="a pure install runs the sources only")
def test_the_compiled_modules_give_what_their_sources_give(tmp_path):
    """mypyc compiles the same typed Python, but not always with the same meaning (a NamedTuple's truth is a
    tuple's, whatever its __bool__ says): every table of corpus/ (and of the dev reports, when ../shared is
    there) is byte for byte the same run compiled and run from the sources."""
    import subprocess

    inputs = [str(ROOT / "corpus")] + ([str(SHARED / "corpus-dev")] if (SHARED / "corpus-dev").is_dir() else [])
    folder = ROOT / "pipeline"
    for mode in ("compiled", "sources"):
        done = subprocess.run([sys.executable, "-c", SAME_RUN, str(folder), mode, str(tmp_path / mode), *inputs],
                              capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0, done.stderr[-2000:]
    for table in sorted((tmp_path / "compiled").glob("*.*")):
        if table.suffix in (".csv", ".jsonl"):
            assert table.read_bytes() == (tmp_path / "sources" / table.name).read_bytes(), table.name
