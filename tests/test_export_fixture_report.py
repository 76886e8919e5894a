"""Renderers the export child process imports by name ("module:function"); no tests here.

The child is a fresh (spawned) interpreter, so monkeypatches do not reach it: these functions
run the real report template (decisionaid.report.render_pdf) on the fixture content and
assessment, so export tests do not depend on the state of resources/content or the rules.
Qt-free on purpose: the child should stay light.
"""

from __future__ import annotations

import time
from pathlib import Path

from test_results_fixtures import fake_assessment, fake_content

TARGET = "test_export_fixture_report:write_fixture_report"
FAILING = "test_export_fixture_report:write_failing"
SLOW = "test_export_fixture_report:write_slow"


def write_fixture_report(case, path, *, audience, guideline, paper="letter", large_print=False, booklet=False,
                         lang="en"):
    from decisionaid.report import render_pdf

    data = render_pdf(case, fake_assessment(guideline), fake_content(), audience, paper, large_print, booklet)
    Path(path).write_bytes(data)


def write_failing(case, path, **_kw):
    raise ValueError("the fixture renderer failed on purpose")


def write_slow(case, path, **_kw):
    time.sleep(60)  # cancelled long before this ends
    Path(path).write_bytes(b"%PDF-never")
