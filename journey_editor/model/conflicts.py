"""The conflicts a merge leaves in a map (no Qt): where each one is, and reading and
writing a workspace's list of them (absent from the file when empty)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from msgspec import UNSET, Struct

from journey_editor.model.types import Conflict, Journey, Workspace


def kind_of(kind: type[Struct]) -> str:
    """`ChecklistItem` -> "checklist_item": what a conflict calls an item of this type."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", kind.__name__).lower()


@dataclass(frozen=True)
class Where:
    """The item a value belongs to: its kind and id, and the journey that holds it."""

    kind: str = "workspace"
    item: str = ""
    journey: str | None = None

    def child(self, item: Struct, key: str) -> Where:
        """Where an item of one of this item's lists is (`key`: its id field)."""
        if isinstance(item, Journey):
            return Where("journey", item.id)
        journey = self.item if self.kind == "journey" else self.journey
        return Where(kind_of(type(item)), str(getattr(item, key)), journey)


def conflicts_of(workspace: Workspace) -> list[Conflict]:
    return [] if workspace.conflicts is UNSET else workspace.conflicts


def set_conflicts(workspace: Workspace, conflicts: list[Conflict]) -> None:
    """Sets the list; none at all leaves the key out of the file."""
    workspace.conflicts = conflicts or UNSET
