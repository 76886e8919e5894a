"""PDF text that cannot break the page: long unbroken text wraps, direction overrides are gone.

One render of a case at the caps (two renders in all); the PDF is read back with pypdf.
"""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf
import pytest

from decisionaid.case import MAX_NAME_CHARS, Case, Preferences
from decisionaid.report import build_context, render_case_pdf
from decisionaid.text_safety import printable, printable_case

RLO, PDF_ = "\u202e", "\u202c"


def pages_text(data: bytes) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("raw, clean", [
    (f"Ana{RLO}gpj.exe", "Anagpj.exe"),
    ("a\u2066b\u2069c\u202ad\u202be\u202df\u2067g\u2068h\u061ci", "abcdefghi"),
    ("line one\nline two\ttab", "line one\nline two\ttab"),
    ("bell\x07 null\x00 esc\x1b", "bell null esc"),
    ("שלום and مرحبا", "שלום and مرحبا"),  # right-to-left text itself is kept
])
def test_printable_strips_controls_and_keeps_text(raw, clean):
    assert printable(raw) == clean


def test_the_report_context_never_sees_override_characters():
    case = Case(patient_name=f"Ana{RLO}x", preferences=Preferences(
        notes=f"n{RLO}1", questions=[f"q{RLO}2"], own_priorities=[f"p{PDF_}3"]))
    from decisionaid.content import load_content
    from decisionaid.rules import assess

    ctx = build_context(case, assess(case, "acc-aha-2020"), load_content("en"), "patient")
    shown = ctx["case"]
    assert (shown.patient_name, shown.preferences.notes) == ("Anax", "n1")
    assert shown.preferences.questions == ["q2"] and shown.preferences.own_priorities == ["p3"]
    assert printable_case(case).risk == case.risk  # nothing else changes


def test_long_unbroken_text_wraps_and_keeps_the_date_on_page_one():
    name = "W" * MAX_NAME_CHARS
    word = "Z" * 3000
    case = Case(patient_name=name, preferences=Preferences(
        notes=f"{word} Ana{RLO}gpj.exe", questions=["Q" * 500]))
    # The patient sheet leaves notes to the booklet (and the clinician page 2): print both.
    text = pages_text(render_case_pdf(case, audience="patient", paper="a4", booklet=True))
    first = squeeze(text[0])
    assert name in first  # the whole name, not cut
    today = date.today()
    assert f"{today.day}{today.strftime('%B')}{today.year}" in first  # not pushed off the page by the name
    everything = "".join(text)
    # The long word is all there, wrapped into lines that fit (not one line cut at the edge);
    # it may run across a page break, so the Zs are counted rather than matched in one piece.
    runs = [len(r) for r in re.findall("Z+", everything)]
    assert sum(runs) >= len(word) and max(runs) < 120
    assert sum(len(r) for r in re.findall("Q+", everything)) >= 500
    everything = squeeze(everything)
    assert "Anagpj.exe" in everything and "exe.jpg" not in everything
