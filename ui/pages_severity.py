"""Severity: a stated grade, or echo numbers with the core's derived grade and stage, live."""

from __future__ import annotations

from decisionaid.case import Severity

from .pages_base import CasePage, grade_choices, live_label, tri_field
from .widgets import ChoiceField, NumberField


class SeverityPage(CasePage):

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, parent)
        self.setTitle(self.tr("How severe is the leak?"))
        self.setSubTitle(self.tr("The heart ultrasound (echocardiogram) report usually says how severe "
                           "the leak is."))
        form = self.new_form()
        self.grade = ChoiceField("grade", self.tr("Stated MR grade"), grade_choices(self),
                                 horizontal=True, parent=self.body)
        self.bind(form, "severity", "grade", self.grade, self.tr("Grade in the report"),
                  patient_label=self.tr("What did your care team call the leak?"))
        self.echo_form = self.new_form(self.tr("Echo measurements (leave blank if not measured)"))
        for name in ("vena_contracta_cm", "eroa_cm2", "regurgitant_volume_ml",
                     "regurgitant_fraction_pct"):
            field = NumberField(Severity, name, parent=self.body)
            self.bind(self.echo_form, "severity", name, field, field.title, clinician_only=True)
        titles = {  # literals (lupdate reads them); the same words as the model's titles
            "flail_leaflet": self.tr("Flail leaflet or ruptured papillary muscle"),
            "pv_systolic_reversal": self.tr("Pulmonary-vein systolic flow reversal"),
            "large_central_jet": self.tr("Large central jet (>50% of LA)"),
        }
        for name, title in titles.items():
            self.bind(self.echo_form, "severity", name, tri_field(self.body, name, title),
                      title, clinician_only=True)
        self.live = live_label(self.body, "derivedSeverity")
        self.live.setAccessibleName(self.tr("Derived grade and stage"))
        self.body_layout.addWidget(self.live)
        self.body_layout.addStretch(1)

    def refresh(self) -> None:
        d = self.controller.derived()
        grade = dict(grade_choices(self)).get(d["grade"], d["grade"]) if d["grade"] else "—"
        source = {"echo": self.tr("from the echo numbers"), "stated": self.tr("as stated"),
                  "unknown": self.tr("not known")}.get(d["grade_source"] or "", "")
        stage = d["stage"] or "—"
        text = self.tr("Grade: %1 %2 · Stage: %3").replace("%1", str(grade)) \
            .replace("%2", f"({source})" if source else "").replace("%3", stage)
        if d["thresholds"] and not self.is_patient():
            text += "\n" + self.tr("Thresholds: %1").replace("%1", d["thresholds"])
        self.live.setText(text)
