"""A future-state map says so: a coloured frame around the whole map and a "Future state"
badge in its top-left corner (the empty cell above the lane names), so that nobody in
the room mistakes the plan for today's journey. A current-state map shows neither.

The frame's pen is cosmetic: a few pixels wide at any zoom, visible even when the whole
map is fitted small; the badge's text is as large as the corner cell allows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_editor.canvas.items import Z_HEADER
from journey_editor.layout.geometry import JourneyLayout
from journey_editor.layout.style import Style
from journey_editor.render.picture import (
    FRAME_GAP,
    FRAME_PX,
    badge_pill,
    fit_label,
    future_label,
    paint_frame,
)


class StateFrame(QGraphicsItem):
    """Drawn from the journey's state, which the scene passes in on every layout."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_HEADER + 0.5)  # over the headers: the badge sits in their corner
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.map = QRectF()
        self.corner = QRectF()
        self.label = ""
        self.font_size = 0.0
        self.hide()

    def show_state(self, state: str, layout: JourneyLayout, style: Style) -> None:
        self.setVisible(state == "future")
        area = QRectF(0, 0, layout.width, layout.height)
        if area == self.map and self.label:
            return  # as it is: an edit of a card must not repaint the whole map
        self.prepareGeometryChange()
        self.map = area
        self.corner = QRectF(0, 0, style.lane_header_width, style.stage_header_height)
        self.label, self.font_size = fit_label(future_label(), style)
        self.setToolTip(QCoreApplication.translate(
            "StateBadge", "Future state: a plan for the journey, not today's journey"))
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        # The gap and room for the cosmetic pen down to about 25 % zoom.
        reach = FRAME_GAP + 4 * FRAME_PX
        return self.map.adjusted(-reach, -reach, reach, reach)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        paint_frame(painter, self.map, self.pill(), self.label, self.font_size)

    def pill(self) -> QRectF:
        """The badge, centred in the corner cell."""
        return badge_pill(self.corner, self.label, self.font_size)

    def shape(self) -> QPainterPath:
        # Only the badge: the frame spans the map, and its tooltip must not cover the
        # cards' own, nor clicks and hovers find it anywhere on the map.
        path = QPainterPath()
        path.addRect(self.pill())
        return path
