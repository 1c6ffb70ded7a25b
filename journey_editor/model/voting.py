"""Dot voting arithmetic (no Qt): dots left, placing and removing a dot, the ranking.

A round is `Journey.voting` (participants and dots each); the dots themselves live
on the cards (`Card.votes`: participant -> dots). Functions here never mutate a
card: `add_dot`/`remove_dot` return a new votes dict, which the UI puts on the
card with an undoable edit, so the old dict stays intact for undo.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import NamedTuple

from journey_editor.model.types import MAX_LIST, MAX_NAME, Journey, Voting


class Refusal(StrEnum):
    """Why a dot could not be placed or removed (the UI words it)."""

    NO_ROUND = "no_round"
    UNKNOWN_PARTICIPANT = "unknown_participant"
    UNKNOWN_CARD = "unknown_card"
    NO_DOTS_LEFT = "no_dots_left"
    NO_DOT_HERE = "no_dot_here"


class Ranked(NamedTuple):
    card_id: str
    title: str
    stage_id: str
    total: int
    rank: int  # 1-based; cards with equal totals share a rank ("1, 2, 2, 4")
    breakdown: tuple[tuple[str, int], ...]  # (participant, dots), round's order first


def clean_participants(names: Iterable[str]) -> list[str]:
    """Names as typed, one per line: trimmed, blanks and repeats (any case) dropped."""
    seen: set[str] = set()
    result: list[str] = []
    for raw in names:
        name = " ".join(raw.split())[:MAX_NAME]
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result[:MAX_LIST]


def dots_used(journey: Journey, participant: str) -> int:
    return sum(card.votes.get(participant, 0) for card in journey.cards)


def dots_left(journey: Journey, participant: str) -> int:
    """Dots a participant may still place; 0 when not in the round (never negative,
    even when the round was set up again with fewer dots than already placed)."""
    voting = journey.voting
    if voting is None or participant not in voting.participants:
        return 0
    return max(0, voting.dots_per_participant - dots_used(journey, participant))


def can_vote(journey: Journey, participant: str) -> bool:
    return dots_left(journey, participant) > 0


def _check(journey: Journey, card_id: str, participant: str) -> Refusal | None:
    if journey.voting is None:
        return Refusal.NO_ROUND
    if participant not in journey.voting.participants:
        return Refusal.UNKNOWN_PARTICIPANT
    if not any(card.id == card_id for card in journey.cards):
        return Refusal.UNKNOWN_CARD
    return None


def _votes(journey: Journey, card_id: str) -> dict[str, int]:
    return next(card.votes for card in journey.cards if card.id == card_id)


def add_dot(journey: Journey, card_id: str, participant: str) -> dict[str, int] | Refusal:
    """The card's new votes with one more dot of `participant`, or why not."""
    refusal = _check(journey, card_id, participant)
    if refusal is None and not can_vote(journey, participant):
        refusal = Refusal.NO_DOTS_LEFT
    if refusal is not None:
        return refusal
    votes = dict(_votes(journey, card_id))
    votes[participant] = votes.get(participant, 0) + 1
    return votes


def remove_dot(journey: Journey, card_id: str, participant: str) -> dict[str, int] | Refusal:
    """The card's new votes with one dot of `participant` fewer, or why not."""
    refusal = _check(journey, card_id, participant)
    if refusal is not None:
        return refusal
    votes = dict(_votes(journey, card_id))
    count = votes.get(participant, 0)
    if count <= 0:
        return Refusal.NO_DOT_HERE
    if count == 1:
        del votes[participant]  # no zero entries: the file stays clean, the card plain
    else:
        votes[participant] = count - 1
    return votes


def new_round(participants: Iterable[str], dots: int) -> Voting:
    return Voting(participants=clean_participants(participants), dots_per_participant=dots)


def _breakdown(votes: dict[str, int], order: list[str]) -> tuple[tuple[str, int], ...]:
    known = [(name, votes[name]) for name in order if votes.get(name, 0) > 0]
    others = sorted((n, v) for n, v in votes.items() if n not in order and v > 0)
    return tuple(known + others)


def ranking(journey: Journey, include_unvoted: bool = False) -> list[Ranked]:
    """Cards by total dots, most first; ties keep the map's reading order (stage,
    then lane, then the cards' order), so the list does not shuffle between looks."""
    stage_index = {s.id: i for i, s in enumerate(journey.stages)}
    lane_index = {lane.id: i for i, lane in enumerate(journey.lanes)}
    order = journey.voting.participants if journey.voting else []
    cards = [c for c in journey.cards if include_unvoted or c.vote_total > 0]
    ordered = sorted(enumerate(cards), key=lambda p: (
        -p[1].vote_total, stage_index.get(p[1].stage, 0), lane_index.get(p[1].lane, 0), p[0]))
    result: list[Ranked] = []
    for position, (_, card) in enumerate(ordered):
        total = card.vote_total
        rank = result[-1].rank if result and result[-1].total == total else position + 1
        result.append(Ranked(card.id, card.title, card.stage, total, rank,
                             _breakdown(card.votes, order)))
    return result
