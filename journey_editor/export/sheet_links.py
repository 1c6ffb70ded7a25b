"""Connections cut to the sheets of a tiled poster (sheet_content): on each sheet, the
runs of a connection's straight pieces that reach into it, with their routes.

A long arrow is drawn in part on a dozen sheets, not whole on each. Its points and
rounded corners are formatted once (painter.tenths, painter.corners) and each run's route
is joined from them: a big map's connections cut into some 12,000 runs cost about what
its 5,000 whole connections cost on one poster.

Boxes are (x0, y0, x1, y1), y down, in layout points.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from itertools import product

from journey_editor.export.painter import corners, route, run_route, tenths
from journey_editor.export.tiling import Cell, Span, TileGrid
from journey_editor.layout.geometry import ConnectionPath

# Layout points a shape's ink reaches past its box: card shadows, stroke widths, the
# dots of the emotion curve and of connection tails.
PAD = 8.0


Piece = tuple[Cell, ConnectionPath, str]  # a sheet, the run (or the whole connection) it
# draws, and the run's route as the painter writes it (painter.route)


def segments(link: ConnectionPath) -> list[Span]:
    """The box of each straight piece of a connection, the arrow head with the last.
    (Comparisons, not min() and max(): three times faster, for thousands of arrows.)"""
    points = link.points
    boxes = []
    ax, ay = points[0]
    for bx, by in points[1:-1]:
        x0, x1 = (ax, bx) if ax <= bx else (bx, ax)
        y0, y1 = (ay, by) if ay <= by else (by, ay)
        boxes.append((x0 - PAD, y0 - PAD, x1 + PAD, y1 + PAD))
        ax, ay = bx, by
    if len(points) < 2:
        return boxes
    x0 = x1 = ax
    y0 = y1 = ay
    for x, y in (points[-1], *link.arrow):  # the last piece and the head
        if x < x0:
            x0 = x
        elif x > x1:
            x1 = x
        if y < y0:
            y0 = y
        elif y > y1:
            y1 = y
    boxes.append((x0 - PAD, y0 - PAD, x1 + PAD, y1 + PAD))
    return boxes


def pieces(links: list[ConnectionPath], grid: TileGrid, scale: float, h: float
           ) -> list[Piece]:
    """Connections cut to the places of `grid` they cross (drawn at `scale`; `h`: the
    layout's height in tenths, where the painter flips y), in the order of `links`."""
    found: list[Piece] = []
    rows, columns = grid.rows - 1, grid.columns - 1
    for link in links:
        places = grid.places(segments(link), scale)
        if not places:
            continue
        # The places the whole connection meets: those its pieces meet, together.
        rows_from, rows_to, columns_from, columns_to = zip(*places, strict=True)
        r0, r1 = max(0, math.ceil(min(rows_from))), min(rows, math.floor(max(rows_to)))
        c0, c1 = max(0, math.ceil(min(columns_from))), min(columns, math.floor(max(columns_to)))
        if r0 == r1 and c0 == c1:  # most connections: on one sheet
            found.append(((r0, c0), link, route(link.points, h)))
        else:
            found += _runs(link, places, product(range(r0, r1 + 1), range(c0, c1 + 1)), h)
    return found


def _runs(link: ConnectionPath, places: list[Span], cells: Iterable[Cell], h: float
          ) -> Iterator[Piece]:
    """On each of `cells`, the runs of the connection's segments that reach into it,
    `places` saying where each segment lies (TileGrid.places). A run's ends other than
    the connection's own lie outside the sheet by more than a rounded corner, so where
    they are cut never shows; the head and the tail dot go with the runs that hold the
    connection's ends."""
    pts = tenths(link.points, h)
    ops = corners(pts)
    last = len(places) - 1
    for cell in cells:
        row, column = cell
        first = -1  # the first segment of the run going on, -1: none
        for i, (a, b, c, d) in enumerate(places):
            if a <= row <= b and c <= column <= d:  # as ceil(a) <= row <= floor(b)
                first = i if first < 0 else first
            elif first >= 0:
                yield cell, _run(link, first, i - 1, last), run_route(pts, ops, first, i)
                first = -1
        if first >= 0:
            yield cell, _run(link, first, last, last), run_route(pts, ops, first, last + 1)


def _run(link: ConnectionPath, first: int, end: int, last: int) -> ConnectionPath:
    """Segments first..end of a connection of segments 0..last."""
    points = link.points[first:end + 2]
    # No head away from the connection's end: a point of nothing, which the painter
    # leaves out.
    arrow = link.arrow if end == last else (points[-1],) * 3
    return ConnectionPath(link.id, link.source, link.target, points, arrow,
                          link.tail if first == 0 else 0.0)
