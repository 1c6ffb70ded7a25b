"""Text measurement and line breaking with the bundled DejaVu Sans alone, in points.

Both painters (the Qt canvas and the reportlab PDF) draw the lines broken here, so the
widths come from a table generated from the font files (packaging/build_font_metrics.py),
never from Qt or reportlab: this module imports neither and runs at start-up.

Widths are summed as integers in font units and turned into points once, so the width
of a line is exact and the same whether it is measured whole or piece by piece. No
kerning and no ligatures: the painters switch both off to match.

The table serves "simple" text (is_simple): what DejaVu Sans shows alone, left to
right: Latin, Greek, Cyrillic. textmetrics.py sends other text to complex_text.py.
"""

from __future__ import annotations

import math
import sys
from functools import cache, lru_cache
from itertools import chain
from pathlib import Path

import msgspec

from journey_editor.layout.hyphens import Hyphens, break_points, hyphens_for
from journey_editor.resources import resource_path

FONT_FAMILY = "DejaVu Sans"
FONT_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}
METRICS_FILE = "dejavu-sans-metrics.json"
ELLIPSIS = "\u2026"
# Characters the font lacks are measured as U+FFFD: wider than the .notdef box the PDF
# draws (0.6 em) and about as wide as the fallback glyphs Qt substitutes (CJK: 1 em),
# so a line holding them overflows in neither painter.
_FALLBACK_CHAR = "\ufffd"
_WORD_CACHE_SIZE = 100_000  # ~10 MB at most; cleared, not evicted one by one, when full
# Scripts DejaVu Sans has glyphs for that still need shaping (joining, reordering) or
# right-to-left placement, or that read better in a font made for them: such text
# leaves the simple path even where the table has widths for it.
COMPLEX_RANGES = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic
    (0x0900, 0x0DFF),  # Devanagari ... Sinhala
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x200E, 0x200F),  # left-to-right and right-to-left marks
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2066, 0x2069),  # bidi isolates
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms A
    (0xFE70, 0xFEFF),  # Arabic presentation forms B
)
# Line and paragraph separators: wrap() splits at them before anything is measured.
_SEPARATORS = "\n\r\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


class _FaceMetrics(msgspec.Struct, frozen=True):
    """One face as stored in the metrics file; lengths in font units.

    ascent/descent/line_gap are the hhea values, which equal the OS/2 win values in
    DejaVu Sans: the ones Qt and every platform use for line spacing.
    """

    units_per_em: int
    ascent: int
    descent: int
    line_gap: int
    runs: list[tuple[int, list[int]]]  # (first code point, advances of consecutive ones)


class _MetricsFile(msgspec.Struct, frozen=True):
    faces: dict[str, _FaceMetrics]  # "regular", "bold"


class _Widths(dict[str, int]):
    """Advance width in font units by character; a missing one counts as the fallback."""

    __slots__ = ("fallback",)

    def __init__(self, runs: list[tuple[int, list[int]]]) -> None:
        super().__init__()
        for first, advances in runs:
            self.update(zip(map(chr, range(first, first + len(advances))), advances, strict=True))
        self.fallback = self[_FALLBACK_CHAR]  # the build script checks the font has it

    def __missing__(self, char: str) -> int:
        return self.fallback


class _Face:
    # A plain class: the dataclass machinery costs ~2 ms of start-up.
    __slots__ = ("widths", "units_per_em", "simple", "_words")

    def __init__(self, widths: _Widths, units_per_em: int) -> None:
        self.widths = widths
        self.units_per_em = units_per_em
        # What the table alone measures right (see COMPLEX_RANGES); a set look-up
        # per text (in C) is all a Latin map pays for world scripts. Characters past
        # U+FFFF (emoji) are left to the shaped path too: reportlab's text layer
        # writes them as one wrong character (U+1F600 extracts as U+1F60).
        self.simple = frozenset(widths).union(_SEPARATORS).difference(
            _complex_chars(), [char for char in widths if char > "\uffff"])
        self._words: dict[str, tuple[tuple[str, str, int], ...]] = {}

    def units(self, text: str) -> int:
        # map over the bound __getitem__ keeps the loop in C; misses go to __missing__.
        return sum(map(self.widths.__getitem__, text))

    def word_pieces(self, word: str) -> tuple[tuple[str, str, int], ...]:
        """(glue, piece, units) for each piece of `word` (see split_after_hyphens),
        remembered: titles repeat words, and a look-up is far cheaper than measuring.
        Only words go here, never whole texts, so long texts are not kept alive."""
        pieces = self._words.get(word)
        if pieces is None:
            if len(self._words) >= _WORD_CACHE_SIZE:
                self._words.clear()
            pieces = self._words[word] = self._measure_pieces(word)
        return pieces

    def _measure_pieces(self, word: str) -> tuple[tuple[str, str, int], ...]:
        if "-" not in word:  # the common case, without the generator's cost
            return ((" ", word, self.units(word)),)
        return tuple(
            ("" if i else " ", piece, self.units(piece))
            for i, piece in enumerate(split_after_hyphens(word))
        )

    def points(self, units: int, size: float) -> float:
        return units * size / self.units_per_em


@cache
def _complex_chars() -> frozenset[str]:
    return frozenset(map(chr, chain.from_iterable(
        range(first, last + 1) for first, last in COMPLEX_RANGES)))


def font_file(bold: bool = False) -> Path:
    return resource_path("fonts", FONT_FILES[bold])


@cache
def _metrics() -> _MetricsFile:
    return msgspec.json.decode(resource_path("fonts", METRICS_FILE).read_bytes(), type=_MetricsFile)


@cache
def _face(bold: bool) -> _Face:
    # Built on first use: the bold table is not built until something bold is measured.
    face = _metrics().faces["bold" if bold else "regular"]
    return _Face(_Widths(face.runs), face.units_per_em)


def is_simple(text: str, bold: bool = False) -> bool:
    """Whether the bundled font alone shows `text`, left to right, unshaped."""
    simple = _SIMPLE.get(bold)  # asked for every line drawn: no cache wrapper in the way
    if simple is None:
        simple = _SIMPLE[bold] = _face(bold).simple
    return simple.issuperset(text)


_SIMPLE: dict[bool, frozenset[str]] = {}


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Advance width of `text` in points at `size` points; no kerning."""
    face = _face(bold)
    return face.points(face.units(text), size)


def line_height(size: float) -> float:
    """Distance between baselines: the font's own line spacing, ascent - descent + line
    gap (1.164 em for DejaVu Sans), the spacing Qt uses for the same font. Both faces
    share these metrics."""
    face = _metrics().faces["regular"]
    return (face.ascent - face.descent + face.line_gap) * size / face.units_per_em


def ascent(size: float) -> float:
    """Distance from the top of a line to its baseline (0.928 em): room for accents."""
    face = _metrics().faces["regular"]
    return face.ascent * size / face.units_per_em


def wrap(
    text: str, width: float, size: float, bold: bool = False, max_lines: int | None = None,
    language: str = "",
) -> list[str]:
    """Breaks `text` into lines no wider than `width` points at `size` points.

    Greedy, at spaces and after a hyphen inside a word; each '\\n' (or other line
    separator) starts a new line and an empty paragraph gives an empty line. Runs of
    spaces and tabs become one space and no line starts or ends with one. A word wider
    than `width` is broken with a hyphen where `language` allows (see hyphens), else
    between characters; only a single character wider than `width` makes a line wider
    than `width`. With `max_lines`, text that does not fit is cut and the last line kept
    ends with an ellipsis (max_lines < 1 gives []).
    """
    if max_lines is not None and max_lines < 1:
        return []
    face = _face(bold)
    limit = _unit_limit(bold, width, size)
    room = sys.maxsize if max_lines is None else max_lines + 1  # one line more tells "cut"
    lines: list[str] = []
    for paragraph in text.rstrip().splitlines():  # trailing blank lines would show nothing
        lines += _wrap_paragraph(paragraph, face, limit, room - len(lines), language)
        if len(lines) >= room:
            break
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _with_ellipsis(lines[-1], face, limit)
    return lines


def elide(text: str, width: float, size: float, bold: bool = False) -> str:
    """`text` on one line (whitespace runs, newlines included, become one space), cut
    to `width` points with an ellipsis at the end when it does not fit."""
    face = _face(bold)
    line = " ".join(text.split())
    limit = _unit_limit(bold, width, size)
    return line if face.units(line) <= limit else _with_ellipsis(line, face, limit)


@lru_cache(maxsize=1024)  # a layout wraps thousands of texts at a handful of widths
def _unit_limit(bold: bool, width: float, size: float) -> int:
    """The largest width in font units that text_width reports as <= `width`.

    Comparing integer units with it is exact, so every line wrap keeps has
    text_width(line) <= width even where rounding sits on the boundary.
    """
    if size <= 0:
        raise ValueError(f"font size must be positive, not {size}")
    if width == math.inf:
        return sys.maxsize
    face = _face(bold)
    limit = math.floor(width * face.units_per_em / size)
    while face.points(limit + 1, size) <= width:
        limit += 1
    while face.points(limit, size) > width:
        limit -= 1
    return limit


def wrap_paragraph(paragraph: str, width: float, size: float, bold: bool,
                   room: int) -> list[str]:
    """The lines wrap() gives one paragraph (no line separators in it), at most `room`."""
    return _wrap_paragraph(paragraph, _face(bold), _unit_limit(bold, width, size), room)


def _wrap_paragraph(paragraph: str, face: _Face, limit: int, room: int,
                    language: str = "") -> list[str]:
    """The greedy lines of one paragraph; stops early once it has `room` lines."""
    space = face.widths[" "]
    lines: list[str] = []
    line, used = "", 0
    for word in paragraph.replace("\t", " ").split(" "):
        for glue, piece, width in face.word_pieces(word) if word else ():
            if line:
                extra = width + space if glue else width
                if used + extra <= limit:
                    line, used = line + glue + piece, used + extra
                    continue
                lines.append(line)
                if len(lines) >= room:
                    return lines
            if width <= limit:
                line, used = piece, width
            else:
                *full, line = _break_word(piece, face, limit, language)
                lines += full
                used = face.units(line)
    lines.append(line)  # an empty paragraph gives an empty line
    return lines


def split_after_hyphens(word: str) -> list[str]:
    """Where a word may break: 'e-mail' -> ['e-', 'mail']. A leading, trailing or
    doubled hyphen ('-5', 'a--b') is no break point: a minus never ends a line alone."""
    pieces: list[str] = []
    start = 0
    for i in range(1, len(word) - 1):
        if word[i] == "-" and word[i - 1] != "-" and word[i + 1] != "-":
            pieces.append(word[start:i + 1])
            start = i + 1
    pieces.append(word[start:])
    return pieces


def _break_word(word: str, face: _Face, limit: int, language: str = "") -> list[str]:
    """Chunks of `word` that fit, greedily: ending in a hyphen at the language's break
    points where they allow it, else between characters; zero-width characters
    (combining accents) never start a chunk, so they stay on their base letter."""
    # The dictionary loads only here, for a word that must break (pyphen's takes ~0.1 s).
    split = hyphens_for(language) if language else None
    hyphenated = _hyphenated(word, face, limit, split) if split is not None else None
    if hyphenated is not None:
        return hyphenated
    chunks: list[str] = []
    start = used = 0
    for i, char in enumerate(word):
        width = face.widths[char]
        if width and used + width > limit and i > start:
            chunks.append(word[start:i])
            start, used = i, 0
        used += width
    chunks.append(word[start:])
    return chunks


def _hyphenated(word: str, face: _Face, limit: int, split: Hyphens) -> list[str] | None:
    """`word` in chunks that fit, each but the last ending in '-' at a break point of
    the language; None when a stretch between two points is too wide on its own (the
    caller then cuts between characters)."""
    chunks: list[str] = []
    start = fits = 0
    for point in [*break_points(word, split), len(word)]:
        dash = face.widths["-"] if point < len(word) else 0
        if face.units(word[start:point]) + dash <= limit:
            fits = point
            continue
        if fits <= start:
            return None
        chunks.append(word[start:fits] + "-")
        start = fits
        if face.units(word[start:point]) + dash > limit:
            return None
        fits = point
    chunks.append(word[start:])
    return chunks


def _with_ellipsis(line: str, face: _Face, limit: int) -> str:
    """The longest start of `line` that fits with '…' after it, plus '…'."""
    budget = limit - face.widths[ELLIPSIS]
    used = end = 0
    for i, char in enumerate(line):
        used += face.widths[char]
        if used > budget:
            break
        end = i + 1
    return line[:end].rstrip(" ") + ELLIPSIS
