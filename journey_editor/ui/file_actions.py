"""The File menu's work on the window's map: new, open, recent files, save, save as,
reload from disk, the file lock, and the dialogs that report why one of them failed.

It knows the window only through what it is given: the parent for its dialogs, the
current document, a way to show another one, and the read-only mode."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from journey_editor.editor.document import Document
from journey_editor.editor.saving import save_with_revision
from journey_editor.editor.session_lock import holder, lock_file, unlock_file
from journey_editor.fileformat import JourneyFileError, SaveError
from journey_editor.fileformat.errors import printable
from journey_editor.fileformat.names import file_name_for
from journey_editor.fileformat.protection import protection
from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.templates import new_from_template
from journey_editor.ui.file_safety import FileSafety
from journey_editor.ui.read_only import HELD, ReadOnlyMode
from journey_editor.ui.settings import Settings

FILE_FILTER = QT_TRANSLATE_NOOP("FileActions", "Journey maps (*.journey);;All files (*)")


class FileActions(QObject):
    """Owned by the main window; its slots are the File menu's actions."""

    message = Signal(str, int)  # for the status bar: text, milliseconds

    def __init__(self, parent: QWidget, actions: dict[str, QAction], settings: Settings,
                 current: Callable[[], Document | None], show: Callable[[Document], None],
                 read_only: ReadOnlyMode) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.settings = settings
        self.current = current  # the window's document
        self.show = show  # makes a document the window's
        self.read_only = read_only
        self.locked: Path | None = None  # the file whose lock this window holds
        self.safety = FileSafety(parent, actions, settings, current, read_only,
                                 self.save_as, self.reload)
        self.safety.message.connect(self.message)

    def adopt(self, document: Document) -> None:
        """Follows the window's new document: its lock, its failed edits."""
        self.safety.adopt(document)
        document.pathChanged.connect(self.relock)
        self.relock()

    # --- new and open ---------------------------------------------------------------------

    def new_document(self) -> None:
        if self.maybe_save():
            self.show(Document(new_from_template("blank")))

    def new_from_template(self) -> None:
        if not self.maybe_save():
            return
        from journey_editor.ui.template_gallery import TemplateGallery  # not at start-up

        choice = TemplateGallery.pick(self.parent_widget)
        if choice is not None:
            self.show(Document(new_from_template(*choice)))

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Open journey map"),
                                              self.settings.last_folder(), self.tr(FILE_FILTER))
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Opens a file; a bad one is reported in a dialog and the window stays as it was."""
        other = holder(path)
        choice: str | None = "open"
        if other is not None:
            from journey_editor.ui.recovery_dialog import ask_about_holder

            choice = ask_about_holder(self.parent_widget, path, other)
        if choice is None:
            return False
        try:
            document = Document.open(path)
        except JourneyFileError as error:
            QMessageBox.warning(self.parent_widget, self.tr("Cannot open journey map"), str(error))
            return False
        self.show_opened(document, held=choice == "read_only")
        self.settings.add_recent_file(document.path or path)
        self.settings.set_last_folder(path.resolve().parent)
        return True

    def show_opened(self, document: Document, held: bool = False) -> None:
        """Shows a document just read from its file: read-only when another window edits it
        (`held`) or the file may not be replaced (write-protected, another user's)."""
        self.show(document)
        cause = HELD if held else protection(document.path) if document.path else None
        if cause is not None:
            self.read_only.set(True, cause)
            self.unlock()  # a window that never writes the file does not claim it

    def reload(self, document: Document) -> None:
        """Reverts to the file on disk (asked by FileSafety when another program wrote it)."""
        assert document.path is not None
        try:
            fresh = Document.open(document.path)
        except JourneyFileError as error:
            QMessageBox.warning(self.parent_widget, self.tr("Cannot reload journey map"),
                                str(error))
            return
        self.show_opened(fresh, held=self.read_only.held)

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        for number, path in enumerate(self.settings.recent_files(), 1):
            # "&1 ~/maps/sales.journey": the digit is the mnemonic; an "&" in the path
            # is shown as one, not taken as another.
            label = str(path).replace("&", "&&")
            action = QAction(f"&{number} {label}" if number < 10 else label, menu)
            action.triggered.connect(
                lambda _=False, p=path: self.maybe_save() and self.open_path(p))
            menu.addAction(action)
        menu.setEnabled(bool(self.settings.recent_files()))

    # --- save -----------------------------------------------------------------------------

    def save(self) -> bool:
        document = self.current()
        if document is None:
            return False
        if document.path is None or self.read_only.on:
            return self.save_as()
        return self._save_to(document.path)

    def save_as(self) -> bool:
        document = self.current()
        if document is None:
            return False
        held = document.path if self.read_only.on else None
        if held is not None:  # a copy beside the file this window may not change
            start = str(held.with_name(self.tr("{0} (copy)").format(held.stem) + held.suffix))
        else:
            start = str(document.path or Path(self.settings.last_folder() or Path.home())
                        / file_name_for(document.workspace.title, self.tr("journey")))
        name, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Save journey map"),
                                              start, self.tr(FILE_FILTER))
        if not name:
            return False
        path = Path(name) if name.endswith(".journey") else Path(name + ".journey")
        if holder(path) is not None and (path.resolve() != document.path or self.read_only.on):
            QMessageBox.warning(self.parent_widget, self.tr("Cannot save journey map"), self.tr(
                "{0} is being edited in another window; save under another name.")
                .format(printable(path.name)))
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        document = self.current()
        assert document is not None
        outcome = self.safety.check_protection(path)
        if outcome is None:
            outcome = self.safety.check_conflict(path)
        if outcome is not None:
            return outcome
        go_on, revision = self.safety.ask_revision()
        if not go_on:
            return False
        try:
            save_with_revision(document, path, revision)
        except SaveError as error:
            QMessageBox.critical(self.parent_widget, self.tr("Cannot save journey map"),
                                 str(error))
            return False
        self.read_only.set(False)
        if self.locked is None:  # saved as the file it was opened read-only from
            self.relock()
        self.settings.add_recent_file(path.resolve())
        self.settings.set_last_folder(path.resolve().parent)
        self.message.emit(self.tr("Saved {0}").format(printable(path.name)), 4000)
        return True

    def maybe_save(self) -> bool:
        """False when the user cancels; unsaved work is never dropped without asking."""
        document = self.current()
        if document is None or not document.modified:
            return True
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Unsaved changes"),
            self.tr("Save the changes to this journey map before closing it?"), buttons,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # --- the file lock ----------------------------------------------------------------------

    def relock(self) -> None:
        """Holds the lock of the document's file (not taken from another live editor)."""
        self.unlock()
        document = self.current()
        path = document.path if document is not None else None
        if path is not None and lock_file(path).acquired:
            self.locked = path

    def unlock(self) -> None:
        if self.locked is not None:
            unlock_file(self.locked)
            self.locked = None
