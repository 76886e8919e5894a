"""Pathways both guideline modules share: acute severe MR, and a path when no procedure is possible.

- `acute`: sudden severe MR is its own pathway (ESC 2025 §9.1.3–9.1.4): not staged, always an
  emergency, urgent surgery whatever the MR type entered (replacement for papillary-muscle
  rupture and active endocarditis), TEER only as the high-risk alternative in degenerative
  chordal rupture, medicines only as a bridge. The 2020 ACC/AHA text on acute MR was not in our
  sources, so under ACC/AHA the same ESC statements are cited under their own society and year.
- `no_dead_ends`: when an intervention would be indicated but none is possible or advised,
  monitoring is not "not advised because an intervention is indicated"; the aid offers medical
  therapy with review, advanced-HF referral and palliative care, for every MR type.
- `after_failed_teer`: surgery after a failed TEER carries the raised-mortality caution.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..assessment import OptionId as O, Tier
from ..case import AcuteMechanism, Grade, MRType, PriorMitral, TriState
from . import common as c
from .common import Ctx, Out, say

INTERVENTIONS = (O.teer, O.surgical_repair, O.surgical_replacement, O.tmvr)


@dataclass(frozen=True)
class Ids:
    """Citation ids a guideline module uses for the shared pathways."""

    acute: str  # urgent surgery, replacement for papillary-muscle rupture / endocarditis
    acute_medical: str  # medicines as a bridge
    surveillance: str  # follow-up statement
    post_teer: str  # surgery after failed TEER
    no_procedure_medical: tuple[str, ...]  # medical therapy when no procedure is possible
    lv_medical: str  # GDMT for LV systolic dysfunction when surgery is not possible
    palliative: tuple[str, ...]  # palliative care statements
    prohibitive: tuple[str, ...]  # risk-table statement


# ---------------------------------------------------------------- acute severe MR


def mechanism(ctx: Ctx) -> AcuteMechanism:
    """The acute cause; endocarditis MR of sudden onset counts as active endocarditis when the
    cause was not given."""
    mech = ctx.case.acute_mechanism
    if mech == AcuteMechanism.unknown and ctx.case.mr_type == MRType.primary_endocarditis:
        return AcuteMechanism.endocarditis
    return mech


def acute(ctx: Ctx, out: Out, ids: Ids) -> None:
    """Options for acute-onset MR (called instead of the chronic branches)."""
    grade = ctx.grade
    mech = mechanism(ctx)
    endocarditis = mech == AcuteMechanism.endocarditis
    tmvr_reasons = [say("acute.tmvr_endocarditis")] if endocarditis else [say("acute.tmvr_none")]
    out.set(O.tmvr, Tier.not_recommended if endocarditis else Tier.not_applicable, tmvr_reasons,
            [ids.acute] if endocarditis else [])
    if grade == Grade.unknown:
        sev = ctx.severe()
        out.need(O.monitoring, sev, [ids.acute], [say("acute.grade_unknown")])
        out.need(O.medication, sev, [ids.acute_medical], [say("acute.grade_unknown")])
        c.need_all(out, sev, (O.teer, O.surgical_repair, O.surgical_replacement), [ids.acute])
        return
    if grade != Grade.severe:
        # Not watchful waiting: the grade and cause of sudden MR are re-evaluated urgently (TEE).
        out.set(O.monitoring, Tier.reasonable, [say("acute.not_severe_review")], [ids.acute])
        out.set(O.medication, Tier.not_applicable, [say("medication.no_mr_specific")])
        c.not_severe(ctx, out, [ids.acute], (O.teer, O.surgical_repair, O.surgical_replacement))
        return
    out.set(O.monitoring, Tier.not_recommended, [say("acute.no_waiting")], [ids.acute])
    out.set(O.medication, Tier.reasonable, [say("acute.bridge")], [ids.acute_medical])
    _acute_surgery(ctx, out, ids)
    _acute_teer(ctx, out, ids)


def acute_severe_fact(ctx: Ctx) -> c.Fact:
    """Acute severe MR through a replacement valve means the valve is failing."""
    from ..case import Onset

    if ctx.case.onset == Onset.acute and ctx.grade == Grade.severe:
        return c.known(True, "acute.prosthesis_failing")
    return c.Fact(False)


def acute_prosthesis(ctx: Ctx, out: Out, ids: Ids) -> None:
    """Acute severe MR with a replacement valve: no waiting, medicines as a bridge, urgent redo."""
    if ctx.grade != Grade.severe:
        return
    out.set(O.monitoring, Tier.not_recommended, [say("acute.no_waiting")], [ids.acute])
    out.set(O.medication, Tier.reasonable, [say("acute.bridge")], [ids.acute_medical])
    for o in (O.surgical_replacement, O.tmvr):
        if out.tier(o) in c.ACTIVE or out.tier(o) == Tier.needs_information:
            out.add_reason(o, say("acute.urgent_prosthesis"), cites=[ids.acute])


def _acute_surgery(ctx: Ctx, out: Out, ids: Ids) -> None:
    R, P = O.surgical_repair, O.surgical_replacement
    mech = mechanism(ctx)
    durable = ctx.case.anatomy.durable_repair_likely
    urgent = [say("acute.urgent_surgery"), say(f"acute.mechanism.{mech.value}")]
    replacement_usual = mech in (AcuteMechanism.papillary_muscle_rupture, AcuteMechanism.endocarditis)
    if replacement_usual and durable == TriState.yes:
        # The heart team judges this valve durably repairable: repair first, replacement fallback.
        out.set(R, Tier.recommended, [*urgent, say("acute.repair_judged_durable")], [ids.acute])
        out.set(P, Tier.reasonable, [*urgent, say("surgery.replacement_fallback")], [ids.acute])
    elif replacement_usual:
        out.set(P, Tier.recommended, [*urgent, say("acute.replacement_usual")], [ids.acute])
        if durable == TriState.unknown:
            out.set(R, Tier.may_consider, [say("acute.repair_sometimes")], [ids.acute])
        else:
            out.set(R, Tier.not_recommended, [say("surgery.durable_no"), say("acute.repair_unusual")], [ids.acute])
    elif durable == TriState.no:
        out.set(R, Tier.not_recommended, [say("surgery.durable_no")], [ids.acute])
        out.set(P, Tier.recommended, [*urgent, say("surgery.replacement_chordal")], [ids.acute])
    else:
        key = "surgery.durable_yes" if durable == TriState.yes else "surgery.repair_if_durable"
        out.set(R, Tier.recommended, [*urgent, say(key)], [ids.acute])
        fallback = "surgery.replacement_fallback" if durable == TriState.yes else "surgery.replacement_if_not"
        out.set(P, Tier.reasonable, [*urgent, say(fallback)], [ids.acute])
    cat = ctx.risk.category
    for o in c.SURGERY:
        if out.tier(o) not in c.ACTIVE:
            continue
        if cat == "prohibitive":
            out.set(o, Tier.not_recommended, [say("surgery.prohibitive")], ids.prohibitive)
        elif cat == "high":
            t = Tier.reasonable if out.tier(o) == Tier.recommended else out.tier(o)
            out.set(o, t, [*out.options[o].reasons, say("acute.high_risk")], [x.id for x in out.options[o].recommendations])
        elif cat == "unknown":
            out.add_reason(o, say("acute.risk_unknown"))


def _acute_teer(ctx: Ctx, out: Out, ids: Ids) -> None:
    case = ctx.case
    mech = mechanism(ctx)
    degenerative_type = case.mr_type in (MRType.primary_degenerative, MRType.mixed, MRType.unknown)
    if mech == AcuteMechanism.chordal_rupture and degenerative_type:
        risk = ctx.risk_in("high", "prohibitive")
        suitable = case.anatomy.teer_suitable
        if risk.value is None:
            out.need(O.teer, risk, [ids.acute], [say("acute.teer_high_risk_only")])
        elif risk.value is False:
            out.set(O.teer, Tier.not_recommended, [*risk.reasons, say("acute.teer_high_risk_only")], [ids.acute])
        elif suitable == TriState.no:
            out.set(O.teer, Tier.not_recommended, [say("flags.teer_suitable.no")], [ids.acute])
        else:
            extra = [] if suitable == TriState.yes else [say("acute.teer_anatomy_check")]
            out.set(O.teer, Tier.reasonable, [*risk.reasons, say("acute.teer_alternative"), *extra], [ids.acute])
    elif mech == AcuteMechanism.unknown and degenerative_type:
        out.need(O.teer, c.unknown("acute_mechanism"), [ids.acute], [say("acute.teer_high_risk_only")])
    else:
        out.set(O.teer, Tier.not_applicable, [say("acute.teer_not_described")])


# ---------------------------------------------------------------- no dead ends


def _procedure_status(out: Out) -> tuple[bool, bool]:
    active = any(out.tier(o) in c.ACTIVE for o in INTERVENTIONS)
    pending = any(out.tier(o) == Tier.needs_information for o in INTERVENTIONS)
    return active, pending


def no_procedure(out: Out) -> bool:
    """True when no procedure is active or waiting for information."""
    active, pending = _procedure_status(out)
    return not active and not pending


def no_dead_ends(ctx: Ctx, out: Out, ids: Ids) -> None:
    """If no procedure is active or pending, monitoring and medicines give the path instead."""
    case, h = ctx.case, ctx.case.heart
    active, pending = _procedure_status(out)
    if active or pending:
        return
    m = out.options[O.monitoring]
    not_sole = say("monitoring.not_sole") in m.reasons
    if not_sole:
        if case.mr_type == MRType.secondary_ventricular and h.on_optimal_gdmt == TriState.no:
            reasons = [say("monitoring.after_gdmt")]
        else:
            reasons = [say("monitoring.no_procedure")]
        out.set(O.monitoring, Tier.reasonable, reasons, [ids.surveillance])
    gdmt_first = case.mr_type == MRType.secondary_ventricular and h.on_optimal_gdmt == TriState.no
    limited = case.risk.life_expectancy_over_1y == TriState.no  # GDMT alone, palliative care
    needs_path = ctx.grade == Grade.severe and (not_sole or ctx.symptomatic) and (limited or not gdmt_first)
    if not needs_path or case.anatomy.prior_mitral in (PriorMitral.bioprosthesis, PriorMitral.mechanical):
        return
    if out.tier(O.medication) in c.ACTIVE:
        out.add_reason(O.medication, say("medication.no_procedure"))
    else:
        from ..derive import lv_trigger

        cites = list(ids.no_procedure_medical)
        if h.lvef_pct is not None and h.lvef_pct <= lv_trigger(ctx.guideline).lvef_at_or_below:
            cites.append(ids.lv_medical)
        out.set(O.medication, Tier.reasonable, [say("medication.no_procedure")], cites)
    have = {x.id for x in out.other}
    if h.advanced_hf == TriState.yes and "lvad_transplant" not in have:
        out.care("lvad_transplant", [say("care.advanced_hf_referral")])
    if "palliative_care" not in have:
        out.care("palliative_care", [say("care.palliative_no_procedure")], ids.palliative)


def limited_life(ctx: Ctx, out: Out, ids: Ids) -> None:
    """Life expectancy of 1 year or less (chronic MR, native valve): no catheter procedure.

    TEER and TMVI are for patients in whom the procedure is not futile (ESC 2021 TEER "not
    futile"; ACC/AHA P6 "life expectancy >1 year"); GDMT alone is the option for patients with
    limited life expectancy (ESC 2025 §9.2.4.2), and palliative care is the end-point when an
    intervention is futile (ESC 2021 VHD Figures 5–6). `no_dead_ends` then gives that path.
    """
    from ..case import Onset

    case = ctx.case
    if case.risk.life_expectancy_over_1y != TriState.no or case.onset == Onset.acute:
        return
    if case.anatomy.prior_mitral in (PriorMitral.bioprosthesis, PriorMitral.mechanical):
        return
    for o in (O.teer, O.tmvr):
        r = out.options.get(o)
        if r is not None and (r.tier in c.ACTIVE or r.tier == Tier.needs_information):
            key = "teer.futile" if o == O.teer else "tmvr.futile"
            out.set(o, Tier.not_recommended, [say(key)], [*(x.id for x in r.recommendations), *ids.palliative])


def crt_first(ctx: Ctx, out: Out, cites: tuple[str, ...]) -> None:
    """Ventricular SMR with CRT indicated but not yet done: CRT first, then re-assess the MR.

    CRT should be considered before any mitral intervention (ESC 2025 §9.2.4.1); the ESC TEER
    class I applies to severe SMR persisting "despite optimised GDMT and CRT (if indicated)",
    and ACC/AHA S1/S2 put GDMT and CRT before intervention. So an isolated mitral procedure
    waits for the MR to be re-assessed after CRT (mitral surgery at CABG is not held back).
    """
    from ..case import Onset

    case = ctx.case
    if case.mr_type != MRType.secondary_ventricular or case.onset == Onset.acute:
        return
    if case.heart.crt.value != "candidate" or case.anatomy.prior_mitral in (PriorMitral.bioprosthesis, PriorMitral.mechanical):
        return
    held = False
    for o in INTERVENTIONS:
        r = out.options.get(o)
        if r is None or (r.tier not in c.ACTIVE and r.tier != Tier.needs_information):
            continue
        if o in c.SURGERY and case.anatomy.cabg_planned == TriState.yes:
            continue
        held = True
        pending = r.tier == Tier.needs_information
        out.set(o, Tier.needs_information, [say("intervention.after_crt"), *(r.reasons if pending else ())],
                [x.id for x in r.recommendations], [*(r.missing if pending else ()), c.field_title("heart.crt")])
    if held and say("monitoring.not_sole") in out.options[O.monitoring].reasons:
        out.set(O.monitoring, Tier.reasonable, [say("monitoring.after_crt")], list(cites))


def gdmt_first(ctx: Ctx, out: Out, ids: Ids) -> None:
    """Ventricular SMR not (known to be) on optimised GDMT: GDMT first, then re-assess the MR.

    GDMT is recommended before any mitral intervention (ACC/AHA S2; ESC 2025 §9.2.4.1), so
    monitoring is not "not advised because an intervention is indicated" while GDMT is not
    optimised (mitral surgery with planned CABG is another matter).
    """
    from ..case import Onset

    case, h = ctx.case, ctx.case.heart
    if case.mr_type != MRType.secondary_ventricular or case.onset == Onset.acute:
        return
    if h.on_optimal_gdmt == TriState.yes or case.anatomy.cabg_planned == TriState.yes:
        return
    if case.anatomy.prior_mitral in (PriorMitral.bioprosthesis, PriorMitral.mechanical):
        return
    if say("monitoring.not_sole") in out.options[O.monitoring].reasons:
        out.set(O.monitoring, Tier.reasonable, [say("monitoring.after_gdmt")], [ids.surveillance])


def after_failed_teer(ctx: Ctx, out: Out, ids: Ids) -> None:
    if ctx.case.anatomy.prior_mitral != PriorMitral.teer_device:
        return
    for o in c.SURGERY:
        if out.tier(o) in c.ACTIVE or out.tier(o) == Tier.needs_information:
            out.add_reason(o, say("surgery.after_failed_teer"), cites=[ids.post_teer])


def follow_up_texts(ctx: Ctx, out: Out) -> tuple[str, str]:
    """(clinician, patient) follow-up that agrees with what the rules decided for monitoring."""
    from ..derive import ACUTE, follow_up

    g = "acc" if ctx.guideline.value.startswith("acc") else "esc"
    reasons = out.options[O.monitoring].reasons
    if ctx.stage == ACUTE:
        key = None
    elif say("monitoring.after_gdmt") in reasons:
        key = "after_gdmt"
    elif say("monitoring.after_crt") in reasons:
        key = "after_crt"
    elif say("monitoring.no_procedure") in reasons:
        key = "no_procedure"
    elif say("monitoring.not_sole") in reasons:
        key = "intervention"
    elif ctx.stage in ("C2", "D") and out.tier(O.monitoring) in c.ACTIVE:
        key = "team"
    elif ctx.stage in ("C2", "D") and out.tier(O.monitoring) == Tier.needs_information:
        key = "pending"  # nothing is decided yet: no "an intervention is indicated"
    else:
        key = None
    if key is None:
        return tuple(follow_up(ctx.case, ctx.stage, ctx.grade, ctx.guideline, who) for who in ("clinician", "patient"))
    return say(f"follow_up.{g}.{key}"), say(f"follow_up_patient.{g}.{key}")
