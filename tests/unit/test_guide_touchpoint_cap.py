"""A guide never asks about more than `MAX_TOUCHPOINTS` touchpoints, however many stages
the map has, and says in one line what it left out; each stage whose touchpoints were
left out says so instead of claiming it has none."""

from __future__ import annotations

import re

import pytest

from journey_editor.export.guide_blocks import (
    MAX_TOUCHPOINTS,
    Block,
    Guide,
    Heading,
    Para,
    touchpoints_by_stage,
)
from journey_editor.export.guide_content import interview_guide
from journey_editor.export.guide_survey import survey_guide
from journey_editor.i18n import translate_in
from journey_editor.model.types import Journey, Workspace
from tests.benchmarks.bigmap import big_workspace

LEFT_OUT = ("This guide leaves out the touchpoints of this stage (see the note at the start): "
            "ask where the customer met us.")
NONE_YET = "No touchpoints in this stage yet: ask where the customer met us."


def many_stages(stages: int, key_every: int = 0, language: str = "en") -> Workspace:
    """A map of `stages` stages, four touchpoints each (and four cards in other lanes);
    every `key_every`-th card marked key."""
    workspace = big_workspace(stages * 8, 0, stages=stages, lanes=8)
    journey = workspace.journeys[0]
    journey.language = language  # type: ignore[assignment]  # a MapLanguage
    for number, card in enumerate(journey.cards):
        card.key_touchpoint = bool(key_every) and number % key_every == 0
    return workspace


def sections(blocks: list[Block]) -> list[Heading]:
    return [b for b in blocks if isinstance(b, Heading) and b.level == 3]


def numbers(text: str) -> list[int]:
    return [int(found) for found in re.findall(r"\d+", text)]


@pytest.mark.parametrize(("stages", "key_every"), [(41, 0), (60, 0), (120, 0), (120, 2),
                                                   (200, 1)])
def test_the_cap_holds_whatever_the_number_of_stages(stages: int, key_every: int) -> None:
    workspace = many_stages(stages, key_every)
    journey = workspace.journeys[0]
    every = touchpoints_by_stage(journey)
    total = sum(len([p for p in points if p[0].key_touchpoint or not key_every])
                for points in every)
    guide = interview_guide(workspace, journey)
    asked = sections(guide.blocks)
    assert len(asked) == MAX_TOUCHPOINTS < total
    notes = [b.text for b in guide.blocks if isinstance(b, Para) and "too many" in b.text]
    assert len(notes) == 1 and "\n" not in notes[0]
    assert numbers(notes[0]) == [total, stages, MAX_TOUCHPOINTS, total - MAX_TOUCHPOINTS]
    said = [b.text for b in guide.blocks if isinstance(b, Para)]
    with_touchpoints = sum(1 for points in every if points)
    assert said.count(LEFT_OUT) == with_touchpoints - MAX_TOUCHPOINTS
    assert NONE_YET not in said


def stage_of_each_section(guide: Guide, journey: Journey) -> list[int]:
    """The index of the stage each touchpoint section is under."""
    names = {stage.name: index for index, stage in enumerate(journey.stages)}
    found, current = [], -1
    for block in guide.blocks:
        if isinstance(block, Heading) and block.level == 1 and block.text in names:
            current = names[block.text]
        elif isinstance(block, Heading) and block.level == 3:
            found.append(current)
    return found


def test_the_touchpoints_asked_about_are_spread_over_the_whole_journey() -> None:
    workspace = many_stages(100)
    journey = workspace.journeys[0]
    asked = stage_of_each_section(interview_guide(workspace, journey), journey)
    assert asked[0] == 0 and asked[-1] == len(journey.stages) - 1
    gaps = [after - before for before, after in zip(asked, asked[1:], strict=False)]
    assert max(gaps) - min(gaps) <= 1


def test_the_survey_keeps_the_cap_too() -> None:
    workspace = many_stages(90, key_every=2)  # key touchpoints in 45 stages
    journey = workspace.journeys[0]
    guide = survey_guide(journey)
    assert len(sections(guide.blocks)) == MAX_TOUCHPOINTS
    assert any("leaves out the other" in b.text for b in guide.blocks if isinstance(b, Para))


def test_the_note_is_in_the_maps_language() -> None:
    workspace = many_stages(50, language="nl")
    guide = interview_guide(workspace, workspace.journeys[0])
    said = [b.text for b in guide.blocks if isinstance(b, Para)]
    assert translate_in("nl", "Guide", LEFT_OUT) in said and LEFT_OUT not in said
    note = next(text for text in said if "fasen" in text)
    assert numbers(note)[1:] == [50, MAX_TOUCHPOINTS, 200 - MAX_TOUCHPOINTS]


def test_a_map_under_the_cap_keeps_its_honest_empty_stages() -> None:
    workspace = many_stages(5)
    journey = workspace.journeys[0]
    journey.cards = [c for c in journey.cards if c.stage != journey.stages[2].id]
    said = [b.text for b in interview_guide(workspace, journey).blocks if isinstance(b, Para)]
    assert said.count(NONE_YET) == 1 and LEFT_OUT not in said
