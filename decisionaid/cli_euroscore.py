"""`decisionaid euroscore`: EuroSCORE II from options or a JSON file, as text or JSON.

Numbers are taken as text and validated by the EuroScoreInputs model, so every bad value
gets the same one-line message (field and accepted range) as in the app; exit status 2.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from . import i18n, resource_files
from .cli import CLIError, command
from .euroscore import (
    BINARY_FACTORS,
    EuroScoreResult,
    LVFunction,
    NYHAClass,
    ProcedureWeight,
    PulmonaryHypertension,
    Urgency,
    calculate,
    prefill_from_case,
)

# option name -> (EuroScoreInputs field, help). Numbers are validated by the model (the same
# message as in the app); help text is %-formatted by argparse, so a literal percent is "%%".
_VALUE_OPTIONS = {
    "--age": ("age", "age in years (18-100)"),
    "--weight": ("weight_kg", "weight in kg (30-250), for Cockcroft-Gault"),
    "--creatinine": ("creatinine", "serum creatinine, in --creatinine-unit"),
    "--creatinine-unit": ("creatinine_unit", "mg/dL (default) or umol/L (µmol/L)"),
    "--crcl": ("creatinine_clearance_ml_min", "creatinine clearance in mL/min, if known instead"),
    "--lvef": ("lvef_pct", "LV ejection fraction in %% (5-90)"),
    "--pasp": ("pasp_mmhg", "PA systolic pressure in mmHg (10-150)"),
}
# enumerated options: argparse checks them against the model's own choices
_CHOICE_OPTIONS = {
    "--sex": ("sex", ["female", "male"], "sex"),
    "--lv-function": ("lv_function", [v.value for v in LVFunction], "LV function category if no LVEF"),
    "--pulmonary-hypertension": ("pulmonary_hypertension", [v.value for v in PulmonaryHypertension],
                                 "if no PASP"),
    "--nyha": ("nyha", [v.value for v in NYHAClass], "NYHA class"),
    "--urgency": ("urgency", [v.value for v in Urgency], "default: elective"),
    "--weight-of-procedure": ("weight_of_procedure", [v.value for v in ProcedureWeight],
                              "default: single_non_cabg (a mitral operation alone); "
                              "two_procedures: e.g. mitral + CABG"),
}


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


@command
def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "euroscore",
        help="compute EuroSCORE II (predicted in-hospital mortality after heart surgery)",
        description="EuroSCORE II (Nashef et al. 2012). Give the inputs as options or in a JSON "
        "file (--input); options override the file. A surgical score: it overestimates the "
        "risk of transcatheter procedures.",
    )
    p.add_argument("--input", metavar="FILE",
                   help="JSON file: EuroSCORE II inputs, or a case file with risk.euroscore2_inputs")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    for opt, (_, help_text) in _VALUE_OPTIONS.items():
        p.add_argument(opt, metavar="VALUE", help=help_text)
    for opt, (_, choices, help_text) in _CHOICE_OPTIONS.items():
        p.add_argument(opt, choices=choices, help=help_text)
    p.add_argument("--dialysis", action="store_true", default=None, help="on dialysis")
    for name in BINARY_FACTORS:
        p.add_argument(_flag(name), action="store_true", default=None,
                       help=name.replace("_", " "))
    p.set_defaults(func=cmd_euroscore)


def _read_input(path: str) -> dict[str, Any]:
    from .session import SessionError, read_json_file

    try:
        data = read_json_file(path)  # regular file, size, nesting and number-length limits
    except SessionError as exc:
        raise CLIError(str(exc)) from None
    if not isinstance(data, dict):
        raise CLIError(f"{path}: expected a JSON object of EuroSCORE II inputs")
    if "risk" in data or "schema_version" in data:  # a case file
        from .cli import load_case_file

        case = load_case_file(path)
        stored = case.risk.euroscore2_inputs or {}
        return {**prefill_from_case(case), **stored}
    return data


def gather_inputs(args: argparse.Namespace) -> dict[str, Any]:
    raw: dict[str, Any] = _read_input(args.input) if args.input else {}
    fields = {opt: spec[0] for opt, spec in (*_VALUE_OPTIONS.items(), *_CHOICE_OPTIONS.items())}
    for opt, field in fields.items():
        value = getattr(args, opt[2:].replace("-", "_"))
        if value is not None:
            raw[field] = value
    for name in ("dialysis", *BINARY_FACTORS):
        if getattr(args, name) is not None:
            raw[name] = True
    return raw


def format_text(result: EuroScoreResult, lang: str | None = None) -> str:
    lang = lang or i18n.current()  # None: the language in use
    text = i18n.load_overlaid("risk", "en.yaml", lang=lang)
    lab, names = text["euroscore_labels"], text["factor_labels"]
    lines = [lab["title"], f"{lab['mortality']}: {result.mortality_pct:.2f} %"]
    if result.creatinine_clearance_ml_min is not None:
        lines.append(f"{lab['crcl']}: {result.creatinine_clearance_ml_min:.1f} mL/min")
    lines.append(f"{lab['linear_predictor']}: {result.linear_predictor:.4f}")
    lines.append(f"{lab['contributions']}:")
    for c in result.contributions:
        if c.contribution:
            lines.append(f"  {names[c.factor]} ({c.level}): {c.contribution:+.4f}")
    lines.append(f"{lab['caveats']}:")
    lines += [f"  - {c}" for c in result.caveats]
    lines.append(f"{lab['source']}: {result.citation}")
    return "\n".join(lines)


def cmd_euroscore(args: argparse.Namespace) -> int:
    raw = gather_inputs(args)
    if not raw:
        raise CLIError("euroscore: no inputs; give options (see --help) or --input FILE")
    try:
        result = calculate(raw)
    except ValueError as exc:
        raise CLIError(f"euroscore: {exc}") from None
    if args.json:
        print(json.dumps(result.model_dump(mode="json"), indent=2, ensure_ascii=False))
    else:
        print(format_text(result))
    return 0
