"""Translation hook for the Qt-free modules.

The model, file format and CLI must not import Qt, yet their messages reach the
UI. They call `translate(context, text)`, which has Qt's signature: the GUI
installs `QCoreApplication.translate` at start-up, so their strings are looked
up in the same catalogs as the widgets' (`pyside6-lupdate -tr-function-alias
translate+=translate` extracts them). Without a GUI the English text is used.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install(translator: Translator) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks `text` for translation in `context` without translating it (yet): Qt's
    marker, typed as the str it returns (PySide6's own returns `object` to mypy)."""
    return text
