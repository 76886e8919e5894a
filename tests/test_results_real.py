"""Results page on the real core: example journeys, real content and rules, both guideline sets.

Clinician view must show exactly the tiers, citations and missing inputs the core returned (the
UI computes nothing), plus a few guideline anchors for the part-1 journeys; patient view must
carry no ranking words anywhere, details expanded.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWizard

from decisionaid.assessment import OPTION_ORDER
from decisionaid.case import Audience
from decisionaid.content import load_content
from decisionaid.session import read_case
from test_results_page import RANKING, page_text
from ui.controller import CaseController
from ui.results_page import ResultsPage

EXAMPLES = Path(__file__).resolve().parents[1] / "resources" / "examples"
JOURNEYS = [
    "home_unknowns",
    "primary_c2_lv_dysfunction",
    "secondary_ventricular_coapt",
    "acute_severe_emergency",
    "primary_high_risk_teer",
    "secondary_atrial_af",
]
GUIDELINES = ["acc-aha-2020", "esc-eacts-2025"]
# Anchors from guideline-facts.md for the part-1 journeys: (example, guideline, option, tier).
ANCHORS = [
    ("primary_c2_lv_dysfunction", "acc-aha-2020", "surgical_repair", "recommended"),
    ("primary_c2_lv_dysfunction", "esc-eacts-2025", "surgical_repair", "recommended"),
    ("secondary_ventricular_coapt", "acc-aha-2020", "medication", "recommended"),
    ("secondary_ventricular_coapt", "acc-aha-2020", "teer", "reasonable"),
]


def load(name: str):
    path = EXAMPLES / f"{name}.json"
    if not path.exists():
        pytest.skip(f"example {name} not available")
    return read_case(path)


def show(qtbot, case, view: str, guideline: str):
    ctl = CaseController(case)
    ctl.set_guideline(guideline)
    wizard = QWizard()
    page = ResultsPage(ctl)
    wizard.addPage(page)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page.set_view(view)
    page._test_wizard = wizard
    return ctl, page


@pytest.mark.parametrize("guideline", GUIDELINES)
@pytest.mark.parametrize("name", JOURNEYS)
def test_clinician_view_shows_what_the_core_decided(qtbot, name, guideline):
    ctl, page = show(qtbot, load(name), "clinician", guideline)
    a = ctl.assessment(guideline)
    labels = load_content("en").labels["tier"]
    assert list(page.cards) == [o.value for o in OPTION_ORDER]
    for result in a.options:
        card = page.cards[result.id.value]
        assert card.tier_label.text().endswith(labels[result.tier.value]), result.id
        citations = [w.text() for w in card.findChildren(QLabel, "citation")]
        assert len(citations) == len(result.recommendations)
        for cit, text in zip(result.recommendations, citations):
            assert f"{cit.society} {cit.year}" in text and f"class {cit.class_}" in text and cit.loe in text
            assert ("NOT verified" in text) is (not cit.verified)
        missing = card.findChild(QLabel, "missing")
        assert (missing is not None) == bool(result.missing)
        if missing is not None:
            assert all(m in missing.text() for m in result.missing)
    assert page.emergency.isVisible() is a.emergency


@pytest.mark.parametrize("name, guideline, option, tier", ANCHORS)
def test_journey_anchors(qtbot, name, guideline, option, tier):
    _, page = show(qtbot, load(name), "clinician", guideline)
    label = load_content("en").labels["tier"][tier]
    assert page.cards[option].tier_label.text().endswith(label)


def test_emergency_journey_has_the_banner_on_top_in_both_views(qtbot):
    for view in ("patient", "clinician"):
        _, page = show(qtbot, load("acute_severe_emergency"), view, "acc-aha-2020")
        assert page.emergency.isVisible()
        assert load_content("en").emergency.title in page.emergency.text()


@pytest.mark.parametrize("name", JOURNEYS)
def test_patient_view_has_no_ranking_words(qtbot, name):
    for guideline in GUIDELINES:
        _, page = show(qtbot, load(name), "patient", guideline)
        for card in page.cards.values():
            card.set_expanded(True)
        # Source lines name publications (e.g. "BMJ Best Practice"): titles, not rankings.
        # "Other care" items quote guideline advice on matters other than the six options (e.g.
        # valve type: "a mechanical valve is reasonable under age 65"), so they are left out here.
        other = {
            ln for w in page.findChildren(QLabel) if w.objectName().startswith("other-care-")
            for ln in w.text().splitlines()
        }
        lines = [ln for ln in page_text(page).splitlines() if not ln.startswith("Source: ")]
        text = "\n".join(ln for ln in lines if ln not in other)
        found = RANKING.search(text)
        assert found is None, f"{name}/{guideline}: {found.group(0)!r} in …{text[max(0, found.start() - 80):found.end() + 40]}…"


def test_view_switch_and_guideline_switch_rerender(qtbot):
    case = load("secondary_atrial_af").model_copy(update={"audience": Audience.patient})
    ctl, page = show(qtbot, case, "patient", "acc-aha-2020")
    assert page.cards["teer"].tier_label is None
    page.view_combo.setCurrentIndex(page.view_combo.findData("clinician"))
    before = page.cards["teer"].tier_label.text()
    page.guideline_combo.setCurrentIndex(page.guideline_combo.findData("esc-eacts-2025"))
    expected = load_content("en").labels["tier"][ctl.assessment("esc-eacts-2025").option("teer").tier.value]
    assert page.cards["teer"].tier_label.text().endswith(expected)
    assert ctl.guideline.value == "esc-eacts-2025"
    if ctl.assessment("acc-aha-2020").option("teer").tier != ctl.assessment("esc-eacts-2025").option("teer").tier:
        assert page.cards["teer"].tier_label.text() != before
