"""Paints a JourneyLayout as PDF operators, looking like the canvas (render/painting.py).

Same colours, shapes and layering as the screen: grid, blueprint zone lines, emotion
curve, connections, cards (shadowed rounded notes, title, footer with emotion face,
marks and the vote badge), headers on top. Nothing is measured or placed here beyond what
the layout decided, except centring a line in its block, as the canvas does.

The layout's y axis points down; PDF's points up. The painter flips y (Y = height - y)
and the caller places the map with a transform.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from journey_editor.export.pdf_ops import (
    Box,
    FormMaker,
    PdfOut,
    blend,
    circle,
    clip,
    darker,
    fill,
    lighter,
    rect,
    rounded_rect,
    stroke,
)
from journey_editor.export.pdf_pictures import draw_picture
from journey_editor.layout import textmetrics
from journey_editor.layout.badges import BADGE_INK, BADGE_TEXT, Badge, vote_badge
from journey_editor.layout.geometry import (
    CardBox,
    ConnectionPath,
    HeaderBox,
    JourneyLayout,
    Point,
    Rect,
    TextBlock,
)
from journey_editor.layout.routing import ROUTE_CORNER
from journey_editor.layout.style import (
    CARD_CORNER,
    CURVE_MIDLINE_INK,
    FACE_EYE_RISE,
    FACE_EYE_SPREAD,
    FACE_MOUTH_BEND,
    FACE_MOUTH_DROP,
    FACE_MOUTH_HALF,
    SHADOW_ALPHA,
    SHADOW_OFFSET,
    STAGE_SUBTITLE_INK,
    ZONE_LABEL_INK,
    ZONE_LINE_INK,
    Style,
    emotion_ink,
    footer_marks,
)

# A footer narrower than this could overflow with every mark set; such cards get a clip.
FOOTER_SAFE_WIDTH = 125.0
Line = tuple[str, float, float, float, bool]  # text, x, baseline y, size, bold
# lines, x, first baseline y, size, bold, leading
TitleBlock = tuple[tuple[str, ...], float, float, float, bool, float]


def block_lines(block: TextBlock, height: float) -> list[Line]:
    """The lines of a block as drawn: baseline at y + ascent + i * line height, flipped;
    each starts where textmetrics.line_offset says (centred, or right-to-left lines
    at the right), as on the canvas."""
    ascent = textmetrics.ascent(block.size)
    size, bold = block.size, block.bold
    lines = []
    for i, text in enumerate(block.lines):
        x = block.x + textmetrics.line_offset(text, block.width, size, bold, block.align)
        lines.append((text, x, height - (block.y + ascent + i * block.line_height), size, bold))
    return lines


FooterKey = tuple[str, float, float, int | None, bool, bool, str, int]
NoteKey = tuple[str, float, float, str, str]  # "note", width, height, fill, background


def footer_key(width: float, height: float, emotion: int | None = None, key: bool = False,
               inconsistent: bool = False, status: str = "draft", votes: int = 0) -> FooterKey:
    return ("footer", width, height, emotion, key, inconsistent, status, votes)


def footer_form(style: Style) -> FormMaker:
    """A form maker for footer keys: what a card's footer row shows, origin lower left."""

    def make(key: FooterKey) -> tuple[Box, Any]:
        _, w, h, *_rest = key
        return (-2.0, -2.0, w + 2, h + 2), lambda out: _draw_footer(out, key, style)

    return make


def _draw_footer(out: PdfOut, key: FooterKey, style: Style) -> None:
    _, w, h, emotion, is_key, inconsistent, status, votes = key
    small = style.small_font
    lines: list[tuple[Line, str]] = []
    x = 0.0
    if emotion is not None:
        x = _draw_face(out, emotion, h, style)
        label = f"{emotion:+d}" if emotion else "0"
        lines.append(((label, x + 2, h - 1 - textmetrics.ascent(small), small, True),
                      darker(emotion_ink(emotion, style), 130)))
        x += 2 + textmetrics.text_width(label, small, True) + 4
    for mark, ink in footer_marks(is_key, inconsistent, status, style):
        lines.append(((mark, x, h - 1 - textmetrics.ascent(small + 1), small + 1, True), ink))
        x += textmetrics.text_width(mark, small + 1, True) + 3
    for line, ink in lines:
        out.text_block([line], ink)
    if votes:
        _draw_badge(out, vote_badge(Rect(0.0, 0.0, w, h), votes, h), h)


def _draw_badge(out: PdfOut, badge: Badge, h: float) -> None:
    """The vote count on its disc, as the canvas draws it (painting._paint_votes); the
    badge is laid out y down in a footer of height `h`."""
    r = badge.rect
    out.emit(f"{fill(BADGE_INK)} {stroke('#ffffff')} 1 w "
             f"{rounded_rect(r.x, h - r.y - r.h, r.w, r.h, r.h / 2)} B")
    out.text_block([(badge.label, badge.text_x, h - badge.baseline, badge.size, True)],
                   BADGE_TEXT)


def _draw_face(out: PdfOut, value: int, h: float, style: Style) -> float:
    """The small face of painting._paint_emotion; returns the x right of it."""
    d = h - 2
    r = d / 2
    cx, cy = r, h - 1 - r  # the face's top is 1 below the footer's top
    ink = emotion_ink(value, style)
    edge = darker(ink, 120)
    half = FACE_MOUTH_HALF * d
    mouth_y = cy - FACE_MOUTH_DROP * d
    bend = cy - (FACE_MOUTH_DROP * d + value * d * FACE_MOUTH_BEND)
    # The quadratic mouth of the canvas as a cubic: controls 2/3 of the way to the apex.
    c1x, c2x = cx - half + half * 2 / 3, cx + half - half * 2 / 3
    cy_ctrl = mouth_y + (bend - mouth_y) * 2 / 3
    eyes = " ".join(rect(cx + dx * d - 0.4, cy + FACE_EYE_RISE * d - 0.4, 0.8, 0.8)
                    for dx in (-FACE_EYE_SPREAD, FACE_EYE_SPREAD))
    out.emit(
        f"q {fill(lighter(ink, 150))} {stroke(edge)} 0.8 w {circle(cx, cy, r)} B "
        f"{cx - half:.2f} {mouth_y:.2f} m {c1x:.2f} {cy_ctrl:.2f} {c2x:.2f} {cy_ctrl:.2f} "
        f"{cx + half:.2f} {mouth_y:.2f} c S {fill(edge)} {eyes} f Q")
    return d


class MapPainter:
    """Draws one layout into `out`, in layout units with y flipped (origin lower left)."""

    def __init__(self, out: PdfOut, style: Style, layout: JourneyLayout,
                 routes: Sequence[str] | None = None) -> None:
        self.out = out
        self.style = style
        self.layout = layout
        self.height = layout.height
        self._footer_form = footer_form(style)
        # Each connection's route, when the caller made them (tiled sheets: from the
        # points and corners of whole connections, formatted once for all their pieces).
        self._routes = routes

    def draw(self) -> None:
        self._grid()
        self._zone_lines()
        self._curves()
        self._connections()
        self._cards()
        self._headers()

    # --- grid ------------------------------------------------------------------------

    def _grid(self) -> None:
        layout, height = self.layout, self.height
        if not layout.columns or not layout.rows:
            return
        x0 = min(x for x, _ in layout.columns.values())
        x1 = max(x + w for x, w in layout.columns.values())
        ops = []
        # One band per lane: its cells share the lane's tint.
        for lane, (y, h) in layout.rows.items():
            ops.append(f"{fill(layout.lane_fills[lane])} {rect(x0, height - y - h, x1 - x0, h)} f")
        top = min(y for y, _ in layout.rows.values())
        bottom = max(y + h for y, h in layout.rows.values())
        lines = [f"{stroke(self.style.grid_line)} 0.8 w"]
        for x in sorted({x for x, _ in layout.columns.values()} | {x1}):
            lines.append(f"{x:.2f} {height - top:.2f} m {x:.2f} {height - bottom:.2f} l")
        for y in sorted({y for y, _ in layout.rows.values()} | {bottom}):
            lines.append(f"{x0:.2f} {height - y:.2f} m {x1:.2f} {height - y:.2f} l")
        self.out.emit("\n".join(ops + lines) + " S")

    def _zone_lines(self) -> None:
        small, height = self.style.small_font, self.height
        for zone in self.layout.zone_lines:
            y = height - zone.y
            width = textmetrics.text_width(zone.label, small)
            bx, by = zone.x1 - width - 10, zone.y - 6  # the label's box, as on the canvas
            self.out.emit(
                f"q {stroke(ZONE_LINE_INK)} 1.2 w [4.8 2.4 1.2 2.4] 0 d {zone.x0:.2f} {y:.2f} m "
                f"{zone.x1:.2f} {y:.2f} l S Q {fill('#ffffff')} "
                f"{rect(bx, height - by - 12, width + 8, 12)} f")
            self.out.text_block([(zone.label, bx + 4, height - by - 1 - textmetrics.ascent(small),
                                  small, False)], ZONE_LABEL_INK)

    # --- emotion curve ---------------------------------------------------------------

    def _curves(self) -> None:
        style, height, out = self.style, self.height, self.out
        for curve in self.layout.curves:
            band, mid = curve.band, height - curve.midline
            out.emit(f"q {stroke(CURVE_MIDLINE_INK)} 0.8 w [3.2 1.6] 0 d {band.x:.2f} {mid:.2f} m "
                     f"{band.right:.2f} {mid:.2f} l S Q")
            small = style.small_font
            ascent = textmetrics.ascent(small)
            out.text_block([("+3", band.x + 3, height - band.y - ascent, small, False),
                            ("-3", band.x + 3, height - band.bottom + 10 - ascent, small, False)],
                           style.muted_text)
            if curve.segments:
                (sx, sy), *_ = curve.segments[0]
                path = [f"{sx:.2f} {height - sy:.2f} m"]
                path += [f"{a:.2f} {height - b:.2f} {c:.2f} {height - d:.2f} {e:.2f} "
                         f"{height - f:.2f} c" for _, (a, b), (c, d), (e, f) in curve.segments]
                out.emit(f"q {stroke(style.curve_color)} 2.6 w 1 J 1 j {' '.join(path)} S Q")
            dots = []
            for point in curve.points:
                if point is not None:
                    value = (curve.midline - point[1]) / (band.h / 2) * 3
                    dots.append(f"{fill(emotion_ink(round(value), style))} "
                                f"{circle(point[0], height - point[1], 5.5)} B")
            if dots:
                out.emit(f"q {stroke('#ffffff')} 1.5 w " + " ".join(dots) + " Q")

    # --- connections -----------------------------------------------------------------

    def _connections(self) -> None:
        links = self.layout.connections
        if not links:
            return
        # Connections are most of a big map's bytes: they are written in tenths of a
        # point as integers, under a 0.1 scale. That formats twice as fast and is 15 %
        # smaller than decimals, and is still exact to 0.035 mm. ("%d" % (v + .5) rounds
        # as the map's coordinates are never negative: its origin is its top left.)
        h, ink = self.height * 10, self.style.connection_color
        routes = self._routes if self._routes is not None else [
            route(link.points, h) for link in links]
        # A connection cut to a tiled sheet has no head where it leaves the sheet: its
        # arrow is a point, which would fill nothing (sheet_links._run).
        arrows = ["%d %d m %d %d l %d %d l h" % (a * 10 + .5, h - b * 10 + .5, c * 10 + .5,
                                                 h - d * 10 + .5, e * 10 + .5, h - f * 10 + .5)
                  for (a, b), (c, d), (e, f) in (link.arrow for link in links)
                  if c != e or d != f]
        heads = f"\n{fill(ink)}\n" + "\n".join(arrows) + " f\n" if arrows else "\n"
        self.out.emit(f"q 0.1 0 0 0.1 0 0 cm {stroke(ink)} 13 w 1 j\n" + "\n".join(routes)
                      + heads + _tails(links, h) + " Q")

    # --- cards -----------------------------------------------------------------------

    def _cards(self) -> None:
        out, height, fills = self.out, self.height, self.layout.lane_fills
        notes: list[tuple[NoteKey, float, float]] = []
        footers: list[tuple[FooterKey, float, float]] = []
        titles: list[TitleBlock] = []
        clipped: list[CardBox] = []
        ascent = {self.style.card_font: textmetrics.ascent(self.style.card_font)}
        for box in self.layout.cards.values():
            r, f, t = box.rect, box.footer, box.title
            # Notes and footers repeat (same size, colour, marks): each is a form, drawn
            # once and placed ~45 bytes at a time instead of ~400 bytes of shapes. (One
            # form for both was tried: many more forms, larger and slower files.)
            notes.append((("note", r.w, r.h, box.fill, fills[box.lane]), r.x, height - r.bottom))
            if t.width < 2 * t.size or (f is not None and f.w < FOOTER_SAFE_WIDTH):
                clipped.append(box)  # so narrow that its content might not fit: clipped
                continue
            if t.align == "left" and not textmetrics.any_rtl(t.lines, t.bold):
                if t.size not in ascent:
                    ascent[t.size] = textmetrics.ascent(t.size)
                titles.append((t.lines, t.x, height - t.y - ascent[t.size], t.size, t.bold,
                               t.line_height))
            else:
                titles += [((text,), x, y, size, bold, 0.0)
                           for text, x, y, size, bold in block_lines(t, height)]
            if f is not None:
                footers.append((self._footer_key(box), f.x, height - f.bottom))
        out.place_forms(notes, self._note_form)
        for box in self.layout.cards.values():
            if box.picture is not None:
                draw_picture(out, box.picture, height)
        out.text_blocks(titles, self.style.text_color)
        out.place_forms(footers, self._footer_form)
        for box in clipped:
            r, f = box.rect, box.footer
            out.emit(f"q {clip(r.x, height - r.bottom, r.w, r.h)}")
            out.text_block(block_lines(box.title, height), self.style.text_color)
            if f is not None:
                out.place_form(self._footer_key(box), f.x, height - f.bottom, self._footer_form)
            out.emit("Q")

    @staticmethod
    def _footer_key(box: CardBox) -> FooterKey:
        f = box.footer
        assert f is not None
        return footer_key(f.w, f.h, box.emotion, box.key, box.inconsistent, box.status,
                          box.votes)

    def _note_form(self, key: NoteKey) -> tuple[Box, Any]:
        _, w, h, ink, background = key
        dx, dy = SHADOW_OFFSET

        def draw(out: PdfOut) -> None:
            # The canvas's shadow is black at 11 % offset down-right: the same colour,
            # mixed with the cell's tint it falls on, drawn opaque (y points up here).
            shadow = blend("#000000", background, SHADOW_ALPHA / 255)
            out.emit(f"{fill(shadow)} {rounded_rect(dx, -dy, w, h, CARD_CORNER)} f "
                     f"{fill(ink)} {stroke(darker(ink, 130))} 0.8 w "
                     f"{rounded_rect(0, 0, w, h, CARD_CORNER)} B")

        # A form is clipped to its bounding box: nothing of a note (and its shadow)
        # reaches past its edges.
        return (-1.0, -3.0, w + 3, h + 1), draw

    # --- headers ---------------------------------------------------------------------

    def _headers(self) -> None:
        style, height, out = self.style, self.height, self.out
        headers = [(h, True) for h in self.layout.stage_headers]
        headers += [(h, False) for h in self.layout.lane_headers]
        out.emit("\n".join(f"{fill(h.fill)} {self._rect(h)} f" for h, _ in headers))
        for header, stage in headers:
            self._header_text(header, stage)
        if headers:
            frames = " ".join(rect(h.rect.x + 0.5, height - h.rect.bottom + 0.5, h.rect.w - 1,
                                   h.rect.h - 1) for h, _ in headers)
            out.emit(f"{stroke(style.grid_line)} 1 w {frames} S")

    def _rect(self, header: HeaderBox) -> str:
        r = header.rect
        return rect(r.x, self.height - r.bottom, r.w, r.h)

    def _header_text(self, header: HeaderBox, stage: bool) -> None:
        style, out = self.style, self.out
        # A long lane name can wrap to more lines than a short lane holds: clip to the box.
        out.emit(f"q {self._rect(header)} W n")
        out.text_block(block_lines(header.text, self.height),
                       style.header_text if stage else style.text_color)
        if header.subtitle is not None:
            out.text_block(block_lines(header.subtitle, self.height),
                           STAGE_SUBTITLE_INK if stage else style.muted_text)
        out.emit("Q")


def _tails(links: list[ConnectionPath], h: float) -> str:
    """The dot at each connection's source end (see painting.paint_connection), in tenths
    of a point: a line 0.1 pt long with a round cap as wide as the dot, ~20 bytes each,
    one line width per dot size. (Some viewers draw no cap on a line of length 0.)"""
    by_size: dict[float, list[str]] = {}
    for link in links:
        if link.tail > 0:
            x, y = link.points[0]
            by_size.setdefault(link.tail, []).append(
                "%d %d m %d %d l" % (x * 10 + .5, h - y * 10 + .5, x * 10 + 1.5, h - y * 10 + .5))
    return "1 J " + "\n".join(f"{radius * 20:.1f} w " + " ".join(dots) + " S"
                               for radius, dots in by_size.items())


def route(points: tuple[Point, ...], h: float) -> str:
    """A connection in tenths of a point (see _connections), y flipped at `h`: the
    polyline with corners rounded as on the canvas (painting.connection_path)."""
    pts = tenths(points, h)
    return run_route(pts, corners(pts), 0, len(pts) - 1)


def tenths(points: tuple[Point, ...], h: float) -> list[tuple[float, float]]:
    """Points in tenths of a point, y flipped at `h` (tenths too)."""
    return [(x * 10, h - y * 10) for x, y in points]


def run_route(pts: list[tuple[float, float]], corner_ops: list[str], first: int,
              last: int) -> str:
    """The route along points first..last of `pts` (tenths), `corner_ops` the corners
    of all of them: a tiled sheet's run of a connection, or all of it."""
    return " ".join(["%d %d m" % (pts[first][0] + .5, pts[first][1] + .5),
                     *corner_ops[first:last - 1],
                     "%d %d l S" % (pts[last][0] + .5, pts[last][1] + .5)])


def corners(pts: list[tuple[float, float]]) -> list[str]:
    """The rounded corner at each inner point of a route in tenths of a point, y up:
    a line to where it starts, the canvas's quadratic corner (control point on the
    corner) as the equal cubic. Arithmetic inlined: a big map has thousands of these."""
    ops = []
    radius = ROUTE_CORNER * 10
    for (bx, by), (cx, cy), (ax, ay) in zip(pts, pts[1:], pts[2:], strict=False):
        dx, dy = bx - cx, by - cy
        length = (dx * dx + dy * dy) ** 0.5 or 1e-6
        step = (radius if radius < length / 2 else length / 2) / length  # min(), unrolled
        x1, y1 = cx + dx * step, cy + dy * step  # where the corner starts
        dx, dy = ax - cx, ay - cy
        length = (dx * dx + dy * dy) ** 0.5 or 1e-6
        step = (radius if radius < length / 2 else length / 2) / length
        x2, y2 = cx + dx * step, cy + dy * step  # and ends
        ops.append("%d %d l %d %d %d %d %d %d c" % (
            x1 + .5, y1 + .5, (x1 + 2 * cx) / 3 + .5, (y1 + 2 * cy) / 3 + .5,
            (x2 + 2 * cx) / 3 + .5, (y2 + 2 * cy) / 3 + .5, x2 + .5, y2 + .5))
    return ops
