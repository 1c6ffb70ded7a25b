"""A future-state map says so: a coloured frame around the whole map and a "Future state"
badge in its top-left corner (the empty cell above the lane names), so that nobody in
the room mistakes the plan for today's journey. A current-state map shows neither.

The frame's pen is cosmetic: a few pixels wide at any zoom, visible even when the whole
map is fitted small; the badge's text is as large as the corner cell allows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journey_editor.canvas.items import Z_HEADER
from journey_editor.canvas.text import draw_lines
from journey_editor.layout import textmetrics
from journey_editor.layout.geometry import JourneyLayout
from journey_editor.layout.style import Style

FUTURE_COLOUR = "#0097a7"  # apart from the compare outlines, selection and header colours
FRAME_PX = 4  # the frame's width on screen
FRAME_GAP = 8.0  # points between the map's edge and the frame
BADGE_MAX_FONT, BADGE_MIN_FONT = 18.0, 8.0


def future_label() -> str:
    return QCoreApplication.translate("StateBadge", "Future state")


class StateFrame(QGraphicsItem):
    """Drawn from the journey's state, which the scene passes in on every layout."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_HEADER + 0.5)  # over the headers: the badge sits in their corner
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.map = QRectF()
        self.corner = QRectF()
        self.label = ""
        self.font_size = BADGE_MAX_FONT
        self.hide()

    def show_state(self, state: str, layout: JourneyLayout, style: Style) -> None:
        self.setVisible(state == "future")
        area = QRectF(0, 0, layout.width, layout.height)
        if area == self.map and self.label:
            return  # as it is: an edit of a card must not repaint the whole map
        self.prepareGeometryChange()
        self.map = area
        self.corner = QRectF(0, 0, style.lane_header_width, style.stage_header_height)
        self.label, self.font_size = self._fit(future_label(), style)
        self.setToolTip(QCoreApplication.translate(
            "StateBadge", "Future state: a plan for the journey, not today's journey"))
        self.update()

    def _fit(self, text: str, style: Style) -> tuple[str, float]:
        """The largest size at which the label fits the corner on one line (elided when
        even the smallest does not)."""
        room = style.lane_header_width - 2 * style.cell_padding - 12  # the pill's own padding
        size = BADGE_MAX_FONT
        while size > BADGE_MIN_FONT and textmetrics.text_width(text, size, True) > room:
            size -= 1
        return textmetrics.elide(text, room, size, True), size

    def boundingRect(self) -> QRectF:  # noqa: N802
        # The gap and room for the cosmetic pen down to about 25 % zoom.
        reach = FRAME_GAP + 4 * FRAME_PX
        return self.map.adjusted(-reach, -reach, reach, reach)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        ink = QColor(FUTURE_COLOUR)
        pen = QPen(ink, FRAME_PX)
        pen.setCosmetic(True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.map.adjusted(-FRAME_GAP, -FRAME_GAP, FRAME_GAP, FRAME_GAP),
                                6, 6)
        self._paint_badge(painter, ink)

    def pill(self) -> QRectF:
        """The badge, centred in the corner cell."""
        height = textmetrics.line_height(self.font_size) + 8
        width = textmetrics.text_width(self.label, self.font_size, True) + 12
        return QRectF(self.corner.center().x() - width / 2,
                      self.corner.center().y() - height / 2, width, height)

    def shape(self) -> QPainterPath:
        # Only the badge: the frame spans the map, and its tooltip must not cover the
        # cards' own, nor clicks and hovers find it anywhere on the map.
        path = QPainterPath()
        path.addRect(self.pill())
        return path

    def _paint_badge(self, painter: QPainter, ink: QColor) -> None:
        pill = self.pill()
        height = pill.height()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        draw_lines(painter, [self.label], pill.x() + 6, pill.y() + 4, self.font_size, True,
                   QColor("white"))
