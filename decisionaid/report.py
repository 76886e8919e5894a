"""The printed visit summary: Case + Assessment + Content -> HTML (Jinja2) -> tagged PDF.

The report renders what the clinical core decided; it computes nothing clinical. Two rules
shape this module:

- Private and safe. Templates autoescape everything (StrictUndefined catches typos), and
  WeasyPrint gets a URL fetcher that serves only files inside the packaged resources folder
  and data: URIs; anything else stops the render. Free text never becomes markup.
- Cheap to import. WeasyPrint costs ~0.4 s to import, so it is imported inside the
  functions that need it, never at module import (the wizard imports this module).
"""

from __future__ import annotations

import mimetypes
import os
import threading
import urllib.request
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from . import resource_files
from .assessment import OPTION_ORDER, Assessment, Guideline
from .case import Audience, Case, Onset
from .content import Content
from .icon_array import make_icon_array
from . import sheet
from .text_safety import printable_case

PAPERS = {  # CSS page size; margins (top right bottom left) for standard and large print.
    # The bottom margin holds the one-line footer (and the page counter).
    "letter": ("letter", {False: "0.45in 0.5in 0.6in 0.5in", True: "0.4in 0.5in 0.6in 0.5in"}),
    "a4": ("A4", {False: "12mm 15mm 15mm 15mm", True: "10mm 13mm 15mm 13mm"}),
}
BASE_PT = {False: 11, True: 14}  # body text size; large print is 14 pt or more
FOOTER_PT = {False: 8, True: 14}  # large print: nothing smaller than 14 pt, footer included
TOP_ON_PAGE1 = 5  # ratings shown on page 1 (questions: 3); all of them follow later
_RENDER_LOCK = threading.Lock()  # WeasyPrint is not thread-safe: one render at a time


def _say(key: str, /, **values: Any) -> str:
    """A report error sentence in the language in use (resources/messages/<lang>.yaml)."""
    from .case import message

    return message("report", key, **values)


class ReportError(Exception):
    """The summary could not be made or saved; the message is for the user."""


@lru_cache(maxsize=1)
def _fetcher_class() -> type:
    """A URLFetcher subclass (WeasyPrint 70 API), built on first use to keep the import lazy."""
    from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

    class ResourceFetcher(URLFetcher):
        """Serves files inside the resources folder and data: URIs; refuses everything else.

        Refusal raises FatalURLFetchingError, which stops the render: a summary that would
        need the network (or a file outside the app) is a bug, never something to skip.
        """

        def __init__(self, root: Path):
            super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False)
            self.root = root.resolve()
            self.refused: list[str] = []

        def _refuse(self, url: str):
            self.refused.append(url)
            return FatalURLFetchingError(f"blocked a request for {url[:120]!r}")

        def fetch(self, url, headers=None):
            scheme = url.split(":", 1)[0].lower() if ":" in url else ""
            if scheme == "data":  # decoded in memory by urllib's DataHandler, no I/O
                resp = urllib.request.DataHandler().data_open(urllib.request.Request(url))
                ctype = resp.headers.get("Content-Type", "text/plain")
                return URLFetcherResponse(url, resp.read(), {"Content-Type": ctype})
            if scheme != "file":
                raise self._refuse(url)
            parts = urlsplit(url)
            if parts.netloc not in ("", "localhost"):
                raise self._refuse(url)
            file = Path(urllib.request.url2pathname(parts.path)).resolve()
            if not file.is_relative_to(self.root) or not file.is_file():
                raise self._refuse(url)
            ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            return URLFetcherResponse(file.as_uri(), file.read_bytes(), {"Content-Type": ctype})

    return ResourceFetcher


def make_fetcher(root: Path | None = None):
    """The only way a report reads anything: the resources folder (default) and data: URIs."""
    return _fetcher_class()(root or resource_files.fs_path())


@lru_cache(maxsize=None)
def report_strings(lang: str) -> dict[str, Any]:
    """The report's own headings and captions for one language."""
    from . import i18n

    return dict(i18n.load_overlaid("templates", "strings", "en.yaml", lang=lang))


@lru_cache(maxsize=1)
def _env() -> Environment:
    # autoescape=True: select_autoescape() would NOT escape ".j2" files.
    env = Environment(
        loader=FileSystemLoader(str(resource_files.fs_path("templates"))),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["sentence"] = _sentence
    return env


def _sentence(text: Any) -> str:
    """The text as a sentence: a full stop after it, unless it already ends with . ! or ?"""
    s = str(text).rstrip()
    return s if s[-1:] in ".!?" else s + "."


def css_string(text: str) -> str:
    """A CSS string literal that cannot break out of its quotes, whatever the text holds.

    tinycss2 (a WeasyPrint dependency) escapes quotes, backslashes and newlines the way the CSS
    syntax spec requires. The result goes inside a <style> element, so "<" is escaped too: no
    "</style>" can end the element early.
    """
    from tinycss2.serializer import serialize_string_value

    return '"' + serialize_string_value(text).replace("<", "\\3c ") + '"'


def _page_counter_css(pattern: str) -> str:
    """'Page {page} of {pages}' -> a CSS content value using the page counters."""
    parts: list[str] = []
    rest = pattern
    while rest:
        i_page, i_pages = rest.find("{page}"), rest.find("{pages}")
        hits = [(i, tok) for i, tok in ((i_page, "{page}"), (i_pages, "{pages}")) if i >= 0]
        if not hits:
            parts.append(css_string(rest))
            break
        i, tok = min(hits)
        if i:
            parts.append(css_string(rest[:i]))
        parts.append("counter(page)" if tok == "{page}" else "counter(pages)")
        rest = rest[i + len(tok) :]
    return " ".join(parts) or '""'


class _Words:
    """Lookups the template needs: report strings and enum labels from the content."""

    def __init__(self, content: Content, lang: str):
        self.s = {**report_strings(lang), **content.labels.get("report", {})}
        self._labels = content.labels
        self.lang = lang

    def label(self, vocab: str, value: Any) -> str:
        key = getattr(value, "value", value)
        key = "" if key is None else str(key)
        found = self._labels.get(vocab, {}).get(key)
        if found:
            return found
        return key if " " in key else key.replace("_", " ")  # sentences pass through unchanged

    def known(self, value: Any) -> bool:
        key = getattr(value, "value", value)
        return key not in (None, "", "unknown")


def _option_views(assessment: Assessment, content: Content, audience: Audience, w: _Words,
                  booklet: bool = True, case: Case | None = None):
    """One view per option in the fixed order: the same fields for every option (IPDAS C1)."""
    views = []
    for oid in OPTION_ORDER:
        oc = content.options.get(oid.value)
        if oc is None:
            raise ReportError(_say("no_option_text", option=oid.value))
        try:
            result = assessment.option(oid)
        except KeyError:
            result = None
        wording = oc.clinician if audience == Audience.clinician else oc.patient
        numbers = []
        for kn in oc.key_numbers:
            text = kn.clinician_text if audience == Audience.clinician else kn.patient_text
            fit = sheet.number_fit(kn, case, assessment) if case is not None else ""
            # A picture only for numbers from people like this person (or who may be): a number
            # from people with a different kind of leak is given in words, with that label.
            icon = make_icon_array(kn.count, text, w.s["icon_alt"]) if booklet and fit != sheet.DIFFERENT else None
            different = ""
            if fit == sheet.DIFFERENT:
                what = "; ".join(w.s["different_in"][f] for f in sheet.differs_in(kn, case, assessment))
                different = w.s["different_people"].format(what=what)
            numbers.append({"kn": kn, "text": text, "icon": icon, "source": content.sources.get(kn.source),
                            "fit": fit, "different": different})
        views.append({"id": oid.value, "content": oc, "w": wording, "result": result, "numbers": numbers,
                      "grid": _grid_cells(oc, acute=case is not None and case.onset == Onset.acute)})
    return views


def _grid_cells(oc, acute: bool = False) -> dict[str, str]:
    """The sheet's fixed rows for one option: its short grid cells (the acute ones for a sudden
    leak, when the content has them), else the longer text."""
    if acute and oc.patient.grid_acute is not None:
        return oc.patient.grid_acute.model_dump()
    if oc.patient.grid is not None:
        return oc.patient.grid.model_dump()
    like = oc.patient.what_it_is_like
    return {"happens": oc.patient.short, "chest": "", "hospital": like.hospital_stay,
            "recovery": like.recovery, "lasts": like.how_long_it_lasts, "medicines": like.lifelong_medicines}


def _ratings(case: Case, content: Content) -> list[dict[str, Any]]:
    """The patient's ratings, most important first; features keep the content's order on ties."""
    order = {v.id: i for i, v in enumerate(content.values)}
    names = {v.id: v.label for v in content.values}
    rated = [
        {"id": k, "label": names.get(k, k.replace("_", " ")), "rating": v}
        for k, v in case.preferences.ratings.items()
    ]
    return sorted(rated, key=lambda r: (-r["rating"], order.get(r["id"], len(order)), r["id"]))


def _sure(case: Case, content: Content) -> dict[str, Any]:
    """SURE answers as given; the total is only a count of 'yes' (a total of 3 or less is flagged)."""
    from . import sure

    answers = case.preferences.sure
    items = [{"item": it, "answer": answers.get(it.id)} for it in content.sure]
    result = sure.score(answers, [it.id for it in content.sure])
    return {"answers": items, "any": result.answered > 0, "complete": result.complete,
            "total": result.total, "flag": result.flagged}


def _citations(assessment: Assessment) -> list:
    seen: dict[str, Any] = {}
    for group in [*assessment.options, *assessment.other_care]:
        for c in group.recommendations:
            seen.setdefault(c.id, c)
    return list(seen.values())


def _stage_text(stage: str, content: Content, w: _Words) -> str:
    """The stage in words. Acute MR has no A-D stage; an unknown string falls back gracefully."""
    found = content.labels.get("stage", {}).get(stage)
    if found:
        return found
    fallbacks = w.s.get("stage_fallback", {})
    return fallbacks.get(stage) or fallbacks.get("other", "{stage}").format(stage=stage)


def _in100(count: float, w: _Words) -> str:
    """'about 6 in 100' (whole people, as in the picture) or 'fewer than 1 in 100'."""
    from .icon_array import icons_filled

    n = icons_filled(count)
    return w.s["fewer_than_1"] if n == 0 and count > 0 else w.s["in_100"].format(n=n)


def _own_in100(pct: float, w: _Words) -> str:
    """The person's own score in whole people: 'about 10 in 100' (9.5 rounds up), and
    'fewer than 1 in 100' for any score under 1."""
    from .icon_array import icons_filled

    return w.s["fewer_than_1"] if pct < 1 else w.s["in_100"].format(n=icons_filled(min(pct, 100.0)))


def _has_class(c) -> bool:
    return c.class_.strip() not in ("", "-", "–", "—")


def _class_lines(result, content: Content) -> list[Any]:
    """The cited recommendations that carry a real guideline class (none: the aid's reading).

    Each line has `qualifier`: the words (labels.yaml `citation_qualifier`) printed before a
    class that this option's tier does not rest on, or "" (assessment.citation_qualifier).
    """
    from types import SimpleNamespace

    from .assessment import citation_qualifier

    words = content.labels["citation_qualifier"]
    seen: dict[tuple, Any] = {}
    for c in (result.recommendations if result else []):
        if _has_class(c):  # two ids can carry the very same class line: print it once
            q = citation_qualifier(result, c)
            line = SimpleNamespace(**{k: getattr(c, k) for k in Citation_fields}, qualifier=words[q] if q else "")
            seen.setdefault((c.society, c.year, c.section, c.class_, c.loe, c.verified, c.applies), line)
    return list(seen.values())


Citation_fields = ("id", "society", "year", "section", "class_", "loe", "text", "verified", "note", "applies")


MISSING_ON_SHEET = 2  # plain words for the first missing inputs; the rest is "and more"


@lru_cache(maxsize=None)
def _titles_in_english(lang: str) -> dict[str, str]:
    """A field's title in `lang` -> its English title (the key of `missing_plain`): the rules
    name what is missing in the reader's language."""
    from . import i18n
    from .case import messages

    def title(v: Any) -> str:
        return str(v.get("title", "")) if isinstance(v, dict) else str(v)

    out: dict[str, str] = {}
    en_fields, fields = messages("en").get("fields", {}), messages(lang).get("fields", {})
    for key, value in en_fields.items():
        if key in fields:
            out[title(fields[key])] = title(value)
    en_risk = i18n.load_overlaid("risk", "en.yaml", lang="en").get("inputs", {})
    risk = i18n.load_overlaid("risk", "en.yaml", lang=lang).get("inputs", {})
    for key, value in en_risk.items():
        if key in risk:
            out.setdefault(str(risk[key]), str(value))
    return out


def _missing_plain(missing: list[str], w: _Words) -> list[str]:
    table = w.s.get("missing_plain", {})
    back = _titles_in_english(w.lang) if w.lang != "en" else {}
    out = list(dict.fromkeys(table.get(m, table.get(back.get(m, ""), w.s["missing_plain_other"]))
                             for m in missing))
    if len(out) > MISSING_ON_SHEET:
        out = out[:MISSING_ON_SHEET] + [w.s["and_more"]]
    return out


PROCEDURE_ROWS = {"death_procedure", "harm_procedure"}
SPAN_OF_YEARS_ROWS = {"death_1_2y", "death_5_10y"}
UNDECIDED = {"depends", "unknown"}  # not-fit reasons that leave the option open
NO_PROCEDURE = {o.value for o in sheet.NON_PROCEDURES}


def _drop_pictures_shown_next_door(cells: list[dict[str, Any]]) -> None:
    """A comparison group that is itself another column of the row (the same study's other
    arm, e.g. COAPT's pills-only group next to the clip) gets its picture once, in its own
    column; the cell still says the comparison in words."""
    shown = {(c["cell"].number.source, c["cell"].number.count) for c in cells if c["cell"].number is not None}
    for c in cells:
        kn = c["cell"].number
        if kn is not None and kn.comparison_count is not None and (kn.source, kn.comparison_count) in shown:
            c["icon_cmp"] = None


def _pair_same_study_arms(cells: list[dict[str, Any]]) -> None:
    """Two neighbouring columns that hold the two arms of one study (COAPT: pills alone, and a
    clip added) share one cell spanning both: one comparison, its two pictures side by side,
    each named for its group, said once. Printing it twice (each arm quoting the other) told
    the reader nothing more and cost the sheet a third page in Spanish."""
    for left, right in zip(cells, cells[1:]):
        a, b = left["cell"].number, right["cell"].number
        if (a is None or b is None or left.get("span") or left.get("covered")
                or a.source != b.source or a.horizon != b.horizon or a.caption != b.caption
                or a.comparison_count != b.count or b.comparison_count != a.count):
            continue
        left["span"], right["covered"] = 2, True
        left["pair"] = {"left": b.comparison_caption, "right": a.comparison_caption,
                        "left_count": a.count, "right_count": b.count,
                        "maybe": sheet.MAYBE in (left["cell"].fit, right["cell"].fit),
                        "verified": a.verified and b.verified}
        left["icon_cmp"] = right["icon"]


def _drop_comparisons_with_options_not_listed(cells: list[dict[str, Any]], fits: list[dict[str, Any]],
                                              content: Content) -> None:
    """A number compared with another option's arm of the same study (COAPT pills alone vs a
    clip added) keeps that comparison only when that option is a column of the grid: a picture
    of 'with a clip added' under Medicines, when the clip is not listed for this person, would
    show an option the sheet does not offer."""
    listed = {v["id"] for v in fits}
    for c in cells:
        kn = c["cell"].number
        if kn is None or kn.comparison_count is None:
            continue
        twins = [oid for oid, oc in content.options.items() for k in oc.key_numbers
                 if k.id != kn.id and k.source == kn.source and k.horizon == kn.horizon
                 and k.count == kn.comparison_count and k.comparison_count == kn.count]
        if twins and not set(twins) & listed:
            c["icon_cmp"], c["hide_cmp"] = None, True


def _share_own_score(cells: list[dict[str, Any]]) -> None:
    """The team's own score is one number for heart surgery in general: neighbouring surgery
    columns get it once, in a cell spanning them."""
    head = None
    for c in cells:
        score = c["cell"].own_score
        if head is not None and score is not None and score == head["cell"].own_score:
            head["span"] = (head["span"] or 1) + 1
            c["covered"] = True
        else:
            head = c if score is not None else None


def _emergency_symptoms(case: Case, a: Assessment, w: _Words) -> list[str]:
    """The signs in the emergency box: the person's own warning symptoms, and for a sudden
    leak their breathlessness at rest or lying flat. The sudden leak itself (a diagnosis) is
    said on its own line, not as a sign. Should neither give a sign, the box still says why."""
    from .derive import ACUTE_CONGESTION

    signs = [w.label("red_flag", f) for f in case.symptoms.red_flags]
    if case.onset == Onset.acute:
        said = {f.value for f in case.symptoms.red_flags}
        signs += [w.label("symptom", s) for s in case.symptoms.everyday if s in ACUTE_CONGESTION
                  and not (s.value == "breathless_rest" and "severe_breathless_rest" in said)]
    if not signs and case.onset != Onset.acute:
        signs = [w.label("red_flag", r) for r in a.emergency_reasons]
    return list(dict.fromkeys(signs))


def _empty_row_text(row: str, case: Case, w: _Words) -> str:
    """What an outcome row with no number says. For a sudden leak every study number is from
    people with a long-term leak and planned care, so the row says there is no good number
    for that (emergency surgery included) rather than staying silent."""
    if case.onset == Onset.acute:
        return w.s["no_good_number_acute"][row]
    return w.s["no_good_number_row"]


def _sheet_context(case: Case, assessment: Assessment, content: Content, views, w: _Words,
                   clinician: bool) -> dict[str, Any]:
    """Side 1 and side 2 of the patient sheet (also the clinician's option list)."""
    app = sheet.applicability(assessment)
    by_id = {v["id"]: v for v in views}
    fits = [by_id[o.value] for o in app.fits]
    grade = w.label("grade", assessment.severity.grade).lower()
    not_fit: list[dict[str, Any]] = []
    for oid, why, missing in app.not_fit:  # one line per reason: options with the same one share it
        said = "; ".join(_missing_plain(missing, w))
        group = next((g for g in not_fit if (g["why"], g["missing"]) == (why, said)), None)
        if group is None:
            not_fit.append({"views": [by_id[oid.value]], "why": why, "missing": said})
        else:
            group["views"].append(by_id[oid.value])
    for group in not_fit:  # "usually not used" / "no se usan": the verb agrees with the options
        table = w.s["not_fit_many" if len(group["views"]) > 1 else "not_fit"]
        group["text"] = table[group["why"]].format(grade=grade, missing=group["missing"])
    cells = sheet.grid(app.fits, case, assessment, content)
    grid_rows = []
    for row, per_option in cells.items():
        out_cells = []
        for v in fits:
            cell = per_option[v["id"]]
            item: dict[str, Any] = {"cell": cell, "icon": None, "icon_cmp": None, "own_text": "",
                                    "span": 0, "covered": False, "pair": None, "hide_cmp": False,
                                    "na": row in PROCEDURE_ROWS and v["id"] in NO_PROCEDURE}
            if cell.own_score is not None:
                item["own_text"] = w.s["own_score"].format(n=_own_in100(cell.own_score["pct"], w))
            if cell.number is not None:
                kn = cell.number
                item["icon"] = make_icon_array(kn.count, kn.patient_text, w.s["icon_alt"])
                if kn.comparison_count is not None:
                    item["icon_cmp"] = make_icon_array(kn.comparison_count, kn.comparison_caption, w.s["icon_alt"])
            out_cells.append(item)
        _drop_comparisons_with_options_not_listed(out_cells, fits, content)
        _pair_same_study_arms(out_cells)
        _drop_pictures_shown_next_door([c for c in out_cells if not c.get("pair")])
        _share_own_score(out_cells)
        empty = all(c["cell"].number is None and c["cell"].own_score is None for c in out_cells)
        # A procedure row does not apply to watchful waiting or medicines: say so, not "no number".
        nas = {c["na"] for c in out_cells}
        empty_text = w.s["does_not_apply"] if nas == {True} else _empty_row_text(row, case, w)
        grid_rows.append({"id": row, "label": w.s["grid_rows"][row], "cells": out_cells,
                          # "Died over 5-10 years": each number says its own time ("At 5 years.")
                          "span_of_years": row in SPAN_OF_YEARS_ROWS,
                          "empty": empty and len(nas) == 1, "empty_text": empty_text})
    ratings = _ratings(case, content)
    comfort = content.other_care.get(sheet.COMFORT_CARE) if app.comfort_care else None
    undecided = [g for g in not_fit if g["why"] in UNDECIDED]
    has_pictures = any(c["icon"] is not None and not c["covered"] for r in grid_rows for c in r["cells"])
    return {"fits": fits, "not_fit": not_fit, "undecided": undecided, "has_pictures": has_pictures,
            "not_fit_known": [g for g in not_fit if g["why"] not in UNDECIDED],
            "grid_rows": grid_rows, "comfort": comfort,
            "top3": ratings[:3], "acute": case.onset == Onset.acute,
            "emergency_symptoms": _emergency_symptoms(case, assessment, w), "emergency_signs": w.s.get("call_now_signs") or content.emergency.bullets[:3]}


def build_context(case: Case, assessment: Assessment, content: Content, audience: Audience | str,
                  paper: str = "letter", large_print: bool = False, booklet: bool = False) -> dict[str, Any]:
    """Everything the template shows, already chosen and ordered (no logic in the template)."""
    try:
        audience = Audience(audience)
    except ValueError:
        raise ReportError(_say("bad_audience", value=repr(audience))) from None
    if paper not in PAPERS:
        raise ReportError(_say("bad_paper", value=repr(paper), choices=", ".join(PAPERS)))
    case = printable_case(case)  # no direction overrides or control characters in free text
    w = _Words(content, content.lang)
    clinician = audience == Audience.clinician
    title = w.s["title_clinician" if clinician else "title_patient"]
    size, margins = PAPERS[paper][0], PAPERS[paper][1][bool(large_print)]
    views = _option_views(assessment, content, audience, w, booklet, case)
    sure_ctx = _sure(case, content)
    stage_text = _stage_text(assessment.stage, content, w)
    return {
        "lang": content.lang, "title": title, "clinician": clinician, "audience": audience,
        "s": w.s, "label": w.label, "known": w.known, "booklet": bool(booklet),
        "page_size": size, "page_margins": margins, "base_pt": BASE_PT[bool(large_print)], "footer_pt": FOOTER_PT[bool(large_print)],
        "large_print": bool(large_print), "page_counter": _page_counter_css(w.s["page_of"]),
        "case": case, "a": assessment, "c": content, "printed": _long_date(date.today(), w),
        "created": _long_date(case.created, w) if case.created else "",
        "stage_text": stage_text, "in100": lambda n: _in100(n, w),
        # "Stage D: severe leak with symptoms" says its own label: not "Stage: Stage D: ..."
        "stage_names_itself": bool(assessment.stage) and stage_text.startswith(w.s["stage"] + " "),
        "options": views, "class_lines": lambda result: _class_lines(result, content),
        "sheet": _sheet_context(case, assessment, content, views, w, clinician),
        "other_care": [(oc, content.other_care.get(oc.id)) for oc in assessment.other_care],
        "ratings": _ratings(case, content), "top_ratings": _ratings(case, content)[:TOP_ON_PAGE1],
        "sure": sure_ctx, "sure_no": [i["item"] for i in sure_ctx["answers"] if i["answer"] is False],
        # Large print with an emergency box leaves room for two questions on side 1 (all in the booklet).
        "top_questions": case.preferences.questions[:2 if large_print and assessment.emergency else 3],
        "citations": _citations(assessment),
        "glossary_used": _glossary_used(content, views, booklet),
    }


def _long_date(day: date, w: "_Words") -> str:
    """'2 December 2026' / '2 de diciembre de 2026': the month in words, never ambiguous."""
    return w.s["date_long"].format(day=day.day, month=w.s["months"][day.month - 1], year=day.year)


def _glossary_used(content: Content, views, booklet: bool) -> list[Any]:
    """Only the glossary words that the printed text uses (booklet only)."""
    if not booklet:
        return []
    parts = [sec.title + " " + " ".join(sec.paragraphs + sec.bullets)
             for sec in [*content.condition, *content.living_with_mr]]
    for v in views:
        wd = v["w"]
        parts += [wd.name, wd.what_it_is, *wd.benefits, *wd.risks, *wd.what_it_is_like.model_dump().values()]
        parts += [n["text"] for n in v["numbers"]]
    text = " ".join(parts).lower()
    return [t for t in content.glossary if _term_used(t.term, text)]


def _term_used(term: str, text: str) -> bool:
    import re

    words = [x.strip() for x in re.split(r"[(),/]", term.lower()) if len(x.strip()) > 2]
    return any(re.search(r"\b" + re.escape(x), text) for x in words)


def render_html(case: Case, assessment: Assessment, content: Content, audience: Audience | str,
                paper: str = "letter", large_print: bool = False, booklet: bool = False) -> str:
    """The summary as one HTML document (links only to packaged resources)."""
    from . import i18n

    with i18n.using(content.lang):  # anything worded on the way speaks the content's language
        ctx = build_context(case, assessment, content, audience, paper, large_print, booklet)
    return _env().get_template("summary.html.j2").render(ctx)


def templates_base_url() -> str:
    return resource_files.fs_path("templates").resolve().as_uri() + "/"


def html_to_pdf(html: str) -> bytes:
    """Lay out HTML with WeasyPrint as a tagged PDF/UA-1, fetching only packaged resources."""
    import weasyprint  # lazy: ~0.4 s, never at app start-up

    with _RENDER_LOCK:
        doc = weasyprint.HTML(string=html, base_url=templates_base_url(), url_fetcher=make_fetcher())
        return doc.write_pdf(pdf_variant="pdf/ua-1")


def render_pdf(case: Case, assessment: Assessment, content: Content, audience: Audience | str,
               paper: str = "letter", large_print: bool = False, booklet: bool = False) -> bytes:
    """The summary as PDF bytes. Rendering failures become ReportError (never a raw traceback)."""
    html = render_html(case, assessment, content, audience, paper, large_print, booklet)
    try:
        return html_to_pdf(html)
    except ReportError:
        raise
    except BaseException as exc:  # FatalURLFetchingError is a BaseException
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise ReportError(_say("not_created", error=exc)) from exc


def _check_target(path: Path) -> None:
    """Fail fast, before a render, on a target that can never be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(_say("no_folder", folder=folder))
    if path.is_dir():
        raise ReportError(_say("is_folder", path=path))
    if not os.access(folder, os.W_OK):
        raise ReportError(_say("not_writable", folder=folder))


def render_case_pdf(case: Case, *, audience: Audience | str | None = None,
                    guideline: Guideline | str = Guideline.acc_aha_2020, paper: str = "letter",
                    large_print: bool = False, lang: str = "en", booklet: bool = False) -> bytes:
    """Assess the case under a guideline set and render its summary (no file written)."""
    from .content import load_content
    from .rules import assess

    try:
        guideline = Guideline(guideline)
    except ValueError:
        choices = ", ".join(g.value for g in Guideline)
        raise ReportError(_say("bad_guideline", value=repr(guideline), choices=choices)) from None
    content = load_content(lang)
    assessment = assess(case, guideline, lang)
    return render_pdf(case, assessment, content, audience or case.audience, paper, large_print, booklet)


def write_report(case: Case, path: str | os.PathLike[str], *, audience: Audience | str | None = None,
                 guideline: Guideline | str = Guideline.acc_aha_2020, paper: str = "letter",
                 large_print: bool = False, lang: str = "en", booklet: bool = False) -> Path:
    """Assess the case, render the summary and save it atomically (user-only file).

    This is what the wizard and the CLI call. On any failure a ReportError says why, and an
    existing file at `path` is left intact (temporary file, then rename).
    """
    from .session import atomic_write_bytes

    target = Path(path)
    _check_target(target)
    data = render_case_pdf(case, audience=audience, guideline=guideline, paper=paper,
                           large_print=large_print, lang=lang, booklet=booklet)
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ReportError(_say("not_saved", path=target, reason=reason)) from None
    return target
