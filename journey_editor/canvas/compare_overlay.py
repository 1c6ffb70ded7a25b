"""What the compare view adds to a map: outline colours by kind of difference, and the
cards the other journey had that this one lost, drawn as ghosts where they stood.

A ghost is not a card: the model never holds it. The scene lays out a copy of its
journey with a placeholder per ghost at the end of its old cell (the cell whose stage
and lane are paired with its old ones), so that the row makes room for it, takes the
placeholders' boxes out of the layout again, and draws a `GhostItem` in each.
Everything else (selection, gestures, keyboard) sees the real cards only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import msgspec
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journey_editor.canvas.items import DETAIL_ZOOM, Z_CARD, BoxItem
from journey_editor.layout import textmetrics
from journey_editor.layout.geometry import CardBox, JourneyLayout
from journey_editor.layout.style import Style
from journey_editor.model.compare_entries import ADDED, CHANGED, REMOVED, Ghost
from journey_editor.model.types import Card, Journey
from journey_editor.render import painting
from journey_editor.render.text import draw_lines

# Outline colours on the map, by kind of difference (the dock's legend shows them).
MARK_COLOURS = {ADDED: "#2e9d57", CHANGED: "#d79b00", REMOVED: "#d2453b"}
GHOST_FILL = QColor(255, 255, 255, 150)  # the cells' tint shows through: it is not there


class CompareMarks(dict[str, str]):
    """Card id -> outline colour, as the scene's marks always were, plus the ghosts of
    the removed cards. A plain dict still works where no ghosts are wanted."""

    def __init__(self, colours: Mapping[str, str] | None = None,
                 ghosts: Iterable[Ghost] = ()) -> None:
        super().__init__(colours or {})
        self.ghosts = tuple(ghosts)


def with_ghosts(journey: Journey, ghosts: Iterable[Ghost]) -> Journey:
    """A copy of `journey` (the model's own is untouched) with a placeholder card per
    ghost that still has a cell; the other ghosts are left out."""
    stages, lanes = {s.id for s in journey.stages}, {lane.id for lane in journey.lanes}
    # "retired" gives the placeholder a footer line, where the ghost says "Removed".
    extra = [Card(id=g.id, stage=g.stage or "", lane=g.lane or "", title=g.title,
                  status="retired")
             for g in ghosts if g.stage in stages and g.lane in lanes]
    return msgspec.structs.replace(journey, cards=[*journey.cards, *extra]) if extra else journey


def take_ghosts(layout: JourneyLayout, ghosts: Iterable[Ghost]) -> dict[str, CardBox]:
    """Removes the placeholders' boxes from `layout.cards` and returns them."""
    return {g.id: layout.cards.pop(g.id) for g in ghosts if g.id in layout.cards}


class GhostItem(BoxItem):
    """A removed card: a dashed outline over the cell's tint, with its title in grey."""

    def __init__(self, box: CardBox, style: Style) -> None:
        super().__init__(box.id, box, style)
        self.setZValue(Z_CARD)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the cell
        self.setToolTip(QCoreApplication.translate("Compare", "Removed: {0}").format(
            " ".join(box.title.lines)))

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
        painting.draw_block(painter, self.box.title, self.style.muted_text)
        footer = self.box.footer
        if footer is not None:
            size = self.style.small_font
            draw_lines(painter, [QCoreApplication.translate("Compare", "Removed")], footer.x,
                       footer.y + 1, size, True, ink, textmetrics.line_height(size))
