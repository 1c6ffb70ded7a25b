"""The bundled starting maps in `resources/templates/` (`<name>.<lang>.journey`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from journey_editor.fileformat import read_workspace
from journey_editor.i18n import translate, translate_in
from journey_editor.model.types import Revision, Workspace
from journey_editor.resources import resource_path

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    language: str
    path: Path


class UnknownTemplate(LookupError):
    def __init__(self, name: str, language: str) -> None:
        known = ", ".join(sorted({t.name for t in list_templates()}))
        super().__init__(
            translate("Templates", "no template '{0}' in language '{1}' (known: {2})").format(
                name, language, known
            )
        )


def list_templates(language: str | None = None) -> list[TemplateInfo]:
    found = []
    for path in sorted(resource_path("templates").glob("*.journey")):
        name, _, lang = path.stem.rpartition(".")
        if name and (language is None or lang == language):
            found.append(TemplateInfo(name, lang, path))
    return found


def find_template(name: str, language: str = DEFAULT_LANGUAGE) -> TemplateInfo:
    for info in list_templates(language):
        if info.name == name:
            return info
    raise UnknownTemplate(name, language)


def new_from_template(name: str, language: str = DEFAULT_LANGUAGE, author: str = "") -> Workspace:
    """A fresh workspace from a template, its revision log started; its journeys speak
    the template's language on screen and paper."""
    workspace = read_workspace(find_template(name, language).path)
    for journey in workspace.journeys:
        journey.language = language  # type: ignore[assignment]  # a template's: a MapLanguage
    workspace.revisions = [
        Revision(
            date=dt.datetime.now(dt.UTC).replace(microsecond=0),
            author=author,
            # In the map's language, as its other words: the log travels with the file.
            summary=translate_in(language, "Templates",
                                 "Created from the '{0}' template").format(name),
        )
    ]
    return workspace
