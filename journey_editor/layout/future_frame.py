"""The future-state frame's geometry and colours, Qt-free: a future-state map has a
coloured rounded frame around the whole map and a "Future state" badge in its top-left
corner cell (above the lane names), so that nobody mistakes the plan for today's journey.
The canvas and the PNG/SVG pictures draw it with a QPainter (render/picture.py), the web
page as SVG (export/html_svg.py); both take its place and size from here."""

from __future__ import annotations

from journey_editor.layout import textmetrics
from journey_editor.layout.geometry import Rect
from journey_editor.layout.style import Style

FUTURE_COLOUR = "#0097a7"  # apart from the compare outlines, selection and header colours
FRAME_PX = 4  # the frame's width on screen, at any zoom (a cosmetic pen)
FRAME_GAP = 8.0  # points between the map's edge and the frame
FRAME_RADIUS = 6.0  # the frame's rounded corners, in points
BADGE_MAX_FONT, BADGE_MIN_FONT = 18.0, 8.0
BADGE_PADDING = (6.0, 4.0)  # the label's room inside the pill, across and down


def frame_rect(width: float, height: float) -> Rect:
    """The frame around a map of `width` x `height` points whose top left is (0, 0)."""
    return Rect(-FRAME_GAP, -FRAME_GAP, width + 2 * FRAME_GAP, height + 2 * FRAME_GAP)


def corner_cell(style: Style) -> Rect:
    """The empty cell above the lane names and left of the stage names."""
    return Rect(0.0, 0.0, style.lane_header_width, style.stage_header_height)


def fit_label(text: str, style: Style) -> tuple[str, float]:
    """The largest size at which the badge's label fits the corner cell on one line
    (elided when even the smallest does not), and that size."""
    room = style.lane_header_width - 2 * style.cell_padding - 2 * BADGE_PADDING[0]
    size = BADGE_MAX_FONT
    while size > BADGE_MIN_FONT and textmetrics.text_width(text, size, True) > room:
        size -= 1
    return textmetrics.elide(text, room, size, True), size


def badge_rect(corner: Rect, label: str, size: float) -> Rect:
    """The badge: the label on a pill centred in the corner cell; the label's top left
    is BADGE_PADDING inside it."""
    across, down = BADGE_PADDING
    height = textmetrics.line_height(size) + 2 * down
    width = textmetrics.text_width(label, size, True) + 2 * across
    x, y = corner.center
    return Rect(x - width / 2, y - height / 2, width, height)
