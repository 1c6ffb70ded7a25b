"""No stage question is asked word for word at two stages in a row, whatever the stages
are called: two stages of one name ("Checkout", "Checkout"), several in one phase, a
name shared by a stage and the one after the next, placeholders, in all five languages,
on current and future maps. Read from the guide itself, as the interviewer reads it."""

from __future__ import annotations

import itertools

import pytest

from journey_editor.export.guide_blocks import Questions
from journey_editor.export.guide_content import interview_guide
from journey_editor.model.types import Card, Journey, Lane, Phase, Stage, Workspace

LANGUAGES = ("en", "sv", "da", "fi", "nl")
NAMES = {
    "same": ["Checkout"] * 4,
    "pairs": ["Search", "Search", "Buy", "Buy", "Buy"],
    "every-other": ["Search", "Buy", "Search", "Buy", "Search"],
    "placeholders": ["Stage 1"] * 4,
}
PHASE_RUNS: dict[str, list[Phase | None]] = {
    "no-phase": [None] * 5, "one-phase": ["during"] * 5,
    "phase-each": ["before", "during", "after", "before", "during"],
    "mixed": ["before", "before", "after", "after", "after"],
}


def guide_questions(names: list[str], phases: list[Phase | None], language: str,
                    state: str, channel: bool) -> list[tuple[str, ...]]:
    """The four questions the guide shows for each stage, in order."""
    stages = [Stage(id=f"s{n}", name=name, phase=phase)
              for n, (name, phase) in enumerate(zip(names, phases, strict=False))]
    lane = Lane(id="web", name="Channels", kind="channel")
    cards = [Card(id=f"c{n}", lane="web", stage=stage.id, title="Shop", channel="Web shop")
             for n, stage in enumerate(stages)] if channel else []
    journey = Journey(id="j", name="Same names", state=state,  # type: ignore[arg-type]
                      language=language, stages=stages,  # type: ignore[arg-type]
                      lanes=[lane], cards=cards)
    guide = interview_guide(Workspace(format="journey-editor", version=1), journey)
    asked = [block.items for block in guide.blocks
             if isinstance(block, Questions) and len(block.items) == 4]
    assert len(asked) == len(stages) + 1  # and the closing questions
    return asked[:-1]


@pytest.mark.parametrize("state", ["current", "future"])
@pytest.mark.parametrize("names", NAMES)
def test_no_question_repeats_at_the_next_stage_whatever_the_names(names: str,
                                                                  state: str) -> None:
    checked = 0
    for language, run, channel in itertools.product(LANGUAGES, PHASE_RUNS, (False, True)):
        asked = guide_questions(NAMES[names], PHASE_RUNS[run], language, state, channel)
        for stage, (before, after) in enumerate(itertools.pairwise(asked), 2):
            repeated = set(before) & set(after)
            assert not repeated, (language, run, f"stage {stage}", repeated)
            checked += 1
    assert checked > 100


def test_two_checkout_stages_open_differently() -> None:
    """What was reported: the second of two stages of one name opened like the first."""
    first, second = guide_questions(["Checkout", "Checkout"], ["during", "during"], "en",
                                    "current", False)
    assert "Checkout" in first[0] and "Checkout" in second[0]
    assert first[0] != second[0]
