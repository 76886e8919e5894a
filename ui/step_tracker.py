"""The step tracker above the wizard: "Step 3 of 10 · Your symptoms", in five phases.

Why phases: ten or eleven pages are too many to show as a row at large text, and a patient
thinks in parts ("About you → Your heart → Your options → What matters → Your summary").
A phase already visited is a button that jumps back (or forward again) to it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .wizard import PageId


def step_names() -> dict[int, str]:
    return {
        PageId.START: QCoreApplication.translate("StepTracker", "Welcome"), PageId.TYPE: QCoreApplication.translate("StepTracker", "Type of leak"),
        PageId.SEVERITY: QCoreApplication.translate("StepTracker", "How severe the leak is"), PageId.SYMPTOMS: QCoreApplication.translate("StepTracker", "Your symptoms"),
        PageId.HEART: QCoreApplication.translate("StepTracker", "Heart function"), PageId.RISK: QCoreApplication.translate("StepTracker", "Surgical risk"),
        PageId.ANATOMY: QCoreApplication.translate("StepTracker", "Valve anatomy"), PageId.REVIEW: QCoreApplication.translate("StepTracker", "Check your answers"),
        PageId.RESULTS: QCoreApplication.translate("StepTracker", "Your options"), PageId.VALUES: QCoreApplication.translate("StepTracker", "What matters to you"),
        PageId.SUMMARY: QCoreApplication.translate("StepTracker", "Your summary"),
    }


def phases() -> list[tuple[str, tuple[int, ...]]]:
    return [
        (QCoreApplication.translate("StepTracker", "About you"), (PageId.START,)),
        (QCoreApplication.translate("StepTracker", "Your heart"), (PageId.TYPE, PageId.SEVERITY, PageId.SYMPTOMS, PageId.HEART,
                            PageId.RISK, PageId.ANATOMY, PageId.REVIEW)),
        (QCoreApplication.translate("StepTracker", "Your options"), (PageId.RESULTS,)),
        (QCoreApplication.translate("StepTracker", "What matters"), (PageId.VALUES,)),
        (QCoreApplication.translate("StepTracker", "Your summary"), (PageId.SUMMARY,)),
    ]


class StepTracker(QWidget):
    #: the page id to go to
    jump_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepTracker")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 4)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(4)
        outer.addLayout(self.grid)
        self.step_label = QLabel(self)
        self.step_label.setObjectName("stepLabel")
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)
        self.step_label.setWordWrap(True)
        outer.addWidget(self.step_label)
        self.buttons: list[QPushButton] = []
        self._phases = phases()
        for i, (name, _ids) in enumerate(self._phases):
            button = QPushButton(f"{i + 1}. {name}", self)
            button.setObjectName(f"phase.{i}")
            button.setCheckable(True)
            button.setFlat(True)
            button.clicked.connect(lambda _c=False, n=i: self._clicked(n))
            self.buttons.append(button)
        self._columns = 0
        self._path: list[int] = []
        self._visited: set[int] = set()
        self._lay_out()

    def retranslate(self) -> None:
        """The part names in the current language (after View ▸ Language)."""
        self._phases = phases()
        for i, (name, _ids) in enumerate(self._phases):
            self.buttons[i].setText(f"{i + 1}. {name}")
        self._columns = 0
        self._lay_out()

    def update_state(self, path: list[int], current: int, visited: set[int]) -> None:
        """path: the page ids of this audience's path, in order; visited: ever shown."""
        self._path, self._visited = path, visited
        names = step_names()
        if current in path:
            self.step_label.setText(
                QCoreApplication.translate("StepTracker", "Step %1 of %2 · %3").replace("%1", str(path.index(current) + 1))
                .replace("%2", str(len(path))).replace("%3", names.get(current, "")))
        for i, (name, ids) in enumerate(self._phases):
            button = self.buttons[i]
            here = current in ids
            in_path = [p for p in ids if p in path]
            reachable = bool(in_path) and in_path[0] in visited and not here
            button.setVisible(bool(in_path))
            button.setChecked(here)
            button.setEnabled(reachable or here)
            state = (QCoreApplication.translate("StepTracker", "current part") if here else QCoreApplication.translate("StepTracker", "visited, go back to it") if reachable
                     else QCoreApplication.translate("StepTracker", "not reached yet"))
            button.setAccessibleName(QCoreApplication.translate("StepTracker", "Part %1 of 5: %2 (%3)").replace("%1", str(i + 1))
                                     .replace("%2", name).replace("%3", state))
            button.setToolTip(" → ".join(names[p] for p in in_path))
        self.step_label.setAccessibleName(self.step_label.text())

    def _clicked(self, index: int) -> None:
        ids = [p for p in self._phases[index][1] if p in self._path]
        if ids and ids[0] in self._visited:
            self.jump_requested.emit(ids[0])

    def changeEvent(self, event) -> None:  # noqa: N802 - text size changed
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._columns = 0
            self._lay_out()

    def resizeEvent(self, event) -> None:  # noqa: N802 - wrap the parts at large text
        super().resizeEvent(event)
        self._lay_out()

    def _lay_out(self) -> None:
        for b in self.buttons:  # room for the bold text of the current part
            b.ensurePolished()
            bold = QFont(b.font())
            bold.setBold(True)
            b.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(b.text()) + 2 * b.fontMetrics().height())
        shown = [b for b in self.buttons if not b.isHidden()] or self.buttons
        need = {b: max(b.sizeHint().width(), b.minimumWidth()) for b in shown}  # bold room included
        spacing = max(self.grid.horizontalSpacing(), 0) + 4
        total = sum(w + spacing for w in need.values())
        widest = max(need.values()) + spacing
        # Only the widest part is a must: narrower than the row of all five, the parts wrap
        # (without this the grid's row would hold the window wider than the screen at 200 %).
        margins = self.layout().contentsMargins()
        self.setMinimumWidth(widest + margins.left() + margins.right())
        columns = (len(self.buttons) if total <= self.width()
                   else max(1, min(len(self.buttons), self.width() // max(widest, 1))))
        if columns == self._columns:
            return
        self._columns = columns
        for b in self.buttons:
            self.grid.removeWidget(b)
        for i, b in enumerate(self.buttons):
            self.grid.addWidget(b, i // columns, i % columns)
