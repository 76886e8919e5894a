"""CaseWizard: the pages that gather the Case, in order, with the patient path shorter.

Page ids live in an IntEnum (Qt's licensewizard style); RESULTS, VALUES and SUMMARY are
reserved for the part-2 pages (results, what matters, export), added when their modules exist.
"""

from __future__ import annotations

import importlib
import importlib.util
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from .controller import CaseController
from .pages_start import StartPage


class PageId(IntEnum):
    START = 0
    TYPE = 1
    SEVERITY = 2
    SYMPTOMS = 3
    HEART = 4
    RISK = 5
    ANATOMY = 6
    REVIEW = 7
    RESULTS = 8
    VALUES = 9
    SUMMARY = 10


#: every page after the first: (id, module, class); built when first needed
_LATER = (
    (PageId.TYPE, "ui.pages_type", "TypePage"),
    (PageId.SEVERITY, "ui.pages_severity", "SeverityPage"),
    (PageId.SYMPTOMS, "ui.pages_symptoms", "SymptomsPage"),
    (PageId.HEART, "ui.pages_heart", "HeartPage"),
    (PageId.RISK, "ui.pages_risk", "RiskPage"),
    (PageId.ANATOMY, "ui.pages_anatomy", "AnatomyPage"),
    (PageId.REVIEW, "ui.pages_review", "ReviewPage"),
)
_PART2 = (
    (PageId.RESULTS, "ui.results_page", "ResultsPage"),
    (PageId.VALUES, "ui.values_page", "ValuesPage"),
    (PageId.SUMMARY, "ui.summary_page", "SummaryPage"),
)


def _part2_pages() -> list[tuple[PageId, type[QWizardPage]]]:
    """The part-2 page classes that exist; a missing module is skipped, other errors raise."""
    found = []
    for pid, module, cls in _PART2:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name == module:
                continue
            raise
        found.append((pid, getattr(mod, cls)))
    return found


def _page_class(pid: PageId, module: str, cls: str) -> type[QWizardPage]:
    page_class = getattr(importlib.import_module(module), cls)
    if pid == PageId.RISK:
        class _RiskPage(page_class):  # type: ignore[misc, valid-type]
            def nextId(self) -> int:  # noqa: N802 - the patient path skips valve anatomy
                return PageId.REVIEW if self.is_patient() else PageId.ANATOMY
        return _RiskPage
    return page_class


class _Pending(QWizardPage):
    """Holds a page's place until the page is built (right after the first page is shown)."""


class CaseWizard(QWizard):
    """The wizard; it holds no answers itself (the controller does)."""

    def __init__(self, controller: CaseController, parent: QWidget | None = None,
                 with_part2: bool = True, lazy: bool = False) -> None:
        super().__init__(parent)
        # QCoreApplication.translate("CaseWizard", literal), not self.tr: lupdate filed this
        # class's self.tr strings under no context (the page class nested in _page_class
        # confuses it), where the run-time look-up in "CaseWizard" never found them.
        self.controller = controller
        self.with_part2 = with_part2
        #: called on Finish instead of closing (the main window explains what happens)
        self.on_finish = None
        self.setObjectName("caseWizard")
        self.setWindowTitle(QCoreApplication.translate("CaseWizard", "MR Decision Aid"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, QCoreApplication.translate("CaseWizard", "Back to &review"))
        self.setButtonText(QWizard.WizardButton.NextButton, QCoreApplication.translate("CaseWizard", "&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, QCoreApplication.translate("CaseWizard", "< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, QCoreApplication.translate("CaseWizard", "&Finish"))
        for which, name in ((QWizard.WizardButton.NextButton, QCoreApplication.translate("CaseWizard", "Next")),
                            (QWizard.WizardButton.BackButton, QCoreApplication.translate("CaseWizard", "Back")),
                            (QWizard.WizardButton.FinishButton, QCoreApplication.translate("CaseWizard", "Finish")),
                            (QWizard.WizardButton.CustomButton1, QCoreApplication.translate("CaseWizard", "Back to review")),
                            (QWizard.WizardButton.CommitButton, QCoreApplication.translate("CaseWizard", "Commit")),
                            (QWizard.WizardButton.HelpButton, QCoreApplication.translate("CaseWizard", "Help")),
                            (QWizard.WizardButton.CancelButton, QCoreApplication.translate("CaseWizard", "Cancel"))):
            self.button(which).setAccessibleName(name)
        self.customButtonClicked.connect(self._custom_button)

        self.start_page = StartPage(controller)
        self.start_page.setObjectName("page.start")
        self.setPage(PageId.START, self.start_page)
        self.review_page = None
        later = list(_LATER)
        if with_part2:
            later += [t for t in _PART2 if importlib.util.find_spec(t[1]) is not None]
        self._pending: dict[int, tuple[PageId, str, str]] = {}
        self._retired: list[QWizardPage] = []
        for pid, module, cls in later:
            self._pending[pid] = (pid, module, cls)
            self.setPage(pid, _Pending())
        self.setStartId(PageId.START)
        self.currentIdChanged.connect(self._update_custom_button)
        self._update_custom_button()
        if not lazy:
            self.build_pages()

    def build_pages(self, limit: int | None = None) -> bool:
        """Build pages still pending (at most `limit`); True when none is left."""
        for pid in sorted(self._pending)[:limit]:
            if pid == self.currentId():
                continue
            page = _page_class(*self._pending.pop(pid))(self.controller)
            page.setObjectName(f"page.{PageId(pid).name.lower()}")
            self._retired.append(self.page(pid))  # kept: deleting it here crashed at GC
            self.removePage(pid)
            self.setPage(pid, page)
            if pid == PageId.REVIEW:
                self.review_page = page
                page.change_requested.connect(self.go_to)
        return not self._pending

    def pending(self) -> set[int]:
        """Page ids whose page is not built yet."""
        return set(self._pending)

    def validateCurrentPage(self) -> bool:  # noqa: N802 - the next page must exist first
        if self._pending:
            self.build_pages()
        return super().validateCurrentPage()

    def case_pages(self) -> list:
        from .pages_base import CasePage

        return [p for pid in self.pageIds() if isinstance(p := self.page(pid), CasePage)]

    def go_to(self, page_id: int) -> None:
        """Jump back to an earlier page of the current path (answers are kept in the Case)."""
        if page_id not in self.visitedIds():
            return
        while self.currentId() != page_id and self.currentId() != -1:
            before = self.currentId()
            self.back()
            if self.currentId() == before:
                break

    def path(self) -> list[int]:
        """The page ids of the current audience's path, in order (the patient skips some)."""
        out: list[int] = []
        pid = self.startId()
        while pid != -1 and pid not in out and self.page(pid) is not None:
            out.append(pid)
            pid = self.page(pid).nextId()
        return out

    def ever_visited(self) -> set[int]:
        """Pages shown since the last restart, also those left again with Back."""
        return set(getattr(self, "_ever", set())) | set(self.visitedIds())

    def jump_to(self, page_id: int) -> None:
        """Back to a page of the path, or forward again to one already visited."""
        if page_id in self.visitedIds():
            self.go_to(page_id)
            return
        path = self.path()
        if page_id not in path or page_id not in self.ever_visited():
            return
        while self.currentId() != page_id:
            before = self.currentId()
            self.next()  # stops at a page whose answers need attention
            if self.currentId() == before:
                break

    def go_to_review(self) -> None:
        """Forward to the review page, stopping at the first page that needs attention."""
        while self.currentId() != PageId.REVIEW:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.go_to_review()

    def restart(self) -> None:
        self._reviewed = False
        self._ever = set()
        super().restart()

    def _update_custom_button(self, *_args) -> None:
        cur = self.currentId()
        if cur >= 0:
            self._ever = getattr(self, "_ever", set()) | {cur}
        if cur == PageId.REVIEW:
            self._reviewed = True
        self.button(QWizard.WizardButton.CustomButton1).setVisible(
            getattr(self, "_reviewed", False) and 0 <= cur < PageId.REVIEW)

    #: from this size up, questions go above their answers (see CasePage.set_roomy)
    ROOMY_FROM_POINTS = 16

    def text_size_changed(self) -> None:
        """Re-lay out the pages after View → Larger/Smaller text."""
        roomy = self.font().pointSize() >= self.ROOMY_FROM_POINTS
        from .pages_base import CasePage

        for pid in self.pageIds():
            page = self.page(pid)
            if isinstance(page, CasePage):
                page.set_roomy(roomy)
            if page.subTitle():  # QWizard sizes its header only when the texts are set
                page.setSubTitle(page.subTitle())
                page.setTitle(page.title())

    def is_patient(self) -> bool:
        return self.controller.is_patient()

    def accept(self) -> None:
        """Finish does not close by itself: the window first says what will happen."""
        if self.on_finish is not None:
            self.on_finish()
        else:
            super().accept()

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 - Qt name
        """Keep the focus where the person is typing while QWizard redraws its buttons.

        On every completeChanged QWizard hides and re-shows its page area with updates
        disabled (its anti-flicker step). Hiding the area that holds the focused field makes
        Qt move the focus to the "next" widget — inside a top-level wizard that is harmless,
        but embedded in the main window it is the help pane, so every key after the first
        landed there ("60" stored 6). A real Tab never arrives with updates disabled.
        """
        if not self.updatesEnabled():
            return True
        return super().focusNextPrevChild(next_)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Escape must not close the embedded wizard
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)
