"""Character searches in compiled code that the `str` methods do not offer in one call.

Compiled with the stages (setup.py COMPILED): a loop of `str.rfind` here is a native loop, where `max()` over a
generator would make a generator object per call.
"""
from __future__ import annotations

from typing import Iterable


def last_of(text: str, chars: Iterable[str], lo: int, hi: int) -> int:
    """Where the last of `chars` (single characters) stands in text[lo:hi], else -1."""
    k = -1
    for c in chars:
        j = text.rfind(c, lo, hi)
        if j > k:
            k = j
    return k


def holds_a_word(text: str, words: Iterable[str], lo: int = 0, hi: int = -1) -> bool:
    """Whether one of `words` stands in text[lo:hi] (`hi` -1: to the end), by a `str.find` per word."""
    end = len(text) if hi < 0 else hi
    for w in words:
        if text.find(w, lo, end) >= 0:
            return True
    return False
