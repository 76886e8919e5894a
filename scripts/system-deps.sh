#!/usr/bin/env bash
# Checks, and where it can installs, the Debian/Ubuntu system packages the aid needs.
#
# Usage: scripts/system-deps.sh [cli|test|app]      (default: app)
#   cli   the command line and the PDF summary: Python's venv, Pango and HarfBuzz (WeasyPrint)
#   test  cli + the Qt libraries the headless (offscreen) window needs
#   app   test + Qt's display (xcb) libraries, for the window on a desktop
#
# It first says what is missing, then installs it: as root directly, otherwise with sudo if sudo
# exists; without either it prints the one command to run. `apt-get update` runs once, and only
# when something is missing. Debian 13 / Ubuntu 24.04 renamed some libraries with a `t64` suffix
# (e.g. libglib2.0-0t64); either name counts as installed, and the name apt knows is installed.
set -euo pipefail

what=${1:-app}
CLI_PKGS=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libfontconfig1)
QT_PKGS=(libegl1 libgl1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libfontconfig1)
DISPLAY_PKGS=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1)
case "$what" in
  cli) PKGS=("${CLI_PKGS[@]}") ;;
  test) PKGS=("${CLI_PKGS[@]}" "${QT_PKGS[@]}") ;;
  app) PKGS=("${CLI_PKGS[@]}" "${QT_PKGS[@]}" "${DISPLAY_PKGS[@]}") ;;
  *) echo "usage: $0 [cli|test|app]" >&2; exit 2 ;;
esac
PY=${PYTHON:-python3}

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system, so nothing was checked. The aid needs Python 3.11+" \
       "with venv, Pango and HarfBuzz (PDF summary) and, for the window, Qt 6's EGL/xkb/xcb libraries." >&2
  exit 0
fi

installed() {  # a package counts as installed under its own or its t64 name
  local p
  for p in "$1" "${1}t64"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" && return 0
  done
  return 1
}

missing=()
if ! command -v "$PY" >/dev/null 2>&1; then
  missing+=(python3 python3-venv)
elif ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  missing+=(python3-venv)
fi
for p in "${PKGS[@]}"; do
  installed "$p" || [[ " ${missing[*]} " == *" $p "* ]] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "system-deps: missing system packages ($what): ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
  SUDO=(sudo)
else
  prefix="as root: "
  command -v sudo >/dev/null 2>&1 && prefix="sudo "
  echo "system-deps: I cannot install them without root. Please run:" >&2
  echo "    ${prefix}apt-get update && ${prefix}apt-get install -y ${missing[*]}" >&2
  echo "(on Debian 13 / Ubuntu 24.04 some names end in t64, e.g. libglib2.0-0t64), then try again." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
names=()
for p in "${missing[@]}"; do  # install the name this release knows (t64 rename)
  if [ -n "$(apt-cache policy "${p}t64" 2>/dev/null | grep 'Candidate:' | grep -v '(none)')" ]; then
    names+=("${p}t64")
  else
    names+=("$p")
  fi
done
echo "system-deps: installing ${names[*]}"
if ! "${SUDO[@]}" apt-get install -y -qq "${names[@]}" >/dev/null; then
  echo "system-deps: apt-get could not install: ${names[*]}" >&2
  echo "The PDF summary needs Pango and HarfBuzz; the window needs Qt's EGL/xkb/xcb libraries." >&2
  exit 1
fi
