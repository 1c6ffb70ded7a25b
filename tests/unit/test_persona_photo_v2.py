"""A persona's photo kept as a card's picture is (format version 2): by its key in the
images section. A save keeps it, a diff names it in words, a merge brings it back when
one side dropped it, a live session carries it to the guests, the handout prints it."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from msgspec import UNSET
from pycrdt import Doc

from journey_editor.export.pdf import render_pdf
from journey_editor.fileformat import encode_workspace, parse_workspace
from journey_editor.model import images
from journey_editor.model.compare import compare_workspaces
from journey_editor.model.compare_text import workspace_lines
from journey_editor.model.conflicts import conflicts_of
from journey_editor.model.edits import Edit
from journey_editor.model.images import images_of
from journey_editor.model.merge import merge
from journey_editor.model.types import Image, Workspace, clone
from journey_editor.session.mirror import seed, write_changes
from journey_editor.session.projection import project_workspace
from tests.factories import PHOTO_KEY, PNG_1PX, small_workspace, with_persona_photo
from tests.picture_samples import photo

OTHER_KEY = hashlib.sha256(PNG_1PX).hexdigest()
OTHER = Image(type="image/png", width=1, height=1, data=PNG_1PX)


def _with_photo() -> Workspace:
    return with_persona_photo(small_workspace())


def test_a_save_keeps_the_photo_only_a_persona_shows() -> None:
    saved = json.loads(encode_workspace(_with_photo()))
    assert saved["personas"][0]["picture"] == PHOTO_KEY
    assert list(saved["images"]) == [PHOTO_KEY]
    bare = _with_photo()
    bare.personas[0].picture = None  # its photo taken off: the file no longer holds it
    assert "images" not in json.loads(encode_workspace(bare))


def test_a_diff_says_photo_changed_not_its_bytes_or_key() -> None:
    before = _with_photo()
    after = clone(before)
    after.images = {**images_of(after), OTHER_KEY: OTHER}
    after.personas[0].picture = OTHER_KEY
    lines = workspace_lines(compare_workspaces(before, after))
    assert lines == ["~ persona 'Ann': photo changed"]
    after.personas[0].picture = None
    assert workspace_lines(compare_workspaces(before, after)) == [
        "~ persona 'Ann': photo removed"]
    assert workspace_lines(compare_workspaces(after, before)) == [
        "~ persona 'Ann': photo added"]


def test_a_merge_brings_back_a_photo_one_side_dropped_while_the_other_uses_it() -> None:
    base = _with_photo()
    ours, theirs = clone(base), clone(base)
    ours.personas[0].picture, ours.images = None, UNSET  # taken off, dropped by its save
    theirs.journeys[0].cards[0].picture = PHOTO_KEY  # given to a card as well
    for merged in (merge(base, ours, theirs).workspace, merge(base, theirs, ours).workspace):
        assert merged.personas[0].picture is None
        assert merged.journeys[0].cards[0].picture == PHOTO_KEY
        assert list(images_of(merged)) == [PHOTO_KEY]
        opened = parse_workspace(encode_workspace(merged), "merged.journey")
        assert conflicts_of(opened) == []


def test_two_new_photos_of_one_persona_are_a_conflict_between_keys() -> None:
    base = small_workspace()
    ours, theirs = _with_photo(), clone(base)
    theirs.images = {OTHER_KEY: OTHER}
    theirs.personas[0].picture = OTHER_KEY
    merged = merge(base, ours, theirs).workspace
    (conflict,) = conflicts_of(merged)
    assert (conflict.kind, conflict.field) == ("persona", "picture")
    assert (conflict.ours, conflict.theirs) == (PHOTO_KEY, OTHER_KEY)
    assert images_of(merged).keys() >= {PHOTO_KEY}
    parse_workspace(encode_workspace(merged), "merged.journey")  # it opens


def test_a_live_session_carries_a_persona_photo_to_a_guest() -> None:
    host = small_workspace()
    doc: Doc[Any] = Doc()
    seed(doc, host)
    steps = [Edit(None, "workspace", "workspace", {"images": {OTHER_KEY: OTHER}}),
             Edit(None, "persona", "p1", {"picture": OTHER_KEY})]
    write_changes(doc, host, [step.apply(host) for step in steps])
    guest_doc: Doc[Any] = Doc()
    guest_doc.apply_update(doc.get_update())
    images._KNOWN.pop(OTHER_KEY, None)  # a guest's process has never seen the picture
    guest = project_workspace(guest_doc)
    assert guest.personas[0].picture == OTHER_KEY
    assert images.known(OTHER_KEY) == OTHER  # for the guest's persona panel and sheets
    assert encode_workspace(guest) == encode_workspace(host)


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler's pdfimages")
def test_the_handout_front_page_shows_the_journeys_persona_with_its_photo(
        tmp_path: Path) -> None:
    workspace = with_persona_photo(small_workspace(), 0, photo(300, 400))
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(render_pdf(workspace, handout=True))
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    (page,) = [int(line.split()[0]) for line in listing]
    assert page > 1  # not on the poster: in the handout, where the persona is
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Persona" in text and "Gift buyer" in text
