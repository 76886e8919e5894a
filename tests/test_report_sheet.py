"""The default visit summary as a reader gets it: one sheet for the patient, two pages for the
clinician, read back from the PDF with pypdf. Every example case carries a patient's answers
(ratings, own words, questions, SURE), so the pages are as full as they get in real use.

Renders are made once per module (about 0.2 s each).
"""

from __future__ import annotations

import io
import math
import re
from functools import lru_cache

import pypdf
import pytest
import yaml

from decisionaid import report, resource_files, sheet
from decisionaid.assessment import OPTION_ORDER, Guideline, OptionId
from decisionaid.case import Case
from decisionaid.content import GRID_ROWS, KeyNumber, load_content
from decisionaid.rules import assess
from decisionaid.session import read_case
from rule_cases import mk

S = report.report_strings("en")
C = load_content("en")
EXAMPLES = sorted(p.stem for p in resource_files.fs_path("examples").glob("*.json"))
SIZES = {"letter": (612, 792), "a4": (595, 842)}


def with_answers(case: Case) -> Case:
    ids = [v.id for v in C.values]
    prefs = case.preferences.model_copy(update={
        "ratings": {ids[0]: 4, ids[1]: 3, ids[2]: 3, ids[-1]: 1},
        "own_priorities": ["I want to look after my grandchildren on weekends.",
                           "I am afraid of a long stay in hospital."],
        "questions": ["Can my own valve be fixed, and by whom?", "What if I wait a year?",
                      "How many of these does this hospital do each year?", "Will I need blood thinners?"],
        "sure": {"sure": False, "understand": True, "risk_benefit": False, "encouragement": True},
    })
    return case.model_copy(update={"preferences": prefs, "patient_name": "Grace Example"})


@lru_cache(maxsize=None)
def example(name: str) -> Case:
    return with_answers(read_case(resource_files.fs_path("examples", f"{name}.json")))


@lru_cache(maxsize=None)
def pdf(name: str, audience: str = "patient", paper: str = "letter", large: bool = False,
        guideline: str = "acc-aha-2020", booklet: bool = False) -> pypdf.PdfReader:
    data = report.render_case_pdf(example(name), audience=audience, paper=paper, large_print=large,
                                  guideline=guideline, booklet=booklet)
    return pypdf.PdfReader(io.BytesIO(data))


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def page_texts(reader: pypdf.PdfReader) -> list[str]:
    return [flat(p.extract_text()) for p in reader.pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------- one sheet, every case


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("name", EXAMPLES)
def test_patient_summary_is_one_sheet_of_that_paper(name, paper):
    reader = pdf(name, paper=paper)
    assert len(reader.pages) == 2, [t[:80] for t in page_texts(reader)]
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == SIZES[paper]


@pytest.mark.parametrize("name", EXAMPLES)
def test_side_one_stands_alone(name):
    side1, side2 = page_texts(pdf(name))
    s1 = squash(side1)
    a = assess(example(name), Guideline.acc_aha_2020)
    for must in (S["title_patient"], "Grace Example", C.about.content_date, S["decision_short"],
                 S["mr_in_brief"][1], S["situation_short"], S["options_fit"], S["top_priorities"],
                 "I want to look after my grandchildren", S["sure_short"], "You said yes to 2 of 4.",
                 S["top_questions"], "Can my own valve be fixed, and by whom?", S["next_step"],
                 *([S["emergency_do"]] if a.emergency else [S["call_now"], *S["call_now_signs"]])):
        assert squash(must) in s1, must
    app = sheet.applicability(a)
    # watchful waiting or medical care is always among the options that may fit
    assert {OptionId.monitoring, OptionId.medication} & set(app.fits)
    for oid in OPTION_ORDER:  # every option is on side 1: as one that may fit, or on one line why not
        assert squash(C.options[oid.value].patient.name) in s1, oid
    names_in_order = [s1.index(squash(C.options[o.value].patient.name)) for o in app.fits]
    assert names_in_order == sorted(names_in_order)  # the fixed neutral order
    if a.emergency:
        assert s1.startswith(squash(S["emergency_title"]))
    assert side2.startswith(S["grid_title"])


def test_usually_not_lines_say_why_in_plain_words():
    s1 = page_texts(pdf("rheumatic_moderate"))[0]
    assert "usually not used when the leak is moderate" in s1
    s1 = page_texts(pdf("home_unknowns"))[0]
    # two or more options on the line: "depend on" (one: "depends on"), under their own heading:
    # options still open are not filed under "usually do not apply"
    assert "depend on what causes the leak; how severe the leak is. Ask your team" in flat(s1)
    undecided, not_fit = flat(s1).index(S["options_undecided"]), flat(s1).index(S["options_not_fit"])
    assert undecided < flat(s1).index("depend on what causes") < not_fit


def text_under_14pt(reader: pypdf.PdfReader) -> list[tuple[float, str]]:
    """(size in pt, text) of every piece of text printed smaller than 14 pt."""
    small = []
    for page in reader.pages:
        def visit(text, cm, tm, font, size):
            pt = size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
            if text.strip() and pt < 13.95:
                small.append((round(pt, 1), text))
        page.extract_text(visitor_text=visit)
    return small


@pytest.mark.parametrize("name", EXAMPLES)
def test_large_print_side_one_fits_and_at_most_four_pages(name):
    reader = pdf(name, large=True, guideline="esc-eacts-2025")
    texts = page_texts(reader)
    assert len(reader.pages) <= 4
    assert squash(S["call_now"]) in squash(texts[0]) or squash(S["emergency_title"]) in squash(texts[0])
    assert squash(S["next_step"]) in squash(texts[0])
    assert S["grid_title"] not in texts[0]
    small = text_under_14pt(reader)
    assert not small, small[:5]  # nothing under 14 pt, captions and footer included
    for t in texts:  # one-line footer on every page, and no near-empty page
        assert S["footer_short"] in t
        assert len(t) > 200, t  # more than a footer and a line: no near-empty page


@pytest.mark.parametrize("guideline", ["acc-aha-2020", "esc-eacts-2025"])
@pytest.mark.parametrize("name", EXAMPLES)
def test_clinician_summary_is_at_most_two_pages(name, guideline):
    reader = pdf(name, audience="clinician", guideline=guideline)
    texts = page_texts(reader)
    assert len(texts) <= 2
    first = squash(texts[0])
    for must in (S["inputs"], S["options_clinician"], S["class_loe"], S["could_change"]):
        assert squash(must) in first, must
    assert squash(S["reasons_page"]) in squash(" ".join(texts))
    assert all(S["clinician_footer_short"] in t and S["footer_short"] not in t for t in texts)


# ---------------------------------------------------------------- side 2: the grid


def test_grid_rows_each_keep_one_time_horizon_for_every_case():
    for name in EXAMPLES:
        case = example(name)
        for g in Guideline:
            a = assess(case, g)
            rows = sheet.grid(sheet.applicability(a).fits, case, a, C)
            for row, cells in rows.items():
                for cell in cells.values():
                    if cell.number is not None:
                        assert cell.number.grid_row == row
                        assert re.search(GRID_ROWS[row], cell.number.horizon), (row, cell.number.id)
                        assert sheet.number_fit(cell.number, case, a) != sheet.DIFFERENT


def test_a_number_from_another_horizon_cannot_join_a_row():
    base = C.options["teer"].key_numbers[0].model_dump()
    with pytest.raises(ValueError, match="does not fit grid row"):
        KeyNumber.model_validate({**base, "horizon": "5 years", "grid_row": "death_procedure", "caption": "x"})
    with pytest.raises(ValueError, match="caption"):
        KeyNumber.model_validate({**base, "horizon": "30 days", "grid_row": "death_procedure", "caption": ""})


def test_grid_shows_rows_legend_no_good_number_and_paired_arrays():
    side2 = page_texts(pdf("secondary_ventricular_coapt"))[1]
    for label in [*S["grid_rows_fixed"].values(), *S["grid_rows"].values()]:
        assert squash(label) in squash(side2), label
    assert squash(S["legend"]) in squash(side2)
    assert S["no_good_number"] in side2
    # COAPT: the clip's 2-year number is paired with the pills-only group
    assert squash("With pills alone: about 46 in 100; with a clip added: about 29 in 100") in squash(side2)
    assert "heart failure and a leak from a weak heart (COAPT trial)" in side2


def test_every_key_number_states_its_population_in_the_file():
    raw = yaml.safe_load(resource_files.fs_path("content", "en", "options.yaml").read_text(encoding="utf-8"))
    for option in raw:
        for kn in option["key_numbers"]:
            assert {"mr_type", "risk"} <= set(kn.get("population", {})), kn["id"]


def _kn(kid: str) -> KeyNumber:
    return next(k for o in C.options.values() for k in o.key_numbers if k.id == kid)


def test_numbers_fit_the_person_or_are_left_off_the_sheet():
    coapt = _kn("teer_coapt_death_2y")
    primary = mk(mr="primary_degenerative", sym="III")
    secondary = mk(mr="secondary_ventricular", sym="III")
    unknown = mk(mr="unknown", sym="III")
    fit = {key: sheet.number_fit(coapt, case, assess(case, Guideline.acc_aha_2020))
           for key, case in (("p", primary), ("s", secondary), ("u", unknown))}
    assert fit == {"p": sheet.DIFFERENT, "s": sheet.FITS, "u": sheet.MAYBE}
    a = assess(primary, Guideline.acc_aha_2020)
    rows = sheet.grid([OptionId.teer], primary, a, C)
    assert all(cell.number is None or cell.number.id != coapt.id for cells in rows.values() for cell in cells.values())
    mac = _kn("tmvr_summit_mac_death_30d")
    no_mac = mk(risk="high", anatomy__severe_mac="no")
    assert sheet.number_fit(mac, no_mac, assess(no_mac, Guideline.acc_aha_2020)) == sheet.DIFFERENT


def test_booklet_labels_numbers_from_people_with_a_different_leak():
    text = flat(" ".join(page_texts(pdf("primary_c1_asymptomatic", booklet=True))))
    i = text.index("About 29 in 100 people died within 2 years with a clip plus pills.")
    # the label names what differs: COAPT's people had a leak from a weak heart, not a floppy valve
    assert S["different_people"].split("{")[0] + S["different_in"]["mr_type"] in text[i:i + 200]


def test_surgery_rows_show_the_persons_own_risk_score():
    case = with_answers(mk(sym="III", risk="high")).model_copy()
    case = case.model_copy(update={"risk": case.risk.model_copy(update={"sts_prom_pct": 9.0})})
    reader = pypdf.PdfReader(io.BytesIO(report.render_case_pdf(case, audience="patient")))
    side2 = flat(reader.pages[1].extract_text())
    assert squash(S["own_score"].format(n="about 9 in 100")) in squash(side2)
    assert "STS" not in side2 and "PROM" not in side2
    assert squash(S["own_score_note"]) in squash(side2) and "surgery in general" in side2


@pytest.mark.parametrize("pct, words", [(9.5, "about 10 in 100"), (0.6, "fewer than 1 in 100"),
                                        (0.99, "fewer than 1 in 100"), (1.0, "about 1 in 100"),
                                        (12.4, "about 12 in 100")])
def test_own_risk_score_is_said_in_whole_people(pct, words):
    w = report._Words(C, "en")
    assert report._own_in100(pct, w) == words
    case = with_answers(mk(sym="III", risk="high"))
    case = case.model_copy(update={"risk": case.risk.model_copy(update={"sts_prom_pct": pct})})
    a = assess(case, Guideline.acc_aha_2020)
    ctx = report.build_context(case, a, C, "patient")
    texts = [c["own_text"] for r in ctx["sheet"]["grid_rows"] for c in r["cells"] if c["own_text"]]
    assert texts and all(t == S["own_score"].format(n=words) for t in texts)


# ---------------------------------------------------------------- patient words only

CLINICIAN_WORDS = [r"\bHR\b", r"\bOR\b", r"\bCI\b", r"\bLOE\b", r"\bclass (I|II|III|1|2a|2b|3)\b",
                   r"\bindicated\b", r"\bIIa\b", r"\bIIb\b", r"MitraClip", r"PASCAL", r"Tendyne",
                   r"SAPIEN", r"Intrepid", r"\bGDMT\b", r"\bLVEF\b", r"Recommended", r"Not recommended",
                   r"All numbers use the same 100 people", r"STS-PROM", r"EuroSCORE"]


@pytest.mark.parametrize("name", EXAMPLES)
def test_no_clinician_words_on_the_patient_sheet(name):
    text = " ".join(page_texts(pdf(name)))
    for pattern in CLINICIAN_WORDS:
        assert not re.search(pattern, text), (pattern, re.search(pattern, text))


# ---------------------------------------------------------------- classes come only from citations

SWEEP = [mk(grade="moderate"), mk(sym="III", risk="high"),
         mk(mr="secondary_atrial", sym="II", heart__atrial_fibrillation="yes"),
         mk(mr="unknown", grade="unknown", sym="unknown", risk="unknown"), mk(risk="prohibitive", sym="IV"),
         mk(onset="acute", sym="IV")]


def _option_rows(text: str, a) -> dict[str, str]:
    """The tiers table, cut into one stretch of text per option (rows come out in order)."""
    start = text.index(S["options_clinician"])
    end = min(i for i in (text.find(S["matters"], start), text.find(S["sure"], start)) if i > 0)
    table = text[start:end]
    labels = [C.labels["option"][o.id.value] for o in a.options]
    out, pos = {}, [table.index(lab) for lab in labels]
    for i, o in enumerate(a.options):
        out[o.id.value] = table[pos[i]:pos[i + 1] if i + 1 < len(pos) else len(table)]
    return out


@pytest.mark.parametrize("guideline", list(Guideline))
def test_every_printed_class_belongs_to_a_recommendation_cited_for_that_option(guideline):
    """Over the examples and a sweep of built cases: each option's row prints exactly the class
    and LOE of its own cited recommendations (never a class derived from the tier), and the
    aid's-reading words when none carries a class."""
    runs = []
    for name in EXAMPLES:
        runs.append((assess(example(name), guideline), pdf(name, audience="clinician", guideline=guideline)))
    for case in SWEEP:
        a = assess(case, guideline)
        runs.append((a, pypdf.PdfReader(io.BytesIO(report.render_pdf(case, a, C, "clinician")))))
    cite = lambda c: squash(f"§{c.section}: {c.class_} / {c.loe}")  # noqa: E731  (as printed)
    universe = {cite(c): c for a, _ in runs for o in a.options for c in o.recommendations if report._has_class(c)}
    tier_labels_carry_classes = any("class" in v for v in C.labels["tier"].values())
    checked = 0
    for a, reader in runs:
        text = flat(" ".join(p.extract_text() for p in reader.pages))
        for oid, row in _option_rows(text, a).items():
            result, flat_row = a.option(oid), squash(row)
            own = {cite(c) for c in result.recommendations if report._has_class(c)}
            for printed in own:
                assert printed in flat_row, (oid, printed)
            for other in set(universe) - own:
                assert other not in flat_row, (oid, other)
            assert sum(flat_row.count(p) for p in own) == len(report._class_lines(result, C)), (oid, row)
            if not own:
                assert squash(S["no_class"]) in flat_row, (oid, row)
            checked += len(own)
            if not tier_labels_carry_classes:  # the tier words never carry a class of their own
                classes = {c.class_ for c in result.recommendations}
                # "the aid's reading: no separate guideline class" is followed by the next cell
                # (e.g. "STS-PROM" among the missing inputs): that phrase names no class.
                for found in re.findall(r"\bclass (\S+?)\b", flat(row).replace(flat(S["no_class"]), " ")):
                    assert found in classes, (oid, found)
    assert checked > 20


# ---------------------------------------------------------------- the booklet


def test_booklet_has_its_sections_and_renders_every_patient_content_file():
    texts = page_texts(pdf("primary_c2_lv_dysfunction", booklet=True))
    text = squash(" ".join(texts))
    assert len(texts) > 8
    for key in ("booklet_title", "condition", "option_cards", "living", "all_questions", "glossary", "about",
                "sources", "safety"):
        assert squash(S[key]) in text, key
    rendered = {  # each patient-facing content file, and text of it that must be printed
        "condition.yaml": [sec.title for sec in C.condition] + [C.condition[0].paragraphs[0]],
        "living.yaml": [sec.title for sec in C.living_with_mr],
        "options.yaml": [o.patient.what_it_is for o in C.options.values()],
        "questions.yaml": [q.text for q in C.questions],
        "glossary.yaml": [report.report_strings("en")["glossary"]],
        "about.yaml": [C.about.funding, C.about.update_policy],
        "sources.yaml": [s.citation for s in C.sources.values()][:5],
        "safety.yaml": [C.emergency.title, C.call_care_team.title],
        "values.yaml": [C.values[0].label, C.sure[0].text],
        "other_care.yaml": [C.other_care["valve_team"].patient_name],
    }
    for file, parts in rendered.items():
        for part in parts:
            assert squash(part) in text, (file, part[:60])
    files = {p.name for p in resource_files.fs_path("content", "en").glob("*.yaml")}
    clinician_only = {"labels.yaml", "reasons.yaml"}
    assert files - clinician_only == set(rendered), "a patient-facing content file is rendered nowhere"


def test_booklet_glossary_lists_only_words_the_booklet_uses():
    ctx = report.build_context(example("primary_c1_asymptomatic"), assess(example("primary_c1_asymptomatic"),
                               Guideline.acc_aha_2020), C, "patient", booklet=True)
    used = ctx["glossary_used"]
    assert 0 < len(used) <= len(C.glossary)
    assert report.build_context(example("primary_c1_asymptomatic"), assess(example("primary_c1_asymptomatic"),
                                Guideline.acc_aha_2020), C, "patient")["glossary_used"] == []


def test_acute_stage_is_said_in_words_and_an_unknown_stage_falls_back():
    w = report._Words(C, "en")
    assert report._stage_text("acute", C, w) in (S["stage_fallback"]["acute"], C.labels["stage"].get("acute"))
    assert report._stage_text("Z9", C, w) == "Z9"
    assert report._stage_text("C1", C, w) == C.labels["stage"]["C1"]


# ---------------------------------------------------------------- a sudden (acute) leak


def test_acute_leak_shows_no_chronic_planned_care_numbers_on_the_sheet():
    """Every key number is from people with a long-term leak and planned care: for a sudden
    leak none is on the sheet (the booklet labels them), the grid says there is no good number
    for emergency surgery, and the medicines cells describe hospital care."""
    case = example("acute_severe_emergency")
    a = assess(case, Guideline.acc_aha_2020)
    for o in C.options.values():
        for kn in o.key_numbers:
            assert sheet.number_fit(kn, case, a) == sheet.DIFFERENT, kn.id
    side2 = page_texts(pdf("acute_severe_emergency"))[1]
    for planned in ("about 1 in 100", "about 4 in 100", "STS records", "None to start most pills",
                    "Pills each day"):
        assert planned not in side2, planned
    assert squash(S["no_good_number_acute"]["death_procedure"]) in squash(side2)
    assert "emergency surgery" in side2
    acute = C.options["medication"].patient.grid_acute
    assert acute is not None and squash(acute.happens) in squash(side2) and "vein" in acute.happens
    booklet = flat(" ".join(page_texts(pdf("acute_severe_emergency", booklet=True))))
    i = booklet.index("died around the time of a repair.")
    assert S["different_people"].split("{")[0] in booklet[i:i + 120]
    assert S["different_in"]["onset"] in booklet[i:i + 220]


def test_every_key_number_states_its_onset_in_the_file():
    raw = yaml.safe_load(resource_files.fs_path("content", "en", "options.yaml").read_text(encoding="utf-8"))
    for option in raw:
        for kn in option["key_numbers"]:
            assert kn["population"].get("onset"), kn["id"]


# ---------------------------------------------------------------- each row, one exact time span


def test_every_grid_number_has_exactly_its_rows_time_span():
    """A number's stated time must match its row in full; a yearly rate ("each year") is a
    rate, never a 1-2 or 5-10 year horizon, so it is never in a row."""
    from decisionaid.content import YEARLY_RATE

    placed = 0
    for o in C.options.values():
        for kn in o.key_numbers:
            if kn.grid_row is None:
                continue
            placed += 1
            assert re.fullmatch(GRID_ROWS[kn.grid_row], kn.horizon), (kn.id, kn.horizon)
            assert not re.search(YEARLY_RATE, kn.horizon, re.IGNORECASE), (kn.id, kn.horizon)
            years = [int(y) for y in re.findall(r"(\d+) years?\b", kn.horizon)]
            if kn.grid_row == "death_1_2y":
                assert years and all(1 <= y <= 2 for y in years), kn.id
            if kn.grid_row == "death_5_10y":
                assert years and all(5 <= y <= 10 for y in years), kn.id
    assert placed > 10
    base = _kn("monitoring_severe_untreated_death_1y").model_dump()
    for horizon, row in (("1 year (each year)", "death_1_2y"), ("1 year", "death_5_10y"),
                         ("5 years (each year)", "death_5_10y"), ("2 years or more", "death_1_2y")):
        with pytest.raises(ValueError):
            KeyNumber.model_validate({**base, "horizon": horizon, "grid_row": row, "caption": "x"})


def test_a_yearly_rate_is_not_in_the_1_to_2_year_row():
    from decisionaid.content import YEARLY_RATE

    for name in EXAMPLES:
        case = example(name)
        a = assess(case, Guideline.acc_aha_2020)
        for row, cells in sheet.grid(sheet.applicability(a).fits, case, a, C).items():
            for cell in cells.values():
                if cell.number is not None:
                    assert not re.search(YEARLY_RATE, cell.number.horizon), (name, row, cell.number.id)
    side2 = page_texts(pdf("primary_c2_lv_dysfunction"))[1]
    assert "no valve procedure" not in side2  # the yearly untreated-severe-MR rate is booklet only


# ---------------------------------------------------------------- large print


def _laid_out_boxes(name: str, large: bool, paper: str = "letter"):
    """WeasyPrint's layout of the patient sheet: (page number, box) for every box."""
    import weasyprint

    case = example(name)
    a = assess(case, Guideline.esc_eacts_2025 if large else Guideline.acc_aha_2020)
    html = report.render_html(case, a, C, "patient", paper=paper, large_print=large)
    doc = weasyprint.HTML(string=html, base_url=report.templates_base_url(),
                          url_fetcher=report.make_fetcher()).render()
    for n, page in enumerate(doc.pages):
        for box in page._page_box.descendants():
            yield n, box


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("name", ["secondary_ventricular_coapt", "home_unknowns", "primary_high_risk_teer"])
def test_pictures_stay_inside_their_grid_cell(name, large):
    cells, pictures = [], []
    for page, box in _laid_out_boxes(name, large):
        tag = getattr(box, "element_tag", "")
        if tag == "td" and type(box).__name__ == "TableCellBox":
            cells.append((page, box))
        elif tag == "img" and "of 100 people" in str(box.element.get("alt")):  # an icon picture
            pictures.append((page, box))
    assert pictures
    for page, pic in pictures:
        left, right = pic.position_x, pic.position_x + pic.margin_width()
        home = [c for p, c in cells if p == page and c.position_x <= left + 0.01 and c.position_y <= pic.position_y
                and pic.position_y <= c.position_y + c.margin_height()]
        assert home, "a picture outside every cell"
        cell = max(home, key=lambda c: c.position_x)
        assert right <= cell.position_x + cell.margin_width() + 0.01, (name, large, right, cell.position_x + cell.margin_width())


@pytest.mark.parametrize("name", EXAMPLES)
def test_large_print_keeps_the_neutral_order_line_and_option_descriptions(name):
    texts = page_texts(pdf(name, large=True, guideline="esc-eacts-2025"))
    side1 = squash(texts[0])
    assert squash(S["options_fit_intro"]) in side1
    a = assess(example(name), Guideline.esc_eacts_2025)
    if not a.emergency:  # with the emergency box, large print keeps names only so side 1 fits
        for oid in sheet.applicability(a).fits:
            assert squash(C.options[oid.value].patient.short) in side1, oid
    # side 1 ends on page 1: its last block is there, the grid is not
    assert squash(S["top_questions"]) in side1 and S["grid_title"] not in texts[0]
    standard = squash(page_texts(pdf(name))[0])
    for oid in sheet.applicability(assess(example(name), Guideline.acc_aha_2020)).fits:
        assert squash(C.options[oid.value].patient.short) in standard, oid


def _lowest_text_y(page) -> float:
    """How far down the page the body text reaches (PDF y, from the bottom), footer left out."""
    ys = []

    def visit(text, cm, tm, font, size):
        if text.strip() and S["footer_short"][:10] not in text and "Page" not in text:
            ys.append(tm[5] * cm[3] + cm[5])
    page.extract_text(visitor_text=visit)
    return min(ys)


@pytest.mark.parametrize("name", EXAMPLES)
def test_large_print_side_two_leaves_no_half_empty_page(name):
    reader = pdf(name, large=True, guideline="esc-eacts-2025")
    height = float(reader.pages[0].mediabox.height)
    # Every grid page but the last is at least half full. Rows are never split across pages
    # (a reader would lose the row's heading), so a page may end a little early.
    for page in reader.pages[1:-1]:
        assert _lowest_text_y(page) < 0.5 * height, name


# ---------------------------------------------------------------- standard print: readable grid


@pytest.mark.parametrize("name", EXAMPLES)
def test_standard_side_two_text_is_at_least_9_5_pt(name):
    small = []

    def visit(text, cm, tm, font, size):
        pt = size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
        if text.strip() and pt < 9.45:
            small.append((round(pt, 1), text))
    pdf(name).pages[1].extract_text(visitor_text=visit)
    small = [(pt, t) for pt, t in small if t.strip() not in S["footer_short"] and not re.fullmatch(r"Page \d+ of \d+", t.strip())]
    assert not small, small[:5]  # the footer (8 pt, every page) is the only smaller text


@pytest.mark.parametrize("name", ["secondary_ventricular_coapt", "primary_high_risk_teer"])
def test_standard_grid_pictures_are_larger(name):
    widths = [box.width for _, box in _laid_out_boxes(name, False)
              if getattr(box, "element_tag", "") == "img" and "of 100 people" in str(box.element.get("alt"))]
    assert widths and min(widths) >= 0.55 * 96, widths  # CSS px: each figure about 1.4 mm or more


def test_coapt_pills_only_arm_fills_the_medicines_cell_beside_the_clip():
    """The clip's cell quotes COAPT's pills-only arm, so the medicines cell beside it gives that
    same arm's number (same trial, same time), not 'no good number'."""
    case = example("secondary_ventricular_coapt")
    a = assess(case, Guideline.acc_aha_2020)
    rows = sheet.grid(sheet.applicability(a).fits, case, a, C)
    for row in ("death_1_2y", "death_5_10y"):
        clip, pills = rows[row]["teer"].number, rows[row]["medication"].number
        assert clip is not None and pills is not None, row
        assert clip.source == pills.source and clip.horizon == pills.horizon
        assert clip.comparison_count == pills.count and pills.comparison_count == clip.count
        assert clip.population == pills.population
    side2 = page_texts(pdf("secondary_ventricular_coapt"))[1]
    assert "about 67 in 100; with a clip added: about 57 in 100" in side2


def test_one_study_with_two_arms_side_by_side_is_one_cell_said_once():
    """COAPT's two groups (pills alone; a clip added) sit in two neighbouring columns: they
    share one cell spanning both, each picture named for its group, each number said once. The
    team's own score (one number for heart surgery in general) spans the surgery columns."""
    case = example("secondary_ventricular_coapt")
    a = assess(case, Guideline.acc_aha_2020)
    html = report.render_html(case, a, C, "patient")
    for row in ("death_1_2y", "death_5_10y"):
        tr = re.search(rf'<tr class="outcome" data-row="{row}">(.*?)</tr>', html, re.S).group(1)
        assert tr.count("<td") == 3, row  # medicines+clip spanned, then the two surgery columns
        assert 'colspan="2"' in tr and tr.count("<img") == 2, row
    tr = re.search(r'<tr class="outcome" data-row="death_procedure">(.*?)</tr>', html, re.S).group(1)
    assert tr.count("<td") == 3 and tr.count(S["own_score_note"]) == 1
    side2 = squash(page_texts(pdf("secondary_ventricular_coapt"))[1])
    for n in (46, 29, 67, 57):
        assert side2.count(squash(f"about {n} in 100")) == 1, n
    assert side2.count(squash(S["same_study_arms_at"].split("{")[0])) == 2
    # "Died over 5-10 years": the cell says its own time, 5 years
    assert squash(S["same_study_arms_at"].format(h="5 years")) in side2
    assert side2.count("COAPT") == 2


def test_emergency_box_lists_only_symptoms_and_no_if():
    """Under 'Call emergency services now' there is no 'call if you have these signs', and the
    signs are the person's symptoms; a sudden severe leak is said on its own, not as a sign."""
    case = example("acute_severe_emergency")
    side1 = page_texts(pdf("acute_severe_emergency"))[0]
    assert squash(C.emergency.paragraphs[0]) not in squash(side1)
    assert "if you have any of these signs" not in side1 and S["call_now"] not in side1
    start = side1.index(S["emergency_intro"]) + len(S["emergency_intro"])
    listed = side1[start:side1.index(".", start)]
    labels = [C.labels["red_flag"][f.value] for f in case.symptoms.red_flags]
    assert labels and all(lab in listed for lab in labels)
    assert "MR" not in listed and "Sudden (acute)" not in listed
    assert S["emergency_acute_why"] in side1 and S["emergency_do"] in side1


# ---------------------------------------------------------------- small leftovers


def test_unknown_values_say_ask_your_team():
    s1 = page_texts(pdf("home_unknowns"))[0]
    assert S["not_known"] == "not known yet – ask your team" and S["not_known"] in s1
    assert not re.search(r"ask \.", s1.replace(S["not_known"] + " .", S["not_known"] + "."))
    assert not re.search(r"\bask\s*\.", s1)


@pytest.mark.parametrize("name", ["primary_c1_asymptomatic", "secondary_ventricular_coapt", "home_unknowns",
                                  "rheumatic_moderate", "acute_severe_emergency"])
def test_booklet_has_no_doubled_full_stops_and_no_stranded_heading(name):
    texts = page_texts(pdf(name, booklet=True))
    for i, t in enumerate(texts):
        assert not re.search(r"[^.]\.\s*\.(?!\.)", t), (i, re.search(r".{40}[^.]\.\s*\.(?!\.)", t))
        body = squash(t).replace(squash(S["footer_short"]), "")
        body = re.sub(r"Page\d+of\d+", "", body)
        assert not body.endswith(squash(S["key_numbers"])), (name, i)


def test_procedure_rows_say_does_not_apply_for_options_without_a_procedure():
    case = example("home_unknowns")
    a = assess(case, Guideline.acc_aha_2020)
    fits = sheet.applicability(a).fits
    assert set(fits) <= sheet.NON_PROCEDURES  # only watchful waiting / medicines may fit here
    side2 = page_texts(pdf("home_unknowns"))[1]
    assert side2.count(S["does_not_apply"]) == 2  # both procedure rows
    side2 = page_texts(pdf("primary_c1_asymptomatic"))[1]  # watchful waiting beside repair surgery
    assert S["does_not_apply"] in side2


# ---------------------------------------------------------------- patient booklet: no statistics jargon

PATIENT_JARGON = [r"\bHR\b", r"\bOR\b", r"\bCI\b", r"adjusted HR", r"\bEROA\b", r"mm2\b", r"95%"]


@pytest.mark.parametrize("name", ["secondary_ventricular_coapt", "primary_c1_asymptomatic", "primary_high_risk_teer",
                                  "secondary_atrial_af", "home_unknowns"])
def test_patient_booklet_has_no_hazard_ratios_or_confidence_intervals(name):
    text = flat(" ".join(page_texts(pdf(name, booklet=True))))
    body = text[:text.rindex(S["sources"])]  # the sources list keeps the citations as published
    for pattern in PATIENT_JARGON:
        assert not re.search(pattern, body), (pattern, re.search(r".{60}" + pattern, body))
    clinician = flat(" ".join(page_texts(pdf(name, audience="clinician", booklet=True))))
    if name == "secondary_ventricular_coapt":
        assert "HR 0.62" in clinician  # the clinician copy keeps them


@pytest.mark.parametrize("name", EXAMPLES)
def test_af_is_explained_on_side_one(name):
    s1 = page_texts(pdf(name))[0]
    if re.search(r"\bAF\b", s1):
        assert "atrial fibrillation (AF), an irregular heartbeat" in s1


def test_a_comparison_with_an_option_not_listed_is_left_off_the_grid():
    """home_unknowns: only medicines fit; COAPT's pills-only number stays, but not its 'with a
    clip added' picture and number (the clip is not a column of this person's grid)."""
    case = example("home_unknowns")
    a = assess(case, Guideline.acc_aha_2020)
    assert [o.value for o in sheet.applicability(a).fits] == ["medication"]
    side2 = squash(page_texts(pdf("home_unknowns"))[1])
    assert squash("about 46 in 100") in side2 and squash("about 67 in 100") in side2
    assert squash("with a clip added") not in side2 and squash("about 29 in 100") not in side2
    assert squash(S["this_option"]) not in side2
    html = report.render_html(case, a, C, "patient")
    row = re.search(r'<tr class="outcome" data-row="death_1_2y">(.*?)</tr>', html, re.S).group(1)
    assert row.count("<img") == 1


def test_the_picture_legend_is_printed_only_with_pictures():
    with_pictures = squash(page_texts(pdf("secondary_ventricular_coapt"))[1])
    assert squash(S["legend"]) in with_pictures
    for name in EXAMPLES:
        case = example(name)
        html = report.render_html(case, assess(case, Guideline.acc_aha_2020), C, "patient")
        side2 = html[html.index('<section class="side2">'):]
        side2 = side2[:side2.index("</section>")]
        assert ("<img" in side2) == (S["legend"] in side2), name

