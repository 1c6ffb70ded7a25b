"""Edit > Preferences…: how often the work is autosaved, and the save summary prompt."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from journey_editor.editor.autosave import SETTINGS_KEY, autosave_interval
from journey_editor.ui.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.interval = QSpinBox(self)
        self.interval.setRange(5, 3600)
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setValue(round(autosave_interval()))
        self.ask_summary = QCheckBox(self.tr("Ask for a summary when saving"), self)
        self.ask_summary.setChecked(Settings().ask_summary())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout(self)
        form.addRow(self.tr("Autosave at most every"), self.interval)
        form.addRow(self.ask_summary)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        QSettings().setValue(SETTINGS_KEY, self.interval.value())
        Settings().set_ask_summary(self.ask_summary.isChecked())
        super().accept()
