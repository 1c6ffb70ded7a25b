"""Cards on the system clipboard, so they paste into another journey or another window;
and a picture on the clipboard pasted onto the selected card."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QCoreApplication, QMimeData

from journey_editor.editor.document import Document
from journey_editor.editor.picture_commands import attach_picture
from journey_editor.editor.picture_import import PictureError, has_picture, picture_from_mime
from journey_editor.fileformat.pictures import image_problem
from journey_editor.model import images
from journey_editor.model.types import Card, Connection, Image

MIME_TYPE = "application/x-journey-editor-cards"


class ClipboardCards(msgspec.Struct):
    cards: list[Card]
    connections: list[Connection]
    # The pictures the cards show, so that they paste into another map (or window) too.
    images: dict[str, Image] = msgspec.field(default_factory=dict)


def to_mime(cards: list[Card], connections: list[Connection]) -> QMimeData:
    pictures = {card.picture: images.known(card.picture) for card in cards if card.picture}
    data = QMimeData()
    data.setData(MIME_TYPE, msgspec.json.encode(ClipboardCards(
        cards, connections, {key: image for key, image in pictures.items() if image})))
    data.setText("\n".join(card.title for card in cards))
    return data


def from_mime(data: QMimeData | None) -> ClipboardCards | None:
    """The cards on the clipboard, or None (nothing, or something that is not ours). A
    picture that came without its data (or not as the file format requires) is left off
    its card: a map must hold every picture its cards show."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        content = msgspec.json.decode(bytes(data.data(MIME_TYPE).data()), type=ClipboardCards)
    except msgspec.DecodeError:
        return None
    images.remember({key: image for key, image in content.images.items()
                     if image_problem(key, image) is None})
    for card in content.cards:
        if card.picture is not None and images.known(card.picture) is None:
            card.picture = None
    return content


def paste_picture(document: Document, journey_id: str, card_ids: list[str],
                  data: QMimeData | None) -> str | None:
    """Attaches the clipboard's picture (an image, or a PNG or JPEG file copied in a file
    manager) to the one selected card. None when the clipboard holds no picture (the
    paste is not about one); else what happened, for the status bar."""
    if data is None or not has_picture(data):
        return None
    if len(card_ids) != 1:
        return _t("Select one card to paste the picture onto it")
    try:
        key, image = picture_from_mime(data)
    except PictureError as error:
        return str(error)
    attach_picture(document, journey_id, card_ids[0], key, image)
    return _t("Picture attached to the card")


def _t(text: str) -> str:
    return QCoreApplication.translate("Pictures", text)


def release() -> None:
    """Empties the clipboard; call before the application object goes away.

    PySide6 6.12 crashes at interpreter exit when the clipboard still holds a QMimeData
    set from Python (reproduced with a 5-line script), so the app clears it on quit.
    """
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
