"""File > New from template: the gallery a facilitator picks a starting map from."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from journey_editor.fileformat import read_workspace
from journey_editor.templates import find_template
from journey_editor.ui.template_gallery import TemplateGallery


@pytest.fixture
def gallery(qtbot: QtBot) -> TemplateGallery:
    dialog = TemplateGallery(language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def ui_locale() -> Iterator[None]:
    """Tests change the default locale; every test gets it back."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _title(name: str, language: str) -> str:
    return read_workspace(find_template(name, language).path).title


def test_lists_the_three_templates_with_thumbnails(gallery: TemplateGallery) -> None:
    assert gallery.template_names() == ["blank", "retail", "b2b-software"]
    assert gallery.titles() == [_title(n, "en") for n in gallery.template_names()]
    for row, name in enumerate(gallery.template_names()):
        picture = gallery.thumbnail(name)
        assert not picture.isNull() and picture.width() > 100
        assert not gallery.list.item(row).icon().isNull()
        # Title first, then one line of description under it.
        title, summary = gallery.list.item(row).text().split("\n")
        assert title == _title(name, "en") and summary


def test_thumbnails_show_the_map(gallery: TemplateGallery) -> None:
    """Not a blank square: the layout's dark stage headers are in the picture."""
    image = gallery.thumbnail("retail").toImage()
    dark = sum(image.pixelColor(x, y).lightness() < 90
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    assert dark > 50


def test_language_selector_names_each_language_in_itself(gallery: TemplateGallery) -> None:
    box = gallery.language_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "English", "Svenska", "Dansk", "Suomi", "Nederlands"]
    assert gallery.language() == "en"


def test_changing_the_language_updates_titles(gallery: TemplateGallery, qtbot: QtBot) -> None:
    english = gallery.titles()
    gallery.select("retail")
    gallery.language_box.setCurrentIndex(gallery.language_box.findData("da"))
    assert gallery.language() == "da"
    assert gallery.titles() == [_title(n, "da") for n in gallery.template_names()]
    assert all(da != en for da, en in zip(gallery.titles(), english, strict=True))
    assert gallery.selected_name() == "retail"  # the choice survives the switch
    assert "berøringspunkter" in gallery.details.text()


def test_selecting_and_accepting_returns_name_and_language(
        gallery: TemplateGallery, qtbot: QtBot) -> None:
    gallery.set_language("fi")
    gallery.select("b2b-software")
    ok = gallery.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert gallery.result() == QDialog.DialogCode.Accepted
    assert gallery.chosen() == ("b2b-software", "fi")


def test_double_click_chooses(gallery: TemplateGallery, qtbot: QtBot) -> None:
    gallery.set_language("nl")
    row = gallery.template_names().index("retail")
    centre = gallery.list.visualItemRect(gallery.list.item(row)).center()
    qtbot.mouseClick(gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert gallery.result() == QDialog.DialogCode.Accepted
    assert gallery.chosen() == ("retail", "nl")


def test_enter_chooses_the_selected_template(gallery: TemplateGallery, qtbot: QtBot) -> None:
    gallery.select("blank")
    gallery.list.setFocus()
    qtbot.keyClick(gallery.list, Qt.Key.Key_Return)
    assert gallery.chosen() == ("blank", "en")


def test_cancel_chooses_nothing(gallery: TemplateGallery, qtbot: QtBot) -> None:
    gallery.select("retail")
    qtbot.mouseClick(gallery.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert gallery.chosen() is None


@pytest.mark.parametrize(("locale", "expected"), [
    ("da_DK", "da"), ("sv_SE", "sv"), ("fi_FI", "fi"), ("nl_BE", "nl"), ("en_GB", "en"),
    ("de_DE", "en"),  # no German templates: English, not an empty gallery
])
def test_language_defaults_to_the_ui_language(
        qtbot: QtBot, ui_locale: None, locale: str, expected: str) -> None:
    QLocale.setDefault(QLocale(locale))
    dialog = TemplateGallery()
    qtbot.addWidget(dialog)
    assert dialog.language() == expected
    assert dialog.titles()[1] == _title("retail", expected)


def test_pick_returns_the_choice_or_none(
        qtbot: QtBot, ui_locale: None, monkeypatch: pytest.MonkeyPatch) -> None:
    QLocale.setDefault(QLocale("sv_SE"))

    def choose_retail(self: TemplateGallery) -> int:
        qtbot.addWidget(self)
        self.select("retail")
        self.accept()
        return int(self.result())

    monkeypatch.setattr(TemplateGallery, "exec", choose_retail)
    assert TemplateGallery.pick() == ("retail", "sv")

    def cancel(self: TemplateGallery) -> int:
        qtbot.addWidget(self)
        self.reject()
        return int(self.result())

    monkeypatch.setattr(TemplateGallery, "exec", cancel)
    assert TemplateGallery.pick() is None
