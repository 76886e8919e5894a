"""Derivations: severity grade (ASE 2017 bands, guideline thresholds), stage, symptoms, emergency, follow-up."""

from __future__ import annotations

import pytest

from decisionaid.assessment import Guideline
from decisionaid.case import Case
from decisionaid.derive import derive_severity, derive_stage, emergency_status, follow_up, symptomatic_status

ACC, ESC = Guideline.acc_aha_2020, Guideline.esc_eacts_2025


def case(**sections) -> Case:
    return Case.model_validate(sections)


@pytest.mark.parametrize(
    "severity,grade",
    [
        ({"eroa_cm2": 0.19}, "mild"),
        ({"eroa_cm2": 0.20}, "moderate"),
        ({"eroa_cm2": 0.30}, "moderate_severe"),
        ({"eroa_cm2": 0.40}, "severe"),
        ({"regurgitant_volume_ml": 29}, "mild"),
        ({"regurgitant_volume_ml": 45}, "moderate_severe"),
        ({"regurgitant_volume_ml": 60}, "severe"),
        ({"regurgitant_fraction_pct": 39}, "moderate"),
        ({"regurgitant_fraction_pct": 50}, "severe"),
        ({"vena_contracta_cm": 0.29}, "mild"),
        ({"vena_contracta_cm": 0.5}, "moderate"),
        ({"vena_contracta_cm": 0.7}, "severe"),
        # At least half of the votes: EROA severe + RVol moderate → severe (2 votes, 1 needed).
        ({"eroa_cm2": 0.45, "regurgitant_volume_ml": 40}, "severe"),
        # Three votes: severe, moderate, mild → the middle one (2 of 3 at or above moderate).
        ({"eroa_cm2": 0.45, "regurgitant_volume_ml": 40, "regurgitant_fraction_pct": 20}, "moderate"),
        # A specific sign adds a severe vote.
        ({"eroa_cm2": 0.35, "regurgitant_volume_ml": 50, "flail_leaflet": "yes", "pv_systolic_reversal": "yes"}, "severe"),
        # Two specific signs alone grade severe; one alone does not.
        ({"flail_leaflet": "yes", "large_central_jet": "yes"}, "severe"),
        ({"flail_leaflet": "yes"}, "unknown"),
        ({}, "unknown"),
    ],
)
def test_primary_grade_from_echo(severity, grade):
    r = derive_severity(case(mr_type="primary_degenerative", severity=severity), ACC)
    assert r.grade == grade
    assert r.source == ("echo" if grade != "unknown" else "unknown")


def test_secondary_thresholds_differ_between_guidelines():
    c = case(mr_type="secondary_ventricular", severity={"eroa_cm2": 0.30, "regurgitant_volume_ml": 45})
    acc, esc = derive_severity(c, ACC), derive_severity(c, ESC)
    assert (acc.grade, esc.grade) == ("moderate_severe", "severe")
    assert "0.40" in acc.thresholds and "0.30" in esc.thresholds
    # Primary MR uses the same (ASE) thresholds under ESC.
    p = case(mr_type="primary_degenerative", severity={"eroa_cm2": 0.30})
    assert derive_severity(p, ESC).grade == "moderate_severe"


def test_echo_overrides_stated_grade_with_warning():
    r = derive_severity(case(severity={"grade": "moderate", "eroa_cm2": 0.5, "regurgitant_volume_ml": 70}), ACC)
    assert r.grade == "severe" and r.source == "echo"
    assert any("moderate" in w and "severe" in w for w in r.warnings)
    stated = derive_severity(case(severity={"grade": "moderate"}), ACC)
    assert (stated.grade, stated.source, stated.warnings) == ("moderate", "stated", [])


def test_discordant_measurements_warn():
    r = derive_severity(case(severity={"eroa_cm2": 0.45, "regurgitant_volume_ml": 20}), ACC)
    assert r.warnings and "TEE" in r.warnings[0]


@pytest.mark.parametrize(
    "symptoms,expected",
    [
        ({"nyha": "II"}, True),
        ({"everyday": ["fatigue"]}, True),
        ({"red_flags": ["fainting"]}, True),
        ({"nyha": "I"}, False),
        ({"none_reported": True}, False),
        ({}, None),
    ],
)
def test_symptomatic_status(symptoms, expected):
    assert symptomatic_status(case(symptoms=symptoms)) is expected


@pytest.mark.parametrize(
    "mr_type,grade,symptomatic,heart,stage",
    [
        ("primary_degenerative", "none", False, {}, "A"),
        ("primary_degenerative", "moderate", True, {}, "B"),
        ("primary_degenerative", "severe", False, {"lvef_pct": 61, "lvesd_mm": 39}, "C1"),
        ("primary_degenerative", "severe", False, {"lvef_pct": 60, "lvesd_mm": 39}, "C2"),
        ("primary_degenerative", "severe", False, {"lvef_pct": 65, "lvesd_mm": 40}, "C2"),
        ("primary_degenerative", "severe", False, {"lvef_pct": 65}, "C"),
        ("primary_degenerative", "severe", True, {"lvef_pct": 30}, "D"),
        ("primary_degenerative", "severe", None, {}, "unknown"),
        ("primary_degenerative", "unknown", True, {}, "unknown"),
        ("secondary_ventricular", "severe", False, {"lvef_pct": 30, "lvesd_mm": 60}, "C"),
        ("secondary_ventricular", "severe", True, {}, "D"),
        ("secondary_atrial", "moderate_severe", True, {}, "B"),
    ],
)
def test_stage(mr_type, grade, symptomatic, heart, stage):
    assert derive_stage(case(mr_type=mr_type, heart=heart), grade, symptomatic) == stage


def test_emergency_red_flags_and_acute_severe():
    assert emergency_status(case(), "mild") == (False, [])
    e, reasons = emergency_status(case(symptoms={"red_flags": ["chest_pain_rest", "stroke_signs"]}), "mild")
    assert e and len(reasons) == 2
    assert emergency_status(case(onset="acute"), "severe")[0]
    assert not emergency_status(case(onset="acute"), "moderate")[0]
    assert not emergency_status(case(onset="chronic"), "severe")[0]


def test_follow_up_intervals_by_stage_and_guideline():
    c = case(mr_type="primary_degenerative")
    assert "3–5 years" in follow_up(c, "B", "mild", ACC)
    assert "1–2 years" in follow_up(c, "B", "moderate", ACC)
    assert "6–12 months" in follow_up(c, "C1", "severe", ACC)
    assert "6 months" in follow_up(c, "C1", "severe", ESC)
    assert "twice a year" in follow_up(case(mr_type="secondary_ventricular"), "B", "moderate", ESC)
    assert "intervention is indicated" in follow_up(c, "D", "severe", ACC)
    assert "indicated" not in follow_up(c, "D", "severe", ACC, "patient")
