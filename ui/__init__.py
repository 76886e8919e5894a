"""PySide6 front end. Holds no clinical logic: it builds a Case and calls decisionaid."""
