"""The interface language: the system's, or the one chosen in Preferences (read at start)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

SETTINGS_KEY = "ui/language"
# The languages the interface ships in, each named in itself (as a user looking for
# their own language reads it); English is the source text and needs no catalog.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "sv": "Svenska",
    "da": "Dansk",
    "fi": "Suomi",
    "nl": "Nederlands",
}


def chosen_language() -> str:
    """The language code chosen in Preferences, or "" to follow the system."""
    code = str(QSettings().value(SETTINGS_KEY, "") or "")
    return code if code in LANGUAGES else ""


def set_chosen_language(code: str) -> None:
    QSettings().setValue(SETTINGS_KEY, code if code in LANGUAGES else "")


def interface_locale() -> QLocale:
    """The locale the interface starts in: the chosen language, else the system's."""
    code = chosen_language()
    return QLocale(code) if code else QLocale.system()
