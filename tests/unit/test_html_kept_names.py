"""The names the web page keeps in sight carry soft hyphens exactly where the map's
language hyphenates a word, so the browser breaks a word there with a hyphen or not at
all (the browser's view: tests/slow/test_html_kept_names_and_frame.py)."""

from __future__ import annotations

import base64
import json
import re
from typing import Any

import pytest
import uharfbuzz as hb

from journey_editor.export.html_export import html_page
from journey_editor.export.html_svg import WORD_EMS
from journey_editor.export.soft_hyphens import PIECE_EMS, SHOWN_HYPHEN, SOFT_HYPHEN, ems
from journey_editor.layout.hyphens import break_points, hyphens_for
from journey_editor.model.types import Workspace
from journey_editor.templates import new_from_template

LONG = {"da": "Kundeserviceoplevelser og supportsager", "fi": "Asiakaspalvelukokemukset ja tuki"}


def kept(workspace: Workspace) -> tuple[str, dict[str, Any]]:
    """The page and the names its script keeps in sight for the first journey."""
    page = html_page(workspace, workspace.journeys)
    data = re.search(r'id="je-data">(.*?)</script>', page)
    assert data is not None
    return page, json.loads(data.group(1))["journeys"][0]["headers"]


def soft_points(name: str) -> list[tuple[str, int]]:
    """(word, offset) of each soft hyphen, in the name without them."""
    found, clean = [], name.replace(SOFT_HYPHEN, "")
    at = 0
    for char in name:
        if char == SOFT_HYPHEN:
            start = clean.rfind(" ", 0, at) + 1
            end = clean.find(" ", at)
            found.append((clean[start:end if end >= 0 else None], at - start))
        else:
            at += 1
    return found


@pytest.mark.parametrize("language", ["da", "fi"])
def test_soft_hyphens_sit_where_the_language_hyphenates(language: str) -> None:
    workspace = new_from_template("b2b-software", language)
    journey = workspace.journeys[0]
    journey.lanes[2].name = LONG[language]
    _, headers = kept(workspace)
    names = [h[0] for h in headers["stages"] + headers["lanes"]]
    assert [n.replace(SOFT_HYPHEN, "") for n in names] == (
        [s.name for s in journey.stages] + [lane.name for lane in journey.lanes])
    hyphens = hyphens_for(language)
    assert hyphens is not None
    points = [p for name in names for p in soft_points(name)]
    assert points  # the long compound word and the stage names have some
    for word, at in points:
        assert at in break_points(word, hyphens), (word, at)


@pytest.mark.parametrize("language", ["da", "fi"])
def test_a_lane_word_the_strip_holds_whole_has_no_soft_hyphen(language: str) -> None:
    workspace = new_from_template("retail" if language == "fi" else "b2b-software", language)
    workspace.journeys[0].lanes[2].name = LONG[language]
    _, headers = kept(workspace)
    assert headers["word"] == WORD_EMS  # the script keeps that wide a word whole
    hyphens = hyphens_for(language)
    assert hyphens is not None
    for name, *_ in headers["lanes"]:
        for word in name.split():
            whole = word.replace(SOFT_HYPHEN, "")
            breakable = ems(whole) >= WORD_EMS and len(break_points(whole, hyphens)) > 0
            assert (SOFT_HYPHEN in word) == breakable, word
    assert any(SOFT_HYPHEN in name for name, *_ in headers["lanes"])  # the long one


def test_a_long_word_without_break_points_is_cut_into_pieces_that_fit() -> None:
    workspace = new_from_template("b2b-software", "da")
    workspace.journeys[0].language = ""  # no dictionary
    made_up = "V" + "a" * 42 + "ry"
    workspace.journeys[0].lanes[2].name = made_up + " Kundeserviceoplevelser"
    _, headers = kept(workspace)
    name = headers["lanes"][2][0]
    long_word, normal = name.split()
    pieces = long_word.split(SOFT_HYPHEN)
    assert len(pieces) > 1 and "".join(pieces) == made_up
    assert all(ems(piece + SHOWN_HYPHEN) <= PIECE_EMS for piece in pieces)
    assert normal == "Kundeserviceoplevelser"  # narrower than that: whole


def test_the_pages_font_draws_the_hyphen_shown_at_a_break() -> None:
    page, headers = kept(new_from_template("retail", "da"))
    assert any(SOFT_HYPHEN in h[0] for h in headers["stages"] + headers["lanes"])
    for font in re.findall(r"url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)", page):
        face = hb.Face(hb.Blob(base64.b64decode(font)))
        assert {ord("-"), ord(SHOWN_HYPHEN)} <= set(face.unicodes)
