"""The main window: the File and View menus around the wizard, the emergency banner and help.

It wires the pieces and holds no clinical logic: the controller holds the Case, the wizard
gathers it, the session manager saves it, the core derives everything.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from .controller import CaseController
from .pages_base import CasePage
from .step_tracker import StepTracker
from .settings import Settings, clamp_size
from .help_pane import HelpPane
from .look import PATIENT_BASE_POINTS, hint_palette, style_sheet
from .widgets import EmergencyBanner, NumberField
from .wizard import CaseWizard

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    #: with lazy=True the rest of the set-up starts this long after the first page is shown
    LAZY_DELAY_MS = 30

    def __init__(self, controller: CaseController | None = None, offer_recovery: bool = True,
                 with_part2: bool = True, lazy: bool = False) -> None:
        """lazy: show the first page before the core (pydantic, content, the other pages) is
        loaded; the rest is set up right after, one page per event-loop turn (the app does
        this; tests build everything at once)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.controller = controller or CaseController(parent=self)
        self.settings = Settings()
        self.sessions = None  # made in _finish_setup (it loads the core)
        self._offer_recovery = offer_recovery
        self._shown_once = False
        self._lazy = lazy
        self._ready = False

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        self.banner = EmergencyBanner(central)
        outer.addWidget(self.banner)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        column = QVBoxLayout()
        row.addLayout(column, 3)
        self.tracker = StepTracker(central)
        column.addWidget(self.tracker)
        self.wizard = CaseWizard(self.controller, central, with_part2=with_part2, lazy=lazy)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)
        column.addWidget(self.wizard, 1)
        self.tracker.jump_requested.connect(lambda pid: self.wizard.jump_to(pid))
        self.help_pane = HelpPane(central)
        self.help_pane.setMaximumWidth(320)
        row.addWidget(self.help_pane, 1)
        self.setCentralWidget(central)

        from decisionaid import i18n

        self._language_built = i18n.current()
        self._build_menus()
        self._wire_wizard()
        self.controller.changed.connect(self._update_banner)
        self._audience = "patient" if self.controller.is_patient() else "clinician"
        self.controller.changed.connect(self._audience_maybe_changed)
        self.apply_text_size(self.settings.text_size() or self.base_point_size())
        self.help_pane.wanted = self.settings.show_help()
        self.help_pane.setVisible(self.help_pane.wanted)
        self.toggle_help.setChecked(self.settings.show_help())
        # the words shown follow the page's text, which changes with the answers
        self._help_timer = QTimer(self)
        self._help_timer.setSingleShot(True)
        self._help_timer.setInterval(150)
        self._help_timer.timeout.connect(self._update_help)
        self.controller.changed.connect(self._help_timer.start)
        self.resize(1180, 760)  # fits a 1280×800 screen with the task bar
        self._update_title()
        self._update_tracker()
        if not lazy:
            self._finish_setup()

    def _finish_setup(self) -> None:
        """What needs the core: the Case, the session manager, the other pages, the glossary."""
        if self._ready:
            return
        from .app import ensure_icon
        from .sessions import SessionManager

        ensure_icon()  # the SVG engine loads now, off the path to the first page
        self.controller.case  # noqa: B018 - made now, off the path to the first page
        self.sessions = SessionManager(self.controller, self)
        self._wire_sessions()
        self.sessions.loaded.connect(lambda *_: self.wizard.restart())
        self.sessions.state_changed.connect(self._update_title)
        if self.wizard.currentId() == 0:
            self.wizard.start_page.initializePage()  # now with the Case's own values
        self._ready = True
        self._update_title()
        self._update_banner()
        if self._lazy:
            QTimer.singleShot(0, self, self._build_next_page)  # dies with the window
        else:
            self.wizard.build_pages()
        self._update_help()
        self._update_tracker()

    def _wire_wizard(self) -> None:
        """Connect the (new) wizard to the window; again after a language change rebuilt it."""
        self.wizard.currentIdChanged.connect(self._page_changed)
        self.wizard.finished.connect(self._wizard_finished)
        self.wizard.on_finish = self.finish
        if self.sessions is not None:
            self._wire_sessions()

    def _wire_sessions(self) -> None:
        start = self.wizard.start_page
        start.open_requested.connect(self.sessions.open)
        start.resume_requested.connect(self.sessions.resume_previous)
        start.resume_available = self.sessions.has_previous

    def _build_next_page(self) -> None:
        if self.wizard.build_pages(limit=1):
            self._update_help()
            self._update_tracker()
        else:
            QTimer.singleShot(0, self, self._build_next_page)  # dies with the window

    def _session(self, name: str):
        """A session-manager method, finishing the start-up first if a menu came too early."""
        self._finish_setup()
        return getattr(self.sessions, name)

    def is_ready(self) -> bool:
        """Everything is built (the lazy start-up has finished)."""
        return self._ready and not self.wizard.pending()

    # ------------------------------------------------------------ menus

    def _action(self, text: str, shortcuts, slot, menu) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New"), [QKeySequence.StandardKey.New],
                                       self.new_session, file_menu)
        self.open_action = self._action(self.tr("&Open…"), [QKeySequence.StandardKey.Open],
                                        lambda: self._session("open")(), file_menu)
        self.save_action = self._action(self.tr("&Save"), [QKeySequence.StandardKey.Save],
                                        lambda: self._session("save")(), file_menu)
        self.save_as_action = self._action(self.tr("Save &As…"), ["Ctrl+Shift+S"],
                                           lambda: self._session("save_as")(), file_menu)
        file_menu.addSeparator()
        self.summary_action = self._action(self.tr("Create visit &summary…"), ["Ctrl+Shift+P"],
                                           self.create_summary, file_menu)
        self.print_action = self._action(self.tr("&Print…"), [QKeySequence.StandardKey.Print],
                                         self.print_summary, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Quit"), ["Ctrl+Q"], self.close, file_menu)
        view = self.menuBar().addMenu(self.tr("&View"))
        self.larger_action = self._action(self.tr("&Larger text"), ["Ctrl+=", "Ctrl++"],
                                          lambda: self.step_text_size(+1), view)
        self.smaller_action = self._action(self.tr("&Smaller text"), ["Ctrl+-"],
                                           lambda: self.step_text_size(-1), view)
        self._action(self.tr("&Normal text size"), ["Ctrl+0"],
                     self.normal_text_size, view)
        view.addSeparator()
        self.toggle_help = self._action(self.tr("&Words explained"), ["F1"], self._toggle_help, view)
        self.toggle_help.setCheckable(True)
        self.toggle_help.setChecked(self.settings.show_help())
        view.addSeparator()
        self._build_language_menu(view)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.glossary_action = self._action(self.tr("&Glossary…"), ["Shift+F1"],
                                            self.show_glossary, help_menu)
        self.about_action = self._action(self.tr("&About and evidence…"), [],
                                         self.show_about, help_menu)
        extension = self.menuBar().findChild(QWidget, "qt_menubar_ext_button")
        if extension is not None:
            extension.setAccessibleName(self.tr("More menus"))

    def _build_language_menu(self, view) -> None:
        """View ▸ Language: each language in its own name, one checked."""
        from decisionaid import i18n

        menu = view.addMenu(self.tr("&Language"))
        menu.setObjectName("menu.language")
        menu.setAccessibleName(self.tr("Language"))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang in i18n.LANGUAGES:
            name = i18n.NATIVE_NAMES[lang]  # never translated: the person must find their own
            action = QAction(name, self)
            action.setObjectName(f"language.{lang}")
            action.setCheckable(True)
            action.setChecked(lang == i18n.current())
            action.setData(lang)
            action.setToolTip(name)
            action.setStatusTip(name)
            self.language_group.addAction(action)
            menu.addAction(action)
            self.language_actions[lang] = action
        self.language_group.triggered.connect(lambda a: self.set_language(a.data()))

    def set_language(self, lang: str) -> None:
        """View ▸ Language: remember the choice and switch now (the window retranslates on the
        LanguageChange that installing the translators sends)."""
        from decisionaid import i18n

        from .app import install_translators

        self.settings.set_language(lang)
        if lang == i18n.current():
            return
        install_translators(QApplication.instance(), lang)
        self.retranslate()  # at once; the LanguageChange events that follow find it done

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # every widget gets one; rebuild once, after the translators are all in place
            QTimer.singleShot(0, self, self.retranslate)

    def retranslate(self) -> None:
        """Rebuild the menus and the wizard pages in the current language from the Case (the
        answers live there), and go back to the same page and field."""
        from decisionaid import i18n

        if getattr(self, "_language_built", None) == i18n.current():
            return
        self._language_built = i18n.current()
        focus = QApplication.focusWidget()
        focus_name = focus.objectName() if focus is not None and self.isAncestorOf(focus) else ""
        old = self.wizard
        old_summary = self.summary_page()
        target = old.currentId()
        visited = [pid for pid in old.visitedIds() if pid != target] + [target]
        # what is typed in a box but not (yet) in the Case — a value it refused — is not lost
        drafts = {(pid, e.objectName()): e.text() for pid in old.pageIds()
                  for e in old.page(pid).findChildren(QLineEdit) if e.objectName()}
        self.menuBar().clear()
        self._build_menus()
        self.wizard = CaseWizard(self.controller, old.parentWidget(),
                                 with_part2=old.with_part2, lazy=False)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)
        old.parentWidget().layout().replaceWidget(old, self.wizard)
        self._wire_wizard()
        old.hide()
        try:
            old.currentIdChanged.disconnect()
        except (RuntimeError, TypeError):
            pass
        old.deleteLater()  # its pages listen to the Case no longer
        self.wizard.setFont(self.font())
        self.wizard.text_size_changed()
        self.wizard.show()
        for pid in visited[1:]:  # Next again along the pages visited: validation as before
            if self.wizard.currentId() == pid:
                continue
            before = self.wizard.currentId()
            self.wizard.next()
            if self.wizard.currentId() == before:
                break
        if self.wizard.currentId() != target and target in self.wizard.path():
            self.wizard.jump_to(target)
        # what the wizard remembers beyond the Case: Back to review, the last summary made
        self.wizard._ever = old.ever_visited() | self.wizard.ever_visited()
        self.wizard._reviewed = getattr(old, "_reviewed", False) or getattr(self.wizard, "_reviewed", False)
        self.wizard._update_custom_button()
        new_summary = self.summary_page()
        if old_summary is not None and new_summary is not None:
            new_summary.last_path = getattr(old_summary, "last_path", None)
        self._restore_drafts(drafts)
        if focus_name:
            page = self.wizard.currentPage()
            field = page.findChild(QWidget, focus_name) if page is not None else None
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.help_pane.setAccessibleName(QApplication.translate("HelpPane", "Words explained"))
        self.tracker.retranslate()
        self._update_title()
        self._update_tracker()
        self._update_help()
        self._update_banner()

    def _restore_drafts(self, drafts: dict) -> None:
        """Put back text the rebuilt pages did not get from the Case, and let its field say
        again (now in the new language) what is wrong with it."""
        for pid in self.wizard.pageIds():
            for edit in self.wizard.page(pid).findChildren(QLineEdit):
                text = drafts.get((pid, edit.objectName()))
                if text is None or text == edit.text():
                    continue
                edit.setText(text)
                owner = edit.parentWidget()
                while owner is not None and not isinstance(owner, NumberField):
                    owner = owner.parentWidget()
                if owner is not None:
                    owner.edited.emit()
                else:
                    edit.textEdited.emit(text)

    # ------------------------------------------------------------ comfort

    def base_point_size(self) -> int:
        """The starting size: the system's, and at least 14 pt on the patient path."""
        size = QApplication.font().pointSize()
        size = size if size > 0 else 10
        if self.controller.is_patient():
            size = max(size, PATIENT_BASE_POINTS)
        return size

    def text_size(self) -> int:
        return self.font().pointSize()

    def apply_text_size(self, size: int, remember: bool = False) -> None:
        size = clamp_size(size)
        font = QFont(self.font())
        font.setPointSize(size)
        # the style sheet first: set after the font, it stops the font reaching the children
        self.setStyleSheet(style_sheet(font))
        self.setPalette(hint_palette(self.palette()))
        self.setFont(font)
        em = QFontMetrics(font).averageCharWidth()
        self.help_pane.setMaximumWidth(max(320, em * 30))
        self.help_pane.setMinimumWidth(min(320, em * 18))  # long words stay whole
        self.wizard.text_size_changed()
        if remember:
            self.settings.set_text_size(size)

    def _audience_maybe_changed(self) -> None:
        """Patient and clinician start at different sizes unless a size was chosen."""
        audience = "patient" if self.controller.is_patient() else "clinician"
        if audience != self._audience:
            self._audience = audience
            self._update_tracker()  # the patient path is shorter
            if self.settings.text_size() is None:
                self.apply_text_size(self.base_point_size())

    def normal_text_size(self) -> None:
        """Back to the starting size for this audience (and no size remembered)."""
        self.settings.clear_text_size()
        self.apply_text_size(self.base_point_size())

    def step_text_size(self, step: int) -> None:
        self.apply_text_size(self.text_size() + step, remember=True)

    def _toggle_help(self, checked: bool) -> None:
        self.help_pane.wanted = checked
        self.settings.set_show_help(checked)
        self._update_help()

    def _page_changed(self, _page_id: int) -> None:
        self._update_help()
        self._update_banner()
        self._update_tracker()

    def _update_tracker(self) -> None:
        self.tracker.update_state(self.wizard.path(), self.wizard.currentId(),
                                  self.wizard.ever_visited())

    def _update_help(self) -> None:
        self._help_timer.stop()
        if self._ready:  # the glossary is content: loaded after the first page is shown
            self.help_pane.show_for(self.wizard.currentPage())

    def _update_banner(self) -> None:
        """The red banner when the core flags an emergency (red flags, or sudden severe MR or
        acute breathlessness at rest or lying flat even without a red flag), unless the page
        shows its own emergency box (one box, not two)."""
        if not self.controller.has_case():
            self.banner.setVisible(False)
            return
        from decisionaid.derive import derive_severity, emergency_status

        case = self.controller.case
        grade = derive_severity(case, self.controller.guideline).grade
        page = self.wizard.currentPage()
        own = page.findChild(QLabel, "emergency-banner") if page is not None else None
        own_shown = own is not None and own.isVisibleTo(page)
        self.banner.setVisible(emergency_status(case, grade)[0] and not own_shown)

    def _update_title(self) -> None:
        path = self.sessions.current_path if self.sessions is not None else None
        name = path.name if path else self.tr("New session")
        mark = "*" if self.sessions is not None and self.sessions.dirty else ""
        self.setWindowTitle(self.tr("%1%2 — MR Decision Aid").replace("%1", name).replace("%2", mark))

    # ------------------------------------------------------------ life cycle

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._ready:
                QTimer.singleShot(self.LAZY_DELAY_MS, self, self._finish_setup)
            if self._offer_recovery:
                QTimer.singleShot(self.LAZY_DELAY_MS + 1 if self._lazy else 0, self,
                                  lambda: self._session("offer_recovery")())

    def new_session(self) -> bool:
        """File → New: a blank session, and the summary's settings back to their defaults."""
        if not self._session("new")():
            return False
        page = self.summary_page()
        if page is not None:  # the new Case's session holds the defaults; show them (not a change)
            page.large_print.blockSignals(True)
            page.large_print.setChecked(False)
            page.large_print.blockSignals(False)
            page.last_path = None
        return True

    def finish(self) -> None:
        """Finish: say whether the answers are saved and a summary was made, then close."""
        self._finish_setup()
        page = self.summary_page()
        summary = getattr(page, "last_path", None) if page is not None else None
        saved = self.sessions.current_path
        lines = []
        if self.sessions.dirty:
            lines.append(self.tr("Your answers are not saved yet. If you close without saving, "
                                 "they are gone."))
        elif saved is not None:
            lines.append(self.tr("Your answers are saved in %1.").replace("%1", str(saved)))
        else:
            lines.append(self.tr("Nothing was entered that needs saving."))
        lines.append(self.tr("Your visit summary was saved to %1.").replace("%1", str(summary))
                     if summary else self.tr("No visit summary was made. You can make one on "
                                             "this page before closing."))
        lines.append(self.tr("Close the aid now?"))
        Button = QMessageBox.StandardButton
        buttons = (Button.Save | Button.Discard | Button.Cancel) if self.sessions.dirty \
            else (Button.Close | Button.Cancel)
        answer = QMessageBox.question(self, self.tr("Finish"), "\n\n".join(lines), buttons,
                                      Button.Cancel)
        if answer == Button.Save and not self.sessions.save():
            return
        if answer in (Button.Save, Button.Discard, Button.Close):
            if answer == Button.Discard:
                self.sessions.dirty = False  # the person chose this just now; do not ask twice
            self.close()

    def _wizard_finished(self, result: int) -> None:
        self.wizard.show()  # embedded: never leave an empty window
        if result:
            self.close()

    def current_case_page(self) -> CasePage | None:
        page = self.wizard.currentPage()
        return page if isinstance(page, CasePage) else None

    # ------------------------------------------------------------ summary and help

    def summary_page(self):
        """The summary page when the part-2 pages are present, else None."""
        from .wizard import PageId

        if PageId.SUMMARY in self.wizard.pending():
            return None  # not built yet (lazy start-up): nothing to export or cancel
        return self.wizard.page(PageId.SUMMARY)

    def create_summary(self) -> None:
        page = self.summary_page()
        if page is not None:
            page.create_summary()

    def print_summary(self) -> None:
        page = self.summary_page()
        if page is not None:
            page.print_summary()

    def show_about(self) -> None:
        from .about_dialog import show_about

        show_about(self)

    def show_glossary(self) -> None:
        from .about_dialog import show_glossary

        show_glossary(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        page = self.summary_page()
        if page is not None and page.is_exporting():
            page.cancel_export()
        if self.sessions is None or self.sessions.close_session():
            event.accept()
        else:
            event.ignore()
