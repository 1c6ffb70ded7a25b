# ruff: noqa: I001
"""FROZEN ORACLE: journey_editor/layout/routing.py as of commit 6f54c27, before it was
made fast (issue 13). test_routing_speed.py checks that the fast route_all returns exactly
what this one does. Do not edit, do not import from production code."""


from __future__ import annotations

from bisect import bisect_left
from heapq import heappop, heappush
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from journey_editor.layout.geometry import ConnectionPath, Point, Rect

ARROW_LENGTH = 8.0
ARROW_HALF_WIDTH = 4.0
TAIL_RADIUS = 3.0
LANE_GAP = 4.0  # between parallel segments in one gutter, when the gutter has room
MIN_LANE_GAP = 3.0  # never closer, even in a crowded gutter
PORT_MARGIN = 5.0  # ends keep off a card's rounded corners
# Ends crowded on a short side get smaller heads and dots: this share of the port
# spacing at most, so neighbouring heads never touch.
END_SHARE = 0.42
_TOUCH = 1.0  # segments closer than this end to end count as overlapping
_CHOICES = 6  # free lanes a segment tries before it gives up avoiding other stubs


class Link(NamedTuple):
    """One connection to route: its id, its cards' ids and boxes, their stage columns."""

    id: str
    source: str
    target: str
    src: Rect
    dst: Rect
    src_col: tuple[float, float]
    dst_col: tuple[float, float]


@dataclass(slots=True)
class _Plan:
    """A path being routed: the sides it uses, then its port heights and lane offsets."""

    link: Link
    src_right: bool  # leaves the source by its right side
    dst_right: bool  # enters the target by its right side
    out_x: float  # the gutter the path turns into after leaving the source
    in_x: float  # the gutter it enters the target from
    sy: float = 0.0
    ty: float = 0.0
    s_step: float = 0.0  # the spacing of the ports on the source's side
    t_step: float = 0.0  # and on the target's side
    lane_y: float = 0.0  # the lane edge it runs along between the gutters (if two)
    out_off: float = 0.0
    mid_off: float = 0.0
    in_off: float = 0.0

    @property
    def start_x(self) -> float:
        return self.link.src.x + self.link.src.w if self.src_right else self.link.src.x

    @property
    def end_x(self) -> float:
        return self.link.dst.x + self.link.dst.w if self.dst_right else self.link.dst.x

    @property
    def one_gutter(self) -> bool:
        return abs(self.out_x - self.in_x) <= 1.0


class _Segment(NamedTuple):
    """A stretch of a path inside a gutter, before it is given a lane."""

    gutter: tuple[str, float]  # ("v", x of a column edge) or ("h", y of a lane edge)
    lo: float
    hi: float
    prefer: int  # the side (-1 left/up, +1 right/down, 0 none) to try first
    stubs: tuple[Point, ...]  # (y, card edge x) of the horizontal runs to the cards
    plan: _Plan
    part: str  # which offset of the plan it sets: "out", "mid" or "in"


def route_all(links: Sequence[Link], lane_edges: Sequence[float], grid: Rect,
              room: float) -> list[ConnectionPath]:
    """The paths of all connections of a journey. `lane_edges` are the y of the lane
    boundaries (top to bottom), `grid` the cells' area, `room` how far a lane may sit
    from the middle of a gutter before it reaches the cards."""
    plans = [_plan(link) for link in links]
    _assign_ports(plans)
    for plan in plans:
        plan.lane_y = _nearest_edge(lane_edges, (plan.sy + plan.ty) / 2) if lane_edges else 0.0
    _assign_lanes(_segments(plans), grid, room)
    return [_path(plan) for plan in plans]


def _plan(link: Link) -> _Plan:
    src_x, src_w = link.src_col
    dst_x, dst_w = link.dst_col
    if dst_x > src_x:  # forward: out on the right, in on the left
        return _Plan(link, True, False, src_x + src_w, dst_x)
    if dst_x < src_x:  # backward
        return _Plan(link, False, True, src_x, dst_x + dst_w)
    return _Plan(link, True, True, src_x + src_w, src_x + src_w)  # same stage: a loop


# --- ports -----------------------------------------------------------------------------

def _assign_ports(plans: list[_Plan]) -> None:
    """Spreads the ends on each side of each card; see _port_order for their order."""
    # (card, right side?) -> (order..., link id, 1 for a source end, plan): the tuples
    # sort on their own, as no two ends of one side share a link id and role.
    sides: dict[tuple[str, bool], list[tuple[float, float, float, str, int, _Plan]]] = {}
    for plan in plans:
        link = plan.link
        loop = plan.dst_right == plan.src_right
        sides.setdefault((link.source, plan.src_right), []).append(
            (*_port_order(link.src, link.dst, loop), link.id, 1, plan))
        sides.setdefault((link.target, plan.dst_right), []).append(
            (*_port_order(link.dst, link.src, loop), link.id, 0, plan))
    for ends in sides.values():
        ends.sort()
        first = ends[0]
        ys, step = _spread(first[5].link.src if first[4] else first[5].link.dst, len(ends))
        for (*_, is_source, plan), y in zip(ends, ys, strict=True):
            if is_source:
                plan.sy, plan.s_step = y, step
            else:
                plan.ty, plan.t_step = y, step


def _port_order(own: Rect, other: Rect, loop: bool) -> tuple[float, float, float]:
    """Top to bottom: loops (out and back in on the same side) to cards above, nearest
    first; ends across the gutter, towards the highest other card first, so they fan out;
    loops to cards below, nearest last. Loops then nest instead of crossing."""
    other_y = other.y + other.h / 2
    if not loop:
        return (1, other_y, other.x)
    return (0 if other_y < own.y + own.h / 2 else 2, -other_y, other.x)


def _spread(card: Rect, n: int) -> tuple[list[float], float]:
    """n heights evenly spaced along a card's side, and their spacing (the side's usable
    height when there is a single port)."""
    margin = min(PORT_MARGIN, card.h / 4)
    step = (card.h - 2 * margin) / (n + 1)
    return [card.y + margin + step * (i + 1) for i in range(n)], step if n > 1 else 2 * step


def _nearest_edge(edges: Sequence[float], y: float) -> float:
    i = bisect_left(edges, y)
    if i == 0:
        return edges[0]
    if i == len(edges):
        return edges[-1]
    below, above = edges[i - 1], edges[i]
    return below if y - below <= above - y else above


# --- lanes -----------------------------------------------------------------------------

def _segments(plans: list[_Plan]) -> list[_Segment]:
    segments = []
    for plan in plans:
        start, end = (plan.sy, plan.start_x), (plan.ty, plan.end_x)
        # An arrow's segment keeps away from its target: +1 when the target is on the left.
        away = 1 if plan.dst_right else -1
        if plan.one_gutter:
            segments.append(_Segment(("v", plan.out_x), *_span(plan.sy, plan.ty), away,
                                     (start, end), plan, "out"))
            continue
        near = -1 if plan.src_right else 1  # the source's lane stays near the source
        segments += [
            _Segment(("v", plan.out_x), *_span(plan.sy, plan.lane_y), near, (start,), plan,
                     "out"),
            _Segment(("h", plan.lane_y), *_span(plan.out_x, plan.in_x), 0, (), plan, "mid"),
            _Segment(("v", plan.in_x), *_span(plan.lane_y, plan.ty), away, (end,), plan, "in"),
        ]
    return segments


def _span(a: float, b: float) -> tuple[float, float]:
    return (a, b) if a <= b else (b, a)


def _assign_lanes(segments: list[_Segment], grid: Rect, room: float) -> None:
    """Lanes for the segments of each gutter (see _colour), then their offsets: LANE_GAP
    apart, closer (down to MIN_LANE_GAP) when that many lanes would reach the cards."""
    gutters: dict[tuple[str, float], list[_Segment]] = {}
    for segment in segments:
        gutters.setdefault(segment.gutter, []).append(segment)
    for (axis, at), group in gutters.items():
        group.sort(key=lambda s: (s.lo, s.hi, s.plan.link.id, s.part))
        low, high = (grid.x, grid.right) if axis == "v" else (grid.y, grid.bottom)
        # A gutter on the grid's outer edge has room on its inner side only.
        sides = (1,) if at <= low + 1 else (-1,) if at >= high - 1 else (1, -1)
        lanes = _colour(group, at, sides)
        widest = max((abs(k) for k in lanes), default=0)
        gap = max(MIN_LANE_GAP, min(LANE_GAP, room / widest)) if widest else LANE_GAP
        for segment, k in zip(group, lanes, strict=True):
            setattr(segment.plan, f"{segment.part}_off", k * gap)


def _colour(group: list[_Segment], at: float, sides: tuple[int, ...]) -> list[int]:
    """Lanes are numbered outwards from the gutter's middle (0, then +-1, +-2 ...). A
    segment takes the nearest lane free over its length, on its preferred side at equal
    distance; of the few nearest, the first whose stubs run on no other stub's line (on a
    side crowded past that, ports closer than MIN_LANE_GAP, simply the nearest). Heaps of
    free and busy lanes keep this O(log n) a segment: big maps have crowded gutters."""
    free: list[tuple[int, int]] = []  # (|lane|, lane) of lanes free again
    busy: list[tuple[float, int]] = []  # (where its segment ends, lane)
    opened = {0: 0, 1: 0, -1: 0}  # lanes in use so far: 0 (as 0/1) and on either side
    stubs: dict[int, list[tuple[float, float, float]]] = {}  # y, x, x by y // MIN_LANE_GAP
    lanes = []
    for segment in group:
        while busy and busy[0][0] < segment.lo - _TOUCH:
            k = heappop(busy)[1]
            heappush(free, (abs(k), k))
        reused = [heappop(free)[1] for _ in range(min(len(free), _CHOICES))]
        fresh = [0] if not opened[0] else []
        fresh += [side * (opened[side] + 1) for side in sides]
        first = segment.prefer or 1
        choices = sorted(reused + fresh, key=lambda k: (abs(k), k * first < 0))
        near = _near_stubs(segment, stubs)
        k = next((k for k in choices if not _collides(_stubs(segment, at, k), near)),
                 choices[0]) if near else choices[0]
        for other in reused:
            if other != k:
                heappush(free, (abs(other), other))
        if k not in reused:
            opened[(k > 0) - (k < 0)] += 1  # the side of a new lane, 0 for lane 0
        heappush(busy, (segment.hi, k))
        for stub in _stubs(segment, at, k):
            stubs.setdefault(int(stub[0] // MIN_LANE_GAP), []).append(stub)
        lanes.append(k)
    return lanes


def _stubs(segment: _Segment, at: float, k: int) -> list[tuple[float, float, float]]:
    """The horizontal runs between the segment's cards and lane k (at LANE_GAP: the order
    of the lanes, which is all that decides an overlap, does not depend on the gap)."""
    x = at + k * LANE_GAP
    return [(y, *_span(edge, x)) for y, edge in segment.stubs]


def _near_stubs(segment: _Segment, placed: dict[int, list[tuple[float, float, float]]],
                ) -> list[tuple[float, float, float]]:
    """The stubs already placed on about the same line as one of the segment's."""
    return [b for y, _ in segment.stubs for bucket in (-1, 0, 1)
            for b in placed.get(int(y // MIN_LANE_GAP) + bucket, ())]


def _collides(mine: list[tuple[float, float, float]],
              near: list[tuple[float, float, float]]) -> bool:
    return any(_collinear(a, b) for a in mine for b in near)


def _collinear(a: tuple[float, float, float], b: tuple[float, float, float]) -> bool:
    return abs(a[0] - b[0]) < MIN_LANE_GAP and a[1] < b[2] and b[1] < a[2]


# --- paths -----------------------------------------------------------------------------

def _path(plan: _Plan) -> ConnectionPath:
    link, sy, ty = plan.link, plan.sy, plan.ty
    start, end = (plan.start_x, sy), (plan.end_x, ty)
    out_x = plan.out_x + plan.out_off
    points: tuple[Point, ...]
    if not plan.one_gutter:
        lane_y, in_x = plan.lane_y + plan.mid_off, plan.in_x + plan.in_off
        points = (start, (out_x, sy), (out_x, lane_y), (in_x, lane_y), (in_x, ty), end)
    elif abs(sy - ty) > 1e-6:
        points = (start, (out_x, sy), (out_x, ty), end)
    else:  # level ends across one gutter: a straight line
        points = (start, end)
    half = min(ARROW_HALF_WIDTH, END_SHARE * plan.t_step)
    return ConnectionPath(link.id, link.source, link.target, points,
                          _arrow(points[-2], end, half), min(TAIL_RADIUS, END_SHARE * plan.s_step))


def _arrow(before: Point, tip: Point, half: float) -> tuple[Point, Point, Point]:
    """A head `half` wide either side, as long as the full head is for its full width."""
    direction = 1.0 if tip[0] >= before[0] else -1.0
    base = tip[0] - direction * ARROW_LENGTH * half / ARROW_HALF_WIDTH
    return tip, (base, tip[1] - half), (base, tip[1] + half)
