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

FILL = QColor(47, 59, 82)  # the stage header's colour, opaque: cards must not show through names
INK = QColor("#ffffff")
MIN_PX, MAX_PX = 11, 28  # the names' size in pixels: readable, never a banner
COLUMN_EMS = 8  # the lane strip's width, in the names' font size


class Strips(NamedTuple):
    """In viewport pixels; a strip is None while its real headers are wholly in sight."""

    stages: QRectF | None
    lanes: QRectF | None
    font_px: int
    band: float  # the stage strip's height
    column: float  # the lane strip's width: names written across it, never turned


    def contains(self, pos: QPointF) -> bool:
        return any(strip is not None and strip.contains(pos) for strip in (self.stages, self.lanes))


def strips(view: QGraphicsView, layout: JourneyLayout, style: Style) -> Strips:
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    # As soon as the real headers are cut, not only once they are gone: a half-hidden
    # lane name ("omer goals") reads as badly as none.
    stages_cut = bool(layout.stage_headers) and visible.top() > layout.stage_headers[0].rect.y + 1
    lanes_cut = bool(layout.lane_headers) and visible.left() > layout.lane_headers[0].rect.x + 1
    zoom = view.transform().m11()
    font_px = round(min(MAX_PX, max(MIN_PX, style.lane_font * zoom)))
    # Where the real headers end on screen: a strip covers what is left of them, so that
    # no cut-off name ("edia") shows beside it.
    ends = view.mapFromScene(QPointF(style.lane_header_width, style.stage_header_height))
    band = max(font_px * 1.8, float(ends.y()))
    # Room for a short word or two per line; longer names wrap, the tooltip has them whole.
    column = max(min(style.lane_header_width * zoom, font_px * COLUMN_EMS), float(ends.x()))
    port = QRectF(view.viewport().rect())
    left = port.left() + (column if lanes_cut else 0)
    return Strips(QRectF(left, port.top(), port.right() - left, band) if stages_cut else None,
                  QRectF(port.left(), port.top(), column, port.height()) if lanes_cut else None,
                  font_px, band, column)


def header_at(view: QGraphicsView, layout: JourneyLayout, shown: Strips,
              pos: QPointF) -> HeaderBox | None:
    """The stage or lane whose strip cell is under `pos` (viewport px)."""
    for strip, headers, horizontal in ((shown.stages, layout.stage_headers, True),
                                       (shown.lanes, layout.lane_headers, False)):
        if strip is None or not strip.contains(pos):
            continue
        for header in headers:
            span = view.mapFromScene(QRectF(*header.rect)).boundingRect()
            if (span.left() <= pos.x() <= span.right()) if horizontal \
                    else (span.top() <= pos.y() <= span.bottom()):
                return header
    return None


def name_of(header: HeaderBox) -> str:
    """A header's whole name, as its wrapped lines hold it."""
    return " ".join(header.text.lines)


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
        name = name_of(header)
        if horizontal:
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, cell.width() - 8)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
        else:  # across, wrapped into the lines the lane's height has room for
            inner = cell.adjusted(6, 4, -4, -4)
            lines = _wrapped(metrics, name, inner.width(), max(1, int(inner.height()
                                                                     // metrics.lineSpacing())))
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             "\n".join(lines))


def _wrapped(metrics: QFontMetricsF, text: str, width: float, most: int) -> list[str]:
    """Words into at most `most` lines of `width`; what does not fit ends in an ellipsis."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > most:
        lines = [*lines[:most - 1], " ".join(lines[most - 1:])]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
