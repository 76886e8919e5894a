"""ESC/EACTS 2025 valvular heart disease guideline: rules for the six MR options.

Facts from guideline-facts.md §2 (read in full, mostly [C]); the recommendations, with
class and level, live in resources/guidelines/esc-eacts-2025.yaml. Statements the guideline
makes in text or flow charts without a class carry class "–"; the tier is then a documented
judgement (see the report and the YAML notes).
"""

from __future__ import annotations

import sys

from ..assessment import Guideline, OptionId as O, Tier
from ..case import GRADE_ORDER, Grade, MRType, Onset, PriorMitral, TriState
from ..derive import ESC_LV
from . import common as c
from . import pathways
from .common import Ctx, Fact, Out, all_, any_, at_least, dispatch, say

G = Guideline.esc_eacts_2025
SURV = "esc2025-followup"
IDS = pathways.Ids(
    acute="esc2025-acute",
    acute_medical="esc2025-acute-medical",
    surveillance=SURV,
    post_teer="esc2025-post-teer",
    no_procedure_medical=("esc2025-pmr-fig11",),
    lv_medical="esc2025-pmr-medical",
    palliative=("esc2021hf-palliative",),
    prohibitive=("esc2025-pmr-fig11",),
)
# Asymptomatic primary MR markers (ESC 2025 Recommendation Table 6).
SPAP_ABOVE = 50.0  # mmHg, "SPAP at rest >50 mmHg"
LAVI_FROM = 60.0  # mL/m²
LA_DIAMETER_FROM = 55.0  # mm
INTERVENTIONS = (O.teer, O.surgical_repair, O.surgical_replacement)


def evaluate(ctx: Ctx) -> Out:
    out = Out(G)
    case = ctx.case
    dispatch(ctx, out, sys.modules[__name__])
    if O.tmvr not in out.options:
        out.set(O.tmvr, Tier.not_applicable, [say("tmvr.esc_not_indicated")])
    if case.onset != Onset.acute:
        _mac(ctx, out)
    pathways.after_failed_teer(ctx, out, IDS)
    pathways.gdmt_first(ctx, out, IDS)
    pathways.crt_first(ctx, out, ("esc2025-smr-crt", "esc2021hf-crt"))
    pathways.limited_life(ctx, out, IDS)
    _other_care(ctx, out)
    pathways.no_dead_ends(ctx, out, IDS)
    return out


def _gate(ctx: Ctx, out: Out) -> None:
    """Prohibitive risk: no surgery; high risk: surgery only in selected patients (Figure 11)."""
    c.risk_gate(ctx, out, ["esc2025-pmr-fig11"], Tier.may_consider, ["esc2025-pmr-fig11"])


def _pair(ctx: Ctx, out: Out, base: Tier, reasons: list[str], cites: list[str]) -> None:
    c.surgery_pair(ctx, out, base, reasons, cites, "esc2025-pmr-repair")


# ---------------------------------------------------------------- branches


def _unknown_type(ctx: Ctx, out: Out) -> None:
    a = ctx.case.anatomy
    planned = TriState.yes in (a.cabg_planned, a.other_cardiac_surgery_planned)
    if ctx.grade not in (Grade.unknown, Grade.severe) and not planned:
        c.monitoring(ctx, out, False, (), SURV)
        c.not_severe(ctx, out, ["esc2025-pmr-symptomatic", "esc2025-pmr-teer"], INTERVENTIONS)
    else:
        fact = c.unknown("mr_type")
        if ctx.grade == Grade.unknown:
            fact = all_(fact, ctx.severe())
        out.need(O.monitoring, fact, [SURV])
        c.need_all(out, fact, INTERVENTIONS)
    out.need(O.medication, c.unknown("mr_type"))


def _primary(ctx: Ctx, out: Out) -> None:
    if ctx.case.mr_type == MRType.mixed:
        out.warnings.append(say("warn.mixed"))
    if ctx.grade == Grade.unknown:
        c.monitoring(ctx, out, False, (), SURV)
        c.need_all(out, ctx.severe(), (O.medication, *INTERVENTIONS), ["esc2025-pmr-symptomatic"])
        return
    lvef = ctx.num("heart.lvef_pct", "<=", ESC_LV.lvef_at_or_below, "lv_trigger")
    if ctx.grade != Grade.severe:
        c.monitoring(ctx, out, False, (), SURV)
        c.not_severe(ctx, out, ["esc2025-pmr-symptomatic", "esc2025-pmr-lv", "esc2025-pmr-teer"], INTERVENTIONS)
        if ctx.symptomatic is False and lvef.value is not True:
            out.set(O.medication, Tier.not_recommended, [say("medication.vasodilator_no")], ["esc2025-pmr-medical"])
        else:
            out.set(O.medication, Tier.not_applicable, [say("medication.no_mr_specific")])
        return
    lvesd = ctx.num("heart.lvesd_mm", ">=", ESC_LV.lvesd_from, "lv_trigger")
    lvesdi = ctx.num("heart.lvesd_index_mm_m2", ">=", ESC_LV.lvesdi_from, "lv_trigger")
    lv = any_(lvef, lvesd, lvesdi)
    if lv.value is None and lvef.value is False and lvesd.value is False:
        # LVEF and LVESD known and normal; a missing LVESDi does not block the decision.
        lv = Fact(False, (*lv.reasons, say("facts.lvesdi_missing")))
    indicated = any_(ctx.symptoms(), lv)
    if indicated.value is None:
        out.need(O.monitoring, indicated, [SURV])
        c.need_all(out, indicated, (O.medication, *INTERVENTIONS), ["esc2025-pmr-symptomatic", "esc2025-pmr-lv"])
        return
    if indicated.value:
        cite = "esc2025-pmr-symptomatic" if ctx.symptomatic else "esc2025-pmr-lv"
        c.monitoring(ctx, out, True, [cite], SURV)
        if lvef.value:
            out.set(O.medication, Tier.reasonable, [*lvef.reasons, say("medication.pmr_lv_dysfunction")], ["esc2025-pmr-medical"])
        elif lvef.value is None:
            out.need(O.medication, lvef, ["esc2025-pmr-medical"])
        else:
            out.set(O.medication, Tier.not_applicable, [say("medication.no_mr_specific")])
        _pair(ctx, out, Tier.recommended, [*indicated.reasons, say("intervention.esc_class1")], [cite])
        _gate(ctx, out)
        _teer_primary(ctx, out)
        _tmvi_primary(ctx, out)
        return
    _asymptomatic_preserved(ctx, out)


def _asymptomatic_preserved(ctx: Ctx, out: Out) -> None:
    """Asymptomatic severe primary MR without LV dysfunction (ESC 2025 Tables 3–4, Figure 11)."""
    h = ctx.case.heart
    out.set(O.medication, Tier.not_recommended, [say("medication.vasodilator_no")], ["esc2025-pmr-medical"])
    out.set(O.teer, Tier.not_recommended, [say("teer.asymptomatic")], ["esc2025-pmr-teer"])
    af = ctx.tri("heart.atrial_fibrillation")
    spap = ctx.num("heart.pasp_mmhg", ">", SPAP_ABOVE)
    la = c.any_known(
        ctx.num("heart.la_volume_index_ml_m2", ">=", LAVI_FROM), ctx.num("heart.la_diameter_mm", ">=", LA_DIAMETER_FROM)
    )
    if h.tr_grade == Grade.unknown:
        tr = c.unknown("heart.tr_grade")
    else:
        tr = c.known(GRADE_ORDER.index(h.tr_grade) >= GRADE_ORDER.index(Grade.moderate), "facts.tr", grade=say(f"grade.{h.tr_grade.value}"))
    low_durable = all_(ctx.risk_in("low"), ctx.tri("anatomy.durable_repair_likely"))
    r3 = all_(at_least(3, (af, spap, la, tr)), low_durable)
    r2 = any_(af, spap)
    rla = all_(la, low_durable)
    if r3.value:
        _pair(ctx, out, Tier.recommended, [*r3.reasons, say("surgery.esc_three_markers")], ["esc2025-pmr-3markers"])
        c.monitoring(ctx, out, True, ["esc2025-pmr-3markers"], SURV)
    elif r2.value or rla.value:
        if r2.value:
            _pair(ctx, out, Tier.reasonable, [*r2.reasons, say("surgery.esc_af_spap")], ["esc2025-pmr-af-spap"])
        else:
            out.set(O.surgical_repair, Tier.reasonable, [*rla.reasons, say("surgery.esc_la")], ["esc2025-pmr-la"])
            out.set(O.surgical_replacement, Tier.not_recommended, [say("surgery.esc_la_repair_only")], ["esc2025-pmr-la"])
        out.set(O.monitoring, Tier.reasonable, [say("monitoring.alternative", interval=_interval(ctx))], [SURV])
    else:
        c.monitoring(ctx, out, False, (), SURV)
        cites = ["esc2025-pmr-3markers", "esc2025-pmr-af-spap", "esc2025-pmr-la"]
        if None in (r3.value, r2.value, rla.value):
            pending = any_(r3, r2, rla)
            out.need(O.surgical_repair, pending, cites)
            if r2.value is None:
                out.need(O.surgical_replacement, r2, ["esc2025-pmr-af-spap"])
            else:
                out.set(O.surgical_replacement, Tier.not_recommended, [*r2.reasons, say("surgery.esc_watchful")], cites)
        else:
            for o in c.SURGERY:
                out.set(o, Tier.not_recommended, [*r2.reasons, *rla.reasons, say("surgery.esc_watchful")], cites)
    _gate(ctx, out)


def _interval(ctx: Ctx) -> str:
    from ..derive import follow_up

    return follow_up(ctx.case, ctx.stage, ctx.grade, G)


def _teer_primary(ctx: Ctx, out: Out) -> None:
    """IIa B: symptomatic, high surgical risk, anatomically suitable (not futile)."""
    f = all_(ctx.symptoms(), ctx.risk_in("high", "prohibitive"), ctx.tri("anatomy.teer_suitable"))
    futile = ctx.case.risk.life_expectancy_over_1y == TriState.no
    if futile:
        out.set(O.teer, Tier.not_recommended, [say("teer.futile")], ["esc2025-pmr-teer"])
    else:
        out.decide(O.teer, f, Tier.reasonable, "teer.esc_pmr_ok", "teer.esc_pmr_criteria", ["esc2025-pmr-teer"])


def _tmvi_primary(ctx: Ctx, out: Out) -> None:
    """Figure 11: TMVI if feasible when high surgical risk and not suitable for TEER (no class)."""
    f = all_(ctx.symptoms(), ctx.risk_in("high", "prohibitive"), ctx.tri("anatomy.teer_suitable", want=False))
    if f.value:
        out.set(O.tmvr, Tier.may_consider, [*f.reasons, say("tmvr.esc_fig11")], ["esc2025-pmr-fig11"])
    elif f.value is None:
        out.need(O.tmvr, f, ["esc2025-pmr-fig11"])


def _ventricular(ctx: Ctx, out: Out) -> None:
    out.set(O.medication, Tier.recommended, [say("medication.gdmt_first")], ["esc2021hf-gdmt", "esc2025-smr-gdmt"])
    if ctx.grade == Grade.unknown:
        c.monitoring(ctx, out, False, (), SURV)
        c.need_all(out, ctx.severe(), INTERVENTIONS, ["esc2025-vsmr-teer"])
        return
    if ctx.grade != Grade.severe:
        c.monitoring(ctx, out, False, (), SURV)
        c.not_severe(ctx, out, ["esc2025-vsmr-teer", "esc2025-smr-cabg"], INTERVENTIONS)
        if ctx.grade in (Grade.moderate, Grade.moderate_severe) and ctx.case.anatomy.cabg_planned == TriState.yes:
            for o in c.SURGERY:
                out.set(o, Tier.may_consider, [say("surgery.moderate_cabg")], ["esc2025-smr-moderate-cabg"])
        return
    if ctx.symptomatic is None:
        out.need(O.monitoring, ctx.symptoms(), [SURV])
    else:
        c.monitoring(ctx, out, bool(ctx.symptomatic), ["esc2021-smr-symptomatic"], SURV)
    lvef15 = ctx.num("heart.lvef_pct", "<", 15, "end_stage")
    if lvef15.value:
        for o in INTERVENTIONS:
            out.set(o, Tier.not_recommended, [*lvef15.reasons, say("end_stage.no_valve")], ["esc2021-lvef15"])
        return
    advanced = ctx.case.heart.advanced_hf == TriState.yes
    _teer_ventricular(ctx, out, advanced)
    if ctx.case.anatomy.cabg_planned == TriState.yes and not advanced:
        out.set(O.teer, Tier.not_applicable, [say("teer.with_cabg")])
    if advanced:
        for o in c.SURGERY:
            out.set(o, Tier.not_recommended, [say("flags.advanced_hf.yes"), say("end_stage.surgery_no")], ["esc2025-smr-isolated-surgery", "esc2025-lvad"])
    elif ctx.case.anatomy.cabg_planned == TriState.yes:
        for o in c.SURGERY:
            out.set(o, Tier.recommended, [say("surgery.with_cabg")], ["esc2025-smr-cabg"])
    else:
        f = all_(ctx.symptoms(), ctx.tri("heart.on_optimal_gdmt"), ctx.tri("heart.advanced_hf", want=False), ctx.risk_in("low", "intermediate"))
        for o in c.SURGERY:
            if f.value:
                out.set(o, Tier.may_consider, [*f.reasons, say("surgery.esc_isolated")], ["esc2025-smr-isolated-surgery"])
            elif f.value is False:
                out.set(o, Tier.not_recommended, [*f.reasons, say("surgery.smr_criteria")], ["esc2025-smr-isolated-surgery", "esc2021-smr-symptomatic"])
            else:
                out.need(o, f, ["esc2025-smr-isolated-surgery"])
    c.risk_gate(ctx, out, ["esc2025-smr-isolated-surgery"])


def _teer_ventricular(ctx: Ctx, out: Out, advanced: bool) -> None:
    """I A when the Table 7 (COAPT-like) criteria are met; IIb otherwise (after LVAD/transplant review)."""
    core = all_(ctx.symptoms(), ctx.tri("heart.on_optimal_gdmt"), ctx.tri("anatomy.teer_suitable"))
    if core.value is False:
        out.set(O.teer, Tier.not_recommended, [*core.reasons, say("teer.esc_core")], ["esc2025-vsmr-teer"])
        return
    tr_severe = c.unknown("heart.tr_grade") if ctx.case.heart.tr_grade == Grade.unknown else c.known(
        ctx.case.heart.tr_grade != Grade.severe, "facts.tr", grade=say(f"grade.{ctx.case.heart.tr_grade.value}")
    )
    table7 = all_(
        ctx.num("heart.lvef_pct", ">=", 20, "coapt"),
        ctx.num("heart.lvef_pct", "<=", 50, "coapt"),
        ctx.num("heart.lvesd_mm", "<=", 70, "coapt"),
        ctx.num("heart.pasp_mmhg", "<=", 70, "coapt"),
        ctx.tri("heart.hf_hospitalisation_or_raised_np"),
        ctx.tri("heart.severe_rv_dysfunction", want=False),
        ctx.tri("heart.advanced_hf", want=False),
        ctx.tri("heart.cad_needing_revascularisation", want=False),
        tr_severe,
    )
    if core.value is None:
        out.need(O.teer, all_(core, table7) if table7.value is not False else core, ["esc2025-vsmr-teer"])
        return
    if table7.value:
        out.set(O.teer, Tier.recommended, [*core.reasons, *table7.reasons, say("teer.esc_table7_met")], ["esc2025-vsmr-teer"])
    elif table7.value is False:
        cad = ctx.case.heart.cad_needing_revascularisation == TriState.yes
        cite = "esc2025-vsmr-pci-teer" if cad else "esc2025-vsmr-teer-other"
        key = "teer.esc_pci_first" if cad else ("teer.esc_advanced" if advanced else "teer.esc_table7_not_met")
        out.set(O.teer, Tier.may_consider, [*table7.reasons, say(key)], [cite, "esc2025-vsmr-teer"])
    else:
        out.need(O.teer, table7, ["esc2025-vsmr-teer"])


def _atrial(ctx: Ctx, out: Out) -> None:
    out.set(O.medication, Tier.recommended, [say("medication.atrial_first")], ["esc2025-asmr-medical"])
    if ctx.grade == Grade.unknown:
        c.monitoring(ctx, out, False, (), SURV)
        c.need_all(out, ctx.severe(), INTERVENTIONS, ["esc2025-asmr-surgery"])
        return
    if ctx.grade != Grade.severe:
        c.monitoring(ctx, out, False, (), SURV)
        c.not_severe(ctx, out, ["esc2025-asmr-surgery", "esc2025-asmr-teer"], INTERVENTIONS)
        return
    sym = ctx.symptoms()
    if sym.value is None:
        out.need(O.monitoring, sym, [SURV])
        c.need_all(out, sym, INTERVENTIONS, ["esc2025-asmr-surgery", "esc2025-asmr-teer"])
        return
    c.monitoring(ctx, out, bool(sym.value), ["esc2025-asmr-surgery"], SURV)
    if not sym.value:
        for o in INTERVENTIONS:
            out.set(o, Tier.not_recommended, [say("facts.asymptomatic"), say("intervention.asmr_symptoms_needed")], ["esc2025-asmr-surgery", "esc2025-asmr-teer"])
        return
    for o in c.SURGERY:
        out.set(o, Tier.reasonable, [say("facts.symptomatic"), say("surgery.esc_atrial")], ["esc2025-asmr-surgery"])
    # Risk gate without the primary-MR flow chart (Figure 11 is for primary MR).
    c.risk_gate(ctx, out, ["esc2025-asmr-surgery"], Tier.may_consider, [], "surgery.high_risk_selected")
    f = all_(ctx.risk_in("high", "prohibitive"), ctx.tri("anatomy.teer_suitable"))
    out.decide(O.teer, f, Tier.may_consider, "teer.esc_atrial", "teer.esc_atrial_criteria", ["esc2025-asmr-teer"])


def _prosthesis(ctx: Ctx, out: Out) -> None:
    """Prior mitral replacement: reintervention (I C) or transcatheter valve-in-valve (IIa B)."""
    a = ctx.case.anatomy
    mechanical = a.prior_mitral == PriorMitral.mechanical
    for o in (O.surgical_repair, O.teer):
        out.set(o, Tier.not_applicable, [say("prosthesis.no_repair")])
    out.set(O.medication, Tier.not_applicable, [say("medication.prosthesis")])
    # Mechanical: significant dysfunction = severe (prosthetic) MR, not symptoms alone.
    failing = ctx.severe() if mechanical else any_(ctx.tri("anatomy.failing_prior_mitral"), pathways.acute_severe_fact(ctx))
    significant = all_(failing, any_(ctx.symptoms(), ctx.severe()))
    if significant.value is False:
        c.monitoring(ctx, out, False, (), "esc2025-bhv-followup")
        out.set(O.surgical_replacement, Tier.not_recommended, [*significant.reasons, say("prosthesis.not_failing")], ["esc2025-redo"])
        if not mechanical:
            out.set(O.tmvr, Tier.not_recommended, [*significant.reasons, say("prosthesis.not_failing")], ["esc2025-viv"])
        return
    if significant.value is None:
        out.need(O.monitoring, significant, ["esc2025-bhv-followup"])
        out.need(O.surgical_replacement, significant, ["esc2025-redo"])
        if not mechanical:
            out.need(O.tmvr, significant, ["esc2025-viv"])
        return
    out.set(O.monitoring, Tier.not_recommended, [say("monitoring.not_sole")], ["esc2025-redo"])
    sym = ctx.symptoms()
    if sym.value:
        out.set(O.surgical_replacement, Tier.recommended, [say("facts.symptomatic"), say("prosthesis.esc_redo")], ["esc2025-redo"])
        c.risk_gate(ctx, out, ["esc2025-redo"], Tier.may_consider, [], "surgery.high_risk_selected")
    elif sym.value is False:
        out.set(O.surgical_replacement, Tier.not_recommended, [say("facts.asymptomatic"), say("prosthesis.esc_redo_symptoms")], ["esc2025-redo"])
    else:
        out.need(O.surgical_replacement, sym, ["esc2025-redo"])
    if mechanical:
        out.set(O.tmvr, Tier.not_applicable, [say("prosthesis.mechanical_no_viv")])
        return
    viv = ctx.risk_in("intermediate", "high", "prohibitive")
    out.decide(O.tmvr, viv, Tier.reasonable, "prosthesis.esc_viv_ok", "prosthesis.esc_viv_low_risk", ["esc2025-viv"])


# ---------------------------------------------------------------- overlays and other care


def _mac(ctx: Ctx, out: Out) -> None:
    """IIb C: TMVI may be considered for symptomatic severe MV dysfunction with extensive MAC."""
    a = ctx.case.anatomy
    if a.severe_mac != TriState.yes or a.prior_mitral in (PriorMitral.bioprosthesis, PriorMitral.mechanical):
        return
    for o in c.SURGERY:
        if out.tier(o) in c.ACTIVE:
            out.add_reason(o, say("surgery.mac_complex"))
    if ctx.grade == Grade.severe and ctx.symptomatic:
        if out.tier(O.tmvr) in c.ACTIVE:
            out.add_reason(O.tmvr, say("tmvr.esc_mac"), cites=["esc2025-tmvi-mac"])
        else:
            out.set(O.tmvr, Tier.may_consider, [say("flags.severe_mac.yes"), say("tmvr.esc_mac")], ["esc2025-tmvi-mac"])


def _other_care(ctx: Ctx, out: Out) -> None:
    case, h, a = ctx.case, ctx.case.heart, ctx.case.anatomy
    if ctx.emergency:
        out.care("emergency_care", [say("care.emergency")], first=True)
    secondary = case.mr_type.is_secondary
    if ctx.grade == Grade.severe or ctx.stage in ("C", "C1", "C2", "D"):
        acute = ctx.stage == "acute"
        out.care("valve_team", [say("care.valve_team_urgent" if acute else "care.valve_team")],
                 [IDS.acute] if acute else ["esc2021-smr-symptomatic"] if secondary else [SURV])
    if case.mr_type == MRType.secondary_ventricular:
        crt = h.crt.value
        if crt == "candidate" or (crt == "unknown" and h.lvef_pct is not None and h.lvef_pct <= 35):
            out.care("crt", [say(f"care.crt_{crt}")], ["esc2025-smr-crt", "esc2021hf-crt"])
        elif crt == "implanted":
            out.care("crt", [say("care.crt_implanted")], ["esc2025-smr-crt"])
    af = h.atrial_fibrillation == TriState.yes
    if af or case.mr_type == MRType.secondary_atrial:
        reasons = [say("care.af_treatment" if af else "care.af_check")]
        cites = ["esc2025-asmr-medical"] if case.mr_type == MRType.secondary_atrial else []
        if af and any(out.tier(o) in c.ACTIVE for o in c.SURGERY):
            reasons.append(say("care.af_surgical_ablation"))
            cites += ["esc2025-af-ablation", "esc2025-laa"]
        out.care("af_treatment", reasons, cites)
    if af or a.prior_mitral == PriorMitral.mechanical:
        reasons, cites = [], []
        if af and a.mitral_stenosis == TriState.yes:
            reasons.append(say("care.anticoag_rms_esc"))
            cites.append("esc2025-af-rms-no-doac")
        elif af:
            reasons.append(say("care.anticoag_af_esc"))
            cites.append("esc2025-af-doac")
            if a.mitral_stenosis == TriState.unknown and case.mr_type == MRType.primary_rheumatic:
                reasons.append(say("care.anticoag_ask_ms"))
                cites.append("esc2025-af-rms-no-doac")
        if a.prior_mitral == PriorMitral.mechanical:
            reasons.append(say("care.anticoag_mechanical"))
            cites += ["esc2025-mhv-vka", "esc2025-mhv-no-doac"]
        out.care("anticoagulation", reasons, cites)
    if out.tier(O.surgical_replacement) in c.ACTIVE:
        vt = ["esc2025-valve-wish", "esc2025-valve-mech-under65", "esc2025-valve-bio-over70", "esc2025-mhv-vka"]
        if af:
            vt.append("esc2025-valve-oac")
        reasons = _valve_type(ctx)
        preg = c.pregnancy_reasons(ctx, "esc")
        if preg:
            reasons += preg
            vt.append("esc2025-valve-bio-pregnancy")
        out.care("valve_type", reasons, vt)
    if case.mr_type == MRType.secondary_ventricular and (
        h.advanced_hf == TriState.yes or (h.lvef_pct is not None and h.lvef_pct < 15)
    ):
        out.care("lvad_transplant", [say("care.lvad")], ["esc2025-lvad", "esc2021-lvef15"])
        out.care("palliative_care", [say("care.palliative")], ["esc2021hf-palliative"])
    if c.active_endocarditis(ctx):
        out.care("endocarditis_treatment", [say("care.endocarditis_treatment")])
    ie = [say("care.ie_teer_device_esc") if r == say("care.ie_teer_device") else r for r in c.ie_reasons(ctx)]
    if ie:
        cites = []
        if a.prior_endocarditis == TriState.yes or case.mr_type == MRType.primary_endocarditis:
            cites.append("esc2023-ie-prior")
        if a.prior_mitral in (PriorMitral.bioprosthesis, PriorMitral.mechanical, PriorMitral.ring):
            cites.append("esc2023-ie-prosthetic")
        if a.prior_mitral == PriorMitral.teer_device:
            cites.append("esc2023-ie-teer")
        out.care("endocarditis_prophylaxis", ie, cites)
    if case.mr_type == MRType.primary_rheumatic:
        out.care("rheumatic_fever_prevention", [say("care.rheumatic")])


def _valve_type(ctx: Ctx) -> list[str]:
    age = ctx.case.risk.age_years
    if age is None:
        return [say("valve_type.age_unknown_esc"), say("valve_type.anticoag_esc")]
    if age < 65:
        key = "valve_type.esc_mechanical"
    elif age > 70:
        key = "valve_type.esc_bio"
    else:
        key = "valve_type.esc_between"
    reasons = [say(key, age=age), say("valve_type.esc_wish"), say("valve_type.anticoag_esc")]
    if ctx.case.heart.atrial_fibrillation == TriState.yes:
        reasons.append(say("valve_type.esc_af"))
    return reasons
