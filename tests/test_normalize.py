"""Normalize: the canonical text (paragraphs, folded full-width forms, tidy spaces) and its map back."""
from __future__ import annotations

import pytest

from conftest import (BUNDLE, CORPUS, GOVREPORT, GOVREPORT_LINES, analysed, canonical, load_one,
                      raw_offset_problems)
from pipeline.loaders import parse_text
from pipeline.normalize import normalize
from pipeline.records import RawDocument


FLAT_PAGE = ("各位代表: 现在,我代表西安市人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。 一、2018年政府工作"
             "回顾 过去的一年,是西安砥砺奋进、负重争先的一年。一年来,在省委、省政府和市委的坚强领导下,我们锐意进取、奋力赶超,较好完成"
             "了市十六届人大三次会议确定的各项任务,大西安发展稳步推进,国家中心城市建设精彩开局。 扎实推进经济持续健康发展,综合实力迈上"
             "新台阶。生产总值达到8349.86亿元,增长8.2%、增速居副省级城市第一,占全省比重升至34.2%、创14年来新高。一般公共预算收入完成"
             "684.7亿元,增长10.8%。 扎实推进农业现代化建设,特色农业发展亮点纷呈。新增农民专业合作社496家,现代农业园区达426家。")


WRAPPED_LINES = [
    "2023 年新疆自治区政府工作报告",
    "各位代表:",
    "现在,我代表自治区人民政府,向大会报告工作,请",
    "予审议,并请各位政协委员和其他列席人员提出意见。",
    "一、过去五年及 2022 年工作回顾",
    "本届政府任期的五年,是新疆发展史上极不平凡的五",
    "年。面对严峻复杂的形势和艰巨繁重的任务,在以习近平",
    "同志为核心的党中央坚强领导下,我们坚持以习近平新",
    "时代中国特色社会主义思想为指导,深入贯彻落实党的十",
    "九大和十九届历次全会精神,认真学习贯彻党的二十大精",
    "神,深入贯彻落实第二次、第三次中央新疆工作座谈会精",
    "神特别是习近平总书记重要讲话重要指示批示精神,贯彻",
    "落实自治区党委决策部署,完整准确贯彻新时代党的治疆",
    "方略,牢牢扭住社会稳定和长治久安总目标,完整准确全",
    "面贯彻新发展理念,坚持稳中求进工作总基调。",
    "这五年,我们坚持紧贴民生推进高质量发展,不断培",
    "育",
    "壮大特色优势产业,综合经济实力显著增强。预计地",
    "区生产总值年均增长 5.1%;一般公共预算收入年均增长",
    "4.8%。",
]
WRAPPED_PAGE = "\n".join(WRAPPED_LINES)


def closed(text: str, *spots: str) -> str:
    """`text` with the spaces inside each of `spots` (each written once in it) dropped: a justified line's."""
    for spot in spots:
        assert text.count(spot) == 1, spot
        text = text.replace(spot, spot.replace(" ", ""))
    return text


# a PDF whose justified lines put spaces inside words to fill the width (2023 君山区 report on a document site, probe
# 13ah): a line of the width loses its single spaces (人 均可 支 配收入, 预 计 分别 增 长, 5.8% 、), a short line keeps them
JUSTIFIED_LINES = [
    "2022 年是本届政府开局之年,也是君山历史上极具挑",
    "战、极不平凡的一年。一年来,面对宏观经济下行、新冠",
    "肺炎疫情和历史罕见旱情交织叠加,我们坚持以习近平新",
    "时代中国特色社会主义思想为指导,在区委的坚强领导和",
    "区人大、区政协的监督支持下,坚持稳字当头、稳中求进",
    "总基调,统筹推进疫情防控与经济社会发展,较好地完成",
    "了区六届人大一次会议确定的目标任务。成功获评全省粮",
    "食生产标兵区、全省产棉大区,成功申报全国信访工作示",
    "范区;连续十三年保持全省平安区称号。",
    "——踔厉奋发、勇毅前行,经济发展质效双增。全年",
    "地区生产总值、规模工业增加值、全社会固定资产投资、",
    "社会消费品零售总额、一般公共预算地方收入、地方税收",
    "收入、规模以上服务业营业收入、城镇居民人均可支配收",
    "入和农村居民 人 均可 支 配收入,预 计 分别 增 长",
    "5.8% 、5% 、3% 、4% 、10.3% 、14.3% 、35% 、6.5% 和",
    "7.5%;新注册市场主体 2388 户,增长12.5%。",
]
# a PDF wrapped at the page's width whose lines hold digits and spaces (a district's new-year speech on a document
# site, speech probe 13t): they are narrower than characters, so a line with many is longer in characters
DIGIT_WRAPPED_LINES = [
    "尊敬的各位领导、各位嘉宾,朋友们:",
    "送金虎,硕果丰收千里艳;迎玉兔,宏图再展万年青。在这辞旧迎新的美好时刻,我们有",
    "幸邀请到了曾在清浦工作过的以及长期在外奋斗的清浦籍各位领导和朋友,欢聚一堂,共庆新",
    "春佳节。在此,我谨代表清浦区委、区人大、区政府、区政协,向在座的各位致以新年的问候",
    "和诚挚的祝福!愿大家新年愉快、身体健康、万事如意!",
    "天道酬勤,汗水凝金。回顾 20xx 年,在市委、市政府的坚强领导下,我区紧紧围绕“提速",
    "赶超年、项目突破年、环境打造年”的发展主线,全力推动经济社会的持续跨越发展、科学发",
    "展、和谐发展,圆满并超额完成了“十一五”规划的主要目标任务,整体呈现出五大显著特",
    "征:首先,经济发展明显提速。各项主要经济指标增幅均超过全省、全市平均水平,较 20xx 年",
    "实现了大幅增长。预计今年实现财政总收入 15.6 亿元、一般预算收入 11.04 亿元,同比分别增",
    "长 53.21%、63.56%;完成注册外资实际到账 1.006 亿美元,是去年的两倍;城镇居民可支配收",
    "入、农民人均纯收入分别达到 20xx1 元、9894 元,同比增长 19.68%、16.9%。",
    "其次,城市功能显著增强。我们坚持高起点规划、高标准建设、高质量管理,大力推",
    "进“三大板块”建设。旧城改造沿淮海南路和北京南路两条轴线全线启动,实施动迁、开工项",
    "目26个;清浦新城已拓展至15 平方公里,引进亿元以上项目 16 个;工业新区初步建成近10 平",
    "方公里,已有4个亿元项目入驻开工。城市形象、城市功能、城市品质显著提升,清浦已成为淮",
    "安中心城市建设的主战场、资源的集散地和投资的关注点,清浦新城成功获批江苏省现代商务",
]
DIGIT_WRAPPED_PAGE = "\n".join(DIGIT_WRAPPED_LINES)
# a PDF wrapped at 26 characters whose lines with many commas or a dash hold 23 (2019 Zhangjiakou report on a
# document site, probe 13ag): within three characters of the width a line fills it
NARROW_WRAPPED_LINES = [
    "现在,我代表市人民政府,向大会报告工作,请予审",
    "议,并请各位市政协委员和列席人员提出意见。",
    "一、2018年工作回顾",
    "过去的一年,在习近平新时代中国特色社会主义思想",
    "指引下,我们坚决贯彻习近平总书记视察张家口重要指示",
    "精神,全面落实党中央、国务院和省委、省政府决策部署",
    ",在市委坚强领导下,按照“三六八九”工作思路,讲学习、",
    "转作风、抓落实,协调推进稳增长、促改革、调结构、惠",
    "民生、防风险各项工作,努力践行新发展理念,深化供给",
    "侧结构性改革,紧紧围绕“冬奥会筹办、脱贫攻坚、建成首",
    "都水源涵养功能区和生态环境支撑区”三大历史任务,锐意",
    "改革、勇于担当,拼搏竞进、扎实苦干,经济社会各项事",
    "业取得了新成就,较好完成了市十四届人大三次会议确定",
    "的目标任务。",
    "———经济发展稳中有进,总体向好。全市生产总值",
    "增长7.6%,全部财政收入增长18.5%、首次突破300亿元, 一",
    "般公共预算收入增长15.5%,固定资产投资增长7.4%,规模",
    "以上工业增加值增长13.8%,社会消费品零售总额增长",
    "8.9%,实际利用外资增长7.3%。预计城乡居民人均可支配收",
    "入分别增长9%和11%以上,万元生产总值能耗下降4%左右。",
]
NARROW_WRAPPED_PAGE = "\n".join(NARROW_WRAPPED_LINES)


@pytest.mark.parametrize(("raw", "text"), [
    pytest.param("国内生产总值增长８．１％，达到１１４万亿元", "国内生产总值增长8.1%，达到114万亿元", id="fullwidth-digits-point-percent"),
    pytest.param("粮食产量１．３７万亿斤", "粮食产量1.37万亿斤", id="fullwidth-decimal"),
    pytest.param("１．坚持稳字当头", "1．坚持稳字当头", id="fullwidth-stop-after-number-stays"),
    pytest.param("全文完．", "全文完．", id="fullwidth-stop-alone-stays"),
    pytest.param("ＰＭ２．５浓度下降", "PM2.5浓度下降", id="fullwidth-latin"),
    pytest.param("增长＋５％／下降－３％", "增长+5%/下降-3%", id="fullwidth-signs"),
    pytest.param("（一）总体要求：稳字当头；“两个维护”，《意见》！", "（一）总体要求：稳字当头；“两个维护”，《意见》！",
                 id="chinese-punctuation-stays"),
    pytest.param("第一段。　　第二段。　　　　第三段。", "第一段。\n第二段。\n第三段。", id="ideographic-space-runs-split"),
    pytest.param("第一段。　 　第二段。", "第一段。\n第二段。", id="ideographic-spaces-with-a-space-between"),
    pytest.param("国务院总理　李克强", "国务院总理 李克强", id="single-ideographic-space"),
    pytest.param("创出一条路 \t\u00a0蝶变一座城", "创出一条路 蝶变一座城", id="space-tab-nbsp-collapse"),
    pytest.param("  　正文。 \t", "正文。", id="leading-trailing-space"),
    pytest.param("\ufeff政府\u200b工作\u200d报告\u2060", "政府工作报告", id="bom-and-zero-width"),
    pytest.param("第一行\r\n\r\n \r\n第二行\r\n", "第一行\n第二行", id="crlf-and-blank-lines"),
    pytest.param("第一行\r第二行\u2028第三行\u2029第四行\x85第五行", "第一行\n第二行\n第三行\n第四行\n第五行",
                 id="other-line-breaks"),
    pytest.param("　　一、2021年工作回顾\r\n　　过去一年是党和国家历史上具有里程碑意义的一年。",
                 "一、2021年工作回顾\n过去一年是党和国家历史上具有里程碑意义的一年。", id="indent-of-two-ideographic-spaces"),
    # a copy site's line-break placeholder (公文搜: a code per page) ends paragraphs and is dropped; between two of
    # them a bare line break only wraps the line (2019 Hunan and 2021 Sanming reports)
    pytest.param("各位代表：t76\n现在，我代表省人民政府向大会作政府工作报告，请予审议，并请各位政协委员提\n出意见。t76\n"
                 "一、2018年工作回顾t76\n难而上、锐意进取，全省经济发展稳中有进、稳中向好，地区生产总值增长7.8%、达到\n"
                 "3.64万亿元，一般公共预算收入增长6.1%，税收占比提高4.7个百分点，城乡居民人均可\n支配收入分别增长8.1%和8.9%。t76",
                 "各位代表：\n现在，我代表省人民政府向大会作政府工作报告，请予审议，并请各位政协委员提出意见。\n"
                 "一、2018年工作回顾\n难而上、锐意进取，全省经济发展稳中有进、稳中向好，地区生产总值增长7.8%、达到3.64万亿元，"
                 "一般公共预算收入增长6.1%，税收占比提高4.7个百分点，城乡居民人均可支配收入分别增长8.1%和8.9%。",
                 id="line-break-placeholder-and-wrapped-lines"),
    pytest.param("三明市人民政府市长余红胜GG6  各位代表:GG6  现在，我代表市人民政府向大会报告政府工作。GG6  "
                 "一、2020年工作回顾GG6  初步统计，全市生产总值2702.19亿元，增长4.1%。",
                 "三明市人民政府市长余红胜\n各位代表:\n现在，我代表市人民政府向大会报告政府工作。\n一、2020年工作回顾\n"
                 "初步统计，全市生产总值2702.19亿元，增长4.1%。", id="line-break-placeholder-in-one-line"),
    pytest.param("推进5G 基站建设。新建5G 基站2万个。", "推进5G 基站建设。新建5G 基站2万个。",
                 id="a-code-twice-is-no-placeholder"),
    # a code of letters alone, of both cases (蠡县 2017, 枣阳 2021 on 公文搜: probe 13aa), and the code of a blank line
    # after one space in the site's summary line; capitals alone (GDP) are an abbreviation, never a code
    pytest.param("政府工作报告pbY pbY 2017年2月22日在蠡县第十七届人民代表大会第一次会议上pbY pbY 蠡县人民政府代县长\n"
                 "政府工作报告pbY\npbY\n蠡县人民政府代县长都建华pbY\npbY\n各位代表:pbY",
                 "政府工作报告\n2017年2月22日在蠡县第十七届人民代表大会第一次会议上\n蠡县人民政府代县长\n政府工作报告\n"
                 "蠡县人民政府代县长都建华\n各位代表:", id="letters-code-of-both-cases"),
    pytest.param("全市GDP\n增长6%，全省GDP\n增长5%，全国GDP\n增长5.2%", "全市GDP\n增长6%，全省GDP\n增长5%，全国GDP\n增长5.2%",
                 id="capitals-alone-are-no-code"),
    pytest.param("建设5G 基站、5G 网络和5G 应用\n新建5G", "建设5G 基站、5G 网络和5G 应用\n新建5G", id="a-name-before-one-space-is-no-placeholder"),
    pytest.param("第一行。\n第二行。\n三个短行以下\n不拼接", "第一行。\n第二行。\n三个短行以下\n不拼接", id="no-placeholder-no-join"),
    pytest.param("地区生产总值超2. 2万亿元、增长6%，航空旅客吞吐量7492. 4万人次，京东方第8. 6代生产线",
                 "地区生产总值超2.2万亿元、增长6%，航空旅客吞吐量7492.4万人次，京东方第8.6代生产线", id="space-after-a-decimal-point"),
    pytest.param("1. 12个项目开工", "1. 12个项目开工", id="item-number-keeps-its-space"),
    pytest.param("总量达到100. 2024年起实施", "总量达到100. 2024年起实施", id="no-decimal-before-a-year"),
    # a mirror site's pinyin glosses after characters (2021 Shaanxi report in traditional characters) are dropped;
    # a parenthesis of letters with no tone mark, or not after a character, is text
    pytest.param("實現(xiàn)生產(chǎn)總值2.62萬(wàn)億元,增長(zhǎng)2.2%", "实现生产总值2.62万亿元,增长2.2%",
                 id="pinyin-glosses-dropped"),
    pytest.param("国内生产总值(GDP)增长5%，重(chong)庆，A(à)", "国内生产总值(GDP)增长5%，重(chong)庆，A(à)",
                 id="no-tone-mark-or-no-character-no-gloss"),
    pytest.param("經(jīng)濟增長6 . 5%左右", "经济增长6.5%左右", id="spaces-around-a-decimal-point"),
    pytest.param("共 3 . 5 个", "共 3.5 个", id="spaces-around-a-point-between-spaced-numbers"),
    # a space before the point alone, a wrapped line joined with a space (黄梅 2017, 瑶海 2021: probes 13aa, 13v);
    # an item's number opening the paragraph keeps it
    pytest.param("固定资产投资207亿元,是2011年的2 .7倍;增长5 .2%", "固定资产投资207亿元,是2011年的2.7倍;增长5.2%",
                 id="space-before-a-decimal-point"),
    pytest.param("1 .2个项目", "1 .2个项目", id="space-before-a-point-after-an-opening-number-kept"),
    # letter-spaced runs (a PDF's or a title's typesetting: 完 成 地 方 财 政 收 入, 政 府 工 作 报 告) are read whole;
    # two characters alone (增 长, 万 元) may be two words and keep their space (speech probe 13t)
    pytest.param("完 成 地 方 财 政 收 入 1121 万 元 , 同 期 增 长186.4%", "完成地方财政收入 1121 万 元 , 同期增长186.4%",
                 id="letter-spaced-run-read-whole"),
    pytest.param("政　府　工　作　报　告", "政府工作报告", id="letter-spaced-title-with-ideographic-spaces"),
    pytest.param("同期增 长 21.05%，中共启东市委书记 杨 中 坚", "同期增 长 21.05%，中共启东市委书记 杨中坚",
                 id="two-spaced-characters-keep-their-space"),
    pytest.param("上海市市长 龚 正\n各位代表：", "上海市市长 龚 正\n各位代表：", id="a-spaced-name-of-two-after-a-word-is-no-run"),
    pytest.param("全省生产总值増长8-8.5%", "全省生产总值增长8-8.5%", id="variant-character-folded"),
    # probe39 (济南 2021): a box-drawing line written for the subtitle's dash
    pytest.param("──2021年1月12日在济南市第十七届人民代表大会第三次会议上", "——2021年1月12日在济南市第十七届人民代表大会第三次会议上",
                 id="box-drawing-line-is-a-dash"),
    pytest.param("全年地區生產總值增長8.1%，城鎮新增就業1269萬人，糧食產量6.8億噸。",
                 "全年地区生产总值增长8.1%，城镇新增就业1269万人，粮食产量6.8亿吨。", id="traditional-characters-folded"),
    pytest.param("乾隆年間於成龍著有《政書》", "乾隆年间於成龙著有《政书》", id="characters-of-both-scripts-kept"),
    # a page that flattened its paragraphs into one line, a space after each (2019 Xi'an report on an encyclopedia site):
    # a space after a sentence's end before a Chinese character, three times or more in a long line, ends a paragraph
    # a PDF's text wrapped at the page's width (2023 Xinjiang report on a document site): a line that fills the width,
    # or a fragment broken off (育), goes on in the next; a short line or a sentence's end ends a paragraph
    # (a line that fills the width is justified: its single spaces are the typesetting's, dropped: 增长 5.1% → 增长5.1%)
    pytest.param(WRAPPED_PAGE, closed("\n".join([WRAPPED_LINES[0], WRAPPED_LINES[1], "".join(WRAPPED_LINES[2:4]),
                                                 WRAPPED_LINES[4], "".join(WRAPPED_LINES[5:15]), "".join(WRAPPED_LINES[15:])]),
                                       "增长 5.1%"),
                 id="lines-wrapped-at-a-pdfs-width-joined"),
    # a page's number between two wrapped lines (`…年均增长` / `- 2 -` / `P. 2` / `4.8%。`: a page break in a PDF's or an
    # e-book's text) is dropped and the lines around it are joined
    pytest.param("\n".join([*WRAPPED_LINES[:19], "- 2 -", "P. 2", WRAPPED_LINES[19]]),
                 closed("\n".join([WRAPPED_LINES[0], WRAPPED_LINES[1], "".join(WRAPPED_LINES[2:4]),
                                   WRAPPED_LINES[4], "".join(WRAPPED_LINES[5:15]), "".join(WRAPPED_LINES[15:])]),
                        "增长 5.1%"),
                 id="a-page-number-inside-wrapped-lines-is-dropped"),
    # (line 12, 其次,…大力推, is short of the width by four characters and ends its paragraph: a limit)
    pytest.param(DIGIT_WRAPPED_PAGE, closed("\n".join([DIGIT_WRAPPED_LINES[0], "".join(DIGIT_WRAPPED_LINES[1:5]),
                                                       "".join(DIGIT_WRAPPED_LINES[5:12]), DIGIT_WRAPPED_LINES[12],
                                                       "".join(DIGIT_WRAPPED_LINES[13:17])]),
                                             "回顾 20xx 年", "较 20xx 年", "财政总收入 15.6 亿元", "预算收入 11.04 亿元",
                                             "增长 53.21%", "到账 1.006 亿美元", "15 平方公里", "项目 16 个", "10 平方公里"),
                 id="lines-wrapped-at-a-pdfs-width-digits-count-half"),
    pytest.param(NARROW_WRAPPED_PAGE, closed("\n".join(["".join(NARROW_WRAPPED_LINES[0:2]), NARROW_WRAPPED_LINES[2],
                                                        "".join(NARROW_WRAPPED_LINES[3:14]),
                                                        "".join(NARROW_WRAPPED_LINES[14:])]), "300亿元, 一般"),
                 id="lines-wrapped-at-a-pdfs-width-three-short-still-full"),
    pytest.param("\n".join(JUSTIFIED_LINES),
                 "2022年是本届政府开局之年,也是君山历史上极具挑战、极不平凡的一年。一年来,面对宏观经济下行、新冠肺炎疫情和历史"
                 "罕见旱情交织叠加,我们坚持以习近平新时代中国特色社会主义思想为指导,在区委的坚强领导和区人大、区政协的监督支持下,"
                 "坚持稳字当头、稳中求进总基调,统筹推进疫情防控与经济社会发展,较好地完成了区六届人大一次会议确定的目标任务。成功"
                 "获评全省粮食生产标兵区、全省产棉大区,成功申报全国信访工作示范区;连续十三年保持全省平安区称号。\n"
                 "——踔厉奋发、勇毅前行,经济发展质效双增。全年地区生产总值、规模工业增加值、全社会固定资产投资、社会消费品零售"
                 "总额、一般公共预算地方收入、地方税收收入、规模以上服务业营业收入、城镇居民人均可支配收入和农村居民人均可支配收入,"
                 "预计分别增长5.8%、5%、3%、4%、10.3%、14.3%、35%、6.5%和7.5%;新注册市场主体 2388 户,增长12.5%。",
                 id="justified-lines-of-a-pdf-lose-their-spaces"),
    pytest.param(FLAT_PAGE, FLAT_PAGE.replace("。 ", "。\n").replace(": ", ":\n"), id="flattened-paragraphs-split-at-spaces-after-sentence-ends"),
    pytest.param("各位代表: 现在,我代表市人民政府向大会报告工作。 一、2018年工作回顾 过去的一年。",
                 "各位代表: 现在,我代表市人民政府向大会报告工作。 一、2018年工作回顾 过去的一年。", id="a-short-line-keeps-its-spaces"),
    # a PDF's text extracted with its numbers on lines of their own (2021 Pinghu report on a document site)
    pytest.param("2021\n年平湖市政府工作报告\n2021\n年\n2\n月\n25\n日在平湖市第十五届人民代表大会第五次会议上\n"
                 "过去的五年，是综合实力显著增强的五年。\n地区生产总值从\n497.8\n亿元增加到\n779\n亿元，年均增长\n7.3%\n"
                 "。财政总收入、一般公共预算收入年均分别增长\n8.9%\n、\n12.2%\n。",
                 "2021年平湖市政府工作报告\n2021年2月25日在平湖市第十五届人民代表大会第五次会议上\n"
                 "过去的五年，是综合实力显著增强的五年。\n地区生产总值从497.8亿元增加到779亿元，年均增长7.3%"
                 "。财政总收入、一般公共预算收入年均分别增长8.9%、12.2%。", id="numbers-on-lines-of-their-own"),
    pytest.param("一、工作回顾\n全省经济稳中有进。\n- 3 -\n12\n粮食总产量达到871.6亿斤。\n二、今年工作\n今年是开局之年。",
                 "一、工作回顾\n全省经济稳中有进。\n- 3 -\n12\n粮食总产量达到871.6亿斤。\n二、今年工作\n今年是开局之年。",
                 id="a-page-number-line-joins-nothing"),
    # the date line's opening bracket on a line of its own (嘉禾's 2020 县委经济工作会议 speech on a document site)
    pytest.param("在县委经济工作会议上的讲话\n张万冬\n(\n2020\n年\n1\n月\n11\n日)\n同志们:\n刚才,郭书记的讲话,客观总结了\n"
                 "2019\n年经济工作的成绩。预计地区生产总值增长\n8.4%\n;一般公共预算收入增长\n4.6%\n。",
                 "在县委经济工作会议上的讲话\n张万冬\n(2020年1月11日)\n同志们:\n刚才,郭书记的讲话,客观总结了\n"
                 "2019年经济工作的成绩。预计地区生产总值增长8.4%;一般公共预算收入增长4.6%。",
                 id="a-bracket-alone-opens-the-date-line-after-it"),
    pytest.param("", "", id="empty"),
])
def test_canonical_text(raw, text):
    assert canonical(raw) == text


def test_single_line_bundle_splits_into_paragraphs_at_ideographic_space_runs():
    raw = load_one(BUNDLE)
    assert "\n" not in raw.text  # the corpus file is one line
    text = normalize(raw).text
    paragraphs = text.split("\n")
    assert paragraphs[:6] == [
        "2021年全国文明城市创建工作培训班交流发言材料摘编（一）（建设更高水平文明城市）",
        paragraphs[1],
        "——编 者",  # 编\xa0\xa0者: no-break spaces inside a paragraph become one space
        "广东省深圳市",
        "以深圳先行示范区标准创建全国文明城市",
        paragraphs[5],
    ]
    assert paragraphs[1].startswith("日前，2021年全国文明城市创建工作培训班举办。")
    assert paragraphs[5].startswith("党的十八大以来，习近平总书记3次亲临广东、深圳视察")
    for place in ("广东省深圳市", "浙江省宁波市", "山东省济南市", "山东省青岛市"):
        assert place in paragraphs
    assert "创出一条路 蝶变一座城" in paragraphs
    assert all(p and p == p.strip() and "\u3000" not in p and "  " not in p for p in paragraphs)
    assert sum(p.startswith(("一、", "二、", "三、", "四、", "五、")) for p in paragraphs) == 20


def test_crlf_report_with_bom():
    doc = normalize(load_one(GOVREPORT))
    assert doc.text.split("\n")[:7] == [
        "政府工作报告",
        "——2022年3月5日在第十三届全国人民代表大会第五次会议上",
        "国务院总理 李克强",
        "各位代表：",
        "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。",
        "一、2021年工作回顾",
        GOVREPORT_LINES[6].strip(),
    ]
    assert "\r" not in doc.text and "\ufeff" not in doc.text


SAMPLES = [
    pytest.param("国内生产总值增长８．１％。　　第二段　有空格。\r\n\r\n\u200b第三行 \t 结束．", id="mixed"),
    pytest.param("\ufeff　　一、总体要求\r\n　　（一）指导思想\u3000\u3000１．坚持稳字当头", id="indented-headings"),
    pytest.param("ＰＭ２．５\u00a0\u00a0浓度\u2028下降１０．８％", id="latin-nbsp-line-separator"),
]


@pytest.mark.parametrize("raw", SAMPLES)
def test_raw_offsets_map_back_to_the_loaded_text(raw):
    doc = normalize(RawDocument("t", "<test>", "text", "utf-8", raw))
    assert raw_offset_problems(RawDocument("t", "<test>", "text", "utf-8", raw), doc) == []


@pytest.mark.parametrize("path", sorted(CORPUS.iterdir()), ids=lambda p: p.name)
def test_raw_offsets_map_back_on_the_corpus(path):
    raw = load_one(path)
    assert raw_offset_problems(raw, normalize(raw)) == []


def test_raw_span_of_a_heading_is_its_text_in_the_crlf_file():
    raw = load_one(GOVREPORT)
    result = analysed(raw)
    doc = result.document
    titles = [(s.label, s.title) for s in result.structure.sections if s.level]
    assert len(titles) == 12
    for s in result.structure.sections:
        if not s.level:
            continue
        a, b = doc.raw_span(s.title_start, s.title_end)
        assert raw.text[a:b] == s.title
        a, _ = doc.raw_span(s.start, s.end)
        line_start = raw.text.rfind("\n", 0, a) + 1
        assert raw.text[line_start:a] == "\u3000\u3000"  # the heading's line, after its indent


def test_raw_span_of_folded_characters():
    raw = RawDocument("t", "<test>", "text", "utf-8", "　　增长８．１％，　下降０．５个百分点")
    doc = normalize(raw)
    assert doc.text == "增长8.1%， 下降0.5个百分点"
    start = doc.text.index("8.1%")
    a, b = doc.raw_span(start, start + 4)
    assert raw.text[a:b] == "８．１％"
    assert doc.raw_span(0, len(doc.text)) == (2, len(raw.text))


def test_marks_follow_the_text_into_canonical_offsets():
    html = "<p>　　导语　一段。</p><h2>  一、２０２１年工作回顾 </h2><p><strong>（一）稳增长</strong>正文。</p>"
    raw = parse_text("<test>", "t", html, "utf-8", "html")
    doc = normalize(raw)
    assert doc.text == "导语 一段。\n一、2021年工作回顾\n（一）稳增长正文。"
    assert [(doc.text[m.start:m.end], m.kind) for m in doc.marks] == [
        ("一、2021年工作回顾", "h2"), ("（一）稳增长", "bold")]
