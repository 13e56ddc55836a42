"""The Dask engine: `zhfigures extract --engine dask [--scheduler tcp://host:8786]`.

Needs the `dask` extra (`pip install 'zhfigures[dask]'`); nothing here imports
dask until a run starts, so the core install can import this module.

The sources become a Dask bag, split into partitions of consecutive sources.
Each partition is one task: a worker loads its sources (`iter_raw`), runs its
`DocumentWorker` (set up once per worker process and thread) on every document,
writes the partition's tables as `parts/TABLE-00000.csv` (and `.parquet` when
Parquet is among the formats) and returns the Outcome/Failure list, in order.
The driver collects the partitions in input order, at most a few ahead of the
one it is writing, and writes the merged tables through `OutputWriter`, exactly
as the local engine does: same files, same rows, same order, same errors.csv.

Failures are never swallowed: a document that fails in a stage is a Failure
from `DocumentWorker`; any other exception while handling a document becomes a
Failure of stage "worker" naming it; a partition whose task fails as a whole
(the worker died, the parts could not be written, the worker cannot import
zhfigures) makes every source of the partition a "worker" Failure with the reason.

Paths: the workers read the inputs and write `parts/` themselves, so on a real
cluster the inputs and the output folder must be on storage every worker
sees at the same absolute path (see docs/scale.md). The parts are written into
the run's staging folder (`OutputWriter.staging`, on the output's file system)
and become visible with the merged tables, in the same switch.

doc_ids are made unique per partition on the workers and across the batch by the
driver (a later duplicate gets `ID~2` in the merged tables and a warning); the
parts keep the id their worker gave. Each document runs under --doc-timeout as in the local
engine (`run.deadline`: in a worker's thread the limit is raised into that thread by a timer).
`parts/` is this engine's: `remove_parts` (called by `OutputWriter` when an earlier run's tables
are replaced) removes only the files it names.
"""
from __future__ import annotations

import logging
import math
import os
import socket
import threading
from collections import deque
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import recache
from .export import ALL_FORMATS, TABLE_NAMES, MissingExtra, OutputWriter, render
from .loaders import UniqueIds, discover_all, doc_ids, renamed
from .options import Stage
from .records import Failure, Notice, RawDocument
from .run import DocumentWorker, Options, Outcome, Summary, iter_raw, keep_previous_if_empty, reason, write_outcome

log = logging.getLogger("zhfigures")

DASK_HINT = ("the Dask engine needs dask and distributed: pip install 'zhfigures[dask]' "
             "(from a checkout: pip install -e '.[dask]')")
MAX_PARTITION = 64  # sources per partition at most: a partition's outcomes are held in a worker's memory
PART_TEMPLATE = "{table}-%05d"  # parts/figures-00003.csv
PARTS = "parts"  # the folder of the partitioned tables, in the output folder


class SchedulerError(Exception):
    """The Dask scheduler given cannot be reached (the message says which and why)."""


def require_dask() -> None:
    """Raise MissingExtra with the install hint unless dask.bag and distributed can be imported."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as e:
        raise MissingExtra(f"{DASK_HINT} ({e})") from None


def part_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """The formats of the partitioned tables: CSV always, and Parquet when it is asked for."""
    return ("csv", "parquet") if "parquet" in formats else ("csv",)


def remove_parts(out_dir: Path | str) -> None:
    """Remove `parts/` of an earlier Dask run: only files named as this engine names them, then the folder if
    empty."""
    folder = Path(out_dir) / PARTS
    if not folder.is_dir():
        return
    pattern = recache.compile(rf"(?:{'|'.join(TABLE_NAMES)})-\d{{5,}}\.(?:{'|'.join(ALL_FORMATS)})")
    for f in folder.iterdir():
        if pattern.fullmatch(f.name) and f.is_file():
            f.unlink()
    try:
        folder.rmdir()
    except OSError:
        pass  # something else is in it: left as it is


# ---------------------------------------------------------------- on the workers

_local = threading.local()  # per worker thread: {Options: DocumentWorker}, so the pipeline is set up once


def _document_worker(options: Options) -> DocumentWorker:
    workers = getattr(_local, "workers", None)
    if workers is None:
        workers = _local.workers = {}
        logging.getLogger("jieba").setLevel(logging.WARNING)
    worker = workers.get(options)
    if worker is None:
        worker = workers[options] = DocumentWorker(options)
    return worker


def _as_given(source: str, path: str, given: str) -> str:
    """A source name as the user gave it (the worker read it by absolute path); keeps a table row's #row."""
    return given + source[len(path):] if source.startswith(path) else source


def process_document(worker: DocumentWorker, raw: RawDocument) -> Outcome | Failure:
    """One document through the worker; an exception outside the stages becomes a named Failure."""
    try:
        return worker(raw)
    except Exception as e:  # noqa: BLE001 - reported per document, never swallowed
        log.debug("%s: worker failed", raw.source, exc_info=True)
        return Failure(raw.source, Stage.WORKER, reason(e))


def process_partition(items: list[tuple[int, str, str, str]], options: Options, parts_dir: str | None,
                      size: int) -> list[Outcome | Failure | Notice]:
    """A partition of (index, source, doc_id, absolute path): every document's outcome, in input order.

    Writes the partition's tables to `parts_dir` (when given) as TABLE-NNNNN.csv/.parquet, NNNNN the
    partition's number (index // size).
    """
    items = list(items)
    if not items:
        return []
    number = items[0][0] // size
    if any(i // size != number for i, *_ in items):
        raise RuntimeError(f"partition {number} holds sources of other partitions: {[i for i, *_ in items]}")
    worker = _document_worker(options)
    results: list[Outcome | Failure | Notice] = []
    for _, source, doc_id, path in items:
        for item in iter_raw([path], options.load, {path: doc_id}):
            item = replace(item, source=_as_given(item.source, path, source))
            results.append(item if isinstance(item, (Failure, Notice)) else process_document(worker, item))
    if parts_dir is not None:
        write_part(Path(parts_dir), number, results, part_formats(options.formats))
    return results


def write_part(folder: Path, number: int, results: list[Outcome | Failure | Notice], formats: tuple[str, ...]) -> None:
    if not folder.is_dir():  # never create it here: on a worker that does not share the disk it would be lost
        raise FileNotFoundError(f"{folder}: the output folder is not reachable from the worker on "
                                f"{socket.gethostname()} (it must be on storage every worker shares)")
    with OutputWriter(folder, formats, template=PART_TEMPLATE % number, atomic=False) as out:
        for item in results:
            if isinstance(item, Notice):
                out.warn(item)
                continue
            if isinstance(item, Outcome):
                try:
                    rendered = render(item.rows, item.record, formats)
                except Exception as e:  # noqa: BLE001 - a row that cannot be written fails its document only
                    item = Failure(item.source, Stage.EXPORT, reason(e))
                else:
                    out.add_rendered(rendered)
                    continue
            out.fail(item)


# ---------------------------------------------------------------- on the driver

def in_order(client, partitions: list, chunks: list[list[str]], window: int) -> Iterator[Outcome | Failure]:
    """Every partition's outcomes in input order, with at most `window` partitions submitted ahead."""
    pending: deque = deque()
    todo = iter(zip(partitions, chunks))

    def submit() -> None:
        for part, chunk in todo:
            pending.append((client.compute(part), chunk))
            return

    try:
        for _ in range(window):
            submit()
        while pending:
            future, chunk = pending.popleft()
            try:
                results = future.result()
            except Exception as e:  # noqa: BLE001 - the task failed as a whole: every source in it is named
                log.debug("partition of %s failed", chunk[0], exc_info=True)
                results = [Failure(s, Stage.WORKER, f"its partition failed: {reason(e)}") for s in chunk]
            del future  # released on the cluster
            submit()
            yield from results
    finally:
        for future, _ in pending:
            future.cancel()


class _DriverIds:
    """doc_ids unique across partitions: a later duplicate is renamed ID~2 (rows and record) with a Notice."""

    def __init__(self) -> None:
        self._ids = UniqueIds()  # the loaders' rule, applied to finished rows

    def __call__(self, item):
        if not isinstance(item, Outcome):
            return item, None
        did = item.rows["documents"][0]["doc_id"]
        new = self._ids.take(did)
        if new == did:
            return item, None
        rows = {t: [{**r, "doc_id": new} if "doc_id" in r else r for r in rs] for t, rs in item.rows.items()}
        record = {**item.record, "doc_id": new} if item.record is not None else None
        return Outcome(item.source, rows, record), renamed(item.source, did, new)


def run_dask(inputs: list[str], out_dir: Path | str, options: Options = Options(), *,
             scheduler: str | None = None, client=None, jobs: int = 0, partition_size: int | None = None,
             progress: Callable[[str], None] | None = None) -> Summary:
    """`run` on a Dask cluster: the same merged tables in `out_dir`, plus `out_dir/parts/`.

    `client`: a distributed.Client to use; else `scheduler` (an address such as tcp://host:8786) to
    connect to; else a LocalCluster of `jobs` worker processes (0: one per core), one thread each.
    `partition_size`: sources per partition (default: enough partitions for two per worker thread,
    at most MAX_PARTITION sources each).
    """
    require_dask()
    sources, skipped = discover_all(inputs)
    if "-" in sources:
        raise ValueError("the Dask engine cannot read standard input (-): save it to a file, or use --engine local")
    if "parquet" in options.formats:
        from .export import require_pyarrow

        require_pyarrow()
    with ExitStack() as teardown, ExitStack() as stack:
        if client is None:
            from distributed import Client, LocalCluster

            if scheduler:
                try:
                    client = stack.enter_context(Client(scheduler))
                except (OSError, TimeoutError, ValueError) as e:
                    raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler}: {reason(e)}") from None
            else:
                # no dashboard, and the scheduler's HTTP server on a free port: no "port 8787 in use" warning
                cluster = stack.enter_context(LocalCluster(
                    n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                    dashboard_address=None, scheduler_kwargs={"dashboard_address": ":0"}))
                client = stack.enter_context(Client(cluster))
            # Unwinding closes the client, then the cluster (its workers, then its scheduler). Every outcome is
            # written by then, so what distributed logs while its connections close (a CommClosedError when a
            # stream ends before its reader) is shutdown noise, not news: it is held back until all is closed.
            stack.callback(_quiet, teardown)
        return _run(client, sources, Path(out_dir), options, partition_size, progress, skipped)


class _Shutdown(logging.Filter):
    """Lets only CRITICAL records through: put on distributed's own log handlers while the cluster closes."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.CRITICAL


def _quiet(teardown: ExitStack) -> None:
    """From now until `teardown` closes, the log handlers distributed set up for itself and tornado
    (`distributed`, `distributed.client`, `tornado.application`, …) show nothing below CRITICAL: a filter on
    each, removed then. Their levels are not touched (LocalCluster sets and restores those itself)."""
    quiet = _Shutdown()
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if name.split(".")[0] in ("distributed", "tornado") and isinstance(logger, logging.Logger):
            for handler in logger.handlers:
                handler.addFilter(quiet)
                teardown.callback(handler.removeFilter, quiet)


def _run(client, sources: list[str], out_dir: Path, options: Options, partition_size: int | None,
         progress: Callable[[str], None] | None, skipped: tuple[Failure, ...] | list[Failure] = ()) -> Summary:
    import dask.bag as db

    summary = Summary()
    unique = _DriverIds()
    with OutputWriter(out_dir, options.formats) as out:
        for failure in skipped:
            write_outcome(failure, out, summary)
        if sources:
            staging = (out.staging / PARTS).resolve()
            staging.mkdir()
            threads = sum(client.nthreads().values())
            if not threads:
                log.warning("the Dask scheduler has no workers yet: the run waits for some to join")
            threads = threads or 1
            size = partition_size or max(1, min(MAX_PARTITION, math.ceil(len(sources) / (2 * threads))))
            ids = doc_ids(sources)
            seq = [(i, s, ids[s], str(Path(s).resolve())) for i, s in enumerate(sources)]
            bag = db.from_sequence(seq, partition_size=size)
            partitions = bag.map_partitions(process_partition, options, str(staging), size).to_delayed()
            chunks = [sources[k * size:(k + 1) * size] for k in range(len(partitions))]
            for item in in_order(client, partitions, chunks, window=2 * threads):
                item, note = unique(item)
                if note is not None:
                    write_outcome(note, out, summary)
                write_outcome(item, out, summary, progress)
        keep_previous_if_empty(summary, out, out_dir)
    return summary
