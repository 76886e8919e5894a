"""The permission-sensitive tests pass for an ordinary user too, not only for root.

CI runs as root, where a read-only folder is still writable and some error paths never run.
When this suite runs as root, it runs those tests again as the unprivileged `nobody` user
(setpriv, from util-linux); as an ordinary user the whole suite already is that run.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# the tests whose outcome depends on privileges (read-only folders, unwritable paths)
PRIVILEGE_SENSITIVE = ["tests/test_report_write.py", "tests/test_session_files.py"]


def _nobody():
    try:
        return pwd.getpwnam("nobody")
    except KeyError:
        return None


def _as_nobody(cmd: list[str], home: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    user = _nobody()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "TMPDIR": str(home),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1", "LANG": "C.UTF-8"}
    return subprocess.run(
        ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups", *cmd],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0,
                    reason="not root: this whole run is already the unprivileged run")
@pytest.mark.skipif(shutil.which("setpriv") is None, reason="setpriv (util-linux) not installed")
@pytest.mark.skipif(_nobody() is None, reason="no 'nobody' user on this machine")
def test_permission_sensitive_tests_pass_as_an_ordinary_user():
    # pytest's own tmp_path lives in root's private folder; nobody needs a home of its own
    home = Path(tempfile.mkdtemp(prefix="mrda-nonroot-"))
    try:
        os.chown(home, _nobody().pw_uid, _nobody().pw_gid)
        _run_as_nobody(home)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _run_as_nobody(home: Path) -> None:
    probe = _as_nobody([sys.executable, "-c", "import decisionaid, ui, pytest"], home, 60)
    if probe.returncode != 0:
        pytest.skip("the checkout or its virtual environment is not readable by 'nobody': "
                    + probe.stderr.strip().splitlines()[-1][:200])
    r = _as_nobody([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs",
                    "--basetemp", str(home / "pytest"), *PRIVILEGE_SENSITIVE], home)
    out = r.stdout + r.stderr
    assert r.returncode == 0, out[-3000:]
    assert " passed" in out
    assert "root can write" not in out  # the read-only-folder test really ran this time
