"""What a saved page's <meta> tags, canonical link, front matter and address say about the document
(pipeline/pagemeta.py), and where it shows: documents.csv's date, url and published, and the figures' time."""
from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import load_one
from pipeline.pagemeta import address_date, from_front_matter, from_tags
from pipeline.run import process

GOV_HEAD = [("SiteName", "宿州市人民政府"), ("SiteDomain", "www.ahsz.gov.cn"), ("ColumnName", "政务要闻"),
            ("ArticleTitle", "宿州市2021年经济运行情况"), ("PubDate", "2022-01-25 09:07"),
            ("ContentSource", "宿州日报"), ("Keywords", "经济运行"),
            ("Url", "https://www.ahsz.gov.cn/zwzx/szyw/202201/t20220125_1234567.html")]


@pytest.mark.parametrize(("tags", "expected"), [
    pytest.param(GOV_HEAD, {"title": "宿州市2021年经济运行情况", "date": "2022-01-25 09:07", "source": "宿州日报",
                            "url": "https://www.ahsz.gov.cn/zwzx/szyw/202201/t20220125_1234567.html"},
                 id="government-site-standard-tags"),
    pytest.param([("og:title", "江苏经济半年报出炉"), ("article:published_time", "2024-07-16T10:21:00+08:00"),
                  ("og:site_name", "新华日报"), ("og:url", "https://xh.xhby.net/pc/con/202407/16/content_1.html"),
                  ("article:modified_time", "2024-07-18T08:00:00+08:00")],
                 {"title": "江苏经济半年报出炉", "date": "2024-07-16T10:21:00+08:00", "source": "新华日报",
                  "url": "https://xh.xhby.net/pc/con/202407/16/content_1.html"},
                 id="open-graph-tags-modified-time-never-the-date"),
    pytest.param([("og:title", "标题甲"), ("ArticleTitle", "标题乙"), ("sitename", "某某网"), ("ContentSource", "某某报")],
                 {"title": "标题乙", "source": "某某报"}, id="better-ranked-tag-wins-whatever-the-order"),
    pytest.param([("PUBDATE", "2021-03-08"), ("publishdate", "2021-03-09")], {"date": "2021-03-08"},
                 id="case-of-the-key-and-first-of-equal-rank"),
    pytest.param([("PubDate", "  "), ("publishdate", "2021-03-09")], {"date": "2021-03-09"},
                 id="empty-content-skipped"),
    pytest.param([("author", "责任编辑：王某"), ("keywords", "政府工作报告"), ("description", "…")], {},
                 id="author-and-other-tags-not-read"),
    pytest.param([("canonical", "https://www.gov.cn/zhengce/2022-03/12/content_5678750.htm")],
                 {"url": "https://www.gov.cn/zhengce/2022-03/12/content_5678750.htm"}, id="canonical-link"),
    pytest.param([("og:url", "javascript:void(0)"), ("url", "首页"), ("canonical", "/art/2023/2/7/art_1_2.html")],
                 {"url": "/art/2023/2/7/art_1_2.html"}, id="only-an-address-or-a-path-is-a-url"),
])
def test_tags_give_metadata(tags, expected):
    assert from_tags(tags) == expected


@pytest.mark.parametrize(("url", "iso"), [
    pytest.param("https://www.gov.cn/zhengce/2022-03/12/content_5678750.htm", "2022-03-12", id="xinhua-gov-cn"),
    pytest.param("http://www.ahsz.gov.cn/zwzx/szyw/202201/t20220125_1234567.html", "2022-01-25", id="trs-wcm"),
    pytest.param("https://www.hangzhou.gov.cn/art/2023/2/7/art_1229063381_1830458.html", "2023-02-07", id="hanweb"),
    pytest.param("http://politics.people.com.cn/n1/2021/0305/c1001-32043525.html", "2021-03-05", id="people-cn"),
    pytest.param("https://news.example.cn/2019/12/31/abc.shtml", "2019-12-31", id="year-month-day-path"),
    pytest.param("https://news.example.cn/20191231/abc.shtml", "2019-12-31", id="compact-day-segment"),
    # a year, then its month and day run together, then the article's number (probe36: a 2017 news page)
    pytest.param("http://news.example.com/page/2017/0321/1202555.shtml", "2017-03-21", id="year-then-month-day-then-number"),
    pytest.param("http://news.example.com/page/2017/0321/list.shtml", "", id="year-then-month-day-then-a-word"),
    pytest.param("https://www.gov.cn/zhengce/2022-13/45/content_1.htm", "", id="no-such-day"),
    pytest.param("https://tjj.example.gov.cn/tjsj/2023/index.html", "", id="year-alone-is-no-day"),
    pytest.param("https://www.example.cn/show.asp?id=20220305", "", id="an-id-that-looks-like-a-day"),
    pytest.param("https://www.example.cn/a/2022/03-05x/", "", id="mixed-separators"),
    pytest.param("", "", id="no-address"),
])
def test_address_date(url, iso):
    assert address_date(url) == iso


@pytest.mark.parametrize(("data", "expected"), [
    pytest.param({"title": "报告", "source": "https://mp.weixin.qq.com/s/abc", "tags": ["a"]},
                 {"title": "报告", "url": "https://mp.weixin.qq.com/s/abc"}, id="clipper-source-is-the-address"),
    pytest.param({"source": "解放日报", "url": "https://www.jfdaily.com/news/detail?id=1"},
                 {"source": "解放日报", "url": "https://www.jfdaily.com/news/detail?id=1"}, id="outlet-and-url"),
    pytest.param({"date": 2022, "author": "", "place": None, "categories": {"a": 1}}, {"date": "2022"},
                 id="scalars-as-written-empty-and-collections-left-out"),
])
def test_front_matter_fields(data, expected):
    assert from_front_matter(data) == expected


PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>去年我市经济运行稳中有进_要闻_宿州市人民政府</title>
<meta name="ArticleTitle" content="去年我市经济运行稳中有进">
<meta name="ContentSource" content="宿州日报">
{date}<link rel="canonical" href="https://www.ahsz.gov.cn/zwzx/szyw/202201/t20220125_1234567.html">
<meta name="lastmodifiedtime" content="2023-05-01">
</head><body>
<div class="nav">首页 &gt; 要闻</div>
<h1>去年我市经济运行稳中有进</h1>
<p>去年，宿州市地区生产总值增长8.5%，今年预期增长7%左右。</p>
</body></html>
"""
URL = "https://www.ahsz.gov.cn/zwzx/szyw/202201/t20220125_1234567.html"


@pytest.mark.parametrize(("date_tag", "metadata_date", "published", "times"), [
    pytest.param('<meta name="PubDate" content="2021-12-30 16:00">\n', "2021-12-30 16:00", "2021-12-30",
                 ["2020", "2021"], id="pubdate-tag"),
    pytest.param("", None, "2022-01-25", ["2021", "2022"], id="no-date-tag-the-address-says-the-day"),
])
def test_a_page_with_no_date_in_its_text_is_dated_by_its_metadata(tmp_path, date_tag, metadata_date, published,
                                                                    times):
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(date=date_tag), encoding="utf-8")
    raw = load_one(path)
    assert dict(raw.metadata) == {"title": "去年我市经济运行稳中有进", "source": "宿州日报", "url": URL,
                                  **({"date": metadata_date} if metadata_date else {})}
    result = process(raw)
    pr = result.structure.profile
    assert (pr.title, pr.outlet, pr.published, pr.profile_from) == ("去年我市经济运行稳中有进", "宿州日报", published,
                                                                   "text,metadata")
    assert [(f.mention, f.time, f.claim) for f in result.figures] == [("8.5%", times[0], "actual"),
                                                                      ("7%左右", times[1], "target")]
    out = tmp_path / "out"
    run = CliRunner().invoke(app, ["extract", str(path), "-o", str(out)])
    assert run.exit_code == 0, run.output
    with open(out / "documents.csv", encoding="utf-8-sig") as f:
        row = next(csv.DictReader(f))
    assert (row["published"], row["date"], row["url"], row["outlet"]) == (published, metadata_date or "", URL,
                                                                          "宿州日报")


def test_front_matter_wins_over_the_tags_of_an_html_body(tmp_path):
    path = tmp_path / "page.md"
    path.write_text("---\ntitle: 剪藏的标题\ndate: 2022-02-01\n---\n" + PAGE.format(date=""), encoding="utf-8")
    assert dict(load_one(path).metadata) == {"title": "剪藏的标题", "date": "2022-02-01", "source": "宿州日报",
                                             "url": URL}


TRADITIONAL_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>廣東今年經濟增長目標5% | 點新聞</title>
<meta property="article:published_time" content="2024-01-23T10:45:00+08:00">
</head><body>
<div class="toolbar"><a href="#">分享</a> <a href="#">收藏</a></div>
<h1>廣東今年經濟增長目標5%</h1>
<p>王偉中指，今年經濟社會發展的主要預期目標是：地區生產總值增長5%；進出口總額增長1%。</p>
<div class="share">收藏 取消收藏</div>
<p>稿件由上傳 · 文責自負 · 不代表本網立場</p>
</body></html>
"""


def test_a_traditional_page_headline_under_its_sites_title(tmp_path):
    """probe24 (点新闻 2024-01-23): the page's <title> is the headline and the site's name after a bar; the headline,
    marked <h1>, is the title (folded to simplified characters as the text is), not the site's name with it nor a
    section heading; the toolbar and the disclaimer under the article are no body."""
    path = tmp_path / "page.html"
    path.write_text(TRADITIONAL_PAGE, encoding="utf-8")
    result = process(load_one(path))
    pr = result.structure.profile
    assert (pr.title, pr.published) == ("广东今年经济增长目标5%", "2024-01-23")
    assert [s.title for s in result.structure.sections if s.title] == []
    assert [(f.mention, f.time, f.claim) for f in result.figures] == [("5%", "2024", "target"), ("1%", "2024", "target")]
    assert "不代表" not in result.document.text[pr.body_start:pr.body_end]
