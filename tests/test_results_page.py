"""Results page with fixture content and assessments: views, tiers, neutrality, re-rendering."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWizard

import decisionaid.content
from decisionaid.assessment import Guideline
from decisionaid.case import Audience, Case
from test_results_fixtures import OPTION_IDS, TIERS, fake_assessment, fake_content
from ui.controller import CaseController
from ui.results_page import ResultsPage

# Words that rank or endorse an option; none may appear in patient view (IPDAS, FDA CDS).
RANKING = re.compile(
    r"\b(recommend(ed|s|ation|ations)?|reasonable|best|preferred|first[- ]line|ideal|"
    r"favou?red|rank(ed|ing)?|tier)\b",
    re.IGNORECASE,
)


class FixtureController(CaseController):
    """A controller whose assessment comes from the fixture (the rules are tested elsewhere)."""

    emergency = False

    def assessment(self, guideline=None):
        return fake_assessment(guideline or self.guideline, emergency=self.emergency)


@pytest.fixture
def content(monkeypatch):
    monkeypatch.setattr(decisionaid.content, "load_content", lambda lang="en": fake_content(lang))


def make_wizard(qtbot, controller):
    wizard = QWizard()
    page = ResultsPage(controller)
    wizard.addPage(page)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard, page


def page_text(page) -> str:
    """Everything a reader could see or hear on the page, expanded or not."""
    parts = []
    for w in page.findChildren(QLabel):
        parts.append(w.text())
    for w in page.findChildren(QAbstractButton):
        parts += [w.text(), w.accessibleName()]
    for w in page.findChildren(QComboBox):
        parts.append(w.currentText())
    parts.append(page.table.all_text())
    return "\n".join(parts)


def test_clinician_view_shows_tiers_reasons_citations_and_missing(qtbot, content):
    ctl = FixtureController(Case(audience=Audience.clinician))
    _, page = make_wizard(qtbot, ctl)
    assert page.view == "clinician"
    assert list(page.cards) == OPTION_IDS
    labels = fake_content().labels["tier"]
    for oid, tier in TIERS[Guideline.acc_aha_2020].items():
        card = page.cards[oid]
        assert card.tier_label.text().endswith(labels[tier.value])
        texts = [w.text() for w in card.findChildren(QLabel)]
        cit = [t for t in texts if t.startswith("ACC/AHA 2020")]
        assert cit and "class 2a" in cit[0] and "B-NR" in cit[0]
        assert ("NOT verified" in cit[0]) == (OPTION_IDS.index(oid) % 2 == 1)
        assert any(f"reason for {oid}" in t for t in texts)
    missing = page.cards["teer"].findChild(QLabel, "missing")
    assert missing is not None and "LVEF" in missing.text()
    assert page.cards["monitoring"].findChild(QLabel, "missing") is None
    assert "Guideline tier" in page.table.all_text()


def test_patient_view_is_neutral_fixed_order_and_has_no_tiers(qtbot, content):
    ctl = FixtureController(Case(audience=Audience.patient))
    _, page = make_wizard(qtbot, ctl)
    for card in page.cards.values():
        card.set_expanded(True)
    assert list(page.cards) == OPTION_IDS
    assert all(card.tier_label is None for card in page.cards.values())
    text = page_text(page)
    assert "discuss with their care team" in text
    assert RANKING.search(text) is None, RANKING.search(text)
    # switching to clinician view shows the tiers (so the check above can fail)
    page.view_combo.setCurrentIndex(page.view_combo.findData("clinician"))
    assert RANKING.search(page_text(page)) is not None


def test_switching_guideline_rerenders_from_the_core(qtbot, content):
    ctl = FixtureController(Case(audience=Audience.clinician))
    _, page = make_wizard(qtbot, ctl)
    labels = fake_content().labels["tier"]
    assert page.cards["monitoring"].tier_label.text().endswith(labels["not_recommended"])
    page.guideline_combo.setFocus()
    qtbot.keyClick(page.guideline_combo, Qt.Key.Key_Down)
    assert ctl.guideline is Guideline.esc_eacts_2025
    assert page.assessment.guideline is Guideline.esc_eacts_2025
    assert page.cards["monitoring"].tier_label.text().endswith(labels["reasonable"])
    assert "ESC/EACTS 2025" in page.cards["teer"].findChild(QLabel, "citation").text()


def test_details_show_equal_benefits_and_risks_and_icon_arrays(qtbot, content):
    ctl = FixtureController(Case())
    _, page = make_wizard(qtbot, ctl)
    card = page.cards["medication"]
    assert not card.details.isVisible()
    card.toggle.setFocus()
    qtbot.keyClick(card.toggle, Qt.Key.Key_Space)
    assert card.details.isVisible()
    texts = [w.text() for w in card.details.findChildren(QLabel)]
    assert "• medication benefit one\n• medication benefit two" in texts
    assert "• medication risk one\n• medication risk two" in texts
    from ui.icon_array_widget import IconArrayWidget

    arrays = card.details.findChildren(IconArrayWidget)
    assert len(arrays) == 1 and arrays[0].is_valid()
    assert arrays[0].array.filled == 4
    assert arrays[0].accessibleName().startswith("4 of 100 people")
    assert any("Fake B. Registry 2019" in t for t in texts)  # the source, resolved
    assert card.details.findChild(QLabel, "unverified") is not None  # medication's number is unverified
    assert page.cards["monitoring"].details.findChild(QLabel, "unverified") is None


def test_emergency_banner_on_top_when_the_core_says_so(qtbot, content):
    ctl = FixtureController(Case())
    ctl.emergency = True
    wizard, page = make_wizard(qtbot, ctl)
    assert page.emergency.isVisible()
    assert "Call emergency services now" in page.emergency.text()
    assert page.layout().indexOf(page.emergency) == 0
    ctl.emergency = False
    page.refresh()
    assert not page.emergency.isVisible()


def test_core_failure_is_shown_not_raised(qtbot, content):
    class Broken(FixtureController):
        def assessment(self, guideline=None):
            raise RuntimeError("rules not available")

    _, page = make_wizard(qtbot, Broken(Case()))
    assert page.problem.isVisible() and "rules not available" in page.problem.text()


def test_every_control_has_an_accessible_name(qtbot, content):
    from PySide6.QtWidgets import QAbstractScrollArea, QTabWidget

    _, page = make_wizard(qtbot, FixtureController(Case(audience=Audience.clinician)))
    controls = page.findChildren(QAbstractButton) + page.findChildren(QComboBox)
    controls += [w for w in page.findChildren(QAbstractScrollArea) if w.parent() is not None]
    controls += page.findChildren(QTabWidget)
    unnamed = [w for w in controls if not w.accessibleName() and w.isVisibleTo(page) and not w.objectName().startswith("qt_")]
    assert not unnamed, [type(w).__name__ for w in unnamed]
