"""Comparing journeys and files: a hand-made pair with known differences, and `run_diff`."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest

from journey_editor.bridges.file_jobs import run_diff
from journey_editor.fileformat import JourneyFileError, save_workspace
from journey_editor.model.compare import (
    JourneyNotFound,
    compare,
    compare_workspaces,
    find_journey,
)
from journey_editor.model.compare_text import diff_text
from journey_editor.model.types import (
    Card,
    Comment,
    Connection,
    Journey,
    Lane,
    Stage,
    Workspace,
    clone,
    new_workspace,
)


def current() -> Journey:
    """Browse, Buy, Pay x Website, E-mail, Post (+ an emotion lane without set values)."""
    stages = [Stage(id="s1", name="Browse"), Stage(id="s2", name="Buy"), Stage(id="s3", name="Pay")]
    lanes = [Lane(id="web", name="Website", kind="channel"),
             Lane(id="mail", name="E-mail", kind="channel"),
             Lane(id="post", name="Post", kind="channel"),
             Lane(id="feel", name="Emotion", kind="emotion")]
    cards = [
        Card(id="c1", stage="s1", lane="web", title="Search", emotion=1),
        Card(id="c2", stage="s2", lane="web", title="Checkout", emotion=-2),
        Card(id="c3", stage="s3", lane="mail", title="Invoice", emotion=0),
        Card(id="c4", stage="s1", lane="mail", title="Newsletter", emotion=0),
    ]
    return Journey(id="j1", name="Shopping", stages=stages, lanes=lanes, cards=cards)


def future(journey: Journey) -> Journey:
    """One stage renamed, one card added, one removed, one moved, one field changed."""
    changed = clone(journey)
    changed.stages[0].name = "Discover"
    changed.cards.append(Card(id="c5", stage="s2", lane="web", title="Chat bot", emotion=2))
    changed.cards = [c for c in changed.cards if c.id != "c4"]
    invoice = next(c for c in changed.cards if c.id == "c3")
    invoice.lane = "post"
    next(c for c in changed.cards if c.id == "c2").emotion = 1
    return changed


EXPECTED = [
    "~ stage 'Browse' renamed to 'Discover'",
    "+ card 'Chat bot' in Buy / Website",
    "- card 'Newsletter' in Browse / E-mail",
    "> card 'Invoice' moved from Pay / E-mail to Pay / Post",
    "~ card 'Checkout': emotion -2 -> 1",
    "~ emotion Discover: +0.5 -> +1.0",  # mean(1, 0) -> 1
    "~ emotion Buy: -2.0 -> +1.5",  # -2 -> mean(1, 2)
]


def test_known_differences_are_listed_line_by_line() -> None:
    diff = compare(current(), future(current()))
    assert not diff.is_empty()
    assert diff_text(diff).splitlines() == EXPECTED


def test_json_carries_the_same_differences_for_machines() -> None:
    data = json.loads(compare(current(), future(current())).to_json())
    assert data["stages_renamed"] == [{"id": "s1", "old": "Browse", "new": "Discover"}]
    assert data["cards_added"] == [
        {"id": "c5", "title": "Chat bot", "stage": "Buy", "lane": "Website"}]
    assert [c["title"] for c in data["cards_removed"]] == ["Newsletter"]
    assert data["cards_moved"] == [{"id": "c3", "title": "Invoice", "from_stage": "Pay",
                                    "from_lane": "E-mail", "to_stage": "Pay", "to_lane": "Post"}]
    assert data["cards_changed"] == [{"id": "c2", "title": "Checkout", "field": "emotion",
                                      "old": -2, "new": 1}]
    assert data["emotions"] == [{"stage": "Discover", "old": 0.5, "new": 1.0},
                                {"stage": "Buy", "old": -2.0, "new": 1.5}]
    assert data["lanes_added"] == data["lanes_removed"] == data["fields"] == []


def test_identical_journeys_give_an_empty_diff() -> None:
    diff = compare(current(), current())
    assert diff.is_empty()
    assert diff_text(diff) == ""
    assert compare_workspaces(_workspace(current()), _workspace(current())).is_empty()


def _fresh_ids(journey: Journey) -> Journey:
    """The same map drawn again in another file: every id differs, the names do not."""
    raw = msgspec.to_builtins(journey)
    rename = {item["id"]: f"new-{item['id']}" for key in ("stages", "lanes", "cards")
              for item in raw[key]}
    for key in ("stages", "lanes", "cards"):
        for item in raw[key]:
            item["id"] = rename[item["id"]]
    for card in raw["cards"]:
        card["stage"], card["lane"] = rename[card["stage"]], rename[card["lane"]]
    return msgspec.convert(raw, Journey)


def test_items_with_other_ids_are_matched_by_name_and_by_title_in_lane() -> None:
    other = _fresh_ids(current())
    assert compare(current(), other).is_empty()
    next(c for c in other.cards if c.title == "Checkout").notes = "Two steps fewer"
    assert diff_text(compare(current(), other)).splitlines() == [
        "~ card 'Checkout': notes '' -> 'Two steps fewer'"]


def test_stages_and_lanes_added_and_removed() -> None:
    a = current()
    b = clone(a)
    b.stages.append(Stage(id="s4", name="Return"))
    b.lanes = [lane for lane in b.lanes if lane.id != "feel"]
    b.lanes[0].name = "Web shop"
    assert diff_text(compare(a, b)).splitlines() == [
        "+ stage 'Return'",
        "- lane 'Emotion'",
        "~ lane 'Website' renamed to 'Web shop'",
    ]


def test_values_read_well_in_a_terminal() -> None:
    a = current()
    b = clone(a)
    card = b.cards[0]
    card.notes = "line one\nline two " + "x" * 80
    card.key_touchpoint = True
    card.comments = [Comment(text="Confirmed", source="staff")]
    card.emotion = None
    b.state = "future"
    assert diff_text(compare(a, b)).splitlines() == [
        "~ journey: state 'current' -> 'future'",
        "~ card 'Search': notes '' -> "
        "'line one\\nline two xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'",
        "~ card 'Search': emotion 1 -> none",
        "~ card 'Search': key touchpoint no -> yes",  # field names read as words
        "~ card 'Search': comments 1 added: {\"text\":\"Confirmed\",\"source\":\"staff\"}",
        "~ emotion Browse: +0.5 -> 0.0",
    ]


def test_connections_added_and_removed_name_their_cards() -> None:
    a = current()
    a.connections = [Connection(id="l1", source="c1", target="c2")]
    b = clone(a)
    b.connections = [Connection(id="l2", source="c2", target="c3", label="then")]
    assert diff_text(compare(a, b)).splitlines() == [
        "+ link 'Checkout' -> 'Invoice' ('then')",
        "- link 'Search' -> 'Checkout'",
    ]


def test_emotion_set_on_the_emotion_lane_counts_and_an_empty_stage_reads_none() -> None:
    a = current()
    b = clone(a)
    b.lanes[3].emotion_values = {"s3": -1.5}
    b.cards = [c for c in b.cards if c.stage != "s2"]
    lines = diff_text(compare(a, b)).splitlines()
    assert "~ emotion Buy: -2.0 -> none" in lines
    assert "~ emotion Pay: 0.0 -> -1.5" in lines


def _workspace(*journeys: Journey) -> Workspace:
    return new_workspace("Map", journeys=list(journeys))


def test_workspaces_pair_journeys_by_id_then_name_and_list_the_others() -> None:
    a = _workspace(current(), Journey(id="j2", name="Returns"), Journey(id="j3", name="Old"))
    renamed_copy = clone(current())
    renamed_copy.id = "other-id"
    b = _workspace(renamed_copy, Journey(id="j4", name="Returns"), Journey(id="j5", name="New"),
                   Journey(id="j6", name="Newer"))
    diff = compare_workspaces(a, b)
    assert [(d.journey_a, d.journey_b) for d in diff.journeys] == [
        ("Shopping", "Shopping"), ("Returns", "Returns")]
    assert diff.journeys_added == ["New", "Newer"]
    assert diff.journeys_removed == ["Old"]
    # Between files, ids count: a merge pairs items by them.
    assert diff_text(diff).splitlines() == [
        "+ journey 'New'", "+ journey 'Newer'", "- journey 'Old'",
        "journey 'Shopping':", "  ~ journey: id 'j1' -> 'other-id'",
        "journey 'Returns':", "  ~ journey: id 'j2' -> 'j4'"]


def test_the_one_journey_of_each_file_is_compared_even_when_renamed() -> None:
    b = future(current())
    b.id, b.name = "j-future", "Shopping (future)"
    lines = diff_text(compare_workspaces(_workspace(current()), _workspace(b))).splitlines()
    assert lines[:3] == ["journey 'Shopping (future)':",
                         "  ~ journey: id 'j1' -> 'j-future'",
                         "  ~ journey: name 'Shopping' -> 'Shopping (future)'"]
    assert lines[3:] == ["  " + line for line in EXPECTED]


def test_a_chosen_journey_is_found_by_name_or_id() -> None:
    a = _workspace(current(), Journey(id="j2", name="Returns"))
    b = _workspace(future(current()), Journey(id="j2", name="Returns"))
    assert len(compare_workspaces(a, b, "Shopping").journeys) == 1
    assert not compare_workspaces(a, b, "j1").is_empty()
    assert compare_workspaces(a, b, "Returns").is_empty()
    with pytest.raises(JourneyNotFound, match="no journey named 'Nope' .*'Shopping', 'Returns'"):
        find_journey(a, "Nope")


@pytest.fixture
def two_files(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "current.journey", tmp_path / "future.journey"
    save_workspace(_workspace(current()), a)
    save_workspace(_workspace(future(current())), b)
    return a, b


def test_run_diff_reports_differences_with_status_1(two_files: tuple[Path, Path]) -> None:
    status, output = run_diff(*two_files)
    assert status == 1
    assert output.splitlines() == ["journey 'Shopping':", *("  " + line for line in EXPECTED)]


def test_run_diff_json_for_machines(two_files: tuple[Path, Path]) -> None:
    status, output = run_diff(*two_files, as_json=True)
    assert status == 1
    data = json.loads(output)
    assert data["journeys_added"] == data["journeys_removed"] == []
    assert data["journeys"][0]["cards_changed"][0]["field"] == "emotion"


def test_run_diff_of_identical_files_exits_0(two_files: tuple[Path, Path], tmp_path: Path) -> None:
    copy = tmp_path / "copy.journey"
    copy.write_bytes(two_files[0].read_bytes())
    assert run_diff(two_files[0], copy) == (0, "No differences\n")
    status, output = run_diff(two_files[0], copy, as_json=True)
    assert status == 0 and json.loads(output)["journeys"][0]["cards_added"] == []


def test_run_diff_names_the_file_that_lacks_the_journey(two_files: tuple[Path, Path],
                                                        tmp_path: Path) -> None:
    other = tmp_path / "other.journey"
    save_workspace(_workspace(Journey(id="x", name="Elsewhere")), other)
    assert run_diff(two_files[0], two_files[1], journey="Shopping")[0] == 1
    with pytest.raises(JourneyFileError, match=r"^other\.journey: no journey named 'Shopping'"):
        run_diff(two_files[0], other, journey="Shopping")


def test_run_diff_lets_loader_errors_through(two_files: tuple[Path, Path], tmp_path: Path) -> None:
    with pytest.raises(JourneyFileError, match=r"^missing\.journey: no such file$"):
        run_diff(two_files[0], tmp_path / "missing.journey")


def test_every_other_field_reads_as_words_with_its_item() -> None:
    from journey_editor.model.types import ChecklistItem, Metric, Voting

    a = current()
    a.checklist = [ChecklistItem(question="q-goal")]
    b = clone(a)
    b.checklist[0].answer = "yes"
    b.voting = Voting(participants=["Ann"])
    b.stages[1].phase = "during"
    b.lanes[3].emotion_values = {"s3": -1.5}  # keyed by stage id, shown by stage name
    b.cards[0].votes = {"Ann": 2}
    b.cards[1].metrics = [Metric(name="NPS", value=30)]
    b.cards[1].notes = "x" * 70 + " the end"  # alike at first: shown where they differ
    a.cards[1].notes = "x" * 70 + " the start"
    lines = diff_text(compare(a, b)).splitlines()
    assert lines == [
        "~ journey: checklist 'q-goal' answer 'unchecked' -> 'yes'",
        "~ journey: voting none -> {\"participants\":[\"Ann\"]}",
        "~ card 'Search': votes 'Ann' added: 2",
        "~ card 'Checkout': notes '…xxxxxxxxxx the start' -> '…xxxxxxxxxx the end'",
        "~ card 'Checkout': metrics 1 added: {\"name\":\"NPS\",\"value\":30}",
        "~ emotion Pay: 0.0 -> -1.5",
        "~ stage 'Buy': phase none -> 'during'",
        "~ lane 'Emotion': emotion values 'Pay' added: -1.5",
    ]


def test_order_changes_are_differences() -> None:
    a = current()
    a.cards.append(Card(id="c6", stage="s1", lane="web", title="Filter"))
    b = clone(a)
    b.stages.reverse()
    b.cards[0], b.cards[4] = b.cards[4], b.cards[0]  # Search and Filter share a cell
    assert diff_text(compare(a, b)).splitlines()[-2:] == [
        "~ stages in another order: 'Pay', 'Buy', 'Browse'",
        "~ cards in another order in Browse / Website: 'Filter', 'Search'",
    ]
    c = clone(a)
    c.cards[0], c.cards[1] = c.cards[1], c.cards[0]  # cells keep their order, the file not
    assert diff_text(compare(a, c)).splitlines() == [
        "~ cards in another order in the file (each cell keeps its order)"]


def test_ids_count_between_files_not_between_journeys_of_one_map() -> None:
    other = _fresh_ids(current())
    assert compare(current(), other).is_empty()  # a copy in the same map
    lines = diff_text(compare_workspaces(_workspace(current()), _workspace(other))).splitlines()
    assert lines[0] == "journey 'Shopping':"
    assert "  ~ stage 'Browse': id 's1' -> 'new-s1'" in lines
    assert "  ~ card 'Search': id 'c1' -> 'new-c1'" in lines
    assert len(lines) == 1 + 3 + 4 + 4  # each stage, lane and card once


def test_personas_added_removed_and_changed() -> None:
    from journey_editor.model.types import Persona

    a = new_workspace("Map", personas=[Persona(id="p1", name="Anna"), Persona(id="p2", name="Bo")])
    b = clone(a)
    b.personas = [Persona(id="p1", name="Anna", quote="Fast, please"), Persona(id="p3", name="Cy")]
    assert diff_text(compare_workspaces(a, b)).splitlines() == [
        "+ persona 'Cy'",
        "- persona 'Bo'",
        "~ persona 'Anna': quote '' -> 'Fast, please'",
    ]
