"""The EuroSCORE II dialog as a clinician meets it: quiet until something is typed, and usable
without a PA pressure number (the pulmonary hypertension category instead)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from decisionaid.case import Case
from test_wizard_helpers import click_into, dialogs, press, type_keys  # noqa: F401


def open_dialog(qtbot, prefill=None):
    from ui.pages_euroscore import EuroScoreDialog

    dialog = EuroScoreDialog(prefill or {})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def type_into(qtbot, dialog, name: str, text: str) -> None:
    click_into(qtbot, dialog.findChild(QLineEdit, f"num.{name}"))
    type_keys(qtbot, text)


def test_no_error_before_anything_is_typed(qtbot):
    dialog = open_dialog(qtbot)
    assert not dialog.message.isVisible()
    assert "Fill in" in dialog.output.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    type_into(qtbot, dialog, "age", "75")  # once typing starts it says what is still needed
    assert dialog.message.isVisible() and "sex" in dialog.message.text()


def test_works_without_a_pa_pressure_using_the_category(qtbot):
    dialog = open_dialog(qtbot)
    type_into(qtbot, dialog, "age", "75")
    dialog.sex.button("female").setFocus()
    press(qtbot, Qt.Key.Key_Space)
    type_into(qtbot, dialog, "weight_kg", "60")
    type_into(qtbot, dialog, "creatinine", "1.2")
    type_into(qtbot, dialog, "lvef_pct", "60")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "PA systolic pressure" in dialog.message.text()
    dialog.ph.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # "Not raised"
    press(qtbot, Qt.Key.Key_Down)  # "Moderate (31–55 mmHg)"
    assert ok.isEnabled(), dialog.message.text()
    assert dialog.inputs["pulmonary_hypertension"] == "moderate"
    assert "pasp_mmhg" not in dialog.inputs
    with_number = open_dialog(qtbot, {**dialog.inputs, "pasp_mmhg": 40})
    assert with_number.result.mortality_pct == dialog.result.mortality_pct  # 40 mmHg is moderate


def test_a_bad_number_is_marked_on_its_field(qtbot):
    dialog = open_dialog(qtbot)
    type_into(qtbot, dialog, "weight_kg", "6000")
    edit = dialog.findChild(QLineEdit, "num.weight_kg")
    assert edit.property("invalid") is True
    assert "Weight must be from" in dialog.message.text()
    assert "_" not in dialog.message.text()


def test_prefilled_category_comes_back(qtbot):
    case = Case()
    dialog = open_dialog(qtbot, {"pulmonary_hypertension": "severe", "age": 70, "sex": "male"})
    assert dialog.ph.value() == "severe"
    assert case.risk.euroscore2_inputs is None
