"""An open workspace: the model, its file, its undo stack, and the "changed" signal."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from journey_editor.fileformat import read_workspace, save_workspace
from journey_editor.model import edits
from journey_editor.model.edits import Change
from journey_editor.model.types import Journey, Model, Workspace

class Document(QObject):
    changed = Signal(object)  # tuple[Change, ...], once per user-visible edit
    pathChanged = Signal()

    def __init__(self, workspace: Workspace, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.path = path
        self.undo_stack = QUndoStack(self)
        self._pending: list[Change] = []
        self._depth = 0

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Raises JourneyFileError with a one-line message."""
        path = Path(path)
        return cls(read_workspace(path), path.resolve(), parent)

    def save(self, path: str | Path | None = None) -> None:
        """Raises SaveError; the file on disk is then unchanged."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("an untitled document needs a path to be saved")
        save_workspace(self.workspace, target)
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target.resolve()
            self.pathChanged.emit()

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    # --- lookup -------------------------------------------------------------------------

    def journey(self, journey_id: str) -> Journey:
        return self.workspace.journey(journey_id)

    def items(self, journey_id: str | None, kind: str) -> list[Any]:
        return edits.items_of(self.workspace, journey_id, kind)

    def find(self, journey_id: str | None, kind: str, item_id: str) -> Model:
        return edits.find(self.workspace, journey_id, kind, item_id)

    def exists(self, journey_id: str | None, kind: str, item_id: str) -> bool:
        return edits.exists(self.workspace, journey_id, kind, item_id)

    # --- change notification ------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Changes made inside are announced once, when the outermost batch ends."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0 and self._pending:
                changes, self._pending = tuple(self._pending), []
                self.changed.emit(changes)

    def notify(self, change: Change) -> None:
        with self.batch():
            self._pending.append(change)
