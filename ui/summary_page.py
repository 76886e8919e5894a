"""The last page: create the visit summary (PDF) or print it, without freezing the window.

The PDF is rendered by decisionaid.report in a child process (ui.export); a progress dialog
with Cancel stays responsive meanwhile. Printing goes through the same PDF: QPrintDialog is
not used (it is unavailable offscreen and would bypass the tagged PDF); the summary is rendered
to a private temporary file and opened in the system's PDF viewer to print from there.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from decisionaid.case import Audience

from .controller import CaseController
from .export import REPORT_TARGET, ExportOptions, SummaryExport, prewarm
from .export_progress import ExportProgress
from .option_card import content_language, text_label, ui_content
from .plain import message

_PRINT_DIRS: list[str] = []


@atexit.register
def _remove_print_files() -> None:
    for d in _PRINT_DIRS:
        shutil.rmtree(d, ignore_errors=True)


class SummaryPage(QWizardPage):
    """Create visit summary / Print. `report_target` can point tests at a fixture renderer."""

    report_target: str = REPORT_TARGET

    def __init__(self, controller: CaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.job: SummaryExport | None = None
        self.progress: ExportProgress | None = None
        self.last_path: str | None = None
        self._purpose = "save"
        self.setTitle(self.tr("Your visit summary"))
        self.setSubTitle(
            self.tr("Take the summary to your visit. It lists your situation, the options, what matters to you and your questions.")
        )
        # The page scrolls (up and down only) rather than making the window taller than the
        # screen at the largest text size.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        outer.addWidget(self.scroll)
        inner = QWidget(self.scroll)
        layout = QVBoxLayout(inner)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above
        self.audience_combo = QComboBox(self)
        self.audience_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.audience_combo.setMinimumContentsLength(16)  # may shrink below its longest item
        self.audience_combo.addItem(self.tr("Patient (plain words)"), Audience.patient.value)
        self.audience_combo.addItem(self.tr("Clinician (with guideline tiers and citations)"), Audience.clinician.value)
        self.audience_combo.setAccessibleName(self.tr("Summary written for"))
        form.addRow(self.tr("Summary &for:"), self.audience_combo)
        self.paper_combo = QComboBox(self)
        self.paper_combo.addItem(self.tr("Letter"), "letter")
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        self.paper_combo.setCurrentIndex(0 if us else 1)
        self._default_paper = self.paper_combo.currentData()
        form.addRow(self.tr("&Paper size:"), self.paper_combo)
        self.large_print = QCheckBox(self.tr("&Large print"), self)
        self.large_print.setAccessibleName(self.tr("Large print"))
        form.addRow("", self.large_print)
        self.booklet = QCheckBox(self.tr("Add the evidence &booklet"), self)
        self.booklet.setAccessibleName(self.tr("Add the evidence booklet"))
        self.booklet.setToolTip(
            self.tr("Adds more pages: the condition, each option in detail with all its numbers and sources, and the word list.")
        )
        form.addRow("", self.booklet)
        self.guideline_label = text_label("", self)
        self.guideline_label.setObjectName("guideline")
        form.addRow(self.tr("Guideline set:"), self.guideline_label)
        layout.addLayout(form)

        buttons = QGridLayout()  # one under the other: a row of them does not fit at the largest text
        self.create_button = QPushButton(self.tr("&Create visit summary…"), self)
        self.create_button.setAccessibleName(self.tr("Create visit summary"))
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.print_button.setAccessibleName(self.tr("Print the visit summary"))
        self.print_button.setToolTip(self.tr("Opens the summary in your PDF viewer; print it from there."))
        self.open_button = QPushButton(self.tr("&Open the last summary"), self)
        self.open_button.setAccessibleName(self.tr("Open the last summary"))
        self.open_button.setEnabled(False)
        self.note_button = QPushButton(self.tr("Copy &note for the record"), self)
        self.note_button.setAccessibleName(self.tr("Copy note for the medical record"))
        self.note_button.setToolTip(self.tr("Copies a plain-text note for the clinician to paste into the medical record."))
        for i, b in enumerate((self.create_button, self.print_button, self.open_button, self.note_button)):
            buttons.addWidget(b, i, 0)
        buttons.setColumnStretch(1, 1)
        layout.addLayout(buttons)
        self.status = text_label("", self)
        self.status.setObjectName("status")
        layout.addWidget(self.status)
        layout.addWidget(
            text_label(self.tr("Printing opens the summary in your PDF viewer; print it from there."), self)
        )
        layout.addStretch(1)
        self.scroll.setWidget(inner)

        for changed in (self.audience_combo.activated, self.paper_combo.activated,
                        self.large_print.toggled):
            changed.connect(self._remember_choices)
        self.create_button.clicked.connect(self.create_summary)
        self.print_button.clicked.connect(self.print_summary)
        self.open_button.clicked.connect(lambda: self.open_file(self.last_path))
        self.note_button.clicked.connect(self.copy_note)

    # ---------------------------------------------------------------- wizard hooks

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        prewarm()  # WeasyPrint imports in the background while the person reads this page
        saved = self.controller.case.session  # how a saved session left these choices
        idx = self.audience_combo.findData((saved.summary_audience or self.controller.case.audience).value)
        self.audience_combo.setCurrentIndex(max(idx, 0))
        # Not chosen yet (a new session): the defaults, so File ▸ New resets them.
        paper = saved.paper or self._default_paper
        self.paper_combo.setCurrentIndex(max(self.paper_combo.findData(paper), 0))
        self.large_print.blockSignals(True)  # restoring is not a choice: nothing to save
        self.large_print.setChecked(bool(saved.large_print))
        self.large_print.blockSignals(False)
        g = self.controller.guideline.value
        try:
            name = ui_content().labels.get("guideline", {}).get(g, g)
        except Exception:  # noqa: BLE001 - the label is cosmetic; never fail the page for it
            name = g
        self.guideline_label.setText(name)

    def _remember_choices(self, *_args) -> None:
        """Keep the summary choices in the session file (they come back when it is opened)."""
        self.controller.set_session_state(
            summary_audience=self.audience_combo.currentData(),
            paper=self.paper_combo.currentData(), large_print=self.large_print.isChecked())

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API (Back): stop a running export
        self.cancel_export()

    def is_exporting(self) -> bool:
        return self.job is not None and self.job.is_running()

    def cancel_export(self) -> None:
        """Stop a running export (e.g. when the window closes); nothing is written."""
        if self.is_exporting():
            self.job.cancel()

    # ---------------------------------------------------------------- actions

    def options(self) -> ExportOptions:
        return ExportOptions(
            audience=self.audience_combo.currentData(),
            guideline=self.controller.guideline.value,
            paper=self.paper_combo.currentData(),
            large_print=self.large_print.isChecked(),
            booklet=self.booklet.isChecked(),
            lang=content_language(),  # i18n.current() once its content exists
        )

    def copy_note(self) -> str:
        """Put the plain-text clinician note on the clipboard (the core writes it)."""
        from decisionaid.note import case_note

        try:
            text = case_note(self.controller.case, self.controller.guideline.value)
        except Exception as exc:  # noqa: BLE001 - a message for the user, never a crash
            self.status.setText(self.tr("The note could not be made: {reason}").format(reason=exc))
            return ""
        QGuiApplication.clipboard().setText(text)
        self.status.setText(self.tr("The note is on the clipboard. Paste it into the medical record."))
        return text

    def _default_path(self) -> str:
        folder = (
            str(Path(self.last_path).parent)
            if self.last_path
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        name = self.tr("visit-summary-{date}.pdf").format(date=date.today().isoformat())
        return str(Path(folder or Path.home()) / name)

    def create_summary(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the visit summary"), self._default_path(), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.start_export(path, "save")

    def print_summary(self) -> None:
        folder = tempfile.mkdtemp(prefix="mrda-print-")  # private (0700), removed at exit
        _PRINT_DIRS.append(folder)
        self.start_export(str(Path(folder) / self.tr("visit-summary.pdf")), "print")

    def start_export(self, path: str, purpose: str) -> SummaryExport:
        """Start one background export; its outcome arrives through the job's signals."""
        if self.job is not None and self.job.is_running():
            return self.job
        self._purpose = purpose
        self.job = SummaryExport(self.controller.case, path, self.options(), target=self.report_target,
                                 use_worker=True, parent=self)
        self.progress = ExportProgress(self.tr("Creating your visit summary…"), self)
        self.progress.canceled.connect(self.job.cancel)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self._set_busy(True)
        self.progress.show()
        self.job.start()
        return self.job

    def _progress(self, stage: str) -> None:
        texts = {
            "starting": self.tr("Starting…"),
            "rendering": self.tr("Laying out the pages…"),
            "saving": self.tr("Saving…"),
        }
        if self.progress is not None:
            self.progress.show_stage(stage, texts.get(stage, stage))
        self.status.setText(texts.get(stage, stage))

    def _close_progress(self) -> None:
        self._set_busy(False)
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _set_busy(self, busy: bool) -> None:
        for b in (self.create_button, self.print_button):
            b.setEnabled(not busy)

    def _finished(self, path: str) -> None:
        self._close_progress()
        if self._purpose == "print":
            self.status.setText(self.tr("The summary is open in your PDF viewer; print it from there."))
            self.open_file(path)
            return
        self.last_path = path
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("Saved to {path}").format(path=path))
        answer = message(
            "question", self,
            self.tr("Visit summary saved"),
            self.tr("The summary was saved to:\n{path}\n\nOpen it now?").format(path=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_file(path)

    def _failed(self, reason: str) -> None:
        self._close_progress()
        self.status.setText(reason)
        message(
            "warning", self,
            self.tr("Summary not created"),
            reason + "\n\n" + self.tr("Your answers are kept. You can choose another place and try again."),
        )

    def _cancelled(self) -> None:
        self._close_progress()
        self.status.setText(self.tr("Cancelled: no summary was saved."))

    def open_file(self, path: str | None) -> None:
        """Open a local file with the system viewer (a file:// URL, never the network)."""
        if not path:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            message(
                "information", self,
                self.tr("Visit summary"),
                self.tr("No PDF viewer could be started. The summary is at:\n{path}").format(path=path),
            )
