"""The Export dialog's page kinds besides the poster (issue 18): persona sheets, one page
per persona, and the emotion curves of the current journey and those sharing its stages
on one landscape page. Their preview paints the same layout the PDF is drawn from
(export_preview); they are a few pages, written at once rather than in a worker.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap

from journey_editor.editor.document import Document
from journey_editor.export import ExportError
from journey_editor.export.curves_overlay import export_curves, lay_out_overlay_page
from journey_editor.export.pages import MM, Size
from journey_editor.export.persona_sheet import lay_out_sheet
from journey_editor.export.persona_sheet_pdf import export_personas
from journey_editor.fileformat import SaveError
from journey_editor.layout.curves_overlay import CurvesRefused, companions
from journey_editor.ui.export_preview import (
    paint_overlay_page,
    paint_persona_sheet,
    sheet_pixmap,
)

SHEET_KINDS = ("personas", "curves")
DEFAULT_PAGES = {"pdf": "A1", "personas": "A4", "curves": "A3"}


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportSheets", text)


def sheet_preview(kind: str, document: Document, journey_id: str,
                  page: Size) -> tuple[QPixmap, str]:
    """The first page in miniature and a line saying what will print; ExportError
    (its message for the dialog's summary) when nothing can."""
    workspace = document.workspace
    if kind == "personas":
        if not workspace.personas:
            raise ExportError(_t("This map has no persona yet: add one in the Personas panel."))
        sheet = lay_out_sheet(workspace, workspace.personas[0], page)
        names = ", ".join(p.name for p in workspace.personas)
        return (sheet_pixmap(sheet.page, lambda painter: paint_persona_sheet(painter, sheet)),
                _t("{0:.0f} × {1:.0f} mm, a page for each persona: {2}").format(
                    sheet.page[0] / MM, sheet.page[1] / MM, names))
    journeys = [workspace.journey(i) for i in companions(workspace, journey_id)]
    try:
        laid_out = lay_out_overlay_page(workspace, journeys, page, dt.date.today())
    except CurvesRefused as error:
        raise ExportError(str(error)) from None
    return (sheet_pixmap(laid_out.size, lambda painter: paint_overlay_page(painter, laid_out)),
            _t("{0:.0f} × {1:.0f} mm: {2}. View > Emotion Curves Together… chooses other "
               "journeys.").format(laid_out.size[0] / MM, laid_out.size[1] / MM,
                                   ", ".join(j.name for j in journeys)))


def save_sheets(kind: str, document: Document, journey_id: str, path: Path, page: Size,
                author: str) -> str:
    """Writes the PDF; '' when done, else why not (for a message box)."""
    try:
        if kind == "personas":
            export_personas(document.workspace, path, page, author=author)
        else:
            export_curves(document.workspace, path, companions(document.workspace, journey_id),
                          page, author=author)
    except (ExportError, SaveError) as error:
        return str(error)
    return ""
