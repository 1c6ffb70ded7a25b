"""Persona sheets as PDF: one page per persona (`persona_sheet` lays each one out).

`journey-editor export FILE --personas OUT.pdf [--page-size A3]` and the Export dialog's
"Persona sheets". Text in the bundled, embedded font, shaped for world scripts as the
posters are (PdfOut); the photo is embedded as it is stored (PNG or JPEG), cropped to
its square frame. No Qt; reportlab only here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from journey_editor.export import ExportError
from journey_editor.export.curves_overlay import draw_chart, save_pdf
from journey_editor.export.pages import PAGE_SIZES, Size, parse_page_size
from journey_editor.export.painter import block_lines
from journey_editor.export.pdf_meta import DocInfo, write_info
from journey_editor.export.pdf_ops import PdfOut, fill, new_canvas, rect, rounded_rect
from journey_editor.export.persona_sheet import (
    FRAME,
    MUTED,
    PHOTO_CORNER,
    PersonaSheet,
    lay_out_sheet,
)
from journey_editor.i18n import map_language, translate, translate_in
from journey_editor.model.types import Persona, Workspace
from journey_editor.version import app_version

DEFAULT_PAGE = PAGE_SIZES["A4"]


def draw_sheet(out: PdfOut, sheet: PersonaSheet) -> None:
    """One sheet on a page of its own (the caller ends the page)."""
    out.canvas.setPageSize(sheet.page)
    height = sheet.page[1] / sheet.scale  # the design's height: drawn scaled to the page
    out.emit(f"q {sheet.scale:.5f} 0 0 {sheet.scale:.5f} 0 0 cm")
    out.emit(" ".join(f"{fill(ink)} {rect(r.x, height - r.bottom, r.w, r.h)} f"
                      for r, ink in sheet.boxes))
    _photo(out, sheet, height)
    with map_language(sheet.language):
        for block, ink in sheet.texts:
            out.text_block(block_lines(block, height), ink)
        for chart in sheet.charts:
            draw_chart(out, chart, height)
    out.emit("Q")


def _photo(out: PdfOut, sheet: PersonaSheet, height: float) -> None:
    """The photo filling its square frame (cropped, never stretched), else the initials."""
    frame = sheet.photo
    x, y = frame.x, height - frame.bottom
    outline = rounded_rect(x, y, frame.w, frame.h, PHOTO_CORNER)
    out.emit(f"{fill(FRAME)} {outline} f")  # also behind a photo's transparent parts
    image = _image(sheet.photo_data) if sheet.photo_data is not None else None
    if image is None:
        out.text_block(block_lines(sheet.initials, height), MUTED)
        return
    w, h = image.getSize()
    zoom = max(frame.w / w, frame.h / h)
    out.emit(f"q {outline} W n")
    out.canvas.drawImage(image, x + (frame.w - w * zoom) / 2, y + (frame.h - h * zoom) / 2,
                         w * zoom, h * zoom, mask="auto")
    out.emit("Q")


def _image(data: bytes) -> Any:
    """reportlab's reader of the photo, or None for bytes no image reader accepts (the
    file format checks the size, not that a photo decodes)."""
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
    except Exception:  # noqa: BLE001 (Pillow raises many types for a broken image)
        return None
    return reader


def render_personas(workspace: Workspace, persona_ids: Sequence[str] | None = None,
                    page: Size = DEFAULT_PAGE, *, today: dt.date | None = None,
                    author: str = "", progress: Callable[[int, int], None] | None = None
                    ) -> tuple[bytes, int]:
    """The sheets of the personas (default: all) as PDF bytes, and their number.
    Raises ExportError when there is no persona to print."""
    personas = [p for p in workspace.personas if persona_ids is None or p.id in persona_ids]
    if not personas:
        raise ExportError(translate("Export", "the file has no persona to print"))
    stream = io.BytesIO()
    canvas = new_canvas(stream, (min(page), max(page)))  # portrait
    write_info(canvas, _info(workspace, personas, author))
    out = PdfOut(canvas)
    for done, persona in enumerate(personas, 1):
        draw_sheet(out, lay_out_sheet(workspace, persona, page, today))
        canvas.showPage()
        if progress:
            progress(done, len(personas))
    canvas.save()
    return stream.getvalue(), len(personas)


def _info(workspace: Workspace, personas: Sequence[Persona], author: str) -> DocInfo:
    language = workspace.journeys[0].language if workspace.journeys else ""
    title = translate_in(language, "Export", "Personas")
    return DocInfo(title=f"{workspace.title} \u00b7 {title}" if workspace.title else title,
                   subject=", ".join(p.name for p in personas), author=author.strip(),
                   creator=translate("Export", "Journey Editor {0}").format(app_version()),
                   keywords=(title, *(p.name for p in personas)))


def export_personas(workspace: Workspace, path: str | Path, page: Size = DEFAULT_PAGE, *,
                    author: str = "", progress: Callable[[int, int], None] | None = None) -> int:
    """Writes every persona's sheet to `path` atomically; returns the number of pages.
    Raises ExportError, or SaveError when the file cannot be written."""
    data, pages = render_personas(workspace, page=page, author=author, progress=progress)
    save_pdf(data, path)
    return pages


def run_personas(args: argparse.Namespace) -> None:
    """`journey-editor export FILE --personas OUT.pdf [--page-size SIZE] [--author NAME]`:
    one sheet per persona, A4 portrait unless --page-size says otherwise. Raises
    ExportError (and the file errors, which the command line reports as for --pdf)."""
    from journey_editor.fileformat import read_workspace
    from journey_editor.fileformat.errors import printable

    workspace = read_workspace(args.file)
    page = parse_page_size(args.page_size) if args.page_size else DEFAULT_PAGE
    pages = export_personas(workspace, args.personas, page, author=args.author)
    said = (translate("CommandLine", "Wrote {0} (1 page)") if pages == 1
            else translate("CommandLine", "Wrote {0} ({1} pages)"))
    print(said.format(printable(args.personas), pages))
