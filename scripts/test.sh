#!/usr/bin/env bash
# Install (idempotent) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --with-browser
.venv/bin/python -m pytest -q "$@"
