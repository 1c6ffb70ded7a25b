"""What the HTML export says about one journey: its title block, legend, map and the
fields of every card (for the side panel), in the journey's own language.

The words are the poster's and the handout's (contexts "Export" and "Inspector"), so
a map reads the same on paper, in the editor and in the browser. Every user text is
escaped here (`html_svg.text`), or handed to the page's script as JSON, which puts it
in the panel as text, never as markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from journey_editor.export.handout_content import card_fields
from journey_editor.export.html_svg import Pictures, SvgMap, footer, future_frame, num, text
from journey_editor.export.titleblock import title_info
from journey_editor.i18n import QT_TRANSLATE_NOOP, map_language, translate_in, translate_map
from journey_editor.layout import textmetrics
from journey_editor.layout.engine import DEFAULT_STYLE, lay_out
from journey_editor.layout.geometry import JourneyLayout, Rect
from journey_editor.layout.style import Style
from journey_editor.model.types import Journey, Workspace

LEGEND_SWATCH = (18, 10)  # a lane colour's swatch, in points
LEGEND_ZOOM = 1.5  # the legend's symbols are drawn this much larger than on the map
MAP_MARGIN = 12.0  # points of the map's own background around the grid
# The canvas's words for a future-state map's badge (canvas/state_badge.py), here in the
# map's language.
FUTURE_LABEL = QT_TRANSLATE_NOOP("StateBadge", "Future state")
FUTURE_ABOUT = QT_TRANSLATE_NOOP("StateBadge",
                                 "Future state: a plan for the journey, not today's journey")


def _in(language: str, text: str) -> str:
    """A label of the poster, in the map's language (`Journey.language`)."""
    return translate_in(language, "Export", text)


def _page(language: str, text: str) -> str:
    """A word of the web page itself, in the map's language."""
    return translate_in(language, "HtmlExport", text)


def _i(text: str) -> str:
    return translate_map("Inspector", text)


@dataclass(frozen=True)
class JourneyPage:
    """One journey's part of the page: HTML fragments and the cards' fields."""

    title_block: str
    map_svg: str
    legend: str
    cards: dict[str, dict[str, Any]]  # card id -> {"title": ..., "fields": [[label, value]]}
    headers: dict[str, Any]  # the names the page keeps in sight (html_svg.SvgMap.frozen)
    name: str
    language: str  # the journey's ("": the interface's)


def journey_page(workspace: Workspace, journey: Journey, *, file_name: str = "",
                 today: dt.date | None = None, style: Style = DEFAULT_STYLE,
                 pictures: Pictures | None = None) -> JourneyPage:
    """`pictures`: the page's copies of the cards' pictures (see html_export)."""
    pictures = pictures or {}
    layout = lay_out(journey, style)
    info = title_info(workspace, journey, file_name, today or dt.date.today())
    with map_language(journey.language):
        cards = card_details(journey, pictures)
    svg, headers = map_svg(layout, style, journey, pictures)
    return JourneyPage(_title_block(info.journey, journey, info), svg,
                       legend(layout, journey, style), cards, headers, info.journey,
                       journey.language)


def map_svg(layout: JourneyLayout, style: Style, journey: Journey,
            pictures: Pictures) -> tuple[str, dict[str, Any]]:
    """The map as an <svg> the script zooms and pans (it moves the group `.view`); its
    size in points is on `data-width` and `data-height`, its margin on `data-margin`,
    the cards' text size on `data-font` (a map opens with it readable). With it, what
    the script needs to keep the stage and lane names in sight (SvgMap.frozen)."""
    titles = {card.id: card.title for card in journey.cards}
    drawn = SvgMap(layout, style, titles, pictures)
    width, height = layout.width + 2 * MAP_MARGIN, layout.height + 2 * MAP_MARGIN
    empty = "" if journey.stages else (
        f'<p class="empty">{text(_in(journey.language, "This journey has no stages yet."))}</p>')
    names = {stage.id: stage.name for stage in journey.stages}
    names.update((lane.id, lane.name) for lane in journey.lanes)
    frame = "" if journey.state != "future" else future_frame(
        layout, style, translate_in(journey.language, "StateBadge", FUTURE_LABEL),
        translate_in(journey.language, "StateBadge", FUTURE_ABOUT))
    return empty + (
        f'<svg class="map" xmlns="http://www.w3.org/2000/svg" role="group" '
        f'aria-label="{text(journey.name)}" data-width="{num(width)}" '
        f'data-height="{num(height)}" data-margin="{num(MAP_MARGIN)}" '
        f'data-font="{num(style.card_font)}"><g class="view"><g transform="translate('
        f'{num(MAP_MARGIN)} {num(MAP_MARGIN)})">{drawn.elements()}{frame}</g></g></svg>'
    ), drawn.frozen(names, MAP_MARGIN, journey.language)


def card_details(journey: Journey, pictures: Pictures) -> dict[str, dict[str, Any]]:
    """Every card's title and filled fields (stage and lane first), labelled as the
    handout labels them, and its picture's symbol and size; call within `map_language`."""
    stages = {stage.id: stage.name for stage in journey.stages}
    lanes = {lane.id: lane for lane in journey.lanes}
    details: dict[str, dict[str, Any]] = {}
    for card in journey.cards:
        lane = lanes.get(card.lane)
        fields = [(_i("Stage"), stages.get(card.stage, "")),
                  (_i("Lane"), lane.name if lane else "")]
        fields += list(card_fields(card, lane is not None and lane.kind == "channel"))
        title = card.title.strip() or translate_map("Export", "Untitled touchpoint")
        details[card.id] = {"title": title,
                            "fields": [[label, value] for label, value in fields if value.strip()]}
        if card.picture in pictures:
            details[card.id]["picture"] = pictures[card.picture]
    return details


def _title_block(name: str, journey: Journey, info: Any) -> str:
    """Journey name, persona and goal on the left; state, date, file, revision right:
    the poster's title block (titleblock.title_band) as HTML."""
    language = info.language
    left = [f"<h1>{text(name)}</h1>"]
    if info.persona:
        left.append(f"<p>{text(_in(language, 'Persona: {0}').format(info.persona))}</p>")
    if info.goal:
        left.append(f'<p class="goal">{text(_in(language, "Goal: {0}").format(info.goal))}</p>')
    state = "future" if info.future else "current"
    right = [f'<p class="state {state}">{text(info.state)}</p>'] + [
        f"<p>{text(line)}</p>" for line in (
            _in(language, "Date: {0}").format(info.date),
            _in(language, "File: {0}").format(info.file_name),
            _in(language, "Revision: {0}").format(info.revision))]
    return (f'<div class="title-block"><div class="about">{"".join(left)}</div>'
            f'<div class="facts">{"".join(right)}</div></div>')


# --- legend ----------------------------------------------------------------------------

def _symbol(svg_body: str, width: float, height: float) -> str:
    return (f'<svg class="symbol" width="{num(width * LEGEND_ZOOM)}" '
            f'height="{num(height * LEGEND_ZOOM)}" viewBox="0 0 {num(width)} {num(height)}" '
            f'aria-hidden="true">{svg_body}</svg>')


def _footer_symbol(style: Style, width: float, emotion: int | None = None, key: bool = False,
                   inconsistent: bool = False, status: str = "draft", votes: int = 0) -> str:
    """A mark drawn as a card's footer draws it (html_svg.footer), alone."""
    h = style.footer_height
    row = Rect(0.0, 1.0, width, h)
    return _symbol(footer(row, emotion, key, inconsistent, status, votes, style, h + 2),
                   width + 1, h + 2)


def _item(symbol: str, label: str) -> str:
    return f"<li>{symbol}<span>{text(label)}</span></li>"


def legend(layout: JourneyLayout, journey: Journey, style: Style) -> str:
    """Lane colours (as the lane headers show them), the card marks, the emotion scale:
    the poster's legend (titleblock.legend_items), in a fold the reader opens."""
    language = journey.language
    names = {lane.id: lane.name for lane in journey.lanes}
    lanes, seen = [], set()
    for header in layout.lane_headers:
        name = " ".join(names.get(header.id, "").split()) or "\u2013"
        if (header.fill, name) not in seen:
            seen.add((header.fill, name))
            w, h = LEGEND_SWATCH
            swatch = _symbol(f'<rect x="0.5" y="0.5" width="{w - 1}" height="{h - 1}" rx="2" '
                             f'fill="{header.fill}" stroke="#9aa1ad"/>', w, h)
            lanes.append(_item(swatch, name))
    marks = [(_footer_symbol(style, _mark_width("\u2605", style), key=True),
              _in(language, "Key touchpoint")),
             (_footer_symbol(style, _mark_width("\u26a0", style), inconsistent=True),
              _in(language, "Inconsistent information"))]
    marks += [(_footer_symbol(style, _mark_width(mark, style), status=status),
               _in(language, label)) for mark, status, label in (
        ("\u2713", "validated", "Validated"), ("\u25cb", "planned", "Planned"),
        ("\u2715", "retired", "Retired"))]
    marks.append((_footer_symbol(style, 3 * 7.5, votes=3), _in(language, "Votes")))
    arrow = _symbol(f'<path d="M1 7H15" stroke="{style.connection_color}" stroke-width="1.3"/>'
                    f'<path d="M23 7L15 3L15 11Z" fill="{style.connection_color}"/>', 24, 14)
    marks.append((arrow, _in(language, "Path between touchpoints")))
    faces = "".join(_footer_symbol(style, _score_width(v, style), emotion=v)
                    for v in range(-3, 4))
    curve = _symbol(f'<path d="M1 10C9 1 13 13 21 4" fill="none" stroke="{style.curve_color}" '
                    f'stroke-width="2" stroke-linecap="round"/>', 22, 14)
    emotion = [f'<li class="scale"><span>{text(_in(language, "very negative"))}</span>{faces}'
               f'<span>{text(_in(language, "very positive"))}</span></li>',
               _item(curve, _in(language, "Emotion curve"))]
    sections = [(_in(language, "Lanes"), lanes),
                (_in(language, "Marks"), [_item(symbol, label) for symbol, label in marks]),
                (_in(language, "Emotion"), emotion)]
    body = "".join(f'<div class="legend-part"><h2>{text(title)}</h2><ul>{"".join(items)}</ul>'
                   f"</div>" for title, items in sections if items)
    # Folded at first: on a laptop screen the map needs the height.
    return (f'<details class="legend"><summary>{text(_page(language, "Legend"))}</summary>'
            f'<div class="legend-body">{body}</div></details>')


def _mark_width(mark: str, style: Style) -> float:
    return textmetrics.text_width(mark, style.small_font + 1, True)


def _score_width(value: int, style: Style) -> float:
    label = f"{value:+d}" if value else "0"
    return style.footer_height + textmetrics.text_width(label, style.small_font, True)
