"""The Edit and Map menu commands on the current journey: clipboard, delete, connect, add."""

from __future__ import annotations

from typing import Literal

import msgspec
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from journey_editor.canvas.items import ConnectionItem, HeaderItem
from journey_editor.canvas.scene import JourneyScene
from journey_editor.canvas.view import JourneyView
from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.editor.edit_facade import Outcome
from journey_editor.model import ops
from journey_editor.model.types import Card, Connection, Lane, Stage, new_id
from journey_editor.ui import clipboard


class EditController(QObject):
    """Turns menu actions into commands on the view's journey."""

    message = Signal(str)  # why a command did nothing, for the status bar
    done = Signal(str)  # what a destructive edit just did, offered for undo

    def __init__(self, view: JourneyView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view

    def _context(self) -> tuple[JourneyScene, Document, str]:
        scene = self.view.journey_scene()
        return scene, scene.document, scene.journey_id

    def copy(self) -> None:
        scene, doc, journey_id = self._context()
        ids = scene.selected_card_ids()
        if ids:
            cards, links = ops.copy_cards(doc.journey(journey_id), ids)
            QGuiApplication.clipboard().setMimeData(clipboard.to_mime(cards, links))

    def cut(self) -> None:
        self.copy()
        self.delete(cards_only=True)

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        content = clipboard.from_mime(data)
        if content is not None:
            self._insert_copies(content.cards, content.connections, self.view.cursor_cell)
            return
        scene, doc, journey_id = self._context()  # a picture, for the selected card
        said = clipboard.paste_picture(doc, journey_id, scene.selected_card_ids(), data)
        if said:
            self.message.emit(said)

    def duplicate(self) -> None:
        scene, doc, journey_id = self._context()
        ids = scene.selected_card_ids()
        if ids:
            cards, links = ops.copy_cards(doc.journey(journey_id), ids)
            self._insert_copies(cards, links, None, self.tr("Duplicate {0} cards").format(len(ids)))

    def _insert_copies(self, cards: list[Card], links: list[Connection],
                       cell: tuple[str, str] | None, text: str | None = None) -> None:
        scene, doc, journey_id = self._context()
        placed, new_links = ops.prepare_paste(doc.journey(journey_id), cards, links, cell)
        if edit_facade.paste_cards(doc, journey_id, placed, new_links, text):
            scene.select_cards([c.id for c in placed])

    def delete(self, cards_only: bool = False) -> None:
        scene, doc, journey_id = self._context()
        card_ids = scene.selected_card_ids()
        selected = scene.selectedItems()
        if card_ids:
            edit_facade.remove_cards(doc, journey_id, card_ids)
        elif not cards_only and len(selected) == 1 and isinstance(selected[0], ConnectionItem):
            edit_facade.disconnect(doc, journey_id, selected[0].item_id)
        elif not cards_only and len(selected) == 1 and isinstance(selected[0], HeaderItem):
            self._delete_header(selected[0])

    def _delete_header(self, header: HeaderItem) -> None:
        """Deletes a stage or lane with its cards, and says how many went."""
        scene, doc, journey_id = self._context()
        name = doc.find(journey_id, header.kind, header.item_id).name  # type: ignore[attr-defined]
        inside = sum(1 for box in scene.layout.cards.values()
                     if (box.stage if header.kind == "stage" else box.lane) == header.item_id)
        if edit_facade.remove_header(doc, journey_id, header.kind, header.item_id):
            self.done.emit(self._deleted_text(header.kind, inside).format(name))

    def _deleted_text(self, kind: str, cards: int) -> str:
        # Numerus forms for translators; English has no catalog, hence the separate sources.
        if kind == "stage":
            return (self.tr("Deleted stage '{0}'.") if cards == 0 else
                    self.tr("Deleted stage '{0}' and its card.") if cards == 1 else
                    self.tr("Deleted stage '{0}' and its %n cards.", "", cards))
        return (self.tr("Deleted lane '{0}'.") if cards == 0 else
                self.tr("Deleted lane '{0}' and its card.") if cards == 1 else
                self.tr("Deleted lane '{0}' and its %n cards.", "", cards))

    def select_all(self) -> None:
        scene = self.view.journey_scene()
        scene.select_cards(scene.layout.cards)  # every card, made or still to come

    def connect_selected(self) -> None:
        scene, doc, journey_id = self._context()
        ids = scene.selected_card_ids()
        if len(ids) != 2:
            self.message.emit(self.tr("Select exactly two cards to connect them ({0} selected)")
                              .format(len(ids)))
            return
        # The arrow runs in journey direction: from the earlier stage to the later one.
        order = list(scene.layout.columns)
        ids.sort(key=lambda c: order.index(scene.layout.cards[c].stage))
        if edit_facade.connect(doc, journey_id, *ids) is Outcome.UNCHANGED:
            self.message.emit(self.tr("These two cards are already connected"))

    def add_card(self) -> None:
        """In the selected card's cell, else the keyboard cursor's, else the first one."""
        layout = self.view.journey_scene().layout
        cell = self._current_cell()
        if cell is None and layout.columns and layout.rows:
            cell = next(iter(layout.columns)), next(iter(layout.rows))
        if cell is not None:
            self.view.start_add(*cell)

    def _current_cell(self) -> tuple[str, str] | None:
        """The selected card's cell, else the keyboard cursor's."""
        scene = self.view.journey_scene()
        selected = scene.selected_card_ids()
        if selected:
            box = scene.layout.cards[selected[0]]
            return box.stage, box.lane
        return self.view.cursor_cell

    def add_stage(self) -> None:
        self._add_header(Stage(id=new_id("stage"), name=self.tr("New stage")))

    def add_lane(self) -> None:
        self._add_header(Lane(id=new_id("lane"), name=self.tr("New lane")))

    def _add_header(self, item: Stage | Lane) -> None:
        """Adds the stage or lane after the selected one of its kind and names it in place:
        adding and naming are one undo step."""
        scene, doc, journey_id = self._context()
        kind: Literal["stage", "lane"] = "stage" if isinstance(item, Stage) else "lane"
        index = self._after_selected_header(kind)
        stack = doc.undo_stack
        if not edit_facade.add_header(doc, journey_id, item, index):
            return
        added_at = stack.index()

        def name_it(name: str) -> None:
            if not name or name == item.name:
                return
            if stack.index() != added_at or stack.count() != added_at:
                self.view.rename(kind, item.id, name)  # something came between: two steps
                return
            stack.undo()  # the add, replaced by the add of the named one
            edit_facade.add_header(doc, journey_id, msgspec.structs.replace(item, name=name),
                                   index)

        self.view.start_edit(kind, item.id, name_it)

    def _after_selected_header(self, kind: str) -> int | None:
        """New stages and lanes go after the selected one of their kind, else after the
        stage or lane of the selected card or the keyboard cursor, else at the end."""
        scene = self.view.journey_scene()
        layout = scene.layout
        order = list(layout.columns if kind == "stage" else layout.rows)
        for item in scene.selectedItems():
            if isinstance(item, HeaderItem) and item.kind == kind:
                return order.index(item.item_id) + 1
        cell = self._current_cell()
        if cell is None:
            return None
        return order.index(cell[0] if kind == "stage" else cell[1]) + 1
