"""The base of every case page: read in initializePage(), write through the controller.

Why one base: each page binds widgets to Case fields once, and this class does the rest —
reading the Case into the widgets, writing every change back (validated by the Case model as
a whole), showing the model's own message under the page and keeping Next disabled while a
value is refused. No clinical logic lives here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from .controller import CaseController
from .widgets import (
    CheckList,
    ChoiceField,
    ComboField,
    FieldError,
    InlineMessage,
    NotANumber,
    NumberField,
    mark_invalid,
)


@dataclass
class Binding:
    section: str | None
    name: str
    widget: QWidget
    label: str
    clinician_only: bool = False
    patient_label: str = ""

    def key(self) -> str:
        return f"{self.section}.{self.name}" if self.section else self.name


class CasePage(QWizardPage):
    """A wizard page whose widgets are bound to fields of the Case."""


    def __init__(self, controller: CaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._bindings: list[Binding] = []
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._errors: list[str] = []
        self._forms: list[QFormLayout] = []
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # not a Tab stop of its own: it scrolls to whichever field gets the focus
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget(self.scroll)
        self.body_layout = QVBoxLayout(self.body)
        self.scroll.setWidget(self.body)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The explanation under the title lives in the page, where it wraps at any text
        # size; QWizard's own subtitle line kept its first height and cut the text off.
        self.intro = QLabel(self.body)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setVisible(False)
        self.body_layout.addWidget(self.intro)
        self._subtitle = ""
        self._roomy = False
        outer.addWidget(self.scroll, 1)
        self.message = InlineMessage(self)
        outer.addWidget(self.message)
        # Live values (grade, stage, risk) follow the Case wherever it was changed: QWizard
        # calls initializePage() only going forward, not after Back.
        controller.changed.connect(self._case_changed)
        controller.guideline_changed.connect(self._case_changed)

    # ------------------------------------------------------------ building

    def is_patient(self) -> bool:
        return self.controller.is_patient()

    def new_form(self, heading: str = "") -> QFormLayout:
        if heading:
            title = QLabel(f"<b>{html.escape(heading)}</b>", self.body)
            title.setWordWrap(True)
            self.body_layout.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.body_layout.addLayout(form)
        self._forms.append(form)
        return form

    def setSubTitle(self, text: str) -> None:  # noqa: N802 - Qt name; shown in the page body
        self._subtitle = text
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def subTitle(self) -> str:  # noqa: N802
        return self._subtitle

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """With large text, a question may use the full width before it wraps."""
        room = max(100, self.scroll.viewport().width() - 2 * self.body_layout.contentsMargins().left() - 8)
        for b in self._bindings:
            label = getattr(b, "row_label", None)
            if label is None:
                continue
            if self._roomy:
                wanted = label.fontMetrics().horizontalAdvance(label.text()) + 8
                label.setMinimumWidth(min(wanted, room))
            else:
                label.setMinimumWidth(0)

    def set_roomy(self, roomy: bool) -> None:
        """Large text: each question on its own line above its answer, wrapped to the width.

        Side by side, a long question at 200 % pushed the answers off the page.
        """
        policy = (QFormLayout.RowWrapPolicy.WrapAllRows if roomy
                  else QFormLayout.RowWrapPolicy.WrapLongRows)
        for form in self._forms:
            form.setRowWrapPolicy(policy)
        self._roomy = roomy
        for b in self._bindings:
            label = getattr(b, "row_label", None)
            if label is not None:
                label.setWordWrap(roomy)
            if hasattr(b.widget, "set_roomy"):
                b.widget.set_roomy(roomy)
        self._fit_labels()

    def bind(self, form: QFormLayout | None, section: str | None, name: str, widget: QWidget,
             label: str, clinician_only: bool = False, patient_label: str = "") -> QWidget:
        """Add a labelled row for a Case field and keep it in sync with the Case."""
        b = Binding(section, name, widget, label, clinician_only, patient_label)
        self._bindings.append(b)
        b.error = FieldError(b.key(), self.body)  # type: ignore[attr-defined]
        if form is not None:
            row_label = QLabel(label, self.body)
            row_label.setBuddy(widget if not isinstance(widget, NumberField) else widget.edit)
            cell = QWidget(self.body)  # the field with its own error line right under it
            cell.setObjectName(f"cell.{b.key()}")
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(b.error)
            form.addRow(row_label, cell)
            self._rows[b.key()] = (form, cell)
            b.row_label = row_label  # type: ignore[attr-defined]
        else:
            parent_layout = widget.parentWidget().layout() if widget.parentWidget() else None
            if parent_layout is not None:
                parent_layout.addWidget(b.error)
        if isinstance(widget, (QCheckBox, QLineEdit)) and not widget.accessibleName():
            widget.setAccessibleName(label)
        if isinstance(widget, NumberField):
            widget.edited.connect(self.commit)
        elif isinstance(widget, (ChoiceField, ComboField, CheckList)):
            widget.changed.connect(self.commit)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _c: self.commit())
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t: self.commit())
        return widget

    def applies(self, b: Binding) -> bool:
        return not (b.clinician_only and self.is_patient())

    # ------------------------------------------------------------ reading and writing

    def _case_value(self, b: Binding) -> Any:
        obj = self.controller.case if b.section is None else getattr(self.controller.case, b.section)
        return getattr(obj, b.name)

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        if not self.controller.has_case():
            return  # the first page, shown before the core is loaded: widgets keep defaults
        self._loading = True
        try:
            patient = self.is_patient()
            self._load_values()
            for b in self._bindings:
                row = self._rows.get(b.key())
                if row is not None:
                    row[0].setRowVisible(row[1], self.applies(b))
                    label = getattr(b, "row_label", None)
                    if label is not None:
                        label.setText(b.patient_label if (patient and b.patient_label) else b.label)
            self.on_audience(patient)
        finally:
            self._loading = False
        self._show_errors([], {})
        self.refresh()
        self.completeChanged.emit()

    def _load_values(self) -> None:
        for b in self._bindings:
            self._set_widget(b, self._case_value(b))

    def _set_widget(self, b: Binding, value: Any) -> None:
        w = b.widget
        if isinstance(w, NumberField):
            w.set_value(value, unknown=b.key() in self.controller.unknown_marks)
        elif isinstance(w, (ChoiceField, ComboField)):
            w.set_value(value)
        elif isinstance(w, CheckList):
            w.set_values(value)
        elif isinstance(w, QCheckBox):
            w.blockSignals(True)
            w.setChecked(bool(value))
            w.blockSignals(False)
        elif isinstance(w, QLineEdit):
            w.setText(str(value or ""))

    @staticmethod
    def _read_widget(w: QWidget) -> Any:
        if isinstance(w, NumberField):
            return w.value()
        if isinstance(w, (ChoiceField, ComboField)):
            return w.value()
        if isinstance(w, CheckList):
            return w.values()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QLineEdit):
            return w.text()
        raise TypeError(type(w))

    def commit(self) -> None:
        """Write every applicable widget to the Case; show what is refused next to its field."""
        if self._loading:
            return
        page_errors: list[str] = []
        field_errors: dict[str, str] = {}
        changes: dict[str | None, dict[str, Any]] = {}
        for b in self._bindings:
            if not self.applies(b):
                continue
            try:
                value = self._read_widget(b.widget)
            except NotANumber as exc:
                field_errors[b.key()] = str(exc)
                # the half-typed number before it ("70" of "70.5") is not what was meant
                changes.setdefault(b.section, {})[b.name] = None
                continue
            if value is None and not isinstance(b.widget, NumberField):
                continue  # nothing chosen yet: keep the Case's value
            if isinstance(b.widget, NumberField):
                self.controller.mark_unknown(b.key(), b.widget.is_unknown())
            changes.setdefault(b.section, {})[b.name] = value
        from pydantic import ValidationError

        try:
            self.controller.update_sections(changes)
        except ValidationError as exc:
            for key, text in self._place_errors(exc):
                if key is None:
                    page_errors.append(text)
                else:
                    field_errors.setdefault(key, text)
        except Exception as exc:  # noqa: BLE001 - no input may crash the app
            page_errors.append(self.tr("This answer could not be used: %1").replace("%1", str(exc)))
        was_complete = self.isComplete()
        self._show_errors(page_errors, field_errors)
        self.sync_rows()
        self.refresh()
        if self.isComplete() != was_complete:
            self.completeChanged.emit()  # only on a real change: QWizard redraws its buttons

    def _place_errors(self, exc) -> list[tuple[str | None, str]]:
        """(binding key or None, plain message) for each refusal of the model.

        A message is put under the field it is about: by its location, or for a rule over
        several answers (no location) by the field name it starts with. The model's own
        "Field: " prefix and section names never reach the screen.
        """
        by_key = {b.key(): b for b in self._bindings if self.applies(b)}
        titles = {b.label.lower(): b.key() for b in by_key.values()}
        titles.update({str(b.widget.title).lower(): b.key() for b in by_key.values()
                       if hasattr(b.widget, "title")})
        from decisionaid.case import describe_errors

        out: list[tuple[str | None, str]] = []
        plain = describe_errors(exc)
        for err, fallback in zip(exc.errors(), plain, strict=False):
            loc = tuple(str(x) for x in err.get("loc", ()))
            msg = str(err.get("msg", ""))
            if msg.startswith("Value error, "):
                msg = msg[len("Value error, "):]
            key = ".".join(loc) if len(loc) == 2 else (loc[0] if len(loc) == 1 else None)
            if key not in by_key:
                key = None
            head, _sep, rest = msg.partition(": ")
            if rest and head.lower() in titles:
                key = titles[head.lower()]
                msg = rest  # shown under the field, whose label is right there
            elif key is not None and head.lower() in titles:
                msg = rest or msg
            if key is None and len(loc) == 1:
                key = next((k for k in by_key if k.startswith(loc[0] + ".")), None)
            text = msg if err.get("type") == "value_error" else fallback
            out.append((key, text[:1].upper() + text[1:]))
        return out

    def _show_errors(self, page_errors: list[str], field_errors: dict[str, str]) -> None:
        self._errors = page_errors + list(field_errors.values())
        for b in self._bindings:
            text = field_errors.get(b.key(), "")
            b.error.show_message(text)  # type: ignore[attr-defined]
            if isinstance(b.widget, NumberField):
                b.widget.set_error(text)
            else:
                mark_invalid(b.widget, bool(text))
        self.message.show_messages(page_errors)

    def _case_changed(self, *_args) -> None:
        if self.isVisible() and not self._loading and self.controller.has_case():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - shown again after Back: recompute
        super().showEvent(event)
        if self._loading or not self.controller.has_case():
            return
        if not self._errors:  # a refused answer stays as typed, to be corrected
            self._loading = True
            try:
                self._load_values()  # the Case may have changed on another page
            finally:
                self._loading = False
        self.refresh()

    def sync_rows(self) -> None:
        """Show only the rows that apply now (audience, and answers that make a question relevant)."""
        for b in self._bindings:
            row = self._rows.get(b.key())
            if row is not None:
                row[0].setRowVisible(row[1], self.applies(b))

    # ------------------------------------------------------------ Qt hooks and extension points

    def isComplete(self) -> bool:  # noqa: N802
        return not self._errors

    def validatePage(self) -> bool:  # noqa: N802 - QWizard.next() skips isComplete()
        return self.isComplete()

    def errors(self) -> list[str]:
        return list(self._errors)

    def on_audience(self, patient: bool) -> None:
        """Adapt the page to the audience (called from initializePage)."""

    def refresh(self) -> None:
        """Update live displays after a change (derived values come from the core)."""

    def summary(self) -> list[tuple[str, str]]:
        """(question, answer) pairs for the review page."""
        patient = self.is_patient()
        out = []
        for b in self._bindings:
            if not self.applies(b):
                continue
            w = b.widget
            if isinstance(w, (NumberField, ChoiceField, ComboField, CheckList)):
                answer = w.display()
            elif isinstance(w, QCheckBox):
                answer = self.tr("yes") if w.isChecked() else self.tr("no")
            else:
                answer = w.text() if isinstance(w, QLineEdit) else ""
            label = b.patient_label if (patient and b.patient_label) else b.label
            out.append((label, answer or self.tr("not given")))
        return out


def tri_field(page: QWidget, name: str, title: str) -> ChoiceField:
    """Yes / No / I don't know in one row."""
    from decisionaid.case import TriState

    return ChoiceField(
        name,
        title,
        [(TriState.yes, QCoreApplication.translate("CasePage", "Yes")), (TriState.no, QCoreApplication.translate("CasePage", "No")),
         (TriState.unknown, QCoreApplication.translate("CasePage", "I don't know"))],
        horizontal=True,
        parent=page,
    )


def grade_choices(page: QWidget) -> list[tuple[Any, str]]:
    from decisionaid.case import Grade

    return [
        (Grade.none, QCoreApplication.translate("CasePage", "None or trace")),
        (Grade.mild, QCoreApplication.translate("CasePage", "Mild")),
        (Grade.moderate, QCoreApplication.translate("CasePage", "Moderate")),
        (Grade.moderate_severe, QCoreApplication.translate("CasePage", "Moderate to severe")),
        (Grade.severe, QCoreApplication.translate("CasePage", "Severe")),
        (Grade.unknown, QCoreApplication.translate("CasePage", "I don't know")),
    ]


def live_label(parent: QWidget, name: str) -> QLabel:
    """A read-only line for values derived by the core (shows "—" until it can say)."""
    label = QLabel("—", parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # notes can quote values typed by the user
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setStyleSheet("QLabel { background: palette(alternate-base); padding: 6px; }")
    return label
