"""Every Case field has its control, and every control writes its field.

Walks the Case schema itself, so a field added to the model (and read by the rules) fails
this test until the clinician path has a widget that writes it; and removing a widget from a
page (say LA diameter from the heart page) fails it too.
"""

from __future__ import annotations

import pytest
from pydantic import BaseModel
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QCheckBox, QComboBox, QLineEdit, QPushButton, QRadioButton, QWidget,
)

from decisionaid.case import Case
from test_wizard_helpers import (  # noqa: F401 - fixtures
    click_into, click_next, dialogs, make_window, type_keys,
)
from test_wizard_typing import sample
from ui.widgets import CheckList, ChoiceField, ComboField, NumberField
from ui.wizard import PageId

#: Case fields that no wizard page binds, each with the place that writes it instead
NOT_ON_A_CASE_PAGE = {
    "schema_version": "file-format version, written by the session file code",
    "created": "date stamp, set when a summary or session is made",
    "risk.euroscore2_inputs": "written by the EuroSCORE II calculator dialog (test_wizard_euroscore)",
}
#: the values page writes the preferences section (test_values_page); the app itself writes
#: how the session was left (I-don't-know marks, guideline, view, paper: test_sessions_reliability)
OTHER_SECTIONS = {"preferences", "session"}


def relevant_case() -> Case:
    """A clinician's case in which every conditional question is asked: the cause of a sudden
    leak (acute onset), rheumatic stenosis (rheumatic MR) and pregnancy plans (a woman)."""
    return Case.model_validate({"audience": "clinician", "onset": "acute",
                                "mr_type": "primary_rheumatic", "risk": {"sex": "female"}})


def schema_fields() -> list[str]:
    out = []
    for name, info in Case.model_fields.items():
        ann = info.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            if name not in OTHER_SECTIONS:
                out += [f"{name}.{sub}" for sub in ann.model_fields]
        else:
            out.append(name)
    return [f for f in out if f not in NOT_ON_A_CASE_PAGE]


def value_at(case: Case, key: str):
    obj = case
    for part in key.split("."):
        obj = getattr(obj, part)
    return obj


def clinician_pages(qtbot, w):
    """(page id, page) along the clinician path, each shown once, up to the review page."""
    from test_wizard_helpers import click

    click(qtbot, w, "choice.audience=clinician")
    seen = []
    while w.wizard.currentId() != PageId.REVIEW:
        seen.append((w.wizard.currentId(), w.wizard.currentPage()))
        click_next(qtbot, w)
    return seen  # go_to() only goes back, so callers walk this list in reverse


def visible_bindings(page):
    return [b for b in page._bindings if page.applies(b) and b.widget.isVisible()]


@pytest.fixture
def walked(qtbot, make_window):
    w = make_window()
    return w, clinician_pages(qtbot, w)


def test_every_case_field_has_a_visible_control_in_the_clinician_path(walked):
    w, pages = walked
    bound = {}
    for pid, page in reversed(pages):  # Back from the review page, one page at a time
        w.wizard.go_to(pid)
        w.controller.set_case(relevant_case())
        page.initializePage()
        for b in visible_bindings(page):
            bound[b.key()] = page
    missing = [f for f in schema_fields() if f not in bound]
    assert not missing, f"Case fields with no control in the clinician path: {missing}"


def test_every_input_on_a_page_belongs_to_a_case_field(walked):
    w, pages = walked
    orphans = []
    for pid, page in reversed(pages):  # Back from the review page, one page at a time
        w.wizard.go_to(pid)
        owners = [b.widget for b in page._bindings]
        for child in page.body.findChildren(QWidget):
            if not isinstance(child, (QAbstractButton, QLineEdit, QComboBox)) or \
                    isinstance(child, QPushButton) or not child.isVisible():
                continue
            if isinstance(child.parent(), QComboBox) or child.objectName().startswith("choice.guideline="):
                continue  # a combo's own parts; the guideline set is a setting, not an answer
            if not any(child is o or o.isAncestorOf(child) for o in owners):
                orphans.append(f"{page.objectName()}: {type(child).__name__} {child.objectName()!r}")
    assert not orphans, f"inputs that write nothing to the Case: {orphans}"


def _left(button: QWidget) -> QPoint:
    """On the indicator: a check box reacts to its box and text, not its full width."""
    return QPoint(8, button.height() // 2)


def _exercise(qtbot, binding, current) -> None:
    """Give the widget an answer different from the Case's, as a person would."""
    w = binding.widget
    if isinstance(w, NumberField):
        click_into(qtbot, w.edit)
        type_keys(qtbot, sample(binding))
    elif isinstance(w, ChoiceField):
        value = next(v for v in w._buttons if v != current)
        qtbot.mouseClick(w.button(value), Qt.MouseButton.LeftButton, pos=_left(w.button(value)))
    elif isinstance(w, ComboField):
        w.setFocus()
        qtbot.keyClick(w, Qt.Key.Key_Home)
        for _ in range(w.count()):
            if w.currentData() != current:
                break
            qtbot.keyClick(w, Qt.Key.Key_Down)
    elif isinstance(w, CheckList):
        box = next(iter(w._boxes.values()))
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=_left(box))
    elif isinstance(w, (QCheckBox, QRadioButton)):
        qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=_left(w))
    elif isinstance(w, QLineEdit):
        click_into(qtbot, w)
        type_keys(qtbot, "Margaret")
    else:
        raise AssertionError(f"{binding.key()}: no way to answer a {type(w).__name__}")


def test_every_control_writes_its_case_field(qtbot, walked):
    w, pages = walked
    checked = []
    for pid, page in reversed(pages):  # Back from the review page, one page at a time
        w.wizard.go_to(pid)
        w.controller.set_case(relevant_case())
        page.initializePage()
        for b in visible_bindings(page):
            if b.key() == "audience":
                continue  # changing it changes the path; the walk itself proves it is written
            w.controller.set_case(relevant_case())
            page.initializePage()
            before = value_at(w.controller.case, b.key())
            _exercise(qtbot, b, before)
            after = value_at(w.controller.case, b.key())
            assert after != before, f"{b.key()}: the control did not write the Case ({before!r})"
            assert not page.errors(), (b.key(), page.errors())
            checked.append(b.key())
    assert len(checked) >= len(schema_fields()) - 1
