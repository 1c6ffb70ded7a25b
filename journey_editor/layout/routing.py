"""Connection paths that run in the gutters between cells, so arrows rarely cross cards.

A path leaves its card sideways, turns into the vertical gutter at the column
edge, runs along the boundary between two lanes when it must pass other stages,
and enters the target from the side facing it.

Three rules keep a map's arrows readable (on screen and on paper alike):
- Ports: the ends on one side of a card are spread evenly along that side, so no two
  connections share an end; they are ordered by where the other end lies, so lines
  leave a card without crossing each other.
- Lanes: segments that share a gutter get lanes LANE_GAP apart, so parallel lines never
  merge into one. A segment that ends in an arrow prefers the lane away from its target,
  which leaves the arrow head a straight run to sit on.
- Ends: the arrow head marks the target; the painters put a dot (TAIL_RADIUS) at the
  source, so an arrow into a card and one out of it look different.
Everything is ordered by position and then id: the same map always routes the same way.
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from heapq import heappop, heappush, heapreplace
from typing import NamedTuple

from journey_editor.layout.geometry import ConnectionPath, Point, Rect

ARROW_LENGTH = 8.0
ARROW_HALF_WIDTH = 4.0
TAIL_RADIUS = 3.0
ROUTE_CORNER = 5.0  # painters round a corner from this far before it (half a short side)
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
    start_x: float  # the x of its source end
    end_x: float  # and of its target end
    one_gutter: bool  # both ends face the same gutter: no run along a lane edge
    sy: float = 0.0
    ty: float = 0.0
    s_step: float = 0.0  # the spacing of the ports on the source's side
    t_step: float = 0.0  # and on the target's side
    lane_y: float = 0.0  # the lane edge it runs along between the gutters (if two)
    out_off: float = 0.0
    mid_off: float = 0.0
    in_off: float = 0.0


Stub = tuple[float, float, float]  # a horizontal run to a card: y, x from, x to


# A stretch of a path inside a gutter, before it is given a lane: (lo, hi) along the
# gutter, the link id, the side (-1 left/up, +1 right/down, 0 none) to try first, the
# (y, card edge x) of its horizontal runs to the cards, its plan, and which offset of the
# plan it sets. Plain tuples (20,000 arrows make 20,000 or more) that sort along the
# gutter, then by link id (unique in a gutter, so the rest is never compared).
_Segment = tuple[float, float, str, int, tuple[Point, ...], _Plan, str]


def route_all(links: Sequence[Link], lane_edges: Sequence[float], grid: Rect,
              room: float) -> list[ConnectionPath]:
    """The paths of all connections of a journey. `lane_edges` are the y of the lane
    boundaries (top to bottom), `grid` the cells' area, `room` how far a lane may sit
    from the middle of a gutter before it reaches the cards. Linear but for sorting
    (each card side's ends, each gutter's segments): 20,000 arrows are a fraction of a
    second, so every loop below is kept to the few operations it needs."""
    with _collector_paused():
        plans = [_plan(link) for link in links]
        _assign_ports(plans)
        _assign_lanes(_gutters(plans, lane_edges), grid, room)
        return [_path(plan) for plan in plans]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Routing makes some 15 tuples an arrow and no reference cycles: Python's cyclic
    collector would walk them again and again while they pile up (a quarter of the time
    at 20,000 arrows), so it waits until the paths are made. Refcounting still frees
    every temporary; the next collection then looks at the paths once."""
    if not gc.isenabled():  # a caller paused it already: leave it to them
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _plan(link: Link) -> _Plan:
    _, _, _, src, dst, (src_x, src_w), (dst_x, dst_w) = link
    if dst_x > src_x:  # forward: out on the right, in on the left
        out_x, in_x = src_x + src_w, dst_x
        return _Plan(link, True, False, out_x, in_x, src.x + src.w, dst.x,
                     -1.0 <= out_x - in_x <= 1.0)
    if dst_x < src_x:  # backward
        out_x, in_x = src_x, dst_x + dst_w
        return _Plan(link, False, True, out_x, in_x, src.x, dst.x + dst.w,
                     -1.0 <= out_x - in_x <= 1.0)
    out_x = src_x + src_w  # same stage: a loop
    return _Plan(link, True, True, out_x, out_x, src.x + src.w, dst.x + dst.w, True)


# --- ports -----------------------------------------------------------------------------

def _assign_ports(plans: list[_Plan], only: Collection[tuple[str, bool]] | None = None,
                  ) -> None:
    """Spreads the ends on each side of each card, in the order of _end_order; with
    `only`, on those sides alone ((card id, right side?), each with all its ends among
    `plans`), leaving the other ends of `plans` where they are.

    An end is an int, 2 * plan index + 1 for a source end, 2 * plan index for a target
    end; the ends of a side are chained (`after[end]`, the end gathered before it, -1
    for none) rather than listed: most sides have a single end, which then needs neither
    a list nor a sort key (a 20,000-card map has some 25,000 sides)."""
    left: dict[str, int] = {}  # card id -> the last end gathered on its left side
    right: dict[str, int] = {}  # and on its right side
    after = [-1] * (2 * len(plans))
    end = -1
    for plan in plans:
        link = plan.link
        end += 2
        side = right if plan.src_right else left
        after[end] = side.get(link.source, -1)
        side[link.source] = end
        side = right if plan.dst_right else left
        after[end - 1] = side.get(link.target, -1)
        side[link.target] = end - 1
    order = partial(_end_order, plans)
    heads = ((*left.values(), *right.values()) if only is None else
             [head for card, on_right in only
              if (head := (right if on_right else left).get(card)) is not None])
    for last in heads:
        if after[last] < 0:
            _one_port(plans[last >> 1], last & 1)
            continue
        ends = [last]
        while (last := after[last]) >= 0:
            ends.append(last)
        ends.sort(key=order)
        plan = plans[ends[0] >> 1]
        ys, step = _spread(plan.link.src if ends[0] & 1 else plan.link.dst, len(ends))
        for end, y in zip(ends, ys, strict=True):
            plan = plans[end >> 1]
            if end & 1:
                plan.sy, plan.s_step = y, step
            else:
                plan.ty, plan.t_step = y, step


def _one_port(plan: _Plan, is_source: int) -> None:
    """_spread for the only end on a side: the middle of the side, the side's usable
    height as its spacing. The same arithmetic without the list: most sides have one."""
    _, y, _, h = plan.link.src if is_source else plan.link.dst
    margin = min(PORT_MARGIN, h / 4)
    step = (h - 2 * margin) / 2
    if is_source:
        plan.sy, plan.s_step = y + margin + step, 2 * step
    else:
        plan.ty, plan.t_step = y + margin + step, 2 * step


def _end_order(plans: list[_Plan], end: int) -> tuple[int, float, float, str, int]:
    """Top to bottom: loops (out and back in on the same side) to cards above, nearest
    first; ends across the gutter, towards the highest other card first, so they fan out;
    loops to cards below, nearest last. Loops then nest instead of crossing. Then by link
    id, and a source end after a target end: no two ends of one side tie."""
    plan, is_source = plans[end >> 1], end & 1
    link = plan.link
    other = link.dst if is_source else link.src
    other_y = other.y + other.h / 2
    if plan.src_right != plan.dst_right:
        return (1, other_y, other.x, link.id, is_source)
    own = link.src if is_source else link.dst
    return (0 if other_y < own.y + own.h / 2 else 2, -other_y, other.x, link.id, is_source)


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

def _gutters(plans: list[_Plan], lane_edges: Sequence[float],
             ) -> dict[tuple[str, float], list[_Segment]]:
    """The segments of the paths, by gutter: ("v", x of a column edge) or ("h", y of a
    lane edge). A path across one gutter has one segment, others run along the lane edge
    nearest the middle of their ends."""
    gutters: dict[tuple[str, float], list[_Segment]] = {}
    for plan in plans:
        link_id, sy, ty = plan.link.id, plan.sy, plan.ty
        # An arrow's segment keeps away from its target: +1 when the target is on the left.
        away = 1 if plan.dst_right else -1
        if plan.one_gutter:
            gutters.setdefault(("v", plan.out_x), []).append(
                (*_span(sy, ty), link_id, away, ((sy, plan.start_x), (ty, plan.end_x)), plan,
                 "out_off"))
            continue
        lane_y = plan.lane_y = _nearest_edge(lane_edges, (sy + ty) / 2) if lane_edges else 0.0
        near = -1 if plan.src_right else 1  # the source's lane stays near the source
        gutters.setdefault(("v", plan.out_x), []).append(
            (*_span(sy, lane_y), link_id, near, ((sy, plan.start_x),), plan, "out_off"))
        gutters.setdefault(("h", lane_y), []).append(
            (*_span(plan.out_x, plan.in_x), link_id, 0, (), plan, "mid_off"))
        gutters.setdefault(("v", plan.in_x), []).append(
            (*_span(lane_y, ty), link_id, away, ((ty, plan.end_x),), plan, "in_off"))
    return gutters


def _span(a: float, b: float) -> tuple[float, float]:
    return (a, b) if a <= b else (b, a)


def _assign_lanes(gutters: dict[tuple[str, float], list[_Segment]], grid: Rect,
                  room: float) -> None:
    """Lanes for the segments of each gutter (see _colour), then their offsets: LANE_GAP
    apart, closer (down to MIN_LANE_GAP) when that many lanes would reach the cards."""
    for (axis, at), group in gutters.items():
        group.sort()
        low, high = (grid.x, grid.right) if axis == "v" else (grid.y, grid.bottom)
        # A gutter on the grid's outer edge has room on its inner side only.
        sides = (1,) if at <= low + 1 else (-1,) if at >= high - 1 else (1, -1)
        lanes = _colour(group, at, sides)
        widest = max(max(lanes), -min(lanes))
        gap = max(MIN_LANE_GAP, min(LANE_GAP, room / widest)) if widest else LANE_GAP
        for segment, k in zip(group, lanes, strict=True):
            setattr(segment[5], segment[6], k * gap)


def _colour(group: list[_Segment], at: float, sides: tuple[int, ...]) -> list[int]:
    """Lanes are numbered outwards from the gutter's middle (0, then +-1, +-2 ...). A
    segment takes the nearest lane free over its length, on its preferred side at equal
    distance; of the few nearest, the first whose stubs run on no other stub's line (on a
    side crowded past that, ports closer than MIN_LANE_GAP, simply the nearest). Heaps of
    free and busy lanes keep this O(log n) a segment: big maps have crowded gutters."""
    lanes = _Lanes(sides)
    free, busy = lanes.free, lanes.busy
    placed: dict[float, list[Stub]] = {}  # stubs by y // MIN_LANE_GAP
    chosen = []
    for lo, hi, _, prefer, ends, _, _ in group:
        lo -= _TOUCH
        while busy and busy[0][0] < lo:  # lanes whose segments end before this one
            k = heappop(busy)[1]
            heappush(free, (k if k >= 0 else -k, k))
        first = prefer or 1
        k = lanes.nearest(first)
        x = at + k * LANE_GAP
        mine = [(y, edge, x) if edge <= x else (y, x, edge) for y, edge in ends]
        if _collides(mine, placed):  # rare: try the next few lanes
            k = lanes.steer(first, partial(_blocked, ends, at, placed))
            mine = _stubs(ends, at, k)
        else:
            lanes.take(k)
        heappush(busy, (hi, k))
        for stub in mine:
            bucket = stub[0] // MIN_LANE_GAP
            if (row := placed.get(bucket)) is None:
                placed[bucket] = [stub]
            else:
                row.append(stub)
        chosen.append(k)
    return chosen


class _Lanes:
    """The lanes of one gutter: which are free again, which are busy (until where), and
    how many are open on either side."""

    __slots__ = ("busy", "free", "opened", "sides")

    def __init__(self, sides: tuple[int, ...]) -> None:
        self.free: list[tuple[int, int]] = []  # (|lane|, lane) of lanes free again
        self.busy: list[tuple[float, int]] = []  # (where its segment ends, lane)
        self.opened = {0: 0, 1: 0, -1: 0}  # lanes in use so far: 0 (as 0/1) and per side
        self.sides = sides

    def fresh(self) -> list[int]:
        """The lanes that would open next: 0, then one further out on each side."""
        opened = self.opened
        return [0] * (not opened[0]) + [side * (opened[side] + 1) for side in self.sides]

    def nearest(self, first: int) -> int:
        """The lane a segment preferring side `first` takes when no stubs are in its way:
        the nearest free or fresh lane, on side `first` at equal distance. The free heap
        orders (a, -a) before (a, a), and (a, a), if free, is then one of its two
        children."""
        best, rank = 0, -1
        free, opened = self.free, self.opened
        if free:
            a, best = free[0]
            if best < 0 < first and (a, a) in free[1:3]:
                best = a
            rank = 2 * a + (best * first < 0)
        if not opened[0]:
            return 0
        for side in self.sides:
            k = side * (opened[side] + 1)
            # Lane k is |k| from the middle, on side `first` or not.
            if rank < 0 or 2 * (opened[side] + 1) + (side != first) < rank:
                best, rank = k, 2 * (opened[side] + 1) + (side != first)
        return best

    def take(self, k: int) -> None:
        """Marks lane k, a free or fresh one, as taken."""
        free = self.free
        if free and free[0][1] == k:
            heappop(free)
        elif k and (abs(k), k) in free[1:3]:  # the second nearest: under the first
            heapreplace(free, heappop(free))
        else:
            self.opened[(k > 0) - (k < 0)] += 1  # the side of a new lane, 0 for lane 0

    def steer(self, first: int, blocked: Callable[[int], bool]) -> int:
        """Of the _CHOICES nearest free lanes and the fresh ones, nearest first, the first
        not `blocked` (or the nearest when all are), taken."""
        reused = [heappop(self.free)[1] for _ in range(min(len(self.free), _CHOICES))]
        choices = sorted(reused + self.fresh(), key=lambda k: (abs(k), k * first < 0))
        k = next((k for k in choices if not blocked(k)), choices[0])
        for other in reused:
            if other != k:
                heappush(self.free, (abs(other), other))
        if k not in reused:
            self.opened[(k > 0) - (k < 0)] += 1
        return k


def _stubs(ends: tuple[Point, ...], at: float, k: int) -> list[Stub]:
    """The horizontal runs between a segment's cards and lane k (at LANE_GAP: the order
    of the lanes, which is all that decides an overlap, does not depend on the gap)."""
    x = at + k * LANE_GAP
    return [(y, edge, x) if edge <= x else (y, x, edge) for y, edge in ends]


def _blocked(ends: tuple[Point, ...], at: float, placed: dict[float, list[Stub]],
             k: int) -> bool:
    """Whether lane k would put one of the segment's stubs on another's line."""
    return _collides(_stubs(ends, at, k), placed)


def _collides(mine: list[Stub], placed: dict[float, list[Stub]]) -> bool:
    """Whether one of these stubs runs on the line of one placed before (closer than
    MIN_LANE_GAP above or below it, overlapping it along x)."""
    for y, lo, hi in mine:
        bucket = y // MIN_LANE_GAP
        for near in (bucket - 1, bucket, bucket + 1):
            for other_y, other_lo, other_hi in placed.get(near, ()):
                if -MIN_LANE_GAP < y - other_y < MIN_LANE_GAP and lo < other_hi and other_lo < hi:
                    return True
    return False


# --- paths -----------------------------------------------------------------------------

def _path(plan: _Plan) -> ConnectionPath:
    """The polyline, its head (see _arrow) and the radius of its tail dot. Conditional
    expressions stand for min() and abs(), and _make for the constructor: this runs once
    an arrow, and those calls were a third of its time."""
    link, sy, ty = plan.link, plan.sy, plan.ty
    start, end = (plan.start_x, sy), (plan.end_x, ty)
    out_x = plan.out_x + plan.out_off
    points: tuple[Point, ...]
    if not plan.one_gutter:
        lane_y, in_x = plan.lane_y + plan.mid_off, plan.in_x + plan.in_off
        points = (start, (out_x, sy), (out_x, lane_y), (in_x, lane_y), (in_x, ty), end)
    elif (rise := sy - ty) > 1e-6 or rise < -1e-6:
        points = (start, (out_x, sy), (out_x, ty), end)
    else:  # level ends across one gutter: a straight line
        points = (start, end)
    half = END_SHARE * plan.t_step
    half = half if half < ARROW_HALF_WIDTH else ARROW_HALF_WIDTH  # noqa: FURB136
    tail = END_SHARE * plan.s_step
    tail = tail if tail < TAIL_RADIUS else TAIL_RADIUS  # noqa: FURB136
    return ConnectionPath._make((link.id, link.source, link.target, points,
                                 _arrow(points[-2][0], end, half), tail))


def _arrow(before_x: float, tip: Point, half: float) -> tuple[Point, Point, Point]:
    """A head `half` wide either side, as long as the full head is for its full width."""
    direction = 1.0 if tip[0] >= before_x else -1.0
    base = tip[0] - direction * ARROW_LENGTH * half / ARROW_HALF_WIDTH
    return tip, (base, tip[1] - half), (base, tip[1] + half)
