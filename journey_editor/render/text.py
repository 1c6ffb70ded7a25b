"""Draws text (canvas, PNG, SVG) exactly as journey_editor.layout.textmetrics measured it.

The layout breaks lines with the advance widths of the bundled DejaVu Sans; this module
draws those lines with the same font files and the same advances: kerning, ligatures
and hinting off. A line that needs shaping (Chinese, Arabic, Devanagari...) is drawn
glyph by glyph as the layout shaped it (shaped_text.py). Text size never depends on the
paint device's DPI: a QFont point size is turned into pixels with the device's DPI, so
the font here has a pixel size instead, and the painter is scaled from it to the wanted
size in scene units (1 unit = 1 point).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPainter

from journey_editor.layout import textmetrics
from journey_editor.layout.textmetrics import FONT_FAMILY, font_file

# 2048 units per em / 8: an advance of n units is n/8 pixels, which FreeType's 1/64-pixel
# advances hold exactly, so Qt's widths equal the table's (at 100 px they are rounded
# down, 0.01 % short). From 512 px up, Qt's raster engine draws ~70 % slower (measured).
BASE_PIXEL_SIZE = 256
# Ligatures HarfBuzz applies by default ('ffi' is one narrower glyph in DejaVu Sans);
# the table measures characters one by one, so they are switched off.
_LIGATURE_FEATURES = ("liga", "clig")


@cache
def register_fonts() -> None:
    """Adds the bundled faces to Qt's font database, once. Needs a QGuiApplication."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_fonts() needs a QGuiApplication")
    for bold in (False, True):
        path = font_file(bold)
        if QFontDatabase.addApplicationFont(str(path)) == -1:
            raise RuntimeError(f"Qt could not load the bundled font {path}")


@cache
def _font(bold: bool) -> QFont:
    register_fonts()
    font = QFont(FONT_FAMILY)
    font.setPixelSize(BASE_PIXEL_SIZE)
    font.setBold(bold)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    for tag in _LIGATURE_FEATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def base_font(bold: bool = False) -> QFont:
    """A copy of the font draw_lines uses, at BASE_PIXEL_SIZE pixels (for measuring)."""
    return QFont(_font(bold))


def draw_lines(
    painter: QPainter,
    lines: list[str],
    x: float,
    y_top: float,
    size: float,
    bold: bool,
    color: QColor,
    line_height: float | None = None,
) -> None:
    """Draws already broken `lines` at `size` points, the first line's top at (x, y_top).

    Line i has its baseline at y_top + ascent(size) + i * line_height; line_height
    defaults to textmetrics.line_height(size).
    """
    if not lines:
        return
    step = textmetrics.line_height(size) if line_height is None else line_height
    scale = size / BASE_PIXEL_SIZE
    painter.save()
    painter.setFont(_font(bold))
    painter.setPen(color)
    painter.translate(x, y_top + textmetrics.ascent(size))
    painter.scale(scale, scale)
    for i, line in enumerate(lines):
        if textmetrics.is_simple(line, bold):
            painter.drawText(QPointF(0.0, i * step / scale), line)
        else:  # shaped as the layout measured it, glyph by glyph
            from journey_editor.render.shaped_text import draw_shaped

            draw_shaped(painter, line, bold, i * step / scale, BASE_PIXEL_SIZE, _font(bold))
    painter.restore()
