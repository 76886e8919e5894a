"""Shared helpers for the wizard tests: real clicks and key presses, dialogs that never block."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QMessageBox, QWidget, QWizard

from ui.wizard import PageId


class DialogRecorder:
    """Stands in for QMessageBox/QFileDialog: records what was said, answers as told."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes
        self.open_name = ""
        self.save_name = ""

    def install(self, monkeypatch) -> "DialogRecorder":
        def box(kind):
            def show(_parent, title, text, *args, **kwargs):
                self.messages.append((kind, title, text))
                return self.answer if kind == "question" else QMessageBox.StandardButton.Ok
            return staticmethod(show)

        for kind in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, box(kind))
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (self.open_name, "")))
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (self.save_name, "")))
        return self

    def texts(self, kind: str | None = None) -> str:
        return "\n".join(t for k, _title, t in self.messages if kind in (None, k))


@pytest.fixture
def dialogs(monkeypatch) -> DialogRecorder:
    return DialogRecorder().install(monkeypatch)


@pytest.fixture
def make_window(qtbot, dialogs):
    """Build and show a MainWindow (part-1 pages only unless asked)."""
    from ui.main_window import MainWindow

    made = []

    def make(with_part2: bool = False, **kw):
        w = MainWindow(with_part2=with_part2, **kw)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
        made.append(w)
        return w

    yield make
    for w in made:
        w.sessions.dirty = False  # no save prompt at teardown
        w.close()


def widget(w: QWidget, name: str) -> QWidget:
    found = w.findChild(QWidget, name)
    assert found is not None, f"no widget named {name}"
    return found


def click(qtbot, w: QWidget, name: str) -> None:
    target = widget(w, name)
    assert target.isVisible(), f"{name} is not visible"
    # Near the left edge: a check box's clickable area is its box and text, not its full width.
    pos = QPoint(min(8, target.width() // 2), target.height() // 2)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=pos)


def type_number(qtbot, w: QWidget, field: str, text: str, clear: bool = True) -> None:
    edit = w.findChild(QLineEdit, f"num.{field}")
    assert edit is not None and edit.isVisible(), field
    if clear:
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def choose(qtbot, w: QWidget, combo_name: str, value) -> None:
    """Pick a drop-down entry with the keyboard (Home, then Down until it is current)."""
    combo = w.findChild(QComboBox, f"combo.{combo_name}")
    assert combo is not None and combo.isVisible(), combo_name
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value, (combo_name, value)


def next_button(w) -> QWidget:
    return w.wizard.button(QWizard.WizardButton.NextButton)


def click_next(qtbot, w) -> int:
    button = next_button(w)
    assert button.isVisible() and button.isEnabled(), (
        f"Next is disabled on page {w.wizard.currentId()}: "
        f"{w.wizard.currentPage().errors() if hasattr(w.wizard.currentPage(), 'errors') else ''}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return w.wizard.currentId()


def advance_to(qtbot, w, page: PageId) -> None:
    for _ in range(12):
        if w.wizard.currentId() == page:
            return
        click_next(qtbot, w)
    assert w.wizard.currentId() == page


def type_keys(qtbot, text: str) -> None:
    """Type as a keyboard does: each character goes to whatever has the focus *now*.

    qtbot.keyClicks(widget, ...) sends every key to one widget even if the focus has moved
    away, which hid the "only the first character is kept" bug; this does not.
    """
    for ch in text:
        target = QApplication.focusWidget()
        assert target is not None, f"nothing has the focus before {ch!r}"
        qtbot.keyClick(target, ch)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key (Tab, Space, arrows, Alt+N …) to the focused widget, as the keyboard sends it."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no focused widget and no active window"
    qtbot.keyClick(target, key, modifier)


def click_into(qtbot, edit: QWidget) -> None:
    """Click into a text box and select what is in it (as a person replaces a value)."""
    assert edit.isVisible() and edit.isEnabled(), edit.objectName()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(5, edit.height() // 2))
    assert QApplication.focusWidget() is edit, (
        f"clicking {edit.objectName()} left the focus on {QApplication.focusWidget()}")
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def tab_until(qtbot, found, backward: bool = False, limit: int = 80) -> QWidget:
    """Press Tab (or Shift+Tab) until the focused widget is the one wanted; return it."""
    key = Qt.Key.Key_Backtab if backward else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backward else Qt.KeyboardModifier.NoModifier
    seen = []
    for _ in range(limit):
        current = QApplication.focusWidget()
        if current is not None and found(current):
            return current
        seen.append(current.objectName() if current is not None else None)
        press(qtbot, key, modifier)
    raise AssertionError(f"Tab never reached the widget; went through {seen}")


def named(name: str):
    return lambda widget_: widget_.objectName() == name


def alt(qtbot, w, letter: str) -> int:
    """Alt+letter (a button's mnemonic), waiting for the page to change as a click would."""
    before = w.wizard.currentId()
    press(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: w.wizard.currentId() != before, timeout=2000)
    return w.wizard.currentId()
