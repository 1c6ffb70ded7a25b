"""A card's picture on paper and in pictures: the PDF poster holds it once however many
cards show it, and the PNG export draws it where the layout put it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from journey_editor.editor.picture_import import picture_from_bytes
from journey_editor.export.image import png_bytes
from journey_editor.export.pdf import render_pdf
from journey_editor.fileformat.reader import read_workspace
from journey_editor.fileformat.writer import save_workspace
from journey_editor.layout.engine import lay_out
from journey_editor.layout.geometry import fit
from journey_editor.model.types import Workspace
from tests.factories import small_workspace
from tests.picture_samples import photo, plain

MAGENTA = "#e010c0"


def _map_with_picture(tmp_path: Path, data: bytes, *cards: str) -> Workspace:
    """The map as a file holding a picture on `cards`, read back as the editor does."""
    workspace = small_workspace()
    key, image = picture_from_bytes(data, "picture.jpg")
    workspace.images = {key: image}
    for card in workspace.journeys[0].cards:
        if card.id in cards:
            card.picture = key
    save_workspace(workspace, tmp_path / "map.journey")
    return read_workspace(tmp_path / "map.journey")


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler's pdfimages")
def test_the_poster_holds_one_jpeg_placed_on_each_card_that_shows_it(tmp_path: Path) -> None:
    pdf = tmp_path / "poster.pdf"
    pdf.write_bytes(render_pdf(_map_with_picture(tmp_path, photo(300, 200), "a", "b")))
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    rows = [line.split() for line in listing]
    assert len(rows) == 2  # placed twice
    assert {row[10] for row in rows} == {rows[0][10]}  # one object in the file
    assert {row[8] for row in rows} == {"jpeg"}  # the stored JPEG, not re-encoded
    assert {(row[3], row[4]) for row in rows} == {("300", "200")}


def test_the_png_export_draws_the_picture_in_its_band(tmp_path: Path, qtbot) -> None:
    workspace = _map_with_picture(tmp_path, plain(MAGENTA), "b")
    layout = lay_out(workspace.journeys[0])
    band = layout.cards["b"].picture
    assert band is not None
    spot = fit(band.rect, 300, 200).center
    image = QImage.fromData(png_bytes(workspace, "j1", dpi=72, layout=layout))
    found = image.pixelColor(round(spot[0]), round(spot[1]))
    expected = QColor(MAGENTA)
    assert max(abs(found.red() - expected.red()), abs(found.green() - expected.green()),
               abs(found.blue() - expected.blue())) < 24


def test_a_card_with_a_picture_grows_and_its_neighbours_keep_their_size(tmp_path: Path) -> None:
    before = lay_out(small_workspace().journeys[0])
    after = lay_out(_map_with_picture(tmp_path, plain(MAGENTA), "b").journeys[0])
    grown = after.cards["b"].rect
    assert grown.h > before.cards["b"].rect.h + 80  # a band to be seen at the normal zoom
    assert after.cards["b"].title == before.cards["b"].title  # the title where it was
    assert after.cards["a"] == before.cards["a"]
    band = after.cards["b"].picture
    assert band is not None and band.rect.y >= grown.y and band.rect.bottom <= grown.bottom
    footer = after.cards["b"].footer
    assert footer is not None and band.rect.bottom <= footer.y


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler's pdfimages")
def test_the_handout_prints_a_touchpoints_picture_under_its_title(tmp_path: Path) -> None:
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(render_pdf(_map_with_picture(tmp_path, photo(300, 200), "b"),
                               handout=True))
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    pages = [int(line.split()[0]) for line in listing]
    assert pages[0] == 1 and len(pages) == 2 and pages[1] > 1  # the poster, then its handout
    page = subprocess.run(["pdftotext", "-f", str(pages[1]), "-l", str(pages[1]), str(pdf),
                           "-"], capture_output=True, text=True, check=True).stdout
    assert "Checkout" in page  # the card whose picture it is
