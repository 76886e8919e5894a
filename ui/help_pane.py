"""The "Words explained" pane: the glossary words that are on the page being shown.

Why computed from the page: a hand-kept list per page drifted (words listed that the page
never shows, and none for the results page). The pane reads the text the person can see on
the current page — which already differs by audience, as clinician-only rows are hidden — and
lists the glossary terms found in it. With none it collapses instead of saying so.
"""

from __future__ import annotations

import html
import logging
import re
from functools import lru_cache

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QTextBrowser,
    QWidget,
    QWizardPage,
)

log = logging.getLogger(__name__)
_TAGS = re.compile(r"<[^>]+>")


def term_patterns(term: str) -> list[re.Pattern[str]]:
    """'Ejection fraction (EF or LVEF)' → ejection fraction, EF, LVEF as whole words.

    Short all-capital forms (EF, MR, AF) match with their case only, so "af" in a word or
    "mr" in "Mr" do not count.
    """
    main, _sep, rest = term.partition("(")
    names = [main.strip()]
    names += [n.strip() for n in re.split(r",| or | and ", rest.rstrip(")")) if n.strip()]
    out = []
    for name in names:
        if len(name) < 2:
            continue
        flags = 0 if name.isupper() else re.IGNORECASE
        stem = re.escape(name)
        # "M-TEER" is TEER: a hyphen before the word counts as a boundary, a letter does not
        out.append(re.compile(rf"(?<!\w){stem}(?:s|es)?(?![\w-])", flags))
    return out


@lru_cache(maxsize=4)
def _glossary(lang: str) -> tuple[tuple[str, str, tuple[re.Pattern[str], ...]], ...]:
    from decisionaid.content import load_content

    return tuple((t.term, t.definition, tuple(term_patterns(t.term)))
                 for t in load_content(lang).glossary)


def visible_text(page: QWidget) -> str:
    """The words a person can see on the page: title, labels, buttons, boxes, choices."""
    parts = [page.title(), page.subTitle()] if isinstance(page, QWizardPage) else []
    for child in page.findChildren(QWidget):
        if not child.isVisibleTo(page):
            continue
        if isinstance(child, QLabel):
            parts.append(_TAGS.sub(" ", child.text()))
        elif isinstance(child, QAbstractButton):
            parts.append(child.text().replace("&", ""))
        elif isinstance(child, QGroupBox):
            parts.append(child.title())
        elif isinstance(child, QComboBox):
            parts.append(child.currentText())
    return "\n".join(parts)


def words_on(page: QWidget, lang: str = "en") -> list[tuple[str, str]] | None:
    """(term, definition) for the glossary terms shown on the page; None if no glossary."""
    try:
        glossary = _glossary(lang)
    except Exception:  # noqa: BLE001 - content missing or invalid: the pane says so
        log.info("glossary unavailable", exc_info=True)
        return None
    text = visible_text(page)
    return [(term, definition) for term, definition, patterns in glossary
            if any(p.search(text) for p in patterns)]


class HelpPane(QTextBrowser):
    """Shows the words of the current page; hides itself when the page has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpPane")
        self.setAccessibleName(self.tr("Words explained"))
        self.setOpenLinks(False)
        self.wanted = True  # the person's choice (View → Words explained)
        self.entries: list[tuple[str, str]] | None = []

    def show_for(self, page: QWidget | None) -> None:
        from .option_card import content_language  # the core: loaded after the first page

        self.entries = words_on(page, content_language()) if page is not None else []
        title = html.escape(self.tr("Words explained"))
        if self.entries is None:
            body = html.escape(self.tr("The word list is not available."))
        else:
            body = "".join(f"<p><b>{html.escape(t)}</b><br>{html.escape(d)}</p>"
                           for t, d in self.entries)
        self.setHtml(f"<h3>{title}</h3>{body}")
        self.setVisible(self.wanted and self.entries != [])
