"""PNG and SVG pictures are painted from the layout, without a scene or a document, and
still look exactly as the canvas draws the map (issue 14, one path to pixels)."""

from __future__ import annotations

import gc
import sys
from typing import Any

import msgspec
import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from journey_editor.canvas.scene import JourneyScene
from journey_editor.editor.document import Document
from journey_editor.export import image
from journey_editor.fileformat import read_workspace
from journey_editor.layout import engine
from journey_editor.model.types import Workspace
from journey_editor.render.picture import FUTURE_COLOUR
from journey_editor.resources import resource_path


def _retail(state: str = "current") -> Workspace:
    """The retail template with votes on a card (the badge scales with the picture)."""
    workspace = read_workspace(resource_path("templates", "retail.en.journey"))
    journey = workspace.journeys[0]
    lane = next(lane for lane in journey.lanes if any(c.lane == lane.id for c in journey.cards))
    cards = [msgspec.structs.replace(c, votes={"ana": 2, "bo": 1}) if c.lane == lane.id else c
             for c in journey.cards]
    workspace.journeys[0] = msgspec.structs.replace(journey, state=state, cards=cards)
    return workspace


def _as_the_canvas_draws_it(workspace: Workspace, size: QSize) -> QImage:
    """The map rendered by the window's own scene into an image of `size`."""
    document = Document(workspace)
    scene = JourneyScene(document, workspace.journeys[0].id)
    scene.prepare_for_export()
    layout = scene.layout
    source = QRectF(-image.MARGIN, -image.MARGIN, layout.width + 2 * image.MARGIN,
                    layout.height + 2 * image.MARGIN)
    picture = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    return picture


def _png(workspace: Workspace, dpi: float) -> QImage:
    data = image.png_bytes(workspace, workspace.journeys[0].id, dpi)
    return QImage.fromData(data).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def _worst_difference(a: QImage, b: QImage) -> int:
    """The largest difference of a colour channel between two opaque images, 0-255."""
    difference = a.copy()
    painter = QPainter(difference)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
    painter.drawImage(0, 0, b)
    painter.end()
    # 0xffRRGGBB words (rows without padding): skip every fourth byte, the alpha.
    words = difference.convertToFormat(QImage.Format.Format_RGB32)  # kept: bits are a view
    data = bytes(words.constBits())
    alpha = 3 if sys.byteorder == "little" else 0
    return max(_largest(data[i::4]) for i in range(4) if i != alpha)


def _largest(values: bytes) -> int:
    """max(values) without a Python step per byte (0.7 s for a 150 dpi map): nearly all
    are differences of a few shades, dropped at C speed before the rest is looked at."""
    few = bytes(range(SHADES + 1))
    above = values.translate(None, few)
    return max(above) if above else max(v for v in few if bytes([v]) in values)


# The scene clips its rendering to the target, which moves the anti-aliased coverage of
# thin lines by a shade or two; nothing else may differ.
SHADES = 3


@pytest.mark.parametrize(("state", "dpi"), [("current", 72), ("future", 72), ("current", 150),
                                            ("current", 10)])
def test_the_png_is_the_canvas(qapp: object, state: str, dpi: float) -> None:
    """Cards, marks, vote badges, arrows, curve, headers and the future-state frame as the
    canvas draws them; at 10 dpi (template thumbnails) cards are plain notes, as on the
    canvas far away."""
    workspace = _retail(state)
    picture = _png(workspace, dpi)
    canvas = _as_the_canvas_draws_it(workspace, picture.size())
    assert _worst_difference(picture, canvas) <= SHADES
    white = QImage(picture.size(), picture.format())
    white.fill(QColor("white"))
    assert _worst_difference(white, canvas) > 100  # the comparison sees a map


def test_the_future_frame_shows_only_on_a_future_map(qapp: object) -> None:
    frame = QColor(FUTURE_COLOUR)
    for state, expected in (("current", False), ("future", True)):
        picture = _png(_retail(state), 72)
        # The frame runs 8 points outside the map, inside the 20-point margin.
        x, y = picture.width() // 2, round(image.MARGIN - 8)
        colour = picture.pixelColor(x, y)
        assert (colour.name() == frame.name()) is expected, state


def test_exports_make_no_scene_and_lay_out_once(qapp: object,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = _retail()
    journey_id = workspace.journeys[0].id
    layouts: list[Any] = []
    real = engine.lay_out
    monkeypatch.setattr(image, "lay_out", lambda *a, **k: layouts.append(a) or real(*a, **k))
    gc.collect()
    before = sum(isinstance(o, QGraphicsScene) for o in gc.get_objects())
    image.png_bytes(workspace, journey_id, 20)
    image.svg_bytes(workspace, journey_id)
    assert len(layouts) == 2
    assert sum(isinstance(o, QGraphicsScene) for o in gc.get_objects()) == before
    # Given the caller's layout (the Export dialog has one), nothing is laid out again.
    layout = real(workspace.journeys[0])
    small = image.png_bytes(workspace, journey_id, 20, layout=layout)
    image.svg_bytes(workspace, journey_id, layout=layout)
    assert len(layouts) == 2
    assert QImage.fromData(small) == QImage.fromData(image.png_bytes(workspace, journey_id, 20))


def test_the_svg_keeps_the_votes_and_the_frame(qapp: object) -> None:
    svg = image.svg_bytes(_retail("future"), _retail().journeys[0].id).decode("utf-8")
    assert "Future state" in svg
    assert FUTURE_COLOUR in svg
    assert ">3<" in svg.replace("\n", "")  # the vote count on its badge
