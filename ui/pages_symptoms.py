"""Symptoms: the everyday checklist, an NYHA helper in plain words, and the red flags."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout

from decisionaid.case import NYHA, RedFlag, Symptom

from .pages_base import CasePage
from .widgets import CheckList, ChoiceField


class SymptomsPage(CasePage):

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, parent)
        self.setTitle(self.tr("Symptoms"))
        self.setSubTitle(self.tr("Tick everything you have noticed in the last few weeks."))

        flags = QFrame(self.body)
        flags.setObjectName("redFlagFrame")
        flags.setStyleSheet("QFrame#redFlagFrame { border: 2px solid #b00020; padding: 4px; }")
        box = QVBoxLayout(flags)
        question = QLabel(self.tr("<b>Do you have any of these right now?</b>"), flags)
        question.setWordWrap(True)
        box.addWidget(question)
        self.red_flags = CheckList(
            "red_flags", self.tr("Emergency symptoms"),
            [(RedFlag.severe_breathless_rest, self.tr("Severe shortness of breath at rest")),
             (RedFlag.pink_frothy_sputum, self.tr("Coughing up pink, frothy spit")),
             (RedFlag.chest_pain_rest, self.tr("Chest pain at rest")),
             (RedFlag.fainting, self.tr("Fainting or passing out")),
             (RedFlag.stroke_signs, self.tr("Signs of a stroke: face drooping, arm weakness, speech trouble")),
             (RedFlag.racing_heartbeat, self.tr("A racing heartbeat that will not slow down"))],
            parent=flags,
        )
        box.addWidget(self.red_flags)
        self.body_layout.addWidget(flags)
        self.bind(None, "symptoms", "red_flags", self.red_flags, self.tr("Emergency symptoms"))

        form = self.new_form(self.tr("Everyday symptoms"))
        self.none_reported = QCheckBox(self.tr("I have no symptoms"), self.body)
        self.none_reported.setObjectName("check.none_reported")
        self.bind(form, "symptoms", "none_reported", self.none_reported, self.tr("No symptoms"))
        self.everyday = CheckList(
            "everyday", self.tr("Everyday symptoms"),
            [(Symptom.breathless_exertion, self.tr("Short of breath when active")),
             (Symptom.breathless_rest, self.tr("Short of breath at rest")),
             (Symptom.breathless_lying_flat, self.tr("Short of breath lying flat")),
             (Symptom.waking_breathless, self.tr("Waking at night short of breath")),
             (Symptom.fatigue, self.tr("Tired or weak (fatigue)")),
             (Symptom.swelling, self.tr("Swollen legs, ankles or feet")),
             (Symptom.cough, self.tr("Cough that does not go away")),
             (Symptom.palpitations, self.tr("Heart pounding, fluttering or skipping (palpitations)")),
             (Symptom.feeling_faint, self.tr("Feeling dizzy or faint")),
             (Symptom.chest_pain_atypical, self.tr("Chest discomfort")),
             (Symptom.reduced_exercise, self.tr("Can do less than before")),
             (Symptom.night_urination, self.tr("Getting up at night to pass urine"))],
            parent=self.body,
        )
        self.bind(form, "symptoms", "everyday", self.everyday, self.tr("Symptoms"))
        form2 = self.new_form(self.tr("How much do symptoms limit you? (NYHA class)"))
        self.nyha = ChoiceField(
            "nyha", self.tr("NYHA class"),
            [(NYHA.I, self.tr("Class I: no limits; ordinary activity causes no symptoms")),
             (NYHA.II, self.tr("Class II: slight limits; fine at rest, ordinary activity (like climbing "
                         "stairs) causes symptoms")),
             (NYHA.III, self.tr("Class III: marked limits; fine at rest, but less than ordinary "
                          "activity (like walking across a room) causes symptoms")),
             (NYHA.IV, self.tr("Class IV: symptoms even at rest; any activity makes them worse")),
             (NYHA.unknown, self.tr("I don't know"))],
            parent=self.body,
        )
        self.bind(form2, "symptoms", "nyha", self.nyha, self.tr("NYHA class"),
                  patient_label=self.tr("Which fits you best?"))
        self.body_layout.addStretch(1)
