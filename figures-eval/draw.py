#!/usr/bin/env python3
"""Draw the paragraphs of the dev-2026 figure gold set (see README.md).

From each report in corpus-dev, pick at random (seed 1313) three raw lines that
lie in the report's body, hold a figure-like number and are 60-400 characters
long, avoiding the lines that hold the headline figures of
gold/reports-dev/headline.json.  Writes dev-2026.regions.jsonl: one row per line,
``line`` the 0-based index into the file's splitlines() (as score_figures.py's
read_regions reads it), with the line's sha1 and length.

With --second it draws the second set, dev-2026b (seed 1314): the same rules, and
none of the first set's lines (read from dev-2026.regions.jsonl).  Without it the
first draw is reproduced exactly.

usage: draw.py [--second] [SHARED_DIR] [OUT]
       (defaults: /work/shared, dev-2026.regions.jsonl or dev-2026b.regions.jsonl beside this file)
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

SEED = 1313
SECOND_SEED = 1314
HERE = Path(__file__).parent
FIRST = HERE / "dev-2026.regions.jsonl"
PER_DOC = 3
MIN_CHARS, MAX_CHARS = 60, 400
# the body starts at the salutation and ends before the page's trailing furniture
BODY_START = re.compile(r"^\s*各位代表[：:]")
BODY_END = re.compile(r"^\s*(相关报道|扫一扫|责任编辑|【)")
FURNITURE = re.compile(r"责任编辑|本报记者|记者|摄$|来源[：:]|阅读量|打印本页|关闭窗口")
# dates, years and plan names are not figures: strip them before looking for a number
# nor are names: digits joined to Latin letters (G60, 5G, PM2.5) and anything in quotes ("1351", "51020")
NOT_FIGURES = re.compile(r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*日|十[三四五六]五"
                         r"|[A-Za-z]+[\d.]+[A-Za-z]*|\d+[A-Za-z]+|“[^”]*”|《[^》]*》")
# the second draw also strips list-item numbers (1. 2、), version numbers (2.0版) and list names (世界500强):
# its first run drew four lines whose only numbers were these (see README.md).  The first draw keeps
# the filter it was drawn with, so that it stays reproducible.
NOT_FIGURES_SECOND = re.compile(r"^\s*\d+[.．、](?!\d)|\d+(?:\.\d+)+\s*版|\d+强")
FIGURE = re.compile(r"[0-9０-９]|[一二两三四五六七八九十]+(?:成|倍|番|个百分点)")


def headline_lines(headline: dict) -> set[int]:
    """Lines the headline gold cites, in its fields and in its notes ('also line 51')."""
    lines = set()
    for field in headline.values():
        if isinstance(field, dict):
            if "line" in field:
                lines.add(int(field["line"]))
            lines.update(int(n) for n in re.findall(r"line (\d+)", field.get("note", "")))
    return lines


def candidates(lines: list[str], avoid: set[int], second: bool = False) -> list[int]:
    start = next((i for i, x in enumerate(lines) if BODY_START.match(x)), 0) + 1
    out = []
    for i in range(start, len(lines)):
        text = lines[i]
        if BODY_END.match(text):
            break
        if i in avoid or FURNITURE.search(text):
            continue
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        if second:
            text = NOT_FIGURES_SECOND.sub("", text)
        if FIGURE.search(NOT_FIGURES.sub("", text)):
            out.append(i)
    return out


def first_lines() -> dict[str, set[int]]:
    """The first set's lines per report (the second set avoids them)."""
    taken: dict[str, set[int]] = {}
    for row in FIRST.read_text(encoding="utf-8").splitlines():
        r = json.loads(row)
        taken.setdefault(r["doc_id"], set()).add(int(r["line"]))
    return taken


def main() -> None:
    args = sys.argv[1:]
    second = "--second" in args
    args = [a for a in args if a != "--second"]
    shared = Path(args[0]) if args else Path("/work/shared")
    out = Path(args[1]) if len(args) > 1 else HERE / ("dev-2026b.regions.jsonl" if second else "dev-2026.regions.jsonl")
    headline = json.loads((shared / "gold/reports-dev/headline.json").read_text(encoding="utf-8"))
    taken = first_lines() if second else {}
    rng = random.Random(SECOND_SEED if second else SEED)
    rows = []
    for path in sorted((shared / "corpus-dev").glob("*.txt")):
        doc = path.stem
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        pool = candidates(lines, headline_lines(headline.get(doc, {})) | taken.get(doc, set()), second)
        for i in sorted(rng.sample(pool, PER_DOC)):
            rows.append({"doc_id": doc, "line": i,
                         "sha1": hashlib.sha1(lines[i].encode()).hexdigest(), "n_chars": len(lines[i])})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} lines -> {out}")


if __name__ == "__main__":
    main()
