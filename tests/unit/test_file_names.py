"""Save As suggests a file name made from the map's title."""

from __future__ import annotations

import pytest

from journey_editor.fileformat.names import LONGEST, file_name_for


@pytest.mark.parametrize(("title", "name"), [
    ("Retail purchase journey", "Retail purchase journey.journey"),
    ("Kundrejsa: köp/retur", "Kundrejsa köp retur.journey"),
    ('  a\tb\n"c"?  ', "a b c.journey"),
    ("...", "journey.journey"),
    ("", "journey.journey"),
    ("Asiakaspolku 2026.", "Asiakaspolku 2026.journey"),
])
def test_a_title_becomes_a_safe_file_name(title: str, name: str) -> None:
    assert file_name_for(title) == name


def test_a_long_title_is_cut() -> None:
    assert len(file_name_for("x" * 500)) == LONGEST + len(".journey")
