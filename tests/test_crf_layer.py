"""The research CRF layer of ner/ (ner/crf_layer.py, docs/ner.md "A trained layer"): its BIO reading and writing,
how it merges with the rule layer, and the features it gives a character. Training needs python-crfsuite (not a
dependency of the package): the test that trains a small model skips without it."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ner"))

import crf_layer  # noqa: E402
from pipeline.entities import Token  # noqa: E402
from pipeline.records import Entity  # noqa: E402


def ents(text, spans):
    return [Entity(text[s:e], label, s, e) for s, e, label in spans]


@pytest.mark.parametrize("text,tags,expected", [
    ("在北京市委工作", ["O", "B-GPE", "I-GPE", "I-GPE", "I-ORG", "O", "O"], [(1, 4, "GPE"), (4, 5, "ORG")]),
    ("习近平主持", ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O"], [(0, 3, "PERSON")]),
    ("长江黄河", ["B-LOC", "I-LOC", "B-LOC", "I-LOC"], [(0, 2, "LOC"), (2, 4, "LOC")]),
    ("到雄安", ["O", "I-LOC", "I-LOC"], [(1, 3, "LOC")]),
], ids=["label-change", "person", "two-adjacent", "I-opens"])
def test_decode(text, tags, expected):
    assert crf_layer.decode(text, 0, tags) == ents(text, expected)


def test_gold_tags_offsets_and_overlap():
    # a span starting at 10 of the text; the overlapping second span is left out
    assert crf_layer.gold_tags(10, 16, [(11, 13, "GPE"), (12, 15, "ORG"), (13, 16, "ORG")]) == \
        ["O", "B-GPE", "I-GPE", "B-ORG", "I-ORG", "I-ORG"]


TEXT = "河北雄安新区和省人大在石家庄"
RULE = ents(TEXT, [(0, 2, "GPE"), (7, 10, "ORG"), (11, 14, "GPE")])
CRF = ents(TEXT, [(0, 6, "LOC"), (7, 10, "ORG")])


@pytest.mark.parametrize("mode,expected", [
    ("crf", [(0, 6, "LOC"), (7, 10, "ORG")]),
    ("add", [(0, 2, "GPE"), (7, 10, "ORG"), (11, 14, "GPE")]),
    ("agree", [(7, 10, "ORG")]),
    ("prefer", [(0, 6, "LOC"), (7, 10, "ORG"), (11, 14, "GPE")]),
])
def test_merge(mode, expected):
    assert crf_layer.merge(RULE, CRF, mode) == ents(TEXT, expected)


def test_soft_keeps_supported_rule_entities_and_adds_crf_spans_elsewhere():
    crf = ents(TEXT, [(7, 10, "ORG"), (11, 14, "LOC")])
    rule = ents(TEXT, [(7, 10, "ORG"), (11, 14, "GPE")])
    assert crf_layer.soft(rule, crf, [0.9, 0.1], 0.2) == ents(TEXT, [(7, 10, "ORG")])
    assert crf_layer.soft(rule[:1], crf, [0.9], 0.2) == ents(TEXT, [(7, 10, "ORG"), (11, 14, "LOC")])


def test_features_read_the_tables_the_tokens_and_the_rules():
    text = "支持雄安新区建设"
    lac = [Token(0, 2, "支持", "v"), Token(2, 6, "雄安新区", "LOC"), Token(6, 8, "建设", "vn")]
    feats = crf_layer.features(text, 0, len(text), lac, ents(text, [(2, 6, "LOC")]), [])
    assert "c=雄" in feats[2] and "l=B-LOC" in feats[2] and "r=B-LOC" in feats[2]
    assert "t=B-LOC" in feats[2]  # 雄安新区 is a row of regions.tsv
    assert "end.zone" in feats[5] and "after.zone" in feats[6]  # 新区 is a zone ending
    assert "r=O" in feats[0] and "w=O" in feats[0]


def test_a_small_model_learns_its_sentences(tmp_path):
    pycrfsuite = pytest.importorskip("pycrfsuite", reason="python-crfsuite is needed to train (research only)")
    text = "省人大在石家庄开会"
    gold = [(0, 3, "ORG"), (4, 7, "GPE")]
    feats = crf_layer.features(text, 0, len(text), [], [], [])
    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(3):
        trainer.append(feats, crf_layer.gold_tags(0, len(text), gold))
    trainer.train(str(tmp_path / "m.crfsuite"))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "m.crfsuite"))
    assert crf_layer.decode(text, 0, tagger.tag(feats)) == ents(text, gold)
