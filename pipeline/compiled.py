"""Which stage modules run compiled, and a check that none runs stale.

`pip install` compiles the modules of the per-document hot path with mypyc (`COMPILED` in setup.py;
`ZHFIGURES_PURE_PYTHON=1` at install time skips it) and records the hash of each source it compiled in
`compiled.json`. An editable install puts each extension next to its source, and Python imports the
extension: a source edited afterwards runs as it was compiled until the next `pip install -e .`.
`stale()` names such modules, and importing `pipeline` warns about them.
"""
from __future__ import annotations

import hashlib
import importlib
import importlib.machinery
import json
import warnings
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
RECORD = FOLDER / "compiled.json"
SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def extensions(folder: Path = FOLDER) -> dict[str, Path]:
    """Module name → its compiled extension in the package folder (for the modules that have a source too)."""
    out = {}
    for path in folder.rglob("*"):
        stem = next((path.name[: -len(s)] for s in SUFFIXES if path.name.endswith(s)), None)
        if stem and (path.parent / f"{stem}.py").is_file():
            out[source(path.parent / stem, folder)] = path
    return out


def source(stem: Path, folder: Path = FOLDER) -> str:
    """folder/figures/extract → figures.extract: the module's name inside the package."""
    return ".".join(stem.relative_to(folder).parts)


def running_compiled(name: str) -> bool:
    """Whether `pipeline.NAME`, imported, is its compiled extension."""
    return str(getattr(importlib.import_module(f"pipeline.{name}"), "__file__", "")).endswith(SUFFIXES)


def stale(folder: Path = FOLDER) -> list[str]:
    """Modules whose extension was not built from their source as it is now (the extension is what runs)."""
    found = extensions(folder)
    if not found:
        return []
    try:
        built = json.loads((folder / RECORD.name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        built = {}
    return sorted(name for name in found
                  if built.get(name) != hashlib.sha256(folder.joinpath(*name.split(".")).with_suffix(".py")
                                                       .read_bytes()).hexdigest())


def warn_if_stale() -> None:
    names = stale()
    if names:
        warnings.warn(
            f"pipeline: {', '.join(names)} changed since compiled, and run as compiled: run `pip install -e .` "
            "again (or install with ZHFIGURES_PURE_PYTHON=1 to run the sources as they are)",
            RuntimeWarning, stacklevel=3)
