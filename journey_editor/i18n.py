"""Translation hook for the Qt-free modules.

The model, file format and CLI must not import Qt, yet their messages reach the
UI. They call `translate(context, text)`, which has Qt's signature: the GUI
installs `QCoreApplication.translate` at start-up, so their strings are looked
up in the same catalogs as the widgets' (`pyside6-lupdate -tr-function-alias
translate+=translate` extracts them). Without a GUI the English text is used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install(translator: Translator) -> None:
    global _translator
    _translator = translator


def installed() -> Translator:
    return _translator


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def catalog_decimal(value: float, places: int | None = None) -> str:
    """Without Qt (the command line has no locale database), the separator is an entry
    of the catalogs, where a translator writes their language's."""
    text = f"{value:g}" if places is None else f"{value:.{places}f}"
    return text.replace(".", translate("DecimalSeparator", "."))


DecimalWriter = Callable[[float, int | None], str]
_decimal: DecimalWriter = catalog_decimal


def install_decimal(writer: DecimalWriter) -> None:
    """The window's way to write numbers (its locale's), for the Qt-free modules too."""
    global _decimal
    _decimal = writer


def installed_decimal() -> DecimalWriter:
    return _decimal


def decimal(value: float, places: int | None = None) -> str:
    """`value` as the interface writes it: '-1.5' in English, '-1,5' in Danish;
    `places` None: as few as the value needs."""
    return _decimal(value, places)


def translate_in(language: str, context: str, text: str) -> str:
    """`text` in `language` whatever the interface's is: the labels a map prints in its
    own language. "" means the interface's (`translate`); English is the source text."""
    if not language:
        return translate(context, text)
    if language == "en":
        return text
    return _catalog(language).get((context, text)) or text


_map_language: ContextVar[str] = ContextVar("map_language", default="")


@contextmanager
def map_language(language: str) -> Iterator[None]:
    """Within it, `translate_map` speaks `language`: for drawing a journey's paper (its
    handout, its assembly sheet) whose many helpers do not each take the journey."""
    token = _map_language.set(language)
    try:
        yield
    finally:
        _map_language.reset(token)


def translate_map(context: str, text: str) -> str:
    """`text` in the language of the map being drawn (see `map_language`)."""
    return translate_in(_map_language.get(), context, text)


@lru_cache(maxsize=8)
def _catalog(language: str) -> dict[tuple[str, str], str]:
    """The finished, singular entries of the editor's catalog for `language`, read from
    its .ts source (plain XML: no Qt needed, so the command line prints in it too)."""
    from xml.etree import ElementTree

    from journey_editor.resources import resource_path

    path = resource_path("translations", f"journey_editor_{language}.ts")
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            target = message.find("translation")
            if target is None or target.get("type") or message.get("numerus"):
                continue
            found[(name, message.findtext("source", ""))] = target.text or ""
    return found


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks `text` for translation in `context` without translating it (yet): Qt's
    marker, typed as the str it returns (PySide6's own returns `object` to mypy)."""
    return text
