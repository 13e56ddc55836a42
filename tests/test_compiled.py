"""The stage modules run compiled (setup.py compiles them with mypyc) unless installed pure, and never stale."""
from __future__ import annotations

import ast
import hashlib
import importlib.machinery
import json
import os
import warnings

import pytest

from pipeline.compiled import running_compiled, stale

from conftest import ROOT

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


def test_an_edited_source_is_stale_and_warned_about(tmp_path):
    ext = "fake" + importlib.machinery.EXTENSION_SUFFIXES[0]
    (tmp_path / "fake.py").write_text("x = 1\n")
    (tmp_path / ext).write_bytes(b"")
    (tmp_path / "other.py").write_text("y = 1\n")  # no extension: never stale
    digest = hashlib.sha256(b"x = 1\n").hexdigest()
    (tmp_path / "compiled.json").write_text(json.dumps({"fake": digest}))
    assert stale(tmp_path) == []
    (tmp_path / "fake.py").write_text("x = 2\n")
    assert stale(tmp_path) == ["fake"]
    (tmp_path / "compiled.json").unlink()
    assert stale(tmp_path) == ["fake"]  # no record: unknown, so stale
    (tmp_path / ext).unlink()
    assert stale(tmp_path) == []  # no extension: the source runs


def test_stale_extensions_are_warned_about_on_import(monkeypatch):
    import pipeline.compiled as compiled

    monkeypatch.setattr(compiled, "stale", lambda: ["figures"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compiled.warn_if_stale()
    assert len(caught) == 1 and "figures" in str(caught[0].message) and "pip install -e ." in str(caught[0].message)
