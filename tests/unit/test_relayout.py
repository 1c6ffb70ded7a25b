"""An edit of cards or arrows laid out incrementally places everything exactly where a
full layout would (issue 13), over random maps and random sequences of edits."""

from __future__ import annotations

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_editor.layout.engine import DEFAULT_STYLE, lay_out
from journey_editor.layout.relayout import relayout
from journey_editor.layout.rerouting import Router
from journey_editor.model.types import Card, Connection, Journey, Lane, Stage

STAGES = [Stage(id=f"s{i}", name=f"Stage {i}", width=None if i % 2 else 320.0) for i in range(4)]
LANES = [Lane(id="goals", name="Goals", kind="text"),
         Lane(id="web", name="Website", kind="channel"),
         Lane(id="feel", name="Emotion", kind="emotion"),
         Lane(id="shop", name="Shop", kind="channel", zone="frontstage")]
TITLES = ["", "Ad", "A title long enough to wrap over two or three lines of a card",
          "word " * 30]

card_edits = st.fixed_dictionaries({}, optional={
    "title": st.sampled_from(TITLES), "emotion": st.sampled_from([None, -3, 0, 2]),
    "votes": st.sampled_from([{}, {"Ann": 2}]), "status": st.sampled_from(["draft", "validated"]),
    "key_touchpoint": st.booleans(), "color": st.sampled_from([None, "#ffcc00"]),
    "notes": st.text(max_size=5)})
edits = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 3), st.sampled_from(LANES), st.sampled_from(TITLES)),
    st.tuples(st.just("remove"), st.integers(0, 10_000)),
    st.tuples(st.just("move"), st.integers(0, 10_000), st.integers(0, 3), st.sampled_from(LANES)),
    st.tuples(st.just("edit"), st.integers(0, 10_000), card_edits),
    st.tuples(st.just("link"), st.integers(0, 10_000), st.integers(0, 10_000)),
    st.tuples(st.just("unlink"), st.integers(0, 10_000)),
)


def _apply(journey: Journey, edit: tuple, serial: int) -> tuple[set[str], bool]:  # type: ignore[type-arg]
    """Applies one edit as the editor's commands would; (cards touched, arrows changed)."""
    kind, *args = edit
    cards = journey.cards
    if kind == "add":
        card = Card(id=f"n{serial}", stage=STAGES[args[0]].id, lane=args[1].id, title=args[2])
        cards.append(card)
        return {card.id}, False
    if not cards:
        return set(), False
    card = cards[args[0] % len(cards)]
    if kind == "remove":
        cards.remove(card)
        links = [k for k in journey.connections if card.id in (k.source, k.target)]
        journey.connections = [k for k in journey.connections if k not in links]
        return {card.id}, bool(links)
    if kind == "move":
        card.stage, card.lane = STAGES[args[1]].id, args[2].id
        cards.remove(card)
        cards.append(card)  # a moved card goes last in its new cell
        return {card.id}, False
    if kind == "edit":
        for name, value in args[1].items():
            setattr(card, name, value)
        return {card.id}, False
    if kind == "link":
        target = cards[args[1] % len(cards)]
        if target.id == card.id:
            return set(), False
        journey.connections.append(Connection(id=f"e{serial}", source=card.id, target=target.id))
        return set(), True
    if journey.connections:
        journey.connections.pop(args[0] % len(journey.connections))
    return set(), True


@settings(max_examples=150, deadline=None)
@given(st.lists(edits, min_size=1, max_size=25))
def test_every_edit_lands_where_a_full_layout_puts_it(sequence: list[tuple]) -> None:  # type: ignore[type-arg]
    journey = Journey(id="j", name="J", stages=list(STAGES), lanes=list(LANES),
                      cards=[Card(id=f"c{i}", stage=STAGES[i % 4].id, lane=LANES[i % 4].id,
                                  title=TITLES[i % 4]) for i in range(12)],
                      connections=[Connection(id=f"k{i}", source=f"c{i}", target=f"c{i + 3}")
                                   for i in range(0, 9, 2)])
    router = Router()  # as the scene keeps one: arrows routed again only where needed
    layout = lay_out(journey, DEFAULT_STYLE, router)
    for serial, edit in enumerate(sequence):
        touched, links = _apply(journey, edit, serial)
        layout = relayout(layout, journey, touched, links, DEFAULT_STYLE, router)
        assert layout == lay_out(journey), edit


def test_an_edit_that_moves_nothing_keeps_every_box_and_arrow() -> None:
    journey = Journey(id="j", name="J", stages=list(STAGES), lanes=list(LANES),
                      cards=[Card(id="a", stage="s0", lane="web", title="Ad"),
                             Card(id="b", stage="s1", lane="web", title="Shop")],
                      connections=[Connection(id="ab", source="a", target="b")])
    before = lay_out(journey)
    journey.cards[0] = msgspec.structs.replace(journey.cards[0], notes="Only notes")
    after = relayout(before, journey, {"a"}, False, DEFAULT_STYLE)
    assert all(after.cards[i] is before.cards[i] for i in before.cards)
    assert after.connections is before.connections
