"""Context: each figure's time, claim and measure from its sentence, paragraph, headings and document.

Every case is a real report or news text (a heading and a paragraph or two around the sentence) with the
document's date and place as front matter; it lists every figure of the text as (mention, time, claim, measure).
"""
import pytest

from pipeline import process_text
from pipeline.context import timex
from pipeline.context.measure import measure_of

REPORT = "---\ntitle: 政府工作报告\ndate: {date}\nplace: {place}\n---\n"

CASES = [
    # id, date, place, text, expected [(mention, time, claim, measure)]
    ("review-heading-year", "2026-01-26", "上海市",
     "一、2025年工作回顾\n过去一年，全市生产总值达到5.67万亿元、增长5.4%。",
     [("5.67万亿元", "2025", "actual", "地区生产总值"), ("5.4%", "2025", "actual", "地区生产总值")]),
    ("plan-heading-target", "2026-01-26", "上海市",
     "一、2026年主要任务\n全市生产总值增长5%左右，城镇调查失业率5%以内，居民消费价格涨幅2%左右。",
     [("5%左右", "2026", "target", "地区生产总值"), ("5%以内", "2026", "target", "城镇调查失业率"),
      ("2%左右", "2026", "target", "居民消费价格")]),
    ("review-without-year-is-the-year-before", "2026-01-27", "吉林省",
     "一、工作回顾\n粮食总产量达到871.6亿斤。",
     [("871.6亿斤", "2025", "actual", "粮食产量")]),
    ("plan-period-level-is-its-last-year-average-its-span", "2026-02-04", "宁夏回族自治区",
     "一、“十四五”时期工作回顾\n地区生产总值跨越5000亿元大关，年均增长5.7%。",
     [("5000亿元", "2025", "actual", "地区生产总值"), ("5.7%", "2021/2025", "actual", "地区生产总值")]),
    ("from-to-each-its-year", "2026-01-26", "河北省",
     "一、“十四五”时期经济社会发展回顾\n全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。",
     [("3.68万亿元", "2020", "actual", "地区生产总值"), ("4.93万亿元", "2025", "actual", "地区生产总值")]),
    ("paragraph-opening-period", "2026-01-27", "辽宁省",
     "一、2025年和“十四五”时期工作回顾\n“十四五”时期是开启新征程的第一个五年。全省地区生产总值年均增长4.5%。",
     [("4.5%", "2021/2025", "actual", "地区生产总值")]),
    ("sub-heading-plan-words-under-review", "2026-02-05", "安徽省",
     "一、2025年工作和“十四五”发展回顾\n（六）用心用情办好民生实事\n城镇新增就业75.7万人。",
     [("75.7万人", "2025", "actual", "城镇新增就业")]),
    ("targets-list-national", "2022-03-05", "",
     "今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上，城镇调查失业率全年控制在5.5%以内。",
     [("5.5%左右", "2022", "target", "国内生产总值"), ("1100万人以上", "2022", "target", "城镇新增就业"),
      ("5.5%以内", "2022", "target", "城镇调查失业率")]),
    ("jiang-as-ba-in-review", "2022-03-05", "",
     "一、2021年工作回顾\n建立常态化财政资金直达机制，将2.8万亿元中央财政资金纳入直达范围。",
     [("2.8万亿元", "2021", "actual", "")]),
    ("achieved-target-words", "2026-01-26", "天津市",
     "一、2025年工作回顾\n超额完成年度目标，新增就业32.7万人。",
     [("32.7万人", "2025", "actual", "城镇新增就业")]),
    ("future-year-is-a-target", "2021-10-19", "成都市",
     "力争到2025年，全市常住人口城镇化率达到82%。",
     [("82%", "2025", "target", "常住人口城镇化率")]),
    ("estimate-is-actual", "2026-01-26", "湖北省",
     "预计全年地区生产总值增长5.5%。",
     [("5.5%", "2026", "actual", "地区生产总值")]),
    ("months-and-same-period", "2021-08-20", "宁波市",
     "2021年1-7月，全市外贸进出口总额增长20.1%。同期，社会消费品零售总额增长18.4%。",
     [("20.1%", "2021-01/2021-07", "actual", "进出口总额"),
      ("18.4%", "2021-01/2021-07", "actual", "社会消费品零售总额")]),
    ("share-and-part-are-not-the-measure", "2026-01-26", "上海市",
     "一、2025年工作回顾\n数字经济增加值占地区生产总值比重达到8%，限额以上单位消费品零售额增长3.1%。",
     [("8%", "2025", "actual", ""), ("3.1%", "2025", "actual", "")]),
    ("years-ago-and-since", "2021-10-19", "",
     "党的十八大以来，习近平总书记3次亲临视察。65 年前，467 名青年志愿者登上大陈岛垦荒。",
     [("3次", "2012/2021", "actual", ""), ("467 名", "1956", "actual", "")]),
    ("undated-document-has-no-time", "", "",
     "全市地区生产总值增长3.2%。",
     [("3.2%", "", "actual", "地区生产总值")]),  # 全市: a city's, though the text does not say which
    ("national-figure", "2022-03-05", "",
     "国内生产总值达到114万亿元，增长8.1%。全国财政收入突破20万亿元。",
     [("114万亿元", "2022", "actual", "国内生产总值"), ("8.1%", "2022", "actual", "国内生产总值"),
      ("突破20万亿元", "2022", "actual", "一般公共预算收入")]),
]


def _front(date: str, place: str) -> str:
    lines = ["---", "title: 报告"] + ([f"date: {date}"] if date else []) + ([f"place: {place}"] if place else [])
    return "\n".join(lines + ["---", ""])


@pytest.mark.parametrize("date, place, text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_context(date, place, text, expected):
    result = process_text(_front(date, place) + text, fmt="markdown")
    got = [(f.mention, f.time, f.claim, f.measure) for f in result.figures if f.kind != "duration"]
    assert got == expected


@pytest.mark.parametrize("phrase, ref, scope, iso", [
    ("2021年1-2月", 2021, None, "2021-01/2021-02"),
    ("今年1-6月", 2021, None, "2021-01/2021-06"),
    ("1—11月", 2022, 2021, "2021-01/2021-11"),
    ("前三季度", 2022, 2021, "2021-01/2021-09"),
    ("上半年", 2021, None, "2021-01/2021-06"),
    ("二季度", 2021, None, "2021-04/2021-06"),
    ("6月份", 2021, None, "2021-06"),
    ("前2月", 2021, None, "2021-01/2021-02"),
    ("一至三季度", 2021, None, "2021-01/2021-09"),
    ("2018年至2020年", 2021, None, "2018/2020"),
    ("2018年以来", 2021, None, "2018/2021"),
    ("“十四五”时期", 2026, None, "2021/2025"),
    ("“十四五”以来", 2026, None, "2021/2025"),
    ("十三五", 2021, None, "2016/2020"),
    ("第十五个五年规划", 2026, None, "2026/2030"),
    ("党的十八大以来", 2021, None, "2012/2021"),
    ("过去五年", 2026, None, "2021/2025"),
    ("近两年", 2022, None, "2020/2021"),
    ("这五年", 2026, None, "2021/2025"),
    ("五年来", 2026, None, "2021/2025"),
    ("65 年前", 2021, None, "1956"),
    ("去年", 2026, None, "2025"),
    ("上年", 2026, None, "2025"),
    ("全年", 2026, 2025, "2025"),
    ("2021年10月19日", 2021, None, "2021-10-19"),
    ("2023年底", 2026, None, "2023"),
    ("2025年度", 2026, None, "2025"),
    ("今年 9 月", 2021, None, "2021-09"),
])
def test_time_expressions_resolve(phrase, ref, scope, iso):
    m = timex.pattern().fullmatch(phrase)
    assert m is not None, phrase
    assert timex.resolve(m, ref, scope).iso() == iso


def test_relative_times_need_the_documents_year():
    m = timex.pattern().fullmatch("去年")
    assert timex.resolve(m, None) is None
    assert timex.resolve(timex.pattern().fullmatch("同期"), 2021) is None  # from the sentence before


@pytest.mark.parametrize("indicator, kind, national, measure", [
    ("生产总值", "percent", False, "地区生产总值"),
    ("生产总值", "money", True, "国内生产总值"),
    ("GDP", "percent", False, "地区生产总值"),
    ("经济", "percent", False, "地区生产总值"),
    ("民营经济增加值", "percent", False, ""),
    ("人均地区生产总值", "money", False, "人均地区生产总值"),
    ("占GDP比重", "percent", False, ""),
    ("全社会研发经费支出相当于全市生产总值的比例", "percent", False, "研发经费投入强度"),
    ("农村居民人均可支配收入", "money", False, "农村居民人均可支配收入"),
    ("全体居民人均可支配收入", "percent", False, "居民人均可支配收入"),
    ("社零总额", "percent", False, "社会消费品零售总额"),
    ("限额以上单位消费品零售额", "percent", False, ""),
    ("规上工业增加值", "percent", False, "规模以上工业增加值"),
    ("CPI涨幅", "percent", False, "居民消费价格"),
    ("细颗粒物（PM2.5）平均浓度", "percent", False, "PM2.5平均浓度"),
    ("空气质量优良率", "percent", False, "空气质量优良天数比率"),
    ("粮食总产量", "measure", False, "粮食产量"),
    ("粮食总产量", "rank", False, "粮食产量"),
    ("城镇调查失业率", "money", False, ""),
])
def test_measures(indicator, kind, national, measure):
    assert measure_of(indicator, kind, national) == measure


@pytest.mark.parametrize("place, text, expected", [
    pytest.param("上海市", "2025年，浙江生产总值增长9.8%、福建增长7.6%。", [("9.8%", "浙江省"), ("7.6%", "福建省")],
                 id="places-go-to-their-own-numbers"),
    pytest.param("上海市", "杭州生产总值2.3万亿元，增长5%；宁波生产总值1.8万亿元，增长6%。",
                 [("2.3万亿元", "杭州市"), ("5%", "杭州市"), ("1.8万亿元", "宁波市"), ("6%", "宁波市")],
                 id="a-place-carries-to-the-next-number-until-another-is-named"),
    pytest.param("河北省", "全国财政收入突破20万亿元，全省一般公共预算收入增长2%。",
                 [("突破20万亿元", ""), ("2%", "河北省")], id="national-figure-has-no-place"),
    pytest.param("湖北省", "全省地区生产总值增长5.1%。宜昌新港投入使用。", [("5.1%", "湖北省")],
                 id="a-city-in-a-later-sentence-is-not-the-place"),
])
def test_places(place, text, expected):
    result = process_text(_front("2026-01-27", place) + text, fmt="markdown")
    assert [(f.mention, f.place) for f in result.figures] == expected
