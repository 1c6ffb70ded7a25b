"""The Help menu: Getting Started, Keyboard Shortcuts, the file format, About.

The shortcuts shown are the ones `create_actions` binds, in the platform's own notation
(Ctrl+Z here, ⌘Z on a Mac), so the list cannot drift from what the keys really do. The
pages are in `help_guide` and `help_format`; every one is in the package, none needs the
network.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor.ui.actions import GROUPS, MAP_KEYS
from journey_editor.ui.help_format import format_html
from journey_editor.ui.help_guide import guide_html
from journey_editor.ui.help_keys import TIMER_KEYS, commands, native_keys

# Under this name pyside6-lupdate finds the strings (see resources/translations/README.md).
translate = QCoreApplication.translate


class ShortcutsDialog(QDialog):
    """Every command that has keys, grouped as in the menus, then the map's own keys;
    typing in the filter keeps the rows whose command or keys contain the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setPlaceholderText(self.tr("Filter, e.g. undo or Ctrl+D"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.set_filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcuts")
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._fill()
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        fit_to_screen(self, 720, 680)

    def _fill(self) -> None:
        known = commands()
        for group, ids in GROUPS:
            self._add_group(QCoreApplication.translate("Actions", group),
                            [(known[i].text, known[i].keys) for i in ids if known[i].keys])
        by_place: dict[str, list[tuple[str, str]]] = {}
        for place, sequences, what in MAP_KEYS + TIMER_KEYS:
            by_place.setdefault(place, []).append(
                (QCoreApplication.translate("Actions", what), native_keys(sequences)))
        for place, rows in by_place.items():
            self._add_group(QCoreApplication.translate("Actions", place), rows)

    def _add_group(self, title: str, rows: list[tuple[str, str]]) -> None:
        if not rows:
            return
        group = QTreeWidgetItem(self.tree, [title])
        font = QFont(group.font(0))
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for text, keys in rows:
            row = QTreeWidgetItem(group, [text, keys])
            row.setToolTip(1, keys)  # in full, should the column be narrow

    def set_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        # Keys match whole parts: "ctrl+d" finds Ctrl+D, not Ctrl+Down; "z" finds Ctrl+Z.
        keys = re.compile(rf"(^|\+){re.escape(needle)}($|\+)")
        for group in _children(self.tree.invisibleRootItem()):
            whole = needle in group.text(0).casefold()  # "edit" shows the Edit group
            shown = 0
            for child in _children(group):
                hit = (whole or needle in child.text(0).casefold()
                       or any(keys.search(k) for k in child.text(1).casefold().split(", ")))
                child.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)

    def rows(self) -> list[tuple[str, str, str]]:
        """The (group, command, keys) rows now shown."""
        return [(group.text(0), child.text(0), child.text(1))
                for group in _children(self.tree.invisibleRootItem()) if not group.isHidden()
                for child in _children(group) if not child.isHidden()]


def _children(item: QTreeWidgetItem | None) -> list[QTreeWidgetItem]:
    if item is None:
        return []
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """That size, or less on a small screen: 1366 x 768 leaves about 700 px of height."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10)
    window.resize(width, height)


class HelpPage(QDialog):
    """A page of help text; a `help:` link asks for another page (`linked` carries its
    name), any other link (the schema's file) opens in the desktop's own viewer."""

    linked = Signal(str)

    def __init__(self, title: str, name: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QTextBrowser(self)
        self.text.setObjectName(name)
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._follow)
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 680)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "help":
            self.linked.emit(url.path())
        else:
            QDesktopServices.openUrl(url)


class GettingStartedDialog(HelpPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Getting Started"), "guide", guide_html(), parent)


class FileFormatDialog(HelpPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The .journey File Format"), "format", format_html(), parent)


def about_html() -> str:
    """Name and version, what it is for, the licence, and what it runs on (for bug reports)."""
    from importlib.metadata import PackageNotFoundError, metadata

    import PySide6

    from journey_editor.model.types import FORMAT_VERSION
    from journey_editor.version import app_version

    try:
        licence = metadata("journey-editor").get("License-Expression") or ""
    except PackageNotFoundError:
        licence = ""
    lines = (
        translate("Help", "Journey Editor {0}").format(app_version()),
        translate("Help", "Map customer journeys offline: stages, touchpoints, emotions, and "
                          "posters for the wall."),
        translate("Help", "Licence: {0}").format(
            licence or translate("Help", "see the LICENSE file")),
        translate("Help", "Qt {0}, PySide6 {1}, Python {2}").format(
            qVersion(), PySide6.__version__, platform.python_version()),
        translate("Help", "File format version {0}").format(FORMAT_VERSION),
    )
    return f"<h3>{escape(lines[0])}</h3>" + "".join(f"<p>{escape(line)}</p>" for line in lines[1:])


class AboutBox(QMessageBox):
    """About, with text that can be selected and copied into a bug report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Journey Editor"))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(about_html())
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        icon = QGuiApplication.windowIcon()
        if not icon.isNull():
            self.setIconPixmap(icon.pixmap(64, 64))
        self.setStandardButtons(QMessageBox.StandardButton.Close)


def _show_once[D: QDialog](parent: QWidget | None, kind: type[D]) -> D:
    """The dialog of that kind already open under `parent`, raised, or a new one. Not
    modal: the shortcuts or a page can stay open beside the map."""
    dialog = parent.findChild(kind) if parent is not None else None
    if dialog is None:
        dialog = kind(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(dialog, HelpPage):
            dialog.linked.connect(lambda name: _PAGES[name](parent))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_shortcuts(parent: QWidget | None = None) -> ShortcutsDialog:
    return _show_once(parent, ShortcutsDialog)


def show_getting_started(parent: QWidget | None = None) -> GettingStartedDialog:
    return _show_once(parent, GettingStartedDialog)


def show_file_format(parent: QWidget | None = None) -> FileFormatDialog:
    return _show_once(parent, FileFormatDialog)


def show_about(parent: QWidget | None = None) -> AboutBox:
    return _show_once(parent, AboutBox)


# The pages a `help:` link may name (help_guide.PAGES).
_PAGES: dict[str, Callable[[QWidget | None], QDialog]] = {
    "getting-started": show_getting_started,
    "shortcuts": show_shortcuts,
    "file-format": show_file_format,
}
