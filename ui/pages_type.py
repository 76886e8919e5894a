"""MR type and onset, each with a plain explanation and "I don't know"."""

from __future__ import annotations

from decisionaid.case import AcuteMechanism, MRType, Onset

from .pages_base import CasePage
from .widgets import ChoiceField


class TypePage(CasePage):

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, parent)
        self.setTitle(self.tr("Type of mitral regurgitation"))
        self.setSubTitle(self.tr("What causes the leak, and when it started. "
                                 "Choose “I don't know” if nobody has told you."))
        form = self.new_form(self.tr("What causes the leak?"))
        self.mr_type = ChoiceField(
            "mr_type", self.tr("Type of MR"),
            [(MRType.primary_degenerative, self.tr("Primary, degenerative (floppy or prolapsing valve)")),
             (MRType.primary_rheumatic, self.tr("Primary, rheumatic")),
             (MRType.primary_endocarditis, self.tr("Primary, after endocarditis (valve infection)")),
             (MRType.primary_other, self.tr("Primary, other cause (from birth, radiation, medicines)")),
             (MRType.secondary_ventricular, self.tr("Secondary, ventricular (enlarged or weak heart muscle)")),
             (MRType.secondary_atrial, self.tr("Secondary, atrial (enlarged upper chamber, often with atrial fibrillation)")),
             (MRType.mixed, self.tr("Mixed")),
             (MRType.unknown, self.tr("I don't know"))],
            explanations={
                MRType.primary_degenerative: self.tr("The valve itself is damaged: its flaps are too loose "
                                               "or a cord holding them has broken."),
                MRType.primary_rheumatic: self.tr("The valve was scarred by rheumatic fever, usually many years ago."),
                MRType.secondary_ventricular: self.tr("The valve is normal, but the pumping chamber is "
                                                "stretched, so the flaps no longer meet."),
                MRType.secondary_atrial: self.tr("The valve is normal, but the upper chamber and the ring "
                                           "around the valve have widened."),
                MRType.mixed: self.tr("Both the valve and the heart muscle play a part."),
            },
            parent=self.body,
        )
        self.bind(form, None, "mr_type", self.mr_type, self.tr("Type"))
        form2 = self.new_form(self.tr("When did it start?"))
        self.onset = ChoiceField(
            "onset", self.tr("Onset"),
            [(Onset.chronic, self.tr("Slowly, over months or years (chronic)")),
             (Onset.acute, self.tr("Suddenly, over hours or days (acute)")),
             (Onset.unknown, self.tr("I don't know"))],
            explanations={
                Onset.acute: self.tr("A sudden severe leak is an emergency: it needs care in hospital now."),
            },
            parent=self.body,
        )
        self.bind(form2, None, "onset", self.onset, self.tr("Onset"))
        # Asked only when the onset is acute: the cause decides repair or replacement.
        self.acute_mechanism = ChoiceField(
            "acute_mechanism", self.tr("Cause of the sudden leak"),
            [(AcuteMechanism.papillary_muscle_rupture, self.tr("A torn muscle that holds the valve (papillary-muscle rupture)")),
             (AcuteMechanism.chordal_rupture, self.tr("A torn cord that holds the valve (chordal rupture)")),
             (AcuteMechanism.endocarditis, self.tr("An infection of the valve now (active endocarditis)")),
             (AcuteMechanism.other, self.tr("Another cause")),
             (AcuteMechanism.unknown, self.tr("I don't know"))],
            parent=self.body,
        )
        self.acute_mechanism.setAccessibleName(self.tr("Cause of the sudden leak"))
        self.bind(form2, None, "acute_mechanism", self.acute_mechanism, self.tr("Cause of the sudden leak"))
        self.body_layout.addStretch(1)

    def applies(self, b) -> bool:
        if b.key() == "acute_mechanism" and self.controller.case.onset != Onset.acute:
            return False
        return super().applies(b)
