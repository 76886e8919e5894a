"""End to end on the real core: answers given on the values page are printed by the real report
(decisionaid.report.write_report, run in the export child process)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from decisionaid.content import load_content
from decisionaid.session import read_case
from test_export import WAIT_MS, pdf_text
from ui.controller import CaseController
from ui.summary_page import SummaryPage
from ui.values_page import ValuesPage

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "examples" / "primary_c2_lv_dysfunction.json"


def test_values_reach_the_real_pdf(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    if not EXAMPLE.exists():
        pytest.skip("example case not available")
    warned, opened = [], []
    out = tmp_path / "real.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warned.append(a[2])))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))

    content = load_content("en")
    ctl = CaseController(read_case(EXAMPLE))
    ctl.update("preferences", ratings={}, own_priorities=[], sure={}, questions=[], notes="")
    wizard = QWizard()
    values, summary = ValuesPage(ctl), SummaryPage(ctl)
    wizard.addPage(values)
    wizard.addPage(summary)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    click = lambda b: qtbot.mouseClick(b, Qt.MouseButton.LeftButton)  # noqa: E731
    first, second = content.values[0], content.values[1]
    click(values.rating_groups[first.id].button(4))
    click(values.rating_groups[second.id].button(3))
    for item in content.sure:
        click(values.sure_groups[item.id].button(0 if item.id == "encouragement" else 1))
    values.question_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(values.question_edit, "Could I drive home after the repair?")
    qtbot.keyClick(values.question_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(values.notes, "My son will drive me to the clinic on Tuesday.")
    click(wizard.button(QWizard.WizardButton.NextButton))
    assert ctl.case.preferences.ratings == {first.id: 4, second.id: 3}

    click(summary.create_button)
    qtbot.waitUntil(lambda: not summary.job.is_running(), timeout=WAIT_MS)
    assert warned == []
    text = pdf_text(out)
    for expected in (
        first.label,
        second.label,
        content.questions[0].text,
        "Could I drive home after the repair?",
        "My son will drive me to the clinic on Tuesday.",
        " ".join(content.sure[3].text.split()),
    ):
        assert expected in text, expected
    assert opened == []  # the user said No to "open it now?"
