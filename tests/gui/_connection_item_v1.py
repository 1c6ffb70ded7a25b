"""FROZEN ORACLE: canvas ConnectionItem and painting.connection_path as of commit 6f54c27,
before arrows were built lazily (issue 13). test_routing_speed.py compares the new item's
bounding rect and shape with this one's; bench_routing.py times both. Do not edit."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_editor.layout.geometry import ConnectionPath
from journey_editor.layout.style import Style
from journey_editor.render import painting


def connection_path(path: ConnectionPath) -> QPainterPath:
    points = [QPointF(*p) for p in path.points]
    out = QPainterPath(points[0])
    for before, corner, after in zip(points, points[1:], points[2:], strict=False):
        out.lineTo(_towards(corner, before, 5))
        out.quadTo(corner, _towards(corner, after, 5))
    out.lineTo(points[-1])
    return out


def _towards(a: QPointF, b: QPointF, distance: float) -> QPointF:
    line = b - a
    length = max((line.x() ** 2 + line.y() ** 2) ** 0.5, 1e-6)
    step = min(distance, length / 2) / length
    return a + line * step


class OldConnectionItem(QGraphicsItem):
    """The item as it was: route, arrow and bounds built in __init__."""

    def __init__(self, box: ConnectionPath, style: Style) -> None:
        super().__init__()
        self.item_id = box.id
        self.box = box
        self.style = style
        self.setZValue(3)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.route = connection_path(box)
        self.arrow = painting.arrow_polygon(box)
        self.bounds = self.route.boundingRect().adjusted(-6, -6, 6, 6)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self.bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        return stroker.createStroke(self.route)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        zoom = option.levelOfDetailFromTransform(painter.worldTransform())
        painting.paint_connection(painter, self.route, self.arrow, self.box.tail, self.style,
                                  selected=self.isSelected(), detailed=zoom >= 0.35)
