"""setuptools build step: compile the Qt translations (.ts) into the .qm files the window loads.

The .qm files are build products and never committed (scripts/build-translations.sh makes them
in a checkout). pyproject.toml points [tool.setuptools.cmdclass] build_py here, so every wheel
(and the bundle, built from the wheel) carries decisionaid/resources/translations/*.qm.
Not part of the installed package.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools.command.build_py import build_py as _build_py
from setuptools.command.sdist import sdist as _sdist

TRANSLATIONS = ("decisionaid", "resources", "translations")


def find_lrelease() -> str | None:
    """pyside6-lrelease next to this Python (a venv), else on PATH."""
    here = Path(sys.executable).with_name("pyside6-lrelease")
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


class build_py(_build_py):  # noqa: N801 - the setuptools command's own name
    def run(self) -> None:
        super().run()
        folder = Path(self.build_lib, *TRANSLATIONS)
        sources = sorted(folder.glob("*.ts"))
        if not sources:
            return
        lrelease = find_lrelease()
        if lrelease is None:
            self.announce("pyside6-lrelease not found: the window will show English only "
                          "(install PySide6-Essentials in the build environment)", level=3)
            return
        for ts in sources:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                           check=True)


class sdist(_sdist):  # noqa: N801
    """The sdist carries the .ts sources only (a checkout may hold compiled .qm files)."""

    def make_distribution(self) -> None:
        self.filelist.files = [f for f in self.filelist.files if not f.endswith(".qm")]
        super().make_distribution()
