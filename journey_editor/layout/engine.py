"""The one layout engine: a journey and a style in, the geometry of everything drawn out.

Both the Qt canvas and the PDF exporter paint a `JourneyLayout`; text is measured
here from the bundled font's advance widths and broken into lines here, so the
two painters show the same wraps.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from journey_editor.i18n import translate_in
from journey_editor.layout import textmetrics
from journey_editor.layout.curve import lay_out_curve
from journey_editor.layout.geometry import (
    CardBox,
    ConnectionPath,
    EmotionCurve,
    HeaderBox,
    JourneyLayout,
    PictureBand,
    Rect,
    TextBlock,
    ZoneLine,
)
from journey_editor.layout.rerouting import Router
from journey_editor.layout.routing import Link, route_all
from journey_editor.layout.style import ZONE_LINES, Style
from journey_editor.model.types import Card, Connection, Journey, Lane

DEFAULT_STYLE = Style()
LANE_NAME_LINES = 3
# A card with a picture grows by a band this high for each point of its inner width (a
# 3:2 landscape photo fills it), below its title: readable at the normal zoom, and the
# cards without pictures keep their size.
PICTURE_RATIO = 2 / 3
# card id -> (dx, dy, w, h) in its cell, and its title lines
Offsets = dict[str, tuple[float, float, float, float, tuple[str, ...]]]


@lru_cache(maxsize=50_000)
def _wrap(text: str, width: float, size: float, bold: bool, max_lines: int,
          language: str = "") -> tuple[str, ...]:
    return tuple(textmetrics.wrap(text, width, size, bold=bold, max_lines=max_lines,
                                  language=language))


def lay_out(journey: Journey, style: Style = DEFAULT_STYLE,
            router: Router | None = None, routed: bool = True) -> JourneyLayout:
    """The journey's layout; `router`, kept by a view between layouts, routes again only
    the arrows an edit can change (the same result as without it). `routed=False` leaves
    the arrows out, for `with_routes` to add once the cards are on screen."""
    columns = _columns(journey, style)
    lanes = {lane.id: lane for lane in journey.lanes}
    offsets, cell_heights = _place_cards(journey, columns, style)
    rows = rows_for(journey, cell_heights, style)
    cards = {card.id: card_box(card, lanes[card.lane], offsets[card.id], columns, rows, style)
             for card in journey.cards}
    width = style.lane_header_width + sum(w for _, w in columns.values())
    return JourneyLayout(
        width=width,
        height=style.stage_header_height + sum(h for _, h in rows.values()),
        columns=columns,
        rows=rows,
        stage_headers=_stage_headers(journey, columns, style),
        lane_headers=lane_headers(journey, rows, style),
        cells=cells_of(columns, rows),
        lane_fills={lane.id: style.lane_fill(lane.kind) for lane in journey.lanes},
        cards=cards,
        connections=connections(journey, cards, columns, rows, style, router) if routed else [],
        curves=curves(journey, columns, rows, style),
        zone_lines=zone_lines(journey, rows, width, style),
        cell_heights=cell_heights,
    )


def cells_of(columns: dict[str, tuple[float, float]],
             rows: dict[str, tuple[float, float]]) -> dict[tuple[str, str], Rect]:
    return {(s, ln): Rect(x, y, w, h)
            for s, (x, w) in columns.items() for ln, (y, h) in rows.items()}


def _columns(journey: Journey, style: Style) -> dict[str, tuple[float, float]]:
    columns, x = {}, style.lane_header_width
    for stage in journey.stages:
        width = max(stage.width or style.stage_width, style.min_stage_width)
        columns[stage.id] = (x, width)
        x += width
    return columns


def _card_width(column_width: float, style: Style) -> float:
    return min(style.card_width, column_width - 2 * style.cell_padding)


def _has_footer(card: Card) -> bool:
    return (card.emotion is not None or bool(card.votes) or card.key_touchpoint
            or card.inconsistent or card.status != "draft")


def _card_size(card: Card, width: float, line_height: float, style: Style,
               language: str) -> tuple[tuple[str, ...], float]:
    lines = _wrap(card.title, width - 2 * style.card_padding, style.card_font, False,
                  style.title_lines, language)
    height = 2 * style.card_padding + max(1, len(lines)) * line_height
    if card.picture is not None:
        height += _picture_height(width, style) + style.card_padding
    if _has_footer(card):
        height += style.footer_height
    return lines, max(style.card_min_height, height)


def _picture_height(width: float, style: Style) -> float:
    return (width - 2 * style.card_padding) * PICTURE_RATIO


def _picture_band(card: Card, rect: Rect, lines: int, style: Style) -> PictureBand | None:
    if card.picture is None:
        return None
    top = (rect.y + 2 * style.card_padding
           + max(1, lines) * textmetrics.line_height(style.card_font))
    return PictureBand(card.picture, Rect(rect.x + style.card_padding, top,
                                          rect.w - 2 * style.card_padding,
                                          _picture_height(rect.w, style)))


def _place_cards(journey: Journey, columns: dict[str, tuple[float, float]], style: Style,
                 ) -> tuple[Offsets, dict[tuple[str, str], float]]:
    by_cell: dict[tuple[str, str], list[Card]] = {}
    for card in journey.cards:
        by_cell.setdefault((card.stage, card.lane), []).append(card)
    offsets: Offsets = {}
    heights: dict[tuple[str, str], float] = {}
    for (stage, lane), cards in by_cell.items():
        heights[(stage, lane)] = place_cell(cards, columns[stage][1], style, offsets,
                                            journey.language)
    return offsets, heights


def place_cell(cards: list[Card], column_width: float, style: Style, offsets: Offsets,
               language: str = "") -> float:
    """Places one cell's cards (in `offsets`, relative to the cell) and returns the cell's
    height: they flow into as many card columns as the stage is wide, in model order;
    `language`: the journey's, whose hyphens break a title's too long words."""
    line_height = textmetrics.line_height(style.card_font)
    card_w = _card_width(column_width, style)
    per_row = max(1, int((column_width - 2 * style.cell_padding + style.card_gap)
                         // (card_w + style.card_gap)))
    y = style.cell_padding
    for start in range(0, len(cards), per_row):
        row_cards = cards[start:start + per_row]
        sizes = [_card_size(c, card_w, line_height, style, language) for c in row_cards]
        for i, (card, (lines, h)) in enumerate(zip(row_cards, sizes, strict=True)):
            x = style.cell_padding + i * (card_w + style.card_gap)
            offsets[card.id] = (x, y, card_w, h, lines)
        y += max(h for _, h in sizes) + style.card_gap
    return y - style.card_gap + style.cell_padding


def rows_for(journey: Journey, cell_heights: dict[tuple[str, str], float],
             style: Style) -> dict[str, tuple[float, float]]:
    tallest: dict[str, float] = {}
    for (_, lane_id), h in cell_heights.items():
        tallest[lane_id] = max(tallest.get(lane_id, 0.0), h)
    rows: dict[str, tuple[float, float]] = {}
    y = style.stage_header_height
    for lane in journey.lanes:
        minimum = style.emotion_lane_height if lane.kind == "emotion" else style.lane_min_height
        height = max(lane.height or minimum, lane_header_height(lane, style, journey.language),
                     tallest.get(lane.id, 0.0))
        rows[lane.id] = (y, height)
        y += height
    return rows


def lane_header_height(lane: Lane, style: Style, language: str = "") -> float:
    """What the lane's header needs: its name (up to 3 lines) above the kind's label."""
    lines = _wrap(lane.name, style.lane_header_width - 2 * style.cell_padding, style.lane_font,
                  True, LANE_NAME_LINES, language)
    return (2 * style.cell_padding + max(1, len(lines)) * textmetrics.line_height(style.lane_font)
            + 2 + textmetrics.line_height(style.small_font))


def card_box(card: Card, lane: Lane, offset: tuple[float, float, float, float, tuple[str, ...]],
             columns: dict[str, tuple[float, float]], rows: dict[str, tuple[float, float]],
             style: Style) -> CardBox:
    """A card's box, at `offset` in its cell (see `place_cell`)."""
    dx, dy, w, h, lines = offset
    rect = Rect(columns[card.stage][0] + dx, rows[card.lane][0] + dy, w, h)
    footer = (Rect(rect.x + style.card_padding, rect.bottom - style.card_padding
                   - style.footer_height, w - 2 * style.card_padding, style.footer_height)
              if _has_footer(card) else None)
    return CardBox(
        id=card.id, stage=card.stage, lane=card.lane, rect=rect,
        title=TextBlock(lines, rect.x + style.card_padding, rect.y + style.card_padding,
                        style.card_font, textmetrics.line_height(style.card_font),
                        width=w - 2 * style.card_padding),
        fill=style.card_fill(lane.kind, lane.preset, lane.color, card.color),
        footer=footer, emotion=card.emotion, votes=card.vote_total,
        key=card.key_touchpoint, inconsistent=card.inconsistent, status=card.status,
        picture=_picture_band(card, rect, len(lines), style),
    )


def _header_text(text: str, rect: Rect, size: float, max_lines: int, style: Style,
                 align: str, language: str) -> TextBlock:
    pad = style.cell_padding
    lines = _wrap(text, rect.w - 2 * pad, size, True, max_lines, language)
    return TextBlock(lines, rect.x + pad, rect.y + pad, size, textmetrics.line_height(size),
                     bold=True, align=align, width=rect.w - 2 * pad)


def _stage_headers(journey: Journey, columns: dict[str, tuple[float, float]],
                   style: Style) -> list[HeaderBox]:
    language = journey.language
    phases = {"before": translate_in(language, "Layout", "Before purchase"),
              "during": translate_in(language, "Layout", "During purchase"),
              "after": translate_in(language, "Layout", "After purchase")}
    headers = []
    for stage in journey.stages:
        x, w = columns[stage.id]
        rect = Rect(x, 0.0, w, style.stage_header_height)
        text = _header_text(stage.name, rect, style.stage_font, 2 if not stage.phase else 1,
                            style, "center", language)
        subtitle = None
        if stage.phase:
            line = textmetrics.elide(phases[stage.phase], w - 2 * style.cell_padding,
                                     style.small_font)
            subtitle = TextBlock((line,), text.x, rect.bottom - style.cell_padding
                                 - textmetrics.line_height(style.small_font), style.small_font,
                                 textmetrics.line_height(style.small_font), align="center",
                                 width=text.width)
        headers.append(HeaderBox(stage.id, rect, text, style.header_fill, subtitle))
    return headers


def lane_kind_names(language: str = "") -> dict[str, str]:
    """The one name of each lane kind, translated: the lane headers' subtitle and the
    Inspector's choice of kind both show it."""
    return {"channel": translate_in(language, "Layout", "Touchpoints"),
            "text": translate_in(language, "Layout", "Sticky notes"),
            "emotion": translate_in(language, "Layout", "Emotion curve")}


def lane_headers(journey: Journey, rows: dict[str, tuple[float, float]],
                 style: Style) -> list[HeaderBox]:
    kinds = lane_kind_names(journey.language)
    headers = []
    for lane in journey.lanes:
        y, h = rows[lane.id]
        rect = Rect(0.0, y, style.lane_header_width, h)
        text = _header_text(lane.name, rect, style.lane_font, LANE_NAME_LINES, style, "left",
                            journey.language)
        small = textmetrics.line_height(style.small_font)
        kind = textmetrics.elide(kinds[lane.kind], text.width, style.small_font)
        subtitle = TextBlock((kind,), text.x, text.y + len(text.lines)
                             * text.line_height + 2, style.small_font, small, width=text.width)
        fill = style.card_fill(lane.kind, lane.preset, lane.color, None)
        headers.append(HeaderBox(lane.id, rect, text, fill, subtitle))
    return headers


def connections(journey: Journey, cards: dict[str, CardBox],
                columns: dict[str, tuple[float, float]], rows: dict[str, tuple[float, float]],
                style: Style, router: Router | None = None) -> list[ConnectionPath]:
    links = [link_of(link, cards, columns) for link in journey.connections]
    return (router.route if router else route_all)(links, *route_frame(columns, rows, style))


def with_routes(layout: JourneyLayout, journey: Journey, style: Style = DEFAULT_STYLE,
                router: Router | None = None) -> JourneyLayout:
    """A layout made with `routed=False`, its arrows added: the same as `lay_out`'s."""
    routes = connections(journey, layout.cards, layout.columns, layout.rows, style, router)
    return replace(layout, connections=routes)


def link_of(connection: Connection, cards: dict[str, CardBox],
            columns: dict[str, tuple[float, float]]) -> Link:
    """What routing needs of a connection: its cards' boxes and their stages' columns."""
    src, dst = cards[connection.source], cards[connection.target]
    return Link(connection.id, connection.source, connection.target, src.rect, dst.rect,
                columns[src.stage], columns[dst.stage])


def route_frame(columns: dict[str, tuple[float, float]], rows: dict[str, tuple[float, float]],
                style: Style) -> tuple[list[float], Rect, float]:
    """The lane edges, the cells' area, and how far off a gutter's middle a lane may be:
    what routing needs of the grid."""
    spans = list(rows.values())
    edges = [y for y, _ in spans] + [y + h for y, h in spans[-1:]]
    grid = Rect(style.lane_header_width, style.stage_header_height,
                sum(w for _, w in columns.values()), sum(h for _, h in spans))
    # A lane keeps a few points off the cards at either side of its gutter.
    return edges, grid, style.cell_padding - 3


def curves(journey: Journey, columns: dict[str, tuple[float, float]],
           rows: dict[str, tuple[float, float]], style: Style) -> list[EmotionCurve]:
    centers = [x + w / 2 for x, w in columns.values()]
    curves = []
    for lane in journey.lanes:
        if lane.kind == "emotion":
            y, h = rows[lane.id]
            pad = style.cell_padding * 2
            band = Rect(style.lane_header_width, y + pad, sum(w for _, w in columns.values()),
                        h - 2 * pad)
            curves.append(lay_out_curve(journey, lane, band, centers))
    return curves


def zone_lines(journey: Journey, rows: dict[str, tuple[float, float]], width: float,
               style: Style) -> list[ZoneLine]:
    lines = []
    for upper, lower in zip(journey.lanes, journey.lanes[1:], strict=False):
        label = ZONE_LINES.get((upper.zone, lower.zone))
        if label:
            lines.append(ZoneLine(rows[lower.id][0], 0.0, width,
                                  translate_in(journey.language, "Layout", label)))
    return lines
