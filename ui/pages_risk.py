"""Surgical risk: STS-PROM, the EuroSCORE II calculator, frailty and the rest, or "don't know".

The risk category shown live comes from decisionaid.risk.categorise_risk, via the controller.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPushButton

from decisionaid.case import Impediment, Risk, Sex

from .pages_base import CasePage, live_label, tri_field
from .widgets import ChoiceField, ComboField, NumberField


class RiskPage(CasePage):

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, parent)
        self.setTitle(self.tr("Surgical risk"))
        self.setSubTitle(self.tr("How risky an operation would be. Scores come from your care team; "
                           "choose “I don't know” if you have none."))
        form = self.new_form()
        age = NumberField(Risk, "age_years", parent=self.body)
        self.bind(form, "risk", "age_years", age, age.title, patient_label=self.tr("Your age"))
        sex = ChoiceField("sex", self.tr("Sex"), [(Sex.female, self.tr("Female")), (Sex.male, self.tr("Male")),
                                            (Sex.unknown, self.tr("Prefer not to say"))],
                          horizontal=True, parent=self.body)
        self.bind(form, "risk", "sex", sex, self.tr("Sex"))
        # Asked only for women: it counts in the choice of valve type.
        label = self.tr("May want to become pregnant in the future")
        self.bind(form, "risk", "pregnancy_wish", tri_field(self.body, "pregnancy_wish", label), label,
                  patient_label=self.tr("Might you want to become pregnant in the future?"))
        sts = NumberField(Risk, "sts_prom_pct", parent=self.body)
        self.bind(form, "risk", "sts_prom_pct", sts, sts.title,
                  patient_label=self.tr("Surgical risk score (STS), if you were given one"))
        self.euro = NumberField(Risk, "euroscore2_pct", parent=self.body)
        self.bind(form, "risk", "euroscore2_pct", self.euro, self.euro.title,
                  patient_label=self.tr("EuroSCORE II, if you were given one"))
        self.calc_button = QPushButton(self.tr("&Calculate EuroSCORE II…"), self.body)
        self.calc_button.setObjectName("euroscoreButton")
        self.calc_button.setAccessibleName(self.tr("Calculate EuroSCORE II"))
        self.calc_button.clicked.connect(self.open_calculator)
        self.euro.add_extra(self.calc_button)
        for name in ("frailty_indices", "organ_systems_compromised"):
            field = NumberField(Risk, name, parent=self.body)
            self.bind(form, "risk", name, field, field.title, clinician_only=True)
        self.bind(form, "risk", "impediment",
                  ComboField("impediment", self.tr("Procedure-specific impediment"),
                             [(Impediment.none, self.tr("None")), (Impediment.possible, self.tr("Possible")),
                              (Impediment.severe, self.tr("Severe")),
                              (Impediment.unknown, self.tr("I don't know"))], self.body),
                  self.tr("Procedure-specific impediment (e.g. porcelain aorta, chest radiation)"),
                  clinician_only=True)
        label = self.tr("Predicted risk of death or major morbidity with surgery over 50% at 1 year")
        self.bind(form, "risk", "prohibitive_predicted",
                  tri_field(self.body, "prohibitive_predicted", label), label, clinician_only=True)
        self.live = live_label(self.body, "derivedRisk")
        self.live.setAccessibleName(self.tr("Surgical risk category"))
        self.body_layout.addWidget(self.live)
        self.body_layout.addStretch(1)
        #: the dialog class (tests may replace it)
        self.dialog_factory = None

    def applies(self, b) -> bool:
        if b.key() == "risk.pregnancy_wish" and self.controller.case.risk.sex != Sex.female:
            return False
        return super().applies(b)

    def on_audience(self, patient: bool) -> None:
        self.calc_button.setVisible(not patient)

    def open_calculator(self) -> None:
        from decisionaid import euroscore as es

        from .pages_euroscore import EuroScoreDialog

        case = self.controller.case
        prefill = {**es.prefill_from_case(case), **(case.risk.euroscore2_inputs or {})}
        factory = self.dialog_factory or EuroScoreDialog
        dialog = factory(prefill, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result is None:
                return
            self.controller.update_sections({"risk": {
                "euroscore2_pct": round(dialog.result.mortality_pct, 2),
                "euroscore2_inputs": dialog.inputs,
            }})
        finally:
            dialog.deleteLater()
        self.controller.mark_unknown("risk.euroscore2_pct", False)
        self.initializePage()

    def refresh(self) -> None:
        d = self.controller.derived()
        names = {"low": self.tr("low"), "intermediate": self.tr("intermediate"),
                 "high": self.tr("high"), "prohibitive": self.tr("prohibitive"),
                 "unknown": self.tr("not known yet")}
        cat = names.get(d["risk"] or "", "—") if d["risk"] else "—"
        text = self.tr("Surgical risk category: %1").replace("%1", cat)
        if not self.is_patient() and d["risk_notes"]:
            text += "\n" + "\n".join(d["risk_notes"])
        self.live.setText(text)
