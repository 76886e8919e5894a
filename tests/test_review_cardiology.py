"""Defects found by an independent cardiologist review (one test per defect)."""

from __future__ import annotations

from decisionaid.assessment import Guideline, OptionId as O, Tier
from decisionaid.case import Onset, PriorMitral
from decisionaid.rules import assess
from decisionaid.rules.common import ACTIVE, say
from rule_cases import mk
from test_rules_properties import assessed_sweep

FUTILE = dict(
    mr="primary_degenerative", sym="IV", risk="prohibitive",
    risk__age_years=91, risk__organ_systems_compromised=3, risk__life_expectancy_over_1y="no",
    anatomy__teer_suitable="no", heart__lvef_pct=55, heart__lvesd_mm=42,
)


def test_futile_case_gets_palliative_care_and_no_catheter_valve_under_both_guidelines():
    case = mk(**FUTILE)
    for g in Guideline:
        a = assess(case, g)
        for o in (O.teer, O.tmvr, O.surgical_repair, O.surgical_replacement):
            assert a.option(o).tier not in ACTIVE, (g, a.option(o))
        assert "palliative_care" in [x.id for x in a.other_care], g
        assert say("monitoring.not_sole") not in a.option(O.monitoring).reasons
        assert a.option(O.medication).tier in ACTIVE
        assert "indicated (see the options)" not in a.follow_up


def test_limited_life_expectancy_never_leaves_a_catheter_valve_active_or_a_dead_end():
    n = 0
    for case, a in assessed_sweep():
        if case.risk.life_expectancy_over_1y.value != "no" or case.onset == Onset.acute:
            continue
        if case.anatomy.prior_mitral in (PriorMitral.bioprosthesis, PriorMitral.mechanical):
            continue
        n += 1
        assert a.option(O.teer).tier not in ACTIVE, (case, a.option(O.teer))
        assert a.option(O.tmvr).tier not in ACTIVE, (case, a.option(O.tmvr))
        procedure = any(a.option(o).tier in ACTIVE or a.option(o).tier == Tier.needs_information
                        for o in (O.teer, O.tmvr, O.surgical_repair, O.surgical_replacement))
        if a.severity.grade == "severe" and a.symptomatic and not procedure:
            assert "palliative_care" in [x.id for x in a.other_care], case
            assert "indicated (see the options)" not in a.follow_up
    assert n > 200


CRT = dict(
    mr="secondary_ventricular", sym="III", risk="intermediate",
    heart__lvef_pct=28, heart__lvesd_mm=56, heart__pasp_mmhg=45, heart__on_optimal_gdmt="yes",
    heart__crt="candidate", heart__hf_hospitalisation_or_raised_np="yes",
    heart__cad_needing_revascularisation="no", heart__severe_rv_dysfunction="no", heart__advanced_hf="no",
    heart__tr_grade="mild", anatomy__teer_suitable="yes",
)


def test_crt_candidate_gets_crt_first_then_the_mr_is_reassessed_before_teer():
    for g in Guideline:
        a = assess(mk(**CRT), g)
        assert a.option(O.teer).tier == Tier.needs_information, (g, a.option(O.teer))
        assert say("intervention.after_crt") in a.option(O.teer).reasons
        assert a.option(O.medication).tier in ACTIVE
        assert a.option(O.monitoring).tier in ACTIVE
        assert "crt" in [x.id for x in a.other_care]
        assert "indicated" not in a.follow_up
        # CRT done: the COAPT / Table 7 indication applies again.
        done = assess(mk(**{**CRT, "heart__crt": "implanted"}), g)
        assert done.option(O.teer).tier in ACTIVE, g
