"""Edit > Preferences…: how often the work is autosaved, the save summary prompt, and the
author name exports carry."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from journey_editor.editor.autosave import SETTINGS_KEY, autosave_interval
from journey_editor.model.types import MAX_NAME
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
        settings = Settings()
        self.ask_summary.setChecked(settings.ask_summary())
        self.author = QLineEdit(settings.export_author(), self)
        self.author.setMaxLength(MAX_NAME)
        self.author.setPlaceholderText(self.tr("Left empty, exports name no author"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout(self)
        form.addRow(self.tr("Autosave at most every"), self.interval)
        form.addRow(self.ask_summary)
        form.addRow(self.tr("Author name for exports"), self.author)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        QSettings().setValue(SETTINGS_KEY, self.interval.value())
        settings = Settings()
        settings.set_ask_summary(self.ask_summary.isChecked())
        settings.set_export_author(self.author.text())
        super().accept()
