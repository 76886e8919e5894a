"""Small input widgets the pages share: a number with "I don't know", a choice, a banner.

Why here: every page asks numbers and choices the same way, so labels, accessible names and
the "I don't know" escape are guaranteed once. Ranges and units come from the Case model
(decisionaid.case.field_range), never from ui/.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from pydantic import BaseModel

from decisionaid.case import field_range


class NotANumber(ValueError):
    """The text typed is not a number; carries the message for the inline error."""


def field_title(model: type[BaseModel], name: str) -> str:
    info = model.model_fields[name]
    return info.title or name


def range_hint(model: type[BaseModel], name: str) -> str:
    """'18–110 years' from the model's own constraints."""
    lo, hi, unit = field_range(model, name)
    if lo is None or hi is None:
        return unit
    return f"{lo:g}–{hi:g}{(' ' + unit) if unit else ''}"


def _is_int_field(model: type[BaseModel], name: str) -> bool:
    ann = model.model_fields[name].annotation
    return "int" in str(ann) and "float" not in str(ann)


class NumberField(QWidget):
    """A number in a line edit, plus an "I don't know" box that clears and disables it.

    Empty and "I don't know" both mean None in the Case (nothing is guessed); text that is
    not a number raises NotANumber from value(), so the page can say what is wrong.
    """

    edited = Signal()

    def __init__(self, model: type[BaseModel], name: str, label: str = "", parent=None,
                 unknown_text: str = "") -> None:
        super().__init__(parent)
        self.model, self.name = model, name
        self.title = label or field_title(model, name)
        _, _, unit = field_range(model, name)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"num.{name}")
        self.edit.setPlaceholderText(range_hint(model, name))
        self.edit.setAccessibleName(self.title)
        self.edit.setAccessibleDescription(self.tr("Accepted range: %1").replace("%1", range_hint(model, name)))
        self.edit.setMaximumWidth(140)
        self.unit = QLabel(unit, self)
        self.unknown = QCheckBox(unknown_text or self.tr("I don't know"), self)
        self.unknown.setObjectName(f"unknown.{name}")
        self.unknown.setAccessibleName(self.tr("I don't know: %1").replace("%1", self.title))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.unit)
        row.addSpacing(12)
        row.addWidget(self.unknown)
        row.addStretch(1)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self.unknown.toggled.connect(self._on_unknown)

    def _on_unknown(self, checked: bool) -> None:
        if checked:
            self.edit.clear()
        self.edit.setEnabled(not checked)
        self.edited.emit()

    def set_value(self, value: float | None, unknown: bool = False) -> None:
        self.unknown.blockSignals(True)
        self.unknown.setChecked(unknown and value is None)
        self.unknown.blockSignals(False)
        self.edit.setEnabled(not self.unknown.isChecked())
        self.edit.setText("" if value is None else f"{value:g}")

    def value(self) -> float | int | None:
        """The number typed, checked against the model's own range; NotANumber says why not."""
        if self.unknown.isChecked():
            return None
        typed = self.edit.text().strip()
        text = typed.replace(",", ".")
        if not text:
            return None
        lo, hi, unit = field_range(self.model, self.name)
        span = self._span(lo, hi, unit)
        try:
            number = float(text)
        except ValueError:
            number = float("nan")
        if number != number or number in (float("inf"), float("-inf")):
            raise NotANumber(
                self.tr("“%1” is not a number. %2 must be a number %3.")
                .replace("%1", typed).replace("%2", self.title).replace("%3", span))
        if _is_int_field(self.model, self.name) and not number.is_integer():
            if unit.isalpha():
                whole = self.tr("%1 must be a whole number of %2, %3.").replace("%2", unit)
                span = self._span(lo, hi, "")
            else:
                whole = self.tr("%1 must be a whole number, %3.")
            raise NotANumber(whole.replace("%1", self.title).replace("%3", span))
        if (lo is not None and number < lo) or (hi is not None and number > hi):
            raise NotANumber(
                self.tr("%1 must be %2. You typed %3.")
                .replace("%1", self.title).replace("%2", span).replace("%3", typed))
        if _is_int_field(self.model, self.name):
            return int(number)
        return number

    def _span(self, lo, hi, unit: str) -> str:
        """'from 18 to 110 years' (the unit only where it reads as a unit)."""
        if lo is None or hi is None:
            return ""
        text = self.tr("from %1 to %2").replace("%1", f"{lo:g}").replace("%2", f"{hi:g}")
        return f"{text} {unit}".rstrip() if unit and not unit.startswith("of ") else text

    def set_error(self, message: str) -> None:
        """Highlight the box and say what is wrong in its accessible description."""
        mark_invalid(self.edit, bool(message))
        hint = self.tr("Accepted range: %1").replace("%1", range_hint(self.model, self.name))
        self.edit.setAccessibleDescription(f"{message} {hint}".strip())

    def is_unknown(self) -> bool:
        return self.unknown.isChecked()

    def display(self) -> str:
        """The answer as the review page shows it."""
        if self.unknown.isChecked():
            return self.tr("I don't know")
        text = self.edit.text().strip()
        return f"{text} {self.unit.text()}".strip() if text else self.tr("not given")


INVALID_STYLE = "border: 2px solid #b00020; background: #fff4f4; color: black;"


def mark_invalid(w: QWidget, invalid: bool) -> None:
    """A red frame on a field whose answer is refused (and nothing when it is fine)."""
    if bool(w.property("invalid")) == invalid:
        return
    w.setProperty("invalid", invalid)
    if isinstance(w, QLineEdit):
        css = f"QLineEdit {{ {INVALID_STYLE} }}"
    else:  # a group of radio buttons or check boxes: frame the group
        w.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        css = f"#{w.objectName()} {{ border: 2px solid #b00020; }}"
    w.setStyleSheet(css if invalid else "")


class FieldError(QLabel):
    """The plain message shown right under the field it is about."""

    def __init__(self, key: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"error.{key}")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.setAccessibleName(self.tr("Problem with this answer"))
        self.setVisible(False)

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleDescription(message)
        self.setVisible(bool(message))


class ChoiceField(QWidget):
    """One answer out of a few, as radio buttons (keyboard: Tab into it, arrows to move)."""

    changed = Signal()

    def __init__(self, name: str, title: str, choices: Sequence[tuple[Any, str]],
                 explanations: dict[Any, str] | None = None, horizontal: bool = False,
                 parent=None) -> None:
        super().__init__(parent)
        self.name, self.title = name, title
        self.setObjectName(f"field_{name}")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._buttons: dict[Any, QRadioButton] = {}
        self._labels: dict[Any, str] = {}
        layout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 if not horizontal else 12)
        for value, label in choices:
            button = QRadioButton(label, self)
            key = getattr(value, "value", value)
            button.setObjectName(f"choice.{name}={key}")
            button.setAccessibleName(f"{title}: {label}")
            explanation = (explanations or {}).get(value, "")
            if explanation:
                button.setToolTip(explanation)
                button.setAccessibleDescription(explanation)
            self.group.addButton(button)
            self._buttons[value] = button
            self._labels[value] = label
            layout.addWidget(button)
            if explanation and not horizontal:
                note = QLabel(explanation, self)
                note.setWordWrap(True)
                note.setIndent(24)
                note.setStyleSheet("color: palette(placeholder-text);")
                layout.addWidget(note)
            button.toggled.connect(self._on_toggled)
        if horizontal:
            layout.addStretch(1)

    def _on_toggled(self, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def button(self, value: Any) -> QRadioButton:
        return self._buttons[value]

    def set_value(self, value: Any) -> None:
        button = self._buttons.get(value)
        if button is None:
            return
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)

    def value(self) -> Any:
        for value, button in self._buttons.items():
            if button.isChecked():
                return value
        return None

    def display(self) -> str:
        v = self.value()
        return self._labels.get(v, self.tr("not given"))


class ComboField(QComboBox):
    """A longer list of answers in a compact drop-down."""

    changed = Signal()

    def __init__(self, name: str, title: str, choices: Sequence[tuple[Any, str]], parent=None):
        super().__init__(parent)
        self.name, self.title = name, title
        self.setObjectName(f"combo.{name}")
        self.setAccessibleName(title)
        for value, label in choices:
            self.addItem(label, value)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_value(self, value: Any) -> None:
        for i in range(self.count()):
            if self.itemData(i) == value:
                self.blockSignals(True)
                self.setCurrentIndex(i)
                self.blockSignals(False)
                return

    def value(self) -> Any:
        return self.currentData()

    def display(self) -> str:
        return self.currentText()


class CheckList(QWidget):
    """Several answers that can all be true (symptoms, red flags)."""

    changed = Signal()

    def __init__(self, name: str, title: str, choices: Sequence[tuple[Any, str]], parent=None):
        super().__init__(parent)
        self.name, self.title = name, title
        self.setObjectName(f"field_{name}")
        self._boxes: dict[Any, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for value, label in choices:
            box = QCheckBox(label, self)
            box.setObjectName(f"check.{name}={getattr(value, 'value', value)}")
            box.setAccessibleName(f"{title}: {label}")
            box.toggled.connect(lambda _c: self.changed.emit())
            self._boxes[value] = box
            layout.addWidget(box)

    def box(self, value: Any) -> QCheckBox:
        return self._boxes[value]

    def set_values(self, values: Sequence[Any]) -> None:
        for value, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(value in values)
            box.blockSignals(False)

    def values(self) -> list[Any]:
        return [v for v, b in self._boxes.items() if b.isChecked()]

    def display(self) -> str:
        chosen = [b.text() for b in self._boxes.values() if b.isChecked()]
        return ", ".join(chosen) if chosen else self.tr("none ticked")


class EmergencyBanner(QLabel):
    """The red banner shown above every page as soon as a red-flag symptom is ticked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyBanner")
        self.setText(self.tr("⚠ Call emergency services now (911 in the US, 112 in Europe). "
                             "Your symptoms can be signs of an emergency: do not wait to finish this."))
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Emergency warning"))
        self.setAccessibleDescription(self.text())
        self.setStyleSheet(
            "QLabel#emergencyBanner { background: #b00020; color: white; font-weight: bold;"
            " font-size: 125%; padding: 10px; border: 3px solid #600010; }"
        )
        self.setVisible(False)


class InlineMessage(QLabel):
    """The error line under a page: names the field and the accepted range."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineMessage")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Problems on this page"))
        self.setStyleSheet("QLabel#inlineMessage { color: #b00020; font-weight: bold; }")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_messages(self, messages: Sequence[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))
