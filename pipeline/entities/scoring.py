"""Scoring entities: exact-match precision, recall and F1 per label (ner/evaluate.py, the tests)."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from ..records import Entity
from .lac import LABELS, LacRecognizer


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
             recognizer: LacRecognizer | None = None,
             merge: Mapping[str, str] | None = None) -> dict[str, Score]:
    """Score a recognizer on (text, gold entities) examples, each text taken as one span.

    merge: relabel both sides first (e.g. {"GPE": "PLACE", "LOC": "PLACE"}).
    """
    recognizer = recognizer or LacRecognizer()
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
