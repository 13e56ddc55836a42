"""Score predicted figures against a gold JSONL (`zhfigures evaluate`).

Rules (docs/fields.md, "How output is scored"): texts compared after NFKC with
white space removed; a predicted row matches a gold row of the same doc_id when
the values are equal and the predicted sentence holds the gold context (rows
whose mention holds the gold mention are tried first). Optional gold rows, and
predicted `duration` rows that match nothing, count neither way. Among matched
rows unit, kind, qualifier, change, baseline, place and period are scored by
exact match; time, claim and measure by exact match (after NFKC, white space
removed) over the gold rows that have those keys; the indicator by
character-overlap F1 ≥ 0.5. With regions only the annotated paragraphs count.

`FigureScore.lines` are the lines the reference scorer of the annotation project
prints, the same text line for line (a test holds them to its recorded output);
`FigureScore.coverage_lines` say which documents of the gold the output holds.
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

FIELDS = ("unit", "kind", "qualifier", "change", "baseline", "place", "period")
# scored only over matched gold rows that carry the key (older gold files do not)
CONTEXT_FIELDS = ("time", "claim", "measure")
GOLD_KEYS = ("doc_id", "mention", "value", "indicator", "context", "status")  # what scoring reads of a gold row
PRED_KEYS = ("doc_id", "value", "sentence")  # … and of a predicted row


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


class InputError(ValueError):
    """The gold or the output is not what `evaluate` takes (the message names the file and says what to do)."""


def check_inputs(gold: list[dict], pred: list[dict], gold_name: str, pred_name: str) -> None:
    """Raise InputError when the two files are the wrong way round, or either lacks the columns scoring reads."""
    if not gold:
        raise InputError(f"{gold_name}: no rows: a gold file has one JSON object per line")
    gold_keys, pred_keys = set().union(*gold), set().union(*pred) if pred else set()
    looks_pred = {"sentence", "doc_id", "value"} <= gold_keys and not {"context", "status"} & gold_keys
    if looks_pred and {"context", "status"} <= pred_keys:
        raise InputError(f"the arguments are the wrong way round: {gold_name} is a figures output (it has sentence, "
                         f"no context or status) and {pred_name} a gold file; the gold comes first: "
                         f"zhfigures evaluate {pred_name} {gold_name}")
    missing = [k for k in GOLD_KEYS if k not in gold_keys]
    if missing:
        hint = " (it looks like a figures output: the gold file comes first)" if looks_pred else ""
        raise InputError(f"{gold_name}: not a gold file: no {', '.join(missing)} column{'s' * (len(missing) > 1)}"
                         f"{hint}")
    missing = [k for k in PRED_KEYS if k not in pred_keys] if pred else []
    if missing:
        hint = " (it looks like a gold file: it goes first)" if {"context", "status"} <= pred_keys else ""
        raise InputError(f"{pred_name}: not a figures output: no {', '.join(missing)} column"
                         f"{'s' * (len(missing) > 1)}{hint}")


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


def in_regions(sentence: str | None, regions: list[str]) -> bool:
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
class DocScore:
    """One gold document: counts, and the rows missed and the extras (for -v), as the reference scorer keeps them."""

    doc_id: str
    tp: int
    fp: int
    fn: int
    misses: list[dict]
    extras: list[dict]


@dataclass
class FigureScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS + ("indicator",)})
    context_right: dict[str, int] = field(default_factory=lambda: {f: 0 for f in CONTEXT_FIELDS})
    context_total: dict[str, int] = field(default_factory=lambda: {f: 0 for f in CONTEXT_FIELDS})
    indicator_exact: int = 0
    docs: list[DocScore] = field(default_factory=list)
    missing_docs: list[str] = field(default_factory=list)  # gold documents with no row in the output
    unknown_docs: list[str] = field(default_factory=list)  # output documents the gold does not have

    @property
    def per_doc(self) -> list[tuple[str, int, int, int]]:
        return [(d.doc_id, d.tp, d.fp, d.fn) for d in self.docs]

    @property
    def misses(self) -> list[dict]:
        return [g for d in self.docs for g in d.misses]

    @property
    def extras(self) -> list[dict]:
        return [p for d in self.docs for p in d.extras]

    @property
    def found(self) -> int:
        """Gold documents that have at least one row in the output."""
        return len(self.docs) - len(self.missing_docs)

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
        if f in CONTEXT_FIELDS:
            return self.context_right[f] / self.context_total[f] if self.context_total[f] else 0.0
        return self.field_right[f] / self.tp if self.tp else 0.0

    def lines(self, verbose: bool = False) -> list[str]:
        """The reference scorer's output, line for line: with verbose each document's misses and extras first,
        then a line per document, the field accuracies and the summary (always the last line)."""
        out = []
        if verbose:
            for d in self.docs:
                out += [f"  miss {d.doc_id}: {g['mention']} = {g['value']} in …{g['context']}…" for g in d.misses]
                out += [f"  extra {d.doc_id}: {blank(p.get('mention'))} = {blank(p.get('value'))} in "
                        f"{blank(p.get('sentence'))[:60]}" for p in d.extras]
        out += [f"{d.doc_id}: matched {d.tp}, extra {d.fp}, missed {d.fn}" for d in self.docs]
        if self.tp:
            fields = ", ".join(f"{f} {self.accuracy(f):.3f}" for f in FIELDS)
            fields += "".join(f", {f} {self.accuracy(f):.3f}" for f in CONTEXT_FIELDS if self.context_total[f])
            fields += f", indicator {self.accuracy('indicator'):.3f}"
            out.append(f"field accuracy over {self.tp} matched: {fields}, "
                       f"indicator exact {self.indicator_exact / self.tp:.3f}")
        out.append(f"figures: P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
                   f"(tp {self.tp}, fp {self.fp}, fn {self.fn})")
        return out

    def coverage_lines(self, output: str, verbose: bool = False) -> list[str]:
        """Which gold documents the output holds: a count, and with verbose every document on one side only."""
        n = len(self.docs)
        out = [f"{self.found} of {n} gold document{'s' * (n != 1)} found in {output}"
               + (f"; {len(self.unknown_docs)} output document{'s' * (len(self.unknown_docs) != 1)} not in the gold"
                  if self.unknown_docs else "")
               + ("" if verbose or not (self.missing_docs or self.unknown_docs) else " (-v lists them)")]
        if verbose:
            out += [f"  not in the output: {d}" for d in self.missing_docs]
            out += [f"  not in the gold: {d}" for d in self.unknown_docs]
        return out


def score(gold: list[dict], pred: list[dict], regions: dict[str, list[str]] | None = None) -> FigureScore:
    s = FigureScore()
    gold_docs = sorted({g["doc_id"] for g in gold})
    pred_docs = {blank(p.get("doc_id")) for p in pred} - {""}
    s.missing_docs = [d for d in gold_docs if d not in pred_docs]
    s.unknown_docs = sorted(pred_docs - set(gold_docs))
    for doc in gold_docs:
        golds = [g for g in gold if g["doc_id"] == doc]
        preds = _doc_preds(pred, doc, regions)
        matched_ids = set()
        tp = fn = 0
        misses = []
        for g, p in match_rows(golds, preds):
            if p is None:
                if g["status"] != "optional":
                    fn += 1
                    misses.append(g)
                continue
            matched_ids.add(id(p))
            if g["status"] == "optional":
                continue
            tp += 1
            for f in FIELDS:
                s.field_right[f] += blank(p.get(f)) == blank(g.get(f))
            for f in CONTEXT_FIELDS:
                if f in g:
                    s.context_total[f] += 1
                    s.context_right[f] += norm(blank(p.get(f))) == norm(blank(g.get(f)))
            s.field_right["indicator"] += char_f1(blank(p.get("indicator")), g["indicator"]) >= 0.5
            s.indicator_exact += norm(blank(p.get("indicator"))) == norm(g["indicator"])
        extras = [p for p in preds if id(p) not in matched_ids and blank(p.get("kind")) != "duration"]
        s.tp, s.fp, s.fn = s.tp + tp, s.fp + len(extras), s.fn + fn
        s.docs.append(DocScore(doc, tp, len(extras), fn, misses, extras))
    return s
