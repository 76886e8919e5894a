"""An icon array of 100 people drawn in Qt from the very SVG the PDF uses.

The picture comes from decisionaid.icon_array (pure Python), so screen and paper never
disagree; the text alternative becomes the accessible name and description, since a
screen reader cannot read a picture.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from decisionaid.icon_array import IconArray, make_icon_array

from .plain import tooltip


class IconArrayWidget(QWidget):
    """Paints one icon array, keeping its square shape; focusable so readers reach it."""

    def __init__(self, array: IconArray, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.array = array
        self._renderer = QSvgRenderer(QByteArray(array.svg.encode("utf-8")), self)
        self.setAccessibleName(array.alt)
        self.setAccessibleDescription(array.alt)
        self.setToolTip(tooltip(array.alt))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @classmethod
    def for_count(
        cls, count: float, text: str, pattern: str | None = None, parent: QWidget | None = None
    ) -> "IconArrayWidget":
        """Build from a count per 100 and its sentence (pattern: a translated alt pattern)."""
        kwargs = {"pattern": pattern} if pattern else {}
        return cls(make_icon_array(count, text, **kwargs), parent)

    def is_valid(self) -> bool:
        return self._renderer.isValid()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        side = max(120, self.fontMetrics().height() * 8)
        return QSize(side, side)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        side = min(self.width(), self.height())
        self._renderer.render(painter, QRectF(0, 0, side, side))
        if self.hasFocus():
            painter.setPen(self.palette().highlight().color())
            painter.drawRect(0, 0, side - 1, side - 1)
        painter.end()
