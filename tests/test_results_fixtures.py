"""Test fixtures for the results/values/export pages: a small valid Content and Assessments.

The texts are deliberately fake (not clinical facts); they exercise the Content schema so the
pages can be tested whatever the state of resources/content/en. No tests live here.
"""

from __future__ import annotations

from decisionaid.assessment import (
    OPTION_ORDER,
    Assessment,
    Citation,
    Guideline,
    OptionResult,
    RiskResult,
    SeverityResult,
    Tier,
)
from decisionaid.content import Content

OPTION_IDS = [o.value for o in OPTION_ORDER]


def _wording(oid: str, who: str) -> dict:
    return {
        "name": f"{who} name of {oid}",
        "short": f"Short line about {oid}",
        "what_it_is": f"What {oid} is, in {who} words.",
        "what_it_is_like": {
            "hospital_stay": f"{oid} stay",
            "recovery": f"{oid} recovery",
            "anaesthesia": f"{oid} anaesthesia",
            "lifelong_medicines": f"{oid} medicines",
            "valve_click": f"{oid} click",
            "follow_up": f"{oid} follow-up",
            "how_long_it_lasts": f"{oid} lasts",
        },
        "benefits": [f"{oid} benefit one", f"{oid} benefit two"],
        "risks": [f"{oid} risk one", f"{oid} risk two"],
    }


def content_dict() -> dict:
    options = {}
    for i, oid in enumerate(OPTION_IDS):
        options[oid] = {
            "id": oid,
            "patient": _wording(oid, "patient"),
            "clinician": _wording(oid, "clinician"),
            "key_numbers": [
                {
                    "id": f"{oid}-kn",
                    "kind": "harm",
                    "count": 3 + i,
                    "horizon": "1 year",
                    "reference_group": f"people in fake group {oid}",
                    "patient_text": f"About {3 + i} in 100 people had fake outcome {oid}.",
                    "clinician_text": f"Fake trial arm {oid}: {3 + i}%",
                    "source": "src-verified" if i % 2 == 0 else "src-unverified",
                    "uncertainty": f"fake range for {oid}",
                    "verified": i % 2 == 0,
                }
            ],
            "sources": ["src-verified"],
        }
    return {
        "lang": "en",
        "options": options,
        "other_care": {},
        "sources": {
            "src-verified": {"id": "src-verified", "citation": "Fake A, et al. Journal 2020", "grade": "C"},
            "src-unverified": {"id": "src-unverified", "citation": "Fake B. Registry 2019", "grade": "UNVERIFIED"},
        },
        "glossary": [
            {"term": "Atrium", "definition": "An upper chamber of the heart."},
            {"term": "Leaflet", "definition": "A flap of the valve."},
        ],
        "questions": [
            {"id": "q-severe", "text": "How severe is my leak?"},
            {"id": "q-follow", "text": "How often will I need a scan?"},
        ],
        "condition": [],
        "living_with_mr": [],
        "emergency": {
            "id": "emergency",
            "title": "Call emergency services now",
            "paragraphs": ["Fake emergency paragraph."],
            "bullets": ["Fake emergency sign"],
        },
        "call_care_team": {"id": "call", "title": "Call your care team", "paragraphs": ["Fake."]},
        "values": [
            {"id": "avoid_open_heart", "label": "Avoiding open-heart surgery"},
            {"id": "durable_fix", "label": "A durable fix"},
            {"id": "short_recovery", "label": "A short recovery"},
        ],
        "sure": [
            {"id": "sure", "text": "Do you feel SURE about the best choice for you?"},
            {"id": "understand", "text": "Do you know the benefits and risks of each option?"},
            {"id": "risk_benefit", "text": "Are you clear about which benefits and risks matter most to you?"},
            {"id": "encouragement", "text": "Do you have enough support and advice to make a choice?"},
        ],
        "sure_citation": "Légaré F, et al. 2010 (fake citation line)",
        "about": {
            "content_date": "2025-01-01",
            "update_policy": "Fake policy: reviewed every year.",
            "funding": "Fake funding.",
            "conflicts_of_interest": "None (fake).",
            "limitations": ["Fake limitation one"],
            "not_medical_advice": "Not medical advice (fake).",
            "decision_statement": "Which path for my valve (fake)?",
        },
        "labels": {
            "tier": {
                "recommended": "Recommended",
                "reasonable": "Reasonable",
                "may_consider": "May be considered",
                "not_recommended": "Not recommended",
                "not_applicable": "Not applicable",
                "needs_information": "Needs more information",
            },
            "guideline": {"acc-aha-2020": "ACC/AHA 2020", "esc-eacts-2025": "ESC/EACTS 2025"},
            "citation_qualifier": {"pending": "Only if criteria met", "comparison": "Not this option's class"},
        },
    }


def fake_content(lang: str = "en") -> Content:
    return Content.model_validate(content_dict())


# Tiers per guideline for the fixture assessment (distinct, so a re-render is visible).
TIERS = {
    Guideline.acc_aha_2020: {
        "monitoring": Tier.not_recommended,
        "medication": Tier.may_consider,
        "teer": Tier.needs_information,
        "surgical_repair": Tier.recommended,
        "surgical_replacement": Tier.reasonable,
        "tmvr": Tier.not_applicable,
    },
    Guideline.esc_eacts_2025: {
        "monitoring": Tier.reasonable,
        "medication": Tier.not_applicable,
        "teer": Tier.may_consider,
        "surgical_repair": Tier.recommended,
        "surgical_replacement": Tier.not_recommended,
        "tmvr": Tier.needs_information,
    },
}


def fake_assessment(guideline: Guideline | str, emergency: bool = False) -> Assessment:
    g = Guideline(guideline)
    society = "ACC/AHA" if g is Guideline.acc_aha_2020 else "ESC/EACTS"
    year = 2020 if g is Guideline.acc_aha_2020 else 2025
    options = []
    for i, oid in enumerate(OPTION_IDS):
        tier = TIERS[g][oid]
        options.append(
            OptionResult(
                id=oid,
                tier=tier,
                reasons=[f"reason for {oid} under {society}"],
                recommendations=[
                    Citation(
                        id=f"{g.value}-{oid}",
                        society=society,
                        year=year,
                        section=f"7.{i}",
                        **{"class": "2a"},
                        loe="B-NR",
                        text=f"paraphrase {oid}",
                        verified=i % 2 == 0,
                    )
                ],
                missing=["LVEF"] if tier is Tier.needs_information else [],
            )
        )
    return Assessment(
        guideline=g,
        severity=SeverityResult(grade="severe", source="stated", thresholds="fake"),
        stage="C1",
        symptomatic=False,
        risk=RiskResult(category="low"),
        emergency=emergency,
        emergency_reasons=["fake red flag"] if emergency else [],
        follow_up="6-12 months",
        options=options,
    )
