"""The web page in a real headless Chromium (tests/html_browser.py), zoomed out on Danish
and Finnish maps at 1366x768 and 1280x720: the stage and lane names kept in sight break a
word only at a hyphenation point of the map's language, where a hyphen shows, and never
run out of their cells; a future-state map has its frame around the whole map, a
current-state map none.

Needs the system's Chromium (Debian: `apt-get install chromium`); skipped without it.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from journey_editor.export.html_export import export_html
from journey_editor.export.soft_hyphens import SOFT_HYPHEN
from journey_editor.layout.future_frame import FUTURE_COLOUR
from journey_editor.layout.hyphens import break_points, hyphens_for
from journey_editor.model.types import JourneyState, Workspace, clone
from journey_editor.templates import new_from_template
from tests.html_browser import Page, browser_page, find_chromium

CHROMIUM = find_chromium()
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (Debian: "
                                 "apt-get install chromium)")]
SCREENS = [(1366, 768), (1280, 720)]
# Long compound lane names, as facilitators write them.
LONG_NAMES = {"da": "Kundeserviceoplevelser og supportsager",
              "fi": "Asiakaspalvelukokemukset ja tuki"}

# Per kept name shown: its text, each character's [top, left, right, bottom] on screen,
# its cell's [left, right] and the bottom of the lines it shows (the others are elided).
CHARACTERS = """Array.from(document.querySelectorAll(
    'section:not([hidden]) .frozen .{kind} .name:not([hidden]) .label:not([hidden])'))
  .map(label => {{
    const node = label.firstChild, range = document.createRange();
    const cell = label.parentElement.getBoundingClientRect();
    const chars = Array.from(node.data, (_, i) => {{
      range.setStart(node, i); range.setEnd(node, i + 1);
      // A range starting where a line breaks at a soft hyphen also has the hyphen's box
      // at the end of the line before: the character's own box is the last.
      const boxes = range.getClientRects();
      const r = boxes.length ? boxes[boxes.length - 1] : range.getBoundingClientRect();
      return [r.top, r.left, r.right, r.bottom];
    }});
    return [node.data, chars, [cell.left, cell.right, label.getBoundingClientRect().bottom]];
  }})"""


def wide_map(template: str, language: str) -> Workspace:
    """The template with its stages twice over (a map twice as wide, which still pans
    zoomed out on a laptop screen) and one lane renamed with a long compound word."""
    workspace = new_from_template(template, language)
    journey = workspace.journeys[0]
    for stage in list(journey.stages):
        again = clone(stage)
        again.id, again.name = stage.id + "-2", stage.name + " 2"
        journey.stages.append(again)
        for card in [c for c in journey.cards if c.stage == stage.id]:
            copy = clone(card)
            copy.id, copy.stage = card.id + "-2", again.id
            journey.cards.append(copy)
    journey.connections = []
    next(lane for lane in journey.lanes if lane.kind == "channel").name = LONG_NAMES[language]
    return workspace


@pytest.fixture(scope="module", params=SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def browser(request: pytest.FixtureRequest) -> Iterator[Page]:
    assert CHROMIUM is not None
    with browser_page(CHROMIUM, request.param) as page:
        yield page


def zoomed_out(page: Page, path: Path, screen: tuple[int, int]) -> Iterator[float]:
    """Opens the page, then zooms out step by step from how it opens, each time moved to
    the map's right edge and a little below its top (both strips kept) while the map
    still reaches past the window; yields the scale at each step."""
    page.open(path)
    page.evaluate("document.fonts.ready.then(() => true)")
    for _ in range(40):
        page.wheel(screen[0] / 2, screen[1] / 2, 25)  # about 4 % smaller each
        for _ in range(12):
            page.key("ArrowRight", "ArrowRight", 39)
            page.key("ArrowUp", "ArrowUp", 38)
        for _ in range(2):  # the stage names cut off, the first lanes still in sight
            page.key("ArrowDown", "ArrowDown", 40)
        if page.evaluate("document.querySelector('section:not([hidden]) .frozen .lanes')"
                         ".hidden"):
            return
        yield float(page.evaluate("document.querySelector('section:not([hidden]) g.view')"
                                  ".getAttribute('transform')").split("scale(")[1].rstrip(")"))


def breaks(text: str, chars: list[list[float]], bottom: float) -> list[int]:
    """Where the lines of `text` shown above `bottom` begin (after the first): the index
    of each character that starts a line below the one before (spaces and soft hyphens,
    which may have no box of their own, are passed over)."""
    drawn = [i for i, c in enumerate(text) if not c.isspace() and c != SOFT_HYPHEN]
    return [j for i, j in zip(drawn, drawn[1:], strict=False)
            if chars[i][0] + 2 < chars[j][0] and chars[j][3] <= bottom + 0.5]


def check_breaks(text: str, chars: list[list[float]], bottom: float, language: str) -> int:
    """Every line of a kept name ends at a space, after a hyphen of the name, or at a
    soft hyphen, which shows a hyphen, where the language hyphenates the word; returns
    how many ended in a hyphenated word."""
    hyphens = hyphens_for(language)
    assert hyphens is not None
    hyphenated = 0
    for start in breaks(text, chars, bottom):
        before = text[:start].rstrip(" ")
        if len(before) < start or before.endswith("-"):
            continue  # between words, or after 'E-' of 'E-mail'
        assert before.endswith(SOFT_HYPHEN), f"{text!r} breaks mid-word at {start}"
        top, left, right, _ = chars[start - 1]
        assert right - left > 2, f"{text!r}: no hyphen shown at {start}"
        clean = text.replace(SOFT_HYPHEN, "")
        at = len(before.replace(SOFT_HYPHEN, ""))
        word_start = clean.rfind(" ", 0, at) + 1
        word_end = clean.find(" ", at) if " " in clean[at:] else len(clean)
        word = clean[word_start:word_end]
        assert at - word_start in break_points(word, hyphens), (word, at - word_start)
        hyphenated += 1
    return hyphenated


@pytest.mark.parametrize("language", ["da", "fi"])
@pytest.mark.parametrize("template", ["b2b-software", "retail"])
def test_zoomed_out_kept_names_break_words_only_where_the_language_hyphenates(
        browser: Page, tmp_path: Path, template: str, language: str) -> None:
    path = tmp_path / "map.html"
    workspace = wide_map(template, language)
    export_html(workspace, [workspace.journeys[0].id], path)
    screen = browser.evaluate("[innerWidth, innerHeight]")
    hyphenated, scales, strip = 0, [], 0.0
    for scale in zoomed_out(browser, path, screen):
        scales.append(scale)
        for kind in ("lanes", "stages"):
            for text, chars, (left, right, bottom) in browser.evaluate(
                    CHARACTERS.format(kind=kind)):
                hyphenated += check_breaks(text, chars, bottom, language)
                if kind == "lanes":  # (a stage cut by the window's edge elides its name)
                    # No word runs out of its cell, where it would be cut.
                    assert all(c[2] <= right + 0.5 for c in chars if c[3] <= bottom + 0.5), text
                    strip = right - left
    assert scales and min(scales) < 0.6  # zoomed out until the map fits the window
    assert hyphenated, "no long word was hyphenated: the test saw nothing to check"
    # Zoomed out, the map keeps its room: the lane strip is narrow beside it.
    assert strip < 0.15 * screen[0]


@pytest.mark.parametrize("language", ["da", "fi"])
def test_words_up_to_eleven_ems_stay_whole_zoomed_out(
        browser: Page, tmp_path: Path, language: str) -> None:
    """'Arrangementer' (Danish) or 'Verkkosivusto' (Finnish) is never split, however far
    out the map is zoomed: the strip is wide enough for it."""
    path = tmp_path / "map.html"
    workspace = wide_map("retail" if language == "fi" else "b2b-software", language)
    long_name = LONG_NAMES[language]
    export_html(workspace, [workspace.journeys[0].id], path)
    screen = browser.evaluate("[innerWidth, innerHeight]")
    seen = 0
    for _ in zoomed_out(browser, path, screen):
        for text, chars, (_, _, bottom) in browser.evaluate(CHARACTERS.format(kind="lanes")):
            if text.replace(SOFT_HYPHEN, "") == long_name:
                continue  # its long word is the one that may break
            for start in breaks(text, chars, bottom):
                assert text[start - 1] == " " or text[start - 1] == "-", (
                    f"{text!r} broken inside a word at {start}")
            seen += 1
    assert seen


# --- the future-state frame -------------------------------------------------------------

def screenshot_pixels(page: Page) -> Image.Image:
    data = page.send("Page.captureScreenshot", format="png")["data"]
    return Image.open(io.BytesIO(base64.b64decode(data))).convert("RGB")


def frame_box(page: Page) -> list[float] | None:
    found = page.evaluate(
        "(() => { const f = document.querySelector('section:not([hidden]) .future-frame "
        "rect.frame'); if (!f) return null; const r = f.getBoundingClientRect(); "
        "return [r.left, r.top, r.right, r.bottom]; })()")
    return None if found is None else [float(v) for v in found]


@pytest.mark.parametrize("state", ["future", "current"])
def test_a_future_state_map_is_framed_on_the_page(
        browser: Page, tmp_path: Path, state: JourneyState) -> None:
    workspace = new_from_template("retail", "da")
    workspace.journeys[0].state = state
    path = tmp_path / "map.html"
    export_html(workspace, [workspace.journeys[0].id], path)
    browser.open(path)
    browser.key("0", "Digit0", 48, "0")  # the whole map
    frame = frame_box(browser)
    badge = browser.evaluate(
        "Array.from(document.querySelectorAll('section:not([hidden]) svg.map text'))"
        ".some(t => t.textContent === 'Fremtidig tilstand')")
    if state == "current":
        assert frame is None and not badge
        return
    assert frame is not None and badge
    drawn = browser.evaluate(
        "Array.from(document.querySelectorAll('section:not([hidden]) .card, "
        "section:not([hidden]) g.header')).map(e => { const r = e.getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom]; })")
    assert drawn and all(frame[0] < d[0] and frame[1] < d[1] and d[2] < frame[2]
                         and d[3] < frame[3] for d in drawn)  # around the whole map
    pixels = screenshot_pixels(browser)
    ink = tuple(int(FUTURE_COLOUR[i:i + 2], 16) for i in (1, 3, 5))
    x, y = round(frame[0]), round((frame[1] + frame[3]) / 2)  # its left side
    across = [pixels.getpixel((x + dx, y)) for dx in range(-3, 4)]
    assert across.count(ink) >= 2  # drawn a few pixels wide, in the canvas's colour
