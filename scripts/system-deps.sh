#!/usr/bin/env bash
# Installs (or checks) the system libraries the stack needs on Debian/Ubuntu:
# WeasyPrint's Pango/HarfBuzz and Qt's EGL/xkb/xcb libraries. Safe to run repeatedly:
# it runs `apt-get update` once, and only when something is missing.
set -euo pipefail

PKGS=(
  # WeasyPrint (PDF summary)
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libfontconfig1
  # Qt 6 (offscreen and on a real desktop)
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; please install Pango, HarfBuzz and Qt 6's xcb/EGL libraries yourself." >&2
  exit 0
fi

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "system-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo"
else
  echo "system-deps: these system packages are missing and I cannot install them without root:" >&2
  echo "    sudo apt-get install -y ${missing[*]}" >&2
  echo "Run that command, then try again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if ! $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; then
  echo "system-deps: apt-get could not install: ${missing[*]}" >&2
  echo "The PDF summary needs Pango and HarfBuzz; the window needs Qt's xcb/EGL libraries." >&2
  exit 1
fi
