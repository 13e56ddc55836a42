"""Retrain the project's named-entity model and evaluate it: one command.

    python ner/train.py            # convert → spacy train → pipeline/models/ner → evaluate
    python ner/train.py --no-eval  # train and ship only

Steps, all with fixed seeds (ner/convert.py SEED for the split, [system] seed
in ner/config.cfg for training):

1. ner/convert.py turns /work/shared/data/ner-peoples-daily/{test,dev}.bio into
   train/valid/heldout DocBins in a scratch folder (never inside the package);
2. `python -m spacy train ner/config.cfg` on train, picking model-best on valid;
3. model-best is copied to pipeline/models/ner/ (only what spacy.load reads:
   config.cfg, meta.json, tokenizer, vocab/, tok2vec/, ner/), its meta.json
   given the project's name, and its size printed;
4. ner/evaluate.py scores it on the held-back set and the corpus gold set.

CPU only, about 12 minutes on 2 cores. Training is single-threaded in spaCy,
so the same seed gives the same model on the same machine; on another CPU the
last digits of the scores may differ (floating-point order).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MODEL_DIR = ROOT / "pipeline" / "models" / "ner"
SHIPPED = ("config.cfg", "meta.json", "tokenizer", "vocab", "tok2vec", "ner")

sys.path.insert(0, str(HERE))


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def ship(best: Path, dest: Path = MODEL_DIR) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for name in SHIPPED:
        src = best / name
        if src.is_dir():
            shutil.copytree(src, dest / name)
        else:
            shutil.copy2(src, dest / name)
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="zhfigures_ner",
        version="0.1.0",
        description="Character-level Chinese NER (PERSON, ORG, GPE, LOC) for zhfigures; "
                    "trained by ner/train.py on People's Daily 1998 NER data (see docs/ner.md).",
        author="zhfigures",
        license="MIT",
    )
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None, help="folder with dev.bio and test.bio")
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one)")
    ap.add_argument("--no-eval", action="store_true")
    args = ap.parse_args(argv)

    import convert

    data = args.data or convert.DATA
    tmp = None
    if args.work is None:
        tmp = tempfile.TemporaryDirectory(prefix="zhfigures-ner-")
        work = Path(tmp.name)
    else:
        work = args.work
        work.mkdir(parents=True, exist_ok=True)
    try:
        corpus = work / "corpus"
        convert.main(["--data", str(data), "--out", str(corpus)])
        out = work / "training"
        t0 = time.monotonic()
        subprocess.run(
            [sys.executable, "-m", "spacy", "train", str(HERE / "config.cfg"),
             "--output", str(out),
             "--paths.train", str(corpus / "train.spacy"),
             "--paths.dev", str(corpus / "valid.spacy")],
            check=True,
        )
        minutes = (time.monotonic() - t0) / 60
        ship(out / "model-best")
    finally:
        if tmp is not None:
            tmp.cleanup()
    print(f"training took {minutes:.1f} min; model in {MODEL_DIR.relative_to(ROOT)} "
          f"({dir_size(MODEL_DIR) / 2**20:.1f} MiB)")
    if not args.no_eval:
        import evaluate

        evaluate.main([])


if __name__ == "__main__":
    main()
