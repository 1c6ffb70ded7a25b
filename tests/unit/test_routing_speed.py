"""The fast routing draws every arrow exactly where the first implementation did.

Screen and PDF share the routes, so making `route_all` fast (issue 13) must not move a
single point: the frozen first implementation (`_routing_v1`) is the oracle, on random
journeys of several cards a cell with arrows within a cell, within a stage, forwards,
backwards and across many stages, and on random boxes the engine would never make.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_editor.layout import engine, routing
from journey_editor.layout.geometry import Rect
from journey_editor.model.types import Card, Connection, Journey, Lane, Stage
from tests.unit import _routing_v1

RouteArgs = tuple[list[routing.Link], list[float], Rect, float]


@pytest.fixture
def caught(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[RouteArgs]]:
    """What the layout engine hands route_all, caught on its way in."""
    calls: list[RouteArgs] = []

    def spy(*args: Any) -> Any:
        calls.append(args)  # type: ignore[arg-type]
        return routing.route_all(*args)

    monkeypatch.setattr(engine, "route_all", spy)
    yield calls


@st.composite
def journeys(draw: st.DrawFn) -> Journey:
    n_stages, n_lanes = draw(st.integers(1, 5)), draw(st.integers(1, 4))
    stages = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(n_stages)]
    lanes = [Lane(id=f"l{i}", name=f"Lane {i}", kind="channel") for i in range(n_lanes)]
    cells = [(s, ln) for s in range(n_stages) for ln in range(n_lanes)]
    cards = [Card(id=f"c{i}", stage=f"s{s}", lane=f"l{ln}", title=draw(st.sampled_from(
                 ["Ad", "Checkout and pay by card", "A longer title that wraps onto lines"])))
             for i, (s, ln) in enumerate(draw(st.lists(st.sampled_from(cells), min_size=1,
                                                         max_size=24)))]
    ends = st.integers(0, len(cards) - 1)
    pairs = draw(st.lists(st.tuples(ends, ends), max_size=40))
    links = [Connection(id=f"k{i}", source=cards[a].id, target=cards[b].id)
             for i, (a, b) in enumerate(pairs) if a != b]
    return Journey(id="j", name="Random", stages=stages, lanes=lanes, cards=cards,
                   connections=links)


def _same_as_v1(args: RouteArgs) -> None:
    links, edges, grid, room = args
    old = _routing_v1.route_all([_routing_v1.Link(*link) for link in links], edges, grid, room)
    assert routing.route_all(links, edges, grid, room) == old


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(journey=journeys())
def test_random_journeys_route_exactly_as_before(journey: Journey,
                                                 caught: list[RouteArgs]) -> None:
    caught.clear()
    engine.lay_out(journey)
    _same_as_v1(caught[0])


def _rects(draw: st.DrawFn, n: int) -> list[Rect]:
    coord = st.floats(0, 400, allow_nan=False).map(lambda v: round(v, 1))
    size = st.floats(1, 120, allow_nan=False).map(lambda v: round(v, 1))
    return [Rect(draw(coord), draw(coord), draw(size), draw(size)) for _ in range(n)]


@st.composite
def odd_links(draw: st.DrawFn) -> RouteArgs:
    """Boxes anywhere, columns of any width, shared by many ends: crowded gutters, lanes
    past the cards, ports closer than the lane gap, ties in every sort key."""
    cards = _rects(draw, draw(st.integers(1, 6)))
    columns = [(x, w) for x, _, w, _ in _rects(draw, draw(st.integers(1, 4)))]
    card_column = [draw(st.sampled_from(columns)) for _ in cards]
    ends = st.integers(0, len(cards) - 1)
    links = [routing.Link(f"k{i}", f"c{a}", f"c{b}", cards[a], cards[b], card_column[a],
                          card_column[b])
             for i, (a, b) in enumerate(draw(st.lists(st.tuples(ends, ends), max_size=30)))]
    edges = sorted(draw(st.lists(st.floats(0, 400, allow_nan=False), max_size=6)))
    grid = _rects(draw, 1)[0]
    return links, edges, grid, draw(st.sampled_from([0.5, 9.0, 40.0]))


# 150 sets of boxes: a seeded change of the port margin was found within 50 in 6 runs of
# 6 (the random journeys above are what finds a changed tie or order, at 300).
@settings(max_examples=150, deadline=None)
@given(args=odd_links())
def test_random_boxes_route_exactly_as_before(args: RouteArgs) -> None:
    _same_as_v1(args)


def test_a_big_map_routes_exactly_as_before(caught: list[RouteArgs]) -> None:
    from tests.benchmarks.bigmap import big_workspace

    engine.lay_out(big_workspace(2_000, 2_000).journeys[0])
    _same_as_v1(caught[0])
