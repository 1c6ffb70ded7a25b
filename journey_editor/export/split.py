"""A journey too wide for one readable poster, printed as several: consecutive stages
on each, every lane on all of them, so the posters hang side by side as one map."""

from __future__ import annotations

import msgspec

from journey_editor.i18n import translate
from journey_editor.model.types import Journey


def split_by_stages(journey: Journey, parts: int) -> list[Journey]:
    """The journey as `parts` journeys of consecutive stages, as even in count as can be
    (never more parts than stages), each with every lane, the cards of its stages and
    the arrows between them; named for its part and its first and last stage. One part:
    the journey itself."""
    ranges = stage_ranges(len(journey.stages), parts)
    if len(ranges) == 1:
        return [journey]
    return [_part(journey, index, len(ranges), start, end)
            for index, (start, end) in enumerate(ranges)]


def stage_ranges(count: int, parts: int) -> list[tuple[int, int]]:
    """(start, end) of each part's stages: `parts` runs of `count` stages, as even as can
    be, the first ones one longer when they cannot be even; never an empty part."""
    parts = max(1, min(parts, count))
    size, extra = divmod(count, parts)
    ranges, start = [], 0
    for index in range(parts):
        end = start + size + (index < extra)
        ranges.append((start, end))
        start = end
    return ranges


def _part(journey: Journey, index: int, parts: int, start: int, end: int) -> Journey:
    stages = journey.stages[start:end]
    kept = {stage.id for stage in stages}
    cards = [card for card in journey.cards if card.stage in kept]
    ids = {card.id for card in cards}
    links = [link for link in journey.connections if link.source in ids and link.target in ids]
    name = translate("Export", "{0} ({1}/{2}: {3} – {4})").format(
        journey.name, index + 1, parts, stages[0].name, stages[-1].name)
    return msgspec.structs.replace(journey, id=f"{journey.id}~{index + 1}", name=name,
                                   stages=stages, cards=cards, connections=links)
