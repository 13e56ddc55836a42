"""Which stage modules run compiled, and that an edited source always runs.

`pip install` compiles the modules of the per-document hot path with mypyc (`COMPILED` in setup.py;
`ZHFIGURES_PURE_PYTHON=1` at install time skips it) and records the digest of each source it compiled in
`compiled.json` (module name relative to the package → `digest(source)`). An editable install puts each extension
next to its source, and Python's own import would take the extension: a source edited afterwards would
run as it was compiled. It never does: `pipeline/__init__.py` calls `use_sources_if_stale()` before any
stage module is imported, and when any compiled module's source differs from its record (or the record
is missing), a finder put first on `sys.meta_path` imports **every** compiled module of the package from
its source. Every one, not only the edited ones: the extensions are one mypyc group and call each other
directly, so an edited module must not run beside the old copy of itself compiled into the others. The
run is then as fast as a pure install until `pip install -e .` compiles again; `stale()` names the
edited modules (bench/run.py prints them, and tests/test_compiled.py fails until the reinstall).
"""
from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Iterable
from zlib import crc32

FOLDER = Path(__file__).resolve().parent
RECORD = FOLDER / "compiled.json"
# set to 1 at run time: every compiled module imports from its source, as when one is stale (a compiled install
# run as the pure-Python one: the differential tests that patch a stage's function need it, since compiled callers
# call a module's functions directly)
SOURCES_ENV = "ZHFIGURES_SOURCES"
SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def digest(source: bytes) -> str:
    """What compiled.json records of a source (setup.py computes the same): its CRC-32, which tells an edit
    apart as surely as this needs, without importing hashlib (OpenSSL) at every start (0.005-0.02 s)."""
    return f"crc32:{crc32(source):08x}"


def _module_name(path: Path, folder: Path) -> str:
    """`numbers`, `figures.clause`: a file's module name relative to the package folder, without suffix."""
    return ".".join(path.relative_to(folder).parts)


def extensions(folder: Path = FOLDER) -> dict[str, Path]:
    """Module name (relative to the package: `numbers`, `figures.clause`) → its compiled extension, for the
    modules of the package folder and its sub-packages that have a source too."""
    out = {}
    for path in sorted(folder.rglob("*")):
        stem = next((path.name[: -len(s)] for s in SUFFIXES if path.name.endswith(s)), None)
        if stem and (path.parent / f"{stem}.py").is_file():
            out[_module_name(path.with_name(stem), folder)] = path
    return out


def source_of(name: str, folder: Path = FOLDER) -> Path:
    """The source file of a module named relative to the package (`figures.clause` → figures/clause.py)."""
    return folder.joinpath(*name.split(".")).with_suffix(".py")


def running_compiled(name: str) -> bool:
    """Whether `pipeline.NAME`, imported, is its compiled extension."""
    return str(getattr(importlib.import_module(f"pipeline.{name}"), "__file__", "")).endswith(SUFFIXES)


def stale(folder: Path = FOLDER) -> list[str]:
    """Modules whose extension was not built from their source as it is now (without the finder of
    `use_sources_if_stale`, the extension is what Python would run)."""
    found = extensions(folder)
    if not found:
        return []
    try:
        built = json.loads((folder / RECORD.name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        built = {}
    return sorted(name for name in found
                  if built.get(name) != digest(source_of(name, folder).read_bytes()))


class SourcesFirst:
    """Imports the named modules of a package from their `.py` sources, never from an extension beside them.

    A meta path finder by its `find_spec` (what `sys.meta_path` asks of one); not derived from
    `importlib.abc.MetaPathFinder`, whose module imports importlib.resources and tempfile at every start."""

    def __init__(self, package: str, folder: Path, modules: Iterable[str]):
        self.package = package
        self.sources: dict[str, Path] = {}
        for name in modules:
            source = source_of(name, folder)
            full = f"{package}.{name}"
            if name == "__init__" or name.endswith(".__init__"):
                full = f"{package}.{name.removesuffix('__init__').rstrip('.')}".rstrip(".")
            self.sources[full] = source

    def find_spec(self, fullname, path=None, target=None):
        source = self.sources.get(fullname)
        if source is None:
            return None
        package = source.name == "__init__.py"
        return importlib.util.spec_from_file_location(
            fullname, source, submodule_search_locations=[str(source.parent)] if package else None)


def use_sources_if_stale(package: str = "pipeline", folder: Path = FOLDER) -> list[str]:
    """When a compiled module's source was edited since it was compiled, or SOURCES_ENV is 1, make every compiled
    module of `package` import from its source (a `SourcesFirst` first on sys.meta_path, once); the edited names."""
    edited = stale(folder)
    forced = os.environ.get(SOURCES_ENV) == "1"
    if (edited or forced) and not any(isinstance(f, SourcesFirst) and f.package == package for f in sys.meta_path):
        loaded = [f"{package}.{m}" for m in extensions(folder) if f"{package}.{m}" in sys.modules]
        if loaded:  # too late to choose: say so and how to fix it, never run the old code silently
            why = f"{', '.join(edited)} changed since compiled" if edited else f"{SOURCES_ENV}=1"
            raise ImportError(f"{package}: {why}, and {', '.join(loaded)} were imported before the check: run "
                              "`pip install -e .` again (or install with ZHFIGURES_PURE_PYTHON=1 to run the "
                              "sources as they are)")
        sys.meta_path.insert(0, SourcesFirst(package, folder, extensions(folder)))
    return edited
