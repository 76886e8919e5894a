"""'What matters to you': ratings, own priorities, SURE, questions and notes reach the Case."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QPlainTextEdit, QWizard

import decisionaid.content
from decisionaid.case import Case, Preferences
from test_results_fixtures import fake_content
from ui.controller import CaseController
from ui.values_page import ValuesPage, sure_flagged


@pytest.fixture
def content(monkeypatch):
    monkeypatch.setattr(decisionaid.content, "load_content", lambda lang="en": fake_content(lang))


def make(qtbot, case: Case | None = None):
    ctl = CaseController(case or Case())
    wizard = QWizard()
    page = ValuesPage(ctl)
    wizard.addPage(page)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page._test_wizard = wizard  # pytest-qt holds widgets weakly; keep the wizard alive
    return ctl, page


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_everything_typed_and_clicked_reaches_the_case(qtbot, content):
    ctl, page = make(qtbot)
    click(qtbot, page.rating_groups["avoid_open_heart"].button(4))
    click(qtbot, page.rating_groups["durable_fix"].button(0))
    click(qtbot, page.rating_groups["durable_fix"].button(2))
    qtbot.keyClicks(page.own_edit, "Walking my dog")
    qtbot.keyClick(page.own_edit, Qt.Key.Key_Return)
    for sid, answer in {"sure": 1, "understand": 0, "risk_benefit": 1, "encouragement": 1}.items():
        click(qtbot, page.sure_groups[sid].button(answer))
    item = page.question_list.item(1)
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(page.question_edit, "Can I still swim?")
    click(qtbot, page.question_add)
    qtbot.keyClicks(page.notes, "Daughter will come to the visit.")
    assert page.validatePage()

    prefs = ctl.case.preferences
    assert prefs.ratings == {"avoid_open_heart": 4, "durable_fix": 2}
    assert prefs.own_priorities == ["Walking my dog"]
    assert prefs.sure == {"sure": True, "understand": False, "risk_benefit": True, "encouragement": True}
    assert prefs.questions == ["How often will I need a scan?", "Can I still swim?"]
    assert prefs.notes == "Daughter will come to the visit."
    assert "3 of 4" in page.sure_result.text()
    assert "more information or support" in page.sure_result.text()


def test_notes_are_written_after_a_pause_without_leaving_the_page(qtbot, content):
    ctl, page = make(qtbot)
    qtbot.keyClicks(page.notes, "abc")
    qtbot.waitUntil(lambda: ctl.case.preferences.notes == "abc")


def test_page_reads_back_a_saved_case(qtbot, content):
    prefs = Preferences(
        ratings={"short_recovery": 3},
        own_priorities=["Gardening"],
        sure={"sure": True, "understand": True, "risk_benefit": True, "encouragement": True},
        questions=["How severe is my leak?", "My own question"],
        notes="n",
    )
    ctl, page = make(qtbot, Case(preferences=prefs))
    assert page.ratings() == {"short_recovery": 3}
    assert page.own_list.item(0).text() == "Gardening"
    assert page.questions() == ["How severe is my leak?", "My own question"]
    assert page.notes.toPlainText() == "n"
    assert "4 of 4" in page.sure_result.text() and "more information" not in page.sure_result.text()
    # reading back wrote nothing new
    assert ctl.case.preferences == prefs
    # removing a priority
    page.own_list.setCurrentRow(0)
    click(qtbot, page.own_remove)
    assert ctl.case.preferences.own_priorities == []


def test_too_long_notes_are_refused_with_the_range_and_the_case_kept(qtbot, content):
    ctl, page = make(qtbot)
    page.notes.setPlainText("x" * 5001)
    assert not page.validatePage()
    assert page.error.isVisible() and "5000" in page.error.text() and "Notes" in page.error.text()
    assert ctl.case.preferences.notes == ""


@pytest.mark.parametrize(
    "answers, flagged",
    [
        ({"a": True, "b": True, "c": True, "d": True}, False),
        ({"a": True, "b": True, "c": True, "d": False}, True),
        ({"a": False, "b": False, "c": False, "d": False}, True),
        ({"a": True, "b": None, "c": True, "d": True}, False),  # incomplete: no score yet
    ],
)
def test_sure_flag(answers, flagged):
    assert sure_flagged(answers, list("abcd")) is flagged


def test_every_control_has_an_accessible_name(qtbot, content):
    _, page = make(qtbot)
    controls = page.findChildren(QAbstractButton) + page.findChildren(QLineEdit)
    controls += page.findChildren(QListWidget) + page.findChildren(QPlainTextEdit)
    unnamed = [w for w in controls if not w.accessibleName() and not w.objectName().startswith("qt_")]
    assert not unnamed, [type(w).__name__ for w in unnamed]


def test_enter_in_an_add_field_adds_and_does_not_leave_the_page(qtbot, content):
    from PySide6.QtWidgets import QWizardPage

    ctl = CaseController(Case())
    wizard = QWizard()
    page = ValuesPage(ctl)
    wizard.addPage(page)
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    for edit, text in ((page.own_edit, "Dancing"), (page.question_edit, "Is it safe to fly?")):
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert wizard.currentPage() is page
        assert edit.text() == ""
    assert ctl.case.preferences.own_priorities == ["Dancing"]
    assert ctl.case.preferences.questions == ["Is it safe to fly?"]
