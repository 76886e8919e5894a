"""Sessions that lose nothing: one owner per autosave, every failure told, recovery reattaches.

Two controllers with two SessionManagers on one data folder stand in for two running copies.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from decisionaid import session as core_session
from decisionaid.case import Case, MRType
from decisionaid.session import read_case, write_case
from test_wizard_helpers import dialogs, make_window  # noqa: F401
from ui import sessions as ui_sessions
from ui.controller import CaseController
from ui.sessions import SessionManager


@pytest.fixture
def copies(qtbot, tmp_path, dialogs):  # noqa: F811
    """Start 'copies' of the app: each a controller + SessionManager on the same data folder."""
    made: list[SessionManager] = []
    folder = tmp_path / "data"

    def start() -> SessionManager:
        window = QWidget()
        qtbot.addWidget(window)
        manager = SessionManager(CaseController(), window, folder=folder)
        made.append(manager)
        return manager

    yield start
    for m in made:
        m.release()


def test_a_second_copy_neither_claims_a_crash_nor_touches_the_first_autosave(copies, dialogs):
    first = copies()
    first.controller.update(None, mr_type=MRType.primary_rheumatic)
    assert first.autosave_path.is_file() and first.slot == 1

    second = copies()
    assert second.slot == 2 and second.other_copy_running
    assert not second.found_at_start
    assert second.offer_recovery() is False
    assert "did not close properly" not in dialogs.texts()
    second.controller.update(None, mr_type=MRType.mixed)
    assert second.autosave_path != first.autosave_path

    dialogs.answer = QMessageBox.StandardButton.Discard
    assert first.close_session()  # the first copy quits cleanly
    assert not first.autosave_path.exists()
    assert read_case(second.autosave_path).mr_type == MRType.mixed  # the second's work is safe
    second.controller.update(None, mr_type=MRType.secondary_atrial)
    assert read_case(second.autosave_path).mr_type == MRType.secondary_atrial


def test_a_lock_left_by_a_dead_copy_is_taken_over_and_its_work_offered(copies, dialogs, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    write_case(Case(mr_type=MRType.primary_degenerative), folder / "autosave.json")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    # QLockFile's format: pid, application name, host name.
    (folder / "autosave.lock").write_text(f"{dead.pid}\npython\n{os.uname().nodename}\n")
    dialogs.answer = QMessageBox.StandardButton.Yes
    again = copies()
    assert again.slot == 1 and again.found_at_start
    assert again.offer_recovery()
    assert again.controller.case.mr_type == MRType.primary_degenerative


def test_work_of_a_dead_second_copy_is_offered_to_the_next_copy(copies, dialogs, tmp_path):
    first, second = copies(), copies()
    second.controller.update(None, mr_type=MRType.secondary_atrial)
    first.release()
    second.release()  # both gone; only the second had unsaved work (in slot 2)
    dialogs.answer = QMessageBox.StandardButton.Yes
    alone = copies()
    assert alone.slot == 1 and alone.found_at_start
    assert alone.offer_recovery()
    assert alone.controller.case.mr_type == MRType.secondary_atrial


def test_a_crash_is_recovered_into_the_file_the_work_came_from(copies, dialogs, tmp_path):
    saved = tmp_path / "visit.json"
    write_case(Case(mr_type=MRType.mixed), saved)
    first = copies()
    assert first.open_path(saved)
    first.controller.update(None, patient_name="Ana")  # unsaved, autosaved
    first.release()  # the copy dies: no clean exit, autosave left behind

    dialogs.answer = QMessageBox.StandardButton.Yes
    after = copies()
    assert after.offer_recovery()
    assert after.current_path == saved.resolve() and after.dirty
    assert after.controller.case.patient_name == "Ana"
    dialogs.save_name = ""  # Save must not ask where
    assert after.save()
    assert read_case(saved).patient_name == "Ana"


def test_title_shows_the_recovered_file_name(make_window, dialogs, tmp_path):  # noqa: F811
    saved = tmp_path / "margaret.json"
    write_case(Case(), saved)
    folder = ui_sessions.data_dir()
    folder.mkdir(parents=True)
    write_case(Case(mr_type=MRType.mixed), folder / "autosave.json")
    (folder / "autosave-origin.txt").write_text(str(saved))
    dialogs.answer = QMessageBox.StandardButton.Yes
    w = make_window()
    from PySide6.QtWidgets import QApplication

    for _ in range(20):
        QApplication.processEvents()
        if w.controller.case.mr_type == MRType.mixed:
            break
    assert w.controller.case.mr_type == MRType.mixed
    assert w.windowTitle().startswith("margaret.json*")


def test_a_damaged_autosave_is_set_aside_once_and_not_offered_again(copies, dialogs, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "autosave.json").write_bytes(b"[" * 5000)
    dialogs.answer = QMessageBox.StandardButton.Yes
    first = copies()
    assert first.offer_recovery() is False
    assert "nested too deeply" in dialogs.texts("warning")
    kept = list(folder.glob("autosave-damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"[" * 5000
    first.release()
    dialogs.messages.clear()
    assert copies().offer_recovery() is False
    assert dialogs.messages == []


def test_any_surprise_while_opening_is_told_and_nothing_changes(copies, dialogs, tmp_path,
                                                                 monkeypatch):
    m = copies()
    m.controller.update(None, mr_type=MRType.mixed)
    m.dirty = False

    def boom(_path):
        raise RuntimeError("surprise")

    monkeypatch.setattr(ui_sessions, "read_case", boom)
    assert m.open_path(tmp_path / "x.json") is False
    assert "unexpected problem (RuntimeError)" in dialogs.texts("warning")
    assert m.controller.case.mr_type == MRType.mixed


def test_a_failed_save_is_told_and_the_previous_file_stays(copies, dialogs, tmp_path, monkeypatch):
    m = copies()
    target = tmp_path / "visit.json"
    target.write_bytes(b"previous")
    m.current_path = target
    m.controller.update(None, mr_type=MRType.mixed)

    def broken(*a, **k):
        raise AttributeError("no fsync here")

    monkeypatch.setattr(core_session.os, "fsync", broken)
    assert m.save() is False
    assert "could not be saved" in dialogs.texts("warning")
    assert target.read_bytes() == b"previous" and m.dirty


def test_autosave_failure_is_told_once(copies, dialogs, monkeypatch):
    m = copies()

    def broken(*a, **k):
        raise AttributeError("surprise")

    monkeypatch.setattr(ui_sessions, "write_case", broken)
    m.controller.update(None, mr_type=MRType.mixed)
    m.controller.update(None, mr_type=MRType.primary_rheumatic)
    assert dialogs.texts("warning").count("cannot be saved automatically") == 1


def test_saving_works_without_os_fchmod(copies, dialogs, tmp_path, monkeypatch):
    monkeypatch.delattr(os, "fchmod", raising=False)
    m = copies()
    m.controller.update(None, mr_type=MRType.mixed)
    dialogs.save_name = str(tmp_path / "visit.json")
    assert m.save_as()
    assert read_case(tmp_path / "visit.json").mr_type == MRType.mixed
    assert dialogs.texts("warning") == ""


def test_session_keeps_i_dont_know_ticks_guideline_view_and_paper(copies, dialogs, tmp_path):
    m = copies()
    c = m.controller
    c.mark_unknown("heart.lvef_pct", True)
    c.update_sections({"heart": {"lvef_pct": None, "lvesd_mm": None}})  # one unknown, one blank
    c.set_guideline("esc-eacts-2025")
    c.set_session_state(results_view="clinician", paper="a4", large_print=True,
                        summary_audience="patient")
    dialogs.save_name = str(tmp_path / "visit.json")
    assert m.save_as()

    other = copies()
    assert other.open_path(tmp_path / "visit.json")
    o = other.controller
    assert o.unknown_marks == {"heart.lvef_pct"}  # "I don't know" ...
    assert "heart.lvesd_mm" not in o.unknown_marks  # ... is not blank
    assert o.guideline.value == "esc-eacts-2025"
    s = o.case.session
    assert (s.results_view.value, s.paper, s.large_print, s.summary_audience.value) == (
        "clinician", "a4", True, "patient")


def test_ticking_i_dont_know_alone_is_autosaved(copies):
    m = copies()
    m.controller.mark_unknown("risk.age_years", True)
    m.controller.update_sections({"risk": {"age_years": None}})  # the value did not move
    assert read_case(m.autosave_path).session.unknown_fields == ["risk.age_years"]


def test_open_refusal_is_shown_as_plain_text(copies, dialogs, tmp_path):
    bad = tmp_path / "<img src='dev-zero'>.json"
    bad.write_bytes(b'{"patient_name": 5}')
    m = copies()
    assert not m.open_path(bad)
    from PySide6.QtGui import QTextDocument

    shown = QTextDocument()
    shown.setHtml(dialogs.texts("warning"))  # what the message box renders
    assert "<img src='dev-zero'>.json" in shown.toPlainText()
    assert "<img" not in dialogs.texts("warning")  # escaped: never markup


def test_summary_choices_made_with_keys_come_back_with_the_session(qtbot, monkeypatch):
    import decisionaid.content
    from PySide6.QtWidgets import QWizard
    from test_results_fixtures import fake_content

    from ui.summary_page import SummaryPage

    monkeypatch.setattr(decisionaid.content, "load_content", lambda lang="en": fake_content(lang))

    keep = []

    def page_for(ctl):
        wizard = QWizard()
        keep.append(wizard)
        page = SummaryPage(ctl)
        wizard.addPage(page)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return page

    ctl = CaseController()
    page = page_for(ctl)
    page.paper_combo.setCurrentIndex(0)  # letter, whatever the locale says
    page.paper_combo.setFocus()
    qtbot.keyClick(page.paper_combo, Qt.Key.Key_Down)  # -> A4
    page.large_print.setFocus()
    qtbot.keyClick(page.large_print, Qt.Key.Key_Space)
    assert (ctl.case.session.paper, ctl.case.session.large_print) == ("a4", True)

    reopened = CaseController(Case.model_validate_json(ctl.case.model_dump_json()))
    again = page_for(reopened)
    assert again.paper_combo.currentData() == "a4" and again.large_print.isChecked()


def test_results_view_chosen_with_keys_comes_back_with_the_session(qtbot):
    from PySide6.QtWidgets import QWizard

    from ui.results_page import ResultsPage

    keep = []

    def page_for(ctl):
        wizard = QWizard()
        keep.append(wizard)
        page = ResultsPage(ctl)
        wizard.addPage(page)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return page

    ctl = CaseController(Case(audience="patient"))
    page = page_for(ctl)
    assert page.view_combo.currentData() == "patient"
    page.view_combo.setFocus()
    qtbot.keyClick(page.view_combo, Qt.Key.Key_Down)  # -> clinician view
    assert ctl.case.session.results_view.value == "clinician"
    again = page_for(CaseController(Case.model_validate_json(ctl.case.model_dump_json())))
    assert again.view == "clinician" and again.view_combo.currentData() == "clinician"


def test_i_dont_know_ticked_with_the_keyboard_survives_save_and_reopen(qtbot, make_window,  # noqa: F811
                                                                      dialogs, tmp_path):
    from PySide6.QtWidgets import QCheckBox

    from test_wizard_helpers import advance_to, click
    from ui.wizard import PageId

    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    advance_to(qtbot, w, PageId.HEART)
    box = w.findChild(QCheckBox, "unknown.lvef_pct")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert "heart.lvef_pct" in w.controller.unknown_marks
    dialogs.save_name = str(tmp_path / "visit.json")
    w.save_as_action.trigger()
    assert read_case(tmp_path / "visit.json").session.unknown_fields == ["heart.lvef_pct"]

    dialogs.answer = QMessageBox.StandardButton.Discard
    w.new_action.trigger()
    assert not w.controller.unknown_marks
    dialogs.open_name = str(tmp_path / "visit.json")
    w.open_action.trigger()
    advance_to(qtbot, w, PageId.HEART)
    assert w.findChild(QCheckBox, "unknown.lvef_pct").isChecked()  # "I don't know", not blank
    assert not w.findChild(QCheckBox, "unknown.lvesd_mm").isChecked()


def test_a_new_session_resets_the_summary_choices(qtbot, monkeypatch):
    import decisionaid.content
    from PySide6.QtWidgets import QWizard
    from test_results_fixtures import fake_content

    from ui.summary_page import SummaryPage

    monkeypatch.setattr(decisionaid.content, "load_content", lambda lang="en": fake_content(lang))
    ctl = CaseController()
    wizard = QWizard()
    page = SummaryPage(ctl)
    wizard.addPage(page)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    default_paper = page.paper_combo.currentData()
    page.large_print.setFocus()
    qtbot.keyClick(page.large_print, Qt.Key.Key_Space)
    assert ctl.case.session.large_print is True
    ctl.set_case(Case())  # File > New
    wizard.restart()
    assert not page.large_print.isChecked() and page.paper_combo.currentData() == default_paper
    assert ctl.case == Case()  # showing the defaults is not a change to save
