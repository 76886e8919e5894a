"""The main window: menus around the wizard (the wizard issue fills in the pages)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("MR Decision Aid"))
        welcome = QLabel(self.tr("Mitral regurgitation decision aid"))
        welcome.setAccessibleName(self.tr("Welcome"))
        self.setCentralWidget(welcome)
        self.resize(1100, 720)
