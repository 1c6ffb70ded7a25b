"""Reversible steps on a workspace (no Qt): the building blocks of undo commands.

Each step addresses items by (journey id, kind, item id), applies one operation of
`ops`, remembers what its inverse needs, and reports a `Change` so that views
refresh only what concerns them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from journey_editor.model import ops
from journey_editor.model.types import Journey, Model, Workspace

# What an edit addresses; the lists of each kind, in a journey or the workspace.
ItemKind = Literal["workspace", "journey", "persona", "stage", "lane", "card", "connection"]
JOURNEY_LISTS = {"stage": "stages", "lane": "lanes", "card": "cards", "connection": "connections"}
WORKSPACE_LISTS = {"journey": "journeys", "persona": "personas"}


@dataclass(frozen=True)
class Change:
    """What an edit touched: the journey (None: the workspace), kind of item, ids, and
    the fields it set (None: the items as a whole, added, removed, moved or reordered)."""

    journey: str | None
    kind: ItemKind
    ids: frozenset[str] = field(default_factory=frozenset)
    fields: frozenset[str] | None = None


def items_of(workspace: Workspace, journey_id: str | None, kind: ItemKind) -> list[Any]:
    # The ignores: getattr by a name from the tables above returns Any.
    if kind in WORKSPACE_LISTS:
        return getattr(workspace, WORKSPACE_LISTS[kind])  # type: ignore[no-any-return]
    return getattr(workspace.journey(journey_id or ""), JOURNEY_LISTS[kind])  # type: ignore[no-any-return]


def find(workspace: Workspace, journey_id: str | None, kind: ItemKind, item_id: str) -> Model:
    if kind == "workspace":
        return workspace
    if kind == "journey" and journey_id is None:
        return workspace.journey(item_id)
    # The ignore: the item lists hold Any (items_of); every item is a Model.
    return ops.find(items_of(workspace, journey_id, kind), item_id)  # type: ignore[no-any-return]


def exists(workspace: Workspace, journey_id: str | None, kind: ItemKind, item_id: str) -> bool:
    try:
        find(workspace, journey_id, kind, item_id)
    except (KeyError, StopIteration):
        return False
    return True


@dataclass
class Step:
    journey: str | None
    kind: ItemKind

    def apply(self, workspace: Workspace) -> Change:
        raise NotImplementedError

    def revert(self, workspace: Workspace) -> Change:
        raise NotImplementedError

    def _change(self, *ids: str, fields: frozenset[str] | None = None) -> Change:
        return Change(self.journey, self.kind, frozenset(ids), fields)


@dataclass
class Insert(Step):
    item: Any
    index: int | None = None

    def apply(self, workspace: Workspace) -> Change:
        ops.insert(items_of(workspace, self.journey, self.kind), self.item, self.index)
        return self._change(self.item.id)

    def revert(self, workspace: Workspace) -> Change:
        ops.remove(items_of(workspace, self.journey, self.kind), self.item.id)
        return self._change(self.item.id)


@dataclass
class Remove(Step):
    item_id: str
    removed: tuple[Any, int] | None = None

    def apply(self, workspace: Workspace) -> Change:
        self.removed = ops.remove(items_of(workspace, self.journey, self.kind), self.item_id)
        return self._change(self.item_id)

    def revert(self, workspace: Workspace) -> Change:
        if self.removed is not None:
            item, index = self.removed
            ops.insert(items_of(workspace, self.journey, self.kind), item, index)
        return self._change(self.item_id)


@dataclass
class Edit(Step):
    item_id: str
    changes: dict[str, Any]
    old: dict[str, Any] = field(default_factory=dict)

    def apply(self, workspace: Workspace) -> Change:
        target = find(workspace, self.journey, self.kind, self.item_id)
        self.old = ops.set_fields(target, self.changes)
        return self._change(self.item_id, fields=frozenset(self.changes))

    def revert(self, workspace: Workspace) -> Change:
        ops.set_fields(find(workspace, self.journey, self.kind, self.item_id), self.old)
        return self._change(self.item_id, fields=frozenset(self.changes))


@dataclass
class Reorder(Step):
    item_id: str
    new_index: int
    old_index: int = 0

    def apply(self, workspace: Workspace) -> Change:
        items = items_of(workspace, self.journey, self.kind)
        self.old_index = ops.move(items, self.item_id, self.new_index)
        return self._change(self.item_id)

    def revert(self, workspace: Workspace) -> Change:
        ops.move(items_of(workspace, self.journey, self.kind), self.item_id, self.old_index)
        return self._change(self.item_id)


@dataclass
class MoveCards(Step):
    moves: list[tuple[str, str, str]]  # (card id, new stage id, new lane id)
    old: list[tuple[str, str, str, int]] = field(default_factory=list)

    def apply(self, workspace: Workspace) -> Change:
        journey = _journey(workspace, self.journey)
        self.old = [(card_id, *ops.move_card(journey, card_id, stage, lane))
                    for card_id, stage, lane in self.moves]
        return self._change(*(m[0] for m in self.moves))

    def revert(self, workspace: Workspace) -> Change:
        journey = _journey(workspace, self.journey)
        for card_id, stage, lane, index in reversed(self.old):
            ops.move_card(journey, card_id, stage, lane, index)
        return self._change(*(m[0] for m in self.moves))


def _journey(workspace: Workspace, journey_id: str | None) -> Journey:
    return workspace.journey(journey_id or "")
