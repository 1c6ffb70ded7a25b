"""A future-state map wears one colour wherever it says so: the canvas's frame and badge,
the web page's frame, and the title block's state badge on the poster and the page."""

from __future__ import annotations

import io

from pypdf import PdfReader

from journey_editor.export.html_export import html_page
from journey_editor.export.pdf import render_pdf
from journey_editor.export.pdf_ops import fill
from journey_editor.layout.future_frame import FUTURE_COLOUR
from journey_editor.model.types import Workspace
from journey_editor.resources import resource_path
from journey_editor.templates import new_from_template


def _with_state(state: str) -> Workspace:
    workspace = new_from_template("retail", "en")
    workspace.journeys[0].state = state  # type: ignore[assignment]
    return workspace


def _poster_content(workspace: Workspace) -> str:
    page = PdfReader(io.BytesIO(render_pdf(workspace))).pages[0]
    streams = [page.get_contents().get_data()]  # type: ignore[union-attr]
    resources = page["/Resources"]
    for xobject in resources.get("/XObject", {}).values():  # type: ignore[union-attr]
        streams.append(xobject.get_object().get_data())
    return b"\n".join(streams).decode("latin-1")


def test_the_posters_state_badge_is_the_future_states_colour() -> None:
    teal = fill(FUTURE_COLOUR)
    assert teal in _poster_content(_with_state("future"))
    assert teal not in _poster_content(_with_state("current"))


def test_the_web_pages_state_badge_is_the_future_states_colour() -> None:
    css = resource_path("html", "viewer.css").read_text("utf-8")
    rule = next(line for line in css.splitlines() if ".state.future" in line)
    assert FUTURE_COLOUR in rule
    future = _with_state("future")
    assert 'class="state future"' in html_page(future, future.journeys)
