"""The Case: everything the wizard gathers, what a session file holds and what the CLI reads.

One pydantic model, versioned by `schema_version`. `unknown` (or None for numbers) is a
first-class answer wherever a patient might not know; nothing is guessed. Every number has
a unit and a plausible range; out-of-range or contradictory input is refused with a message
that names the field and the accepted range (see `describe_errors`).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

SCHEMA_VERSION = 1


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
    vena_contracta_cm: float | None = _num(0.0, 2.0, "Vena contracta", "cm")
    eroa_cm2: float | None = _num(0.0, 2.0, "Effective regurgitant orifice area (EROA)", "cm²")
    regurgitant_volume_ml: float | None = _num(0.0, 250.0, "Regurgitant volume", "mL")
    regurgitant_fraction_pct: float | None = _num(0.0, 100.0, "Regurgitant fraction", "%")
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
    none_reported: bool = Field(False, title="No symptoms")
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
    lvef_pct: float | None = _num(5, 90, "Left ventricular ejection fraction (LVEF)", "%")
    lvesd_mm: float | None = _num(15, 100, "LV end-systolic diameter (LVESD)", "mm")
    lvesd_index_mm_m2: float | None = _num(5, 60, "Indexed LVESD (LVESDi)", "mm/m²")
    la_volume_index_ml_m2: float | None = _num(10, 300, "LA volume index", "mL/m²")
    la_diameter_mm: float | None = _num(20, 100, "LA diameter", "mm")
    pasp_mmhg: float | None = _num(10, 150, "PA systolic pressure (PASP)", "mmHg")
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
    age_years: int | None = _num(18, 110, "Age", "years")
    sex: Sex = Field(Sex.unknown, title="Sex")
    sts_prom_pct: float | None = _num(0, 100, "STS-PROM", "%")
    euroscore2_pct: float | None = _num(0, 100, "EuroSCORE II", "%")
    euroscore2_inputs: dict[str, Any] | None = Field(
        None, title="EuroSCORE II inputs (when computed in the app)"
    )
    frailty_indices: int | None = _num(0, 7, "Frailty indices (Katz ADL + ambulation)", "of 7")
    organ_systems_compromised: int | None = _num(
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


Rating = Annotated[int, Field(ge=0, le=4)]


class Preferences(_Model):
    """What matters to the patient (filled by the wizard's results pages)."""

    ratings: dict[str, Rating] = Field(
        default_factory=dict, title="How much each feature matters (0 = not at all, 4 = a lot)"
    )
    own_priorities: list[Annotated[str, Field(max_length=300)]] = Field(
        default_factory=list, title="Own priorities"
    )
    sure: dict[str, bool | None] = Field(default_factory=dict, title="SURE test answers")
    questions: list[Annotated[str, Field(max_length=500)]] = Field(
        default_factory=list, title="Questions for the care team"
    )
    notes: str = Field("", max_length=5000, title="Notes")


class Case(_Model):
    schema_version: int = Field(SCHEMA_VERSION, title="Session file format version")
    audience: Audience = Field(Audience.patient, title="Who is using the aid")
    patient_name: str = Field("", max_length=120, title="Name (optional)")
    created: date | None = Field(None, title="Date")
    mr_type: MRType = Field(MRType.unknown, title="Type of MR")
    onset: Onset = Field(Onset.unknown, title="Onset")
    severity: Severity = Field(default_factory=Severity)
    symptoms: Symptoms = Field(default_factory=Symptoms)
    heart: Heart = Field(default_factory=Heart)
    risk: Risk = Field(default_factory=Risk)
    anatomy: Anatomy = Field(default_factory=Anatomy)
    preferences: Preferences = Field(default_factory=Preferences)

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


# ---------------------------------------------------------------- messages


def _field_info(model: type[BaseModel], loc: tuple[Any, ...]):
    """Walk a validation error location to the pydantic FieldInfo it names, if any."""
    current: Any = model
    info = None
    for part in loc:
        if isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            info = current.model_fields[part]
            current = info.annotation
        else:
            return info
    return info


def _range_text(info: Any) -> str:
    lo = hi = None
    for m in info.metadata:
        lo = getattr(m, "ge", lo) if getattr(m, "ge", None) is not None else lo
        hi = getattr(m, "le", hi) if getattr(m, "le", None) is not None else hi
    unit = (info.json_schema_extra or {}).get("unit", "") if isinstance(info.json_schema_extra, dict) else ""
    if lo is None and hi is None:
        return ""

    def fmt(x: float) -> str:
        return f"{x:g}"

    u = f" {unit}" if unit else ""
    return f"accepted range {fmt(lo)}–{fmt(hi)}{u}"


def describe_errors(exc: ValidationError, model: type[BaseModel] = Case) -> list[str]:
    """Turn a pydantic ValidationError into plain messages naming the field and its range."""
    out: list[str] = []
    for err in exc.errors():
        loc = tuple(err.get("loc", ()))
        info = _field_info(model, loc)
        name = (info.title if info is not None and info.title else ".".join(map(str, loc))) or "Case"
        msg = err.get("msg", "invalid value")
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, ") :]
        rng = _range_text(info) if info is not None else ""
        got = err.get("input")
        if rng and err.get("type", "").startswith(("greater", "less", "float", "int")):
            out.append(f"{name}: {got!r} is outside the {rng}")
        elif not loc:
            out.append(msg)
        else:
            out.append(f"{name}: {msg}" + (f" ({rng})" if rng else ""))
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
