"""Asking for a baseline's name: File ▸ Mark Baseline… and the history's Name… button.

A dialog of its own rather than QInputDialog.getText: it says why a name is refused
(taken, too long) without closing, and it is opened, not run, so nothing blocks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journey_editor.editor import edit_facade
from journey_editor.editor.author import login_name
from journey_editor.editor.document import Document
from journey_editor.model.baselines import clean_name, name_problem, room_for_snapshot
from journey_editor.model.types import MAX_BASELINE_NAME, MAX_SNAPSHOTS
from journey_editor.ui.locale_format import short_date

# Returns why the name cannot be used, or None once it has been.
NameUse = Callable[[str], str | None]


class BaselineNameDialog(QDialog):
    def __init__(self, title: str, explanation: str, name: str, use: NameUse,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.use = use
        layout = QVBoxLayout(self)
        about = QLabel(explanation, self)
        about.setWordWrap(True)
        self.edit = QLineEdit(name, self)
        self.edit.setMaxLength(MAX_BASELINE_NAME)
        self.edit.selectAll()
        self.problem = QLabel(self)
        self.problem.setObjectName("baselineNameProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (about, self.edit, self.problem, buttons):
            layout.addWidget(widget)
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        problem = self.use(self.edit.text())
        if problem is None:
            super().accept()
            return
        self.problem.setText(problem)
        self.problem.show()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


def full_problem(document: Document) -> str | None:
    """Why no further baseline can keep a copy of the map (None: one can)."""
    if room_for_snapshot(document.workspace):
        return None
    return QCoreApplication.translate(
        "Baselines", "A map keeps at most {0} baselines: remove the name of one you no longer "
        "need in Revision History.").format(MAX_SNAPSHOTS)


def mark_baseline(document: Document | None,
                  parent: QWidget | None = None) -> BaselineNameDialog | None:
    """File ▸ Mark Baseline…: names the map as it is now, to compare it with later."""
    if document is None:
        return None

    def use(text: str) -> str | None:
        name = clean_name(text)
        problem = name_problem(document.workspace, name) or full_problem(document)
        if problem is None:
            edit_facade.mark_baseline(document, name, login_name())
        return problem

    suggestion = QCoreApplication.translate("Baselines", "Baseline of {0}").format(
        short_date(dt.date.today()))
    dialog = BaselineNameDialog(
        QCoreApplication.translate("Baselines", "Mark Baseline"),
        QCoreApplication.translate(
            "Baselines", "The map as it is now is kept in the file under this name, so that "
            "the Compare panel can show what changed since."),
        suggestion, use, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
