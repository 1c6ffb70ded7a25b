"""The interview and survey guide's content: per stage the four customer questions fitted
to it, the map's open questions, every touchpoint with its questions, named as the
customer knows it; in the map's language; a future state's concept test; a big map's
key touchpoints only; the survey's results sheet read back by the survey import."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from journey_editor.bridges.survey_csv import read_survey_csv
from journey_editor.export.guide_blocks import (
    MAX_TOUCHPOINTS,
    Block,
    Facts,
    Guide,
    Heading,
    Lines,
    Para,
    Questions,
    Scale,
    Table,
    customer_words,
    open_questions,
    touchpoints_in,
)
from journey_editor.export.guide_content import (
    CLOSING_QUESTIONS,
    FUTURE_CLOSING_QUESTIONS,
    FUTURE_TOUCHPOINT_QUESTIONS,
    TOUCHPOINT_QUESTIONS,
    interview_guide,
    stage_phase,
)
from journey_editor.export.guide_questions import FITTED, FUTURE_OPENING
from journey_editor.export.guide_survey import (
    ITEMS,
    RESULT_COLUMNS,
    results_csv,
    survey_guide,
)
from journey_editor.i18n import translate_in
from journey_editor.model.survey import latest_values, plan_import
from journey_editor.model.types import Journey, Stage, Workspace
from journey_editor.templates import list_templates, new_from_template
from tests.benchmarks.bigmap import big_workspace
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
            found += block.items
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


def stage_questions_shown(guide: Guide, stage: Stage) -> tuple[str, ...]:
    """The questions right under the stage's "Ask about this stage"."""
    return next(b for b in by_stage(guide)[stage.name] if isinstance(b, Questions)).items


def test_each_stage_asks_four_questions_that_name_it_in_its_phase(
        retail: tuple[Workspace, Journey, str]) -> None:
    workspace, journey, language = retail
    guide = interview_guide(workspace, journey, DAY)
    for number, stage in enumerate(journey.stages):
        asked = stage_questions_shown(guide, stage)
        assert len(asked) == 4 and stage.name in asked[0], stage.name
        later = number > 0 and journey.stages[number - 1].phase == stage.phase
        opening = FITTED[(stage.phase, "later" if later else "first")][0]
        assert asked[0] == in_language(language, opening).format(stage.name)
        phase = translate_in(language, "Inspector", {"before": "Before purchase",
                                                     "during": "During purchase",
                                                     "after": "After purchase"}[stage.phase])
        assert any(phase in text for text in texts(by_stage(guide)[stage.name]))


@pytest.mark.parametrize("state", ["current", "future"])
@pytest.mark.parametrize("template", [(t.name, t.language) for t in list_templates()
                                      if t.language in ("en", "da")], ids=str)
def test_no_two_stages_are_asked_the_same_questions(template: tuple[str, str],
                                                    state: str) -> None:
    """Not even two stages of one phase: the reviewer found Discover and Research, Choose
    and Buy each asked the same four questions back to back."""
    workspace = new_from_template(*template)
    for journey in workspace.journeys:
        journey.state = state  # type: ignore[assignment]  # a JourneyState
        guide = interview_guide(workspace, journey, DAY)
        asked = [stage_questions_shown(guide, stage) for stage in journey.stages]
        assert len(set(asked)) == len(asked) >= 3
        for before, after in zip(asked, asked[1:], strict=False):
            assert not set(before) & set(after), after  # repeated word for word


def test_the_next_stage_and_the_stages_channels_are_named() -> None:
    workspace = new_from_template("retail", "en")
    journey = workspace.journeys[0]
    asked = stage_questions_shown(interview_guide(workspace, journey, DAY), journey.stages[0])
    assert "“Research”" in asked[2]  # what took them on to the next stage
    channels = [customer_words(card) for card, _ in touchpoints_in(journey, journey.stages[0])]
    assert f"“{channels[0]}”" in asked[1] and "PR" not in asked[1]


def test_each_stage_lists_its_touchpoints_in_the_customers_words(
        retail: tuple[Workspace, Journey, str]) -> None:
    workspace, journey, language = retail
    sections = by_stage(interview_guide(workspace, journey, DAY))
    listed = 0
    for stage in journey.stages:
        cards = [card for card, _ in touchpoints_in(journey, stage)]
        words = [card.channel or card.title for card in cards]
        assert touchpoint_titles(sections[stage.name]) == words
        shown = texts(sections[stage.name])
        for said in words:
            assert in_language(language, TOUCHPOINT_QUESTIONS[0]).format(said) in shown
        feel = in_language(language, TOUCHPOINT_QUESTIONS[2])
        assert shown.count(feel) == len(cards)
        listed += len(cards)
    assert listed == len([c for c in journey.cards
                          if next(lane for lane in journey.lanes
                                  if lane.id == c.lane).kind == "channel"]) > 20


def test_a_cards_title_is_only_in_the_interviewers_notes(
        retail: tuple[Workspace, Journey, str]) -> None:
    workspace, journey, language = retail
    sections = by_stage(interview_guide(workspace, journey, DAY))
    stage = journey.stages[0]
    pr = touchpoints_in(journey, stage)[3][0]  # "PR", whose channel is the magazines
    assert pr.channel and pr.title not in pr.channel
    notes = [pair for b in sections[stage.name] if isinstance(b, Facts) for pair in b.pairs]
    assert (in_language(language, "On the map (not to read out)"), pr.title) in notes
    read_out = [item for b in sections[stage.name] if isinstance(b, Questions)
                for item in b.items]
    assert not any(f"{pr.title}" in item.replace(pr.channel, "") for item in read_out)


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
    guide = interview_guide(Workspace(format="journey-editor", version=1), journey, DAY)
    asked = [stage_questions_shown(guide, stage) for stage in journey.stages]
    assert len({items[3] for items in asked}) == 3
    assert asked[2][0] == FITTED[("after", "first")][0].format("After")


@pytest.mark.parametrize("language", ["en", "da"])
def test_a_future_state_is_tested_as_an_idea_not_remembered(language: str) -> None:
    workspace = new_from_template("retail", language)
    journey = workspace.journeys[0]
    journey.state = "future"
    guide = interview_guide(workspace, journey, DAY)
    shown = texts(guide.blocks)
    first = journey.stages[0]
    assert stage_questions_shown(guide, first)[0] == in_language(
        language, FUTURE_OPENING["first"]).format(first.name)
    card = touchpoints_in(journey, first)[0][0]
    assert in_language(language, FUTURE_TOUCHPOINT_QUESTIONS[0]).format(card.channel) in shown
    assert in_language(language, FUTURE_CLOSING_QUESTIONS[1]) in shown
    remembered = [in_language(language, q) for q in (*TOUCHPOINT_QUESTIONS[1:],
                                                     CLOSING_QUESTIONS[1])]
    assert not set(remembered) & set(shown)
    assert not any(in_language(language, FITTED[(s.phase, p)][0]).format(s.name) in shown
                   for s in journey.stages for p in ("first", "later"))


# --- the survey ---------------------------------------------------------------------------

def test_the_survey_asks_about_the_key_touchpoints_only(
        retail: tuple[Workspace, Journey, str]) -> None:
    _, journey, language = retail
    guide = survey_guide(journey, DAY)
    key = [c for s in journey.stages for c, _ in touchpoints_in(journey, s) if c.key_touchpoint]
    assert touchpoint_titles(guide.blocks) == [c.channel for c in key] and len(key) >= 2
    shown = texts(guide.blocks)
    for item in ITEMS:
        assert in_language(language, item.question).format(key[0].channel) in shown
    table = next(b for b in guide.blocks if isinstance(b, Table))
    assert table.header == RESULT_COLUMNS
    assert [row[1:3] for row in table.rows] == [(c.title, i.metric) for c in key for i in ITEMS]


def test_the_customer_reads_plain_questions_and_no_card_titles(
        retail: tuple[Workspace, Journey, str]) -> None:
    """The metric names and the company's card titles are for the facilitator's results
    sheet; the customer sees the touchpoints by their channels and plain questions."""
    _, journey, _ = retail
    guide = survey_guide(journey, DAY)
    sheet = guide.blocks.index(next(b for b in guide.blocks if isinstance(b, Heading)
                                    and b.level == 1))
    customer = " ".join(texts(guide.blocks[:sheet]))
    assert "CSAT" not in customer and "CES" not in customer
    for card in (c for c in journey.cards if c.key_touchpoint):
        assert card.title not in customer.replace(card.channel, "")


def test_two_touchpoints_of_one_channel_are_told_apart_by_their_titles() -> None:
    journey = small_journey()
    for card in journey.cards:
        card.key_touchpoint, card.channel = True, "Web shop"
    journey.cards[2].channel = "Letter"
    assert touchpoint_titles(survey_guide(journey, DAY).blocks) == ["Ad", "Checkout", "Letter"]


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


# --- a big map ------------------------------------------------------------------------------

def test_a_big_maps_guide_asks_about_its_key_touchpoints_and_says_so() -> None:
    workspace = big_workspace(2000, 200)
    journey = workspace.journeys[0]
    guide = interview_guide(workspace, journey, DAY)
    asked = [b for b in guide.blocks if isinstance(b, Heading) and b.level == 3]
    assert 0 < len(asked) <= MAX_TOUCHPOINTS
    key = {customer_words(c) for c in journey.cards if c.key_touchpoint}
    assert {b.text for b in asked} <= key
    assert all(stage.name in by_stage(guide) for stage in journey.stages)  # every stage still
    said = [b.text for b in guide.blocks if isinstance(b, Para) and "too many" in b.text]
    assert len(said) == 1 and f"asks about {len(asked)} of them" in said[0]


def test_a_map_of_a_few_key_touchpoints_among_many_asks_about_those() -> None:
    workspace = big_workspace(600, 0, stages=6, lanes=12)
    journey = workspace.journeys[0]
    for number, card in enumerate(journey.cards):
        card.key_touchpoint = number % 50 == 0
    guide = interview_guide(workspace, journey, DAY)
    asked = [b.text for b in guide.blocks if isinstance(b, Heading) and b.level == 3]
    key = [c for s in journey.stages for c, _ in touchpoints_in(journey, s) if c.key_touchpoint]
    assert asked == [customer_words(c) for c in key] and 0 < len(key) <= MAX_TOUCHPOINTS
    assert any(f"its {len(key)} key touchpoints only" in t for t in texts(guide.blocks))
    survey = survey_guide(journey, DAY)
    assert len([b for b in survey.blocks if isinstance(b, Heading) and b.level == 3]) == len(key)
