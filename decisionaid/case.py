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

from .assessment import Guideline

SCHEMA_VERSION = 1

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
        text = f"{text[:limit]}… ({len(value) if isinstance(value, str) else len(text)} characters)"
    return text


def _no_bool(value: Any) -> Any:
    """true/false is not a number (lax parsing would read it as 1/0)."""
    if isinstance(value, bool):
        raise ValueError("is not a number (true or false was given)")
    return value


def _whole(value: Any) -> Any:
    """A whole number: 70 or 70.0, never 70.5 or true."""
    value = _no_bool(value)
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"must be a whole number ({value:g} was given)")
        return int(value)
    return value


def _real_bool(value: Any) -> Any:
    """A yes/no answer must be true or false, not 1, "yes" or "on"."""
    if value is not None and not isinstance(value, bool):
        raise ValueError(f"must be true or false ({shorten(value)} was given)")
    return value


Number = Annotated[float, BeforeValidator(_no_bool)]
WholeNumber = Annotated[int, BeforeValidator(_whole)]
StrictBool = Annotated[bool, BeforeValidator(_real_bool)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False)


def _num(lo: float, hi: float, title: str, unit: str, description: str = "") -> Any:
    """A numeric field: optional (None = not known), with a unit and a plausible range."""
    return Field(
        default=None,
        ge=lo,
        le=hi,
        title=title,
        description=description or title,
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
    grade: Grade = Field(Grade.unknown, title="Stated MR grade")
    vena_contracta_cm: Number | None = _num(0.0, 2.0, "Vena contracta", "cm")
    eroa_cm2: Number | None = _num(0.0, 2.0, "Effective regurgitant orifice area (EROA)", "cm²")
    regurgitant_volume_ml: Number | None = _num(0.0, 250.0, "Regurgitant volume", "mL")
    regurgitant_fraction_pct: Number | None = _num(0.0, 100.0, "Regurgitant fraction", "%")
    flail_leaflet: TriState = Field(
        TriState.unknown, title="Flail leaflet or ruptured papillary muscle"
    )
    pv_systolic_reversal: TriState = Field(
        TriState.unknown, title="Pulmonary-vein systolic flow reversal"
    )
    large_central_jet: TriState = Field(TriState.unknown, title="Large central jet (>50% of LA)")

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
    everyday: list[Symptom] = Field(default_factory=list, title="Everyday symptoms")
    none_reported: StrictBool = Field(False, title="No symptoms")
    nyha: NYHA = Field(NYHA.unknown, title="NYHA class")
    red_flags: list[RedFlag] = Field(default_factory=list, title="Emergency symptoms")

    @model_validator(mode="after")
    def _consistent(self) -> "Symptoms":
        if self.none_reported and self.everyday:
            raise ValueError(
                "No symptoms: “No symptoms” is ticked together with symptoms; untick one of them"
            )
        return self


class Heart(_Model):
    lvef_pct: Number | None = _num(5, 90, "Left ventricular ejection fraction (LVEF)", "%")
    lvesd_mm: Number | None = _num(15, 100, "LV end-systolic diameter (LVESD)", "mm")
    lvesd_index_mm_m2: Number | None = _num(5, 60, "Indexed LVESD (LVESDi)", "mm/m²")
    la_volume_index_ml_m2: Number | None = _num(10, 300, "LA volume index", "mL/m²")
    la_diameter_mm: Number | None = _num(20, 100, "LA diameter", "mm")
    pasp_mmhg: Number | None = _num(10, 150, "PA systolic pressure (PASP)", "mmHg")
    atrial_fibrillation: TriState = Field(TriState.unknown, title="Atrial fibrillation")
    tr_grade: Grade = Field(Grade.unknown, title="Tricuspid regurgitation grade")
    serial_lv_change: TriState = Field(
        TriState.unknown,
        title="Progressive LV enlargement or falling LVEF on 3 or more serial studies",
    )
    on_optimal_gdmt: TriState = Field(
        TriState.unknown, title="On optimal guideline-directed medical therapy (GDMT)"
    )
    crt: CRT = Field(CRT.unknown, title="Cardiac resynchronisation therapy (CRT)")
    hf_hospitalisation_or_raised_np: TriState = Field(
        TriState.unknown,
        title="Heart-failure hospitalisation in the last year or raised natriuretic peptides",
    )
    cad_needing_revascularisation: TriState = Field(
        TriState.unknown, title="Coronary disease needing revascularisation"
    )
    severe_rv_dysfunction: TriState = Field(TriState.unknown, title="Severe RV dysfunction")
    advanced_hf: TriState = Field(TriState.unknown, title="Advanced (stage D) heart failure")


class Risk(_Model):
    age_years: WholeNumber | None = _num(18, 110, "Age", "years")
    sex: Sex = Field(Sex.unknown, title="Sex")
    sts_prom_pct: Number | None = _num(0, 100, "STS-PROM", "%")
    euroscore2_pct: Number | None = _num(0, 100, "EuroSCORE II", "%")
    euroscore2_inputs: dict[str, Any] | None = Field(
        None, title="EuroSCORE II inputs (when computed in the app)"
    )

    @field_validator("euroscore2_inputs", mode="before")
    @classmethod
    def _typed_euroscore_inputs(cls, value: Any) -> Any:
        """Each stored input has its EuroSCORE II type and range; kept as a plain dict."""
        if value is None:
            return None
        if not isinstance(value, dict):
            raise ValueError("must be a set of named EuroSCORE II inputs")
        model = euroscore_stored_model()
        try:
            checked = model.model_validate(value)
        except ValidationError as exc:
            raise ValueError("; ".join(describe_errors(exc, model))) from None
        return checked.model_dump(mode="json", exclude_unset=True)
    frailty_indices: WholeNumber | None = _num(0, 7, "Frailty indices (Katz ADL + ambulation)", "of 7")
    organ_systems_compromised: WholeNumber | None = _num(
        0, 6, "Major organ systems compromised (not improved by surgery)", "systems"
    )
    impediment: Impediment = Field(Impediment.unknown, title="Procedure-specific impediment")
    prohibitive_predicted: TriState = Field(
        TriState.unknown,
        title="Predicted risk of death or major morbidity with surgery over 50% at 1 year",
    )
    life_expectancy_over_1y: TriState = Field(
        TriState.unknown, title="Life expectancy over 1 year"
    )
    pregnancy_wish: TriState = Field(
        TriState.unknown,
        title="May want to become pregnant in the future",
        description="Counts in the choice of valve type if a replacement is discussed.",
    )


class Anatomy(_Model):
    leaflets: Leaflets = Field(Leaflets.unknown, title="Leaflet involvement")
    durable_repair_likely: TriState = Field(
        TriState.unknown, title="Successful and durable repair likely"
    )
    teer_suitable: TriState = Field(TriState.unknown, title="Anatomy suitable for TEER")
    severe_mac: TriState = Field(TriState.unknown, title="Severe mitral annular calcification")
    prior_mitral: PriorMitral = Field(PriorMitral.unknown, title="Prior mitral intervention")
    failing_prior_mitral: TriState = Field(
        TriState.unknown, title="Prior mitral bioprosthesis or ring failing"
    )
    cabg_planned: TriState = Field(TriState.unknown, title="CABG planned")
    other_cardiac_surgery_planned: TriState = Field(
        TriState.unknown, title="Other cardiac surgery planned"
    )
    prior_endocarditis: TriState = Field(TriState.unknown, title="Previous endocarditis")
    mitral_stenosis: TriState = Field(
        TriState.unknown,
        title="Rheumatic mitral stenosis with valve area 2.0 cm² or less",
        description="Decides whether a DOAC may be used for atrial fibrillation (ESC 2025: not with "
        "rheumatic mitral stenosis and MVA ≤2.0 cm²).",
    )


Rating = Annotated[WholeNumber, Field(ge=0, le=4)]



class Preferences(_Model):
    """What matters to the patient (filled by the wizard's results pages)."""

    ratings: dict[str, Rating] = Field(
        default_factory=dict, title="How much each feature matters (0 = not at all, 4 = a lot)"
    )
    own_priorities: list[Annotated[str, Field(max_length=MAX_PRIORITY_CHARS)]] = Field(
        default_factory=list, max_length=MAX_PRIORITIES, title="Own priorities"
    )
    sure: dict[Literal[SURE_IDS], StrictBool | None] = Field(  # type: ignore[valid-type]
        default_factory=dict, title="SURE test answers"
    )
    questions: list[Annotated[str, Field(max_length=MAX_QUESTION_CHARS)]] = Field(
        default_factory=list, max_length=MAX_QUESTIONS, title="Questions for the care team"
    )
    notes: str = Field("", max_length=MAX_NOTES_CHARS, title="Notes")


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
        default_factory=list, max_length=64, title="Numbers answered \"I don't know\"")
    guideline: Guideline | None = Field(None, title="Guideline set")
    results_view: Audience | None = Field(None, title="Results view")
    summary_audience: Audience | None = Field(None, title="Summary written for")
    paper: Literal["letter", "a4"] | None = Field(None, title="Paper size")
    large_print: StrictBool | None = Field(None, title="Large print")

    @field_validator("unknown_fields")
    @classmethod
    def _numbers_only(cls, value: list[str]) -> list[str]:
        # Only numbers can be "I don't know"; a mark for anything else means nothing and is
        # dropped (it never changes an answer).
        return sorted({v for v in value if v in number_fields()})


class Case(_Model):
    schema_version: WholeNumber = Field(SCHEMA_VERSION, title="Session file format version")
    audience: Audience = Field(Audience.patient, title="Who is using the aid")
    patient_name: str = Field("", max_length=MAX_NAME_CHARS, title="Name (optional)")
    created: date | None = Field(None, title="Date")
    mr_type: MRType = Field(MRType.unknown, title="Type of MR")
    onset: Onset = Field(Onset.unknown, title="Onset")
    acute_mechanism: AcuteMechanism = Field(
        AcuteMechanism.unknown,
        title="Cause of the sudden leak",
        description="Only asked when the onset is acute: papillary-muscle rupture, chordal rupture, "
        "active endocarditis, other, or not known.",
    )
    severity: Severity = Field(default_factory=Severity)
    symptoms: Symptoms = Field(default_factory=Symptoms)
    heart: Heart = Field(default_factory=Heart)
    risk: Risk = Field(default_factory=Risk)
    anatomy: Anatomy = Field(default_factory=Anatomy)
    preferences: Preferences = Field(default_factory=Preferences)
    session: SessionState = Field(default_factory=SessionState, title="Session")

    @model_validator(mode="after")
    def _version_and_contradictions(self) -> "Case":
        if self.schema_version > SCHEMA_VERSION:
            raise ValueError(
                f"schema_version {self.schema_version} is newer than this app understands "
                f"(up to {SCHEMA_VERSION}); update the app to open it"
            )
        if self.schema_version < 1:
            raise ValueError("schema_version must be 1 or more")
        s = self.symptoms
        if s.nyha == NYHA.I and (
            RedFlag.severe_breathless_rest in s.red_flags
            or Symptom.breathless_rest in s.everyday
        ):
            raise ValueError(
                "NYHA class: class I means no limitation, which contradicts breathlessness "
                "at rest; choose class IV (or correct the symptoms)"
            )
        if s.none_reported and s.nyha in (NYHA.III, NYHA.IV):
            raise ValueError(
                f"NYHA class: class {s.nyha.value} means symptoms, which contradicts "
                "'no symptoms'; choose class I or tick the symptoms"
            )
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
            raise ValueError("must be mg/dL or µmol/L")
        return normalise_unit(v)

    def _creatinine_range(self):
        c = getattr(self, "creatinine", None)
        if c is not None:
            unit = self.creatinine_unit or "mg/dL"
            lo, hi = CREATININE_RANGES[unit]
            if not lo <= c <= hi:
                raise ValueError(
                    f"Serum creatinine: {c:g} {unit} is outside the accepted range {lo:g}–{hi:g} {unit}")
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
    current: Any = model
    info = None
    for part in loc:
        if current is not None and part in current.model_fields:
            info = current.model_fields[part]
            current = _model_in(info.annotation)
        else:
            return info
    return info


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

    u = f" {unit}" if unit else ""
    return f"accepted range {fmt(lo)}–{fmt(hi)}{u}"


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


def describe_errors(exc: ValidationError, model: type[BaseModel] = Case) -> list[str]:
    """Turn a pydantic ValidationError into one-line messages naming the field and its limits.

    A value quoted back is cut to MAX_TEXT_IN_MESSAGE characters (a 50 MB value must not
    become a 50 MB message).
    """
    out: list[str] = []
    for err in exc.errors():
        loc = tuple(err.get("loc", ()))
        info = _field_info(model, loc)
        name = (info.title if info is not None and info.title else ".".join(map(str, loc))) or "Case"
        if info is not None and info.title and len(loc) > 1 and isinstance(loc[-1], int):
            name = f"{name} (entry {loc[-1] + 1})"
        kind = err.get("type", "")
        msg = err.get("msg", "invalid value")
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, ") :]
        rng = _range_text(info) if info is not None else ""
        suffix = f" ({rng})" if rng else ""
        got = err.get("input")
        shown = f"'{shorten(got)}'" if isinstance(got, str) else shorten(got)
        ctx = err.get("ctx") or {}
        if kind in _NOT_A_NUMBER or (kind in _NOT_WHOLE and not _looks_numeric(got)):
            line = f"{name}: {shown} is not a number{suffix}"
        elif kind in _NOT_WHOLE:
            line = f"{name}: {shown} must be a whole number{suffix}"
        elif kind in _OUT_OF_RANGE and rng:
            line = f"{name}: {shown} is outside the {rng}"
        elif kind == "string_too_long":
            line = (f"{name}: the text is too long ({len(got)} characters; the limit is "
                    f"{ctx.get('max_length')})")
        elif kind == "too_long":
            line = (f"{name}: too many entries ({len(got)}; the limit is {ctx.get('max_length')})")
        elif kind == "extra_forbidden":
            line = f"{shorten('.'.join(map(str, loc)))}: is not a field this app knows"
        elif kind in ("literal_error", "enum") and len(loc) > 1 and loc[-1] == "[key]":
            line = f"{name}: '{shorten(loc[-2])}' is not one this aid asks about"
        elif not loc:
            line = msg
        else:
            line = f"{name}: {msg}{suffix}"
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
