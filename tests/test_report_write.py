"""Saving the summary: atomic, user-only, clear errors, never a damaged existing file; and the
`decisionaid report` command's options and messages. Rendering is replaced by a stub here
(render_case_pdf), so these tests are about files and messages, not layout.
"""

from __future__ import annotations

import os
import stat

import pytest

from decisionaid import report, session
from decisionaid.cli import main
from test_report_units import fake_case

FAKE_PDF = b"%PDF-1.7 fake summary\n"


@pytest.fixture
def stub_render(monkeypatch):
    calls = []

    def fake(case, **kw):
        calls.append(kw)
        return FAKE_PDF

    monkeypatch.setattr(report, "render_case_pdf", fake)
    return calls


def test_write_creates_user_only_file(tmp_path, stub_render):
    out = report.write_report(fake_case(), tmp_path / "summary.pdf", audience="clinician", paper="a4")
    assert out.read_bytes() == FAKE_PDF
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stub_render[0]["audience"] == "clinician" and stub_render[0]["paper"] == "a4"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]  # no temporary file left


def test_missing_folder_is_a_clear_error_before_rendering(tmp_path, stub_render):
    with pytest.raises(report.ReportError, match="does not exist"):
        report.write_report(fake_case(), tmp_path / "nope" / "summary.pdf")
    assert stub_render == []


def test_folder_as_target_is_a_clear_error(tmp_path, stub_render):
    with pytest.raises(report.ReportError, match="is a folder"):
        report.write_report(fake_case(), tmp_path)


def test_failed_rename_keeps_existing_file_and_leaves_no_temp(tmp_path, stub_render, monkeypatch):
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old summary")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(session.os, "replace", refuse)
    with pytest.raises(report.ReportError, match="Cannot save the summary.*Permission denied"):
        report.write_report(fake_case(), target)
    assert target.read_bytes() == b"old summary"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_render_failure_keeps_existing_file(tmp_path, monkeypatch):
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old summary")

    def broken(case, **kw):
        raise report.ReportError("The summary could not be created: boom")

    monkeypatch.setattr(report, "render_case_pdf", broken)
    with pytest.raises(report.ReportError, match="boom"):
        report.write_report(fake_case(), target)
    assert target.read_bytes() == b"old summary"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_read_only_folder_is_a_clear_error(tmp_path, stub_render):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "summary.pdf").write_bytes(b"old summary")
    folder.chmod(0o500)
    try:
        with pytest.raises(report.ReportError, match="not writable"):
            report.write_report(fake_case(), folder / "summary.pdf")
        assert (folder / "summary.pdf").read_bytes() == b"old summary"
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_folder_nobody_can_write_is_a_clear_error(stub_render):
    """Even root cannot create files in /proc: the unwritable-path error path runs in CI too."""
    # root passes the access check and fails on write; anyone else is stopped by the check
    with pytest.raises(report.ReportError, match=r"Cannot save the summary.*/proc\b"):
        report.write_report(fake_case(), "/proc/summary.pdf")
    assert not os.path.exists("/proc/summary.pdf")


def test_unknown_guideline_is_a_clear_error():
    with pytest.raises(report.ReportError, match="Guideline: 'nice-2019' is not one of"):
        report.render_case_pdf(fake_case(), guideline="nice-2019")


# ---------------------------------------------------------------- CLI


@pytest.fixture
def case_file(tmp_path):
    path = tmp_path / "case.json"
    case = fake_case()  # its ratings name the fake content's features, which a real load refuses
    case = case.model_copy(update={"preferences": case.preferences.model_copy(update={"ratings": {}})})
    session.write_case(case, path)
    return path


def test_cli_report_writes_pdf(case_file, tmp_path, stub_render, capsys):
    out = tmp_path / "s.pdf"
    rc = main(["report", str(case_file), "-o", str(out), "--audience", "clinician",
               "--guideline", "esc-eacts-2025", "--paper", "a4", "--large-print"])
    assert rc == 0
    assert out.read_bytes() == FAKE_PDF
    assert stub_render == [{"audience": "clinician", "guideline": "esc-eacts-2025", "paper": "a4",
                            "large_print": True, "lang": "en", "booklet": False}]
    assert "Wrote" in capsys.readouterr().out
    stub_render.clear()
    assert main(["report", str(case_file), "-o", str(out), "--booklet"]) == 0
    assert stub_render[0]["booklet"] is True
    assert "with the evidence booklet" in capsys.readouterr().out


@pytest.mark.parametrize("extra,needle", [
    (["--paper", "legal"], "argument --paper: invalid choice: 'legal' (choose from letter, a4)"),
    (["--audience", "nurse"], "argument --audience: invalid choice: 'nurse' (choose from patient, clinician)"),
    (["--guideline", "x"], "argument --guideline: invalid choice: 'x' (choose from acc-aha-2020, esc-eacts-2025)"),
])
def test_cli_bad_option_names_it_and_the_choices_exit_2(case_file, tmp_path, stub_render, capsys, extra, needle):
    with pytest.raises(SystemExit) as exc:
        main(["report", str(case_file), "-o", str(tmp_path / "s.pdf"), *extra])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and needle.replace("'", "") in err.replace("'", "") and "Traceback" not in err
    assert stub_render == []


def test_cli_bad_paths_are_one_line_exit_2(case_file, tmp_path, stub_render, capsys):
    assert main(["report", str(tmp_path / "missing.json"), "-o", str(tmp_path / "s.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["report", str(case_file), "-o", str(tmp_path / "no" / "s.pdf")]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and err.count("\n") == 1 and "Traceback" not in err
