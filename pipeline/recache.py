"""Patterns compiled once per machine: `compile(pattern, flags)` is `re.compile`, built from a cache of its code.

Compiling the patterns the stages generate from the tables was a quarter of a short run's start-up (about
60 ms for the 190 patterns of a one-sentence run): the `re` module parses and compiles in Python, and one class
such as `[\\u4e00-\\u9fff]` alone costs 0.8 ms. What it compiles to is a list of integers that the regex
engine (`_sre.compile`) takes as it is. So a run keeps each pattern's code, keyed by the exact pattern string
and flags, and `save()` (called once a batch is written) adds the new ones to a file of the user's cache
folder; later runs build those patterns from it at C speed.

A pattern is the same object either way (`_sre` checks the code it is given): a pattern not in the file (a table
was edited) is compiled as usual, and the file is tied to the Python version and the regex engine's MAGIC.
No file, a corrupt one, a folder that cannot be written or another Python implementation only mean compiling
as usual. The folder is `$ZHFIGURES_CACHE_DIR`, else `$XDG_CACHE_HOME/zhfigures`, else `~/.cache/zhfigures`;
`ZHFIGURES_CACHE_DIR=` (empty) turns the cache off.

The file also keeps values Python code reads off a pattern at every start (`derived`: a mask's needs, from the
re module's parse tree), keyed by the pattern and a digest of the code that reads them.
"""
from __future__ import annotations

import logging
import marshal
import os
import re
import sys
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

log = logging.getLogger(__name__)

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]  # the re module's own compiler (CPython)

    MAGIC: int | None = _sre.MAGIC
except (ImportError, AttributeError):  # another implementation: plain re.compile
    MAGIC = None

ENV = "ZHFIGURES_CACHE_DIR"
CODE_FORMAT = 2  # of the file: codes as bytes (1: lists of ints); part of its name
MAX_ENTRIES = 1000  # past this, a save keeps only the patterns of its own run (a run compiles 150-300; tables edited)

Entry = tuple  # (flags, code, groups, groupindex, indexgroup): the arguments of _sre.compile after the pattern,
# the code as the bytes of an array("I") (the engine's 32-bit words): a file of lists of ints made an int object of
# each word at every start (7 % of a one-sentence run); the words of a pattern used are made into a list then


def cache_file() -> Path | None:
    """Where the codes are kept for this Python, or None when the cache is off."""
    return _cache_file(os.environ.get(ENV), os.environ.get("XDG_CACHE_HOME"))


def cache_folder() -> Path | None:
    """The user's cache folder of zhfigures (the patterns, jieba's dictionary index), or None when it is off."""
    return _cache_folder(os.environ.get(ENV), os.environ.get("XDG_CACHE_HOME"))


@lru_cache(maxsize=8)
def _cache_folder(folder: str | None, xdg: str | None) -> Path | None:
    if folder is None:
        folder = os.path.join(xdg or os.path.join(os.path.expanduser("~"), ".cache"), "zhfigures")
    return Path(folder) if folder else None


@lru_cache(maxsize=8)
def _cache_file(folder: str | None, xdg: str | None) -> Path | None:
    base = _cache_folder(folder, xdg)
    if base is None or MAGIC is None:
        return None
    return base / f"patterns-{sys.implementation.cache_tag}-{MAGIC}-{CODE_FORMAT}.marshal"


def code_of(pattern: str, flags: int) -> Entry:
    """What `re.compile` would hand to the regex engine for `pattern` (re._compiler.compile, step by step)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array("I", code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


class Codes:
    """The codes read from one cache file, and those this run added."""

    def __init__(self, path: Path | None):
        self.path = path
        self.known: dict[Any, Entry] = {}
        self.used: dict[Any, Entry] = {}
        self.compiled: dict[Any, re.Pattern] = {}  # as re's own cache: the same pattern object again
        self.values: dict[tuple, tuple] = {}  # the `derived` values this run used (kept with the codes)
        self.added = 0
        if path is not None:
            try:
                data = marshal.loads(path.read_bytes())
                if isinstance(data, dict):
                    self.known = data
            except FileNotFoundError:
                pass
            except (OSError, ValueError, EOFError, TypeError) as e:
                log.debug("pattern cache %s not read: %s", path, e)

    def compile(self, pattern: str, flags: int) -> re.Pattern:
        key = (pattern, flags)
        done = self.compiled.get(key)
        if done is not None:
            return done
        entry = self.known.get(key)
        if entry is not None:
            try:
                compiled = self.compiled[key] = _sre_compile(pattern, entry)
                self.used[key] = entry
                return compiled
            except Exception as e:  # noqa: BLE001 - a damaged entry: compile it again
                log.debug("pattern cache entry not usable: %s", e)
        try:
            entry = code_of(pattern, flags)
            compiled = self.compiled[key] = _sre_compile(pattern, entry)
        except re.error:
            raise
        except Exception as e:  # noqa: BLE001 - a Python whose re works otherwise: compiled as usual, not kept
            log.debug("pattern not cached: %s", e)
            return re.compile(pattern, flags)
        self.used[key] = entry
        self.added += 1
        return compiled

    def derived(self, key: tuple, size: int, make: Callable[[], tuple]) -> tuple:
        """`make()`, from the file when it holds `key` (a tuple of another length than a pattern's key)."""
        value = self.values.get(key)
        if value is None:
            value = self.known.get(key)
            if not (isinstance(value, tuple) and len(value) == size):  # not there (or not what `make` makes)
                value = make()
                self.added += 1
            self.values[key] = value
        return value

    def save(self) -> None:
        """Write the codes back when this run added any: under a temporary name, renamed into place."""
        if self.path is None or not self.added:
            return
        data = {**self.known, **self.used, **self.values} if len(self.known) + self.added <= MAX_ENTRIES \
            else {**self.used, **self.values}
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(marshal.dumps(data))
            os.replace(tmp, self.path)
            self.known, self.added = data, 0
        except (OSError, ValueError) as e:
            log.debug("pattern cache %s not written: %s", self.path, e)
            try:
                tmp.unlink()
            except OSError:
                pass


def _sre_compile(pattern: str, entry: Entry) -> re.Pattern:
    """The pattern the regex engine makes of `entry` (`code_of`'s form)."""
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)


@lru_cache(maxsize=4)
def _codes(path: Path | None) -> Codes:
    return Codes(path)


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's name and signature
    """`re.compile(pattern, flags)`, from the cache's code when it has the pattern."""
    path = cache_file()
    if path is None:
        return re.compile(pattern, flags)
    return _codes(path).compile(pattern, int(flags))


def derived(key: tuple, size: int, make: Callable[[], tuple]) -> tuple:
    """`make()`, kept in the cache file under `key` for later runs: what Python code reads off a pattern at every
    start (a mask's needs, from its parse tree). `key` names everything the value depends on (the pattern and a
    digest of the code that reads it, so an edited reader never meets an old value); the value is a tuple that
    marshal keeps as it is (str, tuple, frozenset, dict, None), of `size` items. Without a cache file: `make()`."""
    path = cache_file()
    if path is None:
        return make()
    return _codes(path).derived(key, size, make)


def save() -> None:
    """Keep the codes of the patterns this run compiled for the next runs (nothing when none is new)."""
    path = cache_file()
    if path is not None:
        _codes(path).save()
