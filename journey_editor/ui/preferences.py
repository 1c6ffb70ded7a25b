"""Edit > Preferences…: how often the work is autosaved, the save summary prompt, the
author name exports carry, and the interface language (used from the next start)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from journey_editor.editor.autosave import SETTINGS_KEY, autosave_interval
from journey_editor.model.types import MAX_NAME
from journey_editor.ui.language import LANGUAGES, chosen_language, set_chosen_language
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
        # Wide enough for the hint in any language (Finnish and Dutch run long).
        hint_width = self.author.fontMetrics().horizontalAdvance(self.author.placeholderText())
        self.author.setMinimumWidth(hint_width + 24)
        self.language = self._language_choice()
        restart = QLabel(self.tr("A new language takes effect when Journey Editor is "
                                 "restarted."), self)
        restart.setObjectName("language_note")
        restart.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout(self)
        form.addRow(self.tr("Autosave at most every"), self.interval)
        form.addRow(self.ask_summary)
        form.addRow(self.tr("Author name for exports"), self.author)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", restart)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _language_choice(self) -> QComboBox:
        """The system's language, then each interface language in its own name."""
        combo = QComboBox(self)
        combo.setObjectName("language")
        combo.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(chosen_language())))
        return combo

    def accept(self) -> None:
        QSettings().setValue(SETTINGS_KEY, self.interval.value())
        settings = Settings()
        settings.set_ask_summary(self.ask_summary.isChecked())
        settings.set_export_author(self.author.text())
        set_chosen_language(str(self.language.currentData()))
        super().accept()
