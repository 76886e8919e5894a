"""`decisionaid note CASE.json [--guideline ...]`: the plain-text note for the medical record."""

from __future__ import annotations

import argparse

from .cli import CLIError, add_lang_argument, command, load_case_file


def cmd_note(args: argparse.Namespace) -> int:
    from .note import case_note

    guideline = args.guideline
    case = load_case_file(args.case)
    try:
        print(case_note(case, guideline, lang=args.lang), end="")
    except (KeyError, ValueError) as exc:
        raise CLIError(f"The note could not be made: {exc}") from None
    return 0


@command
def register(sub: argparse._SubParsersAction) -> None:
    from .cli_report import GUIDELINES

    p = sub.add_parser(
        "note",
        help="print a plain-text clinician note for the medical record",
        description="Print the situation, options with tiers and citations, the patient's priorities, "
                    "SURE result and questions as plain text. Nothing is sent anywhere.",
    )
    p.add_argument("case", metavar="CASE.json", help="a case file (see `decisionaid schema`)")
    p.add_argument("--guideline", default=GUIDELINES[0], choices=GUIDELINES,
                   help=f"guideline set (default: {GUIDELINES[0]})")
    add_lang_argument(p)
    p.set_defaults(func=cmd_note)
