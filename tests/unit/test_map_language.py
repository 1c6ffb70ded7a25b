"""A map speaks its own language on paper and screen, whatever the interface's is
(issue 15 item 3): a Danish map's poster and handout carry no English label."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from journey_editor.export.pages import PAGE_SIZES, PageSetup
from journey_editor.export.pdf import render_pdf
from journey_editor.export.tiling import TileSetup
from journey_editor.i18n import translate_in
from journey_editor.layout.engine import lay_out
from journey_editor.templates import new_from_template

# What the poster, its legend, the assembly sheet and the handout write themselves (not
# the map's content), in English: none may show on a Danish map's paper. ("Persona" is
# Danish too.)
ENGLISH_LABELS = (
    "Goal:", "Date:", "File:", "Revision:", "Current state", "Lanes", "Marks",
    "Key touchpoint", "Inconsistent information", "Validated", "Planned", "Retired", "Votes",
    "Path between touchpoints", "very negative", "very positive", "Emotion curve",
    "Touchpoints", "Sticky notes", "Before purchase", "During purchase", "After purchase",
    "Workshop handout", "Contents", "Review checklist", "How to assemble", "row 1, column",
    "Departments", "Frustrations", "Line of interaction", "Line of internal interaction",
)


def _text(pdf: bytes, tmp_path) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("tiled", [False, True])
def test_a_danish_maps_paper_has_no_english_label(tmp_path, tiled: bool) -> None:  # type: ignore[no-untyped-def]
    workspace = new_from_template("retail", "da")
    journey = workspace.journeys[0]
    assert journey.language == "da"
    tiles = TileSetup(sheet=PAGE_SIZES["A4"]) if tiled else None
    text = _text(render_pdf(workspace, [journey], setup=PageSetup(page_size=PAGE_SIZES["A2"]),
                            tiles=tiles, handout=True), tmp_path)
    found = [label for label in ENGLISH_LABELS
             if re.search(r"(?<![\w])" + re.escape(label) + r"(?![\w])", text)]
    assert not found
    for label in ("Key touchpoint", "Emotion curve", "Workshop handout"):
        danish = translate_in("da", "Export", label)
        assert danish != label and danish in text


def test_the_layout_labels_follow_the_journey_not_the_interface() -> None:
    workspace = new_from_template("retail", "fi")
    journey = workspace.journeys[0]
    finnish = lay_out(journey)
    kinds = {header.subtitle.lines[0] for header in finnish.lane_headers if header.subtitle}
    assert translate_in("fi", "Layout", "Touchpoints") in kinds
    assert "Touchpoints" not in kinds
    journey.language = ""  # as the interface: English here (no translator installed)
    assert "Touchpoints" in {h.subtitle.lines[0] for h in lay_out(journey).lane_headers
                             if h.subtitle}


def test_an_unknown_language_in_a_file_is_refused_in_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from journey_editor.fileformat import JourneyFileError, read_workspace, save_workspace

    path = tmp_path / "map.journey"
    save_workspace(new_from_template("retail", "sv"), path)
    text = path.read_text(encoding="utf-8")
    assert '"language": "sv"' in text
    path.write_text(text.replace('"language": "sv"', '"language": "xx"'), encoding="utf-8")
    with pytest.raises(JourneyFileError) as raised:
        read_workspace(path)
    assert "\n" not in str(raised.value) and "language" in str(raised.value)
