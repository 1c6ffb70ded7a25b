"""The poster's title block and legend (export.titleblock) on a QPainter, for the PNG and
SVG pictures, so a picture says what map it is and how to read it, as the poster does.

The bands draw through a `PdfOut`: text blocks, forms, and PDF path operators from
`pdf_ops` (a small fixed set: colours, widths, caps, paths, fill and stroke, q/Q/cm).
`QtOut` takes the same calls and replays those operators as QPainter paths: one
drawing of the bands serves paper and pictures, nothing is drawn twice by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QTransform

from journey_editor.export.pdf_ops import FormMaker
from journey_editor.layout import textmetrics
from journey_editor.render.text import draw_lines

_CAPS = (Qt.PenCapStyle.FlatCap, Qt.PenCapStyle.RoundCap, Qt.PenCapStyle.SquareCap)
_JOINS = (Qt.PenJoinStyle.MiterJoin, Qt.PenJoinStyle.RoundJoin, Qt.PenJoinStyle.BevelJoin)


class QtOut:
    """PdfOut's drawing calls on a painter whose coordinates are PDF's (y up)."""

    def __init__(self, painter: QPainter) -> None:
        self.painter = painter
        self._pen = QPen(QColor("black"), 1.0)
        self._brush = QColor("black")
        self._path = QPainterPath()
        self._saved: list[tuple[QPen, QColor]] = []
        self._operators: dict[str, Callable[[list[float]], None]] = {
            "rg": lambda a: self._set_fill(a), "RG": lambda a: self._set_stroke(a),
            "w": lambda a: self._pen.setWidthF(a[0]),
            "J": lambda a: self._pen.setCapStyle(_CAPS[int(a[0])]),
            "j": lambda a: self._pen.setJoinStyle(_JOINS[int(a[0])]),
            "m": lambda a: self._path.moveTo(a[0], a[1]),
            "l": lambda a: self._path.lineTo(a[0], a[1]),
            "c": lambda a: self._path.cubicTo(*a[:6]),
            "h": lambda a: self._path.closeSubpath(),
            "re": lambda a: self._path.addRect(*a[:4]),
            "f": lambda a: self._paint(fill=True, stroke=False),
            "S": lambda a: self._paint(fill=False, stroke=True),
            "B": lambda a: self._paint(fill=True, stroke=True),
            "n": lambda a: self._paint(fill=False, stroke=False),
            "q": lambda a: self._save(), "Q": lambda a: self._restore(),
            "cm": lambda a: self.painter.setTransform(QTransform(*a[:6]), combine=True),
        }

    def emit(self, ops: str) -> None:
        """Replays PDF path operators; an operator outside the set is a bug here."""
        operands: list[float] = []
        for token in ops.split():
            try:
                operands.append(float(token))
            except ValueError:
                self._operators[token](operands)
                operands = []

    def text_block(self, lines: list[tuple[str, float, float, float, bool]], ink: str) -> None:
        """(text, x, baseline y, size, bold) lines, upright in the flipped coordinates."""
        for text, x, y, size, bold in lines:
            if not text:
                continue
            self.painter.save()
            self.painter.translate(x, y)
            self.painter.scale(1.0, -1.0)
            draw_lines(self.painter, [text], 0.0, -textmetrics.ascent(size), size, bold,
                       QColor(ink))
            self.painter.restore()

    def place_form(self, key: Hashable, x: float, y: float, maker: FormMaker) -> None:
        """The form drawn in place: a picture has no use for drawing it once."""
        _, draw = maker(key)
        self.painter.save()
        self.painter.translate(x, y)
        self._save()
        draw(self)  # type: ignore[arg-type]  # draws through this PdfOut's calls
        self._restore()
        self.painter.restore()

    def define_forms(self) -> None:
        """Nothing to define: forms are drawn where they are placed."""

    def _set_fill(self, rgb: list[float]) -> None:
        self._brush = QColor.fromRgbF(*rgb[:3])

    def _set_stroke(self, rgb: list[float]) -> None:
        self._pen.setColor(QColor.fromRgbF(*rgb[:3]))

    def _paint(self, *, fill: bool, stroke: bool) -> None:
        self.painter.setPen(QPen(self._pen) if stroke else Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(self._brush) if fill else Qt.BrushStyle.NoBrush)
        self.painter.drawPath(self._path)
        self._path = QPainterPath()

    def _save(self) -> None:
        self.painter.save()
        self._saved.append((QPen(self._pen), QColor(self._brush)))

    def _restore(self) -> None:
        self._pen, self._brush = self._saved.pop()
        self.painter.restore()


def band_origin(painter: QPainter, left: float, top: float, scale: float) -> None:
    """Puts the painter's origin at a band's top left (`left`, `top` in the picture's
    points, y down), in PDF's orientation (y up) at `scale`: where Band.draw(out, 0, 0)
    draws."""
    painter.translate(QPointF(left, top))
    painter.scale(scale, -scale)
