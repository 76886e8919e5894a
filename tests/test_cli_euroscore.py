"""`decisionaid euroscore`: options, JSON file, case file, --json output, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from decisionaid.cli import main

# Hand vignette (tests/test_euroscore_vignettes.py): 78 y woman, 58 kg, creatinine 110 µmol/L,
# LVEF 45, PASP 48, NYHA III, chronic lung disease, mitral operation alone -> 6.19 %, CrCl 34.1.
VIGNETTE_OPTS = ["--age", "78", "--sex", "female", "--weight", "58", "--creatinine", "110",
                 "--creatinine-unit", "umol/L", "--lvef", "45", "--pasp", "48", "--nyha", "III",
                 "--chronic-lung-disease", "--weight-of-procedure", "single_non_cabg"]
VIGNETTE_DICT = dict(age=78, sex="female", weight_kg=58, creatinine=110, creatinine_unit="µmol/L",
                     lvef_pct=45, pasp_mmhg=48, nyha="III", chronic_lung_disease=True,
                     weight_of_procedure="single_non_cabg")


def run(capsys, *argv):
    rc = main(["euroscore", *argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_text_output_from_options(capsys):
    rc, out, err = run(capsys, *VIGNETTE_OPTS)
    assert rc == 0 and not err
    assert "Predicted mortality: 6.19 %" in out
    assert "Creatinine clearance (Cockcroft-Gault): 34.1 mL/min" in out
    assert "Chronic lung disease (yes): +0.1887" in out
    assert "overestimates the risk of transcatheter" in out
    assert "Nashef" in out


def test_json_output(capsys):
    rc, out, _ = run(capsys, *VIGNETTE_OPTS, "--json")
    assert rc == 0
    data = json.loads(out)
    assert round(data["mortality_pct"], 2) == 6.19
    assert data["linear_predictor"] == pytest.approx(-2.7191650, abs=1e-7)
    assert round(data["creatinine_clearance_ml_min"], 2) == 34.12
    contrib = {c["factor"]: c for c in data["contributions"]}
    assert contrib["renal_impairment"]["level"] == "severe"
    assert contrib["age"]["x"] == 19
    assert data["caveats"] and data["factors"]["female"] is True


def test_input_file_and_options_override_it(tmp_path, capsys):
    f = tmp_path / "in.json"
    f.write_text(json.dumps(VIGNETTE_DICT), encoding="utf-8")
    rc, out, _ = run(capsys, "--input", str(f), "--json")
    assert rc == 0 and round(json.loads(out)["mortality_pct"], 2) == 6.19
    # NYHA III -> I removes exactly the NYHA III coefficient from y.
    rc, out, _ = run(capsys, "--input", str(f), "--nyha", "I", "--json")
    assert json.loads(out)["linear_predictor"] == pytest.approx(-2.7191650 - 0.2958358, abs=1e-7)


def test_case_file_with_stored_inputs_takes_the_rest_from_the_case(tmp_path, capsys):
    stored = {k: v for k, v in VIGNETTE_DICT.items() if k not in ("age", "sex", "lvef_pct")}
    case = {"schema_version": 1, "risk": {"age_years": 78, "sex": "female",
                                          "euroscore2_inputs": stored},
            "heart": {"lvef_pct": 45}}
    f = tmp_path / "case.json"
    f.write_text(json.dumps(case), encoding="utf-8")
    rc, out, err = run(capsys, "--input", str(f), "--json")
    assert rc == 0, err
    assert round(json.loads(out)["mortality_pct"], 2) == 6.19


@pytest.mark.parametrize(
    "argv, words",
    [
        (["--age", "17", "--sex", "male"], ["Age", "17", "18–100"]),
        (["--age", "abc"], ["Age", "not a number"]),
        ([*VIGNETTE_OPTS, "--creatinine-unit", "mmol/L"], ["Creatinine unit", "mg/dL"]),
        ([*VIGNETTE_OPTS, "--weight", "300"], ["Weight", "30–250 kg"]),
        ([], ["no inputs"]),
        (["--input", "/nonexistent/in.json"], ["cannot read"]),
    ],
)
def test_errors_are_one_line_with_exit_2(capsys, argv, words):
    rc, out, err = run(capsys, *argv)
    assert rc == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("decisionaid: error:")
    for w in words:
        assert w in err, (w, err)


def test_enumerated_options_are_checked_by_argparse_choices(capsys):
    """Enumerated options list their choices (argparse), before any computation."""
    with pytest.raises(SystemExit) as exc:
        main(["euroscore", *VIGNETTE_OPTS, "--urgency", "soonish"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "argument --urgency: invalid choice: 'soonish'" in err
    assert "'elective', 'urgent', 'emergency', 'salvage'" in err


def test_enumerated_values_in_a_file_are_checked_by_the_model(tmp_path, capsys):
    f = tmp_path / "in.json"
    f.write_text('{"age": 70, "sex": "male", "nyha": "II", "urgency": "soonish"}', encoding="utf-8")
    rc, _, err = run(capsys, "--input", str(f))
    assert rc == 2 and "Urgency" in err and err.count("\n") == 1


@pytest.mark.parametrize("content, words", [("{not json", "not valid JSON"), ("[1, 2]", "JSON object")])
def test_bad_input_files(tmp_path, capsys, content, words):
    f = tmp_path / "bad.json"
    f.write_text(content, encoding="utf-8")
    rc, _, err = run(capsys, "--input", str(f))
    assert rc == 2 and words in err and err.count("\n") == 1


def test_real_entry_point_never_prints_a_traceback(tmp_path):
    r = subprocess.run([sys.executable, "-m", "decisionaid", "euroscore", "--age", "200"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and "Age" in r.stderr
