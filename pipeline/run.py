"""Run the stages over a batch: load → normalize → structure → entities → extract → context → locate → export.

`Pipeline.process(raw) -> Result` is the one place the stages after loading are wired: the command
line (extract and show), the local pool, the Dask engine and the spaCy components all call it. One
document at a time; a document that fails at any stage becomes a `Failure` row (file, stage, reason)
and the batch goes on.
"""
from __future__ import annotations

import logging
import signal
import threading
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Callable, Iterator

from . import recache
from .context import resolve as resolve_context
from .export import (ALL_FORMATS, TABLE_NAMES, OutputWriter, Rendered, document_record, printable, render,
                     table_rows)
from .figures import FigureExtractor
from .loaders import LoadError, LoadOptions, UniqueIds, discover_all, doc_ids, parse_text, read_items
from .locate import locate
from .normalize import normalize
from .options import DOC_TIMEOUT, MeasureCatalogue, Options, Stage
from .records import Failure, Notice, RawDocument, Result
from .segment import Segmenter
from .structure import analyse

log = logging.getLogger("zhfigures")

__all__ = ["DOC_TIMEOUT", "DocTimeout", "DocumentWorker", "Options", "Outcome", "Pipeline", "StageError", "Summary",
           "deadline", "iter_raw", "keep_previous_if_empty", "outcomes", "process", "process_text", "reason", "run",
           "write_outcome"]

AHEAD = 64  # × jobs: documents a pool holds at most while the first of them is still running


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
    skipped: list[Failure] = field(default_factory=list)  # entries of folders not read (errors.csv, stage skip)
    warnings: list[Notice] = field(default_factory=list)
    kept_previous: bool = False  # no document was read, so the previous tables were left in place

    def add(self, counts: dict[str, int]) -> None:
        """Count one document's rows, table by table (`Outcome.counts`)."""
        self.documents += counts.get("documents", 0)
        self.speeches += counts.get("speeches", 0)
        self.sections += counts.get("sections", 0)
        self.figures += counts.get("figures", 0)
        self.entities += counts.get("entities", 0)

    def line(self) -> str:
        """The counts as the tables have them: `3 documents, 7 speeches, 41 sections, …, 0 failures`, then what
        was skipped and the warnings, if any."""
        counts = [plural(n, noun) for n, noun in (
            (self.documents, "document"), (self.speeches, "speech"), (self.sections, "section"),
            (self.figures, "figure"), (self.entities, "entity"),
            (len(self.failures), "failure"))]
        if self.skipped:
            counts.append(f"{len(self.skipped)} skipped")
        if self.warnings:
            counts.append(plural(len(self.warnings), "warning"))
        return ", ".join(counts)


class StageError(Exception):
    """A stage failed on a document: `stage` names it (errors.stage), `cause` is what it raised."""

    def __init__(self, stage: Stage, cause: BaseException):
        super().__init__(f"{stage}: {cause}")
        self.stage = stage
        self.cause = cause


class Pipeline:
    """The stages after loading, set up once (segmenter, recognizer, tables) and applied per document.

    `segmenter`: one already set up to share (the spaCy tokenizer's); else one is made from the options.
    """

    def __init__(self, options: Options = Options(), segmenter: Segmenter | None = None):
        self.options = options
        self.segmenter = segmenter or Segmenter(options.segmenter, options.user_dict, options.pkuseg_model)
        self.figures = FigureExtractor(self.segmenter)
        self.entities = None
        if options.entities:
            from .entities import recognizer

            self.entities = recognizer(options.ner)

    def process(self, raw: RawDocument) -> Result:
        """One loaded document through every stage; a failure is a StageError naming the stage."""
        stage = Stage.NORMALIZE
        try:
            doc = normalize(raw)
            stage = Stage.STRUCTURE
            structure = analyse(doc)
            entities: tuple = ()
            if self.entities is not None:
                stage = Stage.ENTITIES
                entities = tuple(self.entities.find(doc.text, [(s.start, s.end) for s in structure.sentences]))
            stage = Stage.EXTRACT
            figures = self.figures(doc, structure, entities)
            stage = Stage.CONTEXT
            figures = resolve_context(doc, structure, figures, self.options.measures == MeasureCatalogue.EXTENDED)
            stage = Stage.LOCATE
            return Result(doc, structure, locate(doc.text, structure, figures), locate(doc.text, structure, entities))
        except Exception as e:  # noqa: BLE001 - reported per document, never swallowed
            raise StageError(stage, e) from e


@lru_cache(maxsize=4)
def _pipeline(options: Options) -> Pipeline:
    return Pipeline(options)


def process(raw: RawDocument, options: Options = Options()) -> Result:
    """All stages after loading, for one document (pipelines are set up once per distinct options)."""
    return _pipeline(options).process(raw)


def process_text(text: str, doc_id: str = "text", fmt: str = "text", options: Options = Options()) -> Result:
    """One document from a string (for library users and tests)."""
    return process(parse_text("<string>", doc_id, text, "utf-8", fmt), options)


class DocTimeout(Exception):
    """A document took longer than --doc-timeout."""

    def __str__(self) -> str:
        return super().__str__() or "took longer than --doc-timeout: stopped"


@contextmanager
def deadline(seconds: float | None):
    """Raise DocTimeout in the block once `seconds` have passed; the previous state is restored after.

    In a process's main thread by SIGALRM (the local engine); in any other thread (a Dask worker runs its
    tasks in threads) by a timer that raises DocTimeout in this thread (`PyThreadState_SetAsyncExc`). Either
    way the exception comes between two Python steps: code stuck inside one C call is stopped only when it
    returns (the local pool also kills a worker that overruns, see `outcomes`).
    """
    if not seconds or seconds <= 0:
        yield
        return
    message = f"took longer than {seconds:g} s (--doc-timeout): stopped"
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with _thread_deadline(seconds, message):
            yield
        return

    def on_alarm(signum, frame):
        raise DocTimeout(message)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_deadline(seconds: float, message: str):
    """`deadline` outside the main thread: a watcher thread raises DocTimeout in this one once `seconds` have
    passed, and again every 0.1 s until the block is over (an exception that lands in a garbage-collector
    callback or a __del__ is swallowed there); a lock keeps it from landing after the block, and one set
    but not yet raised when the block ends is withdrawn."""
    import ctypes

    set_async = ctypes.pythonapi.PyThreadState_SetAsyncExc
    me = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    over = threading.Event()
    state = {"open": True, "fired": False}

    def watch() -> None:
        delay = seconds
        while not over.wait(delay):
            with lock:
                if not state["open"]:
                    return
                state["fired"] = True
                set_async(me, ctypes.py_object(DocTimeout))
            delay = 0.1

    watcher = threading.Thread(target=watch, name="zhfigures-deadline", daemon=True)
    watcher.start()
    try:
        yield
    except DocTimeout as e:
        if e.args or not state["fired"]:
            raise
        raise DocTimeout(message) from None  # the watcher's exception has no message: the same one as SIGALRM's
    finally:
        with lock:
            state["open"] = False
            if state["fired"]:
                set_async(me, None)  # one not raised yet (the block ended first): withdrawn
        over.set()


def _writable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def reason(e: BaseException) -> str:
    """The one line a Failure gives for an exception: its message, with the exception's name unless it is ours."""
    if isinstance(e, (LoadError, DocTimeout)):
        return str(e)
    return f"{type(e).__name__}: {e}".strip().rstrip(":")


def iter_raw(sources: list[str], options: LoadOptions, ids: dict[str, str] | None = None,
             unique: UniqueIds | None = None) -> Iterator[RawDocument | Failure | Notice]:
    """Every document of the sources, in order, a load Failure per source (or table row) that cannot be
    read, and a Notice per damage that did not stop a document (bad bytes replaced, a doc_id renamed).

    `ids` (from `doc_ids` over the whole batch) when `sources` is only a part of it, so doc_ids do not
    depend on how a batch is split. doc_ids are made unique in input order (`UniqueIds`), across the
    whole batch when `unique` is shared.
    """
    ids = ids if ids is not None else doc_ids(sources)
    unique = unique if unique is not None else UniqueIds()
    for source in sources:
        try:
            for item in read_items(source, ids[source], options):
                if isinstance(item, RawDocument):
                    if not _writable(item.source + item.doc_id):  # a file name that is not UTF-8 (surrogateescape)
                        named = replace(item, source=printable(item.source), doc_id=printable(item.doc_id))
                        yield Notice(named.source, Stage.LOAD, "its name or doc_id is not valid UTF-8: written with \\x escapes")
                        item = named
                    item, note = unique(item)
                    if note is not None:
                        yield note
                yield item
        except Exception as e:  # noqa: BLE001 - a bad file never stops the batch
            log.debug("load failed: %s", source, exc_info=True)
            yield Failure(source, Stage.LOAD, reason(e))


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
        rendered = self.rendered if self.rendered is not None else render(self.rows, self.record, formats)
        return Outcome(self.source, {"documents": self.rows["documents"]}, None, rendered, self.counts)


class DocumentWorker:
    """RawDocument → Outcome, or Failure naming the stage; sets the pipeline up once, on first use.

    Each document runs under `options.doc_timeout` (where a deadline can be set, see `deadline`), and,
    with `rendered`, its output is rendered here too: a row that cannot be written (a lone surrogate)
    fails its document ("export"), never the batch.
    """

    def __init__(self, options: Options = Options(), rendered: bool = False):
        self.options = options
        self.rendered = rendered
        self._pipeline: Pipeline | None = None

    def __call__(self, raw: RawDocument) -> Outcome | Failure:
        if self._pipeline is None:
            self._pipeline = Pipeline(self.options)
        stage = Stage.EXPORT
        try:
            with deadline(self.options.doc_timeout):
                try:
                    result = self._pipeline.process(raw)
                except StageError as e:
                    log.debug("%s failed", raw.source, exc_info=e.cause)
                    return Failure(raw.source, e.stage, reason(e.cause))
                rows = table_rows(result)
                outcome = Outcome(raw.source, rows, document_record(result, rows))
                if self.rendered:
                    outcome = Outcome(raw.source, rows, outcome.record, render(rows, outcome.record, self.options.formats),
                                  outcome.counts)
                return outcome
        except Exception as e:  # noqa: BLE001 - e.g. a cell that cannot be encoded, or the deadline
            log.debug("%s failed", raw.source, exc_info=True)
            return Failure(raw.source, stage, reason(e))


# One DocumentWorker per worker process, made by the pool's initializer: process-local, never shared.
_worker: DocumentWorker | None = None


def _init_worker(options: Options) -> None:
    global _worker
    logging.getLogger("jieba").setLevel(logging.WARNING)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the main process stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the CLI's handler (inherited by fork): SIGTERM ends a worker
    _die_with_parent()
    _worker = DocumentWorker(options, rendered=True)


def _die_with_parent() -> None:
    """Linux: this process gets SIGTERM when the process that started it dies (even by SIGKILL)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _work(raw: RawDocument) -> Outcome | Failure:
    assert _worker is not None, "worker not initialised"
    item = _worker(raw)
    return item if isinstance(item, Failure) else item.rendered_for(_worker.options.formats)


def _stop(executor) -> None:
    """Stop a pool now: terminate its worker processes, then shut it down without waiting for their work."""
    for p in list((getattr(executor, "_processes", None) or {}).values()):
        try:
            p.terminate()
        except (OSError, AttributeError):
            pass
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        try:
            p.join(2)
            if p.is_alive():
                p.kill()
                p.join(1)
        except (OSError, AssertionError, AttributeError, ValueError):
            pass


def _peek_documents(items: Iterator[RawDocument | Failure | Notice],
                    enough: int) -> tuple[Iterator[RawDocument | Failure | Notice], int]:
    """The same items, and how many documents they hold, counted up to `enough` (items are read ahead only
    until then)."""
    head: list[RawDocument | Failure | Notice] = []
    documents = 0
    for item in items:
        head.append(item)
        documents += isinstance(item, RawDocument)
        if documents >= enough:
            break
    return chain(head, items), documents


def outcomes(items: Iterator[RawDocument | Failure | Notice], options: Options,
             jobs: int = 1) -> Iterator[Outcome | Failure | Notice]:
    """Every document's outcome, in input order; with jobs > 1 from a pool of processes.

    At most 4 × jobs documents are in flight, so memory does not grow with the batch; while the
    first of them is still running and a worker is idle, up to AHEAD × jobs.
    A worker that dies fails the documents it held (named, with the reason) and the
    pool is started again for the rest: nothing is swallowed. A document the worker's own
    deadline cannot stop (stuck in C code) is stopped from here after twice --doc-timeout
    plus 5 s, so one document never stalls the ordered output for long (a batch of one document runs in
    this process, like jobs = 1, under the worker's own deadline only). On any exit
    other than the end (Ctrl-C, SIGTERM, an error) the worker processes are terminated.
    """
    items, documents = _peek_documents(items, 2)
    if jobs <= 1 or documents < 2:  # one document: no pool to start (a single file starts as fast as --jobs 1)
        worker = DocumentWorker(options, rendered=True)
        for item in items:
            yield item if isinstance(item, (Failure, Notice)) else worker(item)
        return
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    def pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(options,))

    executor = pool()
    window: deque[tuple[RawDocument | Failure | Notice, Future | None]] = deque()
    hard = 2 * options.doc_timeout + 5 if options.doc_timeout else None

    def restart(reason: str, item) -> Failure:
        nonlocal executor
        _stop(executor)
        executor = pool()
        # the documents still queued behind the dead worker go to the new pool
        for k, (queued, fut) in enumerate(window):
            if fut is not None and not fut.done() and isinstance(queued, RawDocument):
                window[k] = (queued, executor.submit(_work, queued))
        return Failure(item.source, Stage.WORKER, reason)

    def drain_one() -> Outcome | Failure | Notice:
        item, future = window.popleft()
        if future is None:
            assert isinstance(item, (Failure, Notice))  # a load failure or notice, passed through in its place
            return item
        try:
            return future.result(timeout=hard)
        except FutureTimeout:
            return restart(f"took longer than {hard:g} s and did not stop (--doc-timeout {options.doc_timeout:g}): "
                           "its worker was killed", item)
        except BrokenProcessPool as e:
            return restart(f"the worker process died ({e or 'killed'})", item)
        except Exception as e:  # noqa: BLE001 - e.g. a result that cannot be sent back
            return Failure(item.source, Stage.WORKER, reason(e))

    def read_on() -> bool:
        """True when the head of the line is still running but a worker is idle: take the next document
        instead of waiting (up to AHEAD × jobs documents held), so one slow document does not idle the pool."""
        head = window[0][1]
        while head is not None and not head.done() and len(window) < AHEAD * jobs:
            pending = [f for _, f in window if f is not None and not f.done()]
            if len(pending) < jobs:
                return True
            done, _ = wait(pending, timeout=hard, return_when=FIRST_COMPLETED)  # the head is among them
            if not done:
                return False  # every worker stuck: drain_one's limit stops the head
        return False

    finished = False
    try:
        for item in items:
            window.append((item, None if isinstance(item, (Failure, Notice)) else executor.submit(_work, item)))
            while len(window) >= 4 * jobs and not read_on():
                yield drain_one()
        while window:
            yield drain_one()
        finished = True
    finally:
        if finished:
            executor.shutdown(wait=True, cancel_futures=True)
        else:
            _stop(executor)


def _has_tables(out_dir: Path) -> bool:
    return out_dir.is_dir() and any((out_dir / f"{t}.{e}").exists() for t in TABLE_NAMES for e in ALL_FORMATS)


def run(inputs: list[str], out_dir: Path | str, options: Options = Options(),
        progress: Callable[[str], None] | None = None, jobs: int = 1) -> Summary:
    """Process every input and write the tables; returns the counts and failures.

    The tables of the run replace the previous ones together when it ends (`OutputWriter`); a run
    that read no document at all (a mistyped only input) leaves the previous tables as they were.
    """
    sources, skipped = discover_all(inputs)
    summary = Summary()
    with OutputWriter(out_dir, options.formats) as out:
        for failure in skipped:
            write_outcome(failure, out, summary)
        for item in outcomes(iter_raw(sources, options.load), options, jobs):
            write_outcome(item, out, summary, progress)
        keep_previous_if_empty(summary, out, Path(out_dir))
    recache.save()  # the patterns this run compiled, for the next run's start-up
    return summary


def keep_previous_if_empty(summary: Summary, out: OutputWriter, out_dir: Path) -> None:
    """No document read and earlier tables in `out_dir`: discard this run's output, keep those."""
    if summary.documents == 0 and _has_tables(out_dir):
        out.discard()
        summary.kept_previous = True
        log.warning("no document was read: the tables in %s were left as they were", out_dir)


def write_outcome(item: Outcome | Failure | Notice, out: OutputWriter, summary: Summary,
                  progress: Callable[[str], None] | None = None) -> None:
    """Write one document's outcome (or failure, or notice, also logged, its file named as in the tables: a name
    that is not UTF-8 with \\xNN escapes) and count it: the same for every engine."""
    if isinstance(item, Notice):
        summary.warnings.append(item)
        out.warn(item)
        log.warning("%s: %s", printable(item.source), item.reason)
        return
    if isinstance(item, Outcome) and item.rendered is None:
        assert item.record is not None  # an outcome has its record unless it was rendered
        try:
            item = Outcome(item.source, item.rows, item.record, render(item.rows, item.record, out.formats),
                           item.counts)
        except Exception as e:  # noqa: BLE001 - a row that cannot be written fails its document only
            item = Failure(item.source, Stage.EXPORT, reason(e))
    if isinstance(item, Failure):
        if item.stage == Stage.SKIP:
            summary.skipped.append(item)
            out.fail(item)
            log.warning("%s: skipped: %s", printable(item.source), item.reason)
            return
        summary.failures.append(item)
        out.fail(item)
        if item.stage == Stage.LOAD:
            log.error("%s: %s", printable(item.source), item.reason)
        else:
            log.error("%s: %s failed: %s", printable(item.source), item.stage, item.reason)
    else:
        if item.rendered is not None:
            out.add_rendered(item.rendered)
        else:
            assert item.record is not None  # an outcome has its record unless it was rendered
            out.add_rows(item.rows, item.record)
        summary.add(item.counts)
    if progress:
        progress(item.source)
