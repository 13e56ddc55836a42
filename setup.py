"""Build step for the compiled stages; everything else about the package is in pyproject.toml.

The modules of the per-document hot path (COMPILED) are compiled with mypyc, which turns the same typed
Python into C extensions (the stages run about a third faster; docs/scale.md has the numbers). The code
is the same either way. Set ZHFIGURES_PURE_PYTHON=1 when installing to skip the compiler (no C compiler
on the machine, or work on these modules without reinstalling). An editable install builds each extension
next to its source; when a source is edited afterwards, `import pipeline` sees it from the hashes recorded
in pipeline/compiled.json and imports every compiled module from its source until the next install
(pipeline/compiled.py).
"""
import importlib.machinery
import json
import os
from pathlib import Path
from zlib import crc32

from setuptools import setup

COMPILED = [
    "pipeline/once.py",
    "pipeline/bisection.py",
    "pipeline/scan.py",
    "pipeline/numerals.py",
    "pipeline/numbers.py",
    "pipeline/masks.py",
    "pipeline/gazetteer.py",
    "pipeline/segment.py",
    "pipeline/figures/words.py",
    "pipeline/figures/candidates.py",
    "pipeline/figures/mentions.py",
    "pipeline/figures/clause.py",
    "pipeline/figures/change.py",
    "pipeline/figures/lists.py",
    "pipeline/figures/indicator.py",
    "pipeline/figures/kind.py",
    "pipeline/figures/period.py",
    "pipeline/figures/place.py",
    "pipeline/figures/extract.py",
    "pipeline/structure.py",
    "pipeline/normalize.py",
    "pipeline/profile.py",
    "pipeline/furniture.py",
    "pipeline/placelabel.py",
    "pipeline/context/timex.py",
    "pipeline/context/claim.py",
    "pipeline/context/measure.py",
    "pipeline/context/resolver.py",
    "pipeline/excerpt.py",
    "pipeline/locate.py",
]
RECORD = Path("pipeline/compiled.json")  # module → digest of the source its extension was built from
SHARED = "pipeline.native"  # the library the extensions share: pipeline/native__mypyc.*.so


def module(path: str) -> str:
    """pipeline/figures/extract.py → figures.extract: a compiled module's name inside the package."""
    return str(Path(path).relative_to("pipeline").with_suffix("")).replace("/", ".")


def remove_extensions() -> None:
    """A pure install removes what an earlier compiled install left next to the sources."""
    stems = [Path(p).with_suffix("") for p in COMPILED] + [Path(SHARED.replace(".", "/") + "__mypyc")]
    for stem in stems:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            stem.with_name(stem.name + suffix).unlink(missing_ok=True)
    RECORD.unlink(missing_ok=True)


def ext_modules():
    if os.environ.get("ZHFIGURES_PURE_PYTHON", "") not in ("", "0"):
        remove_extensions()
        return []
    from mypyc.build import mypycify

    # the digest of pipeline.compiled.digest (not imported: the package is not built yet)
    RECORD.write_text(json.dumps({module(p): f"crc32:{crc32(Path(p).read_bytes()):08x}" for p in COMPILED},
                                 indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return mypycify(COMPILED, opt_level="3", group_name=SHARED)


setup(ext_modules=ext_modules())
