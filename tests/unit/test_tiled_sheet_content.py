"""What each tiled sheet draws (issue 15, item 4, and its benchmark): every card and every
piece of an arrow that reaches into a sheet, and nothing that stays clear of it.

The sheets' parts are found fast (arithmetic on the grid, arrows cut into runs whose
routes are formatted once per arrow); these tests check them against the plain
geometry, sheet by sheet and element by element, on generated maps whose arrows cross
many sheets, and check that each run's route is the one the painter would write."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from journey_editor.export.pages import MM, PAGE_SIZES, PageSetup
from journey_editor.export.painter import route
from journey_editor.export.pdf import compose, render_pdf
from journey_editor.export.sheet_content import content_spans, split_layout, tile_plan
from journey_editor.export.sheet_links import PAD, segments
from journey_editor.export.tiling import TileGrid, TileSetup
from journey_editor.layout.geometry import ConnectionPath, JourneyLayout
from journey_editor.model.types import Workspace, new_workspace
from tests.benchmarks.bigmap import big_workspace
from tests.layout_maps import random_map

Box = tuple[float, float, float, float]  # x0, y0, x1, y1, y down, layout points
Parts = dict[tuple[int, int], tuple[JourneyLayout, list[str]]]  # split_layout's
Job = tuple[JourneyLayout, TileGrid, float, Parts]
EPS = 1e-6
INK = 1.0  # what must be drawn: whatever comes within a point of the sheet (a stroke's
# half width, a shadow)


def generated(seed: int) -> Workspace:
    """A map of a few hundred cards whose arrows run across many sheets."""
    return big_workspace(cards=400, connections=400, stages=16, lanes=12, seed=seed)


def meets(a: Box, b: Box, margin: float = 0.0) -> bool:
    """Whether the boxes overlap, `a` grown by `margin` (negative: by more than that)."""
    return (a[0] - margin < b[2] and b[0] < a[2] + margin and a[1] - margin < b[3]
            and b[1] < a[3] + margin)


def sheet_box(grid: TileGrid, cell: tuple[int, int], scale: float) -> Box:
    x0, y0, x1, y1 = grid.sheet_span(*cell)
    return x0 / scale, y0 / scale, x1 / scale, y1 / scale


def segment_box(a: tuple[float, float], b: tuple[float, float]) -> Box:
    return min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])


def plan(workspace: Workspace, setup: PageSetup, tiles: TileSetup
         ) -> tuple[JourneyLayout, TileGrid, float]:
    poster = compose(workspace, workspace.journeys[0], setup, tiles=tiles)
    return poster.layout, tile_plan(poster.layout, poster.scale, tiles), poster.scale


JOBS = [  # the map, the poster, the sheets
    (lambda: generated(1), PageSetup(page_size=PAGE_SIZES["A0"]), TileSetup()),
    (lambda: generated(2), PageSetup(page_size=None, scale=0.8),
     TileSetup(sheet=PAGE_SIZES["Letter"], overlap=25 * MM)),
    (lambda: generated(3), PageSetup(page_size=PAGE_SIZES["A1"]), TileSetup(overlap=0.0)),
    (lambda: new_workspace(journeys=[random_map(7)]), PageSetup(page_size=None, scale=2.0),
     TileSetup()),
]


@pytest.fixture(scope="module", params=range(len(JOBS)), ids=["A0", "80%-Letter", "A1-no-overlap",
                                                              "random"])
def job(request: pytest.FixtureRequest) -> Job:
    make, setup, tiles = JOBS[request.param]
    layout, grid, scale = plan(make(), setup, tiles)
    assert grid.count > 3 and len(layout.connections) > 0
    return layout, grid, scale, split_layout(layout, grid, scale)


def test_every_card_reaching_into_a_sheet_is_drawn_on_it_and_no_other(
        job: Job) -> None:
    layout, grid, scale, parts = job
    assert set(parts) == set(grid.sheets)
    for cell, (part, _) in parts.items():
        sheet = sheet_box(grid, cell, scale)
        drawn = set(part.cards)
        for card in layout.cards.values():
            r = card.rect
            box = (r.x, r.y, r.right, r.bottom)
            if meets(box, sheet, INK):
                assert card.id in drawn, f"{card.id} reaches into sheet {cell} but is not drawn"
            elif not meets(box, sheet, PAD + EPS):
                assert card.id not in drawn, f"{card.id} is clear of sheet {cell} but drawn"
        # In the layout's order, which is the order the canvas stacks them in.
        order = [card_id for card_id in layout.cards if card_id in drawn]
        assert list(part.cards) == order


def test_every_piece_of_an_arrow_reaching_into_a_sheet_is_drawn_on_it(
        job: Job) -> None:
    """Each straight piece of a connection that crosses a sheet is in a run drawn on that
    sheet, runs are whole (no two runs of one arrow touch on a sheet), a run holds no
    piece that stays clear of the sheet, and the head and tail dot are drawn where the
    arrow ends and starts."""
    layout, grid, scale, parts = job
    links = {link.id: link for link in layout.connections}
    crossing = 0
    for cell, (part, _) in parts.items():
        sheet = sheet_box(grid, cell, scale)
        runs: dict[str, list[tuple[int, int]]] = {}
        for piece in part.connections:
            link = links[piece.id]
            first = _index(link, piece)
            runs.setdefault(piece.id, []).append((first, first + len(piece.points) - 1))
            _check_ends(link, piece, first)
            for a, b in zip(piece.points, piece.points[1:], strict=False):
                box = segment_box(a, b)
                if b == link.points[-1]:  # the head is drawn with the last piece
                    box = _grow(box, link.arrow)
                assert meets(box, sheet, PAD + EPS), f"{piece.id} drawn on {cell} clear of it"
        for link in layout.connections:
            found = sorted(runs.get(link.id, []))
            for (_, end), (start, _) in zip(found, found[1:], strict=False):
                assert end < start, f"runs of {link.id} on {cell} overlap or touch"
            for i, (a, b) in enumerate(zip(link.points, link.points[1:], strict=False)):
                if meets(segment_box(a, b), sheet, INK):
                    crossing += 1
                    assert any(s <= i < e for s, e in found), \
                        f"segment {i} of {link.id} crosses sheet {cell} but is not drawn"
    assert crossing > len(layout.connections)  # arrows do run across sheets here


def test_each_run_is_given_the_route_the_painter_would_write(
        job: Job) -> None:
    layout, _, _, parts = job
    h = layout.height * 10
    for part, routes in parts.values():
        assert routes == [route(piece.points, h) for piece in part.connections]


def test_the_sheets_printed_are_those_the_map_has_ink_on(job: Job) -> None:
    """The ink boxes that choose the sheets skip the thousands of cards and arrows within
    the grid (they add no sheet) without a question each; they are the boxes of
    everything that reaches past the grid, as going through each element says."""
    layout, _, scale, _ = job
    x0 = min(x for x, _ in layout.columns.values())
    y0 = min(y for y, _ in layout.rows.values())
    area = (x0, y0, max(x + w for x, w in layout.columns.values()),
            max(y + h for y, h in layout.rows.values()))

    def outside(box: Box) -> bool:
        return not (area[0] <= box[0] and area[1] <= box[1] and box[2] <= area[2]
                    and box[3] <= area[3])

    boxes = [(h.rect.x - 1, h.rect.y - 1, h.rect.right + 1, h.rect.bottom + 1)
             for h in (*layout.stage_headers, *layout.lane_headers)]
    boxes += [(c.rect.x - PAD, c.rect.y - PAD, c.rect.right + PAD, c.rect.bottom + PAD)
              for c in layout.cards.values()]
    boxes += [(c.band.x - PAD, c.band.y - PAD, c.band.right + PAD, c.band.bottom + PAD)
              for c in layout.curves]
    boxes += [(z.x0 - PAD, z.y - 2 * PAD, z.x1 + PAD, z.y + PAD) for z in layout.zone_lines]
    for link in layout.connections:
        whole = _grow(segment_box(link.points[0], link.points[-1]), (*link.points, *link.arrow))
        if outside((whole[0] - PAD, whole[1] - PAD, whole[2] + PAD, whole[3] + PAD)):
            boxes += segments(link)
    expected = [area, *(box for box in boxes if outside(box))]
    assert len(expected) > 1  # something does reach past the grid: headers at least
    assert content_spans(layout, scale) == [tuple(v * scale for v in box) for box in expected]


def test_a_card_past_the_grid_has_its_sheets_printed(job: Job) -> None:
    layout, _, scale, _ = job
    card = next(iter(layout.cards.values()))
    moved = card._replace(rect=card.rect._replace(x=layout.width + 50))
    spans = content_spans(replace(layout, cards={**layout.cards, card.id: moved}), scale)
    r = moved.rect
    box = (r.x - PAD, r.y - PAD, r.right + PAD, r.bottom + PAD)
    assert tuple(v * scale for v in box) in spans


def _index(link: ConnectionPath, piece: ConnectionPath) -> int:
    """Where the run starts among the arrow's points."""
    n = len(piece.points)
    starts = [i for i in range(len(link.points) - n + 1)
              if link.points[i:i + n] == piece.points]
    assert starts, f"a run of {link.id} is not a stretch of its points"
    return starts[0]


def _check_ends(link: ConnectionPath, piece: ConnectionPath, first: int) -> None:
    ends_arrow = first + len(piece.points) == len(link.points)
    assert piece.arrow == (link.arrow if ends_arrow else (piece.points[-1],) * 3)
    assert piece.tail == (link.tail if first == 0 else 0.0)


def _grow(box: Box, points: tuple[tuple[float, float], ...]) -> Box:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(box[0], *xs), min(box[1], *ys), max(box[2], *xs), max(box[3], *ys)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_each_printed_sheet_shows_the_titles_of_the_cards_within_it(tmp_path: Path) -> None:
    """As a user checks a printout: every card lying within a sheet's image has its
    title's first word on that page."""
    workspace, setup, tiles = generated(4), PageSetup(page_size=PAGE_SIZES["A0"]), TileSetup()
    layout, grid, scale = plan(workspace, setup, tiles)
    path = tmp_path / "tiled.pdf"
    path.write_bytes(render_pdf(workspace, setup=setup, tiles=tiles, layouts={
        workspace.journeys[0].id: layout}))
    for page, cell in enumerate(grid.sheets, start=2):  # after the assembly sheet
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                              check=True, capture_output=True, text=True).stdout
        words = set(re.findall(r"\w+", text.lower()))
        x0, y0, x1, y1 = sheet_box(grid, cell, scale)
        inside = [card for card in layout.cards.values()
                  if x0 <= card.title.x and card.title.x + card.title.width <= x1
                  and y0 <= card.rect.y and card.rect.bottom <= y1]
        assert inside
        for card in inside:
            first = re.findall(r"\w+", card.title.lines[0].lower())[0]
            assert first in words, (card.id, cell)
