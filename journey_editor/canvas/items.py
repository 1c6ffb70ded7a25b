"""Graphics items: each holds an id and the layout box it was given, and paints it.

Items never hold model data and never change the model: gestures on them are
turned into commands by the scene's interactions.
"""

from __future__ import annotations

from typing import Any, Literal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_editor.layout.geometry import (
    CardBox,
    ConnectionPath,
    EmotionCurve,
    HeaderBox,
    JourneyLayout,
    ZoneLine,
)
from journey_editor.layout.style import Style
from journey_editor.render import painting
from journey_editor.render.painting import DETAIL_ZOOM

HANDLE_RADIUS = 6.0
LINK_MARGIN = 6.0  # an arrow's bounds around its route: room for its head and tail dot

Z_GRID, Z_ZONE, Z_CURVE, Z_LINK, Z_CARD, Z_HEADER, Z_OVERLAY = 0, 1, 2, 3, 4, 5, 10
# Looked up once: the enum lookup is a noticeable part of creating 20,000 arrows.
SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
# Each lookup and each call is a few microseconds, 20,000 times over when a map opens.
DRAGGABLE = SELECTABLE | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
TEXT_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


class BoxItem(QGraphicsItem):
    """Common part: an id, a box from the layout, and the style to paint it with."""

    def __init__(self, item_id: str, box: Any, style: Style) -> None:
        super().__init__()
        self.item_id = item_id
        self.box = box
        self.style = style
        self.box_changed()

    def set_box(self, box: Any) -> None:
        if box != self.box:
            self.prepareGeometryChange()
            self.box = box
            self.box_changed()
            self.update()

    def box_changed(self) -> None:
        """What the item keeps of its box made again (Qt asks a card's bounding
        rectangle some 8,000 times a frame on a big map: made once, not each time)."""


class GridItem(BoxItem):
    def __init__(self, layout: JourneyLayout, style: Style) -> None:
        super().__init__("grid", layout, style)
        self.setZValue(Z_GRID)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self.box.width, self.box.height)

    def set_box(self, box: Any) -> None:
        """Repaints (the whole map) only when the grid itself changed, not its cards."""
        old, self.box = self.box, box
        if _grid(box) != _grid(old):
            self.prepareGeometryChange()
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painting.paint_grid(painter, self.box, self.style)


def _grid(layout: JourneyLayout) -> tuple[object, ...]:
    """What `painting.paint_grid` draws from."""
    return layout.width, layout.height, layout.columns, layout.rows, layout.lane_fills


class HeaderItem(BoxItem):
    """A stage (column) or lane (row) header: select, rename, drag to reorder, resize."""

    def __init__(self, kind: Literal["stage", "lane"], box: HeaderBox, style: Style) -> None:
        super().__init__(box.id, box, style)
        self.kind = kind
        self.setZValue(Z_HEADER)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return painting.qrect(self.box.rect)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painting.paint_header(painter, self.box, self.style, stage=self.kind == "stage",
                              selected=self.isSelected())

    def on_resize_edge(self, pos: QPointF) -> bool:
        """Whether a point is on the edge that resizes: a stage's right, a lane's bottom."""
        rect = self.box.rect
        if self.kind == "stage":
            return abs(pos.x() - rect.right) <= 5
        return abs(pos.y() - rect.bottom) <= 5

    def hoverMoveEvent(self, event: Any) -> None:  # noqa: N802
        shape = (Qt.CursorShape.SizeHorCursor if self.kind == "stage"
                 else Qt.CursorShape.SizeVerCursor)
        self.setCursor(shape if self.on_resize_edge(event.pos()) else Qt.CursorShape.ArrowCursor)


class CardItem(BoxItem):
    def __init__(self, box: CardBox, style: Style) -> None:
        super().__init__(box.id, box, style)
        self.setZValue(Z_CARD)
        self.setFlags(DRAGGABLE)
        # A card's text is the costliest thing to draw; at a steady zoom it is drawn once
        # into a pixmap (measured: 100 % repaint of a 5,000-card map 39 ms -> 9 ms).
        self.setCacheMode(TEXT_CACHE)
        self.setAcceptHoverEvents(True)
        self.hovered = False
        self.dimmed = False
        self.mark: str | None = None  # outline colour of a compare result, if any
        self.heat: str | None = None  # fill colour of the heat overlay, if any

    def box_changed(self) -> None:
        # Room for the selection outline, the shadow and the connect handle.
        self.bounds = painting.qrect(self.box.rect).adjusted(-2, -2, HANDLE_RADIUS + 2, 3)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.bounds

    def handle_center(self) -> QPointF:
        rect = self.box.rect
        return QPointF(rect.right, rect.y + rect.h / 2)

    def on_handle(self, pos: QPointF) -> bool:
        delta = pos - self.handle_center()
        return delta.x() ** 2 + delta.y() ** 2 <= (HANDLE_RADIUS + 2) ** 2

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        zoom = option.levelOfDetailFromTransform(painter.worldTransform())
        painting.paint_card(painter, self.box, self.style, selected=self.isSelected(),
                            detailed=zoom >= DETAIL_ZOOM, dimmed=self.dimmed, heat=self.heat)
        if self.mark is not None:
            painting.paint_mark(painter, self.box, self.mark)
        if (self.hovered or self.isSelected()) and zoom >= DETAIL_ZOOM:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(painting.color(painting.SELECTION))
            painter.drawEllipse(self.handle_center(), HANDLE_RADIUS - 2, HANDLE_RADIUS - 2)

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802
        super().mousePressEvent(_shift_as_ctrl(event))

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802
        super().mouseReleaseEvent(_shift_as_ctrl(event))

    def hoverEnterEvent(self, event: Any) -> None:  # noqa: N802
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: Any) -> None:  # noqa: N802
        self.hovered = False
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.update()

    def hoverMoveEvent(self, event: Any) -> None:  # noqa: N802
        on = self.on_handle(event.pos())
        self.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor)


def _shift_as_ctrl(event: Any) -> Any:
    """Shift adds to the selection as Ctrl does, as in most desktop editors."""
    if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)
    return event


class ConnectionItem(BoxItem):
    """An arrow. Its bounds come from the layout's points; its painter path and head are
    made when first painted or hit-tested: opening a map creates every arrow but paints
    only those in view (building all 20,000 paths up front took ~1.5 s)."""

    def __init__(self, box: ConnectionPath, style: Style) -> None:
        super().__init__(box.id, box, style)
        self.setZValue(Z_LINK)
        self.setFlag(SELECTABLE)

    def box_changed(self) -> None:
        self.bounds = painting.connection_bounds(self.box, LINK_MARGIN)
        self._route: QPainterPath | None = None
        self._arrow: QPolygonF | None = None

    @property
    def route(self) -> QPainterPath:
        if self._route is None:  # built once per layout, not per paint
            self._route = painting.connection_path(self.box)
        return self._route

    @property
    def arrow(self) -> QPolygonF:
        if self._arrow is None:
            self._arrow = painting.arrow_polygon(self.box)
        return self._arrow

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        return stroker.createStroke(self.route)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        zoom = option.levelOfDetailFromTransform(painter.worldTransform())
        painting.paint_connection(painter, self.route, self.arrow, self.box.tail, self.style,
                                  selected=self.isSelected(), detailed=zoom >= DETAIL_ZOOM)


class CurveItem(BoxItem):
    def __init__(self, box: EmotionCurve, style: Style) -> None:
        super().__init__(box.lane, box, style)
        self.setZValue(Z_CURVE)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return painting.qrect(self.box.band).adjusted(-8, -8, 8, 8)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painting.paint_curve(painter, self.box, self.style)


class ZoneItem(BoxItem):
    def __init__(self, box: ZoneLine, style: Style) -> None:
        super().__init__(f"zone-{box.y}", box, style)
        self.setZValue(Z_ZONE)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(self.box.x0, self.box.y - 7, self.box.x1 - self.box.x0, 14)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painting.paint_zone_line(painter, self.box, self.style)
