"""No output dump creeps into the repository: every tracked file outside src/eventwire/data/ is under 1 MB."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LIMIT_BYTES = 1_000_000
DATA_PREFIX = "src/eventwire/data/"  # lexicons and tables may grow; they are product data


def tracked_files() -> list[str]:
    """Paths git tracks, relative to the repository root; the test skips outside a git checkout."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    proc = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=False)
    if proc.returncode != 0:
        pytest.skip("not a git checkout")
    return [p for p in proc.stdout.decode("utf-8").split("\0") if p]


def test_no_tracked_file_outside_the_data_folder_exceeds_1_mb():
    too_big = [
        (path, (REPO / path).stat().st_size)
        for path in tracked_files()
        if not path.startswith(DATA_PREFIX) and (REPO / path).is_file() and (REPO / path).stat().st_size > LIMIT_BYTES
    ]
    assert too_big == [], f"tracked files over {LIMIT_BYTES} bytes (dumps belong outside the repository): {too_big}"
