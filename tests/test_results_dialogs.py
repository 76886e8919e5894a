"""About-and-evidence and glossary dialogs: the IPDAS certifying items are shown; search works."""

from __future__ import annotations

from PySide6.QtCore import Qt

import decisionaid
from test_results_fixtures import content_dict, fake_content
from ui.about_dialog import AboutDialog, GlossaryDialog


def test_about_shows_date_policy_sources_funding_limitations_version(qtbot):
    data = content_dict()
    data["sources"]["evil"] = {"id": "evil", "citation": "<b>not bold</b>", "grade": "C"}
    from decisionaid.content import Content

    dlg = AboutDialog(content=Content.model_validate(data))
    qtbot.addWidget(dlg)
    text = dlg.browser.toPlainText()
    for expected in (
        "2025-01-01",
        "Fake policy: reviewed every year.",
        "Fake funding.",
        "None (fake).",
        "Fake limitation one",
        "Fake A, et al. Journal 2020",
        "Fake B. Registry 2019 (not yet verified against the primary source)",
        f"Version {decisionaid.__version__}",
        "<b>not bold</b>",  # free text is escaped, shown literally
    ):
        assert expected in text, expected
    dlg.close()


def test_glossary_filters_and_shows_definitions_by_keyboard(qtbot):
    dlg = GlossaryDialog(content=fake_content())
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.terms.count() == 2 and dlg.definition.text() == "An upper chamber of the heart."
    qtbot.keyClicks(dlg.filter, "flap")
    assert [dlg.terms.item(i).text() for i in range(dlg.terms.count())] == ["Leaflet"]
    assert dlg.definition.text() == "A flap of the valve."
    qtbot.keyClicks(dlg.filter, "zzz")
    assert dlg.terms.count() == 0 and "No word" in dlg.definition.text()
    dlg.show_term("Atrium")
    assert dlg.definition.text() == "An upper chamber of the heart."
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
