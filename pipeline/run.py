"""Run the stages over a batch: load → normalize → structure → extract → export.

One document at a time; a document that fails at any stage becomes a
`Failure` row (file, stage, reason) and the batch goes on.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from .export import OutputWriter
from .loaders import LoadError, LoadOptions, discover, doc_ids, parse_text, read_source
from .normalize import normalize
from .figures import FigureExtractor
from .records import Failure, RawDocument, Result
from .segment import Segmenter
from .structure import analyse

log = logging.getLogger("zhfigures")


@dataclass(frozen=True)
class Options:
    load: LoadOptions = LoadOptions()
    formats: tuple[str, ...] = ("csv", "jsonl")
    segmenter: str = "jieba"
    user_dict: str | None = None
    pkuseg_model: str | None = None
    entities: bool = False


@dataclass
class Summary:
    documents: int = 0
    speeches: int = 0
    sections: int = 0
    figures: int = 0
    entities: int = 0
    failures: list[Failure] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.documents} documents, {self.speeches} speeches, {self.sections} sections, "
                f"{self.figures} figures, {self.entities} entities, {len(self.failures)} failures")


class StageError(Exception):
    def __init__(self, stage: str, cause: BaseException):
        super().__init__(f"{stage}: {cause}")
        self.stage = stage
        self.cause = cause


class Pipeline:
    """The stages after loading, set up once (segmenter, tables) and applied per document."""

    def __init__(self, options: Options = Options()):
        self.options = options
        self.segmenter = Segmenter(options.segmenter, options.user_dict, options.pkuseg_model)
        self.figures = FigureExtractor(self.segmenter)
        self.entities = None
        if options.entities:
            from .entities import EntityRecognizer

            self.entities = EntityRecognizer()

    def __call__(self, raw: RawDocument) -> Result:
        stage = "normalize"
        try:
            doc = normalize(raw)
            stage = "structure"
            structure = analyse(doc)
            stage = "extract"
            figures = self.figures(doc, structure)
            entities = ()
            if self.entities is not None:
                stage = "entities"
                entities = self.entities.find(doc.text, [(s.start, s.end) for s in structure.sentences])
            return Result(doc, structure, figures, tuple(entities))
        except Exception as e:  # noqa: BLE001 - reported per document, never swallowed
            raise StageError(stage, e) from e


@lru_cache(maxsize=4)
def _pipeline(options: Options) -> Pipeline:
    return Pipeline(options)


def process(raw: RawDocument, options: Options = Options()) -> Result:
    """All stages after loading, for one document (pipelines are set up once per distinct options)."""
    return _pipeline(options)(raw)


def process_text(text: str, doc_id: str = "text", fmt: str = "text", options: Options = Options()) -> Result:
    """One document from a string (for library users and tests)."""
    return process(parse_text("<string>", doc_id, text, "utf-8", fmt), options)


def _reason(e: BaseException) -> str:
    if isinstance(e, LoadError):
        return str(e)
    return f"{type(e).__name__}: {e}".strip().rstrip(":")


def iter_raw(sources: list[str], options: LoadOptions) -> Iterator[RawDocument | Failure]:
    ids = doc_ids(sources)
    for source in sources:
        try:
            yield from read_source(source, ids[source], options)
        except Exception as e:  # noqa: BLE001 - a bad file never stops the batch
            log.debug("load failed: %s", source, exc_info=True)
            yield Failure(source, "load", _reason(e))


def run(inputs: list[str], out_dir: Path | str, options: Options = Options(),
        progress: Callable[[str], None] | None = None) -> Summary:
    """Process every input and write the tables; returns the counts and failures."""
    sources = discover(inputs)
    summary = Summary()
    pipeline = Pipeline(options)
    with OutputWriter(out_dir, options.formats) as out:
        for item in iter_raw(sources, options.load):
            if isinstance(item, Failure):
                summary.failures.append(item)
                out.fail(item)
                log.error("%s: %s", item.source, item.reason)
            else:
                try:
                    result = pipeline(item)
                except StageError as e:
                    log.debug("%s failed", item.source, exc_info=e.cause)
                    failure = Failure(item.source, e.stage, _reason(e.cause))
                    summary.failures.append(failure)
                    out.fail(failure)
                    log.error("%s: %s failed: %s", item.source, e.stage, failure.reason)
                else:
                    rows = out.add(result)
                    summary.documents += 1
                    summary.speeches += rows["documents"][0]["speeches"]
                    summary.sections += rows["documents"][0]["sections"]
                    summary.figures += len(rows["figures"])
                    summary.entities += len(rows["entities"])
            if progress:
                progress(item.source)
    return summary
