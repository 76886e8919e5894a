"""CLI output that cannot be written (a full device, a terminal that cannot show the characters):
one line on stderr and a non-zero exit, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, env: dict | None = None, stdout=subprocess.PIPE):
    cmd = [sys.executable, "-m", "decisionaid", *args]
    full_env = {**os.environ, **(env or {})}
    r = subprocess.run(cmd, cwd=REPO, stdout=stdout, stderr=subprocess.PIPE, env=full_env,
                       timeout=60)
    return r.returncode, r.stderr.decode()


def one_line(err: str) -> str:
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert err.count("\n") == 1 and err.startswith("decisionaid: error:"), err
    return err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_device():
    with open("/dev/full", "wb") as full:
        rc, err = run("schema", stdout=full)
    assert rc != 0 and "No space left" in one_line(err)


# A closed pipe is quiet with status 141: tests/test_cli_robust.py.


def test_a_terminal_that_cannot_show_the_characters():
    rc, err = run("schema", env={"PYTHONIOENCODING": "ascii"})
    assert rc != 0 and "PYTHONIOENCODING=utf-8" in one_line(err)


def test_an_error_message_with_non_ascii_on_an_ascii_terminal(tmp_path):
    bad = tmp_path / "case.json"
    bad.write_text('{"heart": {"lvef_pct": 400}}')
    rc, err = run("assess", str(bad), env={"PYTHONIOENCODING": "ascii"})
    assert rc == 2 and "5\\u201390 %" in one_line(err)  # the en dash, escaped, not a crash
