"""The whole clinician path and the whole patient path with key events only.

Tab and Shift+Tab to move, Space and arrows to answer, typed characters to whatever has the
focus, Alt+N / Alt+B for Next and Back — no clicks, no setText(), until the summary page.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from decisionaid.case import NYHA, Audience, Leaflets, MRType
from test_wizard_helpers import (  # noqa: F401 - fixtures
    alt, dialogs, make_window, named, press, tab_until, type_keys,
)
from ui.wizard import PageId


def radio_of(group: str):
    return lambda w: isinstance(w, QRadioButton) and w.objectName().startswith(f"choice.{group}=")


@pytest.mark.parametrize("audience", ["patient", "clinician"])
def test_keyboard_only_walk_reaches_the_summary(qtbot, make_window, audience):
    w = make_window(with_part2=True)
    assert w.wizard.currentId() == PageId.START
    tab_until(qtbot, radio_of("audience"))
    if audience == "clinician":
        press(qtbot, Qt.Key.Key_Down)
    assert w.controller.case.audience == Audience(audience)
    tab_until(qtbot, named("text.patient_name"))
    type_keys(qtbot, "Margaret")
    assert alt(qtbot, w, "N") == PageId.TYPE

    tab_until(qtbot, radio_of("mr_type"))
    press(qtbot, Qt.Key.Key_Space)  # the first answer: primary, degenerative
    assert w.controller.case.mr_type == MRType.primary_degenerative
    assert alt(qtbot, w, "N") == PageId.SEVERITY

    tab_until(qtbot, radio_of("grade"))
    press(qtbot, Qt.Key.Key_Space)
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Right)  # none → mild → moderate → moderate-severe → severe
    assert w.controller.case.severity.grade.value == "severe"
    assert alt(qtbot, w, "N") == PageId.SYMPTOMS

    tab_until(qtbot, named("check.everyday=breathless_exertion"))
    press(qtbot, Qt.Key.Key_Space)
    tab_until(qtbot, radio_of("nyha"))
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert w.controller.case.symptoms.nyha == NYHA.III
    # Shift+Tab goes back to the ticked symptom; Space unticks and ticks it again
    tab_until(qtbot, named("check.everyday=breathless_exertion"), backward=True)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Space)
    assert [s.value for s in w.controller.case.symptoms.everyday] == ["breathless_exertion"]
    assert alt(qtbot, w, "N") == PageId.HEART

    tab_until(qtbot, named("num.lvef_pct"))
    type_keys(qtbot, "60")
    assert alt(qtbot, w, "N") == PageId.RISK
    tab_until(qtbot, named("num.age_years"))
    type_keys(qtbot, "84")
    # Alt+B goes back and Alt+N forward again without losing anything
    assert alt(qtbot, w, "B") == PageId.HEART
    assert alt(qtbot, w, "N") == PageId.RISK
    if audience == "clinician":
        assert alt(qtbot, w, "N") == PageId.ANATOMY
        tab_until(qtbot, named("combo.leaflets"))
        press(qtbot, Qt.Key.Key_Home)  # the first entry, then one down
        press(qtbot, Qt.Key.Key_Down)
        assert w.controller.case.anatomy.leaflets == Leaflets.posterior
    assert alt(qtbot, w, "N") == PageId.REVIEW
    assert alt(qtbot, w, "N") == PageId.RESULTS
    assert alt(qtbot, w, "N") == PageId.VALUES
    assert alt(qtbot, w, "N") == PageId.SUMMARY
    case = w.controller.case
    assert (case.patient_name, case.heart.lvef_pct, case.risk.age_years) == ("Margaret", 60, 84)
    assert QApplication.focusWidget() is not None and QApplication.focusWidget().window() is w
