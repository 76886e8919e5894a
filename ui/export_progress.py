"""The visit-summary progress window: real stages, the main window stays usable, and Escape
asks before it stops the work.

Why stages: an endless bar says nothing; the export reports "starting", "rendering" (the long
part) and "saving", so the bar moves by stage and the text names it. Why not modal: the person
may keep reading the options while the summary is made in the child process.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

#: the export's stages, in order (ui.export.SummaryExport.progress)
STAGES = ("starting", "rendering", "saving")


class ExportProgress(QProgressDialog):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, self.tr("Cancel"), 0, len(STAGES), parent)
        self.setWindowTitle(self.tr("Visit summary"))
        self.setAccessibleName(self.tr("Creating the visit summary"))
        self.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setValue(0)

    def show_stage(self, stage: str, text: str) -> None:
        step = STAGES.index(stage) + 1 if stage in STAGES else self.value()
        self.setValue(step)
        self.setLabelText(self.tr("Step %1 of %2: %3").replace("%1", str(step))
                          .replace("%2", str(len(STAGES))).replace("%3", text))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Escape asks first
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            answer = QMessageBox.question(
                self, self.tr("Stop making the summary?"),
                self.tr("The visit summary is not finished. Stop making it? Your answers are kept."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self.canceled.emit()  # as the Cancel button does (it also resets the dialog)
            return
        super().keyPressEvent(event)
