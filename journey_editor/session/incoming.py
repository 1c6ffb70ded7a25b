"""Which part of the map a remote update touched, and bringing just that part of the
workspace in line (no Qt).

The shared document's change events say where each change happened. A change of
fields of some cards (a rename, a vote, a note) reads back only those cards; a
change of a journey's own fields reads only those; anything that can add, remove,
hide or reorder items (an item added or deleted, a card moved to another cell, a
connection's ends, a position key) reads the whole journey again, and a change of
the journey or persona lists or the workspace's fields reads everything. Every
item read back is checked (`projection`), including one the map hides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pycrdt import Map

from journey_editor.model.edits import items_of
from journey_editor.model.types import Workspace
from journey_editor.session import remote
from journey_editor.session.layout import CHILD_TYPES, CHILDREN, KIND_OF_CHILD, POS
from journey_editor.session.placement import PLACEABLE, Fallback, place
from journey_editor.session.projection import (
    MirrorError,
    plain,
    project_item,
    project_journey,
    project_workspace,
)

# Fields whose change can hide, show or move an item among the others.
STRUCTURAL = frozenset({POS, "stage", "lane", "source", "target"})


@dataclass
class Touched:
    everything: bool = False
    whole: set[str] = field(default_factory=set)  # journeys read again entirely
    own: set[str] = field(default_factory=set)  # journeys whose own fields changed
    items: dict[str, set[tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(set))  # journey -> {(list name, item id)}
    placed: dict[str, set[tuple[str, str]]] = field(  # added, deleted or moved (`placement`)
        default_factory=lambda: defaultdict(set))

    def add_journey_events(self, events: Iterable[Any]) -> None:
        for event in events:
            path = [str(step) for step in event.path]
            keys = set(getattr(event, "keys", None) or ())
            if not path or (len(path) == 1 and POS in keys):
                self.everything = True  # journeys added, removed or reordered
            elif len(path) == 1:
                (self.whole if keys & set(CHILDREN) else self.own).add(path[0])
            elif len(path) == 2 and path[1] in ("cards", "connections"):
                self.placed[path[0]].update((path[1], key) for key in keys)
            elif len(path) == 3 and keys & STRUCTURAL:
                if keys & STRUCTURAL <= PLACEABLE.get(path[1], set()):
                    self.placed[path[0]].add((path[1], path[2]))
                else:
                    self.whole.add(path[0])
            elif len(path) in (3, 4):
                self.items[path[0]].add((path[1], path[2]))
            else:
                self.whole.add(path[0])

    @property
    def structure(self) -> bool:
        """Whether items may have come, gone or moved (references to check)."""
        return bool(self.everything or self.whole or self.own or self.placed)


def apply(journeys_root: Map[Any], doc: Any, workspace: Workspace, touched: Touched,
          notify: remote.Notify) -> None:
    """Brings `workspace` in line with the document where `touched` says; raises
    MirrorError (the workspace may then be partly updated, each step whole)."""
    if touched.everything:
        remote.sync_workspace(workspace, project_workspace(doc), notify)
        return
    personas = {p.id for p in workspace.personas}
    journeys = {j.id for j in workspace.journeys}

    def reread(journey_id: str) -> None:
        touched.whole.add(journey_id)
        target = project_journey(journey_id, _content(journeys_root, journey_id), personas,
                                 journeys)
        remote.sync_journey(workspace, target, notify)

    for journey_id in sorted(touched.whole & journeys):
        reread(journey_id)
    for journey_id in sorted((touched.own - touched.whole) & journeys):
        journey_map = journeys_root.get(journey_id)
        if isinstance(journey_map, Map):
            own = {k: journey_map.get(k) for k in journey_map.keys() if k not in CHILDREN}
            own = plain_values(own)
            target = project_journey(journey_id, own, personas, journeys)
            remote.edit_item(workspace, None, "journey", journey_id,
                             workspace.journey(journey_id), target, notify)
    for journey_id, items in sorted(touched.placed.items()):
        if journey_id not in touched.whole and journey_id in journeys:
            try:
                place(journeys_root.get(journey_id), workspace, workspace.journey(journey_id),
                      items, notify)
            except Fallback:
                reread(journey_id)
    for journey_id, items in sorted(touched.items.items()):
        if journey_id not in touched.whole and journey_id in journeys:
            _apply_items(journeys_root, workspace, journey_id, items, notify)


def _apply_items(journeys_root: Map[Any], workspace: Workspace, journey_id: str,
                 items: set[tuple[str, str]], notify: remote.Notify) -> None:
    journey_map = journeys_root.get(journey_id)
    by_list: dict[str, dict[str, Any]] = {}
    for name, item_id in sorted(items):
        if name not in CHILD_TYPES:
            raise MirrorError(f"unknown list {name!r}")
        children = journey_map.get(name) if isinstance(journey_map, Map) else None
        item_map = children.get(item_id) if isinstance(children, Map) else None
        if not isinstance(item_map, Map):
            continue  # deleted in the same update: its list's event reads the journey
        new = project_item(item_id, plain(item_map), CHILD_TYPES[name])  # checked, shown or not
        kind = KIND_OF_CHILD[name]
        if name not in by_list:
            by_list[name] = {i.id: i for i in items_of(workspace, journey_id, kind)}
        old = by_list[name].get(item_id)
        if old is not None:  # else hidden (its stage deleted meanwhile): nothing to show
            remote.edit_item(workspace, journey_id, kind, item_id, old, new, notify)


def _content(journeys_root: Map[Any], journey_id: str) -> Any:
    journey_map = journeys_root.get(journey_id)
    return plain(journey_map) if isinstance(journey_map, Map) else None


def plain_values(content: dict[str, Any]) -> dict[str, Any]:
    """A map's entries read one by one, nested maps as plain dicts."""
    return {k: plain(v) if isinstance(v, Map) else v for k, v in content.items()}
