"""The step tracker: a named step on every page, five phases, visited phases clickable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from test_wizard_helpers import (  # noqa: F401 - fixtures
    advance_to, click, click_next, dialogs, make_window, widget,
)
from ui.wizard import PageId


def test_named_step_on_every_page_of_both_paths(qtbot, make_window):
    for audience, total in (("patient", 10), ("clinician", 11)):
        w = make_window(with_part2=True)
        click(qtbot, w, f"choice.audience={audience}")
        seen = []
        while True:
            text = w.tracker.step_label.text()
            seen.append(text)
            assert text.startswith(f"Step {len(seen)} of {total} · "), text
            if w.wizard.currentId() == PageId.SUMMARY:
                break
            click_next(qtbot, w)
        assert len(seen) == total
        assert "Step 4 of" in seen[3] and seen[3].endswith("Your symptoms")
        assert seen[-1].endswith("Your summary")


def test_phases_show_where_you_are_and_jump_to_visited_ones(qtbot, make_window):
    w = make_window(with_part2=True)
    click(qtbot, w, "choice.audience=patient")
    names = [b.text() for b in w.tracker.buttons]
    assert names == ["1. About you", "2. Your heart", "3. Your options", "4. What matters",
                     "5. Your summary"]
    assert w.tracker.buttons[0].isChecked()
    assert not w.tracker.buttons[1].isEnabled()  # not reached yet
    advance_to(qtbot, w, PageId.RESULTS)
    assert w.tracker.buttons[2].isChecked() and w.tracker.buttons[1].isEnabled()
    assert "visited" in w.tracker.buttons[1].accessibleName()
    qtbot.mouseClick(w.tracker.buttons[1], Qt.MouseButton.LeftButton)
    assert w.wizard.currentId() == PageId.TYPE  # the first page of "Your heart"
    assert w.tracker.buttons[1].isChecked()
    qtbot.mouseClick(w.tracker.buttons[2], Qt.MouseButton.LeftButton)  # forward again
    assert w.wizard.currentId() == PageId.RESULTS
    assert not w.tracker.buttons[4].isEnabled()


def test_review_page_keeps_change_links(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=patient")
    advance_to(qtbot, w, PageId.REVIEW)
    change = w.wizard.review_page.change_buttons[PageId.SYMPTOMS]
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    assert w.wizard.currentId() == PageId.SYMPTOMS
    assert w.tracker.step_label.text().endswith("Your symptoms")
