"""Draws a line that needs shaping (see textmetrics.is_simple) as the layout measured it.

The layout measured the line with HarfBuzz in the fonts that cover it (layout/shaping.py);
here the same glyph ids of the same font files are drawn at the same positions (a
QGlyphRun per font run), so the canvas and the PNG show what the PDF prints and wraps
agree to the point. Qt's own shaping and font fallback are not used: they could pick
another font and another width.

An SVG keeps the line as text (Qt writes the characters, the viewer shapes them with
the fonts it has), so it stays searchable and editable.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontDatabase, QGlyphRun, QPaintEngine, QPainter, QRawFont

from journey_editor.layout import shaping
from journey_editor.layout.fallback_fonts import FontSource

_NO_HINTING = QFont.HintingPreference.PreferNoHinting


@cache
def _raw_font(source: FontSource, pixel_size: int) -> QRawFont:
    """The font file of `source` in Qt, at `pixel_size`. A collection (.ttc) is loaded
    through Qt's font database and the face picked by family and weight (QRawFont
    reads only a collection's first face from a file)."""
    if source.index == 0:
        raw = QRawFont(source.path, pixel_size, _NO_HINTING)
        if raw.isValid():
            return raw
    QFontDatabase.addApplicationFont(source.path)
    font = QFont(source.family)
    font.setPixelSize(pixel_size)
    font.setWeight(QFont.Weight.Bold if source.bold else QFont.Weight.Normal)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    font.setHintingPreference(_NO_HINTING)
    return QRawFont.fromFont(font)


def draw_shaped(painter: QPainter, text: str, bold: bool, baseline: float, pixel_size: int,
                font: QFont) -> None:
    """Draws `text` with its baseline starting at (0, baseline), in a painter scaled so
    that `pixel_size` pixels are one em; `font` is the simple path's font, which an
    SVG names for the text it keeps."""
    if painter.paintEngine().type() == QPaintEngine.Type.SVG:
        painter.setFont(font)
        painter.drawText(QPointF(0.0, baseline), text)
        return
    for run in shaping.shape(text, bold).runs:
        glyphs = QGlyphRun()
        glyphs.setRawFont(_raw_font(run.source, pixel_size))
        glyphs.setGlyphIndexes(list(run.glyphs))
        glyphs.setPositions([QPointF(x * pixel_size, -y * pixel_size)
                             for x, y in zip(run.x, run.y, strict=True)])
        painter.drawGlyphRun(QPointF(0.0, baseline), glyphs)
