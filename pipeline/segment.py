"""Segment: words with part-of-speech tags, by jieba (default) or pkuseg.

Each `Segmenter` owns its tokenizer: a private `rjieba.Jieba` (never a global
one, so a user dictionary cannot leak into other callers), loaded with the
shipped domain lexicon (`data/lexicon.txt`) and an optional user dictionary.

jieba here is rjieba, the binding of jieba-rs: the same dictionary and the same
algorithm as the Python `jieba` package (its words are those of `jieba.cut` on
every paragraph of corpus/, checked in tests/test_segmenters.py) at about 30
times the speed, and a dictionary load of 0.2 s instead of 1 s. Tags are the
dictionary's; a word the dictionary lacks (found by the HMM) is tagged `x`, or
`m`/`eng` when it is digits or Latin letters, and a user word written without
a tag is tagged `n`. pkuseg needs a model directory: none is downloaded, ever.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any, Iterator, NamedTuple

from . import recache
from .data import open_table

SEGMENTERS = ("jieba", "pkuseg")

# jieba's dict.txt, the dictionary rjieba embeds: its size in bytes and the sum of its frequencies (the
# total jieba-rs divides by). A dict.txt of another size is another dictionary: the whole one is built.
JIEBA_DICT_BYTES = 5071852
JIEBA_DICT_TOTAL = 60101967
JIEBA_LONGEST_WORD = 16  # characters of its longest word
SHORT_TEXT = 4000  # characters: the first texts up to this long together get a tokenizer of only their words
PART_BUILDS = 3  # texts: a fourth short one builds the whole dictionary (three part builds cost about as much)
SENTINEL = "\ufdd0\ufdd1"  # the word that holds the rest of the total: Unicode noncharacters, in no text
PKUSEG_HINT = (
    "pkuseg needs a model folder (--pkuseg-model DIR): nothing is downloaded. "
    "Get the default model offline with `pip install numpy cython && pip install --no-build-isolation "
    "pkuseg==0.0.25` (its sdist ships pkuseg/models/default), then `zhfigures pkuseg-model` prints its path."
)


def is_pkuseg_model(folder: Path) -> bool:
    return (folder / "weights.npz").is_file() and any(
        (folder / f"features.{ext}").is_file() for ext in ("msgpack", "pkl", "json"))


def find_pkuseg_default_model() -> Path | None:
    """The default model shipped in the original pkuseg 0.0.25 sdist, when that package is installed."""
    import importlib.util

    spec = importlib.util.find_spec("pkuseg")
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        folder = Path(base) / "models" / "default"
        if is_pkuseg_model(folder):
            return folder
    return None


USER_WORD = recache.compile(r"^(.+?)( [0-9]+)?( [a-z]+)?$")  # jieba's user dictionary line: word [freq] [tag]


def read_user_dict(lines) -> Iterator[tuple[str, int | None, str]]:
    """(word, frequency or None, tag) of each line of a jieba user dictionary; a word without a tag is `n`."""
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = USER_WORD.match(line)
        assert m is not None  # any non-empty line matches
        word, freq, tag = m.group(1).strip(), m.group(2), m.group(3)
        yield word, int(freq) if freq else None, tag.strip() if tag else "n"


def rjieba_class() -> Any:
    """rjieba.Jieba, without running the rjieba package's __init__, which builds a default tokenizer no
    pipeline uses (0.1 s of every process's start): the extension module inside the package is loaded on
    its own, as the package would load it (the same class). Any other layout: the package, imported."""
    import importlib.machinery
    import importlib.util

    spec = importlib.util.find_spec("rjieba")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(folder) / f"rjieba{suffix}"
            if path.is_file():
                loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", str(path))
                module_spec = importlib.util.spec_from_file_location("rjieba.rjieba", path, loader=loader)
                if module_spec is not None:
                    module = importlib.util.module_from_spec(module_spec)
                    loader.exec_module(module)
                    return module.Jieba
    import rjieba

    return rjieba.Jieba


def jieba_dictionary() -> str | None:
    """jieba's dict.txt, one entry a line, with a newline before the first; None when jieba's package is
    not installed or its dict.txt is not the dictionary rjieba embeds."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "dict.txt"
        if path.is_file() and path.stat().st_size == JIEBA_DICT_BYTES:
            return "\n" + path.read_bytes().decode("utf-8")
    return None


def dictionary_entries(dictionary: str, texts: list[str]) -> list[tuple[str, int, str]]:
    """(word, frequency, tag) of the entries of `dictionary` (as `jieba_dictionary` gives it) whose word
    occurs in one of `texts` (a dictionary word holds no white space)."""
    chars = re.escape("".join(sorted({c for t in texts for c in t if not c.isspace()})))
    parts = {t[i:j] for t in texts for i in range(len(t)) for j in range(i + 1, min(i + JIEBA_LONGEST_WORD, len(t)) + 1)}
    return [(w, int(freq), tag) for w, freq, tag in re.findall(f"\n([{chars}]+) ([0-9]+) ([a-z]+)", dictionary)
            if w in parts]


def part_tokenizer(dictionary: str, texts: list[str]) -> Any:
    """A jieba of the entries of `dictionary` that occur in `texts`, and the sentinel word with the rest of
    the dictionary's total frequency: every word's probability is the whole dictionary's."""
    jb = rjieba_class().empty()
    total = 0
    for word, freq, tag in dictionary_entries(dictionary, texts):
        jb.add_word(word, freq, tag)
        total += freq
    jb.add_word(SENTINEL, JIEBA_DICT_TOTAL - total, "x")
    return jb


class Tokenizer(NamedTuple):
    """A jieba ready to use, and the texts it holds the dictionary entries of (None: the whole dictionary).
    Made whole and never changed after, so a thread or a deadline never sees one half built."""

    jieba: Any
    covers: tuple[str, ...] | None

    def serves(self, text: str) -> bool:
        return self.covers is None or any(text in t for t in self.covers)


class SegmenterError(Exception):
    """A segmenter that cannot be set up; the message says how to fix it."""


class Word(NamedTuple):
    """A word with its POS tag and offsets. One is made for every word tagged (a NamedTuple: cheap to make,
    read-only)."""

    text: str
    tag: str
    start: int
    end: int


class Segmenter:
    def __init__(self, name: str = "jieba", user_dict: str | Path | None = None,
                 pkuseg_model: str | Path | None = None):
        if name not in SEGMENTERS:
            raise SegmenterError(f"unknown segmenter {name!r} (one of {', '.join(SEGMENTERS)})")
        self.name = name
        self.user_dict = Path(user_dict) if user_dict else None
        self.pkuseg_model = Path(pkuseg_model) if pkuseg_model else None
        if self.user_dict and not self.user_dict.is_file():
            raise SegmenterError(f"user dictionary {self.user_dict}: no such file")
        if name == "pkuseg":
            if not self.pkuseg_model:
                raise SegmenterError(PKUSEG_HINT)
            if not is_pkuseg_model(self.pkuseg_model):
                raise SegmenterError(f"{self.pkuseg_model}: not a pkuseg model folder (it needs weights.npz and "
                                     "features.msgpack/.pkl/.json). " + PKUSEG_HINT)
        self._state: Tokenizer | None = None  # made on first use, replaced whole (never changed in place)
        self._dictionary: str | None = None  # jieba's dict.txt while the tokenizer holds part of it
        self._own: list[tuple[str, int | None, str]] | None = None
        self._overrides: dict[str, str] = {}
        self._tags: dict[str, str] | None = None
        self._pku: Any = None  # spacy_pkuseg.pkuseg, made on first use

    def expect(self, text: str) -> None:
        """Say that the next calls segment parts of `text`. While the texts expected so far are short (up to
        SHORT_TEXT characters and PART_BUILDS texts together), the tokenizer holds only the dictionary
        entries they contain (0.01-0.03 s instead of 0.14 s; the same words and tags). Does nothing once
        the whole dictionary is built."""
        state = self._state
        if self.name != "jieba" or SENTINEL[0] in text or (state is not None and state.serves(text)):
            return
        covers = (*(state.covers or ()), text) if state else (text,)
        if len(covers) > PART_BUILDS or sum(map(len, covers)) > SHORT_TEXT:
            return  # the first call outside the texts so far builds the whole dictionary
        if self._dictionary is None:
            self._dictionary = jieba_dictionary()
            if self._dictionary is None:
                return
        own = [word for word, _, _ in self._entries()]  # jieba weighs a word added without a frequency by its parts
        self._state = Tokenizer(self._with_words(part_tokenizer(self._dictionary, [*covers, *own])), covers)

    @property
    def partial(self) -> bool:
        """True while the tokenizer holds only the dictionary entries of the texts `expect` was given."""
        return self._state is not None and self._state.covers is not None

    def _jieba(self, text: str = "") -> Any:
        """The tokenizer, for parts of `text`: the whole dictionary's unless `expect` made one that covers it."""
        state = self._state
        if state is None or not state.serves(text):
            state = self._state = Tokenizer(self._with_words(rjieba_class()()), None)
            self._dictionary = None
        return state.jieba

    def _entries(self) -> list[tuple[str, int | None, str]]:
        """The lexicon's and then the user dictionary's entries, read once (with their tags, `_overrides`)."""
        if self._own is None:
            self._own = [entry for words in self._dictionaries() for entry in words]
            # jieba-rs keeps the old tag of a word it knew: ours win
            self._overrides = {word: tag for word, _, tag in self._own}
        return self._own

    def _with_words(self, jb: Any) -> Any:
        """`jb` with the lexicon's and the user dictionary's words added; they override the dictionary's."""
        for word, freq, tag in self._entries():
            jb.add_word(word, freq, tag)
        return jb

    def _dictionaries(self) -> Iterator[Iterator[tuple[str, int | None, str]]]:
        """The shipped lexicon's entries, then the user dictionary's."""
        with open_table("lexicon.txt") as f:
            yield read_user_dict(f)
        if self.user_dict:
            with self.user_dict.open(encoding="utf-8-sig") as f:
                yield read_user_dict(f)

    def _word_tags(self) -> dict[str, str]:
        """word → tag of jieba's dictionary, the lexicon and the user dictionary (to tag pkuseg's words)."""
        if self._tags is None:
            import jieba.posseg

            logging.getLogger("jieba").setLevel(logging.WARNING)
            tags = dict(jieba.posseg.dt.word_tag_tab)  # a copy: user words never reach the global table
            self._entries()
            tags.update(self._overrides)
            self._tags = tags
        return self._tags

    def _pkuseg(self):
        if self._pku is None:
            try:
                import spacy_pkuseg
            except ImportError:  # pragma: no cover - a core dependency
                raise SegmenterError("pkuseg needs the spacy-pkuseg package: pip install spacy-pkuseg") from None
            user = str(self.user_dict) if self.user_dict else "default"
            self._pku = spacy_pkuseg.pkuseg(str(self.pkuseg_model), user_dict=user)
        return self._pku

    def words(self, text: str) -> list[str]:
        """Plain segmentation (no tags)."""
        if self.name == "pkuseg":
            return self._pkuseg().cut(text)
        return self._jieba(text).cut(text, True)

    def dictionary_tag(self, word: str) -> str | None:
        """The tag of `word` where jieba's dictionary holds it as one word (洪大 → a, 京沪 → j), else None (雄忻)."""
        found = self._jieba(word).tag(word, False)
        return found[0][1] if len(found) == 1 else None

    def tag(self, text: str, offset: int = 0) -> list[Word]:
        """Words of `text` with POS tags and offsets (plus `offset`). pkuseg words are tagged from jieba's lexicon."""
        if self.name == "pkuseg":
            tags = self._word_tags()
            pairs = [(w, "x") for w in self._pkuseg().cut(text)]
        else:
            pairs = self._jieba(text).tag(text, True)  # first: the build reads _overrides
            tags = self._overrides
        out: list[Word] = []
        pos = offset
        for w, t in pairs:
            end = pos + len(w)
            # Word(text=w, tag=…, start=pos, end=end), made without the NamedTuple's __new__ (interpreted Python,
            # about 1.5 % of a default run for one Word a tagged word): the same tuple of the same class
            out.append(tuple.__new__(Word, (w, tags.get(w, t), pos, end)))
            pos = end
        return out
