"""Score predicted figures against a gold JSONL, by the same rules as the reference scorer.

Rules (../shared/spec/figures.md, "How output is scored"): texts compared after
NFKC with white space removed; a predicted row matches a gold row of the same
doc_id when the values are equal and the predicted sentence holds the gold
context (rows whose mention holds the gold mention are tried first). Optional
gold rows, and predicted `duration` rows that match nothing, count neither way.
Among matched rows unit, kind, qualifier, change, baseline and place are scored
by exact match, the indicator by character-overlap F1 ≥ 0.5. With regions only
the annotated paragraphs count.
"""
from __future__ import annotations

import csv
import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Iterator

FIELDS = ("unit", "kind", "qualifier", "change", "baseline", "place")


def norm(text) -> str:
    text = "" if text is None else str(text)
    return "".join(unicodedata.normalize("NFKC", text).split())


def blank(v) -> str:
    s = "" if v is None else str(v).strip()
    return "" if s.lower() in ("", "nan", "none", "null", "<na>") else s


def number(v) -> Decimal | None:
    s = blank(v)
    try:
        return Decimal(s) if s else None
    except InvalidOperation:
        return None


def same_value(a, b) -> bool:
    if a is None or b is None:
        return False
    return a == b or abs(a - b) <= abs(b) * Decimal("1e-9")


def char_f1(a: str, b: str) -> float:
    a, b = norm(a), norm(b)
    if not a or not b:
        return 1.0 if a == b else 0.0
    pool = list(b)
    common = 0
    for ch in a:
        if ch in pool:
            pool.remove(ch)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def read_rows(path: Path) -> list[dict]:
    if path.suffix == ".csv":
        from .export import csv_untext  # text cells that would start a formula carry a leading ' in CSV

        with path.open(encoding="utf-8-sig", newline="") as f:
            return [{k: csv_untext(v) for k, v in row.items()} for row in csv.DictReader(f)]
    with path.open(encoding="utf-8-sig") as f:
        return [json.loads(line) for line in f if line.strip()]


class RegionError(Exception):
    pass


def read_regions(path: Path, texts: Path) -> dict[str, list[str]]:
    """Annotated paragraphs: {doc_id: [normalized line]}; each line is checked against its hash."""
    regions: dict[str, list[str]] = {}
    for r in read_rows(path):
        lines = (texts / f"{r['doc_id']}.txt").read_text(encoding="utf-8-sig").splitlines()
        line = lines[int(r["line"])]
        if hashlib.sha1(line.encode()).hexdigest() != r["sha1"]:
            raise RegionError(f"region {r['doc_id']}:{r['line']} does not match its hash")
        regions.setdefault(r["doc_id"], []).append(norm(line))
    return regions


def in_regions(sentence: str, regions: list[str]) -> bool:
    s = norm(sentence)
    return bool(s) and any(s in reg or reg in s for reg in regions)


def _doc_preds(pred: list[dict], doc: str, regions: dict[str, list[str]] | None) -> list[dict]:
    preds = [p for p in pred if blank(p.get("doc_id")) == doc]
    if regions is not None:
        preds = [p for p in preds if in_regions(p.get("sentence"), regions.get(doc, []))]
    return preds


def match_rows(gold: list[dict], pred: list[dict], regions=None) -> Iterator[tuple[dict, dict | None]]:
    """(gold row, matched predicted row or None) for every gold row, then (None-gold) extras are not yielded."""
    for doc in sorted({g["doc_id"] for g in gold}):
        preds = _doc_preds(pred, doc, regions)
        used = [False] * len(preds)
        for g in (g for g in gold if g["doc_id"] == doc):
            gv, ctx, gm = number(g["value"]), norm(g["context"]), norm(g["mention"])
            cands = [i for i, p in enumerate(preds)
                     if not used[i] and same_value(number(p.get("value")), gv) and ctx in norm(p.get("sentence"))]
            cands.sort(key=lambda i: gm not in norm(preds[i].get("mention")))
            if cands:
                used[cands[0]] = True
                yield g, preds[cands[0]]
            else:
                yield g, None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS + ("indicator",)})
    indicator_exact: int = 0
    per_doc: list[tuple[str, int, int, int]] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)
    extras: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, f: str) -> float:
        return self.field_right[f] / self.tp if self.tp else 0.0

    def lines(self, verbose: bool = False) -> list[str]:
        out = []
        if verbose:
            out += [f"  miss {g['doc_id']}: {g['mention']} = {g['value']} in …{g['context']}…" for g in self.misses]
            out += [f"  extra {p['doc_id']}: {blank(p.get('mention'))} = {blank(p.get('value'))} in "
                    f"{blank(p.get('sentence'))[:60]}" for p in self.extras]
        out += [f"{doc}: matched {tp}, extra {fp}, missed {fn}" for doc, tp, fp, fn in self.per_doc]
        if self.tp:
            fields = ", ".join(f"{f} {self.accuracy(f):.3f}" for f in FIELDS + ("indicator",))
            out.append(f"field accuracy over {self.tp} matched: {fields}, "
                       f"indicator exact {self.indicator_exact / self.tp:.3f}")
        out.append(f"figures: P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
                   f"(tp {self.tp}, fp {self.fp}, fn {self.fn})")
        return out


def score(gold: list[dict], pred: list[dict], regions: dict[str, list[str]] | None = None) -> Score:
    s = Score()
    for doc in sorted({g["doc_id"] for g in gold}):
        golds = [g for g in gold if g["doc_id"] == doc]
        preds = _doc_preds(pred, doc, regions)
        matched_ids = set()
        tp = fn = 0
        for g, p in match_rows(golds, preds):
            if p is None:
                if g["status"] != "optional":
                    fn += 1
                    s.misses.append(g)
                continue
            matched_ids.add(id(p))
            if g["status"] == "optional":
                continue
            tp += 1
            for f in FIELDS:
                s.field_right[f] += blank(p.get(f)) == blank(g.get(f))
            s.field_right["indicator"] += char_f1(blank(p.get("indicator")), g["indicator"]) >= 0.5
            s.indicator_exact += norm(blank(p.get("indicator"))) == norm(g["indicator"])
        extras = [p for p in preds if id(p) not in matched_ids and blank(p.get("kind")) != "duration"]
        s.extras += extras
        s.tp, s.fp, s.fn = s.tp + tp, s.fp + len(extras), s.fn + fn
        s.per_doc.append((doc, tp, len(extras), fn))
    return s
