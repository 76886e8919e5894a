"""Typing as a person does: key by key into whatever has the focus, with the help pane shown
(the default layout) and hidden, over every text and number field of both paths.

The bug this guards: each key press emitted completeChanged, and the QWizard embedded in the
main window then moved the focus to the help pane, so "60" stored 6 and "84" stored 8.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from decisionaid.case import field_range
from test_wizard_helpers import (  # noqa: F401 - fixtures
    click, click_into, click_next, dialogs, make_window, type_keys,
)
from ui.pages_base import CasePage
from ui.widgets import NumberField
from ui.wizard import PageId

#: the values the issue names; every other field gets a multi-character value in its range
NAMED = {"lvef_pct": "60", "age_years": "84", "sts_prom_pct": "12.5", "patient_name": "Margaret"}


def sample(binding) -> str:
    if binding.name in NAMED:
        return NAMED[binding.name]
    w = binding.widget
    if not isinstance(w, NumberField):
        return "Margaret O'Brien-Smith"
    lo, hi, _unit = field_range(w.model, w.name)
    if "int" in str(w.model.model_fields[w.name].annotation):
        return str(int(lo + (hi - lo) * 0.6))
    return f"{lo + (hi - lo) * 0.37:.2f}".rstrip("0").rstrip(".")


def expected(binding, text: str):
    if not isinstance(binding.widget, NumberField):
        return text
    number = float(text)
    return int(number) if number.is_integer() and "int" in str(
        binding.widget.model.model_fields[binding.name].annotation) else number


def text_fields(page: CasePage):
    """(binding, line edit) for every text box a person can see on the page."""
    out = []
    for b in page._bindings:
        edit = b.widget.edit if isinstance(b.widget, NumberField) else b.widget
        if isinstance(edit, QLineEdit) and not isinstance(edit.parent(), QComboBox) \
                and edit.isVisible() and edit.isEnabled():
            out.append((b, edit))
    return out


def stored(w, binding):
    obj = w.controller.case if binding.section is None else getattr(w.controller.case, binding.section)
    return getattr(obj, binding.name)


@pytest.mark.parametrize("help_shown", [True, False], ids=["help-shown", "help-hidden"])
@pytest.mark.parametrize("audience", ["patient", "clinician"])
def test_every_text_and_number_field_keeps_every_key(qtbot, make_window, audience, help_shown):
    w = make_window()
    assert w.help_pane.isVisible(), "the default layout shows the help pane"
    if not help_shown:
        w.toggle_help.trigger()
    assert w.help_pane.isVisible() == help_shown
    click(qtbot, w, f"choice.audience={audience}")
    typed = []
    for _ in range(10):
        page = w.wizard.currentPage()
        if w.wizard.currentId() == PageId.REVIEW:
            break
        for b, edit in text_fields(page):
            text = sample(b)
            click_into(qtbot, edit)
            type_keys(qtbot, text)
            assert QApplication.focusWidget() is edit, (
                f"{b.key()}: the focus moved to {QApplication.focusWidget().objectName()!r}")
            assert edit.text() == text
            assert stored(w, b) == expected(b, text), (b.key(), text, stored(w, b))
            typed.append(b)
        click_next(qtbot, w)
    assert w.wizard.currentId() == PageId.REVIEW
    # every text or number field that applies to this audience was typed into
    wanted = {b.key() for p in w.wizard.case_pages() if w.wizard.currentId() != -1
              for b in p._bindings if p.applies(b) and p.wizard() is w.wizard
              and isinstance(b.widget, (NumberField, QLineEdit))
              and (audience == "clinician" or not isinstance(p, type(w.wizard.page(PageId.ANATOMY))))}
    assert {b.key() for b in typed} == wanted
    assert len(typed) >= (4 if audience == "patient" else 15)
    # and nothing was lost on the way to the review page
    for b in typed:
        assert stored(w, b) == expected(b, sample(b)), b.key()


@pytest.mark.parametrize("typed,message", [
    ("70.5", "Age must be a whole number of years"),
    ("12", "Age must be from 18 to 110 years"),
    ("8x", "is not a number"),
])
def test_a_wrong_age_typed_key_by_key_is_explained_under_the_field(qtbot, make_window, typed,
                                                                   message):
    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    for _ in range(5):
        click_next(qtbot, w)
    assert w.wizard.currentId() == PageId.RISK
    edit = w.findChild(QLineEdit, "num.age_years")
    click_into(qtbot, edit)
    type_keys(qtbot, typed)
    assert QApplication.focusWidget() is edit  # the focus stays even when Next turns off
    error = w.findChild(type(w.wizard.currentPage().message).__mro__[1], "error.risk.age_years")
    assert error is not None and error.isVisible()
    assert message in error.text()
    assert "age_years" not in error.text() and "risk" not in error.text().lower().split()
    assert edit.property("invalid") is True
    assert w.controller.case.risk.age_years is None


@pytest.mark.parametrize("help_shown", [True, False], ids=["help-shown", "help-hidden"])
def test_values_page_text_fields_keep_every_key(qtbot, make_window, help_shown):
    from PySide6.QtCore import QPoint, Qt

    from test_wizard_helpers import advance_to, press

    w = make_window(with_part2=True)
    if not help_shown:
        w.toggle_help.trigger()
    click(qtbot, w, "choice.audience=patient")
    advance_to(qtbot, w, PageId.VALUES)
    page = w.wizard.currentPage()
    click_into(qtbot, page.own_edit)
    type_keys(qtbot, "Margaret's garden")
    assert QApplication.focusWidget() is page.own_edit
    press(qtbot, Qt.Key.Key_Return)
    assert w.controller.case.preferences.own_priorities == ["Margaret's garden"]
    click_into(qtbot, page.question_edit)
    type_keys(qtbot, "How long is 12.5 days?")
    press(qtbot, Qt.Key.Key_Return)
    assert "How long is 12.5 days?" in w.controller.case.preferences.questions
    page.notes.ensureCursorVisible()
    qtbot.mouseClick(page.notes.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert QApplication.focusWidget() is page.notes
    type_keys(qtbot, "Ask about 84")
    qtbot.waitUntil(lambda: w.controller.case.preferences.notes == "Ask about 84", timeout=3000)
