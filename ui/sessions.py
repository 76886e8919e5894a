"""Sessions: New / Open / Save / Save As, autosave after every change, crash recovery.

A session file is the Case as JSON (decisionaid.session: atomic writes, user-only files).
The autosave lives in the user's data folder; it is removed on a clean exit, so finding one
at start-up means the last run ended unexpectedly, and the user is offered to resume it.
A file that cannot be used is refused with the reason and never modified.

One owner per autosave: each running copy holds a `QLockFile` on its autosave slot
(`autosave.json`, then `autosave-2.json`, ...). A second copy takes the next free slot, so it
neither claims that the first one crashed nor touches its autosave. A lock left by a copy that
died is stale (its process is gone) and is taken over. Next to the autosave, a small
"origin" file names the session file the work came from, so recovery reattaches to it.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import platformdirs
from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from decisionaid.case import Case, shorten
from decisionaid.session import (
    SessionError,
    atomic_write_bytes,
    read_case,
    remove_stale_temps,
    write_case,
)

from .controller import CaseController
from .plain import message

log = logging.getLogger(__name__)
APP_DIR_NAME = "mr-decision-aid"
FILE_FILTER = "MR decision aid session (*.json);;All files (*)"
#: Copies of the app that can run at once, each with its own autosave.
MAX_SLOTS = 8


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME))


class SessionManager(QObject):
    """Owns the current file name, the unsaved-changes flag and the autosave file."""

    #: a new Case was loaded (open, new, recovery): the wizard should start again
    loaded = Signal()
    #: the window title should change (file name, unsaved marker)
    state_changed = Signal()

    def __init__(self, controller: CaseController, window: QWidget,
                 folder: Path | None = None) -> None:
        super().__init__(window)
        self.controller, self.window = controller, window
        self.folder = folder or data_dir()
        self.current_path: Path | None = None
        self.dirty = False
        self._suspended = False
        self._autosave_failed = False
        self._lock: QLockFile | None = None
        self._origin_written: str | None = None  # what the origin file says (None: unknown)
        self.slot = self._claim_slot()
        # Only an autosave left by an earlier run is offered, never this run's own or one
        # another running copy is writing (its slot is locked).
        self.found_at_start = self.slot is not None and self.autosave_path.is_file()
        controller.changed.connect(self._on_changed)
        controller.session_state_changed.connect(self._on_changed)

    # ------------------------------------------------------------ one owner per autosave

    def _slot_name(self, slot: int, what: str) -> str:
        return f"autosave{'' if slot == 1 else f'-{slot}'}{what}"

    def _claim_slot(self) -> int | None:
        """Lock the first autosave slot no running copy holds (None if none can be had)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            log.warning("data folder unavailable: %s", exc.strerror or type(exc).__name__)
            return None
        # Leftovers of an earlier run that was killed: temporary files of interrupted saves,
        # and (a little later, off the path to the first page) temporary export folders
        # holding a patient's summary whose process is gone.
        remove_stale_temps(self.folder)
        QTimer.singleShot(1500, self, _remove_leftover_exports)
        for slot in range(1, MAX_SLOTS + 1):
            lock = self._slot_lock(slot)
            if lock.tryLock(0):
                self._lock = lock
                self._adopt_orphans(slot)
                return slot
        log.warning("every autosave slot is held by a running copy")
        return None

    def _slot_lock(self, slot: int) -> QLockFile:
        lock = QLockFile(str(self.folder / self._slot_name(slot, ".lock")))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        return lock

    def _adopt_orphans(self, own: int) -> None:
        """Work left in another slot by a copy that died (e.g. the second of two copies) is
        moved into this copy's slot when this one has none, so it is offered, never stranded."""
        for what_group in ((".json", "-origin.txt"), ("-previous.json", "-previous-origin.txt")):
            if (self.folder / self._slot_name(own, what_group[0])).exists():
                continue
            for other in range(1, MAX_SLOTS + 1):
                if other == own or not (self.folder / self._slot_name(other, what_group[0])).exists():
                    continue
                lock = self._slot_lock(other)
                if not lock.tryLock(0):
                    continue  # a running copy owns it
                try:
                    for what in what_group:
                        src = self.folder / self._slot_name(other, what)
                        if src.exists():
                            self._set_aside(src, self.folder / self._slot_name(own, what))
                finally:
                    lock.unlock()
                break

    def release(self) -> None:
        """Give up this copy's autosave slot (on quitting)."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    @property
    def other_copy_running(self) -> bool:
        """True when another copy holds the first slot (this one writes elsewhere)."""
        return self.slot != 1

    # ------------------------------------------------------------ autosave

    @property
    def autosave_path(self) -> Path:
        return self.folder / self._slot_name(self.slot or 1, ".json")

    @property
    def previous_path(self) -> Path:
        """Where a declined recovery is kept, so nothing is lost or overwritten."""
        return self.folder / self._slot_name(self.slot or 1, "-previous.json")

    def _origin_path(self, autosave: Path) -> Path:
        """Names the session file the autosaved work came from (empty: a new session)."""
        return autosave.with_name(autosave.stem + "-origin.txt")

    def _on_changed(self) -> None:
        if self._suspended:
            return
        self.dirty = True
        self.autosave()
        self.state_changed.emit()

    def autosave(self) -> bool:
        try:
            if self.slot is None:
                raise OSError(self.tr("another copy of the aid holds every autosave place"))
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_case(self.controller.case, self.autosave_path)
            origin = str(self.current_path.resolve()) if self.current_path else ""
            origin_file = self._origin_path(self.autosave_path)
            if origin != self._origin_written or not origin_file.exists():
                atomic_write_bytes(origin_file, origin.encode("utf-8"))
                self._origin_written = origin
        except Exception as exc:  # noqa: BLE001 - any failure is told, never silent
            if not self._autosave_failed:  # say it once, not on every key press
                self._autosave_failed = True
                log.warning("autosave failed: %s", type(exc).__name__)
                message("warning", self.window, self.tr("Autosave"), self.tr(
                    "Your answers cannot be saved automatically (%1). Use File ▸ Save.")
                    .replace("%1", _reason(exc)))
            return False
        self._autosave_failed = False
        return True

    def remove_autosave(self) -> None:
        if self.slot is None:
            return
        for p in (self.autosave_path, self._origin_path(self.autosave_path)):
            try:
                p.unlink(missing_ok=True)
            except OSError as exc:  # pragma: no cover - read-only folder
                log.warning("could not remove autosave: %s", exc.strerror)

    def has_previous(self) -> bool:
        return self.previous_path.is_file()

    def offer_recovery(self) -> bool:
        """At start-up: an autosave means the last run did not end cleanly. Offer it."""
        path = self.autosave_path
        if not self.found_at_start or not path.is_file():
            return False
        self.found_at_start = False
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(path.stat().st_mtime))
        answer = message(
            "question", self.window, self.tr("Resume unsaved answers?"),
            self.tr("The aid did not close properly last time (%1). Resume the answers "
                    "entered then?\n\nIf you choose No, they are kept and can be resumed "
                    "from the start page.").replace("%1", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            return self._recover(path)
        self._set_aside(path, self.previous_path)
        self._set_aside(self._origin_path(path), self._origin_path(self.previous_path))
        return False

    def resume_previous(self) -> bool:
        """The start page's Resume button: load the set-aside unsaved answers."""
        if not self.confirm_discard():
            return False
        path = self.previous_path if self.has_previous() else self.autosave_path
        if not path.is_file():
            return False
        ok = self._recover(path)
        if ok and path == self.previous_path:
            path.unlink(missing_ok=True)
        return ok

    def _recover(self, path: Path) -> bool:
        origin_file = self._origin_path(path)
        try:
            case = read_case(path)
        except Exception as exc:  # noqa: BLE001 - SessionError, or any surprise: set aside once
            kept = path.with_name(f"autosave-damaged-{int(time.time())}.json")
            if not self._set_aside(path, kept):
                kept = path  # could not be renamed: do not offer it again this run
            self._set_aside(origin_file, kept.with_name(kept.stem + "-origin.txt"))
            self._refuse(_reason(exc) + "\n\n"
                         + self.tr("The file was kept as %1.").replace("%1", str(kept)))
            return False
        origin = self._read_origin(origin_file)
        if origin_file != self._origin_path(self.autosave_path):
            origin_file.unlink(missing_ok=True)
        self._load(case, origin, dirty=True)
        self.autosave()
        return True

    @staticmethod
    def _read_origin(origin_file: Path) -> Path | None:
        """The session file the recovered work came from, if it says one."""
        try:
            text = origin_file.read_bytes()[:4096].decode("utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return Path(text) if text and "\n" not in text and "\x00" not in text else None

    def _set_aside(self, src: Path, dst: Path) -> bool:
        try:
            os.replace(src, dst)  # a rename: the bytes stay exactly as they were
        except FileNotFoundError:
            return False
        except OSError as exc:  # pragma: no cover
            log.warning("could not keep an autosave: %s", exc.strerror)
            return False
        return True

    # ------------------------------------------------------------ file menu

    def _load(self, case: Case, path: Path | None, dirty: bool) -> None:
        self._suspended = True
        try:
            self.controller.set_case(case)
        finally:
            self._suspended = False
        self.current_path, self.dirty = path, dirty
        self.loaded.emit()
        self.state_changed.emit()

    def new(self) -> bool:
        if not self.confirm_discard():
            return False
        self._load(Case(), None, dirty=False)
        self.remove_autosave()
        return True

    def file_filter(self) -> str:
        """The file dialogs' filter, translated (the words of FILE_FILTER; the patterns stay)."""
        return self.tr("MR decision aid session (*.json);;All files (*)")

    def open(self, path: str | Path | None = None) -> bool:
        if not self.confirm_discard():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Open a saved session"), str(Path.home()), self.file_filter())
            if not name:
                return False
            path = name
        return self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Read a session file; refuse it (untouched) with the reason if it cannot be used."""
        try:
            case = read_case(path)
        except Exception as exc:  # noqa: BLE001 - SessionError, or any surprise: told, file untouched
            self._refuse(_reason(exc))
            return False
        self._load(case, path, dirty=False)
        self.remove_autosave()
        return True

    def save(self) -> bool:
        if self.current_path is None:
            return self.save_as()
        return self._write(self.current_path)

    def save_as(self) -> bool:
        start = str(self.current_path or (Path.home() / "mr-decision-aid-session.json"))
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the session"), start, self.file_filter())
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            write_case(self.controller.case, path)
        except Exception as exc:  # noqa: BLE001 - OSError, SaveError or a surprise: always told
            message("warning", self.window, self.tr("Not saved"), self.tr(
                "The session could not be saved to %1: %2. Your answers are still here; "
                "try another folder.").replace("%1", shorten(str(path), 200))
                .replace("%2", _reason(exc)))
            return False
        self.current_path, self.dirty = path, False
        self.remove_autosave()
        self.state_changed.emit()
        return True

    def confirm_discard(self) -> bool:
        """Ask before unsaved answers would be replaced; True when it is fine to go on."""
        if not self.dirty:
            return True
        answer = message(
            "question", self.window, self.tr("Unsaved answers"),
            self.tr("Save your answers before going on?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _refuse(self, reason: str) -> None:
        # Plain text: a file name or a value quoted from the file is never markup.
        message("warning", self.window, self.tr("Cannot open this session"), reason)

    def close_session(self) -> bool:
        """On quitting: ask about unsaved answers; on a clean exit, drop the autosave."""
        if not self.confirm_discard():
            return False
        self.remove_autosave()
        self.release()
        return True


def _remove_leftover_exports() -> None:
    from .export import remove_leftover_exports

    remove_leftover_exports()


def _reason(exc: BaseException) -> str:
    """One line for the user: our own messages as they are, anything else by its kind."""
    if isinstance(exc, SessionError):
        return str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc) or type(exc).__name__
    return f"unexpected problem ({type(exc).__name__})"
