"""Shaping (HarfBuzz) and bidi (UAX #9) for text the simple path cannot show.

A line is cut into runs: each character gets the font that draws it (fallback_fonts)
and its bidi embedding level (python-bidi); consecutive characters sharing both form a
run, shaped by HarfBuzz in logical order, and the runs are placed in visual order
(rule L2). The result, in em, is what the layout measures (complex_text.py) and what
both painters draw: the same glyph ids of the same font files at the same positions, so
screen and paper agree. Lines are cached: layout and painting ask for the same ones.

uharfbuzz and python-bidi are imported on the first such text (never for a Latin map).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from journey_editor.layout import fallback_fonts
from journey_editor.layout.fallback_fonts import FontSource
from journey_editor.layout.simple_text import is_simple

# Kerning and ligatures off in the bundled font, as in the simple path (textmetrics),
# so its Latin measures the same inside a mixed line as alone. Other fonts keep their
# defaults: Arabic and Indic scripts need their ligatures.
_BUNDLED_FEATURES = {"kern": False, "liga": False, "clig": False}
# Characters that take the font of the character before them when it has them, so a
# run of Arabic or Chinese is not cut at each space, digit or punctuation mark (which
# would also break HarfBuzz's context for joining).
_FOLLOWERS = frozenset({"Zs", "Mn", "Mc", "Me", "Cf", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf",
                        "Po", "Nd", "Sm", "Sc"})
# Never reported missing: HarfBuzz draws nothing for them (joiners, variation selectors).
_INVISIBLE = frozenset({"Cf", "Mn"})
_RTL_CLASSES = frozenset({"R", "AL", "RLE", "RLO", "RLI"})
_CACHE_SIZE = 50_000
REPLACEMENT = "\ufffd"


@dataclass(frozen=True, slots=True)
class GlyphRun:
    """Glyphs of one font, left to right as drawn; positions in em from the line's
    start (x, pen position plus offset) and above the baseline (y)."""

    source: FontSource
    glyphs: tuple[int, ...]
    x: tuple[float, ...]
    y: tuple[float, ...]
    clusters: tuple[int, ...]  # each glyph's first character, an index in the line
    rtl: bool


@dataclass(frozen=True, slots=True)
class ShapedLine:
    runs: tuple[GlyphRun, ...]  # in visual order, left to right
    width: float  # advance of the whole line, em
    missing: str  # characters no installed font has, drawn as REPLACEMENT
    rtl: bool  # the line's base direction (its first strong character)


class _Font:
    """A HarfBuzz font at 1 unit = 1 font unit, and what it covers."""

    __slots__ = ("hb", "upem", "_covers")

    def __init__(self, source: FontSource) -> None:
        import uharfbuzz as hb

        face = hb.Face(hb.Blob.from_file_path(source.path), source.index)
        self.hb: Any = hb.Font(face)
        self.upem: int = face.upem
        self._covers: dict[str, bool] = {}

    def covers(self, char: str) -> bool:
        known = self._covers.get(char)
        if known is None:
            known = self._covers[char] = self.hb.get_nominal_glyph(ord(char)) is not None
        return known


@cache
def font(source: FontSource) -> _Font:
    return _Font(source)


@lru_cache(maxsize=_CACHE_SIZE)
def shape(text: str, bold: bool = False) -> ShapedLine:
    """`text` (one line, no line breaks) shaped: its glyph runs in visual order."""
    sources, missing = _fonts_for(text, bold)
    levels = _levels(text)
    spans = _spans(sources, levels)
    # A character no font has is drawn as the bundled font's replacement character
    # (as the simple path measures it), not as a box; extraction still gives it.
    drawn = text.translate({ord(char): REPLACEMENT for char in missing}) if missing else text
    runs: list[tuple[int, GlyphRun, float]] = []
    for start, end in spans:
        run, advance = _shape_run(drawn, start, end, sources[start], levels[start] % 2 == 1)
        runs.append((levels[start], run, advance))
    ordered = _visual_order(runs)
    placed: list[GlyphRun] = []
    pen = 0.0
    for run, advance in ordered:
        placed.append(GlyphRun(run.source, run.glyphs, tuple(pen + x for x in run.x), run.y,
                               run.clusters, run.rtl))
        pen += advance
    rtl = bool(levels) and _base_level(text) == 1
    return ShapedLine(tuple(placed), pen, missing, rtl)


def _fonts_for(text: str, bold: bool) -> tuple[list[FontSource], str]:
    """The font of each character, and the characters no font covers."""
    plain = fallback_fonts.bundled(bold)
    cjk = fallback_fonts.cjk_order(text)
    sources: list[FontSource] = []
    missing: list[str] = []
    for char in text:
        category = unicodedata.category(char)
        previous = sources[-1] if sources else None
        if previous is not None and not previous.bundled and category in _FOLLOWERS \
                and font(previous).covers(char):
            sources.append(previous)
        elif is_simple(char, bold):
            sources.append(plain)
        else:
            found = _covering(char, bold, cjk)
            if found is None and category not in _INVISIBLE:
                missing.append(char)
            sources.append(found or plain)
    return sources, "".join(dict.fromkeys(missing))


@lru_cache(maxsize=_CACHE_SIZE)
def _covering(char: str, bold: bool, cjk: tuple[str, ...]) -> FontSource | None:
    for source in fallback_fonts.candidates(bold, cjk):
        if font(source).covers(char):
            return source
    for source in fallback_fonts.last_resort(char, bold):
        if font(source).covers(char):
            return source
    return None


def _base_level(text: str) -> int:
    from bidi.algorithm import get_base_level

    return int(get_base_level(text))


def _levels(text: str) -> list[int]:
    """The bidi embedding level of each character (UAX #9): 0 all along for text with
    nothing right-to-left, which needs no algorithm."""
    if not any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text):
        return [0] * len(text)
    from bidi import algorithm as uba

    # Unassigned code points have no bidi class in unicodedata, which python-bidi's
    # algorithm cannot take: they count as the neutral U+FFFD they are drawn as.
    text = "".join(char if unicodedata.bidirectional(char) else REPLACEMENT for char in text)
    storage = uba.get_empty_storage()
    storage["base_level"] = base = _base_level(text)
    storage["base_dir"] = "LR"[base]
    uba.get_embedding_levels(text, storage)
    chars = list(storage["chars"])  # X9 drops controls from storage, not from this list
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    return [int(char["level"]) for char in chars]


def _spans(sources: list[FontSource], levels: list[int]) -> list[tuple[int, int]]:
    """(start, end) of the runs of equal font and level, in logical order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(sources) + 1):
        if i == len(sources) or sources[i] != sources[start] or levels[i] != levels[start]:
            spans.append((start, i))
            start = i
    return spans


def _shape_run(text: str, start: int, end: int, source: FontSource,
               rtl: bool) -> tuple[GlyphRun, float]:
    """One run shaped, with the text around it as context (Arabic joining across a
    change of level); positions from the run's own start."""
    import uharfbuzz as hb

    shaper = font(source)
    buffer = hb.Buffer()
    buffer.add_str(text, item_offset=start, item_length=end - start)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    hb.shape(shaper.hb, buffer, _BUNDLED_FEATURES if source.bundled else {})
    scale = 1.0 / shaper.upem
    xs, ys = [], []
    pen = 0.0
    for position in buffer.glyph_positions:
        xs.append(pen + position.x_offset * scale)
        ys.append(position.y_offset * scale)
        pen += position.x_advance * scale
    infos = buffer.glyph_infos
    run = GlyphRun(source, tuple(info.codepoint for info in infos), tuple(xs), tuple(ys),
                   tuple(info.cluster for info in infos), rtl)
    return run, pen


def _visual_order(runs: list[tuple[int, GlyphRun, float]]) -> list[tuple[GlyphRun, float]]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every
    sequence of runs at that level or above."""
    order = list(runs)
    if order:
        levels = [level for level, _, _ in order]
        lowest_odd = min(level for level in levels) | 1
        for level in range(max(levels), lowest_odd - 1, -1):
            i = 0
            while i < len(order):
                if order[i][0] >= level:
                    j = i
                    while j < len(order) and order[j][0] >= level:
                        j += 1
                    order[i:j] = reversed(order[i:j])
                    i = j
                else:
                    i += 1
    return [(run, advance) for _, run, advance in order]


def cluster_starts(text: str, bold: bool = False) -> list[int]:
    """Where `text` may be cut without splitting what is drawn as one (a letter and its
    marks, a conjunct, a ligature): the index of each cluster's first character."""
    line = shape(text, bold)
    return sorted({0, *(c for run in line.runs for c in run.clusters)})
