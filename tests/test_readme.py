"""The README stands alone: every command of its `sh` blocks and every Python block runs as shown, it points
only at files of the checkout, its schema section is the one schema.py generates, and the `dev` extra
installs what its Development section names."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import ROOT, cli_command, full_pipeline
from pipeline.schema import markdown

README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README, flags=re.M | re.S)


COMMANDS = [line for block in blocks("sh") for line in block.splitlines() if line.strip()]


def test_the_readme_has_commands_to_run():
    assert len(COMMANDS) >= 5 and all(c.startswith("zhfigures ") for c in COMMANDS), COMMANDS
    assert len(blocks("python")) == 3


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A folder like the checkout's root for the README's relative paths (corpus/, tests/data/), output empty."""
    pytest.importorskip("pyarrow")  # one command writes Parquet
    work = tmp_path_factory.mktemp("readme")
    for name in ("corpus", "tests"):
        (work / name).symlink_to(ROOT / name, target_is_directory=True)
    return work


@pytest.fixture(scope="module")
def ran(workdir) -> list[subprocess.CompletedProcess]:
    """Every command of the README's sh blocks, in order, as written (`zhfigures` is the installed script)."""
    done = []
    for line in COMMANDS:
        args = [*cli_command(), *shlex.split(line)[1:]]
        done.append(subprocess.run(args, cwd=workdir, capture_output=True, text=True, timeout=300))
    return done


@pytest.mark.parametrize("k", range(len(COMMANDS)), ids=[c[:70] for c in COMMANDS])
@pytest.mark.slow
def test_every_readme_command_runs_as_shown(ran, k):
    proc = ran[k]
    assert proc.returncode == 0, (COMMANDS[k], proc.stderr)
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_the_readme_evaluate_commands_print_the_scores_it_shows(ran):
    rows = {}
    for line in re.findall(r"^\| (sample corpus|2022 work report)[^|]*\|(.*)\|$", README, flags=re.M):
        rows[line[0]] = [c.strip() for c in line[1].split("|")]
    scored = [(c, p) for c, p in zip(COMMANDS, ran) if c.startswith("zhfigures evaluate")]
    assert len(scored) == 2
    for (command, proc), name in zip(scored, ("sample corpus", "2022 work report")):
        f1, unit, kind, qualifier, change, baseline, place, period, time, claim, measure, indicator = rows[name]
        assert proc.stdout.splitlines()[-1].split("F1=")[1].startswith(f1), command
        fields = proc.stdout.splitlines()[-2]
        for field, value in zip(("unit", "kind", "qualifier", "change", "baseline", "place", "period", "time", "claim",
                                 "measure", "indicator"),
                                (unit, kind, qualifier, change, baseline, place, period, time, claim, measure, indicator)):
            assert f" {field} {value}," in fields, (command, field, fields)


def test_the_readme_case_table_line_is_what_the_cases_give():
    """`N sentences … | E of N cases exact`: E is the number of cases of tests/data/figure_cases.jsonl whose
    figures test_figures.py finds exact (its own comparison), N the number of cases."""
    from test_figures import TABLE_CASES, compare, extract

    line = re.search(r"figure_cases\.jsonl`, (\d+) sentences[^|]*\| (\d+) of (\d+) cases exact", README)
    assert line, "the README's line for tests/data/figure_cases.jsonl"
    pipe = full_pipeline()
    exact = sum(compare(extract(pipe, text, place), want) == [] for _, text, place, want in TABLE_CASES)
    assert tuple(map(int, line.groups())) == (len(TABLE_CASES), exact, len(TABLE_CASES))


@pytest.mark.parametrize("k", range(3), ids=["load", "spacy", "compare"])
@pytest.mark.slow
def test_every_readme_python_block_runs(ran, workdir, k):
    code = blocks("python")[k]
    proc = subprocess.run([sys.executable, "-c", code], cwd=workdir, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr


def test_the_readme_points_only_at_files_of_the_checkout():
    assert "../" not in README and "shared/" not in README
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", README):
        assert (ROOT / target).exists(), target
    for path in re.findall(r"`((?:docs|tests/data|pipeline/data|bench|scripts|ner)/[^`* ]+)`", README):
        assert (ROOT / path).exists(), path


def test_docs_point_only_at_files_of_the_checkout():
    for page in ("fields.md", "figures.md"):
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")
        assert "../shared" not in text and "spec/figures.md" not in text, page
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
            assert (ROOT / "docs" / target).exists(), (page, target)


def test_the_readme_schema_is_the_generated_one():
    assert markdown().rstrip("\n") in README


def test_the_dev_extra_installs_what_the_readme_names():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert "pip install -e '.[dev]'" in " ".join(README.split())
    dev = " ".join(extras["dev"])
    assert "mypy" in dev and "zhfigures[test]" in dev
    assert any(d.startswith("pytest") for d in extras["test"])


def test_the_readme_entity_scores_are_those_of_docs_ner():
    """The README's `--entities` line gives the default's score on the fresh sets and the rules' held-back score
    as docs/ner.md states them."""
    line = next(x for x in README.splitlines() if x.startswith("| `--entities`"))
    ner = (ROOT / "docs" / "ner.md").read_text(encoding="utf-8")
    fresh = re.search(r"([\d.]+) F1 \(fresh reports and news, (\d+) entities: PERSON ([\d.]+), ORG ([\d.]+), GPE ([\d.]+), "
                      r"LOC ([\d.]+); the rules alone ([\d.]+)\)", line)
    assert fresh, line
    f1, entities, *labels, rules = fresh.groups()
    assert "{} F1 (PERSON {}, ORG {}, GPE {}, LOC {})".format(f1, *labels) in ner
    assert f"| pooled | {entities} | {rules} | **{f1}** |" in ner
    held = re.search(r"the rules score ([\d.]+) on the 286 hand-annotated entities", line).group(1)
    latest = next(x for x in ner.splitlines() if x.startswith("| held-back (286) |"))  # the newest round's table
    assert f"**{held}**" in latest, latest
