"""After a merge, the items one side deleted while the other still uses them (no Qt).

Ours deletes a stage while theirs adds a card to it: each edit alone is clean, but
together the card would stand in no stage, a file the reader refuses. The stage is
brought back (from the side that kept it) and named as a conflict, like an item one
side deleted and the other changed; the user then keeps or deletes it. A picture a
card (or a baseline's copy of one) or a persona shows comes back without a conflict:
its key is its digest, so bringing it back decides nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import msgspec
from msgspec import Struct

from journey_editor.model.conflicts import Where
from journey_editor.model.images import images_of, in_use
from journey_editor.model.types import Journey, Workspace

# Told about each item brought back: where it is, and the item as base, ours and theirs
# have it (None where one lacks it).
Report = Callable[[Where, Any, Any, Any], None]


def place(first: list[Any], second: list[Any], base: list[Any], kept: set[Any]) -> list[Any]:
    """The ids of `first` that are kept, then those only `second` (or else `base`) has,
    each after the nearest id that comes before it there and is placed already, and
    after what only `first` added there (both sides adding at one place: ours first)."""
    result = [i for i in first if i in kept]
    placed = set(result)
    for source in (second, base):
        known = set(source)
        for index, item_id in enumerate(source):
            if item_id in kept and item_id not in placed:
                before = next((i for i in reversed(source[:index]) if i in placed), None)
                at = 0 if before is None else result.index(before) + 1
                while at < len(result) and result[at] not in known:
                    at += 1
                result.insert(at, item_id)
                placed.add(item_id)
    return result


def restore_references(merged: Workspace, sides: Sequence[Workspace], report: Report) -> None:
    """Brings back what `merged` refers to but lacks; `sides`: ours, theirs, base."""
    ours, theirs, base = sides
    needed = {j.based_on for j in merged.journeys if j.based_on is not None}
    _restore(merged, "journeys", needed, sides, report, Where())
    personas = {j.persona for j in merged.journeys if j.persona is not None}
    _restore(merged, "personas", personas, sides, report, Where())
    # Shallow copies: the lists set below must not change the sides' own journeys.
    merged.journeys = [msgspec.structs.replace(j) for j in merged.journeys]
    for journey in merged.journeys:
        same = [_journey(side, journey.id) for side in (ours, theirs, base)]
        if any(side is None for side in same):
            continue  # a journey only one side has is whole as it is
        where = Where("journey", journey.id)
        _undo_loops(journey, same, report, where)
        ends = {end for link in journey.connections for end in (link.source, link.target)}
        _restore(journey, "cards", ends, same, report, where)
        _restore(journey, "stages", {c.stage for c in journey.cards}
                 | {s for lane in journey.lanes for s in lane.emotion_values}, same, report, where)
        _restore(journey, "lanes", {c.lane for c in journey.cards}, same, report, where)


def restore_pictures(merged: Workspace, sides: Sequence[Workspace]) -> None:
    """Brings back the pictures `merged`'s cards and personas show but its images lack:
    one side took a picture off its last card or persona (and its save dropped it) while
    the other gave it to another, or kept it in a baseline's copy of the map."""
    images = images_of(merged)
    missing = in_use(merged) - images.keys()
    found = {key: image for key in sorted(missing)
             if (image := next((images_of(side).get(key) for side in sides
                                if key in images_of(side)), None)) is not None}
    if found:  # a new dict: the merged map may share its images with a side
        merged.images = {**images, **found}


def _undo_loops(journey: Journey, sides: Sequence[Journey | None], report: Report,
                where: Where) -> None:
    """A connection whose source one side changed and whose target the other changed
    to the same card would join the card to itself: ours is kept, as in a conflict."""
    ours, theirs, base = ({link.id: link for link in side.connections} if side else {}
                          for side in sides)
    loops = [link.id for link in journey.connections
             if link.source == link.target and link.id in ours]
    if loops:  # a new list: the merged journey may share its lists with a side
        journey.connections = [ours[link.id] if link.id in loops else link
                               for link in journey.connections]
    for link_id in loops:
        report(where.child(ours[link_id], "id"), base.get(link_id), ours[link_id],
               theirs.get(link_id))


def _journey(workspace: Workspace, journey_id: str) -> Journey | None:
    return next((j for j in workspace.journeys if j.id == journey_id), None)


def _restore(owner: Struct, name: str, needed: Iterable[str], sides: Sequence[Any],
             report: Report, where: Where) -> None:
    """Puts back into `owner`'s list `name` the items with the `needed` ids it lacks,
    taken from the first side that has each, at that side's place."""
    items: list[Any] = getattr(owner, name)
    missing = set(needed) - {item.id for item in items}
    if not missing:
        return
    lists = [{item.id: item for item in getattr(side, name)} for side in sides]
    found = {i: next(side[i] for side in lists if i in side) for i in missing
             if any(i in side for side in lists)}
    if not found:
        return
    order = next(list(side) for side in lists if any(i in side for i in found))
    current = {item.id: item for item in items} | found
    setattr(owner, name, [current[i] for i in place([item.id for item in items], order,
                                                     list(lists[2]), set(current))])
    for item_id, item in found.items():
        ours, theirs, base = (side.get(item_id) for side in lists)
        report(where.child(item, "id"), base, ours, theirs)
