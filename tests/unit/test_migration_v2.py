"""Format version 2: a persona's photo lives in the images section, as a card's picture
does. A version 1 file (photos inline in each persona) opens with its photos moved there,
and saves as version 2."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_editor.fileformat import (
    JourneyFileError,
    encode_workspace,
    parse_workspace,
    read_workspace,
    save_workspace,
)
from journey_editor.model.conflicts import conflicts_of
from journey_editor.model.images import images_of
from journey_editor.model.types import FORMAT_VERSION
from tests.factories import PNG_1PX, small_workspace

V1 = Path(__file__).parent.parent / "data" / "v1-persona-photos.journey"


def _key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _v1_photo(persona_id: str) -> bytes:
    raw = json.loads(V1.read_bytes())
    persona = next(p for p in raw["personas"] if p["id"] == persona_id)
    return base64.b64decode(persona["photo"])


def test_a_version_1_photo_opens_in_the_images_section_and_saves_as_version_2(
        tmp_path: Path) -> None:
    workspace = read_workspace(V1)
    ann = workspace.persona("p1")
    photo = _v1_photo("p1")
    assert ann.picture == _key(photo)
    stored = images_of(workspace)[ann.picture]
    assert (stored.type, stored.width, stored.height, stored.data) == (
        "image/jpeg", 48, 36, photo)  # the bytes as they were: nothing re-encoded
    save_workspace(workspace, tmp_path / "saved.journey")
    saved = json.loads((tmp_path / "saved.journey").read_bytes())
    assert saved["version"] == FORMAT_VERSION == 2
    assert saved["personas"][0]["picture"] == ann.picture
    assert "photo" not in saved["personas"][0] and "photo_type" not in saved["personas"][0]
    assert saved["images"][ann.picture]["data"] == base64.b64encode(photo).decode()
    assert read_workspace(tmp_path / "saved.journey") == workspace


def test_a_photo_a_card_also_shows_is_stored_once() -> None:
    workspace = read_workspace(V1)
    card = workspace.journeys[0].cards[0]
    assert workspace.persona("p2").picture == card.picture == _key(PNG_1PX)
    assert sorted(images_of(workspace)) == sorted({_key(PNG_1PX), _key(_v1_photo("p1"))})


def test_a_version_1_photo_that_fails_the_picture_checks_is_left_out_not_the_file() -> None:
    """Version 1 looked only at a photo's first bytes: a decompression bomb's header
    (60,000 x 60,000 pixels) opened. Now the persona opens without it."""
    workspace = read_workspace(V1)
    cleo = workspace.persona("p3")
    assert (cleo.name, cleo.picture) == ("Cleo", None)
    assert _key(_v1_photo("p3")) not in images_of(workspace)
    assert workspace.persona("p4").picture is None  # never had one


@pytest.mark.parametrize("photo", ["aGVsbG8=", "!!!",  # not a PNG; not base64
                                   base64.b64encode(PNG_1PX[:-12]).decode()])  # cut short
def test_a_damaged_version_1_photo_is_dropped_and_the_map_opens(photo: str) -> None:
    raw = json.loads(encode_workspace(small_workspace()))
    raw["version"] = 1
    raw["personas"][0] |= {"photo": photo, "photo_type": "image/png"}
    workspace = parse_workspace(json.dumps(raw).encode(), "old.journey")
    assert workspace.persona("p1").picture is None
    assert workspace.persona("p1").name == "Ann"


def test_a_merge_conflict_about_a_version_1_photo_names_the_pictures_keys() -> None:
    raw = json.loads(encode_workspace(small_workspace()))
    raw["version"] = 1
    ours = base64.b64encode(PNG_1PX).decode()
    raw["personas"][0] |= {"photo": ours, "photo_type": "image/png"}
    raw["conflicts"] = [
        {"kind": "persona", "item": "p1", "field": "photo", "ours": ours, "theirs": None},
        {"kind": "persona", "item": "p1", "field": "photo_type", "ours": "image/png"},
        {"kind": "persona", "item": "p9", "field": "",
         "theirs": {"id": "p9", "name": "Gone", "photo": ours, "photo_type": "image/png"}}]
    workspace = parse_workspace(json.dumps(raw).encode(), "old.journey")
    photo, deleted = conflicts_of(workspace)
    assert (photo.field, photo.ours, photo.theirs) == ("picture", _key(PNG_1PX), None)
    assert deleted.theirs == {"id": "p9", "name": "Gone", "picture": _key(PNG_1PX)}


def test_a_file_from_a_newer_version_still_says_to_update() -> None:
    data = encode_workspace(small_workspace()).replace(b'"version": 2', b'"version": 3')
    with pytest.raises(JourneyFileError, match=(
            r"new.journey: made with a newer Journey Editor \(format version 3; this one "
            r"reads up to 2\): please update Journey Editor")):
        parse_workspace(data, "new.journey")


def test_a_damaged_version_1_file_is_named_where_it_is_damaged() -> None:
    raw = json.loads(encode_workspace(small_workspace()))
    raw["version"], raw["personas"] = 1, {"p1": "Ann"}
    with pytest.raises(JourneyFileError, match=r"old.journey: personas: expected"):
        parse_workspace(json.dumps(raw).encode(), "old.journey")


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=8)


@given(place=st.sampled_from(["personas", "conflicts", "images", "photo", "photo_type",
                              "persona"]), value=JSON)
@settings(max_examples=150, deadline=None)
def test_any_damage_to_a_version_1_file_is_one_clear_error_or_opens(place: str,
                                                                    value: object) -> None:
    raw = json.loads(encode_workspace(small_workspace()))
    raw["version"] = 1
    if place in ("photo", "photo_type"):
        raw["personas"][0][place] = value
    elif place == "persona":
        raw["personas"].append(value)
    else:
        raw[place] = value
    try:
        parse_workspace(json.dumps(raw).encode(), "old.journey")
    except JourneyFileError as error:
        assert str(error).startswith("old.journey: ") and "\n" not in str(error)
