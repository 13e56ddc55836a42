"""Draw the held-back paragraphs of ner/heldback.jsonl (run once; the annotations were then made by hand).

    python ner/draw_heldback.py ../shared/corpus-dev > draft.jsonl                # ner/heldback.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind > draft.jsonl        # ner/blind.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind2 > draft.jsonl       # report passages of ner/blind2.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind3 > draft.jsonl       # ner/blind3.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind4 > draft.jsonl       # ner/blind4.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind5 > draft.jsonl       # ner/blind5.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind6 > draft.jsonl       # ner/blind6.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind7 > draft.jsonl       # ner/blind7.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind8 > draft.jsonl       # ner/blind8.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind9 > draft.jsonl       # ner/blind9.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind10 > draft.jsonl      # ner/blind10.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind11 > draft.jsonl      # ner/blind11.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind12 > draft.jsonl      # ner/blind12.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind13 > draft.jsonl      # ner/blind13.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind14 > draft.jsonl      # ner/blind14.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --blind15 > draft.jsonl      # ner/blind15.jsonl
    python ner/draw_heldback.py ../shared/corpus-dev --train1 > draft.jsonl       # ner/train1.jsonl (training only)
    python ner/draw_heldback.py ../shared/corpus-dev --train3 > draft.jsonl       # ner/train3-6.jsonl (training only)
    python ner/draw_heldback.py ../shared/corpus-dev --blind17 > draft.jsonl      # ner/blind17.jsonl

From each report: its canonical text (pipeline.loaders + pipeline.normalize), cut into
passages of whole sentences of about 200 characters; ten passages drawn at random
(seed 16) from the body (after its first 5 %). --blind: three more of each report
(seed 1616), none of the first set's. --blind2: two more of each report (seed 1617), none of either set's
(with the news and report sentences of ner/draw_blind2.py they make ner/blind2.jsonl).
--blind3: 25 more (seed 1618; three of each of the first five reports, two of the others), none of the
three sets'. --blind4: three more of each report (seed 1619), none of the four sets', drawn among the
passages that write a place, body or feature word (PLACE_HINTS: a plain character test, not the system's
output). --blind5: the same selection (seed 1620), none of the five sets'. --blind6: the same (seed 1621), none of the six sets'.
--blind7: the same (seed 1622), none of the seven sets'. --blind8: the same (seed 1623), none of the
eight sets'; where a report has fewer than three hinted passages left (Jilin, Hebei: one each), all of
them and the rest drawn from its other passages. --blind9: the same (seed 1624), none of the nine sets',
filled the same way. --blind10: the same (seed 1625), none of the ten sets', filled the same way.
--blind11: the same (seed 1626), none of the eleven sets', filled the same way.
--blind12: the same (seed 1627), none of the twelve sets', filled the same way.
--blind13: the same (seed 1628), none of the thirteen sets', filled the same way; where a report has fewer
than three passages left at all, all that are left.
--blind14: the same (seed 1629), none of the fourteen sets', filled the same way (Hebei has none left).
--blind15: six of each report's passages left after the fifteen sets (seed 1630), hinted or not (the hinted ones are
used up), all that are left where fewer (its first 27 lines ner/blind15.jsonl, the rest ner/blind16.jsonl: two
annotators). --blind17: three of each report's passages left after train 6 (seed 1633), a fresh set for the
layer retrained on train 1–6 (ner/blind17.jsonl). --train1: eight of each report's passages left after blind 15 (seed 1631),
annotated as training data for the trained layer, never scored (its first 36 lines ner/train1.jsonl, the rest ner/train2.jsonl).
--train3: sixteen of each report's passages left after train 1 and 2 (seed 1632), training data too, split in four
files of 32 lines (ner/train3.jsonl … ner/train6.jsonl) for four annotators. Each line is a passage with an
empty entity list, annotated by hand (docs/ner.md, "The sets").
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
PLACE_HINTS = "省市县区州盟旗江河湖山岛港园委局厅"  # --blind4 prefers passages that name places, bodies, zones, rivers


ALL_SETS = ("heldback.jsonl", "blind.jsonl", *(f"blind{i}.jsonl" for i in range(2, 15)))  # in the order drawn


def taken_by(sets) -> set[tuple[str, int]]:
    """(source, start) of every passage the sets of this folder hold."""
    taken: set[tuple[str, int]] = set()
    for name in sets:
        with (Path(__file__).parent / name).open(encoding="utf-8") as f:
            taken |= {(r["source"], r["start"]) for r in map(json.loads, f)}
    return taken


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


def main(folder: str, blind: bool = False, blind2: bool = False, blind3: bool = False,
         blind4: bool = False, blind5: bool = False, blind6: bool = False, blind7: bool = False,
         blind8: bool = False, blind9: bool = False, blind10: bool = False, blind11: bool = False,
         blind12: bool = False, blind13: bool = False, blind14: bool = False) -> None:
    blind13 = blind13 or blind14
    blind12 = blind12 or blind13
    blind11 = blind11 or blind12
    blind10 = blind10 or blind11
    blind9 = blind9 or blind10
    blind8 = blind8 or blind9
    blind7 = blind7 or blind8
    blind6 = blind6 or blind7
    blind5 = blind5 or blind6
    blind4 = blind4 or blind5
    rng = random.Random(1629 if blind14 else 1628 if blind13 else 1627 if blind12 else 1626 if blind11 else 1625 if blind10 else 1624 if blind9 else 1623 if blind8 else 1622 if blind7 else 1621 if blind6 else 1620 if blind5 else 1619 if blind4 else 1618 if blind3 else 1617 if blind2 else 1616 if blind else SEED)
    taken = taken_by(ALL_SETS[:14 if blind14 else 13 if blind13 else 12 if blind12 else 11 if blind11 else 10 if blind10 else 9 if blind9 else 8 if blind8 else 7 if blind7 else 6 if blind6 else 5 if blind5 else 4 if blind4 else 3 if blind3 else 2 if blind2 else 1 if blind else 0])
    for i, path in enumerate(sorted(Path(folder).glob("*.txt"))):
        raw = next(iter(read_source(str(path), path.stem)))
        doc = normalize(raw)
        spans = passages(doc.text, analyse(doc).sentences)
        body = [s for s in spans[len(spans) // 20:] if (path.name, s[0]) not in taken]  # skip the page's head
        rest = []
        if blind4:
            hinted = [(s, e) for s, e in body if sum(doc.text[s:e].count(c) for c in PLACE_HINTS) >= 4]
            rest = [span for span in body if span not in hinted]
            body = hinted
        n = 3 if blind4 else (3 if i < 5 else 2) if blind3 else 2 if blind2 else 3 if blind else PER_REPORT
        if blind8 and len(body) < n:  # the report's hinted passages are used up: fill from its others
            drawn = body + rng.sample(rest, min(n - len(body), len(rest)) if blind13 else n - len(body))
        else:
            drawn = rng.sample(body, n)
        for s, e in sorted(drawn):
            print(json.dumps({"source": path.name, "start": s, "text": doc.text[s:e], "entities": []},
                             ensure_ascii=False))


def draw_rest(folder: str, seed: int, per_report: int, sets: tuple[str, ...]) -> None:
    """Draw per_report passages of each report's body that none of `sets` holds (blind 15, train 1)."""
    rng = random.Random(seed)
    taken = taken_by(sets)
    for path in sorted(Path(folder).glob("*.txt")):
        doc = normalize(next(iter(read_source(str(path), path.stem))))
        spans = passages(doc.text, analyse(doc).sentences)
        body = [s for s in spans[len(spans) // 20:] if (path.name, s[0]) not in taken]
        for s, e in sorted(rng.sample(body, min(per_report, len(body)))):
            print(json.dumps({"source": path.name, "start": s, "text": doc.text[s:e], "entities": []},
                             ensure_ascii=False))


if __name__ == "__main__":
    if "--blind15" in sys.argv[2:]:
        draw_rest(sys.argv[1], 1630, 6, ALL_SETS)
        sys.exit(0)
    if "--train1" in sys.argv[2:]:
        draw_rest(sys.argv[1], 1631, 8, (*ALL_SETS, "blind15.jsonl", "blind16.jsonl"))
        sys.exit(0)
    if "--train3" in sys.argv[2:]:
        draw_rest(sys.argv[1], 1632, 16, (*ALL_SETS, "blind15.jsonl", "blind16.jsonl", "train1.jsonl", "train2.jsonl"))
        sys.exit(0)
    if "--blind17" in sys.argv[2:]:
        draw_rest(sys.argv[1], 1633, 3, (*ALL_SETS, "blind15.jsonl", "blind16.jsonl",
                                         *(f"train{n}.jsonl" for n in range(1, 7))))
        sys.exit(0)
    main(sys.argv[1], "--blind" in sys.argv[2:], "--blind2" in sys.argv[2:], "--blind3" in sys.argv[2:],
         "--blind4" in sys.argv[2:], "--blind5" in sys.argv[2:], "--blind6" in sys.argv[2:],
         "--blind7" in sys.argv[2:], "--blind8" in sys.argv[2:], "--blind9" in sys.argv[2:],
         "--blind10" in sys.argv[2:], "--blind11" in sys.argv[2:], "--blind12" in sys.argv[2:],
         "--blind13" in sys.argv[2:], "--blind14" in sys.argv[2:])
