#!/usr/bin/env python3
"""List field disagreements between a gold JSONL and predicted figures (matched as the reference scorer does).

usage: python scripts/field_diff.py GOLD.jsonl PRED.csv [--regions R --texts DIR]
"""
import sys
from pathlib import Path

from pipeline.evaluate import match_rows, read_rows, read_regions, FIELDS, char_f1, blank

args = sys.argv[1:]
regions = None
if "--regions" in args:
    i = args.index("--regions")
    regions = read_regions(Path(args[i + 1]), Path(args[args.index("--texts") + 1]))
gold, pred = read_rows(Path(args[0])), read_rows(Path(args[1]))
for g, p in match_rows(gold, pred, regions):
    if p is None or g["status"] == "optional":
        continue
    bad = [f"{f}: {blank(p.get(f))!r} ≠ {blank(g.get(f))!r}" for f in FIELDS if blank(p.get(f)) != blank(g.get(f))]
    if char_f1(blank(p.get("indicator")), g["indicator"]) < 0.5:
        bad.append(f"indicator: {blank(p.get('indicator'))!r} ≠ {g['indicator']!r}")
    if bad:
        print(f"{g['mention']} | {g['context']}\n    " + "\n    ".join(bad))
