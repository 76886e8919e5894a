"""EuroSCORE II parsing step: raw values to the model's categories, every boundary on both
sides, Cockcroft-Gault worked examples, dialysis override, and input validation messages."""

from __future__ import annotations

import pytest

from decisionaid.euroscore import (
    EuroScoreInputs,
    calculate,
    creatinine_clearance,
    lv_category,
    parse_inputs,
    ph_category,
    renal_category,
    validate_inputs,
)

VALID = dict(age=70, sex="male", weight_kg=80, creatinine=1.0, creatinine_unit="mg/dL",
             lvef_pct=60, pasp_mmhg=25, nyha="II")


# ---------------------------------------------------------------- Cockcroft-Gault


def test_cockcroft_gault_worked_example_woman():
    # euroscore2.md: 75-year-old woman, 60 kg, 1.2 mg/dL -> (65*60*0.85)/(72*1.2) = 38.4 (severe)
    crcl = creatinine_clearance(75, True, 60, 1.2, "mg/dL")
    assert crcl == pytest.approx(3315 / 86.4)
    assert round(crcl, 1) == 38.4
    assert renal_category(crcl).value == "severe"


def test_cockcroft_gault_worked_example_man():
    # euroscore2.md: 70-year-old man, 80 kg, 1.0 mg/dL -> (70*80)/(72*1.0) = 77.8 (moderate)
    crcl = creatinine_clearance(70, False, 80, 1.0, "mg/dL")
    assert crcl == pytest.approx(5600 / 72)
    assert round(crcl, 1) == 77.8
    assert renal_category(crcl).value == "moderate"


@pytest.mark.parametrize("unit", ["µmol/L", "umol/L", "μmol/L", "UMOL/L", " µmol/l "])
def test_micromol_is_divided_by_88_4_first(unit):
    # 1.2 mg/dL = 106.08 µmol/L
    assert creatinine_clearance(75, True, 60, 106.08, unit) == pytest.approx(3315 / 86.4)


def test_parse_uses_cockcroft_gault_from_raw_values():
    p = parse_inputs(EuroScoreInputs(**{**VALID, "age": 75, "sex": "female", "weight_kg": 60,
                                        "creatinine": 1.2}))
    assert round(p.creatinine_clearance_ml_min, 1) == 38.4
    assert p.factors.renal_impairment.value == "severe"
    assert p.factors.female is True


def test_dialysis_overrides_the_clearance():
    p = parse_inputs(EuroScoreInputs(**{**VALID, "dialysis": True}))  # CrCl 77.8 would be moderate
    assert p.factors.renal_impairment.value == "dialysis"
    p = parse_inputs(EuroScoreInputs(**{**VALID, "creatinine": None, "weight_kg": None,
                                        "dialysis": True}))
    assert p.factors.renal_impairment.value == "dialysis"


# ---------------------------------------------------------------- boundaries, both sides


@pytest.mark.parametrize(
    "crcl, expected",
    [(120, "normal"), (85.4, "normal"), (85.01, "normal"), (85, "moderate"), (84.99, "moderate"),
     (50.01, "moderate"), (50, "moderate"), (49.99, "severe"), (10, "severe")],
)
def test_creatinine_clearance_boundaries(crcl, expected):
    assert renal_category(crcl).value == expected
    p = parse_inputs(EuroScoreInputs(**{**VALID, "creatinine": None, "weight_kg": None,
                                        "creatinine_clearance_ml_min": crcl}))
    assert p.factors.renal_impairment.value == expected


@pytest.mark.parametrize(
    "pasp, expected",
    [(10, "none"), (30, "none"), (30.5, "moderate"), (31, "moderate"), (55, "moderate"),
     (55.5, "severe"), (56, "severe"), (150, "severe")],
)
def test_pa_pressure_boundaries(pasp, expected):
    assert ph_category(pasp).value == expected
    assert parse_inputs(EuroScoreInputs(**{**VALID, "pasp_mmhg": pasp})).factors.pulmonary_hypertension.value == expected


@pytest.mark.parametrize(
    "lvef, expected",
    [(90, "good"), (51, "good"), (50.5, "good"), (50, "moderate"), (31, "moderate"),
     (30.5, "moderate"), (30, "poor"), (21, "poor"), (20.5, "poor"), (20, "very_poor"),
     (5, "very_poor")],
)
def test_lvef_boundaries(lvef, expected):
    assert lv_category(lvef).value == expected
    assert parse_inputs(EuroScoreInputs(**{**VALID, "lvef_pct": lvef})).factors.lv_function.value == expected


def test_a_boundary_moves_the_score_by_exactly_that_coefficient():
    at = calculate({**VALID, "lvef_pct": 50}).linear_predictor
    above = calculate({**VALID, "lvef_pct": 51}).linear_predictor
    assert at - above == pytest.approx(0.3150652, abs=1e-12)  # moderate vs good
    at = calculate({**VALID, "pasp_mmhg": 31}).linear_predictor
    below = calculate({**VALID, "pasp_mmhg": 30}).linear_predictor
    assert at - below == pytest.approx(0.1788899, abs=1e-12)  # moderate vs none


def test_measured_number_wins_over_a_given_category_and_category_alone_works():
    p = parse_inputs(EuroScoreInputs(**{**VALID, "lvef_pct": 25, "lv_function": "good"}))
    assert p.factors.lv_function.value == "poor"
    p = parse_inputs(EuroScoreInputs(**{**VALID, "lvef_pct": None, "lv_function": "moderate",
                                        "pasp_mmhg": None, "pulmonary_hypertension": "severe"}))
    assert p.factors.lv_function.value == "moderate"
    assert p.factors.pulmonary_hypertension.value == "severe"


# ---------------------------------------------------------------- validation messages


@pytest.mark.parametrize(
    "change, words",
    [
        ({"age": 17}, ["Age", "17", "18–100"]),
        ({"age": 101}, ["Age", "101", "18–100"]),
        ({"weight_kg": 29}, ["Weight", "30–250 kg"]),
        ({"weight_kg": 251}, ["Weight", "30–250 kg"]),
        ({"creatinine": 0.1}, ["Serum creatinine", "0.2–20 mg/dL"]),
        ({"creatinine": 25}, ["Serum creatinine", "0.2–20 mg/dL"]),
        ({"creatinine": 1.0, "creatinine_unit": "µmol/L"}, ["Serum creatinine", "18–1770 µmol/L"]),
        ({"creatinine": 2000, "creatinine_unit": "umol/L"}, ["Serum creatinine", "18–1770 µmol/L"]),
        ({"creatinine_unit": "mmol/L"}, ["Creatinine unit", "mmol/L", "mg/dL", "µmol/L"]),
        ({"lvef_pct": 95}, ["LVEF", "5–90 %"]),
        ({"pasp_mmhg": 200}, ["PA systolic pressure", "10–150 mmHg"]),
        ({"sex": "unknown"}, ["Sex", "female", "male"]),
        ({"nyha": "V"}, ["NYHA class"]),
        ({"creatinine": None}, ["Renal function", "creatinine", "dialysis"]),
        ({"lvef_pct": None}, ["LVEF", "LV function"]),
        ({"pasp_mmhg": None}, ["PA systolic pressure", "pulmonary hypertension"]),
        ({"urgency": "soon"}, ["Urgency"]),
        ({"surprise": 1}, ["surprise"]),
    ],
)
def test_invalid_inputs_give_one_clear_message(change, words):
    with pytest.raises(ValueError) as exc:
        validate_inputs({**VALID, **change})
    msg = str(exc.value)
    assert "\n" not in msg
    for w in words:
        assert w in msg, (w, msg)


def test_valid_inputs_compute():
    r = calculate(VALID)
    assert 0 < r.mortality_pct < 100
    assert round(r.creatinine_clearance_ml_min, 1) == 77.8


def test_compute_from_case_fills_gaps_from_the_case_and_stored_inputs_win():
    from decisionaid.case import Case
    from decisionaid.euroscore import compute_from_case, prefill_from_case

    case = Case.model_validate({
        "risk": {"age_years": 70, "sex": "male",
                 "euroscore2_inputs": {"weight_kg": 80, "creatinine": 1.0, "pasp_mmhg": 25,
                                       "lvef_pct": 60}},
        "heart": {"lvef_pct": 25},  # stored inputs (60) win over the Case's echo value
        "symptoms": {"nyha": "II"},
    })
    assert prefill_from_case(case) == {"age": 70, "sex": "male", "lvef_pct": 25, "nyha": "II"}
    r = compute_from_case(case)
    assert r.factors.lv_function.value == "good"
    assert r.factors.nyha.value == "II"
    assert round(r.creatinine_clearance_ml_min, 1) == 77.8
    assert compute_from_case(Case()) is None
