"""Diagnostics: rotating log in the platform's log folder, faulthandler, a safe error handler.

Privacy: what a user typed must never reach the log or the "Copy details" text."""

from __future__ import annotations

import faulthandler
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from ui import app as app_module
from ui import diagnostics

SECRET = "Zebediah Quillfeather"  # a name nobody's code would log by chance


@pytest.fixture
def log_folder(tmp_path):
    folder = tmp_path / "log"
    path = diagnostics.setup_logging(folder)
    yield folder, path
    root = logging.getLogger()
    for h in list(root.handlers):
        if isinstance(h, logging.handlers.RotatingFileHandler):
            root.removeHandler(h)
            h.close()
    diagnostics._handler = None


def test_log_folder_is_the_platforms(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert diagnostics.log_dir() == tmp_path / "state" / "mr-decision-aid" / "log"


def test_log_file_rotates_and_faulthandler_is_on(log_folder):
    folder, path = log_folder
    assert path == folder / diagnostics.LOG_NAME
    assert faulthandler.is_enabled()
    assert (folder / diagnostics.CRASH_NAME).exists()
    logger = logging.getLogger("test.rotation")
    for _ in range(4 * diagnostics.MAX_BYTES // 1000 + 10):
        logger.warning("x" * 1000)
    logs = sorted(p.name for p in folder.iterdir() if p.name.startswith(diagnostics.LOG_NAME))
    assert logs == [diagnostics.LOG_NAME] + [f"{diagnostics.LOG_NAME}.{i}" for i in (1, 2, 3)]
    assert all((folder / n).stat().st_size <= diagnostics.MAX_BYTES + 2000 for n in logs)


def test_unwritable_log_folder_does_not_stop_the_app(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert diagnostics.setup_logging(blocker / "log") is None


def test_safe_details_name_the_error_and_places_but_no_values():
    def inner(name):
        raise ValueError(f"bad name {name!r}")

    try:
        inner(SECRET)
    except ValueError as exc:
        details = diagnostics.safe_details(type(exc), exc.__traceback__, "9.9")
    assert "MR Decision Aid 9.9" in details and "builtins.ValueError" in details
    assert "test_diagnostics.py" in details and "in inner" in details
    assert SECRET not in details and "bad name" not in details
    assert str(Path.home()) not in details


@pytest.fixture
def window(qtbot, tmp_path, log_folder, monkeypatch):
    from ui.main_window import MainWindow

    # never block on "save changes?" (closing, opening): answer Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    app_module.create_app()
    w = MainWindow(offer_recovery=False)
    w.sessions.folder = tmp_path / "data"
    qtbot.addWidget(w)
    saved_hooks = sys.excepthook, threading.excepthook
    yield w
    sys.excepthook, threading.excepthook = saved_hooks


@pytest.mark.qt_no_exception_capture
def test_uncaught_error_saves_work_first_then_shows_copy_details(window, qtbot, monkeypatch, log_folder):
    shown: list[QMessageBox] = []
    saved_before: list[bool] = []

    def fake_exec(box):  # what a person sees, without blocking: click "Copy details"
        shown.append(box)
        autosave = window.sessions.autosave_path
        saved_before.append(autosave.is_file() and SECRET in autosave.read_text(encoding="utf-8"))
        copy = next(b for b in box.buttons() if b.text() == "&Copy details")
        copy.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    app_module.install_error_handler(window)
    window.controller.update(patient_name=SECRET)
    window.controller.update("preferences", notes=f"notes about {SECRET}")
    window.sessions.autosave_path.unlink(missing_ok=True)  # so only the handler's save counts

    def failing_slot():
        raise RuntimeError(f"something about {SECRET}")

    QTimer.singleShot(0, failing_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    box = shown[0]
    assert saved_before == [True], "the work is saved before the message shows"
    assert "Your answers were saved first" in box.text()
    assert box.textFormat().name == "PlainText"
    clip = QGuiApplication.clipboard().text()
    assert "builtins.RuntimeError" in clip and "failing_slot" in clip and SECRET not in clip
    assert box.detailedText() == clip
    for h in logging.getLogger().handlers:
        h.flush()
    logged = (log_folder[0] / diagnostics.LOG_NAME).read_text(encoding="utf-8")
    assert "unexpected error (work saved: True)" in logged and "builtins.RuntimeError" in logged
    assert SECRET not in logged


def test_error_box_when_work_could_not_be_saved(qapp):
    box = app_module.error_box(None, "details", saved=False)
    assert "could not be saved automatically" in box.text() and "File ▸ Save" in box.text()
    names = {b.accessibleName() for b in box.buttons()}
    assert {"Copy details", "Close"} <= names
    box.deleteLater()


def test_a_session_never_logs_case_contents(window, qtbot, log_folder, monkeypatch):
    """Typing, saving, a failed autosave and a failed open: nothing the user entered is logged."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window.show()
    window.controller.update(patient_name=SECRET)
    window.controller.update("preferences", notes=SECRET)
    target = Path(log_folder[0]).parent / "session.json"
    window.sessions._write(target)
    window.sessions.folder = Path("/proc/no-such-folder")  # autosave fails and is logged
    window.controller.update("preferences", notes=f"{SECRET} again")
    bad = target.with_name("bad.json")
    bad.write_text('{"patient_name": "%s", "mr_type": 42}' % SECRET, encoding="utf-8")
    window.sessions.open_path(bad)
    window.close()
    for h in logging.getLogger().handlers:
        h.flush()
    logged = (log_folder[0] / diagnostics.LOG_NAME).read_text(encoding="utf-8")
    assert "autosave failed" in logged  # the log did record events
    assert SECRET not in logged


def test_launcher_writes_its_log_in_the_platform_folder(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    r = subprocess.run([sys.executable, "-m", "ui.app", "--quit-after", "200"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    logged = (tmp_path / "state" / "mr-decision-aid" / "log" / diagnostics.LOG_NAME).read_text()
    assert "starting" in logged and "closed (status 0)" in logged


def test_background_thread_error_is_logged_without_values(window, log_folder):
    app_module.install_error_handler(window)

    def work():
        raise KeyError(SECRET)

    t = threading.Thread(target=work)
    t.start()
    t.join()
    for h in logging.getLogger().handlers:
        h.flush()
    logged = (log_folder[0] / diagnostics.LOG_NAME).read_text(encoding="utf-8")
    assert "background thread" in logged and "builtins.KeyError" in logged and "in work" in logged
    assert SECRET not in logged
