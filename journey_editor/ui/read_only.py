"""A map opened read-only (another editor holds the file, or the file is write-protected
or another user's, see fileformat.protection): it takes no edits, says why in a banner
over the map, and Save becomes Save As.

The document refuses every command itself (Document.read_only), whichever panel or
gesture pushes it; this module is what the user sees of that: the banner, the edit
actions greyed out and the editing panels disabled, so nothing invites a change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey_editor.editor.document import Document
from journey_editor.fileformat.errors import printable
from journey_editor.fileformat.protection import Protection, reason

EDIT_ACTIONS = ("undo", "redo", "cut", "paste", "duplicate", "delete", "connect", "add_card",
                "add_stage", "add_lane", "import_survey", "properties")
EDITING_DOCKS = ("inspector", "personas", "library", "checklist")  # forms and drop sources
HELD = "held"  # the cause when another window is editing the file
BANNER_STYLE = "QFrame#read_only_banner { background: #fff4c2; border-bottom: 1px solid #d9b84a; }"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadOnlyMode", text)


class ReadOnlyMode(QObject):
    """Owned by the main window: the banner, and the actions and docks it greys out."""

    applied = Signal()  # the actions and docks follow the mode: what else shows it, too

    def __init__(self, parent: QWidget, current: Callable[[], Document | None],
                 actions: dict[str, QAction], docks: dict[str, QDockWidget]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.current = current  # the window's document
        self.actions = actions
        self.docks = docks
        self.banner = QFrame(parent)
        self.banner.setObjectName("read_only_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self.banner)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a name like "<b>x" stays text
        self.save_as = QPushButton(_tr("Save a Copy As…"), self.banner)
        row.addWidget(self.label, 1)
        row.addWidget(self.save_as)
        self.banner.hide()
        self.cause: Protection | str = HELD

    def wrap(self, view: QWidget) -> QWidget:
        """The central widget: the banner above the map."""
        centre = QWidget(self.parent_widget)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(view, 1)
        return centre

    @property
    def on(self) -> bool:
        document = self.current()
        return document is not None and document.read_only

    @property
    def held(self) -> bool:
        """Read-only because another window is editing the file."""
        return self.on and self.cause == HELD

    def set(self, on: bool, cause: Protection | str = HELD) -> None:
        """`cause`: HELD, or the file's Protection; what the banner says."""
        document = self.current()
        self.cause = cause
        if document is not None:
            document.read_only = on
        path = document.path if document else None
        why = (_tr("another window is editing it") if cause == HELD or path is None
               else reason(path, Protection(cause)))
        self.label.setText(_tr(
            "{0} is open read-only: {1}. Nothing you do here changes it; save a copy to make "
            "changes of your own.").format(printable(path.name) if path else "", why))
        self.banner.setVisible(on)
        self.apply()

    def apply(self) -> None:
        """Greys out what would edit (again once the docks' contents exist)."""
        document, on = self.current(), self.on
        stack = document.undo_stack if document is not None else None
        for action_id in EDIT_ACTIONS:
            enabled = not on
            if stack is not None and action_id in ("undo", "redo"):
                enabled = enabled and (stack.canUndo() if action_id == "undo" else stack.canRedo())
            self.actions[action_id].setEnabled(enabled)
        for name in EDITING_DOCKS:
            contents = self.docks[name].widget()
            if contents is not None:
                contents.setEnabled(not on)
        self.applied.emit()
