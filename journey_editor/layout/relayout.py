"""Laying a map out again after an edit of some cards or arrows, doing only what the
edit can change: the cells of the cards touched, then the rows below them if a row
grew or shrank, then the arrows if a card they join moved. The result equals what
`engine.lay_out` gives for the edited journey (tests/unit/test_relayout.py checks it on
random edit sequences); the boxes of whatever did not move are the previous layout's
own objects, so a view can skip them by identity.
"""

from __future__ import annotations

from collections.abc import Sequence

from journey_editor.layout.engine import (
    Offsets,
    card_box,
    cells_of,
    connections,
    curves,
    lane_headers,
    link_of,
    place_cell,
    route_frame,
    rows_for,
    zone_lines,
)
from journey_editor.layout.geometry import CardBox, ConnectionPath, JourneyLayout
from journey_editor.layout.rerouting import Router
from journey_editor.layout.routing import Link
from journey_editor.layout.style import Style
from journey_editor.model.edits import Change
from journey_editor.model.types import Card, Journey, Lane

# The card fields a card's box shows or is sized by; an edit of any other field (notes,
# owner, channel, evidence, metrics...) changes nothing on the map.
BOX_FIELDS = frozenset({"title", "stage", "lane", "emotion", "votes", "key_touchpoint",
                        "inconsistent", "status", "color", "picture"})


def touched_by(changes: Sequence[Change]) -> tuple[set[str], bool] | None:
    """(cards whose boxes may change, whether arrows changed) for an incremental layout;
    None when the edit reaches beyond cards and arrows (stages, lanes: lay out wholly)."""
    cards: set[str] = set()
    links = False
    for change in changes:
        if change.kind == "connection":
            links = True
        elif change.kind != "card":
            return None
        elif change.fields is None or change.fields & BOX_FIELDS:
            cards |= change.ids
    return cards, links


def relayout(previous: JourneyLayout, journey: Journey, cards: set[str], links: bool,
             style: Style, router: Router | None = None) -> JourneyLayout:
    """The layout of `journey` after the cards `cards` were added, removed, moved or
    edited, and (`links`) arrows added, removed or edited, its stages and lanes as they
    were in `previous`; `router` as for `engine.lay_out`."""
    cells = _cells_touched(previous, journey, cards)
    offsets, heights, placed = _place(journey, cells, previous, style)
    rows = rows_for(journey, heights, style)
    moved_rows = {lane for lane, span in rows.items() if previous.rows.get(lane) != span}
    if moved_rows:
        boxes = _boxes(previous, journey, offsets, rows, moved_rows, style)
        return _with(previous, journey, boxes, rows, heights, style, router)
    boxes = _boxes_in_place(previous, journey, cards, offsets, placed, rows, style)
    return JourneyLayout(
        width=previous.width, height=previous.height, columns=previous.columns, rows=rows,
        stage_headers=previous.stage_headers, lane_headers=previous.lane_headers,
        cells=previous.cells, lane_fills=previous.lane_fills, cards=boxes,
        connections=_rerouted(previous, journey, boxes, offsets.keys() | cards, links, style,
                              router),
        curves=(curves(journey, previous.columns, rows, style)
                if _feelings_changed(previous, boxes, cards) else previous.curves),
        zone_lines=previous.zone_lines, cell_heights=heights)


def _moved(previous: JourneyLayout, boxes: dict[str, CardBox], ids: set[str]) -> set[str]:
    """The cards among `ids` that came, went or changed their rectangle: arrows are
    routed from the rectangles only (a new colour moves none)."""
    return {i for i in ids if (old := previous.cards.get(i)) is None
            or (box := boxes.get(i)) is None or box.rect != old.rect}


def _rerouted(previous: JourneyLayout, journey: Journey, boxes: dict[str, CardBox],
              touched: set[str], links: bool, style: Style,
              router: Router | None) -> list[ConnectionPath]:
    """The arrows when no row moved: the previous ones unless arrows changed or a card
    they join moved; then, with a router that routed `previous`, only those arrows are
    handed to it."""
    moved = _moved(previous, boxes, touched)
    if not links and not moved:
        return previous.connections
    columns, rows = previous.columns, previous.rows
    known = router.known(*route_frame(columns, rows, style)) if router else None
    if router is None or known is None:
        return _routed(previous, journey, boxes, rows, style, router)
    changed: dict[str, Link | None] = {}
    for connection in journey.connections:
        old = known.get(connection.id)
        if (old is None or connection.source in moved or connection.target in moved
                or (old.source, old.target) != (connection.source, connection.target)):
            changed[connection.id] = link_of(connection, boxes, columns)
    if links:
        changed.update(dict.fromkeys(known.keys() - {c.id for c in journey.connections}))
    return router.update(changed, [c.id for c in journey.connections])


def _feelings_changed(previous: JourneyLayout, boxes: dict[str, CardBox],
                      cards: set[str]) -> bool:
    """Whether the emotion curve can differ: a touched card's emotion or stage changed,
    or a card with an emotion came or went."""
    def feeling(box: CardBox | None) -> tuple[int | None, str] | None:
        return None if box is None or box.emotion is None else (box.emotion, box.stage)
    return any(feeling(previous.cards.get(i)) != feeling(boxes.get(i)) for i in cards)


def _cells_touched(previous: JourneyLayout, journey: Journey,
                   cards: set[str]) -> set[tuple[str, str]]:
    """Where the touched cards were and where they are now."""
    cells = {(box.stage, box.lane) for i in cards if (box := previous.cards.get(i))}
    return cells | {(c.stage, c.lane) for c in journey.cards if c.id in cards}


def _place(journey: Journey, cells: set[tuple[str, str]], previous: JourneyLayout,
           style: Style) -> tuple[Offsets, dict[tuple[str, str], float], dict[str, Card]]:
    """The touched cells placed again: their cards' offsets, every cell's height, and
    the cards placed by id."""
    by_cell: dict[tuple[str, str], list[Card]] = {cell: [] for cell in cells}
    placed = {}
    for card in journey.cards:
        if (card.stage, card.lane) in by_cell:
            by_cell[(card.stage, card.lane)].append(card)
            placed[card.id] = card
    offsets: Offsets = {}
    heights = dict(previous.cell_heights)
    for (stage, lane), in_cell in by_cell.items():
        if in_cell:
            heights[(stage, lane)] = place_cell(in_cell, previous.columns[stage][1], style,
                                                offsets, journey.language)
        else:
            heights.pop((stage, lane), None)  # as a full layout: no entry for an empty cell
    return offsets, heights, placed


def _boxes_in_place(previous: JourneyLayout, journey: Journey, cards: set[str],
                    offsets: Offsets, placed: dict[str, Card],
                    rows: dict[str, tuple[float, float]], style: Style) -> dict[str, CardBox]:
    """The boxes when no row moved: only the cards of the touched cells can change."""
    lanes = {lane.id: lane for lane in journey.lanes}
    boxes = dict(previous.cards)
    for gone in cards - offsets.keys():
        boxes.pop(gone, None)
    for card_id, offset in offsets.items():
        boxes[card_id] = _rebox(placed[card_id], boxes.get(card_id), offset, lanes,
                                previous.columns, rows, style)
    return boxes


def _rebox(card: Card, old: CardBox | None, offset: tuple[float, float, float, float,
           tuple[str, ...]], lanes: dict[str, Lane], columns: dict[str, tuple[float, float]],
           rows: dict[str, tuple[float, float]], style: Style) -> CardBox:
    """The card's box at `offset`; the old object when equal, so a view can skip it."""
    box = card_box(card, lanes[card.lane], offset, columns, rows, style)
    return old if box == old else box


def _boxes(previous: JourneyLayout, journey: Journey, offsets: Offsets,
           rows: dict[str, tuple[float, float]], moved_rows: set[str],
           style: Style) -> dict[str, CardBox]:
    """Every card's box in model order: new for the cards placed again or in a row that
    moved (at the same place in its cell), else the previous one."""
    lanes = {lane.id: lane for lane in journey.lanes}
    columns = previous.columns
    boxes = {}
    for card in journey.cards:
        old = previous.cards.get(card.id)
        offset = offsets.get(card.id)
        if offset is None and old is not None and card.lane in moved_rows:
            rect = old.rect
            offset = (rect.x - columns[card.stage][0], rect.y - previous.rows[card.lane][0],
                      rect.w, rect.h, old.title.lines)
        if offset is None and old is not None:
            boxes[card.id] = old
            continue
        assert offset is not None  # a card not placed before is in a touched cell
        boxes[card.id] = _rebox(card, old, offset, lanes, columns, rows, style)
    return boxes


def _with(previous: JourneyLayout, journey: Journey, boxes: dict[str, CardBox],
          rows: dict[str, tuple[float, float]], heights: dict[tuple[str, str], float],
          style: Style, router: Router | None) -> JourneyLayout:
    """The layout once rows moved: their headers, cells, zone lines and the arrows too."""
    return JourneyLayout(
        width=previous.width,
        height=style.stage_header_height + sum(h for _, h in rows.values()),
        columns=previous.columns, rows=rows, stage_headers=previous.stage_headers,
        lane_headers=lane_headers(journey, rows, style), cells=cells_of(previous.columns, rows),
        lane_fills=previous.lane_fills, cards=boxes,
        connections=_routed(previous, journey, boxes, rows, style, router),
        curves=curves(journey, previous.columns, rows, style),
        zone_lines=zone_lines(journey, rows, previous.width, style), cell_heights=heights)


def _routed(previous: JourneyLayout, journey: Journey, boxes: dict[str, CardBox],
            rows: dict[str, tuple[float, float]], style: Style,
            router: Router | None) -> list[ConnectionPath]:
    """The arrows routed again, each one that kept its path as the previous object (a
    router keeps them itself)."""
    routed = connections(journey, boxes, previous.columns, rows, style, router)
    if router is not None:
        return routed
    old = {path.id: path for path in previous.connections}
    return [old[path.id] if old.get(path.id) == path else path for path in routed]
