"""Arrows that read: every end has its own port, ins differ from outs, gutters keep lanes.

The layout decides all of it, so the canvas and the PDF draw the same arrows.
"""

from __future__ import annotations

from itertools import combinations

import pytest

from journey_editor.layout.engine import lay_out
from journey_editor.layout.geometry import ConnectionPath, JourneyLayout, Point
from journey_editor.layout.gutters import MIN_LANE_GAP
from journey_editor.model.types import Card, Connection, Journey, Lane, Stage
from journey_editor.templates import new_from_template

Segment = tuple[Point, Point]


def _retail() -> Journey:
    return new_from_template("retail").journeys[0]


def _fan_in() -> Journey:
    """Three arrows into one card: from a card above, one level with it and one below in
    the stage before, and two more from the stage after and the same stage."""
    stages = [Stage(id=s, name=s) for s in ("s1", "s2", "s3")]
    lanes = [Lane(id=ln, name=ln, kind="channel") for ln in ("top", "mid", "low")]
    cards = [Card(id=f"{s}-{ln}", stage=s, lane=ln, title=f"{s} {ln}")
             for s in ("s1", "s2", "s3") for ln in ("top", "mid", "low")]
    links = [Connection(id=f"in-{ln}", source=f"s1-{ln}", target="s2-mid")
             for ln in ("low", "top", "mid")]  # not in the order of the cards on purpose
    links += [Connection(id="back", source="s3-top", target="s2-mid"),
              Connection(id="loop", source="s2-low", target="s2-mid"),
              Connection(id="out", source="s2-mid", target="s3-low")]
    return Journey(id="j", name="Fan in", stages=stages, lanes=lanes, cards=cards,
                   connections=links)


CASES = pytest.mark.parametrize("journey", [_retail(), _fan_in()], ids=["retail", "fan-in"])


def _ends(layout: JourneyLayout) -> dict[str, list[tuple[Point, str]]]:
    """Card id -> the points where connections touch it, each with "in" or "out"."""
    ends: dict[str, list[tuple[Point, str]]] = {}
    for path in layout.connections:
        ends.setdefault(path.source, []).append((path.points[0], "out"))
        ends.setdefault(path.target, []).append((path.points[-1], "in"))
    return ends


@CASES
def test_no_two_connections_of_a_card_share_an_end(journey: Journey) -> None:
    layout = lay_out(journey)
    for card_id, ends in _ends(layout).items():
        rect = layout.cards[card_id].rect
        for (a, _), (b, _) in combinations(ends, 2):
            # On the same side of the card they are a few points apart, never merged.
            assert abs(a[0] - b[0]) > 1 or abs(a[1] - b[1]) >= 4.0, (card_id, a, b)
        for (x, y), _ in ends:
            assert x in (rect.x, rect.right) and rect.y < y < rect.bottom


@CASES
def test_arrows_end_on_the_target_and_a_dot_marks_the_source(journey: Journey) -> None:
    layout = lay_out(journey)
    for path in layout.connections:
        tip, base1, base2 = path.arrow
        target = layout.cards[path.target].rect
        assert tip == path.points[-1] and tip[0] in (target.x, target.right)
        outside = base1[0] < target.x or base1[0] > target.right
        assert outside and base1[0] == base2[0] and base2[1] - base1[1] >= 3.0  # visible head
        assert path.tail >= 1.5 and path.points[0] != path.points[-1]
    for card_id, ends in _ends(layout).items():
        ins = {p for p, role in ends if role == "in"}
        outs = {p for p, role in ends if role == "out"}
        assert not ins & outs, card_id


def _segments(path: ConnectionPath) -> list[Segment]:
    return list(zip(path.points, path.points[1:], strict=False))


def _parallel_gap(a: Segment, b: Segment) -> float | None:
    """How far apart two axis-parallel segments run side by side, None if they do not."""
    (ax0, ay0), (ax1, ay1) = a
    (bx0, by0), (bx1, by1) = b
    vertical_a, vertical_b = ax0 == ax1, bx0 == bx1
    if vertical_a != vertical_b:
        return None
    if vertical_a:
        along_a, along_b, across = (ay0, ay1), (by0, by1), abs(ax0 - bx0)
    else:
        along_a, along_b, across = (ax0, ax1), (bx0, bx1), abs(ay0 - by0)
    overlap = min(max(along_a), max(along_b)) - max(min(along_a), min(along_b))
    return across if overlap > 1.0 else None


@CASES
def test_parallel_segments_keep_a_visible_gap(journey: Journey) -> None:
    layout = lay_out(journey)
    close = []
    for p, q in combinations(layout.connections, 2):
        for a in _segments(p):
            for b in _segments(q):
                gap = _parallel_gap(a, b)
                if gap is not None and gap < MIN_LANE_GAP:
                    close.append((p.id, q.id, a, b))
    assert close == []


def test_ends_on_one_side_follow_the_other_cards_so_lines_leave_without_crossing() -> None:
    layout = lay_out(_fan_in())
    by_id = {path.id: path for path in layout.connections}
    ys = [by_id[f"in-{lane}"].points[-1][1] for lane in ("top", "mid", "low")]
    assert ys == sorted(ys)  # the arrow from the top card enters highest
    left = layout.cards["s2-mid"].rect.x
    assert all(by_id[f"in-{lane}"].points[-1][0] == left for lane in ("top", "mid", "low"))


def test_routing_is_the_same_every_time() -> None:
    assert lay_out(_retail()).connections == lay_out(_retail()).connections
