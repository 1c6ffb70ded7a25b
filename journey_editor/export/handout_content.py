"""What the workshop handout says: the front page, one section per stage, the checklist.

Builds the handout's groups of rows (see `handout_flow`) for a content area `width`
points wide. Field labels and choice words reuse the inspector's texts (context
"Inspector"), so a translated editor and its handout use the same words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from journey_editor.export.handout_flow import (
    MUTED,
    Box,
    Group,
    Para,
    Picture,
    Row,
    Text,
    columns,
    gap,
    text_rows,
    with_bar,
    wrapped,
)
from journey_editor.export.pdf_ops import darker
from journey_editor.i18n import translate_map
from journey_editor.layout import textmetrics
from journey_editor.layout.geometry import Rect, fit
from journey_editor.layout.style import STAR, WARNING, Style
from journey_editor.model import checklist, images
from journey_editor.model.baselines import baselines
from journey_editor.model.types import Card, ChecklistItem, Journey, Lane, Stage, Workspace

TITLE, HEADING, CARD_TITLE, BODY, LABEL = 20.0, 15.0, 11.5, 9.5, 8.5
PICTURE_WIDTH, PICTURE_HEIGHT = 240.0, 150.0  # the box a card's picture is fitted into
LABEL_WIDTH, COLUMN_GAP = 96.0, 10.0
INDENT, BAR = 11.0, 3.0  # cards' text starts right of their bar
ANSWER_WIDTH = 80.0
ANSWER_INK = {"yes": "#2e7d4f", "partly": "#a86a00", "no": "#c0392b", "unchecked": MUTED}
RULE_INK = "#2f3b52"


def _t(text: str) -> str:
    """A label of the journey's paper, in its language (`i18n.map_language`)."""
    return translate_map("Export", text)


def _i(text: str) -> str:
    return translate_map("Inspector", text)


EMOTION_WORDS = {3: "+3 delighted", 2: "+2 pleased", 1: "+1 content", 0: "0 neutral",
                 -1: "-1 uneasy", -2: "-2 frustrated", -3: "-3 angry"}
CONTROL_WORDS = {"owned": "Owned", "paid": "Paid", "earned": "Earned",
                 "uncontrolled": "Not controlled by us"}
STATUS_WORDS = {"draft": "Draft", "validated": "Validated", "planned": "Planned",
                "retired": "Retired"}
EVIDENCE_WORDS = {"survey": "Survey", "interview": "Interview", "analytics": "Analytics",
                  "observation": "Observation", "focus_group": "Focus group",
                  "support_log": "Support log", "market_research": "Market research",
                  "review_site": "Review site", "other": "Other"}
SOURCE_WORDS = {"focus_group": "Focus group", "customer_forum": "Customer forum",
                "department": "Department", "staff": "Staff", "customer": "Customer",
                "other": "Other"}
PHASE_WORDS = {"before": "Before purchase", "during": "During purchase",
               "after": "After purchase"}


# --- building blocks ---------------------------------------------------------------------

def labelled(label: str, value: str, x: float, width: float, after: float = 3.0) -> Para:
    """A muted label in its own column and the value wrapped beside it."""
    height = textmetrics.line_height(BODY)
    base = textmetrics.ascent(BODY)
    left = wrapped(label, x, LABEL_WIDTH, LABEL, True, MUTED, base)
    value_x = x + LABEL_WIDTH + COLUMN_GAP
    right = wrapped(value, value_x, width - (value_x - x), BODY, baseline=base)
    return Para([*columns(left, right, height), gap(after)])


def heading(text: str, width: float, size: float = HEADING, above: str = "") -> Para:
    """A section heading under a rule, with an optional muted line above the title."""
    rows = [Row(6.0, boxes=(Box(0.0, 0.0, width, 1.2, RULE_INK),))]
    if above:
        rows += text_rows(above, 0.0, width, LABEL, True, MUTED)
    rows += text_rows(text, 0.0, width, size, True)
    return Para([*rows, gap(4.0)], keep_with_next=True)


def _fields(pairs: Iterator[tuple[str, str]], x: float, width: float) -> list[Para]:
    """Labelled paragraphs of the pairs whose value is not empty."""
    return [labelled(label, value, x, width) for label, value in pairs if value.strip()]


# --- front page ----------------------------------------------------------------------------

def front(workspace: Workspace, journey: Journey, width: float, today: dt.date) -> list[Group]:
    state = _i("Future state") if journey.state == "future" else _i("Current state")
    subtitle = " \u00b7 ".join((_t("Workshop handout"), state, today.isoformat()))
    title = Para([*text_rows(journey.name or _t("Untitled journey"), 0.0, width, TITLE, True),
                  *text_rows(subtitle, 0.0, width, BODY, False, MUTED), gap(10.0)])
    scope = _i("Broad: the whole journey") if journey.scope == "broad" else _i(
        "Specific: one problem")
    about = _fields(iter(((_i("Goal"), journey.goal), (_i("Scope"), scope),
                          (_t("Departments"), ", ".join(journey.departments)),
                          (_i("Description"), journey.description),
                          (_t("Baselines"), _baselines(workspace)))), 0.0, width)
    groups = [Group([title, *about])]
    persona = next((p for p in workspace.personas if p.id == journey.persona), None)
    if persona is not None:
        quote = f"\u201c{persona.quote}\u201d" if persona.quote.strip() else ""
        rows = _fields(iter(((_t("Name"), persona.name), (_t("Segment"), persona.segment),
                             (_t("Goals"), persona.goals), (_t("Needs"), persona.needs),
                             (_t("Frustrations"), persona.frustrations),
                             (_t("Quote"), quote))), 0.0, width)
        groups.append(Group([heading(_i("Persona"), width, CARD_TITLE),
                             *_photo(persona.picture), *rows],
                            space_before=10.0))
    groups.append(_contents(journey, width))
    return groups


def _baselines(workspace: Workspace) -> str:
    """The named revisions, one a line: what the room can ask to compare the map with."""
    return "\n".join(_t("{0} ({1})").format(r.name, r.date.date().isoformat())
                     for r in baselines(workspace))


def _contents(journey: Journey, width: float) -> Group:
    """Stages and the checklist with their page numbers (resolved when drawn)."""
    height = textmetrics.line_height(BODY) + 2
    base = textmetrics.ascent(BODY) + 1
    rows = []
    by_cell = cells(journey)
    for number, stage in enumerate(journey.stages, 1):
        count = _touchpoint_count(journey, stage, by_cell)
        name = textmetrics.elide(f"{number}. {stage.name}", width * 0.5, BODY, True)
        info = textmetrics.elide(_stage_info(stage, count), width * 0.5 - 50, LABEL)
        rows.append(Row(height, (Text(name, 0.0, base, BODY, True),
                                 Text(info, width * 0.5, base, LABEL, False, MUTED),
                                 Text("", width, base, BODY, False, MUTED, True,
                                      f"stage:{stage.id}"))))
    rows.append(Row(height, (Text(_t("Review checklist"), 0.0, base, BODY, True),
                             Text("", width, base, BODY, False, MUTED, True, "checklist"))))
    return Group([heading(_t("Contents"), width, CARD_TITLE), Para(rows)], space_before=10.0)


def _stage_info(stage: Stage, count: int) -> str:
    touchpoints = _t("1 touchpoint") if count == 1 else _t("{0} touchpoints").format(count)
    phase = _i(PHASE_WORDS[stage.phase]) if stage.phase else ""
    return " \u00b7 ".join(part for part in (phase, touchpoints) if part)


# --- stages and cards -----------------------------------------------------------------------

Cells = dict[tuple[str, str], list[Card]]


def cells(journey: Journey) -> Cells:
    """The cards by (stage id, lane id), each cell in the file's order."""
    found: Cells = {}
    for card in journey.cards:
        found.setdefault((card.stage, card.lane), []).append(card)
    return found


def _touchpoint_count(journey: Journey, stage: Stage, by_cell: Cells) -> int:
    return sum(len(by_cell.get((stage.id, lane.id), ())) for lane in journey.lanes
               if lane.kind == "channel")


def stages(journey: Journey, width: float, style: Style) -> list[Group]:
    if not journey.stages:
        return [Group([heading(_t("Stages"), width),
                       Para(text_rows(_t("This journey has no stages yet."), 0.0, width, BODY,
                                      ink=MUTED))], space_before=18.0)]
    groups: list[Group] = []
    by_cell = cells(journey)
    for number, stage in enumerate(journey.stages, 1):
        groups += _stage(journey, stage, number, width, style, by_cell)
    return groups


def _stage(journey: Journey, stage: Stage, number: int, width: float, style: Style,
           by_cell: Cells) -> list[Group]:
    """The stage's heading kept with what follows it: its lanes' notes and its cards,
    in lane order, as they read on the map."""
    count = _touchpoint_count(journey, stage, by_cell)
    above = " \u00b7 ".join((_t("Stage {0}").format(number), _stage_info(stage, count)))
    title = heading(stage.name, width, above=above)
    if stage.description.strip():
        title.rows[-1:] = [*text_rows(stage.description, 0.0, width, BODY, ink=MUTED), gap(6.0)]
    groups: list[Group] = []
    first_card = 0  # the heading stays on the page of the first touchpoint
    for lane in journey.lanes:
        cards = by_cell.get((stage.id, lane.id), [])
        if lane.kind == "channel" and cards:
            first_card = first_card or len(groups) + 1
            groups += [card_group(card, lane, width, style) for card in cards]
        elif cards and lane.kind == "text":
            groups.append(_lane_notes(lane, cards, width, style))
    if not count:
        groups.append(Group([Para(text_rows(_t("No touchpoints in this stage yet."), 0.0,
                                            width, BODY, ink=MUTED))], space_before=4.0))
    lead = groups[:max(first_card, 1)]
    opening = Group([title], 22.0, lead[-1].continuation, f"stage:{stage.id}")
    for group in lead:
        if opening.paras[-1] is not title:  # the lead's own spacing, as a gap
            opening.paras.append(Para([gap(group.space_before)]))
        opening.paras[-1].keep_with_next = True
        opening.paras += group.paras
    return [opening, *groups[len(lead):]]


def _bar_ink(lane: Lane, card_color: str | None, style: Style) -> str:
    return darker(style.card_fill(lane.kind, lane.preset, lane.color, card_color), 135)


def _lane_notes(lane: Lane, cards: list[Card], width: float, style: Style) -> Group:
    """The stage's cards of a text lane (goals, questions, pain points...) as one
    labelled paragraph: the lane's name, one line per card."""
    items = "\n".join(": ".join(part for part in (" ".join(c.title.split()),
                                                  " ".join(c.notes.split())) if part)
                      for c in cards)
    para = labelled(lane.name, items, INDENT, width - INDENT, after=1.0)
    para.rows = with_bar(para.rows, 0.0, BAR, _bar_ink(lane, None, style))
    return Group([para], space_before=10.0)


def card_group(card: Card, lane: Lane, width: float, style: Style) -> Group:
    """One touchpoint: its title (with the lane's name) and its filled fields."""
    marks = (STAR + " " if card.key_touchpoint else "") + (WARNING + " " if card.inconsistent
                                                           else "")
    title = card.title.strip() or _t("Untitled touchpoint")
    lane_name = textmetrics.elide(lane.name, width * 0.3, LABEL)
    lane_w = textmetrics.text_width(lane_name, LABEL)
    lines = wrapped(marks + title, INDENT, width - INDENT - lane_w - 12, CARD_TITLE, True)
    lane_text = Text(lane_name, width, textmetrics.ascent(CARD_TITLE), LABEL, False, MUTED, True)
    rows = columns(lines, [lane_text], textmetrics.line_height(CARD_TITLE))
    paras = [Para([gap(3.0), *rows, gap(3.0)], keep_with_next=True),
             *_picture(card.picture, INDENT, width - INDENT),
             *_fields(card_fields(card, lane.kind == "channel"), INDENT,
                     width - INDENT)]
    ink = _bar_ink(lane, card.color, style)
    for para in paras:
        para.rows = with_bar(para.rows, 0.0, BAR, ink)
    more = textmetrics.elide(_t("{0} (continued)").format(title), width - INDENT, LABEL, True)
    continuation = with_bar(text_rows(more, INDENT, width, LABEL, True, MUTED), 0.0, BAR, ink)
    return Group(paras, space_before=12.0, continuation=continuation[0])


def _picture(key: str | None, x: float, width: float, centred: bool = True) -> list[Para]:
    """A card's picture under its title, as large as a photo reads on paper, centred in
    its box; else (`centred` False) at the box's left, the row as tall as the picture."""
    stored = images.known(key) if key else None
    if key is None or stored is None:
        return []
    box = Rect(x, 0.0, min(width, PICTURE_WIDTH), PICTURE_HEIGHT)
    spot = fit(box, stored.width, stored.height)
    if not centred:
        spot = box = Rect(x, 0.0, spot.w, spot.h)
    return [Para([Row(box.h + 4.0, pictures=(Picture(key, spot.x, 0.0, spot.w, spot.h),))])]


def _photo(key: str | None) -> list[Para]:
    """A persona's photo where its fields' values start: it reads as the persona's."""
    return _picture(key, LABEL_WIDTH + COLUMN_GAP, PICTURE_WIDTH, centred=False)


def card_fields(card: Card, touchpoint: bool) -> Iterator[tuple[str, str]]:
    """(label, text) of every field of a card, empty ones included (as ''). Control and
    contact describe a touchpoint: a card of another lane (a goal, a question) has
    them only by default, so they are left out there (`touchpoint`: a channel lane's)."""
    yield _i("Notes"), card.notes
    yield _i("Channel"), card.channel
    yield _i("Owner"), card.owner
    if touchpoint:
        yield _i("Control"), _i(CONTROL_WORDS[card.control])
        yield _t("Contact"), _t("Direct") if card.direct else _t("Indirect (through others)")
    yield _i("Emotion"), "" if card.emotion is None else _i(EMOTION_WORDS[card.emotion])
    yield _i("Customer goal"), card.customer_goal
    yield _i("Expectations"), card.expectations
    yield _i("Pain points"), card.pain_points
    yield _i("Should think"), card.desired_think
    yield _i("Should do"), card.desired_do
    yield _i("Should feel"), card.desired_feel
    yield _i("Ideas"), card.ideas
    yield _i("Evidence"), "\n".join(
        _joined(_i(EVIDENCE_WORDS[e.kind]), _date(e.date), e.note, e.link) for e in card.evidence)
    flags = [_i("Key touchpoint")] * card.key_touchpoint
    flags += [_t("Inconsistent information")] * card.inconsistent
    yield _t("Flags"), ", ".join(flags)
    yield _i("Status"), _i(STATUS_WORDS[card.status])
    people = ", ".join(f"{name} {dots}" for name, dots in card.votes.items() if dots)
    yield _i("Votes"), f"{card.vote_total} ({people})" if card.vote_total else ""
    yield _i("Metrics"), "\n".join(
        _joined(f"{m.name}: {m.value:.12g}", _date(m.date), m.source) for m in card.metrics)
    yield _t("Review comments"), "\n".join(
        _joined(f"\u201c{c.text}\u201d", _i(SOURCE_WORDS[c.source]), c.author, _date(c.date))
        for c in card.comments)


def _date(date: dt.date | None) -> str:
    return date.isoformat() if date else ""


def _joined(first: str, *rest: str) -> str:
    """'first · a · b' without the empty parts, on one line."""
    return " \u00b7 ".join(" ".join(part.split()) for part in (first, *rest) if part.strip())


# --- the checklist --------------------------------------------------------------------------

def review_checklist(journey: Journey, width: float) -> list[Group]:
    """The step-7 questions by group with the journey's answer and note."""
    answers = checklist.answers(journey)
    sections = [(group.title, [(q.text, answers.get(q.id)) for q in
                               checklist.questions_in(group.id)]) for group in checklist.GROUPS]
    unknown = checklist.unknown_answers(journey)
    if unknown:
        sections.append((_t("Other questions"), [(item.question, item) for item in unknown]))
    groups = []
    for title, questions in sections:
        paras = [Para([*text_rows(title, 0.0, width, CARD_TITLE, True), gap(4.0)],
                      keep_with_next=True)]
        paras += [_question(text, item, width) for text, item in questions]
        groups.append(Group(paras, space_before=10.0))
    intro = _t("The analysis questions of the method's step 7, as answered for this journey.")
    first = groups[0].paras
    first[0:0] = [heading(_t("Review checklist"), width),
                  Para([*text_rows(intro, 0.0, width, BODY, ink=MUTED), gap(6.0)], True)]
    groups[0].space_before, groups[0].ref = 22.0, "checklist"
    return groups


def _question(text: str, item: ChecklistItem | None, width: float) -> Para:
    """The question, its answer at the right of its last line (so the text reads, and
    is copied, as question then answer), and the note under it."""
    answer = item.answer if item else "unchecked"
    base = textmetrics.ascent(BODY)
    lines = wrapped(text, 0.0, width - ANSWER_WIDTH - 12, BODY, baseline=base)
    said = Text(textmetrics.elide(checklist.answer_text(answer), ANSWER_WIDTH, BODY, True),
                width, base, BODY, True, ANSWER_INK[answer], True)
    height = textmetrics.line_height(BODY)
    *first, last = lines or [Text("", 0.0, base, BODY)]
    rows = [*(Row(height, (line,)) for line in first), Row(height, (last, said))]
    if item and item.note.strip():
        rows += text_rows(item.note, 14.0, width - ANSWER_WIDTH - 26, LABEL, ink=MUTED)
    return Para([*rows, gap(5.0)])


__all__ = ["card_fields", "card_group", "front", "review_checklist", "stages"]
