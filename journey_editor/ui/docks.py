"""The window's docks: each in its place (the Inspector beside the map, the lists on the
other side), the related ones tabbed together, empty until `Panels` fills them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the window's, where they were


def create_docks(window: QMainWindow) -> dict[str, QDockWidget]:
    """The docks by name, added to `window`; the View menu's entry of each has a
    mnemonic of its own."""
    docks: dict[str, QDockWidget] = {}
    right, left = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea
    for name, title, menu_text, area in (  # the View menu's entry has a mnemonic
        ("inspector", _tr("Inspector"), _tr("I&nspector"), right),
        ("history", _tr("History"), _tr("His&tory"), right),
        ("journeys", _tr("Journeys"), _tr("&Journeys"), left),
        ("personas", _tr("Personas"), _tr("Pe&rsonas"), left),
        ("library", _tr("Touchpoint library"), _tr("Touchpoint &library"), left),
        ("compare", _tr("Compare"), _tr("Co&mpare"), right),
        ("review", _tr("Review"), _tr("R&eview"), right),
        ("checklist", _tr("Checklist"), _tr("Chec&klist"), right),
        ("conflicts", _tr("Conflicts"), _tr("Mer&ge Conflicts"), right),
    ):
        dock = QDockWidget(title, window)
        dock.setObjectName(name)
        dock.toggleViewAction().setText(menu_text)
        window.addDockWidget(area, dock)
        docks[name] = dock
    window.tabifyDockWidget(docks["inspector"], docks["history"])
    window.tabifyDockWidget(docks["history"], docks["compare"])
    window.tabifyDockWidget(docks["compare"], docks["review"])
    window.tabifyDockWidget(docks["review"], docks["checklist"])
    window.tabifyDockWidget(docks["checklist"], docks["conflicts"])
    window.tabifyDockWidget(docks["journeys"], docks["personas"])
    window.tabifyDockWidget(docks["personas"], docks["library"])
    docks["inspector"].raise_()
    docks["journeys"].raise_()
    return docks
