"""Arrows on the canvas are built lazily (issue 13) yet look and behave as before.

The frozen first ConnectionItem (`_connection_item_v1`) built its painter path when
created; the new one only when first painted or hit-tested. Bounds (which the scene's
index uses), hit shapes and the pixels painted must not change.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from journey_editor.canvas.items import ConnectionItem
from journey_editor.layout.engine import lay_out
from journey_editor.layout.geometry import ConnectionPath, JourneyLayout
from journey_editor.layout.style import Style
from journey_editor.render.text import register_fonts
from journey_editor.templates import new_from_template
from tests.benchmarks.bigmap import big_workspace
from tests.gui._connection_item_v1 import OldConnectionItem
from tests.unit.test_routing_ports import _fan_in

STYLE = Style()
MakeItem = Callable[[ConnectionPath, Style], QGraphicsItem]


def _layouts() -> list[JourneyLayout]:
    return [lay_out(_fan_in()), lay_out(new_from_template("retail").journeys[0]),
            lay_out(big_workspace(2_000, 2_000).journeys[0])]


def _elements(path: QPainterPath) -> list[tuple[int, float, float]]:
    """A path's elements to the last bit (QPainterPath == compares fuzzily)."""
    return [(int(e.type.value), e.x, e.y) for e in map(path.elementAt, range(path.elementCount()))]


def _assert_same(new: QGraphicsItem, old: QGraphicsItem) -> None:
    # Qt's box of the rounded path carries up to 1e-11 of float noise from its search
    # for the curves' extremes; the new box is the exact one.
    assert new.boundingRect().getRect() == pytest.approx(old.boundingRect().getRect(),
                                                         abs=1e-9)
    assert _elements(new.shape()) == _elements(old.shape())


def test_arrows_keep_their_bounds_and_hit_shapes(qapp: object) -> None:
    paths = [path for layout in _layouts() for path in layout.connections[::20]]
    assert len(paths) > 100
    for path in paths:
        _assert_same(ConnectionItem(path, STYLE), OldConnectionItem(path, STYLE))


def test_an_arrow_given_a_new_route_takes_its_bounds_and_shape(qapp: object) -> None:
    paths = lay_out(_fan_in()).connections
    item = ConnectionItem(paths[0], STYLE)
    item.shape()  # built for the first route
    for path in paths[1:]:
        item.set_box(path)
        _assert_same(item, OldConnectionItem(path, STYLE))


def _render(layout: JourneyLayout, make: MakeItem, zoom: float, selected: str) -> QImage:
    scene = QGraphicsScene()
    for path in layout.connections:
        item = make(path, STYLE)
        scene.addItem(item)
        item.setSelected(path.id == selected)
    area = QRectF(0, 0, layout.width, layout.height)
    image = QImage(int(area.width() * zoom), int(area.height() * zoom),
                   QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image


@pytest.mark.parametrize("zoom", [2.0, 0.3], ids=["detailed", "far"])
def test_arrows_paint_as_before(qapp: object, zoom: float) -> None:
    register_fonts()
    layout = lay_out(_fan_in())
    selected = layout.connections[0].id
    new = _render(layout, ConnectionItem, zoom, selected)
    old = _render(layout, OldConnectionItem, zoom, selected)
    if zoom > 1:
        new.save("/tmp/arrows_lazy.png")
    assert new == old
    # Something was drawn: ink inside every head and on every tail dot.
    for path in layout.connections if zoom > 1 else ():
        head = [sum(p[i] for p in path.arrow) / 3 for i in (0, 1)]
        for x, y in (head, path.points[0]):
            assert QColor(new.pixel(int(x * zoom), int(y * zoom))).lightness() < 160, path.id
