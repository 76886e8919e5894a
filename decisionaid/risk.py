"""Surgical-risk category from the ACC/AHA risk table (guideline-facts.md §1.6).

Low risk needs ALL criteria low; intermediate, high and prohibitive each need ANY one
criterion, and the highest level reached wins. Unknown inputs are never assumed low:

- a category above low stands on the inputs that reached it (unknowns could only raise it);
- low needs a known risk score (STS-PROM, or EuroSCORE II as a stand-in) below 4%; other
  unknown criteria are listed in a "not assessed" note rather than silently counted as low;
- with no score and nothing above low, the category is unknown.

EuroSCORE II stands in for STS-PROM (same 4 / 8 % cut-offs) only when STS-PROM is missing,
and the result says so (`estimated_from_euroscore`). `decided_by` names the Case fields
(of `case.risk`) that decided the category.
"""

from __future__ import annotations

from functools import lru_cache

from . import i18n, resource_files
from .assessment import RiskResult
from .case import Case, Impediment, TriState

LOW, INTERMEDIATE, HIGH, PROHIBITIVE, UNKNOWN = (
    "low",
    "intermediate",
    "high",
    "prohibitive",
    "unknown",
)
_ORDER = {LOW: 0, INTERMEDIATE: 1, HIGH: 2, PROHIBITIVE: 3}

# The table's numeric cut-offs, in one place.
SCORE_LOW_BELOW = 4.0  # STS-PROM < 4 %: low
SCORE_HIGH_ABOVE = 8.0  # 4–8 %: intermediate (8.0 included); > 8 %: high

CRITERIA = (
    "sts_prom_pct",
    "frailty_indices",
    "organ_systems_compromised",
    "impediment",
    "prohibitive_predicted",
)


@lru_cache(maxsize=None)
def _text(lang: str) -> dict:
    return i18n.load_overlaid("risk", "en.yaml", lang=lang)


def score_band(pct: float) -> str:
    """STS-PROM band: < 4 low, 4–8 intermediate (both ends included), > 8 high."""
    if pct < SCORE_LOW_BELOW:
        return LOW
    if pct <= SCORE_HIGH_ABOVE:
        return INTERMEDIATE
    return HIGH


def frailty_band(indices: int) -> str:
    """0 indices low, 1 intermediate (mild), 2 or more high (moderate–severe)."""
    return LOW if indices == 0 else INTERMEDIATE if indices == 1 else HIGH


def organ_band(systems: int) -> str:
    """0 low, 1 intermediate, 2 high ("no more than 2"), 3 or more prohibitive."""
    if systems == 0:
        return LOW
    if systems == 1:
        return INTERMEDIATE
    if systems == 2:
        return HIGH
    return PROHIBITIVE


def impediment_band(imp: Impediment) -> str | None:
    """none low, possible intermediate (listed under intermediate and high), severe prohibitive."""
    return {
        Impediment.none: LOW,
        Impediment.possible: INTERMEDIATE,
        Impediment.severe: PROHIBITIVE,
    }.get(imp)


def _euroscore_pct(case: Case, notes: list[str], text: dict, lang: str) -> float | None:
    """EuroSCORE II as entered, else computed from the stored wizard inputs (if any)."""
    r = case.risk
    if r.euroscore2_pct is not None:
        return r.euroscore2_pct
    if not r.euroscore2_inputs:
        return None
    try:
        from .euroscore import compute_from_case
    except ImportError:  # pragma: no cover - module always present in a full checkout
        return None
    try:
        result = compute_from_case(case, lang)
    except ValueError as exc:
        notes.append(text["notes"]["euroscore_inputs_invalid"].format(error=exc))
        return None
    return None if result is None else result.mortality_pct


def categorise_risk(case: Case, lang: str | None = None) -> RiskResult:
    """The ACC/AHA surgical-risk category of a Case, with the inputs that decided it."""
    lang = lang or i18n.current()  # None: the language in use
    text = _text(lang)
    r = case.risk
    notes: list[str] = []
    bands: dict[str, str] = {}  # criterion -> band, for known criteria only
    score_field = "sts_prom_pct"
    es: float | None = None

    if r.sts_prom_pct is not None:
        bands["sts_prom_pct"] = score_band(r.sts_prom_pct)
    else:
        es = _euroscore_pct(case, notes, text, lang)
        if es is not None:
            score_field = "euroscore2_pct"
            bands["euroscore2_pct"] = score_band(es)
    if r.frailty_indices is not None:
        bands["frailty_indices"] = frailty_band(r.frailty_indices)
    if r.organ_systems_compromised is not None:
        bands["organ_systems_compromised"] = organ_band(r.organ_systems_compromised)
    imp = impediment_band(r.impediment)
    if imp is not None:
        bands["impediment"] = imp
        if r.impediment == Impediment.possible:
            notes.append(text["notes"]["possible_impediment"])
    if r.prohibitive_predicted == TriState.yes:
        bands["prohibitive_predicted"] = PROHIBITIVE
    elif r.prohibitive_predicted == TriState.no:
        bands["prohibitive_predicted"] = LOW

    if not bands:
        return RiskResult(category=UNKNOWN, notes=notes + [text["notes"]["nothing_known"]])

    top = max(bands.values(), key=_ORDER.__getitem__)
    known = set(bands)
    missing = [
        c
        for c in CRITERIA
        if c not in known and not (c == "sts_prom_pct" and score_field in known)
    ]

    if top == LOW and score_field not in known:
        # Everything known is low, but low needs the score: do not guess.
        notes.append(text["notes"]["no_score"])
        category = UNKNOWN
        decided_by: list[str] = []
    elif top == LOW:
        category = LOW
        decided_by = [c for c in (score_field, *CRITERIA[1:]) if c in known]
    else:
        category = top
        decided_by = [c for c in (score_field, *CRITERIA[1:]) if bands.get(c) == top]

    if missing and category not in (PROHIBITIVE, UNKNOWN):
        names = ", ".join(text["inputs"][c] for c in missing)
        notes.append(text["notes"]["not_assessed"].format(items=names))
    # Flagged only when EuroSCORE II actually decided the category (not when, say,
    # frailty alone made it high and the EuroSCORE band was lower).
    estimated = "euroscore2_pct" in decided_by
    if estimated:
        notes.insert(0, text["notes"]["estimated_from_euroscore"].format(value=f"{es:.2f}"))
    return RiskResult(
        category=category,
        decided_by=decided_by,
        estimated_from_euroscore=estimated,
        notes=notes,
    )
