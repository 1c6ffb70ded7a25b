"""Three-way merge of maps by stable ids (model.merge): what combines, what conflicts."""

from __future__ import annotations

import msgspec

from journey_editor.fileformat import encode_workspace, parse_workspace
from journey_editor.model.conflicts import conflicts_of
from journey_editor.model.merge import merge
from journey_editor.model.types import Card, Comment, Stage, Workspace, clone
from tests.factories import small_workspace


def _sides() -> tuple[Workspace, Workspace, Workspace]:
    base = small_workspace()
    return base, clone(base), clone(base)


def _card(workspace: Workspace, card_id: str) -> Card:
    return next(c for c in workspace.journeys[0].cards if c.id == card_id)


def _where(workspace: Workspace) -> list[tuple[str, str, str]]:
    return [(c.kind, c.item, c.field) for c in conflicts_of(workspace)]


def test_edits_of_different_fields_and_items_combine_without_conflict() -> None:
    base, ours, theirs = _sides()
    _card(ours, "a").title = "Banner ad"
    _card(theirs, "a").notes = "Runs in May"
    _card(theirs, "c").emotion = -1
    ours.journeys[0].cards.append(Card(id="n1", stage="during", lane="goals", title="Pay"))
    theirs.journeys[0].cards.append(Card(id="n2", stage="after", lane="goals", title="Review"))
    theirs.title = "Gift map"
    merged = merge(base, ours, theirs).workspace
    assert (_card(merged, "a").title, _card(merged, "a").notes) == ("Banner ad", "Runs in May")
    assert _card(merged, "c").emotion == -1
    assert [c.id for c in merged.journeys[0].cards][-2:] == ["n1", "n2"]
    assert merged.title == "Gift map"
    assert conflicts_of(merged) == []
    assert b'"conflicts"' not in encode_workspace(merged)


def test_votes_of_different_people_combine_and_the_same_person_conflicts() -> None:
    base, ours, theirs = _sides()
    _card(ours, "b").votes.update(Cy=1, Ann=3)
    _card(theirs, "b").votes.update(Di=2, Ann=4)
    merged = merge(base, ours, theirs).workspace
    assert _card(merged, "b").votes == {"Ann": 3, "Bo": 1, "Cy": 1, "Di": 2}
    [conflict] = conflicts_of(merged)
    assert (conflict.kind, conflict.journey, conflict.item, conflict.field) == (
        "card", "j1", "b", 'votes["Ann"]')
    assert (conflict.base, conflict.ours, conflict.theirs) == (2, 3, 4)


def test_the_same_field_changed_differently_is_a_conflict_holding_all_three_values() -> None:
    base, ours, theirs = _sides()
    _card(ours, "a").title = "Banner"
    _card(theirs, "a").title = "Poster"
    result = merge(base, ours, theirs, "main", "workshop")
    assert _card(result.workspace, "a").title == "Banner"  # ours stays until someone picks
    [conflict] = result.conflicts
    assert (conflict.base, conflict.ours, conflict.theirs) == ("Ad", "Banner", "Poster")
    assert (conflict.ours_label, conflict.theirs_label) == ("main", "workshop")


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    base, ours, theirs = _sides()
    for side in (ours, theirs):
        _card(side, "a").title = "Banner"
        side.journeys[0].checklist = []
    assert merge(base, ours, theirs).conflicts == []


def test_a_delete_on_one_side_with_no_edit_on_the_other_deletes() -> None:
    base, ours, theirs = _sides()
    theirs.journeys[0].cards = [c for c in theirs.journeys[0].cards if c.id != "g"]
    _card(ours, "a").title = "Banner"
    merged = merge(base, ours, theirs).workspace
    assert [c.id for c in merged.journeys[0].cards] == ["a", "b", "c"]
    assert conflicts_of(merged) == []


def test_delete_against_edit_keeps_the_item_and_names_the_conflict() -> None:
    base, ours, theirs = _sides()
    ours.journeys[0].cards = [c for c in ours.journeys[0].cards if c.id != "g"]
    _card(theirs, "g").title = "Find a present"
    merged = merge(base, ours, theirs).workspace
    assert _card(merged, "g").title == "Find a present"
    [conflict] = conflicts_of(merged)
    assert (conflict.kind, conflict.item, conflict.field, conflict.ours) == ("card", "g", "", None)
    assert conflict.theirs["title"] == "Find a present"


def test_a_stage_deleted_while_the_other_side_adds_a_card_to_it_comes_back_as_a_conflict() -> None:
    base, ours, theirs = _sides()
    journey = ours.journeys[0]
    journey.stages = [s for s in journey.stages if s.id != "during"]
    journey.cards = [c for c in journey.cards if c.stage != "during"]
    journey.connections = []
    theirs.journeys[0].cards.append(Card(id="n", stage="during", lane="goals", title="Pay"))
    merged = merge(base, ours, theirs).workspace
    parse_workspace(encode_workspace(merged), "merged.journey")  # the reader accepts it
    assert [s.id for s in merged.journeys[0].stages] == ["before", "during", "after"]
    assert [c.id for c in merged.journeys[0].cards] == ["a", "c", "g", "n"]
    assert _where(merged) == [("stage", "during", "")]


def test_a_stage_added_by_theirs_lands_after_its_neighbour_in_our_new_order() -> None:
    base, ours, theirs = _sides()
    ours.journeys[0].stages.reverse()
    theirs.journeys[0].stages.insert(1, Stage(id="pay", name="Pay"))
    merged = merge(base, ours, theirs).workspace
    assert [s.id for s in merged.journeys[0].stages] == ["after", "during", "before", "pay"]
    assert conflicts_of(merged) == []


def test_two_different_reorders_are_a_conflict_and_ours_is_kept() -> None:
    base, ours, theirs = _sides()
    ours.journeys[0].stages.reverse()
    stages = theirs.journeys[0].stages
    stages.append(stages.pop(0))
    merged = merge(base, ours, theirs).workspace
    assert [s.id for s in merged.journeys[0].stages] == ["after", "during", "before"]
    assert _where(merged) == [("journey", "j1", "stages[order]")]
    assert conflicts_of(merged)[0].theirs == ["during", "after", "before"]


def test_comments_both_sides_added_are_all_kept() -> None:
    base, ours, theirs = _sides()
    _card(ours, "b").comments.append(Comment(text="Slow on mobile"))
    _card(theirs, "b").comments.append(Comment(text="Card declined"))
    merged = merge(base, ours, theirs).workspace
    assert [c.text for c in _card(merged, "b").comments] == [
        "Confirmed", "Slow on mobile", "Card declined"]


def test_the_sides_are_not_changed_by_merging() -> None:
    base, ours, theirs = _sides()
    ours.journeys[0].stages = [s for s in ours.journeys[0].stages if s.id != "during"]
    ours.journeys[0].cards = [c for c in ours.journeys[0].cards if c.stage != "during"]
    ours.journeys[0].connections = []
    theirs.journeys[0].cards.append(Card(id="n", stage="during", lane="goals"))
    before = [msgspec.json.encode(side) for side in (base, ours, theirs)]
    merge(base, ours, theirs)
    assert [msgspec.json.encode(side) for side in (base, ours, theirs)] == before


def test_a_merged_file_with_conflicts_opens_and_keeps_them() -> None:
    base, ours, theirs = _sides()
    ours.personas[0].quote = "Now!"
    theirs.personas[0].quote = "Later"
    merged = merge(base, ours, theirs).workspace
    reread = parse_workspace(encode_workspace(merged), "merged.journey")
    assert _where(reread) == [("persona", "p1", "quote")]
    assert conflicts_of(reread)[0].journey is None


def test_unresolved_conflicts_of_either_side_are_kept_once() -> None:
    base, ours, theirs = _sides()
    _card(ours, "a").title = "Banner"
    _card(theirs, "a").title = "Poster"
    first = merge(base, ours, theirs).workspace
    again = merge(base, first, clone(first)).workspace
    assert _where(again) == [("card", "a", "title")]


def test_two_ends_moved_onto_one_card_keep_our_connection_as_a_conflict() -> None:
    base, ours, theirs = _sides()
    ours.journeys[0].connections[0].source = "c"  # ab: a -> b becomes c -> b
    theirs.journeys[0].connections[0].target = "c"  # and a -> c
    merged = merge(base, ours, theirs).workspace
    parse_workspace(encode_workspace(merged), "merged.journey")  # no card joined to itself
    link = merged.journeys[0].connections[0]
    assert (link.source, link.target) == ("c", "b")
    assert _where(merged) == [("connection", "ab", "")]
