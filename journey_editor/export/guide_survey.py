"""The survey variant of the guide: satisfaction and effort items for the key touchpoints,
and the results sheet that the survey import reads back into the map's metrics.

The loop the method asks for (measure satisfaction at the key touchpoints, track it over
time) closes here: the results sheet and `results_csv` use exactly the column names
that `model.survey.detect_mapping` recognises (touchpoint, metric, value, date) and
the card's id in the touchpoint column, so a sheet filled with each item's average and
imported with File > Import Survey Results adds a "CSAT" and a "CES" metric to the
right cards, whatever their titles have become since. The metric names are the
industry's abbreviations, the same in every language, so that rounds taken in two
languages compare on the same heat overlay. The customer never reads them: the survey
asks plain questions and names each touchpoint as the customer knows it (its channel,
"Interior magazines", rather than the company's card title "PR"). A future-state map
has no experience to rate: its survey asks how much each moment would help and how
easy it would be, under the same two metrics.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from journey_editor.export.guide_blocks import (
    Block,
    Guide,
    Heading,
    Lines,
    Para,
    Questions,
    Scale,
    Table,
    card_name,
    continued,
    customer_words,
    fewer_touchpoints,
    journey_name,
    touchpoints_by_stage,
)
from journey_editor.export.guide_questions import is_future
from journey_editor.i18n import QT_TRANSLATE_NOOP, map_language, translate_map
from journey_editor.model.types import Card, Journey, Stage


def _t(text: str) -> str:
    """A text of the guide in the map's language (`i18n.map_language`)."""
    return translate_map("Guide", text)


def _n(text: str) -> str:
    """Marks an English source for the catalogs; translated when the guide is built."""
    return QT_TRANSLATE_NOOP("Guide", text)


# The survey import's column names (model.survey.ALIASES), in the order of the sheet.
# "title" is there for the person typing the results in; the import ignores it because
# "touchpoint" names the card already.
RESULT_COLUMNS = ("touchpoint", "title", "metric", "value", "date")


@dataclass(frozen=True)
class SurveyItem:
    metric: str  # the name the result is stored under on the card (the sheet's, not shown)
    question: str  # English source, {0}: the touchpoint as the customer knows it
    points: int
    low: str  # what the lowest point means
    high: str


ITEMS = (
    SurveyItem("CSAT", _n("How satisfied were you with “{0}”?"), 5,
               _n("very dissatisfied"), _n("very satisfied")),
    SurveyItem("CES", _n("How easy was it to do what you wanted through “{0}”?"), 7,
               _n("very difficult"), _n("very easy")),
)
# A future-state map's survey tests an idea: the same metrics, asked as expectations.
FUTURE_ITEMS = (
    SurveyItem("CSAT", _n("How much would “{0}” help you?"), 5,
               _n("not at all"), _n("very much")),
    SurveyItem("CES", _n("How easy do you think it would be to do what you want through "
                         "“{0}”?"), 7, _n("very difficult"), _n("very easy")),
)
COMMENT_LINES = 2
DECIMAL_COMMA = frozenset({"sv", "da", "fi", "nl"})


@dataclass(frozen=True)
class Surveyed:
    """What the survey asks about: the touchpoints, and the lines that say which."""

    touchpoints: list[tuple[Stage, Card]]
    notes: list[str]  # in the language of `translate_map`


def surveyed(journey: Journey) -> Surveyed:
    """The key touchpoints, in map order, or every touchpoint when none is marked key;
    never more than one survey can ask about (`guide_blocks.fewer_touchpoints`)."""
    every = touchpoints_by_stage(journey)
    key = [[point for point in points if point[0].key_touchpoint] for points in every]
    notes = []
    if not any(key) and any(every):
        key = every
        notes.append(_t("No touchpoint is marked as key yet, so the survey asks about every "
                        "one. Mark the key touchpoints on the map to keep it short."))
    kept, fewer = fewer_touchpoints(key, key_first=False)
    return Surveyed([(stage, card) for stage, points in zip(journey.stages, kept, strict=True)
                     for card, _ in points], [*notes, fewer] if fewer else notes)


def survey_guide(journey: Journey, today: dt.date | None = None) -> Guide:
    """The survey of `journey`'s key touchpoints, in its language, ending with the
    results sheet for the facilitator."""
    with map_language(journey.language):
        name = journey_name(journey)
        kind = _t("Customer survey")
        guide = Guide("survey", name, f"{kind} \u00b7 {(today or dt.date.today()).isoformat()}",
                      f"{name} \u00b7 {kind}", journey.language)
        chosen = surveyed(journey)
        future = is_future(journey)
        guide.blocks.append(Para(_t("Imagine the moments below as we plan them. For each "
                                    "one, tick one box per question.") if future else
                                 _t("Think of your last experience with us. For each moment "
                                    "below, tick one box per question.")))
        guide.blocks += [Para(note, muted=True) for note in chosen.notes]
        names = named(chosen.touchpoints)
        for (stage, _), words in zip(chosen.touchpoints, names, strict=True):
            guide.blocks += item_blocks(stage, words, FUTURE_ITEMS if future else ITEMS)
        guide.blocks += results_sheet(journey)
    return guide


def named(touchpoints: list[tuple[Stage, Card]]) -> list[str]:
    """Each touchpoint as the customer knows it (its channel); by its title instead where
    two would read the same ("Store" for the store and its sales staff)."""
    words = [customer_words(card) for _, card in touchpoints]
    return [said if words.count(said) == 1 else card_name(card)
            for said, (_, card) in zip(words, touchpoints, strict=True)]


def item_blocks(stage: Stage, words: str, items: tuple[SurveyItem, ...]) -> list[Block]:
    """One touchpoint's survey items, plain questions (their metric names are the results
    sheet's), and room for a comment."""
    blocks: list[Block] = [Heading(words, 3, " ".join(stage.name.split()), continued(words))]
    for item in items:
        hint = _t("1 = {0}, {1} = {2}").format(_t(item.low), item.points, _t(item.high))
        blocks += [Questions((_t(item.question).format(words),), numbered=False),
                   Scale(tuple(str(point) for point in range(1, item.points + 1)), hint)]
    blocks.append(Lines(COMMENT_LINES, _t("Comments")))
    return blocks


def result_rows(journey: Journey) -> list[tuple[str, ...]]:
    """The results sheet's rows: one per touchpoint and item, value and date empty (a
    future state's items are stored under the same metrics, in the same order)."""
    return [(card.id, card_name(card), item.metric, "", "")
            for _, card in surveyed(journey).touchpoints for item in ITEMS]


def results_sheet(journey: Journey) -> list[Block]:
    rows = result_rows(journey)
    if not rows:
        return []
    return [Heading(_t("Results sheet (for the facilitator)")),
            Para(_t("Enter each item's average score in the value column (and the date of "
                    "the survey), save the sheet as CSV and bring it into the map with File > "
                    "Import Survey Results. Keep the column names and the touchpoint ids as "
                    "they are: they tell the import which card each result belongs to.")),
            Table(RESULT_COLUMNS, tuple(rows))]


def results_csv(journey: Journey) -> str:
    """The results sheet as CSV text, ready to fill in and import: separated by semicolons
    for a map in a language written with a decimal comma, as a spreadsheet set to it
    expects (the import finds the separator in the header line)."""
    with map_language(journey.language):  # the untitled cards' title column
        rows = result_rows(journey)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n",
                        delimiter=";" if journey.language in DECIMAL_COMMA else ",")
    writer.writerow(RESULT_COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


__all__ = ["FUTURE_ITEMS", "ITEMS", "RESULT_COLUMNS", "Surveyed", "results_csv", "survey_guide",
           "surveyed"]
