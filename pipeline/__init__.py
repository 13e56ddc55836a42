"""zhfigures: structured figures from Chinese speeches and reports.

    >>> import pipeline
    >>> tables = pipeline.load("output")        # typed DataFrames of a run
    >>> result = pipeline.process_text("……")    # one text through every stage
"""
from __future__ import annotations

import logging

from .run import Options, process, process_text, run
from .tables import Tables, load

__all__ = ["Options", "Tables", "load", "process", "process_text", "run"]
__version__ = "0.1.0"

logging.getLogger("zhfigures").addHandler(logging.NullHandler())
