"""What matters to you: feature ratings, own priorities, the SURE test, questions and notes.

Everything is written into case.preferences through controller.update("preferences", ...)
as soon as it changes (notes after a short pause, and on leaving the page), so autosave keeps
it and the visit summary prints it. Features, SURE items and questions come from content.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from pydantic import ValidationError

from decisionaid import sure
from decisionaid.case import describe_errors
from decisionaid.content import Content

from .controller import CaseController
from .option_card import text_label, ui_content

SCALE = range(5)  # 0 = not at all … 4 = a lot (the Case's Rating range)
NOTES_MAX = 5000


def sure_flagged(answers: dict[str, bool | None], item_ids: list[str]) -> bool:
    """The core's SURE rule (decisionaid.sure), shared with the printed summary."""
    return sure.score(answers, item_ids).flagged


class ValuesPage(QWizardPage):
    """Reads preferences in initializePage(); writes each change back at once."""

    def __init__(self, controller: CaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setTitle(self.tr("What matters to you"))
        self.setSubTitle(self.tr("There are no right or wrong answers. You can change them at any time."))
        self.rating_groups: dict[str, QButtonGroup] = {}
        self.sure_groups: dict[str, QButtonGroup] = {}
        self._loading = False
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(400)
        self._notes_timer.timeout.connect(self.commit_notes)

        outer = QVBoxLayout(self)
        self.error = text_label("", self)
        self.error.setObjectName("error")
        self.error.setVisible(False)
        outer.addWidget(self.error)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        # Everything wraps to the width there is: never a sideways scroll at any text size.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName(self.tr("What matters to you"))
        outer.addWidget(self.scroll, 1)
        self.body = QWidget()
        self.scroll.setWidget(self.body)
        self.layout_ = QVBoxLayout(self.body)
        self._content: Content | None = None
        try:
            self._content = ui_content()
        except Exception as exc:  # noqa: BLE001 - shown, never a crash
            self._show_error(self.tr("This page cannot be shown right now: {reason}").format(reason=exc))
            return
        self._build_ratings(self._content)
        self._build_sure(self._content)
        self._build_questions(self._content)
        self._build_notes()

    # ---------------------------------------------------------------- building

    def _build_ratings(self, content: Content) -> None:
        box = QGroupBox(self.tr("How much does each of these matter to you?"), self.body)
        grid = QGridLayout(box)
        # Each question on its own line, its five answers under it: at the largest text size a
        # question beside its answers left one squeezed line and a sideways scroll.
        grid.addWidget(text_label(self.tr("0 = not at all"), box), 0, 0, 1, 3)
        grid.addWidget(text_label(self.tr("4 = a lot"), box), 0, 3, 1, 2, Qt.AlignmentFlag.AlignRight)
        for i, feature in enumerate(content.values):
            row = 1 + 2 * i
            grid.addWidget(text_label(feature.label, box, bold=True), row, 0, 1, len(SCALE) + 1)
            row += 1
            group = QButtonGroup(box)
            group.setExclusive(True)
            for value in SCALE:
                button = QRadioButton(str(value), box)
                button.setAccessibleName(
                    self.tr("{feature}: {value} of 4").format(feature=feature.label, value=value)
                )
                group.addButton(button, value)
                grid.addWidget(button, row, value)
            group.idClicked.connect(lambda _v: self._commit_ratings())
            self.rating_groups[feature.id] = group
        grid.setColumnStretch(len(SCALE), 1)  # the answers stay together on the left
        self.layout_.addWidget(box)

        own = QGroupBox(self.tr("Anything else that matters to you"), self.body)
        v = QVBoxLayout(own)
        row = QHBoxLayout()
        self.own_edit = QLineEdit(own)
        self.own_edit.setObjectName("text.own_priority")  # half-typed text survives a language switch
        self.own_edit.setMaxLength(300)
        self.own_edit.setPlaceholderText(self.tr("For example: being able to look after my grandchildren"))
        self.own_edit.setAccessibleName(self.tr("Your own priority"))
        self.own_add = QPushButton(self.tr("Add priority"), own)
        self.own_add.setAccessibleName(self.tr("Add priority"))
        row.addWidget(self.own_edit, 1)
        row.addWidget(self.own_add)
        v.addLayout(row)
        self.own_list = QListWidget(own)
        self.own_list.setAccessibleName(self.tr("Your own priorities"))
        self.own_list.setMaximumHeight(90)
        v.addWidget(self.own_list)
        self.own_remove = QPushButton(self.tr("Remove selected priority"), own)
        self.own_remove.setAccessibleName(self.tr("Remove selected priority"))
        v.addWidget(self.own_remove)
        self.own_add.clicked.connect(self._add_own)
        self.own_edit.installEventFilter(self)
        self.own_remove.clicked.connect(self._remove_own)
        self.layout_.addWidget(own)

    def _build_sure(self, content: Content) -> None:
        box = QGroupBox(self.tr("Are you ready to decide? (the SURE test)"), self.body)
        grid = QGridLayout(box)
        for i, item in enumerate(content.sure):  # the question, then Yes / No under it
            row = 2 * i
            grid.addWidget(text_label(item.text, box), row, 0, 1, 3)
            group = QButtonGroup(box)
            for col, (answer, text) in enumerate(((1, self.tr("Yes")), (0, self.tr("No")))):
                button = QRadioButton(text, box)
                button.setAccessibleName(f"{item.text} {text}")
                group.addButton(button, answer)
                grid.addWidget(button, row + 1, col)
            group.idClicked.connect(lambda _v: self._commit_sure())
            self.sure_groups[item.id] = group
        grid.setColumnStretch(2, 1)
        end = 2 * len(content.sure)
        self.sure_result = text_label("", box)
        self.sure_result.setObjectName("sure-result")
        grid.addWidget(self.sure_result, end, 0, 1, 3)
        grid.addWidget(text_label(content.sure_citation, box), end + 1, 0, 1, 3)
        self.layout_.addWidget(box)

    def _build_questions(self, content: Content) -> None:
        box = QGroupBox(self.tr("Questions to ask your care team"), self.body)
        v = QVBoxLayout(box)
        v.addWidget(text_label(self.tr("Tick the questions you want to ask, or write your own."), box))
        self.question_list = QListWidget(box)
        self.question_list.setAccessibleName(self.tr("Questions to ask"))
        for q in content.questions:
            item = QListWidgetItem(q.text, self.question_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, "content")
        self.question_list.itemChanged.connect(lambda _i: self._commit_questions())
        v.addWidget(self.question_list)
        row = QHBoxLayout()
        self.question_edit = QLineEdit(box)
        self.question_edit.setObjectName("text.own_question")
        self.question_edit.setMaxLength(500)
        self.question_edit.setAccessibleName(self.tr("Your own question"))
        self.question_edit.setPlaceholderText(self.tr("Type a question of your own"))
        self.question_add = QPushButton(self.tr("Add question"), box)
        self.question_add.setAccessibleName(self.tr("Add question"))
        row.addWidget(self.question_edit, 1)
        row.addWidget(self.question_add)
        v.addLayout(row)
        self.question_add.clicked.connect(self._add_question)
        self.question_edit.installEventFilter(self)
        self.layout_.addWidget(box)

    def _build_notes(self) -> None:
        box = QGroupBox(self.tr("Notes"), self.body)
        v = QVBoxLayout(box)
        self.notes = QPlainTextEdit(box)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)  # Tab moves on, so the keyboard never gets stuck
        self.notes.setPlaceholderText(self.tr("Anything you want to remember or tell your care team"))
        self.notes.textChanged.connect(self._notes_edited)
        v.addWidget(self.notes)
        self.layout_.addWidget(box)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Enter in an 'add' field adds the text; it must not also press the wizard's Next."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if obj is self.own_edit:
                self._add_own()
                return True
            if obj is self.question_edit:
                self._add_question()
                return True
        return super().eventFilter(obj, event)

    # ---------------------------------------------------------------- reading the Case

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self._content is None:
            return
        prefs = self.controller.case.preferences
        self._loading = True
        try:
            for fid, group in self.rating_groups.items():
                _set_group(group, prefs.ratings.get(fid))
            self.own_list.clear()
            self.own_list.addItems(prefs.own_priorities)
            for sid, group in self.sure_groups.items():
                answer = prefs.sure.get(sid)
                _set_group(group, None if answer is None else int(answer))
            chosen = list(prefs.questions)
            for i in range(self.question_list.count() - 1, -1, -1):
                item = self.question_list.item(i)
                if item.data(Qt.ItemDataRole.UserRole) == "own":
                    self.question_list.takeItem(i)
            for i in range(self.question_list.count()):
                item = self.question_list.item(i)
                on = item.text() in chosen
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                if on:
                    chosen.remove(item.text())
            for text in chosen:
                self._append_own_question(text)
            self.notes.setPlainText(prefs.notes)
        finally:
            self._loading = False
        self._show_sure_result()

    # ---------------------------------------------------------------- writing the Case

    def _update(self, **fields) -> bool:
        if self._loading:
            return True
        try:
            self.controller.update("preferences", **fields)
        except ValidationError as exc:
            self._show_error("; ".join(describe_errors(exc)))
            return False
        self.error.setVisible(False)
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def ratings(self) -> dict[str, int]:
        return {fid: g.checkedId() for fid, g in self.rating_groups.items() if g.checkedId() >= 0}

    def _commit_ratings(self) -> None:
        self._update(ratings=self.ratings())

    def _own_priorities(self) -> list[str]:
        return [self.own_list.item(i).text() for i in range(self.own_list.count())]

    def _add_own(self) -> None:
        text = self.own_edit.text().strip()
        if not text or text in self._own_priorities():
            return
        if self._update(own_priorities=[*self._own_priorities(), text]):
            self.own_list.addItem(text)
            self.own_edit.clear()

    def _remove_own(self) -> None:
        row = self.own_list.currentRow()
        if row < 0:
            return
        rest = self._own_priorities()
        del rest[row]
        if self._update(own_priorities=rest):
            self.own_list.takeItem(row)

    def sure_answers(self) -> dict[str, bool | None]:
        return {sid: (None if g.checkedId() < 0 else bool(g.checkedId())) for sid, g in self.sure_groups.items()}

    def _commit_sure(self) -> None:
        self._update(sure=self.sure_answers())
        self._show_sure_result()

    def _show_sure_result(self) -> None:
        answers = self.sure_answers()
        ids = list(self.sure_groups)
        if not all(a is not None for a in answers.values()):
            self.sure_result.setText(self.tr("Answer all four questions to see your score."))
            return
        total = sure.score(answers, ids).total
        text = self.tr("Your score: {total} of 4.").format(total=total)
        if sure_flagged(answers, ids):
            text += " " + self.tr("You may want more information or support before deciding. Talk about this with your care team.")
        self.sure_result.setText(text)

    def questions(self) -> list[str]:
        out = []
        for i in range(self.question_list.count()):
            item = self.question_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.text())
        return out

    def _append_own_question(self, text: str) -> None:
        item = QListWidgetItem(text, self.question_list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setData(Qt.ItemDataRole.UserRole, "own")
        item.setCheckState(Qt.CheckState.Checked)

    def _add_question(self) -> None:
        text = self.question_edit.text().strip()
        if not text:
            return
        if text in [self.question_list.item(i).text() for i in range(self.question_list.count())]:
            self.question_edit.clear()
            return
        self._loading = True
        self._append_own_question(text)
        self._loading = False
        if self._commit_questions():
            self.question_edit.clear()

    def _commit_questions(self) -> bool:
        return self._update(questions=self.questions())

    def _notes_edited(self) -> None:
        if not self._loading:
            self._notes_timer.start()

    def commit_notes(self) -> bool:
        self._notes_timer.stop()
        text = self.notes.toPlainText()
        if len(text) > NOTES_MAX:
            self._show_error(
                self.tr("Notes: {n} characters is too long (accepted range 0–{max} characters)").format(
                    n=len(text), max=NOTES_MAX
                )
            )
            return False
        if text == self.controller.case.preferences.notes:
            return True
        return self._update(notes=text)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        return self.commit_notes()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API (Back): keep what was typed
        self.commit_notes()


def _set_group(group: QButtonGroup, value: int | None) -> None:
    """Check the button with id `value`, or none (exclusive groups need the toggle off)."""
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(group.id(button) == value)
    group.setExclusive(True)
