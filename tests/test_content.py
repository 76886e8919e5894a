"""The decision-aid content (resources/content/en/) is complete, sourced and balanced.

What is checked, and why:
- it loads and validates (the PDF and the results page rely on the schema);
- every option and every other-care item the rules can name has content;
- every key number is an absolute count per 100 with a horizon, reference group, source and
  uncertainty, its text matches its count, and its `verified` flag follows its source's grade
  (guideline-facts.md: C-2nd and UNVERIFIED facts must be flagged as unchecked);
- labels exist for every enum value the core can produce;
- every topic of patient-topics.md is covered in the patient text;
- benefits and risks in equal detail (IPDAS C1) and neutral wording (no "your treatment").
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from decisionaid import assessment, case
from decisionaid.content import Content, load_content

OPTION_IDS = {"monitoring", "medication", "teer", "surgical_repair", "surgical_replacement", "tmvr"}
OTHER_CARE_IDS = {
    "af_treatment", "anticoagulation", "crt", "lvad_transplant", "palliative_care",
    "endocarditis_prophylaxis", "rheumatic_fever_prevention", "valve_team", "valve_type",
    "emergency_care",
}
FORBIDDEN = ("your treatment", "recommended for you", "best option", "you should have")
NOT_CHECKED = "not yet checked"


@pytest.fixture(scope="module")
def c() -> Content:
    return load_content("en")


def _patient_strings(c: Content) -> list[str]:
    """Every string a patient can see (clinician wording and citations excluded)."""
    out: list[str] = []
    for o in c.options.values():
        w = o.patient
        out += [w.name, w.short, w.what_it_is, *w.what_it_is_like.model_dump().values(),
                *w.benefits, *w.risks]
        for k in o.key_numbers:
            out += [k.reference_group, k.patient_text, k.comparison, k.horizon]
    for x in c.other_care.values():
        out += [x.patient_name, x.patient_text]
    for s in [*c.condition, *c.living_with_mr, c.emergency, c.call_care_team]:
        out += [s.title, *s.paragraphs, *s.bullets]
    out += [t.term + " " + t.definition for t in c.glossary]
    out += [q.text for q in c.questions]
    out += [v.label for v in c.values] + [s.text for s in c.sure]
    a = c.about
    out += [a.update_policy, a.funding, a.conflicts_of_interest, *a.limitations,
            a.not_medical_advice, a.decision_statement]
    for vocab, labels in c.labels.items():
        if vocab != "tier":  # "tier" holds the clinician labels
            out += list(labels.values())
    return out


def _all_patient_text(c: Content) -> str:
    return " ".join(" ".join(s.split()) for s in _patient_strings(c)).lower()


# ---------------------------------------------------------------- loading and completeness


def test_loads_and_validates(c):
    assert c.lang == "en"
    assert load_content("en") is c  # cached: read once


def test_unknown_language_is_a_clear_error():
    with pytest.raises(ValueError, match="not available"):
        load_content("xx")


def test_all_six_options_present(c):
    assert set(c.options) == OPTION_IDS
    assert {o.value for o in assessment.OptionId} == OPTION_IDS


def test_all_other_care_items_present(c):
    assert OTHER_CARE_IDS <= set(c.other_care)
    for x in c.other_care.values():
        assert x.patient_text.strip() and x.clinician_text.strip(), x.id
        assert x.sources, f"{x.id}: no sources"


def test_every_source_is_cited_somewhere(c):
    cited: set[str] = set()
    for o in c.options.values():
        cited |= set(o.sources) | {k.source for k in o.key_numbers}
    for x in c.other_care.values():
        cited |= set(x.sources)
    for s in [*c.condition, *c.living_with_mr, c.emergency, c.call_care_team]:
        cited |= set(s.sources)
    assert set(c.sources) - cited == set(), "sources listed but never cited"


# ---------------------------------------------------------------- key numbers


def _key_numbers(c):
    return [(o.id, k) for o in c.options.values() for k in o.key_numbers]


def test_key_number_ids_unique(c):
    ids = [k.id for _, k in _key_numbers(c)]
    assert len(ids) == len(set(ids))


def test_every_key_number_is_complete(c):
    for oid, k in _key_numbers(c):
        where = f"{oid}/{k.id}"
        assert k.source in c.sources, f"{where}: source {k.source!r} does not resolve"
        assert k.source in c.options[oid].sources, f"{where}: source not listed on the option"
        assert k.denominator == 100, where
        assert 0 <= k.count <= 100, where
        assert re.search(r"\d|screening|operation", k.horizon, re.I), f"{where}: no time horizon"
        assert len(k.reference_group.split()) >= 4, f"{where}: reference group too vague"
        assert len(k.uncertainty.split()) >= 3, f"{where}: no uncertainty"
        assert k.patient_text.strip() and k.clinician_text.strip(), where


def test_key_number_text_matches_its_count(c):
    """The patient sentence shows the count per 100 (rounded or exact); the clinician text has
    the exact figure as published, so a changed count cannot silently disagree with its text."""
    for oid, k in _key_numbers(c):
        exact = f"{k.count:g}"
        rounded = str(int(k.count + 0.5))
        assert f"{rounded} in 100" in k.patient_text or f"{exact} in 100" in k.patient_text, (
            f"{oid}/{k.id}: patient text does not state {exact} (or {rounded}) in 100"
        )
        assert exact in k.clinician_text, f"{oid}/{k.id}: clinician text lacks {exact}"


def test_verified_flag_follows_source_grade(c):
    for oid, k in _key_numbers(c):
        grade = c.sources[k.source].grade
        if grade in ("C-2nd", "UNVERIFIED"):
            assert k.verified is False, f"{oid}/{k.id}: {grade} source must be verified=false"
        if not k.verified:
            assert NOT_CHECKED in k.patient_text, f"{oid}/{k.id}: must say it is not yet checked"
        else:
            assert grade == "C", f"{oid}/{k.id}"


def test_each_option_shows_harms_or_outcomes_not_only_benefits(c):
    for o in c.options.values():
        kinds = {k.kind for k in o.key_numbers}
        assert kinds & {"harm", "outcome"}, f"{o.id}: only benefit numbers"


def test_mitra_fr_shown_for_balance(c):
    assert any(k.source == "mitra_fr" for k in c.options["teer"].key_numbers)


def test_unverified_sources_are_flagged_in_text(c):
    unverified = {s.id for s in c.sources.values() if s.grade == "UNVERIFIED"}
    for o in c.options.values():
        if unverified & set(o.sources):
            cl = o.clinician
            text = " ".join([cl.what_it_is, *cl.what_it_is_like.model_dump().values(),
                             *cl.benefits, *cl.risks])
            assert "UNVERIFIED" in text, f"{o.id}: cites an UNVERIFIED source without saying so"
    for x in c.other_care.values():
        if unverified & set(x.sources):
            assert "UNVERIFIED" in x.clinician_text, x.id
    for s in [*c.condition, *c.living_with_mr, c.emergency, c.call_care_team]:
        if unverified & set(s.sources):
            assert NOT_CHECKED in " ".join([*s.paragraphs, *s.bullets]), s.id


# ---------------------------------------------------------------- balance and wording


def test_benefits_and_risks_in_equal_detail(c):
    for o in c.options.values():
        for audience, w in (("patient", o.patient), ("clinician", o.clinician)):
            assert abs(len(w.benefits) - len(w.risks)) <= 1, f"{o.id}/{audience}: bullet count"
            b = sum(len(x.split()) for x in w.benefits) / len(w.benefits)
            r = sum(len(x.split()) for x in w.risks) / len(w.risks)
            assert 0.5 <= b / r <= 2.0, f"{o.id}/{audience}: depth differs ({b:.0f} vs {r:.0f} words)"


def test_living_with_each_option_is_described(c):
    for o in c.options.values():
        for field, text in o.patient.what_it_is_like.model_dump().items():
            assert len(text.split()) >= 2, f"{o.id}: {field} is empty"


@pytest.mark.parametrize("phrase", FORBIDDEN)
def test_patient_text_is_neutral(c, phrase):
    assert phrase not in _all_patient_text(c)


def test_no_invented_stay_lengths(c):
    """No sourced length-of-stay figures exist (guideline-facts §5.4): no digits there."""
    for o in c.options.values():
        assert not re.search(r"\d", o.patient.what_it_is_like.hospital_stay), o.id


# ---------------------------------------------------------------- labels

ENUM_VOCABULARIES = {
    "grade": case.Grade, "mr_type": case.MRType, "onset": case.Onset, "nyha": case.NYHA,
    "nyha_description": case.NYHA, "symptom": case.Symptom, "red_flag": case.RedFlag,
    "tri_state": case.TriState, "audience": case.Audience, "crt": case.CRT, "sex": case.Sex,
    "impediment": case.Impediment, "leaflets": case.Leaflets, "prior_mitral": case.PriorMitral,
    "tier": assessment.Tier, "tier_patient": assessment.Tier, "guideline": assessment.Guideline,
    "option": assessment.OptionId, "acute_mechanism": case.AcuteMechanism, "basis": assessment.Basis,
}
STRING_VOCABULARIES = {
    "stage": {"A", "B", "C", "C1", "C2", "D", "unknown", "acute"},
    "risk_category": {"low", "intermediate", "high", "prohibitive", "unknown"},
}


@pytest.mark.parametrize("vocab,enum", ENUM_VOCABULARIES.items(), ids=list(ENUM_VOCABULARIES))
def test_labels_cover_every_enum_value(c, vocab, enum):
    labels = c.labels.get(vocab, {})
    assert {m.value for m in enum} - set(labels) == set(), f"{vocab}: labels missing"
    assert all(v.strip() for v in labels.values())


def test_every_enum_of_the_core_has_a_vocabulary():
    from enum import StrEnum

    enums = {
        obj for mod in (case, assessment) for obj in vars(mod).values()
        if isinstance(obj, type) and issubclass(obj, StrEnum) and obj is not StrEnum
    }
    assert enums <= set(ENUM_VOCABULARIES.values()), "a new enum needs labels"


@pytest.mark.parametrize("vocab,values", STRING_VOCABULARIES.items(), ids=list(STRING_VOCABULARIES))
def test_labels_cover_string_vocabularies(c, vocab, values):
    assert values <= set(c.labels[vocab])


# ---------------------------------------------------------------- topics of patient materials

# patient-topics.md, topic -> words that must appear somewhere in the patient text.
TOPICS = {
    "anatomy": ["left atrium", "left ventricle", "two thin flaps", "leaflet"],
    "what the leak does": ["leaks back", "less blood goes forward", "work harder"],
    "other names": ["mitral insufficiency", "mitral incompetence", "leaky mitral valve"],
    "how common": ["most common valve disease", "over 65", "only a narrow aortic valve (aortic stenosis) leads to more valve"],
    "primary vs secondary": ["primary mr", "secondary mr", "cardiomyopathy", "heart attack", "atrial mr"],
    "acute vs chronic": ["acute", "chronic"],
    "complications": ["heart failure", "stroke", "high blood pressure in the lungs", "blood clots",
                      "sudden cardiac arrest", "may never cause symptoms"],
    "primary causes": ["prolapse", "rheumatic", "strep throat", "marfan", "cleft mitral valve",
                       "endocarditis", "radiation", "blow to the chest",
                       "fen-phen", "fenfluramine", "phentermine", "dexfenfluramine", "1997", "syphilis"],
    "secondary causes": ["blocked heart", "thick heart muscle", "high blood pressure", "weak heart muscle"],
    "acute causes": ["torn cord", "muscle that holds the valve"],
    "symptoms": ["shortness of breath", "lying flat", "hour after falling asleep", "tired",
                 "light-headed", "palpitations", "cough", "chest pain", "swelling of the legs",
                 "fast breathing", "urine more at night", "over months"],
    "emergency": ["911", "112", "not getting enough air", "breathe lying down", "oxygen",
                  "chest pain or pressure", "pink, foamy", "fainting", "signs of a stroke",
                  "racing heartbeat that will not slow down"],
    "infection signs when treated": ["fever", "chills", "feeling ill", "headache", "aches"],
    "how it is found": ["murmur", "whooshing", "thrill", "crackles", "neck veins", "liver",
                        "transthoracic", "tee", "stress echo", "ct scan", "mri", "catheter test"],
    "treatments": ["check-ups", "water pills", "beta-blockers", "ace inhibitors",
                   "calcium channel blockers", "blood thinners", "heart rhythm pills",
                   "antibiotics", "less salt", "resting more", "breastbone", "small cut", "ring",
                   "mitraclip", "carbon and steel", "cow", "pig", "human donor",
                   "new valve through a tube", "heart pump", "palliative care",
                   "no one plan fits"],
    "prevention and living": ["tobacco", "be active", "good for the heart", "healthy weight",
                              "yearly check-ups", "sore throat with fever", "rheumatic fever before",
                              "tell each dentist", "antibiotics before some dental work",
                              "unclean needles", "every follow-up visit", "more often"],
    "outlook": ["outlook", "age", "can be repaired", "worse slowly", "quickly",
                "mild leak never need treatment"],
    "decision": ["the choice is how to deal with a leaky mitral valve"],
}


@pytest.mark.parametrize("topic,words", TOPICS.items(), ids=list(TOPICS))
def test_patient_topics_covered(c, topic, words):
    text = _all_patient_text(c)
    missing = [w for w in words if w.lower() not in text]
    assert missing == [], f"{topic}: not covered: {missing}"


def test_questions_from_patient_materials_present(c):
    ids = {q.id for q in c.questions}
    assert {"severity", "recommendation", "benefits_risks", "lifestyle", "follow_up", "outlook",
            "primary_secondary", "repairable", "catheter_candidate", "waiting"} <= ids
    assert len(ids) == len(c.questions)


# ---------------------------------------------------------------- safety, values, about


def test_emergency_section_says_call_now_with_numbers(c):
    e = c.emergency
    text = " ".join([e.title, *e.paragraphs, *e.bullets]).lower()
    assert "911" in e.title and "112" in e.title and "now" in e.title.lower()
    for sign in ("chest pain", "fainting", "short of breath", "pink", "stroke", "racing heartbeat"):
        assert sign in text, sign


def test_call_care_team_has_weight_and_infection_signs(c):
    text = " ".join([*c.call_care_team.paragraphs, *c.call_care_team.bullets])
    assert "2 kg in 3 days" in text and "fever" in text
    assert c.call_care_team.title.lower().startswith("call your care team")


def test_red_flags_each_have_an_emergency_sign(c):
    text = " ".join(c.emergency.bullets).lower()
    cues = {
        "severe_breathless_rest": "short of breath at rest", "pink_frothy_sputum": "pink, foamy",
        "chest_pain_rest": "chest pain", "fainting": "fainting", "stroke_signs": "stroke",
        "racing_heartbeat": "racing heartbeat",
    }
    assert set(cues) == {r.value for r in case.RedFlag}
    for flag, cue in cues.items():
        assert cue in text, flag


def test_endocarditis_prophylaxis_only_for_high_risk(c):
    t = c.other_care["endocarditis_prophylaxis"].patient_text.lower()
    assert "only for people at the highest risk" in t
    assert "man-made valve" in t and "ring" in t and "before" in t
    assert "a leaky valve on its own is not a reason" in t


def test_valve_type_uses_mitral_bands_and_flags_acc_aha(c):
    x = c.other_care["valve_type"]
    assert "65" in x.patient_text and "70" in x.patient_text
    assert NOT_CHECKED in x.patient_text  # ACC/AHA 2020 mitral bands are UNVERIFIED
    assert "AORTIC" in x.clinician_text  # the 50-65 bands must not be applied to mitral


def test_palliative_care_is_a_real_option(c):
    assert "real option" in c.other_care["palliative_care"].patient_text


def test_values_features_and_sure_test(c):
    assert [v.id for v in c.values] == [
        "avoid_open_heart_surgery", "durable_fix", "short_recovery", "avoid_blood_thinners",
        "avoid_repeat_procedure", "symptom_relief", "stay_independent", "live_longer",
    ]
    # SURE: published wording, unaltered (Légaré et al. 2010)
    assert [(s.id, s.text) for s in c.sure] == [
        ("sure", "Do you feel SURE about the best choice for you?"),
        ("understand", "Do you know the benefits and risks of each option?"),
        ("risk_benefit", "Are you clear about which benefits and risks matter most to you?"),
        ("encouragement", "Do you have enough support and advice to make a choice?"),
    ]
    assert "Légaré F" in c.sure_citation and "2010" in c.sure_citation


def test_about_record(c):
    a = c.about
    assert date.fromisoformat(a.content_date) == date(2026, 11, 21)
    assert "year" in a.update_policy
    assert "no funding from industry" in a.funding.lower()
    assert "none declared" in a.conflicts_of_interest.lower()
    assert any("ACC/AHA" in x and NOT_CHECKED in x for x in a.limitations)
    assert "not give medical advice" in a.not_medical_advice
    for word in ("TEER", "TMVR", "check-ups", "pills", "repair", "new one"):
        assert word in a.decision_statement, word
