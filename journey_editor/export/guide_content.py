"""What the interview guide says: a journey turned into the interview the method asks for.

The method has the facilitator talk to customers (step 2), validate the map with them
(step 6) and come back as it changes (step 8). Per stage the guide asks the method's
four customer questions (the problem, where they looked, the decision, meeting the
company), phrased for the stage's phase; per touchpoint it asks what the customer
expected and felt, beside what the map assumes so far; it carries the map's own open
questions (its Questions lane) and leaves room for notes. All in the map's language.
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
    card_name,
    journey_name,
    open_questions,
    touchpoints_in,
)
from journey_editor.i18n import QT_TRANSLATE_NOOP, map_language, translate_map
from journey_editor.model.types import Card, Journey, Lane, Phase, Stage, Workspace


def _t(text: str) -> str:
    """A text of the guide in the map's language (`i18n.map_language`)."""
    return translate_map("Guide", text)


def _n(text: str) -> str:
    """Marks an English source for the catalogs; translated when the guide is built."""
    return QT_TRANSLATE_NOOP("Guide", text)


NOTE_LINES, STAGE_NOTE_LINES = 3, 4

# The four customer questions of the method (where do I go, and how, when I have a
# problem / look for a solution / decide to buy / meet the company after buying), each
# phrased for the part of the purchase a stage belongs to. {0} is the stage's name.
STAGE_QUESTIONS: dict[Phase | None, tuple[str, str, str, str]] = {
    "before": (
        _n("When you reached “{0}”, what problem did you want to solve?"),
        _n("Where did you look for a product or a company that could solve it, and how did "
           "you find us?"),
        _n("What made you decide to look closer, or to look elsewhere?"),
        _n("What did you see or hear of us at this point, and what stayed with you?")),
    "during": (
        _n("At “{0}”, what did you need to get done?"),
        _n("Where did you go to buy, and how (in a store, online, by phone)?"),
        _n("What made you decide to buy, and what nearly stopped you?"),
        _n("Whom did you deal with from our side, and how did it go?")),
    "after": (
        _n("After the purchase, at “{0}”, what did you need from us?"),
        _n("When you had a question or a problem, where did you turn, and how?"),
        _n("What will decide whether you buy from us again or recommend us?"),
        _n("How did we stay in touch after you bought, and was it welcome?")),
    None: (
        _n("At “{0}”, what did you want to achieve?"),
        _n("Where did you go for it, and how?"),
        _n("What made you decide to go on to the next step?"),
        _n("Whom or what did you meet from our side here, and how did it go?")),
}

PHASE_TITLES: dict[Phase, str] = {"before": "Before purchase", "during": "During purchase",
                                  "after": "After purchase"}

# Word stems that tell a stage's phase from its name when it has none set, in the five
# languages the app ships (stage names of the templates and common journey models).
PHASE_STEMS: dict[Phase, tuple[str, ...]] = {
    "during": ("buy", "purchas", "checkout", "order", "choos", "select", "evaluat", "decid",
               "køb", "valg", "bestil", "köp", "val", "beställ", "osto", "valin", "tilau",
               "koop", "aankoop", "bestel", "keuze", "kassa"),
    "after": ("deliver", "use", "usage", "support", "onboard", "renew", "return", "loyal",
              "after", "help", "lever", "brug", "hjælp", "opstart", "fornyel", "använd",
              "hjälp", "förnyel", "toimitu", "käyt", "tuki", "uusi", "gebruik", "hulp",
              "verleng", "nazorg"),
    "before": ("aware", "inspir", "discover", "research", "need", "search", "consider",
               "problem", "behov", "opdag", "undersøg", "upptäck", "undersök", "tarve",
               "tutki", "löytä", "etsi", "bewust", "zoek", "onderzoek", "oriënt", "behoefte"),
}

TOUCHPOINT_QUESTIONS = (
    _n("What did you expect from “{0}”?"),
    _n("Did it meet your expectations? What was missing, or too much?"),
    _n("How did you feel there? Point to the scale."),
    _n("What surprised or pleased you, and what annoyed you or got in your way?"),
)

CLOSING_QUESTIONS = (
    _n("Looking at the whole journey: which step did we miss, or put in the wrong order?"),
    _n("Which moment mattered most to you, and which would you change first?"),
    _n("Did anyone or anything outside our company play a part (friends, reviews, social "
       "media)?"),
    _n("May we contact you again when we change this journey?"),
)

EMOTION_SCALE = ("-3 angry", "-2 frustrated", "-1 uneasy", "0 neutral", "+1 content",
                 "+2 pleased", "+3 delighted")  # the inspector's words for a card's emotion


def stage_phase(stage: Stage) -> Phase | None:
    """The stage's phase, or the one its name suggests, or None when neither tells."""
    if stage.phase:
        return stage.phase
    words = stage.name.casefold().replace("-", " ").split()
    for phase, stems in PHASE_STEMS.items():
        if any(word.startswith(stem) for word in words for stem in stems):
            return phase
    return None


def interview_guide(workspace: Workspace, journey: Journey,
                    today: dt.date | None = None) -> Guide:
    """The interview guide of `journey`, in its language."""
    with map_language(journey.language):
        name = journey_name(journey)
        kind = _t("Interview guide")
        guide = Guide("interview", name, f"{kind} \u00b7 {(today or dt.date.today()).isoformat()}",
                      f"{name} \u00b7 {kind}", journey.language)
        guide.blocks += front_matter(workspace, journey)
        guide.blocks += [Para(_t("Ask the customer to tell the experience step by step, in "
                                 "their own words, and take their point of view. The questions "
                                 "are prompts, not a script: follow what they say."), muted=True),
                         *interviewee_fields()]
        for number, stage in enumerate(journey.stages, 1):
            guide.blocks += stage_blocks(journey, stage, number)
        if not journey.stages:
            guide.blocks.append(Para(_t("This journey has no stages yet."), muted=True))
        guide.blocks += [Heading(_t("Closing the interview")),
                         Questions(tuple(_t(q) for q in CLOSING_QUESTIONS)),
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


def stage_blocks(journey: Journey, stage: Stage, number: int) -> list[Block]:
    """A stage: its four customer questions, the map's open questions, its touchpoints."""
    phase = stage_phase(stage)
    above = _t("Stage {0}").format(number)
    if phase:
        above += " \u00b7 " + translate_map("Inspector", PHASE_TITLES[phase])
    name = " ".join(stage.name.split())
    blocks: list[Block] = [Heading(name, 1, above)]
    if stage.description.strip():
        blocks.append(Para(" ".join(stage.description.split()), muted=True))
    blocks += [Heading(_t("Ask about this stage"), 2),
               Questions(tuple(_t(q).format(name) for q in STAGE_QUESTIONS[phase]))]
    asked = open_questions(journey, stage)
    if asked:
        blocks += [Heading(_t("Open questions from the map"), 2),
                   Questions(tuple(asked), numbered=False)]
    touchpoints = touchpoints_in(journey, stage)
    blocks.append(Heading(_t("Touchpoints"), 2))
    if not touchpoints:
        blocks.append(Para(_t("No touchpoints in this stage yet: ask where the customer "
                              "met us."), muted=True))
    for card, lane in touchpoints:
        blocks += touchpoint_blocks(card, lane)
    blocks.append(Lines(STAGE_NOTE_LINES, _t("Notes on this stage")))
    return blocks


def touchpoint_blocks(card: Card, lane: Lane) -> list[Block]:
    """One touchpoint: what the map assumes, then the expectation and emotion questions."""
    title = card_name(card)
    where = " \u00b7 ".join(part for part in (" ".join(lane.name.split()), card.channel.strip())
                            if part)
    mark = _t("key touchpoint") if card.key_touchpoint else ""
    blocks: list[Block] = [Heading(title, 3, " \u00b7 ".join(p for p in (where, mark) if p))]
    assumed = map_assumes(card)
    if assumed:
        blocks.append(Facts(assumed, muted=True))
    expect, met, feel, moments = (_t(q).format(title) for q in TOUCHPOINT_QUESTIONS)
    blocks += [Questions((expect, met, feel)),
               Scale(tuple(translate_map("Inspector", w) for w in EMOTION_SCALE)),
               Questions((moments,), start=4), Lines(NOTE_LINES)]
    return blocks


def map_assumes(card: Card) -> tuple[tuple[str, str], ...]:
    """What the map says so far about the touchpoint, for the interview to confirm."""
    feeling = ""
    if card.emotion is not None:
        feeling = translate_map("Inspector", EMOTION_SCALE[card.emotion + 3])
    pairs = ((_t("The map assumes they expect"), card.expectations),
             (_t("The map assumes they feel"), feeling),
             (translate_map("Inspector", "Pain points"), card.pain_points))
    return tuple((label, " ".join(text.split())) for label, text in pairs if text.strip())


__all__ = ["interview_guide", "stage_phase"]
