"""An open workspace: the model, its file, its undo stack, and the "changed" signal."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from journey_editor.fileformat import read_workspace, save_workspace
from journey_editor.fileformat.identity import DiskIdentity, disk_identity, same_content
from journey_editor.fileformat.migrations import left_out_notes
from journey_editor.model import edits
from journey_editor.model.edits import Change, ItemKind
from journey_editor.model.types import Journey, Model, Workspace


class Document(QObject):
    changed = Signal(object)  # tuple[Change, ...], once per user-visible edit
    pathChanged = Signal()  # noqa: N815 (Qt's naming)
    # An undo command could not run; the model was kept consistent.
    commandFailed = Signal(str)  # noqa: N815 (Qt's naming)
    refused = Signal(str)  # the text of a command a read-only document did not run

    def __init__(self, workspace: Workspace, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.path = path
        self.undo_stack = QUndoStack(self)
        self._pending: list[Change] = []
        self._depth = 0
        self.disk: DiskIdentity | None = None  # the file as last read or written
        self.halted = False  # after a failed command, until the undo history is cleared
        self.read_only = False  # opened read-only: every command is refused
        self.left_out: list[str] = []  # what an older file held that could not be opened

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Raises JourneyFileError with a one-line message."""
        path = Path(path)
        with left_out_notes() as left_out:
            workspace = read_workspace(path)
        document = cls(workspace, path.resolve(), parent)
        document.disk = disk_identity(path)
        document.left_out = left_out
        return document

    def save(self, path: str | Path | None = None) -> None:
        """Raises SaveError; the file on disk is then unchanged."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("an untitled document needs a path to be saved")
        save_workspace(self.workspace, target)
        self.disk = disk_identity(target)
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target.resolve()
            self.pathChanged.emit()

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def changed_on_disk(self) -> bool:
        """True when the file now holds other bytes than this document last read or wrote
        (a deleted file is no conflict: saving just writes it again)."""
        if self.path is None or not self.path.exists():
            return False
        return not same_content(self.disk, disk_identity(self.path))

    def command_failed(self, message: str, *, keep_history: bool) -> None:
        """Called by a command that rolled itself back. Unless it failed while being pushed
        (it is then simply dropped), the undo history no longer matches the model: the rest
        of the stack's walk is skipped and the history is cleared once the walk is over."""
        if not keep_history and not self.halted:
            self.halted = True
            QTimer.singleShot(0, self, self._forget_history)
        self.commandFailed.emit(message)

    def _forget_history(self) -> None:
        self.undo_stack.clear()
        self.undo_stack.resetClean()  # the model may differ from the file: keep "modified"
        self.halted = False

    def push(self, command: QUndoCommand) -> bool:
        """Runs the command and keeps it for undo; False when the document is read-only."""
        if self.read_only:
            self.refused.emit(command.text())
            return False
        self.undo_stack.push(command)
        return True

    # --- lookup -------------------------------------------------------------------------

    def journey(self, journey_id: str) -> Journey:
        return self.workspace.journey(journey_id)

    def items(self, journey_id: str | None, kind: ItemKind) -> list[Any]:
        return edits.items_of(self.workspace, journey_id, kind)

    def find(self, journey_id: str | None, kind: ItemKind, item_id: str) -> Model:
        return edits.find(self.workspace, journey_id, kind, item_id)

    def exists(self, journey_id: str | None, kind: ItemKind, item_id: str) -> bool:
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
