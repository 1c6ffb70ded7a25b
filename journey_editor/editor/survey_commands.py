"""The undo command that adds imported survey metrics to the touchpoints of a journey."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from journey_editor.editor.commands import DocumentCommand
from journey_editor.editor.document import Document
from journey_editor.model import ops
from journey_editor.model.edits import Edit, Step
from journey_editor.model.types import Card, Metric


class ImportMetricsCommand(DocumentCommand):
    """Appends survey metrics to cards: one Edit step per card, one undo for all of them."""


def make_import_metrics(document: Document, journey_id: str,
                        planned: Sequence[tuple[str, Metric]]) -> ImportMetricsCommand | None:
    """None when there is nothing to add, or a card is gone or would break the schema."""
    if not planned or not document.exists(None, "journey", journey_id):
        return None
    added: dict[str, list[Metric]] = {}
    for card_id, metric in planned:
        added.setdefault(card_id, []).append(metric)
    steps: list[Step] = []
    for card_id, metrics in added.items():
        if not document.exists(journey_id, "card", card_id):
            return None
        card = document.find(journey_id, "card", card_id)
        assert isinstance(card, Card)
        changes = {"metrics": [*card.metrics, *metrics]}
        if ops.check_fields(card, changes) is not None:
            return None
        steps.append(Edit(journey_id, "card", card_id, changes))
    text = QCoreApplication.translate("Commands", "Import {0} survey results into {1} touchpoints")
    return ImportMetricsCommand(document, text.format(len(planned), len(steps)), steps)
