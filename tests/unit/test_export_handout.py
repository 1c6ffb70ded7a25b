"""The workshop handout: pages after the poster, page numbers, every touchpoint with its
fields, long text across pages, the review checklist, fonts (pypdf)."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any
from unittest.mock import ANY

import pytest
from pypdf import PdfReader

from journey_editor.export.handout import (
    A4,
    LETTER,
    draw_handout,
    handout_page_size,
    lay_out_handout,
)
from journey_editor.export.handout_content import CARD_TITLE, INDENT
from journey_editor.export.handout_flow import Group, Para, Row, Text, paginate
from journey_editor.export.pages import PAGE_SIZES, PageSetup
from journey_editor.export.pdf import render_pdf
from journey_editor.export.pdf_ops import new_canvas
from journey_editor.export.tiling import TileSetup
from journey_editor.fileformat import read_workspace
from journey_editor.model import checklist
from journey_editor.model.types import (
    Card,
    ChecklistItem,
    Comment,
    Journey,
    Lane,
    Metric,
    Stage,
    Workspace,
    clone,
    new_workspace,
)
from journey_editor.resources import resource_path

TODAY = dt.date(2025, 3, 1)
HEADER = re.compile(r"page (\d+) of (\d+)")


@pytest.fixture(scope="module")
def retail() -> Workspace:
    return read_workspace(resource_path("templates", "retail.en.journey"))


def rich(retail: Workspace) -> Workspace:
    """The retail map with the fields the template leaves empty filled in somewhere."""
    workspace = clone(retail)
    journey = workspace.journeys[0]
    website = next(c for c in journey.cards if c.title == "Website")
    website.votes = {"Anna": 2, "Bo": 3}
    website.comments = [Comment(text="Matches what we hear at the counter.", source="staff",
                                author="Kim", date=dt.date(2025, 2, 3))]
    website.metrics.append(Metric(name="Net promoter score", value=31.0,
                                  date=dt.date(2025, 1, 1)))
    journey.cards.append(Card(id="card-greek", stage=journey.stages[0].id,
                              lane="lane-social", title="Οδηγός παράδοσης — Доставка"))
    journey.checklist = [
        ChecklistItem(question="customer-expectations", answer="partly",
                      note="Delivery windows stay vague until the day before."),
        ChecklistItem(question="touchpoints-work", answer="yes"),
        ChecklistItem(question="organisation-few-contacts", answer="no",
                      note="Six departments meet the customer while she buys."),
    ]
    return workspace


def one_card_workspace(**fields: Any) -> Workspace:
    card = Card(id="c1", stage="s1", lane="l1", title="Pick-up point", **fields)
    journey = Journey(id="j1", name="Small map", stages=[Stage(id="s1", name="Collect")],
                      lanes=[Lane(id="l1", name="Web", kind="channel")], cards=[card])
    return new_workspace("Small", journeys=[journey])


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def handout_texts(data: bytes, poster_pages: int = 1) -> list[str]:
    return [page.extract_text() for page in read(data).pages[poster_pages:]]


def compact(text: str) -> str:
    """Without any whitespace: wrapped lines compare equal to the text they came from."""
    return "".join(text.split())


# --- pages -------------------------------------------------------------------------------

def test_handout_pages_follow_the_poster(retail: Workspace) -> None:
    poster_only = read(render_pdf(retail, today=TODAY))
    reader = read(render_pdf(retail, handout=True, today=TODAY))
    assert len(reader.pages) > len(poster_only.pages) + 3  # a real handout, not one page
    first = reader.pages[0].mediabox
    assert (float(first.width), float(first.height)) == pytest.approx(PAGE_SIZES["A1"])
    for page in reader.pages[1:]:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4)


def test_every_handout_page_has_its_header_and_number(retail: Workspace) -> None:
    texts = handout_texts(render_pdf(rich(retail), handout=True, today=TODAY))
    for number, text in enumerate(texts, 1):
        assert "Buying a sofa · Workshop handout" in text
        assert HEADER.findall(text) == [(str(number), str(len(texts)))]


def test_progress_counts_the_handout_pages(retail: Workspace) -> None:
    calls: list[tuple[int, int]] = []
    data = render_pdf(retail, handout=True, progress=lambda *call: calls.append(call))
    pages = len(read(data).pages)
    assert calls == [(i, pages) for i in range(1, pages + 1)]


def test_tiled_posters_keep_their_sheet_numbers_with_a_handout(retail: Workspace) -> None:
    # A3: a few sheets show it as well as A2's many, each of which pypdf reads whole.
    reader = read(render_pdf(retail, setup=PageSetup(page_size=PAGE_SIZES["A3"]),
                             tiles=TileSetup(), handout=True, today=TODAY))
    texts = [page.extract_text() for page in reader.pages]
    total = len(texts)
    sheets = [t for t in texts if "row 1, column 1" in t]
    assert sheets and f"page 2 of {total}" in sheets[0]  # the whole document's count
    handout = [t for t in texts if "Workshop handout" in t]
    assert HEADER.findall(handout[-1]) == [(str(len(handout)), str(len(handout)))]


def test_each_journey_gets_its_own_handout_after_its_poster(retail: Workspace) -> None:
    workspace = clone(retail)
    second = clone(workspace.journeys[0])
    second.id, second.name = "journey-2", "Returning a sofa"
    workspace.journeys.append(second)
    texts = [p.extract_text() for p in read(render_pdf(workspace, handout=True)).pages]
    starts = [i for i, text in enumerate(texts) if HEADER.findall(text)[:1] == [("1", ANY)]]
    assert len(starts) == 2
    assert "Returning a sofa · Workshop handout" in texts[starts[1]]
    assert "Workshop handout" not in texts[starts[1] - 1]  # the second poster between them


def test_letter_paper_for_us_page_and_sheet_sizes(retail: Workspace) -> None:
    assert handout_page_size(None) == A4
    assert handout_page_size(PAGE_SIZES["A0"]) == A4
    assert handout_page_size(PAGE_SIZES["Letter"][::-1]) == LETTER
    assert handout_page_size(PAGE_SIZES["ANSI D"]) == LETTER
    assert handout_page_size(PAGE_SIZES["Arch E"]) == LETTER
    reader = read(render_pdf(retail, setup=PageSetup(page_size=PAGE_SIZES["Tabloid"]),
                             handout=True))
    last = reader.pages[-1].mediabox
    assert (float(last.width), float(last.height)) == pytest.approx(LETTER)


# --- what the handout says ----------------------------------------------------------------

def test_every_touchpoint_and_its_fields_are_printed(retail: Workspace) -> None:
    workspace = rich(retail)
    journey = workspace.journeys[0]
    text = compact(" ".join(handout_texts(render_pdf(workspace, handout=True, today=TODAY))))
    channels = {lane.id for lane in journey.lanes if lane.kind == "channel"}
    touchpoints = [card for card in journey.cards if card.lane in channels]
    assert len(touchpoints) > 20
    for card in touchpoints:
        assert compact(card.title) in text
    website = next(c for c in journey.cards if c.title == "Website")
    for sample in (website.expectations, website.pain_points, website.ideas,
                   website.customer_goal, website.desired_feel, website.evidence[0].note,
                   "Conversion rate (%): 2.4 · 2026-10-01", "Net promoter score: 31 · 2025-01-01",
                   "Votes 5 (Anna 2, Bo 3)", "“Matches what we hear at the counter.” · Staff · Kim",
                   "Emotion -1 uneasy", "Flags Key touchpoint, Inconsistent information",
                   "Owner E-commerce team", "Control Owned", "Status Validated"):
        assert compact(sample) in text, sample


def test_touchpoints_in_stage_order_then_lane_order(retail: Workspace) -> None:
    journey = retail.journeys[0]
    handout = lay_out_handout(retail, journey)
    titles = [text.text.lstrip("★⚠ ") for page in handout.pages for _, row in page
              for text in row.texts if text.size == CARD_TITLE and text.x == INDENT]
    lanes = [lane.id for lane in journey.lanes if lane.kind == "channel"]
    assert titles == [card.title for stage in journey.stages for lane in lanes
                      for card in journey.cards if card.stage == stage.id and card.lane == lane]


def test_empty_fields_are_not_printed_as_labels() -> None:
    bare = compact(" ".join(handout_texts(render_pdf(one_card_workspace(), handout=True))))
    for label in ("Notes", "Channel", "Owner", "Emotion", "Customergoal", "Expectations",
                  "Painpoints", "Shouldthink", "Shoulddo", "Shouldfeel", "Ideas", "Evidence",
                  "Flags", "Votes", "Metrics", "Reviewcomments", "Persona", "Goal"):
        assert label not in bare, label
    assert "Pick-uppoint" in bare and "StatusDraft" in bare and "ContactDirect" in bare
    filled = compact(" ".join(handout_texts(render_pdf(
        one_card_workspace(expectations="Ready within two hours", emotion=2), handout=True))))
    assert "ExpectationsReadywithintwohours" in filled and "Emotion+2pleased" in filled


def test_a_very_long_text_runs_over_pages_without_losing_a_word() -> None:
    words = [f"word{i:04d}" for i in range(3000)]
    workspace = one_card_workspace(notes=" ".join(words), ideas="A closing idea.")
    texts = handout_texts(render_pdf(workspace, handout=True))
    assert len(texts) >= 5
    found = re.findall(r"word\d{4}", " ".join(texts))
    assert found == words  # every word, once, in order
    for number, page in enumerate(texts, 1):
        assert HEADER.findall(page) == [(str(number), str(len(texts)))]
    assert all("Pick-up point (continued)" in page for page in texts[2:-1])
    assert "A closing idea." in texts[-2] + texts[-1]


def test_the_review_checklist_with_answers_and_notes(retail: Workspace) -> None:
    texts = handout_texts(render_pdf(rich(retail), handout=True, today=TODAY))
    text = compact(" ".join(texts))
    assert "Reviewchecklist" in text
    for group in checklist.GROUPS:
        assert compact(group.title) in text
    for question in checklist.QUESTIONS:
        assert compact(question.text) in text, question.id
    by_id = {question.id: question.text for question in checklist.QUESTIONS}
    assert compact(by_id["customer-expectations"] + " partly Delivery windows stay vague "
                   "until the day before.") in text
    assert compact(by_id["touchpoints-work"] + " yes") in text
    assert compact(by_id["organisation-few-contacts"] + " no") in text
    assert compact("Six departments meet the customer while she buys.") in text
    assert text.count("notchecked") == len(checklist.QUESTIONS) - 3


def test_answers_to_unknown_questions_are_still_printed() -> None:
    workspace = one_card_workspace()
    workspace.journeys[0].checklist = [ChecklistItem(question="from-a-newer-version",
                                                     answer="no", note="Kept.")]
    text = compact(" ".join(handout_texts(render_pdf(workspace, handout=True))))
    assert "Otherquestionsfrom-a-newer-versionnoKept." in text


def test_front_page_has_goal_scope_departments_persona_and_contents(retail: Workspace) -> None:
    journey = retail.journeys[0]
    handout = lay_out_handout(retail, journey, today=TODAY)
    front = compact(handout_texts(render_pdf(retail, handout=True, today=TODAY))[0])
    for sample in (journey.goal, "Broad: the whole journey", ", ".join(journey.departments),
                   "Emma Lind", retail.personas[0].frustrations, "2025-03-01"):
        assert compact(sample) in front, sample
    for number, stage in enumerate(journey.stages, 1):
        page = handout.refs[f"stage:{stage.id}"]
        assert compact(f"{number}. {stage.name}") in front
        assert re.search(rf"{re.escape(compact(stage.name))}.*?page{page}", front)
    assert compact(f"Review checklist page {handout.refs['checklist']}") in front


def test_only_the_bundled_font_embedded_never_helvetica(retail: Workspace) -> None:
    data = render_pdf(rich(retail), handout=True)
    assert b"Helvetica" not in data
    fonts = []
    for page in read(data).pages[1:]:
        resources: Any = page["/Resources"]
        fonts += [font.get_object() for font in resources["/Font"].values()]
    assert fonts
    for font in fonts:
        assert "DejaVuSans" in font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_an_empty_journey_has_a_handout() -> None:
    workspace = new_workspace("Empty", journeys=[Journey(id="j", name="Nothing yet")])
    stream = io.BytesIO()
    canvas = new_canvas(stream, A4)
    assert draw_handout(canvas, workspace, workspace.journeys[0]) == 1
    canvas.save()
    (text,) = [page.extract_text() for page in read(stream.getvalue()).pages]
    assert "page 1 of 1" in text and "no stages yet" in text and "Review checklist" in text
    assert len(read(render_pdf(workspace, handout=True)).pages) == 2


# --- pagination ---------------------------------------------------------------------------

def rows(count: int, height: float = 10.0, name: str = "r") -> list[Row]:
    return [Row(height, (Text(f"{name}{i}", 0, 8, 9),)) for i in range(count)]


def placed(page: list[tuple[float, Row]]) -> list[str]:
    return [row.texts[0].text for _, row in page if row.texts]


def test_a_group_that_fits_a_page_moves_whole_to_the_next() -> None:
    groups = [Group([Para(rows(6, name="a"))]), Group([Para(rows(6, name="b"))], 5.0, ref="b")]
    pages = paginate(groups, 100.0)
    assert [placed(p) for p in pages.pages] == [[f"a{i}" for i in range(6)],
                                                [f"b{i}" for i in range(6)]]
    assert pages.refs == {"b": 2}
    assert pages.pages[1][0][0] == 0.0  # the space before is dropped at the page top


def test_a_group_taller_than_a_page_splits_between_paragraphs_then_lines() -> None:
    title = Para(rows(1, name="t"), keep_with_next=True)
    group = Group([title, Para(rows(5, name="p")), Para(rows(25, name="q"))],
                  continuation=Row(10.0, (Text("more", 0, 8, 9),)))
    pages = paginate([Group([Para(rows(5, name="x"))]), group], 100.0)
    # The title and the paragraph after it fit the next page: the group starts there
    # (without "more": nothing of it came before); the long paragraph is cut by lines.
    assert placed(pages.pages[0]) == [f"x{i}" for i in range(5)]
    assert placed(pages.pages[1])[:7] == ["t0", *(f"p{i}" for i in range(5)), "q0"]
    everything = [text for page in pages.pages for text in placed(page) if text != "more"]
    assert everything == [*(f"x{i}" for i in range(5)), "t0", *(f"p{i}" for i in range(5)),
                          *(f"q{i}" for i in range(25))]
    for page in pages.pages:
        assert sum(row.height for _, row in page) <= 100.0
    assert [placed(page)[0] for page in pages.pages[2:]] == ["more"] * (len(pages.pages) - 2)


def test_cards_that_fit_a_page_are_never_split(retail: Workspace) -> None:
    handout = lay_out_handout(rich(retail), retail.journeys[0])
    assert handout.count > 5
    texts = [text.text for page in handout.pages for _, row in page for text in row.texts]
    assert not any("(continued)" in text for text in texts)
