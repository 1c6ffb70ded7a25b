"""The canvas scene: renders one journey of a document and turns gestures into commands.

The scene owns no data. On every document change that concerns its journey it
lays the journey out again and brings its items in line with the new layout
(creating, removing or re-boxing items by id). Mouse gestures are handed to small
interaction objects (see `interactions`), which push a command when they end.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
)

from journey_editor.canvas import dragdrop, interactions
from journey_editor.canvas.compare_overlay import CompareMarks, GhostItem, take_ghosts, with_ghosts
from journey_editor.canvas.drag_overlay import DROP_FILL, DROP_LINE
from journey_editor.canvas.dragdrop import entry_from_mime
from journey_editor.canvas.heat import heat_fills
from journey_editor.canvas.items import (
    Z_OVERLAY,
    BoxItem,
    CardItem,
    ConnectionItem,
    CurveItem,
    GridItem,
    HeaderItem,
    ZoneItem,
)
from journey_editor.canvas.overview import Overview
from journey_editor.canvas.state_badge import StateFrame
from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.layout.engine import DEFAULT_STYLE, lay_out, with_routes
from journey_editor.layout.geometry import JourneyLayout
from journey_editor.layout.relayout import relayout, touched_by
from journey_editor.layout.rerouting import Router
from journey_editor.layout.style import Style
from journey_editor.model import catalog
from journey_editor.model.catalog import Entry
from journey_editor.model.edits import Change, ItemKind

BSP_DEPTH = 10
# A map with more arrows than this shows its cards first and routes its arrows right
# after that first frame: routing 20,000 arrows is 0.4 s of the wait to see the map.
ROUTE_AFTER_PAINT = 2_000
# A map with more cards than this makes, before its first frame, only the cards in view;
# the others come right after that frame with the arrows (20,000 cards: 0.25 s sooner).
CARDS_AFTER_PAINT = 5_000
# Card fields the validation filter and the heat overlay show (not part of the layout).
MARKED_FIELDS = frozenset({"status", "metrics"})


class JourneyScene(QGraphicsScene):
    layoutChanged = Signal()  # noqa: N815 (Qt naming)
    editRequested = Signal(str, str)  # noqa: N815  kind, id: the view opens an inline editor
    addRequested = Signal(str, str)  # noqa: N815  stage id, lane id of an empty cell

    def __init__(self, document: Document, journey_id: str, style: Style = DEFAULT_STYLE) -> None:
        super().__init__()
        # Qt picks the index's depth from the item count: 16-17 for 20,000-40,000 cards,
        # where each long arrow lands in thousands of leaves: opening 40,000 cards took
        # 42 s and 2.5 GB, at a fixed 10 it takes 6.5 s and 370 MB; repaints stay ~5 ms.
        self.setBspTreeDepth(BSP_DEPTH)
        self.document = document
        self.journey_id = journey_id
        self.map_style = style
        self.marks = CompareMarks()  # card id -> outline colour, and ghosts (compare view)
        self.ghosts: dict[str, GhostItem] = {}  # removed cards, by their id in the other journey
        self.router = Router()  # routes again only the arrows an edit can change
        journey = document.journey(journey_id)
        self.routes_pending = len(journey.connections) > ROUTE_AFTER_PAINT
        self.cards_pending = len(journey.cards) > CARDS_AFTER_PAINT
        self._opening_asked = False
        self.layout: JourneyLayout = self._lay_out(routed=not self.routes_pending)
        self.grid = GridItem(self.layout, style)
        self.addItem(self.grid)
        self.cards: dict[str, CardItem] = {}
        self.connections: dict[str, ConnectionItem] = {}
        self.stage_headers: dict[str, HeaderItem] = {}
        self.lane_headers: dict[str, HeaderItem] = {}
        self.curves: dict[str, CurveItem] = {}
        self.zones: dict[str, ZoneItem] = {}
        self.highlight = QGraphicsRectItem()
        self.highlight.setZValue(Z_OVERLAY)
        self.highlight.setPen(QPen(DROP_LINE, 2))
        self.highlight.setBrush(DROP_FILL)
        self.highlight.hide()
        self.addItem(self.highlight)
        self.interaction: interactions.Interaction | None = None
        self.far = Overview(self, style)  # the far zoom's tiles
        self.state_frame = StateFrame()
        self.addItem(self.state_frame)
        self.unvalidated_only = False  # validation filter: dim the validated cards
        self.heat_metric: str | None = None  # heat overlay: cards coloured by this metric
        self.heat_range: tuple[float, float] | None = None  # its min and max (the legend)
        self._sync()
        document.changed.connect(self._on_changed)
        self.selectionChanged.connect(self._apply_detail)

    # --- rendering ---------------------------------------------------------------------

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        # Workspace-level changes (personas, the journey list) do not change this map,
        # except an edit of this journey's own fields (its state shows as a frame).
        if not self.document.exists(None, "journey", self.journey_id):
            return  # the journey itself went away; the window switches scenes
        mine = [c for c in changes if c.journey == self.journey_id]
        if mine:
            self.refresh(mine)
        elif any(c.kind == "journey" and self.journey_id in c.ids for c in changes):
            if any(c.kind == "journey" and self.journey_id in c.ids
                   and (c.fields is None or "language" in c.fields) for c in changes):
                self.refresh()  # the lane kinds, phases and zone labels change language
            else:
                self._show_state()

    def painted(self, visible: QRectF) -> None:
        """A view is about to paint `visible`: a big map's cards there are made now, its
        other cards and its arrows right after the frame."""
        if self.cards_pending and self.detailed:  # far out, the overview's tiles draw them
            self._add_cards(visible.adjusted(-100, -100, 100, 100))
        if self.settling and not self._opening_asked:
            self._opening_asked = True
            QTimer.singleShot(0, self, self.finish_opening)

    @property
    def settling(self) -> bool:
        """A big map whose other cards or arrows are still to come after its first frame."""
        return self.cards_pending or self.routes_pending

    def _add_cards(self, area: QRectF) -> None:
        left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
        for card_id, box in self.layout.cards.items():
            r = box.rect
            if (card_id not in self.cards and r.x < right and r.x + r.w > left
                    and r.y < bottom and r.y + r.h > top):
                item = self.cards[card_id] = CardItem(box, self.map_style)
                self.addItem(item)
        self._apply_marks()

    def finish_opening(self) -> None:
        """Makes what `CARDS_AFTER_PAINT` and `ROUTE_AFTER_PAINT` left for after a big
        map's first frame, if anything: its other cards, its arrows."""
        if not self.settling:
            return
        if self.routes_pending:
            self.routes_pending = False
            self.layout = with_routes(self.layout, self.document.journey(self.journey_id),
                                      self.map_style, self.router)
        self.cards_pending = False
        self._sync()
        self.layoutChanged.emit()

    def refresh(self, changes: Sequence[Change] = ()) -> None:
        """Lays the map out again after `changes` (none: wholly) and moves what moved."""
        self.finish_opening()  # an edit before a big map's first frame
        touched = touched_by(changes) if changes and not self.marks.ghosts else None
        if touched is None:
            self.layout = self._lay_out()
            self._sync()
        else:
            cards, links = touched
            layout = self.layout
            if cards or links:
                self.layout = relayout(layout, self.document.journey(self.journey_id), cards,
                                       links, self.map_style, self.router)
            moved = self.layout is not layout
            if moved:
                self._sync(full=False)
            if any(c.fields is None or c.fields & MARKED_FIELDS for c in changes):
                self._apply_marks()
            if not moved:
                return  # nothing on the map moved (notes, owner...): no one to tell
        self.layoutChanged.emit()

    def _lay_out(self, routed: bool = True) -> JourneyLayout:
        """The journey's layout, with room for the compare view's ghosts, if any (their
        boxes wait in `ghost_boxes`; `layout.cards` holds the real cards only)."""
        ghosts = self.marks.ghosts
        layout = lay_out(with_ghosts(self.document.journey(self.journey_id), ghosts),
                         self.map_style, self.router, routed)
        self.ghost_boxes = take_ghosts(layout, ghosts)
        return layout

    def _sync(self, full: bool = True) -> None:
        """Items to the layout's boxes; `full=False` after an incremental layout, whose
        unchanged boxes are the items' own."""
        layout = self.layout
        self.grid.set_box(layout)
        self._sync_group(self.stage_headers, {h.id: h for h in layout.stage_headers},
                         lambda box: HeaderItem("stage", box, self.map_style))
        self._sync_group(self.lane_headers, {h.id: h for h in layout.lane_headers},
                         lambda box: HeaderItem("lane", box, self.map_style))
        if not self.cards_pending:  # else made when a view first paints (`painted`)
            self._sync_group(self.cards, layout.cards, lambda box: CardItem(box, self.map_style))
        if full:
            self._apply_marks()
        self._sync_ghosts()
        self._show_state()
        self._sync_group(self.connections, {c.id: c for c in layout.connections},
                         lambda box: ConnectionItem(box, self.map_style))
        self._sync_group(self.curves, {c.lane: c for c in layout.curves},
                         lambda box: CurveItem(box, self.map_style))
        self._sync_group(self.zones, {f"zone-{z.y}": z for z in layout.zone_lines},
                         lambda box: ZoneItem(box, self.map_style))
        if not self.detailed:
            self.far.build(layout.cards, layout.connections)
            self._apply_detail()
        margin = 40
        self.setSceneRect(QRectF(-margin, -margin, layout.width + 2 * margin,
                                 layout.height + 2 * margin))

    def _sync_group(self, items: dict[str, Any], boxes: dict[str, Any], make: Any) -> None:
        if gone := items.keys() - boxes.keys():
            self._remove([items.pop(item_id) for item_id in gone])
        for item_id, box in boxes.items():
            item: BoxItem | None = items.get(item_id)
            if item is None:
                item = items[item_id] = make(box)
                self.addItem(item)
            elif item.box is not box:
                item.set_box(box)
                if item.pos() != QPointF(0, 0):  # a drag that did not become a move
                    item.setPos(0, 0)

    def _remove(self, doomed: list[QGraphicsItem]) -> None:
        """One selection change at most, not one per selected item removed: each asks the
        window for the selection (deleting 6,000 selected cards took 54 s)."""
        selected = any(item.isSelected() for item in doomed)
        self.blockSignals(True)
        try:
            for item in doomed:
                self.removeItem(item)
        finally:
            self.blockSignals(False)
        if selected:
            self.selectionChanged.emit()

    # --- level of detail ---------------------------------------------------------------------

    @property
    def detailed(self) -> bool:
        return self.far.detailed

    def set_detailed(self, detailed: bool) -> None:
        """Far zoom (False): overview tiles draw the cards and arrows (see `far`)."""
        if detailed == self.far.detailed:
            return
        self.far.detailed = detailed
        if not detailed:
            self.far.build(self.layout.cards, self.layout.connections)
        for tile in self.far.tiles.values():
            tile.setVisible(not detailed)
        self._apply_detail()

    def _apply_detail(self) -> None:
        self.far.apply([*self.cards.values(), *self.connections.values()])

    def set_marks(self, marks: dict[str, str]) -> None:
        """Outlines cards in colours (the compare view's differences) and, given
        `CompareMarks`, draws its ghosts; {} clears both."""
        old = self.marks
        self.marks = marks if isinstance(marks, CompareMarks) else CompareMarks(marks)
        if self.marks == old and self.marks.ghosts == old.ghosts:
            return  # the Compare dock recomputes on every edit; most change no outline
        if self.marks.ghosts != old.ghosts:
            self.refresh()  # the ghosts' rows grow or shrink
        else:
            self._apply_marks()

    def _sync_ghosts(self) -> None:
        self._sync_group(self.ghosts, self.ghost_boxes, lambda box: GhostItem(box, self.map_style))

    def _show_state(self) -> None:
        self.state_frame.show_state(self.document.journey(self.journey_id).state, self.layout,
                                    self.map_style)

    def set_unvalidated_only(self, on: bool) -> None:
        """The validation filter (METHOD step 6): everything but unvalidated cards dims."""
        self.unvalidated_only = on
        self._apply_marks()

    def set_heat(self, metric_name: str | None) -> None:
        """The heat overlay: cards coloured by their latest value of a metric, red (lowest)
        to amber to green (highest); cards without it dim. None switches it off."""
        self.heat_metric = metric_name
        self._apply_marks()

    def _apply_marks(self) -> None:
        """Per-card emphasis that is not layout: compare outlines, the validation filter,
        the heat overlay."""
        heat, self.heat_range = heat_fills(self.document.journey(self.journey_id),
                                           self.heat_metric)
        for card_id, item in self.cards.items():
            mark = self.marks.get(card_id)
            fill = heat.get(card_id)
            dimmed = (self.unvalidated_only and item.box.status == "validated") or (
                self.heat_metric is not None and fill is None)
            if (item.mark, item.dimmed, item.heat) != (mark, dimmed, fill):
                item.mark, item.dimmed, item.heat = mark, dimmed, fill
                item.update()

    def prepare_for_export(self) -> None:
        """Full detail and no pixmap caches: exports get vectors and text, not bitmaps."""
        self.set_detailed(True)
        for item in self.cards.values():
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)

    # --- selection -----------------------------------------------------------------------

    def selected_card_ids(self) -> list[str]:
        """Selected cards in the journey's order (a stable order for commands and copy)."""
        chosen = {item.item_id for item in self.selectedItems() if isinstance(item, CardItem)}
        return [card_id for card_id in self.layout.cards if card_id in chosen]

    def selected_item(self) -> tuple[ItemKind, str] | None:
        """(kind, id) of the one selected object, for the inspector; None when 0 or 2+."""
        items = self.selectedItems()
        if len(items) != 1:
            return None
        item = items[0]
        if isinstance(item, CardItem):
            return "card", item.item_id
        if isinstance(item, HeaderItem):
            return item.kind, item.item_id
        if isinstance(item, ConnectionItem):
            return "connection", item.item_id
        return None

    def select_cards(self, card_ids: Iterable[str]) -> None:
        """Selects exactly these cards, announcing one selection change, not one per card."""
        wanted = set(card_ids)
        if wanted and self.cards_pending:
            self.finish_opening()  # before a big map's first frame: all its cards first
        self.blockSignals(True)
        try:
            self.clearSelection()
            for card_id in wanted:
                if card_id in self.cards:
                    self.cards[card_id].setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

    def show_cell(self, cell: tuple[str, str] | None) -> None:
        """Highlights a cell (drop target, keyboard cursor on an empty cell)."""
        rect = self.cell_rect(cell)
        if rect is None:
            self.highlight.hide()
        else:
            self.highlight.setRect(rect)
            self.highlight.show()

    def cell_rect(self, cell: tuple[str, str] | None) -> QRectF | None:
        """The highlight's rectangle for a cell; None for no cell or one that went away."""
        if cell is None or cell not in self.layout.cells:
            return None
        rect = self.layout.cells[cell]
        return QRectF(rect.x, rect.y, rect.w, rect.h).adjusted(2, 2, -2, -2)

    def card_at(self, pos: QPointF, exclude: Iterable[QGraphicsItem] = ()) -> CardItem | None:
        skip = set(exclude)
        for item in self.items(pos):
            if isinstance(item, CardItem) and item not in skip:
                return item
        return None

    # --- gestures ------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.cancel_interaction()  # another button during a gesture ends it, undone
        self.interaction = interactions.start(self, event)
        if self.interaction is None:
            super().mousePressEvent(event)
        else:
            event.accept()  # the gesture's: no rubber band behind it

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.interaction is not None:
            if event.buttons() & Qt.MouseButton.LeftButton:
                self.interaction.move(event)
            else:  # the release went elsewhere (a dialog opened mid-drag)
                self.cancel_interaction()
        else:
            super().mouseMoveEvent(event)
            interactions.track_card_drag(self, event)

    def cancel_interaction(self) -> None:
        """Ends a running gesture without its command: Escape, another button, or its
        release never came."""
        if self.interaction is not None:
            interaction, self.interaction = self.interaction, None
            interaction.cancel()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.interaction is not None:
            interaction, self.interaction = self.interaction, None
            interaction.finish(event)
        else:
            super().mouseReleaseEvent(event)
            interactions.drop_cards(self, event)

    # --- touchpoints dropped from the library ------------------------------------------------

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        data = event.mimeData()
        event.setAccepted(entry_from_mime(data) is not None or dragdrop.carries_picture(data))

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        if dragdrop.drag_picture_over(self, event):
            return
        cell = self.layout.cell_at(event.scenePos().x(), event.scenePos().y())
        self.show_cell(cell)
        event.setAccepted(cell is not None)

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        self.show_cell(None)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        if dragdrop.drop_picture(self, event):
            return
        self.show_cell(None)
        entry = entry_from_mime(event.mimeData())
        cell = self.layout.cell_at(event.scenePos().x(), event.scenePos().y())
        if entry is not None and cell is not None:
            self.add_entry(entry, cell)
            event.acceptProposedAction()

    def add_entry(self, entry: Entry, cell: tuple[str, str] | None) -> None:
        """A card preset from a library entry (in its phase's stage when no cell is given)."""
        card = catalog.card_for(entry, self.document.journey(self.journey_id), cell)
        if card is not None and edit_facade.add_card(self.document, self.journey_id, card):
            self.select_cards([card.id])

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        target = interactions.double_click_target(self, event.scenePos())
        if target is None:
            super().mouseDoubleClickEvent(event)
        elif target[0] == "cell":
            self.addRequested.emit(target[1], target[2])
        else:
            self.editRequested.emit(target[0], target[1])
