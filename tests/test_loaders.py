"""Loaders: every input format and encoding, from real bytes made here out of the corpus texts."""
from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
from pathlib import Path

import pytest

from conftest import (BUNDLE_TEXT, GOVREPORT, GOVREPORT_LINES, GOVREPORT_TEXT, REPORT_OPENING, REPORT_OPENING_TRAD,
                      ZAKER, analysed, canonical, load_one, raw_offset_problems, read_rows, to_traditional)
from pipeline import run
from pipeline.loaders import LoadError, LoadOptions, discover, doc_ids, read_source
from pipeline.normalize import normalize

TITLE = GOVREPORT_LINES[0]  # 政府工作报告
OPENING_SENTENCE = GOVREPORT_LINES[4].strip()  # 现在，我代表国务院，向大会报告政府工作，……

# file name, bytes, encoding the loader must report, text it must decode
ENCODED = [
    pytest.param("opening.txt", REPORT_OPENING.encode("utf-8"), "utf-8", REPORT_OPENING, id="utf8-no-bom"),
    pytest.param("govreport.txt", GOVREPORT.read_bytes(), "utf-8-sig", GOVREPORT_TEXT, id="utf8-bom-crlf-corpus-file"),
    pytest.param("report-utf16le.txt", codecs.BOM_UTF16_LE + GOVREPORT_TEXT.encode("utf-16-le"), "utf-16",
                 GOVREPORT_TEXT, id="utf16-le-bom"),
    pytest.param("bundle-utf16be.txt", codecs.BOM_UTF16_BE + BUNDLE_TEXT.encode("utf-16-be"), "utf-16",
                 BUNDLE_TEXT, id="utf16-be-bom-single-line"),
    pytest.param("report-gb18030.txt", GOVREPORT_TEXT.encode("gb18030"), "gb18030", GOVREPORT_TEXT,
                 id="gb18030-whole-report"),
    pytest.param("bundle-gb18030.txt", BUNDLE_TEXT.encode("gb18030"), "gb18030", BUNDLE_TEXT,
                 id="gb18030-single-line-bundle"),
    pytest.param("opening-gbk.txt", REPORT_OPENING.encode("gbk"), "gb18030", REPORT_OPENING, id="gbk-read-as-gb18030"),
    pytest.param("title-gbk.txt", TITLE.encode("gbk"), "gb18030", TITLE, id="gbk-one-line-title"),
    pytest.param("sentence-gbk.txt", OPENING_SENTENCE.encode("gbk"), "gb18030", OPENING_SENTENCE,
                 id="gbk-one-sentence"),
    pytest.param("opening-big5.txt", REPORT_OPENING_TRAD.encode("big5"), "big5", REPORT_OPENING_TRAD, id="big5"),
    pytest.param("title-big5.txt", to_traditional(TITLE).encode("big5"), "big5", to_traditional(TITLE),
                 id="big5-one-line-title"),
]


@pytest.mark.parametrize(("name", "data", "encoding", "text"), ENCODED)
def test_encoding_is_detected_and_text_decoded(tmp_path, name, data, encoding, text):
    path = tmp_path / name
    path.write_bytes(data)
    raw = load_one(path)
    assert (raw.encoding, raw.format) == (encoding, "text")
    assert raw.text == text
    assert normalize(raw).text == canonical(text)


def test_encoding_is_recorded_per_document_in_documents_csv(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    expected = {}
    for param in ENCODED:
        name, data, encoding, _ = param.values
        (inputs / name).write_bytes(data)
        expected[name.rsplit(".", 1)[0]] = encoding
    summary = run([str(inputs)], tmp_path / "out")
    assert summary.failures == []
    rows = read_rows(tmp_path / "out" / "documents.csv")
    assert {r["doc_id"]: r["encoding"] for r in rows} == expected


@pytest.mark.parametrize(("data", "encoding", "reported", "text"), [
    pytest.param(REPORT_OPENING.encode("gbk"), "gbk", "gbk", REPORT_OPENING, id="gbk"),
    pytest.param(GOVREPORT_LINES[3].encode("gb2312"), "GB2312", "gb2312", GOVREPORT_LINES[3], id="alias-gb2312"),
    pytest.param(to_traditional(GOVREPORT_LINES[2]).encode("big5"), "big5", "big5", to_traditional(GOVREPORT_LINES[2]),
                 id="big5-short-line"),
    pytest.param(GOVREPORT.read_bytes(), "utf-8", "utf-8", GOVREPORT_TEXT, id="utf8-on-bom-file"),
    pytest.param(REPORT_OPENING.encode("utf-8"), "latin-1", "iso8859-1",
                 REPORT_OPENING.encode("utf-8").decode("latin-1"), id="latin1-is-obeyed-even-if-wrong"),
])
def test_encoding_option_overrides_detection(tmp_path, data, encoding, reported, text):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    raw = load_one(path, encoding=encoding)
    assert raw.encoding == reported
    assert raw.text == text


@pytest.mark.parametrize(("data", "options", "reason"), [
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x01\xe0\x08\x06", {},
                 "looks binary", id="png-bytes"),
    pytest.param(gzip.compress(GOVREPORT.read_bytes()), {}, "looks binary", id="gzipped-report"),
    pytest.param("Café résumé naïve, déjà vu.".encode("latin-1"), {}, "encoding not recognised", id="latin1-text"),
    pytest.param(codecs.BOM_UTF16_LE + OPENING_SENTENCE.encode("utf-16-le")[:-1], {},
                 "has a utf-16 byte-order mark but is not valid utf-16", id="utf16-cut-in-half-a-char"),
    pytest.param(b"", {}, "file is empty", id="empty"),
    pytest.param(b" \r\n\t\r\n", {}, "file is empty", id="blank-lines"),
    pytest.param(codecs.BOM_UTF8 + b"\r\n", {}, "file is empty", id="utf8-bom-only"),
    pytest.param(codecs.BOM_UTF16_LE + "\u3000\r\n".encode("utf-16-le"), {}, "file is empty", id="utf16-blank"),
    pytest.param(REPORT_OPENING.encode("gbk"), {"encoding": "utf-8"}, "not valid utf-8 at byte 0",
                 id="forced-utf8-on-gbk"),
    pytest.param(REPORT_OPENING.encode("utf-8"), {"encoding": "klingon"}, "unknown encoding 'klingon'",
                 id="unknown-encoding"),
    pytest.param(REPORT_OPENING.encode("utf-8"), {"format": "docx"}, "unknown format 'docx'", id="unknown-format"),
])
def test_unreadable_input_raises_load_error_with_reason(tmp_path, data, options, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(LoadError, match=reason):
        load_one(path, **options)


def test_missing_file_and_directory_are_load_errors(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        list(read_source(str(tmp_path / "missing.txt"), "missing"))
    with pytest.raises(LoadError, match="is a directory"):
        list(read_source(str(tmp_path), "dir"))


# ---------------------------------------------------------------- HTML

GBK_PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset=gbk>
<title>政府工作报告_中国政府网</title>
<style>p.note { color: #c00; } /* 样式里的字不算 */</style>
<script>var tip = "<p>脚本里的段落不算</p>"; if (a < b && c > d) {}</script>
</head>
<body>
<!-- 注释里的字不算：一、不是标题 -->
<div class="crumb">首页&nbsp;&gt;&nbsp;要闻</div>
<h2>一、2021年工作回顾</h2>
<p>　　国内生产总值达到114万亿元，增长8.1%。研究与试验发展（R&amp;D）经费投入增长&#x4E00;成以上。</p>
<p><strong>（一）着力稳定宏观经济大盘</strong></p>
<p>城镇新增就业1269万人，<b>城镇调查失业率</b>平均为5.1%。<br>居民消费价格上涨0.9%。</p>
<table><tr><td>财政收入</td><td>20万亿元</td></tr></table>
<h3>经验与体会</h3>
<ul><li>一是坚持稳字当头。</li><li>二是坚持以人民为中心。</li></ul>
</body>
</html>
"""
GBK_PAGE_TEXT = "\n".join([
    "首页 > 要闻",
    "一、2021年工作回顾",
    "国内生产总值达到114万亿元，增长8.1%。研究与试验发展（R&D）经费投入增长一成以上。",
    "（一）着力稳定宏观经济大盘",
    "城镇新增就业1269万人，城镇调查失业率平均为5.1%。",
    "居民消费价格上涨0.9%。",
    "财政收入",
    "20万亿元",
    "经验与体会",
    "一是坚持稳字当头。",
    "二是坚持以人民为中心。",
])


def test_html_page_in_gbk_with_meta_charset(tmp_path):
    path = tmp_path / "report.html"
    path.write_bytes(GBK_PAGE.encode("gbk"))
    raw = load_one(path)
    assert (raw.format, raw.encoding) == ("html", "gb18030")
    assert raw.metadata == {"title": "政府工作报告_中国政府网"}
    result = analysed(raw)
    assert result.document.text == GBK_PAGE_TEXT
    assert [(s.path, s.style, s.title) for s in result.structure.sections] == [
        # the breadcrumb 首页 > 要闻 is page furniture, outside the body: no preface before the first heading
        ("1", "cn", "2021年工作回顾"),  # <h2> with a number: its numbering decides the style
        ("1.1", "cn_paren", "着力稳定宏观经济大盘"),  # <p><strong>…</strong></p>
        ("2", "marked", "经验与体会"),  # <h3> without a number; marked headings rank above 一、
    ]
    # an inline <b> inside a sentence is no heading; list items are paragraphs with points
    assert [(p.section, p.label, p.lead) for p in result.structure.points] == [
        (2, "一是", "坚持稳字当头"), (2, "二是", "坚持以人民为中心")]


@pytest.mark.parametrize(("page", "encoding", "text"), [
    pytest.param(f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
                 f"</head><body><p>{GOVREPORT_LINES[1]}</p><p>{GOVREPORT_LINES[2]}</p></body></html>",
                 "gb18030", f"{GOVREPORT_LINES[1]}\n国务院总理 李克强",
                 id="labelled-gb2312-written-in-gbk"),  # —— is GBK's A1AA; GB2312 would read it as ―― (U+2015)
    pytest.param(f"<html><head><title>{TITLE}</title><body><p>{OPENING_SENTENCE}</p><p>{GOVREPORT_LINES[5]}</p>"
                 f"</body></html>", "gb18030", f"{OPENING_SENTENCE}\n一、2021年工作回顾",
                 id="head-end-tag-left-out"),
    pytest.param(f"<html><head><title>{TITLE}</title><p>{OPENING_SENTENCE}</p></html>", "gb18030",
                 OPENING_SENTENCE, id="body-tags-left-out"),
    pytest.param(f"<p>{OPENING_SENTENCE}</p><p>{GOVREPORT_LINES[5]}</p>", "gb18030",
                 f"{OPENING_SENTENCE}\n一、2021年工作回顾", id="fragment-without-charset"),
])
def test_html_encodings_and_sloppy_markup(tmp_path, page, encoding, text):
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("gbk"))
    raw = load_one(path)
    assert (raw.format, raw.encoding) == ("html", encoding)
    assert normalize(raw).text == text


@pytest.mark.parametrize(("name", "content", "fmt"), [
    pytest.param("page.txt", f"<html><body><p>{OPENING_SENTENCE}</p></body></html>", "html", id="txt-holding-html"),
    pytest.param("notes.txt", f"<div>{OPENING_SENTENCE}</div><p>{TITLE}</p>", "html", id="txt-holding-html-fragment"),
    pytest.param("post.txt", f"---\ntitle: {TITLE}\n---\n{OPENING_SENTENCE}\n", "markdown",
                 id="txt-with-front-matter"),
    pytest.param("plain.txt", "一、总体要求\n<p>是文中的一个标签。", "text", id="txt-mentioning-one-tag"),
    pytest.param("page.md", f"# {TITLE}\n\n{OPENING_SENTENCE}\n", "markdown", id="md-without-front-matter"),
])
def test_format_is_sniffed_from_the_content_of_txt_files(tmp_path, name, content, fmt):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert load_one(path).format == fmt


def test_format_option_overrides_the_extension(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(f"<p>{OPENING_SENTENCE}</p>", encoding="utf-8")
    assert load_one(path, format="text").text == f"<p>{OPENING_SENTENCE}</p>"
    assert normalize(load_one(path, format="html")).text == OPENING_SENTENCE


# ---------------------------------------------------------------- markdown

MARKDOWN = f"""---
title: 2022年政府工作报告（摘要）
date: 2022-03-05
author: 李克强
place: 北京市
tags: [两会, 政府工作报告]
---

# 2021年工作回顾

{GOVREPORT_LINES[7].strip()}

一、稳增长
一是保持宏观政策连续性。二是强化就业优先政策。

二、促改革

## 2022年工作总体要求 ##

**今年发展主要预期目标**

国内生产总值增长5.5%左右。
"""


def test_markdown_front_matter_becomes_metadata_and_headings_sections(tmp_path):
    path = tmp_path / "summary.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    raw = load_one(path)
    assert (raw.format, raw.encoding, raw.doc_id) == ("markdown", "utf-8", "summary")
    assert raw.metadata == {"title": "2022年政府工作报告（摘要）", "date": "2022-03-05", "author": "李克强",
                            "place": "北京市"}
    result = analysed(raw)
    assert result.document.text.split("\n") == [
        "2021年工作回顾", GOVREPORT_LINES[7].strip(), "一、稳增长", "一是保持宏观政策连续性。二是强化就业优先政策。",
        "二、促改革", "2022年工作总体要求", "今年发展主要预期目标", "国内生产总值增长5.5%左右。"]
    assert result.structure.title == "2022年政府工作报告（摘要）"
    assert [(s.place, s.locality, s.adcode) for s in result.structure.speeches] == [("北京市", "北京市", "110000")]
    # README: marked headings rank above 一、, # above ## above a bold line
    assert [(s.path, s.level, s.style, s.label, s.title) for s in result.structure.sections] == [
        ("1", 1, "marked", "", "2021年工作回顾"),
        ("1.1", 2, "cn", "一、", "稳增长"),
        ("1.2", 2, "cn", "二、", "促改革"),
        ("1.3", 2, "marked", "", "2022年工作总体要求"),
        ("1.3.1", 3, "marked", "", "今年发展主要预期目标"),
    ]
    assert [(p.section, p.label, p.lead) for p in result.structure.points] == [
        (1, "一是", "保持宏观政策连续性"), (1, "二是", "强化就业优先政策")]


def test_markdown_html_comment_is_no_text(tmp_path):
    # a copy's photo caption left in an HTML comment above the title block (probe23 贵州 2025): markup, never rendered;
    # with it gone the block is read (the dateline in brackets, the speaker's line)
    path = tmp_path / "2025_贵州省_政府工作报告.md"
    path.write_text("---\ntitle: 2025年贵州省政府工作报告（全文）\n---\n\n"
                    "<!-- 2025年1月19日上午，贵州省第十四届人民代表大会第三次会议在贵阳隆重开幕。图为李炳军作政府工作报告。 -->\n\n"
                    "**政府工作报告**\n\n（2025年1月19日在贵州省第十四届人民代表大会第三次会议上）\n\n**省长 李炳军**\n\n"
                    "各位代表：\n\n**一、2024年工作回顾**\n\n全年地区生产总值增长5.3%。\n", encoding="utf-8")
    raw = load_one(path)
    assert "<!--" not in raw.text and "隆重开幕" not in raw.text
    p = analysed(raw).structure.profile
    assert (p.occasion, p.delivered, p.speaker, p.speaker_title) == (
        "贵州省第十四届人民代表大会第三次会议", "2025-01-19", "李炳军", "省长")


@pytest.mark.parametrize("page, profile, first", [
    # a city's notice issuing its report, quoted above it, then a thematic break (西安 2025 on a markdown collection):
    # the quote's markers and the break are markup; the notice is a covering text, the report's own title block the
    # profile (the date of delivery, not of issue), its body opens under it; its title the kind alone (政府工作报告), so
    # the report is named by its year and place (probe31)
    pytest.param("---\ntitle: 西安市2025年政府工作报告\n---\n\n"
                 "> **西安市人民政府关于印发叶牛平市长在市十七届人大六次会议上所作《政府工作报告》的通知**\n> \n"
                 "> 各区、县人民政府，市人民政府各工作部门、各直属机构：\n> \n"
                 "> 叶牛平市长在市十七届人大六次会议上所作的《政府工作报告》已经大会审议通过，现印发给你们。\n> \n"
                 "> 西安市人民政府\n> \n> 2025年3月28日\n\n---\n\n**政府工作报告**\n"
                 "——2025年3月25日在西安市第十七届人民代表大会第六次会议上\n\n西安市市长 叶牛平\n\n各位代表：\n\n"
                 "一、2024年工作回顾\n\n全年地区生产总值增长4.6%。\n",
                 ("2025年西安市政府工作报告", "2025-03-25", "叶牛平", "西安市"), "一、2024年工作回顾", id="notice-issuing-it"),
    # a congress's resolution approving the report, above it (深圳 2025): its date of approval is not the report's
    pytest.param("---\ntitle: 深圳市第七届人民代表大会第六次会议关于深圳市人民政府工作报告的决议\n---\n\n"
                 "（2025年2月27日深圳市第七届人民代表大会第六次会议通过）\n\n"
                 "深圳市第七届人民代表大会第六次会议听取和审议了覃伟中市长代表市人民政府所作的工作报告，决定批准这个报告。\n\n"
                 "**政府工作报告**\n\n——2025年2月25日在深圳市第七届人民代表大会第六次会议上\n\n深圳市市长 覃伟中\n\n"
                 "**各位代表：**\n\n**一、2024年工作回顾**\n\n全市地区生产总值达3.68万亿元、增长5.8%。\n",
                 ("2025年深圳市政府工作报告", "2025-02-25", "覃伟中", "深圳市"),
                 "一、2024年工作回顾", id="resolution-approving-it"),
])
def test_a_covering_text_gives_way_to_the_documents_title_block(page, profile, first):
    from pipeline.run import process_text

    result = process_text(page, fmt="markdown")
    assert ">" not in result.document.text and "\n---\n" not in result.document.text
    pr = result.structure.profile
    assert (pr.title, pr.delivered, pr.speaker, pr.place) == profile
    top = [s for s in result.structure.sections if s.level == 1]
    assert top[0].label + top[0].title == first


def test_corpus_txt_with_front_matter_and_html_body():
    raw = load_one(ZAKER)
    assert (raw.format, raw.encoding) == ("markdown", "utf-8")
    assert raw.metadata == {"title": "中国_含金量最高、创建难度最大_的城市综合类评比，这些城市带来怎样的经验？",
                            "date": "Tue, 19 Oct 2021 04:14:44 GMT", "author": "ZAKER"}
    assert "<div>" not in raw.text and "<p>" not in raw.text and "headimg" not in raw.text
    assert raw.text.lstrip().startswith("本周，2021 年全国文明城市创建工作第二期培训班在成都举办")
    assert {raw.text[m.start:m.end] for m in raw.marks} >= {"举旗定向，铸造城市的文明之魂", "创建为民，夯实城市的文明之本"}


@pytest.mark.parametrize(("line", "key", "value"), [
    pytest.param("date: 2022-03-05", "date", "2022-03-05", id="iso-date"),
    pytest.param("date: 2021-10-19T12:14:44Z", "date", "2021-10-19T12:14:44Z", id="timestamp-kept-as-written"),
    pytest.param("date: 2021-10-19 12:14:44.000 +08:00", "date", "2021-10-19 12:14:44.000 +08:00",
                 id="timestamp-with-zone"),
    pytest.param("date: Tue, 19 Oct 2021 04:14:44 GMT", "date", "Tue, 19 Oct 2021 04:14:44 GMT", id="rfc-date"),
    pytest.param("date: 2022年3月5日", "date", "2022年3月5日", id="chinese-date"),
    pytest.param("title: 2022", "title", "2022", id="number-title"),
    pytest.param("title: 1.10", "title", "1.10", id="decimal-title-keeps-zero"),
    pytest.param("author: 'on'", "author", "on", id="quoted"),
    pytest.param("author: on", "author", "on", id="yaml-boolean-word"),
    pytest.param("author: ", "author", None, id="empty-value-absent"),
])
def test_front_matter_values_as_written(tmp_path, line, key, value):
    path = tmp_path / "post.md"
    path.write_text(f"---\n{line}\n---\n{OPENING_SENTENCE}\n", encoding="utf-8")
    assert load_one(path).metadata.get(key) == value


@pytest.mark.parametrize(("front", "reason"), [
    pytest.param("title: [政府工作报告\n", "front matter is not valid YAML", id="unclosed-list"),
    pytest.param("title: 政府工作报告\n  date: 2022\n", "front matter is not valid YAML", id="bad-indent"),
    pytest.param("- 政府工作报告\n- 2022\n", "front matter is not a YAML mapping", id="list-not-mapping"),
])
def test_invalid_front_matter_is_a_load_error(tmp_path, front, reason):
    path = tmp_path / "post.md"
    path.write_text(f"---\n{front}---\n{OPENING_SENTENCE}\n", encoding="utf-8")
    with pytest.raises(LoadError, match=reason):
        load_one(path)


# ---------------------------------------------------------------- CSV and JSON Lines

ROWS = [  # (id, text): paragraphs of the report, one with a line break and a CSV quote inside
    ("gr-07", GOVREPORT_LINES[7].strip()),
    ("gr-05", f"{GOVREPORT_LINES[5].strip()}\n{GOVREPORT_LINES[6].strip()}"),
    ("gr-02", '国务院总理 李克强说："请予审议"'),
]


def _csv(rows, header=("id", "text")) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def _jsonl(rows, keys=("id", "text"), ascii=False) -> str:
    return "".join(json.dumps(dict(zip(keys, r)), ensure_ascii=ascii) + "\n" for r in rows)


@pytest.mark.parametrize(("name", "data", "options", "ids", "encoding"), [
    pytest.param("rows.csv", _csv(ROWS).encode("utf-8-sig"), {}, ["rows-1", "rows-2", "rows-3"], "utf-8-sig",
                 id="csv-bom-default-ids"),
    pytest.param("rows.csv", _csv(ROWS).encode("utf-8"), {"id_column": "id"}, ["gr-07", "gr-05", "gr-02"], "utf-8",
                 id="csv-id-column"),
    pytest.param("rows.csv", _csv(ROWS).encode("gbk"), {"id_column": "id"}, ["gr-07", "gr-05", "gr-02"], "gb18030",
                 id="csv-in-gbk"),
    pytest.param("rows.csv", _csv(ROWS, ("编号", "正文")).encode("utf-8"), {"text_column": "正文", "id_column": "编号"},
                 ["gr-07", "gr-05", "gr-02"], "utf-8", id="csv-chinese-column-names"),
    pytest.param("rows.jsonl", _jsonl(ROWS).encode("utf-8"), {"id_column": "id"}, ["gr-07", "gr-05", "gr-02"], "utf-8",
                 id="jsonl-id-column"),
    pytest.param("rows.ndjson", ("\n" + _jsonl(ROWS, ("id", "body"), ascii=True) + "\n").encode("utf-8"),
                 {"text_column": "body"}, ["rows-2", "rows-3", "rows-4"], "utf-8",
                 id="jsonl-escaped-blank-lines-row-numbers-are-lines"),
    pytest.param("rows.jsonl", _jsonl([(7, t) for _, t in ROWS]).encode("utf-8"), {"id_column": "id"},
                 ["7", "7", "7"], "utf-8", id="jsonl-numeric-ids"),
])
def test_table_rows_are_documents(tmp_path, name, data, options, ids, encoding):
    path = tmp_path / name
    path.write_bytes(data)
    docs = list(read_source(str(path), "rows", LoadOptions(**options)))
    assert [d.doc_id for d in docs] == ids
    assert [d.text for d in docs] == [t for _, t in ROWS]
    assert {d.encoding for d in docs} == {encoding}
    assert [d.source.split("#")[0] for d in docs] == [str(path)] * 3
    assert all(d.source.rsplit("#", 1)[1].isdigit() for d in docs)


def test_table_row_holding_html_is_read_as_html(tmp_path):
    path = tmp_path / "pages.jsonl"
    path.write_text(_jsonl([("p1", f"<p>{GOVREPORT_LINES[5]}</p><p>{OPENING_SENTENCE}</p>")]), encoding="utf-8")
    (doc,) = read_source(str(path), "pages")
    assert doc.format == "html"
    assert normalize(doc).text == f"一、2021年工作回顾\n{OPENING_SENTENCE}"


@pytest.mark.parametrize(("name", "data", "options", "reason"), [
    pytest.param("rows.csv", _csv(ROWS, ("id", "body")), {},
                 r"row 1 has no text column 'text' \(columns: id, body\); use --text-column", id="csv-no-text-column"),
    pytest.param("rows.jsonl", _jsonl(ROWS, ("id", "body")), {},
                 r"row 1 has no text column 'text' \(columns: id, body\); use --text-column", id="jsonl-no-text-column"),
    pytest.param("rows.csv", _csv(ROWS), {"id_column": "编号"}, "row 1 has no id column '编号'; use --id-column",
                 id="csv-no-id-column"),
    pytest.param("rows.jsonl", _jsonl(ROWS[:1]) + '{"id": "x", "text": "未完\n', {}, "line 2 is not valid JSON",
                 id="jsonl-broken-line"),
    pytest.param("rows.jsonl", '["gr-07", "不是对象"]\n', {}, "line 1 is not a JSON object", id="jsonl-array-line"),
])
def test_table_errors_name_the_problem(tmp_path, name, data, options, reason):
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    with pytest.raises(LoadError, match=reason):
        list(read_source(str(path), "rows", LoadOptions(**options)))


# ---------------------------------------------------------------- discovery and ids

def test_discover_walks_folders_sorted_and_skips_hidden_and_unknown(tmp_path):
    for rel in ["b/2.txt", "b/10.md", "a.html", "c/d/e.jsonl", ".git/x.txt", "b/.draft.txt", "notes.docx", "z.csv"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(TITLE, encoding="utf-8")
    found = discover([str(tmp_path), "-", str(tmp_path / "notes.docx")])
    assert [s if s == "-" else Path(s).relative_to(tmp_path).as_posix() for s in found] == [
        "a.html", "b/10.md", "b/2.txt", "c/d/e.jsonl", "z.csv", "-", "notes.docx"]


@pytest.mark.parametrize(("sources", "ids"), [
    pytest.param(["corpus/govreport-2022.txt", "-"], ["govreport-2022", "stdin"], id="stem-and-stdin"),
    pytest.param(["a/report.txt", "b/report.md"], ["a/report", "b/report"], id="same-stem-keeps-path"),
    pytest.param(["rows.csv"], ["rows"], id="table-file"),
])
def test_doc_ids(sources, ids):
    assert list(doc_ids(sources).values()) == ids


def test_a_big5_traditional_text_gives_the_figures_of_its_simplified_original(tmp_path):
    """A traditional-character text is read in simplified characters (normalize folds them one for one), so the
    opening of the 2022 report in Big5 gives the figures of the original, each at its place in the Big5 text."""
    from pipeline import process
    from pipeline.records import Figure

    (tmp_path / "trad.txt").write_bytes(REPORT_OPENING_TRAD.encode("big5"))
    (tmp_path / "simp.txt").write_text(REPORT_OPENING, encoding="utf-8")
    raw = load_one(tmp_path / "trad.txt")
    trad, simp = process(raw), process(load_one(tmp_path / "simp.txt"))
    fields = [f for f in Figure.__dataclass_fields__ if f != "doc_id"]
    assert len(simp.figures) >= 5 and trad.document.text == simp.document.text
    assert [[getattr(f, k) for k in fields] for f in trad.figures] == [[getattr(f, k) for k in fields] for f in simp.figures]
    assert [raw.text[slice(*trad.document.raw_span(f.start, f.end))] for f in trad.figures] == [
        to_traditional(f.mention) for f in simp.figures]
    assert raw_offset_problems(raw, trad.document) == []


def test_markdown_bold_appendix_head_and_stray_emphasis_mark():
    # probe30 (陕西 2021): ***政府工作报告** is the bold title with an emphasis mark left at its edge, markup too; (江西
    # 2021) **附件** then **《政府工作报告》有关内容名词注释**: a bold line opens the appendix as a bare one does, its
    # numbered notes its items, not the report's parts
    from pipeline.run import process_text

    page = ("---\ntitle: 政府工作报告\n---\n\n***政府工作报告**\n2021年1月26日在陕西省第十三届人民代表大会第五次会议上\n\n"
            "陕西省省长 赵一德\n\n各位代表：\n\n**一、2020年工作回顾**\n\n全年地区生产总值增长2.2%。\n\n"
            "**二、2021年工作安排**\n\n生产总值增长6.5%左右。\n\n**附件**\n\n**《政府工作报告》有关内容名词注释**\n\n"
            "**1.“六多合一”：**多证合一、多规合一。\n\n**2.“三线一单”：**生态保护红线、环境质量底线。\n")
    result = process_text(page, fmt="markdown")
    assert result.document.text.split("\n")[0] == "政府工作报告"
    assert result.structure.profile.title == "2021年陕西省政府工作报告"  # the kind alone is named (profile.bare_name)
    assert [(s.path, s.level, s.style, s.label, s.title) for s in result.structure.sections if s.style != "preface"] == [
        ("1", 1, "cn", "一、", "2020年工作回顾"),
        ("2", 1, "cn", "二、", "2021年工作安排"),
        ("A1", 0, "appendix", "附件", "《政府工作报告》有关内容名词注释"),
        ("A1.1", 0, "arabic", "1.", "“六多合一”：多证合一、多规合一"),
        ("A1.2", 0, "arabic", "2.", "“三线一单”：生态保护红线、环境质量底线"),
    ]


def test_markdown_bold_run_over_lines_and_doubled_title():
    # probe37 (广州 2021): **——2021年1月29日在…会议上 (blank) 广州市市长 温国辉**: one bold run over the date and speaker
    # lines, its edge marks markup (loaders._split_bold), so the speaker is read and no ** is a title; the front matter's
    # title written twice over (the site's headline and title field run together) is said once (profile.said_once)
    from pipeline.run import process_text

    page = ("---\ntitle: 2021年广州市政府工作报告2021年广州市政府工作报告\n---\n\n"
            "**——2021年1月29日在广州市第十五届人民代表大会第六次会议上\n\n广州市市长 温国辉**\n\n各位代表：\n\n"
            "**一、“十三五”时期发展成就和2020年主要工作**\n\n2020年地区生产总值突破2.5万亿元，增长2.7%。\n")
    result = process_text(page, fmt="markdown")
    profile = result.structure.profile
    assert "**" not in result.document.text
    assert profile.title == "2021年广州市政府工作报告"
    assert (profile.speaker, profile.date) == ("温国辉", "2021-01-29")


@pytest.mark.parametrize("title, date_line, want", [
    # probe34 (福建 2016): the place and the kind, a bracketed aside after them
    ("福建省政府工作报告 (2016年1月11日 于伟国）", "——二〇一六年一月十一日在福建省第十二届人民代表大会第四次会议上",
     "2016年福建省政府工作报告"),
    # (江苏 2016): a page's headline naming the place's government before the year
    ("江苏省政府2016年政府工作报告", "——2016年1月24日在江苏省第十二届人民代表大会第四次会议上", "2016年江苏省政府工作报告"),
    # (浙江 2016): no date anywhere: the year the title names
    ("2016年政府工作报告", "", "2016年浙江省政府工作报告"),
], ids=["place-kind-aside", "place-government-year-kind", "year-kind-no-date"])
def test_report_title_named_by_year_place_and_kind(title, date_line, want):
    from pipeline.run import process_text

    place = "" if date_line else "place: 浙江省\n"  # (the page names its province in its text: 深化平安浙江建设…)
    page = (f"---\ntitle: {title}\n{place}---\n\n" + (f"{date_line}\n\n" if date_line else "")
            + "各位代表：\n\n一、2015年工作回顾\n\n全省生产总值增长8%。\n\n二、2016年主要工作\n\n生产总值增长7%。\n")
    assert process_text(page, fmt="markdown").structure.profile.title == want


def test_news_copy_of_an_older_report_byline_and_run_in_bold_parts():
    # probe35 (重庆, 云南, 海南 2011, news copies): the date and the speaker in one bracket under the title
    # ((2011年1月9日 黄奇帆)); each part's title bold with its first paragraph run on after it on the same line
    # (**二、…目标** “十二五”时期…): the title ends where the bold does; (陕西 2011) the front matter's title names the
    # place before the year and the text no date: its year
    from pipeline.run import process_text

    page = ("---\ntitle: 重庆市2011年政府工作报告\n---\n\n（2011年1月9日 黄奇帆）\n\n各位代表：\n\n"
            "**一、“十一五”经济社会发展取得重大成就**\n\n全市生产总值增长17%。\n\n"
            "**二、奋力做好“十二五”开局工作** 今年是全面实施“十二五”规划的第一年，开好局、起好步，至关重要。\n\n"
            "**三、2010年的主要工作** 2010年是极不平凡的一年。\n")
    result = process_text(page, fmt="markdown")
    profile = result.structure.profile
    assert (profile.title, profile.speaker, profile.delivered) == ("2011年重庆市政府工作报告", "黄奇帆", "2011-01-09")
    assert [s.title for s in result.structure.sections if s.level == 1] == [
        "“十一五”经济社会发展取得重大成就", "奋力做好“十二五”开局工作", "2010年的主要工作"]
    # (海南 2011) a bold lead-in ending in its colon with the first numbered item run on after it: the item is a heading
    joined = ("---\ntitle: 海南省2011年政府工作报告\n---\n\n（2011年2月21日 罗保铭）\n\n各位代表：\n\n"
              "**一、2010年的主要工作** 2010年是海南发展史上极不平凡的一年。\n\n"
              "**一年来，我们做了以下主要工作：** （一）抢抓机遇，主动作为，一批重大项目相继实施。全年争取资金32亿元。\n\n"
              "（二）优化结构，转变方式，产业基础更加夯实。造林23万亩。\n\n**二、2011年的重点工作** 今年是开局之年。\n")
    assert [(s.path, s.title) for s in process_text(joined, fmt="markdown").structure.sections if s.level] == [
        ("1", "2010年的主要工作"), ("1.1", "抢抓机遇，主动作为，一批重大项目相继实施"),
        ("1.2", "优化结构，转变方式，产业基础更加夯实"), ("2", "2011年的重点工作")]
    undated = "---\ntitle: 陕西省2011年政府工作报告\n---\n\n各位代表：\n\n一、去年工作回顾\n\n陕西生产总值增长14.5%。\n"
    assert process_text(undated, fmt="markdown").structure.profile.title == "2011年陕西省政府工作报告"
