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

The whole review costs O(cards + connections) (`review_map`); networkx is imported only
when a journey's paths are searched (`model.graph.reached_from`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

import msgspec

from journey_editor.analysis.review_map import ReviewMap
from journey_editor.i18n import decimal, translate
from journey_editor.model.graph import emotion_curve
from journey_editor.model.types import Card, Journey

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


class Finding(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    # gc=False: it holds only strings, so it can be in no cycle; tens of thousands of
    # findings then never set off a full collection, which would stall the window.
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


# --- the checks, one per kind -------------------------------------------------------------
# Each walks the lists of `ReviewMap` once (they are in map order already), so that the
# whole review costs O(cards + connections): a chain of 100,000 cards takes half a second.


@dataclass
class _Map:
    """The review map with the thresholds and the journey id the findings carry."""

    map: ReviewMap
    thresholds: Thresholds

    def on_card(self, kind: str, card: Card, message: str) -> Finding:
        return Finding(kind=kind, severity=SEVERITY[kind], message=message,
                       journey_id=self.map.journey.id, card_ids=(card.id,), stage_id=card.stage)

    def on_stage(self, kind: str, stage_id: str, message: str) -> Finding:
        return Finding(kind=kind, severity=SEVERITY[kind], message=message,
                       journey_id=self.map.journey.id, stage_id=stage_id)

    def on_cards(self, kind: str, cards: Iterable[Card], text: str) -> list[Finding]:
        """A finding per card, its message `text` with the card's label as {card}."""
        return [self.on_card(kind, c, text.format(card=self.map.label(c))) for c in cards]


def _empty_stages(m: _Map) -> list[Finding]:
    served = {c.stage for c in m.map.touchpoints}
    text = translate(
        "Review", "Stage “{stage}” has no touchpoints: where does the customer meet you here?")
    return [m.on_stage(EMPTY_STAGE, s.id, text.format(stage=s.name))
            for s in m.map.journey.stages if s.id not in served]


def _without_owner(m: _Map) -> list[Finding]:
    staffed = m.map.staffed
    return m.on_cards(NO_OWNER, (
        c for c in m.map.touchpoints if not c.owner.strip() and c.stage not in staffed),
        translate("Review", "Touchpoint {card} has no owning team."))


def _negative_without_idea(m: _Map) -> list[Finding]:
    limit = m.thresholds.negative_emotion
    text = translate(
        "Review", "{card} feels negative (emotion {emotion}) and has no improvement idea.")
    return [
        m.on_card(NEGATIVE_WITHOUT_IDEA, c, text.format(card=m.map.label(c), emotion=c.emotion))
        for c in m.map.live
        if c.emotion is not None and c.emotion <= limit and not c.ideas.strip()
    ]


def _inconsistent(m: _Map) -> list[Finding]:
    return m.on_cards(INCONSISTENT, (c for c in m.map.placed if c.inconsistent), translate(
        "Review", "{card} is flagged as inconsistent or wrong information."))


def _unreachable(m: _Map) -> list[Finding]:
    return m.on_cards(UNREACHABLE, m.map.unreachable(), translate(
        "Review", "Touchpoint {card} cannot be reached from the first stage: no chain of "
        "connections leads to it."))


def _dead_ends(m: _Map) -> list[Finding]:
    return m.on_cards(DEAD_END, m.map.dead_ends(), translate(
        "Review", "Touchpoint {card} is a dead end: the journey stops there, before the "
        "last stage."))


def _stage_teams(m: ReviewMap) -> dict[str, list[str]]:
    """Stage id -> the distinct owners of its live touchpoints, as first spelled (teams
    differing only in case or spaces are one team)."""
    teams: dict[str, dict[str, str]] = {s.id: {} for s in m.journey.stages}
    for card in m.touchpoints:
        owner = " ".join(card.owner.split())
        if owner:
            teams.setdefault(card.stage, {}).setdefault(owner.casefold(), owner)
    return {stage: list(names.values()) for stage, names in teams.items()}


def _too_many_teams(m: _Map) -> list[Finding]:
    limit = m.thresholds.max_teams_per_stage
    text = translate(
        "Review", "In stage “{stage}” the customer meets {count} teams ({teams}); more "
        "than {limit} makes the experience feel disjointed.")
    return [
        m.on_stage(TOO_MANY_TEAMS, stage, text.format(
            stage=m.map.stage_names[stage], count=len(teams), teams=", ".join(teams),
            limit=limit))
        for stage, teams in _stage_teams(m.map).items() if len(teams) > limit
    ]


def _key_without_feedback(m: _Map) -> list[Finding]:
    return m.on_cards(KEY_WITHOUT_FEEDBACK, (
        c for c in m.map.live
        if c.key_touchpoint and not c.metrics and not any(e.kind == "survey" for e in c.evidence)
    ), translate("Review", "Key touchpoint {card} has no metric and no survey feedback."))


def _moments_of_truth(m: _Map) -> list[Finding]:
    """The N lowest stages of the emotion curve whose value is below 0; ties go to the
    earlier stage. Listed in stage order, the way the customer lives them."""
    stages = m.map.journey.stages
    curve = emotion_curve(m.map.live_journey)
    low = [(value, i) for i, value in enumerate(curve) if value is not None and value < 0]
    chosen = sorted(sorted(low)[: max(m.thresholds.moments_of_truth, 0)], key=lambda p: p[1])
    text = translate(
        "Review", "Moment of truth: “{stage}” is a low point of the emotion curve ({value}).")
    return [m.on_stage(MOMENT_OF_TRUTH, stages[i].id,
                       text.format(stage=stages[i].name, value=decimal(value)))
            for value, i in chosen]


def _retired_connected(m: _Map) -> list[Finding]:
    text = translate("Review", "Retired touchpoint {card} is still connected to {cards}.")
    return [
        m.on_card(RETIRED_CONNECTED, card, text.format(card=m.map.label(card), cards=", ".join(
            f"“{m.map.cards[i].title.strip() or '…'}”" for i in linked)))
        for card, linked in m.map.retired_links()
    ]


# One check per kind, in the order of KINDS.
_CHECKS: tuple[Callable[[_Map], list[Finding]], ...] = (
    _empty_stages, _without_owner, _negative_without_idea, _inconsistent, _unreachable,
    _dead_ends, _too_many_teams, _key_without_feedback, _moments_of_truth, _retired_connected,
)


def review(journey: Journey, thresholds: Thresholds | None = None) -> list[Finding]:
    """Every finding on the journey, in the stable order described above."""
    m = _Map(ReviewMap(journey), thresholds or Thresholds())
    return [finding for check in _CHECKS for finding in check(m)]
