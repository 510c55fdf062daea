#!/usr/bin/env bash
# Install, then code the bundled sample articles and print the events as a table.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/eventwire code samples/articles.jsonl --format table
