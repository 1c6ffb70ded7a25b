"""The language the command line prints in: the one the terminal's locale asks for, when
the editor ships a catalog for it; English otherwise. No Qt: the catalogs are read as the
poster reads them for a map's own language (`i18n.translate_in`)."""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import get_args

from journey_editor import i18n
from journey_editor.cli import argparse_words
from journey_editor.model.types import MapLanguage
from journey_editor.resources import resource_path

SHIPPED = frozenset(get_args(MapLanguage)) - {""}


def terminal_language(environ: Mapping[str, str] = os.environ) -> str:
    """As gettext decides: the first of LC_ALL, LC_MESSAGES and LANG that is set is the
    locale; in the C locale everything is English, else LANGUAGE's list comes first."""
    locale = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG")
                   if environ.get(name)), "")
    if locale.split(".")[0] in ("", "C", "POSIX"):
        return "en"
    for entry in [*environ.get("LANGUAGE", "").split(":"), locale]:
        code = entry.split(".")[0].split("@")[0].split("_")[0].lower()
        if code in SHIPPED:
            return code
    return "en"


@contextmanager
def speaking_terminal_language(environ: Mapping[str, str] = os.environ) -> Iterator[None]:
    """Within it, the Qt-free modules' messages are in the terminal's language; the
    translator before it comes back after (a test may run several commands in one
    process)."""
    language, before = terminal_language(environ), i18n.installed()
    domain, numbers = gettext.textdomain(), i18n.installed_decimal()
    i18n.install_decimal(i18n.catalog_decimal)
    if language != "en":
        i18n.install(lambda context, text: i18n.translate_in(language, context, text))
        # argparse's own words: gettext picks the catalog by the same variables
        gettext.bindtextdomain(argparse_words.DOMAIN, str(resource_path("translations")))
        gettext.textdomain(argparse_words.DOMAIN)
    try:
        yield
    finally:
        i18n.install(before)
        i18n.install_decimal(numbers)
        gettext.textdomain(domain)
