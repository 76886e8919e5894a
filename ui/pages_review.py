"""Review: every answer on one page, each group with a Change button that jumps back to it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from .pages_base import CasePage, grade_choices, live_label
from .plain import plain


class ReviewPage(CasePage):
    #: emitted with the page id to go back to
    change_requested = Signal(int)

    def __init__(self, controller, parent=None) -> None:
        super().__init__(controller, parent)
        self.setTitle(self.tr("Check your answers"))
        self.setSubTitle(self.tr("Everything you entered. Use “Change” to correct an answer."))
        self.groups = QWidget(self.body)
        self.groups_layout = QVBoxLayout(self.groups)
        self.groups_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.groups)
        self.live = live_label(self.body, "reviewDerived")
        self.live.setAccessibleName(self.tr("What the aid worked out"))
        self.body_layout.addWidget(self.live)
        self.body_layout.addStretch(1)
        self.change_buttons: dict[int, QPushButton] = {}

    def initializePage(self) -> None:  # noqa: N802
        super().initializePage()
        self.rebuild()

    def rebuild(self) -> None:
        while self.groups_layout.count():
            item = self.groups_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.change_buttons.clear()
        wizard = self.wizard()
        if wizard is None:
            return
        for pid in wizard.visitedIds():
            page = wizard.page(pid)
            if page is self or not isinstance(page, CasePage):
                continue
            box = QGroupBox(page.title(), self.groups)
            lay = QVBoxLayout(box)
            form = QFormLayout()
            if self._roomy:  # large text: each question above its answer
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            lay.addLayout(form)
            for question, answer in page.summary():
                value = plain(QLabel(answer, box))  # typed text is never markup
                value.setWordWrap(True)
                asked = plain(QLabel(question, box))  # typed text is never markup
                asked.setWordWrap(self._roomy)
                form.addRow(asked, value)
            button = QPushButton(self.tr("Change"), box)
            button.setObjectName(f"change.{pid}")
            button.setAccessibleName(self.tr("Change: %1").replace("%1", page.title()))
            button.clicked.connect(lambda _c=False, p=pid: self.change_requested.emit(p))
            lay.addWidget(button)
            self.change_buttons[pid] = button
            self.groups_layout.addWidget(box)

    def set_roomy(self, roomy: bool) -> None:
        super().set_roomy(roomy)
        if self.wizard() is not None and self.wizard().currentPage() is self:
            self.rebuild()

    def refresh(self) -> None:
        d = self.controller.derived()
        names = {"low": self.tr("low"), "intermediate": self.tr("intermediate"),
                 "high": self.tr("high"), "prohibitive": self.tr("prohibitive"),
                 "unknown": self.tr("not known yet")}
        self.live.setText(
            self.tr("Worked out from your answers — grade: %1 · stage: %2 · surgical risk: %3")
            .replace("%1", str(dict(grade_choices(self)).get(d["grade"], d["grade"] or "—"))).replace("%2", d["stage"] or "—")
            .replace("%3", names.get(d["risk"] or "", "—")))

    def summary(self) -> list[tuple[str, str]]:
        return []
