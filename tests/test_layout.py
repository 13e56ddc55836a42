"""The layout's promises that a reader relies on: the figure stage's words live in the data tables.

Every word the figure rules read is in `pipeline/data/` (figure_words.tsv and the others), and the regexes that
need one are generated from the tables; code holds Chinese only in comments, docstrings and examples. A Chinese
string literal in a module of `pipeline/figures/` is a vocabulary written a second time, which will drift.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

FIGURES = sorted((Path(__file__).resolve().parent.parent / "pipeline" / "figures").glob("*.py"))
HAN = re.compile(r"[\u4e00-\u9fff]")


def chinese_literals(source: str) -> list[tuple[int, str]]:
    """(line, literal) of every string constant holding a Chinese character that is not a docstring."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and HAN.search(node.value)]


def test_the_check_finds_a_chinese_literal():
    assert chinese_literals('"""文档。"""\nX = re.compile(r"[、和及]来")  # 注释\n') == [(2, "[、和及]来")]
    assert chinese_literals('x = f"[{A}\\\\u4e00-\\\\u9fff]"\n') == []  # an escaped range is no word


@pytest.mark.parametrize("path", FIGURES, ids=[p.name for p in FIGURES])
def test_the_figure_stage_writes_no_chinese_word_in_code(path):
    assert chinese_literals(path.read_text(encoding="utf-8")) == []


def test_every_pattern_of_the_package_goes_through_the_pattern_cache():
    """pipeline/recache.py keeps the compiled code of the stages' patterns across runs (a quarter of start-up):
    a plain re.compile is only for what the cache should not keep, and says why (`# not cached: …`)."""
    package = FIGURES[0].parent.parent
    plain = [f"{path.relative_to(package)}:{k}" for path in sorted(package.rglob("*.py")) if path.name != "recache.py"
             for k, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"(?<![\w.])re\.compile\(", line) and "# not cached:" not in line]
    assert plain == []


def test_the_figure_stages_vocabulary_is_read_once():
    """words() and patterns() are built once per process (a decorator slipped off words() by an edit made every rule
    read the tables again: corpus-dev took 2 minutes instead of 1 second)."""
    from pipeline.figures.words import patterns, words

    assert words() is words() and patterns() is patterns()
