"""Sessions: save → reopen, autosave recovery after a crash, refused files left untouched."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from decisionaid.case import Case, Grade, MRType, Sex
from decisionaid.session import read_case, write_case
from test_wizard_helpers import click, dialogs, make_window, widget  # noqa: F401
from ui.sessions import data_dir
from ui.wizard import PageId

REPO = Path(__file__).resolve().parents[1]


def _fill(w) -> None:
    w.controller.update(None, audience="clinician", mr_type=MRType.primary_degenerative)
    w.controller.update("severity", grade=Grade.severe, eroa_cm2=0.45)
    w.controller.update("risk", age_years=71, sex=Sex.female)


def test_save_then_reopen_round_trip(qtbot, make_window, dialogs, tmp_path):
    w = make_window()
    _fill(w)
    assert w.sessions.dirty and w.windowTitle().startswith("New session*")
    dialogs.save_name = str(tmp_path / "visit")
    w.save_action.trigger()  # first save asks where (Save As)
    saved = tmp_path / "visit.json"
    assert saved.is_file() and not w.sessions.dirty
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600  # user only
    assert read_case(saved) == w.controller.case
    assert not w.sessions.autosave_path.exists()  # saved: nothing to recover
    expected = w.controller.case

    w.new_action.trigger()
    assert w.controller.case == Case()
    dialogs.open_name = str(saved)
    w.open_action.trigger()
    assert w.controller.case == expected
    assert w.wizard.currentId() == PageId.START
    assert widget(w, "choice.audience=clinician").isChecked()
    assert w.windowTitle().startswith("visit.json")
    # Save again goes to the same file without asking.
    dialogs.save_name = ""
    w.controller.update("risk", age_years=72)
    w.save_action.trigger()
    assert read_case(saved).risk.age_years == 72


def test_unsaved_answers_are_asked_about_before_new(qtbot, make_window, dialogs):
    w = make_window()
    _fill(w)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    w.new_action.trigger()
    assert w.controller.case.mr_type == MRType.primary_degenerative  # nothing lost
    assert "Save your answers" in dialogs.texts("question")
    dialogs.answer = QMessageBox.StandardButton.Discard
    w.new_action.trigger()
    assert w.controller.case == Case()


CRASHING_RUN = """
import os
from ui.app import create_app
from ui.main_window import MainWindow
app = create_app()
w = MainWindow(with_part2=False)
w.show()
app.processEvents()
w.controller.update(None, audience="clinician", mr_type="secondary_ventricular")
w.controller.update("heart", lvef_pct=35.0)
os._exit(3)  # a crash: no close event, no clean-up
"""


def test_autosave_recovery_after_a_crash(qtbot, make_window, dialogs):
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(CRASHING_RUN)], cwd=REPO,
                       capture_output=True, text=True, timeout=120,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 3, r.stderr
    autosave = data_dir() / "autosave.json"
    assert autosave.is_file()
    assert stat.S_IMODE(autosave.stat().st_mode) == 0o600
    dialogs.answer = QMessageBox.StandardButton.Yes
    w = make_window()
    qtbot.waitUntil(lambda: w.controller.case.heart.lvef_pct == 35.0)
    assert "did not close properly" in dialogs.texts("question")
    case = w.controller.case
    assert case.mr_type == MRType.secondary_ventricular and case.audience.value == "clinician"
    assert w.sessions.dirty  # recovered answers are not saved anywhere yet
    w.sessions.dirty = False
    w.close()
    assert not autosave.exists()  # a clean exit leaves nothing to recover


def test_declined_recovery_is_kept_and_can_be_resumed_from_the_start_page(qtbot, make_window,
                                                                           dialogs):
    folder = data_dir()
    folder.mkdir(parents=True)
    crashed = Case(mr_type=MRType.primary_rheumatic)
    write_case(crashed, folder / "autosave.json")
    original = (folder / "autosave.json").read_bytes()
    dialogs.answer = QMessageBox.StandardButton.No
    w = make_window()
    qtbot.waitUntil(lambda: bool(dialogs.messages))
    assert w.controller.case == Case()
    assert (folder / "autosave-previous.json").read_bytes() == original
    w.wizard.restart()
    click(qtbot, w, "resumeButton")
    assert w.controller.case == crashed


def _refused(qtbot, make_window, dialogs, tmp_path, content: bytes, words: list[str]):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    os.chmod(bad, 0o644)
    mtime = bad.stat().st_mtime_ns
    w = make_window()
    w.controller.update(None, mr_type=MRType.mixed)
    before = w.controller.case
    dialogs.answer = QMessageBox.StandardButton.Discard
    dialogs.open_name = str(bad)
    w.open_action.trigger()
    warning = dialogs.texts("warning")
    for word in words:
        assert word in warning, warning
    assert bad.read_bytes() == content and bad.stat().st_mtime_ns == mtime  # left untouched
    assert stat.S_IMODE(bad.stat().st_mode) == 0o644
    assert w.controller.case == before


def test_corrupt_file_is_refused_and_left_untouched(qtbot, make_window, dialogs, tmp_path):
    _refused(qtbot, make_window, dialogs, tmp_path, b'{"schema_version": 1, "mr_type": ',
             ["not valid JSON"])


def test_out_of_range_file_is_refused_with_field_and_range(qtbot, make_window, dialogs, tmp_path):
    _refused(qtbot, make_window, dialogs, tmp_path,
             json.dumps({"heart": {"lvef_pct": 400}}).encode(), ["LVEF", "5–90 %"])


def test_newer_version_file_is_refused_and_left_untouched(qtbot, make_window, dialogs, tmp_path):
    _refused(qtbot, make_window, dialogs, tmp_path,
             json.dumps({"schema_version": 99, "audience": "patient"}).encode(),
             ["newer version", "not been changed"])


def test_damaged_autosave_at_start_is_refused_and_kept(qtbot, make_window, dialogs):
    folder = data_dir()
    folder.mkdir(parents=True)
    (folder / "autosave.json").write_bytes(b"\x00\xffgarbage")
    dialogs.answer = QMessageBox.StandardButton.Yes
    w = make_window()
    qtbot.waitUntil(lambda: bool(dialogs.texts("warning")))
    kept = list(folder.glob("autosave-damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00\xffgarbage"
    assert w.controller.case == Case()


def test_unwritable_save_location_is_reported_and_nothing_lost(qtbot, make_window, dialogs,
                                                               tmp_path):
    w = make_window()
    _fill(w)
    dialogs.save_name = str(tmp_path / "no-such-folder" / "x.json")
    w.save_as_action.trigger()
    assert "could not be saved" in dialogs.texts("warning")
    assert w.sessions.dirty and w.controller.case.risk.age_years == 71
