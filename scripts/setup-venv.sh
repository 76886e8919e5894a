#!/usr/bin/env bash
# Creates .venv (if needed) and installs the project into it, editable.
# Usage: scripts/setup-venv.sh [app|test|cli]    (default: app)
#   app   the window and the command line
#   test  app + the test tools (the `test` extra and the `build` dependency group)
#   cli   the command line and PDF summary only; skips Qt's display libraries
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-app}
PY=${PYTHON:-python3}
if ! command -v "$PY" >/dev/null 2>&1 \
   || ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "setup: Python 3.11 or newer is needed (found: $("$PY" --version 2>&1 || echo none))." >&2
  exit 1
fi
case "$what" in
  app|cli) target=(-e .) ;;
  test) target=(-e ".[test]" --group build) ;;
  *) echo "usage: $0 [app|test|cli]" >&2; exit 2 ;;
esac
bash scripts/system-deps.sh "$what"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
pip=(.venv/bin/python -m pip -q --disable-pip-version-check)
"${pip[@]}" install --upgrade "pip>=25.1"  # 25.1+ reads dependency groups (--group)
# setuptools' notice about editable installs (same-named folders in the working directory) is
# about this very checkout, which is what an editable install is for: keep the output quiet.
PYTHONWARNINGS="ignore:Editable installation" "${pip[@]}" install "${target[@]}"
# the window's compiled translations (.qm, never committed); the cli install has no Qt tools
if [ -x .venv/bin/pyside6-lrelease ]; then bash scripts/build-translations.sh; fi
