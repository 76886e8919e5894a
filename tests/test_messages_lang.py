"""resources/messages/<lang>.yaml: the Case's field titles, validation and session-file
messages, in the language in use (i18n.current())."""

from __future__ import annotations

import json
import re

import pytest
from pydantic import ValidationError

from decisionaid import i18n, resource_files
from decisionaid.case import Case, _model_in, describe_errors, field_title, message
from decisionaid.rules import common
from decisionaid.session import SCHEMA_VERSION, SessionError, parse_case, read_case

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _load(lang: str) -> dict:
    return resource_files.load_data("messages", f"{lang}.yaml")


def _flat(node, prefix=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _flat(v, f"{prefix}/{k}" if prefix else str(k))
    else:
        yield prefix, node


def _titled_paths() -> list[str]:
    out = []
    for name, info in Case.model_fields.items():
        if info.title:
            out.append(name)
        section = _model_in(info.annotation)
        if section is not None:
            out += [f"{name}.{f}" for f, i in section.model_fields.items() if i.title]
    return out


def test_en_and_es_have_the_same_keys_and_placeholders():
    en, es = dict(_flat(_load("en"))), dict(_flat(_load("es")))
    assert list(en) == list(es)
    for key, text in en.items():
        assert isinstance(es[key], str) and es[key].strip(), key
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(es[key])), key
        assert i18n.numbers_in(text) == i18n.numbers_in(es[key]), key


def test_the_spanish_file_is_a_valid_overlay():
    i18n.overlay(_load("en"), _load("es"), "messages/es.yaml")


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_titled_case_field_has_an_entry(lang):
    fields = _load(lang)["fields"]
    missing = [p for p in _titled_paths() if p not in fields]
    assert not missing


def test_the_model_titles_are_the_english_file():
    for path in _titled_paths():
        section, _, name = path.rpartition(".")
        model = _model_in(Case.model_fields[section].annotation) if section else Case
        assert model.model_fields[name].title == field_title(path, "en")
    schema = json.dumps(Case.model_json_schema())
    assert "Left ventricular ejection fraction (LVEF)" in schema
    assert "FEVI" not in schema


def test_field_title_follows_the_language_and_rules_use_it():
    assert field_title("heart.lvef_pct") == "Left ventricular ejection fraction (LVEF)"
    with i18n.using("es"):
        assert "FEVI" in field_title("heart.lvef_pct")
        assert "FEVI" in common.field_title("heart.lvef_pct")
        assert "DTSVI" in field_title("heart.lvesd_mm")
    assert "FEVI" in field_title("heart.lvef_pct", "es")
    assert common.field_title("heart.lvef_pct") == "Left ventricular ejection fraction (LVEF)"


def _errors(data: dict) -> list[str]:
    with pytest.raises(ValidationError) as exc:
        Case.model_validate(data)
    return describe_errors(exc.value)


def test_out_of_range_in_spanish_names_the_field_and_the_range():
    with i18n.using("es"):
        (line,) = _errors({"heart": {"lvef_pct": 150}})
    assert line == ("Fracción de eyección del ventrículo izquierdo (FEVI): 150 está fuera del "
                    "rango aceptado 5–90 %")
    (line,) = _errors({"heart": {"lvef_pct": 150}})
    assert line == "Left ventricular ejection fraction (LVEF): 150 is outside the accepted range 5–90 %"


def test_validator_messages_in_spanish():
    with i18n.using("es"):
        (whole,) = _errors({"risk": {"age_years": 70.5}})
        (flag,) = _errors({"symptoms": {"none_reported": "yes"}})
        (nyha,) = _errors({"symptoms": {"nyha": "I", "everyday": ["breathless_rest"]}})
    assert whole == "Edad: debe ser un número entero (se indicó 70.5) (rango aceptado 18–110 años)"
    assert "debe ser verdadero o falso" in flag and flag.startswith("Sin síntomas:")
    assert nyha.startswith("Clase funcional NYHA: la clase I significa")


def test_corrupt_session_file_in_spanish(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"heart": ', encoding="utf-8")
    with i18n.using("es"), pytest.raises(SessionError) as exc:
        read_case(bad)
    assert str(exc.value) == "bad.json no es JSON válido (línea 1): puede estar dañado"
    with pytest.raises(SessionError) as exc:
        read_case(bad)
    assert str(exc.value) == "bad.json is not valid JSON (line 1): it may be damaged"


def test_future_version_session_file_in_spanish(tmp_path):
    new = tmp_path / "new.json"
    new.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1}), encoding="utf-8")
    with i18n.using("es"), pytest.raises(SessionError) as exc:
        read_case(new)
    assert str(exc.value) == (
        f"new.json se guardó con una versión más reciente de la aplicación (formato "
        f"{SCHEMA_VERSION + 1}; esta aplicación lee hasta el {SCHEMA_VERSION}). No se abrió y no "
        "se ha modificado.")


def test_invalid_values_in_a_session_in_spanish():
    with i18n.using("es"), pytest.raises(SessionError) as exc:
        parse_case(json.dumps({"heart": {"lvef_pct": 150}}))
    assert str(exc.value).startswith("archivo de sesión: Fracción de eyección del ventrículo")
    assert "rango aceptado 5–90 %" in str(exc.value)
    with pytest.raises(SessionError) as exc:
        parse_case(json.dumps({"heart": {"lvef_pct": 150}}))
    assert str(exc.value).startswith("session file: Left ventricular ejection fraction (LVEF)")


def test_a_missing_translation_key_falls_back_to_english(monkeypatch):
    from decisionaid import case as case_mod

    es = {**_load("es"), "errors": {}}
    monkeypatch.setattr(case_mod, "messages", lambda lang: es if lang == "es" else _load("en"))
    assert message("errors", "schema_too_old", "es") == "schema_version must be 1 or more"


def test_common_pydantic_checks_in_spanish_english_unchanged():
    with i18n.using("es"):
        (line,) = _errors({"heart": {"crt": "maybe"}})
    assert line == ("Terapia de resincronización cardíaca (TRC): debe ser 'not_indicated', "
                    "'candidate', 'implanted' o 'unknown'")
    (line,) = _errors({"heart": {"crt": "maybe"}})
    assert line == ("Cardiac resynchronisation therapy (CRT): Input should be 'not_indicated', "
                    "'candidate', 'implanted' or 'unknown'")


def test_word_units_are_translated():
    with i18n.using("es"):
        (line,) = _errors({"risk": {"frailty_indices": 9}})
    assert line == "Índices de fragilidad (ABVD de Katz + deambulación): 9 está fuera del rango aceptado 0–7 de 7"


def test_risk_texts_default_to_the_language_in_use():
    """risk / euroscore / cli_euroscore: lang=None speaks i18n.current() (resources/risk/es.yaml
    laid over en.yaml)."""
    from decisionaid import cli_euroscore, euroscore, risk

    es = i18n.load_overlaid("risk", "en.yaml", lang="es")
    en = resource_files.load_data("risk", "en.yaml")
    inputs = dict(age=70, sex="male", weight_kg=80, creatinine=1.0, creatinine_unit="mg/dL",
                  lvef_pct=60, pasp_mmhg=25, nyha="II")
    with i18n.using("es"):
        assert euroscore.caveats(70)[0] == es["euroscore_caveats"]["surgical_score"].strip()
        assert risk.categorise_risk(Case()).notes[-1].startswith(es["notes"]["nothing_known"].split("(")[0].strip())
        text = cli_euroscore.format_text(euroscore.calculate(inputs))
        assert es["euroscore_labels"]["title"] in text and en["euroscore_labels"]["title"] not in text
    assert euroscore.caveats(70)[0] == en["euroscore_caveats"]["surgical_score"].strip()


_EUROSCORE_BASE = {"age": 70, "sex": "female", "creatinine": 1.1, "weight_kg": 70, "nyha": "II",
                   "lvef_pct": 50, "pasp_mmhg": 30}


@pytest.mark.parametrize("change, en_start, es_start", [
    ({"weight_kg": None}, "Renal function: give serum creatinine and weight", "Función renal: indique"),
    ({"creatinine": 99}, "Serum creatinine: 99 mg/dL is outside", "Creatinina sérica: 99 mg/dL está fuera"),
    ({"lvef_pct": None}, "LVEF: give the ejection fraction", "FEVI: indique la fracción de eyección"),
    ({"pasp_mmhg": None}, "PA systolic pressure: give it", "Presión sistólica pulmonar: indíquela"),
    ({"lvef_pct": 500}, "LVEF: 500 is outside the accepted range 5–90", "FEVI: 500 está fuera del rango aceptado 5–90"),
    ({"creatinine_unit": "g"}, "Creatinine unit: 'g' is not an accepted unit",
     "Unidad de la creatinina: 'g' no es una unidad aceptada"),
    ({"age": "x"}, "Age: 'x' is not a number (accepted range 18–100 years)",
     "Edad: 'x' no es un número (rango aceptado 18–100 años)"),
    ({"nyha": "V"}, "NYHA class: Input should be", "Clase NYHA: debe ser 'I', 'II', 'III' o 'IV'"),
])
def test_euroscore_calculator_messages_follow_the_language(change, en_start, es_start):
    """What the in-app EuroSCORE II calculator says about a bad or missing answer."""
    from decisionaid import euroscore

    raw = {k: v for k, v in {**_EUROSCORE_BASE, **change}.items() if v is not None}
    for lang, start in (("en", en_start), ("es", es_start)):
        with i18n.using(lang), pytest.raises(ValueError) as exc:
            euroscore.calculate(raw)
        assert str(exc.value).startswith(start), (lang, str(exc.value))


def test_summary_save_errors_follow_the_language(tmp_path):
    from decisionaid import report
    from test_report_sheet import example

    case = example("rheumatic_moderate")
    target = tmp_path / "missing" / "resumen.pdf"
    for lang, start, end in (("en", "Cannot save the summary: the folder", "does not exist."),
                             ("es", "No se puede guardar el resumen: la carpeta", "no existe.")):
        with i18n.using(lang), pytest.raises(report.ReportError) as exc:
            report.write_report(case, target, lang=lang)
        assert str(exc.value).startswith(start) and str(exc.value).endswith(end), str(exc.value)
        assert not target.exists()
    with i18n.using("es"), pytest.raises(report.ReportError, match="^Papel: 'A5' no es uno de: letter, a4"):
        report.render_case_pdf(case, paper="A5", lang="es")
