#!/usr/bin/env python3
"""Build pipeline/data/former_places.tsv: counties renamed since an older adcodes table (撤县设市, 撤县设区:
监利县 → 监利市, 长乐市 → 长乐区), so reports of earlier years find their places.

usage: python scripts/build_former_places.py PATH/TO/cpca-0.5.5/cpca/resources/adcodes.csv

The older table is cpca 0.5.5's (MIT licence, QinYuan Du), about 2016. A name of it that places.tsv no longer holds
is a former name of the current county in the same prefecture (the first four digits of the code) whose name has
the same stem (the name without 县, 市, 区, 旗 and ethnic groups), when exactly one does, the stem is two characters
or more, and no other current county anywhere has that stem (东乡县 could be Gansu's 东乡族自治县: left out).
"""
import csv
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "data"


def main(src: str) -> None:
    groups = sorted((w.strip() for w in open(DATA / "ethnic_groups.txt", encoding="utf-8")
                     if w.strip() and not w.startswith("#")), key=len, reverse=True)
    core = re.compile(f"(?:{'|'.join(map(re.escape, groups))})*(?:自治县|自治旗|县|市|区|旗)$")
    rows = [r for r in csv.reader(open(DATA / "places.tsv", encoding="utf-8"), delimiter="\t")
            if r and not r[0].startswith("#")][1:]
    names = {r[1] for r in rows}
    counties = [r for r in rows if r[2] == "county"]
    stems: dict[str, list[list[str]]] = {}
    for r in counties:
        stems.setdefault(core.sub("", r[1]), []).append(r)
    out = []
    for r in csv.DictReader(open(src, encoding="utf-8")):
        code, name = r["adcode"][:6], r["name"].strip()
        if code.endswith("00") or name in names or not re.fullmatch(r"[\u4e00-\u9fff]+", name) or not core.search(name):
            continue
        stem = core.sub("", name)
        same = stems.get(stem, [])
        others = [c for c in counties if c[1].startswith(stem) and c is not (same[0] if same else None)]
        if len(stem) >= 2 and len(same) == 1 and same[0][0][:4] == code[:4] and not others:
            out.append((name, same[0][0], same[0][1]))
    with open(DATA / "former_places.tsv", "w", encoding="utf-8") as f:
        f.write("# Former names of counties renamed since about 2016 (撤县设市, 撤县设区), built by\n"
                "# scripts/build_former_places.py from cpca 0.5.5's adcodes (MIT licence) and places.tsv: a report of an\n"
                "# earlier year names 监利县, the gazetteer's place is 监利市 (421088). Read by pipeline/gazetteer.py.\n"
                "former\tadcode\tname\n")
        for row in sorted(out, key=lambda x: x[1]):
            f.write("\t".join(row) + "\n")
    print(f"{len(out)} former names", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/build_former_places.py PATH/TO/adcodes.csv")
    main(sys.argv[1])
