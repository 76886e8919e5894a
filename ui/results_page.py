"""Results: the six options as cards and side by side, in patient or clinician view.

Patient view lists the options neutrally, always in the same order, with no tiers and no
ranking words. Clinician view adds each option's tier, the reasons from the inputs, the cited
recommendations and the missing inputs that would change it (FDA CDS transparency). Both are
re-rendered from the core (controller.assessment) whenever the view or guideline changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from decisionaid.assessment import OPTION_ORDER, Assessment, Guideline
from decisionaid.case import Audience
from decisionaid.content import Content

from .comparison import ComparisonTable
from .controller import CaseController
from .option_card import OptionCard, bullets, text_label, ui_content

def _emergency_label(text: str, parent: QWidget | None, name: str) -> QLabel:
    """White on dark red, bold, following the window's text size: the look comes from the
    window's style sheet (ui/look.py, `emergency` property), which sets the font size too, so
    the label wraps with the same font it is drawn in."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setProperty("emergency", True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ResultsPage(QWizardPage):
    """Options page; reads the Case in initializePage() and re-renders on every switch."""

    def __init__(self, controller: CaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setTitle(self.tr("Your options"))
        self.view = controller.case.audience.value
        self.cards: dict[str, OptionCard] = {}
        self.assessment: Assessment | None = None

        layout = QVBoxLayout(self)
        # One line above everything; the signs to act on come first inside the scrolled options,
        # so that at the largest text size the options keep room.
        self.emergency = _emergency_label("", self, "emergency-banner")
        self.emergency.setAccessibleName(self.tr("Emergency"))
        self.emergency.setVisible(False)
        layout.addWidget(self.emergency)

        # Two rows (label, choice): at the largest text size one row would push the window
        # wider than the screen.
        bar = QGridLayout()
        self.view_combo = QComboBox(self)
        self.view_combo.addItem(self.tr("Patient view"), Audience.patient.value)
        self.view_combo.addItem(self.tr("Clinician view"), Audience.clinician.value)
        self.view_combo.setAccessibleName(self.tr("View"))
        view_label = QLabel(self.tr("&View:"), self)
        view_label.setBuddy(self.view_combo)
        self.guideline_combo = QComboBox(self)
        self.guideline_combo.addItem(self.tr("ACC/AHA 2020"), Guideline.acc_aha_2020.value)
        self.guideline_combo.addItem(self.tr("ESC/EACTS 2025"), Guideline.esc_eacts_2025.value)
        self.guideline_combo.setAccessibleName(self.tr("Guideline set"))
        g_label = QLabel(self.tr("&Guideline set:"), self)
        g_label.setBuddy(self.guideline_combo)
        for row, (label, combo) in enumerate(((view_label, self.view_combo),
                                              (g_label, self.guideline_combo))):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)  # may shrink below its longest item, never sideways
            bar.addWidget(label, row, 0)
            bar.addWidget(combo, row, 1)
        bar.setColumnStretch(1, 1)  # the choices take the width there is (never cut short)
        layout.addLayout(bar)

        self.intro_text = ""
        self.emergency_details = ""
        self.problem = text_label("", self)
        self.problem.setObjectName("problem")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Options and comparison"))
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        # The cards wrap to the width there is: never a sideways scroll at any text size.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName(self.tr("Option cards"))
        self.table = ComparisonTable(self)
        self.tabs.addTab(self.scroll, self.tr("&Options"))
        self.tabs.addTab(self.table, self.tr("&Side by side"))
        layout.addWidget(self.tabs, 1)

        self.view_combo.currentIndexChanged.connect(self._view_chosen)
        self.guideline_combo.currentIndexChanged.connect(self._guideline_chosen)
        self._dirty = True
        controller.changed.connect(self._case_changed)  # also emitted on a guideline switch

    # ---------------------------------------------------------------- wizard hooks

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        case = self.controller.case
        saved = case.session.results_view  # the view a saved session was left in
        self.set_view((saved or case.audience).value, refresh=False)
        self.refresh()

    # ---------------------------------------------------------------- switches

    def set_view(self, view: str, refresh: bool = True) -> None:
        self.view = Audience(view).value
        self.view_combo.blockSignals(True)
        self.view_combo.setCurrentIndex(self.view_combo.findData(self.view))
        self.view_combo.blockSignals(False)
        if refresh:
            self.refresh()

    def _view_chosen(self, _index: int) -> None:
        self.set_view(self.view_combo.currentData())
        self.controller.set_session_state(results_view=self.view)  # kept in the session file

    def _guideline_chosen(self, _index: int) -> None:
        value = self.guideline_combo.currentData()
        if value != self.controller.guideline.value:
            self.controller.set_guideline(value)  # emits changed -> refresh()

    def _case_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    # ---------------------------------------------------------------- rendering

    def refresh(self) -> None:
        """Rebuild everything from the core for the current view and guideline."""
        self._dirty = False
        g = self.controller.guideline.value
        self.guideline_combo.blockSignals(True)
        self.guideline_combo.setCurrentIndex(self.guideline_combo.findData(g))
        self.guideline_combo.blockSignals(False)
        try:
            content = ui_content()
            self.assessment = self.controller.assessment(g)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a crash
            self._show_problem(self.tr("The options cannot be shown right now: {reason}").format(reason=exc))
            return
        self.problem.setVisible(False)
        names = content.labels.get("guideline", {})
        for i in range(self.guideline_combo.count()):
            name = names.get(self.guideline_combo.itemData(i))
            if name:
                self.guideline_combo.setItemText(i, name)
        self._show_emergency(content, self.assessment)
        if self.view == Audience.clinician.value:
            self.intro_text = (
                self.tr(
                    "Clinician view ({guideline}): for each option, the aid's reading of the guideline, "
                    "the inputs behind it, the cited recommendations with their own class and level, "
                    "and the missing inputs that would change it."
                ).format(guideline=self.guideline_combo.currentText())
            )
        else:
            self.intro_text = (
                self.tr(
                    "Options people in your situation discuss with their care team. They are always "
                    "shown in the same order. Open an option to see what it is like, its possible "
                    "benefits and risks, and what happened to groups of 100 people in studies."
                )
            )
        self._build_cards(content, self.assessment)
        self.table.show_options(content, self.assessment, self.view)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
        self.emergency.setVisible(False)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.cards = {}

    def _show_emergency(self, content: Content, assessment: Assessment) -> None:
        if not assessment.emergency:
            self.emergency.setVisible(False)
            self.emergency_details = ""
            return
        sec = content.emergency
        parts = list(sec.paragraphs)
        if sec.bullets:
            parts.append(bullets(sec.bullets))
        self.emergency.setText(sec.title)
        self.emergency_details = "\n".join(parts)
        self.emergency.setVisible(True)

    def _build_cards(self, content: Content, assessment: Assessment) -> None:
        holder = QWidget()
        v = QVBoxLayout(holder)
        self.cards = {}
        if self.emergency_details:
            details = _emergency_label(self.emergency_details, holder, "emergency-details")
            details.setAccessibleName(self.tr("Emergency signs"))
            v.addWidget(details)
        self.intro = text_label(self.intro_text, holder)
        self.intro.setObjectName("intro")
        v.addWidget(self.intro)
        for oid in OPTION_ORDER:
            option = content.options.get(oid.value)
            if option is None:
                continue
            card = OptionCard(option, assessment.option(oid), content, self.view, holder)
            self.cards[oid.value] = card
            v.addWidget(card)
        follow = assessment.follow_up if self.view == Audience.clinician.value else assessment.follow_up_patient
        if follow:
            v.addWidget(text_label(self.tr("Follow-up"), holder, bold=True))
            fl = text_label(follow, holder)
            fl.setObjectName("follow-up")
            v.addWidget(fl)
        others = [(c, content.other_care.get(c.id)) for c in assessment.other_care]
        others = [(c, oc) for c, oc in others if oc is not None]
        if others:
            v.addWidget(text_label(self.tr("Other care to talk about"), holder, bold=True))
            for c, oc in others:
                if self.view == Audience.clinician.value:
                    text = f"{oc.clinician_name}: {oc.clinician_text}"
                    if c.reasons:
                        text += "\n" + bullets(c.reasons)
                else:
                    text = f"{oc.patient_name}: {oc.patient_text}"
                label = text_label(text, holder)
                label.setObjectName(f"other-care-{c.id}")
                v.addWidget(label)
        if self.view == Audience.clinician.value and assessment.warnings:
            v.addWidget(text_label(self.tr("Notes on the inputs"), holder, bold=True))
            v.addWidget(text_label(bullets(assessment.warnings), holder))
        v.addStretch(1)
        old = self.scroll.takeWidget()
        self.scroll.setWidget(holder)
        if old is not None:
            old.deleteLater()
