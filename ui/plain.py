"""Untrusted text shown as text, never as markup.

`QLabel`, `QMessageBox` and tooltips default to `Qt.AutoText`: a string that looks like HTML
is rendered as HTML, and an `<img src=...>` makes Qt open that file (`/dev/zero` aborts the
app). Text from the Case, from a file or from content that is not markup goes through these
helpers.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

_ICONS = {
    "information": QMessageBox.Icon.Information,
    "warning": QMessageBox.Icon.Warning,
    "critical": QMessageBox.Icon.Critical,
    "question": QMessageBox.Icon.Question,
}


def plain(label: QLabel) -> QLabel:
    """Make a label show its text literally (returns it, for chaining at creation)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    return plain(QLabel(text, parent))


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally (tooltips have no plain-text switch)."""
    if not text:
        return ""
    return "<qt>" + html.escape(text, quote=False).replace("\n", "<br>") + "</qt>"


def message_box(kind: str, parent: QWidget | None, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
                ) -> QMessageBox:
    """A message box whose text is plain (kind: information, warning, critical, question)."""
    box = QMessageBox(_ICONS[kind], title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box


def message(kind: str, parent: QWidget | None, title: str, text: str,
            buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
            default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
            ) -> QMessageBox.StandardButton:
    """Like QMessageBox.warning/question/...: shows the box and returns the button pressed."""
    box = message_box(kind, parent, title, text, buttons, default)
    try:
        return QMessageBox.StandardButton(box.exec())
    finally:
        box.deleteLater()
