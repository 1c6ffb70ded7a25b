"""The layout engine on maps a file may hold but the editor would not make itself."""

from __future__ import annotations

from journey_editor.layout import textmetrics
from journey_editor.layout.engine import DEFAULT_STYLE, lay_out
from journey_editor.model.types import Card
from tests.factories import small_journey


def test_a_stage_narrower_than_a_card_still_holds_readable_cards() -> None:
    journey = small_journey()
    journey.stages[0].width = 10.0  # the smallest the format allows
    layout = lay_out(journey)
    x, width = layout.columns["before"]
    assert width >= DEFAULT_STYLE.min_stage_width
    card = layout.cards["a"].rect
    assert card.w > 0 and x <= card.x and card.x + card.w <= x + width
    assert layout.cards["a"].title.lines == ("Ad",)  # not one letter per line


def test_an_empty_lane_is_tall_enough_for_a_three_line_name() -> None:
    journey = small_journey()
    journey.lanes[0].name = "Questions the customer asks before buying anything at all"
    journey.cards = [c for c in journey.cards if c.lane != "goals"]
    journey.lanes[0].height = 10.0
    layout = lay_out(journey)
    header = next(h for h in layout.lane_headers if h.id == "goals")
    assert len(header.text.lines) == 3
    assert header.subtitle is not None
    text_bottom = header.subtitle.y + textmetrics.line_height(header.subtitle.size)
    assert text_bottom <= header.rect.y + header.rect.h


def test_a_lane_grows_to_fit_its_tallest_cell() -> None:
    journey = small_journey()
    journey.cards += [Card(id=f"n{i}", stage="before", lane="goals", title=f"Note {i}")
                      for i in range(6)]
    layout = lay_out(journey)
    y, height = layout.rows["goals"]
    bottoms = [b.rect.y + b.rect.h for b in layout.cards.values() if b.lane == "goals"]
    assert max(bottoms) <= y + height
