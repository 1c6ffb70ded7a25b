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

from collections.abc import Collection, Sequence
from functools import partial

from journey_editor.layout.collector import collector_paused
from journey_editor.layout.geometry import ConnectionPath, Point, Rect
from journey_editor.layout.gutters import assign_lanes, gutters_of
from journey_editor.layout.route_plan import Link, Plan, plan_of

__all__ = ["Link", "route_all"]  # Link: routing's input, named here for its callers

ARROW_LENGTH = 8.0
ARROW_HALF_WIDTH = 4.0
TAIL_RADIUS = 3.0
ROUTE_CORNER = 5.0  # painters round a corner from this far before it (half a short side)
PORT_MARGIN = 5.0  # ends keep off a card's rounded corners
# Ends crowded on a short side get smaller heads and dots: this share of the port
# spacing at most, so neighbouring heads never touch.
END_SHARE = 0.42


def route_all(links: Sequence[Link], lane_edges: Sequence[float], grid: Rect,
              room: float) -> list[ConnectionPath]:
    """The paths of all connections of a journey. `lane_edges` are the y of the lane
    boundaries (top to bottom), `grid` the cells' area, `room` how far a lane may sit
    from the middle of a gutter before it reaches the cards. Linear but for sorting
    (each card side's ends, each gutter's segments): 20,000 arrows are a fraction of a
    second, so every loop below is kept to the few operations it needs."""
    with collector_paused():
        plans = [plan_of(link) for link in links]
        assign_ports(plans)
        assign_lanes(gutters_of(plans, lane_edges), grid, room)
        return [path_of(plan) for plan in plans]


# --- ports -----------------------------------------------------------------------------

def assign_ports(plans: list[Plan], only: Collection[tuple[str, bool]] | None = None,
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


def _one_port(plan: Plan, is_source: int) -> None:
    """_spread for the only end on a side: the middle of the side, the side's usable
    height as its spacing. The same arithmetic without the list: most sides have one."""
    _, y, _, h = plan.link.src if is_source else plan.link.dst
    margin = min(PORT_MARGIN, h / 4)
    step = (h - 2 * margin) / 2
    if is_source:
        plan.sy, plan.s_step = y + margin + step, 2 * step
    else:
        plan.ty, plan.t_step = y + margin + step, 2 * step


def _end_order(plans: list[Plan], end: int) -> tuple[int, float, float, str, int]:
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


# --- paths -----------------------------------------------------------------------------

def path_of(plan: Plan) -> ConnectionPath:
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
