"""Guideline rules: `assess(case, guideline) -> Assessment`, a pure function.

One module per guideline set (acc_aha_2020, esc_eacts_2025) over one shared vocabulary
(common). No I/O beyond the cached, read-only resource files; no Qt; no global state changed.
"""

from __future__ import annotations

from ..assessment import OPTION_ORDER, Assessment, Guideline
from ..case import Case, Onset


def assess(case: Case, guideline: Guideline | str, lang: str | None = None) -> Assessment:
    """Every option's tier, reasons and citations for `case` under `guideline`, its words in
    `lang` (None: the language in use, decisionaid.i18n.current())."""
    from .. import i18n

    with i18n.using(lang):
        return _assess(case, guideline)


def _assess(case: Case, guideline: Guideline | str) -> Assessment:
    from .. import derive
    from ..risk import categorise_risk
    from . import acc_aha_2020, esc_eacts_2025
    from .common import Ctx, say

    g = Guideline(guideline)
    severity = derive.derive_severity(case, g)
    symptomatic = derive.symptomatic_status(case)
    stage = derive.derive_stage(case, severity.grade, symptomatic, g)
    emergency, emergency_reasons = derive.emergency_status(case, severity.grade)
    ctx = Ctx(
        case=case,
        guideline=g,
        severity=severity,
        stage=stage,
        symptomatic=symptomatic,
        risk=categorise_risk(case),
        emergency=emergency,
    )
    module = acc_aha_2020 if g == Guideline.acc_aha_2020 else esc_eacts_2025
    out = module.evaluate(ctx)
    from .pathways import follow_up_texts

    warnings = list(severity.warnings)
    if case.onset == Onset.acute:
        warnings.append(say("warn.acute_staging"))
    follow, follow_patient = follow_up_texts(ctx, out)
    warnings += out.warnings
    return Assessment(
        guideline=g,
        severity=severity,
        stage=stage,
        symptomatic=symptomatic,
        risk=ctx.risk,
        emergency=emergency,
        emergency_reasons=emergency_reasons,
        follow_up=follow,
        follow_up_patient=follow_patient,
        options=[out.options[o] for o in OPTION_ORDER],
        other_care=out.other,
        warnings=list(dict.fromkeys(warnings)),
    )


__all__ = ["assess"]
