"""`decisionaid report CASE.json -o summary.pdf`: the printed visit summary from the command line.

Same function as the wizard's export (report.write_report). Enumerated options use argparse
`choices`, so a bad value is refused with the option and the accepted values (exit 2).
"""

from __future__ import annotations

import argparse

from .assessment import Guideline
from .case import Audience
from .cli import CLIError, add_lang_argument, command, load_case_file
from .report import PAPERS

GUIDELINES = [g.value for g in Guideline]
AUDIENCES = [a.value for a in Audience]


def cmd_report(args: argparse.Namespace) -> int:
    from .report import ReportError, write_report

    audience, guideline, paper = args.audience, args.guideline, args.paper
    case = load_case_file(args.case)
    try:
        path = write_report(case, args.output, audience=audience, guideline=guideline, paper=paper,
                            large_print=args.large_print, booklet=args.booklet, lang=args.lang)
    except ReportError as exc:
        raise CLIError(str(exc)) from None
    who = audience or case.audience.value
    size = ", large print" if args.large_print else ""
    book = ", with the evidence booklet" if args.booklet else ""
    print(f"Wrote {path} ({who} view, {guideline}, {paper}{size}{book})")
    return 0


@command
def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="write the printed visit summary (PDF) for a case file",
        description="Write the visit summary as a tagged, accessible PDF. Nothing is sent anywhere.",
    )
    p.add_argument("case", metavar="CASE.json", help="a case file (see `decisionaid schema`)")
    p.add_argument("-o", "--output", required=True, metavar="summary.pdf", help="where to save the PDF")
    p.add_argument("--audience", choices=AUDIENCES,
                   help="whose version (default: the audience saved in the case)")
    p.add_argument("--guideline", default=GUIDELINES[0], choices=GUIDELINES,
                   help=f"guideline set (default: {GUIDELINES[0]})")
    p.add_argument("--paper", default="letter", type=str.lower, choices=list(PAPERS),
                   help="paper size (default: letter)")
    p.add_argument("--large-print", action="store_true", help="base text of 14 pt")
    p.add_argument("--booklet", action="store_true",
                   help="add the evidence booklet (the condition, each option in detail, sources)")
    add_lang_argument(p)
    p.set_defaults(func=cmd_report)


from . import cli_note  # noqa: E402,F401  (registers `decisionaid note` next to `report`)
