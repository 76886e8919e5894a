"""Making the summary: stages that mean something, the window stays usable, Escape asks
before it stops (the export itself is tested in test_export*)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from test_wizard_helpers import dialogs  # noqa: F401
from ui.export_progress import STAGES, ExportProgress


def test_stages_move_the_bar_and_name_the_step(qtbot):
    p = ExportProgress("Creating your visit summary…")
    qtbot.addWidget(p)
    p.show()
    assert p.maximum() == len(STAGES) and p.value() == 0  # not an endless bar
    p.show_stage("rendering", "Laying out the pages…")
    assert p.value() == 2 and p.labelText() == "Step 2 of 3: Laying out the pages…"
    assert p.windowModality() == Qt.WindowModality.NonModal  # the window stays usable


def test_escape_asks_before_cancelling(qtbot, dialogs):
    p = ExportProgress("Creating your visit summary…")
    qtbot.addWidget(p)
    p.show()
    cancelled = []
    p.canceled.connect(lambda: cancelled.append(True))
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(p, Qt.Key.Key_Escape)
    assert "Stop making it?" in dialogs.texts("question") and not cancelled and p.isVisible()
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(p, Qt.Key.Key_Escape)
    assert cancelled
