"""The window in another interface language: the menus speak it, each menu keeps a
mnemonic per entry, and Preferences chooses the language for the next start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QMenu
from pytestqt.qtbot import QtBot

from journey_editor import i18n
from journey_editor.app import install_translators
from journey_editor.ui.language import LANGUAGES, chosen_language, interface_locale
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.preferences import PreferencesDialog
from tests.gui.conftest import open_sample

TRANSLATED = sorted(set(LANGUAGES) - {"en"})


class Interface:
    """Puts the application in a language and takes it out again, so that the other
    tests of the run keep their English."""

    def __init__(self) -> None:
        self.default = QLocale()
        self.translators: list[QTranslator] = []
        self.numbers = i18n.installed_decimal()

    def switch(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        self.translators = install_translators(app, QLocale(language))

    def restore(self) -> None:
        app = QCoreApplication.instance()
        for translator in self.translators:
            app.removeTranslator(translator)
        QLocale.setDefault(self.default)
        i18n.install_decimal(self.numbers)


@pytest.fixture
def interface(qapp: QApplication) -> Iterator[Interface]:
    switcher = Interface()
    yield switcher
    switcher.restore()


def menu_texts(window: MainWindow) -> dict[str, list[str]]:
    """Each menu bar title and the texts of its entries (a submenu counts by its title:
    Open Recent and Heat Overlay list the user's own files and metrics)."""
    texts = {}
    for title_action in window.menuBar().actions():
        menu = title_action.menu()
        assert isinstance(menu, QMenu)
        texts[menu.title()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    return texts


def test_the_main_window_in_danish_has_no_english_menu(
        qtbot: QtBot, interface: Interface) -> None:
    english = menu_texts(open_sample(qtbot))
    interface.switch("da")
    danish = menu_texts(open_sample(qtbot))
    assert len(danish) == len(english) >= 6
    left = set(danish) & set(english)
    assert not left, f"menu titles still in English: {left}"
    english_entries = {text for entries in english.values() for text in entries}
    untranslated = [text for entries in danish.values() for text in entries
                    if text in english_entries]
    assert not untranslated, f"menu entries still in English: {untranslated}"


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+").casefold()


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_menu_keeps_a_mnemonic_per_entry(
        qtbot: QtBot, interface: Interface, language: str) -> None:
    interface.switch(language)
    window = open_sample(qtbot)
    menus = menu_texts(window)
    titles = [mnemonic(title) for title in menus]
    assert "" not in titles and len(set(titles)) == len(titles), menus.keys()
    problems = []
    for title, entries in menus.items():
        letters = [mnemonic(entry) for entry in entries]
        if "" in letters or len(set(letters)) != len(letters):
            problems.append(f"{title}: {entries}")
    assert not problems, f"{language}: entries without a mnemonic or sharing one: {problems}"


def test_the_language_reaches_qt_free_messages_and_number_formats(
        interface: Interface) -> None:
    english_error = i18n.translate("FileErrors", "the file is empty")
    english_number = QLocale().toString(1234.5, "f", 1)
    interface.switch("fi")
    finnish_error = i18n.translate("FileErrors", "the file is empty")
    assert finnish_error and finnish_error != english_error
    assert finnish_error == QCoreApplication.translate("FileErrors", "the file is empty")
    assert QLocale().toString(1234.5, "f", 1) != english_number
    assert QLocale().decimalPoint() == ","
    assert i18n.decimal(-1.5) == QLocale().toString(-1.5, "g", 6)  # the Review's numbers


def test_preferences_choose_the_language_of_the_next_start(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.findChild(QComboBox, "language")
    assert combo is not None and combo.currentIndex() == 0  # the system's, by default
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[1:] == list(LANGUAGES.values())  # each language in its own name
    note = dialog.findChild(QLabel, "language_note")
    assert note is not None and "restart" in note.text().casefold()
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText() == "Suomi":
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert chosen_language() == "fi"
    assert interface_locale().language() == QLocale.Language.Finnish
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.findChild(QComboBox, "language").currentText() == "Suomi"


def test_a_file_error_speaks_the_interface_language(interface: Interface, tmp_path: Path) -> None:
    import json

    from journey_editor.fileformat import JourneyFileError, read_workspace
    from journey_editor.resources import resource_path

    data = json.loads(resource_path("templates", "retail.en.journey").read_text("utf-8"))
    data["holograms"] = {}  # what a later version might add
    future = tmp_path / "future.journey"
    future.write_text(json.dumps(data), "utf-8")
    interface.switch("da")
    with pytest.raises(JourneyFileError) as error:
        read_workspace(future)
    assert "ukendt felt 'holograms'" in str(error.value)
    assert "nyere Journey Editor" in str(error.value)
