"""Undo command that resolves one merge conflict: our value or theirs is set where the
conflict is, and the conflict leaves the map's list, in one undoable step.

Same rules as `commands`: the builder works out every step first, tries them on a copy
of the map and returns None when they would not leave a map the reader accepts (a
hand-edited conflict, or a stage that another resolution deleted), so the command can
never fail in undo or redo. Deleting an item reuses the Delete commands' cascades.
"""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec import UNSET
from PySide6.QtCore import QCoreApplication

from journey_editor.editor import commands
from journey_editor.editor import workspace_commands as wc
from journey_editor.editor.commands import DocumentCommand
from journey_editor.editor.document import Document
from journey_editor.fileformat.integrity import first_problem
from journey_editor.model.conflicts import conflicts_of
from journey_editor.model.edits import Edit, Insert, ItemKind, Reorder, Step
from journey_editor.model.resolve import ORDER, Side, chosen, in_order, with_value
from journey_editor.model.types import (
    Card,
    ChecklistItem,
    Conflict,
    Connection,
    Journey,
    Lane,
    Persona,
    Stage,
    Workspace,
    clone,
)

_TYPES: dict[str, type[Any]] = {"journey": Journey, "persona": Persona, "stage": Stage,
                                "lane": Lane, "card": Card, "connection": Connection}
_KINDS = {"stages": "stage", "lanes": "lane", "cards": "card", "connections": "connection",
          "journeys": "journey", "personas": "persona"}


class ResolveConflictCommand(DocumentCommand):
    """Sets the chosen side's value and drops the conflict from the map's list."""


def make_resolve(document: Document, index: int, side: Side) -> ResolveConflictCommand | None:
    conflicts = conflicts_of(document.workspace)
    if not 0 <= index < len(conflicts):
        return None
    conflict = conflicts[index]
    try:
        steps = _steps(document, conflict, chosen(conflict, side))
    except (ValueError, KeyError, StopIteration, msgspec.ValidationError):
        return None  # a value that no longer fits the map
    rest = conflicts[:index] + conflicts[index + 1:]
    steps.append(Edit(None, "workspace", "", {"conflicts": rest or UNSET}))
    if not _valid_after(document.workspace, steps):
        return None
    label = conflict.ours_label if side == "ours" else conflict.theirs_label
    text = QCoreApplication.translate("Commands", "Keep {0} in a merge conflict").format(label)
    return ResolveConflictCommand(document, text, steps)


def _valid_after(workspace: Workspace, steps: list[Step]) -> bool:
    """Whether the steps apply to a copy of the map and leave one the reader accepts."""
    trial = clone(workspace)
    try:
        for step in steps:
            step.apply(trial)
    except (ValueError, KeyError, StopIteration, TypeError):
        return False
    return first_problem(trial) is None


def _steps(document: Document, conflict: Conflict, value: Any) -> list[Step]:
    if conflict.field.endswith(ORDER):
        return _reorder(document, conflict, value)
    if conflict.kind == "checklist_item":
        return [_checklist(document, conflict, value)]
    kind: ItemKind = conflict.kind  # type: ignore[assignment]  # checked below
    owner = None if kind in ("workspace", "journey", "persona") else conflict.journey
    if kind not in _TYPES and kind != "workspace":
        raise ValueError(f"unknown kind {kind!r}")
    if conflict.field == "":
        return _whole(document, owner, kind, conflict.item, value)
    target = document.find(owner, kind, conflict.item)
    name, new = with_value(target, conflict.field, value)
    return [Edit(owner, kind, conflict.item, {name: new})]


def _whole(document: Document, owner: str | None, kind: ItemKind, item_id: str,
           value: Any) -> list[Step]:
    """An item one side deleted: deleted again (with what depends on it), or set to the
    other side's version."""
    exists = document.exists(owner, kind, item_id)
    if value is None:
        return _delete(document, owner, kind, item_id) if exists else []
    item = msgspec.convert(value, _TYPES[kind])
    if not exists:
        return [Insert(owner, kind, item)]
    current = document.find(owner, kind, item_id)
    changes = {name: getattr(item, name) for name in item.__struct_fields__
               if getattr(item, name) != getattr(current, name)}
    return [Edit(owner, kind, item_id, changes)] if changes else []


def _delete(document: Document, owner: str | None, kind: ItemKind,
            item_id: str) -> list[Step]:
    command: DocumentCommand | None
    if kind == "card":
        command = commands.make_remove_cards(document, owner or "", [item_id])
    elif kind in ("stage", "lane"):
        command = commands.make_remove_header(document, owner or "", kind, item_id)
    elif kind == "connection":
        command = commands.make_disconnect(document, owner or "", item_id)
    elif kind == "persona":
        command = wc.make_delete_persona(document, item_id)
    else:
        command = wc.make_delete_journey(document, item_id)
    if command is None:
        raise ValueError("cannot be deleted")  # the last stage, lane or journey
    return list(command.steps)


def _reorder(document: Document, conflict: Conflict, value: Any) -> list[Step]:
    """The steps that put a list in the chosen order, one move per item out of place."""
    name = conflict.field.removesuffix(ORDER)
    if name == "checklist":
        journey = document.journey(conflict.item)
        order = in_order([c.question for c in journey.checklist], value)
        items = {c.question: c for c in journey.checklist}
        return [Edit(None, "journey", journey.id, {"checklist": [items[q] for q in order]})]
    kind: ItemKind = _KINDS[name]  # type: ignore[assignment]  # the table's values are kinds
    owner = conflict.item if conflict.kind == "journey" else None
    current = [item.id for item in document.items(owner, kind)]
    steps: list[Step] = []
    for index, item_id in enumerate(in_order(current, value)):
        if current[index] != item_id:
            current.remove(item_id)
            current.insert(index, item_id)
            steps.append(Reorder(owner, kind, item_id, index))
    return steps


def _checklist(document: Document, conflict: Conflict, value: Any) -> Step:
    """A checklist answer has no id of its own to edit: the journey's list is set."""
    journey = document.journey(conflict.journey or "")
    answers = {item.question: item for item in journey.checklist}
    if conflict.field == "":
        item = None if value is None else msgspec.convert(value, ChecklistItem)
    else:
        name, new = with_value(answers[conflict.item], conflict.field, value)
        item = msgspec.structs.replace(answers[conflict.item], **{name: new})
    if item is None:
        answers.pop(conflict.item, None)
    else:
        answers[conflict.item] = item
    return Edit(None, "journey", journey.id, {"checklist": list(answers.values())})
