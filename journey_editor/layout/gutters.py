"""Lanes in the gutters: the segments of the paths that share a gutter (a column edge or
a lane edge) get lanes LANE_GAP apart, so parallel lines never merge into one; a segment
that ends in an arrow prefers the lane away from its target (see `routing`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import partial
from heapq import heappop, heappush, heapreplace

from journey_editor.layout.geometry import Point, Rect
from journey_editor.layout.route_plan import Plan

LANE_GAP = 4.0  # between parallel segments in one gutter, when the gutter has room
MIN_LANE_GAP = 3.0  # never closer, even in a crowded gutter
_TOUCH = 1.0  # segments closer than this end to end count as overlapping
_CHOICES = 6  # free lanes a segment tries before it gives up avoiding other stubs

Stub = tuple[float, float, float]  # a horizontal run to a card: y, x from, x to


# A stretch of a path inside a gutter, before it is given a lane: (lo, hi) along the
# gutter, the link id, the side (-1 left/up, +1 right/down, 0 none) to try first, the
# (y, card edge x) of its horizontal runs to the cards, its plan, and which offset of the
# plan it sets. Plain tuples (20,000 arrows make 20,000 or more) that sort along the
# gutter, then by link id (unique in a gutter, so the rest is never compared).
Segment = tuple[float, float, str, int, tuple[Point, ...], Plan, str]


def _nearest_edge(edges: Sequence[float], y: float) -> float:
    i = bisect_left(edges, y)
    if i == 0:
        return edges[0]
    if i == len(edges):
        return edges[-1]
    below, above = edges[i - 1], edges[i]
    return below if y - below <= above - y else above


# --- lanes -----------------------------------------------------------------------------

def gutters_of(plans: list[Plan], lane_edges: Sequence[float],
             ) -> dict[tuple[str, float], list[Segment]]:
    """The segments of the paths, by gutter: ("v", x of a column edge) or ("h", y of a
    lane edge). A path across one gutter has one segment, others run along the lane edge
    nearest the middle of their ends."""
    gutters: dict[tuple[str, float], list[Segment]] = {}
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


def assign_lanes(gutters: dict[tuple[str, float], list[Segment]], grid: Rect,
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


def _colour(group: list[Segment], at: float, sides: tuple[int, ...]) -> list[int]:
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
