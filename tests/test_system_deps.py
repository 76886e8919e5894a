"""scripts/system-deps.sh on a simulated Debian: says what is missing first, suggests sudo only
where it exists, asks for Qt's display libraries only for the window, knows the t64 renames."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
import subprocess

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "system-deps.sh"
BASH = shutil.which("bash")

pytestmark = pytest.mark.skipif(not BASH or not shutil.which("grep"), reason="needs bash and grep")


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!" + BASH + "\n" + body)
    path.chmod(0o755)


def run(tmp_path, level="test", *, installed=(), uid=1000, sudo=None, t64=()):
    """Run the script with dpkg-query/apt/id (and optionally sudo) replaced by recording stubs."""
    bin_ = tmp_path / "bin"
    bin_.mkdir(exist_ok=True)
    calls = tmp_path / "calls.txt"
    os.symlink(shutil.which("grep"), bin_ / "grep") if not (bin_ / "grep").exists() else None
    _stub(bin_, "dpkg-query", 'for p in $INSTALLED; do [ "$p" = "${@: -1}" ] && '
                              '{ echo "install ok installed"; exit 0; }; done; exit 1\n')
    _stub(bin_, "id", f'echo {uid}\n')
    _stub(bin_, "apt-get", f'echo "apt-get $*" >> {calls}\n')
    _stub(bin_, "apt-cache", 'for p in $T64; do [ "$p" = "$2" ] && '
                             '{ echo "  Candidate: 1.0"; exit 0; }; done; echo "  Candidate: (none)"\n')
    _stub(bin_, "python-ok", "exit 0\n")
    if sudo == "passwordless":
        _stub(bin_, "sudo", f'[ "$1" = -n ] && exit 0; echo "sudo $*" >> {calls}; "$@"\n')
    elif sudo == "password":
        _stub(bin_, "sudo", "exit 1\n")
    env = {"PATH": str(bin_), "INSTALLED": " ".join(installed), "T64": " ".join(t64),
           "PYTHON": "python-ok"}
    r = subprocess.run([BASH, str(SCRIPT), level], capture_output=True, text=True, env=env,
                       stdin=subprocess.DEVNULL, timeout=60)
    return r, (calls.read_text().splitlines() if calls.exists() else [])


def test_nothing_missing_is_silent(tmp_path):
    import re

    src = SCRIPT.read_text()
    every = set(re.findall(r"\blib[\w.+-]+", src.split("case \"$what\"")[0]))
    r, calls = run(tmp_path, "app", installed=every)
    assert (r.returncode, r.stdout, r.stderr, calls) == (0, "", "", [])


def test_t64_name_counts_as_installed(tmp_path):
    r, calls = run(tmp_path, "cli", installed=["libpango-1.0-0", "libpangoft2-1.0-0",
                                               "libharfbuzz-subset0", "libfontconfig1"])
    assert r.returncode == 0 and calls == []
    pkgs = ["libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0", "libfontconfig1",
            "libegl1", "libgl1", "libxkbcommon0", "libglib2.0-0t64", "libdbus-1-3"]
    r, calls = run(tmp_path, "test", installed=pkgs)
    assert r.returncode == 0 and calls == [], r.stdout + r.stderr


def test_ordinary_user_without_sudo_is_told_the_exact_command_first(tmp_path):
    r, calls = run(tmp_path, "test")
    assert r.returncode == 1 and calls == []  # nothing attempted
    assert r.stdout.startswith("system-deps: missing system packages (test): libpango-1.0-0")
    assert "as root: apt-get update && as root: apt-get install -y libpango-1.0-0" in r.stderr
    assert "sudo" not in r.stdout + r.stderr  # there is no sudo on this machine


def test_sudo_is_suggested_only_where_it_exists(tmp_path):
    r, calls = run(tmp_path, "test", sudo="password")  # sudo exists but needs a password
    assert r.returncode == 1 and calls == []
    assert "sudo apt-get install -y" in r.stderr


def test_passwordless_sudo_installs(tmp_path):
    r, calls = run(tmp_path, "cli", sudo="passwordless")
    assert r.returncode == 0, r.stderr
    assert calls[0] == "sudo apt-get update -qq" and calls[1] == "apt-get update -qq"
    assert any(c.startswith("apt-get install -y -qq libpango-1.0-0") for c in calls)


@pytest.mark.parametrize("level, wanted, not_wanted", [
    ("cli", "libpango-1.0-0", "libegl1"),
    ("test", "libegl1", "libxcb-cursor0"),
    ("app", "libxcb-cursor0", None),
])
def test_display_libraries_are_asked_for_only_for_the_window(tmp_path, level, wanted, not_wanted):
    r, _ = run(tmp_path, level)
    first = r.stdout.splitlines()[0]
    assert wanted in first and (not_wanted is None or not_wanted not in first)


def test_root_runs_update_once_and_installs_the_t64_name(tmp_path):
    have = ["libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0", "libfontconfig1",
            "libegl1", "libgl1", "libxkbcommon0", "libdbus-1-3"]
    r, calls = run(tmp_path, "test", installed=have, uid=0, t64=["libglib2.0-0t64"])
    assert r.returncode == 0, r.stderr
    assert calls == ["apt-get update -qq", "apt-get install -y -qq libglib2.0-0t64"]
    assert r.stdout.splitlines()[0] == "system-deps: missing system packages (test): libglib2.0-0"


def test_unknown_level_is_a_usage_error(tmp_path):
    r, _ = run(tmp_path, "everything")
    assert r.returncode == 2 and "usage" in r.stderr
