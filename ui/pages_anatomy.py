"""Valve anatomy and special situations (clinician only; the patient path skips this page)."""

from __future__ import annotations

from decisionaid.case import Leaflets, MRType, PriorMitral

from .pages_base import CasePage, tri_field
from .widgets import ComboField


class AnatomyPage(CasePage):

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, parent)
        self.setTitle(self.tr("Valve anatomy and special situations"))
        self.setSubTitle(self.tr("For the heart team: anatomy from the echo (TTE/TEE) and plans."))
        form = self.new_form()
        self.bind(form, "anatomy", "leaflets", ComboField("leaflets", self.tr("Leaflet involvement"), [
            (Leaflets.posterior_limited, self.tr("Posterior, limited (less than half of the leaflet)")),
            (Leaflets.posterior, self.tr("Posterior")), (Leaflets.anterior, self.tr("Anterior")),
            (Leaflets.bileaflet, self.tr("Both leaflets")), (Leaflets.unknown, self.tr("I don't know"))],
            self.body), self.tr("Leaflet involvement"))
        for name, label in (
            ("durable_repair_likely", self.tr("Successful and durable repair likely")),
            ("teer_suitable", self.tr("Anatomy suitable for TEER")),
            ("severe_mac", self.tr("Severe mitral annular calcification")),
        ):
            self.bind(form, "anatomy", name, tri_field(self.body, name, label), label)
        self.bind(form, "anatomy", "prior_mitral", ComboField("prior_mitral", self.tr("Prior mitral intervention"), [
            (PriorMitral.none, self.tr("None")), (PriorMitral.bioprosthesis, self.tr("Bioprosthesis")),
            (PriorMitral.mechanical, self.tr("Mechanical valve")),
            (PriorMitral.ring, self.tr("Repair with a ring or other material")),
            (PriorMitral.teer_device, self.tr("TEER device")), (PriorMitral.unknown, self.tr("I don't know"))],
            self.body), self.tr("Prior mitral intervention"))
        for section, name, label in (
            ("anatomy", "failing_prior_mitral", self.tr("Prior mitral bioprosthesis or ring failing")),
            ("anatomy", "cabg_planned", self.tr("CABG planned")),
            ("anatomy", "other_cardiac_surgery_planned", self.tr("Other cardiac surgery planned")),
            ("anatomy", "prior_endocarditis", self.tr("Previous endocarditis")),
            ("risk", "life_expectancy_over_1y", self.tr("Life expectancy over 1 year")),
        ):
            self.bind(form, section, name, tri_field(self.body, name, label), label)
        # Asked only for rheumatic MR: with rheumatic stenosis, a DOAC is not used for AF.
        label = self.tr("Rheumatic mitral stenosis with valve area 2.0 cm² or less")
        self.bind(form, "anatomy", "mitral_stenosis", tri_field(self.body, "mitral_stenosis", label), label)
        self.body_layout.addStretch(1)

    def applies(self, b) -> bool:
        if b.key() == "anatomy.mitral_stenosis" and self.controller.case.mr_type != MRType.primary_rheumatic:
            return False
        return super().applies(b)
