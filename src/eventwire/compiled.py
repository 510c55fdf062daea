"""The compiled build's guard: never run a compiled module whose source has changed since it was built.

`scripts/compile_coder.py` writes C extension modules beside their sources, which Python imports before
the `.py` files, and records each source's hash in `_compiled.json`. An edit made after the build would
be silently ignored; importing eventwire checks the hashes first and stops with what to do.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .data import PACKAGE_DIR

STAMP = PACKAGE_DIR / "_compiled.json"


class StaleCompiledModules(ImportError):
    pass


def compiled_sources(stamp: Path = STAMP) -> dict[str, str]:
    """The sources of the compiled modules (paths relative to src/) with their hashes at build time;
    empty for the Python build."""
    if not stamp.exists():
        return {}
    return json.loads(stamp.read_text(encoding="utf-8"))


def check_compiled_modules(stamp: Path = STAMP) -> None:
    """Raise StaleCompiledModules when a compiled module's source differs from the one it was built from
    (the stamp's paths are relative to the directory that holds the package)."""
    sources = compiled_sources(stamp)
    root = stamp.parent.parent
    changed = [name for name, digest in sources.items()
               if not (root / name).exists() or hashlib.sha256((root / name).read_bytes()).hexdigest() != digest]
    if changed:
        more = f" and {len(changed) - 1} more" if len(changed) > 1 else ""
        raise StaleCompiledModules(
            f"eventwire: the compiled modules are older than their sources ({changed[0]}{more} changed since "
            "the build): run `python scripts/compile_coder.py` again, or `--clean` to run the Python sources")
