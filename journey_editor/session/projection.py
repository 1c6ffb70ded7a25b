"""The shared document read back as model objects (no Qt), strictly: anything the
file format would refuse (a wrong type, an unknown field, a text over its limit,
a damaged position key) raises MirrorError, so that it never reaches a map.

What two honest participants can produce together is read, not refused: a card
added to a stage that someone else deleted at the same moment, a connection to a
card deleted meanwhile, a persona deleted while another journey picked it. Such
an item is hidden (the reference dropped), the same way on every machine, so
every participant shows the same valid map; it comes back if the stage does
(someone undoes the delete).
"""

from __future__ import annotations

from typing import Any

import msgspec
from pycrdt import Doc, Map

from journey_editor.model import images
from journey_editor.model.types import (
    Journey,
    Model,
    Persona,
    Workspace,
)
from journey_editor.session import positions
from journey_editor.session.layout import CHILD_TYPES, CHILDREN, POS, dict_fields


class MirrorError(ValueError):
    """The shared document holds something the model cannot."""


def project_workspace(doc: Doc[Any]) -> Workspace:
    """The whole workspace the document holds; raises MirrorError."""
    raw = {name: plain(doc.get(name, type=Map)) for name in ("workspace", "personas", "journeys")}
    fields = _fields(raw["workspace"], Workspace)
    personas = [_item(key, value, Persona) for key, value in _ordered(raw["personas"])]
    persona_ids = {p["id"] for p in personas}
    journey_ids = set(_as_dict(raw["journeys"]))
    journeys = [journey_builtins(key, value, persona_ids, journey_ids)
                for key, value in _ordered(raw["journeys"])]
    workspace = _convert({**fields, "personas": personas, "journeys": journeys}, Workspace)
    images.remember(workspace.images)  # the pictures the host's cards show, for drawing
    return workspace


def plain(item: Map[Any]) -> Any:
    """A map's content as plain dicts and strings: the engine writes it as JSON (50 ms
    for 5,000 cards; `Map.to_py`, item by item in Python: 1 s)."""
    try:
        return msgspec.json.decode(str(item))
    except (msgspec.DecodeError, RecursionError) as error:
        raise MirrorError(f"unreadable: {error}") from None


def project_journey(journey_id: str, raw: object, persona_ids: set[str],
                    journey_ids: set[str]) -> Journey:
    """One journey from its map's plain content (`plain`); raises MirrorError."""
    return _convert(journey_builtins(journey_id, raw, persona_ids, journey_ids), Journey)


def project_item[T: Model](key: str, raw: object, cls: type[T]) -> T:
    """One stage, lane, card or connection from its map's plain content."""
    return _convert(_item(key, raw, cls), cls)


def journey_builtins(journey_id: str, raw: object, persona_ids: set[str],
                     journey_ids: set[str]) -> dict[str, Any]:
    content = _as_dict(raw)
    fields = _item(journey_id, {k: v for k, v in content.items() if k not in CHILDREN},
                      Journey)
    if fields.get("persona") not in persona_ids:
        fields.pop("persona", None)
    if fields.get("based_on") not in journey_ids:
        fields.pop("based_on", None)
    children = {name: [_item(key, value, CHILD_TYPES[name])
                       for key, value in _ordered(content.get(name) or {})]
                for name in CHILDREN}
    _hide_orphans(children)
    return {**fields, **children}


def _hide_orphans(children: dict[str, list[dict[str, Any]]]) -> None:
    """Drops what refers to an item that is not there (see the module's note)."""
    stages = {s["id"] for s in children["stages"]}
    lanes = {lane["id"] for lane in children["lanes"]}
    children["cards"] = [c for c in children["cards"]
                         if c.get("stage") in stages and c.get("lane") in lanes]
    cards = {c["id"] for c in children["cards"]}
    children["connections"] = [
        c for c in children["connections"]
        if c.get("source") in cards and c.get("target") in cards and c["source"] != c["target"]]
    for lane in children["lanes"]:
        values = lane.get("emotion_values")
        if isinstance(values, dict):
            lane["emotion_values"] = {k: v for k, v in values.items() if k in stages}


def _ordered(raw: object) -> list[tuple[str, Any]]:
    """The items of an id -> item map in their order (position key, then id)."""
    items = _as_dict(raw)

    def order(entry: tuple[str, Any]) -> tuple[str, str]:
        pos = _as_dict(entry[1]).get(POS)
        if not positions.is_key(pos):
            raise MirrorError(f"{entry[0]!r} has no valid position")
        return pos, entry[0]

    return sorted(items.items(), key=order)


def _item(key: str, raw: object, cls: type[Model]) -> dict[str, Any]:
    """The item's fields as plain values, with its id."""
    fields = _fields(raw, cls)
    if "id" in fields:
        raise MirrorError(f"{key!r} holds its id twice")
    fields["id"] = key
    return fields


def _fields(raw: object, cls: type[Model]) -> dict[str, Any]:
    nested = dict_fields(cls)
    fields: dict[str, Any] = {}
    for name, value in _as_dict(raw).items():
        if name == POS:
            continue
        if name in nested:
            fields[name] = {k: _decode(v) for k, v in sorted(_as_dict(value).items())}
        else:
            fields[name] = _decode(value)
    return fields


def _as_dict(raw: object) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise MirrorError(f"a map was expected, not {type(raw).__name__}")
    return raw


def _decode(value: object) -> Any:
    if not isinstance(value, str):
        raise MirrorError(f"a field holds {type(value).__name__}, not JSON text")
    try:
        return msgspec.json.decode(value)
    except (msgspec.DecodeError, RecursionError) as error:
        raise MirrorError(f"a field is not valid JSON: {error}") from None


def _convert[T](builtins: dict[str, Any], cls: type[T]) -> T:
    try:
        return msgspec.convert(builtins, cls)
    except (msgspec.ValidationError, RecursionError) as error:
        raise MirrorError(str(error)) from None
