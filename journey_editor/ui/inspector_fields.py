"""The Inspector's field editors: one small class per kind of widget.

An editor shows one model value and reports what the user typed or picked through
`on_edit(value, merge)`; it never touches the model (the Inspector turns edits into
undo commands). `show_value` leaves a widget alone when it already shows the value,
so that the refresh that follows the user's own keystroke keeps the cursor in place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import msgspec
from PySide6.QtCore import (
    QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QSignalBlocker, Qt,
)
from PySide6.QtGui import (
    QColor, QFocusEvent, QIcon, QKeyEvent, QKeySequence, QPixmap, QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QColorDialog, QComboBox, QDoubleSpinBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QStyledItemDelegate,
    QStyleOptionViewItem, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from journey_editor.model.types import MAX_NAME, MAX_TEXT

OnEdit = Callable[[Any, bool], None]
Choices = Sequence[tuple[str, Any]]  # (label shown, model value)
ERROR_COLOR = "#c62828"


def translated(label: str) -> str:
    """A label marked with QT_TRANSLATE_NOOP("Inspector", ...), in the user's language."""
    return QCoreApplication.translate("Inspector", label)


# Literal strings below call QCoreApplication.translate in full, with their context:
# pyside6-lupdate files a plain module-level tr() call under no context at all.

class FieldEditor:
    """An input widget, the container placed in the form, and a hidden error line."""

    def __init__(self, input_widget: QWidget, on_edit: OnEdit,
                 holder: QWidget | None = None) -> None:
        self.input = input_widget
        self.on_edit = on_edit
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(holder or input_widget)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error_label.hide()
        layout.addWidget(self.error_label)

    def value(self) -> Any:
        raise NotImplementedError

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def show_value(self, value: Any) -> None:
        """Shows the model's value without reporting it back as an edit."""
        if self.value() != value:
            blocker = QSignalBlocker(self.input)
            self._set(value)
            blocker.unblock()
        self.set_error(None)

    def set_error(self, message: str | None) -> None:
        if (message or "") == self.error_label.text():
            return  # every refresh clears errors: spare the widgets a style sheet reload
        self.error_label.setText(message or "")
        self.error_label.setHidden(not message)
        name = type(self.input).__name__
        style = f"{name} {{ border: 1px solid {ERROR_COLOR}; }}"
        self.input.setStyleSheet(style if message else "")

    @property
    def has_error(self) -> bool:
        return not self.error_label.isHidden()

    def explain(self, value: Any) -> str:
        """Why the model refused `value`, in a facilitator's words."""
        return QCoreApplication.translate("Inspector", "This value cannot be used here.")


def _leave_undo_key(event: QEvent) -> bool:
    """True for Ctrl+Z / Ctrl+Y (refused, so that the window's Undo and Redo get them)."""
    if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)):
        event.ignore()
        return True
    return False


# A text widget's own undo history would answer Ctrl+Z before the window does, and
# turn the undo into one more edit of the document: these leave it to the window.
class _LineEdit(QLineEdit):
    """Shows a value from its start (see LineField._set); typing after a focus that put
    no cursor anywhere (not a click, nor Tab, which selects all) goes on at its end."""

    def event(self, event: QEvent) -> bool:
        return False if _leave_undo_key(event) else super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        placed = event.reason() in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason,
                                    Qt.FocusReason.BacktabFocusReason)
        if not placed and self.cursorPosition() == 0 and not self.hasSelectedText():
            self.end(False)


class _PlainTextEdit(QPlainTextEdit):
    def event(self, event: QEvent) -> bool:
        return False if _leave_undo_key(event) else super().event(event)


class LineField(FieldEditor):
    limit = MAX_NAME

    def __init__(self, on_edit: OnEdit) -> None:
        self.edit = _LineEdit()
        super().__init__(self.edit, on_edit)
        # textEdited, not textChanged: only the user's typing is an edit.
        self.edit.textEdited.connect(lambda text: on_edit(self._parse(text), True))

    def _parse(self, text: str) -> Any:
        return text

    def value(self) -> Any:
        return self._parse(self.edit.text())

    def _set(self, value: Any) -> None:
        self.edit.setText(value)
        if not self.edit.hasFocus():  # a long value shows its beginning, not its end
            self.edit.setCursorPosition(0)

    def explain(self, value: Any) -> str:
        if isinstance(value, str) and len(value) > self.limit:
            return QCoreApplication.translate(
                "Inspector", "Too long: at most {0} characters, this has {1}.").format(
                self.limit, len(value))
        return super().explain(value)


class ListField(LineField):
    """A list of names typed as one comma-separated line."""

    def __init__(self, on_edit: OnEdit) -> None:
        super().__init__(on_edit)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("Inspector", "Names, separated by commas"))

    def _parse(self, text: str) -> list[str]:
        return [part.strip() for part in text.split(",") if part.strip()]

    def _set(self, value: Any) -> None:
        super()._set(", ".join(value))

    def explain(self, value: Any) -> str:
        return QCoreApplication.translate(
            "Inspector", "Each name may have at most {0} characters.").format(self.limit)


class TextField(FieldEditor):
    limit = MAX_TEXT

    def __init__(self, on_edit: OnEdit) -> None:
        self.edit = _PlainTextEdit()
        self.edit.setUndoRedoEnabled(False)  # the document's undo stack is the only one
        self.edit.setTabChangesFocus(True)  # Tab moves on to the next field, as in a form
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        super().__init__(self.edit, on_edit)
        self.edit.textChanged.connect(lambda: on_edit(self.edit.toPlainText(), True))

    def value(self) -> Any:
        return self.edit.toPlainText()

    def _set(self, value: Any) -> None:
        self.edit.setPlainText(value)

    explain = LineField.explain


# Scrolling the inspector must not change a value that happens to pass under the
# pointer: these take the wheel only when focused, else the scroll area gets it.
class _QuietCombo(QComboBox):
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _QuietSpin(QDoubleSpinBox):
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ChoiceField(FieldEditor):
    def __init__(self, on_edit: OnEdit, choices: Choices = ()) -> None:
        self.combo = _QuietCombo()
        super().__init__(self.combo, on_edit)
        self._values: list[Any] = []
        self._known = 0  # values after this many are unknown ones shown as they are
        self.set_choices(choices)
        self.combo.currentIndexChanged.connect(lambda _: on_edit(self.value(), False))

    def set_choices(self, choices: Choices) -> None:
        """Replaces the list (personas, stages...) and keeps the current value."""
        if [(label, value) for label, value in choices] == self._choices():
            return
        current = self.value()
        blocker = QSignalBlocker(self.combo)
        self.combo.clear()
        self._values = []
        for label, value in choices:
            self._add(label, value)
        self._known = len(self._values)
        if current in self._values:
            self.combo.setCurrentIndex(self._values.index(current))
        blocker.unblock()

    def _choices(self) -> list[tuple[str, Any]]:
        return [(self.combo.itemText(i), v) for i, v in enumerate(self._values)]

    def _add(self, label: str, value: Any) -> None:
        self.combo.addItem(label)
        self._values.append(value)

    def value(self) -> Any:
        index = self.combo.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def _set(self, value: Any) -> None:
        while len(self._values) > self._known:  # drop the previous item's unknown value
            self._values.pop()
            self.combo.removeItem(self.combo.count() - 1)
        if value not in self._values:  # e.g. a preset or persona this version does not know
            self._add(str(value), value)
        self.combo.setCurrentIndex(self._values.index(value))


class CheckField(FieldEditor):
    def __init__(self, on_edit: OnEdit, label: str) -> None:
        self.box = QCheckBox(label)
        super().__init__(self.box, on_edit)
        self.box.toggled.connect(lambda checked: on_edit(checked, False))

    def value(self) -> Any:
        return self.box.isChecked()

    def _set(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ColorField(FieldEditor):
    """A swatch button that opens the colour dialog, and "Clear" for the default colour."""

    def __init__(self, on_edit: OnEdit) -> None:
        self.button = QPushButton()
        self.clear = QToolButton()
        self.clear.setText(QCoreApplication.translate("Inspector", "Clear"))
        self.clear.setToolTip(QCoreApplication.translate("Inspector", "Use the default colour"))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button, 1)
        row.addWidget(self.clear)
        super().__init__(self.button, on_edit, holder)
        self._color: str | None = None
        self._set(None)
        self.button.clicked.connect(self._pick)
        self.clear.clicked.connect(lambda: on_edit(None, False))

    def _pick(self) -> None:
        color = QColorDialog.getColor(QColor(self._color or "#ffffff"), self.button,
                                      QCoreApplication.translate("Inspector", "Choose a colour"))
        if color.isValid():
            self.on_edit(color.name(), False)

    def value(self) -> Any:
        return self._color

    def _set(self, value: Any) -> None:
        self._color = value
        swatch = QPixmap(16, 16)
        swatch.fill(QColor(value or "transparent"))
        self.button.setIcon(QIcon(swatch))
        self.button.setText(value or QCoreApplication.translate("Inspector", "Default"))
        self.clear.setEnabled(value is not None)


class SizeField(FieldEditor):
    """Points, with the spin box's minimum shown as "auto" (None: the style decides)."""

    def __init__(self, on_edit: OnEdit) -> None:
        self.spin = _QuietSpin()
        self.spin.setRange(0, 10_000)
        self.spin.setDecimals(0)
        self.spin.setSingleStep(10)
        self.spin.setSuffix(QCoreApplication.translate("Inspector", " pt"))
        self.spin.setSpecialValueText(QCoreApplication.translate("Inspector", "auto"))
        self.spin.setKeyboardTracking(False)  # one edit per finished number, not per digit
        super().__init__(self.spin, on_edit)
        self.spin.valueChanged.connect(lambda _: on_edit(self.value(), True))

    def value(self) -> Any:
        return None if self.spin.value() == self.spin.minimum() else self.spin.value()

    def _set(self, value: Any) -> None:
        self.spin.setValue(self.spin.minimum() if value is None else value)

    def explain(self, value: Any) -> str:
        return QCoreApplication.translate("Inspector", "Use at least 10 points, or auto.")


class SummaryField(FieldEditor):
    """Read-only text for values edited elsewhere (votes, checklist, voting)."""

    def __init__(self, on_edit: OnEdit, summary: Callable[[Any], str]) -> None:
        self.label = QLabel()
        self.label.setWordWrap(True)
        super().__init__(self.label, on_edit)
        self._summary = summary
        self._value: Any = object()

    def value(self) -> Any:
        return self._value

    def _set(self, value: Any) -> None:
        self._value = value
        self.label.setText(self._summary(value))


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
                     index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(self.labels)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data()))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
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
        self.widget.layout().insertWidget(1, self.chart)
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
