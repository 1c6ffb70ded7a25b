"""Tiled printing: one poster split across A4 or Letter sheets for a home printer.

The poster is drawn ONCE, as a Form XObject; every sheet places it shifted and clipped
to its part. Redrawing the poster on each sheet was measured 25x slower and larger.

Sheets overlap by `overlap`. Each sheet after the first in its row (column) is cut
along the middle of the overlap at its left (top) edge and laid over its neighbour;
alignment targets sit on that cut line, so the half target left on the cut sheet
meets the whole one on the sheet below. A label in the bottom margin names the sheet.
An assembly sheet comes first: the whole poster shrunk, with the grid of sheets on it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from journey_editor.export import ExportError
from journey_editor.export.pdf_ops import PdfOut, circle, clip, fill, rect, stroke
from journey_editor.export.pages import (
    MM, PAGE_SIZES, Orientation, Size, fit_scale, orientations,
)
from journey_editor.i18n import translate
from journey_editor.layout import textmetrics

MARK_INK, GRID_INK = "#1f2430", "#e4572e"
LABEL_SIZE = 8.0


def _t(text: str) -> str:
    return translate("Export", text)


@dataclass(frozen=True)
class TileSetup:
    sheet: Size = PAGE_SIZES["A4"]
    overlap: float = 10 * MM
    # The sheet's blank border: home printers cannot print to the edge, and the cut
    # marks and the label go there.
    margin: float = 12 * MM
    orientation: Orientation = "auto"  # of the sheets; auto: the fewer sheets


@dataclass(frozen=True)
class TileGrid:
    sheet: Size  # oriented
    margin: float
    overlap: float
    rows: int
    columns: int

    @property
    def image(self) -> Size:
        """The part of the poster one sheet shows."""
        return self.sheet[0] - 2 * self.margin, self.sheet[1] - 2 * self.margin

    @property
    def step(self) -> Size:
        return self.image[0] - self.overlap, self.image[1] - self.overlap

    @property
    def count(self) -> int:
        return self.rows * self.columns

    def origin(self, row: int, column: int) -> tuple[float, float]:
        """The poster point (y down) at the top left of a sheet's image."""
        return column * self.step[0], row * self.step[1]

    def cuts(self, length: float, horizontal: bool) -> list[float]:
        """Poster coordinates where the assembled sheets meet: 0, the cut lines, `length`."""
        step = self.step[0] if horizontal else self.step[1]
        count = self.columns if horizontal else self.rows
        return [0.0] + [i * step + self.overlap / 2 for i in range(1, count)] + [length]


def tiles_along(length: float, image: float, overlap: float) -> int:
    """Sheets needed to cover `length`: n images that each overlap the next."""
    return max(1, math.ceil((length - overlap) / (image - overlap) - 1e-9))


def tile_grid(poster: Size, setup: TileSetup) -> TileGrid:
    """The grid with the fewest sheets (portrait sheets on a tie)."""
    grids = []
    for sheet in orientations(setup.sheet, setup.orientation):
        image = sheet[0] - 2 * setup.margin, sheet[1] - 2 * setup.margin
        if setup.overlap < 0 or setup.overlap > min(image) / 2:
            raise ExportError(_t("the overlap must be between 0 and {0:.0f} mm on this paper"
                                 ).format(min(image) / 2 / MM))
        grids.append(TileGrid(sheet, setup.margin, setup.overlap,
                              tiles_along(poster[1], image[1], setup.overlap),
                              tiles_along(poster[0], image[0], setup.overlap)))
    return min(grids, key=lambda g: g.count)


def draw_tiled(out: PdfOut, poster: Size, draw_poster: Callable[[PdfOut], None], name: str,
               grid: TileGrid, title: str, first_page: int, pages: int,
               progress: Callable[[], None] | None = None) -> None:
    """The assembly sheet, then every tile, each ended with showPage()."""
    canvas = out.canvas
    canvas.beginForm(name, 0, 0, poster[0], poster[1])
    draw_poster(out)
    canvas.endForm()
    out.define_forms()
    _assembly_sheet(out, poster, name, grid, title, first_page)
    canvas.showPage()
    if progress:
        progress()
    for row in range(grid.rows):
        for column in range(grid.columns):
            page = first_page + 1 + row * grid.columns + column
            _tile_sheet(out, poster, name, grid, row, column)
            _label(out, grid, _t("{0} \u00b7 row {1}, column {2} \u00b7 page {3} of {4}").format(
                title, row + 1, column + 1, page, pages))
            canvas.showPage()
            if progress:
                progress()


def _tile_sheet(out: PdfOut, poster: Size, name: str, grid: TileGrid, row: int,
                column: int) -> None:
    canvas = out.canvas
    canvas.setPageSize(grid.sheet)
    (sw, sh), m = grid.sheet, grid.margin
    (iw, ih), (x0, y0) = grid.image, grid.origin(row, column)
    # Poster point (x0, y0) (y down) goes to the image's top left (m, sh - m).
    out.emit(f"q {clip(m, m, iw, ih)} 1 0 0 1 {m - x0:.2f} {sh - m - (poster[1] - y0):.2f} cm")
    canvas.doForm(name)
    out.emit("Q")
    half = grid.overlap / 2
    ops = [f"{stroke(MARK_INK)} 0.5 w"]
    if column > 0:  # cut at the left: ticks in the top and bottom margins, a dashed line
        ops.append(_ticks(m + half, sh, m, vertical=True))
        ops.append(f"q [3 3] 0 d 0.4 w {m + half:.2f} {m:.2f} m {m + half:.2f} {sh - m:.2f} l S Q")
    if row > 0:
        ops.append(_ticks(sh - m - half, sw, m, vertical=False))
        ops.append(f"q [3 3] 0 d 0.4 w {m:.2f} {sh - m - half:.2f} m {sw - m:.2f} "
                   f"{sh - m - half:.2f} l S Q")
    out.emit(" ".join(ops))
    _targets(out, grid, row, column)
    scissors = []
    if column > 0:
        scissors.append(("\u2702", m + half - 4, sh - m + 3))
    if row > 0:
        scissors.append(("\u2702", m - 12, sh - m - half - 3))
    out.text_block([(s, x, y, 9, False) for s, x, y in scissors], MARK_INK)


def _ticks(at: float, extent: float, margin: float, vertical: bool) -> str:
    """Crop marks in both margins where a cut line meets them."""
    near, far = 2 * MM, margin - 2 * MM
    if vertical:
        return (f"{at:.2f} {extent - near:.2f} m {at:.2f} {extent - far:.2f} l "
                f"{at:.2f} {near:.2f} m {at:.2f} {far:.2f} l S")
    return (f"{near:.2f} {at:.2f} m {far:.2f} {at:.2f} l "
            f"{extent - near:.2f} {at:.2f} m {extent - far:.2f} {at:.2f} l S")


def _targets(out: PdfOut, grid: TileGrid, row: int, column: int) -> None:
    """Alignment targets on every cut line this sheet shares with a neighbour, at the
    same poster points on both sheets."""
    sh, m, half = grid.sheet[1], grid.margin, grid.overlap / 2
    iw, ih = grid.image
    points = []
    xs = ([m + half] if column > 0 else []) + ([m + iw - half] if column < grid.columns - 1 else [])
    for x in xs:
        points += [(x, m + ih * t) for t in (0.25, 0.75)]
    for y in ([sh - m - half] if row > 0 else []) + ([m + half] if row < grid.rows - 1 else []):
        points += [(m + iw * t, y) for t in (0.25, 0.75)]
    if points:
        r, arm = 2.5 * MM, 4 * MM
        marks = [f"{circle(x, y, r)} {x - arm:.2f} {y:.2f} m {x + arm:.2f} {y:.2f} l "
                 f"{x:.2f} {y - arm:.2f} m {x:.2f} {y + arm:.2f} l" for x, y in points]
        out.emit(f"q {stroke(MARK_INK)} 0.5 w " + " ".join(marks) + " S Q")


def _label(out: PdfOut, grid: TileGrid, text: str) -> None:
    (sw, _), m = grid.sheet, grid.margin
    room = sw - 2 * (m + grid.overlap + 4 * MM)
    text = textmetrics.elide(text, room, LABEL_SIZE)
    x = (sw - textmetrics.text_width(text, LABEL_SIZE)) / 2
    out.text_block([(text, x, m / 2 - LABEL_SIZE / 3, LABEL_SIZE, False)], "#5b6474")


def _assembly_sheet(out: PdfOut, poster: Size, name: str, grid: TileGrid, title: str,
                    first_page: int) -> None:
    canvas = out.canvas
    sheet = max(orientations(grid.sheet, "auto"), key=lambda s: fit_scale(poster, s))
    canvas.setPageSize(sheet)
    (sw, sh), m = sheet, grid.margin
    heading = textmetrics.elide(_t("How to assemble: {0}").format(title), sw - 2 * m, 14, True)
    lines = [
        _t("{0} rows \u00d7 {1} columns = {2} sheets, overlapping by {3:.0f} mm, numbered row"
           " by row.").format(
            grid.rows, grid.columns, grid.count, grid.overlap / MM),
        _t("Print at 100 % (no \u201cfit to page\u201d). Cut each sheet along the dashed line"
           " at its left and top edge,"),
        _t("lay it over its neighbour so that the half targets meet the whole ones, and tape"
           " it from the back."),
    ]
    lh = textmetrics.line_height(9)
    text: list[tuple[str, float, float, float, bool]] = [
        (heading, m, sh - m - textmetrics.ascent(14), 14, True)]
    text += [(textmetrics.elide(line, sw - 2 * m, 9), m, sh - m - 24 - i * lh, 9, False)
             for i, line in enumerate(lines)]
    out.text_block(text, "#1f2430")
    top = sh - m - 30 - len(lines) * lh
    area = sw - 2 * m, top - m
    scale = fit_scale(poster, area)
    px = m + (area[0] - poster[0] * scale) / 2
    py = top - poster[1] * scale  # lower left of the shrunk poster
    out.emit(f"q 1 0 0 1 {px:.2f} {py:.2f} cm {scale:.5f} 0 0 {scale:.5f} 0 0 cm")
    canvas.doForm(name)
    out.emit("Q")
    out.emit(f"{stroke('#7d8799')} 0.5 w {rect(px, py, poster[0] * scale, poster[1] * scale)} S")
    _assembly_grid(out, poster, grid, scale, (px, py), first_page)


def _assembly_grid(out: PdfOut, poster: Size, grid: TileGrid, scale: float,
                   corner: tuple[float, float], first_page: int) -> None:
    """The sheets' outlines over the shrunk poster (lower left at `corner`), each
    labelled with its page number and place."""
    px, py = corner
    xs = grid.cuts(poster[0], horizontal=True)
    ys = grid.cuts(poster[1], horizontal=False)
    top = py + poster[1] * scale

    def sx(x: float) -> float:
        return px + min(x, poster[0]) * scale

    def sy(y: float) -> float:
        return top - min(y, poster[1]) * scale

    lines = [f"{sx(x):.2f} {sy(0):.2f} m {sx(x):.2f} {sy(poster[1]):.2f} l" for x in xs]
    lines += [f"{sx(0):.2f} {sy(y):.2f} m {sx(poster[0]):.2f} {sy(y):.2f} l" for y in ys]
    out.emit(f"q {stroke(GRID_INK)} 1 w " + " ".join(lines) + " S Q")
    _assembly_labels(out, grid, grid.step[0] * scale, grid.step[1] * scale,
                     [(sx(a) + sx(b)) / 2 for a, b in zip(xs, xs[1:])],
                     [(sy(a) + sy(b)) / 2 for a, b in zip(ys, ys[1:])], first_page)


def _assembly_labels(out: PdfOut, grid: TileGrid, cell_w: float, cell_h: float,
                     centres_x: list[float], centres_y: list[float], first_page: int) -> None:
    """Page number and place on each sheet's cell, sized to the cells; none at all when
    the sheets are too many to number legibly (each sheet's own label says it)."""
    last = str(first_page + grid.count)
    size = min(11.0, cell_h / 2.6, (cell_w - 6) / textmetrics.text_width(last, 1, True))
    if size < 3.5:
        return
    small = size * 0.64
    widest = _t("R{0} C{1}").format(grid.rows, grid.columns)
    with_place = textmetrics.text_width(widest, small) + 6 <= cell_w
    height = size * 1.2 + (small * 1.2 if with_place else 0) + 3
    boxes, labels = [], []
    for row, cy in enumerate(centres_y):
        for column, cx in enumerate(centres_x):
            page = str(first_page + 1 + row * grid.columns + column)
            where = _t("R{0} C{1}").format(row + 1, column + 1)
            w = textmetrics.text_width(page, size, True)
            if with_place:
                w = max(w, textmetrics.text_width(where, small))
                labels.append((where, cx - textmetrics.text_width(where, small) / 2,
                               cy - height / 2 + 2 + small * 0.25, small, False))
            boxes.append(rect(cx - w / 2 - 3, cy - height / 2, w + 6, height))
            labels.append((page, cx - textmetrics.text_width(page, size, True) / 2,
                           cy + height / 2 - 1.5 - size * 0.95, size, True))
    out.emit(f"{fill('#ffffff')} {stroke(GRID_INK)} 0.6 w " + " ".join(boxes) + " B")
    out.text_block(labels, GRID_INK)
