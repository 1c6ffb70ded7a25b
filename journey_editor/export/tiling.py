"""Tiled printing: a poster's map split across A4 or Letter sheets for a home printer.

The sheets cover the map only: its title block and legend go whole on the assembly
sheet, and a sheet the map leaves empty is not printed. Each sheet's part of the map is
a Form XObject holding only what reaches into that sheet (sheet_content), so a printer
handles one sheet's shapes per page, not the whole map clipped; the assembly sheet
places all the parts shrunk, so nothing is drawn twice.

Sheets overlap by `overlap`. Each sheet after the first in its row (column) is cut
along the middle of the overlap at its left (top) edge and laid over its neighbour;
alignment targets sit on that cut line, so the half target left on the cut sheet
meets the whole one on the sheet below. A label in the bottom margin names the sheet.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from itertools import product

from journey_editor.export import ExportError
from journey_editor.export.pages import MM, PAGE_SIZES, Orientation, Size, orientations
from journey_editor.export.pdf_ops import PdfOut, circle, clip, stroke
from journey_editor.i18n import translate, translate_map
from journey_editor.layout import textmetrics

MARK_INK = "#1f2430"
LABEL_SIZE = 8.0
Cell = tuple[int, int]  # row, column of a sheet in the grid
Span = tuple[float, float, float, float]  # x0, y0, x1, y1, y down, in the map's paper points


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
    """Sheets over the map: `rows` x `columns` places from the map's top left, of
    which `sheets` (row by row) have something of the map and are printed."""

    sheet: Size  # oriented
    margin: float
    overlap: float
    rows: int
    columns: int
    sheets: tuple[Cell, ...]

    @cached_property
    def image(self) -> Size:
        """The part of the map one sheet shows."""
        return self.sheet[0] - 2 * self.margin, self.sheet[1] - 2 * self.margin

    @cached_property
    def step(self) -> Size:
        return self.image[0] - self.overlap, self.image[1] - self.overlap

    @property
    def count(self) -> int:
        return len(self.sheets)

    @property
    def extent(self) -> Size:
        """What all the grid's places cover together, from the map's top left."""
        return (self.columns * self.step[0] + self.overlap,
                self.rows * self.step[1] + self.overlap)

    def origin(self, row: int, column: int) -> tuple[float, float]:
        """The map point (y down) at the top left of a sheet's image."""
        return column * self.step[0], row * self.step[1]

    def sheet_span(self, row: int, column: int) -> Span:
        (x, y), (w, h) = self.origin(row, column), self.image
        return x, y, x + w, y + h

    def spans(self, low: float, high: float, across: bool) -> range:
        """The columns (`across`) or rows whose images reach [low, high]."""
        r0, r1, c0, c1 = self.reach((low, low, high, high))
        return range(c0, c1 + 1) if across else range(r0, r1 + 1)

    def touching(self, span: Span) -> Iterable[Cell]:
        """Every place of the grid (printed or not) whose image meets `span`."""
        r0, r1, c0, c1 = self.reach(span)
        return product(range(r0, r1 + 1), range(c0, c1 + 1))

    def reach(self, span: Span, scale: float = 1.0) -> tuple[int, int, int, int]:
        """The first and last row and column whose images meet `span` (times `scale`),
        as spans() gives them (first > last: none)."""
        return self.reaches((span,), scale)[0]

    def reaches(self, spans: Iterable[Span], scale: float = 1.0
                ) -> list[tuple[int, int, int, int]]:
        """reach() of each span, a list at a time."""
        rows, columns, ceil, floor = self.rows - 1, self.columns - 1, math.ceil, math.floor
        return [(max(0, ceil(r0)), min(rows, floor(r1)), max(0, ceil(c0)), min(columns, floor(c1)))
                for r0, r1, c0, c1 in self.places(spans, scale)]

    def places(self, spans: Iterable[Span], scale: float = 1.0) -> list[Span]:
        """Where each span (times `scale`) lies in steps of the grid: the rows whose
        images meet it are those from its first number to its second, the columns from
        its third to its fourth (ceil and floor of them, as far as the grid goes).
        A list at a time: a big map asks for tens of thousands of boxes."""
        (sx, sy), (ix, iy) = self.step, self.image
        return [((y0 * scale - iy) / sy, y1 * scale / sy, (x0 * scale - ix) / sx, x1 * scale / sx)
                for x0, y0, x1, y1 in spans]

    def cuts(self, horizontal: bool) -> list[float]:
        """Map coordinates where the assembled sheets meet: 0, the cut lines, the far
        edge of the last sheets' images."""
        step = self.step[0] if horizontal else self.step[1]
        count = self.columns if horizontal else self.rows
        end = self.extent[0] if horizontal else self.extent[1]
        return [0.0] + [i * step + self.overlap / 2 for i in range(1, count)] + [end]

    def cut_cells(self) -> dict[Cell, Span]:
        """Each printed sheet's share of the assembled map, between the cut lines (map
        points, y down): what the assembly sheet and a preview outline. The last ones
        reach the sheets' far edge, past the map, so none is narrower than a step."""
        xs, ys = self.cuts(horizontal=True), self.cuts(horizontal=False)
        return {(r, c): (xs[c], ys[r], xs[c + 1], ys[r + 1]) for r, c in self.sheets}


def tiles_along(length: float, image: float, overlap: float) -> int:
    """Sheets needed to cover `length`: n images that each overlap the next."""
    return max(1, math.ceil((length - overlap) / (image - overlap) - 1e-9))


def tile_grid(region: Size, setup: TileSetup, content: Iterable[Span] | None = None) -> TileGrid:
    """The grid over a map of size `region` that prints the fewest sheets (portrait
    sheets on a tie): only the sheets that `content` (where the map has ink) reaches,
    every one when no content is given."""
    spans = None if content is None else list(content)
    grids = []
    for sheet in orientations(setup.sheet, setup.orientation):
        image = sheet[0] - 2 * setup.margin, sheet[1] - 2 * setup.margin
        if setup.overlap < 0 or setup.overlap > min(image) / 2:
            raise ExportError(_t("the overlap must be between 0 and {0:.0f} mm on this paper"
                                 ).format(min(image) / 2 / MM))
        rows = tiles_along(region[1], image[1], setup.overlap)
        columns = tiles_along(region[0], image[0], setup.overlap)
        every = tuple((r, c) for r in range(rows) for c in range(columns))
        grid = TileGrid(sheet, setup.margin, setup.overlap, rows, columns, every)
        if spans is not None:
            used = _touched(grid, spans)
            grid = TileGrid(sheet, setup.margin, setup.overlap, rows, columns,
                            tuple(cell for cell in every if cell in used))
        grids.append(grid)
    return min(grids, key=lambda g: g.count)


def _touched(grid: TileGrid, spans: Iterable[Span]) -> set[Cell]:
    """The places of the grid that any of `spans` meets."""
    used: set[Cell] = set()
    for span in spans:
        r0, r1, c0, c1 = grid.reach(span)
        if r0 == r1 and c0 == c1:  # most spans: within one sheet
            used.add((r0, c0))
        else:
            used.update(product(range(r0, r1 + 1), range(c0, c1 + 1)))
    return used


def fewest_sheets_scale(size: Size, scale: float, setup: TileSetup, shrink: float) -> float:
    """The largest scale, down to `shrink` x `scale`, at which a map of `size` (at 100 %)
    needs the fewest sheets. A map fitted to a page is as large as the page makes it,
    and a little smaller may save a row or column of sheets that would hold a strip of
    it: the retail template fitted to A0 is 821 mm wide; at 97 % (799 mm) three columns
    of landscape A4 sheets cover it instead of four."""
    scales = {scale}
    for sheet in orientations(setup.sheet, setup.orientation):
        steps = (sheet[0] - 2 * setup.margin - setup.overlap,
                 sheet[1] - 2 * setup.margin - setup.overlap)
        for length, step in zip(size, steps, strict=True):
            if length > 0 and step > 0:  # where one sheet fewer along this side is enough
                for count in range(1, tiles_along(length * scale, step + setup.overlap,
                                                  setup.overlap)):
                    scales.add((count * step + setup.overlap) / length)
    fitting = [s for s in scales if shrink * scale <= s <= scale]
    return min(fitting, key=lambda s: (tile_grid((size[0] * s, size[1] * s), setup).count, -s))


def draw_tiles(out: PdfOut, grid: TileGrid, parts: Mapping[Cell, str], map_height: float,
               title: str, first_page: int, pages: int,
               progress: Callable[[], None] | None = None) -> None:
    """The sheets, numbered from `first_page`, each ended with showPage(). `parts`:
    each sheet's form, in the map's paper points (origin at its lower left)."""
    for i, (row, column) in enumerate(grid.sheets):
        _tile_sheet(out, grid, parts[row, column], map_height, row, column)
        _label(out, grid, translate_map(
            "Export", "{0} \u00b7 row {1}, column {2} \u00b7 page {3} of {4}").format(
            title, row + 1, column + 1, first_page + i, pages))
        out.canvas.showPage()
        if progress:
            progress()


def _tile_sheet(out: PdfOut, grid: TileGrid, form: str, map_height: float, row: int,
                column: int) -> None:
    canvas = out.canvas
    canvas.setPageSize(grid.sheet)
    (sw, sh), m = grid.sheet, grid.margin
    (iw, ih), (x0, y0) = grid.image, grid.origin(row, column)
    # Map point (x0, y0) (y down) goes to the image's top left (m, sh - m).
    out.emit(f"q {clip(m, m, iw, ih)} 1 0 0 1 {m - x0:.2f} {sh - m - (map_height - y0):.2f} cm")
    canvas.doForm(form)
    out.emit("Q")
    printed = set(grid.sheets)
    left, above = (row, column - 1) in printed, (row - 1, column) in printed
    half = grid.overlap / 2
    ops = [f"{stroke(MARK_INK)} 0.5 w"]
    if left:  # cut at the left: ticks in the top and bottom margins, a dashed line
        ops.append(_ticks(m + half, sh, m, vertical=True))
        ops.append(f"q [3 3] 0 d 0.4 w {m + half:.2f} {m:.2f} m {m + half:.2f} {sh - m:.2f} l S Q")
    if above:
        ops.append(_ticks(sh - m - half, sw, m, vertical=False))
        ops.append(f"q [3 3] 0 d 0.4 w {m:.2f} {sh - m - half:.2f} m {sw - m:.2f} "
                   f"{sh - m - half:.2f} l S Q")
    out.emit(" ".join(ops))
    _targets(out, grid, printed, row, column)
    scissors = []
    if left:
        scissors.append(("\u2702", m + half - 4, sh - m + 3))
    if above:
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


def _targets(out: PdfOut, grid: TileGrid, printed: set[Cell], row: int, column: int) -> None:
    """Alignment targets on every cut line this sheet shares with a printed neighbour,
    at the same map points on both sheets."""
    sh, m, half = grid.sheet[1], grid.margin, grid.overlap / 2
    iw, ih = grid.image
    points = []
    xs = (([m + half] if (row, column - 1) in printed else [])
          + ([m + iw - half] if (row, column + 1) in printed else []))
    for x in xs:
        points += [(x, m + ih * t) for t in (0.25, 0.75)]
    ys = (([sh - m - half] if (row - 1, column) in printed else [])
          + ([m + half] if (row + 1, column) in printed else []))
    for y in ys:
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
