"""How tests/data/compare/out/ was made (kept for the record; the tests read the CSVs, not this).

    zhfigures extract 2026_上海市_… 2026_天津市_… 2026_河北省_… (from ../shared/corpus-dev) -o /tmp/o14
    python tests/data/compare/make_fixture.py /tmp/o14

Real figure rows of three 2026 provincial work reports, with `time`, `claim` and `measure`
filled in by hand (LABELS: (doc, start) → values) the way the spec reads those sentences, the
document profile filled in by hand, and a few figures left without a measure (they must be ignored).
Every figure has its place, as extract writes it (a figure of a placed document with no place is a national
one, which tests/test_compare.py builds apart); one cell of
上海 has two candidates (the summary line and the five-year review), so the decision rule is exercised.
"""
import csv
import sys
from pathlib import Path

SH, TJ, HB = "2026_上海市_政府工作报告", "2026_天津市_政府工作报告", "2026_河北省_政府工作报告"
DOCS = {
    SH: dict(title="2026年上海市政府工作报告", place="上海市", locality="上海市", adcode="310000", delivered="2026-02-03"),
    TJ: dict(title="2026年天津市政府工作报告", place="天津市", locality="天津市", adcode="120000", delivered="2026-01-26"),
    HB: dict(title="2026年河北省政府工作报告", place="河北省", locality="河北省", adcode="130000", delivered="2026-01-26"),
}
A, T = "actual", "target"
GDP, REV, RET, FAI = "地区生产总值", "一般公共预算收入", "社会消费品零售总额", "固定资产投资"
JOBS, UNEMP, CPI, INC = "城镇新增就业", "城镇调查失业率", "居民消费价格", "居民人均可支配收入"
# (doc, start) -> (measure, time, claim[, place])
LABELS = {
    (SH, 466): (GDP, "2025", A), (SH, 476): (GDP, "2025", A), (SH, 507): (REV, "2025", A),
    (SH, 782): (INC, "2025", A), (SH, 810): ("PM2.5平均浓度", "2025", A), (SH, 1309): (RET, "2025", A),
    (SH, 1534): (FAI, "2025", A), (SH, 5084): (JOBS, "2025", A), (SH, 7047): (GDP, "2020", A),
    (SH, 7057): (GDP, "2025", A), (SH, 10678): (GDP, "2026", T), (SH, 10695): (REV, "2026", T),
    (SH, 10735): (UNEMP, "2026", T), (SH, 10771): (CPI, "2026", T), (SH, 17742): (JOBS, "2026", T),
    (TJ, 438): (GDP, "2025", A), (TJ, 453): (REV, "2025", A), (TJ, 3604): (JOBS, "2025", A),
    (TJ, 4794): (GDP, "2021/2025", A), (TJ, 8320): (GDP, "2026", T), (TJ, 8350): (REV, "2026", T),
    (TJ, 8371): (UNEMP, "2026", T), (TJ, 8384): (JOBS, "2026", T), (TJ, 8397): (CPI, "2026", T),
    (HB, 457): (GDP, "2020", A), (HB, 473): (GDP, "2025", A), (HB, 2660): (GDP, "2025", A),
    (HB, 2675): (REV, "2025", A, "河北省"), (HB, 2700): (FAI, "2025", A, "河北省"),
    (HB, 2716): (RET, "2025", A, "河北省"), (HB, 6405): (GDP, "2026", T), (HB, 6420): (REV, "2026", T),
    (HB, 6511): (UNEMP, "2026", T), (HB, 6496): (CPI, "2026", T), (HB, 8624): (JOBS, "2026", T),
}
# figures kept without a measure: compare must leave them out
UNLABELLED = {(SH, 2050), (SH, 4612), (TJ, 3312), (HB, 529)}


def main(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    with open(src / "documents.csv", encoding="utf-8-sig", newline="") as f:
        docs = [r for r in csv.DictReader(f) if r["doc_id"] in DOCS]
    for r in docs:
        r.update(DOCS[r["doc_id"]], source=f"../shared/corpus-dev/{r['doc_id']}.txt")
    with open(src / "figures.csv", encoding="utf-8-sig", newline="") as f:
        figs = [r for r in csv.DictReader(f) if (r["doc_id"], int(r["start"])) in LABELS.keys() | UNLABELLED]
    for r in figs:
        label = LABELS.get((r["doc_id"], int(r["start"])))
        if label:
            r.update(measure=label[0], time=label[1], claim=label[2], place=label[3] if len(label) > 3 else DOCS[r["doc_id"]]["place"])
        else:
            r.update(place=DOCS[r["doc_id"]]["place"], time="2025", claim="actual")
    for name, rows in (("documents.csv", docs), ("figures.csv", figs)):
        with open(dst / name, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(__file__).resolve().parent / "out")
