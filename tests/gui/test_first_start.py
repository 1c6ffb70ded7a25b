"""A first start on the screens facilitators meet: laptops, projectors, full HD."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1280, 720), (1366, 768),
                                               (1920, 1080)])
def test_a_first_start_shows_readable_titles_and_gives_the_map_the_room(
        width: int, height: int) -> None:
    # A process per screen: Qt's offscreen screen is fixed when the application starts.
    run = subprocess.run([sys.executable, "-m", "tests.screens", str(width), str(height)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    shown = json.loads(run.stdout.strip().splitlines()[-1])
    assert shown["window"] == width  # the window fills the screen
    assert shown["title_px"] >= 11.0  # card titles from the view's zoom and the layout's font
    assert shown["map"] >= 0.7 * shown["window"]
    assert shown["detailed"]  # the cards are drawn with their text, not as plain boxes
