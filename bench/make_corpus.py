"""Build a synthetic benchmark corpus from the sample texts in corpus/.

The paragraphs of corpus/*.txt (their text as the project's loader reads it,
split into lines, and into runs of text between two or more ideographic spaces
inside a line, as the normalizer does) are shuffled again and again with a
fixed seed and written, one paragraph a line, into documents of 50–100 KB
(UTF-8) until the corpus reaches `scale` × 2 MB.

Deterministic: the same scale and seed give byte-identical files, and a
smaller scale is a prefix of a larger one (the 1× corpus is the first files
of the 10× corpus, give or take the last document).

    python bench/make_corpus.py --scale 1 --out /tmp/zhbench-1x
    python bench/make_corpus.py --scale 10 --out /tmp/zhbench-10x

Run it with the project's Python (.venv/bin/python): the text of each corpus
file is read by the project's own loader.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "corpus"
BASE_BYTES = 2_000_000  # 1× ≈ 2 MB of UTF-8 text
DOC_MIN, DOC_MAX = 50_000, 100_000  # bytes per document
SEED = 20240611

_LINE = re.compile(r"[^\r\n\u2028\u2029\x85]+")
_BREAK = re.compile(r"[ \t\u00a0]*\u3000[ \t\u00a0]*\u3000[\u3000 \t\u00a0]*")
_STRIP = " \t\u00a0\u3000\ufeff\u200b"


@dataclass(frozen=True)
class Corpus:
    folder: Path
    files: tuple[Path, ...]
    chars: int  # characters of the decoded files (what every chars/s figure divides)
    bytes: int  # UTF-8 bytes
    paragraphs: int


def source_paragraphs(source: Path = SOURCE) -> list[str]:
    """Non-blank paragraphs of the text of every corpus/*.txt, in file order.

    The text is what the project's loader reads (pipeline.loaders.read_source): front matter and HTML
    markup are removed (corpus/004_… is markdown with YAML front matter around HTML), so no synthetic
    document opens with `---` or holds tags.
    """
    from pipeline.loaders import read_source

    out = []
    for path in sorted(source.glob("*.txt")):
        for raw in read_source(str(path), path.stem):
            for line in _LINE.findall(raw.text):
                for para in _BREAK.split(line):
                    para = para.strip(_STRIP)
                    if para:
                        out.append(para)
    if not out:
        raise SystemExit(f"no paragraphs in {source}/*.txt")
    return out


def build(folder: Path | str, scale: float = 1.0, seed: int = SEED, source: Path = SOURCE) -> Corpus:
    """Write the corpus for `scale` into `folder` (created; existing bench_*.txt files are replaced)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("bench_*.txt"):
        old.unlink()
    pool = source_paragraphs(source)
    order_rng = random.Random(seed)  # paragraph order
    size_rng = random.Random(seed + 1)  # document sizes (a separate stream: smaller scales stay prefixes)
    target = int(BASE_BYTES * scale)

    def paragraphs():
        while True:
            batch = pool[:]
            order_rng.shuffle(batch)
            yield from batch

    stream = paragraphs()
    files, total_bytes, total_chars, n_paras = [], 0, 0, 0
    while total_bytes < target:
        doc_target = min(size_rng.randint(DOC_MIN, DOC_MAX), max(target - total_bytes, 1))
        lines, size = [], 0
        while size < doc_target:
            para = next(stream)
            lines.append(para)
            size += len(para.encode("utf-8")) + 1
        text = "\n".join(lines) + "\n"
        path = folder / f"bench_{len(files):04d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
        total_bytes += len(text.encode("utf-8"))
        total_chars += len(text)
        n_paras += len(lines)
    return Corpus(folder, tuple(files), total_chars, total_bytes, n_paras)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="1 ≈ 2 MB, 10 ≈ 20 MB (default 1)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, required=True, help="folder for the bench_NNNN.txt files")
    args = ap.parse_args(argv)
    c = build(args.out, args.scale, args.seed)
    print(f"{len(c.files)} documents, {c.paragraphs} paragraphs, {c.chars:,} chars, "
          f"{c.bytes / 1e6:.2f} MB → {c.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
