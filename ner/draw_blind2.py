"""Draw the second blind set (ner/blind2.jsonl): sentences of news articles and reports that the project's
tests hold as cases (tests/*.py string literals, test_entities.py left out, and the texts of
tests/data/figure_cases.jsonl), none that appears in corpus/,
in ../shared/corpus-dev, or in the other sets' passages, drawn at random (seed 1617).

    python ner/draw_blind2.py > /tmp/blind2-draw.jsonl      # then annotate by hand (docs/ner.md guidelines)
"""
from __future__ import annotations

import ast
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CJK = re.compile(r"[\u4e00-\u9fff]")


def literals(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def main(n: int = 70) -> int:
    seen_text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "corpus").glob("*.txt"))
    dev = ROOT.parent / "shared" / "corpus-dev"
    if dev.is_dir():
        seen_text += "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in dev.rglob("*") if p.is_file())
    for name in ("heldback.jsonl", "blind.jsonl"):
        seen_text += "\n".join(json.loads(line)["text"] for line in (ROOT / "ner" / name).open(encoding="utf-8"))
    found = {}
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        if path.name == "test_entities.py":
            continue
        for literal in literals(path):
            for s in literal.splitlines():
                s = s.strip()
                if len(CJK.findall(s)) >= 20 and len(s) <= 400 and s not in seen_text:
                    found.setdefault(s, path.name)
    for line in (ROOT / "tests" / "data" / "figure_cases.jsonl").open(encoding="utf-8"):
        s = json.loads(line)["text"].strip()
        if len(CJK.findall(s)) >= 20 and len(s) <= 400 and s not in seen_text:
            found.setdefault(s, "figure_cases.jsonl")
    pool = sorted(found)
    random.Random(1617).shuffle(pool)
    for s in pool[:n]:
        print(json.dumps({"source": found[s], "start": 0, "text": s, "entities": []}, ensure_ascii=False))
    print(f"{len(pool)} candidate sentences, {min(n, len(pool))} drawn", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*(int(a) for a in sys.argv[1:])))
