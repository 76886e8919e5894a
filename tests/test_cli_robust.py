"""The command line never shows a traceback: every --help, usage errors, closed pipes, Ctrl+C."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys

import pytest

from decisionaid import __version__
from decisionaid.cli import EXIT_BROKEN_PIPE, EXIT_INTERRUPTED, build_parser, main

CLI = [sys.executable, "-m", "decisionaid"]


def exit_status(argv: list[str]) -> int:
    """main() returns a status; argparse's own exits (help, usage) raise SystemExit."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


def subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(action.choices)


def test_all_known_subcommands_are_registered():
    assert {"schema", "example", "assess", "euroscore", "report"} <= set(subcommands())


@pytest.mark.parametrize("name", subcommands())
def test_every_subcommand_help_prints_usage_and_exits_0(name, capsys):
    assert exit_status([name, "--help"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"usage: decisionaid {name}")
    assert "Traceback" not in out + err


def test_top_level_help_lists_every_subcommand(capsys):
    assert exit_status(["--help"]) == 0
    out = capsys.readouterr().out
    for name in subcommands():
        assert name in out


def test_version_is_the_package_version(capsys):
    assert exit_status(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"decisionaid {__version__}"


@pytest.mark.parametrize(
    "argv, message",
    [
        ([], "the following arguments are required: command"),
        (["nonsense"], "invalid choice: 'nonsense'"),
        (["assess"], "the following arguments are required: case"),
        (["assess", "x.json", "--guideline", "nice-2019"], "invalid choice: 'nice-2019'"),
        (["euroscore", "--nyha", "V"], "argument --nyha: invalid choice: 'V'"),
        (["euroscore", "--sex", "other"], "argument --sex: invalid choice: 'other'"),
        (["euroscore", "--lvef"], "argument --lvef: expected one argument"),
        (["report", "x.json"], "required: -o/--output"),
    ],
)
def test_usage_errors_are_one_message_and_status_2(argv, message, capsys):
    assert exit_status(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_unexpected_error_is_one_line_without_traceback(monkeypatch, capsys):
    import decisionaid.cli as cli

    def boom(args):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "cmd_schema", boom)
    monkeypatch.delenv("DECISIONAID_DEBUG", raising=False)
    parser = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda: _with_func(parser(), "schema", boom))
    assert main(["schema"]) == 1
    err = capsys.readouterr().err
    assert "unexpected error (RuntimeError)" in err and "Traceback" not in err


def _with_func(parser, name, func):
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    action.choices[name].set_defaults(func=func)
    return parser


@pytest.mark.parametrize("argv", [["schema"], ["--help"], ["euroscore", "--help"], ["example"]])
def test_closed_pipe_exits_quietly(argv):
    """Like `decisionaid schema | head -c 1`: the reader closes after the first byte."""
    proc = subprocess.Popen([*CLI, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(1)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    rc = proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert rc in (0, EXIT_BROKEN_PIPE)  # 0 if everything fitted in the pipe before it closed


def test_schema_into_a_closed_pipe_is_status_141():
    """The schema is larger than a pipe buffer, so the write really fails."""
    r, w = os.pipe()
    os.close(r)
    proc = subprocess.run([*CLI, "schema"], stdout=w, stderr=subprocess.PIPE, timeout=60)
    os.close(w)
    assert proc.returncode == EXIT_BROKEN_PIPE
    assert proc.stderr == b""


SLOW_COMMAND = """
import sys, time
from decisionaid import cli, cli_assess
def slow(args):
    print("working", flush=True)
    time.sleep(60)
cli_assess.cmd_assess = slow  # the real parser and main(), a command that takes its time
sys.exit(cli.main(["assess", sys.argv[1], "--guideline", "acc-aha-2020"]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGINT delivered to a child (POSIX)")
def test_interrupted_run_exits_130_without_traceback(tmp_path):
    """Ctrl+C while a command is working: status 130, one line, no traceback."""
    case = tmp_path / "case.json"
    case.write_text('{"schema_version": 1}')
    proc = subprocess.Popen([sys.executable, "-c", SLOW_COMMAND, str(case)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline() == b"working\n", proc.stderr.read()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT_INTERRUPTED, err
    assert b"Traceback" not in err and b"interrupted" in err and err.count(b"\n") == 1
