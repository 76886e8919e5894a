"""Bad input: Next stays disabled and the message names the field and the accepted range."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from test_wizard_helpers import (  # noqa: F401 - fixtures
    advance_to, click, dialogs, make_window, next_button, type_number, widget,
)
from ui.wizard import PageId

BAD_NUMBERS = [
    # page, field, typed, the plain message shown under the field
    (PageId.SEVERITY, "vena_contracta_cm", "2.5", "Vena contracta must be from 0 to 2 cm. You typed 2.5."),
    (PageId.SEVERITY, "eroa_cm2", "3", "(EROA) must be from 0 to 2 cm². You typed 3."),
    (PageId.SEVERITY, "regurgitant_fraction_pct", "120", "Regurgitant fraction must be from 0 to 100 %."),
    (PageId.HEART, "lvef_pct", "150", "ejection fraction (LVEF) must be from 5 to 90 %. You typed 150."),
    (PageId.HEART, "lvef_pct", "abc", "“abc” is not a number. Left ventricular ejection fraction (LVEF) "
                                      "must be a number from 5 to 90 %."),
    (PageId.HEART, "lvesd_mm", "-4", "(LVESD) must be from 15 to 100 mm. You typed -4."),
    (PageId.HEART, "pasp_mmhg", "1e9", "PA systolic pressure (PASP) must be from 10 to 150 mmHg."),
    (PageId.HEART, "pasp_mmhg", "nan", "is not a number. PA systolic pressure (PASP) must be a number"),
    (PageId.RISK, "age_years", "12", "Age must be from 18 to 110 years. You typed 12."),
    (PageId.RISK, "age_years", "72.5", "Age must be a whole number of years, from 18 to 110."),
    (PageId.RISK, "sts_prom_pct", "101", "STS-PROM must be from 0 to 100 %."),
    (PageId.RISK, "frailty_indices", "8", "must be from 0 to 7. You typed 8."),
    (PageId.RISK, "frailty_indices", "2.5", "must be a whole number, from 0 to 7."),
    (PageId.RISK, "organ_systems_compromised", "9", "must be from 0 to 6 systems."),
]


@pytest.mark.parametrize("page,field,typed,words", BAD_NUMBERS,
                         ids=[f"{f}={t}" for _p, f, t, _w in BAD_NUMBERS])
def test_bad_number_is_explained_under_its_field(qtbot, make_window, page, field, typed, words):
    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    advance_to(qtbot, w, page)
    type_number(qtbot, w, field, typed)
    assert not next_button(w).isEnabled()
    section = {PageId.SEVERITY: "severity", PageId.HEART: "heart", PageId.RISK: "risk"}[page]
    error = widget(w, f"error.{section}.{field}")
    assert error.isVisible() and words in error.text(), error.text()
    assert "_" not in error.text()  # no internal names
    edit = widget(w, f"num.{field}")
    assert edit.property("invalid") is True and words in edit.accessibleDescription()
    # the error sits right under its own field, not at the foot of the page
    assert 0 < error.mapTo(w, error.rect().topLeft()).y() - edit.mapTo(w, edit.rect().topLeft()).y() < 80
    assert not w.wizard.currentPage().message.isVisible()
    stored = getattr(getattr(w.controller.case, section), field)
    assert stored is None  # a refused value never reaches the Case, nor what was typed before it
    # Correcting it (here: "I don't know") enables Next again and clears the message.
    click(qtbot, w, f"unknown.{field}")
    assert next_button(w).isEnabled()
    assert not error.isVisible() and edit.property("invalid") is False


def test_contradiction_between_answers_is_explained(qtbot, make_window):
    w = make_window()
    advance_to(qtbot, w, PageId.SYMPTOMS)
    click(qtbot, w, "check.everyday=breathless_rest")
    click(qtbot, w, "choice.nyha=I")
    assert not next_button(w).isEnabled()
    error = widget(w, "error.symptoms.nyha")
    assert error.isVisible() and "Class I means no limitation" in error.text(), error.text()
    click(qtbot, w, "choice.nyha=IV")
    assert next_button(w).isEnabled()


def test_no_symptoms_with_symptoms_ticked_is_refused(qtbot, make_window):
    w = make_window()
    advance_to(qtbot, w, PageId.SYMPTOMS)
    click(qtbot, w, "check.everyday=cough")
    click(qtbot, w, "check.none_reported")
    assert not next_button(w).isEnabled()
    error = widget(w, "error.symptoms.none_reported")
    assert error.isVisible(), [e.text() for e in w.findChildren(type(error)) if e.isVisible()]
    assert error.text() == "“No symptoms” is ticked together with symptoms; untick one of them"
    assert "symptoms:" not in error.text().lower() and "_" not in error.text()


def test_wizard_next_slot_cannot_skip_an_invalid_page(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    advance_to(qtbot, w, PageId.HEART)
    type_number(qtbot, w, "lvef_pct", "500")
    w.wizard.next()  # QWizard.next() bypasses isComplete(); validatePage() must hold
    assert w.wizard.currentId() == PageId.HEART


def test_random_typing_never_crashes(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    advance_to(qtbot, w, PageId.HEART)
    page: QWidget = w.wizard.currentPage()
    for edit in page.findChildren(QLineEdit):
        for text in ("", "1,5", "∞", "--3", "0x10", " 42 ", "9" * 400, "½"):
            edit.setText("")
            edit.insert(text)
            edit.textEdited.emit(text)
            QApplication.processEvents()
    assert w.wizard.currentId() == PageId.HEART
