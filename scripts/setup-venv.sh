#!/usr/bin/env bash
# Creates .venv (if needed) and installs the project into it, editable.
# Usage: scripts/setup-venv.sh [EXTRAS]   e.g. "test"
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "setup: Python 3.11 or newer is needed (found $("$PY" --version 2>&1))." >&2
  exit 1
fi
bash scripts/system-deps.sh
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
target="."
[ -n "${1:-}" ] && target=".[$1]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e "$target"
