"""Where the docks go: beside the map on a wide screen, folded into a rail of tabs along
each side on a laptop or projector, opening over the map when asked for.

The room reads the map, not the docks: a first start gives the map at least 70 % of the
window's width whatever the screen. After that, what the user made of the docks (moved,
floated, docked, closed) is the window state that the main window saves and restores.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolBar,
    QToolButton,
    QWidget,
)

COMPACT_SCREEN = 1500  # px of available width: narrower, docks open over the map
MAXIMIZE_UP_TO = 1920  # px: a first start fills screens up to full HD
MAP_SHARE = 0.7  # a first start keeps at least this share of the window's width for the map
DOCK_WIDTHS = {Qt.DockWidgetArea.LeftDockWidgetArea: 300,  # what the journeys panel needs
               Qt.DockWidgetArea.RightDockWidgetArea: 380}  # the widest panel there: the checklist
Area = Qt.DockWidgetArea


class RailButton(QToolButton):
    """A tab standing on its side: the dock's name written along the rail."""

    def __init__(self, dock: QDockWidget, upwards: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.dock = dock
        self._upwards = upwards
        self.setText(dock.windowTitle())
        self.setToolTip(dock.windowTitle())
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setAccessibleName(dock.windowTitle())

    def sizeHint(self) -> QSize:  # noqa: N802
        return super().sizeHint().transposed()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_PanelButtonTool, option)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self._upwards:
            painter.translate(0, self.height())
            painter.rotate(-90)
        else:
            painter.translate(self.width(), 0)
            painter.rotate(90)
        option.rect = QRect(0, 0, self.height(), self.width())
        painter.drawControl(QStyle.ControlElement.CE_ToolButtonLabel, option)


class DockRails:
    """A rail of tabs on each side of the window, one per dock on that side."""

    def __init__(self, window: QMainWindow, docks: list[QDockWidget]) -> None:
        self.window = window
        self.docks = docks
        self.buttons: dict[str, RailButton] = {}
        self.tabs: dict[str, QAction] = {}  # the rails' entries, by dock name
        self.wanted: dict[str, bool] = {}  # tabs shown only when there is something to see
        for area, upwards in ((Area.LeftDockWidgetArea, True), (Area.RightDockWidgetArea, False)):
            rail = QToolBar(window)
            rail.setObjectName("left_rail" if upwards else "right_rail")
            rail.setWindowTitle(QCoreApplication.translate("DockRails", "Panels"))
            rail.setMovable(False)
            rail.setFloatable(False)
            rail.setOrientation(Qt.Orientation.Vertical)
            window.addToolBar(Qt.ToolBarArea.LeftToolBarArea if upwards
                              else Qt.ToolBarArea.RightToolBarArea, rail)
            for dock in docks:
                if window.dockWidgetArea(dock) == area:
                    self._add_button(rail, dock, upwards)

    def _add_button(self, rail: QToolBar, dock: QDockWidget, upwards: bool) -> None:
        button = RailButton(dock, upwards, rail)
        button.clicked.connect(lambda _=False, d=dock: self.toggle(d))
        dock.visibilityChanged.connect(button.setChecked)
        name = dock.objectName()
        dock.visibilityChanged.connect(lambda _=False: self._update_tab(name))
        self.tabs[name] = rail.addWidget(button)
        self.buttons[name] = button

    def show_tab(self, name: str, shown: bool) -> None:
        """Shows or hides a dock's tab (a panel with nothing to show, e.g. no conflicts);
        an open dock keeps its tab until it is put away."""
        self.wanted[name] = shown
        self._update_tab(name)

    def _update_tab(self, name: str) -> None:
        self.tabs[name].setVisible(self.wanted.get(name, True) or self.buttons[name].isChecked())

    def toggle(self, dock: QDockWidget) -> None:
        """Shows the dock (over the map when it floats) or puts it away."""
        if dock.isVisible():
            dock.hide()
            self.buttons[dock.objectName()].setChecked(False)
            return
        if dock.isFloating():
            for other in self.docks:  # one panel at a time over the map, as tabs
                if (other is not dock and other.isFloating()
                        and self._side(other) == self._side(dock)):
                    other.hide()
            dock.setGeometry(self._over_map(dock))
        dock.show()
        dock.raise_()
        self.buttons[dock.objectName()].setChecked(True)

    def step_aside(self, rect: QRect) -> None:
        """A panel floating over `rect` (global pixels) moves to the map's other edge."""
        centre = self.window.centralWidget()
        area = QRect(centre.mapToGlobal(QPoint(0, 0)), centre.size())
        for dock in self.docks:
            frame = dock.frameGeometry()
            if dock.isFloating() and dock.isVisible() and frame.intersects(rect):
                on_right = frame.center().x() > area.center().x()
                x = area.left() if on_right else area.right() - frame.width()
                dock.move(x, frame.top())

    def _side(self, dock: QDockWidget) -> Area:
        return self.window.dockWidgetArea(dock)

    def _over_map(self, dock: QDockWidget) -> QRect:
        """Along the map's left or right edge, as high as the map."""
        centre = self.window.centralWidget()
        width = min(DOCK_WIDTHS[self._side(dock)], int(centre.width() * 0.45))
        left = self._side(dock) == Area.LeftDockWidgetArea
        corner = centre.mapToGlobal(QPoint(0 if left else centre.width() - width, 0))
        return QRect(corner, QSize(width, centre.height()))

    def size_window(self) -> None:
        """A first start: the window fills a laptop's or projector's screen."""
        window = self.window
        screen = window.screen().availableGeometry()
        if screen.width() <= MAXIMIZE_UP_TO:
            window.setGeometry(screen)
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        else:
            window.resize(MAXIMIZE_UP_TO, min(1200, screen.height()))

    def place_docks(self) -> None:
        """A first start: the docks get only what the map can spare."""
        window = self.window
        screen = window.screen().availableGeometry()
        spare = screen.width() * (1 - MAP_SHARE) - 2 * self._rail_width()
        if screen.width() < COMPACT_SCREEN:
            for dock in self.docks:  # over the map, on demand, from the rails
                dock.setFloating(True)
                dock.hide()
            return
        right = DOCK_WIDTHS[Area.RightDockWidgetArea]
        both = spare >= right + DOCK_WIDTHS[Area.LeftDockWidgetArea]
        for dock in self.docks:
            if self._side(dock) == Area.LeftDockWidgetArea and not both:
                dock.hide()  # one click away on the left rail
        shown = [d for d in self.docks if not d.isHidden()]
        window.resizeDocks(shown, [DOCK_WIDTHS[self._side(d)] for d in shown],
                           Qt.Orientation.Horizontal)

    def _rail_width(self) -> int:
        buttons = list(self.buttons.values())
        return buttons[0].sizeHint().width() + 4 if buttons else 0
