"""PDF posters of journeys: one page per journey, or tiled onto small sheets.

A poster page holds the title block at the top, the map (the layout engine's geometry,
painted by `painter`, scaled to fit or at a chosen scale) and the legend at the bottom.
Vector shapes and real, searchable text in the bundled DejaVu Sans, embedded.

No Qt here (the command line exports without a display); reportlab is imported only
when a PDF is drawn.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from journey_editor.export import ExportError
from journey_editor.export.assembly import Cover, draw_assembly
from journey_editor.export.cropmarks import PrintFrame, draw_crop_marks, stamp_page_boxes
from journey_editor.export.handout import draw_handout, handout_page_size, lay_out_handout
from journey_editor.export.pages import (
    DEFAULT_PAGE,
    MAX_SIDE,
    MM,
    PageSetup,
    Size,
    describe_size,
    fit_scale,
    fits,
    orientations,
)
from journey_editor.export.painter import MapPainter
from journey_editor.export.pdf_meta import document_info, write_info
from journey_editor.export.pdf_ops import PdfOut, new_canvas
from journey_editor.export.sheet_content import define_parts, tile_plan
from journey_editor.export.tiling import TileGrid, TileSetup, draw_tiles, fewest_sheets_scale
from journey_editor.export.titleblock import (
    BODY_SIZE,
    Band,
    TitleInfo,
    legend_band,
    legend_items,
    title_band,
    title_info,
)
from journey_editor.i18n import map_language, translate, translate_in
from journey_editor.layout import textmetrics
from journey_editor.layout.engine import DEFAULT_STYLE, lay_out
from journey_editor.layout.geometry import JourneyLayout
from journey_editor.layout.style import Style
from journey_editor.model.types import Journey, Workspace

Progress = Callable[[int, int], None]  # pages done, pages in all
GAP = 10.0  # base points between the title block, the map and the legend
# A map fitted to its page and tiled may print up to 10 % smaller when that needs fewer
# sheets: text a little smaller against, often, half the sheets to print, cut and tape.
TILED_SHRINK = 0.9
BAND_SHARE = 0.12  # title block and legend together: at most this share of a page's height
MIN_PAPER = 0.7  # though their text never under 70 % of its base size (body text 7 pt)
MIN_MADE_TO_MEASURE_WIDTH = 420.0  # room for the title block on a page sized to the map
# Posters are drawn in the canvas's style (what you see is what prints), so a layout the
# window already made serves the PDF as it is.
PRINT_STYLE = DEFAULT_STYLE


def _t(text: str) -> str:
    return translate("Export", text)


@dataclass
class Poster:
    """One journey placed on its page: everything needed to draw it."""

    journey: Journey
    layout: JourneyLayout
    page: Size
    scale: float  # paper points per layout point
    map_origin: tuple[float, float]  # the map's top left, from the page's top left
    paper: float  # how much larger than base size the title block and legend are drawn
    margin: float
    title: Band
    legend: Band


def paper_factor(page: Size) -> float:
    """Title block and legend grow with the paper, slower than it: x1 on A4, ~x2 on A0."""
    return max(1.0, min(2.5, math.sqrt(min(page) / 595.0)))


def find_journeys(workspace: Workspace, name: str | None = None,
                  everything: bool = False) -> list[Journey]:
    """The journeys to export: all, the one named (or with that id), or the first."""
    if not workspace.journeys:
        raise ExportError(_t("the file has no journey to export"))
    if everything:
        return list(workspace.journeys)
    if name is None:
        return [workspace.journeys[0]]
    found = [j for j in workspace.journeys if name in (j.name, j.id)]
    if not found:
        names = ", ".join(f"'{j.name}'" for j in workspace.journeys)
        raise ExportError(_t("no journey named '{0}' (the file has: {1})").format(name, names))
    return found[:1]


def compose(workspace: Workspace, journey: Journey, setup: PageSetup, *,
            style: Style = PRINT_STYLE, file_name: str = "", today: dt.date | None = None,
            layout: JourneyLayout | None = None, tiles: TileSetup | None = None) -> Poster:
    """Chooses the page, orientation and scale of the journey's poster. `layout`: the
    journey's layout in `style` when the caller has it (the canvas does), else made here.
    Fitted and tiled onto `tiles`, the map may be a little smaller to save sheets."""
    layout = lay_out(journey, style) if layout is None else layout
    info = title_info(workspace, journey, file_name, today or dt.date.today())
    if setup.page_size is None and setup.scale is not None:
        return _made_to_measure(journey, layout, info, setup, style)
    candidates = [_on_page(journey, layout, info, page, setup, style)
                  for page in orientations(setup.page_size or DEFAULT_PAGE, setup.orientation)]
    fitting = [p for p in candidates if p is not None]
    if not fitting:
        needed = (layout.width * (setup.scale or 1), layout.height * (setup.scale or 1))
        raise ExportError(_t("at {0:.0f} % the map '{1}' needs {2} and does not fit on {3}: "
                             "fit it to the page, lower the scale, or choose a larger page or "
                             "tiling").format((setup.scale or 1) * 100, journey.name,
                                              describe_size(needed),
                                              describe_size(setup.page_size or DEFAULT_PAGE)))
    poster = max(fitting, key=lambda p: p.scale)  # the orientation showing the map largest
    return _fewest_sheets(poster, tiles) if tiles and setup.scale is None else poster


def _fewest_sheets(poster: Poster, tiles: TileSetup) -> Poster:
    """A map fitted to its page, tiled: at the largest scale, down to TILED_SHRINK of the
    fit, needing the fewest sheets; centred where it was. (The retail template on A1:
    12 A4 sheets at the fit, 6 at 93 %; on A0, 20 at the fit, 15 at 97 %.)"""
    layout = poster.layout
    scale = fewest_sheets_scale((layout.width, layout.height), poster.scale, tiles,
                                TILED_SHRINK)
    x, y = poster.map_origin
    shrink = (poster.scale - scale) / 2
    return replace(poster, scale=scale,
                   map_origin=(x + layout.width * shrink, y + layout.height * shrink))


def _bands(journey: Journey, layout: JourneyLayout, info: TitleInfo, width: float,
           paper: float, style: Style) -> tuple[Band, Band]:
    base = width / paper
    return (title_band(info, base, style),
            legend_band(legend_items(layout, journey, style), base))


def _band_size(journey: Journey, layout: JourneyLayout, info: TitleInfo,
               inner: Size, paper: float, style: Style) -> tuple[float, Band, Band]:
    """The title block and legend at `paper`, drawn smaller when they would take more
    than BAND_SHARE of the page's height (small paper leaves the map the room), though
    not under MIN_PAPER; their width then holds more legend items a row."""
    for _ in range(3):  # narrower bands wrap less: the share drops, settle in a few steps
        title, legend = _bands(journey, layout, info, inner[0], paper, style)
        share = (title.height + legend.height + 2 * GAP) * paper / inner[1]
        if share <= BAND_SHARE + 0.005 or paper <= MIN_PAPER:
            break
        paper = max(MIN_PAPER, paper * BAND_SHARE / share)
    else:
        title, legend = _bands(journey, layout, info, inner[0], paper, style)
    return paper, title, legend


def _on_page(journey: Journey, layout: JourneyLayout, info: TitleInfo, page: Size,
             setup: PageSetup, style: Style) -> Poster | None:
    """The poster on a page of this shape; None when the map does not fit at the scale."""
    margin = setup.margin
    inner = page[0] - 2 * margin, page[1] - 2 * margin
    paper, title, legend = _band_size(journey, layout, info, inner, paper_factor(page), style)
    area = inner[0], inner[1] - (title.height + legend.height + 2 * GAP) * paper
    if area[1] <= 0:
        return None
    size = layout.width, layout.height
    scale = setup.scale or min(fit_scale(size, area), setup.max_fit_scale)
    if scale <= 0 or not fits(size, area, scale):
        return None
    x = margin + (area[0] - size[0] * scale) / 2
    y = margin + (title.height + GAP) * paper + (area[1] - size[1] * scale) / 2
    return Poster(journey, layout, page, scale, (x, y), paper, margin, title, legend)


def _made_to_measure(journey: Journey, layout: JourneyLayout, info: TitleInfo,
                     setup: PageSetup, style: Style) -> Poster:
    """A page exactly as large as the map at the chosen scale, plus title and legend."""
    scale, margin = setup.scale or 1.0, setup.margin
    map_size = layout.width * scale, layout.height * scale
    width = max(map_size[0], MIN_MADE_TO_MEASURE_WIDTH)
    paper = paper_factor((width, map_size[1]))
    title, legend = _bands(journey, layout, info, width, paper, style)
    height = map_size[1] + (title.height + legend.height + 2 * GAP) * paper
    page = width + 2 * margin, height + 2 * margin
    x = margin + (width - map_size[0]) / 2
    return Poster(journey, layout, page, scale, (x, margin + (title.height + GAP) * paper),
                  paper, margin, title, legend)


def draw_poster(out: PdfOut, poster: Poster, style: Style = PRINT_STYLE) -> None:
    """The poster's content in page coordinates (PDF: origin lower left)."""
    page_h = poster.page[1]
    layout, scale = poster.layout, poster.scale
    x, top = poster.map_origin
    out.emit(f"q 1 0 0 1 {x:.3f} {page_h - top - layout.height * scale:.3f} cm "
             f"{scale:.6f} 0 0 {scale:.6f} 0 0 cm")
    MapPainter(out, style, layout).draw()
    out.emit("Q")
    if not layout.columns or not layout.rows:
        _empty_note(out, poster, style)
    k, margin = poster.paper, poster.margin
    for band, band_top in ((poster.title, page_h - margin),
                           (poster.legend, margin + poster.legend.height * k)):
        out.emit(f"q {k:.5f} 0 0 {k:.5f} {margin:.3f} {band_top:.3f} cm")
        band.draw(out, 0.0, 0.0)
        out.emit("Q")


def _no_grid_text(journey: Journey) -> str:
    return translate_in(journey.language, "Export", "This journey has no stages or lanes yet.")


def _empty_note(out: PdfOut, poster: Poster, style: Style) -> None:
    """Says why a journey without stages or lanes shows no grid."""
    text = _no_grid_text(poster.journey)
    size = BODY_SIZE * poster.paper
    page_w, page_h = poster.page
    _, top = poster.map_origin
    y = page_h - top - poster.layout.height * poster.scale - 2 * size
    out.text_block([(text, (page_w - textmetrics.text_width(text, size)) / 2, y, size, False)],
                   style.muted_text)


def render_pdf(workspace: Workspace, journeys: Sequence[Journey] | None = None, *,
               setup: PageSetup | None = None, tiles: TileSetup | None = None,
               file_name: str = "", author: str = "",
               style: Style = PRINT_STYLE, progress: Progress | None = None,
               today: dt.date | None = None,
               layouts: Mapping[str, JourneyLayout] | None = None,
               handout: bool = False, bleed: bool = False) -> bytes:
    """The PDF of `journeys` (default: all of the workspace), one poster each, as bytes.

    With `tiles`, each poster is split across sheets after an assembly sheet. With
    `handout`, each poster is followed by the journey's workshop handout (A4 portrait
    pages; Letter when the page or sheet is a US size). With `bleed`, each poster's page
    grows by a 3 mm bleed and crop marks around it (not with `tiles`). `author` goes into
    the metadata as given (the Preferences' name; empty by default).
    `progress(done, total)` is called after each page. `layouts`: layouts already made
    in `style`, by journey id (the rest are laid out here). Raises ExportError when the
    setup cannot be honoured (a map that does not fit, an overlap too large).
    """
    return _render(workspace, journeys, setup=setup, tiles=tiles, file_name=file_name,
                   author=author, style=style, progress=progress, today=today,
                   layouts=layouts, handout=handout, bleed=bleed)[0]


def _render(workspace: Workspace, journeys: Sequence[Journey] | None, *,
            setup: PageSetup | None, tiles: TileSetup | None, file_name: str,
            author: str, style: Style, progress: Progress | None,
            today: dt.date | None,
            layouts: Mapping[str, JourneyLayout] | None,
            handout: bool = False, bleed: bool = False) -> tuple[bytes, int]:
    chosen = list(journeys if journeys is not None else workspace.journeys)
    if not chosen:
        raise ExportError(_t("the file has no journey to export"))
    if bleed and tiles:
        raise ExportError(_t("bleed and crop marks are for a poster on one page, not for "
                             "tiled sheets"))
    setup = setup or PageSetup()
    layouts = layouts or {}
    posters = [compose(workspace, j, setup, style=style, file_name=file_name, today=today,
                       layout=layouts.get(j.id), tiles=tiles) for j in chosen]
    for poster in posters if not tiles else ():  # a tiled poster is a form: any size will do
        if max(poster.page) > MAX_SIDE:
            raise ExportError(_t("at {0:.0f} % the poster of '{1}' would be {2}, larger than "
                                 "PDF viewers open: lower the scale, fit it to a page or tile "
                                 "it").format(poster.scale * 100, poster.journey.name,
                                              describe_size(poster.page)))
    grids = [tile_plan(p.layout, p.scale, tiles) for p in posters] if tiles else []
    total = sum(1 + g.count for g in grids) if tiles else len(posters)
    # Laid out before drawing, so that progress and the sheets' "page 3 of 12" count them.
    paper = handout_page_size(tiles.sheet if tiles else setup.page_size)
    handouts = [lay_out_handout(workspace, j, paper, today=today, style=style)
                for j in chosen] if handout else []
    total += sum(h.count for h in handouts)
    done = 0

    def page_done() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    stream = io.BytesIO()
    canvas = new_canvas(stream, posters[0].page)
    write_info(canvas, document_info(workspace, chosen, author))
    out = PdfOut(canvas)
    frames: dict[int, PrintFrame] = {}  # by page index: the posters printed with bleed
    for i, poster in enumerate(posters):
        if tiles:
            info = title_info(workspace, poster.journey, file_name, today or dt.date.today())
            _tiled(out, poster, grids[i], info, f"poster{i}", done + 1, total, style,
                   page_done)
        else:
            index = canvas.getPageNumber() - 1  # before _single ends the page
            frames[index] = _single(out, poster, style, bleed)
            page_done()
        if handouts:
            draw_handout(out, workspace, poster.journey, handouts[i].page_size,
                         handout=handouts[i], style=style, progress=page_done)
    stamp_page_boxes(canvas, frames)
    canvas.save()
    return stream.getvalue(), total


def _single(out: PdfOut, poster: Poster, style: Style, bleed: bool) -> PrintFrame:
    """The poster on a page of its own; with `bleed`, on a larger sheet with crop marks."""
    frame = PrintFrame.with_marks(poster.page) if bleed else PrintFrame(poster.page)
    out.canvas.setPageSize(frame.media)
    out.emit(f"q 1 0 0 1 {frame.slug:.3f} {frame.slug:.3f} cm")
    draw_poster(out, poster, style)
    out.emit("Q")
    if bleed:
        draw_crop_marks(out, frame)
    out.define_forms()
    out.canvas.showPage()
    return frame


def _tiled(out: PdfOut, poster: Poster, grid: TileGrid, info: TitleInfo, name: str,
           first_page: int, total: int, style: Style, page_done: Callable[[], None]) -> None:
    """The assembly sheet, with the title block and legend at the sheet's own size, then
    the sheets of the map at the poster's scale."""
    journey, layout, scale = poster.journey, poster.layout, poster.scale
    parts = define_parts(out, layout, scale, style, grid, name)
    empty = "" if layout.columns and layout.rows else _no_grid_text(journey)
    cover = Cover(journey.name, lambda width: _bands(journey, layout, info, width, 1.0, style),
                  (layout.width * scale, layout.height * scale), parts, empty)
    with map_language(journey.language):  # the instructions, the sheets' labels
        draw_assembly(out, cover, grid, first_page)
        out.define_forms()  # the legend's symbols
        out.canvas.showPage()
        page_done()
        draw_tiles(out, grid, parts, layout.height * scale, journey.name, first_page + 1,
                   total, page_done)


def export_pdf(workspace: Workspace, path: str | Path, journeys: Sequence[Journey] | None = None,
               *, setup: PageSetup | None = None, tiles: TileSetup | None = None,
               file_name: str = "", author: str = "", style: Style = PRINT_STYLE,
               progress: Progress | None = None, today: dt.date | None = None,
               layouts: Mapping[str, JourneyLayout] | None = None,
               handout: bool = False, bleed: bool = False) -> int:
    """Writes the PDF (options as for render_pdf) atomically: a failed export leaves
    no half-written file and an older one untouched. Returns the number of pages.
    Raises ExportError, or SaveError when the file cannot be written."""
    from journey_editor.fileformat.writer import write_atomically

    data, pages = _render(workspace, journeys, setup=setup, tiles=tiles, file_name=file_name,
                          author=author, style=style, progress=progress, today=today,
                          layouts=layouts, handout=handout, bleed=bleed)
    write_atomically(data, Path(path), backup=False)
    return pages


__all__ = ["MM", "PRINT_STYLE", "PageSetup", "Poster", "TileSetup", "compose", "draw_poster",
           "export_pdf", "find_journeys", "render_pdf"]
