"""Start-up (issue 11: `zhfigures extract` of a one-sentence file under 0.3 s of CPU): what a short run must not
import or read. Each case runs the command line in a fresh interpreter and lists the modules it ended with."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT

# Modules only some paths need: a one-sentence `extract` (CSV and JSON Lines out) never imports them.
NOT_AT_START = [
    pytest.param("pandas", id="pandas-only-for-load-and-compare"),
    pytest.param("pyarrow", id="pyarrow-only-for-parquet"),
    pytest.param("dask", id="dask-only-for-engine-dask"),
    pytest.param("rich", id="rich-only-for-the-progress-bar"),
    pytest.param("onnxruntime", id="onnxruntime-only-for-entities"),
    pytest.param("pycrfsuite", id="crfsuite-only-for-entities"),
    pytest.param("spacy", id="spacy-only-for-the-spacy-components"),
    pytest.param("html.parser", id="html-parser-only-for-html-inputs"),
    pytest.param("importlib.resources", id="no-importlib-resources-for-the-tables"),
    pytest.param("zipfile", id="no-zipfile-from-resource-readers"),
    pytest.param("importlib.abc", id="no-importlib-abc-for-the-stale-check"),
]

RUN = """
import json, sys
sys.argv = ["zhfigures", *sys.argv[1:]]
import cli
try:
    cli.main()
except SystemExit as e:
    code = e.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules_after(*args: str) -> tuple[int, set[str]]:
    proc = subprocess.run([sys.executable, "-c", RUN, *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    return report["code"], set(report["modules"])


@pytest.fixture(scope="module")
def one_sentence_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("one")
    (folder / "in").mkdir()
    (folder / "in" / "a.txt").write_text("全市地区生产总值增长5%。\n", encoding="utf-8")
    code, modules = _modules_after("extract", str(folder / "in"), "-o", str(folder / "out"))
    assert code == 0
    assert (folder / "out" / "figures.csv").read_text(encoding="utf-8-sig").count("\n") == 2  # header + 1 figure
    return modules


@pytest.mark.parametrize("module", NOT_AT_START)
def test_a_one_sentence_extract_does_not_import(one_sentence_run, module):
    assert module not in one_sentence_run


def test_the_guard_sees_a_module_a_path_does_import(tmp_path):
    """The check above can fail: an HTML input does import html.parser."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_text("<html><body><p>全市地区生产总值增长5%。</p></body></html>",
                                            encoding="utf-8")
    code, modules = _modules_after("extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert code == 0
    assert "html.parser" in modules


def test_the_short_text_does_not_build_the_whole_dictionary():
    """A short first text gets a tokenizer of only its dictionary entries (segment.Segmenter.expect: 0.03 s,
    not the 0.14 s of the whole dictionary), and it cuts and tags as the whole dictionary does."""
    from pipeline.segment import Segmenter

    text = "全市地区生产总值增长5%，规模以上工业增加值增长6.1%。"
    short, whole = Segmenter(), Segmenter(part=False)
    short.expect(text)
    assert short.partial
    assert short.tag(text) == whole.tag(text)
    assert not whole.partial
