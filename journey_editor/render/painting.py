"""QPainter drawing of layout geometry: cards, headers, grid, arrows, the emotion curve.

Items on the canvas and the PNG/SVG exports (render.picture) call these, so the window
and the images look the same. Everything is drawn from a `JourneyLayout`; nothing here
measures text or decides a position.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from journey_editor.layout import badges, textmetrics
from journey_editor.layout.badges import BADGE_INK, BADGE_TEXT, Badge, badge_diameter
from journey_editor.layout.corners import towards
from journey_editor.layout.geometry import (
    CardBox,
    ConnectionPath,
    EmotionCurve,
    HeaderBox,
    JourneyLayout,
    Rect,
    TextBlock,
    ZoneLine,
)
from journey_editor.layout.style import (
    CARD_CORNER,
    CURVE_MIDLINE_INK,
    FACE_EYE_RISE,
    FACE_EYE_SPREAD,
    FACE_MOUTH_BEND,
    FACE_MOUTH_DROP,
    FACE_MOUTH_HALF,
    SHADOW_ALPHA,
    SHADOW_OFFSET,
    STAGE_SUBTITLE_INK,
    ZONE_LABEL_INK,
    ZONE_LINE_INK,
    Style,
    emotion_ink,
    footer_marks,
)
from journey_editor.render.pictures import paint_picture
from journey_editor.render.text import draw_lines

SELECTION = "#2f6fed"
# Below this zoom a card is drawn as a plain rectangle and an arrow as a bare line: text
# would be unreadable and drawing it costs most of a fit-to-window repaint
# (docs/ARCHITECTURE.md, known traps). Pictures that small (template thumbnails) are
# drawn the same way.
DETAIL_ZOOM = 0.35


@cache
def color(hex_code: str) -> QColor:
    return QColor(hex_code)


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def draw_block(painter: QPainter, block: TextBlock, ink: str) -> None:
    if block.align == "left" and not textmetrics.any_rtl(block.lines, block.bold):
        draw_lines(painter, list(block.lines), block.x, block.y, block.size, block.bold,
                   color(ink), block.line_height)
        return
    for i, line in enumerate(block.lines):  # centred, or right to left at the right
        x = block.x + textmetrics.line_offset(line, block.width, block.size, block.bold,
                                              block.align)
        draw_lines(painter, [line], x, block.y + i * block.line_height,
                   block.size, block.bold, color(ink), block.line_height)


def paint_card(painter: QPainter, box: CardBox, style: Style, *, selected: bool = False,
               detailed: bool = True, dimmed: bool = False, heat: str | None = None) -> None:
    """A sticky note. `detailed` False (far zoom) draws only the note's shape; `heat`
    (a heat overlay's colour) replaces the card's own fill."""
    rect = qrect(box.rect)
    fill = QColor(color(heat or box.fill))
    if dimmed:
        fill.setAlpha(90)
    if not detailed:
        painter.fillRect(rect, fill)
        if selected:
            pen = QPen(color(SELECTION), 2)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, SHADOW_ALPHA))
    painter.drawRoundedRect(rect.translated(*SHADOW_OFFSET), CARD_CORNER, CARD_CORNER)
    edge = QPen(color(SELECTION), 2.2) if selected else QPen(
        color(style.card_edge) if style.card_edge else fill.darker(130), 0.8 * style.line_scale)
    painter.setPen(edge)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, CARD_CORNER, CARD_CORNER)
    draw_block(painter, box.title, style.muted_text if dimmed else style.text_color)
    if box.picture is not None:
        paint_picture(painter, box.picture, faded=dimmed)
    if box.footer is not None and not dimmed:
        _paint_footer(painter, box, style)


def paint_mark(painter: QPainter, box: CardBox, ink: str) -> None:
    """A thick outline around a card: how the compare view marks what changed."""
    pen = QPen(color(ink), 3)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(qrect(box.rect).adjusted(-2, -2, 2, 2), 5, 5)


def _paint_footer(painter: QPainter, box: CardBox, style: Style) -> None:
    assert box.footer is not None
    f = box.footer
    size = style.small_font
    x = f.x
    if box.emotion is not None:
        x = _paint_emotion(painter, box.emotion, f, style) + 4
    for mark, ink in footer_marks(box.key, box.inconsistent, box.status, style):
        draw_lines(painter, [mark], x, f.y + 1, size + 1, True, color(ink),
                   textmetrics.line_height(size + 1))
        x += textmetrics.text_width(mark, size + 1, True) + 3
    _paint_votes(painter, box, style)


def emotion_color(value: float, style: Style) -> QColor:
    return color(emotion_ink(value, style))


def _paint_emotion(painter: QPainter, value: int, footer: Rect, style: Style) -> float:
    """A small face: the mouth bends with the score; the signed score beside it."""
    d = footer.h - 2
    face = QRectF(footer.x, footer.y + 1, d, d)
    painter.setPen(QPen(emotion_color(value, style).darker(120), 0.8))
    painter.setBrush(emotion_color(value, style).lighter(150))
    painter.drawEllipse(face)
    cx, cy = face.center().x(), face.center().y()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth_y = cy + d * FACE_MOUTH_DROP
    mouth = QPainterPath(QPointF(cx - d * FACE_MOUTH_HALF, mouth_y))
    mouth.quadTo(QPointF(cx, mouth_y + value * d * FACE_MOUTH_BEND),
                 QPointF(cx + d * FACE_MOUTH_HALF, mouth_y))
    painter.drawPath(mouth)
    for dx in (-FACE_EYE_SPREAD, FACE_EYE_SPREAD):
        painter.drawPoint(QPointF(cx + dx * d, cy - d * FACE_EYE_RISE))
    label = f"{value:+d}" if value else "0"
    draw_lines(painter, [label], face.right() + 2, footer.y + 1, style.small_font, True,
               emotion_color(value, style).darker(130), textmetrics.line_height(style.small_font))
    return face.right() + 2 + textmetrics.text_width(label, style.small_font, True)


def vote_badge(box: CardBox, style: Style, zoom: float) -> Badge | None:
    """The dot-vote badge a card shows at a zoom (None without votes): the count on a
    disc at least badges.MIN_SCREEN_PX on screen, clear of the connect handle."""
    if not box.votes or box.footer is None:
        return None
    diameter = badge_diameter(box.footer.h, box.rect.h, zoom)
    return badges.vote_badge(box.footer, box.votes, diameter, box.rect.bottom)


def _paint_votes(painter: QPainter, box: CardBox, style: Style) -> None:
    transform = painter.worldTransform()  # the zoom the card is drawn at (or its export)
    badge = vote_badge(box, style, (transform.m11() ** 2 + transform.m12() ** 2) ** 0.5)
    if badge is None:
        return
    painter.setPen(QPen(QColor("white"), 1.0))
    painter.setBrush(color(BADGE_INK))
    r = badge.rect
    painter.drawRoundedRect(qrect(r), r.h / 2, r.h / 2)
    top = badge.baseline - textmetrics.ascent(badge.size)
    draw_lines(painter, [badge.label], badge.text_x, top, badge.size, True, color(BADGE_TEXT))


def paint_header(painter: QPainter, header: HeaderBox, style: Style, *, stage: bool,
                 selected: bool = False) -> None:
    rect = qrect(header.rect)
    painter.fillRect(rect, color(header.fill))
    ink = style.header_text if stage else style.text_color
    draw_block(painter, header.text, ink)
    if header.subtitle is not None:
        draw_block(painter, header.subtitle, STAGE_SUBTITLE_INK if stage else style.muted_text)
    painter.setPen(QPen(color(SELECTION), 2.5) if selected
                   else QPen(color(style.grid_line), style.line_scale))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))


def paint_grid(painter: QPainter, layout: JourneyLayout, style: Style) -> None:
    """Lane bands and grid lines: a call per row and per line, not per cell, so a
    30 x 40 grid costs ~110 calls on every repaint instead of 2,400."""
    if not layout.columns or not layout.rows:
        return
    left = next(iter(layout.columns.values()))[0]
    right = layout.width
    top = next(iter(layout.rows.values()))[0]
    for lane, (y, h) in layout.rows.items():
        painter.fillRect(QRectF(left, y, right - left, h), color(layout.lane_fills[lane]))
    painter.setPen(QPen(color(style.grid_line), 0.8 * style.line_scale))
    for x, _ in layout.columns.values():
        painter.drawLine(QPointF(x, top), QPointF(x, layout.height))
    painter.drawLine(QPointF(right, top), QPointF(right, layout.height))
    for y, _ in layout.rows.values():
        painter.drawLine(QPointF(left, y), QPointF(right, y))
    painter.drawLine(QPointF(left, layout.height), QPointF(right, layout.height))


def connection_path(path: ConnectionPath) -> QPainterPath:
    """The polyline with its corners rounded, which reads as one continuous route.
    Plain float arithmetic, Qt objects only for the result: the same doubles as QPointF
    arithmetic gave, at a fraction of the cost (items build this when first painted)."""
    points = path.points
    out = QPainterPath(QPointF(*points[0]))
    for before, (x, y), after in zip(points, points[1:], points[2:], strict=False):
        out.lineTo(*towards(x, y, before))
        out.quadTo(x, y, *towards(x, y, after))
    out.lineTo(*points[-1])
    return out


def connection_bounds(path: ConnectionPath, margin: float) -> QRectF:
    """connection_path(path).boundingRect() grown by `margin` on every side (as
    QRectF.adjusted would), without building the path: routes run only horizontally and
    vertically, so each rounded corner stays inside the polyline's box and still touches
    the box's edges there. (Qt's own box can be 1e-11 larger: float noise of its search
    for the curves' extremes.) One pass, no min/max calls: every arrow of a map needs it
    when the map opens."""
    points = path.points
    (left, top), (right, bottom) = points[0], points[-1]
    if right < left:
        left, right = right, left
    if bottom < top:
        top, bottom = bottom, top
    for x, y in points[1:-1]:
        if x < left:
            left = x
        elif x > right:
            right = x
        if y < top:
            top = y
        elif y > bottom:
            bottom = y
    return QRectF(left - margin, top - margin, right - left + margin + margin,
                  bottom - top + margin + margin)


def paint_connection(painter: QPainter, route: QPainterPath, arrow: QPolygonF, tail: float,
                     style: Style, *, selected: bool = False, detailed: bool = True) -> None:
    """`route` comes from connection_path(), built once per layout by the caller; `tail`
    is the radius of the dot at its source end."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, detailed)
    ink = color(SELECTION) if selected else color(style.connection_color)
    painter.setPen(QPen(ink, (2.0 if selected else 1.3) * style.line_scale))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(route)
    if detailed:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawPolygon(arrow)
        # A dot where the arrow leaves its card: ends in and out of one card differ.
        start = route.elementAt(0)
        painter.drawEllipse(QPointF(start.x, start.y), tail, tail)


def arrow_polygon(path: ConnectionPath) -> QPolygonF:
    return QPolygonF([QPointF(*p) for p in path.arrow])


def paint_curve(painter: QPainter, curve: EmotionCurve, style: Style) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    band = curve.band
    painter.setPen(QPen(color(CURVE_MIDLINE_INK), 0.8, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(band.x, curve.midline), QPointF(band.right, curve.midline))
    for value, y in ((3, band.y), (-3, band.bottom)):
        draw_lines(painter, [f"{value:+d}"], band.x + 3, y - (0 if value > 0 else 10),
                   style.small_font, False, color(style.muted_text),
                   textmetrics.line_height(style.small_font))
    if curve.segments:
        line = QPainterPath(QPointF(*curve.segments[0][0]))
        for _, c1, c2, end in curve.segments:
            line.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        painter.setPen(QPen(color(style.curve_color), 2.6, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(line)
    for point in curve.points:
        if point is not None:
            score = (curve.midline - point[1]) / (band.h / 2) * 3
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(emotion_color(round(score), style))
            painter.drawEllipse(QPointF(*point), 5.5, 5.5)


def paint_zone_line(painter: QPainter, zone: ZoneLine, style: Style) -> None:
    painter.setPen(QPen(color(ZONE_LINE_INK), 1.2, Qt.PenStyle.DashDotLine))
    painter.drawLine(QPointF(zone.x0, zone.y), QPointF(zone.x1, zone.y))
    width = textmetrics.text_width(zone.label, style.small_font)
    box = QRectF(zone.x1 - width - 10, zone.y - 6, width + 8, 12)
    painter.fillRect(box, QBrush(QColor(255, 255, 255, 230)))
    draw_lines(painter, [zone.label], box.x() + 4, box.y() + 1, style.small_font, False,
               color(ZONE_LABEL_INK), textmetrics.line_height(style.small_font))
