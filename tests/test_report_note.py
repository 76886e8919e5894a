"""`decisionaid note`: the plain-text clinician note for the medical record."""

from __future__ import annotations

import pytest

from decisionaid import report, resource_files, session
from decisionaid.assessment import Guideline
from decisionaid.cli import main
from decisionaid.content import load_content
from decisionaid.note import clinician_note
from decisionaid.rules import assess

EXAMPLE = resource_files.fs_path("examples", "secondary_ventricular_coapt.json")
N = report.report_strings("en")["note"]


def test_note_has_situation_options_with_cited_classes_priorities_sure_and_questions(tmp_path, capsys):
    case = session.read_case(EXAMPLE)
    prefs = case.preferences.model_copy(update={
        "ratings": {load_content().values[0].id: 4},
        "own_priorities": ["Stay at home\nwith my dog"],
        "questions": ["Who does the clip here?", "Line one\x1b[31m\nline two"],
        "sure": {"sure": False, "understand": True, "risk_benefit": True, "encouragement": True},
    })
    path = tmp_path / "case.json"
    session.write_case(case.model_copy(update={"preferences": prefs}), path)
    assert main(["note", str(path), "--guideline", "esc-eacts-2025"]) == 0
    out = capsys.readouterr().out
    for heading in ("situation", "options", "priorities", "own_words", "sure", "questions", "follow_up"):
        assert N[heading] in out, heading
    a = assess(session.read_case(path), Guideline.esc_eacts_2025)
    for o in a.options:  # each option's line carries exactly its own cited class lines
        line = next(ln for ln in out.splitlines() if ln.startswith(f"- {load_content().labels['option'][o.id.value]}:"))
        cites = report._class_lines(o, load_content())
        for c in cites:
            assert f"{c.society} {c.year} §{c.section} {c.class_}/{c.loe}" in line
        if not cites:
            assert N["no_class"] in line
    assert '"Stay at home with my dog"' in out  # free text kept on one line
    assert "  2. Line one [31m line two" in out and "\x1b" not in out
    assert "4/4" not in out and "3/4 (" in out and "answered no: " in out


def test_note_matches_the_core_function_and_a_bad_guideline_is_refused(capsys):
    case = session.read_case(EXAMPLE)
    text = clinician_note(case, assess(case, Guideline.acc_aha_2020), load_content())
    assert main(["note", str(EXAMPLE)]) == 0
    assert capsys.readouterr().out == text
    with pytest.raises(SystemExit) as exc:
        main(["note", str(EXAMPLE), "--guideline", "x"])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "argument --guideline: invalid choice: 'x'" in err
