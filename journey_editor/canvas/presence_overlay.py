"""Who else in a live session is on which card: an outline in each person's colour
around the card, and their names on a tag at its top-left corner, drawn over the map:
above the outline where there is room, else inside the card's top edge, never over
another card's text (`presence_room`).

As the compare view's ghosts, these items belong to no model: they hold card ids and
take the cards' boxes from the scene's layout, again whenever it changes. The overlay
is a child of its scene, so it lives and dies with it and nobody keeps its items.
The tag ignores the view's zoom: a name reads the same on a projector's
whole-map zoom as close up (inside a card smaller than itself on screen it shrinks to
the card); the outline's pen does likewise. The tags move when the view zooms.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QStyleOptionGraphicsItem, QWidget

from journey_editor.canvas import presence_room
from journey_editor.canvas.items import Z_CARD, Z_HEADER
from journey_editor.canvas.scene import JourneyScene
from journey_editor.render import painting

RING_GAP = 4.0  # map points between the outlines of several people on one card
PEN_PX = 3.0
TAG_PX = 15  # the name's pixel size: read from the back of a room at any zoom
MAX_NAME = 24  # characters of a name shown on a tag (the rest is elided)


@dataclass(frozen=True)
class Mark:
    """One other participant: their name and colour, and the cards they are on."""

    name: str
    color: str
    cards: tuple[str, ...]


def _ink_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on `fill` (a light green needs black)."""
    luma = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF()
    return QColor("#111111") if luma > 0.6 else QColor("#ffffff")


class OutlineItem(QGraphicsItem):
    """Rings around one card, one per person on it, outermost first."""

    def __init__(self, colors: list[QColor]) -> None:
        super().__init__()
        self.colors = colors
        self.card = QRectF()
        self.setZValue(Z_CARD + 0.5)  # above every card, under the headers
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the card

    def set_card(self, rect: QRectF) -> None:
        if rect != self.card:
            self.prepareGeometryChange()
            self.card = rect

    def _ring(self, index: int) -> QRectF:
        grow = 2.0 + RING_GAP * index
        return self.card.adjusted(-grow, -grow, grow, grow)

    def boundingRect(self) -> QRectF:  # noqa: N802
        # The pen is cosmetic (pixels): leave room for it at a far zoom too.
        return self._ring(len(self.colors)).adjusted(-PEN_PX * 8, -PEN_PX * 8, PEN_PX * 8,
                                                     PEN_PX * 8)

    def shape(self) -> QPainterPath:
        path = QPainterPath()  # only the rings: the card's own tooltip and cursor stay
        path.addRect(self._ring(len(self.colors)))
        path.addRect(self.card)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index, color in enumerate(self.colors):
            pen = QPen(color, PEN_PX)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawRoundedRect(self._ring(index), 6, 6)


class TagItem(QGraphicsItem):
    """The names of the people on one card, side by side on their colours, at the card's
    top-left corner: standing on it, or hanging from it inside the card (`inside`);
    sized in pixels, whatever the zoom."""

    def __init__(self, people: list[tuple[str, QColor]]) -> None:
        super().__init__()
        self.font = QFont(QFont().family())
        self.font.setPixelSize(TAG_PX)
        self.font.setBold(True)
        metrics = QFontMetricsF(self.font)
        self.pad = TAG_PX * 0.35
        self.height = metrics.height() + self.pad
        self.labels: list[tuple[str, QColor, QRectF]] = []
        x = 0.0
        for name, color in people:
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                      metrics.averageCharWidth() * MAX_NAME)
            width = metrics.horizontalAdvance(text) + 2 * self.pad
            self.labels.append((text, color, QRectF(x, 0, width, self.height)))
            x += width + 2
        self.inside = False
        self.shift = 0.0  # pixels to the right: inside, the tag keeps to the card's right
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(Z_HEADER + 0.5)  # a name stays legible over a neighbour or header
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(", ".join(name for name, _ in people))

    @property
    def names(self) -> list[str]:
        return [text for text, _, _ in self.labels]

    def size_px(self) -> tuple[float, float]:
        return (self.labels[-1][2].right() if self.labels else 0.0), self.height

    def place(self, corner: QPointF, spot: presence_room.Spot, card_px: float) -> None:
        """At `corner`, the card's top-left; inside the card, at its top right corner
        (`card_px`: the card's width on screen), where a title's first line ends."""
        shift = max(0.0, card_px / spot.scale - self.size_px()[0]) if spot.inside else 0.0
        if (spot.inside, shift) != (self.inside, self.shift):
            self.prepareGeometryChange()
            self.inside, self.shift = spot.inside, shift
        self.setPos(corner)
        self.setScale(spot.scale)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(self.shift, 0 if self.inside else -self.height, *self.size_px())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font)
        painter.translate(self.shift, 0 if self.inside else -self.height)
        for text, color, rect in self.labels:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(_ink_on(color))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class PresenceOverlay(QObject):
    """The outlines and tags of one scene; `show(marks)` replaces them."""

    def __init__(self, scene: JourneyScene) -> None:
        super().__init__(scene)
        self.outlines: dict[str, OutlineItem] = {}
        self.tags: dict[str, TagItem] = {}
        self._people: dict[str, list[tuple[str, QColor]]] = {}
        self._room: presence_room.Room | None = None  # made again when the layout changes
        self._views: weakref.WeakSet[QGraphicsView] = weakref.WeakSet()  # zooms followed
        scene.layoutChanged.connect(self._relaid)  # cards moved, came or went

    @classmethod
    def of(cls, scene: JourneyScene) -> PresenceOverlay:
        """The scene's overlay, made on first use."""
        found = scene.findChild(PresenceOverlay)
        return found if isinstance(found, PresenceOverlay) else cls(scene)

    def show(self, marks: Iterable[Mark]) -> None:
        people: dict[str, list[tuple[str, QColor]]] = {}
        for mark in sorted(marks, key=lambda m: m.name.casefold()):
            for card_id in mark.cards:
                people.setdefault(card_id, []).append((mark.name, painting.color(mark.color)))
        if people != self._people:
            self._people = people
            self._rebuild()
        elif self._watch_views():
            self._follow()

    def _watch_views(self) -> bool:
        """Follows the zoom of the views showing the scene (a tag's room depends on it);
        True when one has come since (a journey's map shown again, workshop mode)."""
        came = False
        for view in self._scene().views():
            zoomed = getattr(view, "zoomChanged", None)
            if zoomed is not None and view not in self._views:
                self._views.add(view)
                zoomed.connect(self._follow)
                came = True
        return came

    def clear(self) -> None:
        self.show(())

    def _scene(self) -> JourneyScene:
        scene = self.parent()
        assert isinstance(scene, JourneyScene)
        return scene

    def _rebuild(self) -> None:
        self._watch_views()
        scene = self._scene()
        for item in [*self.outlines.values(), *self.tags.values()]:
            scene.removeItem(item)
        self.outlines, self.tags = {}, {}
        for card_id, people in self._people.items():
            self.outlines[card_id] = OutlineItem([color for _, color in people])
            self.tags[card_id] = TagItem(people)
            scene.addItem(self.outlines[card_id])
            scene.addItem(self.tags[card_id])
        self._follow()

    def _relaid(self) -> None:
        self._room = None
        self._follow()

    def _zoom(self) -> float:
        views = self._scene().views()
        return views[0].transform().m11() if views else 1.0

    def _follow(self) -> None:
        """Puts each card's outline and tag where the layout has the card now; hides
        them for a card not on this map (deleted, or hidden by a filter)."""
        scene = self._scene()
        cards, zoom = scene.cards, self._zoom()
        if self.tags and (self._room is None or self._room.layout is not scene.layout):
            self._room = presence_room.Room(scene.layout)
        for card_id, outline in self.outlines.items():
            item = cards.get(card_id)
            tag = self.tags[card_id]
            outline.setVisible(item is not None)
            tag.setVisible(item is not None)
            if item is None:
                continue
            rect = painting.qrect(item.box.rect)
            outline.set_card(rect)
            grow = 2.0 + RING_GAP * len(outline.colors)
            assert self._room is not None
            spot = self._room.spot(card_id, grow, tag.size_px(), zoom)
            corner = rect.topLeft() if spot.inside else QPointF(rect.left() - grow,
                                                                rect.top() - grow)
            tag.place(corner, spot, rect.width() * zoom)
