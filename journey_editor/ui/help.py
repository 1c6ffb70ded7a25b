"""The Help menu: Keyboard Shortcuts (made from the actions table), Getting Started, About.

The shortcuts shown are the ones `create_actions` binds, in the platform's own notation
(Ctrl+Z here, ⌘Z on a Mac), so the list cannot drift from what the keys really do.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt, qVersion
from PySide6.QtGui import QFont, QKeySequence
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

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.ui.actions import GROUPS, MAP_KEYS, create_actions

NATIVE = QKeySequence.SequenceFormat.NativeText


# Under this name pyside6-lupdate finds the strings (see resources/translations/README.md).
translate = QCoreApplication.translate


def plain_text(menu_text: str) -> str:
    """A menu entry's text without its mnemonic '&' and trailing '…'."""
    return menu_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def native_keys(sequences: Iterable[QKeySequence | str]) -> str:
    """Key sequences as the platform writes them, e.g. 'Ctrl+Z, Ctrl+Shift+Z'."""
    return ", ".join(QKeySequence(s).toString(NATIVE) for s in sequences)


def _typeable(sequence: QKeySequence) -> bool:
    """False for the media keys some keyboards have (New, Open, Save, Help...): Qt adds
    them to the standard shortcuts, but on the list they only hide the keys everyone has."""
    return all(sequence[i].key().value < Qt.Key.Key_Help.value for i in range(sequence.count()))


def action_keys() -> dict[str, tuple[str, str]]:
    """Every action's (plain text, keys text), straight from the actions table."""
    holder = QObject()  # the actions live only as long as this call
    actions = create_actions(holder)
    return {action_id: (plain_text(action.text()),
                        native_keys(s for s in action.shortcuts() if _typeable(s)))
            for action_id, action in actions.items()}


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
        self.resize(720, 680)

    def _fill(self) -> None:
        keys = action_keys()
        for group, ids in GROUPS:
            self._add_group(QCoreApplication.translate("Actions", group),
                            [keys[i] for i in ids if keys[i][1]])
        by_place: dict[str, list[tuple[str, str]]] = {}
        for place, sequences, what in MAP_KEYS:
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
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            whole = needle in group.text(0).casefold()  # "edit" shows the Edit group
            shown = 0
            for row in range(group.childCount()):
                child = group.child(row)
                hit = (whole or needle in child.text(0).casefold()
                       or any(keys.search(k) for k in child.text(1).casefold().split(", ")))
                child.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)

    def rows(self) -> list[tuple[str, str, str]]:
        """The (group, command, keys) rows now shown."""
        shown = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for row in range(group.childCount()):
                child = group.child(row)
                if not group.isHidden() and not child.isHidden():
                    shown.append((group.text(0), child.text(0), child.text(1)))
        return shown


# The Getting Started page: (heading, paragraph, the actions whose keys it names).
GUIDE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Help", "Stages and lanes"),
     QT_TRANSLATE_NOOP("Help", "Stages are the columns: the steps the customer goes through "
                               "before, during and after the purchase. Lanes are the rows: "
                               "goals, touchpoints, the emotion curve, pain points, ideas and "
                               "the teams behind them. Map > Add Stage ({0}) and Add Lane ({1}) "
                               "add one after the selected one, in its phase or zone. Drag a "
                               "header to move it, its edge to resize it."),
     ("add_stage", "add_lane")),
    (QT_TRANSLATE_NOOP("Help", "Cards"),
     QT_TRANSLATE_NOOP("Help", "Double-click an empty cell and type to add a card; Enter keeps "
                               "it, Esc drops it. Add Card ({0}) does the same in the selected "
                               "card's cell, or the cell you clicked last. Select a card to "
                               "fill in its details in the Inspector, in a form that fits its "
                               "lane. Drag cards to move them to another cell."),
     ("add_card",)),
    (QT_TRANSLATE_NOOP("Help", "Connecting"),
     QT_TRANSLATE_NOOP("Help", "Drag from the handle on a card's right edge to another card to "
                               "draw the customer's path, or select two cards and press {0}."),
     ("connect",)),
    (QT_TRANSLATE_NOOP("Help", "Workshop mode"),
     QT_TRANSLATE_NOOP("Help", "{0} shows the map full screen for the projector: the arrow keys "
                               "step through the stages, and participants dot-vote on the cards "
                               "that matter most. Esc leaves it."),
     ("workshop",)),
    (QT_TRANSLATE_NOOP("Help", "Export"),
     QT_TRANSLATE_NOOP("Help", "File > Export ({0}) prints the map as a PDF poster on any page "
                               "size, or tiled onto A4 or Letter sheets, and saves pictures as "
                               "PNG or SVG."),
     ("export",)),
    (QT_TRANSLATE_NOOP("Help", "Undo and shortcuts"),
     QT_TRANSLATE_NOOP("Help", "Every change can be undone ({0}). Help > Keyboard Shortcuts "
                               "({1}) lists every key."),
     ("undo", "help_shortcuts")),
)


def guide_html() -> str:
    """The Getting Started page, with the keys as this platform writes them."""
    keys = action_keys()

    def first(action_id: str) -> str:  # one shortcut per command keeps the text short
        return keys[action_id][1].split(", ")[0]

    return "".join(
        f"<h3>{escape(translate('Help', title))}</h3>"
        f"<p>{escape(translate('Help', body).format(*map(first, ids)))}</p>"
        for title, body, ids in GUIDE)


class GettingStartedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting Started"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("guide")
        self.text.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 600)


def about_html() -> str:
    """Name and version, what it is for, the licence, and the Qt it runs on (for bug reports)."""
    from importlib.metadata import PackageNotFoundError, metadata

    import PySide6

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
    )
    return f"<h3>{escape(lines[0])}</h3>" + "".join(f"<p>{escape(line)}</p>" for line in lines[1:])


def _show_once[D: QDialog](parent: QWidget | None, kind: type[D]) -> D:
    """The dialog of that kind already open under `parent`, raised, or a new one. Not
    modal: the shortcuts or the guide can stay open beside the map."""
    dialog = parent.findChild(kind) if parent is not None else None
    if dialog is None:
        dialog = kind(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_shortcuts(parent: QWidget | None = None) -> ShortcutsDialog:
    return _show_once(parent, ShortcutsDialog)


def show_getting_started(parent: QWidget | None = None) -> GettingStartedDialog:
    return _show_once(parent, GettingStartedDialog)


def show_about(parent: QWidget | None = None) -> None:
    QMessageBox.about(parent, translate("Help", "About Journey Editor"), about_html())
