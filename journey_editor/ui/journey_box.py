"""The toolbar's journey selector: the map's journeys by name, the one shown current."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from journey_editor.model.types import Journey


class JourneyBox(QComboBox):
    chosen = Signal(str)  # the id of the journey the user picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(18)  # grows to the longest name
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaximumWidth(480)  # a very long name is cut, its tooltip is whole
        self.setToolTip(self.tr("Journey shown on the canvas"))
        self.activated.connect(lambda index: self.chosen.emit(self.itemData(index)))

    def fill(self, journeys: Sequence[Journey], current: str | None) -> None:
        """Lists `journeys` again (a name, the order or the set changed)."""
        self.clear()
        for journey in journeys:
            self.addItem(journey.name, journey.id)
            self.setItemData(self.count() - 1, journey.name, Qt.ItemDataRole.ToolTipRole)
        if current is not None:
            self.show_current(current)

    def show_current(self, journey_id: str) -> None:
        self.setCurrentIndex(self.findData(journey_id))
