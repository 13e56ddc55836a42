"""Shared inputs and checks for the foundation tests.

Every input is real: the three corpus documents, pieces of them re-encoded into
the encodings the loaders must read, and a Big5 version of the opening of the
2022 government work report made with a small simplified→traditional map.
"""
from __future__ import annotations

import csv
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Callable

import pytest

# the patterns' code cache (pipeline/recache.py) of the tests and of the CLI they run: a folder of the session,
# never the user's; set before the first import of pipeline, which compiles patterns
OWN_CACHE = "ZHFIGURES_CACHE_DIR" not in os.environ
CACHE_DIR = os.environ.setdefault("ZHFIGURES_CACHE_DIR", tempfile.mkdtemp(prefix="zhfigures-test-cache-"))


def pytest_unconfigure(config):
    if OWN_CACHE:
        shutil.rmtree(CACHE_DIR, ignore_errors=True)


from pipeline.loaders import LoadOptions, doc_ids, parse_text, read_source
from pipeline.normalize import DROP, SAFE_FOLD, SPACES, normalize
from pipeline.records import Document, RawDocument, Result
from pipeline.run import Pipeline
from pipeline.structure import analyse

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
BUNDLE = CORPUS / "000_2fee95f66404a103.txt"  # four exchange speeches pasted as one line (　　 between paragraphs)
ZAKER = CORPUS / "004_456414553aa85d4f.txt"  # .txt holding YAML front matter and an HTML body
GOVREPORT = CORPUS / "govreport-2022.txt"  # UTF-8 with BOM and CRLF line ends
SCORER = ROOT.parent / "shared" / "tools" / "score_structure.py"  # the reference structure scorer, when beside
GOLD_STRUCTURE = ROOT / "tests" / "data" / "gold" / "structure.json"  # a copy of the annotation project's gold

GOVREPORT_TEXT = GOVREPORT.read_bytes().decode("utf-8-sig")
BUNDLE_TEXT = BUNDLE.read_text(encoding="utf-8")
GOVREPORT_LINES = [line for line in GOVREPORT_TEXT.splitlines() if line.strip()]
# The report's opening: title, date line, 国务院总理　李克强, 各位代表：, the first heading and the
# paragraph of 2021's headline figures (indented with 　　 as in the source).
REPORT_OPENING = "\n".join(GOVREPORT_LINES[i] for i in (0, 1, 2, 3, 4, 5, 7))

# Simplified → traditional for every character of REPORT_OPENING that Big5 lacks (and a few it has
# in both forms, so the text reads as real traditional Chinese).
S2T = str.maketrans(dict(pair for pair in (
    "报報 会會 国國 届屆 议議 务務 强強 总總 审審 现現 见見 请請 顾顧 业業 为為 产產 亿億 内內 发發 "
    "济濟 涨漲 经經 调調 财財 费費 达達 镇鎮 长長 际際 协協 员員 并並 复復 万萬 价價").split()))


def to_traditional(text: str) -> str:
    return text.translate(S2T)


REPORT_OPENING_TRAD = to_traditional(REPORT_OPENING)
REPORT_OPENING_TRAD.encode("big5")  # fails loudly here if the map misses a character


def analysed(raw: RawDocument) -> Result:
    """Normalize and structure one loaded document (the foundation stages, without extraction)."""
    doc = normalize(raw)
    return Result(doc, analyse(doc))


def analyse_text(text: str, fmt: str = "text") -> Result:
    return analysed(parse_text("<test>", "test", text, "utf-8", fmt))


def canonical(text: str, fmt: str = "text") -> str:
    """The canonical text of a decoded string (what every offset refers to)."""
    return normalize(parse_text("<test>", "test", text, "utf-8", fmt)).text


@functools.lru_cache(maxsize=1)
def full_pipeline() -> Callable[[RawDocument], Result]:
    """Every stage, extraction included, set up once: `Pipeline().process`."""
    return Pipeline().process


def load_one(path: Path, **options) -> RawDocument:
    """The single document a file holds."""
    docs = list(read_source(str(path), doc_ids([str(path)])[str(path)], LoadOptions(**options)))
    assert len(docs) == 1, docs
    return docs[0]


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


# ---------------------------------------------------------------- offsets

def raw_offset_problems(raw: RawDocument, doc: Document) -> list[str]:
    """Where Document.raw_offsets does not lead back to the loaded character it came from."""
    offsets, text, src = doc.raw_offsets, doc.text, raw.text
    problems = []
    if len(offsets) != len(text) + 1 or offsets[-1] != len(src):
        return [f"{len(offsets)} offsets for {len(text)} characters, last {offsets[-1]} of {len(src)}"]
    for i, ch in enumerate(text):
        o = offsets[i]
        if i and o < offsets[i - 1] or not 0 <= o < len(src):
            problems.append(f"offset {i} → {o} out of order or range")
            continue
        r = src[o]
        if ch == "\n":
            ok = r.isspace() or r in DROP  # the paragraph break sits in the gap after the previous paragraph
        elif ch == " ":
            ok = r in SPACES
        else:
            ok = r == ch or unicodedata.normalize("NFKC", r) == ch or SAFE_FOLD.get(r) == ch  # 約 → 约, 増 → 增
        if not ok:
            problems.append(f"text[{i}]={ch!r} but raw[{o}]={r!r}")
    return problems


def offset_problems(result: Result) -> list[str]:
    """Records whose offsets do not give back their text: text[start:end] is the record's text."""
    text, st = result.document.text, result.structure
    problems = []

    def check(what, start, end, want=None, within=None, lines=False):
        if not 0 <= start <= end <= len(text):
            problems.append(f"{what}: span {start}:{end} outside the text ({len(text)})")
        elif want is not None and (text[start:end].replace("\n", "") if lines else text[start:end]) != want:
            problems.append(f"{what}: text[{start}:{end}]={text[start:end]!r}, record says {want!r}")
        if within and not within[0] <= start <= end <= within[1]:
            problems.append(f"{what}: span {start}:{end} outside its parent {within}")

    paragraph_texts = {text[p.start:p.end] for p in st.paragraphs}
    for p in st.paragraphs:
        check(f"paragraph {p}", p.start, p.end)
        seg = text[p.start:p.end]
        if not seg or "\n" in seg or seg != seg.strip():
            problems.append(f"paragraph {p}: {seg!r}")
    for s in st.sentences:
        check(f"sentence {s}", s.start, s.end)
        seg = text[s.start:s.end]
        if not seg or "\n" in seg or seg != seg.strip():
            problems.append(f"sentence {s}: {seg!r}")
    for sp in st.speeches:
        check(f"speech {sp.speech}", sp.start, sp.end)
        if sp.title_start == sp.title_end == 0 and sp.title not in paragraph_texts:
            pass  # a title from metadata (front matter, <title>) has no place in the text
        else:
            # a title the page split over two lines spans both; the record's title joins them
            check(f"speech {sp.speech} title", sp.title_start, sp.title_end, sp.title, lines=True)
        if sp.place and sp.title_start > sp.start:  # a bundled speech opens with its place line
            check(f"speech {sp.speech} place", sp.start, sp.start + len(sp.place), sp.place)
    speech_span = {sp.speech: (sp.start, sp.end) for sp in st.speeches}
    for se in st.sections:
        what = f"section {se.speech}/{se.path}"
        check(what, se.start, se.end, within=speech_span[se.speech])
        check(what + " title", se.title_start, se.title_end, se.title, within=(se.start, se.end), lines=True)
        check(what + " label", se.start, se.start + len(se.label), se.label)
    for pt in st.points:
        check(f"point {pt}", pt.start, pt.end)
        if not text[pt.start:pt.end].startswith(pt.label + pt.lead):
            problems.append(f"point {pt}: text is {text[pt.start:pt.end]!r}")
    for f in result.figures:
        check(f"figure {f}", f.start, f.end, f.mention)
    for e in result.entities:
        check(f"entity {e}", e.start, e.end, e.text)
    return problems


# ---------------------------------------------------------------- the command line

def cli_command() -> list[str]:
    """The installed `zhfigures` script of this interpreter's environment, else `python -m cli`."""
    script = Path(sys.executable).parent / "zhfigures"
    if script.exists():
        return [str(script)]
    found = shutil.which("zhfigures")
    return [found] if found else [sys.executable, "-m", "cli"]


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    proc = subprocess.run([*cli_command(), *args], input=stdin if stdin is not None else b"",
                          cwd=cwd, capture_output=True, timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8"),
                                       proc.stderr.decode("utf-8"))


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory):
    """The README's first command (`zhfigures extract`, default input corpus/) into a temporary folder."""
    out = tmp_path_factory.mktemp("corpus-output")
    proc = run_cli("extract", "-o", str(out))
    return proc, out


@pytest.fixture(scope="session")
def corpus_results() -> dict[str, tuple[RawDocument, Result]]:
    """Every corpus document through all the stages in-process, by doc_id."""
    out = {}
    for path in sorted(CORPUS.iterdir()):
        raw = load_one(path)
        out[raw.doc_id] = (raw, full_pipeline()(raw))
    return out
