"""The HTML export in a real headless Chromium (tests/html_browser.py): it loads without
an error or a request, a mouse click on a card shows its fields, zoom and pan move the
map, the keyboard reaches and opens cards, and hostile text never runs.

Needs the system's Chromium (Debian: `apt-get install chromium`); skipped without it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from journey_editor.export.html_export import export_html
from journey_editor.model.types import Image, Workspace, clone
from journey_editor.templates import new_from_template
from tests.factories import PNG_1PX, small_journey, small_workspace
from tests.html_browser import Page, browser_page, find_chromium

CHROMIUM = find_chromium()
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (Debian: "
                                 "apt-get install chromium)")]
HOSTILE = '</svg><script>window.pwned=1</script><img src=x onerror="window.pwned=2">'


def _workspace() -> Workspace:
    """Two journeys; the first one's first card and name hostile."""
    workspace = small_workspace()
    workspace.journeys[0].cards[0].title = "Ad " + HOSTILE
    workspace.journeys[0].name = "Buying " + HOSTILE
    second = clone(small_journey("j2"))
    second.name = "Returning a gift"
    second.cards[1].title = "Return label"
    workspace.journeys.append(second)
    key = hashlib.sha256(PNG_1PX).hexdigest()
    workspace.images = {key: Image(type="image/png", width=1, height=1, data=PNG_1PX)}
    workspace.journeys[0].cards[2].picture = key  # 'c', the invoice
    return workspace


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "map.html"
    workspace = _workspace()
    export_html(workspace, [j.id for j in workspace.journeys], path, file_name="map.journey")
    return path


@pytest.fixture(scope="module")
def retail(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Workspace]:
    """The Danish retail template: a map larger than a laptop's window."""
    path = tmp_path_factory.mktemp("html") / "retail.html"
    workspace = new_from_template("retail", "da")
    export_html(workspace, [workspace.journeys[0].id], path)
    return path, workspace


@pytest.fixture(scope="module")
def browser() -> Iterator[Page]:
    assert CHROMIUM is not None
    with browser_page(CHROMIUM) as page:
        yield page


@pytest.fixture
def page(browser: Page, exported: Path) -> Page:
    browser.open(exported)
    browser.drain()
    browser.events.clear()  # what this test's page load said is checked by the first test
    return browser


def centre(page: Page, selector: str) -> tuple[float, float]:
    x, y = page.evaluate(f"(() => {{ const r = document.querySelector({selector!r})"
                         ".getBoundingClientRect(); return [r.x + r.width / 2, "
                         "r.y + r.height / 2]; })()")
    return float(x), float(y)


def transform(page: Page) -> str:
    return str(page.evaluate("document.querySelector('section:not([hidden]) g.view')"
                             ".getAttribute('transform')"))


def scale(page: Page) -> float:
    return float(transform(page).split("scale(")[1].rstrip(")"))


def panel_fields(page: Page) -> dict[str, str]:
    pairs = page.evaluate("Array.from(document.querySelectorAll('#je-panel-fields dt'))"
                          ".map(dt => [dt.textContent, dt.nextElementSibling.textContent])")
    return dict(pairs)


def test_the_page_loads_without_errors_or_requests(browser: Page, exported: Path) -> None:
    browser.events.clear()
    browser.open(exported)
    assert browser.problems() == []
    outside = [url for url in browser.requests()
               if url != exported.resolve().as_uri() and not url.startswith("data:")]
    assert outside == []
    assert browser.evaluate("document.fonts.check('10px \"JE Sans\"')")  # the embedded font
    assert browser.evaluate("typeof window.pwned") == "undefined"
    assert browser.evaluate("document.scripts.length") == 2
    assert browser.evaluate("document.querySelector('h1').textContent") == "Buying " + HOSTILE


def test_the_policy_refuses_a_request(page: Page) -> None:
    directive = page.evaluate("""new Promise(resolve => {
        document.addEventListener('securitypolicyviolation',
                                  e => resolve(e.effectiveDirective), {once: true});
        fetch('http://127.0.0.1:9/leak').catch(() => {});
    })""")
    assert directive == "connect-src"
    assert not [url for url in page.requests() if url.startswith("http")]


def test_clicking_a_card_shows_all_its_fields(page: Page, tmp_path: Path) -> None:
    assert page.evaluate("document.getElementById('je-panel').hidden") is True
    page.click(*centre(page, "section:not([hidden]) .card[data-card='b']"))
    assert page.evaluate("document.getElementById('je-panel').hidden") is False
    assert page.evaluate("document.getElementById('je-panel-title').textContent") == "Checkout"
    fields = panel_fields(page)
    assert fields["Stage"] == "During" and fields["Lane"] == "Website"
    assert fields["Pain points"] == "Too many steps" and fields["Status"] == "Draft"
    assert "CSAT: 4.2" in fields["Metrics"] and "Q3 survey" in fields["Evidence"]
    assert "Confirmed" in fields["Review comments"] and fields["Emotion"] == "-2 frustrated"
    page.screenshot(tmp_path / "panel.png")
    assert (tmp_path / "panel.png").stat().st_size > 10_000


def test_a_hostile_title_shows_as_text_in_the_panel(page: Page) -> None:
    page.click(*centre(page, "section:not([hidden]) .card[data-card='a']"))
    assert page.evaluate("document.getElementById('je-panel-title').textContent") == (
        "Ad " + HOSTILE)
    assert page.evaluate("document.querySelectorAll('#je-panel img, #je-panel script')"
                         ".length") == 0
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.problems() == []


def test_buttons_wheel_and_keys_zoom_the_map(page: Page) -> None:
    page.click(*centre(page, "#je-fit"))
    fitted = scale(page)
    page.click(*centre(page, "#je-zoom-in"))
    assert scale(page) == pytest.approx(fitted * 1.25)
    page.click(*centre(page, "#je-fit"))
    assert scale(page) == pytest.approx(fitted)
    x, y = centre(page, "section:not([hidden]) svg.map")
    page.wheel(x, y, -300)
    assert scale(page) > fitted * 1.2
    page.click(*centre(page, "#je-fit"))
    page.key("-", "Minus", 189, "-")
    assert scale(page) == pytest.approx(fitted / 1.25)


def test_dragging_pans_without_opening_a_card(page: Page) -> None:
    before = transform(page)
    x, y = centre(page, "section:not([hidden]) .card[data-card='b']")
    page.send("Input.dispatchMouseEvent", type="mousePressed", x=x, y=y, button="left",
              buttons=1, clickCount=1)
    for step in range(1, 6):
        page.send("Input.dispatchMouseEvent", type="mouseMoved", x=x + 30 * step,
                  y=y + 10 * step, button="left", buttons=1)
    page.send("Input.dispatchMouseEvent", type="mouseReleased", x=x + 150, y=y + 50,
              button="left", buttons=0, clickCount=1)
    after = transform(page)
    assert after != before and scale(page) == pytest.approx(float(before.split("scale(")[1]
                                                                  .rstrip(")")))
    assert page.evaluate("document.getElementById('je-panel').hidden") is True


def test_tab_reaches_a_card_and_enter_opens_it_escape_closes(page: Page) -> None:
    for _ in range(12):
        page.key("Tab", "Tab", 9)
        if page.evaluate("document.activeElement.classList.contains('card')"):
            break
    card = page.evaluate("document.activeElement.getAttribute('data-card')")
    assert card is not None
    page.key("Enter", "Enter", 13, "\r")
    assert page.evaluate("document.getElementById('je-panel').hidden") is False
    assert page.evaluate("document.activeElement.id") == "je-close"
    page.key("Escape", "Escape", 27)
    assert page.evaluate("document.getElementById('je-panel').hidden") is True
    assert page.evaluate("document.activeElement.getAttribute('data-card')") == card


def test_the_selector_shows_the_other_journey(page: Page) -> None:
    page.evaluate("(() => { const s = document.getElementById('je-journey'); s.value = '1'; "
                  "s.dispatchEvent(new Event('change')); })()")
    assert page.evaluate("document.querySelector('section:not([hidden]) h1').textContent") == (
        "Returning a gift")
    page.click(*centre(page, "section:not([hidden]) .card[data-card='b']"))
    assert page.evaluate("document.getElementById('je-panel-title').textContent") == (
        "Return label")


def test_a_cards_picture_shows_on_the_map_and_large_in_the_panel(page: Page) -> None:
    on_card = page.evaluate("document.querySelector(\".card[data-card='c'] use\")"
                            ".getBoundingClientRect().width")
    assert on_card > 5
    page.click(*centre(page, "section:not([hidden]) .card[data-card='c']"))
    large = page.evaluate("document.querySelector('#je-panel svg.picture use')"
                          ".getBoundingClientRect().width")
    assert large > 200
    page.click(*centre(page, "section:not([hidden]) .card[data-card='b']"))
    assert page.evaluate("document.querySelector('#je-panel svg.picture')") is None


BOX = "(e => {{ const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }})"
# The name as it reads: without the soft hyphens where it may break.
NAMED = ("(e => {{ const r = e.getBoundingClientRect(); "
         "return [r.left, r.top, r.right, r.bottom, e.textContent.replaceAll('\\u00ad', '')]; }})")


def box(page: Page, selector: str) -> list[float]:
    found = page.evaluate(f"{BOX}(document.querySelector({selector!r}))")
    return [float(v) for v in found]


def boxes(page: Page, selector: str, shape: str = BOX) -> list[list[Any]]:
    return page.evaluate(f"Array.from(document.querySelectorAll({selector!r})).map({shape})")


def kept_names(page: Page, kind: str) -> list[list[Any]]:
    """The stage or lane names kept in sight along the edge: [left, top, right, bottom,
    name] of each one shown; none while the map's own headers are in sight."""
    if page.evaluate(f"document.querySelector('section:not([hidden]) .frozen .{kind}')"
                     ".hidden"):
        return []
    return boxes(page, f"section:not([hidden]) .frozen .{kind} .name:not([hidden])", NAMED)


def places(workspace: Workspace) -> dict[str, tuple[str, str]]:
    """Card id -> the names of its stage and lane."""
    journey = workspace.journeys[0]
    names = {part.id: part.name for part in (*journey.stages, *journey.lanes)}
    return {card.id: (names[card.stage], names[card.lane]) for card in journey.cards}


def open_zoomed(page: Page, path: Path, steps: int) -> None:
    page.open(path)
    page.drain()
    for _ in range(steps):
        page.key("+", "Equal", 187, "+")


def test_a_large_map_opens_readable_from_its_first_stage_and_fits_on_demand(
        browser: Page, retail: tuple[Path, Workspace]) -> None:
    open_zoomed(browser, retail[0], 0)
    title = box(browser, ".card text tspan")  # one line of the first card's title
    assert title[3] - title[1] >= 11
    view, first = box(browser, "svg.map"), box(browser, "g.header.stage")
    column = max(h[2] for h in boxes(browser, "g.header.lane"))
    assert view[0] <= column - 100 and column - 0.5 <= first[0] < view[2] - 100
    assert view[1] <= first[1] < view[1] + 50  # the first stage, named, at the top left
    assert box(browser, "g.view")[3] > view[3]  # the rest is below, reached by panning
    browser.click(*centre(browser, "#je-fit"))
    whole = box(browser, "g.view")
    assert all(abs(a - b) < 1 or inside for a, b, inside in zip(
        whole, view, (whole[0] > view[0], whole[1] > view[1], whole[2] < view[2],
                      whole[3] < view[3]), strict=True))


def test_zoomed_in_and_panned_the_stage_and_lane_names_stay_in_sight(
        browser: Page, retail: tuple[Path, Workspace]) -> None:
    open_zoomed(browser, retail[0], 2)
    for _ in range(6):
        browser.key("ArrowDown", "ArrowDown", 40)
        browser.key("ArrowRight", "ArrowRight", 39)
    view = box(browser, "svg.map")
    stages, lanes = kept_names(browser, "stages"), kept_names(browser, "lanes")
    assert stages and lanes  # the map's own headers are off screen
    band, column = max(h[3] for h in stages), max(h[2] for h in lanes)
    assert band < view[1] + 80 and column < view[0] + 250  # the map keeps the room
    seen = [c for c in boxes(browser, "section:not([hidden]) .card", NAMED.replace(
                "e.textContent", "e.getAttribute('data-card')"))
            if c[0] >= column and c[1] >= band and c[2] <= view[2] and c[3] <= view[3]]
    assert seen, "no card in sight"
    where = places(retail[1])
    for *card, card_id in seen:
        stage = next(h for h in stages if h[0] <= (card[0] + card[2]) / 2 <= h[2])
        lane = next(h for h in lanes if h[1] <= (card[1] + card[3]) / 2 <= h[3])
        assert (stage[4], lane[4]) == where[card_id]
        assert view[1] - 1 <= stage[1] and stage[3] <= card[1]  # above it, on screen
        assert view[0] - 1 <= lane[0] and lane[2] <= card[0]
    # The names are over the map, not under it.
    x, y = (seen[0][0] + seen[0][2]) / 2, (view[1] + band) / 2
    assert browser.evaluate(f"!!document.elementFromPoint({x}, {y}).closest('.frozen')")
    browser.key("0", "Digit0", 48, "0")  # the whole map: its own headers, no strips
    assert kept_names(browser, "stages") == [] and kept_names(browser, "lanes") == []


def test_a_card_reached_with_tab_shows_below_its_stage_name(
        browser: Page, retail: tuple[Path, Workspace]) -> None:
    open_zoomed(browser, retail[0], 3)
    for _ in range(12):
        browser.key("Tab", "Tab", 9)
        if browser.evaluate("document.activeElement.classList.contains('card')"):
            break
    card, view = box(browser, ".card:focus"), box(browser, "svg.map")
    stages = kept_names(browser, "stages")
    assert stages  # zoomed in on the middle, the first row was above the window
    stage = next(h for h in stages if h[0] <= (card[0] + card[2]) / 2 <= h[2])
    card_id = browser.evaluate("document.activeElement.getAttribute('data-card')")
    assert stage[4] == places(retail[1])[card_id][0]
    assert view[1] - 1 <= stage[1] and stage[3] <= card[1] and card[3] <= view[3]
    lanes = kept_names(browser, "lanes") or boxes(browser, "g.header.lane")
    assert max(h[2] for h in lanes) <= card[0] <= card[2] <= view[2]


def test_panning_stops_at_the_maps_edges(page: Page) -> None:
    page.click(*centre(page, "#je-zoom-in"))
    page.click(*centre(page, "#je-zoom-in"))  # larger than the window
    x, y = centre(page, "section:not([hidden]) svg.map")
    for dx, dy in [(500, 280)] * 3 + [(-500, -280)] * 6:  # past one corner, then the other
        page.send("Input.dispatchMouseEvent", type="mousePressed", x=x, y=y, button="left",
                  buttons=1, clickCount=1)
        for step in range(1, 11):
            page.send("Input.dispatchMouseEvent", type="mouseMoved", x=x + dx * step / 10,
                      y=y + dy * step / 10, button="left", buttons=1)
        page.send("Input.dispatchMouseEvent", type="mouseReleased", x=x + dx, y=y + dy,
                  button="left", buttons=0, clickCount=1)
        covered = page.evaluate(
            "(() => { const m = document.querySelector('section:not([hidden]) g.view')"
            ".getBoundingClientRect(), w = document.querySelector("
            "'section:not([hidden]) svg.map').getBoundingClientRect();"
            " const across = Math.min(m.right, w.right) - Math.max(m.left, w.left);"
            " const down = Math.min(m.bottom, w.bottom) - Math.max(m.top, w.top);"
            " return across / w.width * down / w.height; })()")
        assert covered > 0.8  # the map still fills the window, but its margin: no blank page
