"""ESC/EACTS 2025 clinical situations: the tier of all six options, the stage and the emergency flag.

Each row cites the recommendation it is written from (ids as in resources/guidelines/esc-eacts-2025.yaml; facts from
guideline-facts.md §2, read in full). Tier columns, in order: monitoring, medication,
teer, surgical_repair, surgical_replacement, tmvr.
Abbreviations: rec = recommended, rsn = reasonable, may = may_consider,
no = not_recommended, na = not_applicable, info = needs_information.
"""

from __future__ import annotations

import pytest

from decisionaid.assessment import Guideline
from decisionaid.rules import assess

from rule_cases import check_situation, mk


VENT = dict(mr="secondary_ventricular", sym="III", heart__lvef_pct=35, heart__lvesd_mm=55, heart__pasp_mmhg=40,
            heart__on_optimal_gdmt="yes", heart__hf_hospitalisation_or_raised_np="yes", heart__severe_rv_dysfunction="no",
            heart__advanced_hf="no", heart__cad_needing_revascularisation="no", heart__tr_grade="mild",
            anatomy__teer_suitable="yes", anatomy__cabg_planned="no", anatomy__durable_repair_likely=None,
            anatomy__leaflets=None)
# Asymptomatic severe primary MR with preserved LV and none of the ESC 2025 risk markers.
C1 = dict(heart__pasp_mmhg=35, heart__la_volume_index_ml_m2=40, heart__tr_grade="mild", heart__lvesd_index_mm_m2=18)
ASMR = dict(mr="secondary_atrial", sym="III", heart__lvef_pct=60, heart__atrial_fibrillation="yes",
            anatomy__durable_repair_likely=None, anatomy__leaflets=None)
BIO = dict(sym="III", anatomy__prior_mitral="bioprosthesis", anatomy__failing_prior_mitral="yes")

CASES = [
    # Surgery (I B) is for severe MR with symptoms or LV dysfunction; no vasodilators with preserved LV (§9.1.3).
    ("A_no_mr", mk(grade="none"), "A", False, "rec no no no no na"),
    ("B_mild", mk(grade="mild"), "B", False, "rec no no no no na"),
    ("B_moderate", mk(grade="moderate"), "B", False, "rec no no no no na"),
    ("B_moderate_symptomatic", mk(grade="moderate", sym="II"), "B", False, "rec na no no no na"),
    # Figure 11: asymptomatic, no LV dysfunction, no risk marker → watchful waiting (6-monthly review).
    ("C1_no_markers", mk(**C1), "C1", False, "rec no no no no na"),
    # IIa B: AF secondary to MR with preserved LV → surgery should be considered; repair preferred (I B).
    ("C1_af", mk(**{**C1, "heart__atrial_fibrillation": "yes"}), "C1", False, "rsn no no rsn may na"),
    # IIa B: SPAP >50 mmHg; durable repair unlikely → replacement.
    ("C1_spap_durable_no", mk(**{**C1, "heart__pasp_mmhg": 55, "anatomy__durable_repair_likely": "no"}), "C1", False,
     "rsn no no no rsn na"),
    # I B (new): ≥3 of AF, SPAP >50, LA dilatation, TR ≥ moderate, low risk, durable repair likely.
    ("C1_three_markers", mk(**{**C1, "heart__atrial_fibrillation": "yes", "heart__pasp_mmhg": 55,
                               "heart__la_volume_index_ml_m2": 70}), "C1", False, "no no no rec rsn na"),
    # The I B needs low risk; AF alone still gives IIa B.
    ("C1_three_markers_intermediate", mk(**{**C1, "risk": "intermediate", "heart__atrial_fibrillation": "yes",
                                            "heart__pasp_mmhg": 55, "heart__la_volume_index_ml_m2": 70}), "C1", False,
     "rsn no no rsn may na"),
    # IIa B: LA dilatation (≥60 mL/m²), low risk, durable repair → repair only.
    ("C1_la_dilated", mk(**{**C1, "heart__la_volume_index_ml_m2": 70}), "C1", False, "rsn no no rsn no na"),
    ("C1_la_dilated_intermediate", mk(**{**C1, "risk": "intermediate", "heart__la_volume_index_ml_m2": 70}), "C1", False,
     "rec no no no no na"),
    ("C1_markers_unknown", mk(heart__lvesd_index_mm_m2=18), "C1", False, "rec no no info info na"),
    # I B (2025): LVESDi ≥20 mm/m² is an LV-dysfunction trigger even with LVEF >60% and LVESD <40 mm
    # (under ESC the stage reads C2, as the rules do; under ACC/AHA it stays C1).
    ("lvesdi_trigger", mk(heart__lvesd_index_mm_m2=22), "C2", False, "no na no rec rsn na"),
    # I B: LVEF ≤60% → surgery; HF therapy for impaired LV.
    ("C2_lvef", mk(heart__lvef_pct=55), "C2", False, "no rsn no rec rsn na"),
    # I B: symptomatic, operable, not high risk; repair preferred (I B).
    ("D_low_risk", mk(sym="II"), "D", False, "no na no rec rsn na"),
    ("D_durable_no", mk(sym="II", anatomy__durable_repair_likely="no"), "D", False, "no na no no rec na"),
    # IIa B: TEER for symptomatic high-risk anatomically suitable; surgery only in selected high-risk patients (Fig 11).
    ("D_high_risk_teer", mk(sym="III", risk="high", anatomy__teer_suitable="yes"), "D", False, "no na rsn may may na"),
    # ESC uses "symptomatic", not NYHA III–IV.
    ("D_high_risk_nyha2_teer", mk(sym="II", risk="high", anatomy__teer_suitable="yes"), "D", False, "no na rsn may may na"),
    # Figure 11: high risk, not suitable for TEER → TMVI if feasible (no class).
    ("D_high_risk_no_teer", mk(sym="III", risk="high", anatomy__teer_suitable="no"), "D", False, "no na no may may may"),
    ("D_prohibitive_teer", mk(sym="IV", risk="prohibitive", anatomy__teer_suitable="yes"), "D", False, "no na rsn no no na"),
    ("D_risk_unknown", mk(sym="III", risk="unknown"), "D", False, "no na info rec rsn info"),
    ("severe_nothing_else_known", mk(sym="unknown", heart__lvef_pct=None, heart__lvesd_mm=None), "unknown", False,
     "info info info info info na"),
    # I A: ventricular SMR meeting Table 7; isolated surgery IIb C (suitable for surgery, no advanced HF).
    ("vsmr_table7", mk(**VENT), "D", False, "no rec rec may may na"),
    # IIb B: not meeting Table 7 (no HF hospitalisation / raised NP).
    ("vsmr_no_hf_hosp", mk(**{**VENT, "heart__hf_hospitalisation_or_raised_np": "no"}), "D", False, "no rec may may may na"),
    # IIb C: CAD needing revascularisation → PCI, then TEER after MR re-evaluation.
    ("vsmr_cad", mk(**{**VENT, "heart__cad_needing_revascularisation": "yes"}), "D", False, "no rec may may may na"),
    # GDMT before any intervention (ESC 2025 §9.2.4.1; ESC 2021 I B: only if symptomatic despite GDMT):
    # review while GDMT is optimised, then the MR is re-assessed.
    ("vsmr_not_on_gdmt", mk(**{**VENT, "heart__on_optimal_gdmt": "no"}), "D", False, "rsn rec no no no na"),
    # ESC 2021: valve intervention generally not an option when LVEF <15% → review with GDMT,
    # LVAD/transplant and palliative care (no dead end).
    ("vsmr_lvef_12", mk(**{**VENT, "heart__lvef_pct": 12}), "D", False, "rsn rec no no no na"),
    # Advanced HF: TEER IIb after LVAD/transplant evaluation; isolated surgery needs no advanced HF.
    ("vsmr_advanced_hf", mk(**{**VENT, "heart__advanced_hf": "yes"}), "D", False, "no rec may no no na"),
    # I B: severe ventricular SMR with CABG.
    # CABG planned: mitral surgery at CABG is the route; TEER does not apply.
    ("vsmr_cabg", mk(**{**VENT, "anatomy__cabg_planned": "yes"}), "D", False, "no rec na rec rec na"),
    # IIb B (new): moderate SMR with CABG.
    ("vsmr_moderate_cabg", mk(**{**VENT, "grade": "moderate", "sym": "none", "anatomy__cabg_planned": "yes"}), "B", False,
     "rec rec no may may na"),
    # ESC 2025 thresholds for secondary MR: EROA 0.32 cm² / RVol 48 mL count as severe.
    ("vsmr_esc_thresholds", mk(**{**VENT, "grade": "unknown", "severity__eroa_cm2": 0.32,
                                  "severity__regurgitant_volume_ml": 48}), "D", False, "no rec rec may may na"),
    ("vsmr_asymptomatic", mk(**{**VENT, "sym": "none"}), "C", False, "rec rec no no no na"),
    # IIa B (new): symptomatic atrial SMR → surgery + AF ablation + LAAO; TEER only if not eligible for surgery.
    ("asmr_surgery", mk(**ASMR), "D", False, "no rec no rsn rsn na"),
    # IIb B (new): not eligible for surgery → TEER may be considered.
    ("asmr_high_risk_teer", mk(**{**ASMR, "risk": "high", "anatomy__teer_suitable": "yes"}), "D", False,
     "no rec may may may na"),
    ("asmr_asymptomatic", mk(**{**ASMR, "sym": "none"}), "C", False, "rec rec no no no na"),
    # I C reintervention for symptomatic prosthetic dysfunction; IIa B ViV at intermediate/high risk.
    ("viv_high_risk", mk(**{**BIO, "risk": "high"}), "D", False, "no na na na may rsn"),
    ("viv_intermediate", mk(**{**BIO, "risk": "intermediate"}), "D", False, "no na na na rec rsn"),
    ("viv_low_risk", mk(**BIO), "D", False, "no na na na rec no"),
    # IIb C (new): TMVI for symptomatic extensive MAC with severe MV dysfunction.
    ("mac_high_risk", mk(sym="III", risk="high", anatomy__severe_mac="yes", anatomy__teer_suitable="no",
                         anatomy__durable_repair_likely="no"), "D", False, "no na no no may may"),
    ("mac_low_risk", mk(sym="III", anatomy__severe_mac="yes", anatomy__teer_suitable="unknown"), "D", False,
     "no na no rec rsn may"),
    # Emergencies: acute severe MR (urgent surgery, §9.1.4) and red flags.
    ("acute_severe", mk(sym="IV", onset="acute"), "acute", True, "no rsn info rec rsn na"),
    ("red_flag_mild", mk(grade="mild", sym="unknown", symptoms__red_flags=["fainting"]), "B", True, "rec na no no no na"),
    # Acute severe MR (issue 10; ESC 2025 §9.1.3–9.1.4, cited under ACC/AHA as the ESC text):
    # not staged, an emergency, urgent surgery whatever the MR type, medicines only as a bridge.
    ("acute_papillary", mk(sym="IV", onset="acute", acute_mechanism="papillary_muscle_rupture",
                           anatomy__durable_repair_likely="unknown"), "acute", True, "no rsn na may rec na"),
    ("acute_papillary_ventricular_type", mk(mr="secondary_ventricular", sym="IV", onset="acute",
                                            acute_mechanism="papillary_muscle_rupture",
                                            anatomy__durable_repair_likely="unknown"), "acute", True,
     "no rsn na may rec na"),
    ("acute_endocarditis", mk(mr="primary_endocarditis", sym="III", onset="acute", acute_mechanism="endocarditis",
                              anatomy__durable_repair_likely="no"), "acute", True, "no rsn na no rec no"),
    ("acute_chordal_low_risk", mk(sym="III", onset="acute", acute_mechanism="chordal_rupture",
                                  anatomy__teer_suitable="yes"), "acute", True, "no rsn no rec rsn na"),
    ("acute_chordal_high_risk", mk(sym="III", onset="acute", risk="high", acute_mechanism="chordal_rupture",
                                   anatomy__teer_suitable="yes"), "acute", True, "no rsn rsn rsn rsn na"),
    ("acute_prohibitive_no_teer", mk(sym="IV", onset="acute", risk="prohibitive", acute_mechanism="chordal_rupture",
                                     anatomy__teer_suitable="no"), "acute", True, "no rsn no no no na"),
    ("acute_grade_unknown_orthopnoea", mk(grade="unknown", sym="unknown", onset="acute",
                                          symptoms__everyday=["breathless_lying_flat"]), "acute", True,
     "info info info info info na"),
    # An indicated operation with durable repair not known: repair and replacement both active.
    ("D_durable_unknown", mk(sym="III", anatomy__durable_repair_likely="unknown"), "D", False, "no na no rec rsn na"),
    # Prior TEER: surgery stays active, with the raised-mortality caution in its reasons.
    ("D_after_teer", mk(sym="III", anatomy__prior_mitral="teer_device"), "D", False, "no na no rec rsn na"),
    # Prohibitive risk, TEER unsuitable: Figure 11 – TMVI if feasible (no class), no surgery.
    ("D_prohibitive_no_teer", mk(sym="IV", risk="prohibitive", anatomy__teer_suitable="no"), "D", False,
     "no na no no no may"),
    ("type_unknown_mild", mk(mr="unknown", grade="mild"), "B", False, "rec info no no no na"),
]


@pytest.mark.parametrize("case,stage,emergency,tiers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_situation(case, stage, emergency, tiers):
    check_situation(Guideline.esc_eacts_2025, case, stage, emergency, tiers)


def test_at_least_30_distinct_situations():
    assert len({c[0] for c in CASES}) == len(CASES) >= 30


def _care(case):
    return {c.id: c for c in assess(case, Guideline.esc_eacts_2025).other_care}


def test_esc_severity_thresholds_named_for_secondary_mr():
    a = assess(mk(**{**VENT, "grade": "unknown", "severity__eroa_cm2": 0.32}), Guideline.esc_eacts_2025)
    assert a.severity.grade == "severe" and "ESC/EACTS 2025" in a.severity.thresholds
    b = assess(mk(**{**VENT, "grade": "unknown", "severity__eroa_cm2": 0.32}), Guideline.acc_aha_2020)
    assert b.severity.grade == "moderate_severe" and "ASE 2017" in b.severity.thresholds


def test_valve_type_bands_mitral():
    def reasons(age):
        return _care(mk(sym="III", anatomy__durable_repair_likely="no", risk__age_years=age))["valve_type"].reasons[0]

    assert "mechanical" in reasons(64)
    assert "65–70" in reasons(68)
    assert "bioprosthetic" in reasons(71)


def test_endocarditis_prophylaxis_classes():
    teer = _care(mk(anatomy__prior_mitral="teer_device"))["endocarditis_prophylaxis"]
    assert [c.class_ for c in teer.recommendations] == ["IIa"]
    ring = _care(mk(anatomy__prior_mitral="ring", anatomy__prior_endocarditis="yes"))["endocarditis_prophylaxis"]
    assert {c.id for c in ring.recommendations} == {"esc2023-ie-prior", "esc2023-ie-prosthetic"}
    assert "endocarditis_prophylaxis" not in _care(mk(sym="III", anatomy__prior_endocarditis="no"))


def test_af_and_anticoagulation_with_surgery_adds_ablation_and_laa():
    care = _care(mk(**ASMR))
    assert {"af_treatment", "anticoagulation", "valve_type", "valve_team"} <= set(care)
    assert {"esc2025-af-ablation", "esc2025-laa"} <= {c.id for c in care["af_treatment"].recommendations}
    assert [c.id for c in care["anticoagulation"].recommendations] == ["esc2025-af-doac"]


def test_mechanical_valve_anticoagulation_no_doac():
    care = _care(mk(grade="mild", anatomy__prior_mitral="mechanical"))
    ids = {c.id for c in care["anticoagulation"].recommendations}
    assert ids == {"esc2025-mhv-vka", "esc2025-mhv-no-doac"}


def test_end_stage_lists_lvad_and_palliative_care():
    assert {"lvad_transplant", "palliative_care", "crt"} <= set(_care(mk(**{**VENT, "heart__lvef_pct": 12})))


def test_all_esc_citations_are_verified():
    a = assess(mk(**VENT), Guideline.esc_eacts_2025)
    assert all(c.verified for o in a.options for c in o.recommendations)
