"""Beyond the menus: no English is left in the Danish window's docks and toolbar, the
texts a translator never saw included (those the sources translate through a variable)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journey_editor.resources import resource_path
from journey_editor.ui.language import LANGUAGES
from journey_editor.ui.main_window import MainWindow
from tests.gui.conftest import open_sample
from tests.gui.test_ui_language import Interface, interface  # noqa: F401 (the fixture)


def _model_texts(view: QAbstractItemView) -> set[str]:
    model, texts = view.model(), set()
    if model is None:
        return texts
    stack = [model.index(row, 0, QModelIndex()) for row in range(model.rowCount(QModelIndex()))]
    while stack:
        index = stack.pop()
        texts.add(str(model.data(index) or ""))
        stack += [model.index(row, 0, index) for row in range(model.rowCount(index))]
    return texts


def _widget_texts(widget: QWidget) -> set[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        return {widget.text()}
    if isinstance(widget, QGroupBox):
        return {widget.title()}
    if isinstance(widget, QComboBox):
        return {widget.itemText(i) for i in range(widget.count())}
    if isinstance(widget, QDockWidget):
        return {widget.windowTitle()}
    if isinstance(widget, QLineEdit):
        return {widget.placeholderText()}
    if isinstance(widget, QTabWidget):
        return {widget.tabText(i) for i in range(widget.count())}
    if isinstance(widget, QAbstractItemView):
        return _model_texts(widget)
    return set()


def shown_texts(window: MainWindow) -> set[str]:
    """The words of every widget of the window (docks included), and their tooltips."""
    texts: set[str] = set()
    for widget in window.findChildren(QWidget):
        texts |= _widget_texts(widget) | {widget.toolTip()}
    return {text for text in texts if any(c.isalpha() for c in text)}


def _strings(value: Any, found: set[str]) -> set[str]:
    """Every string in the workspace: the user's words, the same in any interface."""
    if isinstance(value, str):
        found.add(value)
    elif isinstance(value, list | tuple):
        for item in value:
            _strings(item, found)
    elif hasattr(value, "__struct_fields__"):
        for name in value.__struct_fields__:
            _strings(getattr(value, name), found)
    return found


def same_in_danish() -> set[str]:
    """The catalog's words that Danish writes as English does (Persona, Status, PR...)."""
    root = ET.parse(resource_path("translations", "journey_editor_da.ts")).getroot()
    return {message.findtext("source") or "" for message in root.iter("message")
            if message.findtext("translation") == message.findtext("source")}


def test_no_english_is_left_in_the_danish_docks(qtbot: QtBot, interface: Interface) -> None:  # noqa: F811
    english_window = open_sample(qtbot)
    english = shown_texts(english_window)
    users = _strings(english_window.document.workspace, set())
    interface.switch("da")
    danish = shown_texts(open_sample(qtbot))
    allowed = users | same_in_danish() | set(LANGUAGES.values())
    left = sorted(text for text in english & danish
                  if text not in allowed and not set(text.splitlines()) <= users)
    assert english - danish, "the Danish window shows its own words"
    assert not left, f"still in English in the Danish window: {left}"
