"""ACC/AHA 2020 clinical situations: the tier of all six options, the stage and the emergency flag.

Each row cites the recommendation it is written from (ids as in guideline-facts.md §1 and
resources/guidelines/acc-aha-2020.yaml). Tier columns, in order: monitoring, medication,
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
            heart__on_optimal_gdmt="yes", anatomy__teer_suitable="yes", anatomy__cabg_planned="no",
            anatomy__durable_repair_likely=None, anatomy__leaflets=None)

CASES = [
    # P1/P2 apply only to severe MR; stage A/B → surveillance (TTE intervals, class 1); vasodilators 3: No Benefit.
    ("A_no_mr", mk(grade="none"), "A", False, "rec no no no no na"),
    ("B_mild", mk(grade="mild"), "B", False, "rec no no no no na"),
    ("B_moderate", mk(grade="moderate"), "B", False, "rec no no no no na"),
    ("B_moderate_severe", mk(grade="moderate_severe"), "B", False, "rec no no no no na"),
    # Symptoms with non-severe MR: no MR intervention; medicines have no MR-specific recommendation.
    ("B_moderate_symptomatic", mk(grade="moderate", sym="II"), "B", False, "rec na no no no na"),
    # P4 (2a): C1 repair when durable repair >95% likely and mortality <1% (low risk).
    ("C1_repair_reasonable", mk(), "C1", False, "rec no no rsn no na"),
    # P4 not met, P5 (2b) not met → no surgery in C1.
    ("C1_durable_no", mk(anatomy__durable_repair_likely="no", heart__serial_lv_change="no"), "C1", False, "rec no no no no na"),
    # P5 (2b): progressive LV change on ≥3 studies → surgery may be considered irrespective of repair.
    ("C1_serial_change", mk(anatomy__durable_repair_likely="no", heart__serial_lv_change="yes"), "C1", False, "rec no no may may na"),
    # P7 (3: Harm): limited posterior leaflet → no replacement.
    ("C1_serial_posterior_limited", mk(anatomy__durable_repair_likely="no", anatomy__leaflets="posterior_limited",
                                       heart__serial_lv_change="yes"), "C1", False, "rec no no may no na"),
    # P4 needs expected mortality <1%: intermediate risk fails it.
    ("C1_intermediate_risk", mk(risk="intermediate", heart__serial_lv_change="no"), "C1", False, "rec no no no no na"),
    # P4/P5 inputs unknown → needs information.
    ("C1_unknowns", mk(anatomy__durable_repair_likely="unknown", heart__serial_lv_change="unknown"), "C1", False,
     "rec no no info info na"),
    # P2 (1): C2 with LVEF ≤60% → surgery; P3 repair preferred; GDMT 2a for LV dysfunction.
    ("C2_lvef", mk(heart__lvef_pct=55), "C2", False, "no rsn no rec rsn na"),
    # P2 (1): C2 by LVESD ≥40 mm alone (LVEF 65%: no GDMT recommendation).
    ("C2_lvesd", mk(heart__lvesd_mm=45), "C2", False, "no na no rec rsn na"),
    # P1 (1): symptomatic severe → intervention; P3 repair preferred.
    ("D_low_risk_repair", mk(sym="II"), "D", False, "no na no rec rsn na"),
    # P1 + durable repair unlikely → replacement.
    ("D_durable_no", mk(sym="II", anatomy__durable_repair_likely="no"), "D", False, "no na no no rec na"),
    # P7 (3: Harm) with unknown durability in degenerative disease.
    ("D_posterior_limited", mk(sym="III", anatomy__durable_repair_likely="unknown", anatomy__leaflets="posterior_limited"),
     "D", False, "no na no rec no na"),
    # Indicated operation, repairability unknown: repair if durable, else replacement (both active).
    ("D_rheumatic_unknown_repair", mk(mr="primary_rheumatic", sym="III", anatomy__durable_repair_likely="unknown",
                                      anatomy__leaflets="unknown"), "D", False, "no na no rec rsn na"),
    # P6 (2a, UNVERIFIED, open point IIb): NYHA III–IV, high risk, suitable anatomy, life expectancy ≥1 y.
    # High risk: surgery is not shown above TEER (capped at reasonable, the aid's reading).
    ("D_high_risk_teer", mk(sym="III", risk="high", anatomy__teer_suitable="yes"), "D", False, "no na rsn rsn rsn na"),
    # P6 needs NYHA III–IV.
    ("D_high_risk_nyha2", mk(sym="II", risk="high", anatomy__teer_suitable="yes"), "D", False, "no na no rsn rsn na"),
    # Prohibitive risk → no surgery; P6 TEER.
    ("D_prohibitive_teer", mk(sym="IV", risk="prohibitive", anatomy__teer_suitable="yes"), "D", False, "no na rsn no no na"),
    # P6 needs life expectancy ≥1 year.
    ("D_high_risk_short_life", mk(sym="III", risk="high", anatomy__teer_suitable="yes", risk__life_expectancy_over_1y="no"),
     "D", False, "no na no rsn rsn na"),
    ("D_high_risk_anatomy_unknown", mk(sym="III", risk="high"), "D", False, "no na info rsn rsn na"),
    # Low-EF primary MR: P1 irrespective of LV function; GDMT reasonable (2a) while surgery awaited.
    ("D_low_ef", mk(sym="III", heart__lvef_pct=25, heart__lvesd_mm=55), "D", False, "no rsn no rec rsn na"),
    ("severe_nothing_else_known", mk(sym="unknown", heart__lvef_pct=None, heart__lvesd_mm=None), "unknown", False,
     "info info info info info na"),
    ("grade_unknown", mk(grade="unknown"), "unknown", False, "info info info info info na"),
    # Mixed MR follows the primary-MR rules.
    ("mixed_D", mk(mr="mixed", sym="III"), "D", False, "no na no rec rsn na"),
    # S1 GDMT (1), S3 TEER (2a, COAPT criteria), S5 surgery (2b) for NYHA III–IV on GDMT, LVEF <50%.
    ("vsmr_coapt", mk(**VENT), "D", False, "no rec rsn may may na"),
    # S3/S5 need optimal GDMT first: GDMT with review (monitoring reasonable), no dead end.
    ("vsmr_not_on_gdmt", mk(**{**VENT, "heart__on_optimal_gdmt": "no"}), "D", False, "rsn rec no no no na"),
    # S3 needs LVEF ≥20%; S5 still applies.
    ("vsmr_lvef_17", mk(**{**VENT, "heart__lvef_pct": 17}), "D", False, "no rec no may may na"),
    # S3 needs PASP ≤70 mmHg.
    ("vsmr_pasp_80", mk(**{**VENT, "heart__pasp_mmhg": 80}), "D", False, "no rec no may may na"),
    # S4 (2a): severe secondary MR with CABG.
    # CABG planned: mitral surgery at CABG is the route; TEER does not apply.
    ("vsmr_cabg", mk(**{**VENT, "anatomy__cabg_planned": "yes"}), "D", False, "no rec na rsn rsn na"),
    # S8 (2b): moderate secondary MR with CABG, repair of uncertain use.
    ("vsmr_moderate_cabg", mk(**{**VENT, "grade": "moderate", "sym": "none", "anatomy__cabg_planned": "yes"}), "B", False,
     "rec rec no may no na"),
    # End-stage: advanced HF → no valve intervention; review with medicines, LVAD/transplant, palliative care.
    ("vsmr_advanced_hf", mk(**{**VENT, "heart__advanced_hf": "yes"}), "D", False, "rsn rec no no no na"),
    # Stage C secondary (asymptomatic severe): no intervention; GDMT.
    ("vsmr_asymptomatic", mk(**{**VENT, "sym": "none"}), "C", False, "rec rec no no no na"),
    # ACC/AHA uses EROA ≥0.40 cm² for severe secondary MR: EROA 0.32 / RVol 48 is moderate–severe (stage B).
    ("vsmr_acc_thresholds", mk(**{**VENT, "grade": "unknown", "severity__eroa_cm2": 0.32,
                                  "severity__regurgitant_volume_ml": 48}), "B", False, "rec rec no no no na"),
    # S7 (2b): atrial secondary MR, LVEF ≥50%, NYHA III–IV → surgery may be considered; no TEER item.
    ("asmr_surgery", mk(mr="secondary_atrial", sym="III", heart__lvef_pct=60, heart__atrial_fibrillation="yes"), "D", False,
     "rsn rec na may may na"),
    # S7 needs LVEF ≥50%: no procedure → review with medicines (and palliative care).
    ("asmr_low_ef", mk(mr="secondary_atrial", sym="III", heart__lvef_pct=45), "D", False, "rsn rec na no no na"),
    ("asmr_moderate", mk(mr="secondary_atrial", grade="moderate"), "B", False, "rec rec na no no na"),
    # Mitral ViV (2a, UNVERIFIED): severely symptomatic failing bioprosthesis at high/prohibitive risk.
    ("viv_high_risk", mk(sym="III", risk="high", anatomy__prior_mitral="bioprosthesis", anatomy__failing_prior_mitral="yes"),
     "D", False, "no na na na may rsn"),
    ("viv_low_risk", mk(sym="III", anatomy__prior_mitral="bioprosthesis", anatomy__failing_prior_mitral="yes"),
     "D", False, "no na na na rsn no"),
    ("bioprosthesis_working", mk(grade="mild", anatomy__prior_mitral="bioprosthesis", anatomy__failing_prior_mitral="no"),
     "B", False, "rec na na na no no"),
    # No US TMVR recommendation (MAC): tmvr not applicable; P1 replacement when repair unlikely.
    ("mac_high_risk", mk(sym="III", risk="high", anatomy__severe_mac="yes", anatomy__teer_suitable="no",
                         anatomy__durable_repair_likely="no"), "D", False, "no na no no rsn na"),
    # Emergencies: acute severe MR and red flags.
    ("acute_severe", mk(sym="IV", onset="acute"), "acute", True, "no rsn info rec rsn na"),
    ("red_flag_mild", mk(grade="mild", sym="unknown", symptoms__red_flags=["chest_pain_rest"]), "B", True,
     "rec na no no no na"),
    # Unknown MR type with mild MR and no symptoms: no intervention whatever the type.
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
    # Prohibitive risk, TEER unsuitable: no procedure – medicines with review and palliative care.
    ("D_prohibitive_no_teer", mk(sym="IV", risk="prohibitive", anatomy__teer_suitable="no"), "D", False,
     "rsn rsn no no no na"),
    ("type_unknown_mild", mk(mr="unknown", grade="mild"), "B", False, "rec info no no no na"),
]


@pytest.mark.parametrize("case,stage,emergency,tiers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_situation(case, stage, emergency, tiers):
    check_situation(Guideline.acc_aha_2020, case, stage, emergency, tiers)


def test_at_least_30_distinct_situations():
    assert len({c[0] for c in CASES}) == len(CASES) >= 30


def _care(case):
    return {c.id: c for c in assess(case, Guideline.acc_aha_2020).other_care}


def test_emergency_care_comes_first():
    a = assess(mk(sym="IV", onset="acute"), Guideline.acc_aha_2020)
    assert a.other_care[0].id == "emergency_care" and a.emergency_reasons


def test_endocarditis_prophylaxis_only_with_material_or_previous_ie():
    assert "endocarditis_prophylaxis" not in _care(mk(sym="III"))
    for prior in ("ring", "teer_device", "bioprosthesis", "mechanical"):
        assert "endocarditis_prophylaxis" in _care(mk(anatomy__prior_mitral=prior)), prior
    assert "endocarditis_prophylaxis" in _care(mk(anatomy__prior_endocarditis="yes"))


def test_valve_type_uses_mitral_age_bands():
    young = _care(mk(sym="III", anatomy__durable_repair_likely="no", risk__age_years=60))["valve_type"]
    old = _care(mk(sym="III", anatomy__durable_repair_likely="no", risk__age_years=66))["valve_type"]
    assert "mechanical" in young.reasons[0] and "65" in young.reasons[0]
    assert "bioprosthetic" in old.reasons[0]
    assert any(not c.verified for c in young.recommendations)  # mitral bands UNVERIFIED


def test_anticoagulation_and_af_treatment_for_af_and_crt_for_candidates():
    care = _care(mk(sym="III", heart__atrial_fibrillation="yes"))
    assert {"anticoagulation", "af_treatment"} <= set(care)
    assert "crt" in _care(mk(**{**VENT, "heart__crt": "candidate"}))
    care = _care(mk(**{**VENT, "heart__advanced_hf": "yes"}))
    assert {"lvad_transplant", "palliative_care"} <= set(care)


def test_rheumatic_fever_prevention_and_valve_team():
    care = _care(mk(mr="primary_rheumatic", grade="severe", sym="III"))
    assert {"rheumatic_fever_prevention", "valve_team"} <= set(care)
    assert "valve_team" not in _care(mk(grade="mild"))


def test_teer_primary_citation_carries_the_open_point():
    a = assess(mk(sym="III", risk="high", anatomy__teer_suitable="yes"), Guideline.acc_aha_2020)
    cite = a.option("teer").recommendations[0]
    assert (cite.class_, cite.loe, cite.verified) == ("2a", "B-NR", False)
    assert "IIb" in cite.note


def test_harm_recommendation_is_cited_for_limited_posterior_leaflet():
    a = assess(mk(sym="III", anatomy__leaflets="posterior_limited"), Guideline.acc_aha_2020)
    repl = a.option("surgical_replacement")
    assert repl.tier.value == "not_recommended"
    assert [c.class_ for c in repl.recommendations] == ["3: Harm"]
