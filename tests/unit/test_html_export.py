"""The HTML export's file, read as a browser's parser reads it (the browser itself:
tests/slow/test_html_in_browser.py): one offline page, the map from the layout, every
card's fields, user text escaped, words in the map's language."""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from journey_editor.export import ExportError
from journey_editor.export.html_export import export_html, html_page, run_html
from journey_editor.fileformat import save_workspace
from journey_editor.layout.engine import DEFAULT_STYLE, lay_out
from journey_editor.model.types import Card, Image, Journey, Workspace, clone
from tests.factories import PNG_1PX, small_journey

HOSTILE = '</svg></script><script>window.pwned=1</script><img src=x onerror="pwned=2">&amp;'


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside each <script>."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.texts: list[str] = []
        self._in_script = False
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.texts.append(data)

    def all(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag
                and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())]


def page_of(workspace: Workspace, *journeys: Journey) -> Elements:
    return Elements(html_page(workspace, list(journeys or workspace.journeys)))


def card_data(page: Elements) -> dict[str, object]:
    data = json.loads(page.scripts[0])
    assert isinstance(data, dict)
    return data


def test_every_card_is_a_focusable_button_where_the_layout_put_it(workspace: Workspace) -> None:
    journey = workspace.journeys[0]
    layout = lay_out(journey, DEFAULT_STYLE)
    page = page_of(workspace)
    cards = page.all("g", **{"class": "card"})
    assert sorted(str(c["data-card"]) for c in cards) == sorted(c.id for c in journey.cards)
    assert all(c["tabindex"] == "0" and c["role"] == "button" for c in cards)
    notes = page.all("rect", **{"class": "note"})
    placed = {(float(str(n["x"])), float(str(n["y"]))) for n in notes}
    assert placed == {(round(b.rect.x, 2), round(b.rect.y, 2)) for b in layout.cards.values()}


def test_a_cards_fields_are_all_in_the_page(workspace: Workspace) -> None:
    data = card_data(page_of(workspace))
    checkout = data["journeys"][0]["cards"]["b"]  # type: ignore[index]
    fields = dict(checkout["fields"])
    assert checkout["title"] == "Checkout"
    assert fields["Stage"] == "During" and fields["Lane"] == "Website"
    assert fields["Pain points"] == "Too many steps"
    assert "CSAT: 4.2" in fields["Metrics"] and "Q3 survey" in fields["Evidence"]
    assert "Confirmed" in fields["Review comments"] and fields["Status"] == "Draft"
    assert fields["Emotion"] == "-2 frustrated"


def test_only_a_touchpoint_shows_control_and_contact(workspace: Workspace) -> None:
    """A customer goal has a control and a contact only by the model's defaults: the
    panel (and the handout, which labels fields the same way) leaves them out."""
    cards = card_data(page_of(workspace))["journeys"][0]["cards"]  # type: ignore[index]
    goal, ad = dict(cards["g"]["fields"]), dict(cards["a"]["fields"])
    assert goal["Lane"] == "Goals" and "Control" not in goal and "Contact" not in goal
    assert ad["Control"] == "Paid" and ad["Contact"] == "Direct"


def test_hostile_text_is_shown_not_run(workspace: Workspace) -> None:
    journey = workspace.journeys[0]
    journey.name = HOSTILE
    journey.cards[0].title = HOSTILE
    journey.cards[0].notes = HOSTILE
    journey.lanes[0].name = HOSTILE
    raw = html_page(workspace, [journey])
    page = Elements(raw)
    assert len(page.all("script")) == 2  # the data and the viewer, nothing injected
    assert not page.all("img") and "pwned=1</script>" not in raw
    card = page.all("g", data_card=journey.cards[0].id)[0]
    assert card["aria-label"] == HOSTILE  # the whole title, as a screen reader reads it
    assert HOSTILE in "".join(page.texts).replace("\n", "")  # in the title block, as text
    fields = dict(card_data(page)["journeys"][0]["cards"][journey.cards[0].id]["fields"])  # type: ignore[index]
    assert fields["Notes"] == HOSTILE


def test_the_policy_forbids_requests_and_admits_only_the_pages_own_code(
        workspace: Workspace) -> None:
    raw = html_page(workspace, workspace.journeys)
    page = Elements(raw)
    policy = str(page.all("meta", http_equiv="Content-Security-Policy")[0]["content"])
    rules = dict(rule.strip().split(" ", 1) for rule in policy.split(";"))
    assert rules["default-src"] == "'none'" and rules["connect-src"] == "'none'"
    viewer = page.scripts[1]
    digest = base64.b64encode(hashlib.sha256(viewer.encode()).digest()).decode()
    assert rules["script-src"] == f"'sha256-{digest}'"
    style = re.search(r"<style>(.*?)</style>", raw, re.S)
    assert style is not None
    digest = base64.b64encode(hashlib.sha256(style.group(1).encode()).digest()).decode()
    assert rules["style-src"] == f"'sha256-{digest}'"
    # Nothing is fetched: no address outside the file but the SVG namespace.
    addresses = set(re.findall(r"(?:https?|wss?|ftp)://[^\s\"')]+", raw))
    assert addresses <= {"http://www.w3.org/2000/svg"}
    assert not [a for _, a in page.tags if "style" in a]  # no inline styles to allow


def test_the_bundled_font_is_embedded_cut_down(workspace: Workspace) -> None:
    raw = html_page(workspace, workspace.journeys)
    fonts = re.findall(r"url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)", raw)
    assert len(fonts) == 2  # regular and bold
    sizes = [len(base64.b64decode(font)) for font in fonts]
    assert all(1_000 < size < 60_000 for size in sizes), sizes  # the whole font: 700 kB
    assert len(raw.encode()) < 250_000


def test_several_journeys_get_a_selector_and_a_section_each(workspace: Workspace) -> None:
    second = clone(small_journey("j2"))
    second.name = "Returning a gift"
    workspace.journeys.append(second)
    page = page_of(workspace)
    options = page.all("option")
    assert [o["value"] for o in options] == ["0", "1"]
    sections = page.all("section", **{"class": "journey"})
    assert [s.get("hidden", "shown") for s in sections] == ["shown", None]
    assert len(card_data(page)["journeys"]) == 2  # type: ignore[arg-type]
    assert len(page_of(workspace, second).all("option")) == 0  # one journey: no selector


def test_labels_follow_the_maps_language(workspace: Workspace) -> None:
    journey = workspace.journeys[0]
    journey.language = "sv"
    page = page_of(workspace)
    words = " ".join(page.texts)
    assert "Nuläge" in words and "Simbanor" in words  # state and legend, as on the poster
    fields = dict(card_data(page)["journeys"][0]["cards"]["b"]["fields"])  # type: ignore[index]
    assert fields["Fas"] == "During"  # the label is Swedish, the user's text stays
    assert page.all("html")[0]["lang"] == "sv" and page.all("section")[0]["lang"] == "sv"
    zoom_in = page.all("button", id="je-zoom-in")[0]
    assert zoom_in["aria-label"] == "Zooma in"


def test_export_html_writes_the_file_and_refuses_no_journey(
        workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    export_html(workspace, ["j1"], out, file_name="map.journey")
    assert "map.journey" in out.read_text(encoding="utf-8")
    with pytest.raises(ExportError):
        export_html(workspace, [], out)


def test_the_command_exports_every_journey_or_the_one_named(
        workspace: Workspace, tmp_path: Path) -> None:
    workspace.journeys.append(clone(small_journey("j2")))
    workspace.journeys[1].name = "Second"
    source, out = tmp_path / "map.journey", tmp_path / "out.html"
    save_workspace(workspace, source)
    said = run_html(argparse.Namespace(file=str(source), html=str(out), journey=None))
    assert "out.html" in said
    assert len(Elements(out.read_text(encoding="utf-8")).all("option")) == 2
    run_html(argparse.Namespace(file=str(source), html=str(out), journey="Second"))
    data = card_data(Elements(out.read_text(encoding="utf-8")))
    assert [j["name"] for j in data["journeys"]] == ["Second"]  # type: ignore[attr-defined]
    with pytest.raises(ExportError):
        run_html(argparse.Namespace(file=str(source), html=str(out), journey="Nope"))


@pytest.mark.parametrize("name", ["map.pdf", "map.journey", "map"])
def test_the_command_refuses_a_name_that_is_not_a_web_page(
        saved: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / name  # map.journey: the map itself
    before = out.read_bytes() if out.exists() else None
    with pytest.raises(ExportError, match=r"\.html or \.htm") as refused:
        run_html(argparse.Namespace(file=str(saved), html=str(out), journey=None))
    assert f"'{name}'" in str(refused.value) and "\n" not in str(refused.value)
    assert (out.read_bytes() if out.exists() else None) == before
    said = run_html(argparse.Namespace(file=str(saved), html=str(tmp_path / "m.HTM"),
                                       journey=None))
    assert "m.HTM" in said


def test_the_export_needs_no_qt(saved: Path, tmp_path: Path) -> None:
    code = ("import sys, argparse; from journey_editor.export.html_export import run_html; "
            f"run_html(argparse.Namespace(file={str(saved)!r}, html={str(tmp_path / 'x.html')!r},"
            " journey=None)); assert 'PySide6' not in sys.modules, 'Qt imported'")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_card_without_a_title_is_named_for_the_panel(workspace: Workspace) -> None:
    journey = workspace.journeys[0]
    journey.cards.append(Card(id="blank", stage="before", lane="web"))
    data = card_data(page_of(workspace))
    assert data["journeys"][0]["cards"]["blank"]["title"] == "Untitled touchpoint"  # type: ignore[index]


def test_world_scripts_are_held_to_the_layouts_width_in_the_readers_fonts(
        workspace: Workspace) -> None:
    journey = workspace.journeys[0]
    journey.cards[0].title = "مرحبا بالعالم"
    journey.cards[1].title = "你好世界"
    page = page_of(workspace)
    # (the parser lowercases attribute names)
    spans = {a.get("direction"): a for a in page.all("tspan") if a.get("textlength")}
    assert set(spans) == {"rtl", None}  # the Arabic line right to left, the Chinese not
    raw = html_page(workspace, workspace.journeys)
    fonts = re.findall(r"url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)", raw)
    # Shaped scripts are not cut into the subset: the reader's fonts shape them.
    import uharfbuzz as hb

    covered = hb.Face(hb.Blob(base64.b64decode(fonts[0]))).unicodes
    assert ord("A") in covered and ord("م") not in covered and ord("你") not in covered


def test_a_journey_without_stages_says_so(workspace: Workspace) -> None:
    journey = workspace.journeys[0]
    journey.stages, journey.cards, journey.connections = [], [], []
    assert "This journey has no stages yet." in page_of(workspace).texts


def _with_picture(workspace: Workspace, *cards: str) -> str:
    """A 1 x 1 PNG in the file's images, shown on `cards`; its key."""
    key = hashlib.sha256(PNG_1PX).hexdigest()
    workspace.images = {key: Image(type="image/png", width=1, height=1, data=PNG_1PX)}
    for card in workspace.journeys[0].cards:
        if card.id in cards:
            card.picture = key
    return key


def test_a_picture_is_in_the_page_once_and_shown_on_each_card(workspace: Workspace) -> None:
    _with_picture(workspace, "a", "b")
    page = page_of(workspace)
    symbols = page.all("symbol")
    assert len(symbols) == 1 and len(page.all("image")) == 1
    uses = page.all("use", href=f"#{symbols[0]['id']}")
    assert len(uses) == 2
    cards = card_data(page)["journeys"][0]["cards"]  # type: ignore[index]
    assert cards["a"]["picture"] == [symbols[0]["id"], 1, 1]  # the panel shows it large
    assert "picture" not in cards["c"]


def test_a_picture_the_file_lacks_is_a_dashed_frame(workspace: Workspace) -> None:
    workspace.journeys[0].cards[0].picture = "0" * 64
    page = page_of(workspace)
    assert not page.all("symbol") and not page.all("use")
    assert page.all("rect", stroke_dasharray="2 2")


def test_tab_goes_through_the_cards_stage_by_stage_and_lane_by_lane(
        workspace: Workspace) -> None:
    journey = workspace.journeys[0]
    journey.cards.reverse()  # the file's order is not the reading order
    journey.cards.append(Card(id="late", stage="before", lane="web", title="Second ad"))
    order = [c["data-card"] for c in page_of(workspace).all("g", **{"class": "card"})]
    assert order == ["g", "a", "late", "b", "c"]
