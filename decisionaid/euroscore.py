"""EuroSCORE II (Nashef et al. 2012): predicted in-hospital mortality after cardiac surgery.

Two steps, kept apart so each can be tested on its own (the riskscorer style):

1. `parse_inputs(EuroScoreInputs) -> Parsed`: raw numbers (age, sex, weight, creatinine,
   LVEF, PA pressure, ...) to the model's canonical categories (`EuroScoreFactors`).
2. `compute(EuroScoreFactors) -> EuroScoreResult`: the logistic model, a pure function.

Coefficients live only in resources/risk/euroscore2.yaml (with the citation).

Boundaries: the numbers in the model's labels are compared with the raw value, never
rounded, and each stated number belongs to the band whose label states it:
    CrCl   < 50 severe | 50 to 85 moderate (both ends) | > 85 normal      (85.4 -> normal)
    PASP   <= 30 none  | above 30 to 55 moderate       | > 55 severe      (30.5 -> moderate)
    LVEF   <= 20 very poor | above 20 to 30 poor | above 30 to 50 moderate | > 50 good
                                                                     (30.5 -> moderate)
So the gaps between integer labels (30-31, 20-21, 50-51) go to the band above the label
that ends at the integer: "21-30" ends at 30, hence 30.5 is no longer in it.
"""

from __future__ import annotations

import math
from enum import StrEnum
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from . import i18n, resource_files

AGE_MIN, AGE_MAX = 18, 100
WEIGHT_MIN, WEIGHT_MAX = 30.0, 250.0
CREATININE_RANGES = {"mg/dL": (0.2, 20.0), "µmol/L": (18.0, 1770.0)}
UMOL_PER_MG_DL = 88.4
_UNIT_ALIASES = {
    "mg/dl": "mg/dL",
    "mgdl": "mg/dL",
    "µmol/l": "µmol/L",  # micro sign
    "μmol/l": "µmol/L",  # Greek mu
    "umol/l": "µmol/L",
    "umol": "µmol/L",
}


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Renal(StrEnum):
    normal = "normal"
    moderate = "moderate"
    severe = "severe"
    dialysis = "dialysis"


class LVFunction(StrEnum):
    good = "good"
    moderate = "moderate"
    poor = "poor"
    very_poor = "very_poor"


class PulmonaryHypertension(StrEnum):
    none = "none"
    moderate = "moderate"
    severe = "severe"


class NYHAClass(StrEnum):
    I = "I"  # noqa: E741
    II = "II"
    III = "III"
    IV = "IV"


class Urgency(StrEnum):
    elective = "elective"
    urgent = "urgent"
    emergency = "emergency"
    salvage = "salvage"


class ProcedureWeight(StrEnum):
    isolated_cabg = "isolated_cabg"
    single_non_cabg = "single_non_cabg"  # e.g. a mitral operation alone
    two_procedures = "two_procedures"  # e.g. mitral surgery with CABG
    three_or_more = "three_or_more"


BINARY_FACTORS = (
    "extracardiac_arteriopathy",
    "poor_mobility",
    "previous_cardiac_surgery",
    "chronic_lung_disease",
    "active_endocarditis",
    "critical_preoperative_state",
    "diabetes_on_insulin",
    "ccs4_angina",
    "recent_mi",
    "thoracic_aorta",
)


class EuroScoreFactors(_M):
    """The model's canonical categories: what the published table is written in."""

    age: int = Field(ge=AGE_MIN, le=AGE_MAX, title="Age", json_schema_extra={"unit": "years"})
    female: bool
    renal_impairment: Renal
    extracardiac_arteriopathy: bool = False
    poor_mobility: bool = False
    previous_cardiac_surgery: bool = False
    chronic_lung_disease: bool = False
    active_endocarditis: bool = False
    critical_preoperative_state: bool = False
    diabetes_on_insulin: bool = False
    nyha: NYHAClass
    ccs4_angina: bool = False
    lv_function: LVFunction
    recent_mi: bool = False
    pulmonary_hypertension: PulmonaryHypertension
    urgency: Urgency = Urgency.elective
    weight_of_procedure: ProcedureWeight
    thoracic_aorta: bool = False


class Contribution(_M):
    factor: str  # key in euroscore2.yaml
    level: str  # "yes"/"no", a category, or the age in years
    x: int  # the model's x_i (0/1, or the age term)
    beta: float
    contribution: float  # beta * x, added to the linear predictor


class EuroScoreResult(_M):
    linear_predictor: float
    mortality_pct: float
    contributions: list[Contribution]
    caveats: list[str]
    factors: EuroScoreFactors
    creatinine_clearance_ml_min: float | None = None  # when computed by Cockcroft-Gault
    citation: str


@lru_cache(maxsize=None)
def model_data() -> dict:
    """The coefficients file (resources/risk/euroscore2.yaml)."""
    return resource_files.load_data("risk", "euroscore2.yaml")


def age_term(age: int) -> int:
    """x_age: 1 for age up to 60, then age - 59 (61 -> 2, 62 -> 3)."""
    return max(1, age - 59)


def compute(factors: EuroScoreFactors, lang: str | None = None) -> EuroScoreResult:
    """Linear predictor, predicted mortality (%) and each factor's contribution."""
    lang = lang or i18n.current()  # None: the language in use
    data = model_data()
    coef = data["coefficients"]
    contribs: list[Contribution] = []
    xa = age_term(factors.age)
    beta_age = float(data["age"]["per_unit"])
    contribs.append(Contribution(factor="age", level=str(factors.age), x=xa, beta=beta_age,
                                 contribution=beta_age * xa))
    beta_f = float(coef["female"])
    contribs.append(Contribution(factor="female", level="yes" if factors.female else "no",
                                 x=int(factors.female), beta=beta_f,
                                 contribution=beta_f * factors.female))
    for name in ("renal_impairment", "nyha", "lv_function", "pulmonary_hypertension",
                 "urgency", "weight_of_procedure"):
        level = getattr(factors, name).value
        beta = float(coef[name][level])
        x = 0 if beta == 0.0 else 1
        contribs.append(Contribution(factor=name, level=level, x=x, beta=beta, contribution=beta))
    for name in BINARY_FACTORS:
        on = bool(getattr(factors, name))
        beta = float(coef[name])
        contribs.append(Contribution(factor=name, level="yes" if on else "no", x=int(on),
                                     beta=beta, contribution=beta * on))
    y = float(data["constant"]) + math.fsum(c.contribution for c in contribs)
    mortality = 100.0 / (1.0 + math.exp(-y))
    return EuroScoreResult(
        linear_predictor=y,
        mortality_pct=mortality,
        contributions=contribs,
        caveats=caveats(factors.age, lang),
        factors=factors,
        citation=" ".join(str(data["citation"]).split()) + f" doi:{data['doi']}",
    )


def caveats(age: int, lang: str | None = None) -> list[str]:
    """Caveats shown with every result: a surgical score; few patients over 90; none over 95."""
    lang = lang or i18n.current()  # None: the language in use
    text = i18n.load_overlaid("risk", "en.yaml", lang=lang)["euroscore_caveats"]
    out = [text["surgical_score"]]
    if age > 95:
        out.append(text["age_over_95"])
    elif age > 90:
        out.append(text["age_over_90"])
    out.append(text["categories_not_us"])
    return out


# ---------------------------------------------------------------- parsing raw values


def _msg(key: str, /, **values: Any) -> str:
    """An error sentence from resources/messages/<lang>.yaml, in the language in use."""
    from .case import message

    return message("errors", key, **values)


def field_name(field: str) -> str:
    """A calculator field's name in the language in use (`euroscore_fields:`)."""
    from .case import messages

    info = EuroScoreInputs.model_fields.get(field)
    names = messages(i18n.current()).get("euroscore_fields") or {}
    return str(names.get(field) or (info.title if info is not None and info.title else field))


def creatinine_clearance(age: float, female: bool, weight_kg: float, creatinine: float,
                         unit: str = "mg/dL") -> float:
    """Cockcroft-Gault (mL/min), as the model's authors define it; µmol/L is ÷ 88.4 first."""
    mg_dl = creatinine / UMOL_PER_MG_DL if normalise_unit(unit) == "µmol/L" else creatinine
    return (140 - age) * weight_kg * (0.85 if female else 1.0) / (72 * mg_dl)


def renal_category(crcl_ml_min: float | None, dialysis: bool = False) -> Renal:
    """< 50 severe, 50–85 moderate (both ends), > 85 normal; dialysis overrides the clearance."""
    if dialysis:
        return Renal.dialysis
    if crcl_ml_min is None:
        raise ValueError(_msg("euroscore_renal_needed"))
    if crcl_ml_min < 50:
        return Renal.severe
    if crcl_ml_min <= 85:
        return Renal.moderate
    return Renal.normal


def lv_category(lvef_pct: float) -> LVFunction:
    """<= 20 very poor, 21–30 poor, 31–50 moderate, > 50 good (labels' numbers inclusive)."""
    if lvef_pct <= 20:
        return LVFunction.very_poor
    if lvef_pct <= 30:
        return LVFunction.poor
    if lvef_pct <= 50:
        return LVFunction.moderate
    return LVFunction.good


def ph_category(pasp_mmhg: float) -> PulmonaryHypertension:
    """<= 30 none, 31–55 moderate, > 55 severe (PA systolic pressure, mmHg)."""
    if pasp_mmhg <= 30:
        return PulmonaryHypertension.none
    if pasp_mmhg <= 55:
        return PulmonaryHypertension.moderate
    return PulmonaryHypertension.severe


def normalise_unit(unit: str) -> str:
    key = unit.strip().lower().replace(" ", "")
    if key in _UNIT_ALIASES:
        return _UNIT_ALIASES[key]
    raise ValueError(_msg("unit_not_accepted", unit=repr(unit)))


class EuroScoreInputs(BaseModel):
    """Raw inputs as the wizard or the CLI gathers them (stored in case.risk.euroscore2_inputs).

    Numbers are parsed to categories by `parse_inputs`; a category may be given directly
    instead (lv_function, pulmonary_hypertension, creatinine_clearance_ml_min) when only
    that is known. Binary factors left out count as absent, as on the published calculator.
    """

    model_config = ConfigDict(extra="forbid")

    age: int = Field(ge=AGE_MIN, le=AGE_MAX, title="Age", json_schema_extra={"unit": "years"})
    sex: Literal["female", "male"] = Field(title="Sex")
    weight_kg: float | None = Field(None, ge=WEIGHT_MIN, le=WEIGHT_MAX, title="Weight",
                                    json_schema_extra={"unit": "kg"})
    creatinine: float | None = Field(None, gt=0, title="Serum creatinine")
    creatinine_unit: str = Field("mg/dL", title="Creatinine unit")
    creatinine_clearance_ml_min: float | None = Field(
        None, ge=1, le=250, title="Creatinine clearance", json_schema_extra={"unit": "mL/min"})
    dialysis: bool = Field(False, title="On dialysis")
    lvef_pct: float | None = Field(None, ge=5, le=90, title="LVEF", json_schema_extra={"unit": "%"})
    lv_function: LVFunction | None = Field(None, title="LV function")
    pasp_mmhg: float | None = Field(None, ge=10, le=150, title="PA systolic pressure",
                                    json_schema_extra={"unit": "mmHg"})
    pulmonary_hypertension: PulmonaryHypertension | None = Field(None, title="Pulmonary hypertension")
    nyha: NYHAClass = Field(title="NYHA class")
    urgency: Urgency = Field(Urgency.elective, title="Urgency")
    weight_of_procedure: ProcedureWeight = Field(ProcedureWeight.single_non_cabg,
                                                 title="Weight of the intervention")
    extracardiac_arteriopathy: bool = False
    poor_mobility: bool = False
    previous_cardiac_surgery: bool = False
    chronic_lung_disease: bool = False
    active_endocarditis: bool = False
    critical_preoperative_state: bool = False
    diabetes_on_insulin: bool = False
    ccs4_angina: bool = False
    recent_mi: bool = False
    thoracic_aorta: bool = False

    @field_validator("creatinine_unit")
    @classmethod
    def _unit(cls, v: str) -> str:
        return normalise_unit(v)

    @model_validator(mode="after")
    def _complete(self) -> "EuroScoreInputs":
        if self.creatinine is not None:
            lo, hi = CREATININE_RANGES[self.creatinine_unit]
            if not lo <= self.creatinine <= hi:
                raise ValueError(_msg("creatinine_range", value=f"{self.creatinine:g}",
                                      unit=self.creatinine_unit, lo=f"{lo:g}", hi=f"{hi:g}"))
        if not self.dialysis and self.creatinine_clearance_ml_min is None:
            if self.creatinine is None or self.weight_kg is None:
                raise ValueError(_msg("euroscore_renal_inputs"))
        if self.lvef_pct is None and self.lv_function is None:
            raise ValueError(_msg("euroscore_lvef"))
        if self.pasp_mmhg is None and self.pulmonary_hypertension is None:
            raise ValueError(_msg("euroscore_pasp"))
        return self


class Parsed(_M):
    factors: EuroScoreFactors
    creatinine_clearance_ml_min: float | None = None


def parse_inputs(inputs: EuroScoreInputs) -> Parsed:
    """Raw values to canonical categories. A measured number wins over a given category."""
    female = inputs.sex == "female"
    crcl = inputs.creatinine_clearance_ml_min
    if crcl is None and inputs.creatinine is not None and inputs.weight_kg is not None:
        crcl = creatinine_clearance(inputs.age, female, inputs.weight_kg, inputs.creatinine,
                                    inputs.creatinine_unit)
    lv = lv_category(inputs.lvef_pct) if inputs.lvef_pct is not None else inputs.lv_function
    ph = (ph_category(inputs.pasp_mmhg) if inputs.pasp_mmhg is not None
          else inputs.pulmonary_hypertension)
    factors = EuroScoreFactors(
        age=inputs.age,
        female=female,
        renal_impairment=renal_category(crcl, inputs.dialysis),
        nyha=inputs.nyha,
        lv_function=lv,
        pulmonary_hypertension=ph,
        urgency=inputs.urgency,
        weight_of_procedure=inputs.weight_of_procedure,
        **{name: getattr(inputs, name) for name in BINARY_FACTORS},
    )
    return Parsed(factors=factors, creatinine_clearance_ml_min=crcl)


def _is_number(value: Any) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


def describe_input_errors(exc: ValidationError) -> list[str]:
    """Plain messages naming the field and its accepted range (one per problem)."""
    from .case import _pydantic_message, field_range, unit_text

    out: list[str] = []
    for err in exc.errors():
        loc = err.get("loc", ())
        msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        field = loc[0] if loc else None
        info = EuroScoreInputs.model_fields.get(field) if isinstance(field, str) else None
        if info is None:
            out.append(f"{field}: {msg}" if field else msg)
            continue
        title = field_name(field)
        lo, hi, unit = field_range(EuroScoreInputs, field)
        rng = _msg("range", lo=f"{lo:g}", hi=f"{hi:g}", unit=f" {unit_text(unit)}" if unit else "") if lo is not None else ""
        suffix = _msg("with_range", range=rng) if rng else ""
        kind = str(err.get("type", ""))
        got = err.get("input")
        shown = f"{got!r}" if not isinstance(got, str) or not got.strip() else got
        if kind.startswith(("greater", "less")) and rng:
            out.append(_msg("out_of_range", name=title, value=shown, range=rng))
        elif kind.startswith("int_") and rng and _is_number(got):
            out.append(_msg("not_whole", name=title, value=shown, suffix=suffix))
        elif kind.endswith(("_parsing", "_type")) and rng:
            out.append(_msg("not_a_number", name=title, value=shown, suffix=suffix))
        else:
            if not str(err.get("msg", "")).startswith("Value error, ") and i18n.current() != "en":
                msg = _pydantic_message(err) or msg
            out.append(_msg("other", name=title, message=msg, suffix=suffix))
    return out


def validate_inputs(raw: dict[str, Any]) -> EuroScoreInputs:
    """EuroScoreInputs from a dict, or ValueError with one readable line."""
    from .case import describe_errors, euroscore_stored_model

    strict = euroscore_stored_model()  # true is not 1 and 1 is not yes (lax parsing would say so)
    try:
        strict.model_validate(raw)
    except ValidationError as exc:
        raise ValueError("; ".join(describe_errors(exc, strict))) from None
    try:
        return EuroScoreInputs.model_validate(raw)
    except ValidationError as exc:
        raise ValueError("; ".join(describe_input_errors(exc))) from None


def calculate(raw: EuroScoreInputs | dict[str, Any], lang: str | None = None) -> EuroScoreResult:
    """Validate, parse and compute in one call (ValueError with a readable message)."""
    lang = lang or i18n.current()  # None: the language in use
    inputs = raw if isinstance(raw, EuroScoreInputs) else validate_inputs(raw)
    parsed = parse_inputs(inputs)
    result = compute(parsed.factors, lang)
    return result.model_copy(update={"creatinine_clearance_ml_min": parsed.creatinine_clearance_ml_min})


def prefill_from_case(case: Any) -> dict[str, Any]:
    """Inputs the Case already holds (age, sex, LVEF, PASP, NYHA), for the wizard to start from."""
    out: dict[str, Any] = {}
    r, h = case.risk, case.heart
    if r.age_years is not None:
        out["age"] = r.age_years
    if r.sex.value in ("female", "male"):
        out["sex"] = r.sex.value
    if h.lvef_pct is not None:
        out["lvef_pct"] = h.lvef_pct
    if h.pasp_mmhg is not None:
        out["pasp_mmhg"] = h.pasp_mmhg
    if case.symptoms.nyha.value != "unknown":
        out["nyha"] = case.symptoms.nyha.value
    return out


def compute_from_case(case: Any, lang: str | None = None) -> EuroScoreResult | None:
    """EuroSCORE II from case.risk.euroscore2_inputs (None when none stored).

    Stored inputs win; keys they lack are taken from the rest of the Case (prefill).
    """
    lang = lang or i18n.current()  # None: the language in use
    stored = case.risk.euroscore2_inputs
    if not stored:
        return None
    return calculate({**prefill_from_case(case), **stored}, lang)
