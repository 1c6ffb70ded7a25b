"""The pieces an interview or survey guide is made of, shared by its three writers.

A guide is a flat list of blocks (headings, paragraphs, questions, scales, room for
notes, a table): `guide_content` and `guide_survey` decide what it says, in the map's
language; `guide_pdf`, `guide_markdown` and `guide_docx` decide only how each block
looks. No Qt, no reportlab here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from journey_editor.i18n import translate_map
from journey_editor.model.types import Card, Journey, Lane, Stage

GuideKind = Literal["interview", "survey"]


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: a stage or a part, 2: a group of questions, 3: a touchpoint
    above: str = ""  # a muted line over it: "Stage 2 · During purchase"
    # The muted line that names it atop a page its questions flow on to, where the
    # heading itself is a page back: "Website (continued)". Writers that lay out their
    # own pages (Word) cannot tell where that is.
    continued: str = ""


@dataclass(frozen=True)
class Para:
    text: str
    muted: bool = False  # the facilitator's hints and what the map already says


@dataclass(frozen=True)
class Facts:
    """Label: value lines (the journey's goal, what the map says about a touchpoint)."""

    pairs: tuple[tuple[str, str], ...]
    muted: bool = False


@dataclass(frozen=True)
class Questions:
    items: tuple[str, ...]
    numbered: bool = True
    start: int = 1  # the first item's number, to go on after a scale


@dataclass(frozen=True)
class Scale:
    """Boxes to tick, one per point, each with its label ("1", "+3 delighted")."""

    points: tuple[str, ...]
    hint: str = ""  # "1 = very dissatisfied, 5 = very satisfied"


@dataclass(frozen=True)
class Lines:
    """Empty lines to write on: notes, or a field to fill in when `label` is set."""

    count: int
    label: str = ""


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Para | Facts | Questions | Scale | Lines | Table


@dataclass
class Guide:
    """What a guide says, ready for a writer."""

    kind: GuideKind
    title: str  # the journey's name
    subtitle: str  # "Interview guide · 2026-12-03"
    header: str  # the running header of each page: "Buying a sofa · Interview guide"
    language: str  # the map's, that the words are in ("" is the interface's)
    blocks: list[Block] = field(default_factory=list)


# --- what the guide reads from a journey -----------------------------------------------------

Touchpoint = tuple[Card, Lane]
MAX_TOUCHPOINTS = 40  # more is not one interview, and a guide of hundreds of pages


def touchpoints_by_stage(journey: Journey) -> list[list[Touchpoint]]:
    """Each stage's touchpoint cards (in channel lanes), in lane order as the map reads."""
    order = {lane.id: (number, lane) for number, lane in enumerate(journey.lanes)
             if lane.kind == "channel"}
    found: dict[str, list[tuple[int, Card, Lane]]] = {stage.id: [] for stage in journey.stages}
    for card in journey.cards:
        if card.lane in order and card.stage in found:
            number, lane = order[card.lane]
            found[card.stage].append((number, card, lane))
    return [[(card, lane) for _, card, lane in sorted(found[stage.id], key=lambda f: f[0])]
            for stage in journey.stages]


def touchpoints_in(journey: Journey, stage: Stage) -> list[Touchpoint]:
    return touchpoints_by_stage(journey)[journey.stages.index(stage)]


def fewer_touchpoints(per_stage: list[list[Touchpoint]],
                      key_first: bool) -> tuple[list[list[Touchpoint]], str]:
    """The touchpoints a guide can ask about, and a line saying which when not all:
    the key ones when there are too many (`key_first`), and at most `MAX_TOUCHPOINTS`,
    the first of each stage, or of stages spread over the journey when it has more
    stages than that. The line is in the language of `translate_map`."""
    total = sum(map(len, per_stage))
    key = [[point for point in points if point[0].key_touchpoint] for points in per_stage]
    marked = sum(map(len, key))
    if total <= MAX_TOUCHPOINTS:
        return per_stage, ""
    if key_first and 0 < marked <= MAX_TOUCHPOINTS:
        return key, translate_map("Guide", "This map has {0} touchpoints, too many for one "
                                  "interview: the guide asks about its {1} key touchpoints "
                                  "only.").format(total, marked)
    chosen = key if marked else per_stage
    share = max(1, MAX_TOUCHPOINTS // max(1, len(per_stage)))
    kept = [points[:share] for points in chosen]
    if sum(map(len, kept)) > MAX_TOUCHPOINTS:
        kept = _spread(kept)
        said = (translate_map("Guide", "There are {0} key touchpoints in {2} stages, too many "
                              "for one guide: it asks about one in each of {1} stages spread "
                              "over the journey and leaves out the other {3}.") if marked else
                translate_map("Guide", "There are {0} touchpoints in {2} stages, too many for "
                              "one guide: it asks about one in each of {1} stages spread over "
                              "the journey and leaves out the other {3}. Mark the key "
                              "touchpoints on the map to choose them."))
    else:
        said = (translate_map("Guide", "There are {0} key touchpoints, too many for one "
                              "guide: it asks about {1} of them, the first of each stage.")
                if marked else
                translate_map("Guide", "There are {0} touchpoints, too many for one guide: it "
                              "asks about {1} of them, the first of each stage. Mark the key "
                              "touchpoints on the map to choose them."))
    asked = sum(map(len, kept))
    return kept, said.format(marked or total, asked, len(per_stage), (marked or total) - asked)


def _spread(kept: list[list[Touchpoint]]) -> list[list[Touchpoint]]:
    """One touchpoint each from `MAX_TOUCHPOINTS` of the stages that have one, spread
    evenly from the first to the last (a guide that stopped halfway would never ask
    about the purchase's end)."""
    having = [index for index, points in enumerate(kept) if points]
    last = len(having) - 1  # more than MAX_TOUCHPOINTS - 1, so no stage is picked twice
    picked = {having[round(number * last / (MAX_TOUCHPOINTS - 1))]
              for number in range(MAX_TOUCHPOINTS)}
    return [points[:1] if index in picked else [] for index, points in enumerate(kept)]


def open_questions(journey: Journey, stage: Stage) -> list[str]:
    """The customer's questions the map holds for the stage: the cards of its Questions
    lanes (preset "questions"), each as its title, with its notes after a colon."""
    lanes = {lane.id for lane in journey.lanes if lane.preset == "questions"}
    return [": ".join(part for part in (" ".join(card.title.split()), " ".join(card.notes.split()))
                      if part)
            for card in journey.cards if card.stage == stage.id and card.lane in lanes
            and (card.title.strip() or card.notes.strip())]


def customer_words(card: Card) -> str:
    """How a customer would name the touchpoint: its channel ("Interior magazines") when
    the map says it, else its title ("PR" is the company's word, not the customer's)."""
    return " ".join(card.channel.split()) or card_name(card)


def continued(name: str) -> str:
    """The line atop a page that goes on with a stage or a touchpoint: in the language of
    `translate_map`."""
    return translate_map("Guide", "{0} (continued)").format(name)


def card_name(card: Card) -> str:
    return " ".join(card.title.split()) or translate_map("Export", "Untitled touchpoint")


def journey_name(journey: Journey) -> str:
    return " ".join(journey.name.split()) or translate_map("Export", "Untitled journey")


__all__ = ["MAX_TOUCHPOINTS", "Block", "Facts", "Guide", "GuideKind", "Heading", "Lines", "Para",
           "Questions", "Scale", "Table", "Touchpoint", "card_name", "continued", "customer_words",
           "fewer_touchpoints", "journey_name", "open_questions", "touchpoints_by_stage",
           "touchpoints_in"]
