"""Card pictures decoded for painting, kept by key: a card's cached pixmap is redrawn at
every zoom step, and decoding a photo each time would stall the canvas."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from journey_editor.layout.geometry import PictureBand, fit
from journey_editor.model import images

# Decoded no larger than this on a side: sharp on a card at 300 % zoom and in a 300 dpi
# PNG export, and a quarter of the memory of the stored 1,024 pixels.
DECODED_SIDE = 640
_CACHED = 96  # pictures, each at most 640 x 640 x 4 bytes: about 150 MB at worst
_decoded: OrderedDict[str, QImage] = OrderedDict()
PLACEHOLDER_INK = "#8a93a3"


def decoded(key: str) -> QImage | None:
    """The picture `key` as an image to draw, None when this process never saw it or it
    cannot be decoded (the file's checks make that rare)."""
    image = _decoded.get(key)
    if image is not None:
        _decoded.move_to_end(key)
        return image
    stored = images.known(key)
    if stored is None:
        return None
    image = QImage.fromData(QByteArray(stored.data))
    if image.isNull():
        return None
    if max(image.width(), image.height()) > DECODED_SIDE:
        image = image.scaled(QSize(DECODED_SIDE, DECODED_SIDE),
                             Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    _decoded[key] = image
    if len(_decoded) > _CACHED:
        _decoded.popitem(last=False)
    return image


def paint_picture(painter: QPainter, band: PictureBand, *, faded: bool = False) -> None:
    """The picture fitted into its band (`faded` as its dimmed card); a dashed frame when
    the picture is not at hand."""
    image = decoded(band.key)
    r = band.rect
    if image is None:
        painter.setPen(QPen(QColor(PLACEHOLDER_INK), 0.8, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(r.x, r.y, r.w, r.h))
        return
    f = fit(r, image.width(), image.height())
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if faded:
        painter.setOpacity(0.35)
    painter.drawImage(QRectF(f.x, f.y, f.w, f.h), image)
