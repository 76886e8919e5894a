"""The one object the UI talks to: it holds the Case and reaches the core for it.

Pages read state from here in initializePage() and write back through `update()`; they never
compute anything clinical (derived grade, stage, risk and options come from decisionaid).
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when first needed: pydantic is not on the path to the first page
    from decisionaid.assessment import Assessment, Guideline
    from decisionaid.case import Case

#: the model's defaults, for the first page shown before the model is loaded
DEFAULT_AUDIENCE = "patient"
DEFAULT_GUIDELINE = "acc-aha-2020"

log = logging.getLogger(__name__)


class CaseController(QObject):
    """Holds the Case being built; emits `changed` after every accepted change."""

    changed = Signal()
    guideline_changed = Signal(str)
    #: how the session was left (view, paper) changed: worth an autosave, not a re-render
    session_state_changed = Signal()

    def __init__(self, case: Case | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._case = case  # made on first use (see `case`)
        self._guideline: str = DEFAULT_GUIDELINE  # used while the Case names none
        self._marks_pending = False

    @property
    def case(self) -> Case:
        if self._case is None:
            from decisionaid.case import Case

            self._case = Case()
        return self._case

    def has_case(self) -> bool:
        return self._case is not None

    def is_patient(self) -> bool:
        audience = self._case.audience if self._case is not None else DEFAULT_AUDIENCE
        return audience == "patient"

    def set_case(self, case: Case) -> None:
        self._case = case
        self._marks_pending = False
        self.changed.emit()

    @property
    def unknown_marks(self) -> frozenset[str]:
        """Number fields answered "I don't know" (None in the Case, like blank, but kept apart
        in case.session so a saved session keeps the difference)."""
        if self._case is None:
            return frozenset()
        return frozenset(self._case.session.unknown_fields)

    def _set_session(self, **fields: Any) -> None:
        session = self.case.session.model_copy(update=fields)
        self._case = self.case.model_copy(update={"session": session})

    def set_session_state(self, **fields: Any) -> None:
        """Remember how the session was left (results_view, paper, large_print, ...)."""
        checked = type(self.case.session).model_validate(
            {**self.case.session.model_dump(), **fields})
        if checked != self.case.session:
            self._case = self.case.model_copy(update={"session": checked})
            self.session_state_changed.emit()

    @property
    def guideline(self) -> Guideline:
        from decisionaid.assessment import Guideline

        if self._case is not None and self._case.session.guideline:
            return Guideline(self._case.session.guideline)
        return Guideline(self._guideline)

    def set_guideline(self, guideline: Guideline | str) -> None:
        from decisionaid.assessment import Guideline

        chosen = Guideline(guideline)
        self._guideline = chosen.value
        self._set_session(guideline=chosen)
        self.guideline_changed.emit(self._guideline)
        self.changed.emit()

    def update(self, section: str | None = None, **fields: Any) -> None:
        """Set fields on the Case (or one of its sections); raises pydantic.ValidationError.

        The Case is rebuilt and validated as a whole, so a rejected value leaves it unchanged.
        """
        from decisionaid.case import Case

        data = self.case.model_dump()
        target = data if section is None else data[section]
        for key, value in fields.items():
            target[key] = value
        self._case = Case.model_validate(data)
        self.changed.emit()

    def assessment(self, guideline: Guideline | str | None = None) -> Assessment:
        from decisionaid.rules import assess

        return assess(self.case, guideline or self.guideline)

    # ------------------------------------------------------------ extensions (wizard part 1)

    def update_sections(self, changes: dict[str | None, dict[str, Any]]) -> None:
        """Set fields in several sections at once, validated together (all or nothing)."""
        from decisionaid.case import Case

        data = self.case.model_dump()
        for section, fields in changes.items():
            target = data if section is None else data[section]
            target.update(fields)
        case = Case.model_validate(data)
        if case != self._case or self._marks_pending:
            self._case = case
            self._marks_pending = False
            self.changed.emit()

    def mark_unknown(self, key: str, unknown: bool) -> None:
        marks = set(self.unknown_marks)
        (marks.add if unknown else marks.discard)(key)
        if marks != self.unknown_marks:
            self._set_session(unknown_fields=sorted(marks))
            self._marks_pending = True  # the next update emits `changed` even if no value moved

    def derived(self) -> dict[str, Any]:
        """Grade, stage and risk category from the core, for live display ("—" when unknown).

        Nothing is computed here: it asks decisionaid, and if a core part is missing or fails
        the display stays empty rather than the app crashing.
        """
        return derived_from_core(self.case, self.guideline)


def derived_from_core(case: Case, guideline: Guideline) -> dict[str, Any]:
    """{"grade", "grade_source", "thresholds", "stage", "risk", "risk_decided_by", "risk_notes"}.

    Values are the core's own vocabulary (a case.Grade value, a stage like "C1", a risk
    category) or None when the core cannot say yet.
    """
    out: dict[str, Any] = dict.fromkeys(
        ("grade", "grade_source", "thresholds", "stage", "risk"), None)
    out["risk_decided_by"], out["risk_notes"] = [], []
    try:
        from decisionaid.risk import categorise_risk

        risk = categorise_risk(case)
        out["risk"], out["risk_decided_by"] = risk.category, list(risk.decided_by)
        out["risk_notes"] = list(risk.notes)
    except Exception:  # noqa: BLE001 - a core gap must never crash the wizard
        _log_once("risk category unavailable")
    try:
        sev, stage = _severity_and_stage(case, guideline)
        if sev is not None:
            out["grade"], out["grade_source"] = sev.grade, sev.source
            out["thresholds"] = sev.thresholds
        out["stage"] = stage
    except Exception:  # noqa: BLE001
        _log_once("severity/stage unavailable")
    return out


_logged: set[str] = set()


def _log_once(what: str) -> None:
    """Log a core gap once per distinct error, not on every key press."""
    import sys

    exc = sys.exc_info()[1]
    key = f"{what}: {type(exc).__name__}: {exc}"
    if key not in _logged:
        _logged.add(key)
        log.warning("%s", key)


def _severity_and_stage(case: Case, guideline: Guideline):
    """Ask decisionaid.derive if present, else the rules' Assessment; (None, None) if neither."""
    try:
        derive = importlib.import_module("decisionaid.derive")
    except ImportError:
        derive = None
    if derive is not None and hasattr(derive, "derive_severity") and hasattr(derive, "derive_stage"):
        sev = derive.derive_severity(case, guideline)
        symptomatic = derive.symptomatic_status(case)
        return sev, derive.derive_stage(case, sev.grade, symptomatic)
    try:
        from decisionaid.rules import assess
    except ImportError:
        return None, None
    a = assess(case, guideline)
    return a.severity, a.stage
