"""Untrusted text is shown literally in Qt: never as HTML, never loading a file, never a crash.

The payloads go in the way a person would put them there (typed key by key into the focused
field) or the way a hostile file would (opened from disk), and every label, message and list
that shows them must show the literal characters. `<img src='/dev/zero'>` rendered as HTML
aborts the process (std::bad_alloc), so reaching the asserts at all is part of the test.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QMessageBox

from test_wizard_helpers import advance_to, click, dialogs, make_window, type_number  # noqa: F401
from ui.plain import as_markup, tooltip
from ui.wizard import PageId

PAYLOADS = [
    "<img src='/dev/zero'>",
    "<b>bold</b>",
    "<a href='file:///etc/passwd'>link</a>",
    "<table><tr><td>cell</td></tr></table>",
    "&amp; &lt;b&gt; &#60;",
    "<h1>Big</h1><script>x()</script>",
]
# In widgets the image payload points at /dev/null: shown as HTML it would load nothing, so a
# regression fails the PlainText asserts instead of exhausting memory like /dev/zero does.
NAME = "<img src='/dev/null'>"  # 22 characters: a valid name
SHOWN = [NAME, *PAYLOADS[1:]]


def without_help_pane(w) -> None:
    """Issue 12 item 1 (typing in the default layout keeps only the first key while the help
    pane is shown) is fixed on the wizard branch; until it lands, type with the pane hidden."""
    if w.toggle_help.isChecked():
        w.toggle_help.trigger()


def focus(qtbot, widget) -> None:
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def type_into_focus(qtbot, text: str) -> None:
    """Type as a keyboard does: one key event per character, into whatever has focus."""
    for ch in text:
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, ch)


def rendered(text: str) -> str:
    """What a rich-text renderer shows for `text` (for escaped message and tooltip text)."""
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def labels_showing(root, needle: str) -> list[QLabel]:
    return [lbl for lbl in root.findChildren(QLabel) if needle in lbl.text()]


@pytest.mark.parametrize("text", PAYLOADS)
def test_escaped_text_renders_as_the_literal_characters(text):
    assert rendered(as_markup(text)) == text
    assert rendered(tooltip(text + "\nsecond line")) == text + "\nsecond line"


def test_a_typed_name_and_a_typed_number_are_shown_literally(qtbot, make_window):  # noqa: F811
    w = make_window()
    without_help_pane(w)
    name_edit = w.findChild(type(w.wizard.page(PageId.START).name_edit), "text.patient_name")
    focus(qtbot, name_edit)
    type_into_focus(qtbot, NAME)
    assert w.controller.case.patient_name == NAME

    advance_to(qtbot, w, PageId.REVIEW)
    review = w.wizard.page(PageId.REVIEW)
    shown = labels_showing(review, NAME)
    assert shown, "the name is not on the review page"
    assert all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in shown)
    # Every label anywhere in the window that shows a payload shows it as plain text.
    for lbl in labels_showing(w, "<img"):
        assert lbl.textFormat() == Qt.TextFormat.PlainText, lbl.objectName()


def test_a_number_field_error_quotes_the_typed_text_literally(qtbot, make_window):  # noqa: F811
    w = make_window()
    without_help_pane(w)
    click(qtbot, w, "choice.audience=clinician")
    advance_to(qtbot, w, PageId.HEART)
    edit = w.findChild(type(w.wizard.page(PageId.START).name_edit), "num.lvef_pct")
    focus(qtbot, edit)
    type_into_focus(qtbot, "<b>6</b>")
    page = w.wizard.currentPage()
    page.commit()
    shown = [lbl for lbl in page.findChildren(QLabel) if "<b>6" in lbl.text() and lbl.isVisible()]
    for lbl in shown:
        assert lbl.textFormat() == Qt.TextFormat.PlainText, lbl.objectName()
    assert w.controller.case.heart.lvef_pct is None  # nothing was stored from it


def test_free_text_on_the_values_page_is_stored_and_listed_literally(qtbot, make_window):  # noqa: F811
    w = make_window(with_part2=True)
    without_help_pane(w)
    if w.wizard.page(PageId.VALUES) is None:
        pytest.skip("values page not built")
    advance_to(qtbot, w, PageId.VALUES)
    page = w.wizard.currentPage()
    for text in SHOWN[:3]:
        focus(qtbot, page.own_edit)
        type_into_focus(qtbot, text)
        qtbot.keyClick(page.own_edit, Qt.Key.Key_Return)
        focus(qtbot, page.question_edit)
        type_into_focus(qtbot, text)
        qtbot.keyClick(page.question_edit, Qt.Key.Key_Return)
    focus(qtbot, page.notes)
    type_into_focus(qtbot, SHOWN[3])
    page.commit_notes()
    prefs = w.controller.case.preferences
    assert prefs.own_priorities == SHOWN[:3]
    assert prefs.questions[-3:] == SHOWN[:3]
    assert prefs.notes == SHOWN[3]
    listed = [lst.item(i).text() for lst in page.findChildren(QListWidget) for i in range(lst.count())]
    for text in SHOWN[:3]:
        assert text in listed
    for lbl in labels_showing(w, "<"):
        assert lbl.textFormat() == Qt.TextFormat.PlainText or lbl.text().startswith("<b>"), lbl.text()


@pytest.mark.parametrize("payload", SHOWN)
def test_a_file_holding_payloads_opens_and_shows_them_literally(qtbot, make_window, dialogs,  # noqa: F811
                                                               tmp_path, payload):
    name = payload[:120]
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps({"patient_name": name, "preferences": {
        "notes": payload, "questions": [payload], "own_priorities": [payload]}}))
    w = make_window()
    dialogs.answer = QMessageBox.StandardButton.Discard
    dialogs.open_name = str(path)
    w.open_action.trigger()
    assert w.controller.case.patient_name == name
    advance_to(qtbot, w, PageId.REVIEW)
    for lbl in labels_showing(w, name):
        assert lbl.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("payload", PAYLOADS)
def test_refusal_messages_quote_payloads_literally(qtbot, make_window, dialogs, tmp_path,  # noqa: F811
                                                   payload):
    w = make_window()
    bad = tmp_path / f"{payload.replace('/', '_')[:60]}.json"
    bad.write_text(json.dumps({"heart": {"lvef_pct": payload}, "preferences": {"ratings": {payload: 1}}}))
    dialogs.answer = QMessageBox.StandardButton.Discard
    dialogs.open_name = str(bad)
    w.open_action.trigger()
    said = dialogs.texts("warning")
    assert "is not a number" in rendered(said)
    assert payload[:40] in rendered(said)  # the literal characters reach the reader
    assert "<img" not in said and "<b>" not in said and "<table" not in said
