"""Mermaid export keeps every card (issue 15, item 6): each lane is an actor, a `%%` note
says how emotions became Mermaid's 1-5 scores, and import puts the cards back in their
lanes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journey_editor.bridges import BridgeError
from journey_editor.bridges.mermaid import emotion_to_score, export_mermaid, mermaid_to_journey
from journey_editor.fileformat import read_workspace
from journey_editor.model.types import Card, Journey, Lane, Stage
from journey_editor.resources import resource_path

TEMPLATES = sorted(resource_path("templates").glob("*.journey"))
# Mermaid drops these lines before reading the diagram (diagram-api/comments.ts).
MERMAID_COMMENT = re.compile(r"^\s*%%(?!{)[^\n]+$")


def retail() -> Journey:
    return read_workspace(resource_path("templates", "retail.en.journey")).journeys[0]


def split(text: str) -> tuple[list[str], list[str]]:
    """The lines before `journey` and the tasks (lines under a section that are not one)."""
    lines = text.splitlines()
    start = lines.index("journey")
    tasks = [line for line in lines[start + 1:] if line.startswith("      ")]
    return lines[:start], tasks


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: path.name)
def test_every_card_is_a_task_whose_first_actor_is_its_lane(template: Path) -> None:
    for journey in read_workspace(template).journeys:
        _, tasks = split(export_mermaid(journey))
        assert len(tasks) == len(journey.cards)
        lane_names = {lane.id: lane.name for lane in journey.lanes}
        expected = sorted(lane_names[card.lane] for card in journey.cards)
        assert sorted(task.split(": ")[2].split(", ")[0] for task in tasks) == expected


def test_the_notes_on_top_say_how_emotion_maps_to_the_scores() -> None:
    notes, tasks = split(export_mermaid(retail()))
    assert len(tasks) == 50  # 21 touchpoints and 29 cards of the other lanes
    assert notes and all(MERMAID_COMMENT.match(line) for line in notes), notes
    scale = notes[1]
    for emotion in range(-3, 4):  # every emotion level is named with its score
        level = f"{emotion:+d}" if emotion else "0"
        assert re.search(rf"{re.escape(level)}( and [-+]\d)? -> {emotion_to_score(emotion)}",
                         scale), (level, scale)
    assert "without an emotion scores 3" in scale


def test_round_trip_keeps_lanes_and_which_cards_have_no_emotion() -> None:
    original = retail()
    back = mermaid_to_journey(export_mermaid(original), "retail.mmd")
    assert [ln.name for ln in back.lanes] == [ln.name for ln in original.lanes]
    assert any(ln.kind == "emotion" for ln in back.lanes)  # kept though it holds no card
    lanes = {ln.id: ln.name for ln in original.lanes}
    back_lanes = {ln.id: ln.name for ln in back.lanes}

    def by_title(journey: Journey, names: dict[str, str]) -> dict[str, tuple[str, object]]:
        return {c.title: (names[c.lane], c.emotion is None) for c in journey.cards}

    assert by_title(back, back_lanes) == by_title(original, lanes)
    scores = {c.title: emotion_to_score(c.emotion) for c in original.cards}
    assert {c.title: emotion_to_score(c.emotion) for c in back.cards} == scores


def test_lane_names_that_repeat_or_hold_commas_still_find_their_cards() -> None:
    lanes = [Lane(id="a", name="Web, app", kind="channel"), Lane(id="b", name="Web, app"),
             Lane(id="c", name="")]
    cards = [Card(id=f"k{i}", stage="s", lane=lane.id, title=f"Card {i}", owner="Ops, Sales")
             for i, lane in enumerate(lanes)]
    journey = Journey(id="j", name="J", stages=[Stage(id="s", name="S")], lanes=lanes,
                      cards=cards)
    back = mermaid_to_journey(export_mermaid(journey), "x.mmd")
    assert [ln.name for ln in back.lanes] == ["Web app", "Web app (2)", "Lane 3"]
    lane_of = {ln.id: i for i, ln in enumerate(back.lanes)}
    assert [(c.title, lane_of[c.lane], c.owner) for c in back.cards] == [
        ("Card 0", 0, "Ops, Sales"), ("Card 1", 1, "Ops, Sales"), ("Card 2", 2, "Ops, Sales")]


def test_a_task_naming_no_listed_lane_goes_to_touchpoints_with_all_its_actors() -> None:
    text = ("%% lane text goals customer: Goals\n"
            "journey\n  section A\n    Buy: 3: Goals, Me\n    Pay: 2: Me, Cat\n")
    back = mermaid_to_journey(text, "mixed.mmd")
    assert [(ln.name, ln.kind) for ln in back.lanes] == [("Goals", "text"),
                                                         ("Touchpoints", "channel")]
    assert [(c.title, c.lane == back.lanes[0].id, c.owner, c.emotion) for c in back.cards] == [
        ("Buy", True, "Me", None), ("Pay", False, "Me, Cat", -2)]


def test_a_lane_listed_twice_is_refused_naming_the_line() -> None:
    text = "%% lane text - customer: Notes\n%% lane channel - customer: Notes\njourney\n"
    with pytest.raises(BridgeError, match=r"^twice\.mmd: line 2: the lane 'Notes' is listed twice"):
        mermaid_to_journey(text, "twice.mmd")
