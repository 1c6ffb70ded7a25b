"""Where an arrow's rounded corners begin and end, for every painter that draws one
(the canvas and PNG/SVG in render/painting.py, the web page in export/html_svg.py): a
route is a polyline whose corners are drawn as quadratics from `towards(corner, the
point before)` to `towards(corner, the point after)`, so all of them round it alike.
Plain floats, no Qt."""

from __future__ import annotations

from journey_editor.layout.geometry import Point
from journey_editor.layout.routing import ROUTE_CORNER


def towards(x: float, y: float, to: Point) -> Point:
    """The point ROUTE_CORNER from (x, y) towards `to`, or halfway on a short side."""
    dx, dy = to[0] - x, to[1] - y
    length = max((dx ** 2 + dy ** 2) ** 0.5, 1e-6)
    step = min(ROUTE_CORNER, length / 2) / length
    return x + dx * step, y + dy * step
