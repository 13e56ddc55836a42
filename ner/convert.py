"""People's Daily BIO → spaCy DocBin files, with a fixed, reproducible split.

    python ner/convert.py [--data DIR] [--out DIR] [--augment N]

Split (seed 20240521, fixed):
- train.spacy: all of test.bio and 70 % of dev.bio, less the validation part;
- valid.spacy: 10 % of that training pool, used by `spacy train` only to pick
  model-best (so the held-back set plays no part in training or selection);
- heldout.spacy: the other 30 % of dev.bio, used only by ner/evaluate.py.

Augmentation (training part only, seeded): every training sentence with a
person, a place with a government, or an organisation named after one gets
AUGMENT extra copies in which those names are swapped for others: Chinese
person names made of the data's own surnames and given-name characters,
places and place prefixes of organisations (广东省委 → 宁波市委) drawn from
the project's gazetteer (pipeline/data/places.tsv) and the country list of
pipeline/placelabel.py. The 1998 news names (邓小平, 北京) would otherwise be learnt by
heart, and names of today's documents (习近平, 宁波) missed.

Labels: PER → PERSON, ORG → ORG, LOC → GPE or LOC by pipeline/placelabel.py. Characters
are folded as pipeline.normalize folds the canonical text (％ → %, …), one to
one, so what the model sees in training is what it sees in use. Each character
is one token (the blank "zh" pipeline with segmenter = "char").
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin, Span  # noqa: E402

from pipeline.normalize import SAFE_FOLD  # noqa: E402
from pipeline.placelabel import COUNTRIES, admin_names, place_label  # noqa: E402

DATA = Path("/work/shared/data/ner-peoples-daily")
SEED = 20240521
DEV_TRAIN_SHARE = 0.7
VALID_SHARE = 0.1
AUGMENT = 2
LABELS = {"PER": "PERSON", "ORG": "ORG"}  # LOC: place_label()


def read_bio(path: Path) -> list[list[tuple[str, str]]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        if len(parts) != 2:
            raise ValueError(f"{path}: bad line {line!r}")
        cur.append((parts[0], parts[1]))
    if cur:
        sents.append(cur)
    return sents


def fold(chars: list[str]) -> list[str]:
    out = [SAFE_FOLD.get(c, c) for c in chars]
    for i, c in enumerate(out):
        if c == "．" and 0 < i < len(out) - 1 and out[i - 1].isdigit() and out[i + 1].isdigit():
            out[i] = "."
    return out


def entities(sent: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, label) character spans of a BIO sentence, labels mapped."""
    spans, i = [], 0
    while i < len(sent):
        tag = sent[i][1]
        if tag == "O":
            i += 1
            continue
        kind = tag[2:]
        j = i + 1
        while j < len(sent) and sent[j][1] == "I-" + kind:
            j += 1
        text = "".join(c for c, _ in sent[i:j])
        spans.append((i, j, LABELS.get(kind) or place_label(text)))
        i = j
    return spans


def to_doc(nlp, sent) -> Doc:
    return make_doc(nlp, fold([c for c, _ in sent]), entities(sent))


def make_doc(nlp, chars: list[str], ents) -> Doc:
    doc = Doc(nlp.vocab, words=chars, spaces=[False] * len(chars))
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


class Swapper:
    """Replaces names in a sentence by others of the same kind (see the module's docstring)."""

    FULL = re.compile(r"(?:省|市|县|区|自治区|自治州|自治县|盟|旗)$")

    def __init__(self, train, rng: random.Random):
        self.rng = rng
        surnames, given = [], []
        for sent in train:
            for s, e, lab in entities(sent):
                name = "".join(c for c, _ in sent[s:e])
                if lab == "PERSON" and 2 <= len(name) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in name):
                    surnames.append(name[0])
                    given.extend(name[1:])
        self.surnames, self.given = surnames, given
        names = sorted(admin_names())
        self.full = [n for n in names if self.FULL.search(n) and len(n) >= 2]
        self.short = [n for n in names if not self.FULL.search(n) and len(n) >= 2]
        self.countries = sorted({c for c in COUNTRIES.split() if len(c) >= 2})
        self.prefixes = sorted(set(names) | set(self.countries), key=len, reverse=True)

    def person(self, name: str) -> str:
        if len(name) == 1 and "\u4e00" <= name <= "\u9fff":
            return self.rng.choice(self.surnames)
        if 2 <= len(name) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in name):
            return self.rng.choice(self.surnames) + "".join(self.rng.choice(self.given) for _ in name[1:])
        return name  # foreign names, initials: kept

    def place(self, name: str) -> str:
        if name in self.countries:
            return self.rng.choice(self.countries)
        if name in admin_names():
            return self.rng.choice(self.full if self.FULL.search(name) else self.short)
        return name

    def org(self, name: str) -> str:
        for prefix in self.prefixes:
            if name.startswith(prefix) and len(name) > len(prefix):
                return self.place(prefix) + name[len(prefix):]
        return name

    def __call__(self, sent):
        """(chars, spans) of a copy with names swapped, or None when nothing could be."""
        chars = fold([c for c, _ in sent])
        out, spans, pos, changed = [], [], 0, False
        for s, e, lab in entities(sent):
            out.extend(chars[pos:s])
            name = "".join(chars[s:e])
            new = {"PERSON": self.person, "GPE": self.place, "ORG": self.org}.get(lab, lambda x: x)(name)
            changed |= new != name
            spans.append((len(out), len(out) + len(new), lab))
            out.extend(new)
            pos = e
        out.extend(chars[pos:])
        return (out, spans) if changed else None


def split(data: Path = DATA):
    """(train, valid, heldout) lists of BIO sentences; the same every time."""
    dev = read_bio(data / "dev.bio")
    test = read_bio(data / "test.bio")
    rng = random.Random(SEED)
    order = list(range(len(dev)))
    rng.shuffle(order)
    cut = round(len(dev) * DEV_TRAIN_SHARE)
    heldout = [dev[i] for i in sorted(order[cut:])]
    pool = test + [dev[i] for i in sorted(order[:cut])]
    order = list(range(len(pool)))
    rng.shuffle(order)
    nvalid = round(len(pool) * VALID_SHARE)
    valid = [pool[i] for i in sorted(order[:nvalid])]
    train = [pool[i] for i in sorted(order[nvalid:])]
    return train, valid, heldout


def heldout_examples(data: Path = DATA) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(sentence text, gold (start, end, label) spans) of the held-back set."""
    return [("".join(fold([c for c, _ in s])), entities(s)) for s in split(data)[2]]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "zhfigures-ner-corpus",
                    help="where the .spacy files go (never inside the package)")
    ap.add_argument("--augment", type=int, default=AUGMENT, help="swapped-name copies of each training sentence")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    parts = split(args.data)
    swap = Swapper(parts[0], random.Random(SEED))
    for name, sents in zip(("train", "valid", "heldout"), parts):
        db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
        docs = [to_doc(nlp, s) for s in sents]
        if name == "train":
            for _ in range(args.augment):
                docs += [make_doc(nlp, *copy) for copy in map(swap, sents) if copy is not None]
        counts: dict[str, int] = {}
        for doc in docs:
            for ent in doc.ents:
                counts[ent.label_] = counts.get(ent.label_, 0) + 1
            db.add(doc)
        db.to_disk(args.out / f"{name}.spacy")
        print(f"{name}: {len(docs)} sentences, " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
