"""Free text made safe to print: no direction overrides, no invisible control characters.

Why: a right-to-left override (U+202E) in a name reorders the visible text after it, so a
printed summary could show something the person never typed; control characters can hide
text. The report calls `printable_case` once, before building its context; the rest of the
protection is CSS (`overflow-wrap: anywhere`, `unicode-bidi: isolate` in summary.css).
"""

from __future__ import annotations

import re
import unicodedata

from .case import Case

# Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI), and the Arabic
# letter mark; plain LRM/RLM marks cannot reorder text beyond a character and are kept.
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
_STRIP = re.compile(f"[{_BIDI_CONTROLS}]")


def printable(text: str) -> str:
    """`text` without direction controls and without control characters other than tab and
    line breaks (which are kept as the person typed them)."""
    text = _STRIP.sub("", text)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def printable_case(case: Case) -> Case:
    """A copy of the Case whose free text (name, notes, questions, priorities) is printable."""
    p = case.preferences
    prefs = p.model_copy(update={
        "notes": printable(p.notes),
        "questions": [printable(q) for q in p.questions],
        "own_priorities": [printable(o) for o in p.own_priorities],
    })
    return case.model_copy(update={"patient_name": printable(case.patient_name), "preferences": prefs})
