"""Readable by a 70-year-old: a larger start on the patient path, everything scales, nothing is
clipped or scrolls sideways at the largest text size, hints have contrast, focus is visible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QRadioButton, QScrollArea

from test_wizard_helpers import click, click_into, dialogs, make_window  # noqa: F401
from ui.look import FOCUS_COLOR, PATIENT_BASE_POINTS, contrast
from ui.settings import MAX_POINT_SIZE
from ui.wizard import PageId


def test_patient_path_starts_larger_and_clinician_at_the_system_size(qtbot, make_window):
    w = make_window()
    assert w.controller.case.audience.value == "patient"
    assert w.text_size() >= PATIENT_BASE_POINTS >= 14
    label = w.wizard.currentPage().intro
    assert label.font().pointSize() == w.text_size()  # reaches the page's own labels
    click(qtbot, w, "choice.audience=clinician")
    assert w.text_size() == max(QApplication.font().pointSize(), 8)
    click(qtbot, w, "choice.audience=patient")
    assert w.text_size() >= PATIENT_BASE_POINTS
    w.larger_action.trigger()  # a size the person chose is kept whatever the audience
    chosen = w.text_size()
    click(qtbot, w, "choice.audience=clinician")
    assert w.text_size() == chosen


def clipped(page) -> list[str]:
    bad = []
    for lbl in page.findChildren(QLabel):
        if not lbl.isVisibleTo(page) or not lbl.text().strip() or lbl.width() <= 1:
            continue
        if lbl.wordWrap():
            if lbl.heightForWidth(lbl.width()) > lbl.height() + 2:
                bad.append(f"label {lbl.text()[:40]!r}: needs {lbl.heightForWidth(lbl.width())} px, has {lbl.height()}")
        elif lbl.sizeHint().width() > lbl.width() + 2:
            bad.append(f"label {lbl.text()[:40]!r}: needs {lbl.sizeHint().width()} px, has {lbl.width()}")
    for button in page.findChildren(QAbstractButton):
        if button.isVisibleTo(page) and button.text() and button.sizeHint().width() > button.width() + 2:
            bad.append(f"{type(button).__name__} {button.text()[:40]!r}: {button.sizeHint().width()} > {button.width()}")
    for area in page.findChildren(QScrollArea):
        if area.isVisibleTo(page) and area.widget() is not None:
            if area.widget().minimumSizeHint().width() > area.viewport().width() + 2:
                bad.append(f"sideways scrolling in {area.objectName() or 'a scroll area'}")
    return bad


@pytest.mark.parametrize("audience", ["patient", "clinician"])
def test_nothing_clipped_at_the_largest_text_size(qtbot, make_window, audience):
    w = make_window()
    click(qtbot, w, f"choice.audience={audience}")
    w.apply_text_size(MAX_POINT_SIZE)
    assert w.text_size() == MAX_POINT_SIZE
    problems = {}
    while True:
        page = w.wizard.currentPage()
        qtbot.wait(10)  # let the layout settle
        found = clipped(page)
        if found:
            problems[page.objectName()] = found
        # everything scaled: indicators follow the text, not fixed pixels
        for radio in page.findChildren(QRadioButton):
            if radio.isVisibleTo(page):
                assert radio.sizeHint().height() >= radio.fontMetrics().height()
                assert radio.font().pointSize() == MAX_POINT_SIZE
                break
        if w.wizard.currentId() == PageId.REVIEW:
            break
        w.wizard.next()
    assert not problems, problems


def test_hint_text_has_contrast_and_focus_is_visible(qtbot, make_window):
    w = make_window()
    hints = [lbl for lbl in w.findChildren(QLabel) if lbl.property("hint")]
    assert hints, "the start page shows explanations under the answers"
    for lbl in hints:
        lbl.ensurePolished()
        fg = lbl.palette().color(QPalette.ColorRole.WindowText)
        bg = w.palette().color(QPalette.ColorRole.Window)
        assert contrast(fg, bg) >= 4.5, (lbl.text(), fg.name(), bg.name())
    placeholder = w.palette().color(QPalette.ColorRole.PlaceholderText)
    assert contrast(placeholder, QColor("white")) >= 4.5
    edit = w.findChild(QLineEdit, "text.patient_name")
    w.help_pane.setFocus()
    plain = edit.grab().toImage()
    click_into(qtbot, edit)
    focused = edit.grab().toImage()
    ring = QColor(FOCUS_COLOR)

    def ring_pixels(img) -> int:
        return sum(1 for x in range(0, img.width(), 2)
                   if QColor(img.pixel(x, 1)).name() == ring.name())

    assert ring_pixels(focused) > img_width_share(focused) and ring_pixels(plain) == 0


def img_width_share(img) -> int:
    return img.width() // 8  # the ring runs along most of the top edge


@pytest.mark.parametrize("size", [10, MAX_POINT_SIZE])
def test_side_by_side_comparison_is_not_clipped(qtbot, size):
    from PySide6.QtGui import QFont

    from ui.comparison import ComparisonTable
    from ui.option_card import ui_content

    table = ComparisonTable()
    qtbot.addWidget(table)
    font = QFont(table.font())
    font.setPointSize(size)
    table.setFont(font)
    table.resize(900, 600)
    table.show()
    table.show_options(ui_content(), None, "patient")
    qtbot.wait(50)  # the columns settle, then headers and rows follow them
    header = table.horizontalHeader()
    fm = header.fontMetrics()
    for c in range(table.columnCount()):
        lines = table.horizontalHeaderItem(c).text().splitlines()
        for line in lines:
            assert fm.horizontalAdvance(line) <= table.columnWidth(c), (size, line)
        assert header.height() >= fm.lineSpacing() * len(lines), (size, lines)
        assert table.columnWidth(c) >= table.fontMetrics().averageCharWidth() * 12
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            text = table.item(r, c).text()
            needed = table.fontMetrics().boundingRect(
                0, 0, table.columnWidth(c) - 6, 100000, int(Qt.TextFlag.TextWordWrap), text).height()
            assert table.rowHeight(r) >= needed, (size, r, c, text[:40])


@pytest.mark.parametrize("audience", ["patient", "clinician"])
def test_results_and_summary_fit_a_1280_wide_screen_at_the_largest_text_size(qtbot, make_window, audience):
    """With the emergency box shown (the tallest case): the options and the summary page wrap
    to the window, nothing is clipped, and the window never needs more than 1280 pixels."""
    from test_wizard_helpers import advance_to

    w = make_window(with_part2=True)
    click(qtbot, w, f"choice.audience={audience}")
    w.controller.update("symptoms", red_flags=["severe_breathless_rest"], nyha="IV")
    w.apply_text_size(MAX_POINT_SIZE)
    for pid in (PageId.RESULTS, PageId.SUMMARY):
        advance_to(qtbot, w, pid)
        qtbot.wait(10)  # let the layout settle
        page = w.wizard.currentPage()
        assert not clipped(page), (pid, clipped(page))
        assert w.minimumSizeHint().width() <= 1280, (pid, w.minimumSizeHint())
        assert w.minimumSizeHint().height() <= 800, (pid, w.minimumSizeHint())
