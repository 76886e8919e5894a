#!/usr/bin/env bash
# Adds the MR Decision Aid to the desktop's application menu: the .desktop entry, the icon and
# the AppStream metainfo, for this user (default) or for everyone (--system, as root).
#
# Usage: scripts/install-desktop.sh [--system] [--exec PROGRAM] [--uninstall]
#   PROGRAM defaults to the bundle (dist/mr-decision-aid/mr-decision-aid) if it was built,
#   else .venv/bin/mr-decision-aid (after scripts/run.sh or setup-venv.sh).
# DESTDIR=... installs into a staging folder (for packagers and tests).
set -euo pipefail
cd "$(dirname "$0")/.."
ID=org.mrdecisionaid.MRDecisionAid
system=0 uninstall=0 exec_path=""
while [ $# -gt 0 ]; do
  case "$1" in
    --system) system=1 ;;
    --uninstall) uninstall=1 ;;
    --exec) exec_path=${2:?--exec needs a program}; shift ;;
    *) echo "usage: $0 [--system] [--exec PROGRAM] [--uninstall]" >&2; exit 2 ;;
  esac
  shift
done
if [ "$system" -eq 1 ]; then
  share=/usr/local/share
else
  share=${XDG_DATA_HOME:-$HOME/.local/share}
fi
root="${DESTDIR:-}$share"
apps="$root/applications" icons="$root/icons/hicolor/scalable/apps" meta="$root/metainfo"

if [ "$uninstall" -eq 1 ]; then
  rm -f "$apps/$ID.desktop" "$icons/$ID.svg" "$meta/$ID.metainfo.xml"
  echo "install-desktop: removed the menu entry from $root"
  exit 0
fi
if [ -z "$exec_path" ]; then
  for candidate in dist/mr-decision-aid/mr-decision-aid .venv/bin/mr-decision-aid; do
    if [ -x "$candidate" ]; then exec_path="$(pwd)/$candidate"; break; fi
  done
fi
if [ -z "$exec_path" ] || [ ! -x "$exec_path" ]; then
  echo "install-desktop: no program to launch. Run scripts/run.sh (or scripts/bundle.sh) first," >&2
  echo "or name it with --exec PROGRAM." >&2
  exit 1
fi
case "$exec_path" in *[[:space:]\"\'\\\`\$]*)
  echo "install-desktop: the program path must not contain spaces or quotes: $exec_path" >&2; exit 1 ;;
esac
mkdir -p "$apps" "$icons" "$meta"
sed "s|^Exec=.*|Exec=$exec_path|" "packaging/$ID.desktop" > "$apps/$ID.desktop.tmp"
mv "$apps/$ID.desktop.tmp" "$apps/$ID.desktop"
install -m 644 resources/icons/mr-decision-aid.svg "$icons/$ID.svg"
install -m 644 "packaging/$ID.metainfo.xml" "$meta/$ID.metainfo.xml"
if [ -z "${DESTDIR:-}" ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$root/icons/hicolor" || true
fi
echo "install-desktop: added \"MR Decision Aid\" to the application menu ($apps/$ID.desktop)"
