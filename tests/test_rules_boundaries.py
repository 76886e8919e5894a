"""Every threshold the rules use, at the value, just below and just above, in both rule modules.

Each row names the threshold, the guideline, a case builder taking the value, what to observe
(an option's tier, the stage, the risk category, an other-care item or reason), and the three
expected observations (below, at, above). A `<=` that becomes `<` anywhere in the rules,
derive.py or risk.py changes one of them. Thresholds come from guideline-facts.md: ACC/AHA
Table 17 (LVEF ≤60%, LVESD ≥40 mm), ESC 2025 Table 6 (LVESDi ≥20 mm/m², SPAP >50 mmHg,
LA ≥60 mL/m² or ≥55 mm), COAPT / ESC Table 7 (LVEF 20–50%, LVESD ≤70 mm, SPAP ≤70 mmHg),
ACC/AHA secondary MR (LVEF <50% / ≥50%), ESC 2021 (LVEF <15%), CRT (LVEF ≤35%), the ACC/AHA risk
table (STS 4 and 8%), valve-type age bands (ACC/AHA 65; ESC 65 and 70) and ASE 2017 grading.
"""

from __future__ import annotations

import pytest

from decisionaid.assessment import Guideline
from decisionaid.case import Case
from decisionaid.derive import derive_severity
from decisionaid.rules import assess
from decisionaid.rules.common import say
from rule_cases import mk

ACC, ESC = Guideline.acc_aha_2020, Guideline.esc_eacts_2025


def tier(option):
    return lambda a: a.option(option).tier.value


def stage(a):
    return a.stage


def risk(a):
    return a.risk.category


def has_care(cid):
    return lambda a: cid in [c.id for c in a.other_care]


def has_reason(option, key, **kw):
    text = say(key, **kw)
    return lambda a: text in a.option(option).reasons


# Asymptomatic severe primary MR with normal LV and no ESC markers (repair decided by one number).
def pmr(**kw):
    base = dict(heart__lvesd_mm=35, heart__pasp_mmhg=40, heart__la_volume_index_ml_m2=40, heart__tr_grade="none",
                heart__serial_lv_change="no")
    base.update(kw)
    return mk(**base)


VENT = dict(mr="secondary_ventricular", sym="III", heart__lvef_pct=35, heart__lvesd_mm=55, heart__pasp_mmhg=40,
            heart__on_optimal_gdmt="yes", anatomy__teer_suitable="yes", anatomy__cabg_planned="no",
            heart__hf_hospitalisation_or_raised_np="yes", heart__severe_rv_dysfunction="no",
            heart__advanced_hf="no", heart__cad_needing_revascularisation="no", heart__tr_grade="mild",
            anatomy__durable_repair_likely=None, anatomy__leaflets=None)


def vent(**kw):
    return mk(**{**VENT, **kw})


ROWS = [
    # name, guideline, build(value), observe, (below, at, above), (below, at, above) values
    ("lvef60_stage_acc", ACC, lambda v: pmr(heart__lvef_pct=v), stage, (59, 60, 61), ("C2", "C2", "C1")),
    ("lvef60_repair_acc", ACC, lambda v: pmr(heart__lvef_pct=v, anatomy__durable_repair_likely="no"),
     tier("surgical_replacement"), (59, 60, 61), ("recommended", "recommended", "not_recommended")),
    ("lvef60_stage_esc", ESC, lambda v: pmr(heart__lvef_pct=v), stage, (59, 60, 61), ("C2", "C2", "C1")),
    ("lvef60_repair_esc", ESC, lambda v: pmr(heart__lvef_pct=v), tier("surgical_repair"), (59, 60, 61),
     ("recommended", "recommended", "not_recommended")),
    ("lvef60_medication_acc", ACC, lambda v: pmr(heart__lvef_pct=v, heart__lvesd_mm=45), tier("medication"),
     (59, 60, 61), ("reasonable", "reasonable", "not_applicable")),
    ("lvef60_medication_esc", ESC, lambda v: pmr(heart__lvef_pct=v, heart__lvesd_mm=45), tier("medication"),
     (59, 60, 61), ("reasonable", "reasonable", "not_applicable")),
    ("lvesd40_stage_acc", ACC, lambda v: pmr(heart__lvesd_mm=v), stage, (39, 40, 41), ("C1", "C2", "C2")),
    ("lvesd40_replacement_acc", ACC, lambda v: pmr(heart__lvesd_mm=v, anatomy__durable_repair_likely="no"),
     tier("surgical_replacement"), (39, 40, 41), ("not_recommended", "recommended", "recommended")),
    ("lvesd40_repair_esc", ESC, lambda v: pmr(heart__lvesd_mm=v), tier("surgical_repair"), (39, 40, 41),
     ("not_recommended", "recommended", "recommended")),
    ("lvesdi20_repair_esc", ESC, lambda v: pmr(heart__lvesd_index_mm_m2=v), tier("surgical_repair"), (19, 20, 21),
     ("not_recommended", "recommended", "recommended")),
    ("lvesdi20_stage_esc", ESC, lambda v: pmr(heart__lvesd_index_mm_m2=v), stage, (19, 20, 21), ("C1", "C2", "C2")),
    ("lvesdi_not_acc", ACC, lambda v: pmr(heart__lvesd_index_mm_m2=v), stage, (19, 20, 21), ("C1", "C1", "C1")),
    ("spap50_esc", ESC, lambda v: pmr(heart__pasp_mmhg=v), tier("surgical_repair"), (49, 50, 51),
     ("not_recommended", "not_recommended", "reasonable")),
    ("lavi60_esc", ESC, lambda v: pmr(heart__la_volume_index_ml_m2=v), tier("surgical_repair"), (59, 60, 61),
     ("not_recommended", "reasonable", "reasonable")),
    ("la_diameter55_esc", ESC, lambda v: pmr(heart__la_volume_index_ml_m2=None, heart__la_diameter_mm=v),
     tier("surgical_repair"), (54, 55, 56), ("not_recommended", "reasonable", "reasonable")),
    # COAPT / Table 7 edges: ACC TEER reasonable when met, not advised otherwise; ESC I vs IIb.
    ("coapt_lvef20_acc", ACC, lambda v: vent(heart__lvef_pct=v), tier("teer"), (19, 20, 21),
     ("not_recommended", "reasonable", "reasonable")),
    ("coapt_lvef50_acc", ACC, lambda v: vent(heart__lvef_pct=v), tier("teer"), (49, 50, 51),
     ("reasonable", "reasonable", "not_recommended")),
    ("coapt_lvesd70_acc", ACC, lambda v: vent(heart__lvesd_mm=v), tier("teer"), (69, 70, 71),
     ("reasonable", "reasonable", "not_recommended")),
    ("coapt_pasp70_acc", ACC, lambda v: vent(heart__pasp_mmhg=v), tier("teer"), (69, 70, 71),
     ("reasonable", "reasonable", "not_recommended")),
    ("coapt_lvef20_esc", ESC, lambda v: vent(heart__lvef_pct=v), tier("teer"), (19, 20, 21),
     ("may_consider", "recommended", "recommended")),
    ("coapt_lvef50_esc", ESC, lambda v: vent(heart__lvef_pct=v), tier("teer"), (49, 50, 51),
     ("recommended", "recommended", "may_consider")),
    ("coapt_lvesd70_esc", ESC, lambda v: vent(heart__lvesd_mm=v), tier("teer"), (69, 70, 71),
     ("recommended", "recommended", "may_consider")),
    ("coapt_pasp70_esc", ESC, lambda v: vent(heart__pasp_mmhg=v), tier("teer"), (69, 70, 71),
     ("recommended", "recommended", "may_consider")),
    # ACC/AHA isolated surgery in ventricular SMR needs LVEF <50% (S5); atrial SMR LVEF ≥50% (S7).
    ("s5_lvef50_acc", ACC, lambda v: vent(heart__lvef_pct=v), tier("surgical_repair"), (49, 50, 51),
     ("may_consider", "not_recommended", "not_recommended")),
    ("s7_lvef50_acc", ACC, lambda v: mk(mr="secondary_atrial", sym="III", heart__lvef_pct=v),
     tier("surgical_repair"), (49, 50, 51), ("not_recommended", "may_consider", "may_consider")),
    # End-stage LV: valve intervention generally not an option below LVEF 15%.
    ("lvef15_acc", ACC, lambda v: vent(heart__lvef_pct=v), has_reason("surgical_repair", "end_stage.no_valve_acc"),
     (14, 15, 16), (True, False, False)),
    ("lvef15_esc", ESC, lambda v: vent(heart__lvef_pct=v), has_reason("teer", "end_stage.no_valve"),
     (14, 15, 16), (True, False, False)),
    ("lvef15_lvad_acc", ACC, lambda v: vent(heart__lvef_pct=v), has_care("lvad_transplant"), (14, 15, 16),
     (True, False, False)),
    ("lvef15_lvad_esc", ESC, lambda v: vent(heart__lvef_pct=v), has_care("lvad_transplant"), (14, 15, 16),
     (True, False, False)),
    # CRT question when LVEF ≤35% and CRT status unknown.
    ("crt35_acc", ACC, lambda v: vent(heart__lvef_pct=v), has_care("crt"), (34, 35, 36), (True, True, False)),
    ("crt35_esc", ESC, lambda v: vent(heart__lvef_pct=v), has_care("crt"), (34, 35, 36), (True, True, False)),
    # ACC/AHA risk table: STS <4 low, 4–8 intermediate, >8 high.
    ("sts4", ACC, lambda v: mk(risk="unknown", risk__sts_prom_pct=v, risk__frailty_indices=0,
                               risk__organ_systems_compromised=0, risk__impediment="none",
                               risk__prohibitive_predicted="no"), risk, (3.9, 4.0, 4.1),
     ("low", "intermediate", "intermediate")),
    ("sts8", ESC, lambda v: mk(risk="unknown", risk__sts_prom_pct=v, risk__frailty_indices=0,
                               risk__organ_systems_compromised=0, risk__impediment="none",
                               risk__prohibitive_predicted="no"), risk, (7.9, 8.0, 8.1),
     ("intermediate", "intermediate", "high")),
    ("sts8_surgery_acc", ACC, lambda v: mk(sym="III", risk="unknown", risk__sts_prom_pct=v, risk__frailty_indices=0,
                                          risk__organ_systems_compromised=0, risk__impediment="none",
                                          risk__prohibitive_predicted="no"), tier("surgical_repair"),
     (7.9, 8.0, 8.1), ("recommended", "recommended", "reasonable")),
    ("sts8_surgery_esc", ESC, lambda v: mk(sym="III", risk="unknown", risk__sts_prom_pct=v, risk__frailty_indices=0,
                                          risk__organ_systems_compromised=0, risk__impediment="none",
                                          risk__prohibitive_predicted="no"), tier("surgical_repair"),
     (7.9, 8.0, 8.1), ("recommended", "recommended", "may_consider")),
]


def _age_rows():
    """Valve-type bands by age, as a separate table (the reason text includes the age)."""
    rows = []
    for g, key_below, key_at, key_above, ages in (
        (ACC, "valve_type.acc_mechanical", "valve_type.acc_bio", "valve_type.acc_bio", (64, 65, 66)),
        (ESC, "valve_type.esc_mechanical", "valve_type.esc_between", "valve_type.esc_between", (64, 65, 66)),
        (ESC, "valve_type.esc_between", "valve_type.esc_between", "valve_type.esc_bio", (69, 70, 71)),
    ):
        rows.append((g, ages, (key_below, key_at, key_above)))
    return rows


@pytest.mark.parametrize("name,guideline,build,observe,values,expected", ROWS, ids=[r[0] for r in ROWS])
def test_threshold(name, guideline, build, observe, values, expected):
    got = tuple(observe(assess(build(v), guideline)) for v in values)
    assert got == expected, dict(zip(values, got))


@pytest.mark.parametrize("guideline,ages,keys", _age_rows(), ids=["acc65", "esc65", "esc70"])
def test_valve_type_age_band(guideline, ages, keys):
    for age, key in zip(ages, keys):
        case = pmr(heart__lvef_pct=55, anatomy__durable_repair_likely="no", risk__age_years=age)
        a = assess(case, guideline)
        reasons = next(c.reasons for c in a.other_care if c.id == "valve_type")
        assert say(key, age=age) in reasons, (age, reasons)


GRADING = [
    # field, ventricular?, guideline, (below, at, above) values, expected grades
    ("eroa_cm2", False, ACC, (0.39, 0.40, 0.41), ("moderate_severe", "severe", "severe")),
    ("eroa_cm2", False, ACC, (0.19, 0.20, 0.21), ("mild", "moderate", "moderate")),
    ("eroa_cm2", False, ACC, (0.29, 0.30, 0.31), ("moderate", "moderate_severe", "moderate_severe")),
    ("regurgitant_volume_ml", False, ACC, (59, 60, 61), ("moderate_severe", "severe", "severe")),
    ("regurgitant_fraction_pct", False, ESC, (49, 50, 51), ("moderate_severe", "severe", "severe")),
    ("vena_contracta_cm", False, ACC, (0.69, 0.70, 0.71), ("moderate", "severe", "severe")),
    ("vena_contracta_cm", False, ACC, (0.29, 0.30, 0.31), ("mild", "moderate", "moderate")),
    # ESC 2025 ventricular SMR: EROA ≥0.30 cm², RVol ≥45 mL prognostically significant.
    ("eroa_cm2", True, ESC, (0.29, 0.30, 0.31), ("moderate", "severe", "severe")),
    ("regurgitant_volume_ml", True, ESC, (44, 45, 46), ("moderate", "severe", "severe")),
    ("eroa_cm2", True, ACC, (0.29, 0.30, 0.31), ("moderate", "moderate_severe", "moderate_severe")),
]


@pytest.mark.parametrize("field,ventricular,guideline,values,expected", GRADING)
def test_grading_threshold(field, ventricular, guideline, values, expected):
    mr = "secondary_ventricular" if ventricular else "primary_degenerative"
    got = tuple(
        derive_severity(Case.model_validate({"mr_type": mr, "severity": {field: v}}), guideline).grade for v in values
    )
    assert got == expected


def test_atrial_smr_keeps_the_ase_bands_under_esc():
    case = Case.model_validate({"mr_type": "secondary_atrial", "severity": {"eroa_cm2": 0.32}})
    assert derive_severity(case, ESC).grade == "moderate_severe"
