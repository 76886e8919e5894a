"""GUI launcher: `mr-decision-aid` (or `python -m ui.app`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from decisionaid import resource_files as resources

APP_NAME = "MR Decision Aid"
ORG_NAME = "MRDecisionAid"

# Keep references to installed translators, or translation silently stops.
_translators: list[QTranslator] = []


def install_translators(app: QApplication, locale: QLocale | None = None) -> None:
    locale = locale or QLocale.system()
    qt_tr = QTranslator(app)
    if qt_tr.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        _translators.append(qt_tr)
    own = QTranslator(app)
    if own.load(locale, "mrda", "_", str(resources.fs_path("translations"))):
        app.installTranslator(own)
        _translators.append(own)


def create_app(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    install_translators(app)
    return app


def create_main_window():
    from .main_window import MainWindow

    return MainWindow(lazy=True)  # the first page before the core loads (start-up time)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mr-decision-aid")
    parser.add_argument(
        "--quit-after", type=int, metavar="MS", help="close after MS milliseconds (smoke tests)"
    )
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    app = create_app([sys.argv[0], *qt_args])
    window = create_main_window()
    window.show()
    if args.quit_after is not None:
        QTimer.singleShot(args.quit_after, window.close)
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
