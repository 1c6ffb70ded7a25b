"""Copies of journeys without Qt: fresh ids, references remapped, content unchanged."""

from __future__ import annotations

import msgspec

from journey_editor.fileformat.integrity import first_problem
from journey_editor.model.journeys import (
    blank_from,
    capped_name,
    copy_with_fresh_ids,
    future_state_of,
    journeys_based_on,
    journeys_with_persona,
)
from journey_editor.model.types import Journey, clone
from tests.factories import small_journey, small_workspace


def _without_ids(journey: Journey) -> dict[str, object]:
    """The journey's content with every id replaced by its position, for comparison."""
    data = msgspec.to_builtins(journey)
    position = {item["id"]: f"{kind}{i}" for kind in ("stages", "lanes", "cards", "connections")
                for i, item in enumerate(data[kind])}
    for card in data["cards"]:
        card.update(id=position[card["id"]], stage=position[card["stage"]],
                    lane=position[card["lane"]])
    for link in data["connections"]:
        link.update(id=position[link["id"]], source=position[link["source"]],
                    target=position[link["target"]])
    for item in data["stages"] + data["lanes"]:
        item["id"] = position[item["id"]]
    for lane in data["lanes"]:
        lane["emotion_values"] = {position[k]: v for k, v in lane.get("emotion_values", {}).items()}
    data.pop("id")
    return data


def all_ids(journey: Journey) -> list[str]:
    """The journey's own id and every id inside it."""
    return [journey.id] + [item.id for items in (journey.stages, journey.lanes, journey.cards,
                                                 journey.connections) for item in items]


def test_copy_has_all_new_unique_ids() -> None:
    original = small_journey()
    copy = copy_with_fresh_ids(original)
    old, new = all_ids(original), all_ids(copy)
    assert len(new) == len(old) == len(set(new))
    assert not set(new) & set(old)


def test_copy_remaps_cells_connections_and_emotion_values() -> None:
    original = small_journey()
    copy = copy_with_fresh_ids(original)
    stages = {s.id for s in copy.stages}
    lanes = {lane.id for lane in copy.lanes}
    cards = {c.id for c in copy.cards}
    assert all(c.stage in stages and c.lane in lanes for c in copy.cards)
    assert all(link.source in cards and link.target in cards for link in copy.connections)
    assert copy.lanes[2].emotion_values == {copy.stages[2].id: 2.0}
    by_title = {c.title: c.id for c in copy.cards}
    assert [(link.source, link.target) for link in copy.connections] == [
        (by_title["Ad"], by_title["Checkout"]), (by_title["Checkout"], by_title["Invoice"])]


def test_copy_has_equal_content_and_leaves_the_original_alone() -> None:
    original = small_journey()
    before = clone(original)
    copy = copy_with_fresh_ids(original, "Another name")
    assert original == before
    assert copy.name == "Another name"
    assert _without_ids(copy) | {"name": original.name} == _without_ids(original)
    copy.cards[0].title = "changed"
    assert original.cards[0].title == "Ad"  # a deep copy: nothing shared


def test_copy_in_a_workspace_passes_the_integrity_checks() -> None:
    workspace = small_workspace()
    workspace.journeys.append(copy_with_fresh_ids(workspace.journeys[0]))
    assert first_problem(workspace) is None


def test_future_state_keeps_inner_ids_and_links_to_its_source() -> None:
    workspace = small_workspace()
    source = workspace.journeys[0]
    future = future_state_of(source, "Later")
    assert (future.state, future.based_on, future.name) == ("future", source.id, "Later")
    assert future.id != source.id
    assert all_ids(future)[1:] == all_ids(source)[1:]  # the compare matches cards by id
    assert msgspec.structs.replace(future, id=source.id, name=source.name, state="current",
                                   based_on=None) == source
    workspace.journeys.append(future)
    assert first_problem(workspace) is None  # ids need only be unique within a journey


def test_blank_keeps_the_grid_and_drops_the_content() -> None:
    blank = blank_from(small_journey(), "Empty")
    assert [s.name for s in blank.stages] == ["Before", "During", "After"]
    assert [lane.name for lane in blank.lanes] == ["Goals", "Website", "Emotion"]
    assert (blank.cards, blank.connections, blank.persona, blank.name) == ([], [], None, "Empty")
    assert all(lane.emotion_values == {} for lane in blank.lanes)


def test_reference_queries() -> None:
    workspace = small_workspace()
    workspace.journeys.append(future_state_of(workspace.journeys[0], "Later"))
    assert [j.name for j in journeys_with_persona(workspace, "p1")] == ["Buying a gift", "Later"]
    assert [j.name for j in journeys_based_on(workspace, "j1")] == ["Later"]
    assert journeys_based_on(workspace, "nothing") == []


def test_capped_name_fits_the_limit() -> None:
    assert capped_name("Trip", "{0} (copy)", 500) == "Trip (copy)"
    assert capped_name("Trip", "Kopia av {0}", 500) == "Kopia av Trip"
    long = capped_name("x" * 600, "{0} (copy)", 500)
    assert len(long) == 500 and long.endswith("x… (copy)")
