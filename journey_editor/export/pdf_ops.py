"""PDF content-stream operators: colours, paths, and the output a painter writes to.

The painters write operators as text into the reportlab canvas (`addLiteral`) instead of
calling a canvas method per shape: a poster has tens of thousands of shapes and
reportlab's per-call number formatting would be most of the export time. Shapes that
repeat (a sticky note of a given size and colour, a card footer) become Form XObjects
drawn once and placed many times, which keeps the file small as well.
"""

from __future__ import annotations

import colorsys
from collections.abc import Callable, Hashable, Iterable
from functools import cache
from typing import Any

from journey_editor.export.fonts import REGULAR, TextWriter

# Cubic Bézier handle length for a quarter circle.
KAPPA = 0.5523
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF coordinates (y up)
FormMaker = Callable[[Any], tuple[Box, Callable[["PdfOut"], None]]]


@cache
def rgb(hex_code: str) -> tuple[float, float, float]:
    value = int(hex_code.lstrip("#")[:6], 16)
    return (value >> 16) / 255, (value >> 8 & 0xFF) / 255, (value & 0xFF) / 255


@cache
def fill(hex_code: str) -> str:
    r, g, b = rgb(hex_code)
    return f"{r:.3f} {g:.3f} {b:.3f} rg"


@cache
def stroke(hex_code: str) -> str:
    r, g, b = rgb(hex_code)
    return f"{r:.3f} {g:.3f} {b:.3f} RG"


def _hex(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in (r, g, b))


@cache
def darker(hex_code: str, factor: int) -> str:
    """QColor.darker(factor): the HSV value divided by factor / 100, as on screen."""
    h, s, v = colorsys.rgb_to_hsv(*rgb(hex_code))
    return _hex(*colorsys.hsv_to_rgb(h, s, v * 100 / factor))


@cache
def lighter(hex_code: str, factor: int) -> str:
    """QColor.lighter(factor): value times factor / 100; past white, less saturation."""
    h, s, v = colorsys.rgb_to_hsv(*rgb(hex_code))
    v *= factor / 100
    if v > 1:
        s, v = max(0.0, s - (v - 1)), 1.0
    return _hex(*colorsys.hsv_to_rgb(h, s, v))


@cache
def blend(top: str, bottom: str, alpha: float) -> str:
    """`top` at `alpha` over `bottom`, as one opaque colour: shadows and translucent
    boxes without PDF transparency, which some print workflows flatten badly."""
    a, b = rgb(top), rgb(bottom)
    return _hex(*(alpha * x + (1 - alpha) * y for x, y in zip(a, b, strict=True)))


def rounded_rect(x: float, y: float, w: float, h: float, r: float) -> str:
    """A closed rounded-rectangle path; (x, y) is the lower left corner."""
    r = max(0.0, min(r, w / 2, h / 2))
    k = r * (1 - KAPPA)
    x1, y1 = x + w, y + h
    return (f"{x + r:.2f} {y:.2f} m {x1 - r:.2f} {y:.2f} l "
            f"{x1 - k:.2f} {y:.2f} {x1:.2f} {y + k:.2f} {x1:.2f} {y + r:.2f} c "
            f"{x1:.2f} {y1 - r:.2f} l {x1:.2f} {y1 - k:.2f} {x1 - k:.2f} {y1:.2f} "
            f"{x1 - r:.2f} {y1:.2f} c {x + r:.2f} {y1:.2f} l {x + k:.2f} {y1:.2f} "
            f"{x:.2f} {y1 - k:.2f} {x:.2f} {y1 - r:.2f} c {x:.2f} {y + r:.2f} l "
            f"{x:.2f} {y + k:.2f} {x + k:.2f} {y:.2f} {x + r:.2f} {y:.2f} c h")


def circle(cx: float, cy: float, r: float) -> str:
    k = r * KAPPA
    return (f"{cx + r:.2f} {cy:.2f} m {cx + r:.2f} {cy + k:.2f} {cx + k:.2f} {cy + r:.2f} "
            f"{cx:.2f} {cy + r:.2f} c {cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} "
            f"{cx - r:.2f} {cy:.2f} c {cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} "
            f"{cx:.2f} {cy - r:.2f} c {cx + k:.2f} {cy - r:.2f} {cx + r:.2f} {cy - k:.2f} "
            f"{cx + r:.2f} {cy:.2f} c h")


def rect(x: float, y: float, w: float, h: float) -> str:
    return f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re"


def clip(x: float, y: float, w: float, h: float) -> str:
    """Starts clipping to a rectangle; use inside q ... Q."""
    return f"{rect(x, y, w, h)} W n"


class PdfOut:
    """Where painters write: the canvas's current stream (a page or a form), the text
    writer of its document, and the repeated shapes defined as Form XObjects."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        # reportlab has no public accessor for the document a canvas writes: the text
        # writer needs it to give characters their codes in the font subsets, and
        # place_forms() to know a form's name in the file.
        self._doc = canvas._doc
        self.text = TextWriter(self._doc)
        self._forms: dict[Hashable, str] = {}
        self._pending: list[tuple[str, Box, Callable[[PdfOut], None]]] = []

    def emit(self, ops: str) -> None:
        self.canvas.addLiteral(ops)

    def _form(self, key: Hashable, maker: FormMaker) -> str:
        name = self._forms.get(key)
        if name is None:
            name = self._forms[key] = f"je{len(self._forms)}"
            self._pending.append((name, *maker(key)))
        return name

    def place_form(self, key: Hashable, x: float, y: float, maker: FormMaker) -> None:
        """Draws the form for `key` with its origin at (x, y), defining it on first use:
        maker(key) gives its bounding box and a function writing its content (origin at
        its lower left). That runs in define_forms(): a form cannot be defined in the
        middle of a text object or a path."""
        self.emit(f"q 1 0 0 1 {x:.2f} {y:.2f} cm")
        self.canvas.doForm(self._form(key, maker))  # also lists it in the stream's resources
        self.emit("Q")

    def place_forms(self, placements: Iterable[tuple[Hashable, float, float]],
                    maker: FormMaker) -> None:
        """place_form() for many (key, x, y), in one literal: a big map places ~10,000.
        The first placement of each form goes through the canvas, which lists the form
        in the current stream's resources; the others only need its name."""
        listed: dict[Hashable, str] = {}
        parts: list[str] = []
        for key, x, y in placements:
            do = listed.get(key)
            if do is None:
                self.emit("\n".join(parts))
                parts.clear()
                self.place_form(key, x, y, maker)
                listed[key] = f"/{self._doc.getXObjectName(self._forms[key])} Do"
            else:
                parts.append(f"q 1 0 0 1 {x:.2f} {y:.2f} cm {do} Q")
        self.emit("\n".join(parts))

    def define_forms(self) -> None:
        """Defines the forms placed since the last call; their content may place more."""
        while self._pending:
            name, bbox, draw = self._pending.pop(0)
            self.canvas.beginForm(name, *bbox)
            draw(self)
            self.end_form()

    def end_form(self) -> None:
        """canvas.endForm(), with the form's operators encoded here: reportlab encodes a
        form's with its PDFDocEncoding codec, at about 50 MB/s (a tiled job's sheets are
        forms: 0.05 s of the 5,000-card map on A4), a page's as UTF-8, at memory speed.
        The painters write ASCII (text as escaped glyph codes), the same in either."""
        from reportlab.pdfbase.pdfdoc import pdfdocEnc

        canvas = self.canvas
        name, preamble = canvas._formData[0], canvas._preamble
        code, canvas._code = canvas._code, []
        canvas.endForm()
        text = "\n".join([preamble, *code])
        form = self._doc.idToObject[self._doc.getXObjectName(name)]
        form.stream = text.encode("ascii") if text.isascii() else pdfdocEnc(text)

    def text_block(self, lines: list[tuple[str, float, float, float, bool]], ink: str) -> None:
        """One text object showing (text, x, baseline y, size, bold) lines in one colour."""
        if not lines:
            return
        show = self.text.show
        parts = [self.text.begin(), fill(ink)]
        parts += [show(text, x, y, size, bold) for text, x, y, size, bold in lines if text]
        parts.append("ET")
        self.emit("\n".join(parts))

    def text_blocks(self, blocks: list[tuple[tuple[str, ...], float, float, float, bool, float]],
                    ink: str) -> None:
        """One text object showing blocks of (lines, x, first baseline y, size, bold,
        leading) in one colour: the thousands of card titles of a big map."""
        if not blocks:
            return
        show = self.text.show_lines
        parts = [self.text.begin(), fill(ink)]
        parts += [show(*block) for block in blocks if block[0]]
        parts.append("ET")
        self.emit("\n".join(parts))


def new_canvas(stream: Any, size: tuple[float, float]) -> Any:
    """A reportlab canvas whose initial font is ours: reportlab's default initial font,
    Helvetica, would otherwise sit unembedded in every page's resources."""
    from reportlab.pdfgen.canvas import Canvas

    from journey_editor.export.fonts import register_fonts

    register_fonts()
    return Canvas(stream, pagesize=size, initialFontName=REGULAR, initialFontSize=10,
                  pageCompression=1)
