"""Whether a build writes the same tables as before: for speed work, whose outputs must stay byte-identical.

    python bench/same_outputs.py save REF            # run extract on corpus/ and ../shared/corpus-dev into REF
    python bench/same_outputs.py check REF           # run again into a temporary folder, compare every file

`--zhfigures PATH` chooses the CLI (default: the one next to this Python), so a compiled and a pure install
can be checked against the same reference. Exit 1 and the differing files named when anything differs.
"""
from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {"corpus": ROOT / "corpus", "corpus-dev": ROOT.parent / "shared" / "corpus-dev"}


def extract(cli: str, out: Path, also: list[Path]) -> None:
    for name, folder in [*CORPORA.items(), *((f.name, f) for f in also)]:
        if not folder.is_dir():
            print(f"skipped {name}: {folder} not found", file=sys.stderr)
            continue
        subprocess.run([cli, "extract", str(folder), "-o", str(out / name), "--format", "csv,jsonl", "--jobs", "1"],
                       check=True, stdout=subprocess.DEVNULL)


def compare(ref: Path, new: Path) -> list[str]:
    ref_files = sorted(p.relative_to(ref) for p in ref.rglob("*") if p.is_file())
    new_files = sorted(p.relative_to(new) for p in new.rglob("*") if p.is_file())
    diffs = [f"only in one: {p}" for p in sorted(set(ref_files) ^ set(new_files))]
    diffs += [f"differs: {p}" for p in ref_files
              if p in new_files and not filecmp.cmp(ref / p, new / p, shallow=False)]
    return diffs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("save", "check"))
    ap.add_argument("ref", type=Path)
    ap.add_argument("--also", type=Path, action="append", default=[],
                    help="one more input folder (e.g. the bench's 2 MB corpus); repeatable")
    ap.add_argument("--zhfigures", default=str(Path(sys.executable).with_name("zhfigures")))
    args = ap.parse_args()
    if args.action == "save":
        extract(args.zhfigures, args.ref, args.also)
        print(f"saved {sum(1 for p in args.ref.rglob('*') if p.is_file())} files in {args.ref}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        extract(args.zhfigures, Path(tmp), args.also)
        diffs = compare(args.ref, Path(tmp))
        n = sum(1 for p in args.ref.rglob("*") if p.is_file())
    print("\n".join(diffs) or f"same: all {n} files byte-identical")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
