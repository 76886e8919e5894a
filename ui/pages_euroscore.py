"""The EuroSCORE II calculator dialog: gathers the model's inputs, the core computes.

All arithmetic, categories and caveats come from decisionaid.euroscore; this dialog only
collects values, shows the core's result or its message, and hands the inputs back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from decisionaid import euroscore as es

from .widgets import ChoiceField, ComboField, InlineMessage, NotANumber, NumberField


class EuroScoreDialog(QDialog):
    """Modal calculator; `inputs` and `result` are set when accepted."""

    def __init__(self, prefill: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("EuroSCORE II calculator"))
        self.setObjectName("euroscoreDialog")
        self.result: es.EuroScoreResult | None = None
        self.inputs: dict[str, Any] = {}
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        lay = QVBoxLayout(body)
        form = QFormLayout()
        lay.addLayout(form)
        M = es.EuroScoreInputs
        self.numbers: dict[str, NumberField] = {}
        for name, label in (("age", self.tr("Age")), ("weight_kg", self.tr("Weight")),
                            ("creatinine", self.tr("Serum creatinine")),
                            ("creatinine_clearance_ml_min", self.tr("or creatinine clearance")),
                            ("lvef_pct", self.tr("LVEF")), ("pasp_mmhg", self.tr("PA systolic pressure"))):
            field = NumberField(M, name, label=label, parent=body)
            self.numbers[name] = field
            form.addRow(label, field)
            field.edited.connect(self.recalculate)
            if name == "creatinine":
                self.unit = ComboField("creatinine_unit", self.tr("Creatinine unit"),
                                       [("mg/dL", "mg/dL"), ("µmol/L", "µmol/L")], body)
                form.addRow(self.tr("Creatinine unit"), self.unit)
                self.unit.changed.connect(self.recalculate)
        self.ph = ComboField("es_ph", self.tr("Pulmonary hypertension"), [
            (None, self.tr("Use the PA systolic pressure above")),
            (es.PulmonaryHypertension.none, self.tr("Not raised (PA systolic 30 mmHg or less)")),
            (es.PulmonaryHypertension.moderate, self.tr("Moderate (PA systolic 31–55 mmHg)")),
            (es.PulmonaryHypertension.severe, self.tr("Severe (PA systolic over 55 mmHg)"))], body)
        form.addRow(self.tr("or pulmonary hypertension"), self.ph)
        self.ph.changed.connect(self.recalculate)
        self.sex = ChoiceField("es_sex", self.tr("Sex"), [("female", self.tr("Female")), ("male", self.tr("Male"))],
                               horizontal=True, parent=body)
        form.addRow(self.tr("Sex"), self.sex)
        self.dialysis = QCheckBox(self.tr("On dialysis"), body)
        self.dialysis.setAccessibleName(self.tr("On dialysis"))
        form.addRow("", self.dialysis)
        self.nyha = ComboField("es_nyha", self.tr("NYHA class"),
                               [(c.value, c.value) for c in es.NYHAClass], body)
        form.addRow(self.tr("NYHA class"), self.nyha)
        self.urgency = ComboField("es_urgency", self.tr("Urgency"), [
            (es.Urgency.elective, self.tr("Elective")), (es.Urgency.urgent, self.tr("Urgent")),
            (es.Urgency.emergency, self.tr("Emergency")), (es.Urgency.salvage, self.tr("Salvage"))], body)
        form.addRow(self.tr("Urgency"), self.urgency)
        self.procedure = ComboField("es_weight", self.tr("Weight of the intervention"), [
            (es.ProcedureWeight.single_non_cabg, self.tr("Single non-CABG (e.g. mitral surgery alone)")),
            (es.ProcedureWeight.two_procedures, self.tr("Two procedures (e.g. mitral surgery with CABG)")),
            (es.ProcedureWeight.three_or_more, self.tr("Three or more procedures")),
            (es.ProcedureWeight.isolated_cabg, self.tr("Isolated CABG"))], body)
        form.addRow(self.tr("Weight of the intervention"), self.procedure)
        group = QGroupBox(self.tr("Other factors (tick if present)"), body)
        grid = QGridLayout(group)
        labels = {
            "extracardiac_arteriopathy": self.tr("Extracardiac arteriopathy"),
            "poor_mobility": self.tr("Poor mobility"),
            "previous_cardiac_surgery": self.tr("Previous cardiac surgery"),
            "chronic_lung_disease": self.tr("Chronic lung disease"),
            "active_endocarditis": self.tr("Active endocarditis"),
            "critical_preoperative_state": self.tr("Critical preoperative state"),
            "diabetes_on_insulin": self.tr("Diabetes on insulin"),
            "ccs4_angina": self.tr("CCS class 4 angina"),
            "recent_mi": self.tr("Recent myocardial infarction (within 90 days)"),
            "thoracic_aorta": self.tr("Surgery on the thoracic aorta"),
        }
        self.flags: dict[str, QCheckBox] = {}
        for i, name in enumerate(es.BINARY_FACTORS):
            box = QCheckBox(labels.get(name, name), group)
            box.setObjectName(f"es.{name}")
            box.setAccessibleName(labels.get(name, name))
            box.toggled.connect(self.recalculate)
            self.flags[name] = box
            grid.addWidget(box, i // 2, i % 2)
        lay.addWidget(group)
        for w in (self.sex, self.nyha, self.urgency, self.procedure):
            w.changed.connect(self.recalculate)
        self.dialysis.toggled.connect(self.recalculate)
        self.output = QLabel("—", self)
        self.output.setTextFormat(Qt.TextFormat.PlainText)
        self.output.setObjectName("euroscoreResult")
        self.output.setWordWrap(True)
        self.output.setAccessibleName(self.tr("EuroSCORE II result"))
        outer.addWidget(self.output)
        self.message = InlineMessage(self)
        outer.addWidget(self.message)
        #: nothing is called wrong before the person has typed or chosen anything
        self._touched = False
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Use this result"))
        ok.setAccessibleName(self.tr("Use this result"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.resize(640, 720)
        self._prefill(prefill)
        self.recalculate()

    def _prefill(self, data: dict[str, Any]) -> None:
        for name, field in self.numbers.items():
            if data.get(name) is not None:
                field.set_value(data[name])
        if data.get("sex"):
            self.sex.set_value(data["sex"])
        if data.get("creatinine_unit"):
            self.unit.set_value(es.normalise_unit(data["creatinine_unit"]))
        self.dialysis.setChecked(bool(data.get("dialysis")))
        for key, combo in (("nyha", self.nyha), ("urgency", self.urgency),
                           ("weight_of_procedure", self.procedure)):
            if data.get(key):
                combo.set_value(type(combo.itemData(0))(data[key]))
        for name, box in self.flags.items():
            box.setChecked(bool(data.get(name)))
        if data.get("pulmonary_hypertension") and data.get("pasp_mmhg") is None:
            self.ph.set_value(es.PulmonaryHypertension(data["pulmonary_hypertension"]))

    def raw(self) -> dict[str, Any]:
        """The inputs as EuroScoreInputs reads them; raises NotANumber for bad text."""
        out: dict[str, Any] = {}
        for name, field in self.numbers.items():
            v = field.value()
            if v is not None:
                out[name] = v
        if self.sex.value():
            out["sex"] = self.sex.value()
        if "pasp_mmhg" not in out and self.ph.value() is not None:
            out["pulmonary_hypertension"] = str(self.ph.value())
        out["creatinine_unit"] = self.unit.value()
        out["dialysis"] = self.dialysis.isChecked()
        out["nyha"] = str(self.nyha.value())
        out["urgency"] = str(self.urgency.value())
        out["weight_of_procedure"] = str(self.procedure.value())
        for name, box in self.flags.items():
            out[name] = box.isChecked()
        return out

    def recalculate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.result = None
        ok.setEnabled(False)
        self.output.setText("—")
        for field in self.numbers.values():
            field.set_error("")
        if self.sender() is not None:
            self._touched = True
        try:
            raw = self.raw()
        except NotANumber as exc:
            for field in self.numbers.values():
                try:
                    field.value()
                except NotANumber as bad:
                    field.set_error(str(bad))
            self.message.show_messages([str(exc)])
            return
        missing = [t for key, t in (("age", self.tr("age")), ("sex", self.tr("sex"))) if key not in raw]
        try:
            if missing:
                raise ValueError(self.tr("Still needed: %1.").replace("%1", ", ".join(missing)))
            result = es.calculate(raw)
        except ValueError as exc:
            if self._touched:
                self.message.show_messages([str(exc)])
            else:  # freshly opened: say what to do, not what is wrong
                self.message.show_messages([])
                self.output.setText(self.tr("Fill in the answers above; the result appears here."))
            return
        except Exception as exc:  # noqa: BLE001 - the calculator must never crash the app
            self.message.show_messages([self.tr("Could not calculate: %1").replace("%1", str(exc))])
            return
        self.result, self.inputs = result, raw
        self.message.show_messages([])
        lines = [self.tr("EuroSCORE II: %1% predicted in-hospital mortality after surgery")
                 .replace("%1", f"{result.mortality_pct:.2f}")]
        if result.creatinine_clearance_ml_min is not None:
            lines.append(self.tr("Creatinine clearance (Cockcroft–Gault): %1 mL/min")
                         .replace("%1", f"{result.creatinine_clearance_ml_min:.1f}"))
        lines += [f"• {c}" for c in result.caveats]
        self.output.setText("\n".join(lines))
        ok.setEnabled(True)
