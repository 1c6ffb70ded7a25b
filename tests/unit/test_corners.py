"""An arrow turns its corners at the same points on the canvas (and PNG/SVG) and on the
web page: both painters take them from layout.corners."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from PySide6.QtGui import QPainterPath

from journey_editor.export.html_svg import route
from journey_editor.layout.corners import towards
from journey_editor.layout.engine import DEFAULT_STYLE, lay_out
from journey_editor.layout.routing import ROUTE_CORNER
from journey_editor.render.painting import connection_path
from journey_editor.templates import new_from_template


def test_a_corner_is_rounded_from_route_corner_before_and_after_it() -> None:
    assert towards(40.0, 0.0, (0.0, 0.0)) == pytest.approx((40 - ROUTE_CORNER, 0))
    assert towards(40.0, 0.0, (40.0, 30.0)) == pytest.approx((40, ROUTE_CORNER))


def test_a_short_side_is_rounded_from_its_middle() -> None:
    assert towards(4.0, 0.0, (0.0, 0.0)) == pytest.approx((2, 0))  # a 4 pt side: halfway
    assert towards(4.0, 30.0, (4.0, 28.0)) == pytest.approx((4, 29))


def test_the_web_page_draws_every_arrow_through_the_canvass_points() -> None:
    layout = lay_out(new_from_template("retail", "en").journeys[0], DEFAULT_STYLE)
    bent = [link for link in layout.connections if len(link.points) > 2]
    assert bent, "the retail map has no arrow with a corner"
    for link in layout.connections:
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", route(link.points))]
        page = list(zip(numbers[::2], numbers[1::2], strict=True))
        # M, then per corner L start, Q corner end, then L: the corners are the layout's.
        assert _flat(page[2:-1:3]) == pytest.approx(_flat(link.points[1:-1]), abs=0.006)
        on_page = [page[0], *(p for i, p in enumerate(page[1:-1]) if i % 3 != 1), page[-1]]
        canvas = _steps(_on_path(connection_path(link)))
        assert _flat(_steps(on_page)) == pytest.approx(_flat(canvas), abs=0.006)


def _on_path(path: QPainterPath) -> list[tuple[float, float]]:
    """The points a QPainterPath passes through: the ends of its lines and curves (Qt
    keeps a quadratic as a cubic, whose two control points are left out)."""
    kinds = QPainterPath.ElementType
    elements = [path.elementAt(i) for i in range(path.elementCount())]
    return [(e.x, e.y) for i, e in enumerate(elements)
            if e.type in (kinds.MoveToElement, kinds.LineToElement)
            or (e.type == kinds.CurveToDataElement and elements[i - 1].type
                == kinds.CurveToDataElement)]


def _steps(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Without a line to where it already is (Qt adds none)."""
    return [p for i, p in enumerate(points)
            if not i or abs(p[0] - points[i - 1][0]) + abs(p[1] - points[i - 1][1]) > 0.02]


def _flat(points: Sequence[tuple[float, float]]) -> list[float]:
    return [v for point in points for v in point]
