"""zhfigures: structured figures from Chinese speeches and reports.

    >>> import pipeline
    >>> tables = pipeline.load("output")        # typed DataFrames of a run
    >>> result = pipeline.process_text("……")    # one text through every stage
    >>> wide = pipeline.compare(tables)         # places side by side (pipeline.comparison: the long table too)
"""
from __future__ import annotations

import logging

from .compiled import use_sources_if_stale

use_sources_if_stale()  # before the stage modules are imported: an edited source runs, never a stale extension

from .run import Options, process, process_text, run  # noqa: E402

__all__ = ["Options", "Tables", "compare", "load", "process", "process_text", "run"]
__version__ = "0.1.0"

logging.getLogger("zhfigures").addHandler(logging.NullHandler())


def __getattr__(name: str):
    """`load`, `Tables` and `compare` import pandas: only when asked for, so the CLI starts without it."""
    if name in ("load", "Tables"):
        from . import tables

        return getattr(tables, name)
    if name == "compare":
        from .comparison import compare

        return compare
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
