"""Surgical-risk category (ACC/AHA table, guideline-facts.md §1.6): every boundary on both
sides, ALL-for-low / ANY-for-the-rest, highest wins, unknowns never assumed low, EuroSCORE II
standing in for a missing STS-PROM."""

from __future__ import annotations

import pytest

from decisionaid.case import Case
from decisionaid.risk import categorise_risk

# A case where every criterion is known and low; tests change one criterion at a time.
ALL_LOW = {
    "sts_prom_pct": 2.0,
    "frailty_indices": 0,
    "organ_systems_compromised": 0,
    "impediment": "none",
    "prohibitive_predicted": "no",
}


def _case(**risk) -> Case:
    return Case.model_validate({"risk": risk})


def _cat(**risk) -> str:
    return categorise_risk(_case(**risk)).category


def test_all_criteria_low_is_low_and_every_input_decided_it():
    r = categorise_risk(_case(**ALL_LOW))
    assert r.category == "low"
    assert set(r.decided_by) == set(ALL_LOW)
    assert not r.estimated_from_euroscore
    assert not any("Not assessed" in n for n in r.notes)


@pytest.mark.parametrize(
    "sts, expected",
    [
        (0.0, "low"),
        (3.99, "low"),
        (4.0, "intermediate"),
        (4.01, "intermediate"),
        (7.99, "intermediate"),
        (8.0, "intermediate"),
        (8.01, "high"),
        (30.0, "high"),
    ],
)
def test_sts_prom_boundaries(sts, expected):
    r = categorise_risk(_case(**{**ALL_LOW, "sts_prom_pct": sts}))
    assert r.category == expected
    if expected != "low":
        assert r.decided_by == ["sts_prom_pct"]


@pytest.mark.parametrize("n, expected", [(0, "low"), (1, "intermediate"), (2, "high"), (7, "high")])
def test_frailty_boundaries(n, expected):
    r = categorise_risk(_case(**{**ALL_LOW, "frailty_indices": n}))
    assert r.category == expected
    if expected != "low":
        assert r.decided_by == ["frailty_indices"]


@pytest.mark.parametrize(
    "n, expected", [(0, "low"), (1, "intermediate"), (2, "high"), (3, "prohibitive"), (6, "prohibitive")]
)
def test_organ_system_boundaries(n, expected):
    r = categorise_risk(_case(**{**ALL_LOW, "organ_systems_compromised": n}))
    assert r.category == expected
    if expected != "low":
        assert r.decided_by == ["organ_systems_compromised"]


@pytest.mark.parametrize(
    "imp, expected", [("none", "low"), ("possible", "intermediate"), ("severe", "prohibitive")]
)
def test_impediment_levels(imp, expected):
    r = categorise_risk(_case(**{**ALL_LOW, "impediment": imp}))
    assert r.category == expected
    if imp == "possible":
        assert any("both intermediate and high" in n for n in r.notes)


def test_predicted_one_year_death_or_major_morbidity_over_50_is_prohibitive():
    r = categorise_risk(_case(**{**ALL_LOW, "prohibitive_predicted": "yes"}))
    assert r.category == "prohibitive"
    assert r.decided_by == ["prohibitive_predicted"]


def test_highest_level_wins_and_names_all_inputs_at_that_level():
    r = categorise_risk(
        _case(sts_prom_pct=9.0, frailty_indices=2, organ_systems_compromised=1, impediment="possible")
    )
    assert r.category == "high"
    assert r.decided_by == ["sts_prom_pct", "frailty_indices"]
    r = categorise_risk(_case(sts_prom_pct=9.0, frailty_indices=2, organ_systems_compromised=3))
    assert r.category == "prohibitive"
    assert r.decided_by == ["organ_systems_compromised"]


def test_any_single_intermediate_criterion_is_enough():
    # Low needs ALL: one intermediate criterion among low ones makes intermediate.
    assert _cat(**{**ALL_LOW, "frailty_indices": 1}) == "intermediate"
    assert _cat(**{**ALL_LOW, "sts_prom_pct": 5.0, "frailty_indices": 1}) == "intermediate"


# ---------------------------------------------------------------- unknowns


def test_nothing_known_is_unknown():
    r = categorise_risk(Case())
    assert r.category == "unknown"
    assert r.decided_by == []
    assert r.notes  # says why


def test_sts_low_with_other_criteria_unknown_is_low_but_says_what_was_not_assessed():
    r = categorise_risk(_case(sts_prom_pct=2.0))
    assert r.category == "low"
    assert r.decided_by == ["sts_prom_pct"]
    note = next(n for n in r.notes if n.startswith("Not assessed"))
    for name in ("frailty", "organ-system", "impediment"):
        assert name in note


def test_unknown_frailty_is_not_counted_as_low():
    r = categorise_risk(_case(sts_prom_pct=2.0, organ_systems_compromised=0, impediment="none"))
    assert "frailty_indices" not in r.decided_by
    assert any("frailty" in n for n in r.notes if n.startswith("Not assessed"))


def test_all_other_criteria_low_but_no_score_cannot_be_low():
    r = categorise_risk(
        _case(frailty_indices=0, organ_systems_compromised=0, impediment="none",
              prohibitive_predicted="no")
    )
    assert r.category == "unknown"
    assert any("STS-PROM" in n for n in r.notes)


def test_raised_criterion_decides_even_without_a_score():
    r = categorise_risk(_case(frailty_indices=2))
    assert r.category == "high"
    assert r.decided_by == ["frailty_indices"]
    assert any("STS-PROM" in n for n in r.notes if n.startswith("Not assessed"))


def test_prohibitive_needs_no_not_assessed_note():
    r = categorise_risk(_case(impediment="severe"))
    assert r.category == "prohibitive"
    assert not any(n.startswith("Not assessed") for n in r.notes)


# ---------------------------------------------------------------- EuroSCORE II as a stand-in


@pytest.mark.parametrize(
    "es, expected",
    [(3.99, "low"), (4.0, "intermediate"), (8.0, "intermediate"), (8.01, "high")],
)
def test_euroscore_estimates_the_band_with_the_same_cutoffs(es, expected):
    r = categorise_risk(_case(**{**ALL_LOW, "sts_prom_pct": None, "euroscore2_pct": es}))
    assert r.category == expected
    assert "euroscore2_pct" in r.decided_by
    assert r.estimated_from_euroscore
    note = r.notes[0]
    assert "estimated from EuroSCORE II" in note and "surgical score" in note


def test_sts_wins_over_euroscore_when_both_known():
    r = categorise_risk(_case(sts_prom_pct=2.0, euroscore2_pct=9.0))
    assert r.category == "low"
    assert r.decided_by == ["sts_prom_pct"]
    assert not r.estimated_from_euroscore


def test_euroscore_not_flagged_when_another_criterion_decided():
    r = categorise_risk(_case(euroscore2_pct=2.0, frailty_indices=2))
    assert r.category == "high"
    assert r.decided_by == ["frailty_indices"]
    assert not r.estimated_from_euroscore


def test_euroscore_computed_from_stored_inputs():
    # 75-year-old woman, 60 kg, creatinine 1.2 mg/dL (CrCl 38.4, severe), NYHA II, LVEF 55,
    # PASP 25, elective single non-CABG: y = -5.324537 + 0.0285181*16 + 0.2196434
    # + 0.8592256 + 0.1070545 + 0.0062118 = -3.6761121 -> 2.47 %  (low band)
    inputs = dict(age=75, sex="female", weight_kg=60, creatinine=1.2, lvef_pct=55,
                  pasp_mmhg=25, nyha="II", weight_of_procedure="single_non_cabg")
    r = categorise_risk(_case(euroscore2_inputs=inputs))
    assert r.category == "low"
    assert r.estimated_from_euroscore
    assert "2.47%" in r.notes[0]


def test_incomplete_stored_euroscore_inputs_give_a_note_not_a_crash():
    # Each stored input is typed and ranged by the Case (an age of 12 is refused on load);
    # inputs that are valid one by one but incomplete still give a note.
    r = categorise_risk(_case(euroscore2_inputs={"age": 75}))
    assert r.category == "unknown"
    assert any("EuroSCORE II inputs could not be used" in n and "Sex" in n for n in r.notes)


# ---------------------------------------------------------------- properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_ORDER = {"low": 0, "intermediate": 1, "high": 2, "prohibitive": 3}
_risks = st.fixed_dictionaries(
    {
        "sts_prom_pct": st.none() | st.floats(0, 30, allow_nan=False),
        "euroscore2_pct": st.none() | st.floats(0, 30, allow_nan=False),
        "frailty_indices": st.none() | st.integers(0, 7),
        "organ_systems_compromised": st.none() | st.integers(0, 6),
        "impediment": st.sampled_from(["none", "possible", "severe", "unknown"]),
        "prohibitive_predicted": st.sampled_from(["yes", "no", "unknown"]),
    }
)


@settings(max_examples=300, deadline=None)
@given(_risks)
def test_low_only_when_a_score_is_low_and_nothing_known_is_higher(risk):
    r = categorise_risk(_case(**risk))
    if r.category == "low":
        score = risk["sts_prom_pct"] if risk["sts_prom_pct"] is not None else risk["euroscore2_pct"]
        assert score is not None and score < 4
        assert risk["frailty_indices"] in (None, 0)
        assert risk["organ_systems_compromised"] in (None, 0)
        assert risk["impediment"] in ("none", "unknown")
        assert risk["prohibitive_predicted"] != "yes"
    if r.category != "unknown":
        assert r.decided_by, "a category must say which inputs decided it"


@settings(max_examples=300, deadline=None)
@given(_risks, st.sampled_from(["frailty_indices", "organ_systems_compromised"]))
def test_worsening_one_criterion_never_lowers_the_category(risk, field):
    before = categorise_risk(_case(**risk)).category
    worse = dict(risk, **{field: (risk[field] or 0) + 1})
    worse[field] = min(worse[field], 6)
    after = categorise_risk(_case(**worse)).category
    if before != "unknown" and after != "unknown":
        assert _ORDER[after] >= _ORDER[before]
