"""`decisionaid assess` and `decisionaid example`.

assess prints a readable summary (or, with --json, exactly Assessment.to_json_dict());
example lists the built-in example cases or prints one. Bad input is a CLIError: one line,
exit status 2, never a traceback. Labels come from resources/content/en/reasons.yaml (cli.*).
"""

from __future__ import annotations

import argparse
import json

from . import resource_files
from .assessment import Assessment, Guideline, citation_qualifier
from .cli import CLIError, add_lang_argument, command, load_case_file


def _say(key: str, **kw) -> str:
    from .rules.common import say

    return say(f"cli.{key}", **kw)


def example_names() -> list[str]:
    folder = resource_files.path("examples")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


def render_text(a: Assessment) -> str:
    """The human-readable assessment: emergency first, then stage, options, other care."""
    lines: list[str] = []
    from .content import load_content
    from .i18n import current

    qualifiers = load_content(current()).labels["citation_qualifier"]
    if a.emergency:
        lines.append(_say("emergency_banner"))
        lines += [f"  ! {r}" for r in a.emergency_reasons]
        lines.append("")
    lines.append(_say("header", guideline=_say(f"guideline.{a.guideline.value}")))
    lines.append(_say("severity", grade=_say(f"grade.{a.severity.grade}"), source=a.severity.source))
    lines += [f"    {d}" for d in a.severity.details]
    stage = _say(f"stage_label.{a.stage}") if a.stage == "acute" else a.stage
    lines.append(_say("stage", stage=stage))
    from .rules.common import say

    lines.append(_say("risk", category=say(f"risk.{a.risk.category}")))
    lines.append(_say("follow_up", text=a.follow_up))
    for w in a.warnings:
        lines.append(_say("warning", text=w))
    lines.append("")
    lines.append(_say("options"))
    for o in a.options:
        head = f"  {_say(f'option.{o.id.value}'):<24} {_say(f'tier.{o.tier.value}')}"
        if o.tier.value != "needs_information":
            head += f" ({_say(f'basis.{o.basis.value}')})"
        lines.append(head)
        lines += [f"      - {r}" for r in o.reasons]
        if o.missing:
            lines.append("      " + _say("missing", items=", ".join(o.missing)))
        for c in o.recommendations:
            mark = "" if c.verified else " " + _say("unverified")
            line = _say("class_line", society=c.society, year=c.year, section=c.section, cls=c.class_, loe=c.loe)
            q = citation_qualifier(o, c)
            prefix = f"{qualifiers[q]}: " if q else ""
            lines.append(f"      {prefix}{line}{mark}")
    if a.other_care:
        lines.append("")
        lines.append(_say("other_care"))
        for item in a.other_care:
            lines.append(f"  {item.id}")
            lines += [f"      - {r}" for r in item.reasons]
    lines.append("")
    lines.append(_say("disclaimer"))
    return "\n".join(lines)


def cmd_assess(args: argparse.Namespace) -> int:
    from .rules import assess

    case = load_case_file(args.case)
    result = assess(case, args.guideline)
    if args.json:
        print(json.dumps(result.to_json_dict(), indent=2, ensure_ascii=False))
    else:
        print(render_text(result))
    return 0


def cmd_example(args: argparse.Namespace) -> int:
    names = example_names()
    if not args.name:
        for n in names:
            print(f"{n:<28} {_say(f'examples.{n}')}")
        return 0
    if args.name not in names:
        raise CLIError(_say("unknown_example", name=args.name, names=", ".join(names)))
    print(resource_files.read_text("examples", f"{args.name}.json").rstrip())
    return 0


@command
def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("assess", help="assess a case file under one guideline set")
    p.add_argument("case", help="case file (.json)")
    p.add_argument(
        "--guideline",
        choices=[g.value for g in Guideline],
        default=Guideline.acc_aha_2020.value,
        help="guideline set (default: acc-aha-2020)",
    )
    p.add_argument("--json", action="store_true", help="print the assessment as JSON")
    add_lang_argument(p)
    p.set_defaults(func=cmd_assess)
    e = sub.add_parser("example", help="list the built-in example cases, or print one")
    e.add_argument("name", nargs="?", help="example name")
    e.set_defaults(func=cmd_example)
