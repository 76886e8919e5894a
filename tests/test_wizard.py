"""Full journeys through the wizard by real clicks and key presses, ending with the Case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from decisionaid.case import (
    CRT, NYHA, Audience, Grade, Leaflets, MRType, Onset, PriorMitral, RedFlag, Sex, Symptom,
    TriState,
)
from decisionaid.session import read_case
from test_wizard_helpers import (  # noqa: F401 - fixtures
    advance_to, choose, click, click_next, dialogs, make_window, type_number, widget,
)
from ui.wizard import PageId


def _core_accepts(w) -> None:
    """The Case the core receives: valid, round-trips through JSON, autosaved as is."""
    case = w.controller.case
    assert type(case).model_validate_json(case.model_dump_json()) == case
    assert read_case(w.sessions.autosave_path) == case


def test_patient_at_home_with_unknowns(qtbot, make_window):
    w = make_window()
    assert w.wizard.currentId() == PageId.START
    click(qtbot, w, "choice.audience=patient")
    assert not widget(w, "choice.guideline=acc-aha-2020").isVisible()  # clinicians only
    click_next(qtbot, w)
    click(qtbot, w, "choice.mr_type=unknown")
    click(qtbot, w, "choice.onset=unknown")
    click_next(qtbot, w)
    assert w.wizard.currentId() == PageId.SEVERITY
    assert not widget(w, "num.eroa_cm2").isVisible()  # a patient is not asked echo numbers
    click(qtbot, w, "choice.grade=unknown")
    click_next(qtbot, w)
    click(qtbot, w, "check.everyday=breathless_exertion")
    click(qtbot, w, "check.everyday=fatigue")
    click(qtbot, w, "choice.nyha=II")
    click_next(qtbot, w)
    assert w.wizard.currentId() == PageId.HEART
    assert not widget(w, "num.lvesd_mm").isVisible()
    click(qtbot, w, "unknown.lvef_pct")
    assert not widget(w, "num.lvef_pct").isEnabled()
    click_next(qtbot, w)
    type_number(qtbot, w, "age_years", "78")
    click(qtbot, w, "choice.sex=female")
    click(qtbot, w, "unknown.sts_prom_pct")
    click(qtbot, w, "unknown.euroscore2_pct")
    assert not widget(w, "num.frailty_indices").isVisible()
    assert not widget(w, "euroscoreButton").isVisible()
    assert click_next(qtbot, w) == PageId.REVIEW  # valve anatomy is skipped for patients
    assert PageId.ANATOMY not in w.wizard.review_page.change_buttons
    assert not w.banner.isVisible()

    case = w.controller.case
    assert case.audience == Audience.patient
    assert (case.mr_type, case.onset) == (MRType.unknown, Onset.unknown)
    assert case.severity.grade == Grade.unknown and not case.severity.has_echo_numbers()
    assert case.symptoms.everyday == [Symptom.breathless_exertion, Symptom.fatigue]
    assert case.symptoms.nyha == NYHA.II and case.symptoms.red_flags == []
    assert case.heart.lvef_pct is None
    assert (case.risk.age_years, case.risk.sex) == (78, Sex.female)
    assert case.risk.sts_prom_pct is None and case.risk.euroscore2_pct is None
    assert case.anatomy.teer_suitable == TriState.unknown
    _core_accepts(w)


def test_clinician_severe_primary_mr_with_lv_dysfunction(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    assert widget(w, "choice.guideline=acc-aha-2020").isChecked()
    click_next(qtbot, w)
    click(qtbot, w, "choice.mr_type=primary_degenerative")
    click(qtbot, w, "choice.onset=chronic")
    click_next(qtbot, w)
    click(qtbot, w, "choice.grade=severe")
    type_number(qtbot, w, "eroa_cm2", "0.5")
    type_number(qtbot, w, "regurgitant_volume_ml", "70")
    type_number(qtbot, w, "regurgitant_fraction_pct", "55")
    click(qtbot, w, "choice.flail_leaflet=yes")
    live = widget(w, "derivedSeverity").text()
    assert live.startswith("Grade:")
    if w.controller.derived()["grade"] is not None:  # the core's derivation is in place
        assert "Severe" in live
    click_next(qtbot, w)
    click(qtbot, w, "check.none_reported")
    click(qtbot, w, "choice.nyha=I")
    click_next(qtbot, w)
    type_number(qtbot, w, "lvef_pct", "55")
    type_number(qtbot, w, "lvesd_mm", "42")
    click(qtbot, w, "choice.atrial_fibrillation=no")
    click_next(qtbot, w)
    type_number(qtbot, w, "age_years", "64")
    click(qtbot, w, "choice.sex=male")
    type_number(qtbot, w, "sts_prom_pct", "1.2")
    type_number(qtbot, w, "frailty_indices", "0")
    type_number(qtbot, w, "organ_systems_compromised", "0")
    choose(qtbot, w, "impediment", "none")
    assert "low" in widget(w, "derivedRisk").text()  # from decisionaid.risk
    assert click_next(qtbot, w) == PageId.ANATOMY
    choose(qtbot, w, "leaflets", Leaflets.posterior_limited)
    click(qtbot, w, "choice.durable_repair_likely=yes")
    click(qtbot, w, "choice.severe_mac=no")
    choose(qtbot, w, "prior_mitral", PriorMitral.none)
    click(qtbot, w, "choice.cabg_planned=no")
    click(qtbot, w, "choice.life_expectancy_over_1y=yes")
    assert click_next(qtbot, w) == PageId.REVIEW

    case = w.controller.case
    assert case.audience == Audience.clinician
    assert w.controller.guideline.value == "acc-aha-2020"
    assert case.mr_type == MRType.primary_degenerative and case.onset == Onset.chronic
    s = case.severity
    assert (s.grade, s.eroa_cm2, s.regurgitant_volume_ml, s.regurgitant_fraction_pct) == (
        Grade.severe, 0.5, 70, 55)
    assert s.flail_leaflet == TriState.yes and s.vena_contracta_cm is None
    assert case.symptoms.none_reported and case.symptoms.nyha == NYHA.I
    assert (case.heart.lvef_pct, case.heart.lvesd_mm) == (55, 42)
    assert case.heart.atrial_fibrillation == TriState.no
    r = case.risk
    assert (r.age_years, r.sex, r.sts_prom_pct, r.frailty_indices) == (64, Sex.male, 1.2, 0)
    assert r.life_expectancy_over_1y == TriState.yes
    a = case.anatomy
    assert (a.leaflets, a.durable_repair_likely, a.severe_mac, a.prior_mitral, a.cabg_planned) == (
        Leaflets.posterior_limited, TriState.yes, TriState.no, PriorMitral.none, TriState.no)
    _core_accepts(w)


def test_clinician_secondary_mr_meeting_teer_criteria(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    click_next(qtbot, w)
    click(qtbot, w, "choice.mr_type=secondary_ventricular")
    click(qtbot, w, "choice.onset=chronic")
    click_next(qtbot, w)
    click(qtbot, w, "choice.grade=severe")
    type_number(qtbot, w, "eroa_cm2", "0.45")
    type_number(qtbot, w, "regurgitant_volume_ml", "65")
    click_next(qtbot, w)
    click(qtbot, w, "check.everyday=breathless_exertion")
    click(qtbot, w, "check.everyday=swelling")
    click(qtbot, w, "choice.nyha=III")
    click_next(qtbot, w)
    type_number(qtbot, w, "lvef_pct", "35")
    type_number(qtbot, w, "lvesd_mm", "60")
    type_number(qtbot, w, "pasp_mmhg", "45")
    click(qtbot, w, "choice.on_optimal_gdmt=yes")
    choose(qtbot, w, "crt", CRT.not_indicated)
    click(qtbot, w, "choice.hf_hospitalisation_or_raised_np=yes")
    click(qtbot, w, "choice.advanced_hf=no")
    click_next(qtbot, w)
    type_number(qtbot, w, "age_years", "72")
    click(qtbot, w, "choice.sex=male")
    type_number(qtbot, w, "sts_prom_pct", "6.5")
    assert "intermediate" in widget(w, "derivedRisk").text()
    click_next(qtbot, w)
    click(qtbot, w, "choice.teer_suitable=yes")
    click(qtbot, w, "choice.cabg_planned=no")
    assert click_next(qtbot, w) == PageId.REVIEW

    case = w.controller.case
    assert case.mr_type == MRType.secondary_ventricular
    assert (case.severity.grade, case.severity.eroa_cm2) == (Grade.severe, 0.45)
    assert case.symptoms.nyha == NYHA.III
    h = case.heart
    assert (h.lvef_pct, h.lvesd_mm, h.pasp_mmhg) == (35, 60, 45)  # LVEF 20–50, ≤70, ≤70
    assert h.on_optimal_gdmt == TriState.yes and h.crt == CRT.not_indicated
    assert h.hf_hospitalisation_or_raised_np == TriState.yes
    assert (case.risk.age_years, case.risk.sts_prom_pct) == (72, 6.5)
    assert case.anatomy.teer_suitable == TriState.yes
    _core_accepts(w)


def test_red_flag_shows_the_emergency_banner_on_every_following_page(qtbot, make_window):
    w = make_window()
    advance_to(qtbot, w, PageId.SYMPTOMS)
    assert not w.banner.isVisible()
    click(qtbot, w, "check.red_flags=chest_pain_rest")
    assert w.banner.isVisible()  # at once, before Next
    assert "911" in w.banner.text() and "112" in w.banner.text()
    for page in (PageId.HEART, PageId.RISK, PageId.REVIEW):
        assert click_next(qtbot, w) == page
        assert w.banner.isVisible(), page
    assert w.controller.case.symptoms.red_flags == [RedFlag.chest_pain_rest]
    _core_accepts(w)
    # Unticking it removes the banner.
    w.wizard.go_to(PageId.SYMPTOMS)
    click(qtbot, w, "check.red_flags=chest_pain_rest")
    assert not w.banner.isVisible()


def test_review_change_jumps_back_and_returns(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    advance_to(qtbot, w, PageId.REVIEW)
    review = w.wizard.review_page
    assert set(review.change_buttons) == {PageId.START, PageId.TYPE, PageId.SEVERITY,
                                          PageId.SYMPTOMS, PageId.HEART, PageId.RISK,
                                          PageId.ANATOMY}
    qtbot.mouseClick(review.change_buttons[PageId.HEART], Qt.MouseButton.LeftButton)
    assert w.wizard.currentId() == PageId.HEART
    type_number(qtbot, w, "lvef_pct", "40")
    back_to_review = w.wizard.button(QWizard.WizardButton.CustomButton1)
    assert back_to_review.isVisible()
    qtbot.mouseClick(back_to_review, Qt.MouseButton.LeftButton)
    assert w.wizard.currentId() == PageId.REVIEW
    assert w.controller.case.heart.lvef_pct == 40
    texts = [lbl.text() for lbl in review.findChildren(type(review.live))]
    assert any("40 %" in t for t in texts)


def test_part2_pages_follow_review_when_present(qtbot, make_window):
    from ui.wizard import _part2_pages

    w = make_window(with_part2=True)
    found = [pid for pid, _cls in _part2_pages()]
    assert set(found) <= {PageId.RESULTS, PageId.VALUES, PageId.SUMMARY}
    for pid in found:
        assert w.wizard.page(pid) is not None
    assert w.wizard.page(PageId.REVIEW).nextId() == (min(found) if found else -1)


def test_euroscore_calculator_fills_the_risk_page(qtbot, make_window, monkeypatch):
    from ui.pages_euroscore import EuroScoreDialog

    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    advance_to(qtbot, w, PageId.RISK)
    type_number(qtbot, w, "age_years", "75")
    click(qtbot, w, "choice.sex=female")

    def run(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        type_number(qtbot, dialog, "weight_kg", "60")
        type_number(qtbot, dialog, "creatinine", "1.2")
        type_number(qtbot, dialog, "lvef_pct", "60")
        type_number(qtbot, dialog, "pasp_mmhg", "25")
        assert "38.4" in dialog.output.text()  # Cockcroft–Gault, from the core
        dialog.hide()
        return EuroScoreDialog.DialogCode.Accepted

    monkeypatch.setattr(EuroScoreDialog, "exec", run)
    click(qtbot, w, "euroscoreButton")
    r = w.controller.case.risk
    assert r.euroscore2_pct is not None and 0 < r.euroscore2_pct < 100
    assert r.euroscore2_inputs["weight_kg"] == 60
    assert widget(w, "num.euroscore2_pct").text() == f"{r.euroscore2_pct:g}"
