"""File > New from template: the gallery a facilitator picks a starting map from."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from journey_editor.fileformat import read_workspace
from journey_editor.templates import find_template
from journey_editor.ui.template_gallery import THUMBNAIL, TemplateGallery


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


def _titles(gallery: TemplateGallery) -> list[str]:
    """The titles shown, the first line under each thumbnail."""
    return [gallery.list.item(row).text().split("\n")[0] for row in range(gallery.list.count())]


def _thumbnail(gallery: TemplateGallery, name: str) -> QImage:
    item = gallery.list.item(gallery.template_names().index(name))
    return item.icon().pixmap(THUMBNAIL).toImage()


def _choose_language(gallery: TemplateGallery, code: str) -> None:
    gallery.language_box.setCurrentIndex(gallery.language_box.findData(code))


def _click(gallery: TemplateGallery, qtbot: QtBot, name: str) -> None:
    row = gallery.template_names().index(name)
    centre = gallery.list.visualItemRect(gallery.list.item(row)).center()
    qtbot.mouseClick(gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_lists_the_three_templates_with_thumbnails(gallery: TemplateGallery) -> None:
    assert gallery.template_names() == ["blank", "retail", "b2b-software"]
    assert _titles(gallery) == [_title(n, "en") for n in gallery.template_names()]
    for row, name in enumerate(gallery.template_names()):
        picture = _thumbnail(gallery, name)
        assert not picture.isNull() and picture.width() > 100
        assert not gallery.list.item(row).icon().isNull()
        # Title first, then one line of description under it.
        title, summary = gallery.list.item(row).text().split("\n")
        assert title == _title(name, "en") and summary


def test_thumbnails_show_the_map(gallery: TemplateGallery) -> None:
    """Not a blank square: the layout's dark stage headers are in the picture."""
    image = _thumbnail(gallery, "retail")
    dark = sum(image.pixelColor(x, y).lightness() < 90
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    assert dark > 50


def test_language_selector_names_each_language_in_itself(gallery: TemplateGallery) -> None:
    box = gallery.language_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "English", "Svenska", "Dansk", "Suomi", "Nederlands"]
    assert gallery.language() == "en"


def test_changing_the_language_updates_titles(gallery: TemplateGallery, qtbot: QtBot) -> None:
    english = _titles(gallery)
    _click(gallery, qtbot, "retail")
    _choose_language(gallery, "da")
    assert gallery.language() == "da"
    assert _titles(gallery) == [_title(n, "da") for n in gallery.template_names()]
    assert all(da != en for da, en in zip(_titles(gallery), english, strict=True))
    assert gallery.selected_name() == "retail"  # the choice survives the switch
    assert "berøringspunkter" in gallery.details.text()


def test_selecting_and_accepting_returns_name_and_language(
        gallery: TemplateGallery, qtbot: QtBot) -> None:
    _choose_language(gallery, "fi")
    _click(gallery, qtbot, "b2b-software")
    ok = gallery.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert gallery.result() == QDialog.DialogCode.Accepted
    assert gallery.chosen() == ("b2b-software", "fi")


def test_double_click_chooses(gallery: TemplateGallery, qtbot: QtBot) -> None:
    _choose_language(gallery, "nl")
    _click(gallery, qtbot, "retail")
    centre = gallery.list.visualItemRect(gallery.list.currentItem()).center()
    qtbot.mouseDClick(gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert gallery.result() == QDialog.DialogCode.Accepted
    assert gallery.chosen() == ("retail", "nl")


def test_enter_chooses_the_selected_template(gallery: TemplateGallery, qtbot: QtBot) -> None:
    _click(gallery, qtbot, "blank")
    gallery.list.setFocus()
    qtbot.keyClick(gallery.list, Qt.Key.Key_Return)
    assert gallery.chosen() == ("blank", "en")


def test_cancel_chooses_nothing(gallery: TemplateGallery, qtbot: QtBot) -> None:
    _click(gallery, qtbot, "retail")
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
    assert _titles(dialog)[1] == _title("retail", expected)


def test_pick_returns_the_choice_or_none(
        qtbot: QtBot, ui_locale: None, monkeypatch: pytest.MonkeyPatch) -> None:
    QLocale.setDefault(QLocale("sv_SE"))

    def choose_retail(self: TemplateGallery) -> int:
        qtbot.addWidget(self)
        self.list.setCurrentRow(self.template_names().index("retail"))  # not shown: no click
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
