"""EuroSCORE II, layer 1 and 2: every coefficient against the published table, and one factor
at a time against the published formula computed here by hand.

The published table below is this test's OWN copy (Nashef et al., Eur J Cardiothorac Surg
2012;41:734-45, as transcribed in the team's fact sheet); it is deliberately not
read from resources/risk/euroscore2.yaml, so a typo in the YAML fails here.
"""

from __future__ import annotations

import math

import pytest

from decisionaid.euroscore import EuroScoreFactors, age_term, compute, model_data

CONSTANT = -5.324537
AGE_BETA = 0.0285181
PUBLISHED = {
    "female": 0.2196434,
    "renal_impairment": {"normal": 0.0, "moderate": 0.303553, "severe": 0.8592256, "dialysis": 0.6421508},
    "extracardiac_arteriopathy": 0.5360268,
    "poor_mobility": 0.2407181,
    "previous_cardiac_surgery": 1.118599,
    "chronic_lung_disease": 0.1886564,
    "active_endocarditis": 0.6194522,
    "critical_preoperative_state": 1.086517,
    "diabetes_on_insulin": 0.3542749,
    "nyha": {"I": 0.0, "II": 0.1070545, "III": 0.2958358, "IV": 0.5597929},
    "ccs4_angina": 0.2226147,
    "lv_function": {"good": 0.0, "moderate": 0.3150652, "poor": 0.8084096, "very_poor": 0.9346919},
    "recent_mi": 0.1528943,
    "pulmonary_hypertension": {"none": 0.0, "moderate": 0.1788899, "severe": 0.3491475},
    "urgency": {"elective": 0.0, "urgent": 0.3174673, "emergency": 0.7039121, "salvage": 1.362947},
    "weight_of_procedure": {
        "isolated_cabg": 0.0,
        "single_non_cabg": 0.0062118,
        "two_procedures": 0.5521478,
        "three_or_more": 0.9724533,
    },
    "thoracic_aorta": 0.6527205,
}

# The reference patient: every factor at its zero level, age 50 (x_age = 1).
BASE = dict(
    age=50,
    female=False,
    renal_impairment="normal",
    nyha="I",
    lv_function="good",
    pulmonary_hypertension="none",
    urgency="elective",
    weight_of_procedure="isolated_cabg",
)


def logistic_pct(y: float) -> float:
    return 100 * math.exp(y) / (1 + math.exp(y))


def factors(**changes) -> EuroScoreFactors:
    return EuroScoreFactors(**{**BASE, **changes})


# ---------------------------------------------------------------- layer 1: the data file


def test_constant_and_age_coefficient_match_the_published_model():
    data = model_data()
    assert data["constant"] == CONSTANT
    assert data["age"]["per_unit"] == AGE_BETA
    assert data["age"]["unit_starts_after"] == 59


def test_every_coefficient_matches_the_published_table():
    coef = model_data()["coefficients"]
    assert set(coef) == set(PUBLISHED), "factor list differs from the published table"
    for name, published in PUBLISHED.items():
        assert coef[name] == published, name  # exact: both are the printed decimals


def test_data_file_carries_the_citation():
    data = model_data()
    assert "Nashef" in data["citation"] and "2012;41:734-45" in data["citation"]
    assert data["doi"] == "10.1093/ejcts/ezs043"


# ---------------------------------------------------------------- layer 2: one factor at a time


def test_reference_patient():
    r = compute(factors())
    assert r.linear_predictor == pytest.approx(CONSTANT + AGE_BETA * 1, abs=1e-12)
    # -5.324537 + 0.0285181 = -5.2960189 -> 0.498 %
    assert r.mortality_pct == pytest.approx(logistic_pct(-5.2960189), rel=1e-12)
    assert round(r.mortality_pct, 2) == 0.50


BINARY = [k for k, v in PUBLISHED.items() if not isinstance(v, dict)]


@pytest.mark.parametrize("name", BINARY)
def test_each_binary_factor_alone(name):
    r = compute(factors(**{name: True}))
    expected_y = CONSTANT + AGE_BETA + PUBLISHED[name]
    assert r.linear_predictor == pytest.approx(expected_y, abs=1e-12)
    assert r.mortality_pct == pytest.approx(logistic_pct(expected_y), rel=1e-12)
    contrib = {c.factor: c for c in r.contributions}
    assert contrib[name].contribution == pytest.approx(PUBLISHED[name])
    assert contrib[name].x == 1
    others = [c for c in r.contributions if c.factor not in (name, "age")]
    assert all(c.contribution == 0 for c in others)


LEVELS = [(k, level, beta) for k, v in PUBLISHED.items() if isinstance(v, dict) for level, beta in v.items()]


@pytest.mark.parametrize("name, level, beta", LEVELS)
def test_each_level_of_each_graded_factor_alone(name, level, beta):
    r = compute(factors(**{name: level}))
    expected_y = CONSTANT + AGE_BETA + beta
    assert r.linear_predictor == pytest.approx(expected_y, abs=1e-12)
    assert r.mortality_pct == pytest.approx(logistic_pct(expected_y), rel=1e-12)
    assert {c.factor: c for c in r.contributions}[name].contribution == pytest.approx(beta)


@pytest.mark.parametrize(
    "age, x_age",
    [(18, 1), (59, 1), (60, 1), (61, 2), (62, 3), (75, 16), (90, 31), (100, 41)],
)
def test_age_term_is_1_up_to_60_then_age_minus_59(age, x_age):
    assert age_term(age) == x_age
    r = compute(factors(age=age))
    assert r.linear_predictor == pytest.approx(CONSTANT + AGE_BETA * x_age, abs=1e-12)


def test_age_60_and_61_differ_by_exactly_one_age_unit():
    y60 = compute(factors(age=60)).linear_predictor
    y61 = compute(factors(age=61)).linear_predictor
    assert y61 - y60 == pytest.approx(AGE_BETA, abs=1e-12)


def test_contributions_add_up_to_the_linear_predictor():
    r = compute(factors(age=80, female=True, renal_impairment="severe", nyha="IV",
                        lv_function="poor", urgency="urgent", weight_of_procedure="two_procedures",
                        previous_cardiac_surgery=True))
    assert CONSTANT + math.fsum(c.contribution for c in r.contributions) == pytest.approx(
        r.linear_predictor, abs=1e-12
    )
    assert len(r.contributions) == 18  # the model's 18 factors, each listed once


def test_result_carries_caveats_and_citation():
    r = compute(factors())
    assert any("surgical score" in c and "overestimates" in c for c in r.caveats)
    assert "Nashef" in r.citation and "10.1093/ejcts/ezs043" in r.citation


@pytest.mark.parametrize("age, says_95, says_90", [(90, False, False), (91, False, True),
                                                   (95, False, True), (96, True, False)])
def test_age_caveats(age, says_95, says_90):
    text = " ".join(compute(factors(age=age)).caveats)
    assert ("not validated above 95" in text) is says_95
    assert ("very few patients over 90" in text and not says_95) is says_90
