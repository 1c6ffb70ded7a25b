"""At start-up: the work a crashed session left behind, with Restore / Discard / Later.

Also the question asked when a file is open in another running editor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor.editor.document import Document
from journey_editor.editor.session_lock import LockInfo, Recovery
from journey_editor.fileformat import JourneyFileError, read_workspace
from journey_editor.fileformat.errors import printable
from journey_editor.ui.locale_format import short_datetime


def restored_document(recovery: Recovery) -> Document:
    """The autosaved map, marked modified, keeping its original path (Save writes there).

    Raises JourneyFileError when the recovery copy cannot be read."""
    document = Document(read_workspace(recovery.journey_path), recovery.original)
    document.undo_stack.resetClean()  # no state of the stack matches the file on disk
    document.recovery_uid = recovery.uid  # type: ignore[attr-defined]  # its Autosaver reuses it
    return document


class RecoveryDialog(QDialog):
    def __init__(self, recoveries: list[Recovery], restore: Callable[[Document], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        self.recoveries = list(recoveries)
        self._restore = restore
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Journey Editor did not close properly. These maps have changes that were not "
            "saved; restore them to keep working, or discard them."), self))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Map"), self.tr("File"), self.tr("Last autosave")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.later_button = QPushButton(self.tr("&Later"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.restore_button, self.discard_button, self.later_button):
            button.setAutoDefault(False)
        self.restore_button.setDefault(True)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(lambda: self.restore(self.selected_rows()))
        self.discard_button.clicked.connect(self._ask_discard)
        self.later_button.clicked.connect(self.later)
        self._fill()
        self.table.selectAll()
        self.resize(720, 300)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.recoveries))
        for row, rec in enumerate(self.recoveries):
            for column, text in enumerate((
                rec.name, printable(rec.original) if rec.original else self.tr("(never saved)"),
                rec.saved_at.replace("T", " ").replace("+00:00", " UTC"),
            )):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def selected_rows(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return rows or list(range(len(self.recoveries)))

    def restore(self, rows: list[int]) -> None:
        done = []
        for row in rows:
            rec = self.recoveries[row]
            try:
                document = restored_document(rec)
            except JourneyFileError as error:
                QMessageBox.warning(self, self.tr("Cannot restore"), str(error))
                continue
            self._restore(document)
            done.append(row)
        self._drop(done)

    def discard(self, rows: list[int]) -> None:
        for row in rows:
            self.recoveries[row].discard()
        self._drop(rows)

    def _ask_discard(self) -> None:
        rows = self.selected_rows()
        answer = QMessageBox.question(
            self, self.tr("Discard unsaved work"),
            self.tr("Delete the unsaved changes of {0} map(s)? This cannot be undone.").format(
                len(rows)))
        if answer == QMessageBox.StandardButton.Yes:
            self.discard(rows)

    def later(self) -> None:
        """Keeps the recovery files: the next start asks again."""
        self.reject()

    def _drop(self, rows: list[int]) -> None:
        self.recoveries = [r for i, r in enumerate(self.recoveries) if i not in set(rows)]
        self._fill()
        self.table.selectAll()
        if not self.recoveries:
            self.accept()


_windows: list[QWidget] = []  # extra windows opened for restored maps


def restore_into(window, document: Document) -> None:  # noqa: ANN001 (a MainWindow)
    """Into `window` if it shows only the untouched sample, else into a new window."""
    current = window.document
    if current is None or (current.path is None and not current.modified
                           and getattr(current, "recovery_uid", None) is None):
        window.set_document(document)
        return
    other = type(window)(document)
    other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _windows.append(other)
    other.destroyed.connect(lambda *_: _windows.remove(other) if other in _windows else None)
    other.show()


def offer_recovery(window, recoveries: list[Recovery]) -> None:  # noqa: ANN001
    if recoveries:
        RecoveryDialog(recoveries, lambda doc: restore_into(window, doc), window).exec()



def _tr(text: str) -> str:
    """The holder questions' texts: module functions, in the dialog's context."""
    return QCoreApplication.translate("RecoveryDialog", text)

def ask_about_holder(parent: QWidget, path: Path, info: LockInfo) -> str | None:
    """"read_only", "open" (anyway) or None (cancel) for a file another editor holds."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("File in use"),
                      _holder_text(parent, path, info), parent=parent)
    read_only = box.addButton(_tr("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(_tr("Open &Anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    return "read_only" if clicked is read_only else "open" if clicked is anyway else None


def _holder_text(parent: QWidget, path: Path, info: LockInfo) -> str:
    try:
        since = short_datetime(dt.datetime.fromisoformat(info.time))
    except ValueError:  # a lock file from elsewhere: shown as written
        since = info.time
    if info.pid == -1 and info.host == "?":  # session_lock's holder of an unreadable lock
        # Half written or damaged: it counts as held until it is a minute old.
        who = _tr("{0} is held by an unknown editor: its lock file cannot be read "
                        "(last written {1}).").format(printable(path.name), since)
    else:
        who = _tr("{0} is open in another Journey Editor: {1} on {2}, since {3}.").format(
            printable(path.name), printable(info.user), printable(info.host), since)
    return who + "\n\n" + _tr("If you both save, one of you loses changes.")
