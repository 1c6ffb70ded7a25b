"""Workshop mode's stage focus: every stage column but one washed out, that one framed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_editor.canvas.items import Z_OVERLAY

FOCUS_FRAME = "#f08c00"  # amber: reads on any projector and is no card colour
FOCUS_WASH = QColor(255, 255, 255, 175)  # the other stages fade, still legible


class StageFocusItem(QGraphicsItem):
    """Washes out every stage column but one and frames that one."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_OVERLAY - 1)  # over cards and headers, under drag feedback
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the cards
        self.area = QRectF()
        self.column = QRectF()
        self.hide()

    def set_focus(self, area: QRectF, column: QRectF | None) -> None:
        self.prepareGeometryChange()
        self.area = area
        self.column = column or QRectF()
        self.setVisible(column is not None)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self.area

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        wash = QPainterPath()
        wash.addRect(self.area)
        hole = QPainterPath()
        hole.addRect(self.column)
        painter.fillPath(wash.subtracted(hole), FOCUS_WASH)
        width = 5.0
        painter.setPen(QPen(QColor(FOCUS_FRAME), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = width / 2  # the frame stays inside the column, so inside the bounds
        painter.drawRect(self.column.adjusted(half, half, -half, -half))
