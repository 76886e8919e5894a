"""What the one-sheet patient summary shows: which options may fit, and numbers that fit the person.

Nothing here decides anything clinical. The tiers come from the Assessment; this module only
sorts them into "may fit" and "usually does not apply" for the sheet, and picks, for each grid
row, the key number whose study population matches the person (content.Population). A number
from people unlike this person is left off the sheet; the booklet shows it with a label.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .assessment import OPTION_ORDER, Assessment, OptionId, Tier
from .case import Case, MRType, Onset, TriState
from .content import GRID_ROWS, Content, KeyNumber

ACTIVE = {Tier.recommended, Tier.reasonable, Tier.may_consider}
NON_PROCEDURES = {OptionId.monitoring, OptionId.medication}
PROCEDURES = [o for o in OPTION_ORDER if o not in NON_PROCEDURES]
MILD_GRADES = {"none", "mild", "moderate"}
COMFORT_CARE = "palliative_care"
SURGERY = {OptionId.surgical_repair, OptionId.surgical_replacement}

FITS, MAYBE, DIFFERENT = "fits", "maybe", "different"


def mr_group(mr_type: MRType) -> set[str] | None:
    """The Population.mr_type groups a case belongs to; None when the type is not known."""
    if mr_type == MRType.unknown:
        return None
    if mr_type.value.startswith("primary"):
        return {"primary"}
    if mr_type == MRType.mixed:
        return {"primary", "secondary_ventricular"}
    return {mr_type.value}


def _verdicts(kn: KeyNumber, case: Case, a: Assessment) -> dict[str, str]:
    """Population filter -> FITS / MAYBE / DIFFERENT for this person."""
    p = kn.population
    verdicts: dict[str, str] = {}
    if "any" not in p.mr_type:
        groups = mr_group(case.mr_type)
        verdicts["mr_type"] = MAYBE if groups is None else FITS if groups & set(p.mr_type) else DIFFERENT
    if "any" not in p.risk:
        cat = a.risk.category
        verdicts["risk"] = MAYBE if cat in ("", "unknown") else FITS if cat in p.risk else DIFFERENT
    if p.grades:
        g = a.severity.grade
        verdicts["grades"] = MAYBE if g == "unknown" else FITS if g in p.grades else DIFFERENT
    if p.symptomatic is not None:
        s = a.symptomatic
        verdicts["symptomatic"] = MAYBE if s is None else FITS if s == p.symptomatic else DIFFERENT
    if p.severe_mac is not None:
        mac = case.anatomy.severe_mac
        verdicts["severe_mac"] = (MAYBE if mac == TriState.unknown else
                                  FITS if (mac == TriState.yes) == p.severe_mac else DIFFERENT)
    if "any" not in p.onset:
        # The rules treat an unknown onset as chronic (only "acute" takes the acute pathway).
        onset = "acute" if case.onset == Onset.acute else "chronic"
        verdicts["onset"] = FITS if onset in p.onset else DIFFERENT
    return verdicts


POPULATION_FILTERS = ("mr_type", "risk", "grades", "symptomatic", "severe_mac", "onset")


def number_fit(kn: KeyNumber, case: Case, a: Assessment) -> str:
    """FITS when every population filter matches the person, DIFFERENT when one clearly does
    not, MAYBE when the person's value for a filter is not known yet."""
    verdicts = set(_verdicts(kn, case, a).values())
    if DIFFERENT in verdicts:
        return DIFFERENT
    return MAYBE if MAYBE in verdicts else FITS


def differs_in(kn: KeyNumber, case: Case, a: Assessment) -> list[str]:
    """The population filters (in POPULATION_FILTERS order) on which the study's people clearly
    differ from this person: what a 'from people unlike you' label names."""
    verdicts = _verdicts(kn, case, a)
    return [f for f in POPULATION_FILTERS if verdicts.get(f) == DIFFERENT]


def _specificity(kn: KeyNumber) -> int:
    p = kn.population
    return sum([("any" not in p.mr_type), ("any" not in p.risk), bool(p.grades),
                p.symptomatic is not None, p.severe_mac is not None, "any" not in p.onset])


@dataclass
class Cell:
    """One outcome cell of the grid: a key number that fits, the person's own score, or none."""

    number: KeyNumber | None = None
    fit: str = ""
    own_score: dict[str, Any] | None = None  # {"name": "STS-PROM", "pct": 9.0}


@dataclass
class Applicability:
    fits: list[OptionId] = field(default_factory=list)
    not_fit: list[tuple[OptionId, str, list[str]]] = field(default_factory=list)  # id, why, missing
    comfort_care: bool = False


def applicability(a: Assessment) -> Applicability:
    """Sort the options for side 1, in the fixed order: those that may fit (an active tier),
    always including watchful waiting or medical care, and one line for each of the others."""
    out = Applicability()
    results = {o.id: o for o in a.options}
    for oid in OPTION_ORDER:
        r = results.get(oid)
        if r is not None and r.tier in ACTIVE:
            out.fits.append(oid)
    if not any(o in out.fits for o in NON_PROCEDURES):
        # Medical care is always on the table (it goes with every other option).
        out.fits.insert(0, OptionId.medication)
    for oid in OPTION_ORDER:
        if oid in out.fits:
            continue
        r = results.get(oid)
        if r is None:
            out.not_fit.append((oid, "unknown", []))
        elif r.tier == Tier.needs_information:
            out.not_fit.append((oid, "depends", list(r.missing)))
        elif oid in PROCEDURES and a.severity.grade in MILD_GRADES:
            out.not_fit.append((oid, "mild", []))
        else:
            out.not_fit.append((oid, "usually_not", []))
    out.comfort_care = any(oc.id == COMFORT_CARE for oc in a.other_care)
    return out


def own_score(case: Case) -> dict[str, Any] | None:
    """The person's own predicted surgical risk, when the team gave one (STS first)."""
    if case.risk.sts_prom_pct is not None:
        return {"name": "STS-PROM", "pct": case.risk.sts_prom_pct}
    if case.risk.euroscore2_pct is not None:
        return {"name": "EuroSCORE II", "pct": case.risk.euroscore2_pct}
    return None


def grid(options: list[OptionId], case: Case, a: Assessment, content: Content) -> dict[str, dict[str, Cell]]:
    """row id -> option id -> Cell. Only numbers tagged for that row (one horizon) and from
    people who fit (or may fit) this person; the most specific population wins."""
    score = own_score(case)
    rows: dict[str, dict[str, Cell]] = {}
    for row in GRID_ROWS:
        rows[row] = {}
        for oid in options:
            if row == "death_procedure" and oid in SURGERY and score:
                rows[row][oid.value] = Cell(own_score=score)
                continue
            candidates = []
            for kn in content.options[oid.value].key_numbers:
                if kn.grid_row != row:
                    continue
                fit = number_fit(kn, case, a)
                if fit != DIFFERENT:
                    candidates.append((fit != FITS, -_specificity(kn), kn, fit))
            if candidates:
                _, _, kn, fit = min(candidates, key=lambda c: (c[0], c[1]))
                rows[row][oid.value] = Cell(number=kn, fit=fit)
            else:
                rows[row][oid.value] = Cell()
    return rows
