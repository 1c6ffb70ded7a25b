"""The Help menu's pages as a user opens them: from the menu, in English and in Danish,
readable with no network, the file format page made from the shipped schema, About
with the versions the editor really runs on."""

from __future__ import annotations

import json
import platform
from collections.abc import Iterator

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QUrl, qVersion
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from journey_editor.fileformat.migrations import oldest_readable
from journey_editor.model.types import FORMAT_VERSION, MAX_FILE_CARDS
from journey_editor.resources import resource_path
from journey_editor.ui import help as help_menu
from journey_editor.ui.help_format import REFERENCES, TOP_LEVEL
from journey_editor.ui.help_guide import GUIDE, PAGES
from journey_editor.ui.main_window import MainWindow
from tests.gui.conftest import open_sample
from tests.gui.test_ui_language import Interface, interface  # noqa: F401 (a fixture)

NATIVE = QKeySequence.SequenceFormat.NativeText
SCHEMA = json.loads(resource_path("schema", f"journey-{FORMAT_VERSION}.schema.json")
                    .read_text(encoding="utf-8"))
# Words a Danish reader sees: written here, not looked up, so an English page fails.
DANISH = {"guide": "Kom i gang", "section": "Workshoptilstand og prikafstemning",
          "export": "Filer › Eksportér", "format": "Nøgler på øverste niveau",
          "about": "Licens", "shortcuts": "Tastaturgenveje"}
ENGLISH = {"guide": "Getting Started", "section": "Workshop mode and dot voting",
           "export": "File › Export", "format": "Top-level keys",
           "about": "Licence", "shortcuts": "Keyboard Shortcuts"}


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture(params=["en", "da"])
def window(request: pytest.FixtureRequest, qtbot: QtBot,
           interface: Interface,  # noqa: F811 (the fixture imported above)
           monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MainWindow, dict[str, str]]]:
    """The sample window in English or in Danish, and the words that language shows."""
    if request.param == "da":
        interface.switch("da")
    monkeypatch.setattr(QMessageBox, "question",  # closing the window never asks
                        lambda *args: QMessageBox.StandardButton.Discard)
    yield open_sample(qtbot), DANISH if request.param == "da" else ENGLISH


def click_in_help_menu[D: QDialog](window: MainWindow, qtbot: QtBot, action_id: str,
                                   kind: type[D]) -> D:
    """Opens the Help menu, clicks the entry, and returns the window it opened."""
    action = window.actions[action_id]
    menu = next(m for m in window.menuBar().findChildren(QMenu) if action in m.actions())
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitExposed(menu)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: (d := window.findChild(kind)) is not None and d.isVisible())
    dialog = window.findChild(kind)
    assert dialog is not None
    return dialog


def browser(dialog: QDialog) -> QTextBrowser:
    found = dialog.findChild(QTextBrowser)
    assert found is not None
    return found


def link_targets(page: QTextBrowser) -> list[str]:
    targets = []
    block = page.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            href = iterator.fragment().charFormat().anchorHref()
            if href:
                targets.append(href)
            iterator += 1
        block = block.next()
    return targets


def click_link(page: QTextBrowser, qtbot: QtBot, text: str) -> None:
    """Scrolls to the link that reads `text` and clicks it, as a reader would."""
    found = page.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 2)
    page.setTextCursor(cursor)
    page.ensureCursorVisible()
    qtbot.mouseClick(page.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.cursorRect(cursor).center())


def test_getting_started_opens_from_the_menu_in_the_interface_language(
        window: tuple[MainWindow, dict[str, str]], qtbot: QtBot) -> None:
    main, words = window
    dialog = click_in_help_menu(main, qtbot, "getting_started", help_menu.GettingStartedDialog)
    assert dialog.windowTitle() == words["guide"]
    text = browser(dialog).toPlainText()
    assert words["section"] in text
    assert words["export"] in text  # the menu path as the menus of this language say it
    for section in GUIDE:
        title = _t("Help", section.title)
        assert title in text
        if words is DANISH:
            assert title != section.title, "an untranslated heading"
    # Everything is on the page: its only links lead to the other help pages.
    assert link_targets(browser(dialog)) == [f"help:{name}" for name in PAGES]


def test_the_file_format_page_opens_from_getting_started(
        window: tuple[MainWindow, dict[str, str]], qtbot: QtBot) -> None:
    main, words = window
    guide = click_in_help_menu(main, qtbot, "getting_started", help_menu.GettingStartedDialog)
    click_link(browser(guide), qtbot, _t("Help", PAGES["file-format"]))
    qtbot.waitUntil(lambda: main.findChild(help_menu.FileFormatDialog) is not None)
    page = browser(main.findChild(help_menu.FileFormatDialog))
    text = page.toPlainText()
    assert words["format"] in text
    assert QLocale().toString(MAX_FILE_CARDS) in text  # 200.000 in Danish
    assert _t("FileFormat", TOP_LEVEL["journeys"]) in text


def test_the_file_format_page_names_every_key_and_object_of_the_schema(qtbot: QtBot) -> None:
    dialog = help_menu.show_file_format(None)
    qtbot.addWidget(dialog)
    page = browser(dialog)
    text = page.toPlainText()
    keys = SCHEMA["$defs"]["Workspace"]["properties"]
    assert set(TOP_LEVEL) == set(keys), "explain each top-level key in help_format.TOP_LEVEL"
    for key in keys:
        assert key in text
        assert TOP_LEVEL[key] in text
    for name, body in SCHEMA["$defs"].items():
        assert f"{name}: " in text
        assert ", ".join(body.get("properties", {})) in text
    for owner, key, target in REFERENCES:
        assert key in SCHEMA["$defs"][owner]["properties"], (owner, key)
        assert "id" in SCHEMA["$defs"][target]["properties"], target
    assert f"writes format version {FORMAT_VERSION} and reads versions {oldest_readable()}" \
        in text
    schema_links = [QUrl(href).toLocalFile() for href in link_targets(page)]
    assert schema_links == [str(resource_path("schema",
                                              f"journey-{FORMAT_VERSION}.schema.json"))]


def test_about_shows_the_versions_it_runs_on(window: tuple[MainWindow, dict[str, str]],
                                             qtbot: QtBot) -> None:
    main, words = window
    about = click_in_help_menu(main, qtbot, "about", help_menu.AboutBox)
    from journey_editor.version import app_version
    for version in (app_version(), qVersion(), pyside_version, platform.python_version()):
        assert version in about.text()
    assert words["about"] in about.text()
    qtbot.mouseClick(about.button(QMessageBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.findChild(help_menu.AboutBox) is None)


def test_keyboard_shortcuts_open_from_the_menu(window: tuple[MainWindow, dict[str, str]],
                                               qtbot: QtBot) -> None:
    main, words = window
    dialog = click_in_help_menu(main, qtbot, "help_shortcuts", help_menu.ShortcutsDialog)
    assert dialog.windowTitle() == words["shortcuts"]
    menu, entry = words["export"].split(" › ")
    assert (menu, entry, QKeySequence("Ctrl+E").toString(NATIVE)) in dialog.rows()


@pytest.mark.parametrize("show", [help_menu.show_getting_started, help_menu.show_file_format,
                                  help_menu.show_shortcuts])
def test_the_pages_fit_the_screen_in_finnish(
        show: object, qtbot: QtBot,
        interface: Interface) -> None:  # noqa: F811 (the fixture imported above)
    """Finnish words are long: still no sideways scrolling, and the page fits the screen."""
    interface.switch("fi")
    assert callable(show)
    dialog = show(None)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    assert room.contains(dialog.frameGeometry())
    for view in dialog.findChildren(QTextBrowser):
        assert view.horizontalScrollBar().maximum() == 0


def test_the_file_format_page_has_its_own_help_menu_entry(
        window: tuple[MainWindow, dict[str, str]], qtbot: QtBot) -> None:
    main, words = window
    page = click_in_help_menu(main, qtbot, "file_format", help_menu.FileFormatDialog)
    assert words["format"] in browser(page).toPlainText()
