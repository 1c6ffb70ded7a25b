"""The touchpoint library dock: the catalog by phase, searchable; drag an entry onto a cell."""

from __future__ import annotations

from pathlib import Path

import msgspec
from PySide6.QtCore import QMimeData, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor.canvas.dragdrop import entry_mime
from journey_editor.fileformat import library_file
from journey_editor.model import catalog
from journey_editor.model.catalog import Entry

_ENTRY = Qt.ItemDataRole.UserRole


def default_folder() -> Path:
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


class _Tree(QTreeWidget):
    """Entries as draggable rows; Enter activates the current one."""

    activated = Signal(object)  # Entry

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # noqa: N802
        entries = [i.data(0, _ENTRY) for i in items if i.data(0, _ENTRY) is not None]
        return entry_mime(entries[0]) if entries else QMimeData()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        entry = self.currentItem().data(0, _ENTRY) if self.currentItem() else None
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and entry is not None:
            self.activated.emit(entry)
        else:
            super().keyPressEvent(event)


class LibraryPanel(QWidget):
    """Emits `entryActivated(Entry)` on Enter or double-click; entries also drag out."""

    entryActivated = Signal(object)  # noqa: N815

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or default_folder()
        self.user_entries = library_file.load_user_entries(self.folder)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search touchpoints…"))
        self.search.setClearButtonEnabled(True)
        self.tree = _Tree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QTreeWidget.DragDropMode.DragOnly)
        add = QPushButton(self.tr("Add my own…"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self._fill)
        self.tree.activated.connect(self.entryActivated)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.currentItemChanged.connect(self._update_buttons)
        add.clicked.connect(self.add_own)
        self.remove.clicked.connect(self.remove_own)
        self._fill()

    def _phase_names(self) -> dict[str, str]:
        return {"before": self.tr("Before purchase"), "during": self.tr("During purchase"),
                "after": self.tr("After purchase"), "any": self.tr("Information and other"),
                "user": self.tr("My touchpoints")}

    def _fill(self) -> None:
        self.tree.clear()
        names = self._phase_names()
        groups: dict[str, QTreeWidgetItem] = {}
        shown = catalog.search(catalog.builtin_entries() + self.user_entries, self.search.text())
        for entry in shown:
            key = "user" if entry.user else entry.phase
            if key not in groups:
                groups[key] = QTreeWidgetItem(self.tree, [names[key]])
                groups[key].setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[key].setExpanded(True)
            item = QTreeWidgetItem(groups[key], [entry.name])
            item.setToolTip(0, entry.channel)
            item.setData(0, _ENTRY, entry)
        self._update_buttons()

    def _double_clicked(self, item: QTreeWidgetItem) -> None:
        entry = item.data(0, _ENTRY)
        if entry is not None:
            self.entryActivated.emit(entry)

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        entry = item.data(0, _ENTRY) if item is not None else None
        self.remove.setEnabled(bool(entry is not None and entry.user))

    def add_own(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a touchpoint"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        phases = [self.tr("Before purchase"), self.tr("During purchase"), self.tr("After purchase")]
        phase, ok = QInputDialog.getItem(self, self.tr("Add a touchpoint"), self.tr("Phase:"),
                                         phases, 0, False)
        if ok:
            key = ("before", "during", "after")[phases.index(phase)]
            self.add_entry(Entry(name.strip(), key, user=True))

    def add_entry(self, entry: Entry) -> None:
        self.user_entries.append(msgspec.structs.replace(entry, user=True))
        library_file.save_user_entries(self.folder, self.user_entries)
        self._fill()

    def remove_own(self) -> None:
        item = self.tree.currentItem()
        entry = item.data(0, _ENTRY) if item is not None else None
        if entry is not None and entry.user:
            self.user_entries = [e for e in self.user_entries if e != entry]
            library_file.save_user_entries(self.folder, self.user_entries)
            self._fill()

