"""Local edits into the shared document (no Qt): `seed` a document from a workspace,
`write_changes` after every edit, addressed by the same `Change`s the views get.

The writer compares with what the document holds and writes only what differs: a
field someone else changed meanwhile is never overwritten by an untouched local
value, and an edit that changed nothing sends nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pycrdt import Doc, Map

from journey_editor.model.edits import Change, items_of
from journey_editor.model.types import Journey, Model, Workspace
from journey_editor.session import positions
from journey_editor.session.layout import (
    CHILDREN,
    KIND_OF_CHILD,
    POS,
    ROOT_OF_KIND,
    dict_fields,
    encode_value,
    own_fields,
)


def root(doc: Doc[Any], name: str) -> Map[Any]:
    found: Map[Any] = doc.get(name, type=Map)
    return found


def seed(doc: Doc[Any], workspace: Workspace) -> None:
    """Fills an empty document with the workspace (the host, when a session starts)."""
    with doc.transaction():
        _write_fields(root(doc, "workspace"), workspace, None)
        for name in ("personas", "journeys"):
            items = getattr(workspace, name)
            target = root(doc, name)
            for item, key in zip(items, positions.spread(len(items)), strict=True):
                target[item.id] = new_item_map(item, key)


def new_item_map(item: Model, pos: str) -> Map[Any]:
    """An item as a new map (with, for a journey, its stages, lanes, cards and connections)."""
    # Dict fields get their map even when empty: two participants voting first on a card
    # then both add to this one map, instead of each creating one and one winning.
    content: dict[str, Any] = {POS: pos, **{name: Map() for name in dict_fields(type(item))}}
    nested = dict_fields(type(item))
    for name, value in own_fields(item).items():
        content[name] = (Map({k: encode_value(v) for k, v in value.items()}) if name in nested
                         else encode_value(value))
    if isinstance(item, Journey):
        for name in CHILDREN:
            children = getattr(item, name)
            content[name] = Map({child.id: new_item_map(child, key) for child, key in
                                 zip(children, positions.spread(len(children)), strict=True)})
    return Map(content)


def write_changes(doc: Doc[Any], workspace: Workspace, changes: Iterable[Change]) -> None:
    """Brings the document in line with the workspace for the items the changes name,
    in one transaction (one update for the others)."""
    with doc.transaction():
        for change in changes:
            _write_change(doc, workspace, change)


def _write_change(doc: Doc[Any], workspace: Workspace, change: Change) -> None:
    if change.kind == "workspace":
        _write_fields(root(doc, "workspace"), workspace, change.fields)
        return
    if change.journey is None:
        parent = root(doc, ROOT_OF_KIND[change.kind])
    else:
        journey_map = root(doc, "journeys").get(change.journey)
        if not isinstance(journey_map, Map) or not _has_journey(workspace, change.journey):
            return  # the journey went away meanwhile: nothing of it is left to write
        parent = _child_map(journey_map, change.kind)
    items = items_of(workspace, change.journey, change.kind)
    index = {item.id: i for i, item in enumerate(items)}
    for item_id in sorted(change.ids):
        if item_id not in index:
            if item_id in parent:
                del parent[item_id]
            continue
        item = items[index[item_id]]
        current = parent.get(item_id)
        if not isinstance(current, Map):
            parent[item_id] = new_item_map(item, positions.after(None))
            current = parent[item_id]
        elif isinstance(item, Journey) and change.fields is None:
            _write_children(current, item)
        _write_fields(current, item, change.fields)
    if change.fields is None:
        _write_order(parent, items, [index[i] for i in change.ids if i in index])


def _has_journey(workspace: Workspace, journey_id: str) -> bool:
    return any(j.id == journey_id for j in workspace.journeys)


def _child_map(journey_map: Map[Any], kind: str) -> Map[Any]:
    name = next(name for name, k in KIND_OF_CHILD.items() if k == kind)
    children = journey_map.get(name)
    if not isinstance(children, Map):
        children = journey_map[name] = Map()
    return children


def _write_fields(target: Map[Any], item: Model, names: Iterable[str] | None) -> None:
    """Sets the named fields (None: all) where the document holds another value."""
    values = own_fields(item)
    nested = dict_fields(type(item))
    skipped = {"id", *CHILDREN} if isinstance(item, Journey) else {"id", "personas", "journeys"}
    for name in (names if names is not None else type(item).__struct_fields__):
        if name in skipped:
            continue
        if name in nested:
            _write_dict(target, name, values.get(name, {}))
        elif name not in values:
            if name in target:
                del target[name]
        else:
            text = encode_value(values[name])
            if target.get(name) != text:
                target[name] = text


def _write_dict(target: Map[Any], name: str, value: dict[str, Any]) -> None:
    current = target.get(name)
    if not isinstance(current, Map):
        if value or name in target:
            target[name] = Map({k: encode_value(v) for k, v in value.items()})
        return
    for key in [k for k in current.keys() if k not in value]:
        del current[key]
    for key, entry in value.items():
        text = encode_value(entry)
        if current.get(key) != text:
            current[key] = text


def _write_children(journey_map: Map[Any], journey: Journey) -> None:
    """A journey put back whole (or reordered): every child item compared, which also
    drops those the map hides (a card whose stage someone deleted)."""
    for name in CHILDREN:
        children = _child_map(journey_map, KIND_OF_CHILD[name])
        items = getattr(journey, name)
        wanted = {item.id for item in items}
        for item_id in [k for k in children.keys() if k not in wanted]:
            del children[item_id]
        for item in items:
            current = children.get(item.id)
            if isinstance(current, Map):
                _write_fields(current, item, None)
            else:
                children[item.id] = new_item_map(item, positions.after(None))
        _write_order(children, items, range(len(items)))


def _write_order(parent: Map[Any], items: list[Any], moved: Iterable[int]) -> None:
    """Gives the moved items keys that put them where they are in `items`, and fixes the
    keys after them that would otherwise sort before (ties from concurrent inserts).
    Keys are read around the moved items only: a move on a 5,000-card map reads a few."""
    keys: dict[int, str | None] = {}

    def key(index: int) -> str | None:
        if index not in keys:
            keys[index] = _pos(parent.get(items[index].id))
        return keys[index]

    def neighbour(indexes: Iterable[int]) -> str | None:
        return next((k for k in map(key, indexes) if k is not None), None)

    def write(index: int, new: str) -> str:
        keys[index] = new
        target = parent.get(items[index].id)
        if isinstance(target, Map):
            target[POS] = new
        return new

    for index in sorted(set(moved)):
        low = neighbour(range(index - 1, -1, -1))
        high = neighbour(range(index + 1, len(items)))
        last = key(index)
        if last is None or (low is not None and last <= low) or (high is not None
                                                                 and last >= high):
            last = write(index, positions.fitting(low, high))
        for follow in range(index + 1, len(items)):
            current = key(follow)
            if current is None:
                continue
            if current > last:
                break
            last = write(follow, positions.fitting(last, neighbour(range(follow + 1,
                                                                         len(items)))))


def _pos(item_map: object) -> str | None:
    if not isinstance(item_map, Map):
        return None
    key = item_map.get(POS)
    return key if positions.is_key(key) else None
