"""View ▸ Language: the window in Spanish from the compiled .qm, switched live without losing
what was typed, and the choice remembered (settings in the temporary home of conftest.py)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMenu, QWizard

from decisionaid import i18n
from test_wizard_helpers import (  # noqa: F401 - fixtures
    click, click_into, click_next, dialogs, make_window, press, type_keys,
)
from ui import app as ui_app
from ui.settings import Settings
from ui.wizard import PageId

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def ts_messages(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of a .ts file."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return out


SPANISH = ts_messages(TRANSLATIONS / "mrda_es.ts")


def es(context: str, source: str) -> str:
    return SPANISH[(context, source)]


@pytest.fixture(scope="session")
def spanish_qm() -> Path:
    """The compiled Spanish translation (setup-venv.sh builds it; built here if it is missing)."""
    qm = TRANSLATIONS / "mrda_es.qm"
    if not qm.exists() or qm.stat().st_mtime < (TRANSLATIONS / "mrda_es.ts").stat().st_mtime:
        subprocess.run([str(LRELEASE), str(TRANSLATIONS / "mrda_es.ts"), "-qm", str(qm)],
                       check=True, capture_output=True)
    return qm


@pytest.fixture
def language(qapp, spanish_qm):
    """install_translators(lang) for a test, and English (nothing installed) after it."""
    yield lambda lang: ui_app.install_translators(qapp, lang)
    ui_app.install_translators(qapp, "en")
    assert i18n.current() == "en"


def shown_texts(w) -> list[str]:
    """The words a person sees: labels, buttons, menu titles and the window's own."""
    out = []
    for widget in w.findChildren(QLabel) + w.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text().strip():
            out.append(widget.text())
    out += [a.text() for a in w.menuBar().actions()]
    return out


#: English sources whose Spanish is different (and is not also some other string's Spanish)
def english_only() -> set[str]:
    translations = set(SPANISH.values())
    return {src for (_ctx, src), tr in SPANISH.items()
            if tr and tr != src and src not in translations and len(src) > 3}


def test_the_window_speaks_spanish_on_every_page(qtbot, make_window, language):
    language("es")
    assert i18n.current() == "es"
    w = make_window(with_part2=True)
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus == [es("MainWindow", "&File"), es("MainWindow", "&View"), es("MainWindow", "&Help")]
    assert w.wizard.buttonText(QWizard.WizardButton.NextButton) == es("CaseWizard", "&Next >")
    english = english_only()
    click(qtbot, w, "choice.audience=clinician")  # the longer path: every page
    seen = []
    for _ in range(12):
        page = w.wizard.currentPage()
        pid = w.wizard.currentId()
        seen.append(pid)
        assert page.title() not in english, (pid, page.title())
        assert w.wizard.button(QWizard.WizardButton.NextButton).text() in (
            es("CaseWizard", "&Next >"), "")
        if pid != PageId.START:
            assert w.wizard.button(QWizard.WizardButton.BackButton).text() == es("CaseWizard", "< &Back")
        assert w.tracker.step_label.text().startswith("Paso "), w.tracker.step_label.text()
        leftover = [t for t in shown_texts(w) if t in english]
        assert not leftover, (PageId(pid).name, leftover)
        if pid == PageId.SUMMARY:
            break
        click_next(qtbot, w)
    assert set(seen) >= set(PageId), seen
    assert w.windowTitle().startswith(es("MainWindow", "New session")), w.windowTitle()


def lvef_box_of_a_clinician(qtbot, make_window):
    """A new window, the clinician path clicked through to the heart page, focus in LVEF."""
    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    while w.wizard.currentId() != PageId.HEART:
        click_next(qtbot, w)
    click_into(qtbot, w.wizard.currentPage().findChild(QLineEdit, "num.lvef_pct"))
    return w


def to_spanish(qtbot, w) -> None:
    """View > Language > Español, and wait until the wizard speaks Spanish."""
    w.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: w.wizard.buttonText(QWizard.WizardButton.NextButton)
                    == es("CaseWizard", "&Next >"), timeout=3000)


def test_switching_to_spanish_live_keeps_what_was_typed_and_the_page(qtbot, make_window, language):
    language("en")
    w = lvef_box_of_a_clinician(qtbot, make_window)
    type_keys(qtbot, "45")
    assert w.controller.case.heart.lvef_pct == 45
    to_spanish(qtbot, w)
    assert i18n.current() == "es"
    assert w.wizard.currentId() == PageId.HEART
    assert w.controller.case.heart.lvef_pct == 45
    edit = w.wizard.currentPage().findChild(QLineEdit, "num.lvef_pct")
    assert edit.isVisible() and edit.text() == "45"
    assert QApplication.focusWidget() is edit  # the focus came back to the same field
    assert [a.text() for a in w.menuBar().actions()][0] == es("MainWindow", "&File")
    assert w.language_actions["es"].isChecked() and not w.language_actions["en"].isChecked()
    # the page still works: Back and Next in Spanish keep the answers
    click_next(qtbot, w)
    assert w.wizard.currentId() == PageId.RISK
    assert w.controller.case.heart.lvef_pct == 45
    # and back to English
    w.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: w.wizard.buttonText(QWizard.WizardButton.NextButton) == "&Next >",
                    timeout=3000)
    assert w.wizard.currentId() == PageId.RISK and w.controller.case.heart.lvef_pct == 45


def test_the_choice_is_remembered_and_the_first_run_follows_the_system(qapp, monkeypatch,
                                                                       make_window, language):
    assert Settings().language() is None
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert ui_app.chosen_language() == "es"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert ui_app.chosen_language() == "en"
    w = make_window()
    w.language_actions["es"].trigger()
    assert Settings().language() == "es"
    assert ui_app.chosen_language() == "es"  # the next start
    assert ui_app.install_translators(qapp) == "es" and i18n.current() == "es"
    w.language_actions["en"].trigger()
    assert Settings().language() == "en" and i18n.current() == "en"


def test_language_menu_names_each_language_in_its_own_words(make_window, language):
    language("es")
    w = make_window()
    actions = w.language_actions
    assert [a.text() for a in actions.values()] == ["English", "Español"]
    assert all(a.isCheckable() for a in actions.values())
    assert w.language_group.isExclusive()
    assert actions["es"].isChecked()
    menu = w.findChild(QMenu, "menu.language")
    assert menu is not None and menu.accessibleName() == es("MainWindow", "Language")
    assert menu.title() == es("MainWindow", "&Language")
    for lang, action in actions.items():  # read out in the language it names
        assert action.toolTip() == i18n.NATIVE_NAMES[lang]


def test_spanish_installs_qt_and_own_translators_and_english_none(qapp, language):
    from PySide6.QtCore import QCoreApplication

    language("es")
    assert len(ui_app._translators) == 2  # qtbase_es (Qt's own dialogs) and mrda_es
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QCoreApplication.translate("CaseWizard", "&Next >") == es("CaseWizard", "&Next >")
    language("en")
    assert ui_app._translators == []
    assert QCoreApplication.translate("CaseWizard", "&Next >") == "&Next >"


def test_content_and_the_summary_follow_the_chosen_language(qtbot, monkeypatch):
    """Option cards, the glossary pane and the summary use the window's language once the
    content has it (decisionaid.content.LANGUAGES), and English until then."""
    import decisionaid.content
    from decisionaid.case import Case
    from ui.controller import CaseController
    from ui.option_card import content_language
    from ui.summary_page import SummaryPage

    summary = SummaryPage(CaseController(Case()))
    qtbot.addWidget(summary)
    with i18n.using("es"):
        monkeypatch.setattr(decisionaid.content, "LANGUAGES", ("en",))
        assert content_language() == "en" and summary.options().lang == "en"
        monkeypatch.setattr(decisionaid.content, "LANGUAGES", ("en", "es"))
        assert content_language() == "es" and summary.options().lang == "es"
    assert content_language() == "en" and summary.options().lang == "en"


def test_switching_back_and_forth_on_the_results_page_keeps_working(qtbot, make_window, language):
    import gc

    language("en")
    w = make_window(with_part2=True)
    click(qtbot, w, "choice.audience=patient")
    while w.wizard.currentId() != PageId.RESULTS:
        click_next(qtbot, w)
    for lang in ("es", "en", "es", "en", "es"):
        w.language_actions[lang].trigger()
        qtbot.wait(20)
        gc.collect()
        assert w.wizard.currentId() == PageId.RESULTS, lang
        assert len(w.findChildren(type(w.wizard))) == 1  # the old wizards are gone
    assert w.tracker.step_label.text().startswith("Paso ")
    # the option cards are rebuilt from the Spanish content, not just the window's own strings
    from PySide6.QtWidgets import QLabel

    from decisionaid.content import load_content

    shown = " ".join(lab.text() for lab in w.wizard.currentPage().findChildren(QLabel))
    assert load_content("es").options["monitoring"].patient.name in shown
    assert load_content("en").options["monitoring"].patient.name not in shown
    click_next(qtbot, w)
    assert w.wizard.currentId() == PageId.VALUES
    w.wizard.back()
    w.wizard.back()
    assert w.wizard.currentId() == PageId.REVIEW


def test_switching_keeps_back_to_review_and_the_last_summary(qtbot, make_window, language):
    language("en")
    w = make_window(with_part2=True)
    click(qtbot, w, "choice.audience=patient")
    while w.wizard.currentId() != PageId.SUMMARY:
        click_next(qtbot, w)
    w.summary_page().last_path = "/tmp/made-before.pdf"
    w.wizard.go_to(PageId.SYMPTOMS)
    back_to_review = w.wizard.button(QWizard.WizardButton.CustomButton1)
    assert back_to_review.isVisible()
    w.language_actions["es"].trigger()
    assert w.wizard.currentId() == PageId.SYMPTOMS
    back_to_review = w.wizard.button(QWizard.WizardButton.CustomButton1)
    assert back_to_review.isVisible() and back_to_review.text() == es("CaseWizard", "Back to &review")
    assert w.summary_page().last_path == "/tmp/made-before.pdf"


def test_switching_with_a_bad_value_typed_keeps_it_and_the_page(qtbot, make_window, language):
    """A value the Case refused (out of range) is still in its box after the switch, on the
    same page, and the message about it is in the new language."""
    language("en")
    w = lvef_box_of_a_clinician(qtbot, make_window)
    type_keys(qtbot, "450")
    assert w.controller.case.heart.lvef_pct is None
    to_spanish(qtbot, w)
    assert w.wizard.currentId() == PageId.HEART
    edit = w.wizard.currentPage().findChild(QLineEdit, "num.lvef_pct")
    assert edit.text() == "450"
    assert QApplication.focusWidget() is edit
    shown = " ".join(shown_texts(w))
    assert "FEVI" in shown and "450" in shown, shown
    # still refused, and said in Spanish: Next stays off until the value is put right
    assert not w.wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "debe ser de 5 a 90" in shown
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Backspace)
    type_keys(qtbot, "45")
    assert w.controller.case.heart.lvef_pct == 45
    click_next(qtbot, w)
    assert w.wizard.currentId() == PageId.RISK


def test_switching_keeps_a_half_typed_question_on_the_values_page(qtbot, make_window, language):
    """A question typed but not yet added is still in its box after the switch."""
    from test_wizard_helpers import advance_to

    language("en")
    w = make_window(with_part2=True)
    advance_to(qtbot, w, PageId.VALUES)
    click_into(qtbot, w.wizard.currentPage().question_edit)
    type_keys(qtbot, "Who does the clip here")
    to_spanish(qtbot, w)
    page = w.wizard.currentPage()
    assert w.wizard.currentId() == PageId.VALUES
    assert page.question_edit.text() == "Who does the clip here"
    assert QApplication.focusWidget() is page.question_edit
    type_keys(qtbot, "?")
    press(qtbot, Qt.Key.Key_Return)
    assert "Who does the clip here?" in w.controller.case.preferences.questions
