"""The assembly sheet of a tiled poster, printed first: the poster's title block, how to
put the sheets together, the map shrunk with every sheet's outline and page number, and
the legend. The title block and legend are never cut across sheets: they are here,
laid out for this sheet's width, and the sheet can hang beside the assembled map.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from journey_editor.export.pages import MM, Size, fit_scale, orientations
from journey_editor.export.pdf_ops import PdfOut, fill, rect, stroke
from journey_editor.export.tiling import Cell, TileGrid
from journey_editor.export.titleblock import BODY_SIZE, Band
from journey_editor.i18n import translate_map
from journey_editor.layout import textmetrics
from journey_editor.layout.geometry import Rect

GRID_INK, OUTLINE_INK, TEXT_INK = "#e4572e", "#7d8799", "#1f2430"
GAP = 10.0
HEADING = 14.0
LINE = 9.0
MIN_LABEL = 3.5  # below this the sheets' own labels number them


def _t(text: str) -> str:
    """A label of the journey's paper, in its language (`i18n.map_language`)."""
    return translate_map("Export", text)


@dataclass(frozen=True)
class Cover:
    """What the assembly sheet shows of one poster."""

    title: str  # the journey's name
    bands: Callable[[float], tuple[Band, Band]]  # title block and legend for a width
    map_size: Size  # in paper points
    parts: Mapping[Cell, str]  # each printed sheet's form (tiling.draw_tiles)
    empty_note: str = ""  # said instead of the map when there is nothing to tile


@dataclass(frozen=True)
class SheetLabel:
    box: Rect  # PDF points, y up: x, y of the lower left, width, height
    lines: tuple[tuple[str, float, float, float, bool], ...]  # text, x, baseline, size, bold


def draw_assembly(out: PdfOut, cover: Cover, grid: TileGrid, first_page: int) -> None:
    """The assembly sheet, on the sheet turned the way that shows the map largest; the
    tiles are numbered from first_page + 1."""
    sheet, (title, legend) = max(
        ((s, cover.bands(s[0] - 2 * grid.margin)) for s in orientations(grid.sheet, "auto")),
        key=lambda c: _overview_scale(cover, grid, c[0], c[1]))
    out.canvas.setPageSize(sheet)
    (sw, sh), m = sheet, grid.margin
    _band(out, title, m, sh - m)
    _band(out, legend, m, m + legend.height)
    top = sh - m - title.height - GAP
    if not grid.count:
        size = BODY_SIZE
        note = textmetrics.elide(cover.empty_note, sw - 2 * m, size)
        out.text_block([(note, m, top - textmetrics.ascent(size), size, False)], TEXT_INK)
        return
    top = _instructions(out, cover, grid, (m, top), sw - 2 * m)
    area = sw - 2 * m, top - m - legend.height - GAP
    _overview(out, cover, grid, (m, top), area, first_page)


def _band(out: PdfOut, band: Band, x: float, top: float) -> None:
    out.emit(f"q 1 0 0 1 {x:.3f} {top:.3f} cm")
    band.draw(out, 0.0, 0.0)
    out.emit("Q")


def _instruction_lines(grid: TileGrid) -> list[str]:
    if grid.count < grid.rows * grid.columns:
        first = _t("{0} rows \u00d7 {1} columns, {2} sheets ({3} would be blank and are left "
                   "out), overlapping by {4:.0f} mm, numbered row by row.").format(
            grid.rows, grid.columns, grid.count, grid.rows * grid.columns - grid.count,
            grid.overlap / MM)
    else:
        first = _t("{0} rows \u00d7 {1} columns = {2} sheets, overlapping by {3:.0f} mm, "
                   "numbered row by row.").format(grid.rows, grid.columns, grid.count,
                                                  grid.overlap / MM)
    return [first,
            _t("Print at 100 % (no \u201cfit to page\u201d). Cut each sheet along the dashed "
               "line at its left and top edge,"),
            _t("lay it over its neighbour so that the half targets meet the whole ones, and "
               "tape it from the back.")]


def _instructions_height() -> float:
    return 24 + 3 * textmetrics.line_height(LINE) + GAP


def _overview_scale(cover: Cover, grid: TileGrid, sheet: Size,
                    bands: tuple[Band, Band]) -> float:
    inner = sheet[0] - 2 * grid.margin, sheet[1] - 2 * grid.margin
    height = inner[1] - bands[0].height - bands[1].height - 2 * GAP - _instructions_height()
    return fit_scale(grid.extent, (inner[0], height))


def _instructions(out: PdfOut, cover: Cover, grid: TileGrid, corner: tuple[float, float],
                  width: float) -> float:
    """The heading and the steps from the top left `corner`; returns the y below them."""
    x, top = corner
    heading = textmetrics.elide(_t("How to assemble: {0}").format(cover.title), width,
                                HEADING, True)
    lh = textmetrics.line_height(LINE)
    text = [(heading, x, top - textmetrics.ascent(HEADING), HEADING, True)]
    text += [(textmetrics.elide(line, width, LINE), x, top - 24 - i * lh, LINE, False)
             for i, line in enumerate(_instruction_lines(grid))]
    out.text_block(text, TEXT_INK)
    return top - _instructions_height()


def _overview(out: PdfOut, cover: Cover, grid: TileGrid, corner: tuple[float, float],
              area: Size, first_page: int) -> None:
    """The map shrunk into `area` (top left at `corner`), every printed sheet's place
    outlined and numbered."""
    scale = fit_scale(grid.extent, area)
    left = corner[0] + (area[0] - grid.extent[0] * scale) / 2
    top = corner[1]
    (mw, mh) = cover.map_size
    out.emit(f"q 1 0 0 1 {left:.2f} {top - mh * scale:.2f} cm {scale:.5f} 0 0 {scale:.5f} 0 0 cm")
    for form in cover.parts.values():
        out.canvas.doForm(form)
    out.emit("Q")
    outline = rect(left, top - mh * scale, mw * scale, mh * scale)
    out.emit(f"{stroke(OUTLINE_INK)} 0.5 w {outline} S")
    cells = sheet_cells(grid, scale, (left, top))
    out.emit(f"q {stroke(GRID_INK)} 1 w "
             + " ".join(rect(*r) for r in cells.values()) + " S Q")
    labels = sheet_labels(grid, cells, first_page)
    if labels:
        out.emit(f"{fill('#ffffff')} {stroke(GRID_INK)} 0.6 w "
                 + " ".join(rect(*label.box) for label in labels) + " B")
        out.text_block([line for label in labels for line in label.lines], GRID_INK)


def sheet_cells(grid: TileGrid, scale: float, corner: tuple[float, float]) -> dict[Cell, Rect]:
    """The sheets' cut cells (TileGrid.cut_cells) shrunk by `scale` with the map's top
    left at `corner`, in PDF points (y up)."""
    left, top = corner
    return {cell: Rect(left + x0 * scale, top - y1 * scale, (x1 - x0) * scale,
                       (y1 - y0) * scale)
            for cell, (x0, y0, x1, y1) in grid.cut_cells().items()}


def sheet_labels(grid: TileGrid, cells: Mapping[Cell, Rect], first_page: int
                 ) -> list[SheetLabel]:
    """Page number (and place, when it fits) centred on each sheet's cell, one size for
    all, each inside its own cell with a gap: labels never touch. None when the cells
    are too small to number legibly (each sheet's own label says its page)."""
    if not cells:
        return []
    cell_w = min(r.w for r in cells.values()) - 8
    cell_h = min(r.h for r in cells.values()) - 4
    pages = [str(first_page + 1 + i) for i in range(len(grid.sheets))]
    widest = max(textmetrics.text_width(p, 1, True) for p in pages)
    size = min(11.0, cell_w / widest, (cell_h - 3) / 1.2)
    if size < MIN_LABEL:
        return []
    small = size * 0.64
    places = [_t("R{0} C{1}").format(r + 1, c + 1) for r, c in grid.sheets]
    with_place = (max(textmetrics.text_width(p, small) for p in places) <= cell_w
                  and size * 1.2 + small * 1.2 + 3 <= cell_h)
    height = size * 1.2 + (small * 1.2 if with_place else 0) + 3
    labels = []
    for cell, page, place in zip(grid.sheets, pages, places, strict=True):
        cx, cy = cells[cell].center
        w = textmetrics.text_width(page, size, True)
        lines = [(page, cx - w / 2, cy + height / 2 - 1.5 - size * 0.95, size, True)]
        if with_place:
            place_w = textmetrics.text_width(place, small)
            w = max(w, place_w)
            lines.append((place, cx - place_w / 2, cy - height / 2 + 2 + small * 0.25, small,
                          False))
        labels.append(SheetLabel(Rect(cx - w / 2 - 3, cy - height / 2, w + 6, height),
                                 tuple(lines)))
    return labels
