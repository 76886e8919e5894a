"""Property sweep over a discretised input space: invariants that must hold for every case.

The grid is exhaustive over the dimensions that drive the decisions (MR type, grade,
symptoms, surgical risk, durable repair, onset) and draws the remaining inputs from a seeded
random generator, so the sweep is deterministic (~14,000 cases × 2 guidelines).
`sweep_cases()` is also used by bench/bench_assess.py.

Decisions documented here:
- "intervention" = teer, surgical_repair, surgical_replacement, tmvr.
- The asymptomatic mild/moderate invariant (also covering moderate–severe) excludes patients
  with CABG or other cardiac surgery planned: both guidelines give a class 2b/IIb for mitral
  surgery in moderate secondary MR at CABG. It also excludes failing prostheses only through
  the rules themselves (no exclusion here): reintervention needs symptoms or severe MR.
- needs_information may cite no recommendation (the missing inputs decide which one applies);
  every option with an ordered tier (recommended … not_recommended) cites at least one.
"""

from __future__ import annotations

import functools
import itertools
import json
import random

import pytest

from decisionaid.assessment import TIER_STRENGTH, Guideline, OptionId, Tier
from decisionaid.case import Case, Grade, MRType, RedFlag
from decisionaid.rules import assess

INTERVENTIONS = (OptionId.teer, OptionId.surgical_repair, OptionId.surgical_replacement, OptionId.tmvr)
ABOVE_NOT_RECOMMENDED = (Tier.may_consider, Tier.reasonable, Tier.recommended)

SYMPTOMS = {
    "none": {"none_reported": True, "nyha": "I"},
    "nyha2": {"everyday": ["breathless_exertion"], "nyha": "II"},
    "nyha3": {"everyday": ["breathless_exertion", "swelling"], "nyha": "III"},
    "nyha4": {"everyday": ["breathless_rest"], "nyha": "IV"},
    "unknown": {},
}
RISK = {
    "unknown": {},
    "low": {"sts_prom_pct": 2.0},
    "intermediate": {"sts_prom_pct": 6.0},
    "high": {"sts_prom_pct": 10.0},
    "prohibitive": {"prohibitive_predicted": "yes"},
}
TRI = ("yes", "no", "unknown")


def _case(rng: random.Random, mr_type: str, grade: str, sym: str, risk: str, durable: str, onset: str) -> dict:
    symptoms = dict(SYMPTOMS[sym])
    if rng.random() < 0.08:
        symptoms["red_flags"] = [rng.choice(list(RedFlag)).value]
        if symptoms.get("nyha") == "I":
            symptoms = {"red_flags": symptoms["red_flags"]}
    severity: dict = {"grade": grade}
    if rng.random() < 0.25:
        severity.update(
            eroa_cm2=rng.choice([0.1, 0.25, 0.35, 0.45]),
            regurgitant_volume_ml=rng.choice([None, 20, 40, 50, 70]),
        )
    heart = {
        "lvef_pct": rng.choice([None, 10, 18, 30, 45, 55, 65]),
        "lvesd_mm": rng.choice([None, 35, 45, 75]),
        "lvesd_index_mm_m2": rng.choice([None, 15, 22]),
        "pasp_mmhg": rng.choice([None, 35, 55, 75]),
        "la_volume_index_ml_m2": rng.choice([None, 40, 70]),
        "tr_grade": rng.choice(["unknown", "mild", "moderate", "severe"]),
        "crt": rng.choice(["unknown", "candidate", "implanted", "not_indicated"]),
    }
    for f in (
        "atrial_fibrillation",
        "serial_lv_change",
        "on_optimal_gdmt",
        "hf_hospitalisation_or_raised_np",
        "cad_needing_revascularisation",
        "severe_rv_dysfunction",
        "advanced_hf",
    ):
        heart[f] = rng.choice(TRI)
    anatomy = {
        "durable_repair_likely": durable,
        "leaflets": rng.choice(["unknown", "posterior_limited", "posterior", "anterior", "bileaflet"]),
        "teer_suitable": rng.choice(TRI),
        "severe_mac": rng.choice(TRI),
        "prior_mitral": rng.choice(["none", "none", "none", "unknown", "bioprosthesis", "mechanical", "ring", "teer_device"]),
        "failing_prior_mitral": rng.choice(TRI),
        "cabg_planned": rng.choice(["no", "no", "yes", "unknown"]),
        "prior_endocarditis": rng.choice(TRI),
    }
    anatomy["mitral_stenosis"] = rng.choice(TRI)
    risk_d = {
        **RISK[risk],
        "age_years": rng.choice([None, 45, 67, 80]),
        "life_expectancy_over_1y": rng.choice(TRI),
        "sex": rng.choice(["female", "male", "unknown"]),
        "pregnancy_wish": rng.choice(TRI),
    }
    mechanism = rng.choice(["papillary_muscle_rupture", "chordal_rupture", "endocarditis", "other", "unknown"])
    return {
        "mr_type": mr_type,
        "onset": onset,
        "acute_mechanism": mechanism if onset == "acute" else "unknown",
        "severity": severity,
        "symptoms": symptoms,
        "heart": heart,
        "risk": risk_d,
        "anatomy": anatomy,
    }


def sweep_cases(draws: int = 2, seed: int = 20250) -> list[Case]:
    """The discretised grid (exhaustive over the main axes, seeded draws for the rest)."""
    rng = random.Random(seed)
    out = []
    for mr_type, grade, sym, risk, durable, onset in itertools.product(
        [t.value for t in MRType], [g.value for g in Grade], SYMPTOMS, RISK, TRI, ("chronic", "acute")
    ):
        for _ in range(draws):
            out.append(Case.model_validate(_case(rng, mr_type, grade, sym, risk, durable, onset)))
    return out


@functools.lru_cache(maxsize=1)
def assessed_sweep() -> tuple:
    """(case, assessment) for every sweep case under both guidelines, built once per session."""
    return tuple((case, assess(case, g)) for case in sweep_cases() for g in Guideline)


@pytest.fixture(scope="module")
def sweep():
    return assessed_sweep()


def _tier(a, oid):
    return a.option(oid).tier


def test_sweep_is_large_and_covers_every_tier(sweep):
    assert len(sweep) > 20_000
    seen = {(o.id, o.tier) for _, a in sweep for o in a.options}
    for oid in OptionId:
        for tier in (Tier.not_recommended, Tier.needs_information):
            assert (oid, tier) in seen, (oid, tier)
    for tier in ABOVE_NOT_RECOMMENDED:
        assert any(t == tier for _, t in seen), tier


def test_asymptomatic_mild_or_moderate_never_gets_an_intervention(sweep):
    checked = 0
    for case, a in sweep:
        planned = "yes" in (case.anatomy.cabg_planned.value, case.anatomy.other_cardiac_surgery_planned.value)
        if a.symptomatic is False and a.severity.grade in ("none", "mild", "moderate", "moderate_severe") and not planned:
            checked += 1
            for oid in INTERVENTIONS:
                assert _tier(a, oid) in (Tier.not_recommended, Tier.not_applicable), (oid, case, a.option(oid))
    assert checked > 500


def test_repair_never_below_replacement_when_durable_repair_likely(sweep):
    checked = 0
    for case, a in sweep:
        if case.anatomy.durable_repair_likely.value != "yes":
            continue
        rep, repl = _tier(a, OptionId.surgical_repair), _tier(a, OptionId.surgical_replacement)
        if rep in TIER_STRENGTH and repl in TIER_STRENGTH:
            checked += 1
            assert TIER_STRENGTH[rep] >= TIER_STRENGTH[repl], (case, a.option("surgical_repair"), a.option("surgical_replacement"))
        # Replacement must never be advised while repair is left undecided or unavailable
        # for a native valve in which a durable repair is likely.
        if repl in ABOVE_NOT_RECOMMENDED and case.anatomy.prior_mitral.value not in ("bioprosthesis", "mechanical"):
            assert rep in ABOVE_NOT_RECOMMENDED, (case, a.option("surgical_repair"))
    assert checked > 1000


def test_teer_never_above_may_consider_when_asymptomatic(sweep):
    checked = 0
    for case, a in sweep:
        # Acute severe MR is its own pathway (an emergency whatever symptoms were reported).
        if a.symptomatic is False and a.stage != "acute":
            checked += 1
            assert _tier(a, OptionId.teer) not in (Tier.reasonable, Tier.recommended), (case, a.option("teer"))
    assert checked > 1000


def test_any_red_flag_sets_emergency_and_puts_emergency_care_first(sweep):
    checked = 0
    for case, a in sweep:
        acute = case.onset.value == "acute"
        acute_severe = acute and a.severity.grade == "severe"
        congested = acute and (case.symptoms.nyha.value == "IV" or {"breathless_rest", "breathless_lying_flat"} & {
            s.value for s in case.symptoms.everyday})
        if case.symptoms.red_flags or acute_severe or congested:
            checked += 1
            assert a.emergency and a.emergency_reasons
            assert a.other_care[0].id == "emergency_care"
        else:
            assert not a.emergency
            assert all(c.id != "emergency_care" for c in a.other_care)
    assert checked > 100


def test_every_ordered_tier_cites_a_recommendation_and_needs_information_names_inputs(sweep):
    for case, a in sweep:
        for o in a.options:
            if o.tier in TIER_STRENGTH:
                assert o.recommendations, (case, o)
            if o.tier == Tier.needs_information:
                assert o.missing, (case, o)
            else:
                assert not o.missing, (case, o)
            assert o.reasons, (case, o)


def test_endocarditis_prophylaxis_only_with_prosthetic_material_or_previous_ie(sweep):
    for case, a in sweep:
        ids = [c.id for c in a.other_care]
        eligible = (
            case.anatomy.prior_mitral.value in ("bioprosthesis", "mechanical", "ring", "teer_device")
            or case.anatomy.prior_endocarditis.value == "yes"
            or case.mr_type == MRType.primary_endocarditis
        )
        assert ("endocarditis_prophylaxis" in ids) == eligible, case


def test_anticoagulation_listed_for_af(sweep):
    for case, a in sweep:
        if case.heart.atrial_fibrillation.value == "yes":
            assert "anticoagulation" in [c.id for c in a.other_care]


def test_assessment_is_deterministic_and_json_serialisable(sweep):
    for case, a in sweep[::97]:
        again = assess(case, a.guideline)
        assert again == a
        text = json.dumps(a.to_json_dict(), ensure_ascii=False)
        back = json.loads(text)
        assert set(back) >= {"guideline", "severity", "stage", "emergency", "follow_up", "options", "other_care"}
        assert isinstance(back["emergency"], bool)
        for o in back["options"]:
            assert set(o) == {"id", "tier", "reasons", "recommendations", "missing", "basis"}
            for r in o["recommendations"]:
                assert {"society", "year", "section", "class", "loe", "text", "verified"} <= set(r)


def test_case_is_not_mutated_by_assess():
    case = sweep_cases(draws=1)[123]
    before = case.model_dump_json()
    for g in Guideline:
        assess(case, g)
    assert case.model_dump_json() == before
