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
import mmap
import os
import re
import sys
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, Iterator, NamedTuple

from . import recache
from .data import open_table

SEGMENTERS = ("jieba", "pkuseg")

# jieba's dict.txt, the dictionary rjieba embeds: its size in bytes and the sum of its frequencies (the
# total jieba-rs divides by). A dict.txt of another size is another dictionary: the whole one is built.
JIEBA_DICT_BYTES = 5071852
JIEBA_DICT_TOTAL = 60101967
JIEBA_LONGEST_WORD = 16  # characters of its longest word
SHORT_TEXT = 4000  # characters: the first texts up to this long together get a tokenizer of only their words
TAGGED_TEXTS = 10000  # texts whose tags a segmenter keeps (a memo, cleared when full: a few MB at most)
TAGGED_LONGEST = 100  # characters: a longer text (a whole sentence an entity recogniser tags) is not kept
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


def jieba_dictionary_file() -> Path | None:
    """jieba's dict.txt; None when jieba's package is not installed or its dict.txt is not the dictionary
    rjieba embeds."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "dict.txt"
        if path.is_file() and path.stat().st_size == JIEBA_DICT_BYTES:
            return path
    return None


def jieba_dictionary() -> str | None:
    """jieba's dict.txt, one entry a line, with a newline before the first; None when jieba's package is
    not installed or its dict.txt is not the dictionary rjieba embeds."""
    path = jieba_dictionary_file()
    return None if path is None else "\n" + path.read_bytes().decode("utf-8")


INDEX_MAGIC = b"ZHJIEBA3"  # the dictionary index file's first bytes: another layout has others (made again)
KEY_BYTES: Final = 8  # a key (a word's first two characters; one and U+0000 for a one-character word) in UTF-32-BE
HEADER: Final = 32  # bytes: the magic, the total, the number of keys, the blob's length (little-endian 64-bit)


def index_key(key: str) -> bytes:
    """The index's form of a look-up key (one or two characters): UTF-32-BE, whose byte order is the order of
    the code points, so the keys sort as the words they open."""
    return (key if len(key) == 2 else key + "\0").encode("utf-32-be")


def key_number(key: str) -> int:
    """`index_key(key)` read as a big-endian number: the first character's code point times 2**32 plus the second's
    (0 for a one-character key)."""
    return (ord(key[0]) << 32) | (ord(key[1]) if len(key) > 1 else 0)


class DictionaryIndex:
    """jieba's dict.txt ordered for look-ups: its lines (UTF-8, each after a newline) sorted by word, so the
    words that open with the same two characters are one run (a one-character word a run of its own). The
    index is one file: a header, each run's key (`index_key`, in order), each run's first byte in the blob
    (and the blob's length), the blob. Made once per machine from dict.txt and kept in the cache folder
    (`recache.cache_folder()`, about 7 MB, mapped into memory, not read), it finds the entries a text needs by
    a binary search per new character or pair, where the whole dictionary (349,046 entries) is what rjieba's
    own build reads. A word listed twice (B超) is kept once, with its last line, as rjieba's table keeps it
    (its other line's frequency still counts in `total`, the sum of every line's, as in rjieba's)."""

    def __init__(self, data: bytes | mmap.mmap):
        if len(data) < HEADER or data[:8] != INDEX_MAGIC:
            raise ValueError("not a dictionary index")
        self.data = data
        self.total = int.from_bytes(data[8:16], "little")
        self.count = int.from_bytes(data[16:24], "little")
        starts_at = HEADER + self.count * KEY_BYTES
        self.blob_at = starts_at + (self.count + 1) * 8
        if len(data) != self.blob_at + int.from_bytes(data[24:32], "little"):
            raise ValueError("a damaged dictionary index")
        # the keys as numbers (`key_number`: a key's UTF-32-BE bytes read as one big-endian 64-bit number, so the
        # numbers sort as the keys) and the runs' starts, as arrays (2.4 MB each, copied): `bisect` searches the keys
        # in C, with no bytes sliced and compared per step
        self.keys = array("Q")
        self.keys.frombytes(data[HEADER:starts_at])
        if sys.byteorder == "little":
            self.keys.byteswap()
        self.starts = array("q")
        self.starts.frombytes(data[starts_at:self.blob_at])

    @staticmethod
    def build(dictionary: str) -> bytes:
        """The index file of `dictionary` (as `jieba_dictionary` gives it)."""
        lines: dict[str, str] = {}
        total = 0
        for line in dictionary.split("\n"):
            if line:
                word, freq, _ = line.split(" ")
                lines[word] = line  # the last line of a word listed twice
                total += int(freq)
        keys: list[bytes] = []
        starts: list[bytes] = []
        parts: list[bytes] = []
        at = 0
        for word in sorted(lines):
            key = index_key(word[:2])
            if not keys or keys[-1] != key:
                keys.append(key)
                starts.append(at.to_bytes(8, "little"))
            data = ("\n" + lines[word]).encode("utf-8")
            parts.append(data)
            at += len(data)
        starts.append(at.to_bytes(8, "little"))
        head = INDEX_MAGIC + total.to_bytes(8, "little") + len(keys).to_bytes(8, "little") + at.to_bytes(8, "little")
        return b"".join([head, *keys, *starts, *parts])

    def entries(self, key: str) -> list[tuple[str, int, str]]:
        """(word, frequency, tag) of the entry `key` when it is one character, else of every word that opens
        with `key` (two characters)."""
        target = key_number(key)
        lo = bisect_left(self.keys, target)  # the first key not below the target
        if lo >= self.count or self.keys[lo] != target:
            return []
        out: list[tuple[str, int, str]] = []
        blob_at = self.blob_at
        for line in self.data[blob_at + self.starts[lo] + 1:blob_at + self.starts[lo + 1]].decode("utf-8").split("\n"):
            word, freq, tag = line.split(" ")
            out.append((word, int(freq), tag))
        return out


def dictionary_index() -> DictionaryIndex | None:
    """The index of jieba's dict.txt from the cache folder, made and kept there when it is not yet; None when
    the cache is off (`ZHFIGURES_CACHE_DIR=`), dict.txt is not the one rjieba embeds, or no index can be read
    or made."""
    dictionary = jieba_dictionary_file()
    folder = recache.cache_folder()
    if dictionary is None or folder is None:
        return None
    stat = dictionary.stat()
    return _dictionary_index(folder / f"jieba-dict-{stat.st_size}-{stat.st_mtime_ns}.index", dictionary)


@lru_cache(maxsize=4)
def _dictionary_index(path: Path, dictionary: Path) -> DictionaryIndex | None:
    try:
        with path.open("rb") as f:
            return DictionaryIndex(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as e:
        logging.getLogger(__name__).debug("dictionary index %s not read: %s", path, e)
    data = DictionaryIndex.build("\n" + dictionary.read_bytes().decode("utf-8"))
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as e:
        logging.getLogger(__name__).debug("dictionary index %s not written: %s", path, e)
        try:
            tmp.unlink()
        except OSError:
            pass
    return DictionaryIndex(data)


class GrowingTokenizer:
    """A jieba that holds the dictionary entries of every text it was asked to `cover` (and the entries
    the lexicon's and user's words hold), plus the sentinel word with the rest of the dictionary's total
    frequency: every cut and tag of a covered text is the whole dictionary's (a word's probability is its
    frequency over the total; the route and the HMM's runs only read words inside the text). A text is
    covered by the entries of its characters and of the words that open with each pair of its characters
    (`DictionaryIndex.entries`), each pair read once. `cover` changes the jieba in place: an exception in
    it (a deadline) leaves it unusable, so the caller drops it."""

    def __init__(self, index: DictionaryIndex, own: list[tuple[str, int | None, str]]):
        self.index = index
        self.jieba = rjieba_class().empty()
        self.seen: set[str] = set()  # characters and pairs whose entries are in
        self.present: set[str] = set()  # words in the jieba
        self.texts: set[str] = set()  # texts covered
        self.rest = index.total - self._add([word for word, _, _ in own])
        self.jieba.add_word(SENTINEL, self.rest, "x")
        for word, freq, tag in own:
            self.jieba.add_word(word, freq, tag)
            self.present.add(word)

    def cover(self, text: str) -> None:
        if text not in self.texts:
            taken = self._add([text])
            if taken:
                self.rest -= taken
                self.jieba.add_word(SENTINEL, self.rest, "x")
            if len(self.texts) >= 100000:
                self.texts.clear()  # a memo only
            self.texts.add(text)

    def _add(self, texts: list[str]) -> int:
        """Add the entries `texts` need that are not in yet; their total frequency."""
        seen, index = self.seen, self.index
        found: list[tuple[str, int, str]] = []
        for text in texts:
            for i in range(len(text)):
                key = text[i]
                if key not in seen:
                    seen.add(key)
                    found.extend(index.entries(key))
                key = text[i:i + 2]
                if len(key) == 2 and key not in seen:
                    seen.add(key)
                    found.extend(index.entries(key))
        taken = 0
        jb, present = self.jieba, self.present
        for word, freq, tag in found:
            if word not in present:
                present.add(word)
                jb.add_word(word, freq, tag)
                taken += freq
        return taken


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


_NEW_TUPLE: Final[Any] = tuple.__new__


class Segmenter:
    def __init__(self, name: str = "jieba", user_dict: str | Path | None = None,
                 pkuseg_model: str | Path | None = None, part: bool = True):
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
        # part: a tokenizer of only the dictionary entries the texts segmented need, grown as they come, when
        # the cache folder holds (or can take) the dictionary's index; else the whole dictionary (and `expect`)
        self._part = part and name == "jieba"
        self._grow: GrowingTokenizer | None = None
        # text → its (word, tag) pairs: a text's tags are the whole dictionary's whatever part of it the tokenizer
        # holds (`GrowingTokenizer`), so a text tagged again (the same clause at another offset, in another
        # document of a batch) is read from here, not segmented again
        self._tagged: dict[str, list[tuple[str, str, int]]] = {}  # (word, final tag, length) of each word

    def expect(self, text: str) -> None:
        """Say that the next calls segment parts of `text`. While the texts expected so far are short (up to
        SHORT_TEXT characters and PART_BUILDS texts together), the tokenizer holds only the dictionary
        entries they contain (0.01-0.03 s instead of 0.14 s; the same words and tags). Does nothing once
        the whole dictionary is built."""
        state = self._state
        if self.name != "jieba" or SENTINEL[0] in text or (state is not None and state.serves(text)):
            return
        if state is None and self._growing() is not None:
            return  # the growing tokenizer needs no warning
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
        """True while the tokenizer holds only part of the dictionary (the growing one, or the entries of the
        texts `expect` was given)."""
        return self._grow is not None or (self._state is not None and self._state.covers is not None)

    def _growing(self) -> GrowingTokenizer | None:
        """The growing tokenizer, made at the first call when the dictionary's index can be had (then `_part`
        stays on until a text holds a sentinel character)."""
        if self._grow is None and self._part and self._state is None:
            index = dictionary_index()
            if index is None:
                self._part = False
            else:
                self._grow = GrowingTokenizer(index, self._entries())
        return self._grow

    def _jieba(self, text: str = "") -> Any:
        """The tokenizer, for parts of `text`: one that holds every entry `text` needs (grown for it), else the
        whole dictionary's unless `expect` made one that covers it."""
        if SENTINEL[0] in text:
            self._part, self._grow = False, None  # a text with the sentinel's characters: the whole dictionary
        grow = self._growing()
        if grow is not None:
            try:
                grow.cover(text)
            except BaseException:
                self._grow = None  # half grown: made again at the next call
                raise
            return grow.jieba
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
        read = self._tagged.get(text)
        if read is None:
            pairs = self.tag_pairs(text)
            tags = self._word_tags() if self.name == "pkuseg" else self._overrides  # (read after tagging: the
            # build fills _overrides; made once, so a text's final tags can be kept)
            read = [(w, tags.get(w, t), len(w)) for w, t in pairs]
            if len(text) <= TAGGED_LONGEST:
                if len(self._tagged) >= TAGGED_TEXTS:
                    self._tagged.clear()  # a memo only
                self._tagged[text] = read
        out: list[Word] = []
        new = _NEW_TUPLE  # tuple.__new__, bound once (not looked up on the tuple type per word)
        word = Word  # (the class looked up once, not per word)
        pos = offset
        for w, t, size in read:
            end = pos + size
            # Word(text=w, tag=t, start=pos, end=end), made without the NamedTuple's __new__ (interpreted Python,
            # about 1.5 % of a default run for one Word a tagged word): the same tuple of the same class
            out.append(new(word, (w, t, pos, end)))
            pos = end
        return out

    def tag_pairs(self, text: str) -> list[tuple[str, str]]:
        """(word, segmenter's tag) of each word of `text`, before the lexicon's tags override (`tag` does), and
        without the memo: jieba's, or pkuseg's words tagged `x`."""
        if self.name == "pkuseg":
            return [(w, "x") for w in self._pkuseg().cut(text)]
        return self._jieba(text).tag(text, True)
