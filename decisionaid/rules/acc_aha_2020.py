"""ACC/AHA 2020 valvular heart disease guideline: rules for the six MR options.

Recommendation ids (P1…P7, S1…S8, …) follow guideline-facts.md §1; their text, class and
level live in resources/guidelines/acc-aha-2020.yaml. Most 2020 items are UNVERIFIED there.
TMVR: the 2020 guideline has no TMVR recommendation, so tmvr is `not_applicable` (with the
reason) except mitral valve-in-valve, which the guideline covers (2a).
"""

from __future__ import annotations

import sys

from ..assessment import Guideline, OptionId as O, Tier
from ..case import Grade, Leaflets, MRType, PriorMitral, TriState
from ..derive import ACC_LV
from . import common as c
from . import pathways
from .common import Ctx, Fact, Out, all_, any_, dispatch, say

G = Guideline.acc_aha_2020
SURV = "acc2020-tte-surveillance"
# Acute MR and surgery after TEER: no ACC/AHA 2020 statement in our sources, so the ESC/EACTS
# 2025 statements are cited under their own society and year (acc-aha-2020.yaml, "xref").
IDS = pathways.Ids(
    acute="xref-esc2025-acute",
    acute_medical="xref-esc2025-acute-medical",
    surveillance=SURV,
    post_teer="xref-esc2025-post-teer",
    no_procedure_medical=("xref-esc2025-pmr-fig11",),
    lv_medical="acc2020-pmr-gdmt",
    palliative=("xref-esc2021hf-palliative",),
    prohibitive=("acc2020-risk-table",),
)


def evaluate(ctx: Ctx) -> Out:
    out = Out(G)
    case = ctx.case
    dispatch(ctx, out, sys.modules[__name__])
    if O.tmvr not in out.options:
        _tmvr_none(ctx, out)
    pathways.after_failed_teer(ctx, out, IDS)
    pathways.gdmt_first(ctx, out, IDS)
    pathways.crt_first(ctx, out, ("acc2020-s1",))
    pathways.limited_life(ctx, out, IDS)
    _other_care(ctx, out)
    pathways.no_dead_ends(ctx, out, IDS)
    return out


# ---------------------------------------------------------------- shared pieces


def _monitoring(ctx: Ctx, out: Out, sole_not_ok: bool, cites) -> None:
    c.monitoring(ctx, out, sole_not_ok, cites, SURV)


def _not_severe(ctx: Ctx, out: Out, cites, opts=(O.teer, O.surgical_repair, O.surgical_replacement)) -> None:
    c.not_severe(ctx, out, cites, opts)


def _need_all(out: Out, fact: Fact, opts, cites=()) -> None:
    c.need_all(out, fact, opts, cites)


def _tmvr_none(ctx: Ctx, out: Out) -> None:
    a = ctx.case.anatomy
    reasons = [say("tmvr.acc_none")]
    if a.severe_mac == TriState.yes:
        reasons.append(say("tmvr.acc_mac_device"))
    if a.prior_mitral == PriorMitral.ring and a.failing_prior_mitral == TriState.yes:
        reasons.append(say("tmvr.valve_in_ring"))
    out.set(O.tmvr, Tier.not_applicable, reasons)


def surgery_pair(ctx: Ctx, out: Out, base: Tier, reasons: list[str], cites: list[str]) -> None:
    c.surgery_pair(ctx, out, base, reasons, cites, "acc2020-p3", "acc2020-p7")


def _risk_gate(ctx: Ctx, out: Out) -> None:
    # High risk: the class 1 indication is for mitral valve *intervention*; at high or
    # prohibitive risk the guideline offers TEER (P6), so surgery is not shown above TEER. P6 is
    # not cited on surgery (its 2a is a TEER class); the reason says it in words.
    primary = ctx.case.mr_type.is_primary or ctx.case.mr_type == MRType.mixed
    key = "surgery.high_risk_acc" if primary else "surgery.high_risk_acc_smr"
    c.risk_gate(ctx, out, ["acc2020-risk-table"], Tier.reasonable, [], key)


# ---------------------------------------------------------------- branches


def _unknown_type(ctx: Ctx, out: Out) -> None:
    fact = c.unknown("mr_type")
    planned = ctx.case.anatomy.cabg_planned.value == "yes" or ctx.case.anatomy.other_cardiac_surgery_planned.value == "yes"
    if ctx.grade not in (Grade.unknown, Grade.severe) and not planned:
        _monitoring(ctx, out, False, ())
        _not_severe(ctx, out, ("acc2020-p1", "acc2020-p6"))
    else:
        fact = all_(fact, ctx.severe()) if ctx.grade == Grade.unknown else fact
        out.need(O.monitoring, fact, [SURV])
        _need_all(out, fact, (O.teer, O.surgical_repair, O.surgical_replacement))
    out.need(O.medication, c.unknown("mr_type"))


def _primary(ctx: Ctx, out: Out) -> None:
    case = ctx.case
    if case.mr_type == MRType.mixed:
        out.warnings.append(say("warn.mixed"))
    if ctx.grade == Grade.unknown:
        sev = ctx.severe()
        out.need(O.monitoring, sev, [SURV])
        _need_all(out, sev, (O.medication, O.teer, O.surgical_repair, O.surgical_replacement), ["acc2020-p1"])
        return
    lvef = ctx.num("heart.lvef_pct", "<=", ACC_LV.lvef_at_or_below, "c2")
    if ctx.grade != Grade.severe:
        _monitoring(ctx, out, False, ())
        _not_severe(ctx, out, ("acc2020-p1", "acc2020-p2", "acc2020-p6"))
        if ctx.symptomatic is False and lvef.value is not True:
            out.set(O.medication, Tier.not_recommended, [say("medication.vasodilator_no")], ["acc2020-vasodilators"])
        else:
            out.set(O.medication, Tier.not_applicable, [say("medication.no_mr_specific")])
        return
    lv = c.any_(lvef, ctx.num("heart.lvesd_mm", ">=", ACC_LV.lvesd_from, "c2"))
    indicated = any_(ctx.symptoms(), lv)
    if indicated.value is None:
        # Symptoms and LV size both unknown: stage C1, C2 or D cannot be told apart.
        out.need(O.monitoring, indicated, [SURV])
        _need_all(out, indicated, (O.medication, O.teer, O.surgical_repair, O.surgical_replacement), ["acc2020-p1", "acc2020-p2"])
        return
    if indicated.value:
        cite = "acc2020-p1" if ctx.symptomatic else "acc2020-p2"
        why = [*indicated.reasons, say("intervention.class1_stage", stage=ctx.stage)]
        _monitoring(ctx, out, True, (cite,))
        if lvef.value:
            out.set(O.medication, Tier.reasonable, [*lvef.reasons, say("medication.pmr_lv_dysfunction")], ["acc2020-pmr-gdmt"])
        elif lvef.value is None:
            out.need(O.medication, lvef, ["acc2020-pmr-gdmt"])
        else:
            out.set(O.medication, Tier.not_applicable, [say("medication.no_mr_specific")])
        surgery_pair(ctx, out, Tier.recommended, why, [cite])
        _risk_gate(ctx, out)
        _teer_primary(ctx, out)
        return
    # Stage C1: asymptomatic, LVEF >60% and LVESD <40 mm.
    _monitoring(ctx, out, False, ())
    out.set(O.medication, Tier.not_recommended, [say("medication.vasodilator_no")], ["acc2020-vasodilators"])
    out.set(O.teer, Tier.not_recommended, [say("teer.asymptomatic")], ["acc2020-p6"])
    p4 = all_(ctx.tri("anatomy.durable_repair_likely"), ctx.risk_in("low"))
    p5 = ctx.tri("heart.serial_lv_change")
    if p4.value:
        out.set(O.surgical_repair, Tier.reasonable, [*p4.reasons, say("surgery.c1_repair")], ["acc2020-p4"])
    elif p5.value:
        out.set(O.surgical_repair, Tier.may_consider, [*p5.reasons, say("surgery.c1_serial")], ["acc2020-p5"])
    elif p4.value is False and p5.value is False:
        out.set(O.surgical_repair, Tier.not_recommended, [*p4.reasons, *p5.reasons, say("surgery.c1_none")], ["acc2020-p4", "acc2020-p5"])
    else:
        out.need(O.surgical_repair, any_(p4, p5), ["acc2020-p4", "acc2020-p5"])
    if case.anatomy.leaflets == Leaflets.posterior_limited:
        out.set(O.surgical_replacement, Tier.not_recommended, [say("surgery.posterior_limited_harm")], ["acc2020-p7"])
    elif p5.value:
        out.set(O.surgical_replacement, Tier.may_consider, [*p5.reasons, say("surgery.c1_serial")], ["acc2020-p5"])
    elif p5.value is False or case.anatomy.durable_repair_likely == TriState.yes:
        # No progressive LV change known, or a durable repair likely: only repair is on the table.
        out.set(O.surgical_replacement, Tier.not_recommended, [say("surgery.c1_replacement_no")], ["acc2020-p4"])
    else:
        out.need(O.surgical_replacement, p5, ["acc2020-p5"])
    _risk_gate(ctx, out)


def _teer_primary(ctx: Ctx, out: Out) -> None:
    """P6: NYHA III–IV, high/prohibitive risk, favourable anatomy, life expectancy ≥1 year."""
    f = all_(
        ctx.nyha_3_4(),
        ctx.risk_in("high", "prohibitive"),
        ctx.tri("anatomy.teer_suitable"),
        ctx.tri("risk.life_expectancy_over_1y"),
    )
    out.decide(O.teer, f, Tier.reasonable, "teer.pmr_ok", "teer.pmr_criteria", ["acc2020-p6"])


def _ventricular(ctx: Ctx, out: Out) -> None:
    out.set(O.medication, Tier.recommended, [say("medication.gdmt_first")], ["acc2020-s1", "acc2020-s2"])
    a = ctx.case.anatomy
    if ctx.grade == Grade.unknown:
        sev = ctx.severe()
        out.need(O.monitoring, sev, [SURV])
        _need_all(out, sev, (O.teer, O.surgical_repair, O.surgical_replacement), ["acc2020-s3"])
        return
    if ctx.grade != Grade.severe:
        _monitoring(ctx, out, False, ())
        _not_severe(ctx, out, ("acc2020-s3", "acc2020-s5"))
        if ctx.grade in (Grade.moderate, Grade.moderate_severe) and a.cabg_planned.value == "yes":
            out.set(O.surgical_repair, Tier.may_consider, [say("surgery.moderate_cabg")], ["acc2020-s8"])
        return
    if ctx.symptomatic is None:
        out.need(O.monitoring, ctx.symptoms(), [SURV])
    else:
        _monitoring(ctx, out, bool(ctx.symptomatic), ("acc2020-s2",))
    end = any_(ctx.tri("heart.advanced_hf"), ctx.num("heart.lvef_pct", "<", 15, "end_stage"))
    if end.value:
        for o in (O.teer, O.surgical_repair, O.surgical_replacement):
            out.set(o, Tier.not_recommended, [*end.reasons, say("end_stage.no_valve_acc")], ["acc2020-s3", "acc2020-s5"])
        return
    teer = all_(
        ctx.symptoms(),
        ctx.tri("heart.on_optimal_gdmt"),
        ctx.num("heart.lvef_pct", ">=", 20, "coapt"),
        ctx.num("heart.lvef_pct", "<=", 50, "coapt"),
        ctx.num("heart.lvesd_mm", "<=", 70, "coapt"),
        ctx.num("heart.pasp_mmhg", "<=", 70, "coapt"),
        ctx.tri("anatomy.teer_suitable"),
    )
    out.decide(O.teer, teer, Tier.reasonable, "teer.coapt_met", "teer.coapt_not_met", ["acc2020-s3"])
    _teer_cad(ctx, out)
    if a.cabg_planned.value == "yes":
        for o in (O.surgical_repair, O.surgical_replacement):
            out.set(o, Tier.reasonable, [say("surgery.with_cabg")], ["acc2020-s4"])
    else:
        s5 = all_(ctx.nyha_3_4(), ctx.tri("heart.on_optimal_gdmt"), ctx.num("heart.lvef_pct", "<", 50))
        if s5.value:
            out.set(O.surgical_repair, Tier.may_consider, [*s5.reasons, say("surgery.smr_isolated")], ["acc2020-s5"])
            if ctx.case.heart.cad_needing_revascularisation == TriState.yes:  # S6 is for CAD / ischaemic MR
                out.set(O.surgical_replacement, Tier.may_consider, [*s5.reasons, say("surgery.smr_chordal")], ["acc2020-s5", "acc2020-s6"])
            else:
                out.set(O.surgical_replacement, Tier.may_consider, [*s5.reasons, say("surgery.smr_isolated")], ["acc2020-s5"])
        elif s5.value is False:
            for o in (O.surgical_repair, O.surgical_replacement):
                out.set(o, Tier.not_recommended, [*s5.reasons, say("surgery.smr_criteria")], ["acc2020-s5"])
        else:
            _need_all(out, s5, (O.surgical_repair, O.surgical_replacement), ["acc2020-s5"])
    _risk_gate(ctx, out)


def _teer_cad(ctx: Ctx, out: Out) -> None:
    """CABG planned: mitral surgery at CABG (S4) is the route, TEER does not apply. Coronary
    disease needing revascularisation (excluded from COAPT): revascularisation first, then the MR
    and TEER are re-assessed – S3's 2a is not shown before that."""
    h, a = ctx.case.heart, ctx.case.anatomy
    if a.cabg_planned == TriState.yes:
        out.set(O.teer, Tier.not_applicable, [say("teer.with_cabg")])
    elif h.cad_needing_revascularisation == TriState.yes and out.tier(O.teer) in c.ACTIVE:
        out.set(O.teer, Tier.needs_information, [say("teer.revascularisation_first")], ["acc2020-s3"],
                [c.field_title("heart.cad_needing_revascularisation")])


def _atrial(ctx: Ctx, out: Out) -> None:
    out.set(O.medication, Tier.recommended, [say("medication.atrial_first")], ["acc2020-s2", "acc2020-s7"])
    out.set(O.teer, Tier.not_applicable, [say("teer.acc_atrial_none")])
    if ctx.grade == Grade.unknown:
        sev = ctx.severe()
        out.need(O.monitoring, sev, [SURV])
        _need_all(out, sev, (O.surgical_repair, O.surgical_replacement), ["acc2020-s7"])
        return
    if ctx.grade != Grade.severe:
        _monitoring(ctx, out, False, ())
        _not_severe(ctx, out, ("acc2020-s7",), (O.surgical_repair, O.surgical_replacement))
        return
    if ctx.symptomatic is None:
        out.need(O.monitoring, ctx.symptoms(), [SURV])
    elif ctx.symptomatic:
        # Only a 2b (S7) exists for atrial SMR: no mitral intervention is indicated, so review
        # with heart-failure and AF treatment stays a path (not "an intervention is indicated").
        out.set(O.monitoring, Tier.reasonable, [say("monitoring.no_indication")], [SURV])
    else:
        _monitoring(ctx, out, False, ())
    s7 = all_(ctx.nyha_3_4(), ctx.num("heart.lvef_pct", ">=", 50))
    for o in (O.surgical_repair, O.surgical_replacement):
        out.decide(o, s7, Tier.may_consider, "surgery.atrial_acc", "surgery.atrial_criteria", ["acc2020-s7"])
    _risk_gate(ctx, out)


def _prosthesis(ctx: Ctx, out: Out) -> None:
    """Prior mitral valve replacement: redo surgery or (bioprosthesis) valve-in-valve."""
    a = ctx.case.anatomy
    mechanical = a.prior_mitral == PriorMitral.mechanical
    for o in (O.surgical_repair, O.teer):
        out.set(o, Tier.not_applicable, [say("prosthesis.no_repair")])
    out.set(O.medication, Tier.not_applicable, [say("medication.prosthesis")])
    failing = (
        c.any_(ctx.tri("anatomy.failing_prior_mitral"), pathways.acute_severe_fact(ctx))
        if not mechanical
        else ctx.severe()  # mechanical: significant dysfunction = severe (prosthetic) MR, not symptoms alone
    )
    significant = all_(failing, any_(ctx.symptoms(), ctx.severe()))
    if significant.value is False:
        _monitoring(ctx, out, False, ())
        out.set(O.surgical_replacement, Tier.not_recommended, [*significant.reasons, say("prosthesis.not_failing")], ["acc2020-valve-team"])
        if not mechanical:
            out.set(O.tmvr, Tier.not_recommended, [*significant.reasons, say("prosthesis.not_failing")], ["acc2020-viv"])
        return
    if significant.value is None:
        out.need(O.monitoring, significant, [SURV])
        out.need(O.surgical_replacement, significant, ["acc2020-valve-team"])
        if not mechanical:
            out.need(O.tmvr, significant, ["acc2020-viv"])
        return
    out.set(O.monitoring, Tier.not_recommended, [say("monitoring.not_sole")], ["acc2020-valve-team"])
    cat = ctx.risk.category
    redo = {"low": Tier.reasonable, "intermediate": Tier.reasonable, "high": Tier.may_consider, "prohibitive": Tier.not_recommended}
    if cat == "unknown":
        out.need(O.surgical_replacement, ctx.risk_in("low"), ["acc2020-valve-team"])
    else:
        out.set(O.surgical_replacement, redo[cat], [say("prosthesis.redo", category=say(f"risk.{cat}")), say("prosthesis.acc_redo_unverified")], ["acc2020-valve-team"])
    if mechanical:
        out.set(O.tmvr, Tier.not_applicable, [say("prosthesis.mechanical_no_viv")])
        return
    viv = all_(ctx.nyha_3_4(), ctx.risk_in("high", "prohibitive"))
    out.decide(O.tmvr, viv, Tier.reasonable, "prosthesis.viv_ok", "prosthesis.viv_acc_criteria", ["acc2020-viv"])


# ---------------------------------------------------------------- other care


def _other_care(ctx: Ctx, out: Out) -> None:
    case, h, a = ctx.case, ctx.case.heart, ctx.case.anatomy
    if ctx.emergency:
        out.care("emergency_care", [say("care.emergency")], first=True)
    if ctx.grade == Grade.severe or ctx.stage in ("C", "C1", "C2", "D"):
        out.care("valve_team", [say("care.valve_team_urgent" if ctx.stage == "acute" else "care.valve_team")],
                 ["acc2020-valve-team"])
    if case.mr_type == MRType.secondary_ventricular:
        crt = h.crt.value
        if crt == "candidate" or (crt == "unknown" and h.lvef_pct is not None and h.lvef_pct <= 35):
            out.care("crt", [say(f"care.crt_{crt}")], ["acc2020-s1"])
        elif crt == "implanted":
            out.care("crt", [say("care.crt_implanted")], ["acc2020-s1"])
    af = h.atrial_fibrillation.value == "yes"
    if af or case.mr_type == MRType.secondary_atrial:
        out.care("af_treatment", [say("care.af_treatment" if af else "care.af_check")], ["acc2020-s7"] if case.mr_type == MRType.secondary_atrial else [])
    if af or a.prior_mitral == PriorMitral.mechanical:
        cites, reasons = [], []
        if af and a.mitral_stenosis == TriState.yes:
            reasons.append(say("care.anticoag_rms_acc"))
            cites.append("acc2020-vka-mechanical")
        elif af:
            reasons.append(say("care.anticoag_af_acc"))
            cites.append("acc2020-af-anticoag")
            if a.mitral_stenosis == TriState.unknown and case.mr_type == MRType.primary_rheumatic:
                reasons.append(say("care.anticoag_ask_ms"))
                cites.append("acc2020-vka-mechanical")
        if a.prior_mitral == PriorMitral.mechanical:
            reasons.append(say("care.anticoag_mechanical"))
            cites.append("acc2020-vka-mechanical")
        out.care("anticoagulation", reasons, cites)
    if out.tier(O.surgical_replacement) in c.ACTIVE:
        reasons, cites = _valve_type(ctx), ["acc2020-valve-shared", "acc2020-valve-mech-under65", "acc2020-valve-bio-65plus"]
        preg = c.pregnancy_reasons(ctx, "acc")
        if preg:
            reasons += preg
            cites.append("xref-esc2025-valve-pregnancy")
        out.care("valve_type", reasons, cites)
    if case.mr_type == MRType.secondary_ventricular and (
        h.advanced_hf.value == "yes" or (h.lvef_pct is not None and h.lvef_pct < 15)
    ):
        out.care("lvad_transplant", [say("care.lvad"), say("care.acc_no_citation")])
        out.care("palliative_care", [say("care.palliative"), say("care.acc_no_citation")], ["xref-esc2021hf-palliative"])
    if c.active_endocarditis(ctx):
        out.care("endocarditis_treatment", [say("care.endocarditis_treatment")])
    ie = c.ie_reasons(ctx)
    if ie:
        out.care("endocarditis_prophylaxis", ie, ["acc2020-ie-prophylaxis"])
    if case.mr_type == MRType.primary_rheumatic:
        out.care("rheumatic_fever_prevention", [say("care.rheumatic")])


def _valve_type(ctx: Ctx) -> list[str]:
    age = ctx.case.risk.age_years
    if age is None:
        return [say("valve_type.age_unknown_acc"), say("valve_type.anticoag_acc")]
    key = "valve_type.acc_mechanical" if age < 65 else "valve_type.acc_bio"
    return [say(key, age=age), say("valve_type.shared"), say("valve_type.anticoag_acc")]
