"""The questions an interview guide asks about a stage, fitted to that stage.

The method's four customer questions (what they wanted, where they went and how, what
made them decide, what they met of the company) are asked at every stage, but never
word for word the same at two stages in a row: the first stage of a phase opens it,
a later one builds on what came before; the second question names the channels the
map has at the stage, the third the stage that follows; where a question would come
back at the next stage, it alternates with a second wording, and whatever the stages
are called, a question that would still repeat the stage before's word for word takes
its other wording. A stage is named as a phase of the journey ("at the “Choice”
stage"), never as if it were a place ("at “Choice”"), and without saying "stage"
twice when its name says it already ("In “Stage 1”, …"). A future-state journey is
not remembered but imagined, so it gets the concept test's conditional instead ("what
would you…"). English sources here; translated into the map's language when asked.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from journey_editor.export.guide_blocks import customer_words, touchpoints_in
from journey_editor.i18n import QT_TRANSLATE_NOOP, translate_in, translate_map
from journey_editor.model.types import Journey, Phase, Stage

Position = Literal["first", "later"]  # the stage opens its phase, or follows one in it
Pair = tuple[str, str]  # two wordings of one question, for stages that follow each other


def _n(text: str) -> str:
    """Marks an English source for the catalogs; translated when the guide is built."""
    return QT_TRANSLATE_NOOP("Guide", text)


def _t(text: str) -> str:
    return translate_map("Guide", text)


# What the customer wanted at the stage ({0}: its name), and what they met of us there:
# by its phase, and whether it opens the phase or follows a stage of it.
FITTED: dict[tuple[Phase | None, Position], Pair] = {
    ("before", "first"): (
        _n("At the “{0}” stage, what problem were you trying to solve?"),
        _n("What did you see or hear of us at this point, and what stayed with you?")),
    ("before", "later"): (
        _n("By the time you got to the “{0}” stage, what did you already know, and what "
           "did you still need to find out?"),
        _n("What did you read or hear about us here, and from whom?")),
    ("during", "first"): (
        _n("During the “{0}” stage, what did you want to get done?"),
        _n("Whom did you deal with from our side, and how did it go?")),
    ("during", "later"): (
        _n("At the “{0}” stage, what had you already settled on, and what was still open?"),
        _n("Was there a moment here when you needed help from us? What happened?")),
    ("after", "first"): (
        _n("After the purchase, at the “{0}” stage, what did you need from us?"),
        _n("How did we stay in touch after you bought, and was it welcome?")),
    ("after", "later"): (
        _n("Later on, at the “{0}” stage, what mattered most to you?"),
        _n("When did you last hear from us, and did it help or get in the way?")),
    (None, "first"): (
        _n("In the “{0}” stage, what were you hoping to achieve?"),
        _n("Whom or what did you meet from our side here, and how did it go?")),
    (None, "later"): (
        _n("When you got to the “{0}” stage, what did you want to achieve next?"),
        _n("What did you notice of us here, and what was missing?")),
}
# Where they went, when the map names no channel at the stage.
WHERE: dict[Phase | None, Pair] = {
    "before": (_n("Where did you look for a product or a company that could solve it, and "
                  "how did you find us?"),
               _n("Where else did you look, and what did you find there?")),
    "during": (_n("Where did you go to buy, and how (in a store, online, by phone)?"),
               _n("Which way did you choose this time: a store, online or the phone? Why?")),
    "after": (_n("When you had a question or a problem, where did you turn, and how?"),
              _n("Whom did you contact at this point, if anyone, and how did you reach "
                 "them?")),
    None: (_n("Where did you go for it, and how?"),
           _n("Where did you turn at this point, and how did you get there?")),
}
WHERE_CHANNELS: Pair = (
    _n("Here you might have come across us through {0}. Which of them did you notice or "
       "use, and what else did you turn to?"),
    _n("At this stage you could find us through {0}. Which did you use, and why that one?"))
# What made them decide, at the journey's last stage (elsewhere: what took them on).
DECIDING: dict[Phase | None, str] = {
    "before": _n("What made you decide to look closer, or to look elsewhere?"),
    "during": _n("What made you decide to buy, and what nearly stopped you?"),
    "after": _n("What will decide whether you buy from us again or recommend us?"),
    None: _n("What made you decide to go on to the next step?"),
}
MOVING_ON: Pair = (
    _n("What made you move on to the next stage, “{0}”, and what almost stopped you?"),
    _n("Why did you go on to the “{0}” stage next, and what nearly held you back?"))

# A future-state journey: the same four, imagined.
FUTURE_OPENING: dict[Position, str] = {
    "first": _n("Imagine you have reached the “{0}” stage. What would you want to get "
                "done?"),
    "later": _n("Next comes the “{0}” stage. What would you expect to happen?"),
}
FUTURE_MEETING: Pair = (
    _n("What would make this stage better than today, and what would worry you?"),
    _n("What would you want from us at this point, and what would you rather do "
       "yourself?"))
FUTURE_WHERE: dict[Phase | None, Pair] = {
    "before": (_n("Where would you look for a solution, and how would you like to find us?"),
               _n("Where else would you look, and what would you hope to find there?")),
    "during": (_n("Where and how would you want to buy: in a store, online, by phone?"),
               _n("Which way would suit you here: a store, online or the phone? Why?")),
    "after": (_n("If you had a question or a problem, where would you turn, and how?"),
              _n("Whom would you want to contact at this point, and how would you reach "
                 "them?")),
    None: (_n("Where would you turn for this, and how?"),
           _n("Where would you turn at this point, and how would you get there?")),
}
FUTURE_WHERE_CHANNELS: Pair = (
    _n("Here you would come across us through {0}. Which of them would you use, and what "
       "would you miss?"),
    _n("At this stage you could find us through {0}. Which would you choose, and why?"))
FUTURE_MOVING_ON: Pair = (
    _n("What would make you move on to the next stage, “{0}”, and what could stop you?"),
    _n("Why would you go on to the “{0}” stage next, and what might hold you back?"))
FUTURE_DECIDING = _n("Would this make you come back to us or recommend us? Why?")

# The same questions for a stage whose name already says it is a stage ("Stage 1", "New
# stage", "Purchase phase"): "In the “Stage 1” stage" would say it twice.
SELF_NAMED: dict[str, str] = {
    FITTED[("before", "first")][0]: _n("At “{0}”, what problem were you trying to solve?"),
    FITTED[("before", "later")][0]: _n("By the time you got to “{0}”, what did you already "
                                       "know, and what did you still need to find out?"),
    FITTED[("during", "first")][0]: _n("During “{0}”, what did you want to get done?"),
    FITTED[("during", "later")][0]: _n("At “{0}”, what had you already settled on, and what "
                                       "was still open?"),
    FITTED[("after", "first")][0]: _n("After the purchase, at “{0}”, what did you need from "
                                      "us?"),
    FITTED[("after", "later")][0]: _n("Later on, at “{0}”, what mattered most to you?"),
    FITTED[(None, "first")][0]: _n("In “{0}”, what were you hoping to achieve?"),
    FITTED[(None, "later")][0]: _n("When you got to “{0}”, what did you want to achieve "
                                   "next?"),
    FUTURE_OPENING["first"]: _n("Imagine you have reached “{0}”. What would you want to get "
                                "done?"),
    FUTURE_OPENING["later"]: _n("Next comes “{0}”. What would you expect to happen?"),
    MOVING_ON[0]: _n("What made you move on to “{0}”, and what almost stopped you?"),
    MOVING_ON[1]: _n("Why did you go on to “{0}” next, and what nearly held you back?"),
    FUTURE_MOVING_ON[0]: _n("What would make you move on to “{0}”, and what could stop you?"),
    FUTURE_MOVING_ON[1]: _n("Why would you go on to “{0}” next, and what might hold you back?"),
}
# The words for a stage in each language the guide speaks, as they start or end a word
# of a stage's name ("steget", "Köpfas", "Ostovaihe"); "" is the interface's language,
# which could be any of them.
STAGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("stage", "phase", "step"), "sv": ("steg", "fas"), "da": ("fase", "trin"),
    "fi": ("vaihe",), "nl": ("fase", "stap"),
}
# The names the app gives a stage before anyone names it, in any of its languages.
PLACEHOLDERS = (("EditController", "New stage"), ("Guide", "Stage {0}"),
                ("Export", "Stage {0}"), ("Bridges", "Stage {0}"))

CHANNELS_NAMED = 3  # a longer list is not something to read aloud
QUOTE = _n("“{0}”")  # a channel's name in the language's quotation marks (»{0}« in Danish)

# Word stems that tell a stage's phase from its name when it has none set, in the five
# languages the app ships (stage names of the templates and common journey models).
PHASE_STEMS: dict[Phase, tuple[str, ...]] = {
    "during": ("buy", "purchas", "checkout", "order", "choos", "select", "evaluat", "decid",
               "køb", "valg", "bestil", "köp", "val", "beställ", "osto", "valin", "tilau",
               "koop", "aankoop", "bestel", "keuze", "kassa"),
    "after": ("deliver", "use", "usage", "support", "onboard", "renew", "return", "loyal",
              "after", "help", "lever", "brug", "hjælp", "opstart", "fornyel", "använd",
              "hjälp", "förnyel", "toimitu", "käyt", "tuki", "uusim", "gebruik", "hulp",
              "verleng", "nazorg"),
    "before": ("aware", "inspir", "discover", "research", "need", "search", "consider",
               "problem", "behov", "opdag", "undersøg", "upptäck", "undersök", "tarve",
               "tutki", "löytä", "etsi", "bewust", "zoek", "onderzoek", "oriënt", "behoefte"),
}


def stage_phase(stage: Stage) -> Phase | None:
    """The stage's phase, or the one its name suggests, or None when neither tells."""
    if stage.phase:
        return stage.phase
    words = stage.name.casefold().replace("-", " ").split()
    for phase, stems in PHASE_STEMS.items():
        if any(word.startswith(stem) for word in words for stem in stems):
            return phase
    return None


def is_future(journey: Journey) -> bool:
    return journey.state == "future"


def all_stage_questions(journey: Journey) -> list[tuple[str, ...]]:
    """The four questions of each of the journey's stages, in the map's language. Each
    question has two wordings, the stage's own first: where that one would repeat word
    for word what the stage before asked (two stages of one name, or of one phase),
    the other one is asked instead."""
    asked: list[tuple[str, ...]] = []
    for index in range(len(journey.stages)):
        before = asked[-1] if asked else ("",) * 4
        asked.append(tuple(wordings[1] if wordings[0] == previous else wordings[0]
                           for wordings, previous in zip(_wordings(journey, index), before,
                                                         strict=True)))
    return asked


def stage_questions(journey: Journey, index: int) -> tuple[str, ...]:
    """The four questions for the journey's stage at `index` (see `all_stage_questions`)."""
    return all_stage_questions(journey)[index]


def _wordings(journey: Journey, index: int) -> tuple[Pair, Pair, Pair, Pair]:
    """The two wordings of each of the stage's four questions, the preferred first: by
    the stage's number (`turn`), or, for what they met of us, by its place in its phase's
    run of stages (the first of a run gets the phase's opening wording)."""
    stage = journey.stages[index]
    phase = stage_phase(stage)
    name = " ".join(stage.name.split())
    run = _run_length(journey, index)
    position: Position = "first" if run == 0 else "later"
    following = journey.stages[index + 1] if index + 1 < len(journey.stages) else None
    future, turn = is_future(journey), index % 2
    openings: Pair
    meetings: Pair
    if future:
        openings = FUTURE_OPENING[position], FUTURE_OPENING[_other(position)]
        meetings = FUTURE_MEETING[turn], FUTURE_MEETING[1 - turn]
    else:
        mine: Position = "first" if run % 2 == 0 else "later"
        openings = FITTED[(phase, position)][0], FITTED[(phase, _other(position))][0]
        meetings = FITTED[(phase, mine)][1], FITTED[(phase, _other(mine))][1]
    wheres = (_where(journey, stage, phase, future, turn),
              _where(journey, stage, phase, future, 1 - turn))
    return (_both_named(openings, name, journey.language), wheres,
            _moving_on(following, phase, future, journey.language),
            (_t(meetings[0]), _t(meetings[1])))


def _other(position: Position) -> Position:
    return "later" if position == "first" else "first"


def _run_length(journey: Journey, index: int) -> int:
    """How many stages right before the one at `index` are of its phase."""
    phase = stage_phase(journey.stages[index])
    count = 0
    while index - count > 0 and stage_phase(journey.stages[index - count - 1]) == phase:
        count += 1
    return count


def _where(journey: Journey, stage: Stage, phase: Phase | None, future: bool,
           turn: int) -> str:
    channels = list(dict.fromkeys(customer_words(card)
                                  for card, _ in touchpoints_in(journey, stage)))
    if not channels:
        return _t((FUTURE_WHERE if future else WHERE)[phase][turn])
    named = [_t(QUOTE).format(channel) for channel in channels[:CHANNELS_NAMED]]
    listed = named[0] if len(named) == 1 else _t("{0} or {1}").format(", ".join(named[:-1]),
                                                                     named[-1])
    return _t((FUTURE_WHERE_CHANNELS if future else WHERE_CHANNELS)[turn]).format(listed)


def _moving_on(following: Stage | None, phase: Phase | None, future: bool,
               language: str) -> Pair:
    if following is None:
        deciding = _t(FUTURE_DECIDING if future else DECIDING[phase])
        return deciding, deciding  # the last stage's: no other stage follows to repeat it
    name = " ".join(following.name.split())
    return _both_named(FUTURE_MOVING_ON if future else MOVING_ON, name, language)


def _both_named(questions: Pair, name: str, language: str) -> Pair:
    """The two wordings of a question about the stage called `name`, in the map's
    language, without the word for a stage when the name says it already."""
    said = tuple(SELF_NAMED[question] if names_a_stage(name, language) else question
                 for question in questions)
    return _t(said[0]).format(name), _t(said[1]).format(name)


def names_a_stage(name: str, language: str) -> bool:
    """Whether a stage's name says it is a stage: a word of it starts or ends with the
    word for one in `language` ("Purchase stage", "Köpfas"; any language's for "", the
    interface's), or it is the name the app gives a new stage, in any language ("Stage 3",
    "Ny fase")."""
    words = name.casefold().replace("-", " ").split()
    stems = STAGE_WORDS.get(language) or tuple(w for ws in STAGE_WORDS.values() for w in ws)
    return (any(word.startswith(stems) or word.endswith(stems) for word in words)
            or any(pattern.fullmatch(name.casefold()) for pattern in _placeholders()))


@cache
def _placeholders() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(re.escape(translate_in(language, context, text).casefold())
                            .replace(re.escape("{0}"), r"\d+"))
                 for language in STAGE_WORDS for context, text in PLACEHOLDERS)


__all__ = ["PHASE_STEMS", "all_stage_questions", "is_future", "names_a_stage", "stage_phase",
           "stage_questions"]
