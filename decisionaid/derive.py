"""Derivations from the Case: severity grade, stage, symptoms, emergency, follow-up.

Pure functions: the rules and the UI call them, nothing here does I/O beyond reading the
cached reason templates (resources/content/en/reasons.yaml). Numbers come from
guideline-facts.md: ASE 2017 bands (§3.1), ACC/AHA 2020 stage tables (§1.2, §1.3), ESC 2025
secondary-MR thresholds (§2.1), follow-up intervals (§1.7, §2.2, §2.3).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .assessment import Guideline, SeverityResult
from .case import GRADE_ORDER, NYHA, Case, Grade, MRType, Onset, Symptom, TriState
from .rules.common import fmt, say

_RANK = {g: i for i, g in enumerate(GRADE_ORDER)}  # none 0 … severe 4


@dataclass(frozen=True)
class Bands:
    """Upper bounds (exclusive) of mild, moderate, moderate–severe; at or above the last = severe."""

    name: str
    eroa: tuple[float, float, float]  # cm²
    rvol: tuple[float, float, float]  # mL
    rf: tuple[float, float, float]  # %


# ASE 2017 / ACC/AHA 2020 (same quantitative severe range for primary and secondary MR).
ASE = Bands("ase", eroa=(0.20, 0.30, 0.40), rvol=(30, 45, 60), rf=(30, 40, 50))
# ESC/EACTS 2025 ventricular secondary MR: EROA ≥0.30 cm² and/or RVol ≥45 mL are
# "prognostically significant" (§9.2.2) and graded severe here. The facts give these cut-offs
# for ventricular SMR only, so atrial SMR keeps the ASE 2017 bands.
ESC_SMR = Bands("esc_smr", eroa=(0.20, 0.30, 0.30), rvol=(30, 45, 45), rf=(30, 40, 50))
VC_MILD_BELOW, VC_SEVERE_FROM = 0.3, 0.7  # cm; in between = intermediate (moderate)


@dataclass(frozen=True)
class LVTrigger:
    """Primary-MR LV-dysfunction trigger of one guideline: LVEF ≤ x, LVESD ≥ y (, LVESDi ≥ z).

    The one place these numbers live: staging (C1/C2), the rule modules and the tests read them.
    """

    lvef_at_or_below: float  # %
    lvesd_from: float  # mm
    lvesdi_from: float | None  # mm/m²; None = not part of this guideline's trigger


# ACC/AHA 2020 stage C2 (Table 17): LVEF ≤60% and/or LVESD ≥40 mm.
ACC_LV = LVTrigger(lvef_at_or_below=60.0, lvesd_from=40.0, lvesdi_from=None)
# ESC/EACTS 2025 Recommendation Table 6: LVESD ≥40 mm or LVESDi ≥20 mm/m² or LVEF ≤60%.
ESC_LV = LVTrigger(lvef_at_or_below=60.0, lvesd_from=40.0, lvesdi_from=20.0)


def lv_trigger(guideline: Guideline | str) -> LVTrigger:
    return ESC_LV if Guideline(guideline) == Guideline.esc_eacts_2025 else ACC_LV


def _band(value: float, cuts: tuple[float, float, float]) -> Grade:
    if value < cuts[0]:
        return Grade.mild
    if value < cuts[1]:
        return Grade.moderate
    if value < cuts[2]:
        return Grade.moderate_severe
    return Grade.severe


def bands_for(case: Case, guideline: Guideline) -> Bands:
    if guideline == Guideline.esc_eacts_2025 and case.mr_type == MRType.secondary_ventricular:
        return ESC_SMR
    return ASE


def derive_severity(case: Case, guideline: Guideline | str) -> SeverityResult:
    """MR grade: echo numbers first (integrative, ASE 2017), else the stated grade.

    Each available parameter votes for a grade (EROA, RVol, RF by band; VC mild /
    intermediate=moderate / severe; each specific sign present votes severe). The grade is
    the highest one supported by at least half of the votes. Specific signs alone grade
    severe only when two or more are present. Discordant votes add a warning.
    """
    guideline = Guideline(guideline)
    s = case.severity
    bands = bands_for(case, guideline)
    details: list[str] = []
    warnings: list[str] = []
    votes: list[Grade] = []
    numbers = 0
    if s.eroa_cm2 is not None:
        g = _band(s.eroa_cm2, bands.eroa)
        votes.append(g)
        numbers += 1
        details.append(say("severity.param.eroa", value=fmt(s.eroa_cm2), grade=say(f"grade.{g}")))
    if s.regurgitant_volume_ml is not None:
        g = _band(s.regurgitant_volume_ml, bands.rvol)
        votes.append(g)
        numbers += 1
        details.append(
            say("severity.param.rvol", value=fmt(s.regurgitant_volume_ml), grade=say(f"grade.{g}"))
        )
    if s.regurgitant_fraction_pct is not None:
        g = _band(s.regurgitant_fraction_pct, bands.rf)
        votes.append(g)
        numbers += 1
        details.append(
            say("severity.param.rf", value=fmt(s.regurgitant_fraction_pct), grade=say(f"grade.{g}"))
        )
    if s.vena_contracta_cm is not None:
        vc = s.vena_contracta_cm
        g = Grade.mild if vc < VC_MILD_BELOW else Grade.severe if vc >= VC_SEVERE_FROM else Grade.moderate
        votes.append(g)
        numbers += 1
        details.append(say("severity.param.vc", value=fmt(vc), grade=say(f"grade.{g}")))
    signs = [
        name
        for name, v in (
            ("flail", s.flail_leaflet),
            ("pv_reversal", s.pv_systolic_reversal),
            ("large_jet", s.large_central_jet),
        )
        if v == TriState.yes
    ]
    for name in signs:
        details.append(say(f"severity.sign.{name}"))

    echo: Grade | None = None
    discordant = False
    if numbers:
        votes += [Grade.severe] * len(signs)
        need = math.ceil(len(votes) / 2)
        for g in reversed(GRADE_ORDER):
            if sum(1 for v in votes if _RANK[v] >= _RANK[g]) >= need:
                echo = g
                break
        ranks = [_RANK[v] for v in votes]
        discordant = max(ranks) - min(ranks) >= 2
        if discordant:
            warnings.append(say("severity.warn.discordant", grade=say(f"grade.{echo}")))
    elif len(signs) >= 2:
        echo = Grade.severe
    elif signs:
        details.append(say("severity.one_sign_only"))

    thresholds = say(f"severity.thresholds.{bands.name}")
    stated = s.grade
    if echo is not None:
        if stated != Grade.unknown and stated != echo:
            warnings.append(
                say("severity.warn.stated_differs", stated=say(f"grade.{stated}"), echo=say(f"grade.{echo}"))
            )
        return SeverityResult(
            grade=echo.value, source="echo", thresholds=thresholds, details=details, warnings=warnings,
            discordant=discordant,
        )
    if stated != Grade.unknown:
        return SeverityResult(
            grade=stated.value, source="stated", thresholds=thresholds, details=details, warnings=warnings
        )
    return SeverityResult(
        grade=Grade.unknown.value, source="unknown", thresholds=thresholds, details=details, warnings=warnings
    )


def symptomatic_status(case: Case) -> bool | None:
    """NYHA II–IV, any everyday symptom or red flag → True; NYHA I or 'none' → False; else None."""
    s = case.symptoms
    if s.nyha in (NYHA.II, NYHA.III, NYHA.IV) or s.everyday or s.red_flags:
        return True
    if s.nyha == NYHA.I or s.none_reported:
        return False
    return None


def lv_dysfunction(case: Case, guideline: Guideline) -> bool | None:
    """Primary-MR LV trigger of `guideline` (see LVTrigger).

    True if any known value triggers; False only if LVEF and LVESD are both known and
    normal; otherwise None (unknown).
    """
    h = case.heart
    t = lv_trigger(guideline)
    hits = [
        h.lvef_pct is not None and h.lvef_pct <= t.lvef_at_or_below,
        h.lvesd_mm is not None and h.lvesd_mm >= t.lvesd_from,
    ]
    if t.lvesdi_from is not None:
        hits.append(h.lvesd_index_mm_m2 is not None and h.lvesd_index_mm_m2 >= t.lvesdi_from)
    if any(hits):
        return True
    if h.lvef_pct is not None and h.lvesd_mm is not None:
        return False
    return None


ACUTE = "acute"


def derive_stage(
    case: Case, grade: Grade | str, symptomatic: bool | None, guideline: Guideline | str = Guideline.acc_aha_2020
) -> str:
    """ACC/AHA stage. Primary (and mixed, unknown type) MR: A, B, C1, C2, C (C1/C2 not known), D.

    Secondary MR has A, B, C, D only. Severe with unknown symptoms → "unknown". Acute onset →
    "acute": the stages describe chronic MR. C1/C2 uses the selected guideline's LV trigger, so
    under ESC 2025 an LVESDi ≥20 mm/m² alone reads C2 (LV dysfunction), as its rules do.
    """
    if case.onset == Onset.acute:
        return ACUTE
    grade = Grade(grade)
    if grade == Grade.unknown:
        return "unknown"
    if grade == Grade.none:
        return "A"
    if grade != Grade.severe:
        return "B"
    if symptomatic is None:
        return "unknown"
    if symptomatic:
        return "D"
    if case.mr_type.is_secondary:
        return "C"
    lv = lv_dysfunction(case, Guideline(guideline))
    return "C2" if lv else "C1" if lv is False else "C"


# Everyday symptoms that, with a sudden onset, mean acute pulmonary congestion (an emergency).
ACUTE_CONGESTION = (Symptom.breathless_rest, Symptom.breathless_lying_flat)


def emergency_status(case: Case, grade: Grade | str) -> tuple[bool, list[str]]:
    """Any red flag is an emergency; so is acute onset with severe MR, and acute onset with
    breathlessness at rest or lying flat (or NYHA IV) even when no red flag is ticked."""
    reasons = [say(f"emergency.red_flag.{f.value}") for f in case.symptoms.red_flags]
    if case.onset == Onset.acute:
        s = case.symptoms
        if Grade(grade) == Grade.severe:
            reasons.append(say("emergency.acute_severe"))
        elif any(x in s.everyday for x in ACUTE_CONGESTION) or s.nyha == NYHA.IV:
            reasons.append(say("emergency.acute_breathless"))
    return bool(reasons), reasons


def follow_up(
    case: Case, stage: str, grade: Grade | str, guideline: Guideline | str, audience: str = "clinician"
) -> str:
    """Review interval for the stage (ACC/AHA §1.7; ESC §2.2, §2.3), in clinician words or,
    with audience="patient", in plain words without clinician verdicts."""
    guideline = Guideline(guideline)
    grade = Grade(grade)
    g = "acc" if guideline == Guideline.acc_aha_2020 else "esc"
    root = "follow_up_patient" if audience == "patient" else "follow_up"
    if stage == ACUTE:
        if grade not in (Grade.severe, Grade.unknown):  # sudden MR not graded severe: re-evaluate urgently
            return say(f"{root}.acute_not_severe")
        return say(f"{root}.acute")
    if stage in ("C2", "D"):
        return say(f"{root}.{g}.intervention")
    if stage == "unknown":
        return say(f"{root}.unknown")
    if stage == "A":
        return say(f"{root}.{g}.stage_a")
    if grade in (Grade.mild, Grade.moderate, Grade.moderate_severe) and symptomatic_status(case):
        # The routine intervals are for asymptomatic MR with normal LV function (ACC/AHA §1.7):
        # symptoms with non-severe MR are re-evaluated now.
        return say(f"{root}.symptomatic_not_severe")
    if g == "esc" and case.mr_type == MRType.secondary_ventricular:
        return say(f"{root}.esc.ventricular_smr")
    if g == "esc" and case.mr_type == MRType.secondary_atrial and stage == "C":
        return say(f"{root}.esc.atrial_smr_severe")
    if stage in ("C", "C1"):
        return say(f"{root}.{g}.severe")
    if grade == Grade.mild:
        return say(f"{root}.{g}.mild")
    return say(f"{root}.{g}.moderate")
