"""Mouse gestures on the canvas. Each shows feedback while it runs and pushes one
command when it ends; none of them touches the model directly."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
)

from journey_editor.canvas.drag_overlay import DROP_LINE, DragOverlay
from journey_editor.canvas.items import Z_OVERLAY, CardItem, HeaderItem
from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.layout.engine import lane_header_height
from journey_editor.layout.geometry import JourneyLayout
from journey_editor.layout.style import Style
from journey_editor.model.types import Lane


class JourneyScene(Protocol):
    """What a gesture uses of the scene it runs on (canvas.scene.JourneyScene): the
    gestures do not import the scene that starts them."""

    document: Document
    journey_id: str
    layout: JourneyLayout
    map_style: Style
    cards: dict[str, CardItem]

    def card_at(self, pos: QPointF, exclude: Iterable[QGraphicsItem] = ()) -> CardItem | None:
        ...

    def cell_rect(self, cell: tuple[str, str] | None) -> QRectF | None: ...
    def show_cell(self, cell: tuple[str, str] | None) -> None: ...
    def select_cards(self, card_ids: Iterable[str]) -> None: ...
    def selected_card_ids(self) -> list[str]: ...
    # and QGraphicsScene's own
    def addItem(self, item: QGraphicsItem) -> None: ...  # noqa: N802
    def removeItem(self, item: QGraphicsItem) -> None: ...  # noqa: N802
    def items(self, pos: QPointF) -> list[QGraphicsItem]: ...
    def selectedItems(self) -> list[QGraphicsItem]: ...  # noqa: N802
    def clearSelection(self) -> None: ...  # noqa: N802
    def mouseGrabberItem(self) -> QGraphicsItem | None: ...  # noqa: N802

# Above this many selected cards a drag moves one outline over a picture of the map
# (drag_overlay) instead of every card: moving 200 items costs Qt ~12 ms a frame.
GHOST_DRAG_FROM = 20


class Interaction:
    def __init__(self, scene: JourneyScene) -> None:
        self.scene = scene

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        """Feedback while the button is held."""

    def cancel(self) -> None:
        """Remove the feedback (also when the gesture ends without a release)."""

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        """Remove the feedback; push the command."""


def _guide(scene: JourneyScene) -> QGraphicsLineItem:
    line = QGraphicsLineItem()
    line.setPen(QPen(DROP_LINE, 2, Qt.PenStyle.DashLine))
    line.setZValue(Z_OVERLAY)
    scene.addItem(line)
    return line


class ConnectInteraction(Interaction):
    """Drag from a card's handle to another card."""

    def __init__(self, scene: JourneyScene, source: CardItem) -> None:
        super().__init__(scene)
        self.source = source
        self.line = _guide(scene)
        self.line.setLine(QLineF(source.handle_center(), source.handle_center()))

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        self.line.setLine(QLineF(self.source.handle_center(), event.scenePos()))
        target = self.scene.card_at(event.scenePos(), [self.source])
        self.scene.show_cell((target.box.stage, target.box.lane) if target else None)

    def cancel(self) -> None:
        self.scene.removeItem(self.line)
        self.scene.show_cell(None)

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self.cancel()
        target = self.scene.card_at(event.scenePos(), [self.source])
        if target is not None:
            edit_facade.connect(self.scene.document, self.scene.journey_id,
                                self.source.item_id, target.item_id)


class ReorderInteraction(Interaction):
    """Drag a stage or lane header to another position."""

    def __init__(self, scene: JourneyScene, header: HeaderItem) -> None:
        super().__init__(scene)
        self.header = header
        self.line = _guide(scene)
        self.line.hide()

    def _index_at(self, pos: QPointF) -> int:
        layout = self.scene.layout
        spans = layout.columns if self.header.kind == "stage" else layout.rows
        coordinate = pos.x() if self.header.kind == "stage" else pos.y()
        starts = [start for start, _ in spans.values()]
        return max(0, sum(1 for s in starts if s <= coordinate) - 1)

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        layout = self.scene.layout
        index = self._index_at(event.scenePos())
        if self.header.kind == "stage":
            x, w = list(layout.columns.values())[index]
            self.line.setLine(QLineF(x + w / 2, 0, x + w / 2, layout.height))
        else:
            y, h = list(layout.rows.values())[index]
            self.line.setLine(QLineF(0, y + h / 2, layout.width, y + h / 2))
        self.line.show()

    def cancel(self) -> None:
        self.scene.removeItem(self.line)

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self.cancel()
        edit_facade.reorder(self.scene.document, self.scene.journey_id, self.header.kind,
                            self.header.item_id, self._index_at(event.scenePos()))


class ResizeInteraction(Interaction):
    """Drag a stage's right edge or a lane's bottom edge."""

    def __init__(self, scene: JourneyScene, header: HeaderItem) -> None:
        super().__init__(scene)
        self.header = header
        self.line = _guide(scene)
        style = scene.map_style
        if header.kind == "stage":
            self.minimum = style.min_stage_width
        else:  # no lower than its name needs
            lane = scene.document.find(scene.journey_id, "lane", header.item_id)
            assert isinstance(lane, Lane)
            language = scene.document.journey(scene.journey_id).language
            self.minimum = max(style.lane_min_height,
                               lane_header_height(lane, style, language))

    def _size(self, pos: QPointF) -> float:
        rect = self.header.box.rect
        along = pos.x() - rect.x if self.header.kind == "stage" else pos.y() - rect.y
        return max(self.minimum, along)

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        layout, rect = self.scene.layout, self.header.box.rect
        size = self._size(event.scenePos())
        if self.header.kind == "stage":
            self.line.setLine(QLineF(rect.x + size, 0, rect.x + size, layout.height))
        else:
            self.line.setLine(QLineF(0, rect.y + size, layout.width, rect.y + size))

    def cancel(self) -> None:
        self.scene.removeItem(self.line)

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self.cancel()
        edit_facade.resize(self.scene.document, self.scene.journey_id, self.header.kind,
                           self.header.item_id, round(self._size(event.scenePos())))


class GhostDragInteraction(Interaction):
    """Drags a large selection as one translucent outline; drops like a normal drag."""

    def __init__(self, scene: JourneyScene, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(scene)
        self.start = event.scenePos()
        self.ids = scene.selected_card_ids()
        self.view = event.widget().parentWidget() if event.widget() is not None else None
        self.overlay: DragOverlay | None = None  # on the first move: a click needs none

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        cell = self.scene.layout.cell_at(pos.x(), pos.y())
        if not isinstance(self.view, QGraphicsView):  # no view to draw over: the cell only
            self.scene.show_cell(cell)
            return
        if self.overlay is None:
            rects = [QRectF(*self.scene.layout.cards[c].rect) for c in self.ids]
            self.overlay = DragOverlay(self.view, rects)
        self.overlay.follow(pos - self.start, self.scene.cell_rect(cell))

    def cancel(self) -> None:
        if self.overlay is not None:
            self.overlay.close_overlay()
            self.overlay = None
        self.scene.show_cell(None)

    def finish(self, event: QGraphicsSceneMouseEvent) -> None:
        self.cancel()
        layout = self.scene.layout
        grabbed = layout.cell_at(self.start.x(), self.start.y())
        dropped = layout.cell_at(event.scenePos().x(), event.scenePos().y())
        if grabbed is not None and dropped is not None:
            _push_moves(self.scene, self.ids, grabbed, dropped)
            self.scene.select_cards(self.ids)


def _push_moves(scene: JourneyScene, card_ids: list[str], grabbed: tuple[str, str],
                dropped: tuple[str, str]) -> None:
    """Moves every card by the grid offset from the cell it was grabbed in to the cell it
    was dropped on, so a stack dragged to a cell lands there together."""
    layout = scene.layout
    stages, lanes = list(layout.columns), list(layout.rows)
    d_stage = stages.index(dropped[0]) - stages.index(grabbed[0])
    d_lane = lanes.index(dropped[1]) - lanes.index(grabbed[1])
    moves = []
    for card_id in card_ids:
        box = layout.cards[card_id]
        s = min(max(stages.index(box.stage) + d_stage, 0), len(stages) - 1)
        ln = min(max(lanes.index(box.lane) + d_lane, 0), len(lanes) - 1)
        moves.append((card_id, stages[s], lanes[ln]))
    edit_facade.move_cards(scene.document, scene.journey_id, moves)


def start(scene: JourneyScene, event: QGraphicsSceneMouseEvent) -> Interaction | None:
    """The gesture a left press begins, or None to let Qt select and move items."""
    if event.button() != Qt.MouseButton.LeftButton:
        return None
    pos = event.scenePos()
    for item in scene.items(pos):
        if isinstance(item, CardItem):
            if item.on_handle(pos):
                return ConnectInteraction(scene, item)
            plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.ShiftModifier)
            if plain and item.isSelected() and len(scene.selectedItems()) > GHOST_DRAG_FROM:
                return GhostDragInteraction(scene, event)
            return None
        if isinstance(item, HeaderItem):
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                scene.clearSelection()
            item.setSelected(True)
            if item.on_resize_edge(pos):
                return ResizeInteraction(scene, item)
            return ReorderInteraction(scene, item)
    return None


def _moved_cards(scene: JourneyScene) -> list[CardItem]:
    return [item for item in scene.cards.values() if item.pos() != QPointF(0, 0)]


def track_card_drag(scene: JourneyScene, event: QGraphicsSceneMouseEvent) -> None:
    """While cards are dragged, highlight the cell they would land in."""
    grabber = scene.mouseGrabberItem()
    if isinstance(grabber, CardItem) and event.buttons() & Qt.MouseButton.LeftButton:
        scene.show_cell(scene.layout.cell_at(event.scenePos().x(), event.scenePos().y()))


def drop_cards(scene: JourneyScene, event: QGraphicsSceneMouseEvent) -> None:
    """After Qt moved the selected cards: they all shift by the grid offset of the drag."""
    scene.show_cell(None)
    moved = _moved_cards(scene)
    if not moved:
        return
    start = event.buttonDownScenePos(Qt.MouseButton.LeftButton)
    grabbed = scene.layout.cell_at(start.x(), start.y())
    dropped = scene.layout.cell_at(event.scenePos().x(), event.scenePos().y())
    if grabbed is not None and dropped is not None:
        _push_moves(scene, [item.item_id for item in moved], grabbed, dropped)
    for item in moved:  # snap back: a moved card is re-boxed at its new cell by the refresh
        item.setPos(0, 0)


def double_click_target(scene: JourneyScene, pos: QPointF) -> tuple[str, ...] | None:
    """What a double-click edits: ("card", id), ("stage"|"lane", id), ("cell", stage, lane)."""
    for item in scene.items(pos):
        if isinstance(item, CardItem):
            return "card", item.item_id
        if isinstance(item, HeaderItem):
            return item.kind, item.item_id
    cell = scene.layout.cell_at(pos.x(), pos.y())
    return ("cell", *cell) if cell is not None else None
