"""Session files: the Case as JSON, read strictly and written atomically, user-only.

A corrupt or newer-version file is refused with a message and never modified.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from .case import SCHEMA_VERSION, Case, describe_errors


class SessionError(ValueError):
    """A session file could not be used; the message says why, for the user."""


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, mode: int = 0o600) -> None:
    """Write data to path via a temporary file in the same folder, then rename.

    The file is created readable by the user only. On any failure the temporary file is
    removed and an existing file at `path` is left as it was.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def dumps_case(case: Case) -> str:
    return case.model_dump_json(indent=2)


def write_case(case: Case, path: str | os.PathLike[str]) -> None:
    atomic_write_bytes(path, dumps_case(case).encode("utf-8"))


def parse_case(text: str, source: str = "session file") -> Case:
    """Parse and validate a Case from JSON text; raise SessionError with a plain message."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SessionError(f"{source} is not valid JSON (line {exc.lineno}): it may be damaged") from None
    if not isinstance(data, dict):
        raise SessionError(f"{source} does not hold a case (expected a JSON object)")
    version = data.get("schema_version", 1)
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise SessionError(
            f"{source} was saved by a newer version of the app (format {version}; this app reads "
            f"up to {SCHEMA_VERSION}). It was not opened and has not been changed."
        )
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        raise SessionError(f"{source}: " + "; ".join(describe_errors(exc))) from None


def read_case(path: str | os.PathLike[str]) -> Case:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise SessionError(f"{p} does not exist") from None
    except OSError as exc:
        raise SessionError(f"{p} cannot be read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SessionError(f"{p.name} is not a text file: it may be damaged") from None
    return parse_case(text, p.name)
