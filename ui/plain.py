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


def plain(label: QLabel) -> QLabel:
    """Make a label show its text literally (returns it, for chaining at creation)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    return plain(QLabel(text, parent))


def as_markup(text: str) -> str:
    """`text` as rich text that displays it literally: for APIs that take no text format
    (tooltips, the static QMessageBox functions). Line breaks and spaces are kept."""
    body = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{body}</p>"


def tooltip(text: str) -> str:
    """A tooltip that shows `text` literally (tooltips have no plain-text switch)."""
    return as_markup(text) if text else ""


def message(kind: str, parent: QWidget | None, title: str, text: str,
            buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
            default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
            ) -> QMessageBox.StandardButton:
    """QMessageBox.warning/question/information/critical with `text` shown literally.

    The static functions render AutoText; the text is escaped so that a file name or a
    value quoted from a file is never markup (an `<img src=...>` is not loaded).
    """
    show = getattr(QMessageBox, kind)
    return show(parent, title, as_markup(text), buttons, default)
