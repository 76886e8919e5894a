"""Guards of the house: the core stays Qt-free, resources are found, the launcher runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _run(code: str, cwd: Path, python: str = sys.executable, env: dict | None = None):
    return subprocess.run(
        [python, "-c", textwrap.dedent(code)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


BLOCK_QT = """
import sys, importlib.abc
class _Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError("PySide6 is blocked in this test")
sys.meta_path.insert(0, _Block())
"""


def test_core_imports_and_works_with_pyside6_blocked(tmp_path):
    code = BLOCK_QT + """
import pkgutil, importlib, decisionaid
for m in pkgutil.walk_packages(decisionaid.__path__, "decisionaid."):
    if m.name.startswith("decisionaid.resources") or m.name.endswith("__main__"):
        continue
    importlib.import_module(m.name)
from decisionaid.cli import main
rc = main(["schema"])
assert rc == 0
assert not any(k.startswith("PySide6") for k in sys.modules), "PySide6 was imported"
print("CORE-OK")
"""
    r = _run(code, tmp_path)
    assert r.returncode == 0, r.stderr
    assert "CORE-OK" in r.stdout


def test_core_sources_never_import_qt():
    import ast

    offenders = []
    for p in (REPO / "decisionaid").rglob("*.py"):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            if any(n.split(".")[0] in ("PySide6", "shiboken6", "ui") for n in names):
                offenders.append(f"{p.relative_to(REPO)}:{node.lineno}")
    assert offenders == []


def test_resources_found_from_another_directory(tmp_path):
    r = _run(
        "from decisionaid import resource_files as r; print(r.fs_path('templates').is_dir())",
        tmp_path,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "True"


def test_schema_command_prints_json_schema(capsys):
    from decisionaid.cli import main

    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Case"
    assert "schema_version" in schema["properties"]


def test_launcher_opens_main_window_offscreen_and_closes(qtbot):
    from ui.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.isVisible()
    assert window.windowTitle()
    window.close()
    assert not window.isVisible()


def test_launcher_process_starts_and_exits_cleanly(tmp_path):
    exe = Path(sys.executable).with_name("mr-decision-aid")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "ui.app"]
    r = subprocess.run(
        [*cmd, "--quit-after", "300"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert r.returncode == 0, r.stderr


@pytest.mark.slow
def test_wheel_installs_in_fresh_venv_and_finds_resources(tmp_path):
    """Build the wheel, install it into a new venv (reusing this env's packages), run elsewhere."""
    dist = tmp_path / "dist"
    r = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO)],
        capture_output=True, text=True, timeout=600,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    wheel = next(dist.glob("*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = next((venv / "lib").glob("python3*/site-packages"))
    # Dependencies come from this environment's site-packages (a plain path entry: its .pth
    # files, including the editable finder that points at the checkout, are not processed).
    import sysconfig

    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    py = venv / "bin" / "python"
    r = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps",
         "--no-index", "--disable-pip-version-check", str(wheel)],
        capture_output=True, text=True, timeout=600,
    )
    assert r.returncode == 0, r.stderr
    work = tmp_path / "elsewhere"
    work.mkdir()
    # The fresh venv must import the *installed* package, not the checkout.
    expected = sorted(
        str(f.relative_to(REPO / "resources"))
        for f in (REPO / "resources").rglob("*")
        if f.is_file() and "__pycache__" not in f.parts and not f.name.startswith(".")
    )
    code = WHEEL_CHECK + f"\nexpected = {expected!r}\n" + WHEEL_CHECK_FILES
    r = _run(code, work, python=str(py), env={"PYTHONPATH": ""})
    assert r.returncode == 0, r.stdout + r.stderr
    assert "WHEEL-OK" in r.stdout


WHEEL_CHECK = """
import decisionaid, pathlib
from decisionaid import resource_files as resources
p = pathlib.Path(decisionaid.__file__).resolve()
assert "site-packages" in str(p), p
"""
WHEEL_CHECK_FILES = """
missing = [f for f in expected if not resources.fs_path(*f.split("/")).is_file()]
assert not missing, missing
# The installed wheel renders a real PDF summary from a built-in example, from elsewhere.
import json, os
from decisionaid.cli import main
from decisionaid import resource_files
case = resource_files.fs_path("examples", "primary_c2_lv_dysfunction.json")
assert main(["report", str(case), "-o", "summary.pdf", "--audience", "clinician"]) == 0
assert open("summary.pdf", "rb").read(5) == b"%PDF-"
print("WHEEL-OK", len(expected))
"""
