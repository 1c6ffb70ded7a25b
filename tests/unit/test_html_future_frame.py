"""A future-state map on the web page has the frame and badge it has on the canvas (a
coloured frame around the whole map, "Future state" in the corner cell, in the map's
language); a current-state map has neither. The browser's view of it:
tests/slow/test_html_kept_names_and_frame.py."""

from __future__ import annotations

import re

from journey_editor.export.html_content import MAP_MARGIN
from journey_editor.export.html_export import html_page
from journey_editor.layout.engine import DEFAULT_STYLE, lay_out
from journey_editor.layout.future_frame import FRAME_GAP, FUTURE_COLOUR
from journey_editor.model.types import Workspace
from journey_editor.templates import new_from_template
from tests.factories import small_workspace
from tests.unit.test_html_export import Elements


def _map(workspace: Workspace) -> str:
    """The page's map: the <svg class="map"> element."""
    page = html_page(workspace, workspace.journeys)
    return page[page.index('<svg class="map"'):page.index("</svg>", page.index('<svg class="map"'))]


def test_a_future_state_map_is_framed_around_the_whole_map() -> None:
    workspace = small_workspace()
    journey = workspace.journeys[0]
    journey.state = "future"
    layout = lay_out(journey, DEFAULT_STYLE)
    svg = Elements(_map(workspace))
    frame, = svg.all("rect", **{"class": "frame"})
    x, y = float(frame["x"] or 0), float(frame["y"] or 0)
    w, h = float(frame["width"] or 0), float(frame["height"] or 0)
    assert (x, y) == (-FRAME_GAP, -FRAME_GAP)  # around the map, in its margin
    assert (x + w, y + h) == (layout.width + FRAME_GAP, layout.height + FRAME_GAP)
    assert FRAME_GAP < MAP_MARGIN
    assert frame["stroke"] == FUTURE_COLOUR
    assert frame["vector-effect"] == "non-scaling-stroke"  # seen at any zoom
    assert "Future state" in svg.texts
    # The badge sits in the corner cell, over the headers: drawn after them.
    text = _map(workspace)
    assert text.index('class="future-frame"') > text.rindex('class="header lane"')


def test_the_badge_speaks_the_maps_language() -> None:
    workspace = new_from_template("retail", "da")
    workspace.journeys[0].state = "future"
    svg = Elements(_map(workspace))
    assert "Fremtidig tilstand" in svg.texts
    assert not any("Future" in t for t in svg.texts)
    assert any(t.startswith("Fremtidig tilstand: en plan") for t in svg.texts)  # its tooltip


def test_a_current_state_map_has_no_frame() -> None:
    workspace = small_workspace()
    assert workspace.journeys[0].state == "current"
    svg = _map(workspace)
    assert "future-frame" not in svg and FUTURE_COLOUR not in svg
    assert not re.search(r"Future state", svg)
