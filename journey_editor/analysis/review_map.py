"""The journey as the review's checks see it, built in one pass: O(cards + connections).

No Qt. Cards are put in map order (stage, lane, then the journey's card
order) once, with two stable bucket passes instead of a sort; every check then walks
these lists and keeps its own findings in that order, so no check sorts or scans the
map per card. Reachability from all start cards is one search from a node joined to
every one of them (`model.graph.reached_from`; the old code ran one search per start
card and kept every result: quadratic time and memory on a chain).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from itertools import takewhile

import msgspec

from journey_editor.i18n import translate
from journey_editor.model.graph import reached_from
from journey_editor.model.types import Card, Journey

# The lane preset whose cards name the teams behind a stage. Only this one: a
# "backstage" lane holds the actions behind the scenes, which need not name a team.
TEAMS_PRESET = "teams"


def _buckets(cards: Iterable[Card], place: Callable[[Card], int], count: int) -> list[Card]:
    """The cards grouped by `place` (0 to count - 1), keeping their order within a group."""
    groups: list[list[Card]] = [[] for _ in range(count)]
    for card in cards:
        groups[place(card)].append(card)
    return [card for group in groups for card in group]


def map_order(journey: Journey, stage_index: Mapping[str, int],
              lane_index: Mapping[str, int]) -> list[Card]:
    """The journey's cards by stage, then lane, then card order; a card whose stage or
    lane is unknown comes first in that respect. Linear: a stable radix sort."""
    by_lane = _buckets(journey.cards, lambda c: lane_index.get(c.lane, -1) + 1,
                       len(journey.lanes) + 1)
    return _buckets(by_lane, lambda c: stage_index.get(c.stage, -1) + 1,
                    len(journey.stages) + 1)


class ReviewMap:
    """What the checks ask of a journey, each list in map order. Retired cards are out
    of service: `live` and `touchpoints` leave them out, `live_connections` leaves out
    the connections to and from them."""

    def __init__(self, journey: Journey) -> None:
        self.journey = journey
        self.stage_index = {s.id: i for i, s in enumerate(journey.stages)}
        self.lane_index = {ln.id: i for i, ln in enumerate(journey.lanes)}
        self.stage_names = {s.id: s.name for s in journey.stages}
        self.lane_names = {ln.id: ln.name for ln in journey.lanes}
        channels = {ln.id for ln in journey.lanes if ln.kind == "channel"}
        self.placed = map_order(journey, self.stage_index, self.lane_index)
        self.retired = {c.id for c in journey.cards if c.status == "retired"}
        self.live = [c for c in self.placed if c.id not in self.retired]
        self.touchpoints = [c for c in self.live if c.lane in channels]
        self.live_connections = [k for k in journey.connections
                                 if k.source not in self.retired and k.target not in self.retired]

    @cached_property
    def cards(self) -> dict[str, Card]:
        return {c.id: c for c in self.journey.cards}

    @cached_property
    def live_journey(self) -> Journey:
        """The journey without retired cards and their connections (cards in file order)."""
        return msgspec.structs.replace(
            self.journey, cards=[c for c in self.journey.cards if c.id not in self.retired],
            connections=self.live_connections)

    @cached_property
    def staffed(self) -> set[str]:
        """The stages whose Teams lane names a team."""
        teams = {ln.id for ln in self.journey.lanes
                 if ln.kind == "text" and ln.preset == TEAMS_PRESET}
        return {c.stage for c in self.live if c.lane in teams and c.title.strip()}

    # --- the connections, as the customer's paths --------------------------------------

    def unreachable(self) -> list[Card]:
        """Touchpoints no chain of live connections leads to from the touchpoints of the
        first stage that has any. A journey without connections is not asked: there every
        touchpoint after the first stage would be "unreachable", which says nothing."""
        if not self.live_connections or not self.touchpoints:
            return []
        # Touchpoints are in map order, so those of the first stage come first.
        stage_of = self.stage_index.get
        first = stage_of(self.touchpoints[0].stage, -1)
        starts = takewhile(lambda c: stage_of(c.stage, -1) == first, self.touchpoints)
        reached = reached_from(((k.source, k.target) for k in self.live_connections),
                               [c.id for c in starts])
        return [c for c in self.touchpoints if c.id not in reached]

    def dead_ends(self) -> list[Card]:
        """Touchpoints with no live connection onward that are not in the last stage (not
        asked without connections, like `unreachable`)."""
        if not self.live_connections:
            return []
        exits = {link.source for link in self.live_connections}
        last = len(self.journey.stages) - 1
        return [c for c in self.touchpoints
                if c.id not in exits and self.stage_index.get(c.stage, -1) < last]

    def retired_links(self) -> list[tuple[Card, list[str]]]:
        """Each retired card still connected, with the ids of the cards at the other end
        of its connections (in connection order, each once): one pass over them all."""
        linked: dict[str, dict[str, None]] = {}
        for link in self.journey.connections:
            if link.source in self.retired:
                linked.setdefault(link.source, {})[link.target] = None
            if link.target in self.retired:
                linked.setdefault(link.target, {})[link.source] = None
        return [(c, list(linked[c.id])) for c in self.placed if c.id in linked]

    # --- how messages name things --------------------------------------------------------

    @cached_property
    def _label_text(self) -> tuple[str, str]:
        return (translate("Review", "“{title}” ({lane}, {stage})"),
                translate("Review", "untitled card"))

    def label(self, card: Card) -> str:
        """How a message names a card: its title and where it is."""
        text, untitled = self._label_text
        return text.format(title=card.title.strip() or untitled,
                           lane=self.lane_names.get(card.lane, ""),
                           stage=self.stage_names.get(card.stage, ""))

