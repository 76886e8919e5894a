"""The help pane explains the words on the current page for the current audience, covers the
results page, collapses on pages without such words; one emergency box per page."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWizardPage

from test_wizard_helpers import (  # noqa: F401 - fixtures
    advance_to, click, click_next, dialogs, make_window, widget,
)
from ui.help_pane import HelpPane, term_patterns, words_on
from ui.wizard import PageId


def terms(w) -> list[str]:
    return [t for t, _d in (w.help_pane.entries or [])]


def test_only_the_words_on_the_page_for_the_audience(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=patient")
    advance_to(qtbot, w, PageId.SYMPTOMS)
    assert terms(w) == ["NYHA class"]  # not the other pages' words
    advance_to(qtbot, w, PageId.HEART)
    patient = terms(w)
    assert any(t.startswith("Ejection fraction") for t in patient)
    assert not any(t.startswith(("CRT", "GDMT")) for t in patient)  # clinician-only rows
    w.wizard.restart()
    click(qtbot, w, "choice.audience=clinician")
    advance_to(qtbot, w, PageId.HEART)
    assert any(t.startswith("CRT") for t in terms(w)) and any(t.startswith("GDMT") for t in terms(w))
    page = w.wizard.currentPage()
    shown = "\n".join([page.subTitle()] + [x.text() for x in page.findChildren(QLabel) + page.findChildren(QAbstractButton)
                                          if x.isVisibleTo(page)])
    for term in terms(w):  # each word listed is shown on the page
        assert any(p.search(shown) for p in term_patterns(term)), term


def test_results_page_words_are_explained(qtbot, make_window):
    w = make_window(with_part2=True)
    click(qtbot, w, "choice.audience=clinician")
    advance_to(qtbot, w, PageId.RESULTS)
    shown = terms(w)
    assert any(t.startswith("TEER") for t in shown) and "TMVR" in shown, shown
    assert w.help_pane.isVisible()
    assert "TMVR" in w.help_pane.toPlainText()


def test_pane_collapses_on_a_page_without_such_words_and_comes_back(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=patient")
    advance_to(qtbot, w, PageId.RISK)
    if terms(w):  # content may change; the rule is checked on a bare page below
        assert w.help_pane.isVisible()
    else:
        assert not w.help_pane.isVisible()
        assert "No special words" not in w.help_pane.toPlainText()
    assert w.toggle_help.isChecked()  # the person's choice is kept
    advance_to(qtbot, w, PageId.REVIEW)
    assert w.help_pane.isVisible() and terms(w)
    pane = HelpPane()
    qtbot.addWidget(pane)
    pane.show()
    bare = QWizardPage()
    bare.setTitle("Hello")
    qtbot.addWidget(bare)
    pane.show_for(bare)
    assert pane.entries == [] and not pane.isVisible()


def test_short_capital_forms_match_whole_words_with_their_case(qtbot):
    page = QWizardPage()
    qtbot.addWidget(page)
    page.setTitle("Mr Smith's chart")  # "Mr" is not MR, "chart" holds no term
    assert not any(t.startswith("Mitral regurgitation") for t, _ in words_on(page))
    page.setTitle("Moderate MR and AF")
    found = [t for t, _ in words_on(page)]
    assert any(t.startswith("Mitral regurgitation") for t in found)
    assert any(t.startswith("Atrial fibrillation") for t in found)


def test_one_emergency_box_per_page(qtbot, make_window):
    w = make_window(with_part2=True)
    click(qtbot, w, "choice.audience=patient")
    advance_to(qtbot, w, PageId.SYMPTOMS)
    click(qtbot, w, "check.red_flags=severe_breathless_rest")
    assert w.banner.isVisible()
    click(qtbot, w, "choice.nyha=IV")
    advance_to(qtbot, w, PageId.RESULTS)
    boxes = [b for b in (w.banner, w.wizard.currentPage().findChild(QLabel, "emergency-banner"))
             if b is not None and b.isVisible()]
    assert len(boxes) == 1, [b.objectName() for b in boxes]
    click_next(qtbot, w)
    assert w.banner.isVisible()  # pages without their own box keep the banner
