"""The aid in Spanish: content laid over English (words only), the rules' reasons, the printed
summary for every example case, the command line, and readability measured with the Spanish
formulas. English is the original; a translation that restates a number, misses a string or
changes a placeholder is refused (decisionaid.i18n.overlay).
"""

from __future__ import annotations

import io
import math
import re
import subprocess

import pypdf
import pytest

from decisionaid import i18n, report, resource_files
from decisionaid.assessment import Guideline
from decisionaid.content import _FILES, load_content
from decisionaid.rules import assess
from decisionaid.session import read_case

EXAMPLES = sorted(resource_files.fs_path("examples").glob("*.json"))
CONTENT = resource_files.fs_path("content")


# ---------------------------------------------------------------- the files


def test_every_patient_facing_file_has_a_spanish_twin():
    en = {p.name for p in (CONTENT / "en").glob("*.yaml")}
    es = {p.name for p in (CONTENT / "es").glob("*.yaml")}
    # sources.yaml in Spanish holds only the notes on how a source was checked: the references
    # themselves are published ones, kept once in their own language.
    assert es == en
    assert resource_files.fs_path("templates", "strings", "es.yaml").is_file()
    assert resource_files.fs_path("risk", "es.yaml").is_file()


def test_spanish_content_is_validated_by_the_same_models():
    es, en = load_content("es"), load_content("en")
    assert type(es) is type(en) and es.lang == "es"
    assert set(es.options) == set(en.options) and set(es.other_care) == set(en.other_care)
    # references and grades come from one place; only the notes on checking are translated
    assert set(es.sources) == set(en.sources)
    for sid, src in en.sources.items():
        assert (es.sources[sid].citation, es.sources[sid].grade) == (src.citation, src.grade), sid
        assert bool(es.sources[sid].note) == bool(src.note), sid
    assert es.sources["acc_aha_2020"].note.startswith("No se leyó el texto completo")
    assert "Válvula" in " ".join(t.term for t in es.glossary) or "válvula" in " ".join(
        t.definition for t in es.glossary)


def test_key_numbers_are_never_retyped_and_state_the_same_counts():
    """Counts, sources, populations and flags come only from English; every Spanish key-number
    text states exactly the numbers its English twin states."""
    en, es = load_content("en"), load_content("es")
    checked = 0
    for oid, o in en.options.items():
        for a, b in zip(o.key_numbers, es.options[oid].key_numbers, strict=True):
            assert (a.id, a.count, a.source, a.verified, a.population, a.grid_row, a.comparison_count) == (
                b.id, b.count, b.source, b.verified, b.population, b.grid_row, b.comparison_count)
            for field in ("patient_text", "clinician_text", "caption", "comparison", "comparison_caption"):
                assert i18n.numbers_in(getattr(a, field)) == i18n.numbers_in(getattr(b, field)), (a.id, field)
            assert getattr(b, "patient_text") != a.patient_text, a.id
            checked += 1
    assert checked > 20


def test_the_spanish_files_hold_no_numbers_of_their_own():
    """No Spanish file restates a count, a source or a population (the overlay would refuse it;
    this reads the raw files so the rule is visible)."""
    import yaml

    for path in (CONTENT / "es").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        facts = i18n.protected_keys("content", "es", path.name)

        def walk(node, where):
            if isinstance(node, dict):
                for k, v in node.items():
                    assert k not in facts, f"{path.name}: {where}.{k} is restated"
                    walk(v, f"{where}.{k}")
            elif isinstance(node, list):
                for i, v in enumerate(node):
                    walk(v, f"{where}[{i}]")
            else:
                assert node is None or isinstance(node, str), f"{path.name}: {where} is not text"

        walk(data, "")


@pytest.mark.parametrize("bad, message", [
    ({"id": "x", "count": 7, "text": "Unas 6 de cada 100"}, "do not restate"),
    ({"id": "x", "text": "Unas 7 de cada 100"}, "numbers"),
    ({"id": "y", "text": "Unas 6 de cada 100"}, "original has"),
    ({"id": "x"}, "not translated"),
    ({"id": "x", "text": "Unas 6 de cada 100", "extra": "?"}, "not in the original"),
])
def test_the_overlay_refuses_a_translation_that_changes_facts(bad, message):
    original = {"id": "x", "count": 6, "text": "About 6 in 100"}
    with pytest.raises(i18n.TranslationError, match=message):
        i18n.overlay(original, bad)
    assert i18n.overlay(original, {"id": "x", "text": "Unas 6 de cada 100"})["count"] == 6


def test_placeholders_and_decimals():
    assert i18n.numbers_in("2.5% and 1,234 people") == i18n.numbers_in("2,5 % y 1.234 personas")
    with pytest.raises(i18n.TranslationError, match="placeholders"):
        i18n.overlay({"a": "{name} is {value}"}, {"a": "{nombre} es {value}"})


def test_reason_templates_mirror_english():
    from decisionaid.rules.common import _templates

    en, es = _templates("en"), _templates("es")
    assert set(en) == set(es)
    ph = re.compile(r"\{[^{}]*\}")
    for key in en:
        assert set(ph.findall(en[key])) == set(ph.findall(es[key])), key


# ---------------------------------------------------------------- the rules, in Spanish


def test_assessment_words_follow_the_language_and_tiers_do_not():
    for path in EXAMPLES:
        case = read_case(path)
        for g in Guideline:
            a_en, a_es = assess(case, g, "en"), assess(case, g, "es")
            assert [(o.id, o.tier, o.basis) for o in a_en.options] == [(o.id, o.tier, o.basis) for o in a_es.options]
            reasons_en = [r for o in a_en.options for r in o.reasons]
            reasons_es = [r for o in a_es.options for r in o.reasons]
            assert len(reasons_en) == len(reasons_es)
            assert set(reasons_en).isdisjoint(reasons_es) or not reasons_en, path.stem
    assert i18n.current() == "en"  # the language of one call does not leak out of it


# ---------------------------------------------------------------- the printed summary


def _pdf_text(pdf: bytes) -> tuple[int, str, str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(p.extract_text() for p in reader.pages)
    return len(reader.pages), " ".join(text.split()), reader.trailer["/Root"].get("/Lang")


def _english_patient_strings() -> set[str]:
    """English patient-facing sentences whose Spanish twin differs (so must not be printed)."""
    en, es = load_content("en"), load_content("es")
    pairs: list[tuple[str, str]] = []

    def collect(a, b):
        if isinstance(a, dict):
            for k in a:
                collect(a[k], b[k])
        elif isinstance(a, list):
            for x, y in zip(a, b):
                collect(x, y)
        elif isinstance(a, str):
            pairs.append((a, b))

    for oid in en.options:
        collect(en.options[oid].patient.model_dump(), es.options[oid].patient.model_dump())
        for x, y in zip(en.options[oid].key_numbers, es.options[oid].key_numbers):
            collect([x.patient_text, x.caption, x.reference_group], [y.patient_text, y.caption, y.reference_group])
    for part in ("condition", "living_with_mr", "glossary", "questions", "values", "sure"):
        collect([m.model_dump() for m in getattr(en, part)], [m.model_dump() for m in getattr(es, part)])
    collect([en.emergency.model_dump(), en.call_care_team.model_dump()],
            [es.emergency.model_dump(), es.call_care_team.model_dump()])
    collect(en.labels, es.labels)
    collect(report.report_strings("en"), report.report_strings("es"))
    return {" ".join(a.split()) for a, b in pairs
            if a != b and len(a) >= 12 and " " in a.strip() and "{" not in a}


@pytest.fixture(scope="module")
def spanish_runs():
    """Every example with a patient's answers (as the English sheet tests use), in Spanish."""
    from test_report_sheet import example

    out = {}
    for path in EXAMPLES:
        case = example(path.stem)
        for audience in ("patient", "clinician"):
            es = report.render_case_pdf(case, audience=audience, lang="es")
            out[(path.stem, audience)] = _pdf_text(es)
    return out




@pytest.mark.parametrize("name", [p.stem for p in EXAMPLES])
def test_every_example_in_spanish_keeps_the_page_budget(spanish_runs, name):
    """The English budget: the patient sheet is one sheet (two sides), the clinician copy at
    most two pages."""
    n_es, _, lang = spanish_runs[(name, "patient")]
    assert lang == "es"
    assert n_es == 2, f"{name}: the patient sheet is one sheet (two sides), not {n_es} pages"
    n_es, _, lang = spanish_runs[(name, "clinician")]
    assert n_es <= 2, f"{name}: the clinician copy is at most two pages, not {n_es}"


def test_spanish_patient_sheet_keeps_the_budget_on_a4():
    from test_report_sheet import example

    for path in EXAMPLES:
        es = report.render_case_pdf(example(path.stem), audience="patient", lang="es", paper="a4")
        assert _pdf_text(es)[0] == 2, path.stem


@pytest.mark.parametrize("guideline", ["acc-aha-2020", "esc-eacts-2025"])
def test_spanish_large_print_patient_sheet_keeps_the_english_budget(guideline):
    """As in English: at most four pages; side 1 on its own first page, the call-for-help box
    and the next step included (it once spilled onto page 2 alone in six examples); the footer
    on one line on every page; nothing under 14 pt."""
    from test_report_sheet import example, page_texts, squash, text_under_14pt

    S_ES = report.report_strings("es")
    for path in EXAMPLES:
        data = report.render_case_pdf(example(path.stem), audience="patient", lang="es",
                                      large_print=True, guideline=guideline)
        reader = pypdf.PdfReader(io.BytesIO(data))
        texts = page_texts(reader)
        assert len(texts) <= 4, (path.stem, len(texts))
        first = squash(texts[0])
        assert squash(S_ES["call_now"]) in first or squash(S_ES["emergency_title"]) in first, path.stem
        assert squash(S_ES["next_step"]) in first and S_ES["grid_title"] not in texts[0], path.stem
        for t in texts:
            assert S_ES["footer_short"] in t, path.stem  # on one line: not broken by a line end
            assert len(t) > 200, (path.stem, t)  # no near-empty page
        small = text_under_14pt(reader)
        assert not small, (path.stem, small[:5])


def test_no_english_patient_facing_string_remains(spanish_runs):
    english = _english_patient_strings()
    assert len(english) > 200
    for (name, audience), (_, text, _) in spanish_runs.items():
        if audience != "patient":
            continue
        left = sorted(s for s in english if s in text)
        assert not left, f"{name}: English left in the Spanish summary: {left[:5]}"
        for word in (" the ", " and ", " your ", " with ", " you "):
            # Citations (author, journal, trial) stay in their own language; nothing else is English.
            assert text.count(word) <= 2, f"{name}: {word!r} x{text.count(word)}"


def test_spanish_summary_declares_spanish_and_prints_spanish_dates():
    case = read_case(EXAMPLES[0]).model_copy(update={"created": __import__("datetime").date(2026, 12, 2)})
    html = report.render_html(case, assess(case, Guideline.acc_aha_2020, "es"), load_content("es"), "patient")
    assert '<html lang="es"' in html
    assert "2 de diciembre de 2026" in html


def test_command_line_in_spanish(tmp_path, capsys):
    from decisionaid.cli import main

    case = str(resource_files.fs_path("examples", "primary_c1_asymptomatic.json"))

    def run(*args):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse refusing a value
            code = exc.code
        out = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out.out, out.err)

    assess_es, assess_en = run("assess", case, "--lang", "es"), run("assess", case)
    assert assess_es.returncode == 0 and assess_es.stdout != assess_en.stdout
    assert "Opciones:" in assess_es.stdout and "Gravedad: grave" in assess_es.stdout and "Options:" not in assess_es.stdout
    note = run("note", case, "--lang", "es")
    assert note.returncode == 0 and note.stdout and note.stdout != run("note", case).stdout
    out = tmp_path / "resumen.pdf"
    made = run("report", case, "-o", str(out), "--lang", "es")
    assert made.returncode == 0, made.stderr
    assert _pdf_text(out.read_bytes())[2] == "es"
    bad = run("assess", case, "--lang", "fr")
    assert bad.returncode == 2 and "--lang" in bad.stderr


# ---------------------------------------------------------------- readability, Spanish formulas

MIN_FERNANDEZ_HUERTA = 70  # "bastante fácil" and above
MIN_INFLESZ = 65  # Szigriszt-Pazos on the INFLESZ scale: 65 is "bastante fácil"


@pytest.fixture()
def spanish_textstat():
    import textstat

    textstat.set_lang("es")
    yield textstat
    textstat.set_lang("en")


def spanish_sections():
    from test_readability import printed_sections

    content = load_content("es")
    names = sorted({o.patient.name for o in content.options.values()}
                   | {x.patient_name for x in content.other_care.values()}, key=len, reverse=True)
    for path in EXAMPLES:
        case = read_case(path)
        html = report.render_html(case, assess(case, Guideline.acc_aha_2020, "es"), content, "patient", booklet=True)
        for heading, text in printed_sections(html, names=names):
            yield path.stem, heading, text


# Reference lists, not prose: the sources (journal citations) and the glossary's terms.
NOT_PROSE_ES = (report.report_strings("es")["sources"], report.report_strings("es")["glossary"])


def test_printed_spanish_summary_is_easy_to_read(spanish_textstat):
    """Every printed section of the Spanish patient summary and booklet, for every example:
    Fernández-Huerta >= 70 and INFLESZ (Szigriszt-Pazos) >= 65."""
    ts = spanish_textstat
    failures, scored = [], 0
    for name, heading, text in spanish_sections():
        if heading in NOT_PROSE_ES or heading.startswith("Fuentes"):
            continue
        fh, sp = ts.fernandez_huerta(text), ts.szigriszt_pazos(text)
        scored += 1
        if fh < MIN_FERNANDEZ_HUERTA or sp < MIN_INFLESZ:
            failures.append(f"{name} / {heading}: Fernández-Huerta {fh:.0f}, INFLESZ {sp:.0f}")
    assert scored > 50
    assert not sorted(set(failures)), "\n".join(sorted(set(failures)))


def test_not_fit_line_agrees_with_how_many_options_it_names():
    """Two options on one 'usually do not apply' line take a plural verb in Spanish."""
    from test_report_sheet import example, page_texts, squash

    S_ES = report.report_strings("es")
    case = example("secondary_ventricular_coapt")
    a = assess(case, Guideline.acc_aha_2020)
    ctx = report.build_context(case, a, load_content("es"), "patient")
    groups = ctx["sheet"]["not_fit"]
    assert any(len(g["views"]) > 1 for g in groups)
    for g in groups:
        table = S_ES["not_fit_many" if len(g["views"]) > 1 else "not_fit"]
        assert g["text"].split("{")[0][:20] == table[g["why"]].split("{")[0][:20], g
    side1 = squash(page_texts(pypdf.PdfReader(io.BytesIO(
        report.render_case_pdf(case, audience="patient", lang="es"))))[0])
    assert squash("no se usan en una situación como la suya") in side1


def test_spanish_booklet_gives_source_notes_in_spanish_and_references_as_published():
    from test_report_sheet import example, squash

    data = report.render_case_pdf(example("secondary_ventricular_coapt"), audience="patient",
                                  lang="es", booklet=True)
    text = squash(re.sub("\u2010\\s*", "", _pdf_text(data)[1]))  # words joined where hyphenated
    en, es = load_content("en"), load_content("es")
    for sid in ("acc_aha_2020", "patient_education"):
        assert squash(es.sources[sid].note) in text, sid
        assert squash(en.sources[sid].note) not in text, sid
        assert squash(en.sources[sid].citation)[:60] in text, sid  # the reference as published
    assert squash(report.report_strings("es")["sources_as_published"]) in text


def test_what_is_not_known_yet_is_named_in_spanish_as_in_english():
    """'depend on things not known yet: what causes the leak; how severe the leak is' — the
    Spanish names the same things (it once fell back to 'algunos resultados de pruebas')."""
    from rule_cases import mk
    from test_report_sheet import example

    S_EN, S_ES = report.report_strings("en"), report.report_strings("es")
    cases = [example(p.stem) for p in EXAMPLES] + [
        mk(mr="unknown", sym="III"), mk(mr="primary_degenerative", sym="III", risk="unknown"),
        mk(mr="secondary_ventricular", sym="III", heart__lvef_pct=None)]
    said = 0
    for case in cases:
        for g in (Guideline.acc_aha_2020, Guideline.esc_eacts_2025):
            texts = {}
            for lang in ("en", "es"):
                ctx = report.build_context(case, assess(case, g, lang), load_content(lang), "patient")
                texts[lang] = [n["text"] for n in ctx["sheet"]["not_fit"] if n["why"] == "depends"]
            assert len(texts["en"]) == len(texts["es"])
            for en, es in zip(texts["en"], texts["es"]):
                said += 1
                assert (S_EN["missing_plain_other"] in en) == (S_ES["missing_plain_other"] in es), (en, es)
                for key, plain in S_EN["missing_plain"].items():
                    assert (plain in en) == (S_ES["missing_plain"][key] in es), (key, en, es)
    assert said >= 3
