"""Noticing that someone else wrote the open file (another laptop, a sync client).

The watcher follows the window's current document. When its file changes on disk and the
document has no unsaved changes, the window is offered a reload; with unsaved changes
nothing is asked now: Save compares the file with what the document last read or wrote
(`Document.changed_on_disk`) and warns then.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from journey_editor.fileformat.identity import DiskIdentity, disk_identity

if TYPE_CHECKING:
    from journey_editor.editor.document import Document

SETTLE_MS = 300  # writers (sync clients, atomic saves) touch a file several times in a row
FOLLOW_MS = 500


def choose(parent: QWidget, title: str, text: str, choices: Sequence[str],
           icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> int:
    """Asks with buttons labelled `choices`, the last one being Cancel (also Esc); returns
    the index of the one clicked."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = [box.addButton(label, QMessageBox.ButtonRole.RejectRole if i == len(choices) - 1
                             else QMessageBox.ButtonRole.AcceptRole)
               for i, label in enumerate(choices)]
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else len(choices) - 1


class FileWatcher(QObject):
    """Calls `on_changed(document)` once the current document's file settled after a change
    that is not the document's own save; `document()` gives the window's current one."""

    def __init__(self, document: Callable[[], Document | None],
                 on_changed: Callable[[Document], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document, self._on_changed = document, on_changed
        self._watched: tuple[Document | None, Path | None] = (None, None)
        self._reported: DiskIdentity | None = None  # the change already offered
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.check)
        # The window swaps documents in several places; following it by a cheap look at its
        # current one keeps this module out of those code paths.
        self._follow = QTimer(self, interval=FOLLOW_MS)
        self._follow.timeout.connect(self.follow)
        self._follow.start()
        self.follow()

    def follow(self) -> None:
        """Watches the current document's file (again: an atomic replace ends a watch)."""
        document = self._document()
        path = document.path if document is not None else None
        if (document, path) != self._watched:
            self._watched, self._reported = (document, path), None
            if self.watcher.files():
                self.watcher.removePaths(self.watcher.files())
            if path is not None:
                self._settle.start()  # it may have changed before we watched it
        if path is not None and str(path) not in self.watcher.files() and path.exists():
            self.watcher.addPath(str(path))

    def _file_changed(self, name: str) -> None:
        self._settle.start()

    def check(self) -> None:
        self.follow()
        document = self._document()
        if document is None or not document.changed_on_disk():
            return
        now = disk_identity(document.path) if document.path else None
        if now == self._reported:
            return
        self._reported = now
        self._on_changed(document)
