"""User preferences (text size, window size) in an INI file in the user's config folder.

Why not plain QSettings(): the path is computed from platformdirs at each start, so tests
(and portable installs) can point it elsewhere through the usual XDG variables.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

APP_DIR_NAME = "mr-decision-aid"
MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 28


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_DIR_NAME)) / "settings.ini"


class Settings:
    """Typed access to the few preferences the app remembers."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def text_size(self) -> int | None:
        value = self._qs.value("view/text_size")
        try:
            size = int(value)
        except (TypeError, ValueError):
            return None
        return clamp_size(size)

    def set_text_size(self, size: int) -> None:
        self._qs.setValue("view/text_size", clamp_size(size))
        self._qs.sync()

    def clear_text_size(self) -> None:
        self._qs.remove("view/text_size")
        self._qs.sync()

    def language(self) -> str | None:
        """The chosen language ("en", "es"), or None before the first choice."""
        from decisionaid import i18n

        value = self._qs.value("language")
        return str(value) if value in i18n.LANGUAGES else None

    def set_language(self, lang: str) -> None:
        self._qs.setValue("language", lang)
        self._qs.sync()

    def show_help(self) -> bool:
        return str(self._qs.value("view/show_help", "true")).lower() == "true"

    def set_show_help(self, show: bool) -> None:
        self._qs.setValue("view/show_help", "true" if show else "false")
        self._qs.sync()


def clamp_size(size: int) -> int:
    return max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, int(size)))
