#!/usr/bin/env bash
# Installs the app (first time) and launches the MR decision aid window.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh app
exec .venv/bin/mr-decision-aid "$@"
