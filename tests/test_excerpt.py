"""The bounded sentence of a figure or entity row (pipeline/excerpt.py, docs/fields.md): the whole sentence up to
200 characters, else an excerpt around the mention cut at clause marks, with the offsets of both."""
from __future__ import annotations

import csv
import json

import pytest

from pipeline.excerpt import LIMIT, window
from pipeline.export import document_record, render, table_rows
from pipeline.records import RawDocument

from conftest import full_pipeline, run_cli

LIST = "地方一般公共预算收入增长3.2%，规模以上工业增加值增长4.5%，社会消费品零售总额增长6.1%，固定资产投资增长2.8%。"

# case → (sentence, mention, which occurrence, limit, the excerpt). Small limits keep the cases readable.
CASES = {
    "short-sentence-whole": ("全市生产总值达到5.67万亿元、增长5.4%，好于预期。", "5.4%", 0, 200,
                             "全市生产总值达到5.67万亿元、增长5.4%，好于预期。"),
    "at-the-limit-whole": (LIST, "4.5%", 0, len(LIST), LIST),
    "ends-with-the-clause-mark-after": (LIST, "3.2%", 0, 20, "一般公共预算收入增长3.2%，"),
    "no-mark-before-a-raw-cut": (LIST, "4.5%", 0, 20, "模以上工业增加值增长4.5%，"),
    "starts-after-a-clause-mark": (LIST, "6.1%", 0, 30, "社会消费品零售总额增长6.1%，"),
    "room-after-goes-before-at-the-end": (LIST, "2.8%", 0, 20, "固定资产投资增长2.8%。"),
    "no-mark-anywhere": ("粮食产量" + "连续" * 20 + "稳定在1000万吨以上", "1000万吨", 0, 20,
                         "续连续连续连续连续稳定在1000万吨以上"),
    "mention-longer-than-the-limit": ("产值12345678901234567890123456万元，增长", "12345678901234567890123456万元", 0, 20,
                                      "12345678901234567890123456万元"),
    "second-of-two-equal-mentions": ("增长5%，" * 10 + "其中工业增长5%。", "5%", 10, 20, "增长5%，增长5%，其中工业增长5%。"),
}


@pytest.mark.parametrize("sentence, mention, nth, limit, expected", list(CASES.values()), ids=list(CASES))
def test_the_excerpt_of_a_sentence(sentence, mention, nth, limit, expected):
    at = -1
    for _ in range(nth + 1):
        at = sentence.find(mention, at + 1)
    text = "前文。" + sentence + "后文"  # the sentence inside a text: offsets are the text's
    a, b = window(text, 3, 3 + len(sentence), 3 + at, 3 + at + len(mention), limit)
    assert text[a:b] == expected
    assert a <= 3 + at and 3 + at + len(mention) <= b and (b - a <= limit or text[a:b] == mention)


def test_a_sentence_of_thousands_of_figures_is_not_repeated_in_every_row():
    n = 400  # more would time the figure stage (its per-mention rescans are being rewritten), not this
    text = "，".join(f"{i}万" for i in range(n)) + "。"
    result = full_pipeline()(RawDocument("nc", "<nc>", "text", "utf-8", text))
    rows = table_rows(result)
    figures = rows["figures"]
    assert len(figures) == n
    canon = result.document.text
    for r in figures:
        assert len(r["sentence"]) <= LIMIT
        assert canon[r["excerpt_start"]:r["excerpt_end"]] == r["sentence"]
        assert (r["sentence_start"], r["sentence_end"]) == (0, len(canon))
        assert canon[r["start"]:r["end"]] == r["sentence"][r["start"] - r["excerpt_start"]:][:r["end"] - r["start"]]
    out = render(rows, document_record(result, rows), ("csv", "jsonl"))
    # bounded rows: 200 characters of at most 3 bytes and the other cells (a copy of the 1,900-character
    # sentence in each row would be 400 × 4.5 KB)
    assert len(out.data["figures.csv"]) < 800 * len(figures)
    assert len(out.data["documents.jsonl"]) < 800 * len(figures)


def test_the_offsets_are_in_every_format(tmp_path):
    (tmp_path / "a.txt").write_text("一、总体要求\n" + "，".join(f"投资{i}亿元" for i in range(60)) + "。\n", "utf-8")
    proc = run_cli("extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"))
    assert proc.returncode == 0, proc.stderr
    with open(tmp_path / "o" / "figures.csv", encoding="utf-8-sig", newline="") as f:
        csv_rows = list(csv.DictReader(f))
    jsonl_rows = [json.loads(line) for line in open(tmp_path / "o" / "figures.jsonl", encoding="utf-8")]
    assert len(csv_rows) == len(jsonl_rows) == 60
    for c, j in zip(csv_rows, jsonl_rows):
        assert {k: str(v) for k, v in j.items() if v is not None} == {k: v for k, v in c.items() if v != ""}
        assert j["excerpt_end"] - j["excerpt_start"] == len(j["sentence"]) <= LIMIT
        assert j["sentence_start"] <= j["excerpt_start"] <= j["start"] < j["end"] <= j["excerpt_end"] <= j["sentence_end"]
    assert any(j["excerpt_start"] > j["sentence_start"] for j in jsonl_rows)  # the 600-character sentence was cut
