"""What travels in a drag onto the map: touchpoint library entries (dropped into a cell),
and pictures (a PNG or JPEG file, or an image from a browser) dropped onto a card."""

from __future__ import annotations

from typing import Protocol

import msgspec
from PySide6.QtCore import QMimeData, QPointF
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneDragDropEvent, QToolTip

from journey_editor.editor.document import Document
from journey_editor.editor.picture_commands import attach_picture
from journey_editor.editor.picture_import import PictureError, has_picture, picture_from_mime
from journey_editor.model.catalog import Entry

MIME_TYPE = "application/x-journey-editor-touchpoint"


def entry_mime(entry: Entry) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, msgspec.json.encode(entry))
    data.setText(entry.name)
    return data


def entry_from_mime(data: QMimeData) -> Entry | None:
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        return msgspec.json.decode(bytes(data.data(MIME_TYPE).data()), type=Entry)
    except msgspec.DecodeError:
        return None


# --- pictures dropped onto a card -------------------------------------------------------------

class _Card(Protocol):
    item_id: str


class PictureTarget(Protocol):
    """What a picture drop needs of the scene (a Protocol: canvas modules import no
    scene, which imports them)."""

    document: Document
    journey_id: str

    def card_at(self, pos: QPointF, exclude: list[QGraphicsItem] = ...) -> _Card | None: ...
    def show_cell(self, cell: tuple[str, str] | None) -> None: ...
    def select_cards(self, ids: list[str]) -> None: ...


def carries_picture(data: QMimeData) -> bool:
    """A drag with a picture and no library entry (an entry may carry text only)."""
    return has_picture(data) and entry_from_mime(data) is None


def drag_picture_over(scene: PictureTarget, event: QGraphicsSceneDragDropEvent) -> bool:
    """For the scene's dragMoveEvent: True when the drag carries a picture (then taken
    over a card, refused elsewhere), False when it is the scene's own business."""
    if not carries_picture(event.mimeData()):
        return False
    scene.show_cell(None)
    event.setAccepted(scene.card_at(event.scenePos()) is not None)
    return True


def drop_picture(scene: PictureTarget, event: QGraphicsSceneDragDropEvent) -> bool:
    """For the scene's dropEvent: attaches a dropped picture to the card under it (one
    undo step) and selects the card; a refused picture says why in a tooltip at the drop.
    False when the drop is not a picture (the scene handles it)."""
    if not carries_picture(event.mimeData()):
        return False
    card = scene.card_at(event.scenePos())
    if card is None:
        return True
    try:
        key, image = picture_from_mime(event.mimeData())
    except PictureError as error:
        QToolTip.showText(QCursor.pos(), str(error))
        return True
    attach_picture(scene.document, scene.journey_id, card.item_id, key, image)
    scene.select_cards([card.item_id])
    event.acceptProposedAction()
    return True
