"""The Export dialog's preview: the map painted once from its layout, then placed on a
page in miniature at every change of the page setup, without a scene or a new layout.

The map is painted with the canvas's own painting functions, in the canvas's layer
order, but without selection, compare marks or overlays: the preview shows what prints.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from journey_editor.canvas.items import DETAIL_ZOOM
from journey_editor.canvas.overview import OverviewTile
from journey_editor.export.curves_overlay import OverlayPage
from journey_editor.export.pages import Size
from journey_editor.export.persona_sheet import FRAME, MUTED, PHOTO_CORNER, PersonaSheet
from journey_editor.export.tiling import TileGrid
from journey_editor.layout.geometry import JourneyLayout
from journey_editor.layout.style import Style
from journey_editor.render import painting
from journey_editor.render.text import register_fonts
from journey_editor.ui.curves_overlay import paint_chart

PREVIEW = 360  # pixels, the longer side of the preview
# The map is painted at twice the largest size it can take in the preview and scaled
# down with a smoothing filter on each change: finer lines than painting it at its size.
SUPERSAMPLE = 2


def paint_map(painter: QPainter, layout: JourneyLayout, style: Style, detailed: bool) -> None:
    """The map in the canvas's stacking order: grid, zone lines, curves, arrows, cards,
    headers. `detailed` False: cards and arrows as plain shapes (the canvas at far zoom)."""
    painting.paint_grid(painter, layout, style)
    for zone in layout.zone_lines:
        painting.paint_zone_line(painter, zone, style)
    for curve in layout.curves:
        painting.paint_curve(painter, curve, style)
    if detailed:
        for link in layout.connections:
            painting.paint_connection(painter, painting.connection_path(link),
                                      painting.arrow_polygon(link), link.tail, style)
        for card in layout.cards.values():
            painting.paint_card(painter, card, style)
    else:  # as the canvas draws them at far zoom, in a few calls for all
        _paint_routes(painter, layout, style)
        tile = OverviewTile(style)
        tile.set_content(list(layout.cards.values()), [])
        tile.paint(painter, QStyleOptionGraphicsItem())
    for header in layout.stage_headers:
        painting.paint_header(painter, header, style, stage=True)
    for header in layout.lane_headers:
        painting.paint_header(painter, header, style, stage=False)


def _paint_routes(painter: QPainter, layout: JourneyLayout, style: Style) -> None:
    """Every arrow as one plain polyline, in the arrows' own pen scaled with the map (the
    overview tiles' hairline would draw a shrunk map's arrows darker than paper does)."""
    routes = QPainterPath()
    for link in layout.connections:
        routes.addPolygon(QPolygonF([QPointF(*point) for point in link.points]))
    painter.setPen(QPen(painting.color(style.connection_color), 1.3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(routes)


def map_image(layout: JourneyLayout, style: Style) -> QImage:
    """The whole map, SUPERSAMPLE x PREVIEW pixels on its longer side, detailed as the
    canvas would draw it at the zoom where it fills the preview."""
    register_fonts()
    zoom = PREVIEW * SUPERSAMPLE / max(layout.width, layout.height, 1.0)
    image = QImage(max(1, round(layout.width * zoom)), max(1, round(layout.height * zoom)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(zoom, zoom)
    paint_map(painter, layout, style, detailed=zoom / SUPERSAMPLE >= DETAIL_ZOOM)
    painter.end()
    return image


def page_pixmap(image: QImage, page: Size, target: QRectF, grid: TileGrid | None) -> QPixmap:
    """The page in miniature: paper, the map (`image`) where it will print (`target`, in
    page points), the tile grid."""
    ratio = PREVIEW / max(page)
    pixmap = QPixmap(max(1, round(page[0] * ratio)), max(1, round(page[1] * ratio)))
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    placed = QRectF(target.x() * ratio, target.y() * ratio, target.width() * ratio,
                    target.height() * ratio)
    # Qt's smooth scaling averages the pixels it drops: a map shrunk 20 times stays legible.
    scaled = image.scaled(max(1, round(placed.width())), max(1, round(placed.height())),
                          Qt.AspectRatioMode.IgnoreAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    painter.drawImage(placed.topLeft().toPoint(), scaled)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(ratio, ratio)
    painter.setPen(QPen(QColor("#9aa3b2"), 0))
    painter.drawRect(QRectF(0, 0, *page))
    if grid is not None:  # each printed sheet's share of the map, between the cut lines
        painter.setPen(QPen(QColor("#d2453b"), 0, Qt.PenStyle.DashLine))
        for x0, y0, x1, y1 in grid.cut_cells().values():
            painter.drawRect(QRectF(target.x() + x0, target.y() + y0, x1 - x0, y1 - y0))
    painter.end()
    return pixmap


def sheet_pixmap(page: Size, paint: Callable[[QPainter], None]) -> QPixmap:
    """A page drawn in miniature by `paint` (in page points, y down): the persona sheets
    and the curves poster, painted from the same layout as their PDF."""
    register_fonts()
    ratio = PREVIEW / max(page)
    pixmap = QPixmap(max(1, round(page[0] * ratio)), max(1, round(page[1] * ratio)))
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(ratio, ratio)
    paint(painter)
    painter.setPen(QPen(QColor("#9aa3b2"), 0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(0, 0, *page))
    painter.end()
    return pixmap


def paint_persona_sheet(painter: QPainter, sheet: PersonaSheet) -> None:
    """What persona_sheet_pdf.draw_sheet prints, in its order, on a QPainter."""
    painter.save()
    painter.scale(sheet.scale, sheet.scale)
    for box, ink in sheet.boxes:
        painter.fillRect(painting.qrect(box), painting.color(ink))
    frame = QPainterPath()
    frame.addRoundedRect(painting.qrect(sheet.photo), PHOTO_CORNER, PHOTO_CORNER)
    painter.fillPath(frame, painting.color(FRAME))  # also behind a photo's transparency
    photo = QImage.fromData(sheet.photo_data) if sheet.photo_data else QImage()
    if photo.isNull():
        painting.draw_block(painter, sheet.initials, MUTED)
    else:  # cropped to fill its frame, never stretched
        painter.setClipPath(frame)
        target = painting.qrect(sheet.photo)
        zoom = max(target.width() / photo.width(), target.height() / photo.height())
        size = QSizeF(photo.width() * zoom, photo.height() * zoom)
        painter.drawImage(QRectF(target.center() - QPointF(size.width(), size.height()) / 2,
                                 size), photo)
        painter.setClipping(False)
    for block, ink in sheet.texts:
        painting.draw_block(painter, block, ink)
    for chart in sheet.charts:
        paint_chart(painter, chart)
    painter.restore()


def paint_overlay_page(painter: QPainter, page: OverlayPage) -> None:
    """What curves_overlay.draw_overlay_page prints, on a QPainter."""
    for block, ink in page.texts:
        painting.draw_block(painter, block, ink)
    paint_chart(painter, page.chart)
