"""The poster's title block (above the map) and legend (below it).

Both are laid out in "base" points (a 10 pt body text) for a given width, then drawn
scaled by the page's paper factor, so an A0 poster gets a title readable from across
the room while an A4 print keeps it modest. Every string is measured with the layout's
text metrics and elided or wrapped to fit: nothing runs off the page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from journey_editor.export.painter import footer_form, footer_key
from journey_editor.export.pdf_ops import PdfOut, darker, fill, rounded_rect, stroke
from journey_editor.i18n import translate_in
from journey_editor.layout import textmetrics
from journey_editor.layout.future_frame import FUTURE_COLOUR
from journey_editor.layout.geometry import JourneyLayout
from journey_editor.layout.style import STAR, STATUS_MARKS, WARNING, Style
from journey_editor.model.types import Journey, Workspace

TITLE_SIZE, BODY_SIZE, LEGEND_SIZE = 22.0, 10.0, 8.0
ROW = 16.0  # legend row height
ITEM_GAP, SECTION_GAP = 10.0, 22.0
LANE_NAME_WIDTH = 150.0
Draw = Callable[[PdfOut, float, float], None]  # out, x, y of the item's top (PDF, base units)


def _in(language: str, text: str) -> str:
    """A label of the poster, in the map's language (`Journey.language`)."""
    return translate_in(language, "Export", text)


@dataclass(frozen=True)
class TitleInfo:
    """What the title block says about one journey."""

    journey: str
    persona: str
    goal: str
    state: str
    date: str
    file_name: str
    revision: str
    future: bool = False
    language: str = ""  # the journey's: what the block's own words are in


def title_info(workspace: Workspace, journey: Journey, file_name: str,
               today: dt.date) -> TitleInfo:
    persona = next((p.name for p in workspace.personas if p.id == journey.persona), "")
    revisions, language = workspace.revisions, journey.language
    if revisions:
        last = revisions[-1]
        revision = _in(language, "{0}, {1}").format(len(revisions),
                                                    last.date.date().isoformat())
        if last.author:
            revision = _in(language, "{0} by {1}").format(revision, last.author)
    else:
        revision = "\u2013"
    state = (_in(language, "Future state") if journey.state == "future"
             else _in(language, "Current state"))
    return TitleInfo(journey.name or _in(language, "Untitled journey"), persona, journey.goal,
                     state, today.isoformat(), file_name or "\u2013", revision,
                     journey.state == "future", language)


@dataclass
class Band:
    """A measured block: its height in base points and how to draw it at (x, top)."""

    height: float
    draw: Draw


def _baseline(top: float, size: float) -> float:
    return top - textmetrics.ascent(size)


def title_band(info: TitleInfo, width: float, style: Style) -> Band:
    """Journey name, persona and goal on the left; state, date, file, revision right."""
    right_w = min(220.0, width * 0.38)
    left_w = width - right_w - 16
    name = textmetrics.elide(info.journey, left_w, TITLE_SIZE, True)
    body_lh = textmetrics.line_height(BODY_SIZE)
    left: list[tuple[str, bool]] = []
    if info.persona:
        persona = _in(info.language, "Persona: {0}").format(info.persona)
        left.append((textmetrics.elide(persona, left_w, BODY_SIZE), False))
    if info.goal:
        goal = textmetrics.wrap(_in(info.language, "Goal: {0}").format(info.goal), left_w,
                                BODY_SIZE, max_lines=2)
        left += [(line, False) for line in goal]
    right = [textmetrics.elide(text, right_w, BODY_SIZE) for text in (
        _in(info.language, "Date: {0}").format(info.date),
        _in(info.language, "File: {0}").format(info.file_name),
        _in(info.language, "Revision: {0}").format(info.revision))]
    title_h = textmetrics.line_height(TITLE_SIZE) + 4
    height = max(title_h + len(left) * body_lh, body_lh * (len(right) + 1) + 6) + 10
    state_w = textmetrics.text_width(info.state, BODY_SIZE, True) + 14

    def draw(out: PdfOut, x: float, top: float) -> None:
        lines = [(name, x, _baseline(top, TITLE_SIZE), TITLE_SIZE, True)]
        lines += [(text, x, _baseline(top - title_h - i * body_lh, BODY_SIZE), BODY_SIZE, bold)
                  for i, (text, bold) in enumerate(left)]
        out.text_block(lines, style.text_color)
        right_x = x + width
        pill = FUTURE_COLOUR if info.future else style.header_fill  # the canvas's frame
        badge = rounded_rect(right_x - state_w, top - body_lh - 2, state_w, body_lh + 2, 4)
        out.emit(f"{fill(pill)} {badge} f")
        out.text_block([(info.state, right_x - state_w + 7, _baseline(top - 1, BODY_SIZE),
                         BODY_SIZE, True)], style.header_text)
        out.text_block([(text, right_x - textmetrics.text_width(text, BODY_SIZE),
                         _baseline(top - (i + 1) * body_lh - 6, BODY_SIZE), BODY_SIZE, False)
                        for i, text in enumerate(right)], style.muted_text)
        rule = top - height + 4
        out.emit(f"{stroke(style.header_fill)} 1.2 w {x:.2f} {rule:.2f} m "
                 f"{x + width:.2f} {rule:.2f} l S")

    return Band(height, draw)


# --- legend ------------------------------------------------------------------------

Item = tuple[float, Draw, bool]  # width, draw, is a section heading


def _text_item(text: str, style: Style, bold: bool = False, ink: str | None = None,
               dx: float = 0.0) -> tuple[float, Draw]:
    width = textmetrics.text_width(text, LEGEND_SIZE, bold)

    def draw(out: PdfOut, x: float, top: float) -> None:
        baseline = top - (ROW - LEGEND_SIZE) / 2 - textmetrics.ascent(LEGEND_SIZE) + 1
        out.text_block([(text, x + dx, baseline, LEGEND_SIZE, bold)], ink or style.text_color)

    return dx + width, draw


def _joined(first: tuple[float, Draw], label: str, style: Style) -> Item:
    """A symbol followed by its label."""
    symbol_w, symbol = first
    text_w, text = _text_item(label, style, dx=symbol_w + 4)

    def draw(out: PdfOut, x: float, top: float) -> None:
        symbol(out, x, top)
        text(out, x, top)

    return text_w, draw, False


def _swatch(color: str) -> tuple[float, Draw]:
    def draw(out: PdfOut, x: float, top: float) -> None:
        out.emit(f"{fill(color)} {stroke(darker(color, 130))} 0.6 w "
                 f"{rounded_rect(x, top - ROW + 3, 18, ROW - 6, 2.5)} B")

    return 18.0, draw


def _footer_symbol(style: Style, width: float, **marks: object) -> tuple[float, Draw]:
    """A mark drawn exactly as in a card's footer (the same form, so it looks the same)."""
    h = style.footer_height
    key = footer_key(width, h, **marks)  # type: ignore[arg-type]
    maker = footer_form(style)

    def draw(out: PdfOut, x: float, top: float) -> None:
        out.place_form(key, x, top - (ROW + h) / 2, maker)

    return width, draw


def _emotion_symbol(value: int, style: Style) -> tuple[float, Draw]:
    label = f"{value:+d}" if value else "0"
    width = style.footer_height - 2 + 2 + textmetrics.text_width(label, style.small_font, True)
    return _footer_symbol(style, width, emotion=value)


def _emotion_scale(style: Style, language: str) -> tuple[float, Draw]:
    """'very negative' -3 ... +3 'very positive' as one item: a scale is never split."""
    parts = [_text_item(_in(language, "very negative"), style, ink=style.muted_text)]
    parts += [_emotion_symbol(v, style) for v in range(-3, 4)]
    parts.append(_text_item(_in(language, "very positive"), style, ink=style.muted_text))
    offsets, x = [], 0.0
    for width, _ in parts:
        offsets.append(x)
        x += width + 6

    def draw(out: PdfOut, left: float, top: float) -> None:
        for dx, (_, part) in zip(offsets, parts, strict=True):
            part(out, left + dx, top)

    return x - 6, draw


def _curve_symbol(style: Style) -> tuple[float, Draw]:
    def draw(out: PdfOut, x: float, top: float) -> None:
        y = top - ROW / 2
        out.emit(f"q {stroke(style.curve_color)} 2 w 1 J {x:.2f} {y - 3:.2f} m "
                 f"{x + 8:.2f} {y + 6:.2f} {x + 12:.2f} {y - 6:.2f} {x + 20:.2f} {y + 3:.2f} c S Q")

    return 20.0, draw


def _arrow_symbol(style: Style) -> tuple[float, Draw]:
    def draw(out: PdfOut, x: float, top: float) -> None:
        y, ink = top - ROW / 2, style.connection_color
        out.emit(f"q {stroke(ink)} 1.3 w {x:.2f} {y:.2f} m {x + 14:.2f} {y:.2f} l S "
                 f"{fill(ink)} {x + 22:.2f} {y:.2f} m {x + 14:.2f} {y + 4:.2f} l "
                 f"{x + 14:.2f} {y - 4:.2f} l h f Q")

    return 22.0, draw


def legend_items(layout: JourneyLayout, journey: Journey, style: Style) -> list[Item]:
    """Lane colours (as the lane headers show them), the card marks, the emotion scale."""
    names = {lane.id: lane.name for lane in journey.lanes}
    language = journey.language
    items: list[Item] = []
    seen: set[tuple[str, str]] = set()
    for header in layout.lane_headers:
        name = " ".join(names.get(header.id, "").split()) or "\u2013"
        if (header.fill, name) in seen:
            continue
        if not seen:
            items.append((*_text_item(_in(language, "Lanes"), style, bold=True), True))
        seen.add((header.fill, name))
        label = textmetrics.elide(name, LANE_NAME_WIDTH, LEGEND_SIZE)
        items.append(_joined(_swatch(header.fill), label, style))
    items.append((*_text_item(_in(language, "Marks"), style, bold=True), True))
    marks = ((STAR, {"key": True}, _in(language, "Key touchpoint")),
             (WARNING, {"inconsistent": True}, _in(language, "Inconsistent information")),
             (STATUS_MARKS["validated"], {"status": "validated"}, _in(language, "Validated")),
             (STATUS_MARKS["planned"], {"status": "planned"}, _in(language, "Planned")),
             (STATUS_MARKS["retired"], {"status": "retired"}, _in(language, "Retired")))
    for mark, flags, label in marks:
        width = textmetrics.text_width(mark, style.small_font + 1, True)
        items.append(_joined(_footer_symbol(style, width, **flags), label, style))
    items.append(_joined(_footer_symbol(style, 3 * 7.5, votes=3), _in(language, "Votes"), style))
    items.append(_joined(_arrow_symbol(style), _in(language, "Path between touchpoints"), style))
    items.append((*_text_item(_in(language, "Emotion"), style, bold=True), True))
    items.append((*_emotion_scale(style, language), False))
    items.append(_joined(_curve_symbol(style), _in(language, "Emotion curve"), style))
    return items


def legend_band(items: list[Item], width: float) -> Band:
    """The items flowed into rows `width` wide; a heading never ends a row."""
    rows: list[list[tuple[float, Draw]]] = [[]]
    x = 0.0
    for i, (w, draw, heading) in enumerate(items):
        gap = (SECTION_GAP if heading else ITEM_GAP) if rows[-1] else 0.0
        need = w + (items[i + 1][0] + ITEM_GAP if heading and i + 1 < len(items) else 0)
        if rows[-1] and x + gap + need > width:
            rows.append([])
            x, gap = 0.0, 0.0
        rows[-1].append((x + gap, draw))
        x += gap + w
    height = len(rows) * ROW + 6

    def draw_all(out: PdfOut, left: float, top: float) -> None:
        out.emit(f"{stroke('#c9ced6')} 0.8 w {left:.2f} {top:.2f} m {left + width:.2f} "
                 f"{top:.2f} l S")
        for r, row in enumerate(rows):
            for dx, draw in row:
                draw(out, left + dx, top - 6 - r * ROW)

    return Band(height, draw_all)
