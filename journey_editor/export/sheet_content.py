"""What each tiled sheet draws: the part of a map's layout that reaches into the sheet.

A sheet of a 196-sheet job should cost a printer what its own part of the map costs,
not the whole map clipped. Each element of the layout (card, header, connection, curve,
zone line, grid column and row) goes to every sheet its box touches, found by
arithmetic on the grid, not by testing every sheet (a connection goes in runs of its
pieces: sheet_links); each sheet then gets a layout of its own elements only, which the
MapPainter draws.

Boxes here are (x0, y0, x1, y1), y down, in layout points; the tile grid is laid over
them times the poster's scale (its paper points).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import product
from typing import Any

from journey_editor.export.painter import MapPainter
from journey_editor.export.pdf_ops import PdfOut
from journey_editor.export.sheet_links import PAD, pieces, segments
from journey_editor.export.tiling import Cell, Span, TileGrid, TileSetup, tile_grid
from journey_editor.layout.collector import collector_paused
from journey_editor.layout.geometry import (
    ConnectionPath,
    EmotionCurve,
    JourneyLayout,
    Rect,
)
from journey_editor.layout.style import Style

EPS = 1e-6  # what tells "near the edge" from "within" safely


def _rect(r: Rect, pad: float = PAD) -> Span:
    return r.x - pad, r.y - pad, r.right + pad, r.bottom + pad


def _points(points: Any, pad: float = PAD) -> Span:
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad


def _grid_area(layout: JourneyLayout) -> Span | None:
    """The stage columns across the lane rows: lane tints and grid lines."""
    if not layout.columns or not layout.rows:
        return None
    return (min(x for x, _ in layout.columns.values()),
            min(y for y, _ in layout.rows.values()),
            max(x + w for x, w in layout.columns.values()),
            max(y + h for y, h in layout.rows.values()))


def _elements(layout: JourneyLayout, cards: bool = True) -> Iterator[tuple[str, Any, Span]]:
    """Every drawn element (but the cards, unless `cards`) with its kind and its box in
    layout points."""
    for header in layout.stage_headers:
        yield "stage", header, _rect(header.rect, 1.0)
    for header in layout.lane_headers:
        yield "lane", header, _rect(header.rect, 1.0)
    for card in layout.cards.values() if cards else ():
        yield "card", card, _rect(card.rect)
    for curve in layout.curves:
        yield "curve", curve, _rect(curve.band)
    for zone in layout.zone_lines:
        yield "zone", zone, (zone.x0 - PAD, zone.y - 2 * PAD, zone.x1 + PAD, zone.y + PAD)


def _scaled(span: Span, scale: float) -> Span:
    return span[0] * scale, span[1] * scale, span[2] * scale, span[3] * scale


def content_spans(layout: JourneyLayout, scale: float) -> list[Span]:
    """Where the map has ink, in paper points: the sheets these miss are left out. What
    lies within the grid's area adds no sheet to the area's own, so it is not listed:
    the cards, and the connections, all within it (most maps) are not gone through."""
    area = _grid_area(layout)
    if area is None:
        return [_scaled(span, scale) for span in _spans(layout, True, layout.connections)]
    cards = bool(layout.cards) and not _within(_cards_box(layout), area)
    links = _near_edge(layout.connections, area)
    spans = (span for span in _spans(layout, cards, links) if not _within(span, area))
    return [_scaled(span, scale) for span in (area, *spans)]


def _spans(layout: JourneyLayout, cards: bool, links: list[ConnectionPath]) -> list[Span]:
    """The boxes of the elements (with the cards or not) and of `links`: a connection's
    pieces, but for one all within the grid's area, whose box will do."""
    spans = [span for _, _, span in _elements(layout, cards)]
    area = _grid_area(layout)
    for link in links:
        whole = _points((*link.points, *link.arrow))
        spans += segments(link) if area is None or not _within(whole, area) else [whole]
    return spans


def _cards_box(layout: JourneyLayout) -> Span:
    """The box of every card's box (_elements')."""
    rects = [card.rect for card in layout.cards.values()]
    return (min(r.x for r in rects) - PAD, min(r.y for r in rects) - PAD,
            max(r.right for r in rects) + PAD, max(r.bottom for r in rects) + PAD)


def _near_edge(links: list[ConnectionPath], area: Span) -> list[ConnectionPath]:
    """The connections with a point (or a point of the head) within PAD of the area's
    edge or past it, in their order: the others are within the area (_spans' test),
    and this asks fewer questions than that test, of thousands."""
    inset = PAD + EPS
    x0, y0, x1, y1 = area[0] + inset, area[1] + inset, area[2] - inset, area[3] - inset
    near = {i for i, link in enumerate(links) for x, y in (*link.points, *link.arrow)
            if not (x0 < x < x1 and y0 < y < y1)}
    return [links[i] for i in sorted(near)]


def _within(span: Span, area: Span) -> bool:
    return (area[0] <= span[0] and area[1] <= span[1] and span[2] <= area[2]
            and span[3] <= area[3])


def split_layout(layout: JourneyLayout, grid: TileGrid, scale: float
                 ) -> dict[Cell, tuple[JourneyLayout, list[str]]]:
    """A layout per sheet of the grid, holding only what reaches into that sheet, and
    the routes of its connections (MapPainter's `routes`)."""
    parts: dict[Cell, dict[str, list[Any]]] = {
        cell: {"stage": [], "lane": [], "card": [], "link": [], "curve": [], "zone": []}
        for cell in grid.sheets}
    elements = list(_elements(layout))
    reaches = grid.reaches([span for _, _, span in elements], scale)
    for (kind, element, _), reach in zip(elements, reaches, strict=True):
        for cell in _cells(reach):
            if cell in parts:
                parts[cell][kind].append(element)
    h = layout.height * 10  # where the painter flips y, in its tenths of a point
    for piece in pieces(layout.connections, grid, scale, h):
        if piece[0] in parts:
            parts[piece[0]]["link"].append(piece)
    columns: list[dict[str, tuple[float, float]]] = [{} for _ in range(grid.columns)]
    for stage, (x, w) in layout.columns.items():
        for column in grid.spans(x * scale, (x + w) * scale, across=True):
            columns[column][stage] = x, w
    rows: list[dict[str, tuple[float, float]]] = [{} for _ in range(grid.rows)]
    for lane, (y, h) in layout.rows.items():
        for row in grid.spans(y * scale, (y + h) * scale, across=False):
            rows[row][lane] = y, h
    return {(row, column): (replace(
        layout, columns=columns[column], rows=rows[row], stage_headers=found["stage"],
        lane_headers=found["lane"], cards={card.id: card for card in found["card"]},
        connections=[link for _, link, _ in found["link"]], zone_lines=found["zone"],
        curves=[_trimmed(curve, grid.sheet_span(row, column), scale)
                for curve in found["curve"]]), [route for _, _, route in found["link"]])
        for (row, column), found in parts.items()}


def _cells(reach: tuple[int, int, int, int]) -> Iterable[Cell]:
    """The places of a TileGrid.reach(): rows r0..r1 by columns c0..c1."""
    r0, r1, c0, c1 = reach
    if r0 == r1 and c0 == c1:
        return ((r0, c0),)
    return product(range(r0, r1 + 1), range(c0, c1 + 1))


def _trimmed(curve: EmotionCurve, sheet: Span, scale: float) -> EmotionCurve:
    """The curve's segments and dots within the sheet's width. A curve runs left to
    right, so the segments that reach into a vertical strip are one run: the path the
    painter starts at the first of them stays continuous."""
    x0, x1 = sheet[0] / scale - PAD, sheet[2] / scale + PAD
    kept = [i for i, segment in enumerate(curve.segments)
            if min(x for x, _ in segment) <= x1 and max(x for x, _ in segment) >= x0]
    segments = curve.segments[kept[0]:kept[-1] + 1] if kept else ()
    points = tuple(p if p is not None and x0 <= p[0] <= x1 else None for p in curve.points)
    return curve._replace(segments=segments, points=points)


def define_parts(out: PdfOut, layout: JourneyLayout, scale: float, style: Style,
                 grid: TileGrid, name: str) -> dict[Cell, str]:
    """Each printed sheet's part of the map as a Form XObject, in the map's paper points
    (origin at its lower left), bounded by the sheet's image; returns their names.
    The parts are tens of thousands of new tuples (the runs of arrows, their points)
    living until their sheet is drawn, none in a reference cycle: the cyclic collector
    would go through the whole workspace on the way (40 ms of the 5,000-card map's
    300), so it waits (collector_paused)."""
    height = layout.height * scale
    names = {}
    with collector_paused():
        for (row, column), (part, routes) in split_layout(layout, grid, scale).items():
            x0, y0, x1, y1 = grid.sheet_span(row, column)
            names[row, column] = form = f"{name}r{row}c{column}"
            out.canvas.beginForm(form, x0, height - y1, x1, height - y0)
            out.emit(f"{scale:.6f} 0 0 {scale:.6f} 0 0 cm")
            MapPainter(out, style, part, routes).draw()
            out.end_form()
            out.define_forms()  # the notes and footers the part placed for the first time
    return names


def tile_plan(layout: JourneyLayout, scale: float, setup: TileSetup) -> TileGrid:
    """The sheets that print a map drawn at `scale`: over the map alone (its title block
    and legend go on the assembly sheet), without the sheets it leaves blank."""
    return tile_grid((layout.width * scale, layout.height * scale), setup,
                     content_spans(layout, scale))
