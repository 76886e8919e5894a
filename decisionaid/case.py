"""The Case: everything the wizard gathers, what a session file holds and what the CLI reads.

One pydantic model, versioned by `schema_version`. `unknown` (or None for numbers) is a
first-class answer wherever a patient might not know; nothing is guessed. Every number has
a unit and a plausible range; out-of-range or contradictory input is refused with a message
that names the field and the accepted range (see `describe_errors`).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from . import i18n, resource_files
from .assessment import Guideline

SCHEMA_VERSION = 1

# ---------------------------------------------------------------- words (per language)
# Field titles, validation messages and session-file messages live in
# resources/messages/<lang>.yaml. The model's own titles (and so the JSON schema) are the
# English ones; messages are written in the language in use (`i18n.current()`).


@lru_cache(maxsize=None)
def messages(lang: str) -> dict[str, Any]:
    """resources/messages/<lang>.yaml as loaded (sections `fields`, `errors`, `session`)."""
    return resource_files.load_data("messages", f"{i18n.check_language(lang)}.yaml")


def message(section: str, key: str, /, lang: str | None = None, **values: Any) -> str:
    """The template `section.key` in `lang` (None: the language in use), filled in.

    A key missing from a translation falls back to English; a key missing from English is a
    programming error (KeyError)."""
    table = messages(lang or i18n.current()).get(section) or {}
    template = table.get(key)
    if template is None:
        template = messages("en")[section][key]
    return str(template).format(**values)


def unit_text(unit: str, lang: str | None = None) -> str:
    """A unit as shown in `lang`: words ("years") are translated, symbols ("mm") kept."""
    return str((messages(lang or i18n.current()).get("units") or {}).get(unit, unit))


def _field_entry(path: str, lang: str) -> Any:
    return (messages(lang).get("fields") or {}).get(path)


def _title(path: str) -> str:
    """The English title of a Case field, for the model (a missing entry is an error)."""
    entry = messages("en")["fields"][path]
    return entry["title"] if isinstance(entry, dict) else entry


def _description(path: str) -> str:
    return messages("en")["fields"][path]["description"]

# ---------------------------------------------------------------- caps
# Limits no real patient reaches; they bound file size, memory and report time. Each is
# named in the message when it is exceeded.
MAX_NAME_CHARS = 120
MAX_NOTES_CHARS = 10_000
MAX_QUESTION_CHARS = 500
MAX_QUESTIONS = 40
MAX_PRIORITY_CHARS = 300
MAX_PRIORITIES = 30
MAX_TEXT_IN_MESSAGE = 40  # a value quoted in a message is cut to this many characters

#: The four items of the published SURE test (Légaré 2010); fixed by the instrument.
SURE_IDS = ("sure", "understand", "risk_benefit", "encouragement")


def shorten(value: Any, limit: int = MAX_TEXT_IN_MESSAGE) -> str:
    """A value for a one-line message: repr for non-text, cut to `limit` characters and counted."""
    text = value if isinstance(value, str) else repr(value)
    text = " ".join(text.split())  # one line
    if len(text) > limit:
        text = message("errors", "shortened", text=text[:limit],
                       count=len(value) if isinstance(value, str) else len(text))
    return text


def _no_bool(value: Any) -> Any:
    """true/false is not a number (lax parsing would read it as 1/0)."""
    if isinstance(value, bool):
        raise ValueError(message("errors", "bool_not_number"))
    return value


def _whole(value: Any) -> Any:
    """A whole number: 70 or 70.0, never 70.5 or true."""
    value = _no_bool(value)
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(message("errors", "not_whole_given", value=f"{value:g}"))
        return int(value)
    return value


def _real_bool(value: Any) -> Any:
    """A yes/no answer must be true or false, not 1, "yes" or "on"."""
    if value is not None and not isinstance(value, bool):
        raise ValueError(message("errors", "not_true_false", value=shorten(value)))
    return value


Number = Annotated[float, BeforeValidator(_no_bool)]
WholeNumber = Annotated[int, BeforeValidator(_whole)]
StrictBool = Annotated[bool, BeforeValidator(_real_bool)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False)


def _num(lo: float, hi: float, path: str, unit: str) -> Any:
    """A numeric field: optional (None = not known), with a unit and a plausible range.

    `path` ("heart.lvef_pct") names its title in resources/messages/en.yaml."""
    title = _title(path)
    return Field(
        default=None,
        ge=lo,
        le=hi,
        title=title,
        description=title,
        json_schema_extra={"unit": unit},
    )


# ---------------------------------------------------------------- vocabularies


class TriState(StrEnum):
    yes = "yes"
    no = "no"
    unknown = "unknown"


class Audience(StrEnum):
    patient = "patient"
    clinician = "clinician"


class MRType(StrEnum):
    primary_degenerative = "primary_degenerative"
    primary_rheumatic = "primary_rheumatic"
    primary_endocarditis = "primary_endocarditis"
    primary_other = "primary_other"  # congenital, radiation, drug-induced, other
    secondary_ventricular = "secondary_ventricular"
    secondary_atrial = "secondary_atrial"
    mixed = "mixed"
    unknown = "unknown"

    @property
    def is_primary(self) -> bool:
        return self.value.startswith("primary_")

    @property
    def is_secondary(self) -> bool:
        return self.value.startswith("secondary_")


class Onset(StrEnum):
    chronic = "chronic"
    acute = "acute"
    unknown = "unknown"


class AcuteMechanism(StrEnum):
    """What caused a sudden (acute) severe leak; decides repair vs replacement (ESC 2025 §9.1.4)."""

    papillary_muscle_rupture = "papillary_muscle_rupture"
    chordal_rupture = "chordal_rupture"
    endocarditis = "endocarditis"  # active infective endocarditis
    other = "other"
    unknown = "unknown"


class Grade(StrEnum):
    none = "none"  # none or trace
    mild = "mild"
    moderate = "moderate"
    moderate_severe = "moderate_severe"
    severe = "severe"
    unknown = "unknown"


GRADE_ORDER = [Grade.none, Grade.mild, Grade.moderate, Grade.moderate_severe, Grade.severe]


class NYHA(StrEnum):
    I = "I"  # noqa: E741
    II = "II"
    III = "III"
    IV = "IV"
    unknown = "unknown"


class Symptom(StrEnum):
    breathless_exertion = "breathless_exertion"
    breathless_rest = "breathless_rest"
    breathless_lying_flat = "breathless_lying_flat"
    waking_breathless = "waking_breathless"
    fatigue = "fatigue"
    swelling = "swelling"
    cough = "cough"
    palpitations = "palpitations"
    feeling_faint = "feeling_faint"
    chest_pain_atypical = "chest_pain_atypical"
    reduced_exercise = "reduced_exercise"
    night_urination = "night_urination"


class RedFlag(StrEnum):
    severe_breathless_rest = "severe_breathless_rest"
    pink_frothy_sputum = "pink_frothy_sputum"
    chest_pain_rest = "chest_pain_rest"
    fainting = "fainting"
    stroke_signs = "stroke_signs"
    racing_heartbeat = "racing_heartbeat"


class CRT(StrEnum):
    not_indicated = "not_indicated"
    candidate = "candidate"
    implanted = "implanted"
    unknown = "unknown"


class Sex(StrEnum):
    female = "female"
    male = "male"
    unknown = "unknown"


class Impediment(StrEnum):
    none = "none"
    possible = "possible"
    severe = "severe"
    unknown = "unknown"


class Leaflets(StrEnum):
    posterior_limited = "posterior_limited"  # less than half of the posterior leaflet
    posterior = "posterior"
    anterior = "anterior"
    bileaflet = "bileaflet"
    unknown = "unknown"


class PriorMitral(StrEnum):
    none = "none"
    bioprosthesis = "bioprosthesis"
    mechanical = "mechanical"
    ring = "ring"  # repair with an annuloplasty ring or other material
    teer_device = "teer_device"
    unknown = "unknown"


# ---------------------------------------------------------------- sections


class Severity(_Model):
    grade: Grade = Field(Grade.unknown, title=_title("severity.grade"))
    vena_contracta_cm: Number | None = _num(0.0, 2.0, "severity.vena_contracta_cm", "cm")
    eroa_cm2: Number | None = _num(0.0, 2.0, "severity.eroa_cm2", "cm²")
    regurgitant_volume_ml: Number | None = _num(0.0, 250.0, "severity.regurgitant_volume_ml", "mL")
    regurgitant_fraction_pct: Number | None = _num(0.0, 100.0, "severity.regurgitant_fraction_pct", "%")
    flail_leaflet: TriState = Field(
        TriState.unknown, title=_title("severity.flail_leaflet")
    )
    pv_systolic_reversal: TriState = Field(
        TriState.unknown, title=_title("severity.pv_systolic_reversal")
    )
    large_central_jet: TriState = Field(TriState.unknown, title=_title("severity.large_central_jet"))

    def has_echo_numbers(self) -> bool:
        return any(
            v is not None
            for v in (
                self.vena_contracta_cm,
                self.eroa_cm2,
                self.regurgitant_volume_ml,
                self.regurgitant_fraction_pct,
            )
        )


class Symptoms(_Model):
    everyday: list[Symptom] = Field(default_factory=list, title=_title("symptoms.everyday"))
    none_reported: StrictBool = Field(False, title=_title("symptoms.none_reported"))
    nyha: NYHA = Field(NYHA.unknown, title=_title("symptoms.nyha"))
    red_flags: list[RedFlag] = Field(default_factory=list, title=_title("symptoms.red_flags"))

    @model_validator(mode="after")
    def _consistent(self) -> "Symptoms":
        if self.none_reported and self.everyday:
            raise ValueError(message("errors", "no_symptoms_and_symptoms",
                                     field=field_title("symptoms.none_reported")))
        return self


class Heart(_Model):
    lvef_pct: Number | None = _num(5, 90, "heart.lvef_pct", "%")
    lvesd_mm: Number | None = _num(15, 100, "heart.lvesd_mm", "mm")
    lvesd_index_mm_m2: Number | None = _num(5, 60, "heart.lvesd_index_mm_m2", "mm/m²")
    la_volume_index_ml_m2: Number | None = _num(10, 300, "heart.la_volume_index_ml_m2", "mL/m²")
    la_diameter_mm: Number | None = _num(20, 100, "heart.la_diameter_mm", "mm")
    pasp_mmhg: Number | None = _num(10, 150, "heart.pasp_mmhg", "mmHg")
    atrial_fibrillation: TriState = Field(TriState.unknown, title=_title("heart.atrial_fibrillation"))
    tr_grade: Grade = Field(Grade.unknown, title=_title("heart.tr_grade"))
    serial_lv_change: TriState = Field(
        TriState.unknown,
        title=_title("heart.serial_lv_change"),
    )
    on_optimal_gdmt: TriState = Field(
        TriState.unknown, title=_title("heart.on_optimal_gdmt")
    )
    crt: CRT = Field(CRT.unknown, title=_title("heart.crt"))
    hf_hospitalisation_or_raised_np: TriState = Field(
        TriState.unknown,
        title=_title("heart.hf_hospitalisation_or_raised_np"),
    )
    cad_needing_revascularisation: TriState = Field(
        TriState.unknown, title=_title("heart.cad_needing_revascularisation")
    )
    severe_rv_dysfunction: TriState = Field(TriState.unknown, title=_title("heart.severe_rv_dysfunction"))
    advanced_hf: TriState = Field(TriState.unknown, title=_title("heart.advanced_hf"))


class Risk(_Model):
    age_years: WholeNumber | None = _num(18, 110, "risk.age_years", "years")
    sex: Sex = Field(Sex.unknown, title=_title("risk.sex"))
    sts_prom_pct: Number | None = _num(0, 100, "risk.sts_prom_pct", "%")
    euroscore2_pct: Number | None = _num(0, 100, "risk.euroscore2_pct", "%")
    euroscore2_inputs: dict[str, Any] | None = Field(
        None, title=_title("risk.euroscore2_inputs")
    )

    @field_validator("euroscore2_inputs", mode="before")
    @classmethod
    def _typed_euroscore_inputs(cls, value: Any) -> Any:
        """Each stored input has its EuroSCORE II type and range; kept as a plain dict."""
        if value is None:
            return None
        if not isinstance(value, dict):
            raise ValueError(message("errors", "euroscore_inputs"))
        model = euroscore_stored_model()
        try:
            checked = model.model_validate(value)
        except ValidationError as exc:
            raise ValueError("; ".join(describe_errors(exc, model))) from None
        return checked.model_dump(mode="json", exclude_unset=True)
    frailty_indices: WholeNumber | None = _num(0, 7, "risk.frailty_indices", "of 7")
    organ_systems_compromised: WholeNumber | None = _num(
        0, 6, "risk.organ_systems_compromised", "systems"
    )
    impediment: Impediment = Field(Impediment.unknown, title=_title("risk.impediment"))
    prohibitive_predicted: TriState = Field(
        TriState.unknown,
        title=_title("risk.prohibitive_predicted"),
    )
    life_expectancy_over_1y: TriState = Field(
        TriState.unknown, title=_title("risk.life_expectancy_over_1y")
    )
    pregnancy_wish: TriState = Field(
        TriState.unknown,
        title=_title("risk.pregnancy_wish"),
        description=_description("risk.pregnancy_wish"),
    )


class Anatomy(_Model):
    leaflets: Leaflets = Field(Leaflets.unknown, title=_title("anatomy.leaflets"))
    durable_repair_likely: TriState = Field(
        TriState.unknown, title=_title("anatomy.durable_repair_likely")
    )
    teer_suitable: TriState = Field(TriState.unknown, title=_title("anatomy.teer_suitable"))
    severe_mac: TriState = Field(TriState.unknown, title=_title("anatomy.severe_mac"))
    prior_mitral: PriorMitral = Field(PriorMitral.unknown, title=_title("anatomy.prior_mitral"))
    failing_prior_mitral: TriState = Field(
        TriState.unknown, title=_title("anatomy.failing_prior_mitral")
    )
    cabg_planned: TriState = Field(TriState.unknown, title=_title("anatomy.cabg_planned"))
    other_cardiac_surgery_planned: TriState = Field(
        TriState.unknown, title=_title("anatomy.other_cardiac_surgery_planned")
    )
    prior_endocarditis: TriState = Field(TriState.unknown, title=_title("anatomy.prior_endocarditis"))
    mitral_stenosis: TriState = Field(
        TriState.unknown,
        title=_title("anatomy.mitral_stenosis"),
        description=_description("anatomy.mitral_stenosis"),
    )


Rating = Annotated[WholeNumber, Field(ge=0, le=4)]



class Preferences(_Model):
    """What matters to the patient (filled by the wizard's results pages)."""

    ratings: dict[str, Rating] = Field(
        default_factory=dict, title=_title("preferences.ratings")
    )
    own_priorities: list[Annotated[str, Field(max_length=MAX_PRIORITY_CHARS)]] = Field(
        default_factory=list, max_length=MAX_PRIORITIES, title=_title("preferences.own_priorities")
    )
    sure: dict[Literal[SURE_IDS], StrictBool | None] = Field(  # type: ignore[valid-type]
        default_factory=dict, title=_title("preferences.sure")
    )
    questions: list[Annotated[str, Field(max_length=MAX_QUESTION_CHARS)]] = Field(
        default_factory=list, max_length=MAX_QUESTIONS, title=_title("preferences.questions")
    )
    notes: str = Field("", max_length=MAX_NOTES_CHARS, title=_title("preferences.notes"))


@lru_cache(maxsize=1)
def number_fields() -> frozenset[str]:
    """"section.field" of every number in the Case (those that can be answered "I don't know")."""
    out = set()
    for sname, sinfo in Case.model_fields.items():
        section = _model_in(sinfo.annotation)
        if section is None or section is SessionState:
            continue
        for fname, finfo in section.model_fields.items():
            if finfo.json_schema_extra and "unit" in finfo.json_schema_extra:
                out.add(f"{sname}.{fname}")
    return frozenset(out)


class SessionState(_Model):
    """How the session was left in the app (not clinical input), restored when it is opened.

    "I don't know" is kept apart from blank: both leave the number None, only the first is
    listed in `unknown_fields`.
    """

    unknown_fields: list[Annotated[str, Field(max_length=100)]] = Field(
        default_factory=list, max_length=64, title=_title("session.unknown_fields"))
    guideline: Guideline | None = Field(None, title=_title("session.guideline"))
    results_view: Audience | None = Field(None, title=_title("session.results_view"))
    summary_audience: Audience | None = Field(None, title=_title("session.summary_audience"))
    paper: Literal["letter", "a4"] | None = Field(None, title=_title("session.paper"))
    large_print: StrictBool | None = Field(None, title=_title("session.large_print"))

    @field_validator("unknown_fields")
    @classmethod
    def _numbers_only(cls, value: list[str]) -> list[str]:
        # Only numbers can be "I don't know"; a mark for anything else means nothing and is
        # dropped (it never changes an answer).
        return sorted({v for v in value if v in number_fields()})


class Case(_Model):
    schema_version: WholeNumber = Field(SCHEMA_VERSION, title=_title("schema_version"))
    audience: Audience = Field(Audience.patient, title=_title("audience"))
    patient_name: str = Field("", max_length=MAX_NAME_CHARS, title=_title("patient_name"))
    created: date | None = Field(None, title=_title("created"))
    mr_type: MRType = Field(MRType.unknown, title=_title("mr_type"))
    onset: Onset = Field(Onset.unknown, title=_title("onset"))
    acute_mechanism: AcuteMechanism = Field(
        AcuteMechanism.unknown,
        title=_title("acute_mechanism"),
        description=_description("acute_mechanism"),
    )
    severity: Severity = Field(default_factory=Severity)
    symptoms: Symptoms = Field(default_factory=Symptoms)
    heart: Heart = Field(default_factory=Heart)
    risk: Risk = Field(default_factory=Risk)
    anatomy: Anatomy = Field(default_factory=Anatomy)
    preferences: Preferences = Field(default_factory=Preferences)
    session: SessionState = Field(default_factory=SessionState, title=_title("session"))

    @model_validator(mode="after")
    def _version_and_contradictions(self) -> "Case":
        if self.schema_version > SCHEMA_VERSION:
            raise ValueError(message("errors", "schema_newer", version=self.schema_version,
                                     supported=SCHEMA_VERSION))
        if self.schema_version < 1:
            raise ValueError(message("errors", "schema_too_old"))
        s = self.symptoms
        if s.nyha == NYHA.I and (
            RedFlag.severe_breathless_rest in s.red_flags
            or Symptom.breathless_rest in s.everyday
        ):
            raise ValueError(message("errors", "nyha_i_at_rest", field=field_title("symptoms.nyha")))
        if s.none_reported and s.nyha in (NYHA.III, NYHA.IV):
            raise ValueError(message("errors", "nyha_symptoms", field=field_title("symptoms.nyha"),
                                     nyha=s.nyha.value))
        return self


# ---------------------------------------------------------------- EuroSCORE II inputs


def _strict_annotation(annotation: Any) -> Any:
    """The same type, but true/false is never a number and 1 is never a yes."""
    import typing

    args = typing.get_args(annotation)
    if annotation is bool:
        return StrictBool
    if annotation is int:
        return WholeNumber
    if annotation is float:
        return Number
    if args and type(None) in args:  # X | None
        inner = [a for a in args if a is not type(None)]
        if len(inner) == 1:
            return _strict_annotation(inner[0]) | None
    return annotation


@lru_cache(maxsize=1)
def euroscore_stored_model() -> type[BaseModel]:
    """EuroSCORE II inputs as stored in a Case: every field of `EuroScoreInputs`, with its
    type and range, but each optional (the rest is taken from the Case when computing)."""
    from pydantic import create_model

    from .euroscore import CREATININE_RANGES, EuroScoreInputs, normalise_unit

    fields: dict[str, Any] = {}
    for name, info in EuroScoreInputs.model_fields.items():
        copy = _optional_copy(info)
        fields[name] = (_strict_annotation(info.annotation) | None, copy)

    def _unit(cls, v: Any) -> Any:
        if v is None:
            return v
        if not isinstance(v, str) or len(v) > 20:
            raise ValueError(message("errors", "creatinine_unit"))
        return normalise_unit(v)

    def _creatinine_range(self):
        c = getattr(self, "creatinine", None)
        if c is not None:
            unit = self.creatinine_unit or "mg/dL"
            lo, hi = CREATININE_RANGES[unit]
            if not lo <= c <= hi:
                raise ValueError(message("errors", "creatinine_range", value=f"{c:g}", unit=unit,
                                         lo=f"{lo:g}", hi=f"{hi:g}"))
        return self

    return create_model(
        "EuroScoreStoredInputs",
        __config__=ConfigDict(extra="forbid"),
        __validators__={
            "_unit": field_validator("creatinine_unit", mode="before")(_unit),
            "_creatinine_range": model_validator(mode="after")(_creatinine_range),
        },
        **fields,
    )


def _optional_copy(info: Any) -> Any:
    """A copy of a field's constraints and title with default None (an optional input)."""
    from pydantic.fields import FieldInfo

    return FieldInfo.merge_field_infos(info, default=None)


# ---------------------------------------------------------------- messages


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model a field annotation holds (through Optional/Annotated), if any."""
    import typing

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _field_info(model: type[BaseModel], loc: tuple[Any, ...]):
    """Walk a validation error location to the pydantic FieldInfo it names, if any."""
    return _field_at(model, loc)[0]


def _field_at(model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[Any, str]:
    """(FieldInfo, dotted path of the fields walked) for a validation error location."""
    current: Any = model
    info = None
    names: list[str] = []
    for part in loc:
        if current is not None and isinstance(part, str) and part in current.model_fields:
            info = current.model_fields[part]
            names.append(part)
            current = _model_in(info.annotation)
        else:
            break
    return info, ".".join(names)


@lru_cache(maxsize=None)
def _model_title(path: str) -> str | None:
    model: Any = Case
    info = None
    for part in path.split("."):
        if model is None or part not in model.model_fields:
            return None
        info = model.model_fields[part]
        model = _model_in(info.annotation)
    return info.title if info is not None else None


def field_title(path: str, lang: str | None = None) -> str:
    """Plain title of a Case field in `lang` (None: the language in use), e.g.
    "heart.lvef_pct" → "Left ventricular ejection fraction (LVEF)". Titles come from
    resources/messages/<lang>.yaml; a path with no entry there has the model's (English)
    title; a path that names no titled field is an error (KeyError)."""
    entry = _field_entry(path, lang or i18n.current())
    if entry is None:
        entry = _field_entry(path, "en")
    if entry is None:
        entry = _model_title(path)
        if entry is None:
            raise KeyError(f"{path!r} is not a titled field of the Case")
    return entry["title"] if isinstance(entry, dict) else entry


def field_description(path: str, lang: str | None = None) -> str:
    """A field's description in `lang` where the model has one, else its title."""
    entry = _field_entry(path, lang or i18n.current()) or _field_entry(path, "en")
    if isinstance(entry, dict) and entry.get("description"):
        return entry["description"]
    return field_title(path, lang)


def _limits(info: Any) -> tuple[Any, Any, Any]:
    lo = hi = max_len = None
    for m in info.metadata:
        lo = m.ge if getattr(m, "ge", None) is not None else lo
        hi = m.le if getattr(m, "le", None) is not None else hi
        max_len = m.max_length if getattr(m, "max_length", None) is not None else max_len
    return lo, hi, max_len


def _range_text(info: Any) -> str:
    lo, hi, _ = _limits(info)
    unit = (info.json_schema_extra or {}).get("unit", "") if isinstance(info.json_schema_extra, dict) else ""
    if lo is None and hi is None:
        return ""

    def fmt(x: float | None) -> str:
        return "" if x is None else f"{x:g}"

    u = f" {unit_text(unit)}" if unit else ""
    return message("errors", "range", lo=fmt(lo), hi=fmt(hi), unit=u)


_NOT_A_NUMBER = ("float_parsing", "float_type", "decimal_parsing", "int_type")
_NOT_WHOLE = ("int_parsing", "int_parsing_size", "int_from_float")


def _looks_numeric(value: Any) -> bool:
    try:
        float(value)
    except (TypeError, ValueError, OverflowError):
        return False
    return True
_OUT_OF_RANGE = ("greater_than", "greater_than_equal", "less_than", "less_than_equal",
                 "finite_number")


def _pydantic_message(err: Any) -> str | None:
    """pydantic's own message for a few common error types, in the language in use."""
    key = f"pydantic_{err.get('type', '')}"
    if key not in messages("en")["errors"]:
        return None
    ctx = dict(err.get("ctx") or {})
    if "expected" in ctx:
        ctx["expected"] = str(ctx["expected"]).replace("' or '", f"' {message('errors', 'or')} '")
    try:
        return message("errors", key, **ctx)
    except (KeyError, IndexError, ValueError):
        return None


def describe_errors(exc: ValidationError, model: type[BaseModel] = Case) -> list[str]:
    """Turn a pydantic ValidationError into one-line messages naming the field and its limits.

    Written in the language in use (`i18n.current()`): field titles from `fields:` and the
    sentences from `errors:` of resources/messages/<lang>.yaml. A value quoted back is cut
    to MAX_TEXT_IN_MESSAGE characters (a 50 MB value must not become a 50 MB message).
    """
    def t(key: str, /, **values: Any) -> str:
        return message("errors", key, **values)

    out: list[str] = []
    for err in exc.errors():
        loc = tuple(err.get("loc", ()))
        info, path = _field_at(model, loc)
        title = None
        if info is not None and info.title:
            title = info.title
            if model is Case and path:
                try:
                    title = field_title(path)
                except KeyError:
                    pass
            elif model.__name__ == "EuroScoreStoredInputs" and path:
                from .euroscore import field_name

                title = field_name(path.split(".")[-1])
        name = title or ".".join(map(str, loc)) or t("whole_case")
        if title and len(loc) > 1 and isinstance(loc[-1], int):
            name = t("entry", name=name, number=loc[-1] + 1)
        kind = err.get("type", "")
        msg = err.get("msg", "invalid value")
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, ") :]
        elif i18n.current() != "en":
            msg = _pydantic_message(err) or msg
        rng = _range_text(info) if info is not None else ""
        suffix = t("with_range", range=rng) if rng else ""
        got = err.get("input")
        shown = f"'{shorten(got)}'" if isinstance(got, str) else shorten(got)
        ctx = err.get("ctx") or {}
        if kind in _NOT_A_NUMBER or (kind in _NOT_WHOLE and not _looks_numeric(got)):
            line = t("not_a_number", name=name, value=shown, suffix=suffix)
        elif kind in _NOT_WHOLE:
            line = t("not_whole", name=name, value=shown, suffix=suffix)
        elif kind in _OUT_OF_RANGE and rng:
            line = t("out_of_range", name=name, value=shown, range=rng)
        elif kind == "string_too_long":
            line = t("text_too_long", name=name, length=len(got), limit=ctx.get("max_length"))
        elif kind == "too_long":
            line = t("too_many_entries", name=name, count=len(got), limit=ctx.get("max_length"))
        elif kind == "extra_forbidden":
            line = t("unknown_field", path=shorten(".".join(map(str, loc))))
        elif kind in ("literal_error", "enum") and len(loc) > 1 and loc[-1] == "[key]":
            line = t("unknown_key", name=name, key=shorten(loc[-2]))
        elif not loc:
            line = msg
        else:
            line = t("other", name=name, message=msg, suffix=suffix)
        out.append(" ".join(line.split()))
    return out


def field_range(model: type[BaseModel], name: str) -> tuple[float | None, float | None, str]:
    """(min, max, unit) of a numeric field, for UI hints; the model is the single source."""
    info = model.model_fields[name]
    lo = hi = None
    for m in info.metadata:
        if getattr(m, "ge", None) is not None:
            lo = m.ge
        if getattr(m, "le", None) is not None:
            hi = m.le
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    return lo, hi, extra.get("unit", "")
