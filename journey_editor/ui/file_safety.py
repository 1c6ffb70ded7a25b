"""The window's side of issue 7, items 4, 6 and 8: a file changed on disk (warn before
overwriting it, offer a reload), the revision log (summary on save, history, compare with
the saved version) and reporting an edit that failed and was rolled back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from journey_editor.editor.author import login_name
from journey_editor.editor.document import Document
from journey_editor.fileformat import JourneyFileError, read_workspace
from journey_editor.fileformat.errors import printable
from journey_editor.fileformat.protection import WriteProtected, refuse_protected
from journey_editor.model.types import MAX_TEXT, Revision
from journey_editor.ui.file_watch import FileWatcher, choose
from journey_editor.ui.read_only import ReadOnlyMode
from journey_editor.ui.settings import Settings

if TYPE_CHECKING:
    from journey_editor.ui.history_dialog import ChangesDialog, HistoryDialog


class FileSafety(QObject):
    """Owned by the file actions; `save_as` and `reload` are theirs."""

    message = Signal(str, int)  # for the status bar: text, milliseconds (0: until replaced)

    def __init__(self, parent: QWidget, actions: dict[str, QAction], settings: Settings,
                 current: Callable[[], Document | None], read_only: ReadOnlyMode,
                 save_as: Callable[[], bool], reload: Callable[[Document], None]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.settings = settings
        self.current = current
        self.read_only = read_only
        self.save_as = save_as
        self.reload = reload
        actions["ask_summary"].setCheckable(True)
        actions["ask_summary"].setChecked(settings.ask_summary())
        actions["ask_summary"].toggled.connect(settings.set_ask_summary)
        actions["revision_history"].triggered.connect(self.show_revision_history)
        actions["compare_saved"].triggered.connect(self.compare_with_saved)
        self.watch = FileWatcher(current, self.file_changed_on_disk, self)

    # --- failed edits ---------------------------------------------------------------------

    def adopt(self, document: Document) -> None:
        """Reports the failed commands of the window's new document."""
        document.commandFailed.connect(self.command_failed)

    def command_failed(self, message: str) -> None:
        # Later, not now: a dialog's event loop inside a walking QUndoStack is not safe.
        QTimer.singleShot(0, self, lambda: QMessageBox.warning(
            self.parent_widget, self.tr("An edit failed"), message))

    # --- conflicts --------------------------------------------------------------------------

    def check_protection(self, path: Path) -> bool | None:
        """None: `path` may be replaced; otherwise what the save comes to (Save As, Cancel).
        The window's own file, protected since it was opened, turns the window read-only."""
        try:
            refuse_protected(path)
        except WriteProtected as error:
            document = self.current()
            if document is not None and path.resolve() == document.path:
                self.read_only.set(True, error.kind)
            choice = choose(self.parent_widget, self.tr("Cannot save journey map"), str(error),
                            [self.tr("Save As…"), self.tr("Cancel")])
            return self.save_as() if choice == 0 else False
        return None

    def check_conflict(self, path: Path) -> bool | None:
        """None: go on saving to `path`; otherwise what the save comes to (Save As, Cancel)."""
        document = self.current()
        assert document is not None
        if path.resolve() != document.path or not document.changed_on_disk():
            return None
        choice = choose(self.parent_widget, self.tr("File changed on disk"), self.tr(
            "{0} changed on disk since you opened or last saved it (another computer or a "
            "sync client may have written it). Overwriting it loses those changes.").format(
            printable(path.name)), [self.tr("Save As…"), self.tr("Overwrite"), self.tr("Cancel")])
        if choice == 0:
            return self.save_as()
        return None if choice == 1 else False

    def file_changed_on_disk(self, document: Document) -> None:
        if document is not self.current() or document.path is None:
            return
        if document.modified:  # nothing to reload into: Save will warn
            self.message.emit(self.tr(
                "{0} changed on disk; saving will ask before overwriting it").format(
                printable(document.path.name)), 0)
            return
        choice = choose(self.parent_widget, self.tr("File changed on disk"), self.tr(
            "{0} changed on disk. Reload it? You have no unsaved changes.").format(
            printable(document.path.name)), [self.tr("Reload"), self.tr("Keep")],
            QMessageBox.Icon.Question)
        if choice == 0 and document is self.current() and not document.modified:
            self.reload(document)

    # --- revisions --------------------------------------------------------------------------

    def ask_revision(self) -> tuple[bool, Revision | None]:
        """(go on saving, the revision to record); asks only when the setting is on."""
        if not self.settings.ask_summary():
            return True, None
        text, ok = QInputDialog.getText(self.parent_widget, self.tr("Save"),
                                        self.tr("Summary of this revision (optional):"))
        summary = text.strip()[:MAX_TEXT] if ok else ""
        if not ok or not summary:
            return ok, None
        return True, Revision(date=dt.datetime.now(dt.UTC), author=login_name(),
                              summary=summary)

    def show_revision_history(self) -> HistoryDialog | None:
        document = self.current()
        if document is None:
            return None
        from journey_editor.ui.history_dialog import HistoryDialog  # not needed at start-up

        dialog = HistoryDialog(document, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def compare_with_saved(self) -> ChangesDialog | None:
        document = self.current()
        title = self.tr("Compare with Saved Version")
        if document is None or document.path is None:
            QMessageBox.information(self.parent_widget, title,
                                    self.tr("This journey map has not been saved yet."))
            return None
        try:
            saved = read_workspace(document.path)
        except JourneyFileError as error:
            QMessageBox.warning(self.parent_widget, self.tr("Cannot read the saved version"),
                                str(error))
            return None
        from journey_editor.model.compare import compare_workspaces
        from journey_editor.model.compare_text import diff_lines
        from journey_editor.ui.history_dialog import ChangesDialog

        diff = compare_workspaces(saved, document.workspace)
        lines = [self.tr("No changes since the last save")] if diff.is_empty() else diff_lines(diff)
        dialog = ChangesDialog(title, lines, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
