"""A whole map painted from its layout, as the canvas shows it: the PNG/SVG pictures.

The same painting functions as the canvas's items, in the canvas's stacking order
(grid, zone lines, curves, arrows, cards, headers, the future-state frame), each in its
own painter state as a scene paints its items. No scene, no document: a layout, a style
and a QPainter on any device (QImage, QSvgGenerator).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from journey_editor.layout.future_frame import (
    BADGE_PADDING,
    FRAME_GAP,
    FRAME_PX,
    FRAME_RADIUS,
    FUTURE_COLOUR,
    badge_rect,
    corner_cell,
    fit_label,
)
from journey_editor.layout.geometry import JourneyLayout, Rect
from journey_editor.layout.style import Style
from journey_editor.render import painting
from journey_editor.render.text import draw_lines

# The future-state frame's colours and geometry are in layout/future_frame.py, which the
# web page draws it from too (canvas/state_badge.py and ui/journeys.py import them here).


def paint_map(painter: QPainter, layout: JourneyLayout, style: Style, *,
              future: bool = False) -> None:
    """The map in the canvas's order, cards and arrows detailed as the canvas draws them
    at the painter's zoom; `future` adds the future-state frame and badge."""
    detailed = zoom(painter) >= painting.DETAIL_ZOOM
    with _state(painter):
        painting.paint_grid(painter, layout, style)
    _each(painter, layout.zone_lines, lambda z: painting.paint_zone_line(painter, z, style))
    _each(painter, layout.curves, lambda curve: painting.paint_curve(painter, curve, style))
    _each(painter, layout.connections, lambda link: painting.paint_connection(
        painter, painting.connection_path(link), painting.arrow_polygon(link), link.tail,
        style, detailed=detailed))
    _each(painter, layout.cards.values(),
          lambda card: painting.paint_card(painter, card, style, detailed=detailed))
    _each(painter, layout.stage_headers,
          lambda header: painting.paint_header(painter, header, style, stage=True))
    _each(painter, layout.lane_headers,
          lambda header: painting.paint_header(painter, header, style, stage=False))
    if future:
        with _state(painter):
            paint_future_frame(painter, layout, style)


def _each[T](painter: QPainter, boxes: Iterable[T], paint: Callable[[T], None]) -> None:
    """Paints every box in a painter state of its own, as a scene does for its items: a
    painting function may leave pens and render hints set (antialiasing off for a far
    arrow) without changing how the next one draws."""
    for box in boxes:
        with _state(painter):
            paint(box)


@contextmanager
def _state(painter: QPainter) -> Iterator[None]:
    painter.save()
    try:
        yield
    finally:
        painter.restore()


def zoom(painter: QPainter) -> float:
    """Device pixels per layout point, as QStyleOptionGraphicsItem's level of detail
    gives it for a scaled or rotated painter."""
    return abs(painter.worldTransform().determinant()) ** 0.5


# --- the future-state frame -------------------------------------------------------------


def future_label() -> str:
    return QCoreApplication.translate("StateBadge", "Future state")


def badge_pill(corner: QRectF, label: str, size: float) -> QRectF:
    """The badge: the label on a pill centred in the corner cell."""
    cell = Rect(corner.x(), corner.y(), corner.width(), corner.height())
    return QRectF(*badge_rect(cell, label, size))


def paint_frame(painter: QPainter, area: QRectF, pill: QRectF, label: str,
                size: float) -> None:
    """A rounded frame FRAME_GAP around the map `area` and the badge in `pill`."""
    ink = QColor(FUTURE_COLOUR)
    pen = QPen(ink, FRAME_PX)
    pen.setCosmetic(True)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(area.adjusted(-FRAME_GAP, -FRAME_GAP, FRAME_GAP, FRAME_GAP),
                            FRAME_RADIUS, FRAME_RADIUS)
    height = pill.height()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawRoundedRect(pill, height / 2, height / 2)
    across, down = BADGE_PADDING
    draw_lines(painter, [label], pill.x() + across, pill.y() + down, size, True, QColor("white"))


def paint_future_frame(painter: QPainter, layout: JourneyLayout, style: Style) -> None:
    """The frame and badge of a future-state map, placed as the canvas places them."""
    label, size = fit_label(future_label(), style)
    corner = QRectF(*corner_cell(style))
    paint_frame(painter, QRectF(0, 0, layout.width, layout.height),
                badge_pill(corner, label, size), label, size)
