"""Mermaid `journey` diagrams: export a journey, import one as a new journey.

Export: `title` is the journey name, one `section` per stage (in stage order, empty
ones too, so the stages survive a round trip), one task per card, every lane's, lane by
lane within each stage as the map reads down a column. A task's first actor is its
card's lane (Mermaid draws each actor in a colour of its own), the others its owners:

    Card title: score: Social and media, Team A, Team B

`%%` comments at the top (Mermaid skips them) say so and how emotions became scores,
then list the lanes (`%% lane KIND PRESET ZONE: NAME`), which import reads back: with
such a list, a task whose first actor names a listed lane goes into that lane.

Score: Mermaid draws 1 (sad) .. 5 (happy), we store emotion -3 .. +3, so
`score = round((emotion + 3) * 4 / 6) + 1` (-3 -> 1, -2 and -1 -> 2, 0 -> 3,
+1 and +2 -> 4, +3 -> 5) and a card without an emotion gets the neutral 3. Import
maps back with `emotion = (score - 1) * 6 / 4 - 3` rounded half away from zero
(1 -> -3, 2 -> -2, 3 -> 0, 4 -> +2, 5 -> +3): a round trip keeps the score, not
always the exact emotion. In a listed lane that is not a channel lane (goals,
questions, ideas...), where cards rarely carry an emotion, a 3 reads back as none.

Mermaid's lexer ends a task name at ':', '#' and ';', takes '%%' as a comment, and
reads a task starting with `title `, `section ` or `journey` as that keyword; export
rewrites those characters and puts an invisible zero-width space before such a
title so the output always parses (import removes it again).
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import cast, get_args

from journey_editor.bridges.errors import BridgeError, decode_text
from journey_editor.i18n import translate
from journey_editor.model.types import (
    MAX_CARDS,
    MAX_LIST,
    MAX_NAME,
    MAX_TEXT,
    Card,
    Journey,
    Lane,
    LaneKind,
    Stage,
    Workspace,
    Zone,
    new_id,
    new_workspace,
)

MAX_MERMAID_BYTES = 16 * 2**20
NEUTRAL_SCORE = 3
_GUARD = "\u200b"  # zero-width space: not whitespace to Mermaid, so keywords stop matching
_KEYWORD_START = re.compile(r"(?i)^(journey|title\s|section\s|acctitle\s*:|accdescr\s*[:{])")
_ACCESSIBILITY = re.compile(r"(?i)^acc(title|descr)\s*[:{]")
_INDENT_SECTION, _INDENT_TASK = "    ", "      "
_KINDS, _ZONES = get_args(LaneKind), get_args(Zone)
# `%% lane KIND PRESET ZONE: NAME`, a lane of an exported journey ('-': no preset).
_LANE_LINE = re.compile(rf"^\s*%%\s*lane\s+({'|'.join(_KINDS)})\s+([a-z0-9_]{{1,40}}|-)\s+"
                        rf"({'|'.join(_ZONES)})\s*:\s*(.+?)\s*$")


def _t(text: str) -> str:
    return translate("Bridges", text)


def emotion_to_score(emotion: int | None) -> int:
    if emotion is None:
        return NEUTRAL_SCORE
    return round((emotion + 3) * 4 / 6) + 1


def score_to_emotion(score: float) -> int:
    level = (score - 1) * 6 / 4 - 3
    return int(math.copysign(math.floor(abs(level) + 0.5), level))


def clean(text: str, *, colons: bool = False) -> str:
    """One line Mermaid reads back as written: ';' becomes ',', '#' and '%%' go, runs
    of whitespace become one space and, unless `colons` are allowed (titles), ': '
    becomes ' - ' and any other ':' a '.'."""
    if not colons:
        text = re.sub(r"\s*:\s+", " - ", text).replace(":", ".")
    text = text.replace(";", ",").replace("#", "")
    while "%%" in text:
        text = text.replace("%%", "%")
    return " ".join(text.split())


def _task_name(title: str) -> str:
    name = clean(title) or _t("Untitled")
    return _GUARD + name if _KEYWORD_START.match(name) else name


def _actors(owner: str) -> list[str]:
    return [actor for actor in (part.strip() for part in clean(owner).split(",")) if actor]


def _lane_actors(lanes: list[Lane]) -> dict[str, str]:
    """Each lane's name as one actor (no comma), unique within the journey."""
    actors: dict[str, str] = {}
    for number, lane in enumerate(lanes, start=1):
        base = " ".join(clean(lane.name).replace(",", " ").split()) or _t("Lane {0}").format(
            number)
        name, copy = base, 1
        while name in actors.values():
            copy += 1
            name = f"{base} ({copy})"
        actors[lane.id] = name
    return actors


def _header(journey: Journey, actors: dict[str, str]) -> list[str]:
    notes = [_t("Journey Editor export: each section is a stage, each task a card; a task's "
                "first actor is the card's lane, the others are its owners."),
             _t("Score = emotion on Mermaid's 1..5 scale: -3 -> 1, -2 and -1 -> 2, 0 -> 3, "
                "+1 and +2 -> 4, +3 -> 5; a card without an emotion scores 3."),
             _t("The lanes, for import back into Journey Editor:")]
    lanes = [f"lane {lane.kind} {lane.preset or '-'} {lane.zone}: {actors[lane.id]}"
             for lane in journey.lanes]
    return [f"%% {' '.join(note.split())}" for note in notes + lanes]


def export_mermaid(journey: Journey) -> str:
    """Every card of the journey as Mermaid `journey` text (newline-terminated)."""
    actors = _lane_actors(journey.lanes)
    row = {lane.id: i for i, lane in enumerate(journey.lanes)}
    cards = sorted(journey.cards, key=lambda c: row[c.lane])  # down a stage, as on the map
    lines = [*_header(journey, actors), "journey"]
    title = clean(journey.name, colons=True)
    if title:
        lines.append(f"{_INDENT_SECTION}title {title}")
    description = " ".join(journey.description.split())
    if description:
        lines.append(f"{_INDENT_SECTION}accDescr: {description}")
    for number, stage in enumerate(journey.stages, start=1):
        lines.append(f"{_INDENT_SECTION}section {clean(stage.name) or _stage_name(number)}")
        lines.extend(_task_line(card, actors[card.lane]) for card in cards
                     if card.stage == stage.id)
    return "\n".join(lines) + "\n"


def _task_line(card: Card, lane: str) -> str:
    actors = ", ".join([lane, *_actors(card.owner)])
    return f"{_INDENT_TASK}{_task_name(card.title)}: {emotion_to_score(card.emotion)}: {actors}"


def _stage_name(number: int) -> str:
    return _t("Stage {0}").format(number)


class _Reader:
    """Builds a journey from Mermaid lines; every refusal names the line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = ""
        self.description = ""
        self.stages: list[Stage] = []
        self.cards: list[Card] = []
        self.lane = Lane(id=new_id("lane"), name=_t("Touchpoints"), kind="channel",
                         preset="touchpoints", zone="frontstage")
        self.listed: dict[str, Lane] = {}  # an export's `%% lane` lines, by actor name
        self.lane_used = False  # whether a task went into the Touchpoints lane

    def fail(self, number: int, problem: str) -> BridgeError:
        return BridgeError(self.path, number, problem)

    def statement(self, number: int, line: str) -> None:
        keyword, *more = line.split(maxsplit=1)
        keyword, rest = keyword.lower(), more[0] if more else ""
        if keyword == "journey" and not rest:
            raise self.fail(number, _t("a second 'journey' line"))
        if keyword == "title" and rest:
            self.name = self.text(number, rest.strip(), MAX_NAME)
        elif keyword == "section" and rest:
            self.section(number, rest.strip())
        else:
            self.task(number, line)

    def listed_lane(self, number: int, match: re.Match[str]) -> None:
        kind, preset, zone, name = match.groups()
        if len(self.listed) >= MAX_LIST:
            raise self.fail(number, _t("more than {0} lanes").format(MAX_LIST))
        if name in self.listed:
            raise self.fail(number, _t("the lane '{0}' is listed twice").format(name))
        # The pattern admits only LaneKind's and Zone's values.
        self.listed[name] = Lane(id=new_id("lane"), name=self.text(number, name, MAX_NAME),
                                 kind=cast(LaneKind, kind), zone=cast(Zone, zone),
                                 preset="" if preset == "-" else preset)

    def text(self, number: int, text: str, limit: int) -> str:
        if len(text) > limit:
            raise self.fail(number, _t("longer than {0} characters").format(limit))
        return text

    def section(self, number: int, name: str) -> None:
        if ":" in name:
            raise self.fail(number, _t("a section name cannot contain ':'"))
        if len(self.stages) >= MAX_LIST:
            raise self.fail(number, _t("more than {0} sections").format(MAX_LIST))
        self.stages.append(Stage(id=new_id("stage"), name=self.text(number, name, MAX_NAME)))

    def task(self, number: int, line: str) -> None:
        name, colon, data = line.partition(":")
        if not colon:
            raise self.fail(number, _t("expected 'section NAME' or 'Task name: score: actors'"))
        name = name.strip().lstrip(_GUARD)
        if not name:
            raise self.fail(number, _t("the task has no name before ':'"))
        pieces = data.split(":")
        if len(pieces) > 2:
            raise self.fail(number, _t("too many ':' (a task is 'Task name: score: actors')"))
        score = self.score(number, pieces[0].strip())
        actors = [a.strip() for a in pieces[1].split(",") if a.strip()] if len(pieces) == 2 else []
        if len(self.cards) >= MAX_CARDS:
            raise self.fail(number, _t("more than {0} tasks").format(MAX_CARDS))
        if not self.stages:  # Mermaid allows tasks before the first section
            self.stages.append(Stage(id=new_id("stage"), name=_stage_name(1)))
        lane = self.listed.get(actors[0]) if actors else None
        owners = actors[1:] if lane else actors
        self.lane_used |= lane is None
        # An export gave cards without an emotion a 3; outside touchpoints that is their rule.
        emotion = (None if lane and lane.kind != "channel" and score == NEUTRAL_SCORE
                   else score_to_emotion(score))
        self.cards.append(Card(
            id=new_id("card"), stage=self.stages[-1].id, lane=(lane or self.lane).id,
            title=self.text(number, name, MAX_NAME), emotion=emotion,
            owner=self.text(number, ", ".join(owners), MAX_NAME)))

    def score(self, number: int, text: str) -> float:
        try:
            score = float(text)
        except ValueError:
            score = math.nan
        if not 1 <= score <= 5:  # also refuses nan
            raise self.fail(number, _t("the score '{0}' is not a number from 1 to 5").format(text))
        return score

    def journey(self, default_name: str) -> Journey:
        lanes = list(self.listed.values())
        if self.lane_used or not lanes:
            lanes.append(self.lane)
        return Journey(id=new_id("journey"), name=self.name or default_name[:MAX_NAME],
                       description=self.description, stages=self.stages, lanes=lanes,
                       cards=self.cards)


def _not_a_journey() -> str:
    return _t("this is not a Mermaid journey (it must start with 'journey')")


def _content(raw: str) -> str:
    """A line without its comments ('%%' or '#' to the end) and surrounding spaces."""
    for marker in ("%%", "#"):
        raw = raw.split(marker, 1)[0]
    return raw.strip()


def _skip_front_matter(reader: _Reader, lines: list[str]) -> int:
    """Index of the first line after a `---` ... `---` block; reads its `title:` if any."""
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if first == len(lines) or lines[first].strip() != "---":
        return 0
    for index in range(first + 1, len(lines)):
        key, _, value = lines[index].partition(":")
        if lines[index].strip() == "---":
            return index + 1
        if key.strip() == "title":
            reader.name = value.strip().strip("\"'")[:MAX_NAME]
    # Taking the whole diagram for front matter would import nothing and say nothing.
    raise reader.fail(first + 1, _t("the front matter '---' is never closed by a second '---'"))


def mermaid_to_journey(text: str, path: str | Path) -> Journey:
    """A journey from Mermaid `journey` text: stages from sections, a card per task, in
    the lanes an export listed (by the task's first actor), else in one channel lane
    "Touchpoints". Comments, blank lines and indentation are fine.
    A diagram with neither a section nor a task is refused: it would import nothing."""
    path = Path(path)
    reader = _Reader(path)
    lines = text.splitlines()
    start = _skip_front_matter(reader, lines)
    header_seen = False
    block: list[str] | None = None  # the lines of an `accDescr { ... }` being read
    opened = 0  # the line that opened it
    for number, raw in enumerate(lines[start:], start=start + 1):
        if block is not None:
            block.append(raw.split("}", 1)[0].strip())
            if "}" in raw:
                reader.description = " ".join(filter(None, block))[:MAX_TEXT]
                block = None
            continue
        stripped = raw.strip()
        if _ACCESSIBILITY.match(stripped):
            block, opened = _accessibility(reader, stripped), number
            continue
        listed = _LANE_LINE.match(raw)
        if listed:
            reader.listed_lane(number, listed)
            continue
        line = _content(raw)
        if not line:
            continue
        if ";" in line:
            raise reader.fail(number, _t("Mermaid does not allow ';' here"))
        if not header_seen:
            if line.lower() != "journey":
                raise reader.fail(number, _not_a_journey())
            header_seen = True
            continue
        reader.statement(number, line)
    if block is not None:
        raise reader.fail(opened, _t("the 'accDescr {' block is never closed with '}'"))
    if not header_seen:
        raise BridgeError(path, None, _not_a_journey())
    if not reader.stages and not reader.cards:
        raise BridgeError(path, None,
                          _t("the diagram has no section and no task: nothing to import"))
    return reader.journey(path.stem)


def _accessibility(reader: _Reader, line: str) -> list[str] | None:
    """Reads `accDescr: text` or a one-line `accDescr { text }` into the description
    (an `accTitle` is dropped); returns the lines so far when a `{` block goes on."""
    keyword, colon, value = line.partition(":")
    if colon and keyword.strip().lower() == "accdescr":
        reader.description = value.strip()[:MAX_TEXT]
        return None
    if "{" not in line:
        return None
    inside = line.split("{", 1)[1]
    if "}" in inside:
        reader.description = inside.split("}", 1)[0].strip()[:MAX_TEXT]
        return None
    return [inside.strip()]


def import_mermaid(data: bytes, path: str | Path) -> Workspace:
    """A new workspace holding the one journey the Mermaid file describes."""
    if len(data) > MAX_MERMAID_BYTES:
        raise BridgeError(path, None, _t("the file is too large"))
    journey = mermaid_to_journey(decode_text(data, path, _t("plain UTF-8 text")), path)
    return new_workspace(journey.name, journeys=[journey])
