"""Every input control on every page, in both views, has an accessible name; fits 1280×800."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit,
    QScrollBar, QTextEdit, QWidget,
)

from test_wizard_helpers import advance_to, click, dialogs, make_window  # noqa: F401
from ui.wizard import PageId

INPUTS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
          QAbstractSlider)


def unnamed_inputs(root: QWidget) -> list[str]:
    bad = []
    for child in root.findChildren(QWidget):
        if not isinstance(child, INPUTS) or isinstance(child, QScrollBar):
            continue
        if child.parent() is not None and isinstance(child.parent(), QComboBox):
            continue  # a combo's internal parts
        if not child.accessibleName().strip():
            bad.append(f"{type(child).__name__} {child.objectName()!r} {getattr(child, 'text', lambda: '')()!r}")
    return bad


@pytest.mark.parametrize("audience", ["patient", "clinician"])
def test_every_input_on_every_page_has_an_accessible_name(qtbot, make_window, audience):
    w = make_window()
    click(qtbot, w, f"choice.audience={audience}")
    seen = []
    for _ in range(10):
        page = w.wizard.currentPage()
        seen.append(w.wizard.currentId())
        assert unnamed_inputs(page) == [], (w.wizard.currentId(), unnamed_inputs(page))
        if w.wizard.currentId() == PageId.REVIEW:
            break
        w.wizard.next()
    assert PageId.REVIEW in seen
    assert (PageId.ANATOMY in seen) == (audience == "clinician")
    assert unnamed_inputs(w) == []  # menus, wizard buttons, help pane, banner


def test_euroscore_dialog_inputs_have_accessible_names(qtbot):
    from ui.pages_euroscore import EuroScoreDialog

    dialog = EuroScoreDialog({"age": 70, "sex": "male"})
    qtbot.addWidget(dialog)
    assert unnamed_inputs(dialog) == []


def test_window_fits_a_1280_by_800_screen(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    for _ in range(8):
        hint = w.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, (w.wizard.currentId(), hint)
        assert w.width() <= 1280 and w.height() <= 800
        w.wizard.next()


def test_text_size_keys_change_and_remember_the_size(qtbot, make_window):
    w = make_window()
    start = w.text_size()
    w.larger_action.trigger()
    w.larger_action.trigger()
    assert w.text_size() == start + 2
    assert w.wizard.currentPage().font().pointSize() == start + 2
    shortcuts = {s.toString() for s in w.larger_action.shortcuts()}
    assert "Ctrl+=" in shortcuts
    assert "Ctrl+-" in {s.toString() for s in w.smaller_action.shortcuts()}
    w2 = make_window()
    assert w2.text_size() == start + 2  # remembered across runs
    w2.smaller_action.trigger()
    assert w2.text_size() == start + 1


def test_patient_is_never_asked_a_number_without_i_dont_know(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=patient")
    asked = []
    while w.wizard.currentId() != PageId.REVIEW:
        page = w.wizard.currentPage()
        for edit in page.findChildren(QLineEdit):
            if edit.isVisible() and edit.objectName().startswith("num."):
                field = edit.objectName()[4:]
                asked.append(field)
                assert page.findChild(QAbstractButton, f"unknown.{field}").isVisible(), field
        w.wizard.next()
    assert {"lvef_pct", "age_years", "sts_prom_pct"} <= set(asked)
    assert "eroa_cm2" not in asked and "frailty_indices" not in asked


def test_keyboard_only_enter_goes_next_and_alt_keys_answer(qtbot, make_window):
    from PySide6.QtCore import Qt

    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    advance_to(qtbot, w, PageId.HEART)
    edit = w.findChild(QLineEdit, "num.lvef_pct")
    edit.setFocus()
    qtbot.keyClicks(edit, "45")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter = Next (the default button)
    assert w.wizard.currentId() == PageId.RISK
    assert w.controller.case.heart.lvef_pct == 45
    # Tab reaches the next input; Space answers a check box.
    box = w.findChild(QAbstractButton, "unknown.age_years")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
