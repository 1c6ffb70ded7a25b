"""The workspace's revision log, with its named revisions (baselines), and what changed
since the file was last saved."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.editor.saved_map import SavedMap
from journey_editor.fileformat import JourneyFileError
from journey_editor.model.baselines import clean_name, name_problem
from journey_editor.model.edits import Change
from journey_editor.model.types import Journey, Revision
from journey_editor.ui.baseline_name_dialog import BaselineNameDialog, full_problem
from journey_editor.ui.locale_format import short_datetime

_ORDER = Qt.ItemDataRole.UserRole  # the row's place in `HistoryDialog.order`
COLUMNS = 4  # date, baseline name, author, summary


class HistoryDialog(QDialog):
    """Lists the revisions (date, baseline name, author, summary), newest first, the
    named ones in bold; names, renames or unnames the selected one (one undo step each)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.saved = SavedMap()
        self.order: list[Revision] = []
        self.setWindowTitle(self.tr("Revision History"))
        self.resize(720, 400)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name, author or summary"))
        self.filter.setClearButtonEnabled(True)
        self.named_only = QCheckBox(self.tr("Baselines only"), self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Baseline"), self.tr("Author"),
                                   self.tr("Summary")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.name_button = QPushButton(self.tr("Name…"), self)
        self.unname_button = QPushButton(self.tr("Remove Name"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._build_layout()
        self.filter.textChanged.connect(self._apply_filter)
        self.named_only.toggled.connect(self._apply_filter)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.ask_name())
        self.name_button.clicked.connect(self.ask_name)
        self.unname_button.clicked.connect(self.remove_name)
        document.changed.connect(self._on_changed)
        self._fill()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.named_only)
        bottom = QHBoxLayout()
        bottom.addWidget(self.name_button)
        bottom.addWidget(self.unname_button)
        bottom.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        if not self.document.workspace.revisions:
            empty = QLabel(self.tr("No revisions yet. Turn on File ▸ Ask for a Summary When "
                                   "Saving to record one with every save, or name the map "
                                   "as it is now with File ▸ Mark Baseline…."), self)
            empty.setWordWrap(True)
            layout.addWidget(empty)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

    # --- the list ---------------------------------------------------------------------------

    def _fill(self) -> None:
        chosen = self.selected()
        self.tree.clear()
        self.order = sorted(self.document.workspace.revisions,
                            key=lambda r: r.date.timestamp(), reverse=True)
        for position, revision in enumerate(self.order):
            item = QTreeWidgetItem([short_datetime(revision.date), revision.name,
                                    revision.author, revision.summary])
            item.setData(0, _ORDER, position)
            item.setToolTip(3, revision.summary)
            if revision.name:  # a baseline stands out in a long log
                font = item.font(0)
                font.setBold(True)
                for column in range(COLUMNS):
                    item.setFont(column, font)
            self.tree.addTopLevelItem(item)
            if revision is chosen:
                item.setSelected(True)
        for column in range(COLUMNS - 1):
            self.tree.resizeColumnToContents(column)
        self._apply_filter()
        self._update_buttons()

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        if any(c.kind == "workspace" for c in changes):
            self._fill()

    def _apply_filter(self) -> None:
        words = self.filter.text().casefold().split()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            revision = self.order[item.data(0, _ORDER)]
            text = " ".join((revision.name, revision.author, revision.summary)).casefold()
            hidden = ((self.named_only.isChecked() and not revision.name)
                      or not all(word in text for word in words))
            item.setHidden(hidden)

    def selected(self) -> Revision | None:
        items = self.tree.selectedItems()
        return self.order[items[0].data(0, _ORDER)] if items else None

    def _update_buttons(self) -> None:
        revision = self.selected()
        log = self.document.workspace.revisions
        self.name_button.setText(self.tr("Rename…") if revision is not None and revision.name
                                 else self.tr("Name…"))
        writable = not self.document.read_only  # a read-only map refuses the command anyway
        self.name_button.setEnabled(writable and revision is not None and (
            bool(revision.name) or revision is log[-1]))
        self.name_button.setToolTip("" if revision is None or not writable
                                    or self.name_button.isEnabled()
                                    else self.tr("The log keeps no copy of the map at older "
                                                 "revisions: only the newest can be named. "
                                                 "File ▸ Mark Baseline… names the map as it "
                                                 "is now."))
        self.unname_button.setEnabled(writable and revision is not None and bool(revision.name))
        self.status.clear()

    # --- naming -----------------------------------------------------------------------------

    def ask_name(self) -> BaselineNameDialog | None:
        """Opens the name dialog for the selected revision (None when it cannot be named:
        the status line says why)."""
        revision = self.selected()
        if revision is None or not self.name_button.isEnabled():
            return None
        journeys = None if revision.name else self._journeys_at(revision)
        if not revision.name and journeys is None:
            return None
        problem = None if revision.name else full_problem(self.document)
        if problem is not None:
            self.status.setText(problem)
            return None
        explanation = (self.tr("A new name for this baseline.") if revision.name else self.tr(
            "The map as last saved is kept in the file under this name, so that the Compare "
            "panel can show what changed since."))

        def use(text: str) -> str | None:
            name = clean_name(text)
            problem = name_problem(self.document.workspace, name, revision)
            if problem is None:
                edit_facade.name_revision(self.document, revision, name, journeys)
            return problem

        dialog = BaselineNameDialog(self.tr("Name Revision"), explanation,
                                    revision.name or revision.summary[:60], use, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _journeys_at(self, revision: Revision) -> Sequence[Journey] | None:
        """The map as it was at the newest revision: the open map when it has no unsaved
        changes, else the saved file's when it ends with this revision."""
        if not self.document.modified:
            return self.document.workspace.journeys
        if self.document.path is None:
            return None
        try:
            saved = self.saved.read(self.document.path)
        except JourneyFileError as error:
            self.status.setText(str(error))
            return None
        if not saved.revisions or saved.revisions[-1].date != revision.date:
            self.status.setText(self.tr("The saved file no longer holds the map of this "
                                        "revision: save, then use File ▸ Mark Baseline…."))
            return None
        return saved.journeys

    def remove_name(self) -> None:
        revision = self.selected()
        if revision is not None and revision.name:
            edit_facade.remove_baseline_name(self.document, revision)

    def rows(self) -> list[tuple[str, ...]]:
        """The shown rows' texts: date, baseline name, author, summary."""
        return [tuple(item.text(c) for c in range(COLUMNS))
                for i in range(self.tree.topLevelItemCount())
                if not (item := self.tree.topLevelItem(i)).isHidden()]


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
