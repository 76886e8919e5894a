"""Issue 10 items 6 and 7, and the words of the new pathways, case by case.

Each test is written from guideline-facts.md (sections named in the test), not from the rules.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from decisionaid.assessment import Guideline, OptionId, Tier
from decisionaid.case import Case
from decisionaid.cli_assess import render_text
from decisionaid.derive import derive_severity
from decisionaid.rules import assess
from decisionaid.rules.common import say
from rule_cases import mk
from test_rules_properties import assessed_sweep

ACC, ESC = Guideline.acc_aha_2020, Guideline.esc_eacts_2025
ACTIVE = (Tier.recommended, Tier.reasonable, Tier.may_consider)


def care(a, cid):
    items = [c for c in a.other_care if c.id == cid]
    return items[0] if items else None


# ---------------------------------------------------------------- item 6: follow-up


def test_esc_lv_trigger_by_lvesdi_alone_is_not_routine_surveillance():
    a = assess(mk(heart__lvesd_index_mm_m2=22), ESC)  # ESC 2025 Table 6: LVESDi ≥20 mm/m²
    assert a.stage == "C2"
    assert "every 6 months" not in a.follow_up and "not meeting" not in a.follow_up
    assert "indicated" in a.follow_up
    assert a.option(OptionId.monitoring).tier == Tier.not_recommended
    assert assess(mk(heart__lvesd_index_mm_m2=22), ACC).stage == "C1"  # not an ACC/AHA trigger


def test_esc_three_markers_follow_up_says_intervention():
    case = mk(heart__atrial_fibrillation="yes", heart__pasp_mmhg=55, heart__la_volume_index_ml_m2=65)
    a = assess(case, ESC)
    assert a.option(OptionId.surgical_repair).tier == Tier.recommended
    assert "indicated" in a.follow_up


def test_patient_follow_up_is_plain_and_carries_no_verdict():
    verdict = re.compile(r"\b(indicated|intervention|class|GDMT|LVEF|TEE|stage)\b", re.IGNORECASE)
    seen = set()
    for _case, a in assessed_sweep()[::7]:
        assert a.follow_up_patient and not verdict.search(a.follow_up_patient), a.follow_up_patient
        seen.add(a.follow_up_patient)
    assert len(seen) >= 8


def test_no_procedure_follow_up_offers_the_path():
    a = assess(mk(sym="IV", risk="prohibitive", anatomy__teer_suitable="no"), ACC)
    assert a.follow_up == say("follow_up.acc.no_procedure")
    assert care(a, "palliative_care") is not None
    assert say("monitoring.not_sole") not in a.option(OptionId.monitoring).reasons


def test_not_yet_on_gdmt_is_gdmt_first_not_palliative():
    case = mk(mr="secondary_ventricular", sym="III", heart__lvef_pct=35, heart__on_optimal_gdmt="no",
              anatomy__teer_suitable="yes", anatomy__cabg_planned="no")
    for g in Guideline:
        a = assess(case, g)
        assert a.option(OptionId.medication).tier == Tier.recommended
        assert say("monitoring.after_gdmt") in a.option(OptionId.monitoring).reasons
        assert care(a, "palliative_care") is None
        assert "optimised" in a.follow_up


# ---------------------------------------------------------------- item 7


def test_rheumatic_af_asks_about_stenosis_before_a_doac():
    base = dict(mr="primary_rheumatic", grade="moderate", heart__atrial_fibrillation="yes")
    unknown = assess(mk(**base), ESC)
    assert say("care.anticoag_ask_ms") in care(unknown, "anticoagulation").reasons
    stenosis = assess(mk(**base, anatomy__mitral_stenosis="yes"), ESC)
    item = care(stenosis, "anticoagulation")
    assert say("care.anticoag_rms_esc") in item.reasons
    assert say("care.anticoag_af_esc") not in item.reasons  # no DOAC preference
    assert [(c.class_, c.loe) for c in item.recommendations if c.id == "esc2025-af-rms-no-doac"] == [("III", "B")]
    none = assess(mk(**base, anatomy__mitral_stenosis="no"), ESC)
    assert say("care.anticoag_af_esc") in care(none, "anticoagulation").reasons
    acc = assess(mk(**base, anatomy__mitral_stenosis="yes"), ACC)
    assert say("care.anticoag_rms_acc") in care(acc, "anticoagulation").reasons


@pytest.mark.parametrize("guideline,cite", [(ESC, "esc2025-valve-bio-pregnancy"), (ACC, "xref-esc2025-valve-pregnancy")])
def test_a_woman_who_may_want_pregnancy_hears_the_tissue_valve_statement(guideline, cite):
    case = mk(sym="III", anatomy__durable_repair_likely="no", risk__sex="female", risk__age_years=32,
              risk__pregnancy_wish="yes")
    a = assess(case, guideline)
    assert a.option(OptionId.surgical_replacement).tier in ACTIVE
    item = care(a, "valve_type")
    key = "valve_type.pregnancy_esc" if guideline == ESC else "valve_type.pregnancy_acc"
    assert say(key) in item.reasons
    rec = next(c for c in item.recommendations if c.id == cite)
    assert (rec.society, rec.year, rec.class_, rec.loe) == ("ESC/EACTS", 2025, "IIa", "C")
    unknown = assess(mk(sym="III", anatomy__durable_repair_likely="no", risk__sex="female", risk__age_years=32), guideline)
    assert say("valve_type.pregnancy_ask") in care(unknown, "valve_type").reasons
    man = assess(mk(sym="III", anatomy__durable_repair_likely="no", risk__sex="male", risk__age_years=32), guideline)
    assert not any("pregnan" in r for r in care(man, "valve_type").reasons)


def test_discordant_echo_says_quantify_further():
    case = mk(grade="unknown", severity__eroa_cm2=0.45, severity__regurgitant_volume_ml=25,
              severity__regurgitant_fraction_pct=35)
    for g in Guideline:
        a = assess(case, g)
        assert a.severity.discordant
        assert a.severity.grade != "severe"
        assert say("severity.quantify_further") in a.option(OptionId.surgical_repair).reasons
        assert any("TEE" in w for w in a.warnings)
    concordant = assess(mk(grade="unknown", severity__eroa_cm2=0.45, severity__regurgitant_volume_ml=65), ACC)
    assert not concordant.severity.discordant


def test_esc_smr_cutoffs_are_prognostic_in_ventricular_and_not_applied_to_atrial():
    vent = Case.model_validate({"mr_type": "secondary_ventricular", "severity": {"eroa_cm2": 0.32}})
    atrial = Case.model_validate({"mr_type": "secondary_atrial", "severity": {"eroa_cm2": 0.32}})
    v = derive_severity(vent, ESC)
    assert v.grade == "severe" and "prognostically significant" in v.thresholds
    assert derive_severity(atrial, ESC).grade == "moderate_severe"
    assert derive_severity(vent, ACC).grade == "moderate_severe"


def test_one_lv_threshold_constant_per_guideline():
    rules = Path(__file__).parents[1] / "decisionaid" / "rules"
    for name in ("acc_aha_2020.py", "esc_eacts_2025.py"):
        src = (rules / name).read_text(encoding="utf-8")
        assert not re.search(r'"heart\.lvef_pct", "<=", 60', src), name
        assert not re.search(r'"heart\.lvesd_mm", ">=", 40', src), name
    derive_src = (rules.parent / "derive.py").read_text(encoding="utf-8")
    assert len(re.findall(r"lvef_at_or_below=60", derive_src)) == 2  # ACC_LV and ESC_LV, once each


def test_gdmt_in_primary_mr_with_lv_dysfunction_is_for_when_surgery_cannot_be_done():
    for g in Guideline:
        a = assess(mk(heart__lvef_pct=55), g)
        med = a.option(OptionId.medication)
        assert med.tier == Tier.reasonable
        assert any("not possible or must be delayed" in r for r in med.reasons)


def test_unverified_classes_and_intervals_keep_their_mark():
    for grade, stage in (("mild", "B"), ("moderate", "B"), ("severe", "C1")):
        a = assess(mk(grade=grade), ACC)
        assert a.stage == stage
        assert "not verified" in a.follow_up
        monitoring = " ".join(a.option(OptionId.monitoring).reasons)
        assert "not verified" in monitoring
    a = assess(mk(sym="III", anatomy__durable_repair_likely="no", risk__age_years=60), ACC)
    assert any("UNVERIFIED" in r for r in care(a, "valve_type").reasons)
    text = render_text(a)
    for o in a.options:
        for c in o.recommendations:
            if not c.verified:
                assert say("cli.unverified") in text


# ---------------------------------------------------------------- words of the acute pathway


def test_acute_medicines_are_a_bridge_and_endocarditis_gets_antibiotics():
    case = mk(mr="primary_endocarditis", sym="III", onset="acute", acute_mechanism="endocarditis")
    for g in Guideline:
        a = assess(case, g)
        med = " ".join(a.option(OptionId.medication).reasons)
        for word in ("nitrates", "diuretics", "nitroprusside", "inotropes", "balloon pump"):
            assert word in med
        assert say("medication.gdmt_first") not in med
        assert care(a, "endocarditis_treatment") is not None
        assert a.other_care[0].id == "emergency_care"
        assert a.option(OptionId.tmvr).tier == Tier.not_recommended
        assert "Acute" in a.follow_up and "6 months" not in a.follow_up


def test_acute_cites_the_esc_text_under_its_own_society_in_both_sets():
    case = mk(sym="IV", onset="acute", acute_mechanism="papillary_muscle_rupture")
    for g in Guideline:
        cites = assess(case, g).option(OptionId.surgical_replacement).recommendations
        assert [(c.society, c.year, c.class_) for c in cites] == [("ESC/EACTS", 2025, "–")]
        assert "§9.1.4" in cites[0].section


def test_acute_severe_mr_through_a_replacement_valve_is_urgent_reintervention():
    case = mk(sym="IV", onset="acute", risk="high", anatomy__prior_mitral="bioprosthesis")
    for g in Guideline:
        a = assess(case, g)
        assert a.stage == "acute" and a.emergency
        assert a.option(OptionId.monitoring).tier == Tier.not_recommended
        assert a.option(OptionId.medication).tier == Tier.reasonable
        assert a.option(OptionId.surgical_replacement).tier in ACTIVE
        assert a.option(OptionId.tmvr).tier in ACTIVE  # valve-in-valve at high risk
        assert say("acute.urgent_prosthesis") in a.option(OptionId.surgical_replacement).reasons


def test_valve_type_counselling_names_age_band_and_anticoagulation_whenever_replacement_is_active():
    n = 0
    for case, a in assessed_sweep()[::5]:
        if a.option(OptionId.surgical_replacement).tier not in ACTIVE:
            continue
        n += 1
        item = care(a, "valve_type")
        assert item is not None, case
        g = "acc" if a.guideline == ACC else "esc"
        assert say(f"valve_type.anticoag_{g}") in item.reasons
        assert any(re.search(r"\b(65|70)\b", r) for r in item.reasons)  # a mitral age band
    assert n > 300
