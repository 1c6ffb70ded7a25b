"""The bundled DejaVu Sans in reportlab, and a fast way to show text with it.

Only the bundled TrueType faces are used, embedded as subsets: reportlab's built-in
Helvetica is not embedded, and print shops reject PDFs with unembedded fonts; it also
lacks Greek, Cyrillic and most of Polish.

Why not reportlab's text objects: they encode every string character by character in
Python and format numbers slowly; a 5,000-card poster has ~10,000 lines. `TextWriter`
asks reportlab once per distinct character for its code in the document's font subset
(so reportlab still embeds exactly the glyphs used, with a ToUnicode map that keeps the
text searchable), then encodes whole lines with `str.translate`.

That is for text the bundled font shows alone (textmetrics.is_simple). A line that needs
shaping (Chinese, Arabic, Hebrew, Devanagari, Thai...) is shaped as the layout measured
it and written as glyph ids in the fonts that cover it (shaped_fonts.py).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from journey_editor.layout.textmetrics import font_file, is_simple

REGULAR = "JourneyEditorSans"
BOLD = "JourneyEditorSans-Bold"


@cache
def register_fonts() -> None:
    """Registers the two faces with reportlab, once per process."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # reportlab wraps compressed streams in ASCII85 by default, in pure Python: a quarter
    # larger files and, measured on a 5,000-card poster, 0.34 s of a 0.52 s export.
    # Binary streams are what every PDF writer produces today.
    rl_config.useA85 = 0

    for bold, name in ((False, REGULAR), (True, BOLD)):
        pdfmetrics.registerFont(TTFont(name, str(font_file(bold))))


def _escape(code: int) -> str:
    """One byte of a PDF literal string: printable ASCII as itself, the rest in octal."""
    char = chr(code)
    return char if 32 <= code < 127 and char not in "()\\" else f"\\{code:03o}"


class _Face:
    """Codes of one face's characters in one document's subsets.

    Characters of subset 0 (the first ~220 distinct ones: every Latin text and most
    maps) go through one translate table; a line holding others is split into runs.
    """

    def __init__(self, font: Any, doc: Any) -> None:
        self.font = font
        self.doc = doc
        self.table: dict[int, str] = {}  # code point -> escaped byte, subset 0 only
        self.known: set[str] = set()  # the characters in `table`
        self.others: dict[str, tuple[int, str]] = {}  # character -> (subset, escaped byte)
        self.names: dict[int, str] = {}  # subset -> PDF font resource name

    def runs(self, text: str) -> list[tuple[str, str]]:
        """(font resource, escaped bytes) runs that show `text`."""
        if not self.known.issuperset(text):
            self._learn(text)
            if not self.known.issuperset(text):
                return self._split(text)
        return [(self.name(0), text.translate(self.table))]

    def name(self, subset: int) -> str:
        name = self.names.get(subset)
        if name is None:
            name = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return name

    def _learn(self, text: str) -> None:
        for char in set(text) - self.known - self.others.keys():
            # reportlab assigns the character its code in the document's subsets (and
            # will embed its glyph); one character gives exactly one run of one byte.
            ((subset, code),) = self.font.splitString(char, self.doc)
            if subset == 0:
                self.table[ord(char)] = _escape(code[0])
                self.known.add(char)
            else:
                self.others[char] = (subset, _escape(code[0]))

    def _split(self, text: str) -> list[tuple[str, str]]:
        runs: list[tuple[int, list[str]]] = []
        for char in text:
            subset, code = (0, self.table[ord(char)]) if char in self.known else self.others[char]
            if runs and runs[-1][0] == subset:
                runs[-1][1].append(code)
            else:
                runs.append((subset, [code]))
        return [(self.name(subset), "".join(codes)) for subset, codes in runs]


class TextWriter:
    """Makes the operators that show a line of text, for one document.

    Inside one text object (BT ... ET; call begin() for each) it remembers the font
    selected, so a run of lines in one font and size selects it once, and where the
    last line started, so a line moves there relatively (Td: shorter than Tm). The
    position kept is the sum of the rounded moves written, so rounding never adds up.
    """

    def __init__(self, doc: Any) -> None:
        from reportlab.pdfbase import pdfmetrics

        register_fonts()
        self._faces = {bold: _Face(pdfmetrics.getFont(BOLD if bold else REGULAR), doc)
                       for bold in (False, True)}
        self._doc = doc
        self._shaped: Any = None  # ShapedFonts, made for the first line that needs them
        self._current: tuple[str, float] | None = None
        self._leading = 0.0
        self._x = self._y = 0.0

    def begin(self) -> str:
        self._current = None
        self._leading = 0.0  # TL: BT does not reset it, but a form or q/Q may have
        self._x = self._y = 0.0  # BT starts at the origin
        return "BT"

    def show(self, text: str, x: float, y: float, size: float, bold: bool = False) -> str:
        """Operators placing `text` with its baseline starting at (x, y)."""
        dx, dy = round(x - self._x, 2) + 0.0, round(y - self._y, 2) + 0.0  # + 0.0: no "-0.00"
        self._x += dx
        self._y += dy
        return f"{dx:.2f} {dy:.2f} Td {self._runs(text, size, bold)}"

    def show_lines(self, lines: tuple[str, ...], x: float, y: float, size: float, bold: bool,
                   leading: float) -> str:
        """Lines starting at (x, y), each `leading` below the one before (T*: 3 bytes
        a line instead of a move)."""
        parts = [self.show(lines[0], x, y, size, bold)]
        if len(lines) > 1:
            leading = round(leading, 3)
            if leading != self._leading:
                self._leading = leading
                parts.append(f"{leading:.3f} TL")
            for line in lines[1:]:
                self._y -= leading
                parts.append(f"T* {self._runs(line, size, bold)}")
        return " ".join(parts)

    def _runs(self, text: str, size: float, bold: bool) -> str:
        face = self._faces[bold]
        # Characters already shown are simple ones: most lines need no other check.
        if not face.known.issuperset(text) and not is_simple(text, bold):
            return self._shaped_runs(text, size, bold)
        parts = []
        for name, data in face.runs(text):
            if self._current != (name, size):
                self._current = (name, size)
                parts.append(f"{name} {size:g} Tf")
            parts.append(f"({data}) Tj")
        return " ".join(parts)

    def _select(self, name: str, size: float) -> str:
        """The Tf operator choosing font `name` at `size`, or '' if it is current."""
        if self._current == (name, size):
            return ""
        self._current = (name, size)
        return f"{name} {size:g} Tf"

    def _shaped_runs(self, text: str, size: float, bold: bool) -> str:
        from journey_editor.export.shaped_fonts import ShapedFonts
        from journey_editor.layout.shaping import shape

        if self._shaped is None:
            self._shaped = ShapedFonts(self._doc)
        return " ".join(self._shaped.show(text, shape(text, bold), size, self._select))
