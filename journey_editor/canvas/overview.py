"""Far-zoom drawing: one item per stage column paints all its cards and arrows at once.

At fit-to-window a 5,000-card map is mostly coloured rectangles; painting them as
thousands of items costs Qt's per-item overhead (and a Python call each) on every
frame. Below the detail zoom the scene marks card and arrow items as having no
contents (they still select and drag) and these tiles draw them in a few calls.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from journey_editor.canvas.items import Z_CARD
from journey_editor.layout.geometry import CardBox, ConnectionPath
from journey_editor.layout.style import Style
from journey_editor.render import painting


class OverviewTile(QGraphicsItem):
    """Cards and arrows of one stage column, drawn plainly, cached as Qt objects."""

    def __init__(self, style: Style) -> None:
        super().__init__()
        self.style = style
        self.setZValue(Z_CARD - 0.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._fills: list[tuple[QColor, list[QRectF]]] = []
        self._routes = QPainterPath()
        self._bounds = QRectF()

    def set_content(self, cards: list[CardBox], links: list[ConnectionPath]) -> None:
        self.prepareGeometryChange()
        by_fill: dict[str, list[QRectF]] = {}
        for box in cards:
            by_fill.setdefault(box.fill, []).append(QRectF(*box.rect))
        self._fills = [(painting.color(fill), rects) for fill, rects in by_fill.items()]
        routes = QPainterPath()
        for link in links:
            routes.addPolygon(painting.arrow_polygon(link))  # not closed: a light mark
            routes.moveTo(*link.points[0])
            for point in link.points[1:]:
                routes.lineTo(*point)
        self._routes = routes
        bounds = routes.boundingRect()
        for _, rects in self._fills:
            for rect in rects:
                bounds = bounds.united(rect)
        self._bounds = bounds.adjusted(-2, -2, 2, 2)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pen = QPen(painting.color(self.style.connection_color), 1)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._routes)
        painter.setPen(Qt.PenStyle.NoPen)
        for fill, rects in self._fills:
            painter.setBrush(fill)
            painter.drawRects(rects)


def overview_groups(cards: dict[str, CardBox], links: list[ConnectionPath],
                    ) -> dict[str, tuple[list[CardBox], list[ConnectionPath]]]:
    """Cards by stage, and each arrow with the stage of its source card."""
    groups: dict[str, tuple[list[CardBox], list[ConnectionPath]]] = {}
    for box in cards.values():
        groups.setdefault(box.stage, ([], []))[0].append(box)
    for link in links:
        groups.setdefault(cards[link.source].stage, ([], []))[1].append(link)
    return groups


class Overview:
    """A scene's far zoom: a tile per stage draws its cards and arrows, and the items
    themselves paint only while selected (they stay, for picking and selecting)."""

    def __init__(self, scene: QGraphicsScene, style: Style) -> None:
        self.scene = scene
        self.style = style
        self.detailed = True
        self.tiles: dict[str, OverviewTile] = {}
        self._hidden: set[QGraphicsItem] = set()  # items the tiles draw instead

    def build(self, cards: dict[str, CardBox], links: list[ConnectionPath]) -> None:
        groups = overview_groups(cards, links)
        for gone in self.tiles.keys() - groups.keys():
            self.scene.removeItem(self.tiles.pop(gone))
        for stage, (stage_cards, stage_links) in groups.items():
            tile = self.tiles.get(stage)
            if tile is None:
                tile = self.tiles[stage] = OverviewTile(self.style)
                self.scene.addItem(tile)
            tile.set_content(stage_cards, stage_links)
            tile.setVisible(not self.detailed)

    def apply(self, items: Iterable[QGraphicsItem]) -> None:
        """Hides `items` (the cards and arrows) in overview, but the selected ones.

        Runs on every selection change, so it touches only items whose state differs
        (tracked in Python: asking Qt for flags() costs a PySide enum per call).
        """
        want_hidden: set[QGraphicsItem] = set()
        if not self.detailed:
            want_hidden = set(items) - set(self.scene.selectedItems())
        no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        for item in self._hidden - want_hidden:
            if item.scene() is self.scene:
                item.setFlag(no_contents, False)
        for item in want_hidden - self._hidden:
            item.setFlag(no_contents, True)
        self._hidden = want_hidden
