"""Live values (grade, stage, risk) are recomputed when a page is shown again after Back or
after a change made on another page."""

from __future__ import annotations

from test_wizard_helpers import (  # noqa: F401 - fixtures
    advance_to, alt, click, click_into, dialogs, make_window, type_keys, widget,
)
from ui.wizard import PageId


def test_stage_follows_nyha_entered_on_the_next_page(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    advance_to(qtbot, w, PageId.SEVERITY)
    click(qtbot, w, "choice.grade=severe")
    live = widget(w, "derivedSeverity")
    before = live.text()
    assert "Stage: —" in before or "Stage: unknown" in before or "Stage: C" in before, before
    advance_to(qtbot, w, PageId.SYMPTOMS)
    click(qtbot, w, "check.everyday=breathless_exertion")
    click(qtbot, w, "choice.nyha=III")
    assert alt(qtbot, w, "B") == PageId.SEVERITY
    assert "Stage: D" in live.text(), live.text()
    assert w.controller.derived()["stage"] == "D"


def test_risk_category_follows_a_change_made_elsewhere(qtbot, make_window):
    w = make_window()
    click(qtbot, w, "choice.audience=clinician")
    advance_to(qtbot, w, PageId.RISK)
    live = widget(w, "derivedRisk")
    click_into(qtbot, widget(w, "num.sts_prom_pct"))
    type_keys(qtbot, "12.5")
    shown = live.text()
    expected = w.controller.derived()["risk"]
    assert expected in ("high", "prohibitive") and expected in shown
    # the Case changes while the risk page is not shown (e.g. a session is loaded), then Back
    advance_to(qtbot, w, PageId.ANATOMY)
    w.controller.update_sections({"risk": {"sts_prom_pct": 1.0}})
    assert alt(qtbot, w, "B") == PageId.RISK
    now = w.controller.derived()["risk"]
    assert now != expected and now in live.text(), live.text()
    assert widget(w, "num.sts_prom_pct").text() == "1"  # the field shows the Case too
