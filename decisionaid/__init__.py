"""Qt-free core of the MR decision aid: case model, derivations, rules, content, reports, CLI.

This package must never import PySide6 (tests enforce it), so the clinical logic can be
used and tested without a display.
"""

__version__ = "0.1.0"
