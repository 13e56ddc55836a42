"""Train the CRF layer (ner/crf_layer.py) on the annotated sets, and measure it out of fold.

    python ner/train_layer.py --cv                 # leave-one-set-out: the default and the CRF, per fold and pooled
    python ner/train_layer.py --cv --markdown      # the same as markdown (docs/ner.md, "A trained layer")
    python ner/train_layer.py --out FILE           # train on every set, write the model (deterministic; the shipped
                                                   # model is this command's output at commit 37ae5ca: docs/ner.md)
    python ner/train_layer.py --fresh --markdown   # train on every set, score the fresh sets ONCE (the lead's measure)

Training sets: ner/heldback.jsonl, ner/blind.jsonl, ner/blind2.jsonl … ner/blind13.jsonl, ner/corpus_gold.jsonl
(the corpus/ documents sentence by sentence) and every passage of ner/train1.jsonl and ner/train2.jsonl that has
entities (train1 … train6). blind14 … blind17 are fresh sets: never trained on, never read for errors; `--fresh` only
scores them (P/R/F1), once, to decide whether the layer generalizes.
"""
from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from pipeline.entities import LABELS, LacRecognizer, refine, score  # noqa: E402
import crf_layer as trained  # noqa: E402

SETS = ["heldback", "blind", *(f"blind{n}" for n in range(2, 14)), "corpus", *(f"train{n}" for n in range(1, 7))]
FRESH = {"blind14", "blind15", "blind16", "blind17"}  # never read
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}
MODES = ("crf", "add", "agree", "prefer")
SOFT = (0.05, 0.1, 0.2, 0.3)  # thresholds of the CRF's support under which a rule entity is dropped


def load(name: str, fresh: bool = False) -> dict:
    """passage id → (text, spans, gold) of one set (evaluate.py's readers); train sets keep annotated lines.
    A fresh set only with `fresh` (scored, never trained on)."""
    assert fresh or name not in FRESH
    import evaluate

    if name == "corpus":
        return evaluate.corpus_set()
    if name == "peoples_daily":
        return peoples_daily()
    data = evaluate.heldback_set(HERE / f"{name}.jsonl")
    if name.startswith("train"):
        data = {k: v for k, v in data.items() if v[2]}
    return data


PEOPLES_DAILY = ROOT.parent / "shared" / "data" / "ner-peoples-daily" / "dev.bio"


def peoples_daily(path: Path = PEOPLES_DAILY) -> dict:
    """People's Daily 1998 sentences (research data, never in the package) as a set: PER → PERSON, ORG → ORG,
    LOC → GPE or LOC by pipeline/placelabel.py (its LOC covers GPE)."""
    from pipeline.placelabel import place_label

    out, chars, tags = {}, [], []

    def flush():
        if chars:
            text = "".join(chars)
            gold = [(s, e, "PERSON" if lab == "PER" else "ORG" if lab == "ORG" else place_label(text[s:e]))
                    for s, e, lab in _spans(tags)]
            out[f"pd#{len(out)}"] = (text, [(0, len(text))], gold)
        chars.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            continue
        c, t = line.split()
        chars.append(c)
        tags.append(t)
    flush()
    return out


def _spans(tags):
    out, s, lab = [], None, ""
    for k, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or t[2:] != lab:
            if s is not None:
                out.append((s, k, lab))
            s, lab = (None, "") if t == "O" else (k, t[2:])
    return out


def prepare(names=SETS, cache: Path | None = None, identities: bool = False, fresh: bool = False) -> dict[str, list]:
    """set → [(key, text, start, end, features, gold tags, the default's entities)] for every sentence span."""
    from pipeline.segment import Segmenter

    # the sets, and everything the rules and the features read: their code and the tables
    rules = sorted([*(ROOT / "pipeline" / "entities").glob("*.py"), *(ROOT / "pipeline" / "data").glob("*.t[sx][vt]"),
                    Path(trained.__file__)])
    digest = hashlib.sha1(f"{' '.join(names)} {identities}".encode() + b"".join((HERE / f"{n}.jsonl").read_bytes() for n in names if n in SETS and n != "corpus")
                          + b"".join(p.read_bytes() for p in rules)).hexdigest()[:12]
    path = (cache or Path(tempfile.gettempdir())) / f"zhfigures-crf-{digest}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    rec, seg = LacRecognizer(), Segmenter("jieba")
    rec.find("预热：北京。", [(0, 6)])
    out = {name: rows_of(load(name, fresh), rec, seg, identities, f"{name}:") for name in names}
    path.write_bytes(pickle.dumps(out))
    return out


def rows_of(data: dict, rec: LacRecognizer, seg, identities: bool = False, prefix: str = "") -> list:
    """The rows of one set (passage id → (text, spans, gold), as `load` gives it): (key, text, start, end,
    features, gold tags, the rule layer's entities, the gold entities) for every sentence span."""
    rows = []
    for key, (text, spans, gold) in data.items():
        for s, e in spans:
            if e <= s or text[s:e].isspace():
                continue
            tokens = rec.tokens(text, s, e)
            default = refine(text, tokens, rec._tags, rec._dictionary_tag)
            words = seg.tag(text[s:e], s)
            rows.append((f"{prefix}{key}", text, s, e, trained.features(text, s, e, tokens, default, words, identities),
                         trained.gold_tags(s, e, gold), default, [g for g in gold if s <= g[0] < g[1] <= e]))
    return rows


def extra_features(row, names: list[str]) -> list[list[str]]:
    """row's features and, for each recognizer of names, the BIO tag of its entities at the character and its
    neighbours, and that tag beside the rule layer's (the spans from ner/survey_recognizers.py tag NAME)."""
    import survey_recognizers

    key, text, start, end, feats = row[:5]
    name, _, passage = key.partition(":")
    out = [list(f) for f in feats]
    for n, recognizer in enumerate(names):
        if recognizer not in _EXTRA:
            _EXTRA[recognizer] = survey_recognizers.entities(recognizer)
        tags = ["O"] * (end - start)
        for s, e, label in _EXTRA[recognizer].get((name, passage), ()):
            if start <= s < e <= end:
                trained._bio(tags, s, e, start, label)
        rule = ["O"] * (end - start)
        for x in row[6]:
            trained._bio(rule, x.start, x.end, start, x.label)
        for k in range(end - start):
            out[k] += [f"x{n}={tags[k]}", f"x{n}-1={tags[k - 1] if k else '^'}",
                       f"x{n}+1={tags[k + 1] if k + 1 < end - start else '$'}", f"x{n}|r={tags[k]}|{rule[k]}"]
    return out


_EXTRA: dict = {}


def train(rows: list, model: Path, params=PARAMS) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for row in rows:
        trainer.append(row[4], row[5])
    trainer.set_params(params)
    trainer.train(str(model))


def tag(rows: list, model: Path) -> tuple[list[list], list[list[float]]]:
    """The CRF's entities of every row, and its support of each of the default's entities (crf_layer.support)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    found, supports = [], []
    for row in rows:
        found.append(trained.decode(row[1], row[2], tagger.tag(row[4])))
        supports.append(trained.support(tagger, row[2], row[6]))
    return found, supports


def scores(rows: list, found: list[list]) -> dict:
    gold, pred = [], []
    for row, ents in zip(rows, found):
        gold += [(row[0], s, e, label) for s, e, label in row[7]]
        pred += [(row[0], x.start, x.end, x.label) for x in ents]
    return score(gold, pred, LABELS)


def systems(rows: list, model: Path, modes=MODES) -> dict[str, list]:
    """Every way of combining, on rows tagged by model: system → the entities of each row."""
    crf, supports = tag(rows, model)
    out = {"default": [r[6] for r in rows]}
    out.update((m, [trained.merge(r[6], c, m) for r, c in zip(rows, crf)]) for m in modes)
    out.update((f"soft{t}", [trained.soft(r[6], c, p, t) for r, c, p in zip(rows, crf, supports)]) for t in SOFT)
    return out


def scored(runs: dict[str, tuple[list, dict[str, list]]]) -> dict:
    """set → system → scores for every (rows, systems) run, and 'pooled' over all of them."""
    out, pooled = {}, {}
    for name, (rows, found_by) in runs.items():
        out[name] = {n: scores(rows, found) for n, found in found_by.items()}
        for n, found in found_by.items():
            pooled.setdefault(n, ([], []))
            pooled[n][0].extend(rows)
            pooled[n][1].extend(found)
    out["pooled"] = {n: scores(*rf) for n, rf in pooled.items()}
    return out


def cross_validate(data: dict, params=PARAMS, modes=MODES, extra=()) -> dict:
    """fold → system → scores; 'pooled' over every fold's passages; extra rows are always trained on."""
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for fold, rows in data.items():
            if not rows:
                continue
            model = Path(tmp) / f"{fold}.crfsuite"
            train([*extra, *(r for f, rs in data.items() if f != fold for r in rs)], model, params)
            runs[fold] = (rows, systems(rows, model, modes))
            print(fold, "  ".join(f"{k} {scores(rows, v)['ALL'].f1 * 100:.1f}" for k, v in runs[fold][1].items()),
                  file=sys.stderr)
    return scored(runs)


def score_fresh(data: dict, fresh: dict, params=PARAMS, modes=MODES) -> dict:
    """Trained on every training set, each fresh set tagged and scored (and pooled): the measure on text that no
    rule and no training ever read."""
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "all.crfsuite"
        train([r for rs in data.values() for r in rs], model, params)
        return scored({name: (rows, systems(rows, model, modes)) for name, rows in fresh.items()})


def markdown(res: dict) -> None:
    """Per fold: F1 (ALL) of every system; pooled: P/R/F1 per label of every system."""
    names = list(res["pooled"])
    print("| held-out set | gold | " + " | ".join(names) + " |\n|" + "---|" * (len(names) + 2))
    for fold, systems in res.items():
        gold = systems["default"]["ALL"].gold
        cells = [f"{systems[n]['ALL'].f1 * 100:.1f}" for n in names]
        print(f"| {fold} | {gold} | " + " | ".join(cells) + " |")
    print("\n| system | " + " | ".join((*LABELS, "ALL")) + " |\n|" + "---|" * (len(LABELS) + 2))
    for n in names:
        sc = res["pooled"][n]
        print(f"| {n} | " + " | ".join(f"{sc[x].precision * 100:.1f} / {sc[x].recall * 100:.1f} / {sc[x].f1 * 100:.1f}"
                                       for x in (*LABELS, "ALL")) + " |")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--fresh", action="store_true", help="train on every set and score blind 14-16 (once)")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--drop", default="", help="leave out the features opening with these prefixes (comma-separated)")
    ap.add_argument("--words", action="store_true", help="also the words themselves as features (crf_layer.features)")
    ap.add_argument("--peoples-daily", action="store_true", help="also train on People's Daily 1998 (dev.bio)")
    ap.add_argument("--extra-spans", default="", help="also the entities of other recognizers as features: names of "
                    "ner/survey_recognizers.py's tagged files (comma-separated; research only, docs/ner.md survey)")
    args = ap.parse_args(argv)
    params = {**PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    data = prepare(identities=args.words)
    if args.drop:
        prefixes = tuple(args.drop.split(","))
        data = {name: [(*r[:4], [[f for f in fs if not f.startswith(prefixes)] for fs in r[4]], *r[5:]) for r in rows]
                for name, rows in data.items()}
    if args.extra_spans:
        data = {name: [(*r[:4], extra_features(r, args.extra_spans.split(",")), *r[5:]) for r in rows]
                for name, rows in data.items()}
    if args.fresh:
        res = score_fresh(data, prepare(sorted(FRESH), identities=args.words, fresh=True), params)
        if args.markdown:
            markdown(res)
            return 0
    if args.cv:
        extra = prepare(["peoples_daily"], identities=args.words)["peoples_daily"] if args.peoples_daily else []
        res = cross_validate(data, params, extra=extra)
        if args.markdown:
            markdown(res)
            return 0
        for fold, systems in res.items():
            print(f"\n{fold}")
            for name, sc in systems.items():
                cells = "  ".join(f"{label} {sc[label].precision * 100:.1f}/{sc[label].recall * 100:.1f}/"
                                  f"{sc[label].f1 * 100:.1f}" for label in (*LABELS, "ALL"))
                print(f"  {name:8} {cells}")
    if args.out:
        train([r for rs in data.values() for r in rs], args.out, params)
        print(f"{args.out}: {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
