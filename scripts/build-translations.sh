#!/usr/bin/env bash
# Compiles the Qt translations (resources/translations/*.ts) into the .qm files the app loads.
# The .qm files are build products, never committed: setup-venv.sh runs this, and so does the
# wheel build (build_translations.py) and the bundle (scripts/bundle.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
lrelease=${LRELEASE:-.venv/bin/pyside6-lrelease}
for ts in resources/translations/*.ts; do
  "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
