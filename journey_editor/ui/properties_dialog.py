"""File > Properties: the map's own title, and what the file holds.

The title is the workspace's (the poster's title block, the template gallery and
`journey-editor info` show it); changing it is one undo step like any other edit.
The rest of the dialog is read-only: the workspace has no other metadata of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.fileformat.errors import printable
from journey_editor.model.types import MAX_NAME, Revision
from journey_editor.ui.locale_format import short_datetime


class PropertiesDialog(QDialog):
    """OK applies the title as one undoable edit; Cancel leaves the map as it was."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Map Properties"))
        workspace = document.workspace
        self.title = QLineEdit(workspace.title, self)
        self.title.setObjectName("title")
        self.title.setMaxLength(MAX_NAME)
        self.title.setPlaceholderText(self.tr("e.g. Bike repair journeys, spring workshop"))
        self.title.setMinimumWidth(360)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        for label, value in self._facts():
            fact = QLabel(value, self)
            fact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            fact.setWordWrap(True)
            form.addRow(label, fact)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _facts(self) -> list[tuple[str, str]]:
        workspace, path = self.document.workspace, self.document.path
        cards = sum(len(j.cards) for j in workspace.journeys)
        facts = [
            (self.tr("File:"), printable(path) if path is not None else self.tr("Not saved yet")),
            (self.tr("Journeys:"), str(len(workspace.journeys))),
            (self.tr("Personas:"), str(len(workspace.personas))),
            (self.tr("Cards:"), str(cards)),
        ]
        if workspace.revisions:
            first, last = workspace.revisions[0], workspace.revisions[-1]
            facts.append((self.tr("Started:"), _when(first)))
            if len(workspace.revisions) > 1:
                facts.append((self.tr("Last revision:"), _when(last)))
        return facts

    def apply(self) -> bool:
        """Pushes the new title; False when there was nothing to change or the map
        is read-only."""
        return bool(edit_facade.set_map_title(self.document, self.title.text().strip()))


def _when(revision: Revision) -> str:
    moment = short_datetime(revision.date)
    return f"{moment} — {revision.author}" if revision.author else moment

