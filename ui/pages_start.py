"""Start page: who is using the aid, which guideline set, and picking up earlier work."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton

from .pages_base import CasePage
from .widgets import ChoiceField


class StartPage(CasePage):
    """Audience first: the patient view skips what a patient cannot know."""

    resume_requested = Signal()
    open_requested = Signal()

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, parent)
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(self.tr(
            "This aid helps you and your care team talk about treatment choices for a leaking "
            "mitral valve (mitral regurgitation). It does not give medical advice."))
        form = self.new_form(self.tr("Who is using the aid?"))
        self.audience = ChoiceField(
            "audience", self.tr("Who is using the aid"),
            [("patient", self.tr("I am a patient (or family member) preparing at home")),
             ("clinician", self.tr("I am a clinician, with a patient"))],
            explanations={
                "patient": self.tr("Plain questions; anything you do not know can be "
                                          "answered “I don't know”."),
                "clinician": self.tr("Echo numbers, risk scores and valve anatomy."),
            },
            parent=self.body,
        )
        self.bind(form, None, "audience", self.audience, self.tr("Who is using it"))
        self.name_edit = QLineEdit(self.body)
        self.name_edit.setObjectName("text.patient_name")
        self.name_edit.setMaxLength(120)
        self.bind(form, None, "patient_name", self.name_edit, self.tr("Name (optional)"))

        self.guideline_form = self.new_form()
        self.guideline = ChoiceField(
            "guideline", self.tr("Guideline set"),
            [("acc-aha-2020", self.tr("ACC/AHA 2020 (United States)")),
             ("esc-eacts-2025", self.tr("ESC/EACTS 2025 (Europe)"))],
            horizontal=True, parent=self.body,
        )
        self.guideline_label = QLabel(self.tr("Guideline set"), self.body)
        self.guideline_form.addRow(self.guideline_label, self.guideline)
        self.guideline.changed.connect(self._guideline_changed)

        row = QHBoxLayout()
        self.resume_button = QPushButton(self.tr("&Resume the unsaved session"), self.body)
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.setAccessibleName(self.tr("Resume the unsaved session"))
        self.open_button = QPushButton(self.tr("&Open a saved session…"), self.body)
        self.open_button.setObjectName("openButton")
        self.open_button.setAccessibleName(self.tr("Open a saved session"))
        row.addWidget(self.resume_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.body_layout.addSpacing(12)
        self.body_layout.addLayout(row)
        self.body_layout.addStretch(1)
        self.resume_button.clicked.connect(self.resume_requested)
        self.open_button.clicked.connect(self.open_requested)
        #: set by the main window: whether an unsaved earlier session can be resumed
        self.resume_available = lambda: False
        # Shown before the core is loaded (start-up): the model's defaults, until
        # initializePage() reads the Case itself.
        self.audience.set_value("patient")
        self.guideline.set_value("acc-aha-2020")
        self.guideline_form.setRowVisible(self.guideline, False)
        self.resume_button.setVisible(False)

    def set_roomy(self, roomy: bool) -> None:
        super().set_roomy(roomy)
        self.guideline.set_roomy(roomy)
        self.guideline_form.setRowWrapPolicy(self._forms[0].rowWrapPolicy())

    def _guideline_changed(self) -> None:
        value = self.guideline.value()
        if value is not None and value != self.controller.guideline:
            self.controller.set_guideline(value)

    def refresh(self) -> None:
        clinician = not self.controller.is_patient()
        self.guideline_form.setRowVisible(self.guideline, clinician)
        self.guideline.set_value(self.controller.guideline)
        self.resume_button.setVisible(bool(self.resume_available()))
