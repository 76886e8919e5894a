"""EuroSCORE II, layer 3: combined cases and clinical vignettes.

Sources of the expected values (none is this app's own output):

A. meyera/riskscorer (R package by A. Meyer, Deutsches Herzzentrum Berlin; the project the
   architecture notes name as a model), tests/testthat/test_esII.R, test "ESII gets calculated
   correctly according to the published model": four clinical vignettes (NSTEMI patient, older
   aortic-valve patient, prosthetic endocarditis with LV dysfunction, acute type-A dissection)
   with the published predicted mortality as a proportion to 4 decimals; and its "Combinatoric
   works" test (factors added one by one). Where riskscorer leaves a factor out it means the
   zero level (male, CrCl > 85, NYHA I, LVEF > 50, PA <= 30, elective, isolated CABG).
B. Hand-computed vignettes (mitral patients as this app sees them), arithmetic written out
   below from the published formula: y = -5.324537 + sum(beta * x); p = e^y / (1 + e^y).

Each vignette is checked twice: against the published/hand value and, for A, against the
linear predictor written out by hand, so an error in either is visible.
"""

from __future__ import annotations

import math

import pytest

from decisionaid.euroscore import EuroScoreFactors, calculate, compute

BASE = dict(age=50, female=False, renal_impairment="normal", nyha="I", lv_function="good",
            pulmonary_hypertension="none", urgency="elective", weight_of_procedure="isolated_cabg")


def pct(y: float) -> float:
    return 100 * math.exp(y) / (1 + math.exp(y))


def f(**k) -> EuroScoreFactors:
    return EuroScoreFactors(**{**BASE, **k})


# ---------------------------------------------------------------- A. riskscorer clinical vignettes

RISKSCORER_VIGNETTES = [
    pytest.param(
        # NSTEMI patient: 75 y woman, extracardiac arteriopathy, insulin-treated diabetes,
        # NYHA II, CCS 4, recent MI, urgent (isolated CABG).
        # y = -5.324537 + 0.0285181*16 + 0.2196434 + 0.5360268 + 0.3542749 + 0.1070545
        #     + 0.2226147 + 0.1528943 + 0.3174673
        #   = -5.324537 + 0.4562896 + 1.9099759 = -2.9582715
        dict(age=75, female=True, extracardiac_arteriopathy=True, diabetes_on_insulin=True,
             nyha="II", ccs4_angina=True, recent_mi=True, urgency="urgent"),
        -2.9582715, 0.0493, id="NSTEMI",
    ),
    pytest.param(
        # Older aortic-valve (AKE) patient: 85 y woman, CrCl 50-85, NYHA III, single non-CABG.
        # y = -5.324537 + 0.0285181*26 + 0.2196434 + 0.303553 + 0.2958358 + 0.0062118
        #   = -5.324537 + 0.7414706 + 0.825244 = -3.7578224
        dict(age=85, female=True, renal_impairment="moderate", nyha="III",
             weight_of_procedure="single_non_cabg"),
        -3.7578224, 0.0228, id="older-AKE",
    ),
    pytest.param(
        # Prosthetic endocarditis with LV dysfunction: 60 y man, redo, active endocarditis,
        # NYHA III, LVEF 21-30, urgent, single non-CABG.
        # y = -5.324537 + 0.0285181*1 + 1.118599 + 0.6194522 + 0.2958358 + 0.8084096
        #     + 0.3174673 + 0.0062118 = -5.324537 + 0.0285181 + 3.1659757 = -2.1300432
        dict(age=60, previous_cardiac_surgery=True, active_endocarditis=True, nyha="III",
             lv_function="poor", urgency="urgent", weight_of_procedure="single_non_cabg"),
        -2.1300432, 0.1062, id="prosthetic-endocarditis",
    ),
    pytest.param(
        # Acute type-A dissection, intubated on catecholamines, CPR before induction: 45 y man,
        # critical preoperative state, salvage, single non-CABG, thoracic aorta.
        # y = -5.324537 + 0.0285181*1 + 1.086517 + 1.362947 + 0.0062118 + 0.6527205
        #   = -5.324537 + 0.0285181 + 3.1083963 = -2.1876226
        dict(age=45, critical_preoperative_state=True, urgency="salvage",
             weight_of_procedure="single_non_cabg", thoracic_aorta=True),
        -2.1876226, 0.1009, id="type-A-dissection",
    ),
]


@pytest.mark.parametrize("changes, y_by_hand, published", RISKSCORER_VIGNETTES)
def test_riskscorer_clinical_vignettes(changes, y_by_hand, published):
    r = compute(f(**changes))
    assert r.linear_predictor == pytest.approx(y_by_hand, abs=1e-7)
    assert round(r.mortality_pct / 100, 4) == published


# riskscorer "Combinatoric works": factors added one at a time to a 50-year-old.
_CHAIN = [
    ("female", True, 0.0145),
    ("renal_impairment", "severe", 0.0145),
    ("extracardiac_arteriopathy", True, 0.0246),
    ("poor_mobility", True, 0.0311),
    ("previous_cardiac_surgery", True, None),
    ("chronic_lung_disease", True, 0.1059),
    ("active_endocarditis", True, 0.1804),
    ("critical_preoperative_state", True, 0.3948),
    ("diabetes_on_insulin", True, None),
    ("nyha", "III", 0.5555),
    ("ccs4_angina", True, 0.6096),
    ("lv_function", "moderate", 0.6815),
    ("recent_mi", True, 0.7137),
    ("pulmonary_hypertension", "moderate", 0.7488),
    ("urgency", "emergency", 0.8577),
    ("weight_of_procedure", "two_procedures", 0.9128),
    ("thoracic_aorta", True, 0.9526),
]


def test_riskscorer_cumulative_combinations():
    changes: dict = {}
    checked = 0
    for i, (name, value, published) in enumerate(_CHAIN):
        changes[name] = value
        # riskscorer's first published step already has both female and CrCl < 50.
        if published is None or i == 0:
            continue
        assert round(compute(f(**changes)).mortality_pct / 100, 4) == published, name
        checked += 1
    assert checked == 14


def test_everything_on_is_the_sum_of_all_top_levels_by_hand():
    # Age 50 (x=1) and every factor at its highest level:
    # y = -5.324537 + 0.0285181 + 0.2196434 + 0.8592256 + 0.5360268 + 0.2407181 + 1.118599
    #     + 0.1886564 + 0.6194522 + 1.086517 + 0.3542749 + 0.5597929 + 0.2226147 + 0.9346919
    #     + 0.1528943 + 0.3491475 + 1.362947 + 0.9724533 + 0.6527205
    #   = -5.324537 + 10.4588936 = 5.1343566
    r = compute(f(female=True, renal_impairment="severe", extracardiac_arteriopathy=True,
                  poor_mobility=True, previous_cardiac_surgery=True, chronic_lung_disease=True,
                  active_endocarditis=True, critical_preoperative_state=True,
                  diabetes_on_insulin=True, nyha="IV", ccs4_angina=True, lv_function="very_poor",
                  recent_mi=True, pulmonary_hypertension="severe", urgency="salvage",
                  weight_of_procedure="three_or_more", thoracic_aorta=True))
    assert r.linear_predictor == pytest.approx(5.1343566, abs=1e-7)
    assert r.mortality_pct == pytest.approx(pct(5.1343566), rel=1e-9)  # 99.41 %
    assert round(r.mortality_pct, 2) == 99.41


# ---------------------------------------------------------------- B. hand-computed mitral vignettes


def test_mitral_vignette_elderly_woman_from_raw_values_in_micromol():
    # 78-year-old woman, 58 kg, creatinine 110 µmol/L, LVEF 45 %, PASP 48 mmHg, NYHA III,
    # chronic lung disease, elective mitral operation alone (single non-CABG).
    # Creatinine 110 / 88.4 = 1.24434 mg/dL;
    # CrCl = (140-78)*58*0.85 / (72*1.24434) = 3056.6 / 89.593 = 34.12 mL/min -> < 50, severe.
    # Age term 78-59 = 19.
    # y = -5.324537 + 0.0285181*19 + 0.2196434 (female) + 0.8592256 (CrCl < 50)
    #     + 0.1886564 (lung) + 0.2958358 (NYHA III) + 0.3150652 (LVEF 31-50)
    #     + 0.1788899 (PA 31-55) + 0.0062118 (single non-CABG)
    #     = -5.324537 + 0.5418439 + 2.0635281 = -2.7191650
    # p = e^-2.7191650 / (1 + e^-2.7191650) = 0.06186 -> 6.19 %
    r = calculate(dict(age=78, sex="female", weight_kg=58, creatinine=110, creatinine_unit="µmol/L",
                       lvef_pct=45, pasp_mmhg=48, nyha="III", chronic_lung_disease=True,
                       weight_of_procedure="single_non_cabg"))
    assert round(r.creatinine_clearance_ml_min, 2) == 34.12
    assert r.factors.renal_impairment.value == "severe"
    assert r.linear_predictor == pytest.approx(-2.7191650, abs=1e-7)
    assert round(r.mortality_pct, 2) == 6.19


def test_mitral_vignette_redo_with_cabg():
    # 66-year-old man, 80 kg, creatinine 1.0 mg/dL: CrCl = (140-66)*80/(72*1.0) = 82.2 -> 50-85.
    # LVEF 35 %, PASP 60 mmHg, NYHA IV, previous cardiac surgery, urgent, mitral surgery with
    # CABG (two procedures). Age term 66-59 = 7.
    # y = -5.324537 + 0.0285181*7 + 0.303553 + 1.118599 + 0.5597929 + 0.3150652 + 0.3491475
    #     + 0.3174673 + 0.5521478 = -5.324537 + 0.1996267 + 3.5157727 = -1.6091376
    # p = e^-1.6091376 / (1 + e^-1.6091376) = 0.16671 -> 16.67 %
    r = calculate(dict(age=66, sex="male", weight_kg=80, creatinine=1.0, lvef_pct=35, pasp_mmhg=60,
                       nyha="IV", previous_cardiac_surgery=True, urgency="urgent",
                       weight_of_procedure="two_procedures"))
    assert round(r.creatinine_clearance_ml_min, 1) == 82.2
    assert r.linear_predictor == pytest.approx(-1.6091376, abs=1e-7)
    assert round(r.mortality_pct, 2) == 16.67


def test_each_added_risk_factor_raises_the_prediction():
    base = dict(age=70, sex="male", weight_kg=80, creatinine=1.0, lvef_pct=60, pasp_mmhg=25,
                nyha="II")
    p0 = calculate(base).mortality_pct
    for flag in ("extracardiac_arteriopathy", "poor_mobility", "previous_cardiac_surgery",
                 "chronic_lung_disease", "active_endocarditis", "critical_preoperative_state",
                 "diabetes_on_insulin", "ccs4_angina", "recent_mi", "thoracic_aorta", "dialysis"):
        assert calculate({**base, flag: True}).mortality_pct > p0, flag
