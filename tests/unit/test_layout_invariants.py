"""What every layout must hold, whatever the map: checked on the golden maps and on 30
seeded random maps (tests/layout_maps.py: any stage width, lane kind and height, titles
of long words, arrows between any two cards).

A failure names the map; `random_map(seed)` rebuilds a random one to look at.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial

import msgspec
import pytest

from journey_editor.fileformat import encode_workspace, parse_workspace
from journey_editor.layout import textmetrics
from journey_editor.layout.engine import DEFAULT_STYLE, lay_out
from journey_editor.layout.geometry import JourneyLayout, Point, Rect, TextBlock
from journey_editor.model.types import Journey, new_workspace
from tests.layout_maps import NAMED_MAPS, random_map

EPS = 1e-6  # points: layout sums floats, so equal edges may differ in the last bits
SEEDS = range(30)
BUILDERS: dict[str, Callable[[], Journey]] = {
    **NAMED_MAPS, **{f"random-{seed}": partial(random_map, seed) for seed in SEEDS}}
MAPS = pytest.mark.parametrize("name", BUILDERS)


@cache
def _laid_out(name: str) -> tuple[Journey, JourneyLayout]:
    """Each map laid out once for all the tests (none of them changes it)."""
    journey = BUILDERS[name]()
    return journey, lay_out(journey)


def _inside(inner: Rect, outer: Rect) -> bool:
    return (outer.x - EPS <= inner.x and inner.right <= outer.right + EPS
            and outer.y - EPS <= inner.y and inner.bottom <= outer.bottom + EPS)


def _overlap(a: Rect, b: Rect) -> bool:
    """Sharing more than an edge."""
    return (a.x < b.right - EPS and b.x < a.right - EPS
            and a.y < b.bottom - EPS and b.y < a.bottom - EPS)


def _on_edge(point: Point, rect: Rect) -> bool:
    x, y = point
    on_side = (min(abs(x - rect.x), abs(x - rect.right)) <= EPS
               and rect.y - EPS <= y <= rect.bottom + EPS)
    on_top = (min(abs(y - rect.y), abs(y - rect.bottom)) <= EPS
              and rect.x - EPS <= x <= rect.right + EPS)
    return on_side or on_top


def _tiles(spans: list[tuple[float, float]], start: float, end: float) -> bool:
    """The spans, in order, cover start..end with neither gap nor overlap, none empty."""
    edges = [start] + [position + size for position, size in spans]
    # One edge more than spans: the last span's end, checked against `end` below.
    return (all(abs(position - edge) <= EPS
                for (position, _), edge in zip(spans, edges, strict=False))
            and abs(edges[-1] - end) <= EPS and all(size > 0 for _, size in spans))


@MAPS
def test_the_map_is_one_a_file_may_hold(name: str) -> None:
    """Else an invariant could fail on a map no user can have."""
    journey = msgspec.structs.replace(_laid_out(name)[0], persona=None)  # no persona list here
    parse_workspace(encode_workspace(new_workspace(name, journeys=[journey])), f"{name}.journey")


@MAPS
def test_no_two_cards_overlap(name: str) -> None:
    _, layout = _laid_out(name)
    boxes = sorted(layout.cards.values(), key=lambda box: box.rect.x)
    for i, box in enumerate(boxes):  # sweep: only cards starting left of box's right edge
        for other in boxes[i + 1:]:
            if other.rect.x >= box.rect.right:
                break
            assert not _overlap(box.rect, other.rect), (box.id, box.rect, other.id, other.rect)


@MAPS
def test_every_card_lies_inside_its_cell(name: str) -> None:
    journey, layout = _laid_out(name)
    assert layout.cards.keys() == {card.id for card in journey.cards}
    for card in journey.cards:
        box = layout.cards[card.id]
        assert (box.stage, box.lane) == (card.stage, card.lane)
        cell = layout.cells[(card.stage, card.lane)]
        assert box.rect.w > 0 and box.rect.h > 0
        assert _inside(box.rect, cell), (card.id, box.rect, cell)
        if box.footer is not None:
            assert _inside(box.footer, box.rect), (card.id, box.footer, box.rect)


@MAPS
def test_every_arrow_starts_and_ends_on_an_edge_of_its_cards(name: str) -> None:
    journey, layout = _laid_out(name)
    assert [(p.id, p.source, p.target) for p in layout.connections] == [
        (link.id, link.source, link.target) for link in journey.connections]
    for path in layout.connections:
        source, target = layout.cards[path.source].rect, layout.cards[path.target].rect
        assert _on_edge(path.points[0], source), (path.id, path.points[0], source)
        assert _on_edge(path.points[-1], target), (path.id, path.points[-1], target)
        assert path.arrow[0] == path.points[-1], path.id  # the head's tip is the end


@MAPS
def test_lane_rows_tile_the_height_and_stage_columns_the_width(name: str) -> None:
    journey, layout = _laid_out(name)
    top, left = DEFAULT_STYLE.stage_header_height, DEFAULT_STYLE.lane_header_width
    assert list(layout.rows) == [lane.id for lane in journey.lanes]
    assert _tiles(list(layout.rows.values()), top, layout.height), layout.rows
    assert list(layout.columns) == [stage.id for stage in journey.stages]
    assert _tiles(list(layout.columns.values()), left, layout.width), layout.columns
    assert layout.cells == {(s, ln): Rect(x, y, w, h) for s, (x, w) in layout.columns.items()
                            for ln, (y, h) in layout.rows.items()}


@MAPS
def test_headers_align_with_their_column_or_row(name: str) -> None:
    _, layout = _laid_out(name)
    top, left = DEFAULT_STYLE.stage_header_height, DEFAULT_STYLE.lane_header_width
    assert [h.id for h in layout.stage_headers] == list(layout.columns)
    for header in layout.stage_headers:
        x, w = layout.columns[header.id]
        assert header.rect == Rect(x, 0.0, w, top), header
    assert [h.id for h in layout.lane_headers] == list(layout.rows)
    for header in layout.lane_headers:
        y, h = layout.rows[header.id]
        assert header.rect == Rect(0.0, y, left, h), header


@MAPS
def test_emotion_curves_stay_in_their_lane(name: str) -> None:
    journey, layout = _laid_out(name)
    assert [curve.lane for curve in layout.curves] == [
        lane.id for lane in journey.lanes if lane.kind == "emotion"]
    centers = [x + w / 2 for x, w in layout.columns.values()]
    for curve in layout.curves:
        y, h = layout.rows[curve.lane]
        assert _inside(curve.band, Rect(DEFAULT_STYLE.lane_header_width, y,
                                        layout.width - DEFAULT_STYLE.lane_header_width, h))
        assert [p[0] for p in curve.points if p] == [
            x for x, p in zip(centers, curve.points, strict=True) if p], curve.lane
        inked = [p for p in curve.points if p] + [p for bezier in curve.segments for p in bezier]
        assert all(_inside(Rect(px, py, 0.0, 0.0), curve.band) for px, py in inked), curve


def _fits(block: TextBlock, room: Rect) -> bool:
    """Every line as wide as the block at most, the block starting and ending in room."""
    bottom = block.y + len(block.lines) * block.line_height
    widest = max((textmetrics.text_width(line, block.size, block.bold) for line in block.lines),
                 default=0.0)
    return (widest <= block.width + EPS and room.x - EPS <= block.x
            and block.x + block.width <= room.right + EPS
            and room.y - EPS <= block.y and bottom <= room.bottom + EPS)


@MAPS
def test_all_text_fits_its_card_or_header(name: str) -> None:
    _, layout = _laid_out(name)
    for box in layout.cards.values():
        bottom = box.footer.y if box.footer else box.rect.bottom
        room = Rect(box.rect.x, box.rect.y, box.rect.w, bottom - box.rect.y)
        assert _fits(box.title, room), (box.id, box.title, room)
    for header in layout.stage_headers + layout.lane_headers:
        for block in (header.text, header.subtitle):
            assert block is None or _fits(block, header.rect), (header.id, block, header.rect)
