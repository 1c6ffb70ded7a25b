"""PNG and SVG exports look like the canvas and carry the map's text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from journey_editor.editor.document import Document
from journey_editor.export import image
from journey_editor.fileformat import read_workspace
from journey_editor.layout.engine import lay_out
from journey_editor.resources import resource_path


@pytest.fixture
def retail(qapp: object) -> Document:
    return Document(read_workspace(resource_path("templates", "retail.en.journey")))


def test_png_size_follows_the_dpi(retail: Document, tmp_path: Path) -> None:
    journey = retail.workspace.journeys[0]
    image.save_png(retail.workspace, journey.id, tmp_path / "a.png", dpi=72)
    image.save_png(retail.workspace, journey.id, tmp_path / "b.png", dpi=144)
    small, large = QImage(str(tmp_path / "a.png")), QImage(str(tmp_path / "b.png"))
    assert large.width() == pytest.approx(2 * small.width(), abs=2)
    assert large.height() == pytest.approx(2 * small.height(), abs=2)
    assert round(large.dotsPerMeterX() * 0.0254) == 144


def test_png_shows_the_cards_colours(retail: Document) -> None:
    journey = retail.workspace.journeys[0]
    data = image.png_bytes(retail.workspace, journey.id, dpi=72)
    picture = QImage.fromData(data)
    box = lay_out(journey).cards["card-website"].rect
    x, y = box.x + image.MARGIN + 4, box.y + image.MARGIN + box.h - 3
    assert picture.pixelColor(int(x), int(y)).name() == QColor("#fff1a8").name()


def test_svg_has_the_titles_as_text(retail: Document, tmp_path: Path) -> None:
    journey = retail.workspace.journeys[0]
    image.save_svg(retail.workspace, journey.id, tmp_path / "map.svg")
    svg = (tmp_path / "map.svg").read_text("utf-8")
    assert svg.startswith("<?xml")
    for title in ("Word of mouth", "Transactional e-mails", "Discover"):
        assert title in svg
    assert "<title>Buying a sofa</title>" in svg


def test_absurd_dpi_is_refused(retail: Document) -> None:
    with pytest.raises(image.ImageTooLarge):
        image.png_bytes(retail.workspace, retail.workspace.journeys[0].id, dpi=20_000)


def test_pictures_carry_the_posters_title_block_and_legend(retail: Document,
                                                          tmp_path: Path) -> None:
    journey = retail.workspace.journeys[0]
    plain = QImage.fromData(image.png_bytes(retail.workspace, journey.id, dpi=72))
    image.save_png(retail.workspace, journey.id, tmp_path / "framed.png", dpi=72)
    framed = QImage(str(tmp_path / "framed.png"))
    assert framed.width() == plain.width() and framed.height() > plain.height() + 80
    # The map sits below the title block: the plain picture's first card's colour
    # moves down by the block's height.
    shown = image.picture(retail.workspace, journey.id, framed=True)
    box = lay_out(journey).cards["card-website"].rect
    x, y = box.x + image.MARGIN + 4, box.y + shown.top + box.h - 3
    assert framed.pixelColor(int(x), int(y)).name() == QColor("#fff1a8").name()
    image.save_svg(retail.workspace, journey.id, tmp_path / "framed.svg")
    svg = (tmp_path / "framed.svg").read_text("utf-8")
    for words in ("Buying a sofa", "Persona: Emma Lind", "Key touchpoint", "very negative"):
        assert words in svg
    plain_svg = image.svg_bytes(retail.workspace, journey.id).decode("utf-8")
    assert "Key touchpoint" not in plain_svg
