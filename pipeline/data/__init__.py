"""The project's vocabularies: one reader for every table in this folder.

Tables are UTF-8 text: `.tsv` files have tab-separated columns, `.txt` files one word a line; lines that
are blank or open with `#` are comments. Every rule that needs a word list reads it from here, so a word
is written once.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterator

FOLDER = Path(__file__).parent  # the tables are package data: files beside this module (pyproject.toml)


def open_table(name: str) -> IO[str]:
    """A table of this folder opened for reading (text, UTF-8). A plain path, not importlib.resources, whose
    readers import zipfile and tempfile at every start (3-4 ms): the package is always installed as files."""
    return (FOLDER / name).open(encoding="utf-8")


def lines(name: str) -> Iterator[str]:
    """The lines of a table, comment lines and blank lines left out, line ends removed: what every reader reads."""
    with open_table(name) as f:
        return iter(text_lines(f.read()))


def text_lines(text: str) -> list[str]:
    """`lines` of a table's text as read (its line ends made "\n"): one split and one list comprehension, not a
    generator stepped through each line of the 80 tables read at every start."""
    return [line for line in text.split("\n") if line.strip() and not line.startswith("#")]


def read_tsv(name: str) -> list[list[str]]:
    """The rows of a table, comments and blank lines left out; cells as written."""
    return list(csv.reader(lines(name), delimiter="\t"))


def read_words(name: str) -> frozenset[str]:
    """The words of a one-column table (the first cell of each row)."""
    return frozenset(r[0].strip() for r in read_tsv(name) if r and r[0].strip())


@lru_cache(maxsize=None)
def word_tuple(name: str) -> tuple[str, ...]:
    """The words of a one-column table as a sorted tuple, read once: what `str.startswith` and loops take."""
    return tuple(sorted(read_words(name)))


def rows(name: str) -> list[list[str]]:
    """The rows of a tab-separated table, split on tabs only (no quoting: a regex may hold any character but a
    tab); comments and blank lines left out."""
    return [line.split("\t") for line in lines(name)]


def words(name: str) -> list[str]:
    """Every word of a word list (words separated by white space, one or more a line)."""
    return [w for line in lines(name) for w in line.split()]


def table(name: str) -> list[list[str]]:
    """The rows of a tab-separated table with a header row, the header skipped."""
    return read_tsv(name)[1:]


def alternation(words: tuple[str, ...] | list[str] | set[str] | frozenset[str]) -> str:
    """A regex alternation of a table's words, longest first (so 相比 is tried before 比)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
