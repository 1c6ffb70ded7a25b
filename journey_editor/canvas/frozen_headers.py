"""Stage and lane names kept in sight: when the view is scrolled or zoomed so that the
header row or the lane header column is out of the window, their names are drawn
along the top or left edge of the viewport, as a spreadsheet freezes its panes.

Drawn in the view's foreground, in screen pixels, so they are readable at any zoom:
a facilitator focused on the fourth stage still sees which lane is which.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsView

from journey_editor.layout.textmetrics import FONT_FAMILY
from journey_editor.layout.geometry import HeaderBox, JourneyLayout

BAND = 22.0  # px: the height of the stage strip, the width of the lane strip
FILL = QColor(47, 59, 82, 225)  # the stage header's colour, nearly opaque
INK = QColor("#ffffff")


def strips(view: QGraphicsView, layout: JourneyLayout) -> tuple[QRectF | None, QRectF | None]:
    """The stage strip and the lane strip in viewport pixels; None where the real
    headers are in sight."""
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    stages_hidden = bool(layout.stage_headers) and (
        visible.top() > layout.stage_headers[0].rect.bottom)
    lanes_hidden = bool(layout.lane_headers) and (
        visible.left() > layout.lane_headers[0].rect.right)
    port = QRectF(view.viewport().rect())
    left = port.left() + (BAND if lanes_hidden else 0)
    stage_band = QRectF(left, port.top(), port.right() - left, BAND) if stages_hidden else None
    lane_band = QRectF(port.left(), port.top(), BAND, port.height()) if lanes_hidden else None
    return stage_band, lane_band


def paint_frozen_headers(painter: QPainter, view: QGraphicsView, layout: JourneyLayout) -> None:
    """Call with the painter in scene coordinates (drawForeground); leaves it so."""
    stage_band, lane_band = strips(view, layout)
    if stage_band is None and lane_band is None:
        return
    painter.save()
    painter.resetTransform()  # from here on, viewport pixels
    font = QFont(FONT_FAMILY)
    font.setPixelSize(12)
    font.setBold(True)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    if stage_band is not None:
        _strip(painter, view, metrics, stage_band, layout.stage_headers, horizontal=True)
    if lane_band is not None:
        _strip(painter, view, metrics, lane_band, layout.lane_headers, horizontal=False)
    painter.restore()


def _strip(painter: QPainter, view: QGraphicsView, metrics: QFontMetricsF, band: QRectF,
           headers: list[HeaderBox], *, horizontal: bool) -> None:
    painter.fillRect(band, FILL)
    painter.setPen(INK)
    for header in headers:
        rect = QRectF(*header.rect)
        span = view.mapFromScene(rect).boundingRect()
        if horizontal:
            cell = QRectF(span.left(), band.top(), span.width(), band.height()) & band
        else:
            cell = QRectF(band.left(), span.top(), band.width(), span.height()) & band
        if cell.isEmpty():
            continue
        name = " ".join(header.text.lines).replace("\u2026 ", " ")
        if horizontal:
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, cell.width() - 8)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
        else:  # written upwards along the left edge, as on a spreadsheet's side
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, cell.height() - 8)
            painter.save()
            painter.translate(cell.center())
            painter.rotate(-90)
            painter.drawText(QRectF(-cell.height() / 2, -cell.width() / 2, cell.height(),
                                    cell.width()), Qt.AlignmentFlag.AlignCenter, text)
            painter.restore()
