"""Touchpoint library entries dragged onto the canvas (the data that travels)."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QMimeData

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
