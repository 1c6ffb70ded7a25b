"""Differences between two model structs field by field, read from their msgspec
definitions: a field added to `model.types` is compared without anyone listing it.

A difference names a path into the struct and the values at both ends, as plain JSON
values. Paths read like JSON paths: `voting.dots_per_participant`, `votes["Ann"]` (a
dict entry), `checklist["q-goal"].answer` (items of a list paired by their key),
`metrics[0].value` (items without a key, by position), `checklist[order]` (the same
keys in another order). Nested structs and lists of
structs are walked, so that one change is one line rather than a whole list twice.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import defaultdict, deque
from collections.abc import Callable, Collection, Hashable, Sequence
from typing import Any

import msgspec
from msgspec import Struct

from journey_editor.model.types import Id

Change = tuple[str, Any, Any]  # (path, old value, new value); None where nothing was


class FieldChange(Struct, kw_only=True, omit_defaults=True):
    """One changed field of an item (`id`, `title`: the item as the second side calls
    it). `field` is a path as described above; `old` and `new` are plain JSON values
    (dates as ISO text, a picture's data as its size and digest), None for an item or entry
    that one side lacks."""

    id: str
    title: str
    field: str
    old: Any
    new: Any


@functools.cache
def key_field(kind: type[Struct]) -> str | None:
    """What identifies an item of this type in its list: its `id`, else its first
    required field holding an id (a checklist item's question), else nothing."""
    for info in msgspec.structs.fields(kind):
        if info.name == "id" or (info.required and info.type == Id):
            return info.name
    return None


def plain(value: Any) -> Any:
    """A value as JSON has it; bytes (a picture's data) as their size and digest, not as
    hundreds of kilobytes of base64 that no reader of a diff could compare."""
    if isinstance(value, bytes):
        digest = hashlib.sha256(value).hexdigest()[:12]
        return f"{len(value)} bytes, sha256 {digest}"
    return msgspec.to_builtins(value)


def struct_changes(old: Struct, new: Struct, skip: Collection[str] = ()) -> list[Change]:
    """Every field of `old` and `new` (same type) that differs, but those in `skip`,
    which the caller compares its own way."""
    changes: list[Change] = []
    if old != new:  # one comparison in C for the many items that did not change
        for name in type(old).__struct_fields__:
            if name not in skip:
                value_changes(name, getattr(old, name), getattr(new, name), changes)
    return changes


def value_changes(path: str, old: Any, new: Any, out: list[Change]) -> None:
    if old == new:
        return
    if isinstance(old, Struct) and type(old) is type(new):
        for name in old.__struct_fields__:
            value_changes(f"{path}.{name}", getattr(old, name), getattr(new, name), out)
    elif isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(k for k in new if k not in old)]:
            value_changes(f"{path}[{_quote(key)}]", old.get(key), new.get(key), out)
    elif _holds_structs(old) or _holds_structs(new):
        _list_changes(path, old, new, out)
    else:
        out.append((path, plain(old), plain(new)))


def _quote(key: Any) -> str:
    return json.dumps(key, ensure_ascii=False)


def _holds_structs(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and isinstance(value[0], Struct)


def _list_changes(path: str, old: list[Any], new: list[Any], out: list[Change]) -> None:
    """Items paired by their key where their type has one, else by position; an item
    only one side has is one change (None on the other side)."""
    kind: type[Struct] = type((old or new)[0])  # the caller found Structs in them
    key = key_field(kind)
    if key is None or not isinstance(old, list) or not isinstance(new, list):
        for i in range(max(len(old or ()), len(new or ()))):
            value_changes(f"{path}[{i}]", _at(old, i), _at(new, i), out)
        return
    old_items = {getattr(item, key): item for item in old}
    new_items = {getattr(item, key): item for item in new}
    for name in [*old_items, *(k for k in new_items if k not in old_items)]:
        value_changes(f"{path}[{_quote(name)}]", old_items.get(name), new_items.get(name), out)
    if [k for k in old_items if k in new_items] != [k for k in new_items if k in old_items]:
        out.append((f"{path}[order]", list(old_items), list(new_items)))


def _at(items: list[Any] | None, index: int) -> Any:
    return items[index] if items is not None and index < len(items) else None


def pair_items(a_items: Sequence[Any], b_items: Sequence[Any],
               key_a: Callable[[Any], Hashable],
               key_b: Callable[[Any], Hashable]) -> dict[str, str]:
    """a id -> b id: equal ids first, then the rest by key, in list order."""
    b_ids = {item.id for item in b_items}
    pairs = {item.id: item.id for item in a_items if item.id in b_ids}
    return pairs | pair_by_key([i for i in a_items if i.id not in pairs],
                               [i for i in b_items if i.id not in pairs], key_a, key_b)


def pair_by_key(a_items: Sequence[Any], b_items: Sequence[Any],
                key_a: Callable[[Any], Hashable],
                key_b: Callable[[Any], Hashable]) -> dict[str, str]:
    """a id -> b id for items with equal keys, each item used once, in list order."""
    waiting: defaultdict[Hashable, deque[str]] = defaultdict(deque)
    for item in b_items:
        waiting[key_b(item)].append(item.id)
    pairs = {}
    for item in a_items:
        if waiting[key_a(item)]:
            pairs[item.id] = waiting[key_a(item)].popleft()
    return pairs


def reordered(a_items: Sequence[Any], b_items: Sequence[Any], pairs: dict[str, str]) -> bool:
    """Whether the items both sides have stand in another order in b."""
    in_b = [pairs[item.id] for item in a_items if item.id in pairs]
    paired_b = set(in_b)
    return in_b != [item.id for item in b_items if item.id in paired_b]
