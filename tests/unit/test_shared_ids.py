"""A read map keeps one string per id, however many cards and arrows repeat it."""

from __future__ import annotations

from pathlib import Path

from journey_editor.fileformat import read_workspace


def test_cards_and_arrows_share_the_ids_they_repeat(saved: Path) -> None:
    journey = read_workspace(saved).journeys[0]
    by_stage: dict[str, str] = {}
    for card in journey.cards:
        assert by_stage.setdefault(card.stage, card.stage) is card.stage
    cards = {card.id: card.id for card in journey.cards}
    for link in journey.connections:
        assert link.source is cards[link.source] and link.target is cards[link.target]
