"""Shared vocabulary of the rule modules.

- `say(key, **values)`: reason strings come from resources/content/en/reasons.yaml, so no
  prose lives in Python.
- `Fact`: a three-valued criterion (True / False / None = not known). None carries the plain
  titles of the missing Case fields, which become `needs_information` + `missing`.
- `cite(guideline, *ids)`: the recommendations in resources/guidelines/<guideline>.yaml.
- `Ctx`: everything derived once per assessment; `Out`: the options and other care built.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .. import i18n, resource_files
from ..assessment import (
    TIER_STRENGTH,
    Basis,
    Citation,
    Guideline,
    OptionId,
    OptionResult,
    OtherCare,
    RiskResult,
    SeverityResult,
    Tier,
)
from ..case import Case, Grade, MRType, NYHA, PriorMitral, TriState
from ..case import field_title as _case_field_title

# ---------------------------------------------------------------- text


@lru_cache(maxsize=None)
def _templates(lang: str = "en") -> dict[str, str]:
    flat: dict[str, str] = {}

    def walk(prefix: str, node: Any) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(f"{prefix}.{k}" if prefix else str(k), v)
        else:
            flat[prefix] = str(node).rstrip("\n")

    walk("", i18n.load_overlaid("content", "en", "reasons.yaml", lang=lang))
    return flat


def say(key: str, **values: Any) -> str:
    """The reason template `key` in the language in use (i18n.current()), filled in.
    A missing key is a programming error."""
    return _templates(i18n.current())[key].format(**values)


def fmt(x: float) -> str:
    return f"{x:g}"


def field_title(path: str, lang: str | None = None) -> str:
    """Plain title of a Case field in the language in use, e.g. "heart.lvef_pct" →
    "Left ventricular ejection …" (resources/messages/<lang>.yaml; see case.field_title)."""
    return _case_field_title(path, lang)


# ---------------------------------------------------------------- citations

CLASS_TIER = {
    "1": Tier.recommended,
    "I": Tier.recommended,
    "2a": Tier.reasonable,
    "IIa": Tier.reasonable,
    "2b": Tier.may_consider,
    "IIb": Tier.may_consider,
    "3: No Benefit": Tier.not_recommended,
    "3: Harm": Tier.not_recommended,
    "III": Tier.not_recommended,
}


@lru_cache(maxsize=None)
def citations(guideline: str) -> dict[str, Citation]:
    data = resource_files.load_data("guidelines", f"{guideline}.yaml")
    return {r["id"]: Citation.model_validate(r) for r in data["recommendations"]}


def tier_of(guideline: Guideline, cid: str) -> Tier:
    """The tier a cited class maps to (1/I → recommended … 3/III → not_recommended)."""
    return CLASS_TIER[citations(guideline.value)[cid].class_]


# The procedure a recommendation is about. An option never carries the class of another
# procedure (a TEER class on surgery, valve-in-valve on redo surgery): Out.set leaves such a
# citation out, and the reason says it in words.
_PROCEDURE = {
    **dict.fromkeys(("acc2020-p6", "acc2020-s3", "esc2025-pmr-teer", "esc2025-vsmr-teer", "esc2025-vsmr-teer-other",
                     "esc2025-vsmr-pci-teer", "esc2025-asmr-teer"), "teer"),
    **dict.fromkeys(("acc2020-viv", "esc2025-viv"), "tmvr"),
    **dict.fromkeys(("acc2020-p1", "acc2020-p2", "acc2020-p3", "acc2020-p4", "acc2020-p5", "acc2020-p7", "acc2020-s4",
                     "acc2020-s5", "acc2020-s6", "acc2020-s8", "esc2025-pmr-repair", "esc2025-pmr-symptomatic",
                     "esc2025-pmr-lv", "esc2025-pmr-3markers", "esc2025-pmr-af-spap", "esc2025-pmr-la",
                     "esc2025-smr-cabg", "esc2025-smr-moderate-cabg", "esc2025-smr-isolated-surgery",
                     "esc2025-asmr-surgery", "esc2025-redo"), "surgery"),
}
_OPTION_PROCEDURE = {
    OptionId.teer: "teer",
    OptionId.surgical_repair: "surgery",
    OptionId.surgical_replacement: "surgery",
    OptionId.tmvr: "tmvr",
}


def about_this_option(oid: OptionId, cid: str) -> bool:
    own, other = _OPTION_PROCEDURE.get(oid), _PROCEDURE.get(cid)
    return own is None or other is None or own == other


def has_class(c: Citation) -> bool:
    return c.class_.strip() not in ("", "-", "–", "—")


def applies_to(tier: Tier, c: Citation) -> bool:
    """Whether `tier` follows from the cited class (a statement without a class always does)."""
    return not has_class(c) or CLASS_TIER.get(c.class_) == tier


def basis_of(tier: Tier, cites: Iterable[Citation]) -> Basis:
    """guideline when a cited recommendation's class matches the tier; else the aid's reading."""
    return Basis.guideline if any(c.applies and CLASS_TIER.get(c.class_) == tier for c in cites) else Basis.aid_reading


# ---------------------------------------------------------------- three-valued facts


@dataclass(frozen=True)
class Fact:
    value: bool | None
    reasons: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


def unknown(*paths: str) -> Fact:
    return Fact(None, missing=tuple(field_title(p) for p in paths))


def all_(*facts: Fact) -> Fact:
    if any(f.value is False for f in facts):
        return Fact(False, tuple(r for f in facts if f.value is False for r in f.reasons))
    if all(f.value for f in facts):
        return Fact(True, tuple(r for f in facts for r in f.reasons))
    return Fact(None, tuple(r for f in facts if f.value for r in f.reasons), _uniq(f.missing for f in facts if f.value is None))


def any_(*facts: Fact) -> Fact:
    if any(f.value for f in facts):
        return Fact(True, tuple(r for f in facts if f.value for r in f.reasons))
    if all(f.value is False for f in facts):
        return Fact(False, tuple(r for f in facts for r in f.reasons))
    return Fact(None, tuple(r for f in facts if f.value is False for r in f.reasons), _uniq(f.missing for f in facts if f.value is None))


def any_known(*facts: Fact) -> Fact:
    """Alternative measures of one thing (LA volume or diameter): the known ones decide."""
    known_facts = [f for f in facts if f.value is not None]
    return any_(*known_facts) if known_facts else any_(*facts)


def at_least(n: int, facts: Iterable[Fact]) -> Fact:
    facts = list(facts)
    yes = [f for f in facts if f.value]
    unk = [f for f in facts if f.value is None]
    if len(yes) >= n:
        return Fact(True, tuple(r for f in yes for r in f.reasons))
    if len(yes) + len(unk) < n:
        return Fact(False, (say("logic.count_short", n=n, found=len(yes)),) + tuple(r for f in yes for r in f.reasons))
    return Fact(None, tuple(r for f in yes for r in f.reasons), _uniq(f.missing for f in unk))


def _uniq(groups: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m for g in groups for m in g))


def num(case: Case, path: str, op: str, limit: float, label: str = "") -> Fact:
    """Compare a numeric Case field; op is one of <, <=, >, >=. Reason says what held."""
    section, name = path.split(".")
    value = getattr(getattr(case, section), name)
    if value is None:
        return unknown(path)
    ok = {"<": value < limit, "<=": value <= limit, ">": value > limit, ">=": value >= limit}[op]
    sym = {"<": "<", "<=": "≤", ">": ">", ">=": "≥"}[op]
    text = say(
        "num.holds" if ok else "num.fails",
        name=say(f"names.{name}"),
        value=fmt(value),
        unit=say(f"units.{name}"),
        op=sym,
        limit=fmt(limit),
    )
    if label:
        text += say("num.label", label=say(f"labels.{label}"))
    return Fact(ok, (text,))


def flag(case: Case, path: str, want: bool = True) -> Fact:
    """A yes/no/unknown Case field; True when the answer is yes (or no, with want=False)."""
    section, name = path.split(".")
    v = getattr(getattr(case, section), name)
    if v == TriState.unknown:
        return unknown(path)
    answer = v == TriState.yes
    return Fact(answer == want, (say(f"flags.{name}.{'yes' if answer else 'no'}"),))


def known(value: bool, key: str, **kw: Any) -> Fact:
    return Fact(value, (say(key, **kw),))


# ---------------------------------------------------------------- context


@dataclass
class Ctx:
    """What the rules read: the Case and its derivations under one guideline."""

    case: Case
    guideline: Guideline
    severity: SeverityResult
    stage: str
    symptomatic: bool | None
    risk: RiskResult
    emergency: bool

    @property
    def grade(self) -> Grade:
        return Grade(self.severity.grade)

    def severe(self) -> Fact:
        if self.grade == Grade.unknown:
            return unknown("severity.grade")
        return known(self.grade == Grade.severe, "facts.grade", grade=say(f"grade.{self.grade.value}"))

    def symptoms(self) -> Fact:
        if self.symptomatic is None:
            return unknown("symptoms.nyha", "symptoms.everyday")
        return known(self.symptomatic, "facts.symptomatic" if self.symptomatic else "facts.asymptomatic")

    def nyha_3_4(self) -> Fact:
        s = self.case.symptoms
        if s.nyha in (NYHA.III, NYHA.IV):
            return known(True, "facts.nyha", nyha=s.nyha.value)
        if s.nyha in (NYHA.I, NYHA.II):
            return known(False, "facts.nyha_not_3_4", nyha=s.nyha.value)
        if self.symptomatic is False:
            return known(False, "facts.asymptomatic")
        return unknown("symptoms.nyha")

    def risk_in(self, *cats: str) -> Fact:
        c = self.risk.category
        if c == "unknown":
            return unknown("risk.sts_prom_pct", "risk.frailty_indices")
        return known(c in cats, "facts.risk", category=say(f"risk.{c}"))

    def tri(self, path: str, want: bool = True) -> Fact:
        return flag(self.case, path, want)

    def num(self, path: str, op: str, limit: float, label: str = "") -> Fact:
        return num(self.case, path, op, limit, label)


@dataclass
class Out:
    """Options and other care as the rules build them."""

    guideline: Guideline
    options: dict[OptionId, OptionResult] = field(default_factory=dict)
    other: list[OtherCare] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def cites(self, ids: Iterable[str]) -> list[Citation]:
        table = citations(self.guideline.value)
        return [table[i] for i in dict.fromkeys(ids)]

    def set(
        self,
        oid: OptionId,
        tier: Tier,
        reasons: Iterable[str] = (),
        cites: Iterable[str] = (),
        missing: Iterable[str] = (),
    ) -> None:
        cites = [i for i in cites if about_this_option(oid, i)]
        recs = [r.model_copy(update={"applies": applies_to(tier, r)}) for r in self.cites(cites)]
        self.options[oid] = OptionResult(
            id=oid,
            tier=tier,
            reasons=list(dict.fromkeys(reasons)),
            recommendations=recs,
            missing=list(dict.fromkeys(missing)),
            basis=basis_of(tier, recs),
        )

    def need(self, oid: OptionId, fact: Fact, cites: Iterable[str] = (), reasons: Iterable[str] = ()) -> None:
        """needs_information naming the inputs that `fact` lacks."""
        self.set(
            oid,
            Tier.needs_information,
            [*reasons, *fact.reasons, say("logic.needs", items=", ".join(fact.missing))],
            cites,
            fact.missing,
        )

    def decide(self, oid: OptionId, fact: Fact, tier: Tier, met: str, unmet: str, cites: Iterable[str]) -> None:
        """The usual three-way rule: `tier` when the criteria are met, not_recommended when they
        are not, needs_information (naming what is missing) when that cannot be told yet."""
        cites = list(cites)
        if fact.value:
            self.set(oid, tier, [*fact.reasons, say(met)], cites)
        elif fact.value is False:
            self.set(oid, Tier.not_recommended, [*fact.reasons, say(unmet)], cites)
        else:
            self.need(oid, fact, cites)

    def add_reason(self, oid: OptionId, *reasons: str, cites: Iterable[str] = ()) -> None:
        o = self.options[oid]
        self.set(o.id, o.tier, [*o.reasons, *reasons], [c.id for c in o.recommendations] + list(cites), o.missing)

    def care(self, cid: str, reasons: Iterable[str], cites: Iterable[str] = (), first: bool = False) -> None:
        item = OtherCare(id=cid, reasons=list(dict.fromkeys(reasons)), recommendations=self.cites(cites))
        self.other.insert(0, item) if first else self.other.append(item)

    def tier(self, oid: OptionId) -> Tier:
        return self.options[oid].tier


def step_down(tier: Tier) -> Tier:
    """One tier weaker, floored at may_consider (for a second-choice option)."""
    order = [Tier.recommended, Tier.reasonable, Tier.may_consider]
    return order[min(order.index(tier) + 1, 2)] if tier in order else tier


def stronger(a: Tier, b: Tier) -> bool:
    return TIER_STRENGTH.get(a, -1) > TIER_STRENGTH.get(b, -1)


ACTIVE = (Tier.recommended, Tier.reasonable, Tier.may_consider)


# ---------------------------------------------------------------- building blocks used by both guidelines

SURGERY = (OptionId.surgical_repair, OptionId.surgical_replacement)


# TTE when symptoms change (ACC/AHA 1, C); ESC gives no class for it (its follow-up statement is cited).
SYMPTOM_TTE = {Guideline.acc_aha_2020: "acc2020-tte-change"}


def need_all(out: Out, fact: Fact, opts: Iterable[OptionId], cites: Iterable[str] = ()) -> None:
    cites = list(cites)
    for o in opts:
        out.need(o, fact, cites)


def monitoring(ctx: Ctx, out: Out, sole_not_ok: bool, cites: Iterable[str], surveillance: str) -> None:
    """Watchful waiting: recommended unless an intervention is indicated (then not as sole strategy)."""
    from ..derive import follow_up

    if ctx.grade == Grade.unknown:
        out.need(OptionId.monitoring, ctx.severe(), [surveillance])
    elif sole_not_ok:
        out.set(OptionId.monitoring, Tier.not_recommended, [say("monitoring.not_sole")], cites)
    else:
        if ctx.stage in ("C2", "D"):  # the routine intervals are for asymptomatic MR
            interval = say(f"follow_up.{'acc' if ctx.guideline.value.startswith('acc') else 'esc'}.team")
        else:
            interval = follow_up(ctx.case, ctx.stage, ctx.grade, ctx.guideline)
        cites = [surveillance]
        if ctx.symptomatic and ctx.grade != Grade.severe:
            # Symptoms with non-severe MR: re-evaluate now, not the asymptomatic intervals.
            reasons = [say("monitoring.symptoms_not_severe")]
            cites = [SYMPTOM_TTE.get(ctx.guideline, surveillance)]
        else:
            reasons = [say("monitoring.surveillance", interval=interval)]
        if ctx.severity.discordant and ctx.grade != Grade.severe:
            reasons.append(say("severity.quantify_further"))
        out.set(OptionId.monitoring, Tier.recommended, reasons, cites)


def not_severe(ctx: Ctx, out: Out, cites: Iterable[str], opts: Iterable[OptionId]) -> None:
    cites = list(cites)
    reasons = [say("intervention.not_severe", grade=say(f"grade.{ctx.grade.value}"))]
    if ctx.severity.discordant:
        reasons.append(say("severity.quantify_further"))
    for o in opts:
        out.set(o, Tier.not_recommended, reasons, cites)


def surgery_pair(
    ctx: Ctx,
    out: Out,
    base: Tier,
    reasons: list[str],
    cites: list[str],
    repair_cite: str,
    harm_cite: str | None = None,
) -> None:
    """Repair vs replacement for an indicated operation: repair preferred when durable.

    durable yes → repair at `base`, replacement one step lower (fallback);
    durable no → replacement at `base`, repair not recommended;
    unknown → repair at `base` "if a durable repair is possible", replacement one step lower
    as the named fallback (both active: an indicated operation always has a surgical option).
    `harm_cite` (ACC/AHA P7): limited posterior-leaflet disease → replacement not recommended.
    """
    from ..case import Leaflets, MRType

    R, P = OptionId.surgical_repair, OptionId.surgical_replacement
    a = ctx.case.anatomy
    durable = a.durable_repair_likely
    rep_cites = [*cites, repair_cite]
    if durable == TriState.yes:
        out.set(R, base, [*reasons, say("surgery.durable_yes")], rep_cites)
        out.set(P, step_down(base), [*reasons, say("surgery.replacement_fallback")], rep_cites)
    elif durable == TriState.no:
        out.set(R, Tier.not_recommended, [say("surgery.durable_no")], rep_cites)
        out.set(P, base, [*reasons, say("surgery.replacement_chordal")], cites)
    else:
        # Not known whether a durable repair is possible: the operation is still indicated —
        # repair if the surgeon finds a durable repair possible, otherwise replacement with the
        # subvalvular apparatus kept. Both stay active; replacement is the named fallback.
        out.set(R, base, [*reasons, say("surgery.repair_if_durable")], rep_cites)
        out.set(P, step_down(base), [*reasons, say("surgery.replacement_if_not")], rep_cites)
    if harm_cite and a.leaflets == Leaflets.posterior_limited:
        out.set(P, Tier.not_recommended, [say("surgery.posterior_limited_harm")], [harm_cite])
        if out.tier(R) in (Tier.not_recommended, Tier.needs_information):
            out.set(R, base, [*reasons, say("surgery.posterior_limited_repair")], [*cites, harm_cite])


def risk_gate(
    ctx: Ctx,
    out: Out,
    prohibitive_cites: Iterable[str],
    high_tier: Tier | None = None,
    high_cites: Iterable[str] = (),
    high_key: str = "surgery.high_risk_capped",
) -> None:
    """Prohibitive risk rules surgery out; high risk caps the tier at `high_tier` (with the
    reason `high_key` saying what the guideline says about high-risk patients)."""
    cat = ctx.risk.category
    for o in SURGERY:
        t = out.tier(o)
        if t not in ACTIVE and t != Tier.needs_information:
            continue
        if cat == "prohibitive":
            out.set(o, Tier.not_recommended, [say("surgery.prohibitive")], prohibitive_cites)
        elif cat == "high":
            if high_tier is not None and t in ACTIVE and stronger(t, high_tier):
                out.set(o, high_tier, [*out.options[o].reasons, say(high_key)],
                        [*(x.id for x in out.options[o].recommendations), *high_cites])
            elif high_tier is not None:
                out.add_reason(o, say(high_key), cites=high_cites)
            else:
                out.add_reason(o, say("surgery.high_risk_heart_team"))
        elif cat == "unknown":
            out.add_reason(o, say("surgery.risk_unknown"))


def ie_reasons(ctx: Ctx) -> list[str]:
    """Endocarditis prophylaxis only for prosthetic valve/repair material or previous IE (never native MR alone)."""
    from ..case import MRType, PriorMitral

    a = ctx.case.anatomy
    reasons = []
    if a.prior_mitral in (PriorMitral.bioprosthesis, PriorMitral.mechanical, PriorMitral.ring, PriorMitral.teer_device):
        reasons.append(say(f"care.ie_{a.prior_mitral.value}"))
    if a.prior_endocarditis == TriState.yes:
        reasons.append(say("care.ie_previous"))
    elif ctx.case.mr_type == MRType.primary_endocarditis:
        # Active endocarditis now: once treated, this episode counts as previous endocarditis.
        reasons.append(say("care.ie_after_active" if active_endocarditis(ctx) else "care.ie_previous"))
    return reasons


def dispatch(ctx: Ctx, out: Out, module) -> None:
    """Route a case to the guideline module's handler for its MR phenotype.

    Both guideline modules share this routing: a prior mitral prosthesis first, then acute MR
    (its own pathway, whatever the MR type), then unknown, primary (and mixed, which follows the
    primary rules), ventricular and atrial secondary MR.
    """
    from ..case import Onset
    from . import pathways

    case = ctx.case
    if case.anatomy.prior_mitral in (PriorMitral.bioprosthesis, PriorMitral.mechanical):
        module._prosthesis(ctx, out)
        if case.onset == Onset.acute:
            pathways.acute_prosthesis(ctx, out, module.IDS)
    elif case.onset == Onset.acute:
        pathways.acute(ctx, out, module.IDS)
    elif case.mr_type == MRType.unknown:
        module._unknown_type(ctx, out)
    elif case.mr_type.is_primary or case.mr_type == MRType.mixed:
        module._primary(ctx, out)
    elif case.mr_type == MRType.secondary_ventricular:
        module._ventricular(ctx, out)
    else:
        module._atrial(ctx, out)


def active_endocarditis(ctx: Ctx) -> bool:
    """Sudden MR from active endocarditis (the acute mechanism), or endocarditis MR of acute onset."""
    from ..case import AcuteMechanism, Onset

    case = ctx.case
    return case.onset == Onset.acute and (
        case.acute_mechanism == AcuteMechanism.endocarditis or case.mr_type == MRType.primary_endocarditis
    )


def pregnancy_reasons(ctx: Ctx, g: str) -> list[str]:
    """Valve-type counselling for a woman who may want a pregnancy (ESC 2025 Table 13: IIa C).

    Asked when the wish is not known only for women under 65 (the mitral age band below which a
    mechanical valve is otherwise favoured by both guidelines).
    """
    from ..case import Sex

    r = ctx.case.risk
    if r.sex == Sex.male:
        return []
    if r.pregnancy_wish == TriState.yes:
        return [say(f"valve_type.pregnancy_{g}")]
    if r.pregnancy_wish == TriState.unknown and r.sex == Sex.female and (r.age_years is None or r.age_years < 65):
        return [say("valve_type.pregnancy_ask")]
    return []
