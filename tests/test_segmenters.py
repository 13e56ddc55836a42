"""Segmenters (jieba, pkuseg) and the spaCy pipeline: offline, private dictionaries, figures as spans."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jieba
import pytest

from pipeline.loaders import read_source
from pipeline.normalize import normalize
from pipeline.records import FIGURE_LABELS
from pipeline.segment import Segmenter, SegmenterError


def build(**options):
    """pipeline.nlp.build, imported when a test asks for it (importing spaCy takes a second)."""
    from pipeline.nlp import build as build_nlp

    return build_nlp(**options)


ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "data" / "gold" / "figures.jsonl"  # the sample corpus's gold figures
NEW_WORD = "文明实践志愿者服务站点群"
LEXICON = ROOT / "pipeline" / "data" / "lexicon.txt"


@pytest.fixture(scope="session")
def pkuseg_model(tmp_path_factory) -> Path:
    """A small real pkuseg model trained offline on the corpus, segmented by jieba (a few seconds)."""
    spacy_pkuseg = pytest.importorskip("spacy_pkuseg")
    work = tmp_path_factory.mktemp("pkuseg")
    seg = Segmenter()
    lines = []
    for path in sorted(CORPUS.glob("*.txt")):
        doc = normalize(next(read_source(str(path), path.stem)))
        lines += [" ".join(w for w in seg.words(p) if w.strip()) for p in doc.text.split("\n") if len(p) > 10]
    (work / "train.txt").write_text("\n".join(lines[::2]) + "\n", encoding="utf-8")
    (work / "test.txt").write_text("\n".join(lines[1::8]) + "\n", encoding="utf-8")
    spacy_pkuseg.train(str(work / "train.txt"), str(work / "test.txt"), str(work / "model"), train_iter=3)
    return work / "model"


@pytest.fixture(scope="module")
def whole() -> Segmenter:
    """A segmenter with the whole dictionary, built once (0.15 s a build): the reference of the cuts."""
    return Segmenter(part=False)


@pytest.fixture(scope="module")
def user_dict(tmp_path_factory) -> Path:
    user = tmp_path_factory.mktemp("user") / "user.txt"
    user.write_text(USER_DICT, encoding="utf-8")
    return user


@pytest.fixture(scope="module")
def whole_with_user_dict(user_dict) -> Segmenter:
    return Segmenter(user_dict=user_dict, part=False)


@pytest.fixture
def no_index(monkeypatch):
    """No cache folder, so no index of the dictionary to grow a tokenizer from (tests/test_fast_paths.py checks
    the grown one): `expect` makes a tokenizer of a short text's entries, else the whole dictionary is built."""
    monkeypatch.setenv("ZHFIGURES_CACHE_DIR", "")


def zhfigures(*args, cwd=ROOT):
    exe = Path(sys.executable).with_name("zhfigures")
    return subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("segmenter", ["jieba", "pkuseg"])
@pytest.mark.slow
def test_full_extract_offline(segmenter, pkuseg_model, tmp_path):
    extra = ["--pkuseg-model", str(pkuseg_model)] if segmenter == "pkuseg" else []
    run = zhfigures("extract", "corpus", "-o", str(tmp_path), "--segmenter", segmenter, *extra)
    assert run.returncode == 0, run.stderr
    with (tmp_path / "figures.csv").open(encoding="utf-8-sig") as f:
        assert sum(1 for _ in f) > 140  # the header and the corpus's 148 figures, give or take
    score = zhfigures("evaluate", str(GOLD), str(tmp_path))
    assert score.returncode == 0, score.stderr
    f1 = float(score.stdout.strip().splitlines()[-1].split("F1=")[1].split()[0])
    assert f1 >= 0.97, score.stdout


@pytest.mark.slow
def test_pkuseg_without_model_is_one_clear_line(tmp_path):
    run = zhfigures("extract", "corpus", "-o", str(tmp_path), "--segmenter", "pkuseg")
    assert run.returncode == 2
    assert "--pkuseg-model" in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_pkuseg_model_folder_is_checked(tmp_path):
    with pytest.raises(SegmenterError, match="not a pkuseg model folder"):
        Segmenter("pkuseg", pkuseg_model=tmp_path)


@pytest.mark.slow
def test_user_dictionary_does_not_leak(tmp_path):
    user = tmp_path / "user.txt"
    user.write_text(f"{NEW_WORD} 100 n\n", encoding="utf-8")
    text = f"全市建成{NEW_WORD}。"
    with_dict, without = Segmenter(user_dict=user), Segmenter()
    assert NEW_WORD in with_dict.words(text)
    assert NEW_WORD not in without.words(text)
    assert NEW_WORD not in jieba.lcut(text)  # the global jieba is untouched
    nlp_a, nlp_b = build(user_dict=str(user)), build()
    assert NEW_WORD in [t.text for t in nlp_a(text)]
    assert NEW_WORD not in [t.text for t in nlp_b(text)]


def test_domain_lexicon_is_loaded():
    assert "新时代文明实践中心" in Segmenter().words("建成新时代文明实践中心")


def test_lexicon_tag_overrides_the_dictionary():
    # jieba's dictionary says 县 is zg (a morpheme); the lexicon makes it a noun so it can head an indicator
    assert [(w.text, w.tag) for w in Segmenter().tag("帮扶县")] == [("帮扶", "v"), ("县", "n")]


def test_user_word_without_tag_is_a_noun(tmp_path):
    user = tmp_path / "user.txt"
    user.write_text(f"\ufeff{NEW_WORD}\n", encoding="utf-8")  # a BOM, as Windows editors write it
    assert [(w.text, w.tag) for w in Segmenter(user_dict=user).tag(NEW_WORD)] == [(NEW_WORD, "n")]


@pytest.mark.slow
def test_words_are_jieba_cut_on_every_corpus_paragraph():
    """rjieba (jieba-rs) stands in for the Python jieba package: same dictionary, same words."""
    seg, reference = Segmenter(), jieba.Tokenizer()
    reference.load_userdict(str(LEXICON))  # the Python jieba package with the same domain lexicon
    paragraphs = [p for path in sorted(CORPUS.glob("*.txt"))
                  for p in normalize(next(read_source(str(path), path.stem))).text.split("\n") if p.strip()]
    assert len(paragraphs) > 150
    differ = [p for p in paragraphs if seg.words(p) != list(reference.cut(p))]
    assert differ == []
    offsets = [(w.start, w.end) for w in seg.tag(paragraphs[0], 10)]
    assert offsets[0][0] == 10 and all(a[1] == b[0] for a, b in zip(offsets, offsets[1:]))


SPACY_CASES = [
    pytest.param("2020年，全市地区生产总值增长3.2%。", [("3.2%", "PERCENT", "地区生产总值")], id="percent"),
    pytest.param("文化产业实现增加值2240亿元。", [("2240亿元", "MONEY", "文化产业增加值")], id="money"),
    pytest.param("拆违拆临超1亿平方米。", [("超1亿平方米", "QUANTITY", "拆违拆临")], id="quantity"),
    pytest.param("网上政务服务能力居全国城市第三。", [("第三", "ORDINAL", "网上政务服务能力")], id="ordinal"),
    pytest.param("全市　　新增城镇就业１６．３万人。", [("１６．３万人", "CARDINAL", "新增城镇就业")], id="text-unaltered"),
]


@pytest.mark.parametrize("text,want", SPACY_CASES)
def test_spacy_figures(text, want):
    nlp = build()
    doc = nlp(text)
    assert doc.text == text
    got = [(s.text, s.label_, s._.figure.indicator) for s in doc.spans["figures"]]
    assert got == want
    assert [(e.text, e.label_) for e in doc.ents] == [(t, label) for t, label, _ in want]
    for span in doc.spans["figures"]:
        assert text[span._.figure.start:span._.figure.end] == span.text


def test_nlp_pipe_for_spacy_users():
    nlp = build()
    docs = list(nlp.pipe(["近60万人次党员干部扎根基层。", "没有数字的句子。", "空气质量优良率92.9%。"]))
    assert [len(d.spans["figures"]) for d in docs] == [1, 0, 1]


def test_every_figure_kind_has_an_ontonotes_label():
    assert set(FIGURE_LABELS) == {"money", "percent", "percentage_point", "measure", "count", "ratio", "rank",
                                  "duration"}


def test_rjieba_loads_without_its_default_tokenizer():
    """The package's __init__ builds a tokenizer nobody uses (0.1 s per process): it is never run."""
    import subprocess
    import sys

    code = ("import sys; from pipeline.segment import Segmenter; "
            "print(Segmenter().tag('新增就业1269万人')[0].text, 'rjieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["新增", "False"]
    import rjieba

    from pipeline.segment import rjieba_class

    assert rjieba_class() is rjieba.Jieba  # the same class as the package's, loaded once


SHORT_TEXTS = [
    pytest.param("新增就业1269万人", id="one-clause"),
    pytest.param("2025年全省地区生产总值增长5.2%，城镇新增就业52.3万人。", id="sentence"),
    pytest.param("建成新时代文明实践中心2.3万个，帮扶县全部摘帽。", id="lexicon-words"),
    pytest.param("PM2.5平均浓度较2015年降低41.2%，AT&T和B超都在词典里。", id="latin-and-digits"),
    pytest.param("察汗淖尔湿地、雄忻高铁、洪大科技园开工建设。", id="words-the-dictionary-lacks"),
    pytest.param("文明实践志愿者服务站点群达到3万个。", id="user-word"),
    pytest.param("全省上下\n\n　　统筹发展和安全，中国式现代化。", id="white-space"),
    pytest.param("新建5A级景区3个\nB超 3 n\nc++ 和 AT&T 3 nz", id="lines-like-the-dictionarys"),
]
USER_DICT = f"{NEW_WORD} 20 n\n中国 9 ns\n发展 3\n数字经济核心产业\n"  # new words (one weighed by jieba), two re-weighted


@pytest.mark.parametrize("text", SHORT_TEXTS)
def test_short_text_gets_the_whole_dictionarys_words(text, user_dict, whole, whole_with_user_dict, no_index):
    """expect(text) makes a tokenizer of only the dictionary entries in text (a fast start): every cut and
    tag is the whole dictionary's, with the lexicon and a user dictionary that re-weights words elsewhere."""
    for options, whole in (({}, whole), ({"user_dict": user_dict}, whole_with_user_dict)):
        short = Segmenter(**options)
        assert whole.partial is False
        short.expect(text)
        assert short.partial
        for part in (text, text[: len(text) // 2], text[3:]):
            assert short.tag(part, 5) == whole.tag(part, 5)
            assert short.words(part) == whole.words(part)
        words = [w.text for w in whole.tag(text)]
        assert [short.dictionary_tag(w) for w in words] == [whole.dictionary_tag(w) for w in words]
        assert short.partial


def test_text_outside_the_expected_one_builds_the_whole_dictionary(whole, no_index):
    seg = Segmenter()
    seg.expect("新增就业1269万人")
    assert seg.partial
    seg.expect("中国式现代化，发展新质生产力")  # a second short text: its entries are added
    assert seg.partial
    for text in ("新增就业1269万人", "中国式现代化，发展新质生产力", "发展新质生产力"):
        assert seg.tag(text) == whole.tag(text)
    seg.expect("人" * (4000 - len("新增就业1269万人中国式现代化，发展新质生产力") + 1))  # past SHORT_TEXT
    assert seg.partial
    assert [w.text for w in seg.tag("中华人民共和国成立")] == ["中华人民共和国", "成立"]
    assert not seg.partial
    assert [seg.dictionary_tag(w) for w in ("中国", "洪大", "雄忻")] == ["ns", "a", None]
    seg.expect("新增就业1269万人")  # a tokenizer is made once: the whole one stays
    assert not seg.partial


def test_a_fourth_short_text_builds_the_whole_dictionary(whole, no_index):
    seg = Segmenter()
    texts = ["新增就业1269万人", "粮食产量1.4万亿斤", "森林覆盖率达到25%", "居民收入增长5%"]
    for text in texts:
        seg.expect(text)  # the fourth changes nothing ...
        assert seg.partial
    assert [seg.tag(t) for t in texts[:3]] == [whole.tag(t) for t in texts[:3]] and seg.partial
    assert seg.tag(texts[3]) == whole.tag(texts[3]) and not seg.partial  # ... its first call builds it
    assert [seg.tag(t) for t in texts] == [whole.tag(t) for t in texts]


@pytest.mark.parametrize("text", [pytest.param("人" * 4001, id="long"), pytest.param("就业\ufdd0", id="sentinel")])
def test_long_or_odd_text_gets_the_whole_dictionary(text, no_index):
    seg = Segmenter()
    seg.expect(text)
    assert not seg.partial and seg.words("人人") == ["人人"]


@pytest.mark.slow  # training the model takes 3 s
def test_pkuseg_ignores_expect(pkuseg_model):
    seg = Segmenter("pkuseg", pkuseg_model=pkuseg_model)
    seg.expect("新增就业1269万人")
    assert not seg.partial


def test_the_dictionary_is_rjiebas():
    """jieba's dict.txt holds the size and total frequency segment.py records (else every run builds the
    whole dictionary, and the cuts above could differ)."""
    import re

    from pipeline.segment import JIEBA_DICT_TOTAL, JIEBA_LONGEST_WORD, jieba_dictionary

    dictionary = jieba_dictionary()
    assert dictionary is not None
    entries = re.findall(r"\n(\S+) ([0-9]+) ([a-z]+)", dictionary)
    assert len(entries) == dictionary.strip().count("\n") + 1 == 349046  # every line an entry
    assert sum(int(f) for _, f, _ in entries) == JIEBA_DICT_TOTAL
    assert max(len(w) for w, _, _ in entries) == JIEBA_LONGEST_WORD


@pytest.mark.slow
def test_short_texts_cut_as_the_whole_dictionary_on_every_paragraph():
    """Every paragraph of corpus/ (and ../shared's dev reports, when present) as the expected text."""
    folders = [CORPUS, ROOT.parent / "shared" / "corpus-dev"]
    paragraphs = [p for folder in folders if folder.is_dir() for path in sorted(folder.iterdir())
                  for p in normalize(next(read_source(str(path), path.stem))).text.split("\n") if p.strip()]
    assert len(paragraphs) > 150
    whole, growing = Segmenter(), Segmenter()
    differ = []
    for p in paragraphs:
        short = Segmenter()
        short.expect(p)
        growing.expect(p)  # the paragraphs one after the other, up to SHORT_TEXT characters
        if short.tag(p) != whole.tag(p) or growing.tag(p) != whole.tag(p):
            differ.append(p)
    assert differ == []
