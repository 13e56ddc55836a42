"""The vocabularies of the pipeline: data tables (tsv/txt) read by the stages that use them."""
from __future__ import annotations

from importlib import resources


def rows(name: str) -> list[list[str]]:
    """The rows of a tab-separated table in this package: `#` lines and blank lines skipped, cells as written
    (no quoting: regexes may hold any character but a tab)."""
    with resources.files(__name__).joinpath(name).open(encoding="utf-8") as f:
        return [line.rstrip("\r\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
