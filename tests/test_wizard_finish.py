"""Finish says what happens (saved? summary made?) before closing; File → New resets the
summary's large print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from test_wizard_helpers import advance_to, click, dialogs, make_window  # noqa: F401
from ui.wizard import PageId


def finish(qtbot, w) -> None:
    button = w.wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def at_summary(qtbot, make_window):
    w = make_window(with_part2=True)
    click(qtbot, w, "choice.audience=patient")
    advance_to(qtbot, w, PageId.SYMPTOMS)
    click(qtbot, w, "check.everyday=fatigue")  # an answer, so there is something to save
    advance_to(qtbot, w, PageId.SUMMARY)
    return w


def test_finish_says_unsaved_and_no_summary_and_can_be_cancelled(qtbot, make_window, dialogs):
    w = at_summary(qtbot, make_window)
    assert w.sessions.dirty
    dialogs.answer = QMessageBox.StandardButton.Cancel
    finish(qtbot, w)
    said = dialogs.texts("question")
    assert "not saved yet" in said and "No visit summary was made" in said
    assert w.isVisible()  # Cancel: nothing closes
    dialogs.answer = QMessageBox.StandardButton.Discard
    finish(qtbot, w)
    assert not w.isVisible()
    assert dialogs.texts("question").count("Save your answers") == 0  # not asked twice


def test_finish_names_the_saved_file_and_the_summary(qtbot, make_window, dialogs, tmp_path):
    w = at_summary(qtbot, make_window)
    dialogs.save_name = str(tmp_path / "margaret.json")
    assert w.sessions.save()
    w.summary_page().last_path = str(tmp_path / "summary.pdf")
    dialogs.answer = QMessageBox.StandardButton.Close
    finish(qtbot, w)
    said = dialogs.texts("question")
    assert "saved in" in said and "margaret.json" in said and "summary.pdf" in said
    assert not w.isVisible()


def test_file_new_resets_large_print(qtbot, make_window, dialogs):
    w = at_summary(qtbot, make_window)
    page = w.summary_page()
    page.large_print.setChecked(True)
    dialogs.answer = QMessageBox.StandardButton.Discard
    w.new_action.trigger()
    assert not page.large_print.isChecked()
    assert w.wizard.currentId() == PageId.START
    assert not w.sessions.dirty
