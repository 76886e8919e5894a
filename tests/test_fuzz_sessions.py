"""Fuzzing (hypothesis, bounded example counts): the loader, the assessment and the report's
context building accept a case or refuse it with a message, and never fail otherwise.
"""

from __future__ import annotations

import enum
import json
import typing
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from decisionaid.assessment import Guideline
from decisionaid.case import Case, SessionState, _model_in, describe_errors
from decisionaid.session import SessionError, parse_case, read_case

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALID = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.floats(allow_nan=False)
    | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=25,
)


def _field_names(model: type[BaseModel]) -> list[str]:
    return list(model.model_fields)




SECTIONS = {name: _model_in(info.annotation) for name, info in Case.model_fields.items()
            if _model_in(info.annotation) is not None}

# Near-valid files: the real keys, each holding anything JSON can hold.
near_valid = st.fixed_dictionaries({}, optional={
    **{name: st.dictionaries(st.sampled_from(_field_names(model)), json_values, max_size=6)
       for name, model in SECTIONS.items()},
    **{name: json_values for name, info in Case.model_fields.items() if name not in SECTIONS},
})


def refused_cleanly(exc: BaseException) -> None:
    message = str(exc)
    assert message and "\n" not in message and len(message) < 2000, message


@FUZZ
@given(near_valid)
def test_near_valid_files_load_or_are_refused_with_a_message(data):
    try:
        case = parse_case(json.dumps(data), "fuzz.json")
    except SessionError as exc:
        refused_cleanly(exc)
        return
    json.loads(case.model_dump_json())  # whatever loads, saves


@FUZZ
@given(st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()))
def test_any_bytes_load_or_are_refused_and_stay_unchanged(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("fuzz") / "s.json"
    path.write_bytes(raw)
    try:
        read_case(path)
    except SessionError as exc:
        refused_cleanly(exc)
    assert path.read_bytes() == raw


# ---------------------------------------------------------------- valid cases, built from the model


def _value_for(info) -> st.SearchStrategy:
    ann = info.annotation
    args = [a for a in typing.get_args(ann) if a is not type(None)]
    base = args[0] if args and type(None) in typing.get_args(ann) else ann
    while typing.get_origin(base) is typing.Annotated:
        base = typing.get_args(base)[0]
    lo = hi = None
    for m in info.metadata:
        lo = getattr(m, "ge", lo) if getattr(m, "ge", None) is not None else lo
        hi = getattr(m, "le", hi) if getattr(m, "le", None) is not None else hi
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return st.sampled_from(list(base))
    if base is int and lo is not None:
        return st.none() | st.integers(int(lo), int(hi))
    if base is float and lo is not None:
        return st.none() | st.floats(float(lo), float(hi))
    return st.nothing()


def section_strategy(model: type[BaseModel]) -> st.SearchStrategy:
    fields = {}
    for name, info in model.model_fields.items():
        s = _value_for(info)
        if not s.is_empty:
            fields[name] = s
    return st.fixed_dictionaries({}, optional=fields)


valid_cases = st.builds(
    dict,
    audience=st.sampled_from(["patient", "clinician"]),
    mr_type=st.sampled_from([m.value for m in typing.get_type_hints(Case)["mr_type"]]),
    onset=st.sampled_from(["chronic", "acute", "unknown"]),
    patient_name=st.text(max_size=120),
    created=st.none() | st.dates(date(1990, 1, 1), date(2030, 1, 1)).map(date.isoformat),
    severity=section_strategy(SECTIONS["severity"]),
    heart=section_strategy(SECTIONS["heart"]),
    risk=section_strategy(SECTIONS["risk"]),
    anatomy=section_strategy(SECTIONS["anatomy"]),
    symptoms=st.fixed_dictionaries({}, optional={
        "nyha": st.sampled_from(["I", "II", "III", "IV", "unknown"]),
        "red_flags": st.lists(st.sampled_from(
            ["severe_breathless_rest", "fainting", "stroke_signs"]), unique=True, max_size=2),
        "everyday": st.lists(st.sampled_from(["fatigue", "cough", "breathless_rest"]),
                             unique=True, max_size=2),
    }),
    preferences=st.fixed_dictionaries({}, optional={
        "notes": st.text(max_size=300),
        "questions": st.lists(st.text(max_size=80), max_size=4),
        "own_priorities": st.lists(st.text(max_size=80), max_size=4),
        "sure": st.dictionaries(st.sampled_from(["sure", "understand"]), st.none() | st.booleans()),
    }),
)


@pytest.fixture(scope="module")
def content():
    from decisionaid.content import load_content

    return load_content("en")


@VALID
@given(valid_cases, st.sampled_from(list(Guideline)), st.sampled_from(["patient", "clinician"]))
def test_every_loadable_case_is_assessed_and_its_report_context_built(content, data, guideline,
                                                                      audience):
    from decisionaid.report import build_context
    from decisionaid.rules import assess

    try:
        case = parse_case(json.dumps(data), "fuzz.json")
    except SessionError as exc:  # contradictions (e.g. NYHA I with breathlessness at rest)
        refused_cleanly(exc)
        return
    assessment = assess(case, guideline)
    ctx = build_context(case, assessment, content, audience)
    assert ctx["case"].patient_name.replace("\u202e", "") == ctx["case"].patient_name


@VALID
@given(near_valid)
def test_model_errors_always_describe_themselves(data):
    try:
        Case.model_validate(data)
    except ValidationError as exc:
        for line in describe_errors(exc):
            assert line and "\n" not in line and len(line) < 600, line


def test_session_state_is_part_of_the_fuzzed_sections():
    assert SECTIONS["session"] is SessionState
