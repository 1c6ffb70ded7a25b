from journey_editor.model.types import Card, clone, new_id, new_workspace
from tests.factories import small_workspace


def test_new_workspace_has_marker_version_and_nothing_else() -> None:
    workspace = new_workspace()
    assert (workspace.format, workspace.version) == ("journey-editor", 2)
    assert workspace.journeys == [] and workspace.personas == [] and workspace.revisions == []


def test_card_defaults_are_a_draft_owned_direct_touchpoint_without_emotion() -> None:
    card = Card(id="c", stage="s", lane="l")
    assert (card.status, card.control, card.direct, card.emotion) == ("draft", "owned", True, None)
    assert card.votes == {} and card.vote_total == 0 and card.metrics == []


def test_vote_total_adds_every_participants_dots() -> None:
    assert Card(id="c", stage="s", lane="l", votes={"Ann": 2, "Bo": 3}).vote_total == 5


def test_new_ids_are_unique_and_valid() -> None:
    ids = {new_id("card") for _ in range(10_000)}
    assert len(ids) == 10_000
    assert all(i.startswith("card-") and len(i) == 17 for i in ids)


def test_clone_is_equal_and_independent() -> None:
    original = small_workspace()
    copy = clone(original)
    assert copy == original
    copy.journeys[0].cards[0].title = "Changed"
    copy.journeys[0].cards[1].votes["Ann"] = 9
    assert original.journeys[0].cards[0].title == "Ad"
    assert original.journeys[0].cards[1].votes["Ann"] == 2


def test_lookup_by_id() -> None:
    workspace = small_workspace()
    assert workspace.journey("j1").name == "Buying a gift"
    assert workspace.persona("p1").name == "Ann"
