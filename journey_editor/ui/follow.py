"""Docks that follow the open document and one of its journeys."""

from __future__ import annotations

from typing import Any

from journey_editor.editor.document import Document


def follow_document(panel: Any, document: Document) -> None:
    """Moves `panel` (with `document`, `journey_id`, `_listening`, `_on_changed`) to a new
    document, keeping its journey when the document has it, else its first journey."""
    if panel._listening is not None:
        panel._listening.changed.disconnect(panel._on_changed)
    panel.document = panel._listening = document
    document.changed.connect(panel._on_changed)
    journeys = document.workspace.journeys
    if not any(j.id == panel.journey_id for j in journeys):
        panel.journey_id = journeys[0].id if journeys else None
