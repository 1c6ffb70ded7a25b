"""Exporting the interview or survey guide of a journey: PDF, Markdown or Word, chosen
by the file's suffix; for the command line (`guide_cli`) and the window's dialog.

A survey also writes its results sheet beside the guide (`<name>-results.csv`), ready
to fill in and import with File > Import Survey Results; an existing sheet is never
replaced, since it may already hold the answers of a survey round.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from journey_editor.export import ExportError
from journey_editor.export.guide_blocks import Guide, fewer_touchpoints, touchpoints_by_stage
from journey_editor.export.guide_content import interview_guide
from journey_editor.export.guide_questions import is_future
from journey_editor.export.guide_survey import results_csv, survey_guide, surveyed
from journey_editor.fileformat.errors import SaveError, printable
from journey_editor.fileformat.writer import write_atomically
from journey_editor.i18n import translate
from journey_editor.model.types import Journey, Workspace

GuideFormat = Literal["pdf", "markdown", "docx"]
SUFFIXES: dict[str, GuideFormat] = {".pdf": "pdf", ".md": "markdown", ".markdown": "markdown",
                                    ".docx": "docx"}


def _t(text: str) -> str:
    """A message to the user, in the interface's language (not the map's)."""
    return translate("Guide", text)


def guide_format(path: Path) -> GuideFormat:
    found = SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise ExportError(_t("save the guide as .pdf, .md or .docx, not '{0}'")
                          .format(printable(path.name)))
    return found


def build_guide(workspace: Workspace, journey: Journey, survey: bool = False,
                today: dt.date | None = None) -> Guide:
    return survey_guide(journey, today) if survey else interview_guide(workspace, journey, today)


def guide_notes(journey: Journey, survey: bool) -> list[str]:
    """What the user should know about the guide before using it, in the interface's
    language: a future state's interview or survey is a concept test; a big map's guide
    leaves touchpoints out; a survey without key touchpoints asks about all."""
    future = is_future(journey)
    if survey:
        notes = [_t("This journey is a future state: the survey asks how much each moment "
                    "would help and how easy it would be, instead of how it went.")
                 if future else "", *surveyed(journey).notes]
    else:
        notes = [_t("This journey is a future state: the guide tests the idea with the "
                    "customer (\u201cwhat would you…\u201d) instead of asking what happened.")
                 if future else "",
                 fewer_touchpoints(touchpoints_by_stage(journey), key_first=True)[1]]
    return [note for note in notes if note]


def guide_bytes(guide: Guide, fmt: GuideFormat, author: str = "") -> bytes:
    if fmt == "pdf":
        from journey_editor.export.guide_pdf import guide_pdf

        return guide_pdf(guide, author)[0]
    if fmt == "docx":
        from journey_editor.export.guide_docx import guide_docx

        return guide_docx(guide)
    from journey_editor.export.guide_markdown import guide_markdown

    return guide_markdown(guide).encode("utf-8")


def results_path(out: Path) -> Path:
    """Where a survey's results sheet goes: beside the guide, named after it."""
    return out.with_name(f"{out.stem}-results.csv")


def export_guide(workspace: Workspace, journey: Journey, out: Path, *, survey: bool = False,
                 author: str = "", today: dt.date | None = None) -> list[Path]:
    """Writes the guide to `out` (its format from the suffix) and, for a survey, a new
    results sheet beside it; returns the files written. ExportError when it cannot."""
    fmt = guide_format(out)
    if survey and not surveyed(journey).touchpoints:
        raise ExportError(_t("no touchpoints to survey: put the journey's touchpoints in a "
                             "channel lane first"))
    data = guide_bytes(build_guide(workspace, journey, survey, today), fmt, author)
    written = [_write(data, out)]
    sheet = results_path(out)
    if survey and not sheet.exists():
        written.append(_write(results_csv(journey).encode("utf-8-sig"), sheet))
    return written


def _write(data: bytes, path: Path) -> Path:
    try:
        write_atomically(data, path, backup=False)
    except SaveError as error:
        raise ExportError(str(error)) from None
    return path


__all__ = ["GuideFormat", "SUFFIXES", "build_guide", "export_guide", "guide_bytes",
           "guide_format", "guide_notes", "results_path"]
