"""Picked values: a drop-down, a check box, a colour, a size in points, a read-only summary."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtGui import QColor, QIcon, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from journey_editor.ui.fields.base import Choices, FieldEditor, OnEdit


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
