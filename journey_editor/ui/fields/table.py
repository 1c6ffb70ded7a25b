"""Tables of small structs (comments, evidence, metrics), a row per item."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import msgspec
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor.ui.fields.base import Choices, FieldEditor, OnEdit, translated

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    name: str
    label: str  # marked with QT_TRANSLATE_NOOP (see inspector_specs), translated when shown
    kind: str = "text"  # "text", "number", "date" or "choice"
    choices: Choices = ()


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a table cell with a drop-down of the column's labels."""

    def __init__(self, labels: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.labels = labels

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(self.labels)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data()))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class TableField(FieldEditor):
    """A list of small structs as rows; every change reports the whole new list."""

    def __init__(self, on_edit: OnEdit, columns: Sequence[Column],
                 new_row: Callable[[], msgspec.Struct]) -> None:
        self.columns = list(columns)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels([translated(c.label) for c in self.columns])
        # Columns share the dock's width: no sideways scrolling in a narrow dock.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(self.table.fontMetrics().lineSpacing() * 8)
        self._delegates = [self._delegate(i, c) for i, c in enumerate(self.columns)]
        add = QPushButton(QCoreApplication.translate("Inspector", "Add"))
        remove = QPushButton(QCoreApplication.translate("Inspector", "Remove"))
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        super().__init__(self.table, on_edit, holder)
        self._rows: list[Any] = []
        self.add_button, self.remove_button = add, remove
        add.clicked.connect(lambda: on_edit([*self._rows, new_row()], False))
        remove.clicked.connect(self._remove_selected)
        self.table.itemChanged.connect(self._cell_edited)

    def _delegate(self, index: int, column: Column) -> ChoiceDelegate | None:
        if column.kind != "choice":
            return None
        delegate = ChoiceDelegate([translated(label) for label, _ in column.choices], self.table)
        self.table.setItemDelegateForColumn(index, delegate)
        return delegate  # kept referenced: setItemDelegateForColumn does not take ownership

    def value(self) -> Any:
        """The rows as the table shows them (None while a cell cannot be read), so that a
        refresh also replaces a refused cell text with the model's value."""
        try:
            return [self._read_row(r) for r in range(len(self._rows))]
        except ValueError:
            return None

    def _read_row(self, row: int) -> Any:
        cells = {col.name: _parse(col, self._cell_text(row, c))
                 for c, col in enumerate(self.columns)}
        return msgspec.structs.replace(self._rows[row], **cells)

    def _cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _set(self, value: Any) -> None:
        self._rows = list(value)
        row, column = self.table.currentRow(), self.table.currentColumn()
        self.table.setRowCount(len(self._rows))
        for r, item in enumerate(self._rows):
            for c, col in enumerate(self.columns):
                self.table.setItem(r, c, QTableWidgetItem(_format(col, getattr(item, col.name))))
        if 0 <= row < len(self._rows):
            self.table.setCurrentCell(row, column)

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        column = self.columns[cell.column()]
        try:
            parsed = _parse(column, cell.text())
        except ValueError as error:
            self.set_error(str(error))
            return
        # Only the edited cell changes: the other cells keep the model's exact values.
        rows = list(self._rows)
        rows[cell.row()] = msgspec.structs.replace(rows[cell.row()], **{column.name: parsed})
        self.on_edit(rows, False)

    def _remove_selected(self) -> None:
        doomed = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not doomed and self.table.currentRow() >= 0:
            doomed = {self.table.currentRow()}
        if doomed:
            self.on_edit([r for i, r in enumerate(self._rows) if i not in doomed], False)

    def explain(self, value: Any) -> str:
        return QCoreApplication.translate(
            "Inspector", "Not saved: a text in the table is too long or a number is out of range.")


class MetricsField(TableField):
    """The metrics table with the history of the current row's metric drawn under it."""

    def __init__(self, on_edit: OnEdit, columns: Sequence[Column],
                 new_row: Callable[[], msgspec.Struct]) -> None:
        super().__init__(on_edit, columns, new_row)
        from journey_editor.ui.metric_chart import MetricChart

        self.chart = MetricChart()
        column = self.widget.layout()
        assert isinstance(column, QVBoxLayout)  # FieldEditor's
        column.insertWidget(1, self.chart)
        self.table.currentCellChanged.connect(lambda *_: self._show_chart())

    def _set(self, value: Any) -> None:
        super()._set(value)
        self._show_chart()

    def _show_chart(self) -> None:
        row = max(self.table.currentRow(), 0)
        name = self._rows[row].name if row < len(self._rows) else ""
        self.chart.show_history(self._rows, name)


def _format(column: Column, value: Any) -> str:
    if column.kind == "number":  # short, unless that would round the value
        return f"{value:g}" if float(f"{value:g}") == value else repr(value)
    if column.kind == "date":
        return value.isoformat() if value else ""
    if column.kind == "choice":
        return next((translated(label) for label, v in column.choices if v == value), str(value))
    return str(value)


def _parse(column: Column, text: str) -> Any:
    """The model value of a cell's text; ValueError carries the message to show."""
    if column.kind == "number":
        try:
            return float(text.strip().replace(",", "."))  # many of our users write 4,2
        except ValueError:
            message = QCoreApplication.translate("Inspector", "Write a number, for example 4.2.")
            raise ValueError(message) from None
    if column.kind == "date":
        try:
            return dt.date.fromisoformat(text.strip()) if text.strip() else None
        except ValueError:
            message = QCoreApplication.translate(
                "Inspector", "Write a date as year-month-day, for example 2026-10-31.")
            raise ValueError(message) from None
    if column.kind == "choice":
        # A value without a label was shown as itself (see _format).
        return next((v for label, v in column.choices if translated(label) == text), text)
    return text
