"""The window's side of issue 7, items 4, 6 and 8: a file changed on disk (warn before
overwriting it, offer a reload), the revision log (summary on save, history, compare with
the saved version) and reporting an edit that failed and was rolled back."""

from __future__ import annotations

import datetime as dt
import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox

from journey_editor.editor.document import Document
from journey_editor.fileformat import JourneyFileError, read_workspace
from journey_editor.fileformat.errors import printable
from journey_editor.fileformat.protection import WriteProtected, refuse_protected
from journey_editor.model.types import MAX_NAME, MAX_TEXT, Revision
from journey_editor.ui.file_watch import FileWatcher, choose

if TYPE_CHECKING:
    from journey_editor.ui.history_dialog import ChangesDialog, HistoryDialog
    from journey_editor.ui.main_window import MainWindow


class FileSafety(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        a = window.actions
        a["ask_summary"].setCheckable(True)
        a["ask_summary"].setChecked(window.settings.ask_summary())
        a["ask_summary"].toggled.connect(window.settings.set_ask_summary)
        a["revision_history"].triggered.connect(self.show_revision_history)
        a["compare_saved"].triggered.connect(self.compare_with_saved)
        self.watch = FileWatcher(lambda: window.document, self.file_changed_on_disk, self)

    # --- failed edits ---------------------------------------------------------------------

    def adopt(self, document: Document) -> None:
        """Reports the failed commands of the window's new document."""
        document.commandFailed.connect(self.command_failed)

    def command_failed(self, message: str) -> None:
        # Later, not now: a dialog's event loop inside a walking QUndoStack is not safe.
        QTimer.singleShot(0, self, lambda: QMessageBox.warning(
            self.window, self.tr("An edit failed"), message))

    # --- conflicts --------------------------------------------------------------------------

    def check_protection(self, path: Path) -> bool | None:
        """None: `path` may be replaced; otherwise what the save comes to (Save As, Cancel).
        The window's own file, protected since it was opened, turns the window read-only."""
        try:
            refuse_protected(path)
        except WriteProtected as error:
            window = self.window
            if window.document is not None and path.resolve() == window.document.path:
                window.read_only_mode.set(True, error.kind)
            choice = choose(window, self.tr("Cannot save journey map"), str(error),
                            [self.tr("Save As…"), self.tr("Cancel")])
            return window.save_as() if choice == 0 else False
        return None

    def check_conflict(self, path: Path) -> bool | None:
        """None: go on saving to `path`; otherwise what the save comes to (Save As, Cancel)."""
        document = self.window.document
        assert document is not None
        if path.resolve() != document.path or not document.changed_on_disk():
            return None
        choice = choose(self.window, self.tr("File changed on disk"), self.tr(
            "{0} changed on disk since you opened or last saved it (another computer or a "
            "sync client may have written it). Overwriting it loses those changes.").format(
            printable(path.name)), [self.tr("Save As…"), self.tr("Overwrite"), self.tr("Cancel")])
        if choice == 0:
            return self.window.save_as()
        return None if choice == 1 else False

    def file_changed_on_disk(self, document: Document) -> None:
        window = self.window
        if document is not window.document or document.path is None:
            return
        if document.modified:  # nothing to reload into: Save will warn
            window.statusBar().showMessage(self.tr(
                "{0} changed on disk; saving will ask before overwriting it").format(
                printable(document.path.name)))
            return
        choice = choose(window, self.tr("File changed on disk"), self.tr(
            "{0} changed on disk. Reload it? You have no unsaved changes.").format(
            printable(document.path.name)), [self.tr("Reload"), self.tr("Keep")],
            QMessageBox.Icon.Question)
        if choice != 0 or document is not window.document or document.modified:
            return
        try:
            fresh = Document.open(document.path)
        except JourneyFileError as error:
            QMessageBox.warning(window, self.tr("Cannot reload journey map"), str(error))
            return
        window.show_opened(fresh, held=window.read_only_mode.held)

    # --- revisions --------------------------------------------------------------------------

    def ask_revision(self) -> tuple[bool, Revision | None]:
        """(go on saving, the revision to record); asks only when the setting is on."""
        if not self.window.settings.ask_summary():
            return True, None
        text, ok = QInputDialog.getText(self.window, self.tr("Save"),
                                        self.tr("Summary of this revision (optional):"))
        summary = text.strip()[:MAX_TEXT] if ok else ""
        if not ok or not summary:
            return ok, None
        return True, Revision(date=dt.datetime.now(dt.UTC), author=_login_name(),
                              summary=summary)

    def show_revision_history(self) -> HistoryDialog | None:
        document = self.window.document
        if document is None:
            return None
        from journey_editor.ui.history_dialog import HistoryDialog  # not needed at start-up

        dialog = HistoryDialog(document.workspace.revisions, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def compare_with_saved(self) -> ChangesDialog | None:
        document = self.window.document
        title = self.tr("Compare with Saved Version")
        if document is None or document.path is None:
            QMessageBox.information(self.window, title,
                                    self.tr("This journey map has not been saved yet."))
            return None
        try:
            saved = read_workspace(document.path)
        except JourneyFileError as error:
            QMessageBox.warning(self.window, self.tr("Cannot read the saved version"), str(error))
            return None
        from journey_editor.model.compare import compare_workspaces
        from journey_editor.ui.history_dialog import ChangesDialog

        diff = compare_workspaces(saved, document.workspace)
        lines = [self.tr("No changes since the last save")] if diff.is_empty() else diff.lines()
        dialog = ChangesDialog(title, lines, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def _login_name() -> str:
    try:
        return getpass.getuser()[:MAX_NAME]
    except (OSError, KeyError, ImportError):
        return ""
