#!/usr/bin/env bash
# Refreshes the Qt translation sources (resources/translations/*.ts) from every tr() string in
# ui/, keeping finished translations and dropping strings the code no longer has.
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in resources/translations/*.ts; do
  .venv/bin/pyside6-lupdate ui/*.py -ts "$ts" -no-obsolete
done
