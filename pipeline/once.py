"""Values a process makes once, and memos of pure functions, for the compiled stages.

`functools.lru_cache` does both, but its wrapper costs every call from compiled code a Python-level call, a global's
look-up and the cache's own work (about 1,400 instructions, at some 225,000 calls a run: round sp2 in docs/scale.md).
A `Once` or a `Memo` kept under a `Final` module name is a C static to a compiled caller, and its `get` a direct call:

    _WORDS: Final = Once(_make_words)

    def words() -> Words:
        return _WORDS.get()
"""
from __future__ import annotations

from typing import Callable, Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Once(Generic[T]):
    """What `make()` returns, made at the first `get()` and kept for the process."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._made: list[T] = []

    def get(self) -> T:
        if not self._made:
            self._made.append(self._make())
        return self._made[0]


class Memo(Generic[K, V]):
    """What `make(key)` returns for each key, a pure function whose values are never None; emptied when it holds
    `size` keys (as `lru_cache(maxsize=size)` bounds its memory)."""

    def __init__(self, make: Callable[[K], V], size: int = 8192) -> None:
        self._make = make
        self._size = size
        self._memo: dict[K, V] = {}

    def get(self, key: K) -> V:
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= self._size:
                self._memo.clear()
            found = self._memo[key] = self._make(key)
        return found
