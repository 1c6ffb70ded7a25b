"""Stage and lane names kept in sight: when the view is scrolled or zoomed so that the
header row or the lane header column is cut off, their names are drawn along the top
or left edge of the viewport, as a spreadsheet freezes its panes.

The names are as large as the map draws its lane names at the current zoom (within
limits), so they read alike on a laptop and, in workshop mode, on a projector:
a facilitator focused on the fourth stage still sees which lane is which.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsView

from journey_editor.layout.geometry import HeaderBox, JourneyLayout
from journey_editor.layout.style import Style
from journey_editor.layout.textmetrics import FONT_FAMILY

FILL = QColor(47, 59, 82, 225)  # the stage header's colour, nearly opaque
INK = QColor("#ffffff")
MIN_PX, MAX_PX = 11, 28  # the names' size in pixels: readable, never a banner


class Strips(NamedTuple):
    """In viewport pixels; a strip is None while its real headers are wholly in sight."""

    stages: QRectF | None
    lanes: QRectF | None
    font_px: int
    band: float  # a strip's thickness

    def contains(self, pos: QPointF) -> bool:
        return any(strip is not None and strip.contains(pos) for strip in (self.stages, self.lanes))


def strips(view: QGraphicsView, layout: JourneyLayout, style: Style) -> Strips:
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    # As soon as the real headers are cut, not only once they are gone: a half-hidden
    # lane name ("omer goals") reads as badly as none.
    stages_cut = bool(layout.stage_headers) and visible.top() > layout.stage_headers[0].rect.y + 1
    lanes_cut = bool(layout.lane_headers) and visible.left() > layout.lane_headers[0].rect.x + 1
    font_px = round(min(MAX_PX, max(MIN_PX, style.lane_font * view.transform().m11())))
    band = font_px * 1.8
    port = QRectF(view.viewport().rect())
    left = port.left() + (band if lanes_cut else 0)
    return Strips(QRectF(left, port.top(), port.right() - left, band) if stages_cut else None,
                  QRectF(port.left(), port.top(), band, port.height()) if lanes_cut else None,
                  font_px, band)


def paint_frozen_headers(painter: QPainter, view: QGraphicsView, layout: JourneyLayout,
                         style: Style) -> None:
    """Call with the painter in scene coordinates (drawForeground); leaves it so."""
    shown = strips(view, layout, style)
    if shown.stages is None and shown.lanes is None:
        return
    painter.save()
    painter.resetTransform()  # from here on, viewport pixels
    font = QFont(FONT_FAMILY)
    font.setPixelSize(shown.font_px)
    font.setBold(True)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    if shown.stages is not None:
        _strip(painter, view, metrics, shown.stages, layout.stage_headers, horizontal=True)
    if shown.lanes is not None:
        _strip(painter, view, metrics, shown.lanes, layout.lane_headers, horizontal=False)
    painter.restore()


def _strip(painter: QPainter, view: QGraphicsView, metrics: QFontMetricsF, band: QRectF,
           headers: list[HeaderBox], *, horizontal: bool) -> None:
    painter.fillRect(band, FILL)
    painter.setPen(INK)
    for header in headers:
        span = view.mapFromScene(QRectF(*header.rect)).boundingRect()
        if horizontal:
            cell = QRectF(span.left(), band.top(), span.width(), band.height()) & band
        else:
            cell = QRectF(band.left(), span.top(), band.width(), span.height()) & band
        if cell.isEmpty():
            continue
        name = " ".join(header.text.lines)
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
