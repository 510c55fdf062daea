#!/usr/bin/env bash
# Install, code the bundled sample articles (events printed as a table), build a demo event
# store from them and open the dashboard at http://127.0.0.1:8000/ (Ctrl-C stops it).
# Set EVENTWIRE_DEMO_NO_SERVE=1 to build the store without serving.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/eventwire code samples/articles.jsonl --format table --quiet
if [ "${EVENTWIRE_DEMO_NO_SERVE:-0}" = "1" ]; then
  .venv/bin/eventwire demo --db demo.duckdb --no-serve
else
  echo "Dashboard: http://127.0.0.1:8000/  (Ctrl-C to stop)"
  .venv/bin/eventwire demo --db demo.duckdb
fi
