#!/usr/bin/env bash
# Installs everything (system libraries, the app, test tools) and runs the whole suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh test
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
