"""Issue 14 item 4: edits go through the edit facade, a save's revision through the editor.

The facade is what the canvas and the panels call; what a user notices is the undo
history it leaves and what a read-only map refuses. The window's side of both is covered
by the window, inspector and panel tests that drive the widgets.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.editor.edit_facade import Outcome
from journey_editor.editor.saving import save_with_revision
from journey_editor.fileformat import SaveError, read_workspace
from journey_editor.model.types import Revision, Voting
from tests.factories import small_workspace


@pytest.fixture
def document() -> Document:
    return Document(small_workspace())


def _revision(summary: str) -> Revision:
    return Revision(date=dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC), author="ann",
                    summary=summary)


def test_an_edit_is_one_undo_step_and_the_same_value_none(document: Document) -> None:
    assert edit_facade.rename(document, "j1", "card", "a", "Poster") is Outcome.DONE
    assert document.find("j1", "card", "a").title == "Poster"  # type: ignore[union-attr]
    assert edit_facade.rename(document, "j1", "card", "a", "Poster") is Outcome.UNCHANGED
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.find("j1", "card", "a").title == "Ad"  # type: ignore[union-attr]


def test_a_read_only_map_refuses_and_says_so(document: Document) -> None:
    document.read_only = True
    refused: list[str] = []
    document.refused.connect(refused.append)
    assert edit_facade.move_cards(document, "j1", [("a", "after", "web")]) is Outcome.REFUSED
    assert not edit_facade.move_cards(document, "j1", [("a", "after", "web")])
    assert edit_facade.add_journey(document, 1, "en") is None
    assert document.find("j1", "card", "a").stage == "before"  # type: ignore[union-attr]
    assert len(document.workspace.journeys) == 1 and document.undo_stack.count() == 0
    assert len(refused) == 3 and refused[0]  # the edit's name, for the status bar


def test_adding_a_journey_gives_its_id_and_undo_takes_it_away(document: Document) -> None:
    new_id = edit_facade.add_journey(document, 1, "en")
    assert new_id is not None and [j.id for j in document.workspace.journeys][1] == new_id
    copy_id = edit_facade.duplicate_journey(document, "j1")
    assert copy_id not in (None, "j1", new_id)
    assert len(document.workspace.journeys) == 3
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert [j.id for j in document.workspace.journeys] == ["j1"]


def test_a_voting_round_that_clears_the_dots_is_one_step(document: Document) -> None:
    round_ = Voting(participants=["Ann", "Bo"], dots_per_participant=3)
    assert edit_facade.set_voting_round(document, "j1", round_, True, "Set up dot voting")
    assert all(not c.votes for c in document.journey("j1").cards)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.find("j1", "card", "b").votes == {"Ann": 2, "Bo": 1}  # type: ignore[union-attr]


def test_a_saved_revision_is_in_the_file_and_not_an_undo_step(
        document: Document, tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    save_with_revision(document, path, _revision("After the workshop"))
    assert [r.summary for r in read_workspace(path).revisions][-1] == "After the workshop"
    assert document.undo_stack.count() == 0 and not document.modified


def test_a_failed_save_keeps_no_revision(document: Document, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    before = list(document.workspace.revisions)
    with pytest.raises(SaveError):
        save_with_revision(document, blocker / "map.journey", _revision("Lost"))
    assert document.workspace.revisions == before
