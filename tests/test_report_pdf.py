"""The visit summary as a PDF: what a reader (or a screen reader) gets from the file itself.

Text is extracted with pypdf. Renders cost ~1-2 s each, so the PDFs are made once per module
(module-scoped fixtures) and every check reads those. The case in the patient PDF carries free
text that points at a loopback HTTP server, which must receive no request at all.
"""

from __future__ import annotations

import http.server
import io
import math
import re
import threading

import pypdf
import pytest

from decisionaid import report
from test_report_units import NOT_ADVICE, COUNTS, fake_assessment, fake_case, fake_content

STRINGS = report.report_strings("en")


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    """A loopback HTTP server (port 0) that records every request it gets."""
    handler = type("Handler", (_Recorder,), {"hits": []})
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv, handler.hits
    srv.shutdown()
    srv.server_close()


def _lures(port: int) -> list[str]:
    u = f"http://127.0.0.1:{port}"
    return [
        f'<img src="{u}/img.png">',
        f'<link rel="stylesheet" href="{u}/style.css">',
        f"<style>body {{ background: url({u}/bg.png) }} @import url({u}/imp.css);</style>",
        f'</td><script>fetch("{u}/js")</script>',
    ]


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(_pages(pdf)))


@pytest.fixture(scope="module")
def pdfs(server):
    """Renders shared by the module: patient and clinician with the booklet (the patient one with
    lures and an emergency), and the default large-print A4 patient sheet."""
    srv, hits = server
    lures = _lures(srv.server_address[1])
    lure_case = fake_case(questions=["Can my valve be repaired?", *lures], notes="Kim comes too.\n" + lures[0],
                          own_priorities=[lures[2]]).model_copy(update={"patient_name": "Ada " + lures[1]})
    content = fake_content()
    out = {
        "patient": report.render_pdf(lure_case, fake_assessment(emergency=True), content, "patient", booklet=True),
        "clinician": report.render_pdf(fake_case(), fake_assessment(), content, "clinician", booklet=True),
        "large": report.render_pdf(fake_case(), fake_assessment(), content, "patient", "a4", True),
    }
    out["lures"] = lures
    return out


def test_loopback_server_gets_no_request_and_free_text_stays_literal(server, pdfs):
    _, hits = server
    assert hits == []
    text = _flat(pdfs["patient"])
    for lure in pdfs["lures"]:
        assert re.sub(r"\s+", " ", lure).replace(" ", "") in text.replace(" ", "")


def test_the_loopback_check_can_fail_and_the_fetcher_stops_the_render(server):
    """Control: WeasyPrint's own fetcher does hit the server; ours refuses and stops."""
    import weasyprint
    from weasyprint.urls import FatalURLFetchingError

    srv, hits = server
    html = f'<html><body><img src="http://127.0.0.1:{srv.server_address[1]}/control.png"></body></html>'
    before = len(hits)
    weasyprint.HTML(string=html).write_pdf()
    assert len(hits) == before + 1  # the server would notice a leak
    with pytest.raises(FatalURLFetchingError):
        report.html_to_pdf(html)
    assert len(hits) == before + 1


@pytest.mark.parametrize("which", ["patient", "clinician", "large"])
def test_tagged_pdf_with_title_language_and_bundled_fonts(pdfs, which):
    reader = pypdf.PdfReader(io.BytesIO(pdfs[which]))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == "en"
    assert reader.metadata.title in (STRINGS["title_patient"], STRINGS["title_clinician"])
    fonts = {f.get_object()["/BaseFont"].split("+")[-1] for p in reader.pages
             for f in (p["/Resources"].get("/Font") or {}).values()}
    assert fonts and all(f.lstrip("/").startswith("DA-Sans") for f in fonts), fonts  # the bundled @font-face


@pytest.mark.parametrize("which", ["patient", "clinician", "large"])
def test_footer_with_page_numbers_on_every_page(pdfs, which):
    pages = _pages(pdfs[which])
    assert len(pages) >= (2 if which == "large" else 5)
    footer = STRINGS["clinician_footer_short" if which == "clinician" else "footer_short"]
    for i, text in enumerate(pages, 1):
        flat = re.sub(r"\s+", " ", text)
        assert f"Page {i} of {len(pages)}" in flat
        assert footer in flat


@pytest.mark.parametrize("which", ["patient", "large"])
def test_all_text_lies_inside_the_page(pdfs, which):
    """The footer (full statement, 14 pt in large print) must not run off the bottom edge."""
    reader = pypdf.PdfReader(io.BytesIO(pdfs[which]))
    height = float(reader.pages[0].mediabox.height)
    for page in reader.pages:
        ys: list[float] = []

        def visit(text, cm, tm, font, size):
            if text.strip():
                ys.append(cm[3] * tm[5] + cm[5] if cm[3] else tm[5])

        page.extract_text(visitor_text=visit)
        assert ys and min(ys) >= 20 and max(ys) <= height - 20, (min(ys), max(ys))


def test_patient_pdf_has_sections_answers_and_numbers(pdfs):
    pages = _pages(pdfs["patient"])
    page1 = re.sub(r"\s+", " ", pages[0])
    for must in ("Get help now", STRINGS["title_patient"], "Ada", STRINGS["situation_short"],
                 "primary (degenerative)", STRINGS["options_fit"], STRINGS["top_priorities"],
                 "Avoiding open-heart surgery (a lot)", "Can my valve be repaired?",
                 STRINGS["emergency_do"]):  # the emergency box: call now, no "call if" list
        assert must in page1, must
    assert page1.index("Get help now") < page1.index(STRINGS["title_patient"])
    text = _flat(pdfs["patient"])
    for key in ("grid_title", "booklet_title", "condition", "option_cards", "all_questions", "notes",
                "sure_short", "next_step", "safety", "living", "glossary", "about", "limitations", "sources"):
        assert STRINGS[key] in text, key
    assert "Kim comes too." in text and "You said yes to 3 of 4." in text
    assert "2025-01-15" in text and "Reviewed every year." in text and "No outside funding." in text
    for oid, n in COUNTS.items():
        assert f"About {n:g} in 100 people died within 1 year after {oid}." in text, oid
    assert "UNVERIFIED" in text


def test_patient_pdf_has_no_tier_or_ranking_words(pdfs):
    text = _flat(pdfs["patient"]).lower()
    for word in ("recommended", "reasonable", "may be considered", "not applicable", "guideline tier"):
        assert word not in text, word


def test_clinician_pdf_has_tiers_citations_and_appendix(pdfs):
    text = _flat(pdfs["clinician"])
    for must in ("Recommended", "Not recommended", "reason for monitoring", "Paraphrase 2", "B-NR",
                 STRINGS["appendix"], "ASE 2017 primary MR", "STS-PROM 1.2%", "AF management",
                 "1-year mortality after monitoring: 23% (trial arm)"):
        assert must in text, must
    assert "Get help now" not in text


def _struct(pdf: bytes) -> tuple[set[str], list[str]]:
    """Structure tags used, and the /Alt texts, from the PDF's tag tree."""
    tags: set[str] = set()
    alts: list[str] = []

    def walk(node):
        node = node.get_object()
        if isinstance(node, pypdf.generic.DictionaryObject):
            if "/S" in node:
                tags.add(str(node["/S"]))
            if "/Alt" in node:
                alts.append(str(node["/Alt"]))
            if node.get("/K") is not None:
                walk(node["/K"])
        elif isinstance(node, pypdf.generic.ArrayObject):
            for child in node:
                walk(child)

    walk(pypdf.PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/StructTreeRoot"])
    return tags, alts


@pytest.mark.parametrize("which", ["patient", "clinician"])
def test_tag_tree_has_headings_tables_and_icon_alt_texts(pdfs, which):
    tags, alts = _struct(pdfs[which])
    assert {"/H1", "/H2", "/H3", "/Table", "/TH", "/TD", "/Figure", "/L"} <= tags
    assert len(alts) == len(COUNTS)
    assert "23 of 100 people coloured in" in " ".join(alts)


def _text_sizes(pdf: bytes) -> list[tuple[float, str]]:
    runs: list[tuple[float, str]] = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        def visit(text, cm, tm, font, size):
            if text.strip():
                runs.append((size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1]), text))
        page.extract_text(visitor_text=visit)
    return runs


def test_large_print_has_no_text_under_14pt_and_a4_pages(pdfs):
    runs = _text_sizes(pdfs["large"])
    assert runs and min(size for size, _ in runs) >= 13.95, [r for r in runs if r[0] < 13.95][:5]
    box = pypdf.PdfReader(io.BytesIO(pdfs["large"])).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points


def test_standard_print_is_letter_with_11pt_body(pdfs):
    sizes = [s for s, t in _text_sizes(pdfs["clinician"]) if "What monitoring is" in t]
    assert sizes and all(abs(s - 11) < 0.05 for s in sizes)
    box = pypdf.PdfReader(io.BytesIO(pdfs["clinician"])).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter
