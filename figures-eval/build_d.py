#!/usr/bin/env python3
"""Write blind-2024d.jsonl from the hand annotations in annotations_d.py and check it.

A row may carry an 18th element, its place, when the sentence names another than the report's.

The texts are the files of blind-2024d/ (one per report: its title block and three paragraphs, see
README.md); every line of them is annotated, so the set is scored without --regions.  Checks: every
mention occurs in its context, every context in its file and within one sentence (split on 。！？
and line ends), values are plain decimals, value_max empty or >= value, fields well formed.
With --numerals it lists, per file, the numerals no mention covers (the second pass).

usage: build_d.py [--numerals]
"""
from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

from build import FIELDS, KINDS, NUMERAL, PLAIN, TIME, uncovered

HERE = Path(__file__).parent
TEXTS = HERE / "blind-2024d"
SENTENCE_END = re.compile(r"[。！？\n]")


def main() -> None:
    numerals = "--numerals" in sys.argv[1:]
    from annotations_d import PLACES, R
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("*.txt"))}
    errors, rows = [], []
    spans: dict[str, list[tuple[int, int]]] = {d: [] for d in texts}
    if set(texts) != set(PLACES):
        errors.append(f"files {sorted(texts)} != annotated reports {sorted(PLACES)}")
    for k, row in enumerate(R):
        (doc, sec, mention, value, vmax, unit, kind, qual, change, base, period, ind, time, claim,
         measure, ctx, status) = row[:17]
        place = row[17] if len(row) > 17 else PLACES.get(doc, "")
        where = f"row {k} ({doc} {mention})"
        text = texts.get(doc, "")
        if mention not in ctx:
            errors.append(f"{where}: mention not in context")
        if ctx not in text:
            errors.append(f"{where}: context not in text")
        else:
            at = text.index(ctx) + ctx.find(mention)
            spans[doc].append((at, at + len(mention)))
        if SENTENCE_END.search(ctx):
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
        rows.append(dict(zip(FIELDS, (doc, 1, sec, mention, value, vmax, unit, kind, qual, change, base, period,
                                      ind, place, time, claim, measure, ctx, status or "required"))))
    if errors:
        sys.exit("\n".join(errors))
    if numerals:
        for doc, text in texts.items():
            print(f"{doc} not covered: {' | '.join(uncovered(text, spans[doc])) or '-'}")
    (HERE / "blind-2024d.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows),
                                             encoding="utf-8")
    req = sum(x["status"] == "required" for x in rows)
    print(f"{len(texts)} reports, {len(rows)} figures: {req} required, {len(rows) - req} optional")


if __name__ == "__main__":
    main()
