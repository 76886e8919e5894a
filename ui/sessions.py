"""Sessions: New / Open / Save / Save As, autosave after every change, crash recovery.

A session file is the Case as JSON (decisionaid.session: atomic writes, user-only files).
The autosave lives in the user's data folder; it is removed on a clean exit, so finding one
at start-up means the last run ended unexpectedly, and the user is offered to resume it.
A file that cannot be used is refused with the reason and never modified.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from decisionaid.case import Case
from decisionaid.session import SessionError, read_case, write_case

from .controller import CaseController

log = logging.getLogger(__name__)
APP_DIR_NAME = "mr-decision-aid"
FILE_FILTER = "MR decision aid session (*.json);;All files (*)"


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
        # Only an autosave left by an earlier run is offered, never this run's own.
        self.found_at_start = self.autosave_path.is_file()
        controller.changed.connect(self._on_changed)

    # ------------------------------------------------------------ autosave

    @property
    def autosave_path(self) -> Path:
        return self.folder / "autosave.json"

    @property
    def previous_path(self) -> Path:
        """Where a declined recovery is kept, so nothing is lost or overwritten."""
        return self.folder / "autosave-previous.json"

    def _on_changed(self) -> None:
        if self._suspended:
            return
        self.dirty = True
        self.autosave()
        self.state_changed.emit()

    def autosave(self) -> bool:
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_case(self.controller.case, self.autosave_path)
        except OSError as exc:
            if not self._autosave_failed:  # say it once, not on every key press
                self._autosave_failed = True
                log.warning("autosave failed: %s", exc)
                QMessageBox.warning(self.window, self.tr("Autosave"), self.tr(
                    "Your answers cannot be saved automatically (%1). Use File ▸ Save.")
                    .replace("%1", exc.strerror or str(exc)))
            return False
        self._autosave_failed = False
        return True

    def remove_autosave(self) -> None:
        try:
            self.autosave_path.unlink(missing_ok=True)
        except OSError as exc:  # pragma: no cover - read-only folder
            log.warning("could not remove autosave: %s", exc)

    def has_previous(self) -> bool:
        return self.previous_path.is_file()

    def offer_recovery(self) -> bool:
        """At start-up: an autosave means the last run did not end cleanly. Offer it."""
        path = self.autosave_path
        if not self.found_at_start or not path.is_file():
            return False
        self.found_at_start = False
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(path.stat().st_mtime))
        answer = QMessageBox.question(
            self.window, self.tr("Resume unsaved answers?"),
            self.tr("The aid did not close properly last time (%1). Resume the answers "
                    "entered then?\n\nIf you choose No, they are kept and can be resumed "
                    "from the start page.").replace("%1", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            return self._recover(path)
        self._set_aside(path, self.previous_path)
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
        try:
            case = read_case(path)
        except SessionError as exc:
            kept = path.with_name(f"autosave-damaged-{int(time.time())}.json")
            self._set_aside(path, kept)
            self._refuse(str(exc) + "\n\n" + self.tr("The file was kept as %1.").replace("%1", str(kept)))
            return False
        self._load(case, None, dirty=True)
        self.autosave()
        return True

    def _set_aside(self, src: Path, dst: Path) -> None:
        try:
            os.replace(src, dst)  # a rename: the bytes stay exactly as they were
        except OSError as exc:  # pragma: no cover
            log.warning("could not keep %s: %s", src, exc)

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

    def open(self, path: str | Path | None = None) -> bool:
        if not self.confirm_discard():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Open a saved session"), str(Path.home()), self.tr(FILE_FILTER))
            if not name:
                return False
            path = name
        return self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Read a session file; refuse it (untouched) with the reason if it cannot be used."""
        try:
            case = read_case(path)
        except SessionError as exc:
            self._refuse(str(exc))
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
            self.window, self.tr("Save the session"), start, self.tr(FILE_FILTER))
        if not name:
            return False
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            write_case(self.controller.case, path)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Not saved"), self.tr(
                "The session could not be saved to %1: %2. Your answers are still here; "
                "try another folder.").replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return False
        self.current_path, self.dirty = path, False
        self.remove_autosave()
        self.state_changed.emit()
        return True

    def confirm_discard(self) -> bool:
        """Ask before unsaved answers would be replaced; True when it is fine to go on."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Unsaved answers"),
            self.tr("Save your answers before going on?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _refuse(self, reason: str) -> None:
        QMessageBox.warning(self.window, self.tr("Cannot open this session"), reason)

    def close_session(self) -> bool:
        """On quitting: ask about unsaved answers; on a clean exit, drop the autosave."""
        if not self.confirm_discard():
            return False
        self.remove_autosave()
        return True
