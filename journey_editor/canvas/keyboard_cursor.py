"""The keyboard cursor on the map: which card or empty cell the arrow keys start from,
moving it, moving the selected cards with it, and Enter on it (edit, or add a card)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, QRectF

from journey_editor.canvas import navigation
from journey_editor.canvas.scene import JourneyScene
from journey_editor.editor import edit_facade
from journey_editor.model.edits import ItemKind


class CursorView(Protocol):
    """What the cursor uses of the map's view (canvas.view.JourneyView)."""

    cursor_cell: navigation.Cell | None

    def journey_scene(self) -> JourneyScene: ...
    def bring_into_view(self, rect: QRectF, margin: int) -> None: ...
    def start_edit(self, kind: ItemKind, item_id: str) -> None: ...
    def start_add(self, stage: str, lane: str) -> None: ...


def current_card(view: CursorView) -> str | None:
    ids = view.journey_scene().selected_card_ids()
    return ids[0] if ids else None

def follow_selection(view: CursorView, at: QPointF | None = None) -> None:
    """The keyboard cursor starts from the card the mouse selected, or from the empty
    cell it clicked (`at`, in the scene)."""
    scene = view.journey_scene()
    card = current_card(view)
    if card is not None:
        box = scene.layout.cards[card]
        view.cursor_cell = (box.stage, box.lane)
        scene.show_cell(None)
    elif at is not None and not scene.selectedItems():
        cell = scene.layout.cell_at(at.x(), at.y())
        if cell is not None:
            view.cursor_cell = cell
            scene.show_cell(cell)

def select_card(view: CursorView, card_id: str | None) -> None:
    scene = view.journey_scene()
    if card_id is None:
        return
    scene.select_cards([card_id])
    follow_selection(view)
    view.bring_into_view(scene.cards[card_id].sceneBoundingRect(), 40)

def navigate(view: CursorView, d_stage: int, d_lane: int) -> None:
    scene = view.journey_scene()
    layout = scene.layout
    if not layout.columns or not layout.rows:
        return
    card = current_card(view)
    cell = view.cursor_cell or (list(layout.columns)[0], list(layout.rows)[0])
    cell, target = navigation.arrow_target(layout, cell, card, d_stage, d_lane)
    view.cursor_cell = cell
    if target is not None:
        select_card(view, target)
    else:
        scene.clearSelection()
        scene.show_cell(cell)
        view.bring_into_view(QRectF(*layout.cells[cell]), 40)

def move_selection(view: CursorView, d_stage: int, d_lane: int) -> None:
    scene = view.journey_scene()
    layout = scene.layout
    moves = []
    for card_id in scene.selected_card_ids():
        box = layout.cards[card_id]
        target = navigation.neighbour(layout, (box.stage, box.lane), d_stage, d_lane)
        if target is None:
            return  # the whole selection moves, or none of it
        moves.append((card_id, *target))
    if edit_facade.move_cards(scene.document, scene.journey_id, moves):
        scene.select_cards([m[0] for m in moves])
        follow_selection(view)

def edit_current(view: CursorView) -> None:
    card = current_card(view)
    if card is not None:
        view.start_edit("card", card)
    elif view.cursor_cell is not None:
        view.start_add(*view.cursor_cell)
