"""Pictures brought to a card: the hostile corpus refused before decoding, with one line
naming the file and the problem; good pictures scaled down, re-encoded and stored once;
attaching and removing undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.editor.picture_commands import attach_picture, remove_picture
from journey_editor.editor.picture_import import (
    PictureError,
    picture_from_bytes,
    picture_from_file,
)
from journey_editor.fileformat.pictures import digest, header_size
from journey_editor.model.images import images_of
from tests.factories import small_workspace
from tests.picture_samples import hostile, logo, photo


@pytest.mark.parametrize("name", sorted(hostile()))
def test_a_hostile_file_is_refused_with_one_line_naming_it(qtbot: QtBot, tmp_path: Path,
                                                           name: str) -> None:
    data, words = hostile()[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(PictureError) as caught:
        picture_from_file(path)
    message = str(caught.value)
    assert message.startswith(f"'{name}'") and words in message and "\n" not in message


def test_a_missing_file_is_refused_with_the_reason(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(PictureError, match="'gone.png' cannot be read"):
        picture_from_file(tmp_path / "gone.png")


def test_a_large_photo_is_stored_as_jpeg_at_most_1024_pixels(qtbot: QtBot) -> None:
    key, image = picture_from_bytes(photo(1600, 1200), "shelf.jpg")
    assert (image.type, image.width, image.height) == ("image/jpeg", 1024, 768)
    assert header_size(image.data, image.type) == (1024, 768)
    assert key == digest(image.data)


def test_a_picture_with_transparency_stays_png_and_small_ones_keep_their_size(
        qtbot: QtBot) -> None:
    _, image = picture_from_bytes(logo(300), "logo.png")
    assert (image.type, image.width, image.height) == ("image/png", 300, 300)


def test_the_same_picture_twice_has_the_same_key(qtbot: QtBot) -> None:
    data = photo(800, 600)
    assert picture_from_bytes(data, "a.jpg")[0] == picture_from_bytes(data, "b.jpg")[0]


def test_attach_and_remove_are_undoable_and_keep_the_section_in_step(qtbot: QtBot) -> None:
    document = Document(small_workspace())
    key, image = picture_from_bytes(photo(600, 400), "shelf.jpg")
    cards = {c.id: c for c in document.journey("j1").cards}
    assert attach_picture(document, "j1", "a", key, image)
    assert attach_picture(document, "j1", "b", key, image)
    assert cards["a"].picture == cards["b"].picture == key
    assert list(images_of(document.workspace)) == [key]  # once, for both cards
    assert not attach_picture(document, "j1", "a", key, image)  # it shows it already
    assert remove_picture(document, "j1", "a")
    assert list(images_of(document.workspace)) == [key]  # card b still shows it
    assert remove_picture(document, "j1", "b")
    assert images_of(document.workspace) == {}
    document.undo_stack.undo()
    assert cards["b"].picture == key and list(images_of(document.workspace)) == [key]
    for _ in range(3):
        document.undo_stack.undo()
    assert cards["a"].picture is None and images_of(document.workspace) == {}
    document.undo_stack.redo()
    assert cards["a"].picture == key and list(images_of(document.workspace)) == [key]
