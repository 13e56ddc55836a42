"""The document profile (title block, byline, page fields), page furniture and the body's bounds; appendices and
unnumbered headings. Lines are real: the 2026 provincial work reports in ../shared/corpus-dev as scraped, the
2022 government work report, and the forms the same lines take on other sites (parenthesised or undashed
subtitles, Chinese-numeral dates, one-line breadcrumbs, bylines at the page's end)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, analyse_text, canonical, offset_problems, read_rows, run_cli
from pipeline import furniture as fu
from pipeline import process_text
from pipeline.profile import caption_speaker, file_title, iso_date, metadata_date, place_of, speaker, subtitle, without_site

SHARED = ROOT.parent / "shared"
CORPUS_DEV = SHARED / "corpus-dev"
PROFILE_GOLD = SHARED / "gold" / "reports-dev" / "profile.json"
PROFILE_SCORER = SHARED / "tools" / "score_profile.py"

# ---------------------------------------------------------------- fields of single lines


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("——2026年1月26日在天津市第十八届人民代表大会第四次会议上",
                 ("天津市第十八届人民代表大会第四次会议", "2026-01-26"), id="dash-led"),
    pytest.param("――2026年2月3日在上海市第十六届人民代表大会第四次会议上",
                 ("上海市第十六届人民代表大会第四次会议", "2026-02-03"), id="horizontal-bar-led"),
    pytest.param("2026年2月4日在内蒙古自治区第十四届人民代表大会第五次会议上",
                 ("内蒙古自治区第十四届人民代表大会第五次会议", "2026-02-04"), id="no-dash"),
    pytest.param("（2026年1月27日在吉林省第十四届人民代表大会第五次会议上）",
                 ("吉林省第十四届人民代表大会第五次会议", "2026-01-27"), id="in-parentheses"),
    pytest.param("——二〇二六年一月二十六日在河北省第十四届人民代表大会第四次会议上",
                 ("河北省第十四届人民代表大会第四次会议", "2026-01-26"), id="chinese-numeral-date"),
    pytest.param("（二〇二五年十二月三十一日在全省经济工作会议上的讲话）", ("全省经济工作会议", "2025-12-31"),
                 id="parentheses-chinese-numerals-speech"),
    pytest.param("——在全省经济工作会议上的讲话（2026年1月5日）", ("全省经济工作会议", "2026-01-05"),
                 id="date-after-the-occasion"),
    pytest.param("在四川省第十二届人民代表大会第四次会议上（2016年1月25日）",
                 ("四川省第十二届人民代表大会第四次会议", "2016-01-25"), id="session-then-its-day-in-brackets"),
    pytest.param("——2022年3月5日在第十三届全国人民代表大会第五次会议上",
                 ("第十三届全国人民代表大会第五次会议", "2022-03-05"), id="govreport-2022"),
    pytest.param("——编 者", None, id="editor-signature-is-no-subtitle"),
    pytest.param("2026年1月26日，天津市第十八届人民代表大会第四次会议在天津大礼堂开幕。", None,
                 id="news-lead-is-no-subtitle"),
    pytest.param("在上海市第十六届人民代表大会第四次会议上", None, id="no-dash-needs-the-date-first"),
    # probe39 (长沙 2021): the report printed as adopted: the date and the session that adopted it
    pytest.param("2021年1月21日长沙市第十五届人民代表大会第七次会议通过",
                 ("长沙市第十五届人民代表大会第七次会议", "2021-01-21"), id="session-adopting-it"),
    pytest.param("2021年1月21日长沙市第十五届人民代表大会第七次会议批准", ("长沙市第十五届人民代表大会第七次会议", "2021-01-21"),
                 id="session-approving-it"),
    pytest.param("2021年1月21日规划通过", None, id="adopted-by-no-session"),
])
def test_subtitle(line, expected):
    assert subtitle(line) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("2026年1月26日", "2026-01-26", id="arabic"),
    pytest.param("二〇二六年一月二十六日", "2026-01-26", id="chinese"),
    pytest.param("二〇二五年十二月三十一日", "2025-12-31", id="chinese-tens"),
    pytest.param("二○二六年二月三日", "2026-02-03", id="chinese-circle-zero"),
    pytest.param("2026-02-09 09:45:30", "2026-02-09", id="timestamp"),
    pytest.param("2026/2/9", "2026-02-09", id="slashes"),
    pytest.param("2026年2月30日", "", id="no-such-day"),
    pytest.param("2026年", "", id="year-alone"),
])
def test_iso_date(text, expected):
    assert iso_date(text) == expected


@pytest.mark.parametrize(("value", "expected"), [
    pytest.param("Tue, 19 Oct 2021 04:14:44 GMT", "2021-10-19", id="rfc-2822"),
    pytest.param("2021-10-19T08:00:00+08:00", "2021-10-19", id="iso"),
    pytest.param("2021年10月19日", "2021-10-19", id="chinese"),
    pytest.param("yesterday", "", id="not-a-date"),
])
def test_metadata_date(value, expected):
    assert metadata_date(value) == expected


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("上海市市长 龚 正", ("龚正", "上海市市长"), id="name-padded-with-spaces"),
    pytest.param("天津市市长 张工", ("张工", "天津市市长"), id="city-mayor"),
    pytest.param("省长 胡玉亭", ("胡玉亭", "省长"), id="governor"),
    pytest.param("自治区人民政府主席 包钢", ("包钢", "自治区人民政府主席"), id="region-chairman"),
    pytest.param("河北省人民政府省长 王正谱", ("王正谱", "河北省人民政府省长"), id="long-office"),
    pytest.param("国务院总理 李克强", ("李克强", "国务院总理"), id="premier"),
    pytest.param("（天津市市长 张工）", ("张工", "天津市市长"), id="in-parentheses"),
    pytest.param("各位代表：", None, id="salutation"),
    pytest.param("2026年自治区民生实事", None, id="heading"),
    pytest.param("夏长文(思明区区长)", ("夏长文", "思明区区长"), id="name-then-office-in-brackets"),
    pytest.param("区长拜年", None, id="office-then-the-kind-of-speech"),
    pytest.param("□六盘水市人民政府市长 李 刚", ("李刚", "六盘水市人民政府市长"), id="newspaper-bullet-before-the-office"),
    pytest.param("市 长 庄兆林", ("庄兆林", "市长"), id="office-of-two-characters-spaced-out"),  # 13ag 徐州 2020 (公文搜)
    pytest.param("省长:郝鹏", ("郝鹏", "省长"), id="colon-between-office-and-name"),  # probe38 青海 2016
    pytest.param("省长：郝鹏", ("郝鹏", "省长"), id="full-width-colon-between-office-and-name"),
    pytest.param("——安徽省合肥市委宣传部副部长、文明办主任 魏玉萍", ("魏玉萍", "安徽省合肥市委宣传部副部长、文明办主任"),
                 id="signature-dashes-before-the-office"),  # exchange probe 13w
])
def test_speaker_line(line, expected):
    assert speaker(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("张工作政府工作报告。", ("张工", ""), id="name-only"),
    pytest.param("省长卢东亮在省十四届人大五次会议上作政府工作报告。本报记者阮洋摄", ("卢东亮", "省长"), id="office-and-meeting"),
    pytest.param("2月3日，宁夏回族自治区第十三届人民代表大会第四次会议在银川开幕。自治区人民政府主席张雨浦作政府工作报告。"
                 " 宁夏日报记者 王鼎 摄", ("张雨浦", "自治区人民政府主席"), id="after-a-news-lead"),
    pytest.param("本报记者 霍艳恩摄", None, id="byline-only"),
    pytest.param("成都市人民政府市长王凤朝代表市人民政府,向大会报告工作。人民网记者 王洪江摄", ("王凤朝", "成都市人民政府市长"),
                 id="on-behalf-of-the-government-reports"),
    pytest.param("今天(1月25日)上午,广州市第十六届人民代表大会第一次会议在广州白云国际会议中心开幕,广州市代市长郭永航代表广州市"
                 "人民政府,向大会作《政府工作报告》。", ("郭永航", "广州市代市长"), id="report-in-title-marks"),
    pytest.param("人民网福州1月14日电(詹托荣)1月14日,福建省十三届人大二次会议在福州开幕,福建省省长唐登杰代表省政府向大会作政府工作"
                 "报告。", ("唐登杰", "福建省省长"), id="on-behalf-of-the-province-to-the-congress"),
    pytest.param("北京市市长陈吉宁做政府工作报告。 截屏图", ("陈吉宁", "北京市市长"), id="zuo-written-with-the-other-character"),
    pytest.param("北京市第十六届人民代表大会第二次会议早上9时召开,市长殷勇发表工作报告。", ("殷勇", "市长"),
                 id="delivers-the-report-fabiao"),
    pytest.param("1月18日上午,四川省第十三届人民代表大会第五次会议开幕。会议听取了省长黄强代表省人民政府作的工作报告。",
                 ("黄强", "省长"), id="the-session-heard-the-report-he-gave"),
    pytest.param("现在,我代表南京市人民政府,向大会报告工作,请予审议。", None, id="the-report-opening-names-no-speaker"),
    pytest.param("1月20日,牟定县人民政府县长李永军在作《政府工作报告》时,对2021年工作作了全面回顾。", ("李永军", "牟定县人民政府县长"),
                 id="at-once-making-the-report"),
    pytest.param("出席会议的区人大代表齐聚温州高新文化广场剧院,听取龙湾区区长夏禹桨所作的政府工作报告。", ("夏禹桨", "龙湾区区长"),
                 id="the-report-he-made-suo-zuo"),
    pytest.param("1月23日,江西省十四屆人大二次會議在南昌開幕,江西省省长叶建春代表江西省人民政府向大会作“政府工作报告”,回顾2023年工作。",
                 ("叶建春", "江西省省长"), id="the-report-in-quotation-marks"),
    pytest.param("许勤主持 梁惠玲作政府工作报告 蓝绍敏黄建盛等出席", ("梁惠玲", ""), id="a-headline-after-who-presides"),
    # (probe3, 济南 2025 news) 会上 is where, not who: the lead names no speaker
    pytest.param("1月13日，济南市第十八届人民代表大会第四次会议开幕，会上作政府工作报告。", None, id="at-the-session-names-no-one"),
    pytest.param("天津市第十八届人民代表大会第三次会议开幕。开幕会上，天津市市长张工作政府工作报告。", ("张工", "天津市市长"),
                 id="at-the-opening-then-the-speaker"),
    # probe14 (甘肃 2016 news): the name before the office
    pytest.param("1月16日上午,在省十二届人大四次会议上,刘伟平省长代表省人民政府作了《政府工作报告》,报告分三个部分", ("刘伟平", "省长"),
                 id="name-before-the-office"),
])
def test_caption_speaker(line, expected):
    assert caption_speaker(line) == expected


# ---------------------------------------------------------------- furniture


@pytest.mark.parametrize("line", [
    "0浏览 评论0条",  # a page's counts of views and comments (深圳商报 on a mirror)
    "1.2万阅读",
    pytest.param("文章字数：1609", id="word-count-field"),  # (probe7) an e-paper's count of the article's characters
    pytest.param("  • 普通用户特权：8.8积分", id="paywall-privilege"),  # (probe7) a document site's paywall, in the body
    pytest.param("免费预览已结束 ，请下载后查看全文", id="preview-ended"),  # (probe7) a document site's preview notice
    pytest.param("还剩-页可免费阅读， 继续阅读", id="pages-left"),
    pytest.param("下载", id="toolbar-word"),
    pytest.param("下载 打印 全屏 收藏", id="toolbar"),
    pytest.param("【字号：加大 还原 减小】", id="font-size-widget"),
    pytest.param("【字号：", id="font-size-widget-opening"),
    pytest.param("【字体：大 中 小】", id="font-widget"),
    pytest.param("】", id="bracket"),
    pytest.param(">", id="crumb-separator"),
    pytest.param("您的位置: 首页 > 新闻 > 要闻", id="breadcrumb-with-opener"),
    pytest.param("当前位置：", id="breadcrumb-opener"),
    pytest.param("首页 > 新闻中心 > 要闻", id="breadcrumb-without-opener"),
    pytest.param("来源：解放日报", id="outlet"),
    pytest.param("时间：2026-02-09", id="time"),
    pytest.param("发表时间：", id="label-alone"),
    pytest.param("阅读量：", id="read-count"),
    pytest.param("发布时间：2026-02-09 10:20  来源：解放日报", id="two-fields"),
    pytest.param("2026-02-09 09:45 来源：湖南日报", id="stamp-then-field"),
    pytest.param("自治区人民政府主席包钢作政府工作报告。本报记者 韩卿立 摄", id="caption-reporter"),
    pytest.param("王正谱作政府工作报告。本报记者 霍艳恩摄", id="caption-reporter-no-space"),
    pytest.param("▲成都 \" 学习强国 \" 主题街区 资料图", id="caption-triangle"),
    pytest.param("图为会议现场。新华社记者 李贺 摄", id="caption-tuwei"),
    pytest.param("（责任编辑：李四）", id="editor"),
    pytest.param("首页 | 新闻 | 政务 | 经济 | 登录 注册", id="menu-between-bars"),
    pytest.param("来源：湖南日报　2025-10-24 09:12:35　作者：张三　【字体：大 中 小】 分享到：", id="info-bar-one-line"),
    pytest.param("原标题：前三季度湖南经济稳中有进", id="original-title"),
    pytest.param("阅读原文", id="read-the-original"),
    pytest.param("【纠错】 【责任编辑：王菁】", id="widget-then-field"),
    pytest.param("会员登录  新用户注册 退出", id="login-bar"),
    pytest.param("【资料图】", id="file-photo-in-brackets"),
    pytest.param("21世纪经济报道记者 胡丽华 杭州报道", id="reporter-and-place-byline"),
    pytest.param("大会现场。詹托荣摄", id="caption-scene-and-photographer"),
    pytest.param("文/羊城晚报全媒体记者 张璐瑶、符畅", id="credit-text"),
    pytest.param("海报/羊城晚报全媒体记者 陈倩", id="credit-poster"),
    pytest.param("公文搜网 - 蓝秘书公文之家", id="site-name-and-slogan"),
    # a document site's head (speech probe 13o)
    pytest.param("温馨提示:", id="notice-label"),
    pytest.param("2. 本文档由用户上传,版权归属用户,汇文网负责整理代发布。", id="document-site-notice"),
    pytest.param("网站客服:3074922707", id="site-service-number"),
    pytest.param("德育素材网 首页", id="site-name-and-home"),
    pytest.param("论文部分内容阅读", id="preview-label"),
    pytest.param("目 录", id="contents-label"),
    pytest.param("……(新文秘网https://www.wm114.cn省略833字,正式会员可完整阅读)", id="template-site-omitted"),
    pytest.param("---此处隐藏0字,下载后查看---", id="document-site-hidden-text"),  # exchange probe 13w
    pytest.param("四川在线记者 刘佳", id="outlet-reporter-byline"),
    pytest.param("郑报全媒体记者 董艳竹 肖雅文", id="outlet-reporters-byline"),
    pytest.param("第A05版:聚焦2022河南两会 上一版3  4下一版", id="e-paper-page-line"),
    pytest.param("A05", id="e-paper-page-code"),
    # an e-paper's page line with its column and no page links (probe13, 中国财经报 on 福建's 2021 report: it was the title)
    pytest.param("第04版:专题", id="e-paper-page-and-column"),
    pytest.param("第A03版:", id="e-paper-page-line-alone"),  # 13ai docs10 n06: above the headline
    pytest.param("上一期  下一期", id="e-paper-issue-nav"),
    pytest.param("999+", id="document-site-download-count"),
    pytest.param("60.39KB", id="document-site-file-size"),
    pytest.param("52 页", id="document-site-page-count"),
    pytest.param("侵权投诉", id="document-site-complaint-link"),
    pytest.param("江西:成績鼓舞人心 目標催人奮進 未來悅然可期_fororder_圖片1", id="image-file-name-in-its-place"),
    pytest.param("图片制作 郑杨", id="image-makers-credit"),
    pytest.param("宜宾观察 曹洋 安素萱/制图", id="column-and-makers-then-their-role"),  # probe9 宜宾 2025 news: no title
    pytest.param("10-28 德育素材网", id="site-month-day-stamp-then-site"),
    pytest.param("《在县委农村工作会议上的发言.docx》由会员分享,可在线阅读,更多相关《在县委农村工作会议上的发言.docx(3页珍藏版)》"
                 "请在优知文库上搜索。", id="document-site-shared-file-notice"),
    pytest.param("大会现场 张宝杉 摄", id="photo-caption-photographer-alone"),  # 13u, docs5 n18
    pytest.param("邓辉作政府工作报告 张宝杉 摄", id="photo-caption-speaker-photographer"),
    pytest.param("热线: 028-86630890", id="site-hotline-field"),  # 13u, docs5 n12
    # a document library's viewer (city report probe 13v)
    pytest.param("文库 实用文档 报告/总结", id="document-library-path"),
    pytest.param("点击查阅更多2020年地方政府工作报告", id="more-of-the-same-link"),  # 13ag 茂名 2020 (traditional on the page)
    pytest.param("工作报告 报告 政府工作报告 DOCX   28页   下载0   2024-01-06   浏览77   收藏0   点赞0   评分-   免费文档",
                 id="document-viewer-file-line"),
    pytest.param("温馨提示:当前文档最多只能预览 2 页,若文档总页数超出了 2 页,请下载原文档以浏览全部内容。", id="document-viewer-preview-notice"),
    # news features of the seed kind (13x, docs6 n03, n06, n16)
    pytest.param("宁夏回族自治区政协主管主办国内统一刊号:CN64-0011 华兴时报社出版", id="newspaper-masthead"),
    pytest.param("--> 2024-11-07 1 1 华兴时报 content_82782.html 1 泾源县多举措推动 志愿服务工作走深走实 /enpproperty-->",
                 id="e-paper-property-comment"),
    pytest.param("11-05", id="month-day-widget"),
    pytest.param("00:24", id="video-clock"),
    # news features of the seed kind, second round (13ab, docs8 n05, n02)
    pytest.param("主办:武威市精神文明建设指导委员会办公室        备案序号:陇ICP备18000922号-1站长统计", id="footer-with-icp-number"),
    pytest.param("声明:本媒体部分图片、文章来源于网络,版权归原作者所有,如有侵权,请联系删除:025-84707368,广告合作:025-84708755。",
                 id="copy-site-disclaimer"),
    # a copy site's welcome line above a speech (13af, s10)
    pytest.param("欢迎访问老文秘,一家专业的公文网站!", id="site-welcome-line"),
    # a page's number on a line of its own: a PDF's text, an e-book's pages (the 2025 national report as an e-book)
    pytest.param("2", id="page-number"),
    pytest.param("- 12 -", id="page-number-dashed"),
    pytest.param("—3—", id="page-number-em-dashed"),
    pytest.param("P. 2", id="page-number-p"),
    pytest.param("Page 3 - 政府工作报告", id="page-number-e-book-header"),
    pytest.param("第2页", id="page-number-of-page"),
])
def test_furniture_lines(line):
    assert fu.is_furniture(line) or fu.is_tail(line)


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("2", True, id="digit"),
    pytest.param(" - 3 - ", True, id="dashed-with-spaces"),
    pytest.param("P. 12", True, id="p-dot"),
    pytest.param("Page 2 - 政府工作报告", True, id="e-book-header"),
    pytest.param("第12页共30页", True, id="page-of-pages"),
    pytest.param("2024", False, id="a-year"),
    pytest.param("5.5%", False, id="a-per-cent"),
    pytest.param("1256万人", False, id="a-count"),
    pytest.param("12月", False, id="a-month"),
    pytest.param("Page 3 of the report", False, id="english-words"),
])
def test_page_numbers(line, expected):
    """A page's number on a line of its own (furniture.tsv `page_number`), which normalize drops inside wrapped lines."""
    assert fu.is_page_number(line) is expected


@pytest.mark.parametrize("line", [
    pytest.param("张工作政府工作报告。", id="name-reports"),
    pytest.param("上海市第十六届人大二次会议1月23日上午在世博中心开幕。上海市市长龚正作《政府工作报告》。", id="report-in-title-marks"),
])
def test_lead_captions(line):
    assert fu.is_lead_caption(line)


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("解放日报·上观新闻记者 王闲乐 孟群舒 胡幸阳 周程祎", True, id="outlet-reporters"),
    pytest.param("新华社记者 张三 李四", True, id="agency-reporters"),
    pytest.param("记者从市统计局获悉", False, id="reporter-as-subject"),
    pytest.param("本报讯 记者从省统计局获悉，1～10月，全省固定资产投资同比增长8.9%", False, id="news-opening"),
])
def test_reporters_credit_line_above_the_body(line, expected):
    """A credit line naming the outlet's reporters above the body is no title (furniture.tsv `lead`)."""
    assert fu.is_lead_caption(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("2025年10月24日 星期五", True, id="date-and-weekday"),
    pytest.param("2025-10-24 周五 09:12", True, id="date-weekday-clock"),
    pytest.param("2025/10/24 09:12:35", True, id="date-clock"),
    pytest.param("2025年10月24日全省召开大会", False, id="date-then-words"),
    pytest.param("| 招商动态 |2016-08-10", True, id="column-tag-then-date"),  # 13ai docs10 n08
    pytest.param("路南区 | 招商动态", False, id="column-tags-no-date"),
    # (probe7, read on its held-out texts) a speech site's date and view count, a news mirror's with its column
    pytest.param("2023-03-03 317", True, id="date-and-view-count"),
    pytest.param("2024年01月25日20:40:39 国际 9849", True, id="date-clock-column-and-view-count"),
    pytest.param("2025年10月24日全省召开大会3次", False, id="date-then-words-and-a-count"),
])
def test_stamp_lines(line, expected):
    assert fu.is_stamp(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("《人民日报》（2026年02月05日 第10版）", ("人民日报", "2026年02月05日"), id="edition-in-title-marks"),
    pytest.param("新华日报  2025-10-20", ("新华日报", "2025-10-20"), id="outlet-and-date"),
    pytest.param("人民日报 2025年10月20日 第3版", ("人民日报", "2025年10月20日"), id="outlet-date-page"),
    pytest.param("中国新闻网 2025-11-14 10:00", ("中国新闻网", "2025-11-14"), id="outlet-date-clock"),
    pytest.param("公文搜 2021-07-28 08:33:15 政府报告", ("公文搜", "2021-07-28"), id="site-stamp-column"),
    pytest.param("2024-10-28 09:18:53 德育素材网", ("德育素材网", "2024-10-28"), id="stamp-then-site"),
    pytest.param("人民日报·2025-09-27 01:11", ("人民日报", "2025-09-27"), id="outlet-dot-date-clock"),  # 13x docs6 n14
    # a stamp, the paper, its app's brand after a dot and the page's 原创 mark (probe13, 羊城晚报 page of 广东's 2021 report)
    pytest.param("2021-01-24 11:16 羊城晚报•羊城派 原创", ("羊城晚报", "2021-01-24"), id="stamp-outlet-brand-original"),
    pytest.param("全省地区生产总值2025年10月20日", None, id="no-outlet"),
    pytest.param("截至2025年10月20日", None, id="no-outlet-cut-off"),
])
def test_edition_lines(line, expected):
    assert fu.edition(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("2018/1/24 11:14:29 发布者:icecream 来源:德阳广播电视台 浏览次数:9581",
                 [("published", "", "2018/1/24 11:14:29"), ("byline", "发布者", "icecream"),
                  ("outlet", "来源", "德阳广播电视台"), ("other", "浏览次数", "9581")], id="stamp-poster-source-views"),
    pytest.param("[ 发布机构 ] | 江津区统计局 | [ 有效性 ] | 有效 |",
                 [("outlet", "发布机构", "江津区统计局"), ("other", "有效性", "有效")], id="disclosure-labels-in-brackets"),
    pytest.param("[ 主题分类 ] | 统计 | [ 体裁分类 ] | 其他 |",
                 [("other", "主题分类", "统计"), ("other", "体裁分类", "其他")], id="disclosure-classes"),
    # a copy site's ? for a lost space between the stamp and the label (13ab, docs8 n14)
    pytest.param("| 2018-05-30 09:36:18??来源:建阳报 责任编辑:王江江 我来说两句 |",
                 [("published", "", "2018-05-30 09:36:18"), ("outlet", "来源", "建阳报"),
                  ("other", "责任编辑", "王江江 我来说两句")], id="stamp-question-marks-source"),
    # a date's label glued to the outlet, no space between (probe13, 法治网 page of 北京's 2021 report): the outlet was
    # 北京人大网发布时间:2021-01-25 11:25:41 and no date was read
    pytest.param("来源:北京人大网发布时间:2021-01-25 11:25:41",
                 [("published", "", "2021-01-25 11:25:41"), ("outlet", "来源", "北京人大网")], id="date-label-glued-to-the-source"),
])
def test_field_lines(line, expected):
    """A page's labelled lines (13u, docs5 n13, n17): a poster (发布者) after the time stamp, and a disclosure
    table's labels in brackets before a bar."""
    assert fu.fields(line) == expected


@pytest.mark.parametrize("line", [
    pytest.param("相关报道：", id="related"),
    pytest.param("相关新闻", id="related-news"),
    pytest.param("扫一扫在手机打开当前页", id="scan"),
    pytest.param("打印本页 关闭窗口", id="print-close"),
    pytest.param("责任编辑：张三", id="editor"),
    pytest.param("分享到：", id="share"),
    # template sites (speech probe 13o)
    pytest.param("……(未完,全文共6661字,当前仅显示2339字,请阅读下面提示信息。", id="template-site-unfinished"),
    pytest.param("仅展示665字,全文共9016字", id="template-site-shown"),
    # a document site's copyright notice (exchange probe 13w)
    pytest.param("作者原创,不允许二次传播,一经发现收回会员权益,追究法律责任。", id="document-site-copyright-notice"),
    pytest.param("版权声明", id="copyright-label"),
    # a news site's disclaimer under the article (probe24, 点新闻 2024)
    pytest.param("稿件由上传 · 文责自负 · 不代表本网立场", id="news-site-disclaimer"),
    pytest.param("本文仅代表作者观点，不代表本站立场。", id="author-view-disclaimer"),
])
def test_page_end_lines(line):
    assert fu.is_tail(line)


@pytest.mark.parametrize("line", [
    pytest.param("各位代表：", id="salutation"),
    pytest.param("一、2025年工作回顾", id="heading"),
    pytest.param("2026年自治区民生实事", id="appendix-title"),
    pytest.param("“十四五”时期工作回顾", id="unnumbered-heading"),
    pytest.param("来源于群众、服务于群众，是我们工作的根本遵循。", id="source-as-a-word"),
    pytest.param("时间：2026年要全面完成“十四五”规划确定的各项目标任务，确保高质量发展取得新的更大成效并为“十五五”开好局。",
                 id="time-running-on"),
    pytest.param("日期: 2023-01-05 09:49:22 来源:湖北新闻收集编辑:湖北新闻 1月5日,武汉市第十五届人民代表大会第二次会议开幕,"
                 "武汉市市长程用文作《政府工作报告》。《政府工作报告》显示,预计2022年武汉地区生产总值增长4.5%左右。"
                 "来源:湖北广电融媒体新闻中心监制:郭小容编辑:郑淑俊", id="fields-running-into-the-text"),
    pytest.param("互联网—大数据", id="no-site-name-without-an-ending-word"),
    pytest.param("推进影视拍摄。加强拍摄", id="filming-is-no-photographer"),
    pytest.param("大道至简，实干为要。", id="short-sentence"),
    pytest.param("他在现场拍摄了大量照片，记录下工人张三拍摄。", id="shooting-in-a-sentence"),
    pytest.param("相关部门要加强协调配合，形成工作合力。", id="related-departments"),
    pytest.param("记者手记：一线见闻", id="reporters-notes-heading"),
    pytest.param("A股上市企业数量突破100家", id="a-shares-count"),
    pytest.param("52个重点项目", id="a-count-is-no-page-count"),
    pytest.param("声明：本次活动共有12个部门参与，版权意识明显增强。", id="a-statement-is-no-disclaimer"),
])
def test_body_lines_are_no_furniture(line):
    assert not fu.is_furniture(line) and not fu.is_tail(line)


# ---------------------------------------------------------------- a page: profile and body

TIANJIN_PAGE = """下载
打印
全屏
收藏
【字号：
加大
还原
减小
】
2026年天津市政府工作报告
——2026年1月26日在天津市第十八届人民代表大会第四次会议上
来源：天津日报
时间：2026-02-03
天津市市长 张工
张工作政府工作报告。
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2025年和“十四五”时期工作回顾
过去一年是天津大事要事难事集中交织的一年。本报记者 王某 摄
我们坚持以习近平新时代中国特色社会主义思想为指导，全市生产总值增长5%左右。
各位代表！蓝图指引航向，实干铸就辉煌。
相关报道：
天津市两会开幕
扫一扫在手机打开当前页"""

NINGXIA_PAGE = """当前位置：
首页
>
政务信息
>
宁夏要闻
2026年宁夏回族自治区政府工作报告
发表时间：
2026-02-09 09:45:30
来源：
宁夏日报客户端
阅读量：
【字体：
小
中
大
】
政府工作报告
——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上
自治区人民政府主席 张雨浦
2月3日，宁夏回族自治区第十三届人民代表大会第四次会议在银川开幕。自治区人民政府主席张雨浦作政府工作报告。 宁夏日报记者 王鼎 摄
各位代表：
现在，我代表自治区人民政府，向大会报告工作，请予审议。请各位政协委员和其他列席人员提出意见。
各位代表！“十五五”蓝图引领未来，现代化目标催人奋进。
扫一扫在手机打开当前页
【
打印本页
】
【
关闭窗口
】"""

OTHER_SITE_PAGE = """首页 > 新闻中心 > 要闻
某省人民政府门户网站
2026年上海市政府工作报告
发布时间：2026-02-09 10:20  来源：解放日报
【字体：大 中 小】 【打印】 【关闭】
（二〇二六年二月三日在上海市第十六届人民代表大会第四次会议上）
上海市市长 龚 正
各位代表：
现在，我代表上海市人民政府，向大会报告工作，请予审议。
大道至简，实干为要。
（责任编辑：李四）
分享到："""

NEWS_PAGE = """首页 | 新闻 | 政务 | 经济 | 登录 注册
前三季度湖南经济稳中有进
来源：湖南日报　2025-10-24 09:12:35　作者：张三　【字体：大 中 小】 分享到：
湖南日报10月24日讯（记者 李四）今天，省统计局发布前三季度全省经济运行情况。初步核算，前三季度全省地区生产总值39587.6亿元，按不变价格计算，同比增长5.3%。
图为长沙市五一广场夜景。记者 王五 摄
前三季度，全省社会消费品零售总额15432.1亿元，同比增长5.1%。
责任编辑：赵六　版权所有 湖南日报社 湘ICP备12345678号"""


# 13al 甘肃 2021 (a copy site): an empty 作者: label ends the field line; the speaker line under it is no author
EMPTY_AUTHOR_PAGE = """政府工作报告

时间:2021-02-01 来源:中国甘肃网 作者:

甘肃省代省长 任振鹤

任振鹤作《政府工作报告》

各位代表:

  我代表省人民政府,向大会报告工作,请予审议。"""

# 13al 青海 2021 (a copy site): the title with the page's date field run on after it
TITLE_FIELDS_PAGE = """2021年青海省《政府工作报告》(附全文) 发布时间:2021-02-22 10:16

一、2020年和“十三五”工作回顾

全年地区生产总值增长1.5%。"""

SPLIT_TITLE_PAGE = """2026年辽宁省
政府工作报告
2026年1月27日在辽宁省第十四届人民代表大会第五次会议上
省长 王新伟
各位代表：
现在，我代表省人民政府向大会报告工作，请予审议。"""

OUTLET_LINE_PAGE = """江苏：前三季度外贸进出口同比增长6.1%
新华日报  2025-10-20
前三季度，江苏外贸进出口总值4.2万亿元，同比增长6.1%。
其中，出口2.6万亿元，增长8.3%。"""

JOINED_TITLE_PAGE = """政府工作报告——2026年2月2日在山西省第十四届人民代表大会第五次会议上 省长 卢东亮
各位代表：
现在，我代表省人民政府向大会报告工作，请予审议。"""

DISCLOSURE_PAGE = """某区2025年政府工作报告-某市某区人民政府
文件名称 | 某区2025年政府工作报告 | ||
索引号 | /2025-0000 | 公开目录: | 工作报告 |
文号 | 成文日期: | 2025年04月15日 | |
有效性 | 有效 | 公开日期: | 2025-04-15 14:43 |
2025年3月21日在汉滨区第十九届
人民代表大会第四次会议上
汉滨区人民政府代区长 向诗兵
各位代表:
现在,我代表区人民政府向大会报告工作,请予审议。"""

INDEX_FIELDS_PAGE = """2025沧州市政府工作报告_沧州市人民政府
索引号:
2025/00002847
-
发文日期:
2025-01-24
-
名称:
2025沧州市政府工作报告
-
主题词:
报告
2025沧州市政府工作报告
政府工作报告
——2025年1月19日在沧州市第十五届人民代表大会第六次会议上
沧州市人民政府代市长 刘 靖
各位代表:
现在,我代表沧州市人民政府,向大会作政府工作报告,请予审议。"""

# a district's disclosure page of a press conference (probe6, 谯城区 2025-05-19): its index fields run two to a line
# (索引号: … 组配分类: …), then one to a line, then the title
CONFERENCE_DISCLOSURE_PAGE = """当前位置: 网站首页 > 政府信息公开 > 谯城区政府(办公室) > 政府新闻发布会实录
索引号: 11341602003166647K/202505-00034 组配分类: 政府新闻发布会实录
发布机构: 谯城区政府(办公室) 主题分类: 文化、广电、新闻出版
名称: 谯城区举行2025年一季度全区经济运行简析新闻发布会 文号:
发文日期: 2025-05-19 发布日期: 2025-05-19
索引号: 11341602003166647K/202505-00034
组配分类: 政府新闻发布会实录
谯城区举行2025年一季度全区经济运行简析新闻发布会
发布时间:2025-05-19 10:42 信息来源:谯城区委宣传部 浏览次数: 字体:[ ]
新闻发布稿
今天我们邀请到区统计局党组成员、副局长张健向大家介绍2025年第一季度全区经济运行情况。"""

GLUED_SPEAKER_PAGE = """(河北省)邢台市人民政府工作报告(2024年1月28日)
导航菜单
(河北省)邢台市人民政府工作报告(2024年1月28日)
  政府工作报告
  ——2024年1月28日在邢台市第十六届人民代表大会第五次会议上邢台市人民政府市长 宋华英
  各位代表:
  现在,我代表邢台市人民政府向大会作工作报告,请予审议。"""

# a county report's title block with the occasion alone under the title, no dash and no date (probe3 龙游 2023)
BARE_OCCASION_PAGE = """2023年龙游县政府工作报告
在龙游县第十四届人民代表大会第二次会议上
龙游县县长  李芝伟
各位代表：
现在，我代表县人民政府向大会作报告，请予审议。
预计全县生产总值达到300亿元，增长3%。"""

CONTENTS_PAGE = """一、2024年工作回顾
（一）改革创新优环境稳实体
（二）多措并举稳增长促投资
二、2025年工作安排
（一）深化改革、扩大开放
三、切实加强政府自身建设
2025年汉滨区政府工作报告
各位代表：
现在，我代表区人民政府向大会报告工作，请予审议。
一、2024年工作回顾
全区地区生产总值增长3.5%。"""

# a copy site's pages (公文搜, 2021): a login bar, the site's name, a breadcrumb and its column again, the site's
# stamp, and the line breaks written as a code (GG6, t76) that also glues the text into one line
COPY_SITE_PAGE = ("会员登录  新用户注册 退出\n\n公文搜网 - 蓝秘书公文之家\n\n您现在的位置是: 首页 > 专题材料 > 政府报告\n\n"
                  "政府报告\n\n(福建省)2021年三明市人民政府工作报告(全文)\n\n公文搜 2021-07-28 08:33:15 政府报告\n"
                  "(福建省)2021年三明市人民政府工作报告(全文)   三明市人民政府市长余红胜GG6   各位代表:GG6   "
                  "现在,我代表市人民政府向大会报告政府工作,请予审议。GG6   一、2020年和十三五时期工作回顾GG6   "
                  "初步统计,全市生产总值2702.19亿元,增长4.1%;固定资产投资增长7.1%。GG6   疫情防控受到上级肯定。")
COPY_SITE_LINES_PAGE = ("(湖南省)2019年湖南省人民政府工作报告(全文)\n公文搜 2021-07-27 17:21:05 政府报告\n"
                        "(湖南省)2019年湖南省人民政府工作报告(全文)\n政府工作报告t76\n"
                        "2019年1月26日在湖南省第十三届人民代表大会第二次会议上t76\n许达哲t76\n各位代表:t76\n"
                        "现在,我代表省人民政府向大会作政府工作报告,请予审议,并请各位政协委员提\n出意见。t76\n一、2018年工作回顾t76\n"
                        "全省经济发展稳中有进、稳中向好,地区生产总值增长7.8%、达到\n3.64万亿元,一般公共预算收入增长6.1%。t76\n")

# news of a session: who reported is said in the opening paragraph (新快报, 2025) or in a lead above the body (观点网, 2022)
SESSION_NEWS_PAGE = ("新快报讯 1月15日,广东省十四届人大三次会议开幕,广东省省长王伟中向大会作政府工作报告。报告回顾了2024年的工作成果。\n"
                     "报告指出,2024年是中华人民共和国成立75周年。预计全省地区生产总值迈上14万亿元新台阶、连续36年居全国首位。\n"
                     "采写:新快报记者 黄闻禹\n")
SESSION_LEAD_PAGE = ("观点网讯:1月23日,山东省十三届人大七次会议在济南开幕,省长周乃翔作政府工作报告。\n\n"
                     "报告显示,建议今年全省经济社会发展主要预期目标为:地区生产总值增长5.5%以上,一般公共预算收入增长5%左右。\n\n推荐内容")
# the day the session opened, in the year of a date the lead carries (湖北新闻, 2023)
SESSION_DAY_PAGE = ("日期: 2023-01-05 09:49:22 来源:湖北新闻收集编辑:湖北新闻 1月5日,武汉市第十五届人民代表大会第二次会议开幕,武汉市"
                    "市长程用文作《政府工作报告》。《政府工作报告》显示,预计2022年武汉地区生产总值增长4.5%左右。\n综合实力进一步提升。")
# a PDF's text extracted line by line (2021 Pinghu report): numbers, the date's parts, the office and the name on lines
PDF_LINES_PAGE = ("2021\n年平湖市政府工作报告\n2021\n年\n2\n月\n25\n日在平湖市第十五届人民代表大会第五次会议上\n平湖市人民政府市长\n"
                  "仲旭东\n各位代表:\n现在,我代表市人民政府向大会作工作报告,请予审议。\n过去的五年,是综合实力显著增强的五年。\n"
                  "地区生产总值从\n497.8\n亿元增加到\n779\n亿元,年均增长\n7.3%\n。")

# speeches saved from template and document sites (probe 13o): a notice, a service number and tags above the title
TAGS_PAGE = ("温馨提示:\n1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。\n"
             "2. 本文档由用户上传,版权归属用户,汇文网负责整理代发布。如果您对本文档版权有争议请及时联系客服。\n网站客服:3074922707\n"
             "2023\n省政府\n全体会议\n致辞\n省政府全体会议上的讲话\n省政府全体会议上的讲话篇1\n同志们:\n"
             "一、正确认识经济社会开展形势,坚决加快开展的决心和信心\n"
             "初步预计,一季度全省生产总值3600亿元,增长11.2%,高于全国3.5个百分点。")
# a document site's head (speech probe 13t): the date a user uploaded the file, then its counts: not the text's date
UPLOAD_STAMP_PAGE = ("干部在县域经济发展工作座谈会上的讲话\nVIP专免\n2024-04-28\n999+\n12.55KB\n7 页\n海报\n侵权投诉\n"
                     "干部在县域经济发展工作座谈会上的讲话\n尊敬的各位领导、同志们:\n"
                     "今年上半年,实现地区生产总值803.76亿元、增长8.5%。")
SHARED_FILE_PAGE = ("《在县委农村工作会议上的发言.docx》由会员分享,可在线阅读,更多相关《在县委农村工作会议上的发言.docx(3页珍藏版)》"
                    "请在优知文库上搜索。\n1、在县委农村工作会议上的发言各位领导:2023年,*镇深入贯彻落实县委、县政府乡村振兴工作要求,"
                    "全镇乡村振兴工作取得了较好的成效。\n投资600余万元开展人居环境整治和路域整治管理。")
SITE_HOME_PAGE = ("德育素材网 首页\n\n在“赛六比·答六问”述政大会上的讲话\n\n2024-10-28 09:18:53 德育素材网\n同志们:\n"
                  "  今天我们召开述政大会。刚才,23个乡镇(街道)作了述政,大家应该说精气神都很好。")
SALUTATION_PAGE = ("尊敬的各位老领导、同志们、朋友们:\n大家好!\n刚刚过去的一年,全市生产总值完成860亿元,增长16%。")
# news of a session, its date stamped at the page's end (a Beijing 2024 report's news on a portal)
STAMP_END_PAGE = ("殷勇:北京市去年生产总值增长5.2% 经济整体回升向好\n殷勇:北京市去年生产总值增长5.2% 经济整体回升向好\n"
                  "北京市第十六届人民代表大会第二次会议早上9时召开,市长殷勇发表工作报告。殷勇表示,去年北京市生产总值增长5.2%,"
                  "升至约4.4万亿元人民币。\n2024-01-21 09:48:15")
# a reposted article ending with its paper's citation (福州 volunteers, 人民日报 2022, probe 13aj): the published date
CITATION_END_PAGE = ("记者从福州市委文明办了解到,目前福州市实名注册的志愿者达129万人,志愿服务团体2.9万个。\n"
                     "到今年底,福州市全域建成新时代文明实践中心13个、实践所173个、实践站2623个。(记者 连锦添)\n"
                     "《人民日报》(2022年12月28日第15版)")
# a city portal's line: the site's name and address before its fields (安化 volunteers 2024, probe 13aj)
SITE_FIELDS_PAGE = ("安化县 13支小分队千名志愿者同行动\n\n中国益阳门户网 www.yiyang.gov.cn 发布时间:2024-03-06 08:43 浏览量:\n"
                    "字体: 小 大\n\n  3月5日,安化县陶澍广场热闹非凡,13支新时代文明实践志愿服务小分队近千名志愿者汇聚于此。\n\n"
                    "  目前,安化县注册志愿者人数达11万余人,年度开展文明实践志愿服务活动4万余场次。")
# an e-paper's and a portal's lone labels above the headline (电子报 twice; 正文), probe 13aj
LABEL_LINES_PAGE = ("电子报\n电子报\n\n山东省第七届百姓宣讲活动收官,开展巡回宣讲2600余场\n\n正文\n\n"
                    "整个活动期间,全省共举办宣讲比赛1100余场,参加人员1.8万余人次,听众近25万人次。\n"
                    "组织宣讲队伍400余支,开展巡回宣讲2600余场。")
# a copy site's page: the title, the column, the title again, then the report's own title block (2021 Qianxinan report)
TITLE_AGAIN_PAGE = ("(贵州省)2021年黔西南州人民政府工作报告(全文)\n\n本地事\n\n(贵州省)2021年黔西南州人民政府工作报告(全文)\n\n"
                    "政府工作报告\n\n(2021年3月29日在州八届人大七次会议第一次全体会议上)\n\n州人民政府代理州长 黄兴文\n\n各位代表:\n\n"
                    "现在,我代表州人民政府向大会报告工作,请予审议。\n\n地区生产总值增长4.7%,增速排全省第2位。")

# a government site's menu above the title (2018 Nanchang report, probe 13ag), a spam link among its items; a single
# dash before the subtitle
MENU_PAGE = ("国务院@你\n赣服通\n南昌发布\n微信公众号\n媒体矩阵\n手机WAP\n188体育365官网\n英文版\n政务邮箱\n分享\n\n"
             "2018年南昌市政府工作报告\n\n访问量:\n\n—2018年1月7日在南昌市第十五届人民代表大会第三次会议上\n\n"
             "南昌市人民政府市长  郭 安\n\n一、2017年工作回顾\n\n各位代表:\n\n现在,我代表市人民政府向大会报告工作。\n\n"
             "全年完成地区生产总值5003.2亿元,增长9%左右。")

# an e-paper's page of a report's digest (郑州晚报 on Henan's 2022 report): page line and code, the title, the paper's
# menu, issue links, the column, the title again; the speaker in the lead under subheads, the reporters' byline after it
DIGEST_PAGE = ("第A05版:聚焦2022河南两会 上一版3  4下一版\nA05\n稳中求进难中求成 这份答卷沉甸甸\n      \n"
               "返回主页 | 郑州晚报 | 标题导航 | 郑州日报      \n上一期  下一期\n■省政府工作报告解读\n稳中求进难中求成 这份答卷沉甸甸\n"
               "预计生产总值增长6.5% 居民人均可支配收入增长8%\n扫一扫 一图读懂政府工作报告\n\n2021\n\n"
               "预计生产总值接近6万亿元、增长6.5%左右,粮食产量1308.8亿斤,进出口总值突破8000亿元、增长20%以上。\n\n"
               "昨日上午,河南省十三届人大六次会议开幕。省长王凯作政府工作报告,回顾了2021年全省主要工作。\n\n"
               "郑报全媒体记者 董艳竹 肖雅文\n\n全力以赴抗洪抢险救灾\n\n紧急避险转移 160.7万人次")

PROFILE_FIELDS = ("title", "subtitle", "occasion", "delivered", "speaker", "speaker_title", "outlet", "published",
                  "place", "locality", "adcode", "profile_from")


@pytest.mark.parametrize(("page", "expected", "first", "last"), [
    pytest.param(TIANJIN_PAGE, ("2026年天津市政府工作报告", "——2026年1月26日在天津市第十八届人民代表大会第四次会议上",
                                "天津市第十八届人民代表大会第四次会议", "2026-01-26", "张工", "天津市市长", "天津日报",
                                "2026-02-03", "天津市", "天津市", "120000", "text"),
                 "各位代表：", "各位代表！蓝图指引航向，实干铸就辉煌。", id="toolbar-fields-caption-related"),
    pytest.param(NINGXIA_PAGE, ("2026年宁夏回族自治区政府工作报告",
                                "——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上",
                                "宁夏回族自治区第十三届人民代表大会第四次会议", "2026-02-03", "张雨浦", "自治区人民政府主席",
                                "宁夏日报客户端", "2026-02-09", "宁夏回族自治区", "宁夏回族自治区", "640000", "text"),
                 "各位代表：", "各位代表！“十五五”蓝图引领未来，现代化目标催人奋进。", id="breadcrumb-labels-alone-title-repeated"),
    pytest.param(OTHER_SITE_PAGE, ("2026年上海市政府工作报告", "（二〇二六年二月三日在上海市第十六届人民代表大会第四次会议上）",
                                   "上海市第十六届人民代表大会第四次会议", "2026-02-03", "龚正", "上海市市长", "解放日报",
                                   "2026-02-09", "上海市", "上海市", "310000", "text"),
                 "各位代表：", "大道至简，实干为要。", id="site-name-one-line-fields-editor"),
    pytest.param(SPLIT_TITLE_PAGE, ("2026年辽宁省政府工作报告", "2026年1月27日在辽宁省第十四届人民代表大会第五次会议上",
                                    "辽宁省第十四届人民代表大会第五次会议", "2026-01-27", "王新伟", "省长", "", "", "辽宁省",
                                    "辽宁省", "210000", "text"),
                 "各位代表：", "现在，我代表省人民政府向大会报告工作，请予审议。", id="title-over-two-lines-undashed"),
    pytest.param(OUTLET_LINE_PAGE, ("江苏：前三季度外贸进出口同比增长6.1%", "", "", "", "", "", "新华日报", "2025-10-20",
                                    "江苏", "江苏省", "320000", "text"),
                 "前三季度，江苏外贸进出口总值4.2万亿元，同比增长6.1%。", "其中，出口2.6万亿元，增长8.3%。",
                 id="news-outlet-and-date-line"),
    pytest.param(JOINED_TITLE_PAGE, ("2026年山西省政府工作报告", "——2026年2月2日在山西省第十四届人民代表大会第五次会议上",
                                     "山西省第十四届人民代表大会第五次会议", "2026-02-02", "卢东亮", "省长", "", "", "山西省",
                                     "山西省", "140000", "text"),
                 "各位代表：", "现在，我代表省人民政府向大会报告工作，请予审议。", id="title-subtitle-speaker-on-one-line"),
    pytest.param(DISCLOSURE_PAGE, ("某区2025年政府工作报告", "2025年3月21日在汉滨区第十九届人民代表大会第四次会议上",
                                   "汉滨区第十九届人民代表大会第四次会议", "2025-03-21", "向诗兵", "汉滨区人民政府代区长", "",
                                   "2025-04-15", "汉滨区", "汉滨区", "610902", "text"),
                 "各位代表:", "现在,我代表区人民政府向大会报告工作,请予审议。", id="disclosure-table-subtitle-over-two-lines"),
    pytest.param(INDEX_FIELDS_PAGE, ("2025沧州市政府工作报告", "——2025年1月19日在沧州市第十五届人民代表大会第六次会议上",
                                     "沧州市第十五届人民代表大会第六次会议", "2025-01-19", "刘靖", "沧州市人民政府代市长", "",
                                     "2025-01-24", "沧州市", "沧州市", "130900", "text"),
                 "各位代表:", "现在,我代表沧州市人民政府,向大会作政府工作报告,请予审议。", id="disclosure-fields-dashes-site-suffix"),
    pytest.param(CONFERENCE_DISCLOSURE_PAGE, ("谯城区举行2025年一季度全区经济运行简析新闻发布会", "", "", "", "", "",
                                              "谯城区政府(办公室", "2025-05-19", "谯城区", "谯城区", "341602", "text"),
                 "新闻发布稿", "今天我们邀请到区统计局党组成员、副局长张健向大家介绍2025年第一季度全区经济运行情况。",
                 id="disclosure-fields-two-to-a-line"),
    pytest.param(GLUED_SPEAKER_PAGE, ("(河北省)邢台市人民政府工作报告(2024年1月28日)",
                                      "——2024年1月28日在邢台市第十六届人民代表大会第五次会议上",
                                      "邢台市第十六届人民代表大会第五次会议", "2024-01-28", "宋华英", "邢台市人民政府市长", "", "",
                                      "河北省邢台市", "邢台市", "130500", "text"),
                 "各位代表:", "现在,我代表邢台市人民政府向大会作工作报告,请予审议。", id="subtitle-runs-into-speaker"),
    pytest.param(BARE_OCCASION_PAGE, ("2023年龙游县政府工作报告", "在龙游县第十四届人民代表大会第二次会议上",
                                      "龙游县第十四届人民代表大会第二次会议", "", "李芝伟", "龙游县县长", "", "",
                                      "龙游县", "龙游县", "330825", "text"),
                 "各位代表：", "预计全县生产总值达到300亿元，增长3%。", id="bare-occasion-line-under-the-title"),
    pytest.param(CONTENTS_PAGE, ("2025年汉滨区政府工作报告", "", "", "", "", "", "", "", "汉滨区", "汉滨区", "610902",
                                 "text"),
                 "各位代表：", "全区地区生产总值增长3.5%。", id="table-of-contents-before-the-title"),
    pytest.param(EMPTY_AUTHOR_PAGE, ("政府工作报告", "", "", "", "任振鹤", "甘肃省代省长", "中国甘肃网", "2021-02-01",
                                     "甘肃省", "甘肃省", "620000", "text"),
                 "各位代表:", "我代表省人民政府,向大会报告工作,请予审议。", id="empty-author-label-above-speaker-line"),
    pytest.param(TITLE_FIELDS_PAGE, ("2021年青海省《政府工作报告》(附全文)", "", "", "", "", "", "", "2021-02-22",
                                     "青海省", "青海省", "630000", "text"),
                 "一、2020年和“十三五”工作回顾", "全年地区生产总值增长1.5%。", id="title-with-date-field-run-on"),
    pytest.param(NEWS_PAGE, ("前三季度湖南经济稳中有进", "", "", "", "", "", "湖南日报", "2025-10-24", "湖南", "湖南省",
                             "430000", "text"),
                 "湖南日报10月24日讯（记者 李四）今天，省统计局发布前三季度全省经济运行情况。初步核算，前三季度全省地区生产总值"
                 "39587.6亿元，按不变价格计算，同比增长5.3%。", "前三季度，全省社会消费品零售总额15432.1亿元，同比增长5.1%。",
                 id="news-menu-between-bars-one-line-info-bar"),
    pytest.param(COPY_SITE_PAGE, ("(福建省)2021年三明市人民政府工作报告(全文)", "", "", "", "余红胜", "三明市人民政府市长",
                                  "公文搜", "2021-07-28", "福建省三明市", "三明市", "350400", "text"),
                 "各位代表:", "疫情防控受到上级肯定。", id="copy-site-login-bar-crumb-column-stamp-line-codes"),
    pytest.param(COPY_SITE_LINES_PAGE, ("(湖南省)2019年湖南省人民政府工作报告(全文)",
                                        "2019年1月26日在湖南省第十三届人民代表大会第二次会议上",
                                        "湖南省第十三届人民代表大会第二次会议", "2019-01-26", "许达哲", "", "公文搜",
                                        "2021-07-27", "湖南省", "湖南省", "430000", "text"),
                 "各位代表:", "全省经济发展稳中有进、稳中向好,地区生产总值增长7.8%、达到3.64万亿元,一般公共预算收入增长6.1%。",
                 id="copy-site-wrapped-lines-name-alone-under-the-subtitle"),
    pytest.param(SESSION_NEWS_PAGE, ("", "", "", "", "王伟中", "广东省省长", "", "", "广东省", "广东省", "440000", ""),
                 "新快报讯 1月15日,广东省十四届人大三次会议开幕,广东省省长王伟中向大会作政府工作报告。报告回顾了2024年的工作成果。",
                 "报告指出,2024年是中华人民共和国成立75周年。预计全省地区生产总值迈上14万亿元新台阶、连续36年居全国首位。",
                 id="session-news-speaker-in-the-opening"),
    pytest.param(SESSION_LEAD_PAGE, ("", "", "", "", "周乃翔", "省长", "", "", "山东省", "山东省", "370000", "text"),
                 "报告显示,建议今年全省经济社会发展主要预期目标为:地区生产总值增长5.5%以上,一般公共预算收入增长5%左右。", "推荐内容",
                 id="session-news-place-in-the-lead-above-the-body"),
    pytest.param(SESSION_DAY_PAGE, ("", "", "", "2023-01-05", "程用文", "武汉市市长", "", "", "武汉市", "武汉市", "420100", ""),
                 SESSION_DAY_PAGE.split("\n")[0], "综合实力进一步提升。", id="session-news-day-in-the-year-of-its-date"),
    pytest.param(PDF_LINES_PAGE, ("2021年平湖市政府工作报告", "2021年2月25日在平湖市第十五届人民代表大会第五次会议上",
                                  "平湖市第十五届人民代表大会第五次会议", "2021-02-25", "仲旭东", "平湖市人民政府市长", "", "",
                                  "平湖市", "平湖市", "330482", "text"),
                 "各位代表:", "地区生产总值从497.8亿元增加到779亿元,年均增长7.3%。", id="pdf-lines-office-and-name-on-two-lines"),
    pytest.param(TAGS_PAGE, ("省政府全体会议上的讲话", "", "", "", "", "", "", "", "", "", "", "text"),
                 "省政府全体会议上的讲话篇1", "初步预计,一季度全省生产总值3600亿元,增长11.2%,高于全国3.5个百分点。",
                 id="document-site-notice-service-number-tags"),
    pytest.param(SITE_HOME_PAGE, ("在“赛六比·答六问”述政大会上的讲话", "", "", "", "", "", "德育素材网", "2024-10-28", "", "",
                                  "", "text"),
                 "同志们:", "今天我们召开述政大会。刚才,23个乡镇(街道)作了述政,大家应该说精气神都很好。",
                 id="site-home-line-stamp-then-site"),
    pytest.param(UPLOAD_STAMP_PAGE, ("干部在县域经济发展工作座谈会上的讲话", "", "", "", "", "", "", "", "", "", "", "text"),
                 "尊敬的各位领导、同志们:", "今年上半年,实现地区生产总值803.76亿元、增长8.5%。",
                 id="document-site-upload-date-is-no-published-date"),
    pytest.param(SHARED_FILE_PAGE, ("在县委农村工作会议上的发言", "", "", "", "", "", "", "", "", "", "", "text"),
                 SHARED_FILE_PAGE.split("\n")[1], SHARED_FILE_PAGE.split("\n")[2],
                 id="document-site-shared-file-notice-then-glued-title"),
    pytest.param(SALUTATION_PAGE, ("", "", "", "", "", "", "", "", "", "", "", ""),
                 "尊敬的各位老领导、同志们、朋友们:", "刚刚过去的一年,全市生产总值完成860亿元,增长16%。",
                 id="salutation-is-no-title"),
    pytest.param(STAMP_END_PAGE, ("殷勇:北京市去年生产总值增长5.2% 经济整体回升向好", "", "", "", "殷勇", "市长", "",
                                  "2024-01-21", "北京市", "北京市", "110000", "text"),
                 STAMP_END_PAGE.split("\n")[2], STAMP_END_PAGE.split("\n")[2], id="news-date-stamped-at-the-end"),
    pytest.param(CITATION_END_PAGE, ("", "", "", "", "", "", "人民日报", "2022-12-28", "", "", "", "text"),
                 CITATION_END_PAGE.split("\n")[0], CITATION_END_PAGE.split("\n")[1], id="news-paper-citation-at-the-end"),
    pytest.param(SITE_FIELDS_PAGE, ("安化县 13支小分队千名志愿者同行动", "", "", "", "", "", "中国益阳门户网", "2024-03-06",
                                    "安化县", "安化县", "430923", "text"),
                 "3月5日,安化县陶澍广场热闹非凡,13支新时代文明实践志愿服务小分队近千名志愿者汇聚于此。",
                 "目前,安化县注册志愿者人数达11万余人,年度开展文明实践志愿服务活动4万余场次。", id="site-name-and-address-before-fields"),
    pytest.param(LABEL_LINES_PAGE, ("山东省第七届百姓宣讲活动收官,开展巡回宣讲2600余场", "", "", "", "", "", "", "", "山东省",
                                    "山东省", "370000", "text"),
                 LABEL_LINES_PAGE.split("\n")[-2], LABEL_LINES_PAGE.split("\n")[-1], id="lone-page-labels-above-the-headline"),
    pytest.param(TITLE_AGAIN_PAGE, ("(贵州省)2021年黔西南州人民政府工作报告(全文)",
                                    "(2021年3月29日在州八届人大七次会议第一次全体会议上)", "州八届人大七次会议第一次全体会议",
                                    "2021-03-29", "黄兴文", "州人民政府代理州长", "", "", "贵州省黔西南",
                                    "黔西南布依族苗族自治州", "522300", "text"),
                 "各位代表:", "地区生产总值增长4.7%,增速排全省第2位。", id="copy-site-column-then-the-title-again"),
    pytest.param(MENU_PAGE, ("2018年南昌市政府工作报告", "—2018年1月7日在南昌市第十五届人民代表大会第三次会议上",
                             "南昌市第十五届人民代表大会第三次会议", "2018-01-07", "郭安", "南昌市人民政府市长", "", "",
                             "南昌市", "南昌市", "360100", "text"),
                 "一、2017年工作回顾", "全年完成地区生产总值5003.2亿元,增长9%左右。", id="site-menu-above-the-title"),
    pytest.param(DIGEST_PAGE, ("稳中求进难中求成 这份答卷沉甸甸", "", "", "", "王凯", "省长", "", "", "河南省", "河南省",
                               "410000", "text"),
                 "■省政府工作报告解读", "紧急避险转移 160.7万人次", id="e-paper-digest-speaker-under-subheads"),
])
def test_page_profile_and_body(page, expected, first, last):
    result = analyse_text(page)
    st, text = result.structure, result.document.text
    pr = st.profile
    assert tuple(getattr(pr, f) for f in PROFILE_FIELDS) == expected
    assert st.title == pr.title
    assert text[pr.body_start:].startswith(first + "\n")
    assert text[:pr.body_end].endswith("\n" + last)
    (speech,) = st.speeches
    assert (speech.title, speech.place, speech.locality, speech.adcode) == (pr.title, pr.place, pr.locality, pr.adcode)
    body = [text[p.start:p.end] for p in st.paragraphs]
    assert body[0] == first and body[-1] == last
    assert all(not fu.is_caption(line) for line in body)  # captions inside the body are left out
    assert all(pr.body_start <= s.start and s.end <= pr.body_end for s in st.sentences)
    assert offset_problems(result) == []


def test_caption_inside_the_body_has_no_sentence():
    result = analyse_text(TIANJIN_PAGE)
    text = result.document.text
    sentences = [text[s.start:s.end] for s in result.structure.sentences]
    assert "过去一年是天津大事要事难事集中交织的一年。" not in sentences
    assert "我们坚持以习近平新时代中国特色社会主义思想为指导，全市生产总值增长5%左右。" in sentences


def test_front_matter_fills_what_the_text_lacks():
    page = "---\ntitle: 文明城市创建经验\ndate: Tue, 19 Oct 2021 04:14:44 GMT\nauthor: ZAKER\nplace: 成都市\n---\n" \
           "本周，全国文明城市创建工作培训班在成都举办。\n"
    pr = analyse_text(page, "markdown").structure.profile
    assert (pr.title, pr.published, pr.speaker, pr.place, pr.locality, pr.adcode, pr.profile_from) == (
        "文明城市创建经验", "2021-10-19", "ZAKER", "成都市", "成都市", "510100", "metadata")


@pytest.mark.parametrize(("text", "title", "place"), [
    pytest.param("2026年天津市政府工作报告", "2026年天津市政府工作报告", "天津市", id="title-alone-is-a-title"),
    pytest.param("学习贯彻党的二十届四中全会精神", "学习贯彻党的二十届四中全会精神", "", id="ordinal-title-is-a-title"),
    pytest.param("南京市、苏州市地区生产总值均突破1.6万亿元", "", "", id="statement-with-an-amount-is-no-title"),
    pytest.param("合肥讯 1-5月，全省规上工业增加值增长9.1%", "", "", id="statement-with-a-clause-mark-is-no-title"),
    pytest.param("合肥京东方光电科技有限公司产值增长20%", "", "", id="statement-with-a-percentage-is-no-title"),
])
def test_one_line_document_title(text, title, place):
    """A document of one line without final punctuation is its own title only when it names rather than states:
    a statement's places are its figures', not the document's."""
    st = analyse_text(text).structure
    assert (st.profile.title, st.profile.place) == (title, place)
    assert [text[s.start:s.end] for s in st.sentences] == [text]


# speeches a document site glued to their titles (speech probe 13o): the title is the run ending in 讲话 or 致辞; the
# text keeps every character (the body starts at the line)
@pytest.mark.parametrize(("text", "title"), [
    pytest.param("第1页共9页市长政协新春茶话会讲话市长政协新春茶话会讲话篇1同志们、朋友们:在新的一年即将来临之际,我们在这里欢聚一堂。",
                 "市长政协新春茶话会讲话", id="page-counter-title-twice"),
    pytest.param("县长在县委春节团拜会上的致辞刚刚过去的2009年,是很不寻常、很不平凡的一年。", "县长在县委春节团拜会上的致辞",
                 id="title-then-text"),
    pytest.param("下面是小编为大家整理的2023年度在全市工业强市推进大会上讲话(完整),供大家参考。\n同志们:\n这次全市工业强市推进大会很重要。",
                 "2023年度在全市工业强市推进大会上讲话", id="editor-line"),
    pytest.param("1、书记在县级领导述职会发言 同志们: 经县委、县政府研究,决定今天召开全县县级领导干部工作述职大会。",
                 "书记在县级领导述职会发言", id="chunk-number"),
    pytest.param("市委书记孙爱军在会上讲话指出,要拿出决战冲刺的劲头。", "", id="a-sentence-reporting-a-speech-is-no-title"),
])
def test_title_glued_to_the_text(text, title):
    st = analyse_text(text).structure
    assert st.profile.title == title
    assert st.profile.body_start == 0


@pytest.mark.parametrize(("text", "place", "locality"), [
    pytest.param("13.57万亿！全国首个\n1月23日上午，广东省十四届人大二次会议在广州开幕。省长王伟中向大会作政府工作报告。\n"
                 "今年地区生产总值增长5%。", "广东省", "广东省", id="session-of-a-province-not-its-venue"),
    pytest.param("新改扩建50所中小学\n2月25日，深圳市七届人大六次会议在深圳市民中心礼堂开幕。深圳市市长覃伟中向大会作政府工作报告。",
                 "深圳市", "深圳市", id="session-of-a-city"),
    pytest.param("今年目标清单\n记者从会上获悉，南京、苏州两市将新建学校50所。", "", "", id="no-session-no-place"),
    # 13ae: the session's sentence far below a digest of the report's figures (华商报, 商洛 2018)
    pytest.param("回顾2017年\n生产总值增长9.5%,规模以上工业增加值增长14.5%\n城乡居民收入分别增长8.6%和9.3%\n"
                 "全社会固定资产投资增长23.6%,增速均居全省第二\n非公经济占比55.2%,位居全省第三\n"
                 "地方财政收入同口径增长9.1%\n160个市级重点项目完成投资580亿元,占年任务122.6%\n"
                 "6.69万人稳定脱贫,53个村退出贫困行列\n成功举办秦岭生态旅游节十大品牌活动\n展望2018年\n"
                 "生产总值增长9%左右,规模以上工业增加值增长12%左右\n全社会固定资产投资增长12%左右\n导读\n"
                 "华商报讯(记者 陈永辉)2月25日,商洛市第四届人民代表大会第三次会议在市行政中心开幕。",
                 "商洛市", "商洛市", id="session-below-a-digest"),
    pytest.param("锚定时代新坐标,开启发展新征程。2月20日上午,佳县第十九届人民代表大会第四次会议在东方红大剧院隆重开幕。\n"
                 "全年完成地区生产总值112.96亿元,增长6.6%。", "佳县", "佳县", id="session-of-a-two-character-county"),
    pytest.param("省十三届人大二次会议在广州举行\n本刊讯 1月28日,广东省第十三届人民代表大会第二次会议在广州白云国际会议中心"
                 "世纪大会堂开幕。省长马兴瑞向大会作政府工作报告。", "广东省", "广东省", id="title-names-only-the-venue"),
    pytest.param("市委书记在广州调研\n1月28日,广东省第十三届人民代表大会第二次会议在广州开幕。", "广州", "广州市",
                 id="title-place-that-is-no-venue-stays"),
    # 13ak: a province's work meeting held in its capital (香港商报 2021, traditional script)
    pytest.param("粵省衛生健康工作會議在廣州召開\n2021-02-07\n    2月7日,2021年廣東省衛生健康工作會議在廣州召開。"
                 "廣東省衛生健康委主任出席會議並講話。\n會議指出,2020年,全省97萬衛生健康工作者為全國疫情防控貢獻了廣東力量。",
                 "广东省", "广东省", id="work-meeting-of-a-province-not-its-venue"),
    pytest.param("全市交通工作会议在广州召开\n2月7日,全市交通工作会议在广州召开。", "广州", "广州市",
                 id="work-meeting-with-no-other-place-keeps-the-title-s"),
])
def test_place_of_the_session_a_news_report_reports(text, place, locality):
    """A news report of a congress's session whose title names no place is about the place whose congress's term its
    opening names (广东省十四届人大二次会议), not the venue (在广州) nor places named in passing."""
    pr = analyse_text(text).structure.profile
    assert (pr.place, pr.locality) == (place, locality)


@pytest.mark.parametrize(("text", "place", "locality"), [
    pytest.param("全市二季度经济运行分析调度会议讲话\n一季度全市地区生产总值同比增长15.2%。\n"
                 "从百色的情况来看,去年一季度全市经济增长3.6%,四季度增长6.3%,也是前低后高。",
                 "百色", "百色市", id="from-the-city-s-situation"),
    pytest.param("县长在县委全委会暨全县经济工作会议上的讲话\n我们必须全面把握、认真贯彻落实中央和全市经济工作会议精神，"
                 "紧密结合垫江实际，努力做好2023年经济社会开展各项工作。", "垫江", "垫江县",
                 id="county-short-form-in-its-own-reality"),
    pytest.param("市长政协新春茶话会讲话\n即将过去的2023年，是江油改革开展进程中极不平凡、极为艰难的一年。"
                 "向全市广阔工人、农民致以新年的良好祝愿。", "江油", "江油市", id="county-level-city-reform-frame"),
    pytest.param("在“赛六比·答六问”述政大会上的讲话\n全市新引进制造业项目2个、占温州三分之二，工业供地1824亩。",
                 "", "", id="parent-city-only-a-reference"),
    pytest.param("副县长在东西部协作帮扶活动暨捐赠仪式上的致辞\n全县人民常常念及临沂帮助，共建产业园区3个。",
                 "", "", id="visiting-city-only-a-partner"),
    pytest.param("会议讲话\n我们要紧密结合浙江实际，推动经济高质量发展。", "", "", id="no-home-word-no-own-place"),
    pytest.param("会议讲话\n全县上下要紧密结合百色实际，推动经济高质量发展。", "", "", id="level-the-home-word-says"),
    pytest.param("会议讲话\n全县上下要紧密结合垫江实际，学习从江油的情况来看的经验。", "", "", id="two-own-places-none"),
    pytest.param("新春致辞\n全区的父老乡亲们:\n值此新春佳节来临之际,我谨代表中共崂山区委、崂山区人民政府,向全区广大人民群众致以新春的问候!",
                 "崂山区", "崂山区", id="speaking-for-its-committee"),
    pytest.param("区长2015年新年致辞\n我谨代表XX区委、区政府,向全区居民,向关心、支持顺义发展的各界朋友,致以节日的问候!",
                 "顺义", "顺义区", id="greeting-those-who-support-it"),
    pytest.param("迎春致辞\n刚刚过去的一年,是我区经济社会取得显著成绩的一年。一年来,完成地区生产总值25.32亿元。"
                 "可以说保持密切协调的企地关系是谢家集区加快发展的一条重要经验,也是谢家集区的优良传统。",
                 "谢家集区", "谢家集区", id="the-one-district-named-in-full"),
    pytest.param("述政大会上的讲话\n全市新引进制造业项目2个,工业供地1824亩,温州市首座专业性工业固废处置中心投用。",
                 "", "", id="the-one-city-named-is-no-own-place-for-全市"),
    # news of a city's meeting or release: the economy of the place it speaks of as its own (13u, docs5 n08, n13)
    pytest.param("市委常委会召开一季度经济形势分析会\n一季度,全市实现地区生产总值1998.22亿元,增长8.7%。\n"
                 "会议强调,要确保全年经济运行稳中有进向好,推动杭州经济持续健康发展。", "杭州", "杭州市",
                 id="its-economy-going-on"),
    pytest.param("GDP实现1960.6亿元 总量居全省第三\n市政府新闻办1月23号举行新闻发布会,发布2017年度德阳经济运行情况。"
                 "全市经济总量继续保持全省第三位。", "德阳", "德阳市", id="its-economy-running"),
    # a report's review opening in its own place's history (city report probe 13v: 柳林县, a county's short form)
    pytest.param("2022年工作回顾\n2022年,是柳林发展史上极不平凡、极具考验的一年。\n"
                 "2022年,我县地区生产总值达到417亿元,同比增长9.4%,总量全市第二。全县上下踔厲奋发。",
                 "柳林", "柳林县", id="a-year-in-its-history"),
    # a city's press conference on its own economy (13z, docs7 n12 达州: title 我市, the body names the city once)
    pytest.param("我市发布2017年经济发展报告\n“去年全市实现地区生产总值(GDP)1583.94亿元,同比增长8.2%”……1月25日上午,"
                 "市政府召开2017年达州市经济形势新闻发布会。", "达州市", "达州市", id="its-economic-situation"),
    # a report whose page keeps only its body (宜宾 2022, older-years probe 13aa): 宜宾经济社会发展, 宜宾在全省的
    pytest.param("各位代表:\n我代表市人民政府,向大会报告工作,请予审议。\n一、过去五年工作回顾\n"
                 "过去五年,是宜宾经济社会发展实现跨越提升、具有里程碑意义的五年。我们团结带领全市人民,全面建成小康社会,"
                 "宜宾在全省的战略地位更加凸显。预计2021年全市地区生产总值突破3000亿元。",
                 "宜宾", "宜宾市", id="economic-and-social-development-and-standing-in-the-province"),
    pytest.param("各位代表:\n我们团结带领全市人民,支援新疆经济社会发展。全市地区生产总值增长6%。",
                 "", "", id="a-province-s-development-in-a-city-s-text-is-none"),
    # a bureau head's 表态发言 at a city's meeting (13ad, x08 三河 2002): the works that drive its own economy
    pytest.param("在全市农村“双通”工程现场会上的表态发言\n全市村村通公路、户户通自来水工程是拉动三河经济超常规、跨跃式发展的"
                 "一项重要举措,反映了三河45万人民的共同心声。", "三河", "三河市", id="driving-its-economy"),
    pytest.param("在全市工作会议上的表态发言\n全市上下要扩大开放,拉动内需,推动经济发展。", "", "",
                 id="driving-no-place-is-none"),
    # a county's news explainer of its report (probe12 泽州 2023): the year in its own history
    pytest.param("2023“两会”解读政府工作报告要点之一:2022年工作回顾\n2022年,是泽州发展历程中极不平凡的一年。全县上下真抓实干。"
                 "地区生产总值达到556.4亿元。", "泽州", "泽州县", id="a-year-in-its-own-history"),
    # a province's news explainer of its report (probe14 甘肃 2016): the leader's inspection of its own province
    pytest.param("刘伟平省长《政府工作报告》解读\n1月16日上午,在省十二届人大四次会议上,刘伟平省长代表省人民政府作了《政府工作报告》。"
                 "全省上下深入学习贯彻习近平总书记视察甘肃时的重要指示精神。全省生产总值达到6790亿元。", "甘肃", "甘肃省",
                 id="the-leaders-inspection-of-its-own-province"),
    # a province's release of its quarter (probe36 山东 2023): the features of its own economy the spokesman explains
    pytest.param("省政府新闻办召开发布会通报2023年一季度全省经济运行情况\n4月24日下午,省政府新闻办召开发布会,介绍一季度全省经济"
                 "社会发展情况。一季度全省生产总值20411亿元。陆万明对一季度山东经济发展特点作了解答。", "山东", "山东省",
                 id="the-features-of-its-own-economy"),
])
def test_own_place_of_a_speech(text, place, locality):
    """A speech whose title, occasion and speaker name no place is about the one place it speaks of as its own
    (结合垫江实际, 从百色的情况来看: self_frames.tsv) at the level its home words say (全县, 全市); never a place only
    compared with or partnered with."""
    pr = analyse_text(text).structure.profile
    assert (pr.place, pr.locality) == (place, locality)


@pytest.mark.parametrize(("text", "place", "locality"), [
    pytest.param("市统计局召开2016年前三季度全市经济形势新闻通报会(图)\n来源:株洲市统计局  发布时间:2016-10-24 15:43:02\n"
                 "初步核算, 前三季度,全市完成地区生产总值1625.8亿元, 增长7.7%。", "株洲市", "株洲市",
                 id="outlet-a-city-statistics-bureau"),
    pytest.param("[ 主题分类 ] | 统计 | [ 体裁分类 ] | 其他 |\n[ 发布机构 ] | 江津区统计局 | [ 有效性 ] | 有效 |\n"
                 "今年一季度,全区主要经济指标较快增长。\n一季度,全区实现地区生产总值(GDP)308.9亿元,同比增长6.7%。",
                 "江津区", "江津区", id="disclosure-table-publishing-body-in-brackets"),
    pytest.param("市第十六届人大六次会议隆重开幕\n吴川市人民政府网讯 5月19日上午,市第十六届人大六次会议隆重开幕。\n"
                 "2019年,全市实现生产总值272.1亿元,增长5%;社会消费品零售总额增速连续三年排名湛江市第一;"
                 "实际利用外资增速排名湛江市第一;一般公共预算收入增速排名湛江市第一;", "吴川市", "吴川市",
                 id="government-site-line-parent-city-only-a-rank-field"),
    pytest.param("市七届人大四次会议隆重开幕\n掌上张家界1月6日讯 (记者 尹明)1月6日上午,市第七届人民代表大会第四次会议开幕。"
                 "地区生产总值增长7.7%,均高于全省平均水平。我市正式迈入高铁时代。", "", "", id="a-papers-filing-line-names-none"),
    pytest.param("县统计局发布上半年经济运行情况\n来源:株洲市统计局\n上半年,全县地区生产总值增长6.1%。", "", "",
                 id="outlet-above-the-level-the-text-says"),
    # a data release's lead (economic news probe12): the body the first sentence names, after the filing line
    pytest.param("中新网大连1月20日电 (记者 杨毅)大连市人民政府新闻办公室20日召开新闻发布会通报2024年全市经济运行情况。\n"
                 "统计数据显示,第一产业增加值585.7亿元,同比增长4.3%。", "大连市", "大连市",
                 id="lead-sentence-a-city-government-body"),
    pytest.param("本报讯 近日,辽宁省统计局发布数据。\n上半年,全市地区生产总值增长5%。", "", "",
                 id="lead-body-above-the-level-the-text-says"),
    pytest.param("本报讯 全市经济稳中向好。大连市统计局近日发布数据。\n上半年,全市地区生产总值增长5%。", "", "",
                 id="body-after-the-lead-sentence-names-none"),
    pytest.param("一季度经济运行情况\n来源:江津区统计局\n一季度,全区地区生产总值增长6.7%,璧山区增长5%,永川区增长4%,璧山区工业增长8%。",
                 "", "", id="another-district-named-twice"),
])
def test_place_of_a_local_publisher(text, place, locality):
    """A text that speaks of its own place (全市, 全区) and names none in its title or frames is about the place whose
    government body publishes it (来源：株洲市统计局, [ 发布机构 ] | 江津区统计局, 吴川市人民政府网讯), at the level
    its home words say; never a reporter's or a paper's filing place, and not when another place at that level is
    named twice."""
    pr = analyse_text(text).structure.profile
    assert (pr.place, pr.locality) == (place, locality)


@pytest.mark.parametrize(("text", "surface", "locality"), [
    pytest.param("(河北省)邢台市人民政府工作报告(2024年1月28日)", "河北省邢台市", "邢台市", id="bracketed-province-before-city"),
    pytest.param("（河北省）正定县人民政府工作报告（2025年）", "河北省正定县", "正定县", id="bracketed-province-before-county"),
    pytest.param("河北省邢台市信都区政府工作报告", "河北省邢台市信都区", "信都区", id="adjacent-run-most-specific"),
    pytest.param("2026年天津市政府工作报告（全文）", "天津市", "天津市", id="bracket-after-the-place-names-none"),
    # a county's former name (data/former_places.tsv) names its current place (older-years probe 13aa)
    pytest.param("(湖北省)2017年监利县人民政府工作报告(全文)", "湖北省监利县", "监利市", id="former-name-county-now-a-city"),
    pytest.param("2016年长乐市政府工作报告", "长乐市", "长乐区", id="former-name-city-now-a-district"),
    # a banner's conventional short form (data/banner_short_forms.tsv) names it (county reports probe 13ac)
    pytest.param("(内蒙古)2020年科左后旗人民政府工作报告(全文)", "内蒙古科左后旗", "科尔沁左翼后旗", id="banner-short-form"),
    pytest.param("2019年察右前旗政府工作报告", "察右前旗", "察哈尔右翼前旗", id="banner-short-form-no-bracket"),
])
def test_place_of_a_title(text, surface, locality):
    """A report's place is the most specific unit its title names: a province written in brackets before a city or
    county only says where that is."""
    got, place = place_of(text)
    assert (got, place.name if place else "") == (surface, locality)


@pytest.mark.parametrize(("line", "title"), [
    pytest.param("2025沧州市政府工作报告_沧州市人民政府", "2025沧州市政府工作报告", id="underscore-site"),
    pytest.param("赤峰市2025年政府工作报告-策知道", "赤峰市2025年政府工作报告", id="dash-site"),
    pytest.param("在县第十八届人民代表大会第三次会议上的政府工作报告 - 新文秘网", "在县第十八届人民代表大会第三次会议上的政府工作报告",
                 id="spaced-dash-site"),
    pytest.param("(河北省)正定县人民政府工作报告(2025年)_2", "(河北省)正定县人民政府工作报告(2025年)", id="page-number"),
    pytest.param("关于2024-2025年工作的报告", "关于2024-2025年工作的报告", id="year-range-is-no-separator"),
    pytest.param("政府工作报告_2025年政府工作报告", "政府工作报告_2025年政府工作报告", id="genre-after-separator-kept"),
    pytest.param("2022年新疆政府工作报告(全文29812字)", "2022年新疆政府工作报告", id="copy-site-character-count"),
    pytest.param("(安徽省)2021年合肥市瑶海区人民政府工作报告(全文)", "(安徽省)2021年合肥市瑶海区人民政府工作报告(全文)",
                 id="full-text-mark-without-a-count-kept"),
    pytest.param("凤县第十八届人民代表大会第四次会议隆重开幕 |", "凤县第十八届人民代表大会第四次会议隆重开幕",
                 id="bare-bar-after-the-title"),  # 13ae: a 人大 site's table cell
    pytest.param("聚焦 | 路南区政协委员视察全区重点项目建设工作", "路南区政协委员视察全区重点项目建设工作",
                 id="column-tag-before-the-headline"),  # 13ai docs10 n08
    pytest.param("要闻 | 全年", "要闻 | 全年", id="short-text-after-a-bar-kept"),
    # probe14 (西藏 2016, a copy site): the day and the speaker in brackets after the title
    pytest.param("西藏自治区政府工作报告 (2016年1月27日 洛桑江村)", "西藏自治区政府工作报告", id="date-and-speaker-aside"),
    pytest.param("(河北省)正定县人民政府工作报告(2025年)", "(河北省)正定县人民政府工作报告(2025年)", id="year-aside-kept"),
])
def test_title_without_site(line, title):
    assert without_site(line) == title


def test_a_title_saying_the_day_and_the_session_dates_the_text():
    """probe14 (拉萨 2021, a city's page): a page title that is a subtitle's day and session (2021年1月12日在…会议上的
    政府工作报告), with no subtitle line in the text, gives the day delivered and the occasion."""
    page = "---\ntitle: 2021年1月12日在拉萨市第十一届人民代表大会第六次会议上的政府工作报告\n---\n" \
           "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、“十三五”工作回顾\n地区生产总值达到678.16亿元。\n"
    pr = analyse_text(page, "markdown").structure.profile
    assert (pr.delivered, pr.occasion) == ("2021-01-12", "拉萨市第十一届人民代表大会第六次会议")


# ---------------------------------------------------------------- appendices and unnumbered headings

NEIMENGGU = """各位代表：
现在，我代表自治区人民政府向大会报告工作，请予审议。
“十四五”时期发展成就和2025年工作回顾
“十四五”时期内蒙古发展历程极不平凡。
刚刚过去的2025年，全区经济稳中有进。
“十五五”时期主要目标和2026年重点工作
“十五五”时期是内蒙古高质量发展的关键时期。
一、把铸牢中华民族共同体意识作为民族地区各项工作的主线
铸牢中华民族共同体意识是新时代党的民族工作的主线。
（一）加强中华民族共有精神家园建设。坚持不懈开展教育。
二、全力抓好七项重点工作
（一）立足壮大实体经济，建设体现内蒙古特色优势的现代化产业体系
一要加快传统产业提质升级。实施工业设备更新改造工程。
各位代表！今年恰逢中国农历马年。
附件
2026年自治区民生实事
1.通过“以工代赈”发放劳务报酬20亿元以上（牵头单位：农牧厅）
2.实现城镇新增就业18万人以上（牵头单位：人社厅）"""

SECTION_FIELDS = ("path", "level", "style", "label", "title")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(NEIMENGGU, [
        ("1", 1, "unnumbered", "", "“十四五”时期发展成就和2025年工作回顾"),
        ("2", 1, "unnumbered", "", "“十五五”时期主要目标和2026年重点工作"),
        ("2.1", 2, "cn", "一、", "把铸牢中华民族共同体意识作为民族地区各项工作的主线"),
        ("2.1.1", 3, "cn_paren", "（一）", "加强中华民族共有精神家园建设"),
        ("2.2", 2, "cn", "二、", "全力抓好七项重点工作"),
        ("2.2.1", 3, "cn_paren", "（一）", "立足壮大实体经济，建设体现内蒙古特色优势的现代化产业体系"),
        ("A1", 0, "appendix", "附件", "2026年自治区民生实事"),
        ("A1.1", 0, "arabic", "1.", "通过“以工代赈”发放劳务报酬20亿元以上（牵头单位：农牧厅）"),
        ("A1.2", 0, "arabic", "2.", "实现城镇新增就业18万人以上（牵头单位：人社厅）"),
    ], id="parts-above-the-series-and-an-appendix"),
    pytest.param("各位代表：\n现在，我代表省人民政府向大会报告工作。\n工作回顾\n2025年是“十四五”收官之年。\n"
                 "（一）全力以进促稳\n突出有组织、超常规发力。\n（二）全力以新促质\n强化科技创新。\n"
                 "2026年工作安排\n今年是“十五五”开局之年。\n（一）促进消费投资良性互动\n大力提振消费。\n"
                 "全面提升政府治理效能\n锚定新目标、应对新挑战，各级政府必须旗帜鲜明讲政治。", [
                     ("1", 1, "unnumbered", "", "工作回顾"),
                     ("1.1", 2, "cn_paren", "（一）", "全力以进促稳"),
                     ("1.2", 2, "cn_paren", "（二）", "全力以新促质"),
                     ("2", 1, "unnumbered", "", "2026年工作安排"),
                     ("2.1", 2, "cn_paren", "（一）", "促进消费投资良性互动"),
                     ("3", 1, "unnumbered", "", "全面提升政府治理效能"),
                 ], id="top-level-without-numbers"),
    # a newspaper's digest of a report: a line with one bullet heads the lines with another (长江日报, 2025-01-17)
    pytest.param("政府工作报告摘要与导读\n■ 2024年成绩单\n●预计全省地区生产总值增长6%左右\n●粮食总产达到557亿斤\n"
                 "●城乡居民收入稳步增长\n■ 2025年经济社会发展的主要预期目标\n●经济增长6%左右\n●居民消费价格涨幅2%左右", [
                     ("1", 1, "unnumbered", "■", "2024年成绩单"),
                     ("2", 1, "unnumbered", "■", "2025年经济社会发展的主要预期目标"),
                 ], id="bullet-headings-above-bulleted-items"),
    pytest.param("一、工作回顾\n●全省地区生产总值增长6%左右\n●粮食总产达到557亿斤\n■ 稳步增长\n过去一年，全省经济稳中有进。", [
                     ("1", 1, "cn", "一、", "工作回顾"),
                 ], id="a-bullet-line-above-body-text-is-no-heading"),
    pytest.param("各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2025年和“十四五”\n时期工作回顾\n"
                 "过去一年是天津大事要事难事集中交织的一年。\n二、2026年重点工作\n今年是“十五五”开局起步之年。", [
                     ("1", 1, "cn", "一、", "2025年和“十四五”时期工作回顾"),
                     ("2", 1, "cn", "二、", "2026年重点工作"),
                 ], id="numbered-heading-over-two-lines"),
    pytest.param("各位代表：\n现在，我代表省人民政府向大会报告工作。\n“十四五”时期\n工作回顾\n"
                 "“十四五”时期是我省发展历程中极不寻常、极不平凡的五年。\n（一）经济运行稳中有进\n地区生产总值超过2.5万亿元。", [
                     ("1", 1, "unnumbered", "", "“十四五”时期工作回顾"),
                     ("1.1", 2, "cn_paren", "（一）", "经济运行稳中有进"),
                 ], id="unnumbered-heading-over-two-lines"),
    pytest.param("一、工作回顾\n主要做了以下工作。\n一是全力以进促稳\n突出有组织、超常规发力，全力拼经济稳增长。\n"
                 "这一年，我们砥砺奋进\n经济总量迈上新台阶，人均GDP进入全国前列。\n二、2026年工作安排\n今年是开局之年。", [
                     ("1", 1, "cn", "一、", "工作回顾"),
                     ("2", 1, "cn", "二、", "2026年工作安排"),
                 ], id="points-and-lead-sentences-are-no-headings"),
    pytest.param("一、工作回顾\n过去一年，全省经济稳中有进。\n二、今年工作\n今年是开局之年。\n"
                 "附件2 名词解释\n1.新质生产力：是创新起主导作用的先进生产力质态。\n2.“两新”：指大规模设备更新和消费品以旧换新。\n"
                 "注释\n［1］“两重”：指国家重大战略实施和重点领域安全能力建设。\n［2］“一老一小”：指养老和托育。", [
                     ("1", 1, "cn", "一、", "工作回顾"),
                     ("2", 1, "cn", "二、", "今年工作"),
                     ("A1", 0, "appendix", "附件2", "名词解释"),
                     ("A1.1", 0, "arabic", "1.", "新质生产力：是创新起主导作用的先进生产力质态"),
                     ("A1.2", 0, "arabic", "2.", "“两新”：指大规模设备更新和消费品以旧换新"),
                     ("A2", 0, "appendix", "", "注释"),
                     ("A2.1", 0, "bracket", "［1］", "“两重”：指国家重大战略实施和重点领域安全能力建设"),
                     ("A2.2", 0, "bracket", "［2］", "“一老一小”：指养老和托育"),
                 ], id="glossary-and-notes"),
    pytest.param("一、工作回顾\n过去一年，全省经济稳中有进。\n附：2026年省级民生实事\n一、就业增收\n新增就业10万人。\n"
                 "二、教育提质\n新建幼儿园20所。", [
                     ("1", 1, "cn", "一、", "工作回顾"),
                     ("A1", 0, "appendix", "附", "2026年省级民生实事"),
                     ("A1.1", 0, "cn", "一、", "就业增收"),
                     ("A1.2", 0, "cn", "二、", "教育提质"),
                 ], id="appendix-list-never-continues-the-main-series"),
    pytest.param("各位代表：\n（2026年1月26日）\n现在，我代表省人民政府向大会报告工作。\n一、工作回顾\n过去一年，全省经济稳中有进。\n"
                 "名词解释：\n1.“两新”：指大规模设备更新和消费品以旧换新。", [
                     ("1", 1, "cn", "一、", "工作回顾"),
                     ("A1", 0, "appendix", "", "名词解释"),
                     ("A1.1", 0, "arabic", "1.", "“两新”：指大规模设备更新和消费品以旧换新"),
                 ], id="a-date-line-is-no-heading-a-glossary-with-colon-is"),
    # probe33 (四川 2021, and its 2016 report in markdown): 第一，… alone on its line under a 一、 heading is a sub-section (bold
    # with its 。 too, **第一，千方百计稳定经济增长。**), not a paragraph that runs on (第一，必须…。把…); 名词解释和说明
    # after the closing words opens the glossary, as 名词解释 does (its entries were the last task's text, targets)
    pytest.param("一、2021年工作安排\n今年全省地区生产总值增长7%以上。\n第一，以成渝地区双城经济圈建设为战略牵引，深入推进"
                 "“一干多支、五区协同”发展\n加强川渝协同联动。\n第二，深入推进创新驱动发展\n强化重大创新平台建设。\n"
                 "第三，必须始终坚持改革创新。以改革创新为根本动力。\n名词解释和说明\n（1）“六稳”：稳就业、稳金融。\n"
                 "（2）“六保”：保居民就业、保基本民生。", [
                     ("1", 1, "cn", "一、", "2021年工作安排"),
                     ("1.1", 2, "ordinal", "第一，", "以成渝地区双城经济圈建设为战略牵引，深入推进“一干多支、五区协同”发展"),
                     ("1.2", 2, "ordinal", "第二，", "深入推进创新驱动发展"),
                     ("A1", 0, "appendix", "", "名词解释和说明"),
                     ("A1.1", 0, "arabic_paren", "（1）", "“六稳”：稳就业、稳金融"),
                     ("A1.2", 0, "arabic_paren", "（2）", "“六保”：保居民就业、保基本民生"),
                 ], id="ordinal-line-headings-and-a-glossary-with-a-second-part"),
    # probe17 (东莞市 2021): 名词注解： after the closing words opens the glossary, as 名词解释 does (it was read as the
    # last task's text, its entries targets of the year)
    pytest.param("一、工作回顾\n过去一年，全市经济稳中有进。\n二、今年工作\n今年是开局之年。\n名词注解：\n"
                 "双区：指粤港澳大湾区、深圳建设中国特色社会主义先行示范区。\n雪亮工程：指公共安全视频监控系统建设联网应用项目。", [
                     ("1", 1, "cn", "一、", "工作回顾"),
                     ("2", 1, "cn", "二、", "今年工作"),
                     ("A1", 0, "appendix", "", "名词注解"),
                 ], id="a-glossary-headed-ming-ci-zhu-jie"),
    # a news report quotes the report's outline as a list after a colon: no headings of its own (13u, docs5 n09)
    pytest.param("1月4日上午,漳州市第十六届人民代表大会第四次会议开幕。\n会上,市长刘远代表市政府向大会作政府工作报告。\n"
                 "报告分为三部分:\n一、2019年工作回顾;\n二、奋力做好2020年工作;\n三、以人民满意为目标,提升政府治理能力和水平。\n"
                 "《报告》指出,2019年是新中国成立70周年。\n初步统计,全市地区生产总值预计完成4725亿元,增长7.5%。", [],
                 id="an-outline-quoted-after-a-colon-is-no-heading"),
])
def test_sections(text, expected):
    result = analyse_text(text)
    got = [tuple(getattr(s, f) for f in SECTION_FIELDS) for s in result.structure.sections if s.style != "preface"]
    assert got == expected
    assert offset_problems(result) == []


def test_appendix_text_is_located_in_the_appendix():
    st = analyse_text(NEIMENGGU).structure
    appendix = next(s for s in st.sections if s.style == "appendix")
    offset = NEIMENGGU.index("实现城镇新增就业")
    assert st.locate(offset) == (1, appendix.section)
    assert appendix.section == 3  # the third top-level part: two report parts, then the appendix
    main = [s for s in st.sections if s.level == 1]
    assert main[-1].end < appendix.start


# ---------------------------------------------------------------- end to end: corpus-dev against the gold


@pytest.fixture(scope="module")
def dev_run(tmp_path_factory):
    if not CORPUS_DEV.is_dir() or not PROFILE_GOLD.exists():
        pytest.skip(f"the dev corpus and its profile gold are not here ({SHARED})")
    out = tmp_path_factory.mktemp("dev") / "out"
    proc = run_cli("extract", str(CORPUS_DEV), "-o", str(out), "--no-entities")
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.mark.slow
def test_dev_corpus_scores_full_marks_on_the_profile_gold(dev_run):
    if not PROFILE_SCORER.exists():
        pytest.skip(f"the profile scorer is not here ({PROFILE_SCORER})")
    proc = subprocess.run([sys.executable, str(PROFILE_SCORER), str(PROFILE_GOLD), str(dev_run)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == (
        "profile: title 10/10 place 10/10 speaker 10/10 date 10/10; "
        "sections P 1.000 R 1.000; subsections P 1.000 R 1.000")


@pytest.mark.slow
def test_dev_corpus_profile_columns_and_body_lines(dev_run):
    gold = json.loads(PROFILE_GOLD.read_text(encoding="utf-8"))
    docs = {r["doc_id"]: r for r in read_rows(dev_run / "documents.csv")}
    assert set(docs) == set(gold)
    for doc_id, g in gold.items():
        d = docs[doc_id]
        text = Path(d["source"]).read_text(encoding="utf-8")
        got = (d["occasion"], d["speaker_title"], d["outlet"], d["published"],
               text.count("\n", 0, int(d["body_start"])), text.count("\n", 0, int(d["body_end"])))
        assert got == (g["occasion"], g["speaker_title"], g["source"], g["published"],
                       g["body_start_line"], g["body_end_line"]), doc_id


# A site's header above its breadcrumb path (its name, its slogan) is no title: the title is the line after the
# breadcrumb; a page's title line that names the document (…政府工作报告 - 新文秘网) still is one.
@pytest.mark.parametrize(("text", "title"), [
    pytest.param("人民網\n人民網>>青海頻道>>本網專稿\n\n西寧市湟中區第二屆人民代表大會第四次會議開幕\n\n"
                 "2024年02月28日14:58 | 來源:人民網-青海頻道\n\n人民網西寧2月28日電 (記者甘海瓊)2月28日,西寧市湟中區第二屆人民代表"
                 "大會第四次會議開幕。西寧市湟中區委副書記、區長郭健代表湟中區人民政府向大會作政府工作報告。",
                 "西宁市湟中区第二届人民代表大会第四次会议开幕", id="site-name-above-its-path"),
    pytest.param("服务粉丝\n\n我们一直在努力\n当前位置:首页 > 情感 > 故事 >\n\n"
                 "西安发布2023经济预期发展目标:GDP增长约7% 规上工业增加值预计增长超10%\n\n"
                 "日期: 来源:21世纪经济报道收集编辑:21世纪经济报道\n\n21世纪经济报道记者 凌晨  西安报道\n\n2月15日,西安市第十七届人民代表大会第三次会议在陕西大会堂开幕。西安市市长李明远代表市政府向大会作政府工作报告。\n\n"
                 "政府工作报告提出,在整体经济发展目标方面,2023年西安市GDP增长7%左右,规模以上工业增加值增长10%以上。",
                 "西安发布2023经济预期发展目标:GDP增长约7% 规上工业增加值预计增长超10%", id="site-slogan-above-its-path"),
    pytest.param("在县第十八届人民代表大会第三次会议上的政府工作报告 - 新文秘网\n"
                 "您的位置:新文秘网>>换届/政务讲话/政府报告/>>正文\n\n在县第十八届人民代表大会第三次会议上的政府工作报告\n\n"
                 "各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。",
                 "在县第十八届人民代表大会第三次会议上的政府工作报告", id="page-title-naming-the-document-above-its-path"),
    # the rest of a breadcrumb on the line after its opener (当前位置:首页 / > 新闻资讯 > 新闻发布会) is no title either
    # (probe36: a provincial statistics bureau's release, 2023)
    pytest.param("当前位置:首页\n> 新闻资讯 > 新闻发布会\n省政府新闻办召开发布会通报2023年一季度全省经济运行情况\n\n"
                 "发布日期:2023-04-26 14:43:05 浏览次数: 信息来源:综合处 字体:[ ]\n\n"
                 "4月24日下午,省政府新闻办召开发布会,介绍一季度全省经济社会发展情况。一季度全省生产总值20411亿元。",
                 "省政府新闻办召开发布会通报2023年一季度全省经济运行情况", id="breadcrumb-rest-on-its-own-line"),
    # a site's label in Latin letters alone above the title is no title either (a summary site's Workflow)
    pytest.param("Workflow\n2025年四川省政府工作报告(全文)\n中商产业研究院·2025-02-07 08:05\n\n"
                 "报告的核心观点 2024年四川省经济运行稳中向好;全省地区生产总值增长5.7%,高于全国0.7个百分点。",
                 "2025年四川省政府工作报告(全文)", id="latin-label-above-the-title"),
    # a page's bar of the site's name, its path and its toolbar split by | is no title, nor a bracketed caption
    # labelled 图片说明 the text under it (probe38: 云南 2016 saved from the government's site)
    pytest.param("云南省人民政府门户网站 | 首页 > 政务公开 > 政府工作报告 | 【大 中 小】 【打印】 【关闭】\n2016年政府工作报告\n"
                 "发布时间：2016-01-31 09:00 来源：云南日报\n"
                 "（图片说明：1月24日，云南省第十二届人民代表大会第四次会议在昆明海埂会堂开幕。 记者 摄）\n\n"
                 "——2016年1月24日在云南省第十二届人民代表大会第四次会议上\n\n省长 陈豪\n\n各位代表：\n"
                 "现在，我代表省人民政府，向大会报告工作。全省生产总值增长8.7%。",
                 "2016年云南省政府工作报告", id="site-path-toolbar-bar-above-the-title"),
    # the place's level word alone before the report's name (省政府工作报告) is the document's own place (probe40: 辽宁
    # 2021 from the government's site, its title in front matter)
    pytest.param("2021年省政府工作报告\n\n——2021年1月28日在辽宁省第十三届人民代表大会第五次会议上\n\n"
                 "各位代表：\n\n现在，我代表辽宁省人民政府向大会报告工作，请予审议。2020年，地区生产总值增长0.6%。",
                 "2021年辽宁省政府工作报告", id="level-word-alone-before-the-name"),
])
def test_site_header_above_a_breadcrumb_is_no_title(text, title):
    assert analyse_text(text).structure.profile.title == title


# The day a news lead says the report was given (1月20日,…县长李永军在作《政府工作报告》时) is its date, in the year
# of the page; a city's paper that titles a district's session with the city's name (深圳二届人大二次会议开幕) is
# about the district whose session its lead names.
@pytest.mark.parametrize(("text", "locality", "delivered"), [
    pytest.param("牟定县人民政府\n首页 >> 新闻动态 >> 牟定动态 >> 正文\n\n"
                 "《政府工作报告》摘要(一):2021年 全县经济社会发展各项目标任务高质量全面完成\n\n"
                 "日期:2022年01月24日   作者:   来源:牟定县融媒体中心    点击:[]\n\n"
                 "1月20日,牟定县人民政府县长李永军在作《政府工作报告》时,对2021年及十七届县人民政府工作作了全面回顾。\n\n"
                 "据统计预测,全县地区生产总值增长12.6%达92.9亿元。", "牟定县", "2022-01-20", id="the-day-the-lead-says"),
    pytest.param("深圳二屆人大二次會議開幕 部署2022政府工作\n2022-04-22 08:24:49 來源: 深圳商報\n0瀏覽 評論0條\n"
                 "4月21日,坪山區二屆人大二次會議開幕。區政府工作報告回顧了2021年工作,對2022年政府工作進行部署安排。\n"
                 "報告指出,坪山區2021年實現了經濟發展穩中提質。全年地區生產總值達910.6億元、增長11.7%。",
                 "坪山区", "2022-04-21", id="a-district-session-under-the-citys-name"),
    pytest.param("江西:成績鼓舞人心 目標催人奮進 未來悅然可期\n2024-01-24 10:57:50來源:中央廣電總臺國際在線編輯:鐘薇責編:尹紅燕\n\n"
                 "  1月23日,江西省十四屆人大二次會議在南昌開幕,江西省省長葉建春代表江西省人民政府向大會作“政府工作報告”,回顧2023年工作,安排2024年工作。\n\n"
                 "  報告指出,2023年是江西發展歷程中具有重要里程碑意義的一年。",
                 "江西省", "2024-01-23", id="the-day-the-lead-says-under-a-stamp-glued-to-its-source"),
    pytest.param("人民網>>黑龍江頻道\n\n黑龍江省十四屆人大二次會議隆重開幕\n\n2024年01月24日17:11 | 來源:黑龍江日報\n小字號\n\n"
                 "省十四屆人大二次會議隆重開幕\n\n許勤主持 梁惠玲作政府工作報告 藍紹敏黃建盛等出席\n\n"
                 "實干鑄就偉業,奮斗創造未來。24日上午,黑龍江省第十四屆人民代表大會第二次會議在哈爾濱國際會議中心環球劇場隆重開幕。",
                 "黑龙江省", "2024-01-24", id="the-day-alone-in-the-page-s-month"),
    # a morning paper's lead: 昨日 is the day before its dateline's (probe11, 深圳特区报 on 龙华区 2024)
    pytest.param("龙华区二届人大四次会议开幕\n2024-01-19 07:37\n来源: 深圳特区报\n人工智能朗读:\n\n龙华区二届人大四次会议开幕\n\n"
                 "深圳新闻网2024年1月19日讯(深圳特区报记者 杨明铭 吴禾昆)昨日上午,深圳市龙华区第二届人民代表大会第四次会议"
                 "在龙华会堂开幕。233名区二届人大代表出席大会。区长雷卫华代表龙华区人民政府向大会作政府工作报告。",
                 "龙华区", "2024-01-18", id="yesterday-in-a-morning-paper-s-lead"),
])
def test_news_lead_day_and_district(text, locality, delivered):
    pr = analyse_text(text).structure.profile
    assert (pr.locality, pr.delivered) == (locality, delivered)


def test_a_lead_sentence_opening_the_page_is_no_title():
    """A first line that opens with a time and a comma and states a figure is the lead, not a title (a mirror's
    digest of Hubei's 2023 report): its figures are the text's."""
    from pipeline.run import process_text

    result = process_text("2022年,初步預計,地區生產總值增長4.7%左右,在過5萬億經濟大省中增速第一\n(資料圖片)\n"
                          "新增城鎮就業91.6萬人,留鄂來鄂高校畢業生42.4萬人,均超額完成年初目標\n2023年預期目標\n"
                          "●地區生產總值增長6.5%左右,在實際工作中爭取更好結果")
    assert result.structure.profile.title == ""
    got = [(f.mention, f.time, f.claim) for f in result.figures]
    assert got[0] == ("4.7%左右", "2022", "actual") and ("91.6万人", "2022", "actual") in got


# A city or county report's front as copy sites give it (city report probe 13v): an office and a name under the
# subtitle (市长 左俊) are a speaker line, not a name alone; a date alone on its line above 在…会议上 is the subtitle's
# (the day the report was given), not the page's publication stamp.
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("——2019年1月6日在马鞍山市第十六届人民代表大会第二次会议上\n市长 左俊\n各位代表:\n"
                 "现在,我代表市人民政府,向大会报告政府工作,请予审议。\n一、2018年工作回顾\n预计实现地区生产总值1800亿元、增长8.5%。",
                 ("2019-01-06", "左俊", "市长", ""), id="office-and-name-under-the-subtitle"),
    pytest.param("政府工作报告\n2019年3月2日在浮山县第十六届人民代表大会第四次会议上\n栗 俊 昌\n各位代表:\n"
                 "现在,我代表县人民政府向大会报告工作。\n2018年,全县地区生产总值完成46.1亿元。",
                 ("2019-03-02", "栗俊昌", "", ""), id="name-alone-under-the-subtitle"),
    pytest.param("政 府 工 作 报 告\n2022年1月19日\n在遂宁市安居区第五届人民代表大会第二次会议上\n"
                 "遂宁市安居区人民政府区长 杨文彬\n各位代表:\n我代表区人民政府,向大会报告工作。\n"
                 "2021年工作回顾\n实现地区生产总值210.42亿元、增长8.7%。",
                 ("2022-01-19", "杨文彬", "遂宁市安居区人民政府区长", ""), id="date-alone-above-the-session"),
    # the date and the session on two lines, then a name alone (county probe 13ah: 安岳 2022)
    pytest.param("政府工作报告\n2021年12月15日\n在安岳县第十七届人民代表大会第一次会议上\n刘建华\n各位代表、各位委员:\n"
                 "现在,我代表县人民政府向大会报告工作,请予审查。\n过去五年工作回顾\n全县地区生产总值年均增长6.9%。",
                 ("2021-12-15", "刘建华", "", ""), id="name-alone-under-a-two-line-subtitle"),
    # the session under the dash with no date, the day in brackets on the line under it, then the name spaced out
    # (probe11: 科右前旗 2024 on the banner's site)
    pytest.param("政 府 工 作 报 告\n——在科右前旗第十八届人民代表大会第三次会议上\n（2024年3月12日）\n刘 海 涛\n各位代表:\n"
                 "现在,我代表科右前旗人民政府向大会报告工作。\n一、2023年工作回顾\n全旗地区生产总值增长5.7%。",
                 ("2024-03-12", "刘海涛", "", ""), id="day-in-brackets-under-an-undated-session"),
    # a copy site's summary line: the title again with the front run on after it, cut at about 100 characters
    # (older-years probe 13aa: 黄梅 2017 whose text is one line below it, 广元 2016 whose front lines follow)
    pytest.param("(湖北省)2017年黄梅县人民政府工作报告(全文)\n公文搜 2021-07-23 10:38:42 政府报告\n"
                 "(湖北省)2017年黄梅县人民政府工作报告(全文) 政 府 工 作 报 告 2016年12月16日在黄梅县第十六届人民代表大会第一次会议上 县长 屈凯军 各位代\n"
                 "(湖北省)2017年黄梅县人民政府工作报告(全文) 政 府 工 作 报 告 2016年12月16日在黄梅县第十六届人民代表大会第一次会议上 县长 屈凯军 "
                 "各位代表: 现在,我代表县人民政府向大会报告工作,请予审议。 一、过去五年工作回顾 本届政府的五年,是黄梅发展史上极不平凡的五年。 "
                 "综合实力大幅提升。初步统计,2016年,实现地区生产总值189亿元,是2011年的1.74倍。",
                 ("2016-12-16", "屈凯军", "县长", "2021-07-23"), id="summary-line-above-a-one-line-text"),
    pytest.param("(四川省)2016年广元市人民政府工作报告(全文)\n公文搜 2021-07-23 10:14:05 政府报告\n"
                 "(四川省)2016年广元市人民政府工作报告(全文) 政府工作报告 2016年3月22日 在广元市第六届人民代表大会第七次会议上 广元市人民政府代市长邹自景\n"
                 "(四川省)2016年广元市人民政府工作报告(全文)\n政府工作报告\n2016年3月22日 在广元市第六届人民代表大会第七次会议上\n"
                 "广元市人民政府代市长邹自景\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审查。\n"
                 "五年来,地区生产总值连续跨越3个百亿台阶。",
                 ("2016-03-22", "邹自景", "广元市人民政府代市长", "2021-07-23"), id="summary-line-above-the-front-lines"),
    # a document viewer's text, a word a line: the office alone on its line is no name (吉林 2020, 13aa)
    pytest.param("2020\n年吉林省\n政府工作报告\n——\n2020\n年\n1\n月\n12\n日在吉林省第十三届人民代表大会第三次会议上\n省长\n景俊海\n"
                 "各位代表:\n现在,我代表省政府,向大会报告工作,请予审议。\n一、2019年工作回顾\n从\n10\n月份开始回暖复苏,"
                 "预计全年地区生产总值增长\n3.5%\n左右。规模以上工业增加值增长\n3%\n以上。",
                 ("2020-01-12", "景俊海", "省长", ""), id="office-alone-on-its-line-above-the-name"),
])
def test_report_front_of_a_copy_site(text, expected):
    p = analyse_text(text).structure.profile
    assert (p.delivered, p.speaker, p.speaker_title, p.published) == expected


# a line under the title that names who gave the report and where (泗阳 2019, county probe 13ah): its speaker and
# occasion, and the title stays 政府工作报告 (it was taken for the title, as a tag's genre word would be)
def test_name_at_the_session_under_the_title():
    text = ("政府工作报告\n\n  马伟在泗阳县第十七届人民代表大会第三次会议上的报告\n\n  各位代表:\n\n"
            "  现在,我代表泗阳县人民政府,向大会报告工作,请予审议。\n\n  2018年工作回顾\n\n"
            "  预计实现地区生产总值485亿元,增长6.8%。")
    p = analyse_text(text).structure.profile
    assert (p.title, p.speaker, p.speaker_title, p.occasion, p.delivered) == (
        "政府工作报告", "马伟", "", "泗阳县第十七届人民代表大会第三次会议", "")


def test_document_site_end_after_the_text_is_cut():
    """A document site's end (exchange probe 13w, w06): the scan line, the title and address of the file, its
    copyright notice ending with 。, then 微信订阅号 and 联系客服; the body's last paragraph stays."""
    lines = ["面对这么多难题,社区治理水平不断提高,目前基本实现“零信访”“零工单”。",
             "微信扫一扫在手机阅读、分享本文", "本文标题:在优秀社区书记、书记助理表扬大会上的发言.docx",
             "链接地址:https://www.mmgw.top//index/article/detail/detail_id/16776.html", "版权声明",
             "作者原创,不允许二次传播,一经发现收回会员权益,追究法律责任。", "微信订阅号", "联系客服"]
    assert fu.tail_start(lines) == 1


def test_title_repeated_without_its_quotes_opens_no_body():
    """A document site repeats the title under its fields with the quotes dropped (exchange probe 13w, w05):
    the repeat is the title's, so 三个 in it is no figure of the body."""
    page = ("交流发言:坚持“三个聚焦”,发展壮大村集体经济\n\n更新时间:2024-08 来源:网友投稿\n\n"
            "交流发言:坚持三个聚焦,发展壮大村集体经济\n\n近年来,我区始终把发展壮大村集体经济作为重要抓手。")
    result = analyse_text(page)
    pr = result.structure.profile
    assert pr.title == "交流发言:坚持“三个聚焦”,发展壮大村集体经济"
    assert canonical(page)[pr.body_start:].startswith("近年来")
    assert [f.mention for f in result.figures] == []
    assert pr.outlet == ""  # 来源:网友投稿 names who posted the copy, no outlet


# 13z (news, docs7 n18): a page whose title names a town after its district is about the town, below the gazetteer:
# no place rather than the district's; 城乡, 乡村振兴 and 古镇 name no town
@pytest.mark.parametrize(("text", "place"), [
    pytest.param("江苏省徐州市铜山区棠张镇\n发布时间: 2016-12-12 09:57:54 |来源: 联盟中国\n三、创业增收,实现“美丽乡村”和谐之美\n"
                 "2015年,全镇完成地区生产总值246亿元。", "", id="a-town-after-its-district"),
    pytest.param("铜山区城乡建设取得新成效\n2015年,全区完成地区生产总值846亿元。", "铜山区", id="town-and-country-is-no-town"),
    pytest.param("铜山区乡村振兴工作综述\n2015年,全区完成地区生产总值846亿元。", "铜山区", id="rural-revitalisation-is-no-town"),
])
def test_a_title_naming_a_town_has_no_place(text, place):
    assert analyse_text(text).structure.profile.locality == place


# Counties of two characters (蠡县, 黟县, 和县) are no gazetteer names (示范县, 新县城 would match them): a report's
# own county is read where its government or congress is named (older-years probe 13aa); a province in the copy
# site's title bracket does not win over it, and a two-character name inside a word is no place.
@pytest.mark.parametrize(("text", "place", "locality"), [
    pytest.param("(河北省)2017年蠡县人民政府工作报告(全文)\n各位代表:\n现在,我代表蠡县人民政府向大会作政府工作报告。\n"
                 "截至2016年末,全县地方生产总值完成96.4亿元。", "蠡县", "蠡县", id="title-of-a-copy-site"),
    pytest.param("—— 2017年12月23日在和縣第十七屆人民代表大會第二次會議上\n和縣人民政府縣長 戴瑞\n各位代表:\n"
                 "預計,全年實現地區生產總值175.4億元,增長10%。", "和县", "和县", id="traditional-subtitle"),
    pytest.param("政府工作报告\n——2017年1月15日在黟县第十七届人民代表大会第一次会议上\n县人民政府县长 叶建强\n各位代表:\n"
                 "全县地区生产总值由2011年的18.9亿元提高到2016年的28.4亿元。", "黟县", "黟县", id="term-before-the-congress"),
    pytest.param("全国示范县人民政府工作经验交流\n各位代表:\n全县地区生产总值增长8%。", "", "",
                 id="a-word-ending-in-a-county-s-name"),
    # county reports probe 13ac: the county before 政府工作报告
    pytest.param("2024年夏县政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作。\n"
                 "全年地区生产总值完成82.86亿元,增长2.5%。", "夏县", "夏县", id="county-before-its-work-report"),
    pytest.param("2024年示范县政府工作报告\n各位代表:\n全县地区生产总值增长8%。", "", "",
                 id="a-word-ending-in-a-county-s-name-before-the-report"),
])
def test_two_character_county_of_a_report(text, place, locality):
    pr = analyse_text(text).structure.profile
    assert (pr.place, pr.locality) == (place, locality)


# county reports probe 13ac: a subtitle broken after the place, its first line a date with no occasion
@pytest.mark.parametrize(("text", "occasion", "delivered", "locality"), [
    pytest.param("政府工作报告(草案)\n——2020年4月21日在巴林右旗\n第十七届人民代表大会第四次会议上\n各位代表:\n"
                 "现在,我代表旗人民政府,向大会报告工作,请予审议。\n全旗地区生产总值实现57.9亿元,增长4.3%。",
                 "巴林右旗第十七届人民代表大会第四次会议", "2020-04-21", "巴林右旗", id="dash-date-and-place-then-term"),
    pytest.param("政府工作报告\n——2024年1月18日在牟定县第十八届\n人民代表大会第三次会议上\n县长 李永军\n各位代表:\n"
                 "现在,我代表县人民政府,向大会报告工作。", "牟定县第十八届人民代表大会第三次会议", "2024-01-18", "牟定县",
                 id="dash-date-place-and-term-then-congress"),
    # probe32 河北 2016: a dash-led session with no day, the speaker, then the day alone in brackets under the speaker
    pytest.param("政府工作报告\n——在河北省第十二届人民代表大会第四次会议上\n河北省人民政府省长 张庆伟\n（2016年1月8日）\n"
                 "各位代表：\n一、“十二五”时期经济社会发展回顾\n全省生产总值年均增长8.5%。",
                 "河北省第十二届人民代表大会第四次会议", "2016-01-08", "河北省", id="day-alone-under-the-speaker"),
])
def test_subtitle_over_two_lines(text, occasion, delivered, locality):
    """A subtitle the page broke over two lines is read whole even when its first line is a date alone (——2020年4月21日
    在巴林右旗 / 第十七届人民代表大会第四次会议上): the occasion names the report's place."""
    pr = analyse_text(text).structure.profile
    assert (pr.occasion, pr.delivered, pr.locality) == (occasion, delivered, locality)


# 13ae (news of earlier years' sessions): a copy site's reading-time line is no title (furniture.tsv caption); the
# speaker a session's news names below a digest of the report's figures, in the lines from the one saying it opened
@pytest.mark.parametrize(("text", "title", "speaker", "office"), [
    pytest.param("本篇文章1607字,读完约4分钟\n刚才,上海市宝山区第八届人民代表大会第四次会议隆重开幕。\n全年一般公共预算收入160.5亿元。",
                 "", "", "", id="reading-time-line-is-no-title"),
    pytest.param("本文共2300字，预计阅读时间6分钟\n宝山区八届人大四次会议隆重开幕\n刚才,会议开幕。",
                 "宝山区八届人大四次会议隆重开幕", "", "", id="reading-time-line-above-the-title"),
    pytest.param("|\n回顾2017年\n生产总值增长9.5%,规模以上工业增加值增长14.5%\n城乡居民收入分别增长8.6%和9.3%\n"
                 "全社会固定资产投资增长23.6%,增速均居全省第二\n非公经济占比55.2%,位居全省第三\n地方财政收入同口径增长9.1%\n"
                 "160个市级重点项目完成投资580亿元,占年任务122.6%\n6.69万人稳定脱贫,53个村退出贫困行列\n"
                 "成功举办秦岭生态旅游节十大品牌活动\n展望2018年\n生产总值增长9%左右,规模以上工业增加值增长12%左右\n"
                 "全社会固定资产投资增长12%左右\n地方财政收入同口径增长6%左右\n城乡居民收入分别增长8.5%和9.3%左右\n"
                 "全年完成20万人、358个贫困村脱贫摘帽任务\n导读\n"
                 "华商报讯(记者 陈永辉)2月25日,商洛市第四届人民代表大会第三次会议在市行政中心开幕。"
                 "市长郑光炤作政府工作报告时指出,2018年商洛…决胜全面小康社会。\n大会应到代表331人,实到代表308人。\n"
                 "市长郑光炤代表市人民政府向大会作政府工作报告。", "", "郑光炤", "市长", id="speaker-below-a-digest"),
])
def test_news_of_a_session_front(text, title, speaker, office):
    pr = analyse_text(text).structure.profile
    assert (pr.title, pr.speaker, pr.speaker_title) == (title, speaker, office)


# 13ae: a county whose name other counties share, after its parent, is the parent's (the gazetteer keeps the first
# code of a name: 上海市宝山区 was 黑龙江 双鸭山's 宝山区); alone, it stays the first
@pytest.mark.parametrize(("text", "adcode"), [
    pytest.param("上海市宝山区", "310113", id="shanghai-baoshan"),
    pytest.param("福州市鼓楼区", "350102", id="fuzhou-gulou"),
    pytest.param("舟山市普陀区", "330903", id="zhoushan-putuo"),
    pytest.param("长春市朝阳区", "220104", id="changchun-chaoyang"),
    pytest.param("北京市朝阳区", "110105", id="beijing-chaoyang"),
    pytest.param("鼓楼区", "320106", id="alone-the-first-code"),
])
def test_county_of_a_shared_name_under_its_parent(text, adcode):
    assert place_of(text)[1].adcode == adcode


def test_session_place_of_a_shared_county_name():
    pr = analyse_text("本篇文章1607字,读完约4分钟\n刚才,上海市宝山区第八届人民代表大会第四次会议隆重开幕。\n"
                      "区长代表宝山区人民政府作了政府工作报告。").structure.profile
    assert (pr.place, pr.adcode) == ("宝山区", "310113")
# 13ad (exchange materials): a 汇编 of a provincial meeting's 交流发言 opens its first speech with a headline and a speaker
# line whose office names a district of the province: the speaker speaks of their own place, not the meeting's. An
# office in the title's own place, or above it, changes nothing.
@pytest.mark.parametrize(("text", "place", "locality"), [
    pytest.param("浙江省县(市、区)委书记工作交流会上的发言汇编10篇(20220406)\n坚持首善标准 在服务保障亚运会中展现西湖担当\n"
                 "杭州市西湖区委书记 高国飞\n西湖区聚焦“五精五高”,全力服务保障亚运筹办。建成幸福西湖民生综合体20个。",
                 "杭州市西湖区", "西湖区", id="a-district-secretary-at-a-provincial-meeting"),
    pytest.param("在杭州市经济工作会议上的讲话\n浙江省委常委、杭州市委书记 刘捷\n同志们:\n今年全市地区生产总值增长6%。",
                 "杭州市", "杭州市", id="an-office-above-the-title-changes-nothing"),
    pytest.param("在浙江省经济工作会议上的讲话\n浙江省省长 王浩\n同志们:\n今年全省地区生产总值增长6%。",
                 "浙江省", "浙江省", id="the-same-place-changes-nothing"),
])
def test_a_speakers_office_inside_the_meetings_place(text, place, locality):
    pr = analyse_text(text).structure.profile
    assert (pr.place, pr.locality) == (place, locality)


# (13af) a 致辞 signed by two: the second signatory's line (office and name) is no title (武进区 元旦致辞 2023)
def test_a_second_signatorys_line_is_no_title():
    text = ("您当前的位置:首页> 政务动态> 政务要闻> 内容\n中共常州市武进区委书记 乔俊杰\n常州市武进区人民政府区长 恽淇丞\n"
            "日月其迈,岁律更新。值此元旦佳节到来之际,我们谨代表中共武进区委、区人大、区政府、区政协,向全区人民致以诚挚的问候和新年的祝福!\n")
    profile = analyse_text(text).structure.profile
    assert (profile.title, profile.speaker, profile.speaker_title) == ("", "乔俊杰", "中共常州市武进区委书记")


# (13af) a copy site's welcome line above the title is no exclamation opening the body: the title below it is read
def test_a_sites_welcome_line_above_the_title():
    text = ("欢迎访问老文秘,一家专业的公文网站!\n\nQQ群\n手机版\n我要投稿\n\n在交通运输工作会议上的发言\n\n"
            "2024-02-28 投稿人 : 佚名 围观 : 0 评论\n在交通运输工作会议上的发言\n\n各位领导:\n\n"
            "  根据大会安排,我就县2023年交通运输工作情况汇报如下。\n")
    assert analyse_text(text).structure.profile.title == "在交通运输工作会议上的发言"


# (probe13) an exclamation inside a news headline above the page's time stamp is the headline's: the title and the
# stamp are read (the title was the file's name and the date empty); an exclamation line with no stamp below opens the body
@pytest.mark.parametrize(("text", "title", "published"), [
    pytest.param("居民人均收入翻一番以上!江苏拿出未来发展新目标\n2021-01-26 15:09:42\n\n1月26日上午,江苏省十三届人大四次会议开幕,"
                 "省长吴政隆作政府工作报告。\n", "居民人均收入翻一番以上!江苏拿出未来发展新目标", "2021-01-26",
                 id="exclamation-in-a-headline-above-its-stamp"),
    pytest.param("同志们!大家好!\n今天召开全县经济工作会议,主要任务是总结工作。\n", "", "", id="exclamation-opening-a-speech"),
])
def test_exclamation_inside_a_headline_above_its_stamp(text, title, published):
    pr = analyse_text(text).structure.profile
    assert (pr.title, pr.published) == (title, published)


# (probe13) a reposting page's lead (…全文如下:) between the title and the title again over its subtitle and speaker:
# the front is read below it (occasion, date and speaker were empty, the lead and the front lines were the body)
def test_a_reposting_pages_lead_before_the_title_again():
    text = ("重庆市人民政府工作报告\n重庆市2021年政府工作报告于近日发布,其中指出:优化生态保护格局,加快建设山清水秀美丽之地。全文如下:\n"
            "重庆市人民政府工作报告\n——2021年1月21日在重庆市第五届人民代表大会第四次会议上\n重庆市人民政府市长 唐良智\n各位代表:\n"
            "现在,我代表市人民政府向大会报告工作,请予审议。\n")
    result = analyse_text(text)
    pr = result.structure.profile
    assert (pr.title, pr.occasion, pr.delivered, pr.speaker, pr.speaker_title) == (
        "重庆市人民政府工作报告", "重庆市第五届人民代表大会第四次会议", "2021-01-21", "唐良智", "重庆市人民政府市长")
    assert result.document.text[pr.body_start:].startswith("各位代表:")


def test_the_speakers_name_inside_the_subtitles_brackets():
    # probe40 (吉林 2021 from the government's site): the bracketed subtitle ends with the speaker's name after a space
    text = ("政府工作报告\n\n（2021年1月25日在吉林省第十三届人民代表大会第四次会议上 韩俊）\n\n各位代表：\n\n"
            "现在，我代表省政府，向大会报告工作，请予审议。\n")
    result = analyse_text(text)
    pr = result.structure.profile
    assert (pr.occasion, pr.delivered, pr.speaker, pr.speaker_title) == (
        "吉林省第十三届人民代表大会第四次会议", "2021-01-25", "韩俊", "")
    assert result.document.text[pr.body_start:].startswith("各位代表：")


# 13am (city and county leaders' speeches): a speech's title that names the office, the speaker and the meeting gives
# all three; a title with an office and no name before 在 names no speaker
@pytest.mark.parametrize(("text", "speaker", "office", "occasion"), [
    pytest.param("区委副书记、区长亓伟在全区经济运行分析会上的讲话(2021.11.25)(全文4675字)\n\n同志们:\n"
                 "今年以来,全区完成固定资产投资169.8亿元。", "亓伟", "区委副书记、区长", "全区经济运行分析会",
                 id="office-and-name-in-the-title"),
    pytest.param("市委书记张三同志在市委全会上的讲话\n同志们:\n今年以来,全市完成固定资产投资169.8亿元。",
                 "张三", "市委书记", "市委全会", id="office-name-and-tongzhi-in-the-title"),
    pytest.param("县长在县委全委会暨全县经济工作会议上的讲话\n同志们:\n今年以来,全县完成固定资产投资16.8亿元。",
                 "", "", "", id="office-and-no-name-in-the-title"),
])
def test_speaker_named_in_the_title(text, speaker, office, occasion):
    pr = analyse_text(text).structure.profile
    assert (pr.speaker, pr.speaker_title, pr.occasion) == (speaker, office, occasion)


@pytest.mark.parametrize("page, outlet, published", [
    # a site's address alone before the fields (probe6, 攀枝花 2023-01-07): no outlet of its own, the fields read
    pytest.param("逐梦新征程 砥砺创未来\n——市十一届人大二次会议开幕侧记\nwww.panzhihua.gov.cn     发布时间:2023-01-07     "
                 "来源:攀枝花日报      选择阅读字号:[ ]     阅读次数:\n岁序更替,华章日新。\n根据大会议程,市长虞平向大会作政府工作报告。",
                 "攀枝花日报", "2023-01-07", id="address-alone-before-the-fields"),
    # an e-paper's 刊发日期 (probe6, 宝丰 2024-01-22)
    pytest.param("县十六届人大四次会议开幕\n刊发日期:2024-01-22 作者:  语音阅读:\n"
                 "1月21日上午,宝丰县第十六届人民代表大会第四次会议在演艺中心开幕。\n会议应到代表224名,实到代表201名,符合法定人数。",
                 "", "2024-01-22", id="e-paper-issue-date-label"),
])
def test_page_date_fields(page, outlet, published):
    pr = analyse_text(page).structure.profile
    assert (pr.outlet, pr.published) == (outlet, published)


# probe5 (甘肃 2025, a page that lost its title block): the title taken from the file name reads as a title, the
# name's parts joined and its leading year said as one, so its year dates the report (its month unknown, the review
# its body opens with is read as in a report of the first months); other names stay as they are
@pytest.mark.parametrize(("name", "title"), [
    pytest.param("2025_甘肃省_政府工作报告", "2025年甘肃省政府工作报告", id="year-place-genre"),
    pytest.param("2024-江苏省-政府工作报告-新闻", "2024年江苏省政府工作报告新闻", id="hyphens"),
    pytest.param("000_2fee95f66404a103", "000_2fee95f66404a103", id="an-id-stays"),
    pytest.param("govreport-2022", "govreport-2022", id="latin-parts-stay"),
    pytest.param("2025_report_甘肃", "2025_report_甘肃", id="a-latin-part-keeps-the-name"),
])
def test_a_file_names_title_reads_as_a_title(name, title):
    assert file_title(name) == title


def test_a_page_without_a_title_is_dated_by_its_file_names_year(tmp_path):
    from pipeline.options import LoadOptions
    from pipeline.run import iter_raw, process
    page = tmp_path / "2025_甘肃省_政府工作报告.txt"
    page.write_text("甘肃省省长 任振鹤\n各位代表:\n我代表省人民政府,向大会报告工作,请予审议。\n"
                    "刚刚过去的一年,是甘肃发展史上具有里程碑意义的一年。\n(一)经济发展提速。全省地区生产总值增长5.8%。\n",
                    encoding="utf-8")
    result = process(next(iter(iter_raw([str(page)], LoadOptions()))))
    pr = result.structure.profile
    assert (result.structure.title, pr.place, pr.speaker) == ("2025年甘肃省政府工作报告", "甘肃省", "任振鹤")
    # the body opens with the year just ended: the review it runs is of 2024, as under 一、2024年工作回顾
    assert [(f.mention, f.time, f.measure) for f in result.figures] == [("5.8%", "2024", "地区生产总值")]


# probe5 (澎湃 and 人民网 pages of 2024 reports): a logo's alternative text (澎湃Logo), the app's download link, a like
# counter (• +1) and the type-size switch written as one word (小字号) are furniture: the headline is the title, and
# 小字号 is no heading of the body (it was the 人民网 page's one section, which lost the report's date with it)
PAPER_PAGE = ("澎湃Logo\n下载客户端\n\n登录\n\n  • +1\n\n2024年江西加快构建现代化产业体系,GDP预计增长5%\n\n澎湃新闻记者 罗振宇\n"
              "2024-01-23 17:02\n来源:澎湃新闻\n字号\n\n1月23日,江西省十四届人大二次会议在南昌开幕,江西省省长叶建春作政府工作报告。"
              "政府工作报告提到,2023年江西地区生产总值增长4.1%。\n")
PEOPLE_PAGE = ("人民网\n人民网>>四川频道\n\n四川省政府工作报告丨2024年四川地区生产总值预期增长6%左右\n\n"
               "2024年01月22日14:31 | 来源:人民网-四川频道\n小字号\n\n人民网成都1月22日电 (李平)1月22日,四川省第十四届人民代表大会"
               "第二次会议开幕。四川省人民政府省长黄强代表省人民政府,向大会报告工作。\n\n2024年,四川省经济社会发展主要预期目标是:"
               "地区生产总值增长6%左右;城镇新增就业85万人。\n\n(责编:袁菡苓、高红霞)\n")


def test_logo_text_app_link_and_like_counter_are_furniture():
    pr = analyse_text(PAPER_PAGE).structure.profile
    assert (pr.title, pr.speaker, pr.outlet, pr.published) == (
        "2024年江西加快构建现代化产业体系,GDP预计增长5%", "叶建春", "澎湃新闻", "2024-01-23")


def test_the_type_size_switch_in_one_word_is_no_heading():
    st = analyse_text(PEOPLE_PAGE).structure
    assert [s.title for s in st.sections if s.level > 0] == []
    assert (st.profile.title, st.profile.delivered) == ("四川省政府工作报告丨2024年四川地区生产总值预期增长6%左右", "2024-01-22")


# probe5 (青岛晚报 on 山东 2023): a paper's second headline above its edition line: the title block runs to the edition
# line, which dates the page (and so the session the lead says opened on 1月13日)
def test_an_edition_line_under_a_second_headline_dates_the_page():
    page = ("直通2023山东两会 报告速览\n\n2023年山东这样干\n\n青岛晚报 2023年01月14日\n\n  1月13日上午,山东省第十四届人民代表大会"
            "第一次会议隆重开幕。省长周乃翔代表省政府向大会作政府工作报告。\n\n  建议全年经济社会发展预期目标\n\n"
            "  ●地区生产总值增长5%以上\n\n  ●城镇新增就业110万人以上\n")
    from pipeline.run import process_text
    result = process_text(page)
    pr = result.structure.profile
    assert (pr.outlet, pr.published, pr.delivered, pr.speaker) == ("青岛晚报", "2023-01-14", "2023-01-13", "周乃翔")
    assert [(f.mention, f.time, f.claim) for f in result.figures] == [("5%以上", "2023", "target"),
                                                                       ("110万人以上", "2023", "target")]


# a poster-style page, a phrase a line, that opens with the day alone (今天(2月10日)上午): the day is no title, so the
# figures under 回首2024年 are of 2024, not of the day the lead names (probe11, 宜都市 2025 news)
def test_a_day_alone_opening_a_poster_is_no_title():
    text = ("今天(2月10日)上午\n宜都市第九届人民代表大会第五次会议\n在宜都大剧院开幕\n市长夏明海\n代表市人民政府\n"
            "向大会作《政府工作报告》\n回首2024年\n是宜都承压前行、发展焕新\n各项工作取得辉煌成就的奋进之年\n"
            "综合实力再攀新高\n地区生产总值增长7.7%\n规上工业增加值增长11.7%\n")
    from pipeline.run import process_text

    r = process_text(text)
    assert r.structure.profile.title != "今天(2月10日)上午"
    assert [(f.mention, f.time) for f in r.figures] == [("7.7%", "2024"), ("11.7%", "2024")]


@pytest.mark.parametrize(("page", "title", "published"), [
    # probe15 (澎湃, 上海 2021-01-24): a news headline with an exclamation in it, its dateline right under it, below the
    # site's toolbar (澎湃Logo / 下载客户端 / 登录 / • +1): the page's title and date, not a sentence opening the body
    pytest.param("澎湃Logo\n下载客户端\n\n登录\n\n  • +1\n\n居民人均可支配收入增加2万多元！上海亮出“十三五”成绩单\n\n澎湃讯\n"
                 "2021-01-24 09:27\n来源：澎湃新闻\n\n上海市第十五届人大五次会议1月24日上午在世博中心开幕。\n\n"
                 "龚正说，全市生产总值从2.69万亿元增加到3.87万亿元。\n",
                 "居民人均可支配收入增加2万多元！上海亮出“十三五”成绩单", "2021-01-24", id="exclaiming-headline-over-dateline"),
    # …but a line that exclaims with no dateline under it still opens the body
    pytest.param("各位代表！\n\n全市生产总值从2.69万亿元增加到3.87万亿元。\n", "", "", id="exclamation-without-dateline-no-title"),
])
def test_exclaiming_headline_with_its_dateline(page, title, published):
    pr = analyse_text(page).structure.profile
    assert (pr.title if pr.profile_from == "text" else "", pr.published) == (title, published)


def test_e_paper_spread_switch_and_page_line_above_the_title():
    """probe15 (商洛日报 e-paper, 2016-02-18): the spread switch (通版阅读请点击: / 展开通版 / 收缩通版) and the current page
    (当前版:02版) are furniture, not a label opening the body; the date field under them dates the page, and the page's
    line and its word count are no figures."""
    page = ("通版阅读请点击:\n展开通版\n收缩通版\n当前版:02版\n发布日期:2016年02月18日 上一版  下一版\n回眸“十二五”\n"
            "文章字数:1194\n  2015年的辉煌成就\n  全年实现生产总值621.83亿元、增长11.2%。\n")
    from pipeline.run import process_text

    result = process_text(page)
    pr = result.structure.profile
    assert (pr.title, pr.published) == ("回眸“十二五”", "2016-02-18")
    assert [(f.mention, f.time) for f in result.figures] == [("621.83亿元", "2015"), ("11.2%", "2015")]
# probe17 (东莞市 2021 report as markdown with front matter): a label above the title (the congress's file number,
# 市十六届人大七次会议文件（三）) is no body: the title block under it gives the date, the speaker and his office; and a
# title line that says less than the front matter's title (政府工作报告) gives way to it
DONGGUAN_MD = ("---\nsource: https://www.dg.gov.cn/x.html\ntitle: 2021年东莞市政府工作报告\n---\n\n"
               "市十六届人大七次会议文件（三）\n\n政府工作报告\n\n——2021年2月5日在东莞市第十六届人民代表大会第七次会议上\n\n"
               "东莞市人民政府市长 肖亚非\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告政府工作。\n\n"
               "今年全市经济社会发展的主要预期目标为：地区生产总值增长6%左右。\n")


def test_a_label_above_the_title_the_front_matter_names_is_no_body(tmp_path):
    from pipeline.options import LoadOptions
    from pipeline.run import iter_raw, process
    page = tmp_path / "2021_东莞市_政府工作报告.md"
    page.write_text(DONGGUAN_MD, encoding="utf-8")
    result = process(next(iter(iter_raw([str(page)], LoadOptions()))))
    pr = result.structure.profile
    assert (pr.title, pr.delivered, pr.speaker, pr.speaker_title, pr.occasion) == (
        "2021年东莞市政府工作报告", "2021-02-05", "肖亚非", "东莞市人民政府市长", "东莞市第十六届人民代表大会第七次会议")
    assert [(f.mention, f.time, f.claim) for f in result.figures] == [("6%左右", "2021", "target")]


# probe31 (provincial reports of 2021 as markdown): a title that is the report's kind alone (政府工作报告 over the subtitle,
# or a front matter's 2021年政府工作报告, 2021年《政府工作报告》, 政府工作报告（省十三届人大第五次会议 2021年）, a page's
# headline around it: 江苏省政府2021年政府工作报告) names the report by the year it was delivered, its place and its kind
@pytest.mark.parametrize(("front", "line", "title"), [
    pytest.param("江苏省政府2021年政府工作报告", "**政府工作报告**", "2021年江苏省政府工作报告", id="a-sites-title-over-the-bare-kind"),
    pytest.param("2021年《政府工作报告》", "", "2021年江苏省政府工作报告", id="a-year-and-quoted-kind"),
    pytest.param("政府工作报告（省十三届人大第五次会议 2021年）", "", "2021年江苏省政府工作报告", id="the-kind-and-an-aside"),
    pytest.param("2021年福建省人民政府工作报告", "", "2021年福建省人民政府工作报告", id="a-title-naming-its-place-stays"),
])
def test_a_report_titled_by_its_kind_alone_is_named_by_year_and_place(front, line, title):
    from pipeline.run import process_text

    text = (f"---\ntitle: {front}\n---\n\n" + (f"{line}\n\n" if line else "")
            + "——2021年1月26日在江苏省第十三届人民代表大会第四次会议上\n\n省长 吴政隆\n\n各位代表：\n\n"
            "现在，我代表江苏省人民政府向大会报告工作。\n\n一、“十三五”时期工作回顾\n\n全年地区生产总值增长3.7%。\n")
    pr = process_text(text, fmt="markdown").structure.profile
    assert (pr.title, pr.delivered, pr.speaker) == (title, "2021-01-26", "吴政隆")


# session 37 (乌鲁木齐市 2025 report as markdown, its front matter's title letter-spaced): a title line of the text's own,
# other than the front matter's, over its subtitle (broken over two lines) and speaker is the title block, not the body
URUMQI_MD = ("---\ntitle: 2 0 2 5 年 政府工作报告\n---\n\n乌鲁木齐市人民政府工作报告\n\n"
             "——2025年1月14日在乌鲁木齐市第十七届人民代表大会\n\n第五次会议上\n\n市长  牙合甫·排都拉\n\n各位代表：\n\n"
             "现在，我代表市人民政府向大会报告工作，请予审议。\n\n2024年工作回顾\n\n2024年地区生产总值增长5.3%。\n")


def test_a_title_line_of_its_own_under_the_front_matter_opens_the_title_block():
    from pipeline.run import process_text

    result = process_text(URUMQI_MD, fmt="markdown")
    pr = result.structure.profile
    assert (pr.title, pr.delivered, pr.speaker, pr.speaker_title, pr.place) == (
        "乌鲁木齐市人民政府工作报告", "2025-01-14", "牙合甫·排都拉", "市长", "乌鲁木齐市")
    assert [(f.mention, f.time, f.place) for f in result.figures] == [("5.3%", "2024", "乌鲁木齐市")]
# a county report on a forum of reports (probe26, quyushuju.com: 乌拉特后旗 2024, 龙游县 2023): the thread's title with its
# region tag, the poster's box (its counts were six figures: 1万, 14万, 145904, 签到天数 723 天…) up to the post's dated
# line, then the report's own title, subtitle and speaker line (a Mongolian name of six characters, no dot)
FORUM_PAGE = ("设为首页收藏本站\n查看: 62|回复: 0\n\n[内蒙古] 2024年乌拉特后旗政府工作报告\n\n[复制链接]\n"
              "  • TA的每日心情\n    开心\n    5 天前\n  • 签到天数: 723 天\n\n    [LV.9]以坛为家II\n\n    1万\n\n    主题\n\n"
              "    1万\n\n    帖子\n\n    14万\n\n    积分\n\n    版主\n\n    Rank: 7Rank: 7Rank: 7\n\n    积分\n    145904\n"
              "    发表于 2024-4-24 11:26:26 | 显示全部楼层 |阅读模式\n    2024年乌拉特后旗政府工作报告\n"
              "    2024年1月12日在乌拉特后旗第十三届人民代表大会第三次会议上\n    乌拉特后旗人民政府副旗长  阿拉腾宝力格\n"
              "    各位代表:\n    一、2023年工作回顾\n    初步测算,地区生产总值完成113亿元,增长4%。")


def test_a_forums_poster_box_is_furniture():
    r = analyse_text(FORUM_PAGE)
    p = r.structure.profile
    assert (p.delivered, p.speaker, p.speaker_title, p.published, p.locality) == (
        "2024-01-12", "阿拉腾宝力格", "乌拉特后旗人民政府副旗长", "2024-04-24", "乌拉特后旗")
    assert [f.mention for f in process_text(FORUM_PAGE).figures] == ["113亿元", "4%"]


def test_the_session_line_under_the_title_repeated_below_a_poster_box():
    text = FORUM_PAGE.replace("[内蒙古] 2024年乌拉特后旗", "[浙江] 2023年龙游县").replace(
        "    2024年乌拉特后旗政府工作报告\n    2024年1月12日在乌拉特后旗第十三届人民代表大会第三次会议上\n"
        "    乌拉特后旗人民政府副旗长  阿拉腾宝力格\n",
        "\n    2023年龙游县政府工作报告\n\n    在龙游县第十四届人民代表大会第二次会议上\n\n    龙游县县长  李芝伟\n")
    p = analyse_text(text).structure.profile
    assert (p.occasion, p.speaker, p.speaker_title, p.locality) == (
        "龙游县第十四届人民代表大会第二次会议", "李芝伟", "龙游县县长", "龙游县")


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("20240122001.jpg", True, id="an-e-papers-image-name"),
    pytest.param("image.png", True, id="an-image-placeholder"),
    pytest.param("详见附件.pdf", False, id="a-document-is-no-image"),
])
def test_an_images_file_name_alone_is_a_caption(line, expected):
    """(probe26 宝丰 2024: the image's name was the page's only heading)"""
    assert fu.is_caption(line) is expected


def test_bars_of_table_cells_after_a_title():
    assert without_site("海安市第十七届人民代表大会第三次会议隆重开幕 | ||") == "海安市第十七届人民代表大会第三次会议隆重开幕"


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("乌拉特后旗人民政府副旗长  阿拉腾宝力格", ("阿拉腾宝力格", "乌拉特后旗人民政府副旗长"), id="six-characters-after-space"),
    pytest.param("科尔沁右翼中旗人民政府旗长 额尔敦木图", ("额尔敦木图", "科尔沁右翼中旗人民政府旗长"), id="five-characters"),
    pytest.param("市长作政府工作报告", None, id="glued-words-are-no-long-name"),
])
def test_a_long_name_without_its_dot(line, expected):
    """A Mongolian name written without its dot, set off from the office by white space (probe26 乌拉特后旗 2024)."""
    assert speaker(line) == expected


def test_a_forums_region_tag_qualifies_the_place_after_it():
    assert place_of("[内蒙古] 2024年乌拉特后旗政府工作报告")[1].name == "乌拉特后旗"


def test_a_title_at_the_session_is_no_lead_caption():
    """(probe26, a template site's 2024 county report) the 作 of 工作报告 makes no lead caption (…在…作报告): the line
    under the breadcrumb is the page's title."""
    text = ("您的位置:新文秘网>>换届/政务讲话/政府/政府报告/>>正文\n\n在县第十八届人民代表大会第三次会议上的政府工作报告\n\n"
            "发表时间:2023/12/21 18:29:50\n\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、2023年工作回顾\n"
            "预计2023年,GDP完成226.85亿元,增长6.5%。")
    p = analyse_text(text).structure.profile
    assert (p.title, p.published) == ("在县第十八届人民代表大会第三次会议上的政府工作报告", "2023-12-21")
    assert not fu.is_lead_caption("在县第十八届人民代表大会第三次会议上的政府工作报告")
    assert fu.is_lead_caption("省长卢东亮在会上作政府工作报告")


# probe29 (中新网 江苏, 南方都市报, 人民日报客户端): the channel's tab above its breadcrumb (江苏 / 江苏 > 要闻 > 正文) is no
# body line, so the title above them stays the title and 江苏 names no place of the figures; an editor's label glued to
# the outlet ends it; 本文转自 labels the outlet
@pytest.mark.parametrize(("page", "title", "outlet", "place"), [
    pytest.param("扬州广陵擘画新蓝图：未来二三年跻身GDP千亿俱乐部\n江苏\n江苏 > 要闻 > 正文\n扬州广陵擘画新蓝图：未来二三年跻身GDP千亿俱乐部\n"
                 "中新网江苏新闻1月10日电(记者 崔佳明)广陵区委书记张伟表示，2022年广陵区地区生产总值迈上800亿元台阶。",
                 "扬州广陵擘画新蓝图：未来二三年跻身GDP千亿俱乐部", "", "广陵区", id="channel-tab-above-its-breadcrumb"),
    pytest.param("深圳南山新开工项目29个\n\n2023-01-29 17:47来源:南方都市报编辑:林紫雯\n\n南都讯 记者陈紫嫣 本次参加开工的项目共29个。",
                 "深圳南山新开工项目29个", "南方都市报", None, id="editor-glued-to-the-outlet"),
    pytest.param("本文转自:人民日报客户端\n据济南市统计局网站发布，上半年济南市经济稳步发展，生产总值为5841亿元。",
                 "", "人民日报客户端", None, id="reposted-from-is-the-outlet"),
])
def test_news_page_furniture(page, title, outlet, place):
    result = process_text(page)
    pr = result.structure.profile
    assert (pr.title, pr.outlet) == (title, outlet)
    if place is not None:
        assert {f.place for f in result.figures} == {place}
