"""Icon arrays of 100 people: the picture of a chance that patients read best (IPDAS 2021).

Pure Python (no Qt, no WeasyPrint) so the PDF and the Qt results page draw the very same
SVG. Each array comes with a text alternative ("12 of 100 people …") for screen readers,
the PDF's tag tree and anyone who cannot see the colours. Filled people are solid, the
others are outlines, so the picture still reads when printed in grey.
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

DENOMINATOR = 100
COLUMNS = 10
CELL = 20  # user units per person; the viewBox is 200 x 200
FILLED = "#1f5f8b"  # dark blue: contrast > 7:1 on white
EMPTY_STROKE = "#6b6b6b"
EMPTY_FILL = "#ffffff"

# English default; the report passes the translated pattern from its strings file.
# {count} is the number of people coloured in (a whole number, so it matches the picture);
# {text} is the content's sentence with the exact figure.
DEFAULT_ALT = "{count} of 100 people coloured in: {text}"


def icons_filled(count: float) -> int:
    """Whole people to colour in: round half up, so 2.5 in 100 shows 3 people.

    A count above 0 but below 0.5 shows no coloured person; the text alternative and the
    printed caption still give the exact number.
    """
    if not 0 <= count <= DENOMINATOR or math.isnan(count):
        raise ValueError(f"count must be between 0 and {DENOMINATOR}, got {count!r}")
    return int(math.floor(count + 0.5))


def format_count(count: float, tiny: str = "fewer than 1") -> str:
    """'12', '2.5', or `tiny` ('fewer than 1') for counts that colour no one in."""
    if 0 < count < 0.5:
        return tiny
    if float(count).is_integer():
        return str(int(count))
    return f"{count:.1f}".rstrip("0").rstrip(".")


def alt_text(count: float, text: str, pattern: str = DEFAULT_ALT) -> str:
    """The text alternative: '6 of 100 people coloured in: About 6 in 100 people died within 1 year.'"""
    return pattern.format(count=icons_filled(count), text=text.strip())


def _person(x: float, y: float) -> str:
    """One person as path data: a diamond head and sloped shoulders (ten points in all).

    Straight lines only: curves (arcs, quadratic Béziers) made the arrays about a third of the
    whole render time of the one-sheet summary in WeasyPrint; polygons draw several times faster
    and still read as a person at print size.
    """
    cx = x + CELL / 2
    head = f"M{cx:g},{y + 1.5:g}l3.8,3.8l-3.8,3.8l-3.8,-3.8Z"  # a diamond: 4 points
    body = f"M{x + 3.5:g},{y + 18:g}v-5l2.5,-2.5h{CELL - 12:g}l2.5,2.5v5Z"  # sloped shoulders
    return head + " " + body


@lru_cache(maxsize=1)
def _people() -> tuple[str, ...]:
    """The 100 people's path data, row by row, built once and shared by every array."""
    return tuple(_person(*(CELL * v for v in reversed(divmod(i, COLUMNS)))) for i in range(DENOMINATOR))


def icon_array_svg(count: float, alt: str) -> str:
    """A 10 x 10 SVG of 100 people with the first `count` (rounded) coloured in, row by row.

    All coloured people are one path and all others another (2 elements, not 200), which
    keeps drawing cheap in WeasyPrint and Qt. `alt` becomes the <title> (escaped).
    """
    n = icons_filled(count)
    size = CELL * COLUMNS
    people = _people()
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 {size} {size}" '
        f'width="{size}" height="{size}" role="img" aria-label="{escape(alt, {chr(34): "&quot;"})}">',
        f"<title>{escape(alt)}</title>",
    ]
    if n:
        parts.append(f'<path class="filled" d="{" ".join(people[:n])}" fill="{FILLED}" stroke="{FILLED}" stroke-width="1"/>')
    if n < DENOMINATOR:
        parts.append(f'<path class="empty" d="{" ".join(people[n:])}" fill="{EMPTY_FILL}" stroke="{EMPTY_STROKE}" stroke-width="1"/>')
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class IconArray:
    """An icon array ready to place: the SVG, its text alternative and the coloured count."""

    count: float
    filled: int
    alt: str
    svg: str

    @property
    def data_uri(self) -> str:
        """For <img src>: a data: URI, which the report's URL fetcher allows (no files, no network)."""
        return "data:image/svg+xml;base64," + base64.b64encode(self.svg.encode("utf-8")).decode("ascii")


def make_icon_array(count: float, text: str, pattern: str = DEFAULT_ALT) -> IconArray:
    """Build the picture and its words together, so they can never disagree."""
    alt = alt_text(count, text, pattern)
    return IconArray(count=count, filled=icons_filled(count), alt=alt, svg=icon_array_svg(count, alt))
