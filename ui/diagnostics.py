"""Diagnostics: a rotating log file, faulthandler, and a plain message for an unexpected error.

Privacy: the log holds what the program did, never what the user answered. An error is logged
as its type and the code locations it passed through (file, line, function), never its message
or any values, because messages (pydantic's, for one) can quote the input they rejected. The
"Copy details" text is built the same way, so what a user pastes into a report is safe too.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import platformdirs

APP_DIR_NAME = "mr-decision-aid"
LOG_NAME = "mr-decision-aid.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3

log = logging.getLogger("ui.diagnostics")
_fault_file = None  # kept open for faulthandler for the life of the process
_handler: logging.Handler | None = None


def log_dir() -> Path:
    """The platform's log folder, e.g. ~/.local/state/mr-decision-aid/log on Linux."""
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Log to a rotating file and dump native crashes (faulthandler) beside it.

    Returns the log file, or None when the folder cannot be written (the app still runs;
    faulthandler then writes to stderr)."""
    global _fault_file, _handler
    folder = folder or log_dir()
    root = logging.getLogger()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        if not faulthandler.is_enabled() and sys.stderr is not None:
            faulthandler.enable()
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    root.setLevel(level)
    try:
        if _fault_file is not None:
            _fault_file.close()
        _fault_file = open(folder / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(file=_fault_file)
    except OSError:
        faulthandler.enable()
    return folder / LOG_NAME


def safe_details(exc_type: type[BaseException], tb: TracebackType | None, version: str) -> str:
    """What went wrong, for a bug report: versions, error type, code locations. No values."""
    lines = [
        f"MR Decision Aid {version}",
        f"Python {platform.python_version()} on {platform.system()} {platform.release()}",
        f"Error: {exc_type.__module__}.{exc_type.__qualname__}",
        "Where (most recent last):",
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def _short(filename: str) -> str:
    """Path from the package down (decisionaid/…, ui/…, site-packages/…): no user folder names."""
    parts = Path(filename).parts
    for anchor in ("decisionaid", "ui", "site-packages", "lib"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor):])
    return Path(filename).name


class ErrorHandler:
    """sys.excepthook for the window: save the work first, log safely, tell the user plainly."""

    def __init__(self, save_work: Callable[[], bool] | None, show: Callable[[str, bool], None],
                 version: str) -> None:
        self.save_work, self.show, self.version = save_work, show, version
        self._busy = False

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if self._busy:  # an error while handling an error: fall back to the plain hook
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._busy = True
        try:
            saved = False
            if self.save_work is not None:
                try:
                    saved = bool(self.save_work())
                except Exception:  # noqa: BLE001
                    log.error("saving the work after an error failed too")
            details = safe_details(exc_type, tb, self.version)
            log.error("unexpected error (work saved: %s)\n%s", saved, details)
            self.show(details, saved)
        finally:
            self._busy = False

    def install(self) -> None:
        sys.excepthook = self
        threading.excepthook = _log_thread_error  # no widgets or saving from another thread


def _log_thread_error(args: threading.ExceptHookArgs) -> None:
    log.error("unexpected error in a background thread\n%s",
              safe_details(args.exc_type, args.exc_traceback, ""))
