"""The app's lazy start-up: the first page is shown before the core loads, and nothing is
lost or different when the person acts before the rest is built."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from decisionaid.case import Audience
from test_wizard_helpers import click, click_into, dialogs, type_keys  # noqa: F401
from ui.wizard import PageId

REPO = Path(__file__).resolve().parents[1]

FIRST_PAGE = """
import sys
from PySide6.QtCore import QTimer
from ui.app import create_app, create_main_window
app = create_app(sys.argv[:1])
w = create_main_window(); w.show()
def shown():
    heavy = sorted(m for m in ("pydantic", "yaml", "decisionaid.case", "decisionaid.content",
                               "ui.pages_heart", "ui.results_page", "weasyprint") if m in sys.modules)
    print("HEAVY", heavy, w.wizard.currentId(), flush=True)
    w.close(); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def test_first_page_is_shown_before_pydantic_content_and_other_pages_load(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path),
           "XDG_STATE_HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", FIRST_PAGE], cwd=REPO, env=env, text=True,
                         capture_output=True, timeout=60)
    line = next(x for x in out.stdout.splitlines() if x.startswith("HEAVY"))
    assert line == "HEAVY [] 0", (line, out.stderr[-2000:])


def test_acting_at_once_in_a_lazy_window_works(qtbot, dialogs):
    from ui.main_window import MainWindow

    w = MainWindow(lazy=True, offer_recovery=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    assert not w.is_ready() and w.wizard.currentId() == PageId.START
    click(qtbot, w, "choice.audience=clinician")  # before the rest is built
    click_into(qtbot, w.wizard.start_page.name_edit)
    type_keys(qtbot, "Margaret")
    qtbot.mouseClick(w.wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert w.wizard.currentId() == PageId.TYPE
    assert w.controller.case.audience == Audience.clinician
    assert w.controller.case.patient_name == "Margaret"
    qtbot.waitUntil(w.is_ready, timeout=10000)
    assert w.wizard.review_page is not None and w.sessions is not None
    assert w.help_pane.entries  # the glossary arrived once the core was loaded
    w.sessions.dirty = False
    w.close()
