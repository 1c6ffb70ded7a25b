"""Commands through a real QUndoStack: every edit undoes back to the original document."""

from __future__ import annotations

import gc
import random
import weakref

from hypothesis import given, settings
from hypothesis import strategies as st

from journey_editor.editor import commands as cmd
from journey_editor.editor.document import Document
from journey_editor.model.types import Card, Lane, Stage, clone
from tests.factories import small_workspace


def _doc() -> Document:
    return Document(small_workspace())


def test_add_card_then_undo_redo(qapp: object) -> None:
    doc = _doc()
    seen: list[object] = []
    doc.changed.connect(seen.append)
    doc.push(cmd.make_add_card(doc, "j1", Card(id="n", stage="during", lane="goals", title="New")))
    assert doc.undo_stack.undoText() == "Add card 'New'"
    assert doc.find("j1", "card", "n").title == "New"
    assert len(seen) == 1 and doc.modified
    doc.undo_stack.undo()
    assert not doc.exists("j1", "card", "n") and not doc.modified
    doc.undo_stack.redo()
    assert doc.exists("j1", "card", "n")


def test_invalid_edits_are_refused_before_they_reach_the_stack(qapp: object) -> None:
    doc = _doc()
    assert cmd.make_add_card(doc, "j1", Card(id="n", stage="nowhere", lane="goals")) is None
    assert cmd.make_edit(doc, "j1", "card", "a", {"emotion": 9}) is None
    assert cmd.make_edit(doc, "j1", "card", "a", {"title": "x" * 1000}) is None
    assert cmd.make_edit(doc, "j1", "card", "gone", {"title": "x"}) is None
    assert cmd.make_connect(doc, "j1", "a", "a") is None
    assert cmd.make_connect(doc, "j1", "a", "b") is None  # exists already
    assert cmd.make_remove_header(doc, "j1", "stage", "nowhere") is None


def test_deleting_a_card_removes_its_connections_and_undo_restores_them(qapp: object) -> None:
    doc = _doc()
    original = clone(doc.workspace)
    doc.push(cmd.make_remove_cards(doc, "j1", ["b"]))
    journey = doc.journey("j1")
    assert [c.id for c in journey.cards] == ["a", "c", "g"]
    assert journey.connections == []
    assert doc.undo_stack.undoText() == "Delete card 'Checkout'"
    doc.undo_stack.undo()
    assert doc.workspace == original


def test_deleting_a_stage_takes_its_cards_and_emotion_value(qapp: object) -> None:
    doc = _doc()
    original = clone(doc.workspace)
    doc.push(cmd.make_remove_header(doc, "j1", "stage", "after"))
    journey = doc.journey("j1")
    assert [s.id for s in journey.stages] == ["before", "during"]
    assert "c" not in {c.id for c in journey.cards}
    assert journey.lanes[2].emotion_values == {}
    doc.undo_stack.undo()
    assert doc.workspace == original


def test_typing_in_a_field_merges_into_one_undo_step(qapp: object) -> None:
    doc = _doc()
    for text in ("C", "Ch", "Cha", "Chat"):
        doc.push(cmd.make_edit(doc, "j1", "card", "a", {"title": text}, merge=True))
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.find("j1", "card", "a").title == "Ad"


def test_moving_cards_restores_their_order_on_undo(qapp: object) -> None:
    doc = _doc()
    original = clone(doc.workspace)
    doc.push(cmd.make_move_cards(doc, "j1", [("a", "after", "goals"), ("g", "after", "goals")]))
    assert doc.undo_stack.undoText() == "Move 2 cards"
    assert [(c.id, c.stage, c.lane) for c in doc.journey("j1").cards][-2:] == [
        ("a", "after", "goals"), ("g", "after", "goals")]
    doc.undo_stack.undo()
    assert doc.workspace == original


def test_one_change_signal_per_edit_even_for_cascades(qapp: object) -> None:
    doc = _doc()
    seen: list[tuple[object, ...]] = []
    doc.changed.connect(seen.append)
    doc.push(cmd.make_remove_header(doc, "j1", "stage", "during"))
    assert len(seen) == 1
    kinds = {change.kind for change in seen[0]}  # type: ignore[attr-defined]
    assert kinds == {"stage", "card", "connection"}


def test_documents_with_undo_history_are_freed(qapp: object) -> None:
    """A closed map's document goes away with its undo history: nothing (a command, a
    signal connection) keeps it and the whole workspace alive."""
    gone: list[weakref.ref[Document]] = []
    for _ in range(3):
        doc = _doc()
        doc.push(cmd.make_remove_header(doc, "j1", "stage", "during"))
        doc.undo_stack.undo()
        gone.append(weakref.ref(doc))
        del doc
    gc.collect()
    assert [ref() for ref in gone] == [None, None, None]


# --- property: any sequence of edits, all undone, gives back the original ----------------

def _random_command(doc: Document, rng: random.Random) -> object | None:
    journey = doc.journey("j1")
    card_ids = [c.id for c in journey.cards]
    stage_ids = [s.id for s in journey.stages]
    lane_ids = [ln.id for ln in journey.lanes]
    choice = rng.randrange(10)
    if choice == 0:
        return cmd.make_add_card(doc, "j1", Card(id=f"n{rng.randrange(10**6)}",
                                                 stage=rng.choice(stage_ids),
                                                 lane=rng.choice(lane_ids), title="new"))
    if choice == 1 and card_ids:
        return cmd.make_remove_cards(doc, "j1", rng.sample(card_ids, min(2, len(card_ids))))
    if choice == 2 and card_ids:
        return cmd.make_move_cards(doc, "j1", [(rng.choice(card_ids), rng.choice(stage_ids),
                                                rng.choice(lane_ids))])
    if choice == 3 and len(card_ids) > 1:
        a, b = rng.sample(card_ids, 2)
        return cmd.make_connect(doc, "j1", a, b)
    if choice == 4 and card_ids:
        return cmd.make_edit(doc, "j1", "card", rng.choice(card_ids),
                             {"title": rng.choice(["x", "y", ""]), "emotion": rng.randint(-3, 3)},
                             merge=rng.random() < 0.5)
    if choice == 5:
        return cmd.make_remove_header(doc, "j1", "stage", rng.choice(stage_ids))
    if choice == 6:
        return cmd.make_remove_header(doc, "j1", "lane", rng.choice(lane_ids))
    if choice == 7:
        return cmd.make_add_header(doc, "j1", Stage(id=f"s{rng.randrange(10**6)}", name="S"),
                                  rng.randint(0, len(stage_ids)))
    if choice == 8:
        return cmd.make_add_header(doc, "j1", Lane(id=f"l{rng.randrange(10**6)}", name="L"))
    kind, ids = rng.choice([("stage", stage_ids), ("lane", lane_ids)])
    return cmd.make_reorder(doc, "j1", kind, rng.choice(ids), rng.randrange(len(ids)))


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32), st.integers(1, 30))
def test_random_edits_all_undone_give_back_the_original(qapp: object, seed: int,
                                                        steps: int) -> None:
    doc = _doc()
    original = clone(doc.workspace)
    rng = random.Random(seed)
    for _ in range(steps):
        command = _random_command(doc, rng)
        if command is not None:
            doc.push(command)
    after = clone(doc.workspace)
    doc.undo_stack.setIndex(0)
    assert doc.workspace == original
    doc.undo_stack.setIndex(doc.undo_stack.count())
    assert doc.workspace == after
