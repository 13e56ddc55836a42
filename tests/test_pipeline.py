"""One pipeline, wired once: `Pipeline.process` is what the library, the command line's extract and show,
and the spaCy components run; figures and entities carry where they are; options are checked when made,
from enums the docs are generated from; a document's time limit holds in any thread."""
from __future__ import annotations

import importlib
import threading
import time
from dataclasses import replace

import pytest

from pipeline import process_text
from pipeline.entities import recognizer
from pipeline.loaders import LoadOptions
from pipeline.options import Engine, Options, OptionsError, OutputFormat, Recognizer, SegmenterName, Stage
from pipeline.records import Entity, Figure, RawDocument, SectionStyle, evolve, new_figure
from pipeline.run import DocTimeout, DocumentWorker, Pipeline, deadline
from pipeline.schema import TABLES
from pipeline.structure import HEADING_STYLES

from conftest import GOVREPORT, load_one, read_rows, run_cli

TWO_SECTIONS = "一、总体要求\n今年国内生产总值增长5.5%左右。\n二、重点工作\n李强在济南市说，粮食产量保持在1.3万亿斤以上。"


def test_figures_carry_speech_section_and_sentence_from_the_pipeline():
    result = process_text(TWO_SECTIONS, options=Options(entities=True))
    assert [(f.mention, f.speech, f.section, f.sentence) for f in result.figures] == [
        ("5.5%左右", 1, 1, "今年国内生产总值增长5.5%左右。"),
        ("1.3万亿斤以上", 1, 2, "李强在济南市说，粮食产量保持在1.3万亿斤以上。"),
    ]
    assert [(e.text, e.label, e.speech, e.section, e.sentence) for e in result.entities] == [
        ("李强", "PERSON", 1, 2, "李强在济南市说，粮食产量保持在1.3万亿斤以上。"),
        ("济南市", "GPE", 1, 2, "李强在济南市说，粮食产量保持在1.3万亿斤以上。"),
    ]


def test_the_tables_write_what_the_pipeline_located():
    raw = load_one(GOVREPORT)
    result = Pipeline().process(raw)
    worker = DocumentWorker()
    rows = worker(raw).rows["figures"]
    assert [(r["speech"], r["section"], r["sentence"]) for r in rows] == [
        (f.speech, f.section, f.sentence or None) for f in result.figures]
    assert {f.section for f in result.figures} >= {1, 2, 3}


def test_the_command_line_writes_what_the_pipeline_gives(tmp_path):
    """The fast end-to-end run (the other command-line tests are marked slow): `zhfigures extract` of one
    report writes exactly the located figures `Pipeline.process` gives in process."""
    proc = run_cli("extract", str(GOVREPORT), "-o", str(tmp_path), "-j", "1")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    result = Pipeline().process(load_one(GOVREPORT))
    assert [(r["mention"], r["start"], r["speech"], r["section"], r["sentence"])
            for r in read_rows(tmp_path / "figures.csv")] == [
        (f.mention, str(f.start), str(f.speech), str(f.section), f.sentence) for f in result.figures]


@pytest.mark.slow  # spaCy and the entity model loaded (~1.5 s): CI runs it
def test_the_spacy_components_run_the_pipeline_once_per_doc_and_keep_its_result(monkeypatch):
    from pipeline.nlp import build

    calls = []
    real = Pipeline.process

    def counted(self, raw):
        calls.append(raw.text)
        return real(self, raw)

    monkeypatch.setattr(Pipeline, "process", counted)
    nlp = build(entities=True)
    doc = nlp(TWO_SECTIONS)
    assert calls == [TWO_SECTIONS]
    want = Pipeline(Options(entities=True)).process(RawDocument("doc", "<spacy>", "text", "utf-8", TWO_SECTIONS))
    assert doc._.zhfigures == want
    assert [s._.figure for s in doc.spans["figures"]] == list(want.figures)  # the text has nothing to normalize
    assert [(e.text, e.label_) for e in doc.ents if e.label_ in ("PERSON", "GPE")] == [("李强", "PERSON"), ("济南市", "GPE")]


@pytest.mark.parametrize(("options", "message"), [
    pytest.param({"segmenter": "thulac"}, "--segmenter must be one of jieba, pkuseg, not 'thulac'", id="segmenter"),
    pytest.param({"ner": "spacy"}, "--ner must be one of auto, lac, not 'spacy'", id="recognizer"),
    pytest.param({"formats": ("csv", "xlsx")}, "--format takes csv, jsonl, parquet (comma-separated), not 'xlsx'",
                 id="format"),
    pytest.param({"formats": ()}, "--format takes csv, jsonl, parquet", id="no-format"),
    pytest.param({"doc_timeout": -1.0}, "--doc-timeout must be 0 (no limit) or more, not -1.0", id="timeout"),
    pytest.param({"load": LoadOptions(format="docx")}, "--input-format must be one of auto, text, html, markdown, "
                 "csv, jsonl, not 'docx'", id="input-format"),
    pytest.param({"load": LoadOptions(encoding="klingon")}, "--encoding: unknown encoding 'klingon'", id="encoding"),
    pytest.param({"load": LoadOptions(max_bytes=0)}, "--max-bytes must be 1 or more, not 0", id="max-bytes"),
])
def test_options_check_themselves(options, message):
    with pytest.raises(OptionsError) as caught:
        Options(**options)
    assert str(caught.value).startswith(message)


def test_good_options_are_made_from_enum_values_or_their_strings():
    assert Options(segmenter="pkuseg", ner="lac", formats=("parquet",)) == Options(
        segmenter=SegmenterName.PKUSEG, ner=Recognizer.LAC, formats=(OutputFormat.PARQUET,))
    assert [e.value for e in Engine] == ["local", "dask"]


def test_an_unknown_recognizer_raises():
    with pytest.raises(ValueError, match="bogus"):
        recognizer("bogus")


def test_the_schema_docs_list_every_value_of_the_enums():
    doc = {c.name: c.doc for c in TABLES["errors"]}["stage"]
    assert [v.strip().split(" ")[0] for v in doc.split("|")] == [s.value for s in Stage]
    style = {c.name: c.doc for c in TABLES["sections"]}["style"]
    assert style.split(" | ") == [s.value for s in SectionStyle]


def test_every_heading_style_structure_emits_is_a_section_style():
    assert {h.name for h in HEADING_STYLES} <= set(SectionStyle)


def test_a_failing_stage_is_named_by_the_stage_enum(monkeypatch):
    run_module = importlib.import_module("pipeline.run")  # `pipeline.run` the attribute is the function run

    def broken(*_):
        raise RuntimeError("boom")

    monkeypatch.setattr(run_module, "resolve_context", broken)
    failure = DocumentWorker()(RawDocument("d", "d.txt", "text", "utf-8", "今年增长5%。"))
    assert (failure.stage, failure.reason) == (Stage.CONTEXT, "RuntimeError: boom")


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def _in_thread(fn):
    out = {}

    def target():
        try:
            out["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed to the test
            out["error"] = e

    t = threading.Thread(target=target)
    t.start()
    t.join(30)
    return out


def test_the_time_limit_stops_a_document_outside_the_main_thread_too():
    def slow():
        with deadline(0.2):
            _spin(10)

    started = time.monotonic()
    out = _in_thread(slow)
    assert isinstance(out.get("error"), DocTimeout) and time.monotonic() - started < 5
    assert str(out["error"]) == "took longer than 0.2 s (--doc-timeout): stopped"


def test_a_block_that_ends_in_time_is_never_interrupted_later():
    def quick():
        with deadline(0.1):
            pass
        _spin(0.3)  # past the limit: nothing may arrive now
        return "done"

    assert _in_thread(quick) == {"value": "done"}


def test_a_document_over_the_limit_in_a_worker_thread_is_a_named_failure(monkeypatch):
    """What the Dask engine's workers (threads) do with each document: the same Failure as the local pool."""
    monkeypatch.setattr(Pipeline, "process", lambda self, raw: _spin(10))
    worker = DocumentWorker(Options(doc_timeout=0.2))
    out = _in_thread(lambda: worker(RawDocument("d", "d.txt", "text", "utf-8", "今年增长5%。")))
    failure = out["value"]
    assert (failure.source, failure.stage, failure.reason) == (
        "d.txt", Stage.EXPORT, "took longer than 0.2 s (--doc-timeout): stopped")


_RESULT = process_text("2025年，全省地区生产总值增长5.2%。省委书记王明出席。")


@pytest.mark.parametrize("item, changes", [
    pytest.param(_RESULT.figures[0], {"time": "2024", "claim": "target"}, id="figure-context-fields"),
    pytest.param(_RESULT.figures[0], {"speech": 2, "sentence": "x", "sentence_start": 3}, id="figure-locate-fields"),
    pytest.param(Entity("王明", "PERSON", 3, 5), {"speech": 1, "excerpt_end": 9}, id="entity"),
])
def test_evolve_is_replace(item, changes):
    new = evolve(item, **changes)
    assert new == replace(item, **changes) and type(new) is type(item)
    assert all(getattr(item, k) != v for k, v in changes.items())  # the old record is untouched


def test_evolve_refuses_an_unknown_field():
    with pytest.raises(TypeError, match="Figure has no field tim$"):
        evolve(_RESULT.figures[0], tim="2024")


def test_new_figure_is_the_figure_init():
    f = _RESULT.figures[0]
    given = dict(list(vars(f).items())[:13])
    assert list(given)[-1] == "end"  # the fields the figure stage sets come first
    made, built = new_figure(**given), Figure(**given)
    assert made == built and list(vars(made).items()) == list(vars(built).items())
    assert made.time == "" and made.sentence_start is None
