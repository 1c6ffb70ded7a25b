"""PNG and SVG pictures of a journey, drawn by the canvas itself (what you see is what you get).

Needs a QApplication (the command line makes an offscreen one). Files are written
atomically, like `.journey` files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from journey_editor.canvas.scene import JourneyScene
from journey_editor.canvas.text import register_fonts
from journey_editor.editor.document import Document
from journey_editor.fileformat.writer import write_atomically

MARGIN = 20.0  # points of white around the map
MAX_PIXELS = 400_000_000  # ~1.6 GB of RGBA: beyond this, ask for a lower DPI


class ImageTooLarge(ValueError):
    pass


def _scene(document: Document, journey_id: str) -> tuple[JourneyScene, QRectF]:
    register_fonts()
    scene = JourneyScene(document, journey_id)
    scene.prepare_for_export()
    layout = scene.layout
    return scene, QRectF(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN)


def png_bytes(document: Document, journey_id: str, dpi: float = 150) -> bytes:
    scene, source = _scene(document, journey_id)
    scale = dpi / 72
    size = QSize(round(source.width() * scale), round(source.height() * scale))
    if size.width() * size.height() > MAX_PIXELS:
        raise ImageTooLarge(f"{size.width()} x {size.height()} pixels at {dpi:g} dpi")
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    dots_per_meter = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    return _encode(image)


def _encode(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def svg_bytes(document: Document, journey_id: str, title: str = "") -> bytes:
    scene, source = _scene(document, journey_id)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(72)  # one SVG user unit per point, the layout's unit
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title or document.journey(journey_id).name)
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, source.width(), source.height()), QColor("white"))
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    buffer.close()
    return bytes(data.data())


def save_png(document: Document, journey_id: str, path: Path, dpi: float = 150) -> None:
    write_atomically(png_bytes(document, journey_id, dpi), path, backup=False)


def save_svg(document: Document, journey_id: str, path: Path) -> None:
    write_atomically(svg_bytes(document, journey_id), path, backup=False)
