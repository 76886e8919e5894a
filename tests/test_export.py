"""Exporting the visit summary: background child process, cancel, failures that lose nothing,
and the patient's answers (typed into the wizard) printed in the PDF."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

import decisionaid.content
from decisionaid.case import Audience, Case, Preferences
from test_export_fixture_report import FAILING, SLOW, TARGET
from test_results_fixtures import fake_content
from ui.controller import CaseController
from ui.export import ExportOptions, SummaryExport
from ui.summary_page import SummaryPage
from ui.values_page import ValuesPage

WAIT_MS = 90_000  # generous: a spawned interpreter plus a WeasyPrint render on a busy CI box


def pdf_text(path) -> str:
    """The PDF's text with whitespace collapsed (table cells wrap long lines)."""
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages).split())


@pytest.fixture
def dialogs(monkeypatch):
    """Record every dialog instead of blocking; the save dialog answers with `dialogs.save_to`."""

    class Log:
        def __init__(self):
            self.save_to = ""
            self.asked, self.warned, self.informed, self.opened = [], [], [], []

    log = Log()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (log.save_to, "")))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: log.asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    )
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: log.warned.append(a[2])))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: log.informed.append(a[2])))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: log.opened.append(url) or True))
    monkeypatch.setattr(SummaryPage, "report_target", TARGET)
    monkeypatch.setattr(decisionaid.content, "load_content", lambda lang="en": fake_content(lang))
    return log


def make_wizard(qtbot, ctl, *page_classes):
    wizard = QWizard()
    pages = [cls(ctl) for cls in page_classes]
    for p in pages:
        wizard.addPage(p)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard, pages


def test_export_runs_in_a_child_process_while_the_event_loop_ticks(qtbot, tmp_path):
    case = Case(preferences=Preferences(questions=["tick tock"]))
    job = SummaryExport(case, tmp_path / "s.pdf", ExportOptions(), target=TARGET)
    ticks = {"n": 0, "at_finish": None}
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.__setitem__("n", ticks["n"] + 1))
    job.finished.connect(lambda _p: ticks.__setitem__("at_finish", ticks["n"]))
    timer.start()
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as blocker:
        job.start()
        assert job.is_running()  # start() returned before the render was done
        started_at = ticks["n"]
    timer.stop()
    assert blocker.args == [str(tmp_path / "s.pdf")]
    # the timer kept firing while the child rendered: a blocking export would allow none
    assert ticks["at_finish"] - started_at >= 2
    assert "tick tock" in pdf_text(tmp_path / "s.pdf")
    assert (tmp_path / "s.pdf").stat().st_mode & 0o077 == 0  # readable by the user only
    assert not job.is_running()


def test_answers_typed_in_the_wizard_reach_the_case_and_the_pdf(qtbot, tmp_path, dialogs):
    ctl = CaseController(Case(audience=Audience.patient))
    wizard, (values, summary) = make_wizard(qtbot, ctl, ValuesPage, SummaryPage)
    click = lambda b: qtbot.mouseClick(b, Qt.MouseButton.LeftButton)  # noqa: E731
    click(values.rating_groups["durable_fix"].button(4))
    click(values.rating_groups["short_recovery"].button(1))
    qtbot.keyClicks(values.own_edit, "Back to choir singing")
    qtbot.keyClick(values.own_edit, Qt.Key.Key_Return)
    for sid, yes in {"sure": 1, "understand": 0, "risk_benefit": 1, "encouragement": 0}.items():
        click(values.sure_groups[sid].button(yes))
    values.question_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(values.question_edit, "Will I hear a valve click?")
    qtbot.keyClick(values.question_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(values.notes, "Bring the echo report from March.")
    click(wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is summary
    prefs = ctl.case.preferences
    assert prefs.ratings == {"durable_fix": 4, "short_recovery": 1}
    assert prefs.notes == "Bring the echo report from March."
    assert prefs.questions == ["How severe is my leak?", "Will I hear a valve click?"]

    dialogs.save_to = str(tmp_path / "visit")  # no suffix: .pdf is added
    # the notes are printed in the evidence booklet; a check box reacts to its box and words
    qtbot.mouseClick(summary.booklet, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, summary.booklet.height() // 2))
    assert summary.booklet.isChecked()
    click(summary.create_button)
    assert summary.job.is_running() and not summary.create_button.isEnabled()
    qtbot.waitUntil(lambda: not summary.job.is_running(), timeout=WAIT_MS)
    assert dialogs.warned == []
    out = tmp_path / "visit.pdf"
    text = pdf_text(out)
    for expected in (
        "A durable fix",
        "Back to choir singing",
        "How severe is my leak?",
        "Will I hear a valve click?",
        "Bring the echo report from March.",
        "Do you know the benefits and risks of each option?",
        "You said yes to 2 of 4.",
    ):
        assert expected in text, expected
    assert dialogs.asked and str(out) in dialogs.asked[0]
    assert [u.toLocalFile() for u in dialogs.opened] == [str(out)]  # offered, accepted, local file
    assert summary.last_path == str(out) and summary.create_button.isEnabled()


@pytest.mark.parametrize("where", ["missing-folder", "under-a-file", "a-folder"])
def test_unwritable_path_is_reported_and_nothing_is_lost(qtbot, tmp_path, dialogs, where):
    (tmp_path / "afile").write_text("keep")
    (tmp_path / "adir.pdf").mkdir()
    dialogs.save_to = {
        "missing-folder": str(tmp_path / "nope" / "s.pdf"),
        "under-a-file": str(tmp_path / "afile" / "s.pdf"),
        "a-folder": str(tmp_path / "adir.pdf"),
    }[where]
    case = Case(preferences=Preferences(notes="precious"))
    ctl = CaseController(case)
    _, (summary,) = make_wizard(qtbot, ctl, SummaryPage)
    before = ctl.case.model_dump()
    qtbot.mouseClick(summary.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.warned), timeout=WAIT_MS)
    assert ("does not exist" in dialogs.warned[0]) or ("folder" in dialogs.warned[0])
    assert "Your answers are kept" in dialogs.warned[0]
    assert ctl.case.model_dump() == before
    assert (tmp_path / "afile").read_text() == "keep"
    assert summary.create_button.isEnabled() and summary.progress is None


def test_a_failing_render_keeps_the_existing_file(qtbot, tmp_path, dialogs, monkeypatch):
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old summary")
    monkeypatch.setattr(SummaryPage, "report_target", FAILING)
    dialogs.save_to = str(target)
    ctl = CaseController(Case(preferences=Preferences(notes="kept")))
    _, (summary,) = make_wizard(qtbot, ctl, SummaryPage)
    qtbot.mouseClick(summary.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.warned), timeout=WAIT_MS)
    assert "failed on purpose" in dialogs.warned[0]
    assert target.read_bytes() == b"old summary"
    assert ctl.case.preferences.notes == "kept"
    assert summary.status.text().startswith("The summary could not be made")


def test_cancel_stops_the_child_and_writes_nothing(qtbot, tmp_path):
    target = tmp_path / "s.pdf"
    job = SummaryExport(Case(), target, target=SLOW)
    with qtbot.waitSignal(job.progress, timeout=WAIT_MS, check_params_cb=lambda s: s == "rendering"):
        job.start()
    proc = job._proc
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.cancel()
    assert not proc.is_alive()
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    assert not job.is_running()


def test_print_renders_the_same_pdf_and_opens_the_viewer(qtbot, dialogs):
    ctl = CaseController(Case(preferences=Preferences(questions=["print me"])))
    _, (summary,) = make_wizard(qtbot, ctl, SummaryPage)
    qtbot.mouseClick(summary.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.opened), timeout=WAIT_MS)
    path = Path(dialogs.opened[0].toLocalFile())
    assert path.suffix == ".pdf" and "print me" in pdf_text(path)
    assert path.parent.stat().st_mode & 0o077 == 0  # a private folder
    assert "PDF viewer" in summary.status.text()


def test_summary_page_controls_are_named_and_show_the_guideline(qtbot, dialogs):
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    ctl = CaseController(Case(audience=Audience.clinician))
    ctl.set_guideline("esc-eacts-2025")
    _, (summary,) = make_wizard(qtbot, ctl, SummaryPage)
    controls = summary.findChildren(QAbstractButton) + summary.findChildren(QComboBox)
    assert controls and all(w.accessibleName() for w in controls)
    assert summary.guideline_label.text() == "ESC/EACTS 2025"
    assert summary.options() == ExportOptions(
        audience="clinician", guideline="esc-eacts-2025", paper=summary.paper_combo.currentData(), large_print=False
    )


def test_booklet_checkbox_by_keyboard_adds_the_booklet(qtbot, dialogs, tmp_path):
    from PySide6.QtWidgets import QApplication

    ctl = CaseController(Case(preferences=Preferences(notes="only in the booklet")))
    wizard, (summary,) = make_wizard(qtbot, ctl, SummaryPage)
    assert summary.options().booklet is False
    summary.booklet.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is summary.booklet, timeout=WAIT_MS)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert summary.booklet.isChecked() and summary.options().booklet is True
    target = tmp_path / "with-booklet.pdf"
    job = summary.start_export(str(target), "save")
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
        pass
    text = pdf_text(target)
    assert "Evidence booklet" in text and "only in the booklet" in text


def test_copy_note_for_the_record_puts_the_clinician_note_on_the_clipboard(qtbot, dialogs):
    from PySide6.QtGui import QGuiApplication

    ctl = CaseController(Case(preferences=Preferences(questions=["Who does the repair?"])))
    _, (summary,) = make_wizard(qtbot, ctl, SummaryPage)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(summary.note_button, Qt.MouseButton.LeftButton)
    note = QGuiApplication.clipboard().text()
    assert note.startswith("Mitral regurgitation – shared decision-making note")
    assert "Options (tier; cited class / LOE):" in note and "1. Who does the repair?" in note
    assert "clipboard" in summary.status.text()


def test_about_and_glossary_helpers_open_without_blocking(qtbot, dialogs):
    from ui.about_dialog import show_about, show_glossary

    about = show_about()
    qtbot.addWidget(about)
    assert about.isVisible() and "Fake funding." in about.browser.toPlainText()
    gloss = show_glossary(term="Leaflet")
    qtbot.addWidget(gloss)
    assert gloss.definition.text() == "A flap of the valve."
    about.close()
    gloss.close()


def test_the_summary_page_keeps_one_warm_renderer_and_a_cancel_stops_it(qtbot, dialogs, tmp_path):
    from ui import export

    ctl = CaseController(Case(preferences=Preferences(questions=["warm?"])))
    _, (summary,) = make_wizard(qtbot, ctl, SummaryPage)
    assert export._WORKER is not None  # started when the page was shown
    pids = []
    for name in ("one.pdf", "two.pdf"):
        job = summary.start_export(str(tmp_path / name), "save")
        pids.append(job._proc.pid)
        with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
            pass
        assert "warm?" in pdf_text(tmp_path / name)
    assert pids[0] == pids[1] and export._WORKER.proc.pid == pids[0]  # the same warm process
    job = summary.start_export(str(tmp_path / "three.pdf"), "save")
    proc = job._proc
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.cancel()
    assert not proc.is_alive() and not (tmp_path / "three.pdf").exists()
    job = summary.start_export(str(tmp_path / "four.pdf"), "save")  # a fresh worker takes over
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
        pass
    assert job is summary.job and (tmp_path / "four.pdf").is_file()
