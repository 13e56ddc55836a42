#!/usr/bin/env python3
"""Write dev-2026.jsonl from the hand annotations in annotations.py and check it.

The annotations were written by hand from spec/figures.md alone (see README.md);
this script only fills the fields that follow from where a line sits (doc_id,
speech, section, default place) and checks the set:
  - every mention occurs in its context, every context in its line and within one sentence;
  - values are plain decimals (no exponent), value_max empty or >= value;
  - the regions' sha1 and n_chars match the raw lines, and score_figures.read_regions finds them.

With --second it builds the second set instead: dev-2026b.jsonl from annotations_b.py and
dev-2026b.regions.jsonl.  With --numerals it also lists, per line, the numerals that no mention
covers, for the second pass (each must be a name, date, ordinal, formula… by the spec's
*Not a figure* rules).

usage: build.py [--second] [--numerals] [SHARED_DIR]   (default /work/shared)
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).parent
FIELDS = ("doc_id", "speech", "section", "mention", "value", "value_max", "unit", "kind", "qualifier",
          "change", "baseline", "period", "indicator", "place", "time", "claim", "measure", "context", "status")
KINDS = {"count", "money", "percent", "percentage_point", "measure", "rank", "ratio", "duration"}
PLAIN = re.compile(r"^-?\d+(\.\d+)?$")
TIME = re.compile(r"^\d{4}(-\d{2}){0,2}(/\d{4}(-\d{2}){0,2})?$")
SENTENCE_END = re.compile(r"[。！？]")
NUMERAL = re.compile(r"[0-9０-９][0-9０-９.．]*|[零〇一二两三四五六七八九十百千万亿]+")
SETS = {False: ("annotations", "dev-2026"), True: ("annotations_b", "dev-2026b")}


def uncovered(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Numerals of the line outside every mention span, each with a little context."""
    out = []
    for m in NUMERAL.finditer(text):
        if not any(a <= m.start() < b for a, b in spans):
            out.append(text[max(0, m.start() - 4):m.end() + 4])
    return out


def row_errors(where: str, text: str, mention: str, value: str, vmax: str, kind: str, qual: str, change: str,
               time: str, claim: str, ctx: str, status: str, sentence_end: re.Pattern = SENTENCE_END
               ) -> tuple[list[str], tuple[int, int] | None]:
    """The checks of one annotated figure against the text it is in (its line, or its file), and the mention's span
    in that text (None when its context is not found)."""
    errors, span = [], None
    if mention not in ctx:
        errors.append(f"{where}: mention not in context")
    if ctx not in text:
        errors.append(f"{where}: context not in text")
    else:
        at = text.index(ctx) + ctx.find(mention)
        span = (at, at + len(mention))
    if sentence_end.search(ctx):
        errors.append(f"{where}: context crosses a sentence end")
    if not PLAIN.match(value) or (vmax and not PLAIN.match(vmax)):
        errors.append(f"{where}: value not a plain decimal")
    if vmax and Decimal(vmax) < Decimal(value):
        errors.append(f"{where}: value_max below value")
    if kind not in KINDS or claim not in ("actual", "target") or status not in ("", "optional"):
        errors.append(f"{where}: bad kind/claim/status")
    if time and not TIME.match(time):
        errors.append(f"{where}: bad time {time}")
    if qual not in ("", "over", "under", "about") or change not in ("", "increase", "decrease"):
        errors.append(f"{where}: bad qualifier/change")
    return errors, span


def section_of(lines: list[str], line: int, sections: list[str]) -> int:
    """1-based top-level section the line sits in (the profile gold's section headings), 0 before the first."""
    sec = 0
    for i in range(line + 1):
        heading = re.sub(r"^\s*[一二三四五六七八九十]+、", "", lines[i]).strip()
        if heading in sections:
            sec = sections.index(heading) + 1
    return sec


def main() -> None:
    args = sys.argv[1:]
    second, numerals = "--second" in args, "--numerals" in args
    args = [a for a in args if a not in ("--second", "--numerals")]
    shared = Path(args[0]) if args else Path("/work/shared")
    texts = shared / "corpus-dev"
    module, stem = SETS[second]
    R = importlib.import_module(module).R  # the hand annotations
    profile = json.loads((shared / "gold/reports-dev/profile.json").read_text(encoding="utf-8"))
    regions = [json.loads(x) for x in (HERE / f"{stem}.regions.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = []
    rows = []
    for r in regions:
        lines = (texts / f"{r['doc_id']}.txt").read_text(encoding="utf-8-sig").splitlines()
        text = lines[r["line"]]
        if hashlib.sha1(text.encode()).hexdigest() != r["sha1"] or len(text) != r["n_chars"]:
            errors.append(f"region {r['doc_id']}:{r['line']} does not match its sha1/n_chars")
        r["_text"], r["_section"] = text, section_of(lines, r["line"], profile[r["doc_id"]]["sections"])
        r["_spans"] = []
    for k, (reg, mention, value, vmax, unit, kind, qual, change, base, period, ind, time, claim, measure,
            ctx, status, place) in enumerate(R):
        r = regions[reg]
        where = f"row {k} ({r['doc_id']}:{r['line']} {mention})"
        found, span = row_errors(where, r["_text"], mention, value, vmax, kind, qual, change, time, claim, ctx, status)
        errors += found
        if span is not None:
            r["_spans"].append(span)
        rows.append(dict(zip(FIELDS, (
            r["doc_id"], 1, r["_section"], mention, value, vmax, unit, kind, qual, change, base, period, ind,
            place if place is not None else profile[r["doc_id"]]["place"], time, claim, measure, ctx,
            status or "required"))))
    empty = [f"{r['doc_id']}:{r['line']}" for i, r in enumerate(regions) if not any(x[0] == i for x in R)]
    sys.path.insert(0, str(shared / "tools"))
    from score_figures import read_regions  # noqa: E402
    found = read_regions(HERE / f"{stem}.regions.jsonl", texts)
    n_found = sum(len(v) for v in found.values())
    if n_found != len(regions):
        errors.append(f"read_regions found {n_found} of {len(regions)} regions")
    if errors:
        sys.exit("\n".join(errors))
    if numerals:
        for i, r in enumerate(regions):
            print(f"R{i} {r['doc_id']}:{r['line']} not covered: {' | '.join(uncovered(r['_text'], r['_spans'])) or '-'}")
    (HERE / f"{stem}.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows),
                                         encoding="utf-8")
    req = sum(x["status"] == "required" for x in rows)
    print(f"{len(regions)} lines ({len(empty)} without a figure: {', '.join(empty) or '-'}), "
          f"{len(rows)} figures: {req} required, {len(rows) - req} optional; read_regions finds {n_found}")


if __name__ == "__main__":
    main()
