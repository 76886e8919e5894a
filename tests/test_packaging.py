"""Packaging: every resources folder is a listed package, the build is quiet, the sdist complete."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_resources_folder_is_a_listed_package():
    """Unlisted folders make setuptools warn and may be left out of the wheel."""
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(("decisionaid.resources", *p.relative_to(REPO / "resources").parts))
        for p in (REPO / "resources").rglob("*")
        if p.is_dir() and "__pycache__" not in p.parts and any(f.is_file() for f in p.iterdir())
    }
    assert folders <= listed, f"add to [tool.setuptools] packages: {sorted(folders - listed)}"


def test_licence_metadata_is_pep_639():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT AND CC-BY-4.0"
    assert not any(c.startswith("License ::") for c in project["classifiers"])
    for pattern in project["license-files"]:
        assert list(REPO.glob(pattern)), pattern
    assert "MIT License" in (REPO / "LICENSE").read_text(encoding="utf-8")


def test_build_tools_are_not_in_the_published_test_extra():
    test_extra = " ".join(PYPROJECT["project"]["optional-dependencies"]["test"])
    assert "build" not in test_extra and "setuptools" not in test_extra
    assert any(d.startswith("build") for d in PYPROJECT["dependency-groups"]["build"])


def test_compiled_translations_are_never_committed():
    assert "*.qm" in (REPO / ".gitignore").read_text(encoding="utf-8").split()
    assert not [n for n in _tracked() if n.endswith(".qm")]


def _tracked() -> list[str]:
    r = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip("not a git checkout")
    return [n for n in r.stdout.splitlines() if (REPO / n).is_file()]


@pytest.mark.slow
def test_sdist_and_wheel_build_quietly_and_the_sdist_has_every_tracked_file(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    r = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(tmp_path), str(REPO)],
        capture_output=True, text=True, timeout=600, env=env,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    noisy = [line for line in (r.stdout + r.stderr).splitlines()
             if "warn" in line.lower() or "deprecat" in line.lower()]
    assert not noisy, "\n".join(noisy[:20])
    sdist = next(tmp_path.glob("*.tar.gz"))
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    # hidden placeholders (.gitignore, resources/**/.keep) are not needed to build or test
    missing = sorted(n for n in set(_tracked()) - names if not Path(n).name.startswith("."))
    assert not missing, f"not in the sdist (MANIFEST.in): {missing}"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    # the .qm files are built, never committed: the sdist has the .ts, the wheel the compiled .qm
    assert not [n for n in names if n.endswith(".qm")], "compiled translations in the sdist"
    assert "build_translations.py" in names
    with zipfile.ZipFile(next(tmp_path.glob("*.whl"))) as wheel:
        in_wheel = set(wheel.namelist())
    assert "decisionaid/resources/translations/mrda_es.qm" in in_wheel
    assert "build_translations.py" not in in_wheel
