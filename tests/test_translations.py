"""The window's words are all extractable and all translated.

(a) pyside6-lupdate finds nothing that the committed .ts files do not hold (run
    scripts/update-translations.sh after changing a string), and files every string under a
    real context (the class whose tr() it is, or a literal translate() context);
(b) every tr()/translate() gets literal text, so lupdate can read it (an alias such as
    `tr = QApplication.translate` or a variable makes lupdate miss the string or file it wrongly);
(c) mrda_es.ts is finished: no unfinished or empty translation, and the placeholders
    ({name}, %1) are those of the English source.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = sorted((ROOT / "ui").glob("*.py"))
TRANSLATIONS = ROOT / "resources" / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
TRANSLATE_NAMES = {"tr", "translate"}


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    ts = tmp_path_factory.mktemp("lupdate") / "now.ts"
    r = subprocess.run([str(LUPDATE), *map(str, UI), "-ts", str(ts)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    return messages(ts)


@pytest.mark.parametrize("name", ["mrda_en.ts", "mrda_es.ts"])
def test_the_committed_ts_files_hold_every_string_of_the_code(extracted, name):
    committed = messages(TRANSLATIONS / name)
    missing = sorted(set(extracted) - set(committed))
    assert not missing, (f"{name} lacks {len(missing)} string(s) (run scripts/update-translations.sh "
                         f"and translate them): {missing[:10]}")
    stale = sorted(set(committed) - set(extracted))
    assert not stale, f"{name} holds strings the code no longer has: {stale[:10]}"


def _classes_and_literal_contexts() -> set[str]:
    names = set()
    for path in UI:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif _is_translate(node) and node.args and _literal(node.args[0]):
                names.add(node.args[0].value)
    return names


def test_every_string_is_filed_under_the_context_it_is_looked_up_in(extracted):
    """A string filed under "" or "self.help_pane" is never found at run time."""
    known = _classes_and_literal_contexts()
    wrong = sorted({ctx for ctx, _src in extracted if ctx not in known})
    assert not wrong, f"lupdate filed strings under contexts no code looks up: {wrong}"


# ---------------------------------------------------------------- (b) literals only

def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_translate(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Attribute) and func.attr in TRANSLATE_NAMES) or (
        isinstance(func, ast.Name) and func.id in TRANSLATE_NAMES)


def non_literal_calls(source: str, filename: str = "<source>") -> list[str]:
    """tr()/translate() calls lupdate cannot read, and aliases of translate."""
    bad = []
    tree = ast.parse(source, filename)
    for fstring in [n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)]:
        # pyside6-lupdate does not look inside f-strings: a tr() there is never extracted.
        for node in ast.walk(fstring):
            if _is_translate(node):
                bad.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:80]} inside an f-string (lupdate misses it)")
    for node in ast.walk(tree):
        if _is_translate(node):
            translate = (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) \
                == "translate"
            wanted = node.args[:2] if translate else node.args[:1]
            if len(wanted) < (2 if translate else 1) or not all(map(_literal, wanted)):
                bad.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:80]}")
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Attribute) \
                and node.value.attr in TRANSLATE_NAMES:
            bad.append(f"{filename}:{node.lineno}: alias {ast.unparse(node)[:80]} (lupdate misses it)")
    return bad


def test_every_tr_and_translate_call_has_literal_text():
    bad = [b for path in UI
           for b in non_literal_calls(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert not bad, "\n".join(bad)


def test_the_literal_scan_catches_what_lupdate_misses():
    assert non_literal_calls('QCoreApplication.translate("C", text)')
    assert non_literal_calls('self.tr(name)')
    assert non_literal_calls('self.tr(f"Step {n}")')
    assert non_literal_calls('tr = QApplication.translate')
    assert non_literal_calls('x = f"<h3>{self.tr(\'Funding\')}</h3>"')
    assert not non_literal_calls('QCoreApplication.translate("C", "Hello " "there")')
    assert not non_literal_calls('self.tr("Hello %1").replace("%1", x)')


# ---------------------------------------------------------------- (c) Spanish finished

_PLACEHOLDERS = re.compile(r"\{[^{}]*\}|%\d+|%n")


def test_spanish_is_finished_and_keeps_the_placeholders():
    problems = []
    for (ctx, src), message in messages(TRANSLATIONS / "mrda_es.ts").items():
        translation = message.find("translation")
        text = translation.text or "" if translation is not None else ""
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{ctx}: {src!r} is unfinished")
        elif not text.strip():
            problems.append(f"{ctx}: {src!r} has an empty translation")
        elif sorted(_PLACEHOLDERS.findall(src)) != sorted(_PLACEHOLDERS.findall(text)):
            problems.append(f"{ctx}: {src!r} -> {text!r}: the placeholders differ")
    assert not problems, "\n".join(problems[:20])


def test_the_spanish_file_says_its_language():
    root = ET.parse(TRANSLATIONS / "mrda_es.ts").getroot()
    assert root.get("language") == "es_ES"
