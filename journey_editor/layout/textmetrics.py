"""Text measurement and line breaking, in points: what the layout and both painters use.

Text the bundled DejaVu Sans shows alone, left to right (Latin, Greek, Cyrillic: every
map until now) is measured from its width table (simple_text.py), fast and without
loading anything. Other text (Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari,
Thai, emoji...) is shaped with HarfBuzz in the fonts that cover it (complex_text.py),
imported on the first such text, so a Latin map never loads it.

Both painters draw the lines broken here, with the same fonts, so wraps match on screen
and on paper.
"""

from __future__ import annotations

from collections.abc import Sequence

from journey_editor.layout import simple_text
from journey_editor.layout.simple_text import (
    ELLIPSIS,
    FONT_FAMILY,
    FONT_FILES,
    METRICS_FILE,
    ascent,
    font_file,
    is_simple,
    line_height,
)

__all__ = ["ELLIPSIS", "FONT_FAMILY", "FONT_FILES", "METRICS_FILE", "any_rtl", "ascent", "elide",
           "font_file", "is_rtl", "is_simple", "line_height", "line_offset", "text_width", "wrap"]


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Advance width of `text` in points at `size` points; no kerning."""
    if is_simple(text, bold):
        return simple_text.text_width(text, size, bold)
    from journey_editor.layout import complex_text

    return complex_text.text_width(text, size, bold)


def wrap(
    text: str, width: float, size: float, bold: bool = False, max_lines: int | None = None,
    language: str = "",
) -> list[str]:
    """Breaks `text` into lines no wider than `width` points at `size` points.

    Greedy, at spaces and after a hyphen inside a word (and between Chinese or Japanese
    characters); each '\\n' (or other line separator) starts a new line and an empty
    paragraph gives an empty line. Runs of spaces and tabs become one space and no line
    starts or ends with one. A word wider than `width` is broken between characters (or
    clusters), with a hyphen at a break point of `language` where it has them (see
    hyphens); only a single one wider than `width` makes a line wider than `width`.
    With `max_lines`, text that does not fit is cut and the last line kept ends with an
    ellipsis (max_lines < 1 gives []).
    """
    if is_simple(text, bold):
        return simple_text.wrap(text, width, size, bold, max_lines, language)
    if max_lines is not None and max_lines < 1:
        return []
    from journey_editor.layout import complex_text

    return complex_text.wrap(text, width, size, bold, max_lines)


def elide(text: str, width: float, size: float, bold: bool = False) -> str:
    """`text` on one line (whitespace runs, newlines included, become one space), cut
    to `width` points with an ellipsis at the end when it does not fit."""
    if is_simple(text, bold):
        return simple_text.elide(text, width, size, bold)
    from journey_editor.layout import complex_text

    return complex_text.elide(" ".join(text.split()), width, size, bold)


def any_rtl(lines: Sequence[str], bold: bool = False) -> bool:
    """Whether any of `lines` reads right to left (one set look-up for Latin lines)."""
    return not is_simple("".join(lines), bold) and any(is_rtl(line, bold) for line in lines)


def is_rtl(line: str, bold: bool = False) -> bool:
    """Whether `line` reads right to left (its first strong character does: Arabic,
    Hebrew)."""
    if is_simple(line, bold):
        return False
    from journey_editor.layout import complex_text

    return complex_text.is_rtl(line, bold)


def line_offset(line: str, width: float, size: float, bold: bool, align: str) -> float:
    """Where a line of a block `width` wide starts, from the block's left: centred for
    align "center"; for "left", at the right edge when the line reads right to left,
    as Arabic and Hebrew are set. Both painters place lines with it."""
    if align == "center":
        return (width - text_width(line, size, bold)) / 2
    if is_rtl(line, bold):
        return width - text_width(line, size, bold)
    return 0.0
