"""The compare dock: what differs between two journeys, listed and marked on the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from journey_editor.editor.document import Document
from journey_editor.model.compare import JourneyDiff, compare
from journey_editor.model.edits import Change
from journey_editor.ui.lazy_panel import LazyPanel

# Outline colours on the canvas, by kind of difference.
MARK_ADDED, MARK_CHANGED, MARK_MOVED = "#2e9d57", "#d79b00", "#2f6fed"
_CARD = Qt.ItemDataRole.UserRole


def card_marks(diff: JourneyDiff) -> dict[str, str]:
    """Card id (in the second journey) -> outline colour."""
    marks = {change.id: MARK_CHANGED for change in diff.cards_changed}
    marks.update({move.id: MARK_MOVED for move in diff.cards_moved})
    marks.update({place.id: MARK_ADDED for place in diff.cards_added})
    return marks


def _card_ids_by_line(diff: JourneyDiff) -> list[str | None]:
    """The card each line of `diff.lines()` is about (None for other lines), following
    the order compare_text writes them in: journey fields, stages, lanes, then cards."""
    head = len(diff.fields) + sum(len(part) for part in (
        diff.stages_added, diff.stages_removed, diff.stages_renamed,
        diff.lanes_added, diff.lanes_removed, diff.lanes_renamed))
    return ([None] * head + [c.id for c in diff.cards_added] + [None] * len(diff.cards_removed)
            + [m.id for m in diff.cards_moved] + [c.id for c in diff.cards_changed])


class ComparePanel(LazyPanel):
    """Emits `marksChanged(journey id, {card id: colour})` for the canvas and
    `cardChosen(journey id, card id)` when a line about a card is clicked."""

    marksChanged = Signal(str, object)  # noqa: N815
    cardChosen = Signal(str, str)  # noqa: N815

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._listening: Document | None = None
        self.before = QComboBox(self)
        self.after = QComboBox(self)
        self.highlight = QCheckBox(self.tr("Mark the differences on the map"), self)
        self.highlight.setChecked(True)
        self.lines = QListWidget(self)
        self.lines.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Compare"), self.before)
        form.addRow(self.tr("with"), self.after)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addWidget(self.highlight)
        layout.addWidget(self.lines)
        for combo in (self.before, self.after):
            combo.activated.connect(self.refresh)
        self.highlight.toggled.connect(self.refresh)
        self.lines.itemClicked.connect(self._clicked)
        self.set_document(document)

    def set_document(self, document: Document) -> None:
        if self._listening is not None:
            self._listening.changed.disconnect(self._on_changed)
        self.document = self._listening = document
        document.changed.connect(self._on_changed)
        self._fill_combos()
        self.refresh()

    def _fill_combos(self) -> None:
        journeys = self.document.workspace.journeys
        for combo in (self.before, self.after):
            current = combo.currentData()
            combo.clear()
            for journey in journeys:
                combo.addItem(journey.name, journey.id)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
        future = next((j for j in journeys if j.based_on), None)
        if future is not None and self.before.currentData() == self.after.currentData():
            self.before.setCurrentIndex(self.before.findData(future.based_on))
            self.after.setCurrentIndex(self.after.findData(future.id))
        if self.before.currentData() == self.after.currentData() and len(journeys) > 1:
            self.after.setCurrentIndex(1 if self.before.currentIndex() == 0 else 0)

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        if any(c.kind == "journey" and c.journey is None for c in changes):
            self._fill_combos()
        self.refresh()

    def refresh(self) -> None:
        """Compares only while the panel shows: on a 5,000-card map a comparison takes
        ~0.15 s, too much for every edit when nobody is looking."""
        if not self.should_work():
            self.marksChanged.emit(self.after.currentData() or "", {})
            return
        self.lines.clear()
        a, b = self.before.currentData(), self.after.currentData()
        if a is None or b is None:
            return
        if a == b:
            self.lines.addItem(self.tr(
                "Choose two different journeys. To plan changes, Journey > Create future "
                "state copies this one; the comparison then shows what you changed."))
            self.marksChanged.emit(b, {})
            return
        diff = compare(self.document.journey(a), self.document.journey(b))
        if diff.is_empty():
            self.lines.addItem(self.tr("No differences"))
        ids = _card_ids_by_line(diff)
        for i, line in enumerate(diff.lines()):
            item = QListWidgetItem(line, self.lines)
            item.setData(_CARD, ids[i] if i < len(ids) else None)
        self.marksChanged.emit(b, card_marks(diff) if self.highlight.isChecked() else {})

    def _clicked(self, item: QListWidgetItem) -> None:
        card_id = item.data(_CARD)
        if card_id:
            self.cardChosen.emit(self.after.currentData(), card_id)
