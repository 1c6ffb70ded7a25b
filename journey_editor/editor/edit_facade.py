"""The one place where the canvas and the panels turn a user's edit into an undo command
and push it: each function builds the command (validated, see commands.py) and pushes it
on the document's undo stack, and says how that went.

Widgets, the Edit menu and the mouse gestures call these instead of building commands
themselves, so a change to how an edit is recorded (its text, its merging, its checks)
is made here once.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from journey_editor.editor import baseline_commands as bc
from journey_editor.editor import commands
from journey_editor.editor import workspace_commands as wc
from journey_editor.editor.document import Document
from journey_editor.editor.merge_commands import make_resolve
from journey_editor.editor.survey_commands import make_import_metrics
from journey_editor.model import ops
from journey_editor.model.edits import Edit, Insert, ItemKind, Step
from journey_editor.model.resolve import Side
from journey_editor.model.types import (
    Card,
    Connection,
    Journey,
    Lane,
    Metric,
    Revision,
    Stage,
    Voting,
)


class Outcome(enum.Enum):
    """How an edit went; true only when it was done."""

    DONE = "done"
    UNCHANGED = "unchanged"  # nothing to change, or the model's limits refused the values
    REFUSED = "refused"  # the document is read-only (it said so through `refused`)

    def __bool__(self) -> bool:
        return self is Outcome.DONE


def push(document: Document, command: QUndoCommand | None) -> Outcome:
    if command is None:
        return Outcome.UNCHANGED
    return Outcome.DONE if document.push(command) else Outcome.REFUSED


def _push_new(document: Document, command: commands.AddCommand | None, step: int) -> str | None:
    """Pushes a command that adds one item; the new item's id, or None when not done."""
    if not push(document, command):
        return None
    assert command is not None
    added = command.steps[step]
    return added.item.id if isinstance(added, Insert) else None


# --- cards, stages, lanes -----------------------------------------------------------------

def add_card(document: Document, journey_id: str, card: Card) -> Outcome:
    return push(document, commands.make_add_card(document, journey_id, card))


def move_cards(document: Document, journey_id: str,
               moves: list[tuple[str, str, str]]) -> Outcome:
    """`moves`: (card id, stage id, lane id); each card goes to the end of its cell."""
    return push(document, commands.make_move_cards(document, journey_id, moves))


def paste_cards(document: Document, journey_id: str, cards: list[Card],
                connections: list[Connection], text: str | None = None) -> Outcome:
    """Cards (and the arrows among them) placed by `ops.prepare_paste`: one undo step."""
    return push(document, commands.make_paste_cards(document, journey_id, cards, connections,
                                                    text))


def remove_cards(document: Document, journey_id: str, card_ids: Iterable[str]) -> Outcome:
    return push(document, commands.make_remove_cards(document, journey_id, card_ids))


def connect(document: Document, journey_id: str, source: str, target: str) -> Outcome:
    """An arrow between two cards; UNCHANGED when they are connected already."""
    return push(document, commands.make_connect(document, journey_id, source, target))


def disconnect(document: Document, journey_id: str, link_id: str) -> Outcome:
    return push(document, commands.make_disconnect(document, journey_id, link_id))


def add_header(document: Document, journey_id: str, item: Stage | Lane,
               index: int | None = None) -> Outcome:
    """A stage or lane at `index` (None: at the end)."""
    return push(document, commands.make_add_header(document, journey_id, item, index))


def remove_header(document: Document, journey_id: str, kind: ItemKind, item_id: str) -> Outcome:
    """A stage or lane, with its cards."""
    return push(document, commands.make_remove_header(document, journey_id, kind, item_id))


def reorder(document: Document, journey_id: str, kind: ItemKind, item_id: str,
            new_index: int) -> Outcome:
    return push(document, commands.make_reorder(document, journey_id, kind, item_id, new_index))


def resize(document: Document, journey_id: str, kind: ItemKind, item_id: str,
           size: int) -> Outcome:
    """A stage's width or a lane's height, as dragged on the map."""
    field = "width" if kind == "stage" else "height"
    text = QCoreApplication.translate("Canvas", "Resize {0}").format(commands.kind_name(kind))
    return edit(document, journey_id, kind, item_id, {field: size}, text)


def edit(document: Document, journey_id: str | None, kind: ItemKind, item_id: str,
         values: dict[str, Any], text: str | None = None, merge: object = None) -> Outcome:
    """Sets fields of one item; `merge` as in `commands.make_edit` (typing in one field)."""
    return push(document, commands.make_edit(document, journey_id, kind, item_id, values,
                                             text=text, merge=merge))


def rename(document: Document, journey_id: str, kind: ItemKind, item_id: str, text: str) -> Outcome:
    """A card's title or a stage's or lane's name, as typed on the map."""
    field = "title" if kind == "card" else "name"
    return edit(document, journey_id, kind, item_id, {field: text},
                QCoreApplication.translate("Canvas", "Rename {0} '{1}'")
                .format(commands.kind_name(kind), text))


def import_metrics(document: Document, journey_id: str,
                   planned: Sequence[tuple[str, Metric]]) -> Outcome:
    """`planned`: (card id, metric) pairs, one undo step for all."""
    return push(document, make_import_metrics(document, journey_id, planned))


def set_voting_round(document: Document, journey_id: str, round_: Voting, clear_dots: bool,
                     text: str) -> Outcome:
    """One undo step that sets the round and, if asked, takes every placed dot off."""
    journey = document.journey(journey_id)
    if ops.check_fields(journey, {"voting": round_}) is not None:
        return Outcome.UNCHANGED
    cleared = [c for c in journey.cards if c.votes] if clear_dots else []
    if not cleared:
        return edit(document, None, "journey", journey_id, {"voting": round_}, text=text)
    steps: list[Step] = [Edit(None, "journey", journey_id, {"voting": round_})]
    steps += [Edit(journey_id, "card", c.id, {"votes": {}}) for c in cleared]
    return push(document, commands.DocumentCommand(document, text, steps))


# --- the map, its journeys and personas ------------------------------------------------------

def set_map_title(document: Document, title: str, merge: object = None) -> Outcome:
    return push(document, wc.make_set_map_title(document, title, merge))


def add_journey(document: Document, index: int, language: str) -> str | None:
    """The new journey's id, or None when it was not added."""
    return _push_new(document, wc.make_add_journey(document, index=index, language=language), -1)


def duplicate_journey(document: Document, journey_id: str) -> str | None:
    return _push_new(document, wc.make_duplicate_journey(document, journey_id), -1)


def create_future_state(document: Document, journey_id: str) -> str | None:
    return _push_new(document, wc.make_create_future_state(document, journey_id), -1)


def rename_journey(document: Document, journey_id: str, name: str) -> Outcome:
    return push(document, wc.make_rename_journey(document, journey_id, name))


def reorder_journey(document: Document, journey_id: str, new_index: int) -> Outcome:
    return push(document, wc.make_reorder_journey(document, journey_id, new_index))


def delete_journey(document: Document, journey_id: str) -> Outcome:
    return push(document, wc.make_delete_journey(document, journey_id))


def add_persona(document: Document, index: int, for_journey: str | None) -> str | None:
    """The new persona's id, or None when it was not added."""
    return _push_new(document, wc.make_add_persona(document, index=index,
                                                   for_journey=for_journey), 0)


def delete_persona(document: Document, persona_id: str) -> Outcome:
    return push(document, wc.make_delete_persona(document, persona_id))


def reorder_persona(document: Document, persona_id: str, new_index: int) -> Outcome:
    return push(document, wc.make_reorder_persona(document, persona_id, new_index))


# --- merge conflicts ----------------------------------------------------------------------

def resolve_conflict(document: Document, index: int, side: Side) -> Outcome:
    """Keeps one side's value of the map's conflict at `index` (see merge_commands)."""
    return push(document, make_resolve(document, index, side))


# --- baselines (named revisions) ---------------------------------------------------------

def mark_baseline(document: Document, name: str, author: str) -> Outcome:
    """A new revision named `name`, keeping the map as it is now (File ▸ Mark Baseline)."""
    return push(document, bc.make_mark_baseline(document, name, author))


def name_revision(document: Document, revision: Revision, name: str,
                  journeys: Sequence[Journey] | None = None) -> Outcome:
    """Names or renames a revision; a first name keeps `journeys` (the map at it)."""
    return push(document, bc.make_name_revision(document, revision, name, journeys))


def remove_baseline_name(document: Document, revision: Revision) -> Outcome:
    return push(document, bc.make_remove_name(document, revision))
