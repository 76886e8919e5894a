"""The main window's Help and summary actions reach the part-2 dialogs and pages."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from test_wizard_helpers import dialogs, make_window  # noqa: F401  (fixtures)


def _top_level(cls_name: str):
    return [w for w in QApplication.topLevelWidgets() if type(w).__name__ == cls_name and w.isVisible()]


def test_help_menu_opens_about_and_glossary(make_window):
    w = make_window(with_part2=True)
    w.about_action.trigger()
    about = _top_level("AboutDialog")
    assert about, "About and evidence window did not open"
    w.glossary_action.trigger()
    glossary = _top_level("GlossaryDialog")
    assert glossary, "Glossary window did not open"
    for d in about + glossary:
        d.close()


def test_summary_and_print_actions_call_the_summary_page(make_window, monkeypatch):
    w = make_window(with_part2=True)
    page = w.summary_page()
    assert page is not None
    calls = []
    monkeypatch.setattr(page, "create_summary", lambda: calls.append("summary"))
    monkeypatch.setattr(page, "print_summary", lambda: calls.append("print"))
    w.summary_action.trigger()
    w.print_action.trigger()
    assert calls == ["summary", "print"]


def test_actions_are_harmless_without_part2_pages(make_window):
    w = make_window(with_part2=False)
    assert w.summary_page() is None
    w.summary_action.trigger()
    w.print_action.trigger()
