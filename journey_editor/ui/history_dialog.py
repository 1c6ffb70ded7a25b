"""The workspace's revision log, and what changed since the file was last saved."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor.model.types import Revision
from journey_editor.ui.locale_format import short_datetime


class HistoryDialog(QDialog):
    """Lists the revisions (date, author, summary), newest first."""

    def __init__(self, revisions: Sequence[Revision], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revision History"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Author"), self.tr("Summary")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for revision in sorted(revisions, key=lambda r: r.date.timestamp(), reverse=True):
            when = short_datetime(revision.date)
            item = QTreeWidgetItem([when, revision.author, revision.summary])
            item.setToolTip(2, revision.summary)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        layout.addWidget(self.tree)
        if not revisions:
            self.empty = QLabel(self.tr("No revisions yet. Turn on File ▸ Ask for a Summary "
                                        "When Saving to record one with every save."), self)
            self.empty.setWordWrap(True)
            layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.tree.topLevelItem(i).text(c) for c in range(3))  # type: ignore[misc]
                for i in range(self.tree.topLevelItemCount())]


class ChangesDialog(QDialog):
    """Plain lines of a comparison (compare_workspaces(saved, current).lines())."""

    def __init__(self, title: str, lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText("\n".join(lines))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        return self.text.toPlainText().splitlines()
