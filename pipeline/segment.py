"""Segment: words with part-of-speech tags, by jieba (default) or pkuseg.

Each `Segmenter` owns its tokenizer: a private `jieba.Tokenizer` (never the
global `jieba` module, so a user dictionary cannot leak into other callers),
loaded with the shipped domain lexicon (`data/lexicon.txt`) and an optional
user dictionary. pkuseg needs a model directory: none is downloaded, ever.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

SEGMENTERS = ("jieba", "pkuseg")
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


class SegmenterError(Exception):
    """A segmenter that cannot be set up; the message says how to fix it."""


@dataclass(frozen=True)
class Word:
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
        self._pos = None
        self._pku = None

    def _jieba(self):
        if self._pos is None:
            import jieba
            import jieba.posseg

            logging.getLogger("jieba").setLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            with resources.files("pipeline.data").joinpath("lexicon.txt").open("rb") as f:
                tokenizer.load_userdict(f)
            if self.user_dict:
                tokenizer.load_userdict(str(self.user_dict))
            # jieba.posseg builds its own tag table on import; ours starts from a copy of it rather than
            # reading the dictionary a second time (user words then go to our copy only)
            pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
            pos.tokenizer = tokenizer
            pos.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
            self._pos = pos
        return self._pos

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
        return [w for w in self._jieba().tokenizer.cut(text, HMM=True)]

    def tag(self, text: str, offset: int = 0) -> list[Word]:
        """Words of `text` with POS tags and offsets (plus `offset`). pkuseg words are tagged from jieba's lexicon."""
        out: list[Word] = []
        pos = offset
        if self.name == "pkuseg":
            tags = self._jieba().word_tag_tab
            pairs = [(w, tags.get(w, "x")) for w in self._pkuseg().cut(text)]
        else:
            pairs = [(p.word, p.flag) for p in self._jieba().cut(text)]
        for w, t in pairs:
            out.append(Word(w, t, pos, pos + len(w)))
            pos += len(w)
        return out
