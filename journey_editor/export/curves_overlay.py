"""The emotion curves of several journeys on one poster page, and the chart painter the
persona sheets share.

The chart is `layout.curves_overlay`'s geometry, the one the Emotion Curves Together
view paints on screen; this module paints it with PDF operators in the bundled, embedded
font. A landscape page: a title ("Emotion curves"), what the map is and the date, then
the chart filling the rest, its text growing with the paper so an A1 print reads from
across the room. No Qt; reportlab only when a page is drawn.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from journey_editor.export import ExportError
from journey_editor.export.pages import MM, PAGE_SIZES, Size, parse_page_size
from journey_editor.export.painter import block_lines
from journey_editor.export.pdf_meta import DocInfo, write_info
from journey_editor.export.pdf_ops import PdfOut, fill, new_canvas, stroke
from journey_editor.i18n import map_language, translate, translate_map
from journey_editor.layout import textmetrics
from journey_editor.layout.curves_overlay import (
    COLUMN_INK,
    GUIDE_INK,
    LABEL_INK,
    TEXT_INK,
    ZERO_INK,
    CurvesRefused,
    OverlayChart,
    companions,
    lay_out_overlay,
    marker_outline,
    series_label,
    shared_stages,
)
from journey_editor.layout.geometry import Bezier, Point, Rect, TextBlock
from journey_editor.model.types import Journey, Workspace
from journey_editor.version import app_version

DEFAULT_PAGE = PAGE_SIZES["A3"]
MARGIN = 14 * MM


def _t(text: str) -> str:
    return translate_map("Export", text)


# --- the chart, shared with the persona sheets -------------------------------------------

def draw_chart(out: PdfOut, chart: OverlayChart, height: float) -> None:
    """Paints `chart` (y grows downwards, as laid out) on a page `height` points tall."""
    plot = chart.plot
    guides = [f"{plot.x:.2f} {height - y:.2f} m {plot.right:.2f} {height - y:.2f} l"
              for level, y in chart.levels if level]
    columns = [f"{x:.2f} {height - plot.y:.2f} m {x:.2f} {height - plot.bottom:.2f} l"
               for x in chart.columns]
    zero = next(y for level, y in chart.levels if level == 0)
    out.emit(f"q {stroke(COLUMN_INK)} 0.8 w {' '.join(columns)} S "
             f"{stroke(GUIDE_INK)} 0.6 w {' '.join(guides)} S "
             f"{stroke(ZERO_INK)} 0.9 w [3 2] 0 d {plot.x:.2f} {height - zero:.2f} m "
             f"{plot.right:.2f} {height - zero:.2f} l S Q")
    labels = [line for block in (*chart.level_labels, *chart.stage_labels)
              for line in block_lines(block, height)]
    out.text_block(labels, LABEL_INK)
    for series in chart.series:
        _curve(out, chart, series.segments, series.colour, series.dash, height)
        _markers(out, chart, series.points, series.marker, series.colour, height)
    for entry in chart.legend:
        series = chart.series[entry.series]
        start, end = entry.sample
        _line(out, chart, (start, end), series.colour, series.dash, height)
        middle = ((start[0] + end[0]) / 2, start[1])
        _markers(out, chart, (middle,), series.marker, series.colour, height)
    out.text_block([line for entry in chart.legend for line in block_lines(entry.label, height)],
                   TEXT_INK)


def _dash(dash: tuple[float, ...], width: float) -> str:
    return f"[{' '.join(f'{d * width:.2f}' for d in dash)}] 0 d" if dash else "[] 0 d"


def _curve(out: PdfOut, chart: OverlayChart, segments: Sequence[Bezier], colour: str,
           dash: tuple[float, ...], height: float) -> None:
    if not segments:
        return
    sx, sy = segments[0][0]
    path = [f"{sx:.2f} {height - sy:.2f} m"]
    path += [f"{a:.2f} {height - b:.2f} {c:.2f} {height - d:.2f} {e:.2f} {height - f:.2f} c"
             for _, (a, b), (c, d), (e, f) in segments]
    out.emit(f"q {stroke(colour)} {chart.line_width:.2f} w 1 J 1 j "
             f"{_dash(dash, chart.line_width)} {' '.join(path)} S Q")


def _line(out: PdfOut, chart: OverlayChart, ends: tuple[Point, Point], colour: str,
          dash: tuple[float, ...], height: float) -> None:
    (x0, y0), (x1, y1) = ends
    out.emit(f"q {stroke(colour)} {chart.line_width:.2f} w 1 J {_dash(dash, chart.line_width)} "
             f"{x0:.2f} {height - y0:.2f} m {x1:.2f} {height - y1:.2f} l S Q")


def _markers(out: PdfOut, chart: OverlayChart, points: Sequence[Point | None], kind: str,
             colour: str, height: float) -> None:
    """Filled markers with a thin white edge, so crossing curves keep their points."""
    shapes = []
    for point in points:
        if point is None:
            continue
        corners = marker_outline(kind, point, chart.marker_radius)
        path = " ".join(f"{x:.2f} {height - y:.2f} {'m' if i == 0 else 'l'}"
                        for i, (x, y) in enumerate(corners))
        shapes.append(f"{path} h B")
    if shapes:
        out.emit(f"q {fill(colour)} {stroke('#ffffff')} {chart.line_width * 0.45:.2f} w "
                 f"1 j {' '.join(shapes)} Q")


# --- the overlay poster --------------------------------------------------------------------

def text_size(page: Size) -> float:
    """The chart's text on `page`: 13 pt on A4, growing with the paper's short side."""
    return 13.0 * min(page) / PAGE_SIZES["A4"][0]


@dataclass(frozen=True)
class OverlayPage:
    """The poster laid out: its title and subtitle, and the chart, in points (y down)."""

    size: Size  # landscape
    texts: tuple[tuple[TextBlock, str], ...]  # block, ink
    chart: OverlayChart


def lay_out_overlay_page(workspace: Workspace, journeys: Sequence[Journey], page: Size,
                         today: dt.date) -> OverlayPage:
    """`journeys`' chart on a landscape `page`, under a title. Raises CurvesRefused."""
    shared_stages(journeys)  # refused before anything is laid out (or none is given)
    width, height = max(page), min(page)
    size = text_size((width, height))
    with map_language(journeys[0].language):
        title = _t("Emotion curves")
        subtitle = " \u00b7 ".join(part for part in (
            workspace.title, _t("{0} journeys over the same stages").format(len(journeys))
            if len(journeys) > 1 else journeys[0].name, today.isoformat()) if part)
        title_size = size * 2.0
        blocks = ((title, MARGIN, title_size, True, TEXT_INK),
                  (subtitle, MARGIN + textmetrics.line_height(title_size) + size * 0.2, size,
                   False, LABEL_INK))
        texts = tuple((TextBlock((textmetrics.elide(text, width - 2 * MARGIN, size_, bold),),
                                 MARGIN, top, size_, textmetrics.line_height(size_), bold), ink)
                      for text, top, size_, bold, ink in blocks)
        chart_top = texts[-1][0].y + textmetrics.line_height(size) + size * 1.4
        box = Rect(MARGIN, chart_top, width - 2 * MARGIN, height - chart_top - MARGIN)
        labels = [series_label(workspace, j) for j in journeys]
        return OverlayPage((width, height), texts, lay_out_overlay(journeys, labels, box, size))


def draw_overlay_page(out: PdfOut, page: OverlayPage) -> None:
    out.canvas.setPageSize(page.size)
    for block, ink in page.texts:
        out.text_block(block_lines(block, page.size[1]), ink)
    draw_chart(out, page.chart, page.size[1])


def render_curves(workspace: Workspace, journeys: Sequence[Journey], page: Size = DEFAULT_PAGE,
                  *, today: dt.date | None = None, author: str = "") -> bytes:
    """The overlay poster as PDF bytes. Raises ExportError when the journeys do not share
    their stages (the message says which differ and how)."""
    try:
        laid_out = lay_out_overlay_page(workspace, journeys, page, today or dt.date.today())
    except CurvesRefused as error:
        raise ExportError(str(error)) from None
    stream = io.BytesIO()
    canvas = new_canvas(stream, laid_out.size)
    write_info(canvas, _info(workspace, journeys, author))
    out = PdfOut(canvas)
    draw_overlay_page(out, laid_out)
    canvas.showPage()
    canvas.save()
    return stream.getvalue()


def _info(workspace: Workspace, journeys: Sequence[Journey], author: str) -> DocInfo:
    with map_language(journeys[0].language if journeys else ""):
        title = _t("Emotion curves")
        return DocInfo(title=f"{workspace.title} \u00b7 {title}" if workspace.title else title,
                       subject=", ".join(j.name for j in journeys), author=author.strip(),
                       creator=translate("Export", "Journey Editor {0}").format(app_version()),
                       keywords=(title, *(j.name for j in journeys)))


def save_pdf(data: bytes, path: str | Path) -> None:
    """Writes a finished PDF atomically (SaveError when it cannot be written)."""
    from journey_editor.fileformat.writer import write_atomically

    write_atomically(data, Path(path), backup=False)


def export_curves(workspace: Workspace, path: str | Path, journey_ids: Sequence[str],
                  page: Size = DEFAULT_PAGE, *, author: str = "") -> None:
    journeys = [workspace.journey(i) for i in journey_ids]
    save_pdf(render_curves(workspace, journeys, page, author=author), path)


def chosen_journeys(workspace: Workspace, name: str | None, everything: bool) -> list[str]:
    """The command line's choice: every journey (--all), or the one named (default: the
    first) and those after it that share its stages, up to five."""
    from journey_editor.export.pdf import find_journeys

    found = find_journeys(workspace, name, everything)
    if everything:
        return [j.id for j in found]
    return companions(workspace, found[0].id)


def run_curves(args: argparse.Namespace) -> None:
    """`journey-editor export FILE --curves OUT.pdf [--journey NAME | --all]
    [--page-size SIZE] [--author NAME]`. Raises ExportError (and the file errors)."""
    from journey_editor.fileformat import read_workspace
    from journey_editor.fileformat.errors import printable

    workspace = read_workspace(args.file)
    page = parse_page_size(args.page_size) if args.page_size else DEFAULT_PAGE
    ids = chosen_journeys(workspace, args.journey, args.all)
    export_curves(workspace, args.curves, ids, page, author=args.author)
    said = translate("CommandLine", "Wrote {0} (1 page)").format(printable(args.curves))
    print(f"{said}: " + ", ".join(printable(workspace.journey(i).name) for i in ids))
