"""`zhfigures evaluate`: the reference scorer's lines, documents found or not, the wrong way round.

The agreement cases run on files in tests/data (made by tests/data/evaluate/make_cases.py): a figures
output with faults put in on purpose, and what the reference scorer of the annotation project printed
on it (reference-*.txt). Beside ../shared the reference scorer is also run live on the same files; without
it nothing is skipped, the recordings stand in.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from pipeline.evaluate import InputError, check_inputs, read_regions, read_rows, score

DATA = ROOT / "tests" / "data"
GOLD = DATA / "gold"
CASES_DIR = DATA / "evaluate"
PRED = CASES_DIR / "figures.csv"
REFERENCE = ROOT.parent / "shared" / "tools" / "score_figures.py"

# id: (gold, regions or None, verbose, the recorded reference output)
CASES = {
    "sample-gold": (GOLD / "figures.jsonl", None, False, "reference-figures.txt"),
    "sample-gold-verbose": (GOLD / "figures.jsonl", None, True, "reference-figures-v.txt"),
    "gold-without-time-claim-measure": (CASES_DIR / "gold-without-context.jsonl", None, False,
                                        "reference-without-context.txt"),
    "govreport-regions-verbose": (GOLD / "govreport-2022.jsonl", GOLD / "govreport-2022.regions.jsonl", True,
                                  "reference-govreport-regions-v.txt"),
}


def cli_args(gold: Path, regions: Path | None, verbose: bool, pred: Path = PRED) -> list[str]:
    return ["evaluate", str(gold), str(pred), *(["--regions", str(regions), "--texts", "corpus"] if regions else []),
            *(["-v"] if verbose else [])]


@pytest.mark.parametrize("case", CASES)
def test_score_lines_are_the_reference_scorers(case):
    gold, regions, verbose, expected = CASES[case]
    region_map = read_regions(regions, ROOT / "corpus") if regions else None
    lines = score(read_rows(gold), read_rows(PRED), region_map).lines(verbose)
    assert lines == (CASES_DIR / expected).read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("case", CASES)
@pytest.mark.slow
def test_cli_prints_the_reference_scorers_lines_on_stdout(case):
    """The recorded output; and, beside ../shared, what the reference scorer prints now on the same files
    (so a recording that has gone stale is caught there, while a clone without ../shared skips nothing)."""
    gold, regions, verbose, expected = CASES[case]
    want = (CASES_DIR / expected).read_text(encoding="utf-8")
    proc = run_cli(*cli_args(gold, regions, verbose))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == want
    if REFERENCE.exists():
        ref = subprocess.run([sys.executable, str(REFERENCE), *cli_args(gold, regions, verbose)[1:]], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
        assert (ref.returncode, ref.stdout) == (0, want), ref.stderr


@pytest.mark.slow
def test_documents_found_are_counted_and_listed_with_v():
    proc = run_cli("evaluate", str(GOLD / "figures.jsonl"), str(PRED), "-v")
    assert proc.returncode == 0
    assert proc.stderr.splitlines() == [
        f"zhfigures: 2 of 2 gold documents found in {PRED}; 2 output documents not in the gold",
        "  not in the gold: govreport-2022",
        "  not in the gold: not-in-gold",
    ]
    proc = run_cli("evaluate", str(GOLD / "figures.jsonl"), str(PRED))
    assert proc.stderr.splitlines() == [
        f"zhfigures: 2 of 2 gold documents found in {PRED}; 2 output documents not in the gold (-v lists them)"]


@pytest.mark.slow
def test_gold_documents_missing_from_the_output_are_named(tmp_path):
    pred = tmp_path / "figures.jsonl"
    rows = [r for r in read_rows(PRED) if r["doc_id"] == "004_456414553aa85d4f"]
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    proc = run_cli("evaluate", str(GOLD / "figures.jsonl"), str(tmp_path), "-v")  # a folder with figures.jsonl only
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == [f"zhfigures: 1 of 2 gold documents found in {pred}",
                                        "  not in the output: 000_2fee95f66404a103"]
    assert proc.stdout.splitlines()[-1] == "figures: P=1.000 R=0.227 F1=0.370 (tp 17, fp 0, fn 58)"


@pytest.mark.slow
def test_no_document_in_common_exits_non_zero_and_says_so(tmp_path):
    pred = tmp_path / "figures.csv"
    pred.write_text(PRED.read_text(encoding="utf-8-sig").replace("govreport-2022", "govreport-2021"),
                    encoding="utf-8-sig")
    proc = run_cli("evaluate", str(GOLD / "govreport-2022.jsonl"), str(pred))
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[-1] == "figures: P=0.000 R=0.000 F1=0.000 (tp 0, fp 0, fn 40)"
    assert proc.stderr.splitlines() == [
        f"zhfigures: 0 of 1 gold document found in {pred}; 4 output documents not in the gold (-v lists them)",
        f"zhfigures: nothing to score: no document of {GOLD / 'govreport-2022.jsonl'} is in {pred} "
        "(its doc_ids are the input file names without extension)",
    ]


@pytest.mark.slow
def test_gold_and_output_swapped_is_named():
    gold = GOLD / "figures.jsonl"
    proc = run_cli("evaluate", str(PRED), str(gold))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == (f"zhfigures: the arguments are the wrong way round: {PRED} is a figures output (it has "
                           f"sentence, no context or status) and {gold} a gold file; the gold comes first: "
                           f"zhfigures evaluate {gold} {PRED}\n")


@pytest.mark.parametrize(("gold", "pred", "message"), [
    pytest.param([], [{"doc_id": "a", "value": "1", "sentence": "x"}], "G: no rows: a gold file has one JSON object per line",
                 id="empty-gold"),
    pytest.param([{"doc_id": "a", "value": "1", "mention": "1"}], [],
                 "G: not a gold file: no indicator, context, status columns", id="gold-lacks-columns"),
    pytest.param([{"doc_id": "a", "value": "1", "sentence": "x"}], [{"doc_id": "a", "value": "1", "sentence": "x"}],
                 "G: not a gold file: no mention, indicator, context, status columns (it looks like a figures output: "
                 "the gold file comes first)", id="two-outputs"),
    pytest.param([{k: "x" for k in ("doc_id", "mention", "value", "indicator", "context", "status")}],
                 [{"doc_id": "a", "value": "1", "mention": "1"}], "P: not a figures output: no sentence column",
                 id="output-lacks-sentence"),
    pytest.param([{k: "x" for k in ("doc_id", "mention", "value", "indicator", "context", "status")}],
                 [{k: "x" for k in ("doc_id", "mention", "value", "indicator", "context", "status")}],
                 "P: not a figures output: no sentence column (it looks like a gold file: it goes first)",
                 id="two-golds"),
])
def test_inputs_that_cannot_be_scored_say_why(gold, pred, message):
    with pytest.raises(InputError) as e:
        check_inputs(gold, pred, "G", "P")
    assert str(e.value) == message


@pytest.mark.slow
def test_an_output_with_no_figures_scores_zero_and_exits_1(tmp_path):
    pred = tmp_path / "figures.csv"
    pred.write_text(PRED.read_text(encoding="utf-8-sig").splitlines()[0] + "\n", encoding="utf-8-sig")
    proc = run_cli("evaluate", str(GOLD / "figures.jsonl"), str(tmp_path))
    assert proc.returncode == 1
    assert f"zhfigures: 0 of 2 gold documents found in {pred} (-v lists them)" in proc.stderr.splitlines()
