"""Shared builders for the per-guideline clinical tables (tests/test_rules_*.py)."""

from __future__ import annotations

from decisionaid.assessment import OPTION_ORDER
from decisionaid.case import Case
from decisionaid.rules import assess

T = {"rec": "recommended", "rsn": "reasonable", "may": "may_consider", "no": "not_recommended",
     "na": "not_applicable", "info": "needs_information"}

SYM = {
    "none": {"none_reported": True, "nyha": "I"},
    "II": {"everyday": ["breathless_exertion"], "nyha": "II"},
    "III": {"everyday": ["breathless_exertion", "swelling"], "nyha": "III"},
    "IV": {"everyday": ["breathless_rest"], "nyha": "IV"},
    "unknown": {},
}
RISK = {"unknown": {}, "low": {"sts_prom_pct": 2.0}, "intermediate": {"sts_prom_pct": 6.0},
        "high": {"sts_prom_pct": 10.0}, "prohibitive": {"prohibitive_predicted": "yes"}}


def mk(mr="primary_degenerative", grade="severe", sym="none", risk="low", onset="chronic", **kw) -> Case:
    """A case with normal LV, posterior-leaflet disease, durable repair likely; kw: section__field."""
    d = {
        "mr_type": mr,
        "onset": onset,
        "severity": {"grade": grade},
        "symptoms": dict(SYM[sym]),
        "heart": {"lvef_pct": 65, "lvesd_mm": 35, "atrial_fibrillation": "no"},
        "risk": {**RISK[risk], "age_years": 60, "life_expectancy_over_1y": "yes"},
        "anatomy": {"leaflets": "posterior", "durable_repair_likely": "yes", "prior_mitral": "none"},
    }
    for key, value in kw.items():
        if "__" not in key:  # a top-level Case field, e.g. acute_mechanism
            d[key] = value
            continue
        section, field = key.split("__")
        if value is None:
            d.setdefault(section, {}).pop(field, None)
        else:
            d.setdefault(section, {})[field] = value
    return Case.model_validate(d)


def check_situation(guideline, case, stage, emergency, tiers) -> None:
    """Assert the tiers of all six options (abbreviated, in OPTION_ORDER), the stage and the flag."""
    a = assess(case, guideline)
    got = [a.option(o).tier.value for o in OPTION_ORDER]
    assert got == [T[t] for t in tiers.split()], [(o.id.value, o.tier.value, o.reasons) for o in a.options]
    assert a.stage == stage
    assert a.emergency is emergency
