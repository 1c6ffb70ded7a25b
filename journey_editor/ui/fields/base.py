"""What every field editor shares: the input, its error line, how a value is shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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
