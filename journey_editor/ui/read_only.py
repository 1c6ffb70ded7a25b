"""A map opened read-only (another editor holds the file, or the file is write-protected
or another user's, see fileformat.protection): it takes no edits, says why in a banner
over the map, and Save becomes Save As.

The document refuses every command itself (Document.read_only), whichever panel or
gesture pushes it; this module is what the user sees of that: the banner, the edit
actions greyed out and the editing panels disabled, so nothing invites a change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journey_editor.fileformat.errors import printable
from journey_editor.fileformat.protection import Protection, reason

if TYPE_CHECKING:
    from journey_editor.ui.main_window import MainWindow

EDIT_ACTIONS = ("undo", "redo", "cut", "paste", "duplicate", "delete", "connect", "add_card",
                "add_stage", "add_lane", "import_survey", "properties")
EDITING_DOCKS = ("inspector", "personas", "library", "checklist")  # forms and drop sources
HELD = "held"  # the cause when another window is editing the file
BANNER_STYLE = "QFrame#read_only_banner { background: #fff4c2; border-bottom: 1px solid #d9b84a; }"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadOnlyMode", text)


class ReadOnlyMode:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.banner = QFrame(window)
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
        centre = QWidget(self.window)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(view, 1)
        return centre

    @property
    def on(self) -> bool:
        document = self.window.document
        return document is not None and document.read_only

    @property
    def held(self) -> bool:
        """Read-only because another window is editing the file."""
        return self.on and self.cause == HELD

    def set(self, on: bool, cause: Protection | str = HELD) -> None:
        """`cause`: HELD, or the file's Protection; what the banner says."""
        window = self.window
        self.cause = cause
        if window.document is not None:
            window.document.read_only = on
        path = window.document.path if window.document else None
        why = (_tr("another window is editing it") if cause == HELD or path is None
               else reason(path, Protection(cause)))
        self.label.setText(_tr(
            "{0} is open read-only: {1}. Nothing you do here changes it; save a copy to make "
            "changes of your own.").format(printable(path.name) if path else "", why))
        self.banner.setVisible(on)
        self.apply()
        window.update_title()

    def apply(self) -> None:
        """Greys out what would edit (again once the docks' contents exist)."""
        window, on = self.window, self.on
        stack = window.document.undo_stack if window.document is not None else None
        for action_id in EDIT_ACTIONS:
            enabled = not on
            if stack is not None and action_id in ("undo", "redo"):
                enabled = enabled and (stack.canUndo() if action_id == "undo" else stack.canRedo())
            window.actions[action_id].setEnabled(enabled)
        for name in EDITING_DOCKS:
            contents = window.docks[name].widget()
            if contents is not None:
                contents.setEnabled(not on)
        if window.panels_ready():
            window.panels.journeys.refresh_actions()
        if window.workshop is not None and window.workshop.panel is not None:
            window.workshop.panel.bar.refresh()
