"""Content as data: option descriptions, numbers, glossary, questions, safety, about.

The YAML files in resources/content/<lang>/ are validated by these models at load time.
Every key number carries its count per 100, time horizon, reference group, source and
uncertainty, so the report and the results page present numbers the same way (IPDAS).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from . import i18n

#: Languages with content: English, and the translations laid over it (decisionaid.i18n).
LANGUAGES = i18n.LANGUAGES


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_M):
    id: str
    citation: str  # full reference, e.g. "Stone GW, et al. NEJM 2018;379:2307-18 (COAPT)"
    grade: Literal["C", "C-2nd", "UNVERIFIED"]  # as marked in guideline-facts.md
    note: str = ""  # how the source was checked, in the reader's language (the reference is not)

    @property
    def shown(self) -> str:
        """The reference as published, then the note (if any)."""
        return f"{self.citation} {self.note}".strip()


MRGroup = Literal["any", "primary", "secondary_ventricular", "secondary_atrial"]
RiskGroup = Literal["any", "low", "intermediate", "high", "prohibitive"]
OnsetGroup = Literal["any", "chronic", "acute"]

# The outcome rows of the one-sheet grid, each on ONE time horizon. A key number may sit in a
# row only if its own stated horizon matches the row's pattern in full, so a row never mixes
# horizons. A yearly rate ("1 year (each year)") is a rate, not a time span: never in a row.
# The same checks hold for every language: each pattern names the English and the Spanish form.
_AROUND_OPERATION = (r"Around the time of the operation \(operative death\)"
                     r"|Alrededor del momento de la operación \(muerte operatoria\)")
GRID_ROWS: dict[str, str] = {
    "death_procedure": rf"^(30 days|30 días|{_AROUND_OPERATION})$",
    "harm_procedure": rf"^(30 days|30 días|{_AROUND_OPERATION})$",
    "death_1_2y": r"^(1 year|2 years|1 año|2 años)( \(\d+ (months|meses)\))?$",
    "death_5_10y": r"^([5-9]|10) (years|años)$",
}
YEARLY_RATE = r"each year|a year|per year|/ ?year|annual|cada año|al año|por año|/ ?año|anual"


class Population(_M):
    """Who a key number was measured in, so the summary shows only numbers that fit the person.

    Empty or "any" means the study did not select on that feature. `grades` uses case.Grade
    values; `symptomatic` and `severe_mac` are None when the study did not select on them.
    `onset`: every study behind the key numbers is of people with a long-term (chronic) leak
    and planned care, so a number tagged "chronic" does not fit a sudden (acute) leak.
    """

    mr_type: list[MRGroup] = Field(min_length=1)
    risk: list[RiskGroup] = Field(min_length=1)
    grades: list[str] = Field(default_factory=list)
    symptomatic: bool | None = None
    severe_mac: bool | None = None
    onset: list[OnsetGroup] = Field(default_factory=lambda: ["any"], min_length=1)


class KeyNumber(_M):
    """One outcome as an absolute count of 100 people over a stated time."""

    id: str
    kind: Literal["benefit", "harm", "outcome"]
    count: float = Field(ge=0, le=100)  # people out of `denominator`
    denominator: Literal[100] = 100
    horizon: str  # "1 year", "30 days", "5 years"
    reference_group: str  # patient wording: who these people were
    patient_text: str  # "About 6 in 100 people died within 1 year." (grade 8)
    clinician_text: str  # with trial name, arm, CI
    comparison: str = ""  # what the other arm / group had, in words with numbers
    source: str  # a Source.id
    uncertainty: str  # CI, N patients, single trial, registry…
    verified: bool  # False when the source is UNVERIFIED or C-2nd only
    # Who the people were, as filters (sheet.number_fit). Every number in options.yaml states
    # it (tests/test_report_sheet.py); the default "any" keeps hand-built test content short.
    population: Population = Population(mr_type=["any"], risk=["any"])
    grid_row: Literal["death_procedure", "harm_procedure", "death_1_2y", "death_5_10y"] | None = None
    caption: str = ""  # one line for the sheet: who the people were (needed with grid_row)
    comparison_count: float | None = Field(None, ge=0, le=100)  # the comparison group, sourced
    comparison_caption: str = ""  # "with pills alone"

    @model_validator(mode="after")
    def _one_horizon(self) -> "KeyNumber":
        if self.grid_row is not None:
            if re.search(YEARLY_RATE, self.horizon, re.IGNORECASE):
                raise ValueError(f"{self.id}: horizon {self.horizon!r} is a yearly rate, "
                                 f"not the time span of grid row {self.grid_row}")
            if not re.search(GRID_ROWS[self.grid_row], self.horizon):
                raise ValueError(f"{self.id}: horizon {self.horizon!r} does not fit grid row {self.grid_row}")
            if not self.caption:
                raise ValueError(f"{self.id}: a number in the grid needs a one-line caption")
        if (self.comparison_count is None) != (not self.comparison_caption):
            raise ValueError(f"{self.id}: comparison_count and comparison_caption go together")
        return self


class Living(_M):
    """What living with the option is like (IPDAS Q6), same fields for every option."""

    hospital_stay: str
    recovery: str
    anaesthesia: str
    lifelong_medicines: str
    valve_click: str
    follow_up: str
    how_long_it_lasts: str


class GridCells(_M):
    """The one-sheet grid: the same short rows for every option (Option Grid style)."""

    happens: str
    chest: str  # is the chest opened?
    hospital: str
    recovery: str
    lasts: str
    medicines: str


class Wording(_M):
    name: str
    short: str  # one line, for cards and the comparison table
    grid: GridCells | None = None  # patient wording only: the one-sheet grid cells
    grid_acute: GridCells | None = None  # the same cells for a sudden (acute) leak, if they differ
    what_it_is: str
    what_it_is_like: Living
    benefits: list[str] = Field(min_length=1)
    risks: list[str] = Field(min_length=1)


class OptionContent(_M):
    id: Literal[
        "monitoring", "medication", "teer", "surgical_repair", "surgical_replacement", "tmvr"
    ]
    patient: Wording
    clinician: Wording
    key_numbers: list[KeyNumber] = Field(min_length=1)
    sources: list[str] = Field(min_length=1)  # Source ids behind the text

    @model_validator(mode="after")
    def _equal_detail(self) -> "OptionContent":
        # IPDAS C1: benefits and harms in equal detail.
        for w in (self.patient, self.clinician):
            if abs(len(w.benefits) - len(w.risks)) > 1:
                raise ValueError(f"{self.id}: benefits and risks must be in equal detail")
        return self


class OtherCareContent(_M):
    id: str
    patient_name: str
    patient_text: str
    clinician_name: str
    clinician_text: str
    sources: list[str] = Field(default_factory=list)


class Term(_M):
    term: str
    definition: str  # patient wording


class Question(_M):
    id: str
    text: str


class Section(_M):
    """A block of patient text: a heading and paragraphs or bullet points."""

    id: str
    title: str
    paragraphs: list[str] = Field(default_factory=list)
    bullets: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class ValueFeature(_M):
    id: str
    label: str


class SureItem(_M):
    id: Literal["sure", "understand", "risk_benefit", "encouragement"]
    text: str


class About(_M):
    content_date: str  # ISO date
    update_policy: str
    funding: str
    conflicts_of_interest: str
    limitations: list[str]
    not_medical_advice: str
    decision_statement: str  # IPDAS Q2: the decision, stated explicitly
    reading_level: str = ""  # the measured reading level of the printed summary
    # Whether this language's text has been reviewed (a translation until a clinician has).
    translation_review: str = ""


class Content(_M):
    lang: str
    options: dict[str, OptionContent]
    other_care: dict[str, OtherCareContent]
    sources: dict[str, Source]
    glossary: list[Term]
    questions: list[Question]
    condition: list[Section]  # what MR is, causes, symptoms, tests, outlook (patient-topics.md)
    living_with_mr: list[Section]  # habits, dental care, strep/rheumatic fever, fen-phen
    emergency: Section  # call emergency services now
    call_care_team: Section  # call the care team (same day)
    values: list[ValueFeature]
    sure: list[SureItem]
    sure_citation: str
    about: About
    # Display labels for enum values, by vocabulary: labels["grade"]["moderate_severe"] ->
    # "moderate to severe"; also "mr_type", "onset", "nyha", "symptom", "red_flag", "tier",
    # "stage", "risk_category", "tri_state", "audience", "guideline".
    labels: dict[str, dict[str, str]]

    @model_validator(mode="after")
    def _sources_resolve(self) -> "Content":
        known = set(self.sources)
        missing: set[str] = set()
        for o in self.options.values():
            missing |= {s for s in o.sources if s not in known}
            missing |= {k.source for k in o.key_numbers if k.source not in known}
        for c in self.other_care.values():
            missing |= {s for s in c.sources if s not in known}
        for s in [*self.condition, *self.living_with_mr, self.emergency, self.call_care_team]:
            missing |= {x for x in s.sources if x not in known}
        if missing:
            raise ValueError(f"unknown source ids: {sorted(missing)}")
        return self


_FILES = {
    "options": "options.yaml",
    "other_care": "other_care.yaml",
    "sources": "sources.yaml",
    "glossary": "glossary.yaml",
    "questions": "questions.yaml",
    "condition": "condition.yaml",
    "living_with_mr": "living.yaml",
    "safety": "safety.yaml",  # keys: emergency, call_care_team
    "values": "values.yaml",  # keys: values, sure, sure_citation
    "about": "about.yaml",
    "labels": "labels.yaml",
}


@lru_cache(maxsize=None)
def load_content(lang: str = "en") -> Content:
    """Load and validate one language's content (cached; content is read-only)."""
    i18n.check_language(lang)

    def data(key: str):
        # A translation holds only words; numbers, sources and ids come from the English file.
        # Source citations are published references: one list, in their own language.
        return i18n.load_overlaid("content", "en", _FILES[key], lang=lang)

    options = {o["id"]: o for o in data("options")}
    other = {o["id"]: o for o in data("other_care")}
    sources = {s["id"]: s for s in data("sources")}
    safety = data("safety")
    values = data("values")
    return Content(
        lang=lang,
        options=options,
        other_care=other,
        sources=sources,
        glossary=data("glossary"),
        questions=data("questions"),
        condition=data("condition"),
        living_with_mr=data("living_with_mr"),
        emergency=safety["emergency"],
        call_care_team=safety["call_care_team"],
        values=values["values"],
        sure=values["sure"],
        sure_citation=values["sure_citation"],
        about=data("about"),
        labels=data("labels"),
    )
