#!/usr/bin/env bash
# Builds the one-folder desktop bundle with PyInstaller: dist/mr-decision-aid/ holds
# `mr-decision-aid` (the window) and `decisionaid` (the command line) and runs without Python.
# Copy the whole folder; scripts/install-desktop.sh adds it to the application menu.
# Usage: scripts/bundle.sh [--smoke]   (--smoke: run both bundled programs once afterwards)
# BUNDLE_DIST (default dist) and BUNDLE_WORK (default build/bundle) choose the folders.
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=0
[ "${1:-}" = "--smoke" ] && smoke=1
start=$(date +%s)
bash scripts/setup-venv.sh app
pip=(.venv/bin/python -m pip -q --disable-pip-version-check)
"${pip[@]}" install --group build --group bundle
work=${BUNDLE_WORK:-build/bundle}
dist=${BUNDLE_DIST:-dist}
app="$dist/mr-decision-aid"
rm -rf "$work" "$app"
mkdir -p "$work"
# the package as a user installs it (resources/ as package data), for PyInstaller to analyse
.venv/bin/python -m build --wheel --no-isolation --outdir "$work/wheel" . >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
"${pip[@]}" install --no-deps --target "$work/site" "$work"/wheel/*.whl
# --log-level ERROR: PyInstaller's warnings here are about Windows DLLs and optional GTK themes
BUNDLE_SITE="$(cd "$work/site" && pwd)" .venv/bin/pyinstaller --noconfirm --clean \
  --log-level ERROR --distpath "$dist" --workpath "$work/pyinstaller" packaging/mr-decision-aid.spec
cp LICENSE "$app/LICENSE.txt"
echo "bundle: $app ($(du -sh "$app" | cut -f1), $(( $(date +%s) - start )) s)"
if [ "$smoke" -eq 1 ]; then
  out=$(mktemp -d)
  example=resources/examples/primary_c2_lv_dysfunction.json
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$app/mr-decision-aid" --quit-after 500
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$app/mr-decision-aid" --export-smoke "$example" "$out/export.pdf"
  "$app/decisionaid" report "$example" -o "$out/summary.pdf"
  echo "bundle: smoke test passed (window opened and closed; export and CLI rendered a summary)"
  rm -rf "$out"
fi
