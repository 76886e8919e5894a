"""The Qt binding must not leak references to None.

PySide6 6.12.0 dropped one reference to None on every call of a void setter (setWordWrap,
setTextFormat, setText, …). On Python 3.11, where None is an ordinary object, the process then
aborts with "none_dealloc" after a few thousand calls: a long clinic session, or a results page
rebuilt a few hundred times, would have ended in a crash with unsaved work. pyproject.toml keeps
that release out; this test fails on any binding that has the same leak.
"""

from __future__ import annotations

import sys


def test_void_setters_do_not_steal_references_to_none(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

    label, box, edit = QLabel("x"), QCheckBox("y"), QLineEdit()
    before = sys.getrefcount(None)
    for _ in range(500):  # far below the crash, enough to see a leak of one per call
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText("x")
        box.setChecked(True)
        edit.setText("60")
    after = sys.getrefcount(None)
    assert before - after < 50, f"None lost {before - after} references in 2,500 setter calls"
    for w in (label, box, edit):
        w.deleteLater()
