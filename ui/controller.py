"""The one object the UI talks to: it holds the Case and reaches the core for it.

Pages read state from here in initializePage() and write back through `update()`; they never
compute anything clinical (derived grade, stage, risk and options come from decisionaid).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from decisionaid.assessment import Assessment, Guideline
from decisionaid.case import Case


class CaseController(QObject):
    """Holds the Case being built; emits `changed` after every accepted change."""

    changed = Signal()
    guideline_changed = Signal(str)

    def __init__(self, case: Case | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._case = case or Case()
        self._guideline = Guideline.acc_aha_2020

    @property
    def case(self) -> Case:
        return self._case

    def set_case(self, case: Case) -> None:
        self._case = case
        self.changed.emit()

    @property
    def guideline(self) -> Guideline:
        return self._guideline

    def set_guideline(self, guideline: Guideline | str) -> None:
        self._guideline = Guideline(guideline)
        self.guideline_changed.emit(self._guideline.value)
        self.changed.emit()

    def update(self, section: str | None = None, **fields: Any) -> None:
        """Set fields on the Case (or one of its sections); raises pydantic.ValidationError.

        The Case is rebuilt and validated as a whole, so a rejected value leaves it unchanged.
        """
        data = self._case.model_dump()
        target = data if section is None else data[section]
        for key, value in fields.items():
            target[key] = value
        self._case = Case.model_validate(data)
        self.changed.emit()

    def assessment(self, guideline: Guideline | str | None = None) -> Assessment:
        from decisionaid.rules import assess

        return assess(self._case, guideline or self._guideline)
