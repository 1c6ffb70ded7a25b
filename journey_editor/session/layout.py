"""Where the workspace lives in the shared document (no Qt).

The document has three root maps:

- ``workspace``: the workspace's own fields (format, version, title, revisions...);
- ``personas``: persona id -> item map;
- ``journeys``: journey id -> item map, whose ``stages``, ``lanes``, ``cards`` and
  ``connections`` are maps of item id -> item map (ids are unique within a journey only).

An item map holds each field as its JSON text (one value per field, so two people
editing different fields of a card both keep theirs; JSON, because the shared
document keeps numbers as floats), the item's position key under ``_pos``, and each
dict field (a card's votes, a lane's emotion values) as a nested map of key -> JSON,
so that two participants voting on one card both count. A field at its default value
is absent, as in the file. The item's id is its key in the parent map.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Final

import msgspec

from journey_editor.model.edits import JOURNEY_LISTS, WORKSPACE_LISTS, ItemKind
from journey_editor.model.types import Card, Connection, Journey, Lane, Model, Stage, Workspace

ROOTS: Final = ("workspace", "personas", "journeys")
POS: Final = "_pos"
CHILDREN: Final = tuple(JOURNEY_LISTS.values())  # a journey's item maps, by field name
KIND_OF_CHILD: Final[dict[str, ItemKind]] = {
    "stages": "stage", "lanes": "lane", "cards": "card", "connections": "connection"}
CHILD_TYPES: Final[dict[str, type[Model]]] = {
    "stages": Stage, "lanes": Lane, "cards": Card, "connections": Connection}
ROOT_OF_KIND: Final = dict(WORKSPACE_LISTS)  # journey -> journeys, persona -> personas


@cache
def dict_fields(cls: type[Model]) -> frozenset[str]:
    """The fields of `cls` typed as dicts: mirrored key by key (nested maps)."""
    info = msgspec.inspect.type_info(cls)
    assert isinstance(info, msgspec.inspect.StructType)
    return frozenset(f.name for f in info.fields
                     if isinstance(_unwrapped(f.type), msgspec.inspect.DictType))


def in_key_order(item: Model) -> None:
    """Puts the item's dict fields in key order, the order every participant reads them
    in (a shared map has no order of its own), so that all save the same bytes. The
    same values, so no view needs telling."""
    for name in dict_fields(type(item)):
        value = getattr(item, name)
        if list(value) != sorted(value):
            setattr(item, name, dict(sorted(value.items())))


def _unwrapped(kind: msgspec.inspect.Type) -> msgspec.inspect.Type:
    while isinstance(kind, msgspec.inspect.Metadata):
        kind = kind.type
    return kind


def own_fields(item: Model) -> dict[str, Any]:
    """The item's fields as JSON-ready values, without its id and its child lists
    (those are maps of their own); defaults left out, as in the file."""
    fields: dict[str, Any] = msgspec.to_builtins(item)
    fields.pop("id", None)
    for name in _child_names(type(item)):
        fields.pop(name, None)
    return fields


def _child_names(cls: type[Model]) -> tuple[str, ...]:
    if cls is Journey:
        return CHILDREN
    if cls is Workspace:
        return tuple(WORKSPACE_LISTS.values())
    return ()


_encoder = msgspec.json.Encoder()


def encode_value(value: Any) -> str:
    return _encoder.encode(value).decode()
