"""Where a participant's name tag may go on the map: above the card's outline where the
room there holds it, or else inside the card's top edge at its right (titles start on the
left), so that it never covers another card's text (it used to stand over the bottom
line of the card above).

Plain geometry on the layout, in map points; the tag's size on screen is in pixels, so
the choice depends on the zoom it is seen at.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from journey_editor.layout.geometry import CardBox, JourneyLayout, Rect, TextBlock
from journey_editor.render.painting import DETAIL_ZOOM


class Spot(NamedTuple):
    """A tag's place: `inside` the card's top edge or standing above the outline, and the
    scale it is drawn at (below 1 where the card on screen is smaller than the tag)."""

    inside: bool
    scale: float


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def _block(text: TextBlock) -> Rect:
    return Rect(text.x, text.y, text.width, len(text.lines) * text.line_height)


def card_text(box: CardBox) -> Iterator[Rect]:
    """The boxes a card draws text in: its title's lines and its footer."""
    yield _block(box.title)
    if box.footer is not None:
        yield box.footer


def covers_text(layout: JourneyLayout, card_id: str, rect: Rect) -> bool:
    """Whether `rect` covers the text of a card other than `card_id`, or a stage or lane
    header (the whole header: its band is what the room reads the map by)."""
    for other in layout.cards.values():
        if other.id != card_id and _overlap(other.rect, rect) and any(
                _overlap(text, rect) for text in card_text(other)):
            return True
    headers = (*layout.stage_headers, *layout.lane_headers)
    return any(_overlap(header.rect, rect) for header in headers)


def above(card: Rect, grow: float, width: float, height: float) -> Rect:
    """The tag standing on the outline's top-left corner (`grow`: the outline's margin)."""
    return Rect(card.x - grow, card.y - grow - height, width, height)


def spot(layout: JourneyLayout, card_id: str, grow: float, size_px: tuple[float, float],
         zoom: float) -> Spot:
    """Above the outline where that covers no other card's text at this zoom; else inside
    the card's top edge, shrunk to the card where the card shows text and is smaller on
    screen than the tag (far out, the cards show none and the tag keeps its size)."""
    card = layout.cards[card_id].rect
    width, height = size_px[0] / zoom, size_px[1] / zoom
    if not covers_text(layout, card_id, above(card, grow, width, height)):
        return Spot(False, 1.0)
    if zoom < DETAIL_ZOOM:
        return Spot(True, 1.0)
    return Spot(True, min(1.0, card.w / width, card.h / height))
