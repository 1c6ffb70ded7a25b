"""Good defaults decided without Qt: where a new stage or lane belongs, the blank template."""

from __future__ import annotations

import pytest

from journey_editor.layout.engine import lay_out
from journey_editor.model.ops import like_neighbour
from journey_editor.model.types import Journey, Lane, Stage
from journey_editor.templates import list_templates, new_from_template
from tests.factories import small_journey


def _blueprint() -> Journey:
    """Customer, frontstage, backstage and support lanes, in that order."""
    journey = small_journey()
    journey.lanes += [Lane(id="team", name="Team", zone="backstage"),
                      Lane(id="crm", name="CRM", zone="support")]
    return journey


@pytest.mark.parametrize(("index", "phase"), [(1, "before"), (2, "during"), (3, "after"),
                                              (None, "after"), (0, "before")])
def test_a_new_stage_takes_the_phase_of_the_stage_before_its_place(
        index: int | None, phase: str) -> None:
    stage = like_neighbour(small_journey(), Stage(id="new", name="New"), index)
    assert stage.phase == phase
    assert (stage.id, stage.name) == ("new", "New")


@pytest.mark.parametrize(("index", "zone"), [(1, "customer"), (2, "frontstage"),
                                             (4, "backstage"), (None, "support"),
                                             (0, "customer"), (99, "support")])
def test_a_new_lane_takes_the_zone_of_the_lane_before_its_place(
        index: int | None, zone: str) -> None:
    lane = like_neighbour(_blueprint(), Lane(id="new", name="New"), index)
    assert lane.zone == zone


def test_the_first_stage_or_lane_of_an_empty_journey_keeps_its_own_values() -> None:
    empty = Journey(id="j", name="Empty")
    assert like_neighbour(empty, Stage(id="s", name="S", phase="during"), None).phase == "during"
    assert like_neighbour(empty, Lane(id="l", name="L", zone="backstage"), 0).zone == "backstage"


@pytest.mark.parametrize("language", sorted({t.language for t in list_templates()}))
def test_the_blank_template_names_its_stages_apart_from_their_phase(language: str) -> None:
    """Each stage header shows the stage's name and, below it, its phase: the same words
    twice tell the room nothing."""
    journey = new_from_template("blank", language).journeys[0]
    headers = lay_out(journey).stage_headers
    assert len(headers) == 3 and all(h.subtitle is not None for h in headers)
    for header in headers:
        assert header.subtitle is not None
        name, phase = " ".join(header.text.lines), " ".join(header.subtitle.lines)
        assert name.casefold() != phase.casefold()
    assert [s.phase for s in journey.stages] == ["before", "during", "after"]
