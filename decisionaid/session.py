"""Session files: the Case as JSON, read strictly and written atomically, user-only.

Reading: only a regular file, at most `MAX_FILE_BYTES`, checked before a byte is read (a FIFO,
a device or a folder is refused without waiting on it). JSON nesting and integer length are
bounded, a UTF-8 byte-order mark is accepted, and the format version is checked before
anything else. Every failure is a `SessionError` with one plain line; the file is never
modified.

Writing: a temporary file in the same folder, fsync, rename over the target (through a
symbolic link to the file it points to), then fsync of the folder. Any failure, including
surprises such as a missing `os.fchmod` on some platforms, is a `SaveError` (an OSError) and
the previous file stays as it was.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import resource_files
from .case import SCHEMA_VERSION, Case, describe_errors, message, shorten

#: The largest session file read. A real session is a few kilobytes; the caps on the Case's
#: text fields keep even a full one far below this.
MAX_FILE_BYTES = 2 * 1024 * 1024
#: JSON nesting allowed in a file (a Case is 3 levels deep).
MAX_DEPTH = 16
#: Digits allowed in a JSON integer (no Case number needs more than a few).
MAX_INT_DIGITS = 20
#: At most this many validation problems are listed in one message.
MAX_LISTED_ERRORS = 5
#: A leftover temporary file from an interrupted save older than this is removed.
STALE_TEMP_SECONDS = 600


class SessionError(ValueError):
    """A session file could not be used; the message says why, for the user."""


class SaveError(OSError):
    """A session could not be written; the message says why. The previous file is unchanged."""


def _say(key: str, /, **values: Any) -> str:
    """A session-file message in the language in use (resources/messages/<lang>.yaml)."""
    return message("session", key, **values)


def _source(source: str | None) -> str:
    return source if source is not None else _say("default_source")


# ---------------------------------------------------------------- writing


def _temp_prefix(name: str) -> str:
    return f".{name}."


def _resolve_target(path: str | os.PathLike[str]) -> Path:
    """The file to replace: a symbolic link is followed, so the link stays a link."""
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    return target


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable. Not possible on every platform (Windows): then skipped."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _set_mode(fd: int, tmp: str, mode: int) -> None:
    fchmod = getattr(os, "fchmod", None)  # absent on Windows before Python 3.13
    if fchmod is not None:
        fchmod(fd, mode)
    else:
        os.chmod(tmp, mode)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, mode: int = 0o600) -> None:
    """Write data to path via a temporary file in the same folder, then rename.

    The file is created readable by the user only. On any failure the temporary file is
    removed, an existing file at `path` is left as it was, and an OSError is raised (a
    `SaveError` when the cause was not an OSError itself).
    """
    target = _resolve_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(target.name), suffix=".tmp", dir=folder)
    try:
        try:
            _set_mode(fd, tmp, mode)
            with os.fdopen(fd, "wb") as fh:
                fd = -1
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except OSError:
            raise
        except Exception as exc:  # noqa: BLE001 - any surprise is reported like a write error
            raise SaveError(_say("save_unexpected", error=type(exc).__name__)) from exc
    except BaseException:
        if fd >= 0:
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_folder(folder)
    remove_stale_temps(folder, target.name)


def remove_stale_temps(folder: str | os.PathLike[str], name: str | None = None,
                       older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove temporary files left by interrupted saves (of `name`, or of any file).

    Only files this module names (`.NAME.XXXX.tmp`) and older than `older_than` seconds are
    touched, so a save running in another copy of the app right now is left alone.
    """
    removed: list[Path] = []
    pattern = f"{_temp_prefix(name)}*.tmp" if name else ".*.tmp"
    now = time.time()
    try:
        candidates = list(Path(folder).glob(pattern))
    except OSError:
        return removed
    for p in candidates:
        try:
            st = p.lstat()
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime >= older_than:
                p.unlink()
                removed.append(p)
        except OSError:
            continue
    return removed


def dumps_case(case: Case) -> str:
    return case.model_dump_json(indent=2)


def write_case(case: Case, path: str | os.PathLike[str]) -> None:
    """Write the Case; raises OSError (SaveError when it cannot be serialised)."""
    try:
        data = dumps_case(case).encode("utf-8")
    except Exception as exc:  # noqa: BLE001 - e.g. PydanticSerializationError
        raise SaveError(_say("save_serialise", error=type(exc).__name__)) from exc
    atomic_write_bytes(path, data)


# ---------------------------------------------------------------- reading


class _Refused(ValueError):
    """Raised inside the JSON parser's hooks; turned into a SessionError."""


def _bounded_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise _Refused(_say("int_too_long", digits=digits, limit=MAX_INT_DIGITS))
    return int(text)


def _no_constant(text: str) -> Any:
    raise _Refused(_say("not_a_number_constant", text=text))


def _depth_ok(data: Any) -> bool:
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
    return True


def _check_version(data: dict, source: str) -> None:
    version = data.get("schema_version", 1)
    if isinstance(version, float) and version.is_integer():
        version = int(version)
    if isinstance(version, bool) or not isinstance(version, int):
        raise SessionError(_say("version_not_whole", source=source, version=shorten(version)))
    if version > SCHEMA_VERSION:
        raise SessionError(_say("version_newer", source=source, version=version,
                                supported=SCHEMA_VERSION))


def parse_json(text: str, source: str | None = None) -> Any:
    """JSON text to Python data, with the size, nesting and integer limits; SessionError if not.

    `source` names the text in messages (None: "session file" in the language in use)."""
    source = _source(source)
    if len(text) > MAX_FILE_BYTES:
        raise SessionError(_say("text_too_large", source=source))
    text = text.removeprefix("\ufeff")
    try:
        data = json.loads(text, parse_int=_bounded_int, parse_constant=_no_constant)
    except _Refused as exc:
        raise SessionError(_say("refused", source=source, problem=exc)) from None
    except json.JSONDecodeError as exc:
        raise SessionError(_say("not_json", source=source, line=exc.lineno)) from None
    except RecursionError:
        raise SessionError(_say("too_deep", source=source)) from None
    except (ValueError, MemoryError) as exc:
        raise SessionError(_say("not_json_other", source=source, error=type(exc).__name__)) from None
    if not _depth_ok(data):
        raise SessionError(_say("too_deep_limit", source=source, limit=MAX_DEPTH))
    return data


def _read_text(p: Path) -> str:
    """The file's text, read with the limits above (a byte-order mark is accepted)."""
    try:
        return read_session_bytes(p).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SessionError(_say("not_text", source=shorten(p.name))) from None


def read_json_file(path: str | os.PathLike[str]) -> Any:
    """A small JSON file (a session or a set of inputs) read with all the limits above."""
    p = Path(path)
    return parse_json(_read_text(p), shorten(p.name))


def parse_case(text: str, source: str | None = None) -> Case:
    """Parse and validate a Case from JSON text; raise SessionError with a plain message
    (in the language in use)."""
    source = _source(source)
    data = parse_json(text, source)
    if not isinstance(data, dict):
        raise SessionError(_say("not_object", source=source))
    _check_version(data, source)
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        problems = describe_errors(exc)
        more = len(problems) - MAX_LISTED_ERRORS
        listed = "; ".join(problems[:MAX_LISTED_ERRORS]) + (
            _say("and_more", count=more) if more > 0 else "")
        raise SessionError(_say("invalid", source=source, problems=listed)) from None
    except (RecursionError, MemoryError, ValueError, TypeError) as exc:
        raise SessionError(_say("cannot_use", source=source, error=type(exc).__name__)) from None
    unknown = [k for k in case.preferences.ratings if k not in rating_ids()]
    if unknown:
        more = _say("unknown_rating_more", count=len(unknown) - 1) if len(unknown) > 1 else ""
        raise SessionError(_say("unknown_rating", source=source, key=shorten(unknown[0]), more=more))
    return case


@lru_cache(maxsize=1)
def rating_ids() -> frozenset[str]:
    """Feature ids a saved rating may name: those of the values content (same in every language)."""
    data = resource_files.load_data("content", "en", "values.yaml")
    return frozenset(v["id"] for v in data["values"])


def read_session_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a session file: a regular file of at most MAX_FILE_BYTES, else SessionError.

    The file is opened without blocking and checked before reading, so a FIFO or a device
    (`/dev/zero`) is refused at once instead of hanging or filling memory.
    """
    p = Path(path)
    name = shorten(p.name)
    flags = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
             | getattr(os, "O_BINARY", 0))
    try:
        fd = os.open(p, flags)
    except FileNotFoundError:
        raise SessionError(_say("does_not_exist", path=shorten(str(p), 200))) from None
    except IsADirectoryError:
        raise SessionError(_say("is_folder", source=name)) from None
    except OSError as exc:
        raise SessionError(_say("cannot_read", source=name, error=exc.strerror or type(exc).__name__)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise SessionError(_say("is_folder", source=name))
        if not stat.S_ISREG(st.st_mode):
            raise SessionError(_say("not_regular", source=name))
        if st.st_size > MAX_FILE_BYTES:
            raise SessionError(_say("too_large", source=name, size=f"{st.st_size / 1e6:.1f}"))
        chunks, total = [], 0
        while True:
            try:
                chunk = os.read(fd, 65536)
            except BlockingIOError:  # pragma: no cover - regular files do not block
                break
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_FILE_BYTES:  # grew while being read
                raise SessionError(_say("grew", source=name))
        return b"".join(chunks)
    except OSError as exc:
        raise SessionError(_say("cannot_read", source=name, error=exc.strerror or type(exc).__name__)) from None
    finally:
        os.close(fd)


def read_case(path: str | os.PathLike[str]) -> Case:
    p = Path(path)
    return parse_case(_read_text(p), shorten(p.name))
