"""The Case model: ranges, unknowns, contradictions and the messages users see."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from decisionaid.case import NYHA, Case, Heart, RedFlag, Symptom, describe_errors, field_range


def _errors(data: dict) -> list[str]:
    with pytest.raises(ValidationError) as exc:
        Case.model_validate(data)
    return describe_errors(exc.value)


def test_empty_case_is_valid_and_all_unknown():
    case = Case()
    assert case.schema_version == 1
    assert case.mr_type == "unknown"
    assert case.severity.grade == "unknown"
    assert case.heart.lvef_pct is None


@pytest.mark.parametrize(
    "section, field, value, expected",
    [
        ("heart", "lvef_pct", 120, "5–90 %"),
        ("heart", "lvef_pct", 2, "5–90 %"),
        ("heart", "lvesd_mm", 300, "15–100 mm"),
        ("heart", "pasp_mmhg", -5, "10–150 mmHg"),
        ("severity", "eroa_cm2", 4.0, "0–2 cm²"),
        ("severity", "regurgitant_fraction_pct", 101, "0–100 %"),
        ("risk", "age_years", 12, "18–110 years"),
        ("risk", "sts_prom_pct", 140, "0–100 %"),
        ("risk", "frailty_indices", 9, "0–7 of 7"),
    ],
)
def test_out_of_range_message_names_field_and_range(section, field, value, expected):
    msgs = _errors({section: {field: value}})
    assert len(msgs) == 1
    title = Case.model_fields[section].annotation.model_fields[field].title
    assert msgs[0].startswith(title), msgs
    assert f"accepted range {expected}" in msgs[0]
    lo, hi, unit = field_range(Case.model_fields[section].annotation, field)
    assert expected == f"{lo:g}–{hi:g} {unit}"


def test_wrong_type_is_named():
    msgs = _errors({"heart": {"lvef_pct": "sixty"}})
    assert msgs[0].startswith("Left ventricular ejection fraction")


def test_unknown_enum_value_is_named():
    msgs = _errors({"mr_type": "leaky"})
    assert msgs[0].startswith("Type of MR")


def test_unknown_field_is_refused():
    msgs = _errors({"heart": {"lvef": 50}})
    assert "lvef" in msgs[0]


def test_nyha_i_contradicts_breathlessness_at_rest():
    msgs = _errors({"symptoms": {"nyha": "I", "red_flags": ["severe_breathless_rest"]}})
    assert "NYHA class" in msgs[0] and "contradicts" in msgs[0]


def test_no_symptoms_contradicts_listed_symptoms():
    msgs = _errors({"symptoms": {"none_reported": True, "everyday": ["fatigue"]}})
    assert "no symptoms" in msgs[0].lower()


def test_future_schema_version_refused():
    msgs = _errors({"schema_version": 99})
    assert "newer" in msgs[0]


def test_valid_full_case_round_trips_json():
    case = Case(
        mr_type="primary_degenerative",
        onset="chronic",
        symptoms={"everyday": [Symptom.fatigue], "nyha": NYHA.II, "red_flags": [RedFlag.fainting]},
        heart=Heart(lvef_pct=55, lvesd_mm=42, atrial_fibrillation="yes"),
    )
    again = Case.model_validate_json(case.model_dump_json())
    assert again == case


def test_assignment_is_validated():
    case = Case()
    with pytest.raises(ValidationError):
        case.heart.lvef_pct = 500
    assert case.heart.lvef_pct is None
