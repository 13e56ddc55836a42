"""The vocabularies and tables of the pipeline (tsv/txt files beside this module), read by name.

    words("not_entities.txt")   # every whitespace-separated word of a list, comments (#) dropped
    rows("regions.tsv")         # the rows of a table after its header, as lists of fields
"""
from __future__ import annotations

import csv
from importlib import resources
from typing import Iterator


def lines(name: str) -> Iterator[str]:
    """The lines of a data file, without comment lines and blank lines."""
    with resources.files(__name__).joinpath(name).open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n")


def words(name: str) -> list[str]:
    """Every word of a word list (words separated by white space, one or more a line)."""
    return [w for line in lines(name) for w in line.split()]


def rows(name: str) -> list[list[str]]:
    """The rows of a tab-separated table, its header row skipped."""
    out = list(csv.reader(lines(name), delimiter="\t"))
    return out[1:]
