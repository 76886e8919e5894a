"""`decisionaid` command-line tool: schema, example, assess, euroscore, report.

Bad input gets a one-line error and a non-zero exit, never a traceback: a closed pipe
(`decisionaid schema | head`) ends quietly with status 141 (as if killed by SIGPIPE), Ctrl+C
with 130, an unexpected error with one line and status 1 (DECISIONAID_DEBUG=1 shows the
traceback, for developers).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence

from pydantic import ValidationError

from . import __version__
from .case import Case, describe_errors


class CLIError(Exception):
    """An error for the user: printed as one line, exit status 2."""


def load_case_file(path: str) -> Case:
    """Read a Case from a JSON file, with a clear one-line error on any problem."""
    from .session import SessionError, read_case

    try:
        return read_case(path)
    except SessionError as exc:  # already names the file
        raise CLIError(str(exc)) from None
    except ValidationError as exc:
        raise CLIError(f"{path}: " + "; ".join(describe_errors(exc))) from None
    except (OSError, ValueError) as exc:
        raise CLIError(f"{path}: {exc}") from None


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(Case.model_json_schema(), indent=2, ensure_ascii=False))
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"schema": cmd_schema}
_REGISTRARS: list[Callable[[argparse._SubParsersAction], None]] = []


def command(register: Callable[[argparse._SubParsersAction], None]):
    """Decorator for modules that add a subcommand (keeps cli.py small)."""
    _REGISTRARS.append(register)
    return register


def add_lang_argument(p: argparse.ArgumentParser) -> None:
    """`--lang en|es`: the language of what the command writes (default English)."""
    from .i18n import LANGUAGES

    p.add_argument("--lang", default="en", type=str.lower, choices=list(LANGUAGES),
                   help="language of the text (default: en; es = español)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="decisionaid",
        description="MR decision aid (not medical advice; for discussion with your care team).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("schema", help="print the JSON Schema of a case file")
    p.set_defaults(func=cmd_schema)
    from . import cli_commands  # noqa: F401  (registers the other subcommands)

    for register in _REGISTRARS:
        register(sub)
    return parser


EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what `yes | head` gives
EXIT_INTERRUPTED = 130  # 128 + SIGINT


def _say(message: str) -> None:
    """One line on stderr, whatever the terminal's encoding (unknown characters escaped)."""
    line = " ".join(f"decisionaid: {message}".split())
    try:
        stream = sys.stderr
        enc = getattr(stream, "encoding", None) or "utf-8"
        stream.write(line.encode(enc, "backslashreplace").decode(enc, "replace") + "\n")
        stream.flush()
    except (OSError, ValueError):  # stderr itself is gone: nothing more can be said
        pass


def _quiet_closed_stdout() -> None:
    """After an output error: point stdout at nothing, so the exit flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        from . import i18n

        with i18n.using(getattr(args, "lang", None)):  # --lang: the words of reports, notes, reasons
            status = int(args.func(args) or 0)
        sys.stdout.flush()  # output errors show here, inside the handler, not at exit
        return status
    except SystemExit:  # argparse (--help, --version, usage errors) exits as it always has
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _quiet_closed_stdout()
            raise SystemExit(EXIT_BROKEN_PIPE) from None
        raise
    except CLIError as exc:
        _say(f"error: {exc}")
        return EXIT_USAGE
    except BrokenPipeError:  # the reader went away (`| head`): quiet, like any Unix tool
        _quiet_closed_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except UnicodeEncodeError as exc:
        _quiet_closed_stdout()
        _say(f"error: the output cannot show some characters in the terminal's encoding "
             f"({exc.encoding}); set PYTHONIOENCODING=utf-8 or write to a file")
        return 1
    except OSError as exc:
        _quiet_closed_stdout()
        _say(f"error: the output could not be written: {exc.strerror or type(exc).__name__}")
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug must still not print a traceback
        if os.environ.get("DECISIONAID_DEBUG"):
            raise
        _say(f"unexpected error ({type(exc).__name__}); nothing was changed. "
             "Please report it (DECISIONAID_DEBUG=1 shows the details).")
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
