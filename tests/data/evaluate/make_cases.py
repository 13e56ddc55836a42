"""Make the evaluate agreement cases (run once, from the repository root; the outputs are committed).

    python tests/data/evaluate/make_cases.py OUTPUT_DIR   # OUTPUT_DIR: `zhfigures extract` over corpus/

figures.csv: the corpus's figures with faults put in on purpose, so that every count and every field of
the scorer moves: rows dropped (misses), values and fields changed, a row added (an extra), a duration
added (neither way), time/claim/measure filled in for some rows, and a document the gold does not have.
gold-without-context.jsonl: the sample gold without the time, claim and measure keys (an older gold file).
The expected outputs (reference-*.txt) are what the reference scorer printed on these files; the
commands are in tests/test_evaluate.py (CASES).
"""
import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent / "gold"

with (Path(sys.argv[1]) / "figures.csv").open(encoding="utf-8-sig", newline="") as f:
    rows = list(csv.DictReader(f))
    columns = list(rows[0])
out = []
for i, r in enumerate(rows):
    if r["doc_id"] == "000_2fee95f66404a103" and i in (3, 10, 11):
        continue  # three misses
    if i % 7 == 1:
        r["unit"] = "个"
    if i % 9 == 2:
        r["kind"] = "count" if r["kind"] != "count" else "money"
    if i % 5 == 3:
        r["place"] = ""
    if i % 6 == 4:
        r["period"] = "2020年"
    if i % 4 == 0:
        r["time"], r["claim"] = "2021", "actual"
    if i % 8 == 5:
        r["measure"] = "地区生产总值"
    if i % 11 == 6:
        r["indicator"] = r["indicator"][:1]
    if i == 20:
        r["value"] = str(int(float(r["value"])) + 1) if r["value"] else "1"  # a miss and an extra
    out.append(r)
first = dict(out[0])
out.append({**first, "mention": "99万人", "value": "990000", "kind": "count", "start": "0", "end": "0"})  # an extra
out.append({**first, "mention": "3年", "value": "3", "kind": "duration", "unit": "年"})  # a duration: not counted
out.append({**first, "doc_id": "not-in-gold", "mention": "5%", "value": "5"})  # a document the gold lacks
with (HERE / "figures.csv").open("w", encoding="utf-8-sig", newline="") as f:
    w = csv.DictWriter(f, columns, lineterminator="\n")
    w.writeheader()
    w.writerows(out)
with (GOLD / "figures.jsonl").open(encoding="utf-8") as f, \
        (HERE / "gold-without-context.jsonl").open("w", encoding="utf-8") as g:
    for line in f:
        row = {k: v for k, v in json.loads(line).items() if k not in ("time", "claim", "measure")}
        g.write(json.dumps(row, ensure_ascii=False) + "\n")
