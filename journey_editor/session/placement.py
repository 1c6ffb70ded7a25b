"""Cards and connections a remote update added, deleted or moved, and stages, lanes
or cards it reordered, placed one by one (no Qt): a card moved on a 5,000-card map
reads back that card, not the map.

An item's place in its list comes from its position key: the workspace's list is in
key order already (each participant keeps it so), so a binary search reading a few
neighbours' keys from the document finds it. Whatever this cannot settle alone (an
item that appears in or leaves a cell that is not there, a connection whose ends
change, the document holding items the map hides) raises `Fallback`, and the caller
reads the whole journey again.
"""

from __future__ import annotations

from typing import Any

from pycrdt import Map

from journey_editor.model.edits import (
    Insert,
    ItemKind,
    MoveCards,
    Remove,
    Reorder,
    Step,
    items_of,
)
from journey_editor.model.types import Card, Connection, Journey, Model, Workspace
from journey_editor.session import positions, remote
from journey_editor.session.layout import CHILD_TYPES, KIND_OF_CHILD, POS
from journey_editor.session.projection import plain, project_item

PLACEABLE = {"cards": {"stage", "lane", POS}, "connections": {POS}, "stages": {POS},
             "lanes": {POS}}  # lists, and the structural fields placed without a reread


class Fallback(Exception):
    """Read the whole journey again instead."""


def place(journey_map: object, workspace: Workspace, journey: Journey,
          items: set[tuple[str, str]], notify: remote.Notify) -> None:
    if not isinstance(journey_map, Map):
        raise Fallback

    def run(step: Step) -> None:
        notify(step.apply(workspace))

    pending = set(items)  # (list, id): touched, not yet placed
    for name, item_id in sorted(items):
        pending.discard((name, item_id))
        children = journey_map.get(name)
        if not isinstance(children, Map):
            raise Fallback
        kind = KIND_OF_CHILD[name]
        item_map = children.get(item_id)
        current = {i.id: i for i in items_of(workspace, journey.id, kind)}
        if not isinstance(item_map, Map):
            if item_id in current:
                _remove(journey, kind, item_id, run)
            continue
        new = project_item(item_id, plain(item_map), CHILD_TYPES[name])
        if not _visible(journey, new):
            raise Fallback  # hidden, or shown again: the journey decides
        old = current.get(item_id)
        if old is None:
            if kind in ("stage", "lane"):
                raise Fallback  # a new stage or lane may show cards the map hid
            run(Insert(journey.id, kind, new))
        else:
            if isinstance(new, Card) and (old.stage, old.lane) != (new.stage, new.lane):
                run(MoveCards(journey.id, kind, [(item_id, new.stage, new.lane)]))
            remote.edit_item(workspace, journey.id, kind, item_id, old, new, notify)
        _reorder(children, workspace, journey.id, kind, item_id,
                 {i for n, i in pending if n == name}, run)
    for name in ("cards", "connections"):
        held = journey_map.get(name)
        if isinstance(held, Map) and len(held) != len(getattr(journey, name)):
            raise Fallback  # the document holds items the map hides


def _visible(journey: Journey, item: Model) -> bool:
    if isinstance(item, Card):
        return (any(s.id == item.stage for s in journey.stages)
                and any(lane.id == item.lane for lane in journey.lanes))
    if isinstance(item, Connection):
        cards = {c.id for c in journey.cards}
        return item.source in cards and item.target in cards and item.source != item.target
    return True


def _remove(journey: Journey, kind: ItemKind, item_id: str, run: Any) -> None:
    if kind in ("stage", "lane"):
        raise Fallback  # its cards go with it
    if kind == "card":
        for link in [c for c in journey.connections if item_id in (c.source, c.target)]:
            run(Remove(journey.id, "connection", link.id))
    run(Remove(journey.id, kind, item_id))


def _reorder(children: Map[Any], workspace: Workspace, journey_id: str, kind: ItemKind,
             item_id: str, pending: set[str], run: Any) -> None:
    """Puts the item right after the last item before it by position key (then id),
    among those already in their place: the ones this update did not touch, in key
    order as ever, and those it touched that were placed before this one."""
    items = items_of(workspace, journey_id, kind)
    settled = [i.id for i in items if i.id != item_id and i.id not in pending]
    key = (_pos(children, item_id), item_id)
    low, high = 0, len(settled)
    while low < high:
        middle = (low + high) // 2
        if (_pos(children, settled[middle]), settled[middle]) < key:
            low = middle + 1
        else:
            high = middle
    others = [i.id for i in items if i.id != item_id]
    target = others.index(settled[low - 1]) + 1 if low else 0
    if items[target].id != item_id:
        run(Reorder(journey_id, kind, item_id, target))


def _pos(children: Map[Any], item_id: str) -> str:
    item_map = children.get(item_id)
    key = item_map.get(POS) if isinstance(item_map, Map) else None
    if not positions.is_key(key):
        raise Fallback
    return key
