"""How the window looks at any text size: one style sheet computed from the font size.

Why computed: Qt draws radio and check indicators, focus frames and paddings in pixels that
do not follow the font, so at 200 % text the boxes stayed tiny. Every pixel size here is
derived from the text height. Colours are chosen for contrast on the light window
background (see HINT_COLOR and FOCUS_COLOR).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette

#: explanations under answers and placeholder text: 8.5:1 on white, 7.4:1 on #efefef
HINT_COLOR = "#4d4d4d"
FOCUS_COLOR = "#1a5fb4"
#: the patient path starts at this size at least (a 70-year-old reads it without glasses)
PATIENT_BASE_POINTS = 14
#: the five part names stay on one line up to the largest text; the step line itself grows
TRACKER_MAX_POINTS = 14
#: the emergency banner's largest text: large, bold and red above every page, but at the largest
#: sizes three lines of it left the page itself a strip of 150 pixels
BANNER_MAX_POINTS = 20


def style_sheet(font: QFont) -> str:
    h = QFontMetrics(font).height()
    ind = max(13, round(h * 0.9))  # radio / check indicator
    pad = max(2, round(h * 0.15))
    # the size is in the sheet too: a style sheet stops setFont() from reaching the children
    return f"""
QWidget {{ font-size: {font.pointSize()}pt; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: {ind}px; height: {ind}px; }}
QRadioButton, QCheckBox {{ spacing: {pad * 2}px; padding: {pad}px; border: 2px solid transparent; }}
QRadioButton:focus, QCheckBox:focus {{ border: 2px solid {FOCUS_COLOR}; border-radius: 4px;
    background: #e3edf9; }}
QLineEdit, QComboBox {{ padding: {pad}px; }}
QLineEdit:focus, QComboBox:focus, QTextBrowser:focus, QPlainTextEdit:focus, QTableView:focus {{
    border: 3px solid {FOCUS_COLOR}; }}
QPushButton {{ padding: {pad}px {pad * 3}px; }}
QPushButton:focus {{ border: 3px solid {FOCUS_COLOR}; border-radius: 4px; }}
QLabel[hint="true"] {{ color: {HINT_COLOR}; }}
#stepTracker QPushButton {{ font-size: {min(font.pointSize(), TRACKER_MAX_POINTS)}pt; }}
#stepTracker QPushButton:checked {{ font-weight: bold; }}
#stepTracker QPushButton:disabled {{ color: #5f5f5f; }}
#stepLabel {{ font-weight: bold; }}
QLabel[bold="true"] {{ font-weight: bold; }}
QLabel#emergencyBanner {{ font-size: {min(font.pointSize() + 3, BANNER_MAX_POINTS)}pt; }}
QLabel[emergency="true"] {{ font-weight: bold; color: white; background: #a00000; padding: {pad * 2}px; }}
"""


def hint_palette(palette: QPalette) -> QPalette:
    """Placeholder text (the range in an empty number box) as dark as the hints."""
    out = QPalette(palette)
    out.setColor(QPalette.ColorRole.PlaceholderText, QColor(HINT_COLOR))
    return out


def contrast(fg: str | QColor, bg: str | QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    a, b = sorted((lum(QColor(fg)), lum(QColor(bg))), reverse=True)
    return (a + 0.05) / (b + 0.05)
