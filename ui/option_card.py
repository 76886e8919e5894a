"""One option as a card: its name and one line, and (clinician view) the guideline's take on it.

A toggle expands the card to what the option is, what it is like, benefits and risks side by
side in equal detail, and its key numbers as icon arrays of 100 people with source and
uncertainty. All words and numbers come from decisionaid content and the Assessment; this
module only lays them out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from decisionaid.assessment import OptionResult, citation_qualifier
from decisionaid.content import Content, KeyNumber, OptionContent

from .icon_array_widget import IconArrayWidget


def text_label(text: str, parent: QWidget | None = None, *, bold: bool = False, name: str = "") -> QLabel:
    """A plain-text, word-wrapped label (content is never interpreted as HTML)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:  # the window's style sheet (ui/look.py) draws it bold at the window's text size
        label.setProperty("bold", True)
    if name:
        label.setAccessibleName(name)
    return label


def bullets(items: list[str]) -> str:
    return "\n".join(f"• {item}" for item in items)


def tier_label(content: Content, tier: str) -> str:
    return content.labels.get("tier", {}).get(tier, tier.replace("_", " "))


class OptionCard(QFrame):
    """A card for one option in one view ('patient' or 'clinician')."""

    def __init__(
        self,
        option: OptionContent,
        result: OptionResult | None,
        content: Content,
        view: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.option_id = option.id
        self.view = view
        self.setObjectName(f"option-card-{option.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        wording = option.clinician if view == "clinician" else option.patient
        self.setAccessibleName(wording.name)

        layout = QVBoxLayout(self)
        layout.addWidget(text_label(wording.name, self, bold=True))
        layout.addWidget(text_label(wording.short, self))
        self.tier_label: QLabel | None = None
        if view == "clinician" and result is not None:
            self._add_clinician_basis(layout, result, content)

        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setText(self.tr("Details"))
        self.toggle.setAccessibleName(self.tr("Show details of {name}").format(name=wording.name))
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.toggled.connect(self.set_expanded)
        # The button keeps one short word; what the details hold wraps beside it, so at the
        # largest text size the card is never wider than the window.
        row = QHBoxLayout()
        row.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text_label(self.tr("What it is, what it is like, benefits, risks and numbers"),
                                 self), 1)
        layout.addLayout(row)

        self.details = self._build_details(option, wording, content)
        self.details.setVisible(False)
        layout.addWidget(self.details)

    def set_expanded(self, on: bool) -> None:
        if self.toggle.isChecked() != on:
            self.toggle.setChecked(on)
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.details.setVisible(on)

    # ---------------------------------------------------------------- clinician basis

    def _add_clinician_basis(self, layout: QVBoxLayout, result: OptionResult, content: Content) -> None:
        self.tier_label = text_label(
            self.tr("The aid's reading of the guideline: {tier}").format(tier=tier_label(content, result.tier.value)),
            self,
            bold=True,
        )
        self.tier_label.setObjectName("tier")
        layout.addWidget(self.tier_label)
        if result.tier.value != "needs_information":
            basis = content.labels.get("basis", {}).get(result.basis.value, result.basis.value)
            self.basis_label = text_label(basis, self)
            self.basis_label.setObjectName("basis")
            layout.addWidget(self.basis_label)
        if result.reasons:
            layout.addWidget(text_label(self.tr("Why (from the inputs):"), self))
            layout.addWidget(text_label(bullets(result.reasons), self))
        for cit in result.recommendations:
            flag = (
                self.tr("verified against the guideline text")
                if cit.verified
                else self.tr("NOT verified against the guideline text")
            )
            line = self.tr("{society} {year}, {section}: class {cls}, level of evidence {loe} ({flag}). {text}").format(
                society=cit.society,
                year=cit.year,
                section=cit.section,
                cls=cit.class_,
                loe=cit.loe,
                flag=flag,
                text=cit.text,
            )
            q = citation_qualifier(result, cit)
            if q:
                line = f"{content.labels['citation_qualifier'][q]}: {line}"
            cl = text_label(line, self)
            cl.setObjectName("citation")
            layout.addWidget(cl)
        if result.missing:
            ml = text_label(
                self.tr("Would change with these missing inputs: {items}").format(items="; ".join(result.missing)),
                self,
            )
            ml.setObjectName("missing")
            layout.addWidget(ml)

    # ---------------------------------------------------------------- details

    def _build_details(self, option: OptionContent, wording, content: Content) -> QWidget:
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(12, 0, 0, 0)
        v.addWidget(text_label(self.tr("What it is"), box, bold=True))
        v.addWidget(text_label(wording.what_it_is, box))

        v.addWidget(text_label(self.tr("What it is like"), box, bold=True))
        form = QFormLayout()
        for title, value in living_rows(self, wording.what_it_is_like):
            form.addRow(text_label(title, box), text_label(value, box))
        v.addLayout(form)

        grid = QGridLayout()
        grid.addWidget(text_label(self.tr("Possible benefits"), box, bold=True), 0, 0)
        grid.addWidget(text_label(self.tr("Possible risks"), box, bold=True), 0, 1)
        grid.addWidget(text_label(bullets(wording.benefits), box), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text_label(bullets(wording.risks), box), 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        v.addLayout(grid)

        v.addWidget(text_label(self.tr("Key numbers: out of 100 people"), box, bold=True))
        for kn in option.key_numbers:
            v.addWidget(self._key_number_row(kn, content, box))
        return box

    def _key_number_row(self, kn: KeyNumber, content: Content, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        row.setObjectName(f"key-number-{kn.id}")
        h = QHBoxLayout(row)
        h.setSpacing(16)
        sentence = kn.clinician_text if self.view == "clinician" else kn.patient_text
        pattern = self.tr("{count} of 100 people: {text}")
        h.addWidget(IconArrayWidget.for_count(kn.count, sentence, pattern, row), 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(text_label(sentence, row, bold=True))
        words.addWidget(
            text_label(
                self.tr("Who: {group}. Over: {horizon}.").format(group=kn.reference_group, horizon=kn.horizon),
                row,
            )
        )
        if kn.comparison:
            words.addWidget(text_label(self.tr("Compared with: {text}").format(text=kn.comparison), row))
        src = content.sources.get(kn.source)
        words.addWidget(
            text_label(self.tr("Source: {citation}").format(citation=src.shown if src else kn.source), row)
        )
        words.addWidget(text_label(self.tr("How sure: {uncertainty}").format(uncertainty=kn.uncertainty), row))
        if not kn.verified:
            flag = text_label(
                self.tr("Unverified number: not yet checked against the primary source; ask your care team."),
                row,
                bold=True,
            )
            flag.setObjectName("unverified")
            words.addWidget(flag)
        words.addStretch(1)
        h.addLayout(words, 1)
        return row


def living_rows(_widget: QWidget, living) -> list[tuple[str, str]]:
    """The 'what it is like' fields with translated titles, in a fixed order (same for all)."""
    return [
        (QCoreApplication.translate("OptionCard", "Hospital stay"), living.hospital_stay),
        (QCoreApplication.translate("OptionCard", "Recovery"), living.recovery),
        (QCoreApplication.translate("OptionCard", "Anaesthesia"), living.anaesthesia),
        (QCoreApplication.translate("OptionCard", "Lifelong medicines"), living.lifelong_medicines),
        (QCoreApplication.translate("OptionCard", "Valve click"), living.valve_click),
        (QCoreApplication.translate("OptionCard", "Follow-up"), living.follow_up),
        (QCoreApplication.translate("OptionCard", "How long it lasts"), living.how_long_it_lasts),
    ]


def content_language() -> str:
    """The content language for the UI: the chosen one (View ▸ Language) if content exists for
    it, else English."""
    from decisionaid import content as content_mod
    from decisionaid import i18n

    lang = i18n.current()
    return lang if lang in content_mod.LANGUAGES else "en"


def ui_content() -> Content:
    """The validated content for the UI (cached by the core; looked up late so tests can swap it)."""
    from decisionaid import content as content_mod

    return content_mod.load_content(content_language())
