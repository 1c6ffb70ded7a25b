"""The Conflicts dock: what a merge (`journey-editor merge`, git's merge driver) could not
decide, one row each, with a button for each side. A click is one undoable command
(edit_facade.resolve_conflict); the list follows the document live."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.model.conflicts import conflicts_of
from journey_editor.model.edits import Change, ItemKind
from journey_editor.model.resolve import ORDER, Side
from journey_editor.model.types import Conflict

LONGEST = 80  # characters of a value shown; the file keeps it whole
KINDS = ("journey", "persona", "stage", "lane", "card", "connection")  # found by id


class ConflictsPanel(QWidget):
    counted = Signal(int)  # how many conflicts the map holds, after every refresh

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.body = QWidget()
        self.rows = QVBoxLayout(self.body)
        self.buttons: list[dict[Side, QPushButton]] = []  # per conflict, in the file's order
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.set_document(document)

    def set_document(self, document: Document) -> None:
        if self.document is not document:
            self.document.changed.disconnect(self._on_changed)
        self.document = document
        document.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, _: tuple[Change, ...]) -> None:
        self.refresh()  # names shown in the rows may have changed too; a few rows at most

    def refresh(self, note: str = "") -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        conflicts = conflicts_of(self.document.workspace)
        for index, conflict in enumerate(conflicts):
            self.rows.addWidget(self._row(index, conflict))
        self.rows.addStretch(1)
        if not conflicts:
            text = self.tr("No merge conflicts in this map.")
        elif len(conflicts) == 1:
            text = self.tr("A merge left 1 conflict: pick the side to keep.")
        else:
            text = self.tr("A merge left {0} conflicts: pick the side to keep for each.").format(
                len(conflicts))
        self.summary.setText(f"{note}\n{text}" if note else text)
        self.counted.emit(len(conflicts))

    def _row(self, index: int, conflict: Conflict) -> QFrame:
        row = QFrame(self.body)
        row.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(row)
        what = QLabel(self._describe(conflict), row)
        what.setWordWrap(True)
        font = what.font()
        font.setBold(True)
        what.setFont(font)
        grid.addWidget(what, 0, 0, 1, 2)
        buttons: dict[Side, QPushButton] = {}
        sides: tuple[Side, Side] = ("ours", "theirs")
        for column, side in enumerate(sides):
            label = self._label(conflict, side)
            value = QLabel(f"{label}: {self._value(conflict, side)}", row)
            value.setWordWrap(True)
            grid.addWidget(value, 1 + column, 0, 1, 2)
            button = QPushButton(self.tr("Keep {0}").format(label), row)
            button.clicked.connect(lambda _=False, i=index, s=side: self._keep(i, s))
            buttons[side] = button
        keep = QHBoxLayout()
        keep.addWidget(buttons["ours"])
        keep.addWidget(buttons["theirs"])
        grid.addLayout(keep, 3, 0, 1, 2)
        self.buttons.append(buttons)
        return row

    def _keep(self, index: int, side: Side) -> None:
        outcome = edit_facade.resolve_conflict(self.document, index, side)
        if outcome is edit_facade.Outcome.UNCHANGED:
            self.refresh(self.tr("That side no longer fits the map (what it refers to has "
                                 "changed): keep the other, or edit the map by hand."))

    def _label(self, conflict: Conflict, side: Side) -> str:
        label = conflict.ours_label if side == "ours" else conflict.theirs_label
        return {"ours": self.tr("ours"), "theirs": self.tr("theirs")}.get(label, label)

    def _describe(self, conflict: Conflict) -> str:
        kinds = {"workspace": self.tr("The map"), "journey": self.tr("Journey"),
                 "persona": self.tr("Persona"), "stage": self.tr("Stage"),
                 "lane": self.tr("Lane"), "card": self.tr("Card"),
                 "connection": self.tr("Connection"),
                 "checklist_item": self.tr("Checklist answer")}
        item = kinds.get(conflict.kind, conflict.kind)
        name = self._name(conflict)
        if name:
            item = self.tr("{0} '{1}'").format(item, name)
        if conflict.field == "":
            return self.tr("{0}: deleted on one side, changed on the other").format(item)
        if conflict.field.endswith(ORDER):
            return self.tr("{0}: the order of its {1}").format(
                item, conflict.field.removesuffix(ORDER))
        return f"{item}: {conflict.field}"

    def _name(self, conflict: Conflict) -> str:
        """The item's name as the map has it now (or as either side had it)."""
        if conflict.kind == "workspace":
            return ""
        kind = cast(ItemKind, conflict.kind)  # the kinds of items with ids, and checklist_item
        owner = None if kind in ("journey", "persona") else conflict.journey
        if kind in KINDS and self.document.exists(owner, kind, conflict.item):
            item = self.document.find(owner, kind, conflict.item)
            return getattr(item, "title", "") or getattr(item, "name", "") or conflict.item
        for value in (conflict.ours, conflict.theirs, conflict.base):
            if isinstance(value, dict) and (value.get("title") or value.get("name")):
                return str(value.get("title") or value.get("name"))
        return conflict.item

    def _value(self, conflict: Conflict, side: Side) -> str:
        value: Any = conflict.ours if side == "ours" else conflict.theirs
        if value is None:
            return self.tr("(deleted)") if conflict.field == "" else self.tr("(none)")
        if isinstance(value, dict):
            text = str(value.get("title") or value.get("name") or self.tr("(kept)"))
        elif isinstance(value, list):
            text = ", ".join(str(v) for v in value)
        else:
            text = str(value)
        return text if len(text) <= LONGEST else text[:LONGEST - 1] + "…"
