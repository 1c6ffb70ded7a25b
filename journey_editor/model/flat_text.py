"""A map as lines of text, one per field that is not at its default (no Qt).

`journeys["j1"].cards["a"].title = "Ad"`: the path as `compare_fields` writes it,
items by their ids, then the value as JSON on the same line. Line-based tools (git's
diff through `journey-editor text`, a textconv) then show one changed field as one
changed line, and a moved item as its lines moving, whatever the file's indentation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import msgspec
from msgspec import NODEFAULT, Struct

from journey_editor.model.compare_fields import key_field, plain


def text_lines(obj: Struct) -> Iterator[str]:
    for path, value in leaves(obj):
        yield f"{path} = {json.dumps(plain(value), ensure_ascii=False)}"


def leaves(obj: Struct, path: str = "") -> Iterator[tuple[str, Any]]:
    """(path, value) for every field of `obj` that differs from its default, walking
    nested structs, dicts and lists; an empty list or dict that is not the default is
    a leaf of its own."""
    for info in msgspec.structs.fields(obj):
        value = getattr(obj, info.name)
        if value is not msgspec.UNSET and value != _default(info):
            yield from _value_leaves(f"{path}{'.' if path else ''}{info.name}", value)


def _default(info: msgspec.structs.FieldInfo) -> Any:
    if info.default is not NODEFAULT:
        return info.default
    return NODEFAULT if info.default_factory is NODEFAULT else info.default_factory()


def _value_leaves(path: str, value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, Struct):
        yield from leaves(value, path)
    elif isinstance(value, dict) and value:
        for key, item in value.items():
            yield from _value_leaves(f"{path}[{json.dumps(key, ensure_ascii=False)}]", item)
    elif isinstance(value, list) and value:
        key = key_field(type(value[0])) if isinstance(value[0], Struct) else None
        for index, item in enumerate(value):
            name = index if key is None else json.dumps(getattr(item, key), ensure_ascii=False)
            yield from _value_leaves(f"{path}[{name}]", item)
    else:
        yield path, value
