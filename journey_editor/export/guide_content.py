"""What the interview guide says: a journey turned into the interview the method asks for.

The method has the facilitator talk to customers (step 2), validate the map with them
(step 6) and come back as it changes (step 8). Per stage the guide asks the method's
four customer questions (the problem, where they looked, the decision, meeting the
company), fitted to the stage (`guide_questions`); per touchpoint, named as the
customer knows it (its channel), what they expected and felt, beside what the map
assumes so far; it carries the map's own open questions (its Questions lane) and
leaves room for notes. All in the map's language; a future-state map is tested as a
concept ("what would you…") rather than remembered. A map with more touchpoints than
one interview can cover asks about its key ones (`guide_blocks.fewer_touchpoints`).
"""

from __future__ import annotations

import datetime as dt

from journey_editor.export.guide_blocks import (
    Block,
    Facts,
    Guide,
    Heading,
    Lines,
    Para,
    Questions,
    Scale,
    Touchpoint,
    card_name,
    continued,
    customer_words,
    fewer_touchpoints,
    journey_name,
    open_questions,
    touchpoints_by_stage,
)
from journey_editor.export.guide_questions import all_stage_questions, is_future, stage_phase
from journey_editor.i18n import QT_TRANSLATE_NOOP, map_language, translate_map
from journey_editor.model.types import Card, Journey, Lane, Phase, Workspace


def _t(text: str) -> str:
    """A text of the guide in the map's language (`i18n.map_language`)."""
    return translate_map("Guide", text)


def _n(text: str) -> str:
    """Marks an English source for the catalogs; translated when the guide is built."""
    return QT_TRANSLATE_NOOP("Guide", text)


NOTE_LINES, STAGE_NOTE_LINES = 3, 4

PHASE_TITLES: dict[Phase, str] = {"before": "Before purchase", "during": "During purchase",
                                  "after": "After purchase"}

# Per touchpoint ({0}: the customer's word for it): expectation, whether it was met,
# the feeling (on the scale), the moments that stood out; and imagined, for a future state.
TOUCHPOINT_QUESTIONS = (
    _n("What did you expect from “{0}”?"),
    _n("Did it meet your expectations? What was missing, or too much?"),
    _n("How did you feel there? Point to the scale."),
    _n("What surprised or pleased you, and what annoyed you or got in your way?"),
)
FUTURE_TOUCHPOINT_QUESTIONS = (
    _n("What would you expect from “{0}”?"),
    _n("What would have to be there for it to work for you, and what would be too much?"),
    _n("How do you think you would feel there? Point to the scale."),
    _n("What would please you, and what would put you off?"),
)

CLOSING_QUESTIONS = (
    _n("Looking at the whole journey: which step did we miss, or put in the wrong order?"),
    _n("Which moment mattered most to you, and which would you change first?"),
    _n("Did anyone or anything outside our company play a part (friends, reviews, social "
       "media)?"),
    _n("May we contact you again when we change this journey?"),
)
FUTURE_CLOSING_QUESTIONS = (
    CLOSING_QUESTIONS[0],
    _n("Which moment would matter most to you, and what would you want us to get right "
       "first?"),
    _n("Whom or what outside our company would you listen to along the way (friends, "
       "reviews, social media)?"),
    CLOSING_QUESTIONS[3],
)

INTRODUCTION = _n("Ask the customer to tell the experience step by step, in their own words, "
                  "and take their point of view. The questions are prompts, not a script: "
                  "follow what they say.")
FUTURE_INTRODUCTION = _n("This map shows a journey that does not exist yet. Describe or show "
                         "each stage, then ask how the customer would act and feel there: the "
                         "questions test the idea, they do not ask for memories.")

EMOTION_SCALE = ("-3 angry", "-2 frustrated", "-1 uneasy", "0 neutral", "+1 content",
                 "+2 pleased", "+3 delighted")  # the inspector's words for a card's emotion


def interview_guide(workspace: Workspace, journey: Journey,
                    today: dt.date | None = None) -> Guide:
    """The interview guide of `journey`, in its language."""
    future = is_future(journey)
    with map_language(journey.language):
        name = journey_name(journey)
        kind = _t("Interview guide")
        guide = Guide("interview", name, f"{kind} \u00b7 {(today or dt.date.today()).isoformat()}",
                      f"{name} \u00b7 {kind}", journey.language)
        guide.blocks += front_matter(workspace, journey)
        guide.blocks += [Para(_t(FUTURE_INTRODUCTION if future else INTRODUCTION), muted=True),
                         *interviewee_fields()]
        every = touchpoints_by_stage(journey)
        touchpoints, fewer = fewer_touchpoints(every, key_first=True)
        if fewer:
            guide.blocks.append(Para(fewer, muted=True))
        questions = all_stage_questions(journey)
        for index, points in enumerate(touchpoints):
            guide.blocks += stage_blocks(journey, index, points, questions[index],
                                         left_out=bool(every[index]))
        if not journey.stages:
            guide.blocks.append(Para(_t("This journey has no stages yet."), muted=True))
        closing = FUTURE_CLOSING_QUESTIONS if future else CLOSING_QUESTIONS
        guide.blocks += [Heading(_t("Closing the interview")),
                         Questions(tuple(_t(q) for q in closing)),
                         Lines(STAGE_NOTE_LINES, _t("Notes"))]
    return guide


def front_matter(workspace: Workspace, journey: Journey) -> list[Block]:
    """The journey's goal and persona: what the interview is for and whom to ask."""
    pairs = [(translate_map("Inspector", "Goal"), journey.goal)]
    persona = next((p for p in workspace.personas if p.id == journey.persona), None)
    if persona is not None:
        who = ", ".join(part for part in (persona.name, persona.segment) if part.strip())
        pairs.append((translate_map("Inspector", "Persona"), who))
    filled = tuple((label, " ".join(value.split())) for label, value in pairs if value.strip())
    return [Facts(filled)] if filled else []


def interviewee_fields() -> list[Block]:
    return [Lines(1, _t("Interviewee")), Lines(1, _t("Date")), Lines(1, _t("Interviewer"))]


def stage_blocks(journey: Journey, index: int, touchpoints: list[Touchpoint],
                 questions: tuple[str, ...], left_out: bool = False) -> list[Block]:
    """A stage: its four customer `questions`, the map's open questions, its touchpoints
    (of which a big map's guide may have `left_out` some)."""
    stage = journey.stages[index]
    phase = stage_phase(stage)
    above = _t("Stage {0}").format(index + 1)
    if phase:
        above += " \u00b7 " + translate_map("Inspector", PHASE_TITLES[phase])
    name = " ".join(stage.name.split())
    blocks: list[Block] = [Heading(name, 1, above, continued(name))]
    if stage.description.strip():
        blocks.append(Para(" ".join(stage.description.split()), muted=True))
    blocks += [Heading(_t("Ask about this stage"), 2),
               Questions(questions)]
    asked = open_questions(journey, stage)
    if asked:
        blocks += [Heading(_t("Open questions from the map"), 2),
                   Questions(tuple(asked), numbered=False)]
    blocks.append(Heading(_t("Touchpoints"), 2))
    if not touchpoints:
        blocks.append(Para(_t("This guide leaves out the touchpoints of this stage (see the "
                              "note at the start): ask where the customer met us.") if left_out
                           else _t("No touchpoints in this stage yet: ask where the customer "
                                   "met us."), muted=True))
    for card, lane in touchpoints:
        blocks += touchpoint_blocks(card, lane, is_future(journey))
    blocks.append(Lines(STAGE_NOTE_LINES, _t("Notes on this stage")))
    return blocks


def touchpoint_blocks(card: Card, lane: Lane, future: bool) -> list[Block]:
    """One touchpoint, named as the customer would: what the map assumes (with the card's
    title, not to be read out), then the expectation and emotion questions."""
    words = customer_words(card)
    mark = _t("key touchpoint") if card.key_touchpoint else ""
    above = " \u00b7 ".join(part for part in (" ".join(lane.name.split()), mark) if part)
    blocks: list[Block] = [Heading(words, 3, above, continued(words))]
    assumed = map_assumes(card)
    if assumed:
        blocks.append(Facts(assumed, muted=True))
    questions = FUTURE_TOUCHPOINT_QUESTIONS if future else TOUCHPOINT_QUESTIONS
    expect, met, feel, moments = (_t(q).format(words) for q in questions)
    blocks += [Questions((expect, met, feel)),
               Scale(tuple(translate_map("Inspector", w) for w in EMOTION_SCALE)),
               Questions((moments,), start=4), Lines(NOTE_LINES)]
    return blocks


def map_assumes(card: Card) -> tuple[tuple[str, str], ...]:
    """What the map says so far about the touchpoint, for the interview to confirm."""
    feeling = ""
    if card.emotion is not None:
        feeling = translate_map("Inspector", EMOTION_SCALE[card.emotion + 3])
    title = card_name(card)
    pairs = ((_t("On the map (not to read out)"), "" if title == customer_words(card) else title),
             (_t("The map assumes they expect"), card.expectations),
             (_t("The map assumes they feel"), feeling),
             (translate_map("Inspector", "Pain points"), card.pain_points))
    return tuple((label, " ".join(text.split())) for label, text in pairs if text.strip())


__all__ = ["CLOSING_QUESTIONS", "FUTURE_CLOSING_QUESTIONS", "FUTURE_TOUCHPOINT_QUESTIONS",
           "TOUCHPOINT_QUESTIONS", "interview_guide", "stage_phase"]
