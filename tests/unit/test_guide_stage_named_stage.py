"""A stage whose name already says it is a stage ("Stage 1", "New stage", "Købsfase")
is asked about without the word for a stage beside it: never "In the “Stage 1”
stage…", in any of the five languages, on current and future maps; a name that does
not say it keeps being named as a stage ("at the “Choose” stage")."""

from __future__ import annotations

import re

import pytest

from journey_editor.export.guide_blocks import Questions
from journey_editor.export.guide_content import interview_guide
from journey_editor.export.guide_questions import FITTED, SELF_NAMED
from journey_editor.i18n import translate_in
from journey_editor.model.types import Journey, Phase, Stage, Workspace

LANGUAGES = ("en", "sv", "da", "fi", "nl")
# The guide's words for a stage, in any form ("steget", "fasen", "vaiheeseen").
STAGE_WORD = {"en": r"\bstages?\b", "sv": r"\bsteg(et)?\b", "da": r"\bfase(n|r)?\b",
              "fi": r"\bvaihe\w*", "nl": r"\bfasen?\b"}
# Names a team writes that carry the word themselves, by language.
OWN_WORDS = {"en": ["Purchase stage", "Phase 3"], "sv": ["Köpfas", "Steg 4"],
             "da": ["Købsfase", "Trin 4"], "fi": ["Ostovaihe"], "nl": ["Aankoopfase"]}
PHASES: list[Phase | None] = [None, "before", "during", "after"]


def placeholders(language: str) -> list[str]:
    """The names the app gives stages nobody has named yet, in the map's language."""
    return [translate_in(language, "Guide", "Stage {0}").format(1),
            translate_in(language, "Guide", "Stage {0}").format(2),
            translate_in(language, "EditController", "New stage")]


def stage_questions_of(language: str, names: list[str], state: str,
                       phases: list[Phase | None]) -> list[str]:
    """Every stage question of the guide of a map with stages of these names."""
    stages = [Stage(id=f"s{n}", name=name, phase=phases[n % len(phases)])
              for n, name in enumerate(names)]
    journey = Journey(id="j", name="Names", state=state,  # type: ignore[arg-type]
                      language=language, stages=stages)  # type: ignore[arg-type]
    guide = interview_guide(Workspace(format="journey-editor", version=1), journey)
    return [item for block in guide.blocks if isinstance(block, Questions)
            and len(block.items) == 4 for item in block.items]


def quoted(language: str, name: str) -> str:
    return translate_in(language, "Guide", "“{0}”").format(name)


@pytest.mark.parametrize("state", ["current", "future"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_stage_that_says_it_is_one_is_not_called_a_stage_again(language: str,
                                                                  state: str) -> None:
    names = [*placeholders(language), *OWN_WORDS[language], "Stage 7"]  # an English one too
    for phases in ([None], ["before", "during", "after"], ["during", "during", "after"]):
        mentioned = 0
        for question in stage_questions_of(language, names, state, phases):
            for name in names:
                if quoted(language, name) not in question:
                    continue
                mentioned += 1
                rest = question.replace(quoted(language, name), "")
                assert not re.search(STAGE_WORD[language], rest, re.I), question
        assert mentioned >= 2 * len(names) - 1  # each its own, and the next one's


@pytest.mark.parametrize("language", LANGUAGES)
def test_other_names_are_still_named_as_stages(language: str) -> None:
    names = ["Qwerty", "Asdf", "Zxcv"]
    asked = stage_questions_of(language, names, "current", PHASES)
    with_name = [q for q in asked if any(quoted(language, n) in q for n in names)]
    assert with_name and all(re.search(STAGE_WORD[language], q, re.I) for q in with_name)


def test_the_placeholder_reads_naturally_in_english() -> None:
    asked = stage_questions_of("en", ["Stage 1", "Stage 2"], "current", [None])
    assert asked[0] == "In “Stage 1”, what were you hoping to achieve?"
    assert asked[2] == "What made you move on to “Stage 2”, and what almost stopped you?"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_placeholder_suggests_no_phase_of_the_purchase(language: str) -> None:
    """A new stage is asked about as a stage of no phase ("Uusi vaihe" is "new stage",
    not "renewal": its guide opened "Oston jälkeen…", after the purchase)."""
    unphased = translate_in(language, "Guide", SELF_NAMED[FITTED[(None, "first")][0]])
    for name in placeholders(language):
        assert stage_questions_of(language, [name], "current", [None])[0] == \
            unphased.format(name)
