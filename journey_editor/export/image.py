"""PNG and SVG pictures of a journey: its layout painted as the canvas paints it, framed
(by default for the user's exports) by the poster's title block and legend.

No scene and no document: the journey is laid out once (or the caller's layout is
used) and painted by journey_editor.render with a plain QPainter on a QImage or a
QSvgGenerator; the bands are the poster's own (see band_picture). Needs a
QGuiApplication (the command line makes an offscreen one). Files are written
atomically, like `.journey` files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator

from journey_editor.export.band_picture import QtOut, band_origin
from journey_editor.export.pdf import GAP, paper_factor
from journey_editor.export.titleblock import Band, legend_band, legend_items, title_band, title_info
from journey_editor.fileformat.writer import write_atomically
from journey_editor.layout.engine import DEFAULT_STYLE, lay_out
from journey_editor.layout.geometry import JourneyLayout
from journey_editor.model.types import Journey, Workspace
from journey_editor.render.picture import paint_map
from journey_editor.render.text import register_fonts

MARGIN = 20.0  # points of white around the map
MAX_PIXELS = 400_000_000  # ~1.6 GB of RGBA: beyond this, ask for a lower DPI


class ImageTooLarge(ValueError):
    pass


@dataclass(frozen=True)
class Picture:
    """What a picture shows and where: the map, and the bands above and below it."""

    journey: Journey
    layout: JourneyLayout
    bands: tuple[Band, Band] | None  # title block and legend, at `band_scale`
    band_scale: float

    @property
    def top(self) -> float:
        """Where the map starts: under the margin and the title block."""
        return MARGIN + (self.bands[0].height + GAP) * self.band_scale if self.bands else MARGIN

    @property
    def size(self) -> tuple[float, float]:
        below = (GAP + self.bands[1].height) * self.band_scale if self.bands else 0.0
        return self.layout.width + 2 * MARGIN, self.top + self.layout.height + below + MARGIN


def picture(workspace: Workspace, journey_id: str, layout: JourneyLayout | None = None,
            framed: bool = False, file_name: str = "") -> Picture:
    """The journey's picture; `framed`: with the poster's title block and legend, the
    width of the map, grown with it as on paper."""
    journey = workspace.journey(journey_id)
    layout = layout or lay_out(journey, DEFAULT_STYLE)
    if not framed:
        return Picture(journey, layout, None, 1.0)
    scale = paper_factor((layout.width, layout.height))
    width = layout.width / scale
    info = title_info(workspace, journey, file_name, dt.date.today())
    bands = (title_band(info, width, DEFAULT_STYLE),
             legend_band(legend_items(layout, journey, DEFAULT_STYLE), width))
    return Picture(journey, layout, bands, scale)


def png_bytes(workspace: Workspace, journey_id: str, dpi: float = 150,
              layout: JourneyLayout | None = None, framed: bool = False) -> bytes:
    """The map at `dpi` (72: one pixel per point); `layout`, when given, is the
    journey's layout in the default style, which spares laying it out again."""
    shown = picture(workspace, journey_id, layout, framed)
    width, height = shown.size
    size = QSize(round(width * dpi / 72), round(height * dpi / 72))
    if size.width() * size.height() > MAX_PIXELS:
        raise ImageTooLarge(f"{size.width()} x {size.height()} pixels at {dpi:g} dpi")
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_meter = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    # The scale that fits the map into the rounded pixel size: within half a pixel of
    # dpi / 72, and the map touches no edge but its own margin.
    _paint(image, shown, min(size.width() / width, size.height() / height))
    return _encode(image)


def svg_bytes(workspace: Workspace, journey_id: str, title: str = "",
              layout: JourneyLayout | None = None, framed: bool = False) -> bytes:
    """The map in SVG, one user unit per point; titled with the journey's name."""
    shown = picture(workspace, journey_id, layout, framed)
    width, height = shown.size
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(72)  # one SVG user unit per point, the layout's unit
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(title or shown.journey.name)
    _paint(generator, shown, 1.0)
    buffer.close()
    return bytes(data.data())


def _paint(device: QPaintDevice, shown: Picture, scale: float) -> None:
    """The device white, then the picture on it, `scale` device units per point."""
    register_fonts()
    painter = QPainter(device)
    painter.fillRect(painter.viewport(), QColor("white"))
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    painter.save()
    painter.translate(MARGIN, shown.top)
    paint_map(painter, shown.layout, DEFAULT_STYLE, future=shown.journey.state == "future")
    painter.restore()
    if shown.bands is not None:
        title, legend = shown.bands
        legend_top = shown.top + shown.layout.height + GAP * shown.band_scale
        for band, top in ((title, MARGIN), (legend, legend_top)):
            painter.save()
            band_origin(painter, MARGIN, top, shown.band_scale)
            band.draw(QtOut(painter), 0.0, 0.0)  # type: ignore[arg-type]  # PdfOut's calls
            painter.restore()
    painter.end()


def _encode(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub asks bytes for the format; this binding refuses them and takes a str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def save_png(workspace: Workspace, journey_id: str, path: Path, dpi: float = 150,
             layout: JourneyLayout | None = None, framed: bool = True) -> None:
    """The picture the user asked for: with the title block and legend unless told not."""
    write_atomically(png_bytes(workspace, journey_id, dpi, layout, framed), path, backup=False)


def save_svg(workspace: Workspace, journey_id: str, path: Path,
             layout: JourneyLayout | None = None, framed: bool = True) -> None:
    write_atomically(svg_bytes(workspace, journey_id, layout=layout, framed=framed), path,
                     backup=False)
