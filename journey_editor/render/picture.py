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

from journey_editor.layout import textmetrics
from journey_editor.layout.geometry import JourneyLayout
from journey_editor.layout.style import Style
from journey_editor.render import painting
from journey_editor.render.text import draw_lines

FUTURE_COLOUR = "#0097a7"  # apart from the compare outlines, selection and header colours
FRAME_PX = 4  # the frame's width on screen (a cosmetic pen)
FRAME_GAP = 8.0  # points between the map's edge and the frame
BADGE_MAX_FONT, BADGE_MIN_FONT = 18.0, 8.0


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


def fit_label(text: str, style: Style) -> tuple[str, float]:
    """The largest size at which the badge's label fits the corner cell on one line
    (elided when even the smallest does not), and that size."""
    room = style.lane_header_width - 2 * style.cell_padding - 12  # the pill's own padding
    size = BADGE_MAX_FONT
    while size > BADGE_MIN_FONT and textmetrics.text_width(text, size, True) > room:
        size -= 1
    return textmetrics.elide(text, room, size, True), size


def badge_pill(corner: QRectF, label: str, size: float) -> QRectF:
    """The badge: the label on a pill centred in the corner cell."""
    height = textmetrics.line_height(size) + 8
    width = textmetrics.text_width(label, size, True) + 12
    return QRectF(corner.center().x() - width / 2, corner.center().y() - height / 2,
                  width, height)


def paint_frame(painter: QPainter, area: QRectF, pill: QRectF, label: str,
                size: float) -> None:
    """A rounded frame FRAME_GAP around the map `area` and the badge in `pill`."""
    ink = QColor(FUTURE_COLOUR)
    pen = QPen(ink, FRAME_PX)
    pen.setCosmetic(True)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(area.adjusted(-FRAME_GAP, -FRAME_GAP, FRAME_GAP, FRAME_GAP), 6, 6)
    height = pill.height()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawRoundedRect(pill, height / 2, height / 2)
    draw_lines(painter, [label], pill.x() + 6, pill.y() + 4, size, True, QColor("white"))


def paint_future_frame(painter: QPainter, layout: JourneyLayout, style: Style) -> None:
    """The frame and badge of a future-state map, placed as the canvas places them."""
    label, size = fit_label(future_label(), style)
    corner = QRectF(0, 0, style.lane_header_width, style.stage_header_height)
    paint_frame(painter, QRectF(0, 0, layout.width, layout.height),
                badge_pill(corner, label, size), label, size)
