"""The interview and survey guide's content: per stage the four customer questions for its
phase, the map's open questions, every touchpoint with its questions; in the map's
language; the survey's results sheet read back by the survey import."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from journey_editor.bridges.survey_csv import read_survey_csv
from journey_editor.export.guide_blocks import (
    Block,
    Facts,
    Guide,
    Heading,
    Lines,
    Para,
    Questions,
    Scale,
    Table,
    open_questions,
    touchpoints_in,
)
from journey_editor.export.guide_content import (
    CLOSING_QUESTIONS,
    STAGE_QUESTIONS,
    TOUCHPOINT_QUESTIONS,
    interview_guide,
    stage_phase,
)
from journey_editor.export.guide_survey import (
    ITEMS,
    RESULT_COLUMNS,
    results_csv,
    survey_guide,
)
from journey_editor.i18n import translate_in
from journey_editor.model.survey import latest_values, plan_import
from journey_editor.model.types import Journey, Stage, Workspace
from journey_editor.templates import new_from_template
from tests.factories import small_journey

DAY = dt.date(2026, 12, 3)


def texts(blocks: list[Block]) -> list[str]:
    """Every string the blocks show, in order."""
    found: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            found += [block.above, block.text]
        elif isinstance(block, Para):
            found.append(block.text)
        elif isinstance(block, Facts):
            found += [part for pair in block.pairs for part in pair]
        elif isinstance(block, Questions):
            found += [block.tag, *block.items]
        elif isinstance(block, Scale):
            found += [*block.points, block.hint]
        elif isinstance(block, Lines):
            found.append(block.label)
        elif isinstance(block, Table):
            found += [*block.header, *(cell for row in block.rows for cell in row)]
    return [text for text in found if text]


def by_stage(guide: Guide) -> dict[str, list[Block]]:
    """The blocks under each top-level heading, by its text (stages and closing part)."""
    sections: dict[str, list[Block]] = {}
    current: list[Block] = []
    for block in guide.blocks:
        if isinstance(block, Heading) and block.level == 1:
            current = sections.setdefault(block.text, [])
        current.append(block)
    return sections


def touchpoint_titles(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks if isinstance(b, Heading) and b.level == 3]


@pytest.fixture(params=["en", "da"])
def retail(request: pytest.FixtureRequest) -> tuple[Workspace, Journey, str]:
    workspace = new_from_template("retail", request.param)
    journey = workspace.journeys[0]
    assert journey.language == request.param
    return workspace, journey, request.param


def in_language(language: str, text: str) -> str:
    """The guide's text in `language`, checked to be a real translation (not English)."""
    said = translate_in(language, "Guide", text)
    if language != "en":
        assert said != text, f"not translated into {language}: {text}"
    return said


def test_each_stage_asks_the_four_questions_of_its_phase(
        retail: tuple[Workspace, Journey, str]) -> None:
    workspace, journey, language = retail
    sections = by_stage(interview_guide(workspace, journey, DAY))
    for stage in journey.stages:
        shown = texts(sections[stage.name])
        asked = [in_language(language, q).format(stage.name)
                 for q in STAGE_QUESTIONS[stage.phase]]
        assert len(asked) == 4 and all(q in shown for q in asked), stage.name
        phase = translate_in(language, "Inspector", {"before": "Before purchase",
                                                     "during": "During purchase",
                                                     "after": "After purchase"}[stage.phase])
        assert any(phase in text for text in shown)


def test_each_stage_lists_its_touchpoints_with_their_questions(
        retail: tuple[Workspace, Journey, str]) -> None:
    workspace, journey, language = retail
    sections = by_stage(interview_guide(workspace, journey, DAY))
    listed = 0
    for stage in journey.stages:
        expected = [card.title for card, _ in touchpoints_in(journey, stage)]
        assert touchpoint_titles(sections[stage.name]) == expected
        shown = texts(sections[stage.name])
        for title in expected:
            assert in_language(language, TOUCHPOINT_QUESTIONS[0]).format(title) in shown
        feel = in_language(language, TOUCHPOINT_QUESTIONS[2])
        assert shown.count(feel) == len(expected)
        listed += len(expected)
    assert listed == len([c for c in journey.cards
                          if next(lane for lane in journey.lanes
                                  if lane.id == c.lane).kind == "channel"]) > 20


def test_the_maps_open_questions_are_in_their_stage(
        retail: tuple[Workspace, Journey, str]) -> None:
    workspace, journey, _ = retail
    sections = by_stage(interview_guide(workspace, journey, DAY))
    questions_lane = next(lane for lane in journey.lanes if lane.preset == "questions")
    total = 0
    for stage in journey.stages:
        cards = [c for c in journey.cards if c.stage == stage.id and c.lane == questions_lane.id]
        shown = " ".join(texts(sections[stage.name]))
        for card in cards:
            assert card.title in shown
        others = [c for c in journey.cards if c.lane == questions_lane.id and c.stage != stage.id]
        assert not any(c.title in shown for c in others if c.title not in
                       " ".join(q for q in open_questions(journey, stage)))
        total += len(cards)
    assert total >= 3


def test_the_guide_is_in_the_maps_language_throughout(
        retail: tuple[Workspace, Journey, str]) -> None:
    workspace, journey, language = retail
    guide = interview_guide(workspace, journey, DAY)
    shown = texts(guide.blocks)
    for sentence in CLOSING_QUESTIONS:
        assert in_language(language, sentence) in shown
    assert in_language(language, "Interview guide") in guide.subtitle
    if language == "da":
        assert not any(sentence in shown for sentence in CLOSING_QUESTIONS)
        assert "Notes" not in shown and "Touchpoints" not in shown


def test_what_the_map_assumes_is_shown_for_the_interview_to_check() -> None:
    journey = small_journey()
    journey.cards[1].expectations = "Pay in two clicks"
    sections = by_stage(interview_guide(Workspace(format="journey-editor", version=1),
                                        journey, DAY))
    facts = [b for b in sections["During"] if isinstance(b, Facts)]
    assert ("The map assumes they expect", "Pay in two clicks") in facts[0].pairs
    assert ("The map assumes they feel", "-2 frustrated") in facts[0].pairs
    assert ("Pain points", "Too many steps") in facts[0].pairs


@pytest.mark.parametrize(("name", "phase"), [
    ("Awareness", "before"), ("Undersøgelse", "before"), ("Checkout", "during"),
    ("Aankoop", "during"), ("Levering og brug", "after"), ("Käyttö", "after"),
    ("Stage 3", None)])
def test_a_stage_without_a_phase_takes_it_from_its_name(name: str, phase: str | None) -> None:
    assert stage_phase(Stage(id="s", name=name)) == phase


def test_the_phases_ask_different_questions() -> None:
    journey = small_journey()
    sections = by_stage(interview_guide(Workspace(format="journey-editor", version=1),
                                        journey, DAY))
    asked = [next(b for b in sections[s.name] if isinstance(b, Questions)).items
             for s in journey.stages]
    assert len({items[1] for items in asked}) == 3
    assert asked[2][0] == STAGE_QUESTIONS["after"][0].format("After")


# --- the survey ---------------------------------------------------------------------------

def test_the_survey_asks_about_the_key_touchpoints_only(
        retail: tuple[Workspace, Journey, str]) -> None:
    _, journey, language = retail
    guide = survey_guide(journey, DAY)
    key = [c.title for s in journey.stages for c, _ in touchpoints_in(journey, s)
           if c.key_touchpoint]
    assert touchpoint_titles(guide.blocks) == key and len(key) >= 2
    tags = [b.tag for b in guide.blocks if isinstance(b, Questions) and b.tag]
    assert tags == [item.metric for _ in key for item in ITEMS]
    shown = texts(guide.blocks)
    assert in_language(language, ITEMS[0].question).format(key[0]) in shown
    table = next(b for b in guide.blocks if isinstance(b, Table))
    assert table.header == RESULT_COLUMNS


def test_without_key_touchpoints_the_survey_asks_about_every_one() -> None:
    journey = small_journey()
    journey.cards[1].key_touchpoint = False
    guide = survey_guide(journey, DAY)
    assert touchpoint_titles(guide.blocks) == ["Ad", "Checkout", "Invoice"]
    assert any("No touchpoint is marked as key" in t for t in texts(guide.blocks))


def filled(sheet: str, values: list[str], date: str = "") -> bytes:
    """The results sheet with a value (and a date) in each row, as a spreadsheet saves it."""
    delimiter = ";" if ";" in sheet.splitlines()[0] else ","
    rows = list(csv.reader(io.StringIO(sheet), delimiter=delimiter))
    for row, value in zip(rows[1:], values, strict=True):
        row[3:5] = [value, date]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue().encode("utf-8")


@pytest.mark.parametrize("language", ["en", "da"])
def test_a_filled_results_sheet_imports_into_the_maps_metrics(language: str) -> None:
    journey = new_from_template("retail", language).journeys[0]
    sheet = results_csv(journey)
    assert (";" in sheet.splitlines()[0]) == (language == "da")  # as its spreadsheet expects
    metrics = [line.split(";" if language == "da" else ",")[2]
               for line in sheet.splitlines()[1:]]
    scores = {"CSAT": 4.25, "CES": 5.5}
    values = [str(scores[metric] - number * 0.125) for number, metric in enumerate(metrics)]
    if language == "da":
        values = [value.replace(".", ",") for value in values]  # a Danish spreadsheet's
    table = read_survey_csv(filled(sheet, values, "2026-12-01"), name="round-1.csv")
    assert table.missing == []
    planned, errors = plan_import(journey, table)
    assert errors == [] and len(planned) == len(metrics)
    for card_id, metric in planned:
        next(c for c in journey.cards if c.id == card_id).metrics.append(metric)
    key = [c for c in journey.cards if c.key_touchpoint]
    csat = latest_values(journey, "CSAT")
    assert set(csat) == {c.id for c in key}
    assert csat[key[0].id] == 4.25 and latest_values(journey, "CES")[key[0].id] == 5.375
    assert all(m.date == dt.date(2026, 12, 1) and m.source == "round-1.csv"
               for c in key for m in c.metrics if m.name in scores)


def test_the_results_sheet_finds_cards_whose_title_is_shared_or_changed() -> None:
    journey = small_journey()
    for card in journey.cards:
        card.key_touchpoint, card.title = True, "Same"
    sheet = results_csv(journey)
    planned, errors = plan_import(journey, read_survey_csv(filled(sheet, ["3"] * 6)))
    assert errors == []
    assert sorted({card for card, _ in planned}) == ["a", "b", "c"]
