"""zhfigures show: one page per corpus document; every figure highlighted."""
from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.records import FIGURE_LABELS
from pipeline.run import Options, iter_raw, process

pytestmark = pytest.mark.slow  # each test runs the command line (tests/test_pipeline.py has a fast run of it)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


class Marks(HTMLParser):
    """(text, label) of every <mark> displaCy wrote."""

    def __init__(self):
        super().__init__()
        self.marks, self.depth, self.text, self.label, self.in_label = [], 0, "", "", False

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self.depth, self.text, self.label = 1, "", ""
        elif tag == "span" and self.depth:
            self.in_label = True

    def handle_endtag(self, tag):
        if tag == "span":
            self.in_label = False
        elif tag == "mark" and self.depth:
            self.marks.append((self.text.strip(), self.label.strip()))
            self.depth = 0

    def handle_data(self, data):
        if self.depth and self.in_label:
            self.label += data
        elif self.depth:
            self.text += data


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_every_figure_is_highlighted(path, tmp_path):
    page = tmp_path / "page.html"
    exe = Path(sys.executable).with_name("zhfigures")
    run = subprocess.run([str(exe), "show", str(path), "-o", str(page)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    parser = Marks()
    parser.feed(page.read_text(encoding="utf-8"))
    result = process(next(iter_raw([str(path)], Options().load)))
    want = sorted((f.mention.strip(), FIGURE_LABELS[f.kind]) for f in result.figures)
    assert want, "the corpus documents all hold figures"
    assert sorted(parser.marks) == want
    # sections are headings
    html = page.read_text(encoding="utf-8")
    for se in result.structure.sections:
        if se.level == 1:
            assert f"{se.label}{se.title}" in html


def test_show_missing_file_is_usage_error(tmp_path):
    exe = Path(sys.executable).with_name("zhfigures")
    run = subprocess.run([str(exe), "show", str(tmp_path / "nope.txt")], capture_output=True, text=True)
    assert run.returncode == 2 and "no such file" in run.stderr and "Traceback" not in run.stderr


@pytest.mark.parametrize(("folder", "message"), [
    pytest.param("corpus", "zhfigures: corpus: is a folder; show takes one file, such as corpus/000_2fee95f66404a103.txt, "
                 "corpus/004_456414553aa85d4f.txt, corpus/govreport-2022.txt\n", id="corpus"),
    pytest.param("empty", "zhfigures: empty: is a folder; show takes one file, and empty holds no input files\n",
                 id="empty-folder"),
])
def test_show_a_folder_says_it_takes_one_file(tmp_path, folder, message):
    exe = Path(sys.executable).with_name("zhfigures")
    cwd = CORPUS.parent if folder == "corpus" else tmp_path
    (tmp_path / "empty").mkdir()
    run = subprocess.run([str(exe), "show", folder, "-o", str(tmp_path / "page.html")], capture_output=True,
                         text=True, cwd=cwd)
    assert (run.returncode, run.stderr) == (2, message)
    assert not (tmp_path / "page.html").exists()


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt"))[:2], ids=lambda p: p.stem)
def test_page_conventions(path):
    """As compare's report: each figure's fields on hover, a legend, a CJK font, a heading printed once."""
    import re

    from pipeline.show import render

    result = process(next(iter_raw([str(path)], Options().load)))
    html = render(result)
    titles = re.findall(r"<mark class='entity'[^>]* title='([^']*)'", html)
    assert len(titles) >= len(result.figures)
    f = min(result.figures, key=lambda x: x.start)
    first = titles[0]  # the first mark of the page is the first figure (no entities asked for)
    for field in ("kind", "measure", "value", "unit", "time", "claim", "place"):
        assert re.search(rf"^{field}: ", first, re.M), field
    assert f"kind: {f.kind}" in first.splitlines()
    assert "class='legend'" in html and "id='panel'" in html and "Noto Sans CJK SC" in html
    headings = re.findall(r"<h([1-4])>(.*?)</h\1>\n<p>(.*?)</p>", html)
    assert headings and all(h != p for _, h, p in headings), "a heading is not repeated as its paragraph"
    for se in result.structure.sections:
        if se.level == 1:
            assert html.count(f">{se.label}{se.title}<") == 1
