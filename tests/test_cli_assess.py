"""`decisionaid assess` and `decisionaid example`: output contract and one-line errors."""

from __future__ import annotations

import json

import pytest

from decisionaid.cli import main
from decisionaid.cli_assess import example_names
from decisionaid.rules import assess
from decisionaid.session import parse_case
from decisionaid import resource_files


def test_at_least_8_examples_all_valid_and_described(capsys):
    names = example_names()
    assert len(names) >= 8
    assert main(["example"]) == 0
    listing = capsys.readouterr().out
    for n in names:
        assert n in listing
        parse_case(resource_files.read_text("examples", f"{n}.json"))


@pytest.mark.parametrize("name", example_names())
@pytest.mark.parametrize("guideline", ["acc-aha-2020", "esc-eacts-2025"])
def test_assess_json_is_exactly_the_model_dump(name, guideline, capsys):
    path = str(resource_files.fs_path("examples", f"{name}.json"))
    assert main(["assess", path, "--guideline", guideline, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    case = parse_case(resource_files.read_text("examples", f"{name}.json"))
    assert out == assess(case, guideline).to_json_dict()
    assert {"guideline", "severity", "stage", "emergency", "follow_up", "options", "other_care"} <= set(out)
    assert [o["id"] for o in out["options"]] == [
        "monitoring", "medication", "teer", "surgical_repair", "surgical_replacement", "tmvr"
    ]


def test_example_prints_a_case_that_round_trips(capsys, tmp_path):
    assert main(["example", "acute_severe_emergency"]) == 0
    text = capsys.readouterr().out
    f = tmp_path / "c.json"
    f.write_text(text, encoding="utf-8")
    assert main(["assess", str(f)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("EMERGENCY")
    assert "Options:" in out and "Surgical repair" in out


def test_human_output_names_guideline_and_unverified(capsys):
    path = str(resource_files.fs_path("examples", "primary_high_risk_teer.json"))
    assert main(["assess", path]) == 0
    out = capsys.readouterr().out
    assert "ACC/AHA 2020" in out and "UNVERIFIED" in out and "Stage: D" in out


def test_unknown_example_is_one_line_error(capsys):
    assert main(["example", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope" in err and "home_unknowns" in err


@pytest.mark.parametrize(
    "content,expect",
    [
        ("{not json", "not valid JSON"),
        ('{"heart": {"lvef_pct": 150}}', "accepted range 5–90 %"),
        ('{"mr_type": "weird"}', "Type of MR"),
    ],
)
def test_bad_files_give_one_line_error_and_exit_2(tmp_path, capsys, content, expect):
    f = tmp_path / "bad.json"
    f.write_text(content, encoding="utf-8")
    assert main(["assess", str(f), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and expect in captured.err
    assert captured.err.count("bad.json") == 1  # the file is named once, not repeated
    assert "Traceback" not in captured.err


def test_missing_file_and_bad_guideline(tmp_path, capsys):
    assert main(["assess", str(tmp_path / "missing.json")]) == 2
    assert "missing.json" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["assess", "x.json", "--guideline", "nice-2030"])
    assert exc.value.code == 2


def test_text_names_the_basis_and_prints_classes_only_from_citations(capsys):
    path = str(resource_files.fs_path("examples", "primary_high_risk_teer.json"))
    assert main(["assess", path]) == 0
    out = capsys.readouterr().out
    assert "(the aid's reading: no separate guideline class)" in out
    assert "(guideline class: as cited)" in out
    assert "class IIa / 2a" not in out and "class III / 3" not in out  # no class in tier words
    assert "class 2a, level B-NR]" in out  # the TEER citation (P6), with its own level


def test_acute_example_reads_acute_not_a_stage(capsys):
    path = str(resource_files.fs_path("examples", "acute_severe_emergency.json"))
    assert main(["assess", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["stage"] == "acute" and data["emergency"] is True
    assert {o["id"]: o["basis"] for o in data["options"]}["surgical_repair"] == "aid_reading"
    assert main(["assess", path]) == 0
    assert "Stage: acute – stages apply to chronic MR" in capsys.readouterr().out
