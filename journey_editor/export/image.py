"""PNG and SVG pictures of a journey: its layout painted as the canvas paints it.

No scene and no document: the journey is laid out once (or the caller's layout is
used) and painted by journey_editor.render with a plain QPainter on a QImage or a
QSvgGenerator. Needs a QGuiApplication (the command line makes an offscreen one).
Files are written atomically, like `.journey` files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator

from journey_editor.fileformat.writer import write_atomically
from journey_editor.layout.engine import DEFAULT_STYLE, lay_out
from journey_editor.layout.geometry import JourneyLayout
from journey_editor.model.types import Journey
from journey_editor.render.picture import paint_map
from journey_editor.render.text import register_fonts

MARGIN = 20.0  # points of white around the map
MAX_PIXELS = 400_000_000  # ~1.6 GB of RGBA: beyond this, ask for a lower DPI


class ImageTooLarge(ValueError):
    pass


class Journeys(Protocol):
    """Where a journey is found by id: a Workspace, or the editor's Document."""

    def journey(self, journey_id: str) -> Journey: ...


def png_bytes(source: Journeys, journey_id: str, dpi: float = 150,
              layout: JourneyLayout | None = None) -> bytes:
    """The map at `dpi` (72: one pixel per point); `layout`, when given, is the
    journey's layout in the default style, which spares laying it out again."""
    journey = source.journey(journey_id)
    layout = layout or lay_out(journey, DEFAULT_STYLE)
    width, height = layout.width + 2 * MARGIN, layout.height + 2 * MARGIN
    size = QSize(round(width * dpi / 72), round(height * dpi / 72))
    if size.width() * size.height() > MAX_PIXELS:
        raise ImageTooLarge(f"{size.width()} x {size.height()} pixels at {dpi:g} dpi")
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_meter = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    # The scale that fits the map into the rounded pixel size: within half a pixel of
    # dpi / 72, and the map touches no edge but its own margin.
    _paint(image, journey, layout, min(size.width() / width, size.height() / height))
    return _encode(image)


def svg_bytes(source: Journeys, journey_id: str, title: str = "",
              layout: JourneyLayout | None = None) -> bytes:
    """The map in SVG, one user unit per point; titled with the journey's name."""
    journey = source.journey(journey_id)
    layout = layout or lay_out(journey, DEFAULT_STYLE)
    width, height = layout.width + 2 * MARGIN, layout.height + 2 * MARGIN
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(72)  # one SVG user unit per point, the layout's unit
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(title or journey.name)
    _paint(generator, journey, layout, 1.0)
    buffer.close()
    return bytes(data.data())


def _paint(device: QPaintDevice, journey: Journey, layout: JourneyLayout, scale: float) -> None:
    """The device white, then the map on it, `scale` device units per point, MARGIN in."""
    register_fonts()
    painter = QPainter(device)
    painter.fillRect(painter.viewport(), QColor("white"))
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    painter.translate(MARGIN, MARGIN)
    paint_map(painter, layout, DEFAULT_STYLE, future=journey.state == "future")
    painter.end()


def _encode(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub asks bytes for the format; this binding refuses them and takes a str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def save_png(source: Journeys, journey_id: str, path: Path, dpi: float = 150,
             layout: JourneyLayout | None = None) -> None:
    write_atomically(png_bytes(source, journey_id, dpi, layout), path, backup=False)


def save_svg(source: Journeys, journey_id: str, path: Path,
             layout: JourneyLayout | None = None) -> None:
    write_atomically(svg_bytes(source, journey_id, layout=layout), path, backup=False)
