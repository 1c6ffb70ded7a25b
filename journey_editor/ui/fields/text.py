"""Typed fields: one line, a comma-separated list of names, a paragraph."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from journey_editor.model.types import MAX_NAME, MAX_TEXT
from journey_editor.ui.fields.base import FieldEditor, OnEdit


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
