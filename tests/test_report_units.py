"""The visit summary without PDF rendering: icon arrays, HTML (escaping, audiences, sections),
the URL fetcher's allow-list, and the report's error messages. Fast: no WeasyPrint layout.

`fake_content()` and `fake_assessment()` are hand-made inputs (also used by test_report_pdf.py)
so these tests do not depend on the clinical content or rules being finished or unchanged.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date

import pytest

from decisionaid import report
from decisionaid.assessment import (
    Assessment,
    Citation,
    Guideline,
    OptionId,
    OptionResult,
    OtherCare,
    RiskResult,
    SeverityResult,
    Tier,
)
from decisionaid.case import Case
from decisionaid.content import Content
from decisionaid.icon_array import icons_filled, make_icon_array

# As long as the real statement: the footer must fit the bottom margin on every page.
NOT_ADVICE = ("Not medical advice: talk it over with your care team. This aid helps you get ready for "
              "a talk with your care team. It does not take the place of your doctor. It cannot tell you "
              "what to do. In an emergency, call 911 in the US or 112 in Europe.")
NASTY = '<img src="http://127.0.0.1:9/x.png"></td><script>alert(1)</script>'

# Distinct counts per option so a test can tell each option's numbers apart.
COUNTS = {"monitoring": 23, "medication": 17, "teer": 9, "surgical_repair": 2.5,
          "surgical_replacement": 6, "tmvr": 0.3}


def _wording(oid: str, who: str) -> dict:
    return {
        "name": f"{oid.replace('_', ' ').title()} ({who})",
        "short": f"Short line for {oid}",
        "what_it_is": f"What {oid} is, in {who} words.",
        "what_it_is_like": {
            "hospital_stay": f"stay-{oid}", "recovery": f"recovery-{oid}",
            "anaesthesia": f"anaesthesia-{oid}", "lifelong_medicines": f"medicines-{oid}",
            "valve_click": f"click-{oid}", "follow_up": f"follow-{oid}",
            "how_long_it_lasts": f"lasts-{oid}",
        },
        "benefits": [f"benefit-{oid}-1", f"benefit-{oid}-2"],
        "risks": [f"risk-{oid}-1", f"risk-{oid}-2"],
    }


def fake_content(**overrides) -> Content:
    options = {}
    for oid, n in COUNTS.items():
        options[oid] = {
            "id": oid, "patient": _wording(oid, "patient"), "clinician": _wording(oid, "clinician"),
            "key_numbers": [{
                "id": f"{oid}-death", "kind": "harm", "count": n, "horizon": "1 year",
                "reference_group": f"people like you ({oid})",
                "patient_text": f"About {n:g} in 100 people died within 1 year after {oid}.",
                "clinician_text": f"1-year mortality after {oid}: {n:g}% (trial arm).",
                "source": "src-unverified" if oid == "tmvr" else "src-a",
                "uncertainty": f"95% CI for {oid}", "verified": oid != "tmvr",
            }],
            "sources": ["src-a"],
        }
    sec = lambda i, t: {"id": i, "title": t, "paragraphs": [f"{t} paragraph."], "bullets": [f"{t} bullet"]}  # noqa: E731
    data = {
        "lang": "en", "options": options,
        "other_care": {"af_treatment": {"id": "af_treatment", "patient_name": "Heart rhythm care",
                                        "patient_text": "Treating an irregular heartbeat.",
                                        "clinician_name": "AF management", "clinician_text": "Rate/rhythm control."}},
        "sources": {"src-a": {"id": "src-a", "citation": "Trial A, NEJM 2018", "grade": "C"},
                    "src-unverified": {"id": "src-unverified", "citation": "Registry U 2023", "grade": "UNVERIFIED"}},
        "glossary": [{"term": "Leaflet", "definition": "A flap of the valve."}],
        "questions": [{"id": "q1", "text": "How severe is my valve leak?"}],
        "condition": [sec("what", "What MR is")],
        "living_with_mr": [sec("dental", "Dental care and endocarditis prevention")],
        "emergency": sec("emergency", "Call emergency services now"),
        "call_care_team": sec("care_team", "Call your care team the same day"),
        "values": [{"id": "avoid_surgery", "label": "Avoiding open-heart surgery"},
                   {"id": "durable", "label": "A fix that lasts"},
                   {"id": "short_recovery", "label": "A short recovery"}],
        "sure": [{"id": i, "text": f"SURE question {i}?"} for i in
                 ("sure", "understand", "risk_benefit", "encouragement")],
        "sure_citation": "SURE test, Legare 2010.",
        "about": {"content_date": "2025-01-15", "update_policy": "Reviewed every year.",
                  "funding": "No outside funding.", "conflicts_of_interest": "None.",
                  "limitations": ["Not every situation is covered."],
                  "not_medical_advice": NOT_ADVICE,
                  "decision_statement": "Which path for my leaky mitral valve, now or later?"},
        "labels": {"citation_qualifier": {"pending": "Only if criteria met", "comparison": "Not this option's class"},
                   "grade": {"severe": "severe"}, "mr_type": {"primary_degenerative": "primary (degenerative)"},
                   "tier": {"recommended": "Recommended", "reasonable": "Reasonable",
                            "not_recommended": "Not recommended", "may_consider": "May be considered",
                            "not_applicable": "Not applicable", "needs_information": "Needs information"},
                   "stage": {"C1": "C1 (severe, no symptoms, heart working well)"},
                   "follow_up": {}, "red_flag": {"fainting": "Fainting"}},
    }
    data.update(overrides)
    return Content.model_validate(data)


def _cite(i: int, verified: bool) -> Citation:
    return Citation(id=f"cite-{i}", society="ACC/AHA", year=2020, section=f"7.3.{i}", **{"class": "1"},
                    loe="B-NR", text=f"Paraphrase {i}.", verified=verified)


def fake_assessment(emergency: bool = False) -> Assessment:
    tiers = [Tier.recommended, Tier.reasonable, Tier.may_consider, Tier.not_recommended,
             Tier.not_applicable, Tier.needs_information]
    options = [OptionResult(id=oid, tier=t, reasons=[f"reason for {oid.value}"],
                            recommendations=[_cite(i, i % 2 == 0)],
                            missing=["LVESD"] if t == Tier.needs_information else [])
               for i, (oid, t) in enumerate(zip(OptionId, tiers))]
    return Assessment(
        guideline=Guideline.acc_aha_2020,
        severity=SeverityResult(grade="severe", source="echo", thresholds="ASE 2017 primary MR"),
        stage="C1", symptomatic=False,
        risk=RiskResult(category="low", decided_by=["STS-PROM 1.2%"]),
        emergency=emergency, emergency_reasons=["fainting"] if emergency else [],
        follow_up="6-12 months", options=options,
        other_care=[OtherCare(id="af_treatment", reasons=["AF present"])],
    )


def fake_case(**prefs) -> Case:
    return Case.model_validate({
        "patient_name": "Ada Example", "created": date(2025, 3, 4).isoformat(),
        "mr_type": "primary_degenerative", "onset": "chronic",
        "symptoms": {"none_reported": True, "nyha": "I"},
        "preferences": {"ratings": {"avoid_surgery": 4, "durable": 1, "short_recovery": 3},
                        "questions": ["Can my valve be repaired?", "What if I wait?"],
                        "notes": "Daughter Kim will come to the visit.",
                        "sure": {"sure": True, "understand": True, "risk_benefit": False,
                                 "encouragement": True}, **prefs},
    })


def html(audience="patient", case=None, emergency=False, **kw) -> str:
    return report.render_html(case or fake_case(), fake_assessment(emergency), fake_content(), audience, **kw)


def text_of(markup: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", markup))


# ---------------------------------------------------------------- icon arrays


@pytest.mark.parametrize("count,filled", [(0, 0), (0.3, 0), (2.5, 3), (12, 12), (99.6, 100), (100, 100)])
def test_icon_array_colours_the_rounded_count(count, filled):
    import xml.etree.ElementTree as ET

    arr = make_icon_array(count, "had a stroke.")
    assert arr.filled == filled
    paths = {p.get("class"): p.get("d") for p in ET.fromstring(arr.svg).iter("{http://www.w3.org/2000/svg}path")}
    people = {k: d.count("M") // 2 for k, d in paths.items()}  # head + body per person
    assert people.get("filled", 0) == filled and people.get("empty", 0) == 100 - filled


def test_icon_array_text_alternative_and_escaping():
    arr = make_icon_array(12, 'had <b>"this"</b> & that')
    assert arr.alt.startswith("12 of 100 people")
    assert "<b>" not in arr.svg and "&lt;b&gt;" in arr.svg
    assert make_icon_array(0.3, "x").alt.startswith("0 of 100 people")  # describes the picture
    assert make_icon_array(2.5, "x").alt.startswith("3 of 100 people")
    assert arr.data_uri.startswith("data:image/svg+xml;base64,")


@pytest.mark.parametrize("bad", [-1, 100.5, float("nan")])
def test_icon_array_refuses_impossible_counts(bad):
    with pytest.raises(ValueError):
        icons_filled(bad)


# ---------------------------------------------------------------- HTML


def test_html_has_title_language_and_all_sections():
    out = html("clinician")
    assert '<html lang="en"' in out and "<title>" in out
    s = report.report_strings("en")
    for key in ("inputs", "options_clinician", "reasons_page", "sure", "your_questions", "follow_up_interval"):
        assert s[key] in out, key
    assert s["booklet_title"] not in out
    book = html("clinician", booklet=True)
    for key in ("condition", "option_cards", "all_questions", "notes", "safety", "living", "glossary",
                "about", "appendix"):
        assert s[key] in book, key
    assert book.count("<img src=\"data:image/svg+xml") == len(COUNTS)


def test_patient_view_is_neutral_and_in_fixed_order():
    out = text_of(html("patient"))
    for word in ("Recommended", "Reasonable", "Not recommended", "May be considered", "Paraphrase"):
        assert word not in out
    # Each list on side 1 (may fit; depend on what is not known yet; usually do not apply) and
    # the side-2 grid name the options in the one fixed order (the lists are facts, not ranks).
    ctx = report.build_context(fake_case(), fake_assessment(False), fake_content(), "patient")
    sh = ctx["sheet"]
    groups = [[v["id"] for v in sh["fits"]]] + [[v["id"] for g in sh[k] for v in g["views"]]
                                                 for k in ("undecided", "not_fit_known")]
    order = list(COUNTS)
    assert sum(len(g) for g in groups) == len(order)
    for group in groups:
        assert group == sorted(group, key=order.index), group
        names = [f"{o.replace('_', ' ').title()} (patient)" for o in group]
        positions = [out.index(n) for n in names]
        assert positions == sorted(positions), group
    assert report.report_strings("en")["options_fit_intro"].split(".")[0] in out


def test_clinician_view_shows_tiers_reasons_citations_and_unverified_flags():
    out = text_of(html("clinician"))
    for word in ("Recommended", "Reasonable", "Not recommended", "reason for teer",
                 "B-NR", "7.3.3", "UNVERIFIED", "LVESD"):
        assert word in out, word
    book = text_of(html("clinician", booklet=True))
    assert "Paraphrase 3" in book  # the citation text is in the booklet appendix



def test_unverified_numbers_flagged_in_patient_view_too():
    out = text_of(html("patient", booklet=True))
    assert report.report_strings("en")["unverified"] in out
    assert "About 0.3 in 100 people died within 1 year after tmvr." in out


def test_icon_alt_text_in_html_matches_each_number():
    out = html("patient", booklet=True)
    for oid, n in COUNTS.items():
        alt = f'alt="{int(n + 0.5)} of 100 people coloured in: About {n:g} in 100 people died within 1 year after {oid}."'
        assert alt in out, oid


def test_unknowns_are_marked_ask():
    out = text_of(html("patient", case=Case()))
    assert out.count("not known yet – ask your team") >= 2  # type, symptoms (side 1 situation)


def test_free_text_is_escaped_everywhere():
    case = fake_case(questions=[NASTY], notes=NASTY, own_priorities=[NASTY]).model_copy(
        update={"patient_name": NASTY})
    for audience in ("clinician", "patient"):
        out = html(audience, case=case)  # name, priority, question on page/side 1
        assert "<script>" not in out and 'src="http://' not in out
        assert out.count("&lt;script&gt;") >= 3, audience
    out = html("clinician", case=case, booklet=True)  # plus the notes in the booklet
    assert "<script>" not in out and out.count("&lt;script&gt;") >= 4


def test_emergency_box_comes_first():
    out = html("patient", emergency=True)
    body = out[out.index("<main>"):]
    assert body.index('class="emergency"') < body.index("<h1>")
    assert "Fainting" in body
    assert 'class="emergency"' not in html("patient")


def test_ratings_sorted_and_sure_flagged():
    out = text_of(html("patient"))
    assert out.index("Avoiding open-heart surgery") < out.index("A short recovery") < out.index("A fix that lasts")
    assert "Avoiding open-heart surgery (a lot)" in out
    assert "You said yes to 3 of 4." in out and report.report_strings("en")["sure_flag_short"].split(".")[0] in out
    assert "You said no to: “SURE question risk_benefit?”" in out  # the item answered "no"
    all_yes = fake_case(sure={k: True for k in ("sure", "understand", "risk_benefit", "encouragement")})
    assert "You said yes to 4 of 4." in text_of(html(case=all_yes))
    assert report.report_strings("en")["sure_flag_short"].split(".")[0] not in text_of(html(case=all_yes))


def test_paper_and_large_print_css():
    assert "size: letter" in html() and "font-size: 11pt" in html()
    a4 = html(paper="a4", large_print=True)
    assert "size: A4" in a4 and "font-size: 14pt" in a4


@pytest.mark.parametrize("kw,msg", [({"paper": "legal"}, "Paper"), ({"audience": "nurse"}, "Audience")])
def test_bad_paper_or_audience_is_a_clear_error(kw, msg):
    args = {"audience": "patient", **kw}
    with pytest.raises(report.ReportError, match=msg):
        report.render_html(fake_case(), fake_assessment(), fake_content(), **args)


@pytest.mark.parametrize("text", ['Page"; } body { x: url(http://a) ', "a\\\"b\nc", "</style><script>x</script>", "Seite 1 – é"])
def test_css_string_cannot_break_out(text):
    """Parsed back by tinycss2 (as WeasyPrint does), the literal is one string token that holds
    exactly the text, and it cannot close the <style> element."""
    import tinycss2

    lit = report.css_string(text)
    tokens = [t for t in tinycss2.parse_component_value_list(lit) if t.type != "whitespace"]
    assert len(tokens) == 1 and tokens[0].type == "string" and tokens[0].value == text
    assert "</" not in lit and "\n" not in lit


# ---------------------------------------------------------------- fetcher and import cost


def test_fetcher_allows_only_resources_and_data(tmp_path):
    from weasyprint.urls import FatalURLFetchingError

    from decisionaid import resource_files

    f = report.make_fetcher()
    font = resource_files.fs_path("fonts", "DejaVuSans.ttf").resolve()
    assert f.fetch(font.as_uri()).read()[:4] == b"\x00\x01\x00\x00"
    assert f.fetch("data:text/plain;base64,aGk=").read() == b"hi"
    outside = tmp_path / "secret.txt"
    outside.write_text("x")
    for url in ("http://127.0.0.1:9/x.png", "https://example.org/a.css", "ftp://h/x",
                outside.as_uri(), font.as_uri().replace("fonts/DejaVuSans.ttf", "../../etc/passwd"),
                "file://otherhost/etc/passwd"):
        with pytest.raises(FatalURLFetchingError):
            f.fetch(url)
    assert len(f.refused) == 6


def test_importing_report_does_not_import_weasyprint():
    code = "import sys, decisionaid.report, decisionaid.cli_report; print('weasyprint' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False"


def test_report_strings_are_all_text():
    """YAML turns bare yes/no into booleans: every key and value must still be text."""
    strings = report.report_strings("en")
    def text(v) -> bool:
        if isinstance(v, dict):
            return all(isinstance(k, str) and text(x) for k, x in v.items())
        return isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v))

    bad = {k: v for k, v in strings.items() if not isinstance(k, str) or not text(v)}
    assert bad == {}
    assert len(strings["rating_words"]) == 5  # ratings 0-4
