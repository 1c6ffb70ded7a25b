"""A future-state map's survey: there is no experience yet to rate, so it asks how much
each moment would help and how easy it would be, never "how satisfied were you"; its
results still come back as the map's CSAT and CES."""

from __future__ import annotations

import pytest

from journey_editor.export.guide import guide_notes
from journey_editor.export.guide_blocks import Para, Questions
from journey_editor.export.guide_survey import FUTURE_ITEMS, ITEMS, result_rows, survey_guide
from journey_editor.i18n import translate_in
from journey_editor.model.types import Journey
from journey_editor.templates import new_from_template

PAST_INTRODUCTION = ("Think of your last experience with us. For each moment below, tick one "
                     "box per question.")


def future_retail(language: str) -> Journey:
    journey = new_from_template("retail", language).journeys[0]
    journey.state = "future"
    return journey


def asked(journey: Journey) -> list[str]:
    return [item for block in survey_guide(journey).blocks if isinstance(block, Questions)
            for item in block.items]


def said(journey: Journey) -> list[str]:
    return [block.text for block in survey_guide(journey).blocks if isinstance(block, Para)]


def wording(question: str) -> str:
    """The longest part of a question around its touchpoint ("How satisfied were you
    with", "kuinka tyytyväinen olit?")."""
    return max(question.split("{0}"), key=len)


def in_language(language: str, source: str) -> str:
    """A source in `language`, checked to be a real translation (the check's own guard)."""
    text = translate_in(language, "Guide", source)
    assert language == "en" or text != source, f"not translated into {language}: {source}"
    return text


@pytest.mark.parametrize("language", ["en", "sv", "da", "fi", "nl"])
def test_a_future_states_survey_asks_no_past_tense_question(language: str) -> None:
    journey = future_retail(language)
    questions = asked(journey)
    key = [card for card in journey.cards if card.key_touchpoint]
    assert len(questions) == len(ITEMS) * len(key) >= 4
    for item in ITEMS:  # "How satisfied were you with …", "How easy was it …"
        past = wording(in_language(language, item.question))
        assert not any(past in question for question in questions), past
    for item in FUTURE_ITEMS:
        expected = in_language(language, item.question).format(key[0].channel)
        assert expected in questions
    assert in_language(language, PAST_INTRODUCTION) not in said(journey)


def test_a_current_states_survey_still_asks_how_it_went() -> None:
    journey = new_from_template("retail", "sv").journeys[0]
    questions = asked(journey)
    satisfied = wording(in_language("sv", ITEMS[0].question))
    assert any(satisfied in question for question in questions)
    assert in_language("sv", PAST_INTRODUCTION) in said(journey)


def test_the_future_surveys_results_come_back_as_the_same_metrics() -> None:
    future = future_retail("da")
    assert [item.metric for item in FUTURE_ITEMS] == [item.metric for item in ITEMS]
    rows = result_rows(future)
    assert {row[2] for row in rows} == {"CSAT", "CES"} and len(rows) == len(asked(future))


def test_the_dialog_says_what_a_future_states_survey_asks() -> None:
    notes = guide_notes(future_retail("en"), survey=True)
    assert any("future state" in note and "would help" in note for note in notes)
    assert not any("future state" in note
                   for note in guide_notes(new_from_template("retail", "en").journeys[0], True))
