#!/usr/bin/env bash
# Install (idempotent) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/python -m mypy  # [tool.mypy] in pyproject.toml: coding/ and pipeline.py
.venv/bin/python -m pytest -q "$@"
