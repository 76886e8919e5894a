"""CLI output that cannot be written: one line on stderr and a non-zero exit, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, env: dict | None = None, stdout=subprocess.PIPE, pipe_reader: bool = False):
    cmd = [sys.executable, "-m", "decisionaid", *args]
    full_env = {**os.environ, **(env or {})}
    if pipe_reader:  # a reader that leaves after 10 bytes, as `| head -c 10` does
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=full_env)
        proc.stdout.read(10)
        proc.stdout.close()
        err = proc.stderr.read().decode()
        return proc.wait(60), err
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


def test_a_closed_pipe_is_quiet():
    # `decisionaid schema | head`: the reader left on purpose, so no message, like any Unix tool
    rc, err = run("schema", pipe_reader=True)
    assert rc == 141 and err == "", err


def test_a_terminal_that_cannot_show_the_characters():
    rc, err = run("schema", env={"PYTHONIOENCODING": "ascii"})
    assert rc != 0 and "PYTHONIOENCODING=utf-8" in one_line(err)


def test_an_error_message_with_non_ascii_on_an_ascii_terminal(tmp_path):
    bad = tmp_path / "case.json"
    bad.write_text('{"heart": {"lvef_pct": 400}}')
    rc, err = run("assess", str(bad), env={"PYTHONIOENCODING": "ascii"})
    assert rc == 2 and "5\\u201390 %" in one_line(err)  # the en dash, escaped, not a crash
