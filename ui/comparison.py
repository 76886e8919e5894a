"""The options side by side: one column per option, the same rows for every option (IPDAS C1).

Rows come from content (what it is, what it is like, benefits, risks); the clinician view
adds the guideline tier row from the Assessment. Cells are plain text, read-only.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from decisionaid.assessment import OPTION_ORDER, Assessment
from decisionaid.content import Content

from .option_card import bullets, living_rows, tier_label


def wrap_to_width(text: str, fm, width: int) -> str:
    """Break text at spaces so that each line fits `width` pixels (a longer word stands alone)."""
    lines: list[str] = []
    for word in text.split():
        if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class ComparisonTable(QTableWidget):
    """Options as columns in fixed order; rows are features. Rebuilt by `show_options()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Options side by side"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Row heights follow the wrapped text, so recompute them once column widths settle.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.resizeRowsToContents)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._rows_timer.start())
        self._rows_timer.timeout.connect(self._wrap_headers)
        self._names: list[str] = []
        self._fit_to_font()

    def _fit_to_font(self) -> None:
        """Columns never narrower than about 12 characters: below that the table scrolls
        sideways instead of squeezing words into slivers at large text."""
        fm = self.horizontalHeader().fontMetrics()
        longest = max((fm.horizontalAdvance(word) for name in self._names for word in name.split()),
                      default=0)  # a long word of a name is never cut
        self.horizontalHeader().setMinimumSectionSize(
            max(self.fontMetrics().averageCharWidth() * 12, longest + fm.height() + 4))

    def changeEvent(self, event) -> None:  # noqa: N802 - text size changed
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_to_font()
            self._rows_timer.start()

    def _wrap_headers(self) -> None:
        """Headers do not wrap by themselves: break each name to its column's width."""
        fm = self.horizontalHeader().fontMetrics()
        for c, name in enumerate(self._names):
            item = self.horizontalHeaderItem(c)
            if item is None:
                continue
            text = wrap_to_width(name, fm, self.columnWidth(c) - fm.height())
            if item.text() != text:
                item.setText(text)
        header = self.horizontalHeader()
        header.headerDataChanged(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        self.updateGeometries()  # the header grows to its tallest name

    def show_options(self, content: Content, assessment: Assessment | None, view: str) -> None:
        ids = [o.value for o in OPTION_ORDER if o.value in content.options]
        wordings = [
            content.options[i].clinician if view == "clinician" else content.options[i].patient for i in ids
        ]
        rows: list[tuple[str, list[str]]] = []
        if view == "clinician" and assessment is not None:
            rows.append(
                (self.tr("Guideline tier"), [tier_label(content, assessment.option(i).tier.value) for i in ids])
            )
        rows.append((self.tr("What it is"), [w.short for w in wordings]))
        living = [living_rows(self, w.what_it_is_like) for w in wordings]
        for r, (title, _) in enumerate(living[0] if living else []):
            rows.append((title, [lv[r][1] for lv in living]))
        rows.append((self.tr("Possible benefits"), [bullets(w.benefits) for w in wordings]))
        rows.append((self.tr("Possible risks"), [bullets(w.risks) for w in wordings]))

        self.clear()
        self.setColumnCount(len(ids))
        self.setRowCount(len(rows))
        # Headers do not wrap by themselves; long option names get explicit line breaks.
        self._names = [w.name for w in wordings]
        self._fit_to_font()
        self.setHorizontalHeaderLabels([textwrap.fill(w.name, 22) for w in wordings])
        self._rows_timer.start()
        self.setVerticalHeaderLabels([title for title, _ in rows])
        for r, (_, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.setItem(r, c, item)
        self.resizeRowsToContents()

    def all_text(self) -> str:
        parts = [self.horizontalHeaderItem(c).text() for c in range(self.columnCount())]
        parts += [self.verticalHeaderItem(r).text() for r in range(self.rowCount())]
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None:
                    parts.append(item.text())
        return "\n".join(parts)
