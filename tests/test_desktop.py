"""Desktop integration: icon on every window, desktop entry and metainfo, About with licence."""

from __future__ import annotations

import configparser
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

import decisionaid
from decisionaid import resource_files
from ui import app as app_module

REPO = Path(__file__).resolve().parents[1]
DESKTOP = REPO / "packaging" / f"{app_module.DESKTOP_ID}.desktop"
METAINFO = REPO / "packaging" / f"{app_module.DESKTOP_ID}.metainfo.xml"


def test_icon_is_an_svg_resource_that_qt_can_draw(qapp):
    svg = resource_files.fs_path(*app_module.ICON_FILE)
    assert svg.suffix == ".svg" and "<svg" in svg.read_text(encoding="utf-8")
    icon = app_module.app_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64 and image.pixelColor(32, 32).alpha() == 255  # drawn, not blank


def test_application_identity_icon_and_desktop_file_name(qapp):
    app = app_module.create_app()
    assert app.applicationVersion() == decisionaid.__version__
    assert QGuiApplication.desktopFileName() == app_module.DESKTOP_ID
    assert not app.windowIcon().isNull()


def test_every_window_shows_the_app_icon(qtbot):
    from ui.about_dialog import AboutDialog, GlossaryDialog
    from ui.main_window import MainWindow

    app_module.create_app()
    window = MainWindow(offer_recovery=False)
    qtbot.addWidget(window)
    about, glossary = AboutDialog(window), GlossaryDialog(window)
    for w in (window, about, glossary):
        assert not w.windowIcon().isNull(), type(w).__name__
        assert w.windowIcon().cacheKey() == app_module.QApplication.windowIcon().cacheKey()


def test_about_shows_version_licence_and_third_party_notices(qtbot):
    from ui.about_dialog import AboutDialog

    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    text = dlg.browser.toPlainText()
    assert f"Version {decisionaid.__version__}" in text
    assert "MIT licence" in text and "CC BY 4.0" in text and "Licences tab" in text
    notices = dlg.notices.toPlainText()
    for notice in ("LGPL-3.0", "PySide6", "WeasyPrint", "DejaVu", "BSD"):
        assert notice in notices, notice
    assert "**" not in notices and "## " not in notices  # formatted, not raw Markdown
    assert resource_files.fs_path("licenses", "LGPL-3.0.txt").is_file()


def test_desktop_entry_names_the_app_icon_and_program():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application" and d["Name"] == "MR Decision Aid"
    assert d["Icon"] == app_module.DESKTOP_ID and d["Exec"] == "mr-decision-aid"
    assert d["Terminal"] == "false"
    assert f"<id>{app_module.DESKTOP_ID}</id>" in METAINFO.read_text(encoding="utf-8")


def test_metainfo_release_is_the_package_version():
    assert f'<release version="{decisionaid.__version__}"' in METAINFO.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (apt-get install desktop-file-utils)")
def test_desktop_entry_is_valid():
    r = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert r.returncode == 0 and "error" not in r.stdout, r.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_is_valid():
    r = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_install_desktop_script_installs_entry_icon_and_metainfo(tmp_path):
    prog = tmp_path / "bin" / "mr-decision-aid"
    prog.parent.mkdir()
    prog.write_text("#!/bin/sh\n")
    prog.chmod(0o755)
    env = {**os.environ, "DESTDIR": str(tmp_path / "stage"), "XDG_DATA_HOME": "/share"}
    r = subprocess.run(["bash", str(REPO / "scripts" / "install-desktop.sh"), "--exec", str(prog)],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    share = tmp_path / "stage" / "share"
    desktop = share / "applications" / f"{app_module.DESKTOP_ID}.desktop"
    assert f"Exec={prog}\n" in desktop.read_text(encoding="utf-8")
    assert (share / "icons/hicolor/scalable/apps" / f"{app_module.DESKTOP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{app_module.DESKTOP_ID}.metainfo.xml").is_file()
    r = subprocess.run(["bash", str(REPO / "scripts" / "install-desktop.sh"), "--uninstall"],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0 and not desktop.exists()


def test_install_desktop_script_explains_a_missing_program(tmp_path):
    env = {**os.environ, "DESTDIR": str(tmp_path), "XDG_DATA_HOME": "/share"}
    r = subprocess.run(["bash", str(REPO / "scripts" / "install-desktop.sh"), "--exec",
                        str(tmp_path / "nothing")], capture_output=True, text=True, env=env)
    assert r.returncode == 1 and "no program to launch" in r.stderr


# ---------------------------------------------------------------- one version number


def test_version_is_single_sourced():
    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in meta and "version" in meta["dynamic"]
    assert importlib.metadata.version("mr-decision-aid") == decisionaid.__version__


def test_gui_version_option(tmp_path):
    r = subprocess.run([sys.executable, "-m", "ui.app", "--version"], capture_output=True,
                       text=True, cwd=tmp_path, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                       timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == f"mr-decision-aid {decisionaid.__version__}"


def test_the_app_started_as_main_does_gets_its_icon_with_the_window(qtbot):
    """main() leaves the icon to the window's set-up after the first page (start-up memory)."""
    from ui.main_window import MainWindow

    app = app_module.create_app(icon_now=False)
    app.setWindowIcon(app_module.QIcon())  # as a fresh start: no icon yet
    window = MainWindow(lazy=True, offer_recovery=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_ready, timeout=10_000)
    assert not app.windowIcon().isNull() and not window.windowIcon().isNull()
