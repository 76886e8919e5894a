"""A plain-text note for the medical record: the pre-filled EHR note of an Option Grid.

Built from the same Case + Assessment + Content as the printed summary, with the clinician's
words (tiers, cited class and level of evidence, verified flag). Nothing clinical is computed
here. Free text from the patient is kept on one line each (no control characters), so the
note's layout cannot be broken by what was typed.
"""

from __future__ import annotations

import re
from typing import Any

from .assessment import Assessment
from .case import Case
from .content import Content

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def _one_line(text: str) -> str:
    return " ".join(_CONTROL.sub(" ", text).split())


def _num(value: float | None, unit: str, none: str) -> str:
    return none if value is None else f"{value:g}{unit}"


def clinician_note(case: Case, assessment: Assessment, content: Content) -> str:
    """The note as plain text (lines end with \\n)."""
    from .report import _Words, _class_lines, _ratings, _stage_text, _sure  # shared lookups

    w = _Words(content, content.lang)
    n: dict[str, Any] = w.s["note"]
    a = assessment
    lab = w.label
    lines = [n["title"], n["meta"].format(
        date=case.created.isoformat() if case.created else "-",
        guideline=lab("guideline", a.guideline), version=content.about.content_date), ""]
    if a.emergency:
        reasons = "; ".join(lab("red_flag", r) for r in a.emergency_reasons) or "-"
        lines += [n["emergency"].format(reasons=reasons), ""]
    none = n["none"]
    h = case.heart
    facts = [
        f"{w.s['mr_type']}: {lab('mr_type', case.mr_type)}",
        f"{w.s['severity']}: {lab('grade', a.severity.grade)} ({w.s['severity_source']} {a.severity.source})",
        f"{w.s['stage']}: {_stage_text(a.stage, content, w)}",
        f"{w.s['nyha']}: {lab('nyha', case.symptoms.nyha)}",
        f"{w.s['lvef']} {_num(h.lvef_pct, '%', none)}, {w.s['lvesd']} {_num(h.lvesd_mm, ' mm', none)}, "
        f"{w.s['pasp']} {_num(h.pasp_mmhg, ' mmHg', none)}, {w.s['af']}: {lab('tri_state', h.atrial_fibrillation)}",
        f"{w.s['age']}: {_num(case.risk.age_years, '', none)}; {w.s['risk_category']}: {lab('risk_category', a.risk.category)}"
        f" ({w.s['sts']} {_num(case.risk.sts_prom_pct, '%', none)}, {w.s['euroscore']} {_num(case.risk.euroscore2_pct, '%', none)})",
    ]
    lines += [n["situation"] + ":"] + [f"- {f}" for f in facts] + ["", n["options"] + ":"]
    for o in a.options:
        cites = _class_lines(o, content)
        if cites:
            cls = "; ".join((f"{c.qualifier}: " if c.qualifier else "") + f"{c.society} {c.year} §{c.section} {c.class_}/{c.loe}"
                            + ("" if c.verified else f" ({n['unverified']})") for c in cites)
        else:
            cls = n["no_class"]
        lines.append(f"- {lab('option', o.id)}: {lab('tier', o.tier)}; {cls}")
        if o.missing:
            lines.append("  " + n["missing"].format(items=", ".join(o.missing)))
    if a.other_care:
        names = []
        for oc in a.other_care:
            text = content.other_care.get(oc.id)
            names.append(text.clinician_name if text else lab("other_care", oc.id))
        lines += ["", f"{n['other_care']}: " + "; ".join(names)]
    ratings = _ratings(case, content)
    lines += ["", f"{n['priorities']}: " + ("; ".join(
        f"{r['label']} {w.s['rating_of'].format(rating=r['rating'])}" for r in ratings) or none)]
    if case.preferences.own_priorities:
        lines.append(f"{n['own_words']}: " + " | ".join(f'"{_one_line(p)}"' for p in case.preferences.own_priorities))
    sure = _sure(case, content)
    if sure["any"]:
        answered = sum(1 for i in sure["answers"] if i["answer"] is not None)
        text = n["sure_total"].format(total=sure["total"]) if sure["complete"] else n["sure_partial"].format(answered=answered)
        if sure["flag"]:
            text += f" ({n['sure_flag']})"
        no = [i["item"].text for i in sure["answers"] if i["answer"] is False]
        if no:
            text += "; " + n["sure_no"].format(items="; ".join(no))
    else:
        text = none
    lines.append(f"{n['sure']}: {text}")
    qs = case.preferences.questions
    lines.append(f"{n['questions']}:" + ("" if qs else f" {none}"))
    lines += [f"  {i}. {_one_line(q)}" for i, q in enumerate(qs, 1)]
    lines += [f"{n['follow_up']}: {lab('follow_up', a.follow_up)}", "", n["footer"]]
    return "\n".join(lines) + "\n"


def case_note(case: Case, guideline: str = "acc-aha-2020", lang: str = "en") -> str:
    """Assess the case under a guideline set and write its note."""
    from .assessment import Guideline
    from .content import load_content
    from .rules import assess

    return clinician_note(case, assess(case, Guideline(guideline), lang), load_content(lang))
