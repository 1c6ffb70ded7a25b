"""What the compare view adds to a map: outline colours by kind of difference, and the
cards the other journey had that this one lost, drawn as ghosts where they stood.

A ghost is not a card: the model never holds it. The scene owns one `GhostItem` per
removed card, placed below the cards of its old cell (the cell of this journey whose
stage and lane are paired with its old ones), and drops them when the comparison
changes or goes away.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journey_editor.canvas import painting
from journey_editor.canvas.items import DETAIL_ZOOM, Z_CARD, BoxItem
from journey_editor.canvas.text import draw_lines
from journey_editor.layout import textmetrics
from journey_editor.layout.geometry import JourneyLayout, Rect
from journey_editor.layout.style import Style
from journey_editor.model.compare_entries import ADDED, CHANGED, REMOVED, Ghost

# Outline colours on the map, by kind of difference (the dock's legend shows them).
MARK_COLOURS = {ADDED: "#2e9d57", CHANGED: "#d79b00", REMOVED: "#d2453b"}
GHOST_FILL = QColor(255, 255, 255, 150)  # the cells' tint shows through: it is not there
GHOST_TITLE_LINES = 2


class CompareMarks(dict[str, str]):
    """Card id -> outline colour, as the scene's marks always were, plus the ghosts of
    the removed cards. A plain dict still works where no ghosts are wanted."""

    def __init__(self, colours: Mapping[str, str] | None = None,
                 ghosts: Iterable[Ghost] = ()) -> None:
        super().__init__(colours or {})
        self.ghosts = tuple(ghosts)


class GhostBox(NamedTuple):
    id: str
    rect: Rect
    lines: tuple[str, ...]


def ghost_boxes(layout: JourneyLayout, ghosts: Iterable[Ghost], style: Style) -> dict[str, GhostBox]:
    """Where each ghost goes: one under another below the last card of its cell, as wide
    as a card there. Ghosts whose stage or lane is gone have no cell and no box."""
    bottoms: dict[tuple[str, str], float] = {}
    for card in layout.cards.values():
        cell = (card.stage, card.lane)
        bottoms[cell] = max(bottoms.get(cell, 0.0), card.rect.bottom + style.card_gap)
    line_height = textmetrics.line_height(style.card_font)
    boxes = {}
    for ghost in ghosts:
        cell = (ghost.stage or "", ghost.lane or "")
        if cell not in layout.cells:
            continue
        rect = layout.cells[cell]
        width = min(style.card_width, rect.w - 2 * style.cell_padding)
        lines = tuple(textmetrics.wrap(ghost.title, width - 2 * style.card_padding,
                                       style.card_font, max_lines=GHOST_TITLE_LINES))
        height = max(style.card_min_height,
                     2 * style.card_padding + max(1, len(lines)) * line_height)
        top = bottoms.get(cell, rect.y + style.cell_padding)
        boxes[ghost.id] = GhostBox(ghost.id, Rect(rect.x + style.cell_padding, top, width, height),
                                   lines)
        bottoms[cell] = top + height + style.card_gap
    return boxes


class GhostItem(BoxItem):
    """A removed card: a dashed, see-through outline with its title, under the real
    cards (where a ghost reaches past its cell, the cards there stay readable)."""

    def __init__(self, box: GhostBox, style: Style) -> None:
        super().__init__(box.id, box, style)
        self.setZValue(Z_CARD - 0.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the cell
        self.setToolTip(QCoreApplication.translate("Compare", "Removed: {0}").format(" ".join(box.lines)))

    def boundingRect(self) -> QRectF:  # noqa: N802
        return painting.qrect(self.box.rect).adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = painting.qrect(self.box.rect)
        ink = painting.color(MARK_COLOURS[REMOVED])
        pen = QPen(ink, 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)  # the dashes read at any zoom
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(GHOST_FILL)
        painter.drawRoundedRect(rect, 4, 4)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < DETAIL_ZOOM:
            return
        pad = self.style.card_padding
        draw_lines(painter, list(self.box.lines), rect.x() + pad, rect.y() + pad,
                   self.style.card_font, False, QColor(self.style.muted_text),
                   textmetrics.line_height(self.style.card_font))
