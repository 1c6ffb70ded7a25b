"""Undo commands: one class per kind of edit, each a list of reversible model steps.

Commands never raise (an exception inside QUndoStack crashes the process, see
docs/ARCHITECTURE.md): the `make_*` builders check everything first and return None for an
edit that cannot be made. Should a step still fail, DocumentCommand takes back the
steps already done, drops itself (setObsolete) and reports it (Document.commandFailed);
after a failed undo or redo the rest of that stack walk is skipped and the undo history
is cleared, since it no longer matches the model. Cascades (a card's connections, a
stage's cards) are extra steps of the same command, not child QUndoCommands (PySide
does not keep the Python side of child commands alive, which crashes on redo or at GC).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from journey_editor.editor.document import Document
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.model import ops
from journey_editor.model.edits import (
    Edit,
    Insert,
    ItemKind,
    MoveCards,
    Remove,
    Reorder,
    Step,
)
from journey_editor.model.types import Card, Connection, Journey, Lane, Stage, new_id

_MERGE_ID = 1


# Spelled out as QCoreApplication.translate("Commands", ...) at each call: pyside6-lupdate
# files a bare module-level tr() under no context, so it would never be found.
_KIND_NAMES = {
    "card": QT_TRANSLATE_NOOP("Commands", "card"),
    "stage": QT_TRANSLATE_NOOP("Commands", "stage"),
    "lane": QT_TRANSLATE_NOOP("Commands", "lane"),
    "journey": QT_TRANSLATE_NOOP("Commands", "journey"),
    "persona": QT_TRANSLATE_NOOP("Commands", "persona"),
    "connection": QT_TRANSLATE_NOOP("Commands", "connection"),
}


def kind_name(kind: ItemKind) -> str:
    """The translated word for a kind of item, for undo texts."""
    return QCoreApplication.translate("Commands", _KIND_NAMES.get(kind, kind))


def _label(item: Any) -> str:
    name = getattr(item, "title", None) or getattr(item, "name", None) or ""
    return name if len(name) <= 30 else name[:29] + "…"


class DocumentCommand(QUndoCommand):
    """Applies its steps in order on redo and reverts them backwards on undo, announcing
    all their changes as one batch."""

    def __init__(self, document: Document, text: str, steps: list[Step]) -> None:
        super().__init__(text)
        self.document = document
        self.steps = steps
        self._pushed = False  # the first redo() is the one inside QUndoStack.push()

    def redo(self) -> None:
        first, self._pushed = not self._pushed, True
        self._run(list(self.steps), forward=True, pushing=first)

    def undo(self) -> None:
        self._run(list(reversed(self.steps)), forward=False, pushing=False)

    def _run(self, steps: list[Step], *, forward: bool, pushing: bool) -> None:
        """Applies (or reverts) the steps; if one raises, takes back the ones done, in
        reverse, so the model is as before this call, and never lets the exception reach
        QUndoStack (that crashes the process while it walks several commands)."""
        if self.document.halted and not pushing:  # a command of this walk failed: stop
            return
        workspace, done = self.document.workspace, 0
        with self.document.batch():
            try:
                for step in steps:
                    self.document.notify(
                        step.apply(workspace) if forward else step.revert(workspace))
                    done += 1
            except Exception as error:  # noqa: BLE001 (any failure must be contained)
                clean = self._roll_back(steps[:done], forward)
                self._failed(error, forward, pushing, clean)

    def _roll_back(self, done: list[Step], forward: bool) -> bool:
        workspace = self.document.workspace
        for step in reversed(done):
            try:
                self.document.notify(step.revert(workspace) if forward else step.apply(workspace))
            except Exception:  # noqa: BLE001
                return False
        return True

    def _failed(self, error: Exception, forward: bool, pushing: bool, clean: bool) -> None:
        self.setObsolete(True)  # Qt then drops the command from the stack (Qt >= 5.9)
        verb = (QCoreApplication.translate("Commands", "'{0}' could not be done: {1}") if forward
                else QCoreApplication.translate("Commands", "'{0}' could not be undone: {1}"))
        message = verb.format(self.text(), f"{type(error).__name__}: {error}".rstrip(": "))
        if not clean:
            message += " " + QCoreApplication.translate(
                "Commands", "It could not be fully taken back; please check the map.")
        elif not pushing:
            message += " " + QCoreApplication.translate(
                "Commands", "The map was left as it was; the undo history was cleared.")
        self.document.command_failed(message, keep_history=pushing)


class AddCommand(DocumentCommand):
    """Adds cards, connections, stages or lanes."""


class DeleteCommand(DocumentCommand):
    """Deletes cards with their connections, or a stage or lane with its cards."""


class MoveCardsCommand(DocumentCommand):
    """Puts cards into other cells."""


class ReorderCommand(DocumentCommand):
    """Moves a stage or lane to another position."""


class EditCommand(DocumentCommand):
    """Sets fields of one item. Successive edits of the same fields merge (typing)."""

    def __init__(self, document: Document, text: str, step: Edit, merge: object) -> None:
        super().__init__(document, text, [step])
        self.merge = merge  # edits with the same key (a typing session) merge; None: never

    def id(self) -> int:
        return _MERGE_ID if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, EditCommand) or other.merge is None or other.merge != self.merge:
            return False
        mine, theirs = self.steps[0], other.steps[0]
        assert isinstance(mine, Edit) and isinstance(theirs, Edit)
        if (mine.journey, mine.kind, mine.item_id, set(mine.changes)) != (
                theirs.journey, theirs.kind, theirs.item_id, set(theirs.changes)):
            return False
        mine.changes = theirs.changes
        return True


# --- builders: validate first, so that the commands themselves cannot fail ----------------

def make_add_card(document: Document, journey_id: str, card: Card) -> AddCommand | None:
    journey = document.journey(journey_id)
    if not _cell_exists(journey, card.stage, card.lane) or ops.check_fields(card, {}) is not None:
        return None
    text = QCoreApplication.translate("Commands", "Add card '{0}'").format(_label(card))
    return AddCommand(document, text, [Insert(journey_id, "card", card)])


def make_paste_cards(document: Document, journey_id: str, cards: list[Card],
                     connections: list[Connection], text: str | None = None) -> AddCommand | None:
    journey = document.journey(journey_id)
    if not cards or not all(_cell_exists(journey, c.stage, c.lane) for c in cards):
        return None
    steps: list[Step] = [Insert(journey_id, "card", card) for card in cards]
    steps += [Insert(journey_id, "connection", link) for link in connections]
    if not text:
        text = QCoreApplication.translate("Commands", "Paste {0} cards").format(len(cards))
    return AddCommand(document, text, steps)


def _remove_cards_steps(journey: Journey, card_ids: Iterable[str]) -> list[Step]:
    ids = set(card_ids)
    steps: list[Step] = [Remove(journey.id, "connection", link.id)
                         for link in ops.connections_of(journey, ids)]
    return steps + [Remove(journey.id, "card", c.id) for c in journey.cards if c.id in ids]


def make_remove_cards(document: Document, journey_id: str,
                      card_ids: Iterable[str]) -> DeleteCommand | None:
    journey = document.journey(journey_id)
    wanted = set(card_ids)
    cards = [c for c in journey.cards if c.id in wanted]
    if not cards:
        return None
    if len(cards) == 1:
        text = QCoreApplication.translate("Commands", "Delete card '{0}'").format(_label(cards[0]))
    else:
        text = QCoreApplication.translate("Commands", "Delete {0} cards").format(len(cards))
    return DeleteCommand(document, text, _remove_cards_steps(journey, wanted))


def make_move_cards(document: Document, journey_id: str,
                    moves: list[tuple[str, str, str]]) -> MoveCardsCommand | None:
    journey = document.journey(journey_id)
    by_id = {c.id: c for c in journey.cards}
    real = [m for m in moves if m[0] in by_id and (by_id[m[0]].stage, by_id[m[0]].lane) != m[1:]]
    if not real or not all(_cell_exists(journey, stage, lane) for _, stage, lane in real):
        return None
    if len(real) == 1:
        text = QCoreApplication.translate("Commands", "Move card '{0}'").format(
            _label(by_id[real[0][0]]))
    else:
        text = QCoreApplication.translate("Commands", "Move {0} cards").format(len(real))
    return MoveCardsCommand(document, text, [MoveCards(journey_id, "card", real)])


def make_connect(document: Document, journey_id: str, source: str,
                 target: str) -> AddCommand | None:
    journey = document.journey(journey_id)
    ids = {c.id for c in journey.cards}
    exists = any(c.source == source and c.target == target for c in journey.connections)
    if source == target or source not in ids or target not in ids or exists:
        return None
    link = Connection(id=new_id("link"), source=source, target=target)
    names = (_label(ops.find(journey.cards, source)), _label(ops.find(journey.cards, target)))
    text = QCoreApplication.translate("Commands", "Connect '{0}' to '{1}'").format(*names)
    return AddCommand(document, text, [Insert(journey_id, "connection", link)])


def make_disconnect(document: Document, journey_id: str, link_id: str) -> DeleteCommand | None:
    if not document.exists(journey_id, "connection", link_id):
        return None
    return DeleteCommand(document, QCoreApplication.translate("Commands", "Remove connection"),
                         [Remove(journey_id, "connection", link_id)])


def make_edit(document: Document, journey_id: str | None, kind: ItemKind, item_id: str,
              changes: dict[str, Any], text: str | None = None,
              merge: object = None) -> EditCommand | None:
    """`merge`: successive edits with the same key become one undo step (e.g. the key of
    one typing session in a field); None never merges."""
    if not document.exists(journey_id, kind, item_id):
        return None
    target = document.find(journey_id, kind, item_id)
    changes = {k: v for k, v in changes.items() if getattr(target, k, object()) != v}
    if not changes or ops.check_fields(target, changes) is not None:
        return None
    if text is None:
        text = QCoreApplication.translate("Commands", "Edit {0} '{1}'").format(
            kind_name(kind), _label(target))
    return EditCommand(document, text, Edit(journey_id, kind, item_id, changes), merge)


def make_add_header(document: Document, journey_id: str, item: Stage | Lane,
                    index: int | None = None) -> AddCommand | None:
    """Adds a stage or lane at `index` (None: the end), in the phase or zone of the one
    before it (`ops.like_neighbour`), whatever phase or zone `item` had."""
    kind: ItemKind = "stage" if isinstance(item, Stage) else "lane"
    if not document.exists(None, "journey", journey_id):
        return None
    item = ops.like_neighbour(document.journey(journey_id), item, index)
    if ops.check_fields(item, {}) is not None or document.exists(journey_id, kind, item.id):
        return None
    if kind == "stage":
        text = QCoreApplication.translate("Commands", "Add stage '{0}'")
    else:
        text = QCoreApplication.translate("Commands", "Add lane '{0}'")
    return AddCommand(document, text.format(_label(item)), [Insert(journey_id, kind, item, index)])


def make_remove_header(document: Document, journey_id: str, kind: ItemKind,
                       item_id: str) -> DeleteCommand | None:
    """Deletes a stage or lane with its cards; the last one of either cannot go."""
    journey = document.journey(journey_id)
    items = document.items(journey_id, kind)
    if not document.exists(journey_id, kind, item_id) or len(items) < 2:
        return None
    item = ops.find(items, item_id)
    where = {"stage": item_id} if kind == "stage" else {"lane": item_id}
    steps = _remove_cards_steps(journey, [c.id for c in ops.cards_in(journey, **where)])
    if kind == "stage":
        steps += [Edit(journey_id, "lane", lane.id, {"emotion_values": {
            k: v for k, v in lane.emotion_values.items() if k != item_id}})
            for lane in journey.lanes if item_id in lane.emotion_values]
    if kind == "stage":
        text = QCoreApplication.translate("Commands", "Delete stage '{0}'")
    else:
        text = QCoreApplication.translate("Commands", "Delete lane '{0}'")
    return DeleteCommand(document, text.format(_label(item)),
                         [*steps, Remove(journey_id, kind, item_id)])


def make_reorder(document: Document, journey_id: str | None, kind: ItemKind, item_id: str,
                 new_index: int) -> ReorderCommand | None:
    items = document.items(journey_id, kind)
    if not document.exists(journey_id, kind, item_id) or not 0 <= new_index < len(items):
        return None
    if ops.index_of(items, item_id) == new_index:
        return None
    item = ops.find(items, item_id)
    text = QCoreApplication.translate("Commands", "Move {0} '{1}'").format(
        kind_name(kind), _label(item))
    return ReorderCommand(document, text, [Reorder(journey_id, kind, item_id, new_index)])


def _cell_exists(journey: Journey, stage: str, lane: str) -> bool:
    return any(s.id == stage for s in journey.stages) and any(ln.id == lane for ln in journey.lanes)
