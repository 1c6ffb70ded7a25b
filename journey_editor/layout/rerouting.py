"""Routing a journey's arrows again after an edit, redoing only what the edit can change.

A path depends on its own link, on the other ends sharing a side of its cards (ports)
and on the other segments sharing its gutters (lanes), nothing else. So after an edit
the `Router` re-spreads only the card sides where an end came, went or moved, and gives
lanes again only in the gutters where a segment came, went or changed; every other path
stays the object it was. `Router.route` returns exactly what `routing.route_all` returns
for the same arguments (tests/unit/test_rerouting.py checks it on random edit
sequences); link ids must be unique, as in a journey.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from journey_editor.layout.collector import collector_paused
from journey_editor.layout.geometry import ConnectionPath, Rect
from journey_editor.layout.gutters import Segment, assign_lanes, gutters_of
from journey_editor.layout.route_plan import Link, Plan, plan_of
from journey_editor.layout.routing import assign_ports, path_of

Side = tuple[str, bool]  # a card id, and whether it is the card's right side
Gutter = tuple[str, float]


class Router:
    """route_all that remembers its last work: one per map on screen."""

    def __init__(self) -> None:
        self._frame: tuple[tuple[float, ...], Rect, float] | None = None
        self._links: dict[str, Link] = {}
        self._plans: dict[str, Plan] = {}
        self._paths: dict[str, ConnectionPath] = {}
        # Made on the first edit, not when a map opens: which links have an end on each
        # side, the segments of each gutter by link id, and the gutters of each link.
        self._sides: dict[Side, set[str]] | None = None
        self._gutters: dict[Gutter, dict[str, Segment]] = {}
        self._runs: dict[str, list[Gutter]] = {}

    def route(self, links: Sequence[Link], lane_edges: Sequence[float], grid: Rect,
              room: float) -> list[ConnectionPath]:
        """route_all(links, lane_edges, grid, room), from what changed since the last
        call; all of it again when the lane edges, grid or room changed."""
        new = {link.id: link for link in links}
        frame = (tuple(lane_edges), grid, room)
        with collector_paused():
            if frame != self._frame:
                self._route_all(new, frame)
            else:
                changed = {i for i in new.keys() | self._links.keys()
                           if new.get(i) != self._links.get(i)}
                if changed:
                    self._reroute(new, changed)
            return [self._paths[link.id] for link in links]

    def known(self, lane_edges: Sequence[float], grid: Rect,
              room: float) -> dict[str, Link] | None:
        """The links last routed, by id, if that was in this frame (else None)."""
        return self._links if (tuple(lane_edges), grid, room) == self._frame else None

    def update(self, changed: Mapping[str, Link | None],
               order: Sequence[str]) -> list[ConnectionPath]:
        """route() when only the links in `changed` changed since the last call (None:
        removed), in the frame `known` was asked about; `order` is every link's id, in
        order. Saves building and comparing a Link for every arrow on a big map."""
        new = dict(self._links)
        for i, link in changed.items():
            if link is None:
                new.pop(i, None)
            else:
                new[i] = link
        with collector_paused():
            really = {i for i, link in changed.items() if self._links.get(i) != link}
            if really:
                self._reroute(new, really)
            return [self._paths[i] for i in order]

    def _route_all(self, new: dict[str, Link],
                   frame: tuple[tuple[float, ...], Rect, float]) -> None:
        lane_edges, grid, room = self._frame = frame
        plans = [plan_of(link) for link in new.values()]
        assign_ports(plans)
        gutters = gutters_of(plans, lane_edges)
        assign_lanes(gutters, grid, room)
        self._links, self._plans = new, dict(zip(new, plans, strict=True))
        self._paths = {plan.link.id: path_of(plan) for plan in plans}
        self._sides = None
        self._gutters = {key: {s[2]: s for s in group} for key, group in gutters.items()}

    def _reroute(self, new: dict[str, Link], changed: set[str]) -> None:
        assert self._frame is not None
        lane_edges, grid, room = self._frame
        sides = self._index()
        old = self._replace_plans(new, changed, sides)
        # Every end on a side where an end came, went or moved takes a new port...
        moved_sides = {side for i in changed for plan in (old.get(i), self._plans.get(i))
                       for side in _sides_of(plan)}
        moved = {i for side in moved_sides for i in sides.get(side, ())}
        assign_ports([self._plans[i] for i in moved], only=moved_sides)
        # ... so its path's segments change, and with them the lanes of their gutters.
        members: set[str] = set()
        for key in self._resegment(moved | old.keys(), lane_edges):
            if not (group := self._gutters.get(key)):
                self._gutters.pop(key, None)
                continue
            assign_lanes({key: list(group.values())}, grid, room)
            members.update(group)
        for i in members:  # a path that came out the same stays the object it was
            path = path_of(self._plans[i])
            self._paths[i] = path if self._paths.get(i) != path else self._paths[i]

    def _index(self) -> dict[Side, set[str]]:
        if self._sides is None:
            self._sides = {}
            for i, plan in self._plans.items():
                for side in _sides_of(plan):
                    self._sides.setdefault(side, set()).add(i)
            self._runs = {}
            for key, group in self._gutters.items():
                for i in group:
                    self._runs.setdefault(i, []).append(key)
        return self._sides

    def _replace_plans(self, new: dict[str, Link], changed: set[str],
                       sides: dict[Side, set[str]]) -> dict[str, Plan]:
        """New plans for the changed links (none for removed ones), in the index of
        sides too; returns the plans they replace."""
        old = {i: self._plans.pop(i) for i in changed if i in self._plans}
        for i, plan in old.items():
            for side in _sides_of(plan):
                sides[side].discard(i)
            del self._paths[i]
        fresh = {i: plan_of(new[i]) for i in changed if i in new}
        for i, plan in fresh.items():
            for side in _sides_of(plan):
                sides.setdefault(side, set()).add(i)
        self._plans.update(fresh)
        self._links = new
        return old

    def _resegment(self, ids: set[str], lane_edges: Sequence[float]) -> set[Gutter]:
        """The segments of these links made again (none for removed links); the gutters
        whose segments changed."""
        touched: set[Gutter] = set()
        for i in ids:
            for key in self._runs.pop(i, ()):
                del self._gutters[key][i]
                touched.add(key)
        plans = [self._plans[i] for i in ids if i in self._plans]
        for key, group in gutters_of(plans, lane_edges).items():
            store = self._gutters.setdefault(key, {})
            for segment in group:
                store[segment[2]] = segment
                self._runs.setdefault(segment[2], []).append(key)
            touched.add(key)
        return touched


def _sides_of(plan: Plan | None) -> tuple[Side, ...]:
    if plan is None:
        return ()
    return (plan.link.source, plan.src_right), (plan.link.target, plan.dst_right)
