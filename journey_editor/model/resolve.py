"""What picking a side of a merge conflict sets (no Qt): the chosen value, put back at
the conflict's field path into the item's own field, checked against the model."""

from __future__ import annotations

import json
import re
from typing import Any, Literal

import msgspec
from msgspec import Struct

from journey_editor.model.types import Conflict

Side = Literal["ours", "theirs"]
ORDER = "[order]"  # a field path's end when the conflict is about a list's order
_SEGMENT = re.compile(r'\.?([A-Za-z_]\w*)|\[("(?:[^"\\]|\\.)*")\]')


def chosen(conflict: Conflict, side: Side) -> Any:
    return conflict.ours if side == "ours" else conflict.theirs


def split_path(path: str) -> list[str]:
    """`voting.participants` -> [voting, participants]; `votes["Ann"]` -> [votes, Ann].
    ValueError for a path the merge does not write."""
    parts, at = [], 0
    while at < len(path):
        match = _SEGMENT.match(path, at)
        if match is None or match.end() == at:
            raise ValueError(f"not a field path: {path!r}")
        name, quoted = match.groups()
        parts.append(name if name is not None else json.loads(quoted))
        at = match.end()
    return parts


def with_value(item: Struct, path: str, value: Any) -> tuple[str, Any]:
    """The field of `item` that `path` starts in, and its new value with `value` (plain
    JSON; None in a dict: no entry) at `path`. ValueError when the result does not fit
    the model (a hand-edited file's conflict may hold anything)."""
    first, *rest = split_path(path)
    if first not in type(item).__struct_fields__:
        raise ValueError(f"no field {first!r}")
    data = _set(msgspec.to_builtins(getattr(item, first)), rest, value) if rest else value
    plain = msgspec.to_builtins(item)
    try:
        changed = msgspec.convert({**plain, first: data}, type(item))
    except msgspec.ValidationError as error:
        raise ValueError(str(error)) from None
    return first, getattr(changed, first)


def _set(container: Any, path: list[str], value: Any) -> Any:
    """`container` (plain JSON) with `value` at `path`; None removes a dict's entry."""
    key, *rest = path
    if not isinstance(container, dict):
        raise ValueError(f"no entry {key!r}")
    result = dict(container)
    if rest:
        result[key] = _set(container.get(key), rest, value)
    elif value is None:
        result.pop(key, None)
    else:
        result[key] = value
    return result


def in_order(ids: list[str], wanted: Any) -> list[str]:
    """`ids` in the order `wanted` gives them, then those it does not name (added since
    the conflict was written) in their own order."""
    named = [i for i in wanted if i in ids] if isinstance(wanted, list) else []
    return [*named, *(i for i in ids if i not in named)]
