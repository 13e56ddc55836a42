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
