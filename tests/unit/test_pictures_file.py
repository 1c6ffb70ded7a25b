"""Pictures in the .journey file: stored once in their own section, dropped when no card
shows them, and a damaged or forged images section refused with one line naming it."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from journey_editor.cli import main
from journey_editor.fileformat import JourneyFileError
from journey_editor.fileformat.pictures import digest, header_size
from journey_editor.fileformat.reader import read_workspace
from journey_editor.fileformat.writer import encode_workspace, save_workspace
from journey_editor.model.types import Image, Workspace
from tests.factories import small_workspace
from tests.picture_samples import logo, photo, png_header


def _image(data: bytes) -> tuple[str, Image]:
    kind = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
    width, height = header_size(data, kind) or (0, 0)
    return digest(data), Image(type=kind, width=width, height=height, data=data)


def _with_picture(data: bytes, *cards: str) -> Workspace:
    workspace = small_workspace()
    key, image = _image(data)
    workspace.images = {key: image}
    for card in workspace.journeys[0].cards:
        if card.id in cards:
            card.picture = key
    return workspace


def _raw(workspace: Workspace) -> dict:
    return json.loads(encode_workspace(workspace))


def _refusal(tmp_path: Path, raw: dict) -> str:
    path = tmp_path / "map.journey"
    path.write_text(json.dumps(raw))
    with pytest.raises(JourneyFileError) as caught:
        read_workspace(path)
    return str(caught.value)


def test_a_picture_shown_on_two_cards_is_stored_once_apart_from_them(tmp_path: Path) -> None:
    workspace = _with_picture(photo(300, 200), "a", "b")
    path = tmp_path / "map.journey"
    save_workspace(workspace, path)
    text = path.read_text()
    raw = json.loads(text)
    key = next(iter(raw["images"]))
    assert list(raw)[-1] == "images"  # its own section, after the map
    assert [c.get("picture") for c in raw["journeys"][0]["cards"]][:2] == [key, key]
    assert text.count(raw["images"][key]["data"]) == 1
    again = read_workspace(path)
    assert again.images == workspace.images
    assert again.journeys[0].cards[0].picture == key


def test_pictures_no_card_shows_are_left_out_of_the_file() -> None:
    workspace = _with_picture(photo(300, 200))  # no card shows it
    key, image = _image(logo())
    workspace.images[key] = image
    workspace.journeys[0].cards[0].picture = key
    raw = _raw(workspace)
    assert list(raw["images"]) == [key]
    workspace.journeys[0].cards[0].picture = None
    assert "images" not in _raw(workspace)  # absent, as in a map that never had any
    assert len(workspace.images) == 2  # the map in memory keeps them (an undo may need them)


def test_a_map_without_pictures_keeps_its_bytes() -> None:
    assert b"images" not in encode_workspace(small_workspace())


def _damaged(change) -> dict:
    raw = _raw(_with_picture(photo(300, 200), "a"))
    entry = next(iter(raw["images"].values()))
    change(raw, entry)
    return raw


@pytest.mark.parametrize(("change", "words"), [
    (lambda raw, e: e.update(data="not base64!"), "base64"),
    (lambda raw, e: e.update(data=base64.b64encode(photo(300, 201)).decode()),
     "300 x 201 pixels, but its entry says 300 x 200"),
    (lambda raw, e: e.update(data=base64.b64encode(
        base64.b64decode(e["data"])[:-200]).decode()), "cut short"),
    (lambda raw, e: e.update(data=base64.b64encode(png_header(300, 200)).decode()),
     "is not a JPEG image"),
    (lambda raw, e: e.update(width=60_000), "width: must be at most 1024"),
    (lambda raw, e: raw.update(images={"0" * 64: e}), "does not match its key"),
    (lambda raw, e: raw.update(images={"pic": e}), "images: has a key in the wrong form"),
    (lambda raw, e: raw.pop("images"), "not in the file's images"),
])
def test_a_damaged_images_section_is_refused_with_one_line(tmp_path: Path, change,
                                                            words: str) -> None:
    message = _refusal(tmp_path, _damaged(change))
    assert words in message
    assert "map.journey" in message and "\n" not in message


def test_a_changed_byte_in_a_picture_is_caught_by_its_key(tmp_path: Path) -> None:
    def flip(raw: dict, entry: dict) -> None:
        data = bytearray(base64.b64decode(entry["data"]))
        data[len(data) // 2] ^= 0xFF
        entry["data"] = base64.b64encode(bytes(data)).decode()
    message = _refusal(tmp_path, _damaged(flip))
    assert "images." in message and "does not match its key" in message


def test_a_diff_says_which_cards_got_lost_or_changed_a_picture(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _with_picture(photo(300, 200), "a", "b")
    after = _with_picture(photo(300, 200), "a", "b")
    key, image = _image(logo())
    after.images[key] = image
    cards = {c.id: c for c in after.journeys[0].cards}
    cards["a"].picture, cards["b"].picture, cards["c"].picture = key, None, key
    save_workspace(before, tmp_path / "a.journey")
    save_workspace(after, tmp_path / "b.journey")
    assert main(["diff", str(tmp_path / "a.journey"), str(tmp_path / "b.journey")]) == 1
    out = capsys.readouterr().out
    assert "card 'Ad': picture changed" in out
    assert "card 'Checkout': picture removed" in out
    assert "card 'Invoice': picture added" in out
    assert "base64" not in out and key not in out and len(out.splitlines()) == 4
