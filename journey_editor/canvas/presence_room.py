"""Where a participant's name tag may go on the map: above the card's outline where the
room there holds it, or else inside the card's top edge at its right, beside the title's
lines (titles start on the left), so that it never covers a card's text: another
card's (it used to stand over the bottom line of the card above), nor its own (it used
to hide the first title line, at the card's right, whatever length that line had).

A tag comes in forms from fullest to smallest (full names, first names, initials,
coloured dots): the fullest that fits wins; where even dots do not fit beside the
title, they sit on the card's top edge, and shrink until they fit. Nor does a tag hide
another: each keeps off those placed before it.

Plain geometry on the layout, in map points; the tag's size on screen is in pixels, so
the choice depends on the zoom it is seen at.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from journey_editor.layout import textmetrics
from journey_editor.layout.geometry import CardBox, JourneyLayout, Rect, TextBlock
from journey_editor.render.painting import DETAIL_ZOOM

GAP = 2.0  # map points kept between a title line's end and a tag beside it
SHRINK = 0.85  # each step down when even dots do not fit beside the title
SMALLEST = 0.05  # the least scale tried (the top padding holds a dot shrunk to it)
STRADDLE = 0.5  # of a dot's height above the card's top edge, where it has no room below


class Spot(NamedTuple):
    """A tag's place: `inside` the card's top edge or standing above the outline, the
    scale it is drawn at (below 1 where nothing fits at full size), which of its forms
    it shows (0: the fullest) and, inside, how much of it rises above the card's top
    edge (a fraction of its height: dots sit on the edge where that makes them larger)."""

    inside: bool
    scale: float
    form: int = 0
    rise: float = 0.0


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def title_lines(text: TextBlock) -> Iterator[Rect]:
    """The box of each line of a card's title, as wide as the line's text (painting
    places them with the same `line_offset`: right to left lines at the right)."""
    for i, line in enumerate(text.lines):
        width = textmetrics.text_width(line, text.size, text.bold)
        x = text.x + textmetrics.line_offset(line, text.width, text.size, text.bold,
                                             text.align)
        yield Rect(x, text.y + i * text.line_height, width, text.line_height)


def _block(text: TextBlock) -> Rect:
    return Rect(text.x, text.y, text.width, len(text.lines) * text.line_height)


def card_text(box: CardBox) -> Iterator[Rect]:
    """The boxes a card draws text in: its title's lines and its footer."""
    yield _block(box.title)
    if box.footer is not None:
        yield box.footer


def own_text(box: CardBox) -> Iterator[Rect]:
    """What a tag inside the card must leave free: each title line as far as its text
    goes (and GAP beyond), and the footer."""
    for line in title_lines(box.title):
        yield Rect(line.x - GAP, line.y, line.w + 2 * GAP, line.h)
    if box.footer is not None:
        yield box.footer


class Room:
    """The map's cards sorted by their top edge, to find those near a tag quickly (a
    zoom step re-places every tag; 5,000 cards, 8 tags: 0.1 ms instead of 16 ms), and
    the tags placed so far (`taken`): a tag never hides another one's names."""

    def __init__(self, layout: JourneyLayout) -> None:
        self.layout = layout
        self.boxes = sorted(layout.cards.values(), key=lambda box: box.rect.y)
        self.tops = [box.rect.y for box in self.boxes]
        self.tallest = max((box.rect.h for box in self.boxes), default=0.0)
        self.headers = [h.rect for h in (*layout.stage_headers, *layout.lane_headers)]
        self.taken: list[Rect] = []  # emptied before the tags are placed again

    def _taken(self, rect: Rect) -> bool:
        return any(_overlap(tag, rect) for tag in self.taken)

    def covers_text(self, card_id: str, rect: Rect) -> bool:
        """Whether `rect` covers the text of a card other than `card_id`, or a stage or
        lane header (the whole header: its band is what the room reads the map by)."""
        near = self.boxes[bisect_left(self.tops, rect.y - self.tallest):
                          bisect_right(self.tops, rect.bottom)]
        for other in near:
            if other.id != card_id and _overlap(other.rect, rect) and any(
                    _overlap(text, rect) for text in card_text(other)):
                return True
        return any(_overlap(header, rect) for header in self.headers)

    def fits_inside(self, card_id: str, width: float, height: float,
                    rise: float = 0.0) -> bool:
        """Whether a tag `width` x `height` (map points) at the card's top right corner,
        `rise` of it above the top edge, stays in the card and off its title's lines and
        footer (and, rising, off other cards' text)."""
        box = self.layout.cards[card_id]
        tag = inside(box.rect, width, height, rise)
        return (width <= box.rect.w and height * (1 - rise) <= box.rect.h
                and not any(_overlap(text, tag) for text in own_text(box))
                and not (rise and self.covers_text(card_id, tag)) and not self._taken(tag))

    def spot(self, card_id: str, grow: float, sizes_px: Sequence[tuple[float, float]],
             zoom: float) -> Spot:
        """Where the tag goes (`choose`), kept in `taken` for the tags placed after it."""
        spot = self.choose(card_id, grow, sizes_px, zoom)
        width, height = (size * spot.scale / zoom for size in sizes_px[spot.form])
        card = self.layout.cards[card_id].rect
        self.taken.append(inside(card, width, height, spot.rise) if spot.inside
                          else above(card, grow, width, height))
        return spot

    def choose(self, card_id: str, grow: float, sizes_px: Sequence[tuple[float, float]],
               zoom: float) -> Spot:
        """The fullest form (`sizes_px`: each form's width and height on screen, fullest
        first, dots last) that stands above the outline covering no other card's text nor
        tag at this zoom, or that fits inside beside the title; else the dots, inside or on the
        card's top edge, shrunk until they fit. Far out the cards show no text: a tag
        with no room above keeps its size inside."""
        card = self.layout.cards[card_id].rect
        dots = len(sizes_px) - 1  # never above: a dot there reads as the card above's
        for form, (width, height) in enumerate(sizes_px):
            stand = above(card, grow, width / zoom, height / zoom)
            if form < dots and not self.covers_text(card_id, stand) and not self._taken(stand):
                return Spot(False, 1.0, form)
            if zoom < DETAIL_ZOOM or self.fits_inside(card_id, width / zoom, height / zoom):
                return Spot(True, 1.0, form)
        width, height = sizes_px[dots]
        scale = 1.0
        while scale > SMALLEST:
            for rise in (0.0, STRADDLE):
                if self.fits_inside(card_id, width * scale / zoom, height * scale / zoom, rise):
                    return Spot(True, scale, dots, rise)
            scale *= SHRINK
        return Spot(True, scale, dots)


def above(card: Rect, grow: float, width: float, height: float) -> Rect:
    """The tag standing on the outline's top-left corner (`grow`: the outline's margin)."""
    return Rect(card.x - grow, card.y - grow - height, width, height)


def inside(card: Rect, width: float, height: float, rise: float = 0.0) -> Rect:
    """The tag hanging from the card's top edge at its right corner (`rise`: the share
    of its height above the edge)."""
    return Rect(card.right - width, card.y - rise * height, width, height)
