"""Resolving merge conflicts in the editor: each pick is one undoable command that sets
the chosen side's value and takes the conflict off the map's list."""

from __future__ import annotations

from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.fileformat import encode_workspace, parse_workspace
from journey_editor.model.conflicts import conflicts_of
from journey_editor.model.merge import merge
from journey_editor.model.types import Card, Workspace, clone
from tests.factories import small_workspace


def _merged(edit_ours, edit_theirs) -> Document:  # type: ignore[no-untyped-def]
    base = small_workspace()
    ours, theirs = clone(base), clone(base)
    edit_ours(ours)
    edit_theirs(theirs)
    return Document(merge(base, ours, theirs).workspace)


def _card(workspace: Workspace, card_id: str) -> Card | None:
    return next((c for c in workspace.journeys[0].cards if c.id == card_id), None)


def _retitle(title: str):  # type: ignore[no-untyped-def]
    return lambda w: setattr(w.journeys[0].cards[0], "title", title)


def test_keep_theirs_sets_their_value_and_undo_brings_the_conflict_back() -> None:
    document = _merged(_retitle("Banner"), _retitle("Poster"))
    assert edit_facade.resolve_conflict(document, 0, "theirs")
    assert _card(document.workspace, "a").title == "Poster"  # type: ignore[union-attr]
    assert conflicts_of(document.workspace) == []
    assert b'"conflicts"' not in encode_workspace(document.workspace)
    document.undo_stack.undo()
    assert _card(document.workspace, "a").title == "Banner"  # type: ignore[union-attr]
    assert [c.theirs for c in conflicts_of(document.workspace)] == ["Poster"]


def test_keep_ours_of_a_vote_removes_the_vote_theirs_added_back() -> None:
    def ours(w: Workspace) -> None:
        del w.journeys[0].cards[1].votes["Ann"]

    def theirs(w: Workspace) -> None:
        w.journeys[0].cards[1].votes["Ann"] = 5

    document = _merged(ours, theirs)
    assert edit_facade.resolve_conflict(document, 0, "theirs")
    assert _card(document.workspace, "b").votes == {"Bo": 1, "Ann": 5}  # type: ignore[union-attr]
    document.undo_stack.undo()
    assert edit_facade.resolve_conflict(document, 0, "ours")
    assert _card(document.workspace, "b").votes == {"Bo": 1}  # type: ignore[union-attr]


def test_keep_ours_of_a_deleted_stage_deletes_it_with_its_cards_in_one_undo() -> None:
    def ours(w: Workspace) -> None:
        journey = w.journeys[0]
        journey.stages = [s for s in journey.stages if s.id != "after"]
        journey.cards = [c for c in journey.cards if c.stage != "after"]
        journey.connections = [c for c in journey.connections if c.id != "bc"]
        journey.lanes[2].emotion_values = {}

    def theirs(w: Workspace) -> None:
        w.journeys[0].cards.append(Card(id="n", stage="after", lane="goals", title="Review"))

    document = _merged(ours, theirs)
    conflicts = conflicts_of(document.workspace)
    assert [(c.kind, c.item) for c in conflicts] == [("stage", "after")]
    before = encode_workspace(document.workspace)
    assert edit_facade.resolve_conflict(document, 0, "ours")
    journey = document.workspace.journeys[0]
    assert [s.id for s in journey.stages] == ["before", "during"]
    assert _card(document.workspace, "n") is None
    parse_workspace(encode_workspace(document.workspace), "resolved.journey")
    document.undo_stack.undo()
    assert encode_workspace(document.workspace) == before


def test_keep_theirs_of_a_stage_order_moves_the_stages() -> None:
    def ours(w: Workspace) -> None:
        w.journeys[0].stages.reverse()

    def theirs(w: Workspace) -> None:
        stages = w.journeys[0].stages
        stages.append(stages.pop(0))

    document = _merged(ours, theirs)
    assert edit_facade.resolve_conflict(document, 0, "theirs")
    assert [s.id for s in document.workspace.journeys[0].stages] == ["during", "after", "before"]
    document.undo_stack.undo()
    assert [s.id for s in document.workspace.journeys[0].stages] == ["after", "during", "before"]


def test_a_value_that_no_longer_fits_the_map_is_refused_and_the_map_kept() -> None:
    document = _merged(_retitle("Banner"), _retitle("Poster"))
    conflict = conflicts_of(document.workspace)[0]
    conflict.field, conflict.theirs = "stage", "no-such-stage"  # as a hand-edited file might
    before = encode_workspace(document.workspace)
    assert edit_facade.resolve_conflict(document, 0, "theirs") is edit_facade.Outcome.UNCHANGED
    assert encode_workspace(document.workspace) == before
    assert document.undo_stack.count() == 0
