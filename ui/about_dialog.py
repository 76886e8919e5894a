"""About and evidence (IPDAS C2-C6: sources, content date, update policy, funding, limits), and
the glossary. All text comes from content (resources/content/<lang>/); free text is escaped."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import decisionaid
import decisionaid.resource_files
from decisionaid.content import Content

from .option_card import text_label, ui_content


def _browser(parent: QWidget, name: str) -> QTextBrowser:
    b = QTextBrowser(parent)
    b.setOpenLinks(False)  # nothing is ever fetched or followed
    b.setOpenExternalLinks(False)
    b.setAccessibleName(name)
    return b


class AboutDialog(QDialog):
    """About and evidence: what the content rests on and how current it is."""

    def __init__(self, parent: QWidget | None = None, content: Content | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About and evidence"))
        self.resize(720, 600)
        layout = QVBoxLayout(self)
        self.browser = _browser(self, self.tr("About and evidence"))
        self.notices = _browser(self, self.tr("Licences and third-party notices"))
        self.notices.setMarkdown(self.notices_markdown())
        tabs = QTabWidget(self)
        tabs.setAccessibleName(self.tr("About"))
        tabs.addTab(self.browser, self.tr("&About and evidence"))
        tabs.addTab(self.notices, self.tr("&Licences"))
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
        try:
            content = content or ui_content()
        except Exception as exc:  # noqa: BLE001 - shown, never a crash
            self.browser.setPlainText(self.tr("The content could not be loaded: {reason}").format(reason=exc))
            return
        self.browser.setHtml(self.html(content))

    def html(self, c: Content) -> str:
        # tr() stays outside f-strings: pyside6-lupdate does not look inside them.
        a = c.about
        e = escape

        def section(title: str, body: str) -> str:
            return "<h3>" + e(title) + "</h3><p>" + e(body) + "</p>"

        version = self.tr("Version {version}").format(version=decisionaid.__version__)
        parts = [
            "<h2>" + e(self.tr("MR Decision Aid")) + "</h2>",
            "<p>" + e(version) + "</p>",
            "<p><b>" + e(a.decision_statement) + "</b></p>",
            "<p>" + e(a.not_medical_advice) + "</p>",
            section(self.tr("Languages"), a.translation_review),
            section(self.tr("Content date"), a.content_date),
            section(self.tr("How the content is kept up to date"), a.update_policy),
            section(self.tr("Guideline sets"), self.tr(
                "ACC/AHA 2020 valvular heart disease guideline; ESC/EACTS 2025 valvular heart disease guideline.")),
            section(self.tr("Funding"), a.funding),
            section(self.tr("Conflicts of interest"), a.conflicts_of_interest),
            "<h3>" + e(self.tr("Limitations")) + "</h3><ul>"
            + "".join("<li>" + e(x) + "</li>" for x in a.limitations)
            + "</ul>",
            "<h3>" + e(self.tr("Sources")) + "</h3><ol>",
        ]
        unverified = self.tr("not yet verified against the primary source")
        secondary = self.tr("checked against a secondary source")
        for src in c.sources.values():
            flag = ""
            if src.grade == "UNVERIFIED":
                flag = " <i>(" + e(unverified) + ")</i>"
            elif src.grade == "C-2nd":
                flag = " <i>(" + e(secondary) + ")</i>"
            parts.append("<li>" + e(src.shown) + flag + "</li>")
        parts.append("</ol>")
        parts.append("<p>" + e(self.tr("SURE test")) + ": " + e(c.sure_citation) + "</p>")
        parts.append(self.licence_html())
        return "".join(parts)

    def licence_html(self) -> str:
        """Licence of the aid and the third-party notices (resources/licenses/), as plain text."""
        e = escape
        folder = decisionaid.resource_files.fs_path("licenses")
        parts = [
            "<h3>" + e(self.tr("Licence")) + "</h3>",
            "<p>" + e(self.tr("The program is free software under the MIT licence. The content (texts, numbers, "
                              "citations, example cases) is under the Creative Commons Attribution 4.0 licence "
                              "(CC BY 4.0).")) + "</p>",
            "<p>" + e(self.tr("Third-party software and fonts (Qt and PySide6 under the LGPL, WeasyPrint, the DejaVu "
                              "fonts and others): see the Licences tab. The full licence texts come with the app, "
                              "in: {folder}").format(folder=folder)) + "</p>",
        ]
        return "".join(parts)

    def notices_markdown(self) -> str:
        """resources/licenses/THIRD-PARTY-NOTICES.md (our own file), shown as formatted text."""
        try:
            return decisionaid.resource_files.read_text("licenses", "THIRD-PARTY-NOTICES.md")
        except OSError:
            return self.tr("The notices file is missing from this installation.")


class GlossaryDialog(QDialog):
    """Terms in plain words: type to filter, arrows to move, the definition shows beside."""

    def __init__(self, parent: QWidget | None = None, content: Content | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to find a word"))
        self.filter.setAccessibleName(self.tr("Find a word"))
        self.filter.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Find:"), self)
        label.setBuddy(self.filter)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        layout.addLayout(row)
        body = QHBoxLayout()
        self.terms = QListWidget(self)
        self.terms.setAccessibleName(self.tr("Words"))
        self.definition = text_label("", self, name=self.tr("Meaning"))
        self.definition.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body.addWidget(self.terms, 1)
        body.addWidget(self.definition, 2)
        layout.addLayout(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
        self._entries: dict[str, str] = {}
        try:
            content = content or ui_content()
            self._entries = {t.term: t.definition for t in sorted(content.glossary, key=lambda t: t.term.lower())}
        except Exception as exc:  # noqa: BLE001
            self.definition.setText(self.tr("The glossary could not be loaded: {reason}").format(reason=exc))
        self.terms.currentTextChanged.connect(lambda term: self.definition.setText(self._entries.get(term, "")))
        self.filter.textChanged.connect(self._apply_filter)
        self._apply_filter("")
        self.filter.setFocus()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        self.terms.clear()
        for term, definition in self._entries.items():
            if not needle or needle in term.lower() or needle in definition.lower():
                self.terms.addItem(term)
        if self.terms.count():
            self.terms.setCurrentRow(0)
        else:
            self.definition.setText(self.tr("No word matches."))

    def show_term(self, term: str) -> None:
        """Open at one term (for 'what does this mean?' links from other pages)."""
        self.filter.clear()
        matches = self.terms.findItems(term, Qt.MatchFlag.MatchFixedString)
        if matches:
            self.terms.setCurrentItem(matches[0])


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """For the main window's Help menu: a non-blocking About-and-evidence window."""
    dlg = AboutDialog(parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    return dlg


def show_glossary(parent: QWidget | None = None, term: str = "") -> GlossaryDialog:
    """For the Help menu (and 'what does this word mean?' links): a non-blocking glossary."""
    dlg = GlossaryDialog(parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if term:
        dlg.show_term(term)
    dlg.show()
    return dlg
