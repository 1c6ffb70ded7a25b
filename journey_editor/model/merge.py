"""Three-way merge of two maps that grew from one (no Qt): `merge(base, ours, theirs)`.

Items are paired by their stable ids (journeys, personas, stages, lanes, cards,
connections; checklist answers by their question; votes and emotion values by their
key), and the structs are walked from their msgspec definitions, as `compare_fields`
does, so a field added to `model.types` is merged without anyone listing it. What
only one side changed is taken from that side; what both changed alike is taken
once; what both changed differently, or what one side deleted while the other
changed it, is a `Conflict`. The merged map then holds our value (for a deleted item:
the item, so that nothing is lost before someone decides), and the conflict both.

Lists without ids (departments, participants, evidence, metrics, comments,
revisions) merge as collections of entries: an entry changed on one side counts as
removed and added, and entries both sides added are all kept. The named revisions
(baselines) and their copies of the map are then made valid together
(`merge_baselines`): both sides' kept, a name taken twice numbered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import msgspec
from msgspec import UNSET, Struct

from journey_editor.model.compare_fields import key_field
from journey_editor.model.conflicts import Where, conflicts_of, set_conflicts
from journey_editor.model.merge_baselines import Renamed, separate_copies, settle_baselines
from journey_editor.model.merge_refs import place, restore_pictures, restore_references
from journey_editor.model.types import Conflict, Workspace

_ABSENT: Any = object()  # what a dict or list lacks (None is a value fields may hold)
_SKIPPED = ("conflicts",)  # merged apart: each side's unresolved conflicts are kept


@dataclass
class MergeResult:
    workspace: Workspace
    conflicts: list[Conflict] = field(default_factory=list)  # the new ones only
    renamed: list[Renamed] = field(default_factory=list)  # baselines numbered: name taken


@dataclass
class _Merger:
    ours_label: str
    theirs_label: str
    conflicts: list[Conflict] = field(default_factory=list)

    def conflict(self, where: Where, path: str, base: Any, ours: Any, theirs: Any) -> None:
        def plain(value: Any) -> Any:
            return None if value is _ABSENT else msgspec.to_builtins(value)

        self.conflicts.append(Conflict(
            kind=where.kind, journey=where.journey, item=where.item, field=path,
            base=plain(base), ours=plain(ours), theirs=plain(theirs),
            ours_label=self.ours_label, theirs_label=self.theirs_label))

    def value(self, where: Where, path: str, base: Any, ours: Any, theirs: Any) -> Any:
        base, ours, theirs = _absent_as_empty(base, ours, theirs)
        if base is _ABSENT and isinstance(ours, list | dict) and type(theirs) is type(ours):
            base = type(ours)()  # both sides added the item: its lists grew from nothing
        if ours == theirs or theirs == base:
            return ours
        if ours == base:
            return theirs
        if all(isinstance(v, Struct) and type(v) is type(ours) for v in (base, ours, theirs)):
            return self.struct(where, f"{path}.", base, ours, theirs)
        if all(isinstance(v, dict) for v in (base, ours, theirs)):
            return self.mapping(where, path, base, ours, theirs)
        if all(isinstance(v, list) for v in (base, ours, theirs)):
            return self.sequence(where, path, base, ours, theirs)
        self.conflict(where, path, base, ours, theirs)
        return ours

    def struct(self, where: Where, prefix: str, base: Any, ours: Struct, theirs: Struct,
               skip: Iterable[str] = ()) -> Struct:
        """Field by field; `base` may be absent (an item both sides added with one id)."""
        changes = {}
        for name in type(ours).__struct_fields__:
            if name in skip:
                continue
            old = _ABSENT if base is _ABSENT else getattr(base, name)
            mine, other = getattr(ours, name), getattr(theirs, name)
            if mine != other:
                changes[name] = self.value(where, prefix + name, old, mine, other)
        return msgspec.structs.replace(ours, **changes)

    def mapping(self, where: Where, path: str, base: dict[Any, Any], ours: dict[Any, Any],
                theirs: dict[Any, Any]) -> dict[Any, Any]:
        merged = {}
        for key in _union(ours, theirs, base):
            value = self.value(where, f"{path}[{msgspec.json.encode(key).decode()}]",
                               base.get(key, _ABSENT), ours.get(key, _ABSENT),
                               theirs.get(key, _ABSENT))
            if value is not _ABSENT:
                merged[key] = value
        return merged

    def sequence(self, where: Where, path: str, base: list[Any], ours: list[Any],
                 theirs: list[Any]) -> list[Any]:
        sample = next((v for v in (*ours, *theirs, *base) if isinstance(v, Struct)), None)
        key = None if sample is None else key_field(type(sample))
        if key is None:
            return _entries(base, ours, theirs)
        return self.items(where, path, key, base, ours, theirs)

    def items(self, where: Where, path: str, key: str, base: list[Any], ours: list[Any],
              theirs: list[Any]) -> list[Any]:
        """A list of items with ids: each item merged with its namesakes, then ordered."""
        def by_key(items: list[Any]) -> dict[Any, Any]:
            return {getattr(item, key): item for item in items}

        b_items, o_items, t_items = by_key(base), by_key(ours), by_key(theirs)
        merged = {}
        for item_id in _union(o_items, t_items, b_items):
            old = b_items.get(item_id, _ABSENT)
            mine, other = o_items.get(item_id, _ABSENT), t_items.get(item_id, _ABSENT)
            if mine is not _ABSENT and other is not _ABSENT:
                merged[item_id] = (mine if mine == other else self.struct(
                    where.child(mine, key), "", old, mine, other))
                continue
            kept = other if mine is _ABSENT else mine
            if kept is _ABSENT or kept == old:
                continue  # deleted on both sides, or deleted on one and untouched on the other
            if old is not _ABSENT:  # deleted on one side, changed on the other: kept
                self.conflict(where.child(kept, key), "", old, mine, other)
            merged[item_id] = kept
        order = self.order(where, path, list(b_items), list(o_items), list(t_items))
        return [merged[i] for i in order(set(merged))]

    def order(self, where: Where, path: str, base: list[Any], ours: list[Any],
              theirs: list[Any]) -> Callable[[set[Any]], list[Any]]:
        """How to order the merged ids: our order with theirs' additions placed after
        their predecessors, or the other way round when only they reordered; both
        reordering differently is a conflict (our order kept)."""
        shared = set(base) & set(ours) & set(theirs)
        b_order, o_order, t_order = ([i for i in ids if i in shared]
                                     for ids in (base, ours, theirs))
        first, second = ours, theirs
        if o_order == b_order and t_order != b_order:
            first, second = theirs, ours
        elif o_order != b_order and t_order not in (b_order, o_order):
            self.conflict(where, f"{path}[order]", b_order, o_order, t_order)
        return lambda kept: place(first, second, base, kept)


def _union(*maps: dict[Any, Any]) -> list[Any]:
    """The keys of all maps, first map's first, each once."""
    return list(dict.fromkeys(key for items in maps for key in items))


def _entries(base: list[Any], ours: list[Any], theirs: list[Any]) -> list[Any]:
    """Lists without ids, as collections: each entry as many times as the side that
    changed its count has it (the larger count when both did)."""
    def counts(items: list[Any]) -> Counter[bytes]:
        return Counter(msgspec.json.encode(item) for item in items)

    b_count, o_count, t_count = counts(base), counts(ours), counts(theirs)
    left = Counter({entry: (t_count[entry] if o_count[entry] == b_count[entry]
                            else o_count[entry] if t_count[entry] == b_count[entry]
                            else max(o_count[entry], t_count[entry]))
                    for entry in o_count | t_count})
    merged = []
    for item in (*ours, *theirs):
        entry = msgspec.json.encode(item)
        if left[entry] > 0:
            left[entry] -= 1
            merged.append(item)
    return merged


def _absent_as_empty(*values: Any) -> tuple[Any, ...]:
    """A list or dict a file leaves out when empty (UNSET: the baselines' copies, say) is
    an empty one where another side has it."""
    kind = next((type(v) for v in values if isinstance(v, list | dict)), None)
    return values if kind is None else tuple(kind() if v is UNSET else v for v in values)


def merge(base: Workspace, ours: Workspace, theirs: Workspace, ours_label: str = "ours",
          theirs_label: str = "theirs") -> MergeResult:
    """`ours` and `theirs`, both grown from `base`, as one map; the conflicts it holds
    are those found here after the unresolved ones either side brought."""
    merger = _Merger(ours_label, theirs_label)
    ours, theirs = separate_copies(base, ours, theirs)
    merged = merger.struct(Where(), "", base, ours, theirs, skip=_SKIPPED)
    assert isinstance(merged, Workspace)  # noqa: S101 (struct() returns ours's type)
    restore_references(merged, (ours, theirs, base),
                       lambda where, old, mine, other: merger.conflict(where, "", old, mine, other))
    renamed = settle_baselines(merged, (ours, theirs, base))
    restore_pictures(merged, (ours, theirs, base))
    for info in msgspec.structs.fields(Workspace):  # left out of the file when empty
        if info.default is UNSET and getattr(merged, info.name) in ([], {}):
            setattr(merged, info.name, UNSET)
    earlier = [*conflicts_of(ours), *conflicts_of(theirs)]
    unique = {msgspec.json.encode(c): c for c in [*earlier, *merger.conflicts]}
    set_conflicts(merged, list(unique.values()))
    return MergeResult(merged, merger.conflicts, renamed)
