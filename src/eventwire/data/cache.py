"""The user's cache of indexes built from the data tables (EVENTWIRE_CACHE_DIR, default
~/.cache/eventwire): building one takes seconds, loading its pickle a fraction of that."""

from __future__ import annotations

import os
import pickle
from pathlib import Path


def cache_dir() -> Path:
    return Path(os.environ.get("EVENTWIRE_CACHE_DIR") or Path.home() / ".cache" / "eventwire")


def store_pickle(path: Path, obj: object, stale_pattern: str) -> None:
    """Write `obj` to `path` atomically (another process may be reading the cache) and remove the
    files matching `stale_pattern` beside it that older formats or data left.  Raises OSError when the
    cache cannot be written; the caller decides whether that is worth a word."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as f:
        pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    for stale in path.parent.glob(stale_pattern):
        if stale != path:
            stale.unlink(missing_ok=True)
