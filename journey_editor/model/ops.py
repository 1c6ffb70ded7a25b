"""The only code that changes a workspace. Pure functions, no Qt, each undoable by another.

Items (stages, lanes, cards, connections, journeys, personas) are addressed by id
in ordered lists; every function returns what its inverse needs. Validation happens
before: `check_fields` says whether an edit is acceptable, so that undo commands,
which must never raise, only ever apply edits already known to be valid.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

import msgspec

from journey_editor.model.types import (
    Card,
    Connection,
    Journey,
    Lane,
    Model,
    Stage,
    clone,
    new_id,
)


class HasId(Protocol):
    id: str


def index_of(items: list[Any], item_id: str) -> int:
    for index, item in enumerate(items):
        if item.id == item_id:
            return index
    raise KeyError(item_id)


def find(items: list[Any], item_id: str) -> Any:
    return items[index_of(items, item_id)]


def insert(items: list[Any], item: HasId, index: int | None = None) -> None:
    items.insert(len(items) if index is None else index, item)


def remove(items: list[Any], item_id: str) -> tuple[Any, int]:
    index = index_of(items, item_id)
    return items.pop(index), index


def move(items: list[Any], item_id: str, new_index: int) -> int:
    """Moves an item to `new_index` (counted after its removal); returns its old index."""
    item, old_index = remove(items, item_id)
    items.insert(new_index, item)
    return old_index


def set_fields(obj: Model, changes: dict[str, Any]) -> dict[str, Any]:
    """Applies field values; returns the previous ones (apply them to undo)."""
    old = {name: getattr(obj, name) for name in changes}
    for name, value in changes.items():
        setattr(obj, name, value)
    return old


def check_fields(obj: Model, changes: dict[str, Any]) -> str | None:
    """None when `changes` respects the schema (types, ranges, lengths), else the reason."""
    unknown = set(changes) - set(obj.__struct_fields__)
    if unknown:
        return f"unknown field {sorted(unknown)[0]!r}"
    candidate = msgspec.structs.replace(obj, **changes)
    try:
        msgspec.convert(msgspec.to_builtins(candidate), type(obj))
    except msgspec.ValidationError as error:
        return str(error)
    return None


def move_card(journey: Journey, card_id: str, stage: str, lane: str,
              index: int | None = None) -> tuple[str, str, int]:
    """Puts a card in another cell (at the end of the card order unless `index` is given);
    returns (old stage, old lane, old index)."""
    card: Card = find(journey.cards, card_id)
    old = (card.stage, card.lane, move(journey.cards, card_id,
                                       len(journey.cards) - 1 if index is None else index))
    card.stage, card.lane = stage, lane
    return old


def connections_of(journey: Journey, card_ids: Iterable[str]) -> list[Connection]:
    """Connections that start or end at any of the cards."""
    ids = set(card_ids)
    return [c for c in journey.connections if c.source in ids or c.target in ids]


def cards_in(journey: Journey, *, stage: str | None = None, lane: str | None = None) -> list[Card]:
    return [c for c in journey.cards
            if (stage is None or c.stage == stage) and (lane is None or c.lane == lane)]


def like_neighbour[T: Stage | Lane](journey: Journey, item: T, index: int | None) -> T:
    """A copy of a new stage or lane that belongs where it goes (`index`: its place, None
    for the end): a stage takes the phase, a lane the blueprint zone, of the one before
    that place (at the start, of the first). A lane added among backstage lanes is
    backstage, so the line of visibility stays one line; a stage added after "Buy" is
    still during the purchase."""
    if isinstance(item, Stage):
        stage = _before(journey.stages, index)
        return item if stage is None else msgspec.structs.replace(item, phase=stage.phase)
    lane = _before(journey.lanes, index)
    return item if lane is None else msgspec.structs.replace(item, zone=lane.zone)


def _before[I](items: list[I], index: int | None) -> I | None:
    if not items:
        return None
    place = len(items) if index is None else min(max(index, 0), len(items))
    return items[max(place - 1, 0)]


def copy_cards(journey: Journey, card_ids: Iterable[str]) -> tuple[list[Card], list[Connection]]:
    """Copies of cards and of the connections among them (for the clipboard)."""
    ids = set(card_ids)
    cards = [clone(c) for c in journey.cards if c.id in ids]
    links = [clone(c) for c in journey.connections if c.source in ids and c.target in ids]
    return cards, links


def prepare_paste(journey: Journey, cards: list[Card], links: list[Connection],
                  cell: tuple[str, str] | None = None) -> tuple[list[Card], list[Connection]]:
    """Copies ready to insert into `journey`: fresh ids, and each card in `cell`, or in
    its own stage and lane when this journey has them, else in the first cell."""
    stages = {s.id for s in journey.stages}
    lanes = {lane.id for lane in journey.lanes}
    fallback = (journey.stages[0].id, journey.lanes[0].id) if stages and lanes else None
    fresh = {c.id: new_id("card") for c in cards}
    placed = []
    for card in cards:
        own = (card.stage, card.lane) if card.stage in stages and card.lane in lanes else None
        stage, lane = cell or own or fallback or ("", "")
        placed.append(msgspec.structs.replace(clone(card), id=fresh[card.id], stage=stage,
                                              lane=lane))
    new_links = [Connection(id=new_id("link"), source=fresh[c.source], target=fresh[c.target],
                            label=c.label)
                 for c in links if c.source in fresh and c.target in fresh]
    return placed, new_links
