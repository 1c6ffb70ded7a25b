"""Each participant's colour on the others' maps stays apart from everyone else's."""

from __future__ import annotations

import random

from journey_editor.session.presence import COLORS, Presence, pick_color


def _settle(ids: list[int], rounds: int) -> dict[int, str | None]:
    """Participants who all joined at once, choosing in turn until nobody changes."""
    colors: dict[int, str | None] = dict.fromkeys(ids)
    for _ in range(rounds):
        for me in random.Random(rounds).sample(ids, len(ids)):
            others = {i: Presence(name=str(i), color=c) for i, c in colors.items()
                      if i != me and c is not None}
            colors[me] = pick_color(me, colors[me], others)
    return colors


def test_people_joining_at_once_end_up_with_colours_of_their_own() -> None:
    rng = random.Random(7)
    ids = rng.sample(range(1, 2**32), len(COLORS))
    colors = _settle(ids, rounds=3)
    assert len(set(colors.values())) == len(COLORS)


def test_a_colour_once_chosen_is_kept_by_the_first_comer_and_yielded_by_the_later() -> None:
    first = {5: Presence(name="Ann", color=COLORS[0])}
    assert pick_color(9, COLORS[0], first) == COLORS[1]  # came later: moves aside
    assert pick_color(2, COLORS[0], first) == COLORS[0]  # came first: keeps its colour
    assert pick_color(9, COLORS[3], first) == COLORS[3]  # no clash: no change
