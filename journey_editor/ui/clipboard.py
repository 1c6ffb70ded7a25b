"""Cards on the system clipboard, so they paste into another journey or another window."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QMimeData

from journey_editor.model.types import Card, Connection

MIME_TYPE = "application/x-journey-editor-cards"


class ClipboardCards(msgspec.Struct):
    cards: list[Card]
    connections: list[Connection]


def to_mime(cards: list[Card], connections: list[Connection]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, msgspec.json.encode(ClipboardCards(cards, connections)))
    data.setText("\n".join(card.title for card in cards))
    return data


def from_mime(data: QMimeData | None) -> ClipboardCards | None:
    """The cards on the clipboard, or None (nothing, or something that is not ours)."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        return msgspec.json.decode(bytes(data.data(MIME_TYPE).data()), type=ClipboardCards)
    except msgspec.DecodeError:
        return None


def release() -> None:
    """Empties the clipboard; call before the application object goes away.

    PySide6 6.12 crashes at interpreter exit when the clipboard still holds a QMimeData
    set from Python (reproduced with a 5-line script), so the app clears it on quit.
    """
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
