"""Languages: which one is in use, and how a translation is laid over the English original.

A translated file (resources/content/es/options.yaml, …) mirrors its English twin key for key
and list item for list item, and holds only WORDS. Numbers, sources, citations, populations,
ids and flags are never retyped: `overlay()` takes them from the English file, and refuses a
translation that restates one, misses a string, adds a key, changes a {placeholder} or states
other numbers than the original. So a count can only be changed in one place.

The language in use is a context variable (`using("es")`), with a process-wide default the
app sets from View ▸ Language (`set_default`). Qt-free.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

#: The languages the aid is written in; English is the original, the others are overlays.
LANGUAGES = ("en", "es")
NATIVE_NAMES = {"en": "English", "es": "Español"}

#: Keys whose values come only from the original: a translation must not restate them.
PROTECTED = frozenset({
    "count", "denominator", "source", "sources", "verified", "population", "grid_row",
    "comparison_count", "kind", "grade", "citation", "content_date",
})
#: Keys whose text states facts of its own language (the measured reading level of the
#: Spanish text is not the English one's): their numbers may differ from the original's.
OWN_NUMBERS = frozenset({"reading_level"})
#: Keys a translation repeats only to match list items; they must equal the original's.
MATCH_KEYS = frozenset({"id"})

_default = "en"
_current: ContextVar[str | None] = ContextVar("decisionaid_language", default=None)


class TranslationError(ValueError):
    """A translated file does not mirror its original."""


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r} is not available (available: {', '.join(LANGUAGES)})")
    return lang


def current() -> str:
    """The language in use here: the innermost `using()`, else the process default."""
    return _current.get() or _default


def set_default(lang: str) -> None:
    """The process-wide language (the app's View ▸ Language)."""
    global _default
    _default = check_language(lang)


@contextmanager
def using(lang: str | None) -> Iterator[str]:
    """Run a block in `lang` (None: keep the current language)."""
    lang = check_language(lang) if lang else current()
    token = _current.set(lang)
    try:
        yield lang
    finally:
        _current.reset(token)


def language_of_locale(name: str) -> str:
    """'es_MX' -> 'es'; a locale with no translation -> 'en'."""
    code = (name or "").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


# ---------------------------------------------------------------- overlays

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# A number as written: 1,234 / 1.5 (English) and 1.234 / 1,5 (Spanish) both come out as 1234 / 1.5.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def numbers_in(text: str) -> Counter[str]:
    """The numbers a text states, written either way (1.5 and 1,5 are the same number).

    A separator followed by exactly three digits is a thousands separator (1,234 / 1.234);
    any other is a decimal point. Placeholders are left out."""
    out: Counter[str] = Counter()
    for raw in _NUMBER.findall(_PLACEHOLDER.sub(" ", text)):
        parts = re.split(r"[.,]", raw)
        whole, rest = parts[0], parts[1:]
        while rest and len(rest[0]) == 3:
            whole += rest.pop(0)
        value = whole + ("." + rest[0] if rest else "")
        out[value.lstrip("0") or "0"] += 1
        for extra in rest[1:]:  # "1.5.2": unusual; count each part
            out[extra] += 1
    return out


#: Files of display words only (labels, templates, report strings): no key there is a fact, so
#: "grade" or "source" are words to translate (the grade labels, the heading "Sources").
WORDS_ONLY = frozenset({"labels.yaml", "reasons.yaml"})


def protected_keys(*parts: str) -> frozenset[str]:
    """The keys of PROTECTED that hold facts in this resource file."""
    return PROTECTED if parts and parts[0] == "content" and parts[-1] not in WORDS_ONLY else frozenset()


def overlay(original: Any, translation: Any, where: str = "",
            protected: frozenset[str] = PROTECTED) -> Any:
    """The original with the translation's words laid over it (see the module docstring)."""
    here = where or "(top)"
    if isinstance(original, dict):
        if not isinstance(translation, dict):
            raise TranslationError(f"{here}: expected a mapping like the original")
        extra = set(translation) - set(original)
        if extra:
            raise TranslationError(f"{here}: keys not in the original: {sorted(map(str, extra))}")
        out: dict[Any, Any] = {}
        for key, value in original.items():
            at = f"{where}.{key}" if where else str(key)
            if key in protected:
                if key in translation:
                    raise TranslationError(f"{at}: comes from the original; do not restate it")
                out[key] = value
            elif key in MATCH_KEYS:
                if key in translation and translation[key] != value:
                    raise TranslationError(f"{at}: is {translation[key]!r}, the original has {value!r}")
                out[key] = value
            elif not _has_words(value, protected):
                if key in translation and translation[key] != value:
                    raise TranslationError(f"{at}: holds no words; do not restate it")
                out[key] = value
            elif key not in translation:
                raise TranslationError(f"{at}: not translated")
            elif key in OWN_NUMBERS:
                out[key] = _text(value, translation[key], at, same_numbers=False)
            else:
                out[key] = overlay(value, translation[key], at, protected)
        return out
    if isinstance(original, list):
        if not isinstance(translation, list) or len(translation) != len(original):
            got = len(translation) if isinstance(translation, list) else type(translation).__name__
            raise TranslationError(f"{here}: the original has {len(original)} items, the translation {got}")
        return [overlay(o, t, f"{where}[{i}]", protected) for i, (o, t) in enumerate(zip(original, translation))]
    if isinstance(original, str):
        return _text(original, translation, here)
    return original  # numbers, booleans, None: never translated


def _text(original: str, translation: Any, here: str, same_numbers: bool = True) -> str:
    if not isinstance(translation, str) or not translation.strip():
        raise TranslationError(f"{here}: expected translated text")
    if set(_PLACEHOLDER.findall(original)) != set(_PLACEHOLDER.findall(translation)):
        raise TranslationError(f"{here}: the {{placeholders}} differ from the original's")
    if same_numbers and numbers_in(original) != numbers_in(translation):
        want = sorted(numbers_in(original).elements())
        got = sorted(numbers_in(translation).elements())
        raise TranslationError(f"{here}: states the numbers {got}; the original states {want}")
    return translation


def _has_words(value: Any, protected: frozenset[str] = PROTECTED) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, dict):
        return any(_has_words(v, protected) for k, v in value.items() if k not in protected and k not in MATCH_KEYS)
    if isinstance(value, list):
        return any(_has_words(v, protected) for v in value)
    return False


def load_overlaid(*parts: str, lang: str) -> Any:
    """A resource file in `lang`: parts name the English file, with "en" where the language goes."""
    from . import resource_files

    original = resource_files.load_data(*parts)
    if lang == "en":
        return original
    translated_parts = tuple(lang if p == "en" else (f"{lang}.yaml" if p == "en.yaml" else p) for p in parts)
    return overlay(original, resource_files.load_data(*translated_parts), "/".join(translated_parts),
                   protected_keys(*parts))
