"""The Assessment: what the rules say about a Case under one guideline set.

It is what the results page, the PDF and the JSON output all render; nothing downstream
recomputes clinical logic. Built by `decisionaid.rules.assess(case, guideline)`.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Guideline(StrEnum):
    acc_aha_2020 = "acc-aha-2020"
    esc_eacts_2025 = "esc-eacts-2025"


class OptionId(StrEnum):
    monitoring = "monitoring"
    medication = "medication"
    teer = "teer"
    surgical_repair = "surgical_repair"
    surgical_replacement = "surgical_replacement"
    tmvr = "tmvr"


OPTION_ORDER = list(OptionId)


class Tier(StrEnum):
    recommended = "recommended"
    reasonable = "reasonable"
    may_consider = "may_consider"
    not_recommended = "not_recommended"
    not_applicable = "not_applicable"
    needs_information = "needs_information"


# Strength order for the active tiers (higher = stronger). not_applicable and
# needs_information are outside the order.
TIER_STRENGTH = {
    Tier.not_recommended: 0,
    Tier.may_consider: 1,
    Tier.reasonable: 2,
    Tier.recommended: 3,
}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Citation(_Model):
    """One guideline recommendation, as the rules cite it (text lives in resources/guidelines)."""

    id: str
    society: str
    year: int
    section: str
    class_: str = Field(alias="class", serialization_alias="class")
    loe: str
    text: str
    verified: bool
    note: str = ""
    # Set by the rules per option: True when the option's tier follows from this
    # recommendation's class (or the statement carries no class, "–"). False: cited for
    # comparison (criteria not met, not yet known, or a stronger/weaker reading) – renderers
    # print such a class only with the qualifier in labels.yaml `citation_qualifier`.
    applies: bool = True


class Basis(StrEnum):
    """What an option's tier rests on.

    guideline: at least one cited recommendation carries a class that matches the tier
    (1/I → recommended, 2a/IIa → reasonable, 2b/IIb → may_consider, 3/III → not_recommended).
    aid_reading: no cited recommendation with a matching class — the tier is the aid's reading
    of the guideline (a fallback, an inference, a flow chart, criteria not met, class "–").
    Renderers say so in words (labels.yaml `basis:`); they print classes only from
    `recommendations`, and a class whose `applies` is False only with its qualifier.
    """

    guideline = "guideline"
    aid_reading = "aid_reading"


class OptionResult(_Model):
    id: OptionId
    tier: Tier
    reasons: list[str] = Field(default_factory=list)
    recommendations: list[Citation] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    basis: Basis = Basis.aid_reading


def citation_qualifier(result: OptionResult, c: Citation) -> str | None:
    """None when the cited class carries the option's tier; otherwise the key of the words
    (labels.yaml `citation_qualifier`) every renderer puts before that class."""
    if c.applies:
        return None
    return "pending" if result.tier == Tier.needs_information else "comparison"


class OtherCare(_Model):
    id: str
    reasons: list[str] = Field(default_factory=list)
    recommendations: list[Citation] = Field(default_factory=list)


class SeverityResult(_Model):
    grade: str  # a case.Grade value
    source: str  # "echo", "stated", "unknown"
    thresholds: str  # which thresholds were applied, in words
    details: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    # The echo measurements disagree by two grades or more: quantify further (TEE/CMR).
    discordant: bool = False


class RiskResult(_Model):
    category: str  # low | intermediate | high | prohibitive | unknown
    decided_by: list[str] = Field(default_factory=list)
    estimated_from_euroscore: bool = False
    notes: list[str] = Field(default_factory=list)


class Assessment(_Model):
    guideline: Guideline
    severity: SeverityResult
    stage: str  # A, B, C1, C2, C, D, unknown, or "acute" (the stages describe chronic MR)
    symptomatic: bool | None
    risk: RiskResult
    emergency: bool
    emergency_reasons: list[str] = Field(default_factory=list)
    follow_up: str  # clinician wording, agrees with the selected guideline's triggers
    follow_up_patient: str = ""  # plain words for the patient view, no clinician verdicts
    options: list[OptionResult]
    other_care: list[OtherCare] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def option(self, option_id: OptionId | str) -> OptionResult:
        for o in self.options:
            if o.id == option_id:
                return o
        raise KeyError(option_id)

    def to_json_dict(self) -> dict:
        """The CLI's --json contract (keys named in the clinical-core issue)."""
        return self.model_dump(mode="json", by_alias=True)
