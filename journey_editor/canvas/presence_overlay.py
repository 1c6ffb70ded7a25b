"""Who else in a live session is on which card: an outline in each person's colour
around the card, and their names on a tag at its top-left corner, drawn over the map:
above the outline where there is room, else inside the card's top edge beside the
title, never over a card's text, its own included (`presence_room`): where the names
have no room it shows first names, initials or coloured dots, the tooltip names all.

As the compare view's ghosts, these items belong to no model: they hold card ids and
take the cards' boxes from the scene's layout, again whenever it changes. The overlay
is a child of its scene, so it lives and dies with it and nobody keeps its items.
The tag ignores the view's zoom: a name reads the same on a projector's
whole-map zoom as close up (only dots with no room beside the title shrink); the
outline's pen does likewise. The tags move when the view zooms.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QStyleOptionGraphicsItem, QWidget

from journey_editor.canvas import presence_room
from journey_editor.canvas.items import Z_CARD, Z_HEADER
from journey_editor.canvas.scene import JourneyScene
from journey_editor.render import painting
from journey_editor.render.text import base_font

RING_GAP = 4.0  # map points between the outlines of several people on one card
PEN_PX = 3.0
TAG_PX = 15  # the name's pixel size: read from the back of a room at any zoom
MAX_NAME = 24  # characters of a name shown on a tag (the rest is elided)
DOT = 0.6  # a dot's diameter, of a name's tag height


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


Label = tuple[str, QColor, QRectF]  # a person's text ("" for a dot), colour, place


def initials(name: str) -> str:
    """The first letter of each word of `name`, at most three ('Ann-Kathrine
    Østergaard': 'AØ')."""
    return "".join(word[0] for word in name.split()[:3]).upper()


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


class TagItem(QGraphicsItem):
    """The names of the people on one card, side by side on their colours, at the card's
    top-left corner: standing on it, or hanging from it inside the card (`inside`);
    sized in pixels, whatever the zoom. Where the full names have no room it shows
    first names, initials or coloured dots (`forms`); the tooltip names everyone."""

    def __init__(self, people: list[tuple[str, QColor]]) -> None:
        super().__init__()
        # The map's bundled face: a tag is the same size on every machine (a desktop's
        # default, Noto Sans, is a fifth taller and would not fit beside a title).
        self.font = base_font(bold=True)
        self.font.setPixelSize(TAG_PX)
        self.pad = TAG_PX * 0.35  # each side of a name
        # The font's line height holds the name with room above its capitals: a thin
        # pill fits beside a one-line title, above the card's footer, at 100 %.
        self.height = QFontMetricsF(self.font).height() + TAG_PX * 0.1
        self.forms = self._forms(people)
        self.form = 0
        self.inside = False
        self.rise = 0.0  # inside, the share of the tag above the card's top edge
        self.shift = 0.0  # pixels to the right: inside, the tag keeps to the card's right
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(Z_HEADER + 0.5)  # a name stays legible over a neighbour or header
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(", ".join(name for name, _ in people))

    def _forms(self, people: list[tuple[str, QColor]]) -> list[list[Label]]:
        """The tag's forms, fullest first, each one narrower than the one before."""
        metrics = QFontMetricsF(self.font)
        # Counted in characters: the font's average width cut a 23-letter name.
        full = [name if len(name) <= MAX_NAME else name[:MAX_NAME - 1].rstrip() + "\u2026"
                for name, _ in people]
        forms: list[list[Label]] = []
        for texts in (full, [first_name(n) for n in full], [initials(n) for n in full]):
            if not forms or texts != [text for text, _, _ in forms[-1]]:
                forms.append(self._row(texts, [color for _, color in people], metrics))
        forms.append(self._row([""] * len(people), [color for _, color in people], metrics))
        return forms

    def _row(self, texts: list[str], colors: list[QColor],
             metrics: QFontMetricsF) -> list[Label]:
        labels: list[Label] = []
        x = 0.0
        side = self.height * DOT
        for text, color in zip(texts, colors, strict=True):
            if text:
                rect = QRectF(x, 0, metrics.horizontalAdvance(text) + 2 * self.pad,
                              self.height)
            else:  # a dot: as high as a line of the card's text at the normal zoom
                rect = QRectF(x, 0, side, side)
            labels.append((text, color, rect))
            x += rect.width() + 2
        return labels

    @property
    def names(self) -> list[str]:
        """The people's names (elided past MAX_NAME characters), whatever form shows."""
        return [text for text, _, _ in self.forms[0]]

    @property
    def shown(self) -> list[str]:
        """What the tag reads now ("" for a dot)."""
        return [text for text, _, _ in self.forms[self.form]]

    def size_px(self, form: int | None = None) -> tuple[float, float]:
        labels = self.forms[self.form if form is None else form]
        return labels[-1][2].right(), max(rect.bottom() for _, _, rect in labels)

    def sizes_px(self) -> list[tuple[float, float]]:
        """Each form's size on screen, fullest first (what `presence_room` chooses by)."""
        return [self.size_px(form) for form in range(len(self.forms))]

    def place(self, corner: QPointF, spot: presence_room.Spot, card_px: float) -> None:
        """At `corner`, the card's top-left; inside the card, at its top right corner
        (`card_px`: the card's width on screen), beside the title's first lines."""
        width = self.size_px(spot.form)[0]
        shift = max(0.0, card_px / spot.scale - width) if spot.inside else 0.0
        if (spot.inside, shift, spot.form, spot.rise) != (
                self.inside, self.shift, self.form, self.rise):
            self.prepareGeometryChange()
            self.inside, self.shift, self.form = spot.inside, shift, spot.form
            self.rise = spot.rise
        self.setPos(corner)
        self.setScale(spot.scale)

    def _top(self) -> float:
        return -self.size_px()[1] * (self.rise if self.inside else 1.0)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(self.shift, self._top(), *self.size_px())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font)
        painter.translate(self.shift, self._top())
        for text, color, rect in self.forms[self.form]:
            if not text:  # a white rim: the dot stands out on a card of its colour
                painter.setPen(QPen(QColor("#ffffff"), 1.5))
                painter.setBrush(color)
                painter.drawEllipse(rect.adjusted(0.75, 0.75, -0.75, -0.75))
                continue
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

    def _top_first(self, entry: tuple[str, OutlineItem]) -> tuple[float, float]:
        """Tags are placed from the map's top left: the upper card's tag keeps its room
        above, the one below finds another place (the same whatever the marks' order)."""
        box = self._scene().layout.cards.get(entry[0])
        return (box.rect.y, box.rect.x) if box is not None else (0.0, 0.0)

    def _follow(self) -> None:
        """Puts each card's outline and tag where the layout has the card now; hides
        them for a card not on this map (deleted, or hidden by a filter)."""
        scene = self._scene()
        cards, zoom = scene.cards, self._zoom()
        if self.tags and (self._room is None or self._room.layout is not scene.layout):
            self._room = presence_room.Room(scene.layout)
        if self._room is not None:
            self._room.taken.clear()
        for card_id, outline in sorted(self.outlines.items(), key=self._top_first):
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
            spot = self._room.spot(card_id, grow, tag.sizes_px(), zoom)
            corner = rect.topLeft() if spot.inside else QPointF(rect.left() - grow,
                                                                rect.top() - grow)
            tag.place(corner, spot, rect.width() * zoom)
