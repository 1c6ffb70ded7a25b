"""What the compare dock compares the map's journeys with: another journey of the map,
the map as last saved, or a named revision (baseline) the file keeps a copy of."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from journey_editor.editor.document import Document
from journey_editor.editor.saved_map import SavedMap
from journey_editor.fileformat import JourneyFileError
from journey_editor.model.baselines import baselines, snapshot_of
from journey_editor.model.types import Journey
from journey_editor.ui.locale_format import short_date

MAP, SAVED = "", "\0saved"  # the other keys are baseline snapshot ids


def _tr(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


def fill_sources(combo: QComboBox, document: Document) -> None:
    """The chooser's entries, newest baseline first; keeps the one chosen while it exists."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(_tr("This map"), MAP)
    combo.addItem(_tr("Saved file"), SAVED)
    named = list(reversed(baselines(document.workspace)))
    if named:
        combo.insertSeparator(combo.count())  # the baselines below, by their names
    for revision in named:
        day = short_date(revision.date.astimezone().date())
        # A suggested name holds its date already ("Baseline of 3 Dec 2026").
        text = revision.name if day in revision.name else f"{revision.name} ({day})"
        combo.addItem(text, revision.snapshot)
        combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(combo.findData(current), 0))


class Sources:
    """Reads the journeys of the chosen version (the saved file only when it changed)."""

    def __init__(self) -> None:
        self.saved = SavedMap()

    def journeys(self, document: Document, key: str) -> tuple[list[Journey], str]:
        """(that version's journeys, why there are none: '' when there are)."""
        if key == MAP:
            return document.workspace.journeys, ""
        if key == SAVED:
            if document.path is None:
                return [], _tr("This journey map has not been saved yet.")
            try:
                return self.saved.read(document.path).journeys, ""
            except JourneyFileError as error:
                return [], str(error)
        revision = next((r for r in baselines(document.workspace) if r.snapshot == key), None)
        snapshot = None if revision is None else snapshot_of(document.workspace, revision)
        if snapshot is None:
            return [], _tr("That baseline is gone (its name was removed).")
        return snapshot.journeys, ""


def counterpart(journeys: list[Journey], journey: Journey | None) -> str | None:
    """The id of the journey in `journeys` that is `journey` then: same id, else name."""
    if journey is None:
        return None
    for same in (lambda j: j.id == journey.id, lambda j: j.name == journey.name):
        found = next((j.id for j in journeys if same(j)), None)
        if found is not None:
            return found
    return None
