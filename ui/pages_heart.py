"""Heart function and rhythm. The patient view keeps only what a patient may have been told."""

from __future__ import annotations

from decisionaid.case import CRT, Heart

from .pages_base import CasePage, grade_choices, tri_field
from .widgets import ComboField, NumberField


class HeartPage(CasePage):

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, parent)
        self.setTitle(self.tr("Heart function and rhythm"))
        self.setSubTitle(self.tr("How well the heart pumps and its rhythm. Leave blank or choose "
                           "“I don't know” for anything not measured."))
        form = self.new_form()
        lvef = NumberField(Heart, "lvef_pct", parent=self.body)
        self.bind(form, "heart", "lvef_pct", lvef, lvef.title,
                  patient_label=self.tr("Pumping strength (ejection fraction, EF)"))
        for name in ("lvesd_mm", "lvesd_index_mm_m2", "la_volume_index_ml_m2", "la_diameter_mm",
                     "pasp_mmhg"):
            field = NumberField(Heart, name, parent=self.body)
            self.bind(form, "heart", name, field, field.title, clinician_only=True)
        self.bind(form, "heart", "atrial_fibrillation",
                  tri_field(self.body, "atrial_fibrillation", self.tr("Atrial fibrillation")),
                  self.tr("Atrial fibrillation"), patient_label=self.tr("Irregular heartbeat (atrial fibrillation)"))
        tr_choices = grade_choices(self)
        self.bind(form, "heart", "tr_grade",
                  ComboField("tr_grade", self.tr("Tricuspid regurgitation grade"), tr_choices, self.body),
                  self.tr("Tricuspid regurgitation grade"), clinician_only=True)
        for name, label in (
            ("serial_lv_change", self.tr("Progressive LV enlargement or falling LVEF on 3 or more studies")),
            ("on_optimal_gdmt", self.tr("On optimal guideline-directed medical therapy (GDMT)")),
        ):
            self.bind(form, "heart", name, tri_field(self.body, name, label), label,
                      clinician_only=True)
        self.bind(form, "heart", "crt",
                  ComboField("crt", self.tr("Cardiac resynchronisation therapy (CRT)"),
                             [(CRT.not_indicated, self.tr("Not indicated")), (CRT.candidate, self.tr("Candidate")),
                              (CRT.implanted, self.tr("Implanted")), (CRT.unknown, self.tr("I don't know"))],
                             self.body),
                  self.tr("Cardiac resynchronisation therapy (CRT)"), clinician_only=True)
        hf = self.tr("Heart-failure hospitalisation in the last year or raised natriuretic peptides")
        self.bind(form, "heart", "hf_hospitalisation_or_raised_np",
                  tri_field(self.body, "hf_hospitalisation_or_raised_np", hf), hf,
                  clinician_only=True)
        for name, label in (
            ("cad_needing_revascularisation", self.tr("Coronary disease needing revascularisation")),
            ("severe_rv_dysfunction", self.tr("Severe RV dysfunction")),
            ("advanced_hf", self.tr("Advanced (stage D) heart failure")),
        ):
            self.bind(form, "heart", name, tri_field(self.body, name, label), label,
                      clinician_only=True)
        self.body_layout.addStretch(1)
