"""The automated review: what METHOD step 7 asks of a map that a program can check.

No Qt. `review(journey)` returns findings in a stable order: by kind (the order of
`KINDS`), then by place on the map (stage, lane, then the journey's card order).
A finding about cards names them in `card_ids` (the first is the one to show) and
carries their stage; a finding about a stage has no card ids.

Retired touchpoints are out of service: they are left out of every check about the
experience (empty stages, owners, teams, emotion, reachability, key touchpoints,
moments of truth), and a connection to or from one counts as broken. Their own
finding is "still connected". The "inconsistent" flag is checked on every card,
since wrong information on the map is wrong whatever the card's status.

A touchpoint is owned when its own Owner names a team, or when the Teams lane (a
sticky-note lane with the "teams" preset, as the templates have it) names one in its
stage: the method asks which teams the customer meets in each stage, and a map that
answers in that lane has answered it.

networkx is imported (through `model.graph`) only when a journey has connections.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Literal

import msgspec

from journey_editor.i18n import translate
from journey_editor.model import graph as journey_graphs
from journey_editor.model.types import Card, Journey

if TYPE_CHECKING:
    import networkx as nx

Severity = Literal["problem", "warning", "info"]

EMPTY_STAGE = "empty_stage"
NO_OWNER = "no_owner"
NEGATIVE_WITHOUT_IDEA = "negative_without_idea"
INCONSISTENT = "inconsistent"
UNREACHABLE = "unreachable"
DEAD_END = "dead_end"
TOO_MANY_TEAMS = "too_many_teams"
KEY_WITHOUT_FEEDBACK = "key_without_feedback"
MOMENT_OF_TRUTH = "moment_of_truth"
RETIRED_CONNECTED = "retired_connected"

# The lane preset whose cards name the teams behind a stage. Only this one: a
# "backstage" lane holds the actions behind the scenes, which need not name a team.
TEAMS_PRESET = "teams"

# The order findings are listed in: the order of the list, which follows the
# method's reading of a map (the customer's side first, then the organisation's).
KINDS: tuple[str, ...] = (
    EMPTY_STAGE, NO_OWNER, NEGATIVE_WITHOUT_IDEA, INCONSISTENT, UNREACHABLE, DEAD_END,
    TOO_MANY_TEAMS, KEY_WITHOUT_FEEDBACK, MOMENT_OF_TRUTH, RETIRED_CONNECTED,
)

# "problem": the map is wrong or broken; "warning": the method says look again;
# "info": worth discussing, nothing to fix.
SEVERITY: dict[str, Severity] = {
    EMPTY_STAGE: "warning", NO_OWNER: "warning", NEGATIVE_WITHOUT_IDEA: "warning",
    INCONSISTENT: "problem", UNREACHABLE: "problem", DEAD_END: "problem",
    TOO_MANY_TEAMS: "warning", KEY_WITHOUT_FEEDBACK: "warning", MOMENT_OF_TRUTH: "info",
    RETIRED_CONNECTED: "problem",
}


class Thresholds(msgspec.Struct, frozen=True, kw_only=True):
    """The review's settings (the GUI keeps them in QSettings, the CLI takes options)."""

    max_teams_per_stage: int = 3  # the method's warning about too many departments
    negative_emotion: int = -2  # this emotion or lower needs an improvement idea
    moments_of_truth: int = 2  # how many of the curve's lowest (negative) stages to name


class Finding(msgspec.Struct, frozen=True, kw_only=True):
    kind: str
    severity: Severity
    message: str
    journey_id: str
    card_ids: tuple[str, ...] = ()
    stage_id: str | None = None

    @property
    def card_id(self) -> str | None:
        """The card to show for this finding; None for a stage finding."""
        return self.card_ids[0] if self.card_ids else None


def kind_titles() -> dict[str, str]:
    """A heading per kind, for grouping (translated when called, not at import)."""
    return {
        EMPTY_STAGE: translate("Review", "Stages without touchpoints"),
        NO_OWNER: translate("Review", "Touchpoints without an owning team"),
        NEGATIVE_WITHOUT_IDEA: translate("Review", "Negative emotion without an improvement idea"),
        INCONSISTENT: translate("Review", "Inconsistent or wrong information"),
        UNREACHABLE: translate("Review", "Touchpoints unreachable from the first stage"),
        DEAD_END: translate("Review", "Dead ends before the last stage"),
        TOO_MANY_TEAMS: translate("Review", "Stages with too many teams"),
        KEY_WITHOUT_FEEDBACK: translate("Review", "Key touchpoints without metrics or survey"),
        MOMENT_OF_TRUTH: translate("Review", "Moments of truth"),
        RETIRED_CONNECTED: translate("Review", "Retired touchpoints still connected"),
    }


def severity_name(severity: Severity) -> str:
    return {
        "problem": translate("Review", "problem"),
        "warning": translate("Review", "warning"),
        "info": translate("Review", "note"),
    }[severity]


# --- the map, as the checks see it ------------------------------------------------------


@dataclass
class _Map:
    journey: Journey
    live: Journey  # the journey without retired cards and their connections
    thresholds: Thresholds
    stage_index: dict[str, int]
    stage_names: dict[str, str]
    lane_index: dict[str, int]
    lane_names: dict[str, str]
    channels: set[str]  # ids of touchpoint (channel) lanes
    staffed: set[str]  # ids of the stages whose Teams lane names a team
    order: dict[str, tuple[int, int, int]]  # card id -> place on the map

    @classmethod
    def of(cls, journey: Journey, thresholds: Thresholds) -> _Map:
        retired = {c.id for c in journey.cards if c.status == "retired"}
        live = msgspec.structs.replace(
            journey,
            cards=[c for c in journey.cards if c.id not in retired],
            connections=[k for k in journey.connections
                         if k.source not in retired and k.target not in retired])
        stage_index = {s.id: i for i, s in enumerate(journey.stages)}
        lane_index = {ln.id: i for i, ln in enumerate(journey.lanes)}
        teams = {ln.id for ln in journey.lanes if ln.kind == "text" and ln.preset == TEAMS_PRESET}
        return cls(
            journey=journey, live=live, thresholds=thresholds, stage_index=stage_index,
            stage_names={s.id: s.name for s in journey.stages}, lane_index=lane_index,
            lane_names={ln.id: ln.name for ln in journey.lanes},
            channels={ln.id for ln in journey.lanes if ln.kind == "channel"},
            staffed={c.stage for c in live.cards if c.lane in teams and c.title.strip()},
            order={c.id: (stage_index.get(c.stage, -1), lane_index.get(c.lane, -1), i)
                   for i, c in enumerate(journey.cards)})

    @cached_property
    def graph(self) -> nx.DiGraph | None:
        """The live journey's graph; None without connections. Unreachable touchpoints
        and dead ends are about the connections a facilitator drew, so a journey without
        any is not asked: there every touchpoint after the first stage would be
        "unreachable" and every one before the last a "dead end", which says nothing."""
        if not self.live.connections:
            return None
        return journey_graphs.journey_graph(self.live)

    def ordered(self, cards: Iterable[Card]) -> list[Card]:
        return sorted(cards, key=lambda c: self.order[c.id])

    def touchpoints(self) -> list[Card]:
        return self.ordered(c for c in self.live.cards if c.lane in self.channels)

    @cached_property
    def _cards(self) -> dict[str, Card]:
        return {c.id: c for c in self.journey.cards}

    def card(self, card_id: str) -> Card:
        return self._cards[card_id]

    def label(self, card: Card) -> str:
        """How a message names a card: its title and where it is."""
        title = card.title.strip() or translate("Review", "untitled card")
        return translate("Review", "“{title}” ({lane}, {stage})").format(
            title=title, lane=self.lane_names.get(card.lane, ""),
            stage=self.stage_names.get(card.stage, ""))

    def on_card(self, kind: str, card: Card, message: str) -> Finding:
        return Finding(kind=kind, severity=SEVERITY[kind], message=message,
                       journey_id=self.journey.id, card_ids=(card.id,), stage_id=card.stage)

    def on_stage(self, kind: str, stage_id: str, message: str) -> Finding:
        return Finding(kind=kind, severity=SEVERITY[kind], message=message,
                       journey_id=self.journey.id, stage_id=stage_id)


# --- the checks, one per kind -------------------------------------------------------------


def _empty_stages(m: _Map) -> list[Finding]:
    served = {c.stage for c in m.touchpoints()}
    return [
        m.on_stage(EMPTY_STAGE, s.id, translate(
            "Review", "Stage “{stage}” has no touchpoints: where does the customer meet you here?"
        ).format(stage=s.name))
        for s in m.journey.stages if s.id not in served
    ]


def _without_owner(m: _Map) -> list[Finding]:
    return [
        m.on_card(NO_OWNER, c, translate(
            "Review", "Touchpoint {card} has no owning team.").format(card=m.label(c)))
        for c in m.touchpoints() if not c.owner.strip() and c.stage not in m.staffed
    ]


def _negative_without_idea(m: _Map) -> list[Finding]:
    limit = m.thresholds.negative_emotion
    return [
        m.on_card(NEGATIVE_WITHOUT_IDEA, c, translate(
            "Review", "{card} feels negative (emotion {emotion}) and has no improvement idea."
        ).format(card=m.label(c), emotion=c.emotion))
        for c in m.ordered(m.live.cards)
        if c.emotion is not None and c.emotion <= limit and not c.ideas.strip()
    ]


def _inconsistent(m: _Map) -> list[Finding]:
    return [
        m.on_card(INCONSISTENT, c, translate(
            "Review", "{card} is flagged as inconsistent or wrong information.").format(
            card=m.label(c)))
        for c in m.ordered(m.journey.cards) if c.inconsistent
    ]


def _unreachable(m: _Map) -> list[Finding]:
    lost = journey_graphs.unreachable_from_start(m.graph) if m.graph is not None else []
    return [
        m.on_card(UNREACHABLE, c, translate(
            "Review", "Touchpoint {card} cannot be reached from the first stage: no chain of "
            "connections leads to it.").format(card=m.label(c)))
        for c in m.ordered(m.card(i) for i in lost)
    ]


def _dead_ends(m: _Map) -> list[Finding]:
    ends = journey_graphs.dead_ends(m.graph, len(m.journey.stages)) if m.graph is not None else []
    return [
        m.on_card(DEAD_END, c, translate(
            "Review", "Touchpoint {card} is a dead end: the journey stops there, before the "
            "last stage.").format(card=m.label(c)))
        for c in m.ordered(m.card(i) for i in ends)
    ]


def stage_teams(journey: Journey) -> dict[str, list[str]]:
    """Stage id -> the distinct owners of its live touchpoints, as first spelled (teams
    differing only in case or spaces are one team)."""
    return _stage_teams(_Map.of(journey, Thresholds()))


def _stage_teams(m: _Map) -> dict[str, list[str]]:
    teams: dict[str, dict[str, str]] = {s.id: {} for s in m.journey.stages}
    for card in m.touchpoints():
        owner = " ".join(card.owner.split())
        if owner:
            teams.setdefault(card.stage, {}).setdefault(owner.casefold(), owner)
    return {stage: list(names.values()) for stage, names in teams.items()}


def _too_many_teams(m: _Map) -> list[Finding]:
    limit = m.thresholds.max_teams_per_stage
    return [
        m.on_stage(TOO_MANY_TEAMS, stage, translate(
            "Review", "In stage “{stage}” the customer meets {count} teams ({teams}); more "
            "than {limit} makes the experience feel disjointed.").format(
            stage=m.stage_names[stage], count=len(teams), teams=", ".join(teams), limit=limit))
        for stage, teams in _stage_teams(m).items() if len(teams) > limit
    ]


def _key_without_feedback(m: _Map) -> list[Finding]:
    return [
        m.on_card(KEY_WITHOUT_FEEDBACK, c, translate(
            "Review", "Key touchpoint {card} has no metric and no survey feedback.").format(
            card=m.label(c)))
        for c in m.ordered(m.live.cards)
        if c.key_touchpoint and not c.metrics and not any(e.kind == "survey" for e in c.evidence)
    ]


def _moments_of_truth(m: _Map) -> list[Finding]:
    """The N lowest stages of the emotion curve whose value is below 0; ties go to the
    earlier stage. Listed in stage order, the way the customer lives them."""
    curve = journey_graphs.emotion_curve(m.live)
    low = [(value, i) for i, value in enumerate(curve) if value is not None and value < 0]
    chosen = sorted(sorted(low)[: max(m.thresholds.moments_of_truth, 0)], key=lambda p: p[1])
    return [
        m.on_stage(MOMENT_OF_TRUTH, m.journey.stages[i].id, translate(
            "Review", "Moment of truth: “{stage}” is a low point of the emotion curve ({value})."
        ).format(stage=m.journey.stages[i].name, value=f"{value:g}"))
        for value, i in chosen
    ]


def _retired_connected(m: _Map) -> list[Finding]:
    findings = []
    for card in m.ordered(c for c in m.journey.cards if c.status == "retired"):
        linked = [k.target if k.source == card.id else k.source
                  for k in m.journey.connections if card.id in (k.source, k.target)]
        if linked:
            names = ", ".join(f"“{m.card(i).title.strip() or '…'}”" for i in dict.fromkeys(linked))
            findings.append(m.on_card(RETIRED_CONNECTED, card, translate(
                "Review", "Retired touchpoint {card} is still connected to {cards}.").format(
                card=m.label(card), cards=names)))
    return findings


# One check per kind, in the order of KINDS.
_CHECKS: tuple[Callable[[_Map], list[Finding]], ...] = (
    _empty_stages, _without_owner, _negative_without_idea, _inconsistent, _unreachable,
    _dead_ends, _too_many_teams, _key_without_feedback, _moments_of_truth, _retired_connected,
)


def review(journey: Journey, thresholds: Thresholds | None = None) -> list[Finding]:
    """Every finding on the journey, in the stable order described above."""
    m = _Map.of(journey, thresholds or Thresholds())
    return [finding for check in _CHECKS for finding in check(m)]
