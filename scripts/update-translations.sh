#!/usr/bin/env bash
# Refreshes the Qt translation sources (resources/translations/*.ts) from every tr() string in
# ui/, keeping finished translations and dropping strings the code no longer has.
# mrda_en.ts is the source-language file; mrda_<lang>.ts gets its target language.
# Compile them with scripts/build-translations.sh (the .qm files are never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in resources/translations/*.ts; do
  lang=$(basename "$ts" .ts); lang=${lang#mrda_}
  case "$lang" in
    en) target=() ;;
    es) target=(-target-language es_ES) ;;
    *) target=(-target-language "$lang") ;;
  esac
  .venv/bin/pyside6-lupdate ui/*.py -ts "$ts" -no-obsolete "${target[@]}"
done
