"""Structure: speeches, headings of every style with their levels and numbering, points and sentences."""
from __future__ import annotations

import pytest

from pipeline.records import Section, Sentence, Speech, Structure

from conftest import BUNDLE, GOVREPORT, ZAKER, analyse_text, analysed, load_one, offset_problems

CN_NUMBERS = "一 二 三 四 五 六 七 八 九 十 十一 十二".split()


def headings(text: str, fmt: str = "text") -> list[tuple]:
    """(path, level, number, label, style, title) of every heading, in order."""
    st = analyse_text(text, fmt).structure
    return [(s.path, s.level, s.number, s.label, s.style, s.title) for s in st.sections if s.level]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("一、总体要求\n今年发展主要预期目标是：国内生产总值增长5.5%左右。\n二、重点任务\n正文。",
                 [("1", 1, 1, "一、", "cn", "总体要求"), ("2", 1, 2, "二、", "cn", "重点任务")], id="cn"),
    pytest.param("一.总体要求\n正文。\n二．重点任务", [("1", 1, 1, "一.", "cn", "总体要求"),
                                                 ("2", 1, 2, "二．", "cn", "重点任务")], id="cn-with-stops"),
    pytest.param("（一）着力稳定宏观经济大盘\n正文。\n(二)着力稳市场主体保就业",
                 [("1", 1, 1, "（一）", "cn_paren", "着力稳定宏观经济大盘"),
                  ("2", 1, 2, "(二)", "cn_paren", "着力稳市场主体保就业")], id="cn-paren-full-and-ascii"),
    pytest.param("1.坚持稳字当头\n正文。\n2、坚持改革开放\n3．坚持创新驱动\n４．坚持以人民为中心",
                 [("1", 1, 1, "1.", "arabic", "坚持稳字当头"), ("2", 1, 2, "2、", "arabic", "坚持改革开放"),
                  ("3", 1, 3, "3．", "arabic", "坚持创新驱动"), ("4", 1, 4, "4．", "arabic", "坚持以人民为中心")],
                 id="arabic-all-stops-and-fullwidth-digit"),
    pytest.param("（1）扩大有效投资\n(2)促进消费", [("1", 1, 1, "（1）", "arabic_paren", "扩大有效投资"),
                                          ("2", 1, 2, "(2)", "arabic_paren", "促进消费")], id="arabic-paren"),
    pytest.param("①稳就业\n②稳物价", [("1", 1, 1, "①", "circled", "稳就业"), ("2", 1, 2, "②", "circled", "稳物价")],
                 id="circled"),
    pytest.param("第一章 总则\n第一条 正文。\n第二章　发展目标",
                 [("1", 1, 1, "第一章", "chapter", "总则"), ("2", 1, 2, "第二章", "chapter", "发展目标")], id="chapter"),
    pytest.param("第一节 经济发展\n第二节 社会民生", [("1", 1, 1, "第一节", "article", "经济发展"),
                                            ("2", 1, 2, "第二节", "article", "社会民生")], id="section-jie"),
    pytest.param("第一编 总体战略\n第一章 发展环境\n第二篇 创新驱动", [
        ("1", 1, 1, "第一编", "part", "总体战略"), ("1.1", 2, 1, "第一章", "chapter", "发展环境"),
        ("2", 1, 2, "第二篇", "part", "创新驱动")], id="part-bian-pian"),
    pytest.param("\n".join(f"{n}、任务{i}" for i, n in enumerate(CN_NUMBERS, 1)),
                 [(str(i), 1, i, f"{n}、", "cn", f"任务{i}") for i, n in enumerate(CN_NUMBERS, 1)],
                 id="cn-up-to-twelve"),
    pytest.param("\n".join(f"{i}.措施{i}" for i in range(1, 13)),
                 [(str(i), 1, i, f"{i}.", "arabic", f"措施{i}") for i in range(1, 13)], id="arabic-up-to-twelve"),
])
def test_heading_styles(text, expected):
    assert headings(text) == expected


NESTED = """第一章 总则
第一节 目标任务
一、总体要求
（一）指导思想
1.坚持稳字当头。要稳中求进。
（1）稳增长
①扩大内需
②稳定就业
（2）调结构
2.深化改革
（二）主要目标
二、重点工作
第二节 保障措施
第二章 附则"""


def test_levels_follow_the_conventional_order_of_styles():
    assert headings(NESTED) == [
        ("1", 1, 1, "第一章", "chapter", "总则"),
        ("1.1", 2, 1, "第一节", "article", "目标任务"),
        ("1.1.1", 3, 1, "一、", "cn", "总体要求"),
        ("1.1.1.1", 4, 1, "（一）", "cn_paren", "指导思想"),
        ("1.1.1.1.1", 5, 1, "1.", "arabic", "坚持稳字当头"),
        ("1.1.1.1.1.1", 6, 1, "（1）", "arabic_paren", "稳增长"),
        ("1.1.1.1.1.1.1", 7, 1, "①", "circled", "扩大内需"),
        ("1.1.1.1.1.1.2", 7, 2, "②", "circled", "稳定就业"),
        ("1.1.1.1.1.2", 6, 2, "（2）", "arabic_paren", "调结构"),
        ("1.1.1.1.2", 5, 2, "2.", "arabic", "深化改革"),
        ("1.1.1.2", 4, 2, "（二）", "cn_paren", "主要目标"),
        ("1.1.2", 3, 2, "二、", "cn", "重点工作"),
        ("1.2", 2, 2, "第二节", "article", "保障措施"),
        ("2", 1, 2, "第二章", "chapter", "附则"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("（一）指导思想\n1.坚持稳字当头\n（二）主要目标\n1.国内生产总值增长5.5%左右",
                 [("1", 1, 1, "（一）", "cn_paren", "指导思想"), ("1.1", 2, 1, "1.", "arabic", "坚持稳字当头"),
                  ("2", 1, 2, "（二）", "cn_paren", "主要目标"),
                  ("2.1", 2, 1, "1.", "arabic", "国内生产总值增长5.5%左右")],
                 id="levels-among-styles-used-numbering-restarts-per-parent"),
    pytest.param("一、总体要求\n1.坚持稳字当头\n2.坚持改革\n正文中又列举了：\n1.这是一段引文里的编号\n二、重点工作",
                 [("1", 1, 1, "一、", "cn", "总体要求"), ("1.1", 2, 1, "1.", "arabic", "坚持稳字当头"),
                  ("1.2", 2, 2, "2.", "arabic", "坚持改革"), ("2", 1, 2, "二、", "cn", "重点工作")],
                 id="stray-1-in-the-middle-of-a-section"),
    pytest.param("1.稳增长\n正文。\n2.促改革\n正文。\n1.这段话以编号开头但不接着序列\n3.惠民生",
                 [("1", 1, 1, "1.", "arabic", "稳增长"), ("2", 1, 2, "2.", "arabic", "促改革"),
                  ("3", 1, 3, "3.", "arabic", "惠民生")], id="stray-1-between-numbered-sections"),
    pytest.param("一、总体要求\n三、跳过了二\n二、重点工作", [("1", 1, 1, "一、", "cn", "总体要求"),
                                               ("2", 1, 2, "二、", "cn", "重点工作")], id="skipped-number-is-no-heading"),
    pytest.param("二、没有一的二\n正文。", [], id="sequence-must-start-at-one"),
    pytest.param("一、\n正文。\n二、重点工作", [], id="label-without-title-is-no-heading"),
    pytest.param("1.5万亿元的减税降费。\n12.3%的增长。\n2022年工作\n10月1日起施行", [], id="numbers-are-no-headings"),
    pytest.param("一是坚持稳字当头。\n一般公共预算支出增长。", [], id="yishi-and-yiban-are-no-headings"),
])
def test_numbering_sequence(text, expected):
    assert headings(text) == expected


@pytest.mark.parametrize(("line", "title"), [
    pytest.param("一、坚持稳字当头。今年要稳中求进。", "坚持稳字当头", id="to-first-full-stop"),
    pytest.param("一、主要预期目标：", "主要预期目标", id="trailing-colon-trimmed"),
    pytest.param("一、完善宏观政策，稳定经济大盘", "完善宏观政策，稳定经济大盘", id="to-paragraph-end"),
    pytest.param("一、 总体要求 ", "总体要求", id="spaces-after-label"),
    pytest.param("（一）着力稳定宏观经济大盘，保持经济运行在合理区间。实施积极的财政政策。",
                 "着力稳定宏观经济大盘，保持经济运行在合理区间", id="govreport-style-long-title"),
    # (probe18) a copy site's text layer joins lines with spaces: a title running on past RUN_ON_MIN characters
    # ends at the first space between two Han characters (the heading's end), not at the body's first 。
    pytest.param("一、一季度工作开局良好,必须坚定信心、乘势而上 今年以来,面对复杂严峻的外部环境和艰巨繁重的改革发展稳定任务,"
                 "全市上 下坚持以习近平新时代中国特色社会主义思想为指导,统筹推进高质量发展和高水平安 全,实现了开门红开门稳。",
                 "一季度工作开局良好,必须坚定信心、乘势而上", id="run-on-title-ends-at-a-space"),
    pytest.param("一、坚持稳字当头 今年要稳中求进。", "坚持稳字当头 今年要稳中求进", id="short-title-keeps-its-space"),
])
def test_heading_title_runs_to_paragraph_end_or_first_full_stop(line, title):
    result = analyse_text(line + "\n正文。")
    (section,) = [s for s in result.structure.sections if s.level]
    assert section.title == title
    assert offset_problems(result) == []


@pytest.mark.parametrize(("text", "fmt", "expected"), [
    pytest.param("<h1>政府工作报告</h1><h2>2021年工作回顾</h2><p>国内生产总值达到114万亿元。</p>"
                 "<h2>2022年工作总体要求</h2><p>国内生产总值增长5.5%左右。</p>", "html",
                 [("1", 1, 1, "", "marked", "2021年工作回顾"), ("2", 1, 2, "", "marked", "2022年工作总体要求")],
                 id="html-h2-first-h1-is-title"),
    pytest.param("<p>导语。</p><p><strong>举旗定向，铸造城市的文明之魂</strong></p><p>正文。</p>"
                 "<p><b>创建为民，夯实城市的文明之本</b></p><p>正文。</p>", "html",
                 [("1", 1, 1, "", "marked", "举旗定向，铸造城市的文明之魂"),
                  ("2", 1, 2, "", "marked", "创建为民，夯实城市的文明之本")], id="html-bold-paragraphs"),
    pytest.param("<p>导语。</p><p><strong>这是一句加粗强调的完整的话。</strong></p><p>正文<strong>重点</strong>。</p>",
                 "html", [], id="html-bold-sentence-or-inline-bold-is-no-heading"),
    pytest.param("<p>导语。</p><h2>总体情况</h2><p>一、稳增长</p><p>二、促改革</p><h2>下步打算</h2><p>一、抓落实</p>", "html",
                 [("1", 1, 1, "", "marked", "总体情况"), ("1.1", 2, 1, "一、", "cn", "稳增长"),
                  ("1.2", 2, 2, "二、", "cn", "促改革"), ("2", 1, 2, "", "marked", "下步打算"),
                  ("2.1", 2, 1, "一、", "cn", "抓落实")], id="marked-headings-above-cn"),
    pytest.param("# 文明城市创建经验\n\n导语。\n\n## 举旗定向\n\n正文。\n\n## 创建为民 ##\n\n正文。", "markdown",
                 [("1", 1, 1, "", "marked", "举旗定向"), ("2", 1, 2, "", "marked", "创建为民")],
                 id="markdown-hashes-first-line-is-title"),
    pytest.param("导语。\n\n# 一、总体要求\n\n# 二、重点工作", "markdown",
                 [("1", 1, 1, "一、", "cn", "总体要求"), ("2", 1, 2, "二、", "cn", "重点工作")],
                 id="markdown-numbered-hash-keeps-its-number"),
    # probe17 (昆明市 2016, 哈尔滨市 2021 reports as markdown): a run-in heading bold inside its line is a heading
    # like its plain twin, and the ** are markup, not text
    pytest.param("导语。\n\n**一、2015年工作回顾**\n\n**（一）全力以赴稳增长。**积极应对经济下行压力。\n\n"
                 "**（二）加强城市建设管理。**编制专项规划。", "markdown",
                 [("1", 1, 1, "一、", "cn", "2015年工作回顾"), ("1.1", 2, 1, "（一）", "cn_paren", "全力以赴稳增长"),
                  ("1.2", 2, 2, "（二）", "cn_paren", "加强城市建设管理")], id="markdown-bold-run-in-heading"),
    # probe33 (四川 2016 as markdown): a bold line 第一，….。 under a 一、 heading is a sub-section of its own series,
    # not a marked heading above 一、 (its 。 inside the bold is the line's end)
    pytest.param("导语。\n\n**一、关于2016年工作**\n\n**第一，千方百计稳定经济增长。**\n\n正文。\n\n**第二，系统推进全面创新改革。**"
                 "\n\n正文。", "markdown",
                 [("1", 1, 1, "一、", "cn", "关于2016年工作"), ("1.1", 2, 1, "第一，", "ordinal", "千方百计稳定经济增长"),
                  ("1.2", 2, 2, "第二，", "ordinal", "系统推进全面创新改革")], id="markdown-bold-ordinal-line"),
])
def test_marked_headings(text, fmt, expected):
    assert headings(text, fmt) == expected


def test_sections_cover_the_text_and_carry_the_preface():
    text = "各位代表：\n现在，我代表国务院作报告。\n一、总体要求\n正文一。\n（一）指导思想\n正文二。\n二、重点工作\n正文三。"
    result = analyse_text(text)
    rows = [(s.section, s.path, s.level, s.style, text[s.start:s.end]) for s in result.structure.sections]
    assert rows == [
        (0, "0", 0, "preface", "各位代表：\n现在，我代表国务院作报告。"),
        (1, "1", 1, "cn", "一、总体要求\n正文一。\n（一）指导思想\n正文二。"),
        (1, "1.1", 2, "cn_paren", "（一）指导思想\n正文二。"),
        (2, "2", 1, "cn", "二、重点工作\n正文三。"),
    ]
    assert offset_problems(result) == []


# ---------------------------------------------------------------- the corpus

GOVREPORT_SECTIONS = [
    ("1", "一、", "2021年工作回顾"),
    ("2", "二、", "2022年经济社会发展总体要求和政策取向"),
    ("3", "三、", "2022年政府工作任务"),
    ("3.1", "（一）", "着力稳定宏观经济大盘，保持经济运行在合理区间"),
    ("3.2", "（二）", "着力稳市场主体保就业，加大宏观政策实施力度"),
    ("3.3", "（三）", "坚定不移深化改革，更大激发市场活力和发展内生动力"),
    ("3.4", "（四）", "深入实施创新驱动发展战略，巩固壮大实体经济根基"),
    ("3.5", "（五）", "坚定实施扩大内需战略，推进区域协调发展和新型城镇化"),
    ("3.6", "（六）", "大力抓好农业生产，促进乡村全面振兴"),
    ("3.7", "（七）", "扩大高水平对外开放，推动外贸外资平稳发展"),
    ("3.8", "（八）", "持续改善生态环境，推动绿色低碳发展"),
    ("3.9", "（九）", "切实保障和改善民生，加强和创新社会治理"),
]


def test_govreport_2022_three_sections_and_nine_subsections():
    result = analysed(load_one(GOVREPORT))
    st = result.structure
    assert st.title == "政府工作报告"
    assert [(s.speech, s.title) for s in st.speeches] == [(1, "政府工作报告")]
    got = [(s.path, s.label, s.title) for s in st.sections if s.level]
    assert got == GOVREPORT_SECTIONS
    assert [s.level for s in st.sections if s.level] == [1, 1, 1] + [2] * 9
    assert [s.number for s in st.sections if s.level == 2] == list(range(1, 10))
    assert {s.section for s in st.sections if s.level == 2} == {3}
    preface = st.sections[0]
    assert (preface.level, preface.style) == (0, "preface")
    # the subtitle and speaker line are the title block, not the body: the preface opens with the salutation
    assert result.document.text[preface.start:preface.end].startswith("各位代表：\n现在，我代表国务院")
    pr = st.profile
    assert (pr.subtitle, pr.occasion, pr.delivered, pr.speaker, pr.speaker_title) == (
        "——2022年3月5日在第十三届全国人民代表大会第五次会议上", "第十三届全国人民代表大会第五次会议",
        "2022-03-05", "李克强", "国务院总理")
    assert offset_problems(result) == []


BUNDLE_SPEECHES = [  # place, locality, adcode, title, the five 一、…五、 section titles
    ("广东省深圳市", "深圳市", "440300", "以深圳先行示范区标准创建全国文明城市", [
        "高举思想旗帜，建设信仰坚定、信念如磐的文明城市", "提升治理效能，建设和谐宜居、人民满意的文明城市",
        "注重德法兼治，建设崇德向善、健康向上的文明城市", "增强文化内涵，建设文化厚重、充满魅力的文明城市",
        "加强党的领导，建设凝心聚力、团结奋进的文明城市"]),
    ("浙江省宁波市", "宁波市", "330200", "奋力创建全国文明典范城市", [
        "举旗铸魂定向，在“信仰坚定”上下功夫", "提升文明素养，在“崇德向善”上下功夫", "打造文化强市，在“文化厚重”上下功夫",
        "注重内外兼修，在“和谐宜居”上下功夫", "强化数字赋能，在“人民满意”上下功夫"]),
    ("山东省济南市", "济南市", "370100", "创出一条路 蝶变一座城", [
        "突出全员导向抓创建，全市上下汇聚强大合力，人民群众的认同感越来越强",
        "突出问题导向抓创建，城市面貌发生深刻变化，人民群众的自豪感越来越强",
        "突出生态导向抓创建，环境质量取得根本好转，人民群众的幸福感越来越强",
        "突出发展导向抓创建，城市能级实现跨越提升，人民群众的成就感越来越强",
        "突出民生导向抓创建，生活品质得到显著改善，人民群众的获得感越来越强"]),
    ("山东省青岛市", "青岛市", "370200", "擦亮文明城市“金字招牌”", [
        "持续营造“崇德向善、见贤思齐”的公德氛围，共建共享更加和谐的城市",
        "持续深化“人民城市为人民”的工作理念，共建共享更加宜居的城市",
        "持续彰显“红瓦绿树、碧海蓝天”的特色风貌，共建共享更加美丽的城市",
        "持续激发“海纳百川、开放创新”的发展活力，共建共享更加宜业的城市",
        "持续巩固“全民参与、人人有责”的创建格局，共建共享更加高效的城市"]),
]


def test_bundle_yields_four_speeches_with_five_sections_each():
    result = analysed(load_one(BUNDLE))
    st, text = result.structure, result.document.text
    title = "2021年全国文明城市创建工作培训班交流发言材料摘编（一）（建设更高水平文明城市）"
    assert st.title == title
    editor, *speeches = st.speeches
    assert (editor.speech, editor.place, editor.title) == (0, "", title)
    assert text[editor.title_start:editor.title_end] == title  # the bundle's title line
    assert text[editor.start:editor.end].endswith("——编 者")
    assert [(s.speech, s.place, s.locality, s.adcode, s.title) for s in speeches] == [
        (n, place, locality, adcode, title) for n, (place, locality, adcode, title, _) in enumerate(BUNDLE_SPEECHES, 1)]
    for n, (*_, sections) in enumerate(BUNDLE_SPEECHES, 1):
        numbered = [s for s in st.sections if s.speech == n and s.level]
        assert [(s.section, s.level, s.style, s.title) for s in numbered] == [
            (k, 1, "cn", t) for k, t in enumerate(sections, 1)]
        preface = [s for s in st.sections if s.speech == n and not s.level]
        assert len(preface) == 1  # the speech's opening paragraph(s) before 一、
    assert offset_problems(result) == []


def test_markdown_corpus_document_is_one_speech_with_two_bold_sections():
    result = analysed(load_one(ZAKER))
    st = result.structure
    assert [(s.speech, s.place, s.title_start, s.title_end) for s in st.speeches] == [(1, "", 0, 0)]
    assert st.speeches[0].title == "中国_含金量最高、创建难度最大_的城市综合类评比，这些城市带来怎样的经验？"
    assert [(s.section, s.style, s.title) for s in st.sections if s.level] == [
        (1, "marked", "举旗定向，铸造城市的文明之魂"), (2, "marked", "创建为民，夯实城市的文明之本")]
    assert offset_problems(result) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("深圳市\n深圳市常住人口增长。\n一、总体要求", [(1, "深圳市", "深圳市")],
                 id="place-before-a-sentence-is-no-speech"),
    pytest.param("编者按：\n山东省济南市\n一、突出全员导向抓创建", [(1, "", "")],
                 id="place-before-a-heading-is-no-speech"),
    pytest.param("山东省济南市\n创出一条路 蝶变一座城\n一、突出全员导向抓创建\n浙江省宁波市\n奋力创建全国文明典范城市\n正文。",
                 [(1, "山东省济南市", "创出一条路 蝶变一座城"), (2, "浙江省宁波市", "奋力创建全国文明典范城市")],
                 id="bundle-without-front-text-has-no-speech-0"),
    pytest.param("文明城市创建永远都是进行时。\n——安徽省合肥市委宣传部副部长、文明办主任 魏玉萍\n"
                 "文明城市群与文明城市,只有一字之差。\n——江苏省无锡市文明办副主任 商明\n今年是博罗县的“文明创建”年。",
                 [(1, "安徽省合肥市", ""), (2, "江苏省无锡市", ""), (3, "", "")],
                 id="excerpts-closed-by-their-speakers-signatures"),
    pytest.param("我县村集体经济收入达75万元。\n——某县委书记 张三", [(1, "", "")],
                 id="signature-without-a-place-is-no-bundle"),
    pytest.param("——全县还有3个村集体年收入低于30万元,要加快补齐短板。", [(1, "", "")],
                 id="dash-opening-a-sentence-is-no-signature"),
    pytest.param("在全市创建文明城市推进会上的交流发言\n——安徽省合肥市委宣传部副部长 魏玉萍\n文明城市创建永远都是进行时。\n"
                 "文明城市群与文明城市,只有一字之差。", [(1, "安徽省合肥市", "在全市创建文明城市推进会上的交流发言")],
                 id="speaker-line-under-the-title-closes-no-speech"),
])
def test_speech_detection(text, expected):
    st = analyse_text(text).structure
    assert [(s.speech, s.place, s.title) for s in st.speeches] == expected


# ---------------------------------------------------------------- points and sentences

@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("一、总体要求\n把理想信念教育贯穿始终。一是坚持以习近平新时代中国特色社会主义思想为指导。二是唱响昂扬奋进主旋律，"
                 "引导全社会。三是强化理想信念教育。",
                 [(1, 1, "一是", "坚持以习近平新时代中国特色社会主义思想为指导", "一是坚持以习近平新时代中国特色社会主义思想为指导。"),
                  (1, 2, "二是", "唱响昂扬奋进主旋律，引导全社会", "二是唱响昂扬奋进主旋律，引导全社会。"),
                  (1, 3, "三是", "强化理想信念教育", "三是强化理想信念教育。")], id="after-full-stops"),
    pytest.param("主要做法有：一是稳增长；二是调结构；三是惠民生。",
                 [(0, 1, "一是", "稳增长", "一是稳增长；"), (0, 2, "二是", "调结构", "二是调结构；"),
                  (0, 3, "三是", "惠民生", "三是惠民生。")], id="after-colon-and-semicolons"),
    pytest.param("一是保持宏观政策连续性。\n二是强化就业优先政策。\n工作会议指出。",
                 [(0, 1, "一是", "保持宏观政策连续性", "一是保持宏观政策连续性。"),
                  (0, 2, "二是", "强化就业优先政策", "二是强化就业优先政策。")], id="across-paragraphs"),
    pytest.param("二是强化就业优先政策。三是稳物价。", [], id="must-start-at-one"),
    pytest.param("一是稳增长。三是惠民生。", [(0, 1, "一是", "稳增长", "一是稳增长。三是惠民生。")], id="gap-ends-the-run"),
    pytest.param("这不是问题。统一是前提。唯一是标准。", [], id="shi-inside-words"),
    pytest.param("十是加强党的领导。", [], id="ten-alone"),
])
def test_points(text, expected):
    result = analyse_text(text)
    text = result.document.text
    assert [(p.section, p.point, p.label, p.lead, text[p.start:p.end]) for p in result.structure.points] == expected
    assert offset_problems(result) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("第一句。第二句！第三句？", ["第一句。", "第二句！", "第三句？"], id="chinese-stops"),
    pytest.param("增长8.1%。比上年提高1.2个百分点。", ["增长8.1%。", "比上年提高1.2个百分点。"], id="decimal-points-do-not-split"),
    pytest.param("他说：“要坚持。”然后离开。", ["他说：“要坚持。”", "然后离开。"], id="closing-quote-stays"),
    pytest.param("问道：“怎么办？！”答：“干！”", ["问道：“怎么办？！”", "答：“干！”"], id="stacked-marks-and-quotes"),
    pytest.param("（以上数据均为初步统计。）下一句。", ["（以上数据均为初步统计。）", "下一句。"], id="closing-bracket-stays"),
    pytest.param("书名《平凡的世界。》之后", ["书名《平凡的世界。》", "之后"], id="closing-book-mark-stays"),
    pytest.param("等等……下一句", ["等等……", "下一句"], id="ellipsis"),
    pytest.param("如此等等……。下一句", ["如此等等……。", "下一句"], id="ellipsis-then-full-stop"),
    pytest.param("第一行。\n没有句号的一行\n第二行。", ["第一行。", "没有句号的一行", "第二行。"], id="line-end"),
    pytest.param("Really?! Yes. 是的。", ["Really?!", "Yes. 是的。"], id="ascii-marks-leading-space-dropped"),
    pytest.param("各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。",
                 ["各位代表：", "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。"],
                 id="govreport-opening"),
])
def test_sentences(text, expected):
    result = analyse_text(text)
    text = result.document.text
    assert [text[s.start:s.end] for s in result.structure.sentences] == expected
    assert offset_problems(result) == []


def test_every_corpus_record_slices_back_to_its_text(corpus_results):
    """With every stage (figures too): text[start:end] is the record's text, in every table."""
    assert set(corpus_results) == {"000_2fee95f66404a103", "004_456414553aa85d4f", "govreport-2022"}
    for doc_id, (_, result) in corpus_results.items():
        assert result.structure.sections and result.structure.sentences, doc_id
        assert offset_problems(result) == [], doc_id


# ------------------------------------------------------------------------- Structure.locate and sentence_at
# They bisect an index; the plain definitions (the last speech, and the last top-level section of that
# speech, starting at or before the offset, in the order given) are what they must answer.

def _speech(n: int, start: int) -> Speech:
    return Speech(n, "", "", "", "", start, start + 100, start, start)


def _section(speech: int, n: int, start: int, level: int = 1) -> Section:
    return Section(speech, n, level, n, "", str(n), "cn", "", start, start + 10, start, start)


def _plain_locate(st: Structure, offset: int) -> tuple[int, int]:
    speech = next((s.speech for s in reversed(st.speeches) if s.start <= offset), 1)
    section = 0
    for sec in st.sections:
        if sec.speech == speech and sec.level == 1 and sec.start <= offset:
            section = sec.section
    return speech, section


LOCATE_CASES = [
    pytest.param([_speech(1, 0)], [_section(1, 1, 10), _section(1, 2, 50), _section(1, 2, 60, level=2)],
                 id="one-speech-in-order-sub-sections-ignored"),
    pytest.param([_speech(0, 0), _speech(1, 30), _speech(2, 70)],
                 [_section(1, 1, 40), _section(2, 1, 80), _section(2, 2, 90)], id="bundle-with-front-text"),
    pytest.param([_speech(1, 5)], [_section(1, 1, 40), _section(1, 2, 20), _section(1, 3, 60)],
                 id="a-section-out-of-order-hides-the-later-start"),
    pytest.param([_speech(1, 0), _speech(2, 0)], [_section(1, 1, 0), _section(2, 1, 0), _section(2, 2, 0)],
                 id="equal-starts-the-last-wins"),
    pytest.param([], [], id="nothing-speech-1-section-0"),
]


@pytest.mark.parametrize(("speeches", "sections"), LOCATE_CASES)
def test_locate_answers_as_the_plain_definition(speeches, sections):
    st = Structure("", tuple(speeches), tuple(sections), (), (), ())
    answers = {offset: st.locate(offset) for offset in range(-1, 120)}
    assert answers == {offset: _plain_locate(st, offset) for offset in range(-1, 120)}
    assert len(set(answers.values())) > 1 or not sections  # the cases move between sections


def test_sentence_at_finds_the_sentence_holding_an_offset():
    sentences = (Sentence(0, 5), Sentence(6, 10), Sentence(10, 12))  # a gap at 5, touching at 10
    st = Structure("", (), (), (), (), sentences)
    expected = {-1: None, 0: sentences[0], 4: sentences[0], 5: None, 6: sentences[1], 9: sentences[1],
                10: sentences[2], 11: sentences[2], 12: None}
    assert {offset: st.sentence_at(offset) for offset in expected} == expected


# A newspaper's digest of a report lists its review and its targets under short lines that open with a time (bare
# above bulleted items, or ending with a colon above plain ones): each is a heading of the items under it. A line
# that opens with a time inside running text, or above sentences, is none.
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("1月26日上午,陕西省第十三届人民代表大会第五次会议在西安开幕。\n2020年成就:\n实现生产总值2.62万亿元,增长2.2%\n"
                 "城镇新增就业43.2万人\n“十三五”成就:\n生产总值年均增长6.3%\n2021年目标:\n生产总值增长6.5%左右\n城镇新增就业40万人",
                 [("1", 1, 1, "", "unnumbered", "2020年成就:"), ("2", 1, 2, "", "unnumbered", "“十三五”成就:"),
                  ("3", 1, 3, "", "unnumbered", "2021年目标:")], id="colon-lines-above-plain-items"),
    pytest.param("2022年,初步预计,地区生产总值增长4.7%左右,在过5万亿经济大省中增速第一\n新增市场主体144.4万户,再创历史新高\n"
                 "2023年预期目标\n●地区生产总值增长6.5%左右,在实际工作中争取更好结果\n●居民消费价格涨幅3%左右",
                 [("1", 1, 1, "", "unnumbered", "2023年预期目标")], id="bare-line-above-bulleted-items"),
    pytest.param("各位代表:\n2023年预期目标\n全市地区生产总值增长6%左右。居民消费价格涨幅3%左右。", [],
                 id="a-bare-line-above-plain-text-is-none"),
    # 13ae (华商报 商洛 2018): 回顾/展望 and a year alone head the plain lines under them (headings.tsv digest)
    pytest.param("|\n回顾2017年\n生产总值增长9.5%,规模以上工业增加值增长14.5%\n城乡居民收入分别增长8.6%和9.3%\n"
                 "展望2018年\n生产总值增长9%左右,规模以上工业增加值增长12%左右\n全社会固定资产投资增长12%左右",
                 [("1", 1, 1, "", "unnumbered", "回顾2017年"), ("2", 1, 2, "", "unnumbered", "展望2018年")],
                 id="look-back-and-ahead-lines-above-plain-items"),
    pytest.param("各位代表:\n回顾2017年\n我们深深体会到,发展是第一要务。全市地区生产总值增长6%。", [],
                 id="a-look-back-line-above-sentences-is-none"),
])
def test_time_lines_head_a_digests_lists(text, expected):
    assert headings(text) == expected


# A copy site prints an exchange material's title again as a line of the text (在总河长会议上的经验交流发言 above 近年来… and
# again above 一是…): the title, not an unnumbered heading. A different short line there is still one.
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("在总河长会议上的经验交流发言\n近年来,县坚持以生态文明思想为指导,把河(湖)长制工作摆在突出位置来抓,推动河湖面貌明显改善。\n"
                 "在总河长会议上的经验交流发言\n一是坚持系统思维、统筹推进,健全科学治理体系。县财政每年预算500万元专项工作经费,"
                 "设立县级河长25名、乡级河长122名。", [], id="the-title-repeated-is-no-heading"),
    pytest.param("在总河长会议上的经验交流发言\n近年来,县坚持以生态文明思想为指导,把河(湖)长制工作摆在突出位置来抓,推动河湖面貌明显改善。\n"
                 "强化组织保障\n一是坚持系统思维、统筹推进,健全科学治理体系。县财政每年预算500万元专项工作经费,"
                 "设立县级河长25名、乡级河长122名。", [("1", 1, 1, "", "unnumbered", "强化组织保障")],
                 id="another-short-line-is-still-one"),
])
def test_a_line_repeating_the_title_is_no_heading(text, expected):
    assert headings(text) == expected


# probe5 (四川 2024): a review heading above a paragraph that closes by leading into its list (…目标任务。一年来，主要做了以下
# 工作：) is a heading: that paragraph is running text. A colon line with no sentence in it is no such paragraph.
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("各位代表:\n现在,我代表省人民政府,向大会报告工作,请予审议。\n2023年工作回顾\n"
                 "刚刚过去的2023年,全省地区生产总值突破6万亿元,较好完成全年经济社会发展目标任务。一年来,主要做了以下工作:\n"
                 "一是着力推动经济恢复回升,实现经济运行整体好转。", [("1", 1, 1, "", "unnumbered", "2023年工作回顾")],
                 id="a-heading-above-a-paragraph-leading-into-a-list"),
    pytest.param("各位代表:\n现在,我代表省人民政府,向大会报告工作,请予审议。\n2023年工作回顾\n一年来主要做了以下工作:\n"
                 "一是着力推动经济恢复回升,实现经济运行整体好转。", [], id="a-colon-line-without-a-sentence-is-not-running-text"),
])
def test_a_paragraph_leading_into_a_list_is_running_text(text, expected):
    assert headings(text) == expected


# probe5 (北京 2025, a bilingual page): the English line under a heading is its translation, not the heading's second line
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("各位代表:\n现在,我代表北京市人民政府,向大会报告政府工作。\n一、2024年工作回顾\nI A Review of Our Work in 2024\n"
                 "三是坚持以科技创新引领新质生产力发展,现代化产业体系加快建设。",
                 [("1", 1, 1, "一、", "cn", "2024年工作回顾")], id="the-english-line-under-a-heading-is-no-part-of-it"),
    pytest.param("各位代表:\n现在,我代表北京市人民政府,向大会报告政府工作。\n一、2024年和“十四五”\n时期工作回顾\n"
                 "三是坚持以科技创新引领新质生产力发展,现代化产业体系加快建设。",
                 [("1", 1, 1, "一、", "cn", "2024年和“十四五”时期工作回顾")], id="a-chinese-second-line-still-is"),
])
def test_a_translation_line_is_no_second_line_of_a_heading(text, expected):
    assert headings(text) == expected


# 13ad (exchange materials): a 发言汇编 whose blocks open with a headline and a speaker line, the office naming its place
# (浙江省县(市、区)委书记工作交流会上的发言汇编: 杭州市西湖区委书记 高国飞, 宁波市委常委、北仑区委书记 潘银浩): one speech per block,
# each with the place of its office (the last the office names); the profile reads the first block's lines as the page's.
HEADED_BUNDLE = (
    "浙江省县(市、区)委书记工作交流会上的发言汇编10篇(20220406)\n坚持首善标准 在服务保障亚运会中展现西湖担当\n"
    "杭州市西湖区委书记 高国飞\n西湖区聚焦“五精五高”,贯彻“简约、安全、精彩”的办会理念,坚持系统思维、量化闭环高效,"
    "全力服务保障亚运筹办,促进区域高质量发展。做优24小时“时时在线”的公共服务,建成幸福西湖民生综合体20个,提供全时段民生服务。\n"
    "打造最小作战单元 释放最大治理效能\n宁波市委常委、北仑区委书记 潘银浩")


def test_a_bundle_of_headed_blocks_is_one_speech_a_block():
    st = analyse_text(HEADED_BUNDLE).structure
    assert [(s.speech, s.place, s.locality) for s in st.speeches] == [(1, "杭州市西湖区", "西湖区"), (2, "北仑区", "北仑区")]
    assert st.speeches[1].title == "打造最小作战单元 释放最大治理效能"


def test_one_headline_over_a_speaker_line_is_a_single_speech():
    text = HEADED_BUNDLE[:HEADED_BUNDLE.index("\n打造最小作战单元")]  # the first block alone
    st = analyse_text(text).structure
    assert [(s.speech, s.locality) for s in st.speeches] == [(1, "西湖区")]


# probe25 (a template site's 讲话汇编 page): each speech under its own title and a salutation (XX镇镇长在…活动上的讲话 /
# 尊敬的各位同志们： / … / 南宫市市长在…大会上的讲话 / 同志们：): one speech a block, the title its title, the places opening
# it its place; the tail of a speech the page began in is the bundle's front (speech 0).
TITLED_BUNDLE = (
    "乡镇长在重点工作会上的讲话汇编\n祝愿瓜沥的明天更加美好！\n谢谢大家！\n"
    "XX镇镇长在“不忘初心使命助力乡村振兴”公益行活动上的讲话\n尊敬的各位同志们：\n"
    "大家好！今天，我们在这里举行爱心捐赠活动。公司连续三年以来对我镇80岁以上老人给予帮助。\n"
    "南宫市市长在全市镇村两级干部大会上的讲话\n同志们：\n今天会议的主要任务是全面总结2023年工作，全市完成投资50亿元。")


def test_a_bundle_of_titled_speeches_is_one_speech_a_title():
    st = analyse_text(TITLED_BUNDLE).structure
    assert [(s.speech, s.place, s.title) for s in st.speeches] == [
        (0, "", ""), (1, "", "XX镇镇长在“不忘初心使命助力乡村振兴”公益行活动上的讲话"),
        (2, "南宫市", "南宫市市长在全市镇村两级干部大会上的讲话")]


def test_one_titled_speech_in_a_body_is_no_bundle():
    text = TITLED_BUNDLE[:TITLED_BUNDLE.index("\n南宫市市长")]  # one title and salutation inside the body
    st = analyse_text(text).structure
    assert [s.speech for s in st.speeches] == [1]


# A news report of several officials puts each one's headline after their office and name (省发展和改革委员会主任陈军：
# …): a heading between running text, though it holds a colon; a line of someone's words after a colon is none
# (probe7, 安徽 2024 直通两会).
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("会后，省两会新闻中心举办了第三场“直通两会”活动，三位厅局长道出思路、吐露心声。\n"
                 "省发展和改革委员会主任陈军：奋力开创现代化美好安徽建设新局面\n"
                 "安徽省发展和改革委员会主任陈军在接受采访时说，过去一年，取得了一系列新进展、新成效。",
                 [("1", 1, 1, "", "unnumbered", "省发展和改革委员会主任陈军：奋力开创现代化美好安徽建设新局面")],
                 id="speaker-headline"),
    pytest.param("会后，省两会新闻中心举办了第三场“直通两会”活动，三位厅局长道出思路、吐露心声。\n"
                 "省发展和改革委员会主任陈军：我们坚信，明年再来看，所见皆新貌。\n"
                 "安徽省发展和改革委员会主任陈军在接受采访时说，过去一年，取得了一系列新进展、新成效。",
                 [], id="speaker-words-are-no-headline"),
])
def test_speaker_headlines(text, expected):
    assert headings(text) == expected
