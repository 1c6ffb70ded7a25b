"""The dot-vote badge of a card: a filled disc with the number of dots on it.

The canvas and the PDF both draw it from here. On paper it is as tall as the card's
footer row; on screen it grows when the map is zoomed out, so the room can still read
the count on a projector (see `badge_diameter`): upwards over the card's own text,
which is too small to read at such a zoom anyway.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from journey_editor.layout import textmetrics
from journey_editor.layout.geometry import Rect

BADGE_INK = "#2f6fed"
BADGE_TEXT = "#ffffff"
MIN_SCREEN_PX = 14.0  # a badge is never drawn smaller than this on screen, if it fits
# The badge stays this far inside the footer's right end: the connect handle sits on the
# middle of the card's right edge, and the footer's top can be level with it.
HANDLE_CLEARANCE = 4.0
LABEL_SHARE = 0.62  # the count's font size, as a share of the badge's height


class Badge(NamedTuple):
    rect: Rect
    label: str
    size: float  # font size of the label (bold)
    text_x: float  # where the label starts ...
    baseline: float  # ... and the y of its baseline


def badge_diameter(footer_h: float, card_h: float, zoom: float) -> float:
    """The footer's height, grown on a far zoom to MIN_SCREEN_PX on screen, but never
    taller than the card (it stays on its card)."""
    return min(max(footer_h, MIN_SCREEN_PX / max(zoom, 1e-6)), max(footer_h, card_h - 2))


def vote_badge(footer: Rect, votes: int, diameter: float,
               card_bottom: float = math.inf) -> Badge:
    """The badge at the right end of a footer row, centred on the row; one taller than
    the row and the padding below it grows upwards from the card's bottom edge. A long
    count makes a pill rather than overflowing a disc."""
    label = str(votes)
    size = diameter * LABEL_SHARE
    text_w = textmetrics.text_width(label, size, True)
    width = max(diameter, text_w + diameter * 0.5)
    right = footer.x + footer.w - HANDLE_CLEARANCE
    top = min(footer.y + (footer.h - diameter) / 2, card_bottom - 1 - diameter)
    # Digits stand on the baseline and reach about 0.72 of the font size up: centred so.
    baseline = top + diameter / 2 + size * 0.36
    return Badge(Rect(right - width, top, width, diameter), label, size,
                 right - width / 2 - text_w / 2, baseline)
