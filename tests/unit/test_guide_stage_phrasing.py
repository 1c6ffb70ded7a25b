"""How the interview guide puts its stage questions, in all five languages: a stage is
named as a phase of the journey ("at the “Choice” stage"), never as a place ("at
“Choice”"); the word-for-word wordings a native reviewer flagged are gone; and no
question is asked word for word at two stages in a row, on current and future maps."""

from __future__ import annotations

import re

import pytest

from journey_editor.export.guide_blocks import Questions
from journey_editor.export.guide_content import interview_guide
from journey_editor.export.guide_questions import stage_questions
from journey_editor.i18n import map_language, translate_in
from journey_editor.model.types import Card, Journey, Lane, Phase, Stage
from journey_editor.templates import new_from_template

LANGUAGES = ("en", "sv", "da", "fi", "nl")
# A quoted stage name with the language's word for a stage right beside it.
AS_A_STAGE = {
    "en": r"the {0} stage|next stage, {0}",
    "sv": r"steget {0}|nästa steg, {0}",
    "da": r"fasen {0}|næste fase, {0}",
    "fi": r"vaihee?\w*,? {0}",
    "nl": r"fase,? {0}",
}
# The same name put as a place: what the team noticed ("vid ”Val”").
AS_A_PLACE = {"en": r"\b(at|to|reached) {0}", "sv": r"\b(vid|till) {0}",
              "da": r"\b(ved|til) {0}", "fi": r"^$", "nl": r"\bbij {0}"}
# Word-for-word wordings the review replaced, by language.
LITERAL = {
    "sv": ("var nära att hålla dig tillbaka", "var nära att stoppa dig", "Kartan antar att",
           "upplevelse med oss", "möta oss genom"),
    "da": ("var lige ved at holde dig tilbage", "Kortet antager, at", "møde os gennem"),
    "fi": ("pidätellä", "kohdata meidät", "kokemustasi kanssamme"),
    "nl": ("De kaart neemt aan dat", "De afsluiting van", "Hoe voelde je je daar?"),
}


def asked(journey: Journey) -> list[tuple[str, ...]]:
    """Each stage's four questions, in the map's language."""
    with map_language(journey.language):
        return [stage_questions(journey, index) for index in range(len(journey.stages))]


def quoted(language: str, name: str) -> str:
    return re.escape(translate_in(language, "Guide", "“{0}”").format(name))


def unphased(language: str) -> Journey:
    """The retail journey with no phases and stage names that suggest none."""
    journey = new_from_template("retail", language).journeys[0]
    for number, stage in enumerate(journey.stages):
        stage.phase, stage.name = None, f"Qwerty {number + 1}"
    return journey


@pytest.mark.parametrize("state", ["current", "future"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_stage_is_named_as_a_phase_of_the_journey_not_a_place(language: str,
                                                                state: str) -> None:
    for journey in (new_from_template("retail", language).journeys[0], unphased(language)):
        journey.state = state  # type: ignore[assignment]  # a JourneyState
        named = 0
        for stage, questions in zip(journey.stages, asked(journey), strict=True):
            for question in questions:
                for mentioned in journey.stages:
                    name = quoted(language, mentioned.name)
                    if not re.search(name, question):
                        continue
                    named += 1
                    assert re.search(AS_A_STAGE[language].format(name), question, re.I), question
                    assert not re.search(AS_A_PLACE[language].format(name), question), question
            assert stage.name in questions[0]
        assert named >= 2 * len(journey.stages) - 1  # its own name, and the next stage's


@pytest.mark.parametrize("language", ["sv", "da", "fi", "nl"])
def test_the_word_for_word_wordings_are_gone(language: str) -> None:
    workspace = new_from_template("retail", language)
    journey = workspace.journeys[0]
    shown = []
    for state in ("current", "future"):
        journey.state = state
        guide = interview_guide(workspace, journey)
        shown += [str(block) for block in guide.blocks]
    text = "\n".join(shown)
    assert journey.stages[0].name in text
    for wording in LITERAL[language]:
        assert wording not in text, wording


def stage(number: int, phase: Phase | None) -> Stage:
    return Stage(id=f"s{number}", name=f"Step {number}", phase=phase)


def journey_of(phases: list[Phase | None], channels: list[list[str]], state: str) -> Journey:
    """Stages of the given phases, each with touchpoints of the given channels."""
    lane = Lane(id="web", name="Channels", kind="channel")
    cards = [Card(id=f"c{number}-{n}", lane="web", stage=f"s{number}", title=f"T{n}",
                  channel=channel)
             for number, names in enumerate(channels) for n, channel in enumerate(names)]
    return Journey(id="j", name="Edge cases", state=state,  # type: ignore[arg-type]
                   stages=[stage(number, phase) for number, phase in enumerate(phases)],
                   lanes=[lane], cards=cards)


@pytest.mark.parametrize("state", ["current", "future"])
@pytest.mark.parametrize(("phases", "channels"), [
    (["during"] * 5, [[]] * 5),  # one phase, no channels: the same slot five times
    (["before", "during", "after", "before", "during"], [["Web shop"]] * 5),  # same channels
    ([None] * 4, [["Phone", "Store"]] * 4),
    (["before", "before", "after", "after", "after"], [[], ["Web"], [], [], ["Web"]]),
], ids=["one-phase", "phase-each", "no-phase", "mixed"])
def test_no_question_is_asked_at_two_stages_in_a_row(phases: list[Phase | None],
                                                     channels: list[list[str]],
                                                     state: str) -> None:
    for language in LANGUAGES:
        journey = journey_of(phases, channels, state)
        journey.language = language  # type: ignore[assignment]  # a MapLanguage
        questions = asked(journey)
        for before, after in zip(questions, questions[1:], strict=False):
            assert not set(before) & set(after), (language, after)


def test_the_guide_shows_the_stage_questions_it_is_given() -> None:
    """The alternation reaches the guide itself, not only the question function."""
    workspace = new_from_template("blank", "en")
    journey = journey_of(["during"] * 3, [[]] * 3, "future")
    guide = interview_guide(workspace, journey)
    shown = [b.items for b in guide.blocks if isinstance(b, Questions) and len(b.items) == 4]
    assert shown[:3] == asked(journey)
