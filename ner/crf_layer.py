"""The research side of the trained layer (pipeline/entities/trained.py): the gold's BIO tags for training, and
the other ways of combining the CRF with the rule layer that ner/train_layer.py measures (docs/ner.md, "A
trained layer"). Training needs python-crfsuite, a dependency of the package since the layer is in the default.
"""
from __future__ import annotations

from typing import Sequence

from pipeline.entities.trained import _bio, decode, features, soft, support
from pipeline.records import Entity

__all__ = ["decode", "features", "gold_tags", "merge", "soft", "support"]  # the layer's, and the research's

def gold_tags(start: int, end: int, gold: Sequence[tuple[int, int, str]]) -> list[str]:
    """BIO tags of text[start:end] from gold (start, end, label) spans inside it (overlaps: the first wins)."""
    tags = ["O"] * (end - start)
    for s, e, label in sorted(gold):
        if start <= s < e <= end and all(t == "O" for t in tags[s - start:e - start]):
            _bio(tags, s, e, start, label)
    return tags


def merge(rule: Sequence[Entity], crf: Sequence[Entity], mode: str, labels=("ORG", "LOC")) -> list[Entity]:
    """Combine the rule layer's entities and the CRF's: crf (the CRF's alone), add (the rule entities, and the
    CRF's of labels that overlap none of them), agree (the rule entities the CRF also found, and the CRF's
    of labels that overlap none of them), prefer (the CRF's, and the rule entities that overlap none of them)."""
    if mode == "crf":
        return list(crf)
    if mode == "prefer":
        spans = [(e.start, e.end) for e in crf]
        kept = [e for e in rule if all(e.end <= s or e.start >= t for s, t in spans)]
        return sorted([*crf, *kept], key=lambda x: (x.start, x.end))
    covered = [(e.start, e.end) for e in rule]
    extra = [e for e in crf if e.label in labels and all(e.end <= s or e.start >= t for s, t in covered)]
    if mode == "add":
        return sorted([*rule, *extra], key=lambda x: (x.start, x.end))
    if mode == "agree":
        found = {(e.start, e.end, e.label) for e in crf}
        return sorted([*(e for e in rule if (e.start, e.end, e.label) in found), *extra], key=lambda x: (x.start, x.end))
    raise ValueError(mode)
