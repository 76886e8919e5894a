"""GUI launcher: `mr-decision-aid` (or `python -m ui.app`, or the bundled app).

Sets the application's identity (name, version, icon, desktop file name), the log file and
faulthandler, and an error handler that saves the work before it says anything.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import decisionaid
from decisionaid import resource_files as resources


APP_NAME = "MR Decision Aid"
ORG_NAME = "MRDecisionAid"
#: the .desktop file's name without ".desktop", and the AppStream id (packaging/)
DESKTOP_ID = "org.mrdecisionaid.MRDecisionAid"
ICON_FILE = ("icons", "mr-decision-aid.svg")

log = logging.getLogger(__name__)

# Keep references to installed translators, or translation silently stops.
_translators: list[QTranslator] = []


def chosen_language() -> str:
    """The language chosen in View ▸ Language, else (first run) the system's if there is one."""
    from decisionaid import i18n

    from .settings import Settings

    return Settings().language() or i18n.language_of_locale(QLocale.system().name())


def install_translators(app: QApplication, lang: str | None = None) -> str:
    """Replace the installed translators by those of `lang` (default: the chosen language) and
    make it the core's language. English is the source language: nothing is loaded for it.
    Installing sends LanguageChange to every widget (MainWindow retranslates itself)."""
    from decisionaid import i18n

    lang = i18n.check_language(lang or chosen_language())
    while _translators:
        app.removeTranslator(_translators.pop())
    i18n.set_default(lang)
    if lang != "en":
        locale = QLocale(lang)
        qt_tr = QTranslator(app)
        if qt_tr.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_tr)
            _translators.append(qt_tr)
        own = QTranslator(app)
        if own.load(f"mrda_{lang}", str(resources.fs_path("translations"))):
            app.installTranslator(own)
            _translators.append(own)
        else:
            log.warning("no compiled translation mrda_%s.qm (run scripts/build-translations.sh)", lang)
    return lang


def app_icon() -> QIcon:
    return QIcon(str(resources.fs_path(*ICON_FILE)))


def ensure_icon() -> None:
    """Give the application (so every window and dialog) its icon, once."""
    app = QApplication.instance()
    if app is not None and app.windowIcon().isNull():
        app.setWindowIcon(app_icon())


def create_app(argv: Sequence[str] | None = None, *, icon_now: bool = True) -> QApplication:
    """The QApplication with its name, version, desktop id and translators. With icon_now False
    the icon waits for the main window's set-up after the first page: drawing the SVG icon
    loads Qt's SVG engine (about 10 MiB), which the first page does not need."""
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(decisionaid.__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    if icon_now:
        ensure_icon()  # every window and dialog inherits it
    install_translators(app)
    return app


def create_main_window():
    from .main_window import MainWindow

    return MainWindow(lazy=True)  # the first page before the core loads (start-up time)


def error_box(parent: QWidget | None, details: str, saved: bool) -> QMessageBox:
    """The plain message for an unexpected error, with "Copy details" (not yet shown)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("ErrorBox", "Something went wrong"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    if saved:
        box.setText(QApplication.translate("ErrorBox", "Something went wrong in the MR Decision Aid. Your answers "
                                   "were saved first, and the app offers them back if you "
                                   "open it again."))
    else:
        box.setText(QApplication.translate("ErrorBox", "Something went wrong in the MR Decision Aid. Your answers "
                                   "could not be saved automatically: use File ▸ Save now."))
    box.setInformativeText(QApplication.translate("ErrorBox", "You can go on working. If this happens again, copy "
                                          "the details and send them to whoever gave you the "
                                          "app. The details hold none of your answers."))
    box.setDetailedText(details)
    copy = box.addButton(QApplication.translate("ErrorBox", "&Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.setAccessibleName(QApplication.translate("ErrorBox", "Copy details"))
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    close = box.addButton(QMessageBox.StandardButton.Close)
    close.setAccessibleName(QApplication.translate("ErrorBox", "Close"))
    box.setDefaultButton(close)
    return box


def install_error_handler(window):
    """The handler for unexpected errors (ui.diagnostics.ErrorHandler), saving the work first."""
    from . import diagnostics  # logging set-up and handlers: not needed for the first page

    def save_work() -> bool:  # the session manager may be made after the first page (lazy)
        sessions = getattr(window, "sessions", None)
        return bool(sessions.autosave()) if sessions is not None else False

    handler = diagnostics.ErrorHandler(
        save_work=save_work,
        show=lambda details, saved: error_box(window, details, saved).exec(),
        version=decisionaid.__version__,
    )
    handler.install()
    return handler


def export_smoke(app: QApplication, case_path: str, out_path: str) -> int:
    """Render a summary exactly as File ▸ Create visit summary does (in a spawned child)."""
    from decisionaid.session import SessionError, read_case

    from .export import SummaryExport

    try:
        case = read_case(case_path)
    except (SessionError, OSError, ValueError) as exc:
        print(f"mr-decision-aid: {exc}", file=sys.stderr)
        return 2
    job = SummaryExport(case, out_path, parent=app)
    outcome: list[str] = []
    job.finished.connect(lambda path: (outcome.append(""), app.quit()))
    job.failed.connect(lambda reason: (outcome.append(reason or "failed"), app.quit()))
    QTimer.singleShot(0, job.start)
    QTimer.singleShot(300_000, app.quit)
    app.exec()
    if outcome == [""]:
        return 0
    print(f"mr-decision-aid: export failed: {outcome[0] if outcome else 'timed out'}", file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    from . import diagnostics

    multiprocessing.freeze_support()  # the bundled app renders the summary in a child process
    parser = argparse.ArgumentParser(prog="mr-decision-aid")
    parser.add_argument(
        "--quit-after", type=int, metavar="MS", help="close after MS milliseconds (smoke tests)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {decisionaid.__version__}")
    # smoke test of the background export (a spawned child), for the bundle: CASE.json OUT.pdf
    parser.add_argument("--export-smoke", nargs=2, metavar=("CASE", "PDF"), help=argparse.SUPPRESS)
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    log_file = diagnostics.setup_logging()
    log.info("MR Decision Aid %s starting (log: %s)", decisionaid.__version__, log_file)
    app = create_app([sys.argv[0], *qt_args], icon_now=False)  # the window sets it after page 1
    if args.export_smoke:
        return export_smoke(app, *args.export_smoke)
    window = create_main_window()
    install_error_handler(window)
    window.show()
    if args.quit_after is not None:
        QTimer.singleShot(args.quit_after, window.close)
    status = app.exec()
    log.info("MR Decision Aid closed (status %s)", status)
    return status


if __name__ == "__main__":  # pragma: no cover
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
