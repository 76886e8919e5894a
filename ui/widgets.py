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
    QAbstractButton,
    QBoxLayout,
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
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pydantic stays off the path to the first page (start-up time)
    from pydantic import BaseModel


def field_range(model, name):
    from decisionaid.case import field_range as core_field_range

    return core_field_range(model, name)

from .plain import plain_label, tooltip


class NotANumber(ValueError):
    """The text typed is not a number; carries the message for the inline error."""


def _path_of(model: type[BaseModel], name: str) -> str:
    """The dotted Case path of a field of `model` ("heart.lvef_pct"), or just `name`."""
    from decisionaid.case import Case

    if model is Case:
        return name
    for part, info in Case.model_fields.items():
        if info.annotation is model:
            return f"{part}.{name}"
    return name


def field_title(model: type[BaseModel], name: str) -> str:
    """The field's title in the language in use (resources/messages/<lang>.yaml)."""
    from decisionaid.case import field_title as core_title

    try:
        return core_title(_path_of(model, name))
    except KeyError:
        return model.model_fields[name].title or name


def range_hint(model: type[BaseModel], name: str) -> str:
    """'18–110 years' from the model's own constraints, the unit in the language in use."""
    from decisionaid.case import unit_text

    lo, hi, unit = field_range(model, name)
    unit = unit_text(unit) if unit else unit
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
        self._fit_to_font()
        self.unit = QLabel(unit, self)
        self.unknown = QCheckBox(unknown_text or self.tr("I don't know"), self)
        self.unknown.setObjectName(f"unknown.{name}")
        self.unknown.setAccessibleName(self.tr("I don't know: %1").replace("%1", self.title))
        # [number unit] [I don't know …] side by side, or one above the other with large text
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        first, self.second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.edit)
        first.addWidget(self.unit)
        first.addStretch(1)
        self.second.addWidget(self.unknown)
        self.second.addStretch(1)
        self.row.addLayout(first)
        self.row.addSpacing(12)
        self.row.addLayout(self.second, 1)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self.unknown.toggled.connect(self._on_unknown)

    def add_extra(self, widget: QWidget) -> None:
        """A button that belongs to this number (e.g. a calculator), after "I don't know"."""
        self.second.insertWidget(self.second.count() - 1, widget)

    def set_roomy(self, roomy: bool) -> None:
        self.row.setDirection(QBoxLayout.Direction.TopToBottom if roomy
                              else QBoxLayout.Direction.LeftToRight)

    def _fit_to_font(self) -> None:
        """Wide enough for the range hint at any text size ("10–150 mmHg")."""
        fm = self.edit.fontMetrics()
        widest = max(fm.horizontalAdvance(self.edit.placeholderText()), fm.horizontalAdvance("10–150 mmHg"))
        width = widest + fm.height() * 2
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width)

    def changeEvent(self, event) -> None:  # noqa: N802 - text size changed
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_to_font()

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


class _ClickLabel(QLabel):
    """The wrapping text of a radio button or check box; a click on it is a click on it."""

    def __init__(self, text: str, button: QAbstractButton, parent=None) -> None:
        super().__init__(text, parent)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()
        super().mousePressEvent(event)


def wrapping_row(button: QAbstractButton, text: str, parent: QWidget) -> QWidget:
    """A button whose text wraps at any text size (Qt's own button text never wraps).

    The button keeps its accessible name; the label beside it carries the words.
    """
    row = QWidget(parent)
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(4)
    lay.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    label = _ClickLabel(text, button, row)
    label.setObjectName(f"label.{button.objectName()}")
    lay.addWidget(label, 1)
    button.text_label = label  # type: ignore[attr-defined]
    return row


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
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight if horizontal
                            else QBoxLayout.Direction.TopToBottom, self)
        self._layout, self._horizontal = layout, horizontal
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 if not horizontal else 12)
        for value, label in choices:
            button = QRadioButton(label if horizontal else "", self)
            key = getattr(value, "value", value)
            button.setObjectName(f"choice.{name}={key}")
            button.setAccessibleName(f"{title}: {label}")
            explanation = (explanations or {}).get(value, "")
            if explanation:
                button.setToolTip(tooltip(explanation))
                button.setAccessibleDescription(explanation)
            self.group.addButton(button)
            self._buttons[value] = button
            self._labels[value] = label
            layout.addWidget(button if horizontal else wrapping_row(button, label, self))
            if explanation and not horizontal:
                note = plain_label(explanation, self)
                note.setWordWrap(True)
                note.setIndent(24)
                note.setProperty("hint", True)  # coloured by ui.look (contrast 7:1 or more)
                layout.addWidget(note)
            button.toggled.connect(self._on_toggled)
        if horizontal:
            layout.addStretch(1)

    def _on_toggled(self, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def set_roomy(self, roomy: bool) -> None:
        """With large text a row of answers becomes a column, so none runs off the page."""
        if self._horizontal:
            self._layout.setDirection(QBoxLayout.Direction.TopToBottom if roomy
                                      else QBoxLayout.Direction.LeftToRight)

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
        # may be narrower than its longest entry (the list itself shows entries in full)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
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
        self._labels: dict[Any, str] = {}
        for value, label in choices:
            box = QCheckBox(self)
            box.setObjectName(f"check.{name}={getattr(value, 'value', value)}")
            box.setAccessibleName(f"{title}: {label}")
            box.toggled.connect(lambda _c: self.changed.emit())
            self._boxes[value] = box
            self._labels[value] = label
            layout.addWidget(wrapping_row(box, label, self))

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
        chosen = [self._labels[v] for v, b in self._boxes.items() if b.isChecked()]
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
            " padding: 10px; border: 3px solid #600010; }"
        )
        self.setVisible(False)


class InlineMessage(QLabel):
    """The error line under a page: names the field and the accepted range."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineMessage")
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Problems on this page"))
        self.setStyleSheet("QLabel#inlineMessage { color: #b00020; font-weight: bold; }")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_messages(self, messages: Sequence[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))
