"""The inputs issue 10 added (acute cause, rheumatic stenosis, pregnancy wish): each is asked only
when it matters, by real clicks in the wizard, and reaches the Case."""

from __future__ import annotations

from decisionaid.case import AcuteMechanism, Onset, TriState
from test_wizard_helpers import (  # noqa: F401 - fixtures
    advance_to, click, click_next, dialogs, make_window, widget,
)
from ui.wizard import PageId


def test_acute_cause_is_asked_only_after_choosing_a_sudden_onset(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    click_next(qtbot, w)
    assert w.wizard.currentId() == PageId.TYPE
    click(qtbot, w, "choice.mr_type=primary_degenerative")
    click(qtbot, w, "choice.onset=chronic")
    assert not widget(w, "choice.acute_mechanism=chordal_rupture").isVisible()
    click(qtbot, w, "choice.onset=acute")
    assert widget(w, "choice.acute_mechanism=chordal_rupture").isVisible()
    assert widget(w, "choice.acute_mechanism=unknown").accessibleName().startswith("Cause of the sudden leak")
    click(qtbot, w, "choice.acute_mechanism=papillary_muscle_rupture")
    case = w.controller.case
    assert case.onset == Onset.acute
    assert case.acute_mechanism == AcuteMechanism.papillary_muscle_rupture
    click(qtbot, w, "choice.onset=chronic")
    assert not widget(w, "choice.acute_mechanism=chordal_rupture").isVisible()


def test_pregnancy_question_appears_for_women_only(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=patient")
    for _ in range(5):
        click_next(qtbot, w)
    assert w.wizard.currentId() == PageId.RISK
    click(qtbot, w, "choice.sex=male")
    assert not widget(w, "choice.pregnancy_wish=yes").isVisible()
    click(qtbot, w, "choice.sex=female")
    assert widget(w, "choice.pregnancy_wish=yes").isVisible()
    click(qtbot, w, "choice.pregnancy_wish=yes")
    assert w.controller.case.risk.pregnancy_wish == TriState.yes


def test_stenosis_question_appears_for_rheumatic_mr_only(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    click_next(qtbot, w)
    click(qtbot, w, "choice.mr_type=primary_rheumatic")
    for _ in range(5):
        click_next(qtbot, w)
    assert w.wizard.currentId() == PageId.ANATOMY
    assert widget(w, "choice.mitral_stenosis=yes").isVisible()
    click(qtbot, w, "choice.mitral_stenosis=yes")
    assert w.controller.case.anatomy.mitral_stenosis == TriState.yes


def test_results_show_follow_up_in_plain_words_for_the_patient(qtbot):
    """Patient view: plain follow-up without clinician verdicts; clinician view: the verdict."""
    from PySide6.QtWidgets import QLabel, QWizard

    from decisionaid.rules import assess
    from rule_cases import mk
    from ui.controller import CaseController
    from ui.results_page import ResultsPage

    case = mk(sym="III")  # stage D: an intervention is indicated
    controller = CaseController(case)
    wizard = QWizard()
    page = ResultsPage(controller)
    wizard.addPage(page)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    a = assess(case, controller.guideline)
    page.set_view("patient")
    shown = page.findChild(QLabel, "follow-up").text()
    assert shown == a.follow_up_patient and "indicated" not in shown.lower()
    page.set_view("clinician")
    assert "indicated" in page.findChild(QLabel, "follow-up").text()
