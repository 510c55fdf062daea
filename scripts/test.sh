#!/usr/bin/env bash
# Install (idempotent), lint (ruff), type-check (mypy, the packages listed in pyproject.toml) and run the
# whole test suite.  Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --with-browser
.venv/bin/python -m ruff check .
.venv/bin/python -m mypy
.venv/bin/python -m pytest -q "$@"
