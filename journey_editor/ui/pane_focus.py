"""Keyboard reach across the window: F6 / Shift+F6 move the focus from pane to pane (the
map, each open dock, the toolbar, wrapping), and Edit in Inspector takes the focus from
the selected card to its first field; Escape there brings it back to the map.

Tab stays the map's own key (it walks the cards), so the panes need a key of their own:
F6 is the one desktop applications use for that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QToolBar,
    QToolButton,
    QWidget,
)

from journey_editor.canvas.view import JourneyView

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


def takes_focus(widget: QWidget) -> bool:
    """Whether Tab could put the focus on `widget` now."""
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def first_focusable(pane: QWidget) -> QWidget | None:
    """The first widget inside `pane` that Tab would reach, in the focus chain's order."""
    widget = pane.nextInFocusChain()
    while widget is not pane and widget is not None:
        if pane.isAncestorOf(widget) and takes_focus(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


class PaneFocus:
    """Owned by the main window; `step` is what F6 and Shift+F6 call."""

    def __init__(self, window: QMainWindow, view: JourneyView, docks: dict[str, QDockWidget],
                 toolbar: QToolBar, show_dock: Callable[[QDockWidget], None]) -> None:
        self.window = window
        self.view = view
        self.docks = docks
        self.toolbar = toolbar
        self.show_dock = show_dock  # opens a closed dock the way its rail button does
        for button in toolbar.findChildren(QToolButton):  # toolbars leave them out of Tab
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def panes(self) -> list[QWidget]:
        """The stops of F6, in order: the map, the open docks on the right (the Inspector
        first), those on the left, the toolbar."""
        open_docks = [d for d in self.docks.values() if not d.isHidden()]
        right = [d for d in open_docks if self.window.dockWidgetArea(d) == RIGHT]
        return [self.view, *right, *(d for d in open_docks if d not in right), self.toolbar]

    def current(self, panes: list[QWidget]) -> int | None:
        """The index of the pane holding the focus (None: no pane, e.g. a dialog)."""
        focus = QApplication.focusWidget()
        for index, pane in enumerate(panes):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return index
        return None

    def step(self, forward: bool) -> None:
        """Moves the focus to the next pane that can take it (or the previous one)."""
        panes = self.panes()
        start = self.current(panes)
        if start is None:
            start = -1 if forward else 0
        for offset in range(1, len(panes) + 1):
            pane = panes[(start + (offset if forward else -offset)) % len(panes)]
            if self.focus_pane(pane):
                return

    def focus_pane(self, pane: QWidget) -> bool:
        """Gives `pane` the focus (where it was last, or its first field); False when
        nothing in it can take the focus."""
        if pane is self.view:
            self.focus_map()
            return True
        if isinstance(pane, QDockWidget):
            pane.raise_()  # a tab behind another comes forward
        last = pane.focusWidget()
        target = last if last is not None and pane.isAncestorOf(last) and takes_focus(last) \
            else first_focusable(pane)
        if target is None:
            return False
        target.window().activateWindow()  # a floating dock is a window of its own
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def focus_map(self) -> None:
        """Back to the map, with whatever was selected there still selected."""
        self.window.activateWindow()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_in_inspector(self, focus_first_field: Callable[[], bool]) -> bool:
        """Opens the Inspector's dock if needed and puts the focus on its first field
        (`focus_first_field` is the Inspector's; False: nothing shown to edit)."""
        dock = self.docks["inspector"]
        if dock.isHidden():
            self.show_dock(dock)
        dock.raise_()
        dock.window().activateWindow()
        return focus_first_field()
