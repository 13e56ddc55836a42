#!/usr/bin/env python3
"""Write a blind set kept as files (blind-2025c, blind-2024d) from its hand annotations and check it.

The texts are the files of the set's folder (one per report: its title block and the paragraphs drawn, under the
headings they stand under; see README.md); every line of them is annotated, so the set is scored without
--regions. A row is (doc, section, mention, value, value_max, unit, kind, qualifier, change, baseline, period,
indicator, time, claim, measure, context, status) and may carry an 18th element, its place, when the sentence
names another than the report's (PLACES). The checks are build.py's (`row_errors`), a context's sentence ending
at a line end too. With --numerals it lists, per file, the numerals no mention covers (the second pass).

usage: build_sets.py SET [--numerals]      SET: blind-2025c (annotations_c.py) | blind-2024d (annotations_d.py)
"""
from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

from build import FIELDS, row_errors, uncovered

HERE = Path(__file__).parent
SETS = {"blind-2025c": "annotations_c", "blind-2024d": "annotations_d"}
SENTENCE_END = re.compile(r"[。！？\n]")


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--numerals"]
    if len(args) != 1 or args[0] not in SETS:
        sys.exit(__doc__.strip().splitlines()[-1])
    stem, numerals = args[0], "--numerals" in sys.argv[1:]
    annotations = importlib.import_module(SETS[stem])
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((HERE / stem).glob("*.txt"))}
    errors, rows = [], []
    spans: dict[str, list[tuple[int, int]]] = {d: [] for d in texts}
    if set(texts) != set(annotations.PLACES):
        errors.append(f"files {sorted(texts)} != annotated reports {sorted(annotations.PLACES)}")
    for k, row in enumerate(annotations.R):
        (doc, sec, mention, value, vmax, unit, kind, qual, change, base, period, ind, time, claim,
         measure, ctx, status) = row[:17]
        place = row[17] if len(row) > 17 else annotations.PLACES.get(doc, "")
        found, span = row_errors(f"row {k} ({doc} {mention})", texts.get(doc, ""), mention, value, vmax, kind, qual,
                                 change, time, claim, ctx, status, SENTENCE_END)
        errors += found
        if span is not None:
            spans[doc].append(span)
        rows.append(dict(zip(FIELDS, (doc, 1, sec, mention, value, vmax, unit, kind, qual, change, base, period,
                                      ind, place, time, claim, measure, ctx, status or "required"))))
    if errors:
        sys.exit("\n".join(errors))
    if numerals:
        for doc, text in texts.items():
            print(f"{doc} not covered: {' | '.join(uncovered(text, spans[doc])) or '-'}")
    (HERE / f"{stem}.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows),
                                        encoding="utf-8")
    req = sum(x["status"] == "required" for x in rows)
    print(f"{len(texts)} reports, {len(rows)} figures: {req} required, {len(rows) - req} optional")


if __name__ == "__main__":
    main()
