"""The words of the bundled templates, one module per language.

Each module defines `TEXT: LanguageText`, keyed by the ids of build_templates.py's
structure tables. English is the reference: `check_parallel` makes sure a translation
has exactly its keys, so no string is left out, left over or silently English.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module

from .types import LanguageText, Strings, TemplateText

__all__ = ["LANGUAGES", "TEXT", "LanguageText", "Strings", "TemplateText", "check_parallel"]

LANGUAGES = ("en", "sv", "da", "fi", "nl")

TEXT: dict[str, LanguageText] = {
    code: import_module(f".{code}", __name__).TEXT for code in LANGUAGES
}


def check_parallel(reference: object, other: object, where: str) -> None:
    """Raises KeyError where `other` lacks a key of `reference` or has one it lacks.

    Empty English strings (the blank template's goal) must stay empty: a filled one
    would be a field the English template does not show either.
    """
    if isinstance(reference, Mapping) and isinstance(other, Mapping):
        if missing := reference.keys() - other.keys():
            raise KeyError(f"{where}: missing {sorted(missing)}")
        if extra := other.keys() - reference.keys():
            raise KeyError(f"{where}: not in English {sorted(extra)}")
        for key in reference:
            check_parallel(reference[key], other[key], f"{where}.{key}")
    elif isinstance(reference, list) and isinstance(other, list):
        if len(reference) != len(other):
            raise KeyError(f"{where}: {len(other)} entries, English has {len(reference)}")
    elif isinstance(reference, str) and isinstance(other, str):
        if bool(reference) != bool(other):
            raise KeyError(f"{where}: empty in one language only")
    else:
        raise KeyError(f"{where}: {type(other).__name__} where English has "
                       f"{type(reference).__name__}")
