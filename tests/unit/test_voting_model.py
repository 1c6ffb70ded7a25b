"""Dot voting arithmetic: limits, refusals, and the ranking of the most-voted cards."""

from __future__ import annotations

import msgspec

from journey_editor.model import voting
from journey_editor.model.types import Card, Journey, Lane, Stage, Voting
from journey_editor.model.voting import Refusal


def _journey(dots: int = 2, **votes: dict[str, int]) -> Journey:
    """Two stages x two lanes; cards w, x (stage s1), y, z (stage s2)."""
    cells = {"w": ("s1", "l1"), "x": ("s1", "l2"), "y": ("s2", "l1"), "z": ("s2", "l2")}
    return Journey(
        id="j", name="J",
        stages=[Stage(id="s1", name="One"), Stage(id="s2", name="Two")],
        lanes=[Lane(id="l1", name="A"), Lane(id="l2", name="B")],
        cards=[Card(id=c, stage=s, lane=ln, title=c.upper(), votes=votes.get(c, {}))
               for c, (s, ln) in cells.items()],
        voting=Voting(participants=["Ann", "Bo"], dots_per_participant=dots),
    )


def _vote(journey: Journey, card_id: str, votes: dict[str, int] | Refusal) -> None:
    assert isinstance(votes, dict)
    next(c for c in journey.cards if c.id == card_id).votes = votes


def test_dots_are_placed_until_none_are_left() -> None:
    journey = _journey(dots=2)
    assert (voting.dots_left(journey, "Ann"), voting.dots_left(journey, "Bo")) == (2, 2)
    _vote(journey, "w", voting.add_dot(journey, "w", "Ann"))
    _vote(journey, "w", voting.add_dot(journey, "w", "Ann"))  # both on one card is fine
    assert journey.cards[0].votes == {"Ann": 2}
    assert voting.dots_left(journey, "Ann") == 0
    assert not voting.can_vote(journey, "Ann")
    assert voting.add_dot(journey, "x", "Ann") is Refusal.NO_DOTS_LEFT
    assert voting.can_vote(journey, "Bo")


def test_a_participant_with_zero_dots_left_cannot_vote_after_fewer_dots_are_set() -> None:
    journey = _journey(dots=3, w={"Ann": 3})
    journey.voting = Voting(participants=["Ann", "Bo"], dots_per_participant=1)
    assert voting.dots_left(journey, "Ann") == 0  # never negative
    assert voting.add_dot(journey, "x", "Ann") is Refusal.NO_DOTS_LEFT


def test_removing_below_zero_is_impossible() -> None:
    journey = _journey(w={"Ann": 1})
    after = voting.remove_dot(journey, "w", "Ann")
    assert after == {}  # no zero entry left behind
    _vote(journey, "w", after)
    assert voting.remove_dot(journey, "w", "Ann") is Refusal.NO_DOT_HERE
    assert voting.remove_dot(journey, "x", "Bo") is Refusal.NO_DOT_HERE
    assert voting.dots_left(journey, "Ann") == 2


def test_the_votes_dict_of_the_card_is_never_mutated() -> None:
    """Undo puts the old dict back, so it must still hold the old counts."""
    journey = _journey(w={"Ann": 1, "Bo": 1})
    old = journey.cards[0].votes
    added = voting.add_dot(journey, "w", "Ann")
    removed = voting.remove_dot(journey, "w", "Bo")
    assert old == {"Ann": 1, "Bo": 1}
    assert added == {"Ann": 2, "Bo": 1} and removed == {"Ann": 1}


def test_unknown_participant_card_or_round_is_refused() -> None:
    journey = _journey()
    assert voting.add_dot(journey, "w", "Eve") is Refusal.UNKNOWN_PARTICIPANT
    assert voting.remove_dot(journey, "w", "Eve") is Refusal.UNKNOWN_PARTICIPANT
    assert voting.dots_left(journey, "Eve") == 0
    assert voting.add_dot(journey, "nope", "Ann") is Refusal.UNKNOWN_CARD
    journey.voting = None
    assert voting.add_dot(journey, "w", "Ann") is Refusal.NO_ROUND
    assert voting.dots_left(journey, "Ann") == 0


def test_ranking_puts_most_votes_first_and_ties_in_reading_order() -> None:
    # Card order in the list is z, y, x, w; reading order is w, x (stage 1), y, z (stage 2).
    journey = _journey(dots=5, w={"Bo": 1}, x={"Ann": 2, "Bo": 1}, z={"Bo": 1, "Ann": 2})
    journey.cards.reverse()
    ranked = voting.ranking(journey)
    assert [(r.card_id, r.total, r.rank) for r in ranked] == [("x", 3, 1), ("z", 3, 1),
                                                              ("w", 1, 3)]
    assert ranked[1].breakdown == (("Ann", 2), ("Bo", 1))  # the round's order, not the dict's
    assert ranked[0].title == "X" and ranked[0].stage_id == "s1"
    assert voting.ranking(journey) == ranked  # stable between looks
    everything = voting.ranking(journey, include_unvoted=True)
    assert [r.card_id for r in everything] == ["x", "z", "w", "y"]
    assert everything[-1].rank == 4


def test_ranking_keeps_dots_of_people_no_longer_in_the_round() -> None:
    journey = _journey(w={"Zed": 1, "Ann": 1, "Cy": 2})
    assert voting.ranking(journey)[0].breakdown == (("Ann", 1), ("Cy", 2), ("Zed", 1))


def test_participant_names_are_cleaned() -> None:
    names = voting.clean_participants(["  Ann ", "", "bo", "Ann", "BO", "Carl  Gustav", "\t"])
    assert names == ["Ann", "bo", "Carl Gustav"]
    round_ = voting.new_round(["Ann", "Ann"], 3)
    assert (round_.participants, round_.dots_per_participant) == (["Ann"], 3)
    msgspec.convert(msgspec.to_builtins(round_), Voting)  # valid for the file format
