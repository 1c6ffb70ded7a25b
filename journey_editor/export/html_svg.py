"""A journey's layout as SVG elements, for the HTML export: no Qt, no display needed.

Draws what render/painting.py draws on the canvas and export/painter.py on paper (same
colours, shapes and stacking: grid, blueprint lines, emotion curve, arrows, cards,
headers), from the same `geo.JourneyLayout`; nothing is measured or placed here beyond
centring a line in its block, as both painters do. SVG's y axis points down like the
layout's, so coordinates are written as they are, in points.

Every card is a focusable group (`<g class="card" tabindex="0" data-card=ID>`) that the
page's script opens in its side panel. All text and ids are escaped: a card titled
`</svg><script>` is shown, never run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape
from typing import Any

from journey_editor.export.pdf_ops import darker, lighter
from journey_editor.export.soft_hyphens import soft_hyphens

# The shapes and inks by module (geo., look.): the same ones the canvas and paper draw.
from journey_editor.layout import geometry as geo
from journey_editor.layout import style as look
from journey_editor.layout import textmetrics
from journey_editor.layout.badges import BADGE_INK, BADGE_TEXT, vote_badge
from journey_editor.layout.corners import towards
from journey_editor.layout.future_frame import (
    BADGE_PADDING,
    FRAME_PX,
    FRAME_RADIUS,
    FUTURE_COLOUR,
    badge_rect,
    corner_cell,
    fit_label,
    frame_rect,
)
from journey_editor.layout.geometry import Point, Rect, TextBlock
from journey_editor.layout.style import Style, emotion_ink, footer_marks

# A picture's key -> the id of its one <symbol> in the page, its width and height.
Pictures = dict[str, tuple[str, float, float]]
PLACEHOLDER_INK = "#8a93a3"  # the canvas's frame for a picture the file does not hold

WORD_EMS = 11.0  # a word up to this many ems is kept whole in the lane strip
# ...and in a stage's name: 'Käyttö ja / jatko' reads better than 'Käyttö ja jat- / ko'
# (a stage cut too narrow for it elides its name, viewer.js).
STAGE_WORD_EMS = 7.0

# Characters HTML and XML refuse in text (C0 controls but tab and newline, lone
# surrogates, non-characters): dropped rather than letting a browser guess.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def text(value: str) -> str:
    """User text made safe inside an element or a quoted attribute."""
    return escape(_UNSAFE.sub("", value), quote=True)


def num(value: float) -> str:
    """A coordinate to a hundredth of a point, without trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))


def _lines(block: TextBlock, ink: str) -> str:
    """A block's lines as one <text>, each line a <tspan> at its own baseline and start
    (centred, or right to left at the right, as textmetrics.line_offset says)."""
    if not block.lines:
        return ""
    ascent, size, bold = textmetrics.ascent(block.size), block.size, block.bold
    spans = "".join(
        f'<tspan {_placed(line, block, size, bold)} '
        f'y="{num(block.y + ascent + i * block.line_height)}">{text(line)}</tspan>'
        for i, line in enumerate(block.lines))
    weight = ' font-weight="bold"' if block.bold else ""
    return f'<text font-size="{num(block.size)}"{weight} fill="{ink}">{spans}</text>'


def _placed(line: str, block: TextBlock, size: float, bold: bool) -> str:
    """Where a line starts. A line the bundled font does not show alone (Arabic, Hebrew,
    Chinese...) is drawn in the reader's fonts, whose widths differ from the ones the
    layout shaped it with: it is held to the layout's width (textLength), and a right to
    left line is set right to left from its right end, as the canvas sets it."""
    x = block.x + textmetrics.line_offset(line, block.width, size, bold, block.align)
    if textmetrics.is_simple(line, bold):
        return f'x="{num(x)}"'
    width = textmetrics.text_width(line, size, bold)
    fitted = f'textLength="{num(width)}" lengthAdjust="spacingAndGlyphs"'
    if textmetrics.is_rtl(line, bold):
        return f'x="{num(x + width)}" direction="rtl" unicode-bidi="embed" {fitted}'
    return f'x="{num(x)}" {fitted}'


def line_text(value: str, x: float, top: float, size: float, bold: bool, ink: str) -> str:
    """One line of text whose top is at `top` (as render.text.draw_lines places it)."""
    block = TextBlock((value,), x, top, size, textmetrics.line_height(size), bold)
    return _lines(block, ink)


class SvgMap:
    """The SVG elements of one journey's map, in the canvas's stacking order."""

    def __init__(self, layout: geo.JourneyLayout, style: Style, titles: dict[str, str],
                 pictures: Pictures | None = None) -> None:
        self.layout = layout
        self.style = style
        self.titles = titles  # card id -> its whole title, for screen readers
        self.pictures = pictures or {}

    def elements(self) -> str:
        layout = self.layout
        return "\n".join([
            self._grid(),
            *(self._zone_line(zone) for zone in layout.zone_lines),
            *(self._curve(curve) for curve in layout.curves),
            self._connections(layout.connections),
            '<g class="cards">', *(self._card(box) for box in self._reading_order()), "</g>",
            *(self._header(h, i, True) for i, h in enumerate(layout.stage_headers)),
            *(self._header(h, i, False) for i, h in enumerate(layout.lane_headers)),
        ])

    def frozen(self, names: dict[str, str], margin: float, language: str) -> dict[str, Any]:
        """What the page's script needs to keep the stage and lane names in sight along
        the top and left edge (the app's frozen headers, canvas/frozen_headers.py): each
        header's name, place and colours, in the map's points with its `margin`. The
        names carry soft hyphens where `language` may break a word: the browser wraps
        them in their narrow strips at those points, with a hyphen, never mid-syllable."""
        layout, style = self.layout, self.style

        def name(header: geo.HeaderBox, whole_below: float = 0.0) -> str:
            return soft_hyphens(names.get(header.id) or " ".join(header.text.lines), language,
                                whole_below)

        return {
            "stages": [[name(h, STAGE_WORD_EMS), h.rect.x + margin, h.rect.w, h.fill,
                        style.header_text] for h in layout.stage_headers],
            # The lane strip is never too narrow for a word up to WORD_EMS (viewer.js).
            "lanes": [[name(h, WORD_EMS), h.rect.y + margin, h.rect.h, h.fill,
                       style.text_color] for h in layout.lane_headers],
            "word": WORD_EMS,
            # Where the cells begin: right of the lane headers, below the stage headers.
            "column": next(iter(layout.columns.values()))[0] if layout.columns else 0.0,
            "band": next(iter(layout.rows.values()))[0] if layout.rows else 0.0,
            "font": style.lane_font, "line": style.grid_line}

    def _reading_order(self) -> list[geo.CardBox]:
        """The cards stage by stage, lane by lane, top to bottom and left to right in a
        cell: the order Tab and a screen reader go through them (cards never overlap,
        so the drawing order does not show)."""
        stages = {stage: i for i, stage in enumerate(self.layout.columns)}
        lanes = {lane: i for i, lane in enumerate(self.layout.rows)}
        return sorted(self.layout.cards.values(), key=lambda box: (
            stages.get(box.stage, 0), lanes.get(box.lane, 0), box.rect.y, box.rect.x))

    # --- grid, zone lines ----------------------------------------------------------------

    def _grid(self) -> str:
        layout, style = self.layout, self.style
        if not layout.columns or not layout.rows:
            return ""
        left = next(iter(layout.columns.values()))[0]
        right, bottom = layout.width, layout.height
        top = next(iter(layout.rows.values()))[0]
        bands = [f'<rect x="{num(left)}" y="{num(y)}" width="{num(right - left)}" '
                 f'height="{num(h)}" fill="{layout.lane_fills[lane]}"/>'
                 for lane, (y, h) in layout.rows.items()]
        xs = [x for x, _ in layout.columns.values()] + [right]
        ys = [y for y, _ in layout.rows.values()] + [bottom]
        path = " ".join([f"M{num(x)} {num(top)}V{num(bottom)}" for x in xs]
                        + [f"M{num(left)} {num(y)}H{num(right)}" for y in ys])
        return ("\n".join(bands) + f'\n<path d="{path}" fill="none" stroke="{style.grid_line}" '
                f'stroke-width="{num(0.8 * style.line_scale)}"/>')

    def _zone_line(self, zone: geo.ZoneLine) -> str:
        small = self.style.small_font
        width = textmetrics.text_width(zone.label, small)
        x, y = zone.x1 - width - 10, zone.y - 6
        return (f'<line x1="{num(zone.x0)}" y1="{num(zone.y)}" x2="{num(zone.x1)}" '
                f'y2="{num(zone.y)}" stroke="{look.ZONE_LINE_INK}" stroke-width="1.2" '
                f'stroke-dasharray="4.8 2.4 1.2 2.4"/>'
                f'<rect x="{num(x)}" y="{num(y)}" width="{num(width + 8)}" height="12" '
                f'fill="#ffffff" fill-opacity="0.9"/>'
                + line_text(zone.label, x + 4, y + 1, small, False, look.ZONE_LABEL_INK))

    # --- emotion curve -------------------------------------------------------------------

    def _curve(self, curve: geo.EmotionCurve) -> str:
        style, band = self.style, curve.band
        out = [f'<line x1="{num(band.x)}" y1="{num(curve.midline)}" x2="{num(band.right)}" '
               f'y2="{num(curve.midline)}" stroke="{look.CURVE_MIDLINE_INK}" stroke-width="0.8" '
               f'stroke-dasharray="3.2 1.6"/>',
               line_text("+3", band.x + 3, band.y, style.small_font, False, style.muted_text),
               line_text("-3", band.x + 3, band.bottom - 10, style.small_font, False,
                         style.muted_text)]
        if curve.segments:
            (sx, sy), *_ = curve.segments[0]
            path = f"M{num(sx)} {num(sy)}" + "".join(
                f"C{num(a)} {num(b)} {num(c)} {num(d)} {num(e)} {num(f)}"
                for _, (a, b), (c, d), (e, f) in curve.segments)
            out.append(f'<path d="{path}" fill="none" stroke="{style.curve_color}" '
                       f'stroke-width="2.6" stroke-linecap="round"/>')
        for point in curve.points:
            if point is not None:
                score = (curve.midline - point[1]) / (band.h / 2) * 3
                out.append(f'<circle cx="{num(point[0])}" cy="{num(point[1])}" r="5.5" '
                           f'fill="{emotion_ink(round(score), style)}" stroke="#ffffff" '
                           f'stroke-width="1.5"/>')
        return "\n".join(out)

    # --- connections ---------------------------------------------------------------------

    def _connections(self, links: Iterable[geo.ConnectionPath]) -> str:
        style = self.style
        ink, width = style.connection_color, num(1.3 * style.line_scale)
        out = []
        for link in links:
            (ax, ay), (bx, by), (cx, cy) = link.arrow
            out.append(f'<path d="{route(link.points)}" fill="none" stroke="{ink}" '
                       f'stroke-width="{width}"/><path d="M{num(ax)} {num(ay)}L{num(bx)} '
                       f'{num(by)}L{num(cx)} {num(cy)}Z" fill="{ink}"/>')
            if link.tail > 0:
                x, y = link.points[0]
                out.append(f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(link.tail)}" '
                           f'fill="{ink}"/>')
        return '<g class="links">' + "".join(out) + "</g>"

    # --- cards ---------------------------------------------------------------------------

    def _card(self, box: geo.CardBox) -> str:
        style, r = self.style, box.rect
        edge = style.card_edge or darker(box.fill, 130)
        dx, dy = look.SHADOW_OFFSET
        label = text(self.titles.get(box.id, "") or " ".join(box.title.lines))
        parts = [
            f'<g class="card" tabindex="0" role="button" data-card="{text(box.id)}" '
            f'aria-label="{label}">',
            f'<rect x="{num(r.x + dx)}" y="{num(r.y + dy)}" width="{num(r.w)}" '
            f'height="{num(r.h)}" rx="{num(look.CARD_CORNER)}" fill="#000000" '
            f'fill-opacity="{look.SHADOW_ALPHA / 255:.3f}"/>',
            f'<rect class="note" x="{num(r.x)}" y="{num(r.y)}" width="{num(r.w)}" '
            f'height="{num(r.h)}" rx="{num(look.CARD_CORNER)}" fill="{box.fill}" stroke="{edge}" '
            f'stroke-width="{num(0.8 * style.line_scale)}"/>',
            _lines(box.title, style.text_color),
        ]
        if box.picture is not None:
            parts.append(self._picture(box.picture))
        if box.footer is not None:
            parts.append(footer(box.footer, box.emotion, box.key, box.inconsistent,
                                box.status, box.votes, style, r.bottom))
        parts.append("</g>")
        return "".join(parts)

    def _picture(self, band: geo.PictureBand) -> str:
        """The picture fitted into its band (a <use> of the page's one copy of it), or
        the canvas's dashed frame when the file does not hold it."""
        r = band.rect
        if band.key not in self.pictures:
            return (f'<rect x="{num(r.x)}" y="{num(r.y)}" width="{num(r.w)}" '
                    f'height="{num(r.h)}" fill="none" stroke="{PLACEHOLDER_INK}" '
                    f'stroke-width="0.8" stroke-dasharray="2 2"/>')
        symbol, width, height = self.pictures[band.key]
        f = geo.fit(r, width, height)
        return (f'<use href="#{symbol}" x="{num(f.x)}" y="{num(f.y)}" width="{num(f.w)}" '
                f'height="{num(f.h)}"/>')

    # --- headers -------------------------------------------------------------------------

    def _header(self, header: geo.HeaderBox, index: int, stage: bool) -> str:
        style, r = self.style, header.rect
        clip = f"{'s' if stage else 'l'}{index}"
        ink = style.header_text if stage else style.text_color
        out = [f'<g class="header {"stage" if stage else "lane"}" data-id="{text(header.id)}">'
               f'<rect x="{num(r.x)}" y="{num(r.y)}" width="{num(r.w)}" height="{num(r.h)}" '
               f'fill="{header.fill}"/>',
               f'<clipPath id="clip-{clip}"><rect x="{num(r.x)}" y="{num(r.y)}" '
               f'width="{num(r.w)}" height="{num(r.h)}"/></clipPath>',
               f'<g clip-path="url(#clip-{clip})">', _lines(header.text, ink)]
        if header.subtitle is not None:
            sub_ink = look.STAGE_SUBTITLE_INK if stage else style.muted_text
            out.append(_lines(header.subtitle, sub_ink))
        out.append("</g>")
        out.append(f'<rect x="{num(r.x + 0.5)}" y="{num(r.y + 0.5)}" width="{num(r.w - 1)}" '
                   f'height="{num(r.h - 1)}" fill="none" stroke="{style.grid_line}" '
                   f'stroke-width="{num(style.line_scale)}"/></g>')
        return "".join(out)


def footer(f: Rect, emotion: int | None, key: bool, inconsistent: bool, status: str,
           votes: int, style: Style, card_bottom: float) -> str:
    """A card's footer row: emotion face and score, marks, vote badge (painting._paint_footer);
    the legend draws its symbols with it too."""
    parts, x, size = [], f.x, style.small_font
    if emotion is not None:
        face, x = _face(emotion, f, style)
        parts.append(face)
        x += 4
    for mark, ink in footer_marks(key, inconsistent, status, style):
        parts.append(line_text(mark, x, f.y + 1, size + 1, True, ink))
        x += textmetrics.text_width(mark, size + 1, True) + 3
    if votes:
        badge = vote_badge(f, votes, f.h, card_bottom)
        b = badge.rect
        parts.append(f'<rect x="{num(b.x)}" y="{num(b.y)}" width="{num(b.w)}" '
                     f'height="{num(b.h)}" rx="{num(b.h / 2)}" fill="{BADGE_INK}" '
                     f'stroke="#ffffff"/><text x="{num(badge.text_x)}" '
                     f'y="{num(badge.baseline)}" font-size="{num(badge.size)}" '
                     f'font-weight="bold" fill="{BADGE_TEXT}">{text(badge.label)}</text>')
    return "".join(parts)


def _face(value: int, f: Rect, style: Style) -> tuple[str, float]:
    """The small face of painting._paint_emotion and its signed score; returns the x
    right of the score."""
    d = f.h - 2
    cx, cy = f.x + d / 2, f.y + 1 + d / 2
    ink = emotion_ink(value, style)
    edge = darker(ink, 120)
    mouth_y = cy + d * look.FACE_MOUTH_DROP
    half = d * look.FACE_MOUTH_HALF
    spread, eye_y = look.FACE_EYE_SPREAD, cy - d * look.FACE_EYE_RISE
    eyes = "".join(f'<circle cx="{num(cx + dx * d)}" cy="{num(eye_y)}" r="0.45" fill="{edge}"/>'
                   for dx in (-spread, spread))
    label = f"{value:+d}" if value else "0"
    score_x = f.x + d + 2
    face = (f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(d / 2)}" '
            f'fill="{lighter(ink, 150)}" stroke="{edge}" stroke-width="0.8"/>'
            f'<path d="M{num(cx - half)} {num(mouth_y)}Q{num(cx)} '
            f'{num(mouth_y + value * d * look.FACE_MOUTH_BEND)} {num(cx + half)} {num(mouth_y)}" '
            f'fill="none" stroke="{edge}" stroke-width="0.8"/>{eyes}'
            + line_text(label, score_x, f.y + 1, style.small_font, True, darker(ink, 130)))
    return face, score_x + textmetrics.text_width(label, style.small_font, True)


def future_frame(layout: geo.JourneyLayout, style: Style, label: str, about: str) -> str:
    """A future-state map's frame around the whole map and its badge in the corner cell,
    as the canvas draws them (render/picture.paint_future_frame): the frame a few pixels
    wide at any zoom, the badge's label in the map's language, `about` its tooltip."""
    f = frame_rect(layout.width, layout.height)
    label, size = fit_label(label, style)
    pill = badge_rect(corner_cell(style), label, size)
    across, down = BADGE_PADDING
    return (f'<g class="future-frame"><rect class="frame" x="{num(f.x)}" y="{num(f.y)}" '
            f'width="{num(f.w)}" height="{num(f.h)}" rx="{num(FRAME_RADIUS)}" fill="none" '
            f'stroke="{FUTURE_COLOUR}" stroke-width="{FRAME_PX}" '
            f'vector-effect="non-scaling-stroke"/><g class="badge"><title>{text(about)}</title>'
            f'<rect x="{num(pill.x)}" y="{num(pill.y)}" width="{num(pill.w)}" '
            f'height="{num(pill.h)}" rx="{num(pill.h / 2)}" fill="{FUTURE_COLOUR}"/>'
            + line_text(label, pill.x + across, pill.y + down, size, True, "#ffffff")
            + "</g></g>")


def route(points: tuple[Point, ...]) -> str:
    """A connection's polyline with its corners rounded, as painting.connection_path
    draws it (a quadratic through each corner, layout.corners)."""
    out = [f"M{num(points[0][0])} {num(points[0][1])}"]
    for before, (x, y), after in zip(points, points[1:], points[2:], strict=False):
        (x1, y1), (x2, y2) = towards(x, y, before), towards(x, y, after)
        out.append(f"L{num(x1)} {num(y1)}Q{num(x)} {num(y)} {num(x2)} {num(y2)}")
    out.append(f"L{num(points[-1][0])} {num(points[-1][1])}")
    return "".join(out)
