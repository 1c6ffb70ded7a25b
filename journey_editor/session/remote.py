"""Remote edits into the model (no Qt): the workspace brought in line with what the
shared document now holds, by the same reversible steps commands use
(`model.edits`), applied directly, not through the undo stack: someone else's edit
is not for this person to undo. Each step's Change goes to `notify`, so the views
refresh exactly what moved (Document.notify, in one batch).

Only what differs becomes a step: a remote vote on one card is one Edit of that
card's votes, not a reload of the map.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journey_editor.model.edits import (
    Change,
    Edit,
    Insert,
    ItemKind,
    MoveCards,
    Remove,
    Reorder,
    Step,
    items_of,
)
from journey_editor.model.types import Card, Journey, Model, Workspace
from journey_editor.session.layout import CHILDREN, KIND_OF_CHILD

Notify = Callable[[Change], None]
_SKIPPED = {"id", *CHILDREN, "personas", "journeys"}


def sync_workspace(workspace: Workspace, target: Workspace, notify: Notify) -> None:
    """Makes `workspace` equal to `target` (a projection of the shared document)."""
    edit_item(workspace, None, "workspace", "workspace", workspace, target, notify)
    _sync_list(workspace, None, "persona", target.personas, notify)
    _sync_list(workspace, None, "journey", target.journeys, notify)


def sync_journey(workspace: Workspace, target: Journey, notify: Notify) -> None:
    """Makes the journey with `target`'s id equal to it (it exists in `workspace`)."""
    current = workspace.journey(target.id)
    edit_item(workspace, None, "journey", target.id, current, target, notify)
    _sync_children(workspace, target, notify)


def _sync_children(workspace: Workspace, target: Journey, notify: Notify) -> None:
    for name in CHILDREN:
        _sync_list(workspace, target.id, KIND_OF_CHILD[name], getattr(target, name), notify)


def _sync_list(workspace: Workspace, journey_id: str | None, item_kind: ItemKind,
               wanted: list[Any], notify: Notify) -> None:
    current = items_of(workspace, journey_id, item_kind)
    ids = {item.id for item in wanted}

    def run(step: Step) -> None:
        notify(step.apply(workspace))

    for item in [c for c in current if c.id not in ids]:
        run(Remove(journey_id, item_kind, item.id))
    have = {item.id: item for item in current}
    for item in wanted:
        old = have.get(item.id)
        if old is None:
            run(Insert(journey_id, item_kind, item))
        elif isinstance(item, Journey):
            sync_journey(workspace, item, notify)
        else:
            if isinstance(item, Card) and (old.stage, old.lane) != (item.stage, item.lane):
                run(MoveCards(journey_id, item_kind, [(item.id, item.stage, item.lane)]))
            edit_item(workspace, journey_id, item_kind, item.id, old, item, notify)
    for index, item in enumerate(wanted):
        if current[index].id != item.id:
            run(Reorder(journey_id, item_kind, item.id, index))


def edit_item(workspace: Workspace, journey_id: str | None, kind: ItemKind, item_id: str,
          old: Model, new: Model, notify: Notify) -> None:
    changes = {name: getattr(new, name) for name in type(new).__struct_fields__
               if name not in _SKIPPED and _differ(getattr(old, name), getattr(new, name))}
    if changes:
        notify(Edit(journey_id, kind, item_id, changes).apply(workspace))


def _differ(old: object, new: object) -> bool:
    """Dicts differ in their order too: all participants keep them in key order."""
    if isinstance(old, dict) and isinstance(new, dict):
        return list(old.items()) != list(new.items())
    return old != new
